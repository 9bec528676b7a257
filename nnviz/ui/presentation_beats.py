"""The lesson's beats as the presenter clicks through them: a mixin of
:class:`~nnviz.ui.presentation.Presenter`.

One click ("next") does the first of these that applies:

1. a play (or compare) beat's run under way: pause it (the footer says which key continues);
2. a paused run: continue it;
3. a ``reveal`` beat showing its question, or a ``quiz`` beat's hidden number: show it;
4. an ``explain`` beat (presenting): the explainer's next part, forward → loss → backward →
   update (with ``reveal``, the update's question first);
5. the next beat; after the last one, the end screen (and then nothing).

"Back" goes to the previous beat (from the end screen: the last beat) as it was first shown:
its training replayed exactly and its whole view (:class:`~nnviz.ui.view_state.ViewState`).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer

from ..core.teaching.beat_actions import do_beat, perform
from ..core.teaching.beats import Beat, BeatPlayer, fill_caption, held_caption, script_for
from ..core.teaching.lessons import get_lesson
from ..core.text import escape_html, local, one_line
from . import theme
from .run_controller import SPEEDS
from .view_state import BOUNDARY, CONFUSION, EXPLAINER, LOSS, MAP, ViewState, apply_view
from .i18n import shown, translate

STEP_KINDS = {"sample": QT_TRANSLATE_NOOP("PresenterBeats", "sample"), "batch": QT_TRANSLATE_NOOP("PresenterBeats", "batch"),
              "epoch": QT_TRANSLATE_NOOP("PresenterBeats", "epoch")}


def step_kind_name(kind: str) -> str:
    """A step's size (sample, batch, epoch) in the window's language."""
    return translate("PresenterBeats", STEP_KINDS[kind]) if kind in STEP_KINDS else kind


FRAMES_PER_SECOND = 60          # the worker's frame rate: a play beat's pace is set from it
EXPLAIN_PARTS = ("forward", "loss", "backward", "update")
PAUSED_NOTE = QT_TRANSLATE_NOOP("PresenterBeats", "Paused at epoch {epoch}: PageDown (or Space) continues · PageUp goes back.")
END_NOTE = QT_TRANSLATE_NOOP("PresenterBeats", "The end of this lesson: PageUp goes back, Esc leaves.")


class PresenterBeats:
    """Beats, reveal, explainer parts, pause and the end screen (mixed into the presenter)."""

    def _reset_beat_state(self) -> None:
        self._held: Beat | None = None      # a reveal beat showing its question
        self._answer = ""                   # the shown beat's answer (an ask beat's)
        self._parts: list[str] = []         # the explainer's parts still to show
        self._part_held = False             # the update's question is shown, the update not yet
        self._paused: Beat | None = None    # a play beat whose run is paused
        self._quiz_held = False             # a quiz beat's number is hidden, the next click shows it
        self._pausing = False
        self.at_end = False                 # the end screen is shown

    def _player(self) -> BeatPlayer | None:
        """The player for the lesson on screen (a new one at its first beat if the lesson
        changed by other means, e.g. an undo)."""
        lesson = self.w.lesson_name
        if self.player is None or self.player.loaded_lesson() != lesson:
            script = script_for(lesson)
            self.player = BeatPlayer(script, 1) if script is not None else None
        return self.player

    def pending_clicks(self) -> bool:
        """True while the beat on screen still has clicks of its own (a held answer, the
        explainer's next part, a paused run) before "next" goes to the next beat."""
        return bool(self._held is not None or self._parts or self._paused is not None or self._quiz_held)

    def restart(self) -> None:
        """The current lesson's script from its first beat (which loads the lesson afresh)."""
        self._clear_beat()
        script = script_for(self.w.lesson_name)
        if script is None:
            self.player = None
            self._show_caption()
            return
        self.player = BeatPlayer(script)
        self._perform(self.player.next())

    def next(self) -> None:
        """One click forward (see the module's list)."""
        w = self.w
        if self.at_end:
            self.brief_note(translate("PresenterBeats", END_NOTE))
            return
        if w.runner.running:
            if self._waiting is not None and self._waiting.action in ("play", "compare"):
                self._pausing = True
                w.runner.pause()
            else:
                w.statusBar().showMessage(translate("PresenterBeats", "Still training: the next beat comes when this run ends."))
            return
        if self._paused is not None:
            beat, self._paused = self._paused, None
            self.note.set_full_text("")
            self._waiting = beat
            self.pace(beat, int(beat.param("to_epoch")) - w.session.epoch)
            w.play()
            if not w.runner.running:
                self._waiting = None
                self._finish(beat, self._answer)
            return
        if self._quiz_held:
            self._quiz_held = False
            self.w.explainer.reveal()
            return
        if self._held is not None:
            beat, self._held = self._held, None
            self._show_caption(beat, answer_text=self._answer)
            return
        if self._parts:
            self._next_part()
            return
        player = self._player()
        if player is None:
            {"sample": w.step_sample, "batch": w.step_batch, "epoch": w.step_epoch}[self.step_kind]()
            return
        if player.at_end:
            if self.presenting:
                self.show_end()
            else:
                {"sample": w.step_sample, "batch": w.step_batch, "epoch": w.step_epoch}[self.step_kind]()
                self.beat_label.setText(translate("PresenterBeats", "end · step {0}").format(step_kind_name(self.step_kind)))
            return
        self._perform(player.next())

    def back(self) -> None:
        """The previous beat as first shown (the training goes back with it); from the end
        screen the last beat; with no beat to go back to, the timeline's step back."""
        w = self.w
        player = self._player()
        if self.at_end and player is not None:
            self.go_to(player.position)
            return
        if player is None or player.position <= 1:
            if self.presenting and player is not None:
                self.go_to(1)       # the first beat as it was: nothing before it to go to
                return
            w.step_back()
            return
        self._stop_beat_run()
        self._replay(player.back())

    def go_to(self, position: int) -> None:
        """Beat ``position`` (1 = the first) of the lesson's script as first shown: its beats
        done again from the last load before it, and its view."""
        player = self._player()
        if player is None:
            return
        position = max(1, min(int(position), len(player.script)))
        if position == player.position + 1 and not self.at_end and not self.w.runner.running:
            self.next()             # the next beat, as a click does it (its run animated)
            return
        self._stop_beat_run()
        player.position = position
        done = player.script.beats[:position]
        start = max(i for i, b in enumerate(done) if b.action == "load")
        self._replay(done[start:])

    def _stop_beat_run(self) -> None:
        self._waiting = None            # a beat's run stopped now is not that beat ending
        self._pausing = False
        self.w.runner.stop_and_wait()
        self._clear_beat()

    def _clear_beat(self) -> None:
        if self.at_end:
            self.end_screen.hide()
        self._reset_beat_state()
        self.pointer.clear()
        self.w.explainer.set_part(None)
        self.w.explainer.clear_question()

    def show_end(self) -> None:
        """After the last beat: the end screen (PageUp goes back, Esc leaves)."""
        self._clear_beat()
        self.at_end = True
        title, beats = "", 0
        if self.player is not None:     # the script's own lesson (its beats may walk on to others)
            beats = len(self.player.script)
            try:
                title = escape_html(shown(get_lesson(self.player.script.lesson)).title)
            except ValueError:
                title = ""
        self.end_screen.setText(
            '<p style="font-size:xx-large"><b>' + translate("PresenterBeats", "The end") + '</b></p>'
            f'<p>{title}{" · " if title else ""}' + translate("PresenterBeats", "{0} beats").format(beats) + '</p>'
            f'<p style="color:{theme.MUTED}">' + translate("PresenterBeats", "PageUp goes back · Esc leaves") + '</p>')
        self.end_screen.setGeometry(self.page.rect())
        self.end_screen.show()
        self.end_screen.raise_()
        self.beat_label.setText(translate("PresenterBeats", "end"))
        self.endShown.emit()

    # ------------------------------------------------------------------------ doing a beat
    def _perform(self, beat: Beat) -> None:
        """Do one beat on the window: show what it shows, then do its action (training
        animated by the worker, the rest at once)."""
        self._clear_beat()
        self._show_caption(beat, pending=True)
        ans = ""
        self._waiting = None    # a run still going (F5 during a beat's run) ends with no beat of its own
        self._doing = beat
        try:
            self.show_view(ViewState.for_beat(beat))
            ans = do_beat(self._target, beat)
        except Exception as exc:  # a beat that cannot be done must not take the lecture down
            self._waiting = None
            self.w.show_error(translate("PresenterBeats", "This beat could not be done: {0}").format(one_line(exc)))
        finally:
            self._doing = None
        if self._waiting is None:     # else the beat ends with its training run
            self._finish(beat, ans)

    def _animate(self, start) -> None:
        """Start the training run of the beat being performed (``start`` is the window's play
        or step); the beat ends when the run does."""
        self._waiting = self._doing
        start()
        if not self.w.runner.running:
            self._waiting = None

    def pace(self, beat: Beat | None, epochs: int) -> None:
        """A play beat's run of ``epochs`` takes about its ``seconds``: epochs per frame."""
        if beat is None or epochs <= 0:
            return
        self.w.runner.set_speed(max(1, math.ceil(epochs / (beat.play_seconds * FRAMES_PER_SECOND))))

    def show_view(self, state: ViewState) -> None:
        """Show ``state`` on the window; a pane that shares its place with others in
        presentation mode comes to the front."""
        apply_view(self.w, state, self._bring_to_front)

    def _bring_to_front(self, pane: str) -> None:
        box = {BOUNDARY: self.boundary_box, MAP: self.boundary_box, LOSS: self.loss_box,
               CONFUSION: self.confusion_page, EXPLAINER: self.side}[pane]
        self.show_tab(box)

    def _replay(self, beats: tuple[Beat, ...]) -> None:
        """Reach a previous beat by doing its beats again on the session (exact: training is
        deterministic), then show the result at once."""
        w = self.w
        ans = ""
        self._busy = True
        try:
            with w.sync.held():    # the views follow once, for the state the beats reach
                for beat in beats:
                    ans = perform(w.session, beat)
        except Exception as exc:
            w.show_error(translate("PresenterBeats", "Could not go back: {0}").format(one_line(exc)))
        finally:
            self._busy = False
        if w.lesson_name:
            w.settings.setValue("lesson", w.lesson_name)
        self.note.set_full_text("")
        self._finish(beats[-1], ans)

    def _on_run_finished(self, *_args) -> None:
        w = self.w
        w.runner.set_speed(SPEEDS[w.speed_slider.value()])     # the window's own pace again
        beat, self._waiting = self._waiting, None
        if beat is None:
            return
        if self._pausing and w.session.epoch < int(beat.param("to_epoch")):
            self._pausing = False
            self._paused = beat
            self.note.set_full_text(translate("PresenterBeats", PAUSED_NOTE).format(epoch=local(f"{w.session.epoch:,}")))
            return
        self._pausing = False
        # The window draws the last frame in the same slot; fill the caption after it.
        QTimer.singleShot(0, lambda: self._finish(beat))

    def _finish(self, beat: Beat, ans: str = "") -> None:
        """The beat is done: its whole view, its caption (a reveal beat's question first)."""
        if self.presenting:
            self._hide_extras()
            self.note.set_full_text("")     # no status of an earlier beat ("Now at epoch 2000…") stays
        self.show_view(ViewState.for_beat(beat, self._stepped_row(beat)))
        self._answer = ans
        self._held = beat if beat.reveal and held_caption(beat) != beat.caption else None
        self._parts = []
        self._part_held = False
        self._quiz_held = False
        if beat.action == "explain" and self.presenting:
            self._parts = list(EXPLAIN_PARTS)
            self._next_part()
        else:
            self.w.explainer.set_part(None)
            self.w.explainer.clear_question()
        if beat.action == "quiz":     # the number hidden in its part of the step, for the room
            self._quiz_held = self.w.explainer.ask(beat.param("quantity"), beat.param("weight"), room=self.presenting)
        if self._held is not None:
            self.caption.setText(held_caption(beat))
            self._label_beat(beat)
        else:
            self._show_caption(beat, answer_text=ans)
        position = self.player.position if self.player else 0
        self.beatDone.emit(position)
        self.beatShown.emit(position, beat)

    def _stepped_row(self, beat: Beat) -> int | None:
        """The row a one-sample step beat trained (the diagram shows its forward pass)."""
        if beat.action != "step" or beat.param("kind") != "sample":
            return None
        frame = self.w.painter.last_frame          # the state on screen, as the session reported it
        record = frame.snapshot.last_step if frame is not None else None
        return int(record.rows[0]) if record is not None and len(record.rows) else None

    def _next_part(self) -> None:
        """The explainer's next part; at the update of a reveal beat, its question first."""
        beat = self.player.current if self.player is not None else None
        part = self._parts[0]
        if part == "update" and beat is not None and beat.reveal and not self._part_held:
            self._part_held = True
            self.w.explainer.set_part(part, held=True)
            return
        self._parts.pop(0)
        self.w.explainer.set_part(part)

    def _show_caption(self, beat: Beat | None = None, pending: bool = False, answer_text: str = "") -> None:
        w = self.w
        player = self.player
        if beat is None and player is not None and player.loaded_lesson() == w.lesson_name:
            beat = player.current
        if beat is None:
            lesson = w.session.lesson
            text = shown(lesson).caption if lesson is not None else w.session.description
        elif pending and "{" in beat.caption:
            text = beat.caption.split("{")[0].rstrip(" :—(") + " …"
        else:
            try:
                text = fill_caption(beat.caption, w.session, answer_text)
            except Exception:   # a number that cannot be computed leaves its place-holder out
                text = beat.caption
        self.caption.setText(text)
        self._label_beat(beat)
        if beat is not None:
            w.caption.set_texts([f"[{player.label}] {text}" if player is not None else text])

    def _label_beat(self, beat: Beat | None) -> None:
        player = self.player
        self.beat_label.setText(translate("PresenterBeats", "beat {0}").format(player.label) if player is not None and beat is not None else "")

    def _on_lesson_loaded(self, name: str) -> None:
        if self._busy:
            return
        script = script_for(name)       # the person picked a lesson: its script, first beat done
        self.player = BeatPlayer(script, 1) if script is not None else None
        self._clear_beat()
        if self.presenting:
            self._hide_extras()
            self._show_caption()
