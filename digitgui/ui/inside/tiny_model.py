"""The one tiny network that the Forward propagation and Backpropagation panels both show.

Each panel changes the network only through this model, and redraws on :attr:`changed`:
editing a weight in one panel shows in the other, and a step of gradient descent in the
backpropagation panel moves the forward panel's spin boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from digitgui.core.teaching.tiny_network import TinyNetwork


def shape_of(network: TinyNetwork) -> tuple[int, ...]:
    """How many inputs, then how many neurons in each layer."""
    return (len(network.inputs), *(len(layer.neurons) for layer in network.layers))


class TinyNetworkModel(QObject):
    changed = Signal()
    """The network changed (a value, an activation or its shape); read :attr:`network`."""

    def __init__(self, network: TinyNetwork | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._network = network if network is not None else TinyNetwork.course_example()
        self._network.check()

    @property
    def network(self) -> TinyNetwork:
        """The network itself: read it freely, change it through the model's methods."""
        return self._network

    def shape(self) -> tuple[int, ...]:
        return shape_of(self._network)

    # Each setter emits only when something changed: panels that write back what they were
    # just told then cause no second round of updates.
    def set_input(self, index: int, value: float) -> None:
        if self._network.inputs[index] != value:
            self._network.inputs[index] = value
            self.changed.emit()

    def set_weight(self, layer: int, neuron: int, source: int, value: float) -> None:
        weights = self._network.layers[layer].neurons[neuron].weights
        if weights[source] != value:
            weights[source] = value
            self.changed.emit()

    def set_bias(self, layer: int, neuron: int, value: float) -> None:
        target = self._network.layers[layer].neurons[neuron]
        if target.bias != value:
            target.bias = value
            self.changed.emit()

    def set_activation(self, layer: int, activation: str) -> None:
        if self._network.layers[layer].activation != activation:
            self._network.layers[layer].activation = activation
            self._network.check()
            self.changed.emit()

    def resize(self, inputs: int, neurons_per_layer: list[int]) -> None:
        if self.shape() != (inputs, *neurons_per_layer):
            self._network.resize(inputs, neurons_per_layer)
            self.changed.emit()

    def set_network(self, network: TinyNetwork) -> None:
        """Take over these values (a copy of them), e.g. after a step or to undo steps."""
        network.check()
        self._network = network.copy()
        self.changed.emit()

    def reset(self) -> None:
        """Back to the course's worked example."""
        self.set_network(TinyNetwork.course_example())

    def is_course_example(self) -> bool:
        return self._network == TinyNetwork.course_example()
