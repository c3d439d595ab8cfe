"""Errors whose message is meant for the person at the keyboard.

Any part of the tutor may raise :class:`UserError` for a problem the user can act on (a
progress database from a newer version, an unreadable file). The command line prints the
message, without a traceback, and exits with status 2.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str(error)`` says what happened and what to do."""
