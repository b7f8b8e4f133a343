"""Operating-system and network errors said in plain words, with what to do next."""

from __future__ import annotations

import errno
import socket
import sys

from .messages import _mark, _t

# Said after "the site could not be reached" whatever the network fault: the two ways on, for
# a page to import and for a file behind a link (which is no page to save and import).
_OFFLINE_ADVICE = _mark(
    "Check the internet connection and the address, or save the page in a web browser "
    "and import the saved copy."
)
_FILE_OFFLINE_ADVICE = _mark(
    "Check the internet connection and the address, or download the file in a web browser "
    "and attach it."
)

# Translated where said (plain_reason), in the language of the moment.
_BY_ERRNO = {
    errno.ENOENT: _mark(
        "the file is not found (moved, renamed or deleted?). Check the name, "
        "or choose the file again where it is now."
    ),
    errno.EACCES: _mark("permission denied. Check who may read it."),
    errno.EPERM: _mark("permission denied. Check who may read it."),
    errno.ELOOP: _mark("it is a symbolic link that loops (it never reaches a file)."),
    errno.EISDIR: _mark("it is a folder, not a file. Choose a file."),
    errno.ENOTDIR: _mark("a part of the path is not a folder. Check the path."),
    errno.ENOSPC: _mark("the disk is full. Free some space and try again."),
    errno.EROFS: _mark("the disk is read-only. Choose a place you can write to."),
    errno.ENAMETOOLONG: _mark("the name is too long. Use a shorter name or path."),
    errno.ENETUNREACH: _mark("the network could not be reached. {advice}"),
    errno.EHOSTUNREACH: _mark("the site could not be reached. {advice}"),
}


def plain_reason(problem: BaseException | str, *, download: bool = False) -> str:
    """What went wrong in ``problem`` (an OSError, a network error or its text), in plain words
    and with what to do next; the text of anything else. Without the file's name: the caller
    names it. ``download``: the network fault was met fetching a file, not a page to import."""
    if isinstance(problem, str):
        return problem
    advice = _t(_FILE_OFFLINE_ADVICE if download else _OFFLINE_ADVICE)
    if isinstance(problem, socket.gaierror):
        # The address could not be looked up: offline, or no such site.
        return _t(
            "the site could not be reached (its address could not be looked up). {advice}"
        ).format(advice=advice)
    if isinstance(problem, ConnectionRefusedError):
        return _t("the site refused the connection. {advice}").format(advice=advice)
    if isinstance(problem, ConnectionError):  # reset, aborted, broken
        return _t("the connection to the site was cut. Try again. {advice}").format(advice=advice)
    if isinstance(problem, TimeoutError):
        return _t("the site did not answer in time. {advice}").format(advice=advice)
    # Without ssl imported (its import is 10-20 ms of every command's start) no SSLError exists.
    ssl = sys.modules.get("ssl")
    if ssl is not None and isinstance(problem, ssl.SSLError):
        if download:
            return _t(
                "the secure connection to the site failed (its certificate could not be "
                "checked). Check the address, or download the file in a web browser and attach it."
            )
        return _t(
            "the secure connection to the site failed (its certificate could not be checked). "
            "Check the address, or save the page in a web browser and import the saved copy."
        )
    if isinstance(problem, OSError):
        known = _BY_ERRNO.get(problem.errno or 0)
        if known is not None:
            return _t(known).format(advice=advice)
        return f"{problem.strerror or problem}."
    return str(problem) or type(problem).__name__
