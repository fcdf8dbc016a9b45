"""The base of the domain's errors: a machine-readable `code`, and the sentence for people as a phrase and its parameters."""
from __future__ import annotations

from typing import Optional


class CodedError(Exception):
    """An error with a `code` callers branch on and a sentence they show.

    The sentence is `why`, a key of domain/problem_words.py, with `params`; text(say) words it
    in the user's language, and `message` (also str()) is its English, for logs and tests.
    `parts`: the errors this one gathers (one per store), said one after the other.
    A bare `message` with no `why` is a text from elsewhere (SQLite, the OS) that has no words
    of ours: it is shown as it is in every language.
    """

    def __init__(self, code: str, message: Optional[str] = None, *, why: Optional[str] = None,
                 params: Optional[dict] = None, parts: tuple = ()):
        self.code = code
        self.why = why
        self.params = dict(params or {})
        self.parts = tuple(parts)
        if message is None:
            message = self.text()
        super().__init__(message)
        self.message = message

    def text(self, say=None) -> str:
        """The sentence in the language of `say` (a wording.Say; English when None)."""
        from inspector.domain import problem_words  # it words through wording, which knows no errors

        return problem_words.say_error(self, say)

    def __reduce__(self):
        # Exception pickles its args alone; keep the code, the phrase and its parameters (worker processes).
        return (_rebuild, (type(self), self.__dict__.copy(), self.message))

    def __str__(self) -> str:
        return self.message


def _rebuild(cls, state: dict, message: str):
    err = Exception.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err
