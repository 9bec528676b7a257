"""A :class:`Settings` is every choice a person makes about a run apart from the data: the
network (hidden layers, activations, bias, initialisation, seed, explicit starting weights) and
its training (:class:`~nnviz.core.engine.training.TrainConfig`: loss, learning rate, optimizer, batch
size, L2, stop conditions).

One concept, one name: lessons hold one, the settings panel edits one, the CLI builds one, and
:func:`build_trainer` is the one road from (problem, settings) to a ready trainer.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, replace

from ..data.features import parse_features, with_features
from ..data.problem import Problem
from ..tr import translate
from .activations import HIDDEN_ACTIVATIONS
from .network import INITS, Network
from .training import TrainConfig, Trainer

# Settings fields that fix the network's shape or starting weights: changing one builds a new
# network from epoch 0. Every other change is a TrainConfig change training carries on with.
STRUCTURAL_FIELDS = ("hidden", "hidden_activations", "output_activation", "use_bias", "init", "init_value",
                     "seed", "weights", "biases", "inputs")
# TrainConfig fields that only say when a run stops: not worth an undo step.
STOP_FIELDS = ("epochs", "target_loss")


@dataclass
class Settings:
    hidden: tuple[int, ...] = (4,)
    hidden_activations: tuple[str, ...] = ("tanh",)   # one per hidden layer
    output_activation: str = "sigmoid"
    use_bias: bool = True
    init: str = "xavier"
    init_value: float = 0.5
    seed: int = 0
    config: TrainConfig = field(default_factory=TrainConfig)
    # Explicit starting parameters (the OR tutorial's w = [0.1, 0.2], b = 0.3); kept only while
    # the structure matches them.
    weights: tuple | None = None
    biases: tuple | None = None
    # The network's inputs computed from a two-input problem's x1, x2 (features.py: "x1",
    # "x1^2", "sin(x1)", …, canonical names in their fixed order). None: the problem's inputs
    # as they are. A change is a network change (a new input layer).
    inputs: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.inputs is not None and not isinstance(self.inputs, tuple):
            self.inputs = tuple(self.inputs)   # a list read from a file compares equal to the same tuple

    def sizes(self, problem: Problem) -> list[int]:
        return [problem.n_features, *self.hidden, problem.n_outputs]

    def copy(self) -> "Settings":
        """An independent copy: its config and explicit starting weights are copies too."""
        return replace(self, config=replace(self.config),
                       weights=copy.deepcopy(self.weights), biases=copy.deepcopy(self.biases))

    def validate(self) -> None:
        """Raise ValueError with a one-line message for a choice that cannot train."""
        if any(int(h) < 1 for h in self.hidden):
            raise ValueError(translate("Settings", "every hidden layer needs at least one neuron"))
        if len(self.hidden_activations) != len(self.hidden):
            raise ValueError(translate("Settings", "give one activation per hidden layer"))
        for a in self.hidden_activations:
            if a not in HIDDEN_ACTIVATIONS:
                raise ValueError(translate("Settings", "unknown activation {0}; choose one of {1}").format(
                    repr(a), ", ".join(HIDDEN_ACTIVATIONS)))
        if self.init not in INITS:
            raise ValueError(translate("Settings", "unknown initialisation {0}; choose one of {1}").format(
                repr(self.init), ", ".join(INITS)))
        if self.inputs is not None:
            parse_features(self.inputs)   # DataError (a ValueError), one line, for an unknown name
        self.config.validate()

    def with_structure(self, hidden: tuple[int, ...], activation: str | None = None) -> "Settings":
        """A copy with new hidden layers (explicit starting weights no longer fit, so they go)."""
        acts = tuple(activation or (self.hidden_activations[0] if self.hidden_activations else "tanh") for _ in hidden)
        return replace(self.copy(), hidden=tuple(int(h) for h in hidden), hidden_activations=acts, weights=None, biases=None)

    def structural_changes(self, other: "Settings") -> list[str]:
        """Names of the network fields that differ between ``self`` and ``other``."""
        return [k for k in STRUCTURAL_FIELDS if getattr(self, k) != getattr(other, k)]

    def training_changes(self, other: "Settings") -> dict:
        """``{field: other's value}`` for every TrainConfig field ``other`` changes (seed aside:
        it belongs to the network)."""
        return {f.name: getattr(other.config, f.name) for f in fields(TrainConfig)
                if f.name != "seed" and getattr(self.config, f.name) != getattr(other.config, f.name)}


def default_settings(problem: Problem, seed: int = 0) -> Settings:
    """Sensible choices for a person's own table: one tanh hidden layer, the loss that fits the
    task (cross-entropy for classes, MSE for values), Adam, mini-batches of 16."""
    out, loss = {"binary": ("sigmoid", "bce"), "multiclass": ("softmax", "cce"), "regression": ("linear", "mse")}[problem.task]
    hidden = (max(4, min(16, 2 * problem.n_features)),)
    config = TrainConfig(loss=loss, lr=0.01, optimizer="adam", batch_size=16, epochs=300, seed=seed)
    return Settings(hidden=hidden, hidden_activations=("tanh",), output_activation=out, seed=seed, config=config)


def build_network(problem: Problem, settings: Settings) -> Network:
    settings.validate()
    acts = list(settings.hidden_activations) + [settings.output_activation]
    net = Network(settings.sizes(problem), acts, use_bias=settings.use_bias, init=settings.init,
                  seed=settings.seed, init_value=settings.init_value)
    if settings.weights is not None:
        net.set_parameters(list(settings.weights), None if settings.biases is None else list(settings.biases))
    return net


def input_problem(problem: Problem, settings: Settings) -> Problem:
    """``problem`` with the settings' feature inputs (``settings.inputs``) applied; ``problem``
    itself when they are None. DataError (one line) for a problem without two inputs."""
    if settings.inputs is None:
        return problem
    return with_features(problem, settings.inputs)


def build_trainer(problem: Problem, settings: Settings) -> Trainer:
    """The one road from a problem and settings to a trainer at epoch 0. Raises ValueError
    (one line) when the settings cannot train this problem. With ``settings.inputs`` the
    trainer's problem is ``problem`` with those feature inputs (``trainer.problem``)."""
    problem = input_problem(problem, settings)
    config = replace(settings.config, seed=settings.seed)
    return Trainer(build_network(problem, settings), problem, config)
