"""Whether what was read is a session page at all, and if not, the plain reason why."""

from __future__ import annotations

import http
import re
from collections.abc import Sequence

from webinar_archive.domain.model import LinkKind

from ...domain.messages import _t
from .extract import ExtractedSession

# What error pages say in their title or first line, in the languages the importer reads.
_ERROR_WORDS = re.compile(
    r"page (?:was )?not found|page (?:could not|cannot|can't) be found|not found|"
    r"(?:internal )?server error|service (?:temporarily )?unavailable|bad gateway|"
    r"access denied|forbidden|unauthori[sz]ed|gateway time-?out|"
    r"seite (?:wurde )?nicht gefunden|zugriff verweigert|nicht gefunden|"
    r"page introuvable|page non trouvée|accès refusé|"
    r"página no encontrada|no se ha encontrado la página|acceso denegado|"
    r"pagina non trovata|accesso negato|"
    r"nie znaleziono strony|strona nie (?:została znaleziona|istnieje)|brak dostępu|"
    r"stránka (?:nebyla nalezena|nenalezena|neexistuje)|přístup odepřen",
    re.I,
)
_ERROR_CODE = re.compile(r"\b(?:error\s*|fehler\s*|erreur\s*|błąd\s*|chyba\s*)?([45]\d\d)\b", re.I)
# Words an error page's title may add to its message ("Oops! Page not found").
_EXCLAMATION_TEXT = (
    "oops sorry error fehler erreur hoppla ups ouups uups lo siento spiacenti przepraszamy "
    "bohužel the this"
)
_EXCLAMATIONS = frozenset(_EXCLAMATION_TEXT.split())
_SESSION_LINKS = {LinkKind.RECORDING, LinkKind.PRESENTATIONS, LinkKind.AGENDA}
_MIN_SUMMARY = 200  # characters: a few sentences about the session, not a menu's leftovers


def http_reason(status: int) -> str:
    """'HTTP 404 Not Found' for a status code (the bare code when it has no known name)."""
    try:
        return f"HTTP {status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def error_page(title: str, head: str) -> str | None:
    """'HTTP 404 Not Found' (or the words the page uses) when the page reads as an error page."""
    for text in (title, head):
        words = _ERROR_WORDS.search(text)
        if words is None:
            continue
        code = _ERROR_CODE.search(text)
        if code is not None and 400 <= int(code.group(1)) <= 599:
            return http_reason(int(code.group(1)))
        if text is title or len(text) < 300:
            return f"\u201c{words.group(0)}\u201d"
    return None


def _says_error(title: str) -> bool:
    """A title that is an error message ("404 Not Found", "Seite nicht gefunden – Site"), not
    one that only holds such words ("Forbidden knowledge: ...")."""
    for part in re.split(r"\s[|–—:-]\s|:\s", title):
        words = _ERROR_WORDS.search(part)
        if words is None:
            continue
        code = _ERROR_CODE.search(part)
        if code is not None and 400 <= int(code.group(1)) <= 599:
            return True
        rest = re.findall(r"[^\W\d_]+", part[: words.start()] + part[words.end() :])
        if all(word.lower() in _EXCLAMATIONS for word in rest):
            return True
    return False


def _is_session(item: ExtractedSession) -> str | None:
    """None when ``item`` reads as a session; otherwise what is missing."""
    draft = item.draft
    named = bool(draft.title.strip() or (draft.series or "").strip())
    linked = any(link.url and link.kind in _SESSION_LINKS for link in draft.links)
    described = len(draft.summary.strip()) >= _MIN_SUMMARY
    if not named:
        return _t("no title found")
    if draft.date is None and not draft.speakers:
        return _t("no date and no speakers found")
    if not (draft.speakers or linked or described):
        return _t("only a title and a date found, no speakers, agenda, recording or summary")
    return None


def refusal(sessions: Sequence[ExtractedSession], *, status: int | None = None) -> str | None:
    """Why these sessions read from one page are no sessions at all; None when they are.

    A page passes when one of its sessions has a title (or series), a date or speakers, and
    something said about it: speakers, an agenda, a recording, slides or a summary. An HTTP
    error status, or a title that reads as an error page, refuses the page whatever it holds.
    """
    if status is not None and status >= 400:
        return _t("this looks like an error page: {http_reason}").format(
            http_reason=http_reason(status)
        )
    if not sessions or not any(s.draft.title or s.draft.summary.strip() for s in sessions):
        return _t("no text found")
    first = sessions[0]
    page_title = (first.page.doc_title if first.page else None) or ""
    title = " ".join(x for x in (page_title, first.draft.title) if x)
    head = " ".join(first.draft.summary.split()[:40])
    verdicts = [_is_session(s) for s in sessions]
    error = error_page(title, head)
    if error is not None and (_says_error(title) or not any(v is None for v in verdicts)):
        return _t("this looks like an error page: {error}").format(error=error)
    if any(v is None for v in verdicts):
        return None
    return _t("not a session page: {verdicts}").format(verdicts=verdicts[0])
