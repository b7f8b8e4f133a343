"""What can be wrong with a recording, by class, and the one plain sentence that says each."""

from __future__ import annotations

import enum
import json
import re

from ..domain.messages import _mark, _t


class MediaProblem(enum.Enum):
    """A class of problem; the probers' own words (byte offsets, demuxer names) map onto these."""

    CUT_IN_INDEX = "cut-in-index"  # the MP4 index box runs past the end of the file
    CUT_BEFORE_INDEX = "cut-before-index"  # cut in the data; the index was to come after it
    CUT_IN_DATA = "cut-in-data"  # cut in the audio/video data, the index is whole
    CUT_SHORT = "cut-short"  # ends early, nothing more precise known
    NO_INDEX = "no-index"
    DAMAGED = "damaged"  # its structure is broken part-way through
    NOT_MEDIA = "not-media"  # no audio or video found in it at all
    EMPTY = "empty"
    TOO_SLOW = "too-slow"
    MINOR_ERRORS = "minor-errors"  # read, but the prober stumbled in places

    @property
    def is_cut(self) -> bool:
        return self in _CUT


_CUT = {
    MediaProblem.CUT_IN_INDEX,
    MediaProblem.CUT_BEFORE_INDEX,
    MediaProblem.CUT_IN_DATA,
    MediaProblem.CUT_SHORT,
}

_RECOPY = _mark("Re-copy it from the original if you have it.")
# Translated where said (describe), in the language of the moment.
_WHAT = {
    MediaProblem.CUT_IN_INDEX: _mark(
        "the file looks cut short (it ends in the middle of its index)"
    ),
    MediaProblem.CUT_BEFORE_INDEX: _mark(
        "the file looks cut short (it ends before its index, which this file keeps at the end)"
    ),
    MediaProblem.CUT_IN_DATA: _mark(
        "the file looks cut short (it ends in the middle of its sound and pictures)"
    ),
    MediaProblem.CUT_SHORT: _mark("the file looks cut short (it stops part-way through)"),
    MediaProblem.NO_INDEX: _mark(
        "the file has no index (the part that tells a player where the sound and pictures are); "
        "the recording was probably never finished or only partly copied"
    ),
    MediaProblem.DAMAGED: _mark("the file is damaged (its structure breaks off part-way through)"),
    MediaProblem.NOT_MEDIA: _mark(
        "no sound or pictures were found in the file: it is damaged, or another kind of file "
        "with a recording's name"
    ),
    MediaProblem.EMPTY: _mark("the file is empty (0 bytes)"),
}


def describe(problem: MediaProblem, *, playable: bool) -> str:
    """The sentence a user reads: what is wrong, what it means, what to do (no file name).

    ``playable`` says whether a prober still found streams in it: a cut file with its index
    plays up to the cut, one without plays not at all.
    """
    if problem is MediaProblem.TOO_SLOW:
        return _t("reading the file took too long, so its length and format are unknown.")
    if problem is MediaProblem.MINOR_ERRORS:
        return _t("the file has errors in places; it may stutter or skip there.")
    what, recopy = _t(_WHAT[problem]), _t(_RECOPY)
    if problem is MediaProblem.EMPTY:
        return _t("{what}; there is nothing to play. {recopy}").format(what=what, recopy=recopy)
    if problem is MediaProblem.NOT_MEDIA:
        return _t("{what}. Check that it plays in a media player. {recopy}").format(
            what=what, recopy=recopy
        )
    if playable:
        effect = _t("{what}; it may not play to the end. {recopy}")
    else:
        effect = _t("{what}; it will probably not play at all. {recopy}")
    return effect.format(what=what, recopy=recopy)


# ffprobe's and libvlc's messages, by class; the first pattern that matches decides.
_PROBER_CLASSES: list[tuple[re.Pattern[str], MediaProblem]] = [
    (re.compile(r"moov atom not found", re.I), MediaProblem.NO_INDEX),
    (
        re.compile(r"end of file|partial file|truncat|premature|stream ends|short read", re.I),
        MediaProblem.CUT_SHORT,
    ),
    (
        re.compile(r"invalid data|invalid argument|could not find codec|unknown format", re.I),
        MediaProblem.NOT_MEDIA,
    ),
    (re.compile(r"no streams|found no|no audio or video", re.I), MediaProblem.NOT_MEDIA),
    (re.compile(r"timed out|did not finish", re.I), MediaProblem.TOO_SLOW),
    (re.compile(r"corrupt", re.I), MediaProblem.DAMAGED),
]


def classify(prober_text: str, *, read_at_all: bool) -> MediaProblem:
    """The class of what a prober wrote. ``read_at_all``: the prober still gave a result, so
    what it complains of is a blemish, unless it says the file ends early."""
    for pattern, problem in _PROBER_CLASSES:
        if pattern.search(prober_text):
            if read_at_all and not problem.is_cut:
                return MediaProblem.MINOR_ERRORS
            return problem
    return MediaProblem.MINOR_ERRORS if read_at_all else MediaProblem.NOT_MEDIA


_TRUNCATED = (
    r"The file looks truncated: its '{box}' box needs \d+ more bytes than the file has "
    r"\(incomplete download or copy\?\)\."
)
# How earlier versions worded a probe's findings (kept in catalogues made by them), by class.
_STORED_CLASSES: list[tuple[re.Pattern[str], MediaProblem | None]] = [
    (re.compile(_TRUNCATED.format(box="moov")), MediaProblem.CUT_IN_INDEX),
    (re.compile(_TRUNCATED.format(box="mdat")), MediaProblem.CUT_IN_DATA),
    (re.compile(_TRUNCATED.format(box="[^']*")), MediaProblem.CUT_SHORT),
    (re.compile(r"The file ends inside a box header at byte \d+\."), MediaProblem.CUT_SHORT),
    (
        re.compile(r"The file has no 'moov' index box; it is probably incomplete\."),
        MediaProblem.NO_INDEX,
    ),
    (re.compile(r"Corrupt box at byte \d+\."), MediaProblem.DAMAGED),
    (re.compile(r"Not a readable audio or video file \((?P<detail>.*?)\)\.(?= |$)"), None),
    (re.compile(r"No audio or video stream found\."), MediaProblem.NOT_MEDIA),
    (re.compile(r"The file is empty\."), MediaProblem.EMPTY),
    (re.compile(r"ffprobe reported: .*$"), MediaProblem.MINOR_ERRORS),
]
_SEVERITY = [
    MediaProblem.CUT_IN_INDEX,
    MediaProblem.CUT_BEFORE_INDEX,
    MediaProblem.CUT_IN_DATA,
    MediaProblem.NO_INDEX,
    MediaProblem.CUT_SHORT,
    MediaProblem.DAMAGED,
    MediaProblem.EMPTY,
    MediaProblem.NOT_MEDIA,
    MediaProblem.TOO_SLOW,
    MediaProblem.MINOR_ERRORS,
]


def reword_stored(warning: str, *, playable: bool) -> str:
    """A probe warning as stored by an earlier version ("… box header at byte 32.") in the
    words used now; a warning that is already plain comes back as it is."""
    name, sep, text = warning.partition(": ")
    if not sep or not any(p.search(text) for p, _ in _STORED_CLASSES):
        name, sep, text = "", "", warning
    found: list[MediaProblem] = []
    rest = text
    for pattern, problem in _STORED_CLASSES:
        match = pattern.search(rest)
        if match is None:
            continue
        if problem is None:
            problem = classify(match.group("detail"), read_at_all=False)
        found.append(problem)
        rest = rest.replace(match.group(0), " ")
    if not found:
        return warning
    worst = min(found, key=_SEVERITY.index)
    plain = describe(worst, playable=playable)
    leftover = " ".join(rest.split())
    plain = f"{plain} {leftover}" if leftover else plain
    return f"{name}: {plain}" if sep else plain[:1].upper() + plain[1:]


class ProbeNotice(enum.Enum):
    """Why a probe said nothing about the file itself: no prober, the file missing, a fault."""

    NO_PROBER = "no-prober"  # value: reason (the libraries' own words)
    NO_FFPROBE = "no-ffprobe"  # ffprobe asked for by name, and not installed
    PROBER_FAILED = "prober-failed"  # value: reason (the system's error)
    NOT_FOUND = "not-found"  # value: path
    INTERNAL_ERROR = "internal-error"


def describe_notice(notice: ProbeNotice, *, reason: str = "", path: str = "") -> str:
    """The sentence a user reads for ``notice`` (no file name), in the current language."""
    if notice is ProbeNotice.NO_PROBER:
        text = _t(
            "the length and format are unknown: neither ffprobe nor libvlc is available ({reason})."
        )
    elif notice is ProbeNotice.NO_FFPROBE:
        text = _t("the length and format are unknown: ffprobe is not installed.")
    elif notice is ProbeNotice.PROBER_FAILED:
        text = _t("the length and format are unknown: ffprobe could not run ({reason}).")
    elif notice is ProbeNotice.NOT_FOUND:
        text = _t("the file was not found: {path}")
    else:
        text = _t("the file could not be examined (an internal error, written to the log).")
    return text.format(reason=reason, path=path)


# How earlier versions worded these notices (kept in catalogues made by them).
_STORED_NOTICES: list[tuple[re.Pattern[str], ProbeNotice]] = [
    (re.compile(r"No media prober available \((?P<reason>.*)\)\.$", re.I), ProbeNotice.NO_PROBER),
    (
        re.compile(r"Neither ffprobe nor libvlc is available: (?P<reason>.*)$", re.I),
        ProbeNotice.NO_PROBER,
    ),
    (re.compile(r"ffprobe could not run: (?P<reason>.*)$", re.I), ProbeNotice.PROBER_FAILED),
    (re.compile(r"ffprobe is not installed\.$", re.I), ProbeNotice.NO_FFPROBE),
    (re.compile(r"File not found: (?P<path>.*)$", re.I), ProbeNotice.NOT_FOUND),
    (
        re.compile(
            r"The file could not be examined \(an internal error, written to the log\)\.$", re.I
        ),
        ProbeNotice.INTERNAL_ERROR,
    ),
]


def _reword_notice(warning: str) -> str | None:
    """A notice stored as English text by an earlier version, worded now; None if not one."""
    for name, text in ((None, warning), *_named(warning)):
        for pattern, notice in _STORED_NOTICES:
            match = pattern.fullmatch(text)
            if match is not None:
                plain = describe_notice(notice, **match.groupdict())
                return _with_name(plain, name)
    return None


def _named(warning: str) -> list[tuple[str, str]]:
    name, sep, text = warning.partition(": ")
    return [(name, text)] if sep else []


def _with_name(plain: str, name: str | None) -> str:
    return f"{name}: {plain}" if name else plain[:1].upper() + plain[1:]


# A probe's finding as the catalogue keeps it: what the problem is and its values, worded when
# shown, in the language of whoever reads it (not the importer's). Rows stored before keep
# their text and are shown through reword_stored.
_STORED_MARK = "probe-problem:"


def stored_warning(
    problem: MediaProblem | ProbeNotice,
    *,
    name: str | None,
    playable: bool,
    note: str | None = None,
    reason: str | None = None,
    path: str | None = None,
) -> str:
    """``problem`` (with the file's name, whether it plays, any other note) as a row keeps it;
    a notice keeps its values (``reason``, ``path``) to be worded around when shown."""
    values: dict[str, object] = {"playable": playable}
    if isinstance(problem, ProbeNotice):
        values["notice"] = problem.value
        values.update({k: v for k, v in (("reason", reason), ("path", path)) if v is not None})
    else:
        values["problem"] = problem.value
    if name:
        values["name"] = name
    if note:
        values["note"] = note
    return _STORED_MARK + json.dumps(values, ensure_ascii=False, sort_keys=True)


def shown_warning(stored: str, *, playable: bool) -> str:
    """A stored probe warning in the current language: one kept as a problem's code is worded
    now; a text stored by an earlier version goes through reword_stored."""
    if not stored.startswith(_STORED_MARK):
        notice = _reword_notice(stored)
        return notice if notice is not None else reword_stored(stored, playable=playable)
    try:
        values = json.loads(stored[len(_STORED_MARK) :])
        if "notice" in values:
            plain = describe_notice(
                ProbeNotice(values["notice"]),
                reason=str(values.get("reason", "")),
                path=str(values.get("path", "")),
            )
        else:
            plain = describe(MediaProblem(values["problem"]), playable=bool(values.get("playable")))
    except (ValueError, KeyError, TypeError, AttributeError):
        return stored  # not ours after all: show it as it is
    note = values.get("note")
    if note:
        plain = f"{note} {plain}"
    name = values.get("name")
    return _with_name(plain, str(name) if name else None)
