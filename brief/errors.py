"""Errors a user can cause, each with a one-line message and an exit code."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    NOTHING_FOUND = 1
    BAD_INPUT = 2


class BriefError(Exception):
    """Base of every error brief reports to a user; the message is shown as one line."""

    exit_code: ExitCode = ExitCode.BAD_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(BriefError):
    """Input that cannot be read: missing, binary, empty, too large."""


class UsageError(BriefError):
    """An option value that makes no sense (`-n 0`, unknown method)."""


class NothingFound(BriefError):
    """The input was fine, but nothing matched the request."""

    exit_code = ExitCode.NOTHING_FOUND
