"""Operating-system and network errors said in plain words, with what to do next."""

from __future__ import annotations

import errno
import socket
import sys

# Said after "the site could not be reached" whatever the network fault: the two ways on.
_OFFLINE_ADVICE = (
    "Check the internet connection and the address, or save the page in a web browser "
    "and import the saved copy."
)

_BY_ERRNO = {
    errno.ENOENT: "the file is not found (moved, renamed or deleted?). Check the name, "
    "or choose the file again where it is now.",
    errno.EACCES: "permission denied. Check who may read it.",
    errno.EPERM: "permission denied. Check who may read it.",
    errno.ELOOP: "it is a symbolic link that loops (it never reaches a file).",
    errno.EISDIR: "it is a folder, not a file. Choose a file.",
    errno.ENOTDIR: "a part of the path is not a folder. Check the path.",
    errno.ENOSPC: "the disk is full. Free some space and try again.",
    errno.EROFS: "the disk is read-only. Choose a place you can write to.",
    errno.ENAMETOOLONG: "the name is too long. Use a shorter name or path.",
    errno.ENETUNREACH: f"the network could not be reached. {_OFFLINE_ADVICE}",
    errno.EHOSTUNREACH: f"the site could not be reached. {_OFFLINE_ADVICE}",
}


def plain_reason(problem: BaseException | str) -> str:
    """What went wrong in ``problem`` (an OSError, a network error or its text), in plain words
    and with what to do next; the text of anything else. Without the file's name: the caller
    names it."""
    if isinstance(problem, str):
        return problem
    if isinstance(problem, socket.gaierror):
        # The address could not be looked up: offline, or no such site.
        return (
            f"the site could not be reached (its address could not be looked up). {_OFFLINE_ADVICE}"
        )
    if isinstance(problem, ConnectionRefusedError):
        return f"the site refused the connection. {_OFFLINE_ADVICE}"
    if isinstance(problem, ConnectionError):  # reset, aborted, broken
        return f"the connection to the site was cut. Try again. {_OFFLINE_ADVICE}"
    if isinstance(problem, TimeoutError):
        return f"the site did not answer in time. {_OFFLINE_ADVICE}"
    # Without ssl imported (its import is 10-20 ms of every command's start) no SSLError exists.
    ssl = sys.modules.get("ssl")
    if ssl is not None and isinstance(problem, ssl.SSLError):
        return (
            "the secure connection to the site failed (its certificate could not be checked). "
            "Check the address, or save the page in a web browser and import the saved copy."
        )
    if isinstance(problem, OSError):
        known = _BY_ERRNO.get(problem.errno or 0)
        if known is not None:
            return known
        return f"{problem.strerror or problem}."
    return str(problem) or type(problem).__name__
