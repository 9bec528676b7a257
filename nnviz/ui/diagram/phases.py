"""A step of training shown in phases: forward (activations appear layer by layer), backward (δ in
each node, edges coloured and sized by their gradient), update (edges move from the old to the
new weight). One phase at a time, or played by a timer, with a slow-motion speed."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ..i18n import translate
from .style import ANIMATION_TICK_MS, PHASE_STEP_MS, UPDATE_ANIMATION_MS

PHASES = (None, "forward", "backward", "update")


class Phases(QObject):
    """Which phase of the step is shown and how far the update has moved.

    ``changed`` asks for a repaint; ``shown(phase, layer)`` says a phase is on screen (for the
    update: when its animation ends; ``""`` and -1 for the normal view).
    """

    changed = Signal()
    shown = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.depth = 0            # layers after the inputs
        self.step = None          # PhaseData-like: see NetworkView.set_step
        self.phase: str | None = None
        self.layer: int | None = None
        self.t = 1.0              # update animation: 0 = old weights, 1 = new
        self.index = -1           # position in sequence()
        self.slow = False
        self.playing = False
        self.version = 0          # counts set_step (caches of what a phase shows key on it)
        self._play_timer = QTimer(self)
        self._play_timer.setSingleShot(True)
        self._play_timer.timeout.connect(self._play_next)
        self._anim_timer = QTimer(self)
        self._anim_timer.setInterval(ANIMATION_TICK_MS)
        self._anim_timer.timeout.connect(self._animate)
        self._anim_start = 0.0

    def reset(self, depth: int) -> None:
        """A new architecture: no step, no phase, nothing playing or moving."""
        self.stop()
        self._anim_timer.stop()
        self.depth = depth
        self.step, self.phase, self.layer, self.index, self.t = None, None, None, -1, 1.0

    def set_step(self, data) -> None:
        self.step = data
        self.version += 1
        if data is None:
            self.show(None)
        self.changed.emit()

    def sequence(self) -> list[tuple[str, int]]:
        """The phases one step goes through: forward layer 1 … L, backward L … 1, update."""
        L = self.depth
        return ([("forward", k) for k in range(1, L + 1)] + [("backward", k) for k in range(L, 0, -1)]
                + [("update", -1)])

    def show(self, phase: str | None, layer: int | None = None, animate: bool = True) -> None:
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}: use 'forward', 'backward', 'update' or None")
        if phase is not None and self.step is None and phase != "forward":
            phase = None                                    # nothing to show yet
        L = self.depth
        if layer is None or layer < 0:
            layer = L if phase == "forward" else 1
        layer = min(max(int(layer), 1), max(L, 1))
        self.phase = phase
        self.layer = None if phase in (None, "update") else layer
        if phase is None:
            self.index = -1
        else:
            key = (phase, self.layer if phase != "update" else -1)
            if key in self.sequence():
                self.index = self.sequence().index(key)
        self._anim_timer.stop()
        if phase == "update" and animate:
            self.t = 0.0
            self._anim_start = time.perf_counter()
            self._anim_timer.start()
            self.changed.emit()
            return
        self.t = 1.0
        self.changed.emit()
        self._announce()

    def next(self) -> tuple[str, int] | None:
        seq = self.sequence()
        k = self.index + 1
        if k >= len(seq) or (self.step is None and seq[k][0] != "forward"):
            self.show(None)
            return None
        phase, layer = seq[k]
        self.show(phase, layer)
        return phase, layer

    def play(self, slow: bool | None = None) -> None:
        if slow is not None:
            self.slow = bool(slow)
        self.playing = True
        self.index = -1
        self._play_next()

    def stop(self) -> None:
        self.playing = False
        self._play_timer.stop()

    def _play_next(self) -> None:
        if not self.playing:
            return
        if self.next() is None:
            self.playing = False

    def _announce(self) -> None:
        self.shown.emit(self.phase or "", -1 if self.layer is None else self.layer)
        if self.playing and self.phase is not None:
            self._play_timer.start(PHASE_STEP_MS[self.slow])

    def _animate(self) -> None:
        ms = (time.perf_counter() - self._anim_start) * 1000
        self.t = min(ms / UPDATE_ANIMATION_MS[self.slow], 1.0)
        self.changed.emit()
        if self.t >= 1.0:
            self._anim_timer.stop()
            self._announce()

    # ------------------------------------------------------------------ what the phase shows

    def edge_has_grad(self, l: int) -> bool:
        """In the backward phase, the gradient of weights[l] is known once δ of layer l + 1 is."""
        return self.phase == "backward" and l + 1 >= (self.layer or 1)

    def shown_weights(self, weights: list[np.ndarray] | None) -> list[np.ndarray] | None:
        """The weights the edges show: moving in the update, the old ones in the forward and
        backward passes, else ``weights`` (the current ones)."""
        if self.phase == "update" and self.step is not None:
            t = self.t
            return [a + (b - a) * t for a, b in zip(self.step.weights_before, self.step.weights_after)]
        if self.phase in ("forward", "backward") and self.step is not None:
            return self.step.weights_before
        return weights

    def shown_biases(self, biases: list[np.ndarray] | None) -> list[np.ndarray] | None:
        """As :meth:`shown_weights`, for the biases (``biases`` None: the network has none)."""
        st = self.step
        if self.phase == "update" and st is not None and st.biases_before is not None:
            t = self.t
            return [a + (b - a) * t for a, b in zip(st.biases_before, st.biases_after)]
        if self.phase in ("forward", "backward") and st is not None and st.biases_before is not None:
            return st.biases_before
        return biases

    def node_values(self, activations: list[np.ndarray] | None,
                    n_layers: int) -> tuple[list[np.ndarray | None], list[str]]:
        """What each layer's nodes show now: activations ("a") or δ ("δ"), None = hidden."""
        st, phase, k = self.step, self.phase, self.layer
        base = st.activations if (st is not None and phase in ("forward", "backward")) else activations
        if base is None:
            values: list[np.ndarray | None] = [None] * n_layers
        else:
            values = [np.asarray(a, dtype=float) for a in base]
        kinds = ["a"] * n_layers
        if phase == "forward" and k is not None:
            for l in range(k + 1, n_layers):
                values[l] = None
        elif phase == "backward" and st is not None and k is not None:
            for l in range(k, n_layers):
                values[l] = np.asarray(st.deltas[l - 1], dtype=float)
                kinds[l] = "δ"
        return values, kinds

    def caption(self) -> str:
        """The line shown under the diagram, in the legend's place, during a phase (empty otherwise)."""
        L = self.depth
        if self.phase == "forward":
            return translate("NetworkView", "Forward pass: layer {0} of {1} — z = Σ w·a + b, then a = f(z)").format(self.layer, L)
        if self.phase == "backward":
            return translate("NetworkView", "Backward pass: layer {0} — δ in each node; edges coloured and "
                             "sized by ∂L/∂w (dashed = negative)").format(self.layer)
        if self.phase == "update":
            return translate("NetworkView", "Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)")
        return ""
