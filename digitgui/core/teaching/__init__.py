"""The maths the teaching views show, in NumPy from a bundle's ``model.keras`` (read with
h5py): layer by layer forward passes, one neuron's sums, the tiny network trained live."""
