"""A picture or a drawing turned into the network's 28x28 input: reading picture files,
finding the ink, normalising the pen, boxing and centring as MNIST did. NumPy and Pillow only."""
