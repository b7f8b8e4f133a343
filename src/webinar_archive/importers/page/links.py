"""Links a page gives (or only names) to a recording, slides, an agenda or more information."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from webinar_archive.domain.model import LinkDraft, LinkKind

from .blocks import HEADING, ITEM, Block

_KIND_WORDS: tuple[tuple[LinkKind, str], ...] = (
    (
        LinkKind.RECORDING,
        r"record(?:ing|ings|ed)|replay|re-watch|rewatch|video|watch|audio|podcast|"
        r"aufzeichnung|mitschnitt|enregistr|rediffusion|vidéo|revoir|grabaci[oó]n|grabad|"
        r"nagrani|nagrany|záznam|nahrávk|registrazion|registrat",
    ),
    (
        LinkKind.PRESENTATIONS,
        r"slides?|slide deck|presentations?|präsentation|folien|vortragsfolien|diapositiv|"
        r"présentation|presentaci[oó]n|prezentacj|prezentac|presentazion",
    ),
    (
        LinkKind.AGENDA,
        r"agenda|programme|program|programm|tagesordnung|ordre du jour|orden del d[ií]a|"
        r"porządek|harmonogram|programa|programma",
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
    return _kind_in(label) or _kind_in(context) or LinkKind.OTHER


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
            add(kind, url, anchor.text or block.text)
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
