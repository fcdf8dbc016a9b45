"""The words of the domain's errors (CodedError.why): why a store could not be read, changed or restored."""
from __future__ import annotations

from inspector.domain import codes as C
from inspector.domain import wording
from inspector.domain.wording import QT_TRANSLATE_NOOP, english

# Each error carries a `why` key and its parameters; the sentence is made here, in the
# language of the `say` it is given (see wording.py for the marks and the placeholders). The
# parameters are paths, counts and the texts of SQLite or the OS, which no catalogue holds.

PROBLEMS: dict = {
}


def say_error(err, say=None) -> str:
    say = say or english
    if err.parts:
        text = "; ".join(say_error(p, say) if hasattr(p, "why") else str(p) for p in err.parts)
        if err.why:
            text += say(PROBLEMS[err.why]).format(**err.params)
        return text
    if err.why is None:
        return err.message if hasattr(err, "message") else ""
    if err.why in C.SAFETY:
        return wording.safety(err.why, err.params, say)
    return say(PROBLEMS[err.why]).format(**err.params)
