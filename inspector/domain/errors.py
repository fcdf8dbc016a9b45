"""The base of the domain's errors that carry a machine-readable `code` beside the sentence for people."""
from __future__ import annotations


class CodedError(Exception):
    """An error with a `code` callers branch on and a `message` they show; str() is the message."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message
