"""A beat's view keys (pane, toggles, sample, neuron), its pace (seconds), its reveal and its
notes: read from a lesson file's plain form, checked, written back the same."""
import pytest

from nnviz.core.teaching.beats import PLAY_SECONDS, Beat, held_caption


def beat(**params):
    action = params.pop("action", "play")
    if action == "play":
        params.setdefault("to_epoch", 100)
    return Beat.from_dict({"caption": params.pop("caption", "Run: {outputs}"), "action": action, "params": params})


def test_view_keys_are_taken_out_of_the_parameters_and_round_trip():
    b = beat(pane="loss", toggles={"weights": True, "maps": False}, sample=3, neuron=[1, 0], reveal=True,
             seconds=6, notes="Ask the room first.")
    assert b.params == {"to_epoch": 100}
    assert (b.pane, b.toggles, b.sample, b.neuron, b.reveal, b.seconds, b.notes) == (
        "loss", {"weights": True, "maps": False}, 3, (1, 0), True, 6, "Ask the room first.")
    assert Beat.from_dict(b.to_dict()) == b
    assert b.play_seconds == 6 and beat().play_seconds == PLAY_SECONDS


def test_an_explain_beats_neuron_stays_its_parameter():
    b = Beat.from_dict({"caption": "", "action": "explain", "params": {"layer": 1, "neuron": 0}})
    assert b.params == {"layer": 1, "neuron": 0} and b.neuron is None


@pytest.mark.parametrize("bad", [
    {"pane": "weights"}, {"toggles": {"weight": True}}, {"toggles": {"maps": "yes"}}, {"sample": -1},
    {"sample": True}, {"neuron": [1]}, {"neuron": [1, "a"]}, {"seconds": 0}, {"seconds": 10_000},
    {"reveal": "yes"}, {"notes": 3},
])
def test_a_bad_view_key_is_one_clear_error(bad):
    with pytest.raises(ValueError):
        beat(**bad)


def test_a_reveal_beat_asks_before_it_answers():
    assert held_caption(beat(caption="After 500 epochs: {outputs}.", reveal=True)) == "After 500 epochs … ?"
    say = beat(action="say", caption="What will (0, 0) give?\n\nNear 0: only the bias.", reveal=True)
    assert held_caption(say) == "What will (0, 0) give?\n\n?"
    assert held_caption(beat(action="say", caption="No answer to hold.")) == "No answer to hold."
