"""The application's state, without Qt: what is loaded, the settings, the trainer and the
history of what was done. Every user action is one command of a :class:`Session`:

=====================  =========================================================================
load                   :meth:`Session.load_lesson`, :meth:`Session.load_problem`
change settings        :meth:`Session.apply_settings` (a network change or a training change)
change the data        :meth:`Session.change_data` (the same network and weights on new points)
train                  :meth:`Session.step` (a sample, a batch, an epoch), :meth:`Session.run`
start again            :meth:`Session.reset`, :meth:`Session.new_weights`
go back                :meth:`Session.undo`
keep                   :meth:`Session.save`, :meth:`Session.open` (``.nnviz`` session files)
look                   :meth:`Session.frame`, :meth:`Session.evaluate`, :meth:`Session.predict`,
                       :meth:`Session.sample_forward`
compare                :meth:`Session.pin`, :meth:`Session.unpin` (two runs side by side)
=====================  =========================================================================

The window sends these commands and draws the frames they produce; the CLI and the tests drive
the same object. Commands return the one-line status text a person is shown and raise
``ValueError`` (one line) for a choice that cannot be used, leaving everything as it was.

Each command also reports what it changed: a :class:`~nnviz.core.app.changes.Changed` (the
command, its :class:`~nnviz.core.app.changes.Change` flags and the status text) goes to every
callable subscribed with ``session.changed.connect`` and stays in :attr:`Session.last_changed`.
A command that changed nothing reports ``Change.NONE``. The epochs of a continuous run
(:meth:`Session.train_epoch`, :meth:`Session.run`) report nothing: their frames show them.

Threads: while a run is under way the training worker owns the session (it calls :meth:`step`,
:meth:`train_epoch` and :meth:`apply_settings` for changes sent during the run); the window only
reads the frames it is sent, and touches the session again once the run has ended.
"""
from __future__ import annotations

import enum
import math
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from ..data.datasets import SET_NAMES, GeneratedData
from ..data.features import same_data, with_features
from ..data.problem import Problem
from ..engine.explain import StepContext
from ..engine.explain_sample import SampleForward, forward_sample
from ..engine.history import EpochStats, History
from ..engine.settings import STOP_FIELDS, Settings, build_trainer, default_settings
from ..engine.timeline import DEFAULT_BUDGET_BYTES, Branch, Timeline
from ..engine.training import Trainer, TrainingDiverged
from ..teaching.lessons import DEFAULT_LESSON, Lesson, get_lesson
from ..text import fixed, local
from ..tr import translate
from .changes import Change, Changed, Listeners
from .compare import PinnedRun, difference_line, pin_run
from .frames import Frame, FrameOptions, make_frame
from .session_file import install_timeline, read_session, save_session

MAX_UNDO = 20
# What a command that replaces the trainer changes, whatever else it does.
NEW_TRAINER = Change.TRAINER | Change.STATE | Change.HISTORY | Change.TIMELINE
# What moving along the timeline changes.
MOVED = Change.STATE | Change.TIMELINE
_KEEP = object()   # an undo entry that leaves Session.generated as it is
STEP_KINDS = ("sample", "batch", "epoch")


class EndReason(str, enum.Enum):
    """Why a run or a step ended (the worker's ``finished`` signal carries one)."""

    PAUSED = "paused"
    MAX_EPOCHS = "max epochs"
    TARGET_LOSS = "target loss"
    DIVERGED = "diverged"
    STEP = "step"            # a single step (sample, batch or epoch) is done
    STOPPED = "stopped"      # the window stopped the run to replace what is shown
    ERROR = "error"


@dataclass
class UndoEntry:
    what: str                # "network change", "settings change", "reset", "new weights", "lesson change", "branch"
    settings: Settings
    trainer: Trainer         # kept whole: its weights, epoch and history come back with it
    timeline: Timeline       # and every state it went through
    loaded: tuple | None = None   # (problem, lesson, description, undo list, source, path) when the data changed
    branch: Branch | None = None  # the later history dropped by training on from a past point
    edit_from: int | None = None  # a weight edit: the timeline position before it
    generated: object = _KEEP     # a data or lesson change: Session.generated before it


class Session:
    """One app state. ``problem``/``settings``/``trainer`` are None until something is loaded."""

    def __init__(self, history_budget_bytes: int = DEFAULT_BUDGET_BYTES) -> None:
        self.problem: Problem | None = None
        self.settings: Settings | None = None
        self.trainer: Trainer | None = None
        self.timeline: Timeline | None = None     # every state the trainer went through
        self.history_budget_bytes = int(history_budget_bytes)
        self.lesson: Lesson | None = None
        self.description = ""            # what is loaded, in a few words
        # Where the data came from, as plain data a session file keeps: {"lesson": name, "data":
        # {...}} for a lesson, {"csv": path, "target": …, "missing": …} for a person's table.
        self.source: dict | None = None
        self.path: str | None = None      # the session file this was opened from or saved to
        self.last_action: str | None = None   # the last step a person took: "sample", "batch", "epoch"
        # The data knobs (datasets.GeneratedData) of a generated set on screen, None otherwise.
        self.generated = None
        self._undo: list[UndoEntry] = []
        self.pinned: PinnedRun | None = None   # a run kept to compare with (Session.pin)
        self.changed = Listeners()        # told of each command's Changed, on the command's thread
        self.last_changed: Changed | None = None
        self._part_seconds = 0.0          # training time of the epoch under way's parts so far

    def _report(self, command: str, changes: Change, text: str = "") -> str:
        """Say what ``command`` changed to every listener; returns ``text`` for the caller."""
        self.last_changed = report = Changed(command, changes, text)
        self.changed.emit(report)
        return text

    # --- loading ----------------------------------------------------------------------------
    def load_lesson(self, lesson: Lesson | str = DEFAULT_LESSON, seed: int | None = None,
                    problem: Problem | None = None, settings: Settings | None = None) -> str:
        """Load a built-in lesson (or a :class:`Lesson`), with its own data and settings or
        with ``problem``/``settings`` made from them (the CLI's data knobs and overrides). On
        failure (ValueError, or a data error) nothing changes."""
        lesson = get_lesson(lesson) if isinstance(lesson, str) else lesson
        given = problem
        problem = lesson.problem(seed) if problem is None else problem
        settings = lesson.start_settings(seed) if settings is None else settings.copy()
        trainer = build_trainer(problem, settings)
        unpinned = self._install(problem, settings, trainer, lesson, lesson.title)
        self.source = {"lesson": lesson.name, "data": _data_source(lesson.data)}
        self.generated = _generated_data(lesson, seed) if given is None else None
        return self._report("load_lesson", Change.everything(),
                            translate("Session", "Loaded lesson “{0}”: {1}, {2} training samples.").format(
                                lesson.in_language().title, trainer.network.describe(), len(problem.X_train)) + unpinned)

    def load_problem(self, problem: Problem, description: str, settings: Settings | None = None,
                     source: dict | None = None) -> str:
        """A person's own table, with ``settings`` or sensible ones for it. ``source``: how it
        was read (e.g. ``{"csv": path, "target": col, "missing": "drop"}``), kept in saved files."""
        settings = settings.copy() if settings is not None else default_settings(problem, seed=0)
        trainer = build_trainer(problem, settings)
        unpinned = self._install(problem, settings, trainer, None, description)
        self.source = dict(source) if source else None
        self.generated = None
        return self._report("load_problem", Change.everything(),
                            translate("Session", "Loaded {0}: {1}, ready to train.").format(
                                description, trainer.network.describe()) + unpinned)

    def _install(self, problem: Problem, settings: Settings, trainer: Trainer, lesson: Lesson | None, description: str) -> str:
        """Show new data. When the old trainer had trained, one Undo brings all of it back
        (data, network, weights, history and its own undo list): a stray lesson change never
        throws training away. A pinned run goes (it belongs to the lesson it was trained on):
        returns the sentence saying so, or ""."""
        undo = []
        if self.trainer is not None and (self.trainer.epoch or self.trainer.cursor):
            old = (self.problem, self.lesson, self.description, self._undo, self.source, self.path)
            undo = [UndoEntry("lesson change", self.settings.copy(), self.trainer, self.timeline, old,
                              generated=self.generated)]
        self.problem, self.settings = problem, settings
        self._use(trainer)
        self.lesson, self.description = lesson, description
        self.path = None
        self._undo = undo
        return self._drop_pin()

    def _drop_pin(self) -> str:
        """Forget the pinned run (another lesson or table is loaded): the status sentence."""
        if self.pinned is None:
            return ""
        self.pinned = None
        return " " + translate("Session", "The pinned run was unpinned: it belongs to the lesson before.")

    @property
    def trained(self) -> bool:
        """True once anything was trained (an epoch or a single step)."""
        return bool(self.trainer is not None and (self.trainer.epoch or self.trainer.cursor))

    @property
    def loaded(self) -> bool:
        return self.trainer is not None

    @property
    def epoch(self) -> int:
        """Epochs completed."""
        return self.trainer.epoch

    @property
    def diverged(self) -> str | None:
        """Why training diverged (one line), None while it has not."""
        return self.trainer.diverged

    @property
    def layer_sizes(self) -> list[int]:
        return list(self.trainer.network.sizes)

    # --- settings ---------------------------------------------------------------------------
    def check_settings(self, new: Settings) -> None:
        """Raise ValueError (one line) if ``new``'s training choices cannot train the loaded
        problem; change nothing. (A network change is checked when it is built.)"""
        self.trainer.check_config(replace(self.trainer.config, **self.settings.training_changes(new)))

    def apply_settings(self, new: Settings) -> str:
        """Use ``new``: a network change builds a new network at epoch 0; a training change
        (loss, learning rate, optimizer, batch size, L2, stop conditions) carries on from the
        current epoch. Raises ValueError (one line) and changes nothing when ``new`` cannot
        train the loaded problem. Returns the status text ("" when nothing changed)."""
        new = new.copy()
        if self.settings.structural_changes(new):
            old_problem = self.problem
            trainer = build_trainer(self.problem, new)
            self._remember("network change")
            self.settings = new
            self._use(trainer)
            changes = NEW_TRAINER | Change.SETTINGS | Change.UNDO
            if not same_data(self.problem, old_problem):   # other feature inputs
                changes |= Change.DATA
            return self._report("apply_settings", changes,
                                translate("Session", "Network rebuilt: {0}. Training starts again from epoch 0 "
                                                     "(Ctrl+Z undoes).").format(trainer.network.describe()))
        changes = self.settings.training_changes(new)
        if not changes:
            return self._report("apply_settings", Change.NONE)
        self.check_settings(new)
        reported = Change.SETTINGS
        trains_differently = bool(set(changes) - set(STOP_FIELDS))
        if trains_differently:
            # At a past point the change starts a branch there; Undo brings the old one back.
            branch = self._branch()
            self._remember("settings change", branch)
            reported |= Change.UNDO | (Change.HISTORY | Change.TIMELINE if branch is not None else Change.NONE)
        self.trainer.update_config(**changes)
        if trains_differently:   # replays after this point use the new settings
            self.timeline.note_config_change(self.trainer)
        self.settings = new
        shown = {k: v for k, v in changes.items() if k not in STOP_FIELDS}
        text = ""
        if shown:
            changed = ", ".join(translate("Session", "{0} to {1}").format(k.replace("_", " "), v)
                                for k, v in shown.items())
            text = translate("Session", "Changed {0}; training continues from epoch {1}.").format(
                changed, self.trainer.epoch)
        return self._report("apply_settings", reported, text)

    # --- changing the data ----------------------------------------------------------------------
    def change_data(self, problem: Problem, what: str = "data change", generated=_KEEP) -> str:
        """Train the same network on new data (the Playground's noise, ratio, points and
        Regenerate; a point clicked in or out): the weights, optimizer state, epoch count and
        loss history carry on from the state shown, on ``problem``. ``problem`` has the raw
        inputs; the feature inputs in use are applied to it. ``generated``: the data knobs that
        made it (``Session.generated``; left as it is when not given). One Undo puts the old
        data, weights, epoch and history back. An epoch under way is dropped from the count
        (its updates stay in the weights). Raises ValueError (one line), changing nothing,
        for data the network cannot take."""
        old = self.trainer
        current = self.problem
        if problem.input_transform is None and current.input_transform is not None and self.settings.inputs is None:
            problem = with_features(problem, current.input_transform.names)
        if problem.X_train is None or len(problem.X_train) == 0:
            raise ValueError(translate("Session", "the training data cannot be empty: keep at least one training point"))
        trainer = build_trainer(problem, self.settings)
        state = old.capture(keep_last_step=False)
        n = len(old.history)
        history = History()
        if n:
            history.splice(0, old.history.tail(0))
            history.reveal(n)
            history.forget_hidden()
        trainer.history = history
        trainer.restore(replace(state, cursor=0, rows=None, partial=(), last_step=None, history_len=n))
        self._undo.append(UndoEntry(what, self.settings.copy(), old, self.timeline, generated=self.generated))
        del self._undo[:-MAX_UNDO]
        if generated is not _KEEP:
            self.generated = generated
        self._use(trainer)
        return self._report("change_data", NEW_TRAINER | Change.DATA | Change.UNDO,
                            translate("Session", "{0}: {1} training points. The network keeps its weights and "
                                                 "trains on from epoch {2} (Ctrl+Z brings the old data back).")
                            .format(what[:1].upper() + what[1:], len(trainer.problem.X_train), trainer.epoch))

    # --- training ---------------------------------------------------------------------------
    def step(self, kind: str) -> str:
        """One step: ``"sample"``, ``"batch"`` or ``"epoch"`` (an epoch already under way is
        finished). Returns the status text. Raises TrainingDiverged."""
        t = self.trainer
        if kind not in STEP_KINDS:
            raise ValueError(f"unknown step {kind!r}; choose one of {', '.join(STEP_KINDS)}")
        changes = MOVED | (Change.UNDO | Change.HISTORY if self._begin() else Change.NONE)
        partial = t.cursor > 0
        try:
            if kind == "sample":
                t.step_sample()
            elif kind == "batch":
                t.step_batch()
            else:
                t.step_epoch()
        except TrainingDiverged:
            self.timeline.record_step(t, "diverged")
            self._report("step", changes, t.diverged or "")
            raise
        self.timeline.record_step(t, kind)
        self.last_action = kind
        return self._report("step", changes, self.step_message("rest" if kind == "epoch" and partial else kind))

    def begin_training(self) -> bool:
        """Before training on from a past point of the timeline: drop the later states (one
        Ctrl+Z brings them back). True when something was dropped."""
        if not self._begin():
            return False
        self._report("begin_training", Change.HISTORY | Change.TIMELINE | Change.UNDO)
        return True

    def _begin(self) -> bool:
        branch = self._branch()
        if branch is None:
            return False
        self._remember("branch", branch)
        return True

    def _branch(self) -> Branch | None:
        return self.timeline.truncate_after_current(self.trainer)

    def train_epoch(self) -> EpochStats:
        """One epoch of a continuous run (finishes one under way). Raises TrainingDiverged."""
        t = self.trainer
        start = time.perf_counter()
        parts, self._part_seconds = self._part_seconds, 0.0
        try:
            stats = t.step_epoch()
        except TrainingDiverged:
            self.timeline.record_step(t, "diverged")
            raise
        self.timeline.record_epoch(t, time.perf_counter() - start + parts)
        self.last_action = "epoch"
        return stats

    def train_epoch_part(self, samples: int) -> bool:
        """The next ``samples`` samples of the epoch under way in a continuous run, so a long
        epoch can be shown part-way through; :meth:`train_epoch` finishes it. False when only the
        epoch's last step is left (see Trainer.step_epoch_part). Nothing is recorded: the
        timeline stays on epoch boundaries, which replays reach bitwise."""
        start = time.perf_counter()
        trained = self.trainer.step_epoch_part(samples)
        self._part_seconds += time.perf_counter() - start   # counted with the epoch's training time
        return trained

    def run(self, max_epochs: int | None = None):
        """Generator of :class:`EpochStats` until ``max_epochs`` (default: the settings' stop
        at) or the target loss. Raises TrainingDiverged."""
        t = self.trainer
        end = t.config.epochs if max_epochs is None else max_epochs
        while t.epoch < end:
            stats = self.train_epoch()
            yield stats
            if t.target_reached(stats):
                return

    def stop_reason(self, stats: EpochStats | None) -> EndReason | None:
        """Why a continuous run must stop after ``stats`` (None: go on)."""
        t = self.trainer
        if stats is not None and t.target_reached(stats):
            return EndReason.TARGET_LOSS
        if t.epoch >= t.config.epochs:
            return EndReason.MAX_EPOCHS
        return None

    def step_message(self, plan: str) -> str:
        t, step = self.trainer, self.trainer.last_step
        n_rows = len(step.rows) if step else 0
        if plan == "sample":
            what = translate("Session", "Trained one sample")
        elif plan == "batch" and n_rows < t.n_train:
            what = translate("Session", "Trained one mini-batch of {0} samples").format(n_rows)
        elif plan == "batch":
            what = translate("Session", "Trained one batch: the whole training set, so one epoch")
        elif plan == "epoch":
            what = translate("Session", "Trained one epoch: every training sample once")
        else:
            what = translate("Session", "Finished epoch {0}: trained the samples left in it").format(t.epoch)
        where = translate("Session", " Now at epoch {0}").format(t.epoch)
        if t.cursor:      # the toolbar's "epoch N +k": k samples into epoch N + 1
            where += translate("Session", " +{0} ({0} of {1} samples into epoch {2})").format(
                t.cursor, t.n_train, t.epoch + 1)
        loss = translate("Session", "; the last step's loss was {0}.").format(fixed(step.loss)) if step else "."
        return f"{what}.{where}{loss}"

    def end_message(self, reason: EndReason) -> str:
        t = self.trainer
        return {
            EndReason.PAUSED: translate("Session", "Paused at epoch {0}.").format(t.epoch),
            EndReason.MAX_EPOCHS: translate("Session", "Stopped: reached {0} epochs (the “Stop at” limit).")
            .format(t.epoch),
            EndReason.TARGET_LOSS: translate("Session", "Stopped: the training loss reached the target at epoch {0}.")
            .format(t.epoch),
            EndReason.DIVERGED: translate("Session", "Training diverged: see the red message above."),
        }.get(reason, "")

    def divergence_advice(self) -> str:
        return translate("Session", "{0} Lower it in Settings, then press Reset (R) to start again from the same "
                                    "weights, or Ctrl+Z to undo a change.").format(self.trainer.diverged)

    # --- starting again and going back --------------------------------------------------------
    def reset(self) -> str:
        """Back to the same starting weights, epoch 0 (undoable)."""
        self._remember("reset")
        self._use(self.trainer.fresh())
        return self._report("reset", NEW_TRAINER | Change.UNDO,
                            translate("Session", "Reset: the same starting weights, epoch 0. Ctrl+Z brings the "
                                                 "trained ones back."))

    def new_weights(self, seed: int | None = None) -> str:
        """Start again from new random weights: a new seed (undoable)."""
        if seed is None:
            seed = int(np.random.default_rng().integers(0, 1_000_000))
        settings = replace(self.settings.copy(), seed=seed, weights=None, biases=None)
        settings.config.seed = seed
        trainer = build_trainer(self.problem, settings)
        self._remember("new weights")
        self.settings = settings
        self._use(trainer)
        return self._report("new_weights", NEW_TRAINER | Change.SETTINGS | Change.UNDO,
                            translate("Session", "New random weights (seed {0}); epoch 0. Ctrl+Z brings the old "
                                                 "ones back.").format(seed))

    def set_history_budget(self, nbytes: int) -> None:
        """Memory for the timeline's keyframes, from now on (the current timeline too)."""
        self.history_budget_bytes = int(nbytes)
        if self.timeline is not None:
            self.timeline.set_budget(self.history_budget_bytes)
        self._report("set_history_budget", Change.TIMELINE)

    def _sync_stop_conditions(self) -> None:
        """A restored state carries the config of its time; when a run stops is the settings'
        say (it changes no number, so the timeline does not record it)."""
        c, s = self.trainer.config, self.settings.config
        if (c.epochs, c.target_loss) != (s.epochs, s.target_loss):
            self.trainer.config = replace(c, epochs=s.epochs, target_loss=s.target_loss)

    def _use(self, trainer: Trainer) -> None:
        """A new trainer with a new timeline starting at its present state."""
        self.trainer = trainer
        self.problem = trainer.problem   # with the settings' feature inputs, if any
        self.timeline = Timeline(trainer, self.history_budget_bytes)

    def _remember(self, what: str, branch: Branch | None = None) -> None:
        self._undo.append(UndoEntry(what, self.settings.copy(), self.trainer, self.timeline, branch=branch))
        del self._undo[:-MAX_UNDO]

    @property
    def undo_label(self) -> str | None:
        """What Undo would undo ("reset", "network change", …), None when nothing."""
        return self._undo[-1].what if self._undo else None

    def undo(self) -> str:
        """Put back the network, weights, epoch, history and settings from before the last
        change. Returns the status text."""
        if not self._undo:
            return self._report("undo", Change.NONE, translate("Session", "Nothing to undo."))
        before = self.problem
        entry = self._undo.pop()
        trainer = entry.trainer
        try:
            if entry.edit_from is not None:    # take a weight edit back out of the timeline
                entry.timeline.goto_position(trainer, entry.edit_from)
                entry.timeline.truncate_after_current(trainer)
            if entry.branch is not None:   # training on from a past point dropped a later history
                entry.timeline.restore_branch(trainer, entry.branch)
        except ValueError as e:
            # Refused before anything changed (the timeline checks first): the session stays
            # whole and the entry stays for another try.
            self._undo.append(entry)
            return self._report("undo", Change.NONE,
                                translate("Session", "Cannot undo the {0}: {1}.").format(undo_name(entry.what), e))
        # The kept trainer's config may have been edited after it was remembered (a training
        # change edits it in place): the remembered settings win.
        changes = {k: v for k, v in entry.settings.config.__dict__.items()
                   if k != "seed" and k not in STOP_FIELDS and getattr(trainer.config, k) != v}
        if changes:
            if not entry.timeline.at_newest:   # the old settings come back at the newest state
                entry.timeline.goto_newest(trainer)
            trainer.update_config(**changes)
            entry.timeline.note_config_change(trainer)
        self.settings, self.trainer, self.timeline = entry.settings, trainer, entry.timeline
        self.problem = trainer.problem   # a data or inputs change comes back with its trainer
        if entry.generated is not _KEEP:
            self.generated = entry.generated
        self._sync_stop_conditions()
        changes = NEW_TRAINER | Change.SETTINGS | Change.UNDO
        if not same_data(self.problem, before):
            changes |= Change.DATA
        if entry.what == "branch":
            return self._report("undo", changes, translate("Session", "Brought back the later history: {0} is the "
                                                                      "newest again.").format(
                                self.timeline.describe(self.timeline.newest)))
        if entry.loaded is not None:
            self.problem, self.lesson, self.description, self._undo, self.source, self.path = entry.loaded
            return self._report("undo", Change.everything(),
                                translate("Session", "Undid the lesson change: back to {0}, epoch {1}.").format(
                                    self.lesson.in_language().title if self.lesson is not None else self.description,
                                    trainer.epoch)
                                + self._drop_pin())
        if entry.what in UNDO_NAMES:
            text = translate("Session", "Undid the {0}: {1}, epoch {2}.").format(
                undo_name(entry.what), trainer.network.describe(), trainer.epoch)
        else:   # a data change says what it did ("added a drawn 1 to the training data")
            text = translate("Session", "Undone: {0}; {1}, epoch {2}.").format(
                entry.what, trainer.network.describe(), trainer.epoch)
        return self._report("undo", changes, text)

    # --- keeping: session files ------------------------------------------------------------------
    def save(self, path) -> str:
        """Write everything to a ``.nnviz`` session file (atomically). Raises
        :class:`~nnviz.core.app.session_file.SessionFileError` (one line). Returns the status text."""
        saved = save_session(self, path)
        self.path = str(saved)
        where = translate("Session", "epoch {0}").format(self.trainer.epoch) + (
            f" +{self.trainer.cursor}" if self.trainer.cursor else "")
        return self._report("save", Change.FILE, translate("Session", "Saved {0} at {1}.").format(saved.name, where))

    def open(self, path) -> str:
        """Replace what is loaded by the session in ``path``: its data, network, weights,
        optimizer state, history and place in an epoch, exactly. A bad file raises
        :class:`~nnviz.core.app.session_file.SessionFileError` (one line) and changes nothing;
        after a good one, Undo brings the previous session back."""
        opened = read_session(path)
        unpinned = self._install(opened.problem, opened.settings, opened.trainer, opened.lesson, opened.description)
        self.source, self.path = opened.source, str(Path(path))
        if opened.timeline is not None:      # the keyframes: going back reaches the same states
            install_timeline(self.timeline, *opened.timeline)
        self.last_action = None
        self._sync_stop_conditions()
        t = self.trainer
        where = translate("Session", "epoch {0}").format(t.epoch)
        if t.cursor:
            where += translate("Session", " +{0} ({0} of {1} samples into epoch {2})").format(
                t.cursor, t.n_train, t.epoch + 1)
        return self._report("open", Change.everything(),
                            translate("Session", "Opened {0}: {1}, {2}, at {3}.").format(
                                Path(path).name, opened.description, t.network.describe(), where) + unpinned)

    # --- editing a weight by hand ---------------------------------------------------------------
    def edit_parameter(self, layer: int, index: tuple[int, ...], value: float, bias: bool = False) -> str:
        """Set one weight (``weights[layer][i, j]``) or bias (``biases[layer][j]``) by hand:
        "what if this weight were 0". Recorded on the timeline and undoable. Raises ValueError
        (one line) for a value that is not a finite number or a parameter that does not exist."""
        value = float(value)
        if not math.isfinite(value):
            raise ValueError(translate("Session", "{0} is not a finite number: type a number such as 0 or -1.5")
                             .format(value))
        net = self.trainer.network
        if bias and not net.use_bias:
            raise ValueError(translate("Session", "this network has no biases (tick “bias” in Settings)"))
        arrays = net.biases if bias else net.weights
        try:
            target = arrays[layer]
            old = float(target[tuple(index)])
        except (IndexError, TypeError):
            raise ValueError(f"there is no {'bias' if bias else 'weight'} {layer}:{index}") from None
        branch = self._branch()
        changes = MOVED | Change.UNDO | (Change.HISTORY if branch is not None else Change.NONE)
        before = self.timeline.current
        target[tuple(index)] = value          # a view into the network's flat parameter vector
        self.trainer.forget_step_record()
        self.timeline.record_step(self.trainer, "edit")
        self._undo.append(UndoEntry("weight edit", self.settings.copy(), self.trainer, self.timeline,
                                    branch=branch, edit_from=before))
        del self._undo[:-MAX_UNDO]
        if bias:
            text = translate("Session", "Set the bias from {0} to {1}; Ctrl+Z puts it back.")
        else:
            text = translate("Session", "Set the weight from {0} to {1}; Ctrl+Z puts it back.")
        return self._report("edit_parameter", changes, text.format(local(f"{old:.4g}"), local(f"{value:.4g}")))

    def step_context(self, sample_row: int | None = None):
        """What the step explainer needs besides the step's record (GUI thread, no run)."""
        return StepContext.from_trainer(self.trainer, self.last_action, sample_row)

    def sample_forward(self, split: str, row: int) -> SampleForward:
        """Row ``row`` of ``split`` through the network with the weights now, for the explainer
        (GUI thread, no run): a look, nothing is trained. Raises ValueError (one line) for a
        row the split does not have."""
        return forward_sample(self.trainer, split, row)

    # --- the timeline: going back and forth ------------------------------------------------------
    def goto(self, position: int) -> str:
        """Show the state at a timeline ``position`` (0 = the start), bitwise as it was first
        reached. The later states stay until training goes on from here."""
        position = min(max(int(position), 0), self.timeline.newest)
        self.timeline.goto_position(self.trainer, position)
        return self._report("goto", MOVED, self._where())

    def goto_epoch(self, epoch: int, cursor: int = 0) -> str:
        """Show the state at the end of ``epoch`` (or ``cursor`` samples into the next one).
        Raises ValueError (one line) when the run never got there."""
        self.timeline.goto(self.trainer, int(epoch), int(cursor))
        return self._report("goto_epoch", MOVED, self._where())

    def step_back(self) -> str:
        """Undo the last step, whatever its size (a sample, a batch, an epoch)."""
        if not self.timeline.step_back(self.trainer):
            return self._report("step_back", Change.NONE,
                                translate("Session", "Already at the start: nothing to step back to."))
        return self._report("step_back", MOVED, self._where())

    def step_forward(self) -> str:
        if not self.timeline.step_forward(self.trainer):
            return self._report("step_forward", Change.NONE, translate("Session", "Already at the newest state."))
        return self._report("step_forward", MOVED, self._where())

    def _where(self) -> str:
        self._sync_stop_conditions()
        self.last_action = None      # the state shown was not reached by the last button pressed
        tl = self.timeline
        if tl.at_newest:
            return translate("Session", "Showing {0}, the newest.").format(tl.describe())
        return translate("Session", "Showing {0}; the newest is {1}. Play or a step trains on from here (the later "
                                    "epochs go; Ctrl+Z brings them back).").format(tl.describe(), tl.describe(tl.newest))

    # --- two runs side by side ------------------------------------------------------------------
    def pin(self) -> str:
        """Keep the run on the timeline (every state up to the newest, whichever is shown) to
        compare with, and go to its start: a setting changed now trains again from the same
        start state, bitwise (a new seed or network starts from its own weights). The pinned
        run's curves and states stay as they are whatever is done next, until :meth:`unpin` or
        another lesson. Replaces a run pinned before."""
        self.pinned = pin_run(self.trainer, self.timeline, self.settings)
        changes = Change.PIN
        if self.timeline.current != 0:
            self.timeline.goto_position(self.trainer, 0)
            self._sync_stop_conditions()
            self.last_action = None
            changes |= MOVED
        return self._report("pin", changes, translate(
            "Session", "Pinned this run (epochs 0 to {0}); back at epoch 0. Change one thing (learning rate, seed, "
            "bias, activation, a hidden layer) and train again: both curves show, the pinned one dashed.").format(
                local(f"{self.pinned.newest_epoch:,}")))

    def unpin(self) -> str:
        """Stop comparing: the pinned run goes (the run now stays as it is)."""
        if self.pinned is None:
            return self._report("unpin", Change.NONE, translate("Session", "No run is pinned."))
        self.pinned = None
        return self._report("unpin", Change.PIN, translate("Session", "Unpinned: only the run now is shown."))

    def comparison(self) -> str:
        """What differs between the pinned run's settings and the settings now, in one line
        ("Pinned: lr 0.05 · Now: lr 0.5"); "" when no run is pinned."""
        return "" if self.pinned is None else difference_line(self.pinned.settings, self.settings)

    # --- looking ------------------------------------------------------------------------------
    def frame(self, options: FrameOptions, stats: tuple[EpochStats, ...] = (), finished: str | None = None,
              evaluate: bool = False, part_way: bool = False) -> Frame:
        """What the window draws of the current state (on the thread that owns the session);
        ``part_way``: a run's epoch under way, shown before it ends (see Frame.progress)."""
        frame = make_frame(self.trainer, options, stats, finished, evaluate=evaluate, part_way=part_way)
        return replace(frame, position=self.timeline.current, newest=self.timeline.newest)

    def history_columns(self, classification: bool | None = None) -> tuple:
        """``(epochs, train_loss, val_loss, train_acc, val_acc)`` as NumPy arrays up to the
        state shown (NaN where not measured); the accuracies are None for a regression."""
        h = self.trainer.history
        classes = self.problem.is_classification if classification is None else classification
        cols = [np.asarray(c.array, float) for c in (h.epochs, h.train_loss, h.val_loss, h.train_accuracy, h.val_accuracy)]
        return (*cols[:3], *(cols[3:] if classes else (None, None)))

    def history_stats(self) -> list[EpochStats]:
        t = self.trainer
        return [t.history_stats(i) for i in range(len(t.history.epochs))]

    def evaluate(self, split: str = "test") -> dict:
        return self.trainer.evaluate(split)

    def predict(self, X: np.ndarray, weights=None, biases=None) -> np.ndarray:
        """The network's output for scaled inputs ``X``, with the current weights or with
        ``weights``/``biases`` (e.g. a frame's, while a run owns the trainer)."""
        net = self.trainer.network
        if weights is not None:
            net = net.copy()
            net.set_parameters(list(weights), None if biases is None else list(biases))
        with np.errstate(over="ignore", invalid="ignore"):
            return net.predict(X)


def _data_source(spec) -> dict:
    """A DataSpec as plain JSON-able data."""
    d = asdict(spec)
    d["split"] = list(d["split"])
    d["options"] = [list(o) for o in d["options"]]
    if d.get("features") is not None:
        d["features"] = list(d["features"])
    return d


def _generated_data(lesson: Lesson, seed: int | None):
    """The data knobs that make a generated lesson's points (None for other lessons)."""
    if not (lesson.playground and lesson.data.source == "generated" and lesson.name in SET_NAMES):
        return None
    return GeneratedData(lesson.name, seed=int(lesson.settings.seed if seed is None else seed))


UNDO_NAMES = ("reset", "new weights", "network change", "settings change", "weight edit", "lesson change",
              "data change", "branch")


def undo_name(what: str) -> str:
    """What an undo entry undoes, in words of the current language (the entries keep English
    names, which tests and code compare)."""
    names = {
        "reset": translate("Undo", "reset"),
        "new weights": translate("Undo", "new weights"),
        "network change": translate("Undo", "network change"),
        "settings change": translate("Undo", "settings change"),
        "weight edit": translate("Undo", "weight edit"),
        "lesson change": translate("Undo", "lesson change"),
        "data change": translate("Undo", "data change"),
        "branch": translate("Undo", "branch"),
    }
    return names.get(what, what)


__all__ = ["EndReason", "Session", "TrainingDiverged"]
