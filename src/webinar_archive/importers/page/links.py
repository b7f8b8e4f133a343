"""Links a page gives (or only names) to a recording, slides, an agenda or more information."""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin, urlsplit

from webinar_archive.domain.model import LinkDraft, LinkKind
from webinar_archive.domain.text import fold

from .blocks import HEADING, ITEM, Block
from .names import name_runs

_KIND_WORDS: tuple[tuple[LinkKind, str], ...] = (
    (
        LinkKind.RECORDING,
        r"record(?:ing|ings|ed)|replay|re-watch|rewatch|video|watch|audio|podcast|"
        r"aufzeichnung|mitschnitt|enregistr|rediffusion|vidéo|revoir|grabaci[oó]n|grabad|"
        r"v[ií]deo|wideo|nagrani|nagrany|záznam|nahrávk|registrazion|registrat|rivedi",
    ),
    (
        LinkKind.PRESENTATIONS,
        r"slides?|slide deck|presentations?|präsentation|folien|vortragsfolien|diapositiv|"
        r"présentation|presentaci[oó]n|prezentacj|prezentac|presentazion",
    ),
    (
        LinkKind.AGENDA,
        r"agenda|programme|program|programm|tagesordnung|ordre du jour|orden del d[ií]a|"
        r"porządek|harmonogram|programa|programma|ordine del giorno|pořad",
    ),
    (
        LinkKind.MORE_INFO,
        r"read more|more information|more info|further information|learn more|find out more|"
        r"website|mehr (?:erfahren|informationen)|weitere informationen|en savoir plus|"
        r"plus d'informations|más información|saber más|więcej|dowiedz się|více informací|"
        r"další informace|maggiori informazioni|per saperne di più|details",
    ),
)
_KIND_RES = [(kind, re.compile(rf"(?<![^\W\d_])(?:{words})", re.I)) for kind, words in _KIND_WORDS]
_POINTER = re.compile(
    r"(?<![^\W\d_])(?:available|here|below|download|downloaded|watch|find|found|link|online|"
    r"access|click|hier|verfügbar|abrufbar|herunterladen|ansehen|ici|disponible|télécharg|"
    r"aquí|descarg|tutaj|dostępn|pobra|obejrz|zde|tady|ke stažení|k dispozici|qui|"
    r"disponibil|scarica)(?![^\W\d_])",
    re.I,
)
_VIDEO_HOSTS = re.compile(
    r"(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|soundcloud\.com|twitch\.tv|"
    r"video\.|tv\.|webcast|livestream)|\.(?:mp4|m4v|webm|mov|mkv|mp3|m4a|ogg|wav)(?:$|[?#])",
    re.I,
)
_SLIDE_HOSTS = re.compile(
    r"slideshare\.net|speakerdeck\.com|\.(?:pptx?|odp|key)(?:$|[?#])|/slides?/", re.I
)
_PDF = re.compile(r"\.pdf(?:$|[?#])", re.I)
_DOCUMENT = re.compile(r"\.(?:pdf|pptx?|odp|key|docx?|odt)(?:$|[?#])", re.I)
# What a link's own words say when they say nothing of where it leads.
_GENERIC_TEXT = (
    "here this that link page the it click on to please read more full article story "
    "continue reading view open see go download watch listen access available details "
    "info information learn find out website site "
    "hier klicken sie diesen link mehr lesen weiterlesen weitere herunterladen ansehen "
    "ici cliquez lire la suite plus voir télécharger "
    "aquí aqui haga clic leer más ver descargar "
    "qui clicca leggi tutto vedi scarica "
    "tutaj kliknij czytaj dalej więcej zobacz pobierz "
    "zde tady klikněte číst dále více stáhnout"
)
_GENERIC_WORDS = frozenset(fold(word) for word in _GENERIC_TEXT.split())
_SIZE_NOTE = re.compile(
    r"\s*[(\[][^()\[\]]*(?:\b(?:pdf|pptx?|odp|docx?|mp4|mp3|webm)\b|\d\s*[kMG]i?B)[^()\[\]]*[)\]]"
    r"\s*$",
    re.I,
)
KIND_NAMES = {
    LinkKind.RECORDING: "Recording",
    LinkKind.PRESENTATIONS: "Slides",
    LinkKind.AGENDA: "Agenda",
    LinkKind.MORE_INFO: "More information",
    LinkKind.OTHER: "Link",
}
_TARGET_KINDS = (LinkKind.RECORDING, LinkKind.PRESENTATIONS, LinkKind.AGENDA)


def _kind_in(text: str) -> LinkKind | None:
    for kind, pattern in _KIND_RES:
        if pattern.search(text):
            return kind
    return None


def classify(label: str, href: str, context: str = "") -> LinkKind:
    """What a link with this label, address and surrounding sentence points at."""
    if _VIDEO_HOSTS.search(href):
        return LinkKind.RECORDING
    if _SLIDE_HOSTS.search(href):
        return LinkKind.PRESENTATIONS
    kind = _kind_in(label) or _kind_in(context)
    if kind is None and _DOCUMENT.search(href) and _starts_with_name(label):
        # A document linked under a speaker's name is what that speaker showed.
        return LinkKind.PRESENTATIONS
    return kind or LinkKind.OTHER


def _starts_with_name(text: str) -> bool:
    runs = name_runs(text.strip())
    return bool(runs) and runs[0].start == 0 and len(runs[0].text.split()) >= 2


def is_generic(label: str) -> bool:
    """True for "here", "Read more", "click", a bare address: words that name no target."""
    words = re.findall(r"[^\W_]+", fold(label))
    if not words or re.match(r"^\s*(?:https?://|www\.)", label, re.I):
        return True
    return all(word in _GENERIC_WORDS for word in words)


def _file_name(url: str) -> str | None:
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return name if "." in name.strip(".") else None


def link_label(kind: LinkKind, text: str, url: str | None, around: str = "") -> str:
    """A label that says what the link is: "Slides: Valentina Pinna, DG GROW", "Recording".

    The link's own words when they name its target; else the name of its kind, followed by
    who or what the line around it names (a speaker's name) or the file it leads to.
    """
    text = _SIZE_NOTE.sub("", " ".join(text.split())).strip(" :-–—·|")
    name = KIND_NAMES[kind]
    if text and not is_generic(text) and _kind_in(text) is None:
        return f"{name}: {text}" if kind in _TARGET_KINDS else text
    if text and not is_generic(text) and not _only_kind_words(text):
        return text
    rest = _SIZE_NOTE.sub("", " ".join(around.replace(text, " ", 1).split()) if text else around)
    rest = rest.strip(" :-–—·|,;")
    if rest and len(rest) <= 80 and _starts_with_name(rest):
        return f"{name}: {rest}"
    if url and kind != LinkKind.RECORDING and (file := _file_name(url)):
        return f"{name}: {file}"
    if url and kind in (LinkKind.MORE_INFO, LinkKind.OTHER):
        host = urlsplit(url).hostname or ""
        return f"{name}: {host.removeprefix('www.')}" if host else name
    return name


def _only_kind_words(text: str) -> bool:
    """ "Slides", "the recording", "Download the presentation": the kind and nothing more."""
    rest = text
    for _kind, pattern in _KIND_RES:
        rest = pattern.sub(" ", rest)
    return is_generic(rest) or not re.search(r"[^\W_]", rest)


def has_address(url: str | None) -> bool:
    """A link one can follow from anywhere: a web or mail address, not a relative path."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https", "ftp"):
        return bool(parts.netloc)
    return parts.scheme.lower() == "mailto" and bool(parts.path)


def _mention(text: str) -> LinkKind | None:
    """A kind of link the sentence says is there, even without an address."""
    kind = _kind_in(text)
    if kind is None:
        return None
    if kind == LinkKind.MORE_INFO:
        return kind
    if _POINTER.search(text):
        return kind
    # "Slides shown during the webinar:" introduces a list of files; a programme printed
    # below its heading is the agenda itself, so a colon alone does not make an agenda link.
    if text.rstrip().endswith(":") and kind in (LinkKind.RECORDING, LinkKind.PRESENTATIONS):
        return kind
    return None


def find_links(blocks: list[Block], base_url: str | None = None) -> list[LinkDraft]:
    links: list[LinkDraft] = []
    seen: set[tuple[LinkKind, str | None]] = set()
    intro = ""

    def add(kind: LinkKind, url: str | None, label: str) -> None:
        key = (kind, url)
        if key in seen or (url is None and any(k == kind for k, _ in seen)):
            return
        seen.add(key)
        links.append(LinkDraft(kind=kind, url=url, label=label[:200]))

    for block in blocks:
        context = block.text
        if block.kind == ITEM and intro:
            context = f"{intro} {block.text}"
        anchored: set[LinkKind] = set()
        for anchor in block.anchors:
            url = urljoin(base_url, anchor.href) if base_url else anchor.href
            kind = classify(anchor.text, url, context)
            if kind == LinkKind.OTHER and _PDF.search(url) and block.kind == ITEM:
                kind = _mention(intro) or kind
            anchored.add(kind)
            add(kind, url, link_label(kind, anchor.text, url, block.text))
        if block.kind != ITEM:
            said = (
                _mention(block.text) if block.kind != HEADING or block.text.endswith(":") else None
            )
            if said is not None and said not in anchored and not block.anchors:
                add(said, None, block.text)
            intro = block.text if block.text.endswith(":") or len(block.text) < 60 else ""
    # A sentence that only announced the links listed under it adds nothing once they are in.
    with_url = {link.kind for link in links if link.url}
    return [link for link in links if link.url or link.kind not in with_url]
