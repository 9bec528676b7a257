"""Captions with the engine's numbers, filled safely.

A caption comes from a lesson file, so it is untrusted text: it is never given to
``str.format`` (a spec like ``{epoch:>1000000000}`` would build a gigabyte string, and
``{x.__class__}`` reaches into objects). :func:`caption_fields` accepts only bare names from
:data:`PLACEHOLDERS` (no format spec, no conversion, no attribute or index), and
:func:`fill` puts the values' texts in by plain concatenation. ``{{`` and ``}}`` are a brace.
"""
from __future__ import annotations

import difflib
import string

from ..tr import translate

# The fields a caption may name (what each says: nnviz.core.teaching.beats, which computes them).
PLACEHOLDERS = ("epoch", "loss", "train_accuracy", "test_accuracy", "n_train", "n_val", "n_test", "outputs", "weights",
                "weights_ranked", "forward_pass", "house_printout", "same_inputs", "tutorial4_outputs",
                "tutorial4_delta", "first_delta", "answer")


class CaptionError(ValueError):
    """A caption field that is not allowed; one line."""


def _parts(caption: str, names=PLACEHOLDERS) -> list[tuple[str, str | None]]:
    """``[(literal text, field name or None), …]``, every field checked."""
    if not isinstance(caption, str):
        raise CaptionError(translate("Captions", "a caption must be a text"))
    try:
        parsed = list(string.Formatter().parse(caption))
    except ValueError as e:        # a lone brace: "Single '}' encountered in format string"
        raise CaptionError(translate("Captions", "{0} (write {1} or {2} for a brace)").format(e, "{{", "}}")) from None
    out = []
    for literal, field, spec, conversion in parsed:
        if field is None:
            out.append((literal, None))
            continue
        shown = field if len(field) <= 40 else field[:39] + "…"
        if spec or conversion:
            raise CaptionError(translate("Captions", "the field {0} has a format ({1}); fields take none: write {2}").format(
                "{" + shown + "}", "!" + conversion if conversion else ":" + spec[:20], "{" + shown.split(":")[0] + "}"))
        if field not in names:
            if not field.isidentifier():
                raise CaptionError(translate("Captions", "{0} is not a field name: a field is a bare name like {1} (no "
                                                        "attributes or indexes)").format("{" + shown + "}", "{epoch}"))
            close = difflib.get_close_matches(field, names, n=1, cutoff=0.6)
            # With a likely fix the line stays short (a banner's width); else the list helps.
            if close:
                raise CaptionError(translate("Captions", "unknown caption field {0} (did you mean {1}?)").format(
                    "{" + shown + "}", "{" + close[0] + "}"))
            raise CaptionError(translate("Captions", "unknown caption field {0}; the fields are {1}").format(
                "{" + shown + "}", ", ".join(names)))
        out.append((literal, field))
    return out


def caption_fields(caption: str, names=PLACEHOLDERS) -> set[str]:
    """The placeholders ``caption`` names (CaptionError for anything else)."""
    return {f for _, f in _parts(caption, names) if f}


def fill(caption: str, values: dict[str, str], names=PLACEHOLDERS) -> str:
    """``caption`` with each field replaced by ``values[field]`` (plain text, never formatted)."""
    return "".join(lit + ("" if f is None else str(values.get(f, "—"))) for lit, f in _parts(caption, names))


__all__ = ["CaptionError", "PLACEHOLDERS", "caption_fields", "fill"]
