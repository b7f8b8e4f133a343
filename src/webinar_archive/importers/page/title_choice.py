"""The session's title chosen among what a page offers, scored by how many of its sources agree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from webinar_archive.domain.text import fold

from .blocks import HEADING, Block, PageDoc, copyright_holder
from .dates import MONTHS, find_dates
from .jsonld import EventData, event_data
from .lexicon import LABEL_ROLES, WEEKDAYS
from .meeting_words import names_a_series, numbered_session
from .person_lines import role_from_words
from .title_leads import standing_lead
from .titles import (
    content_stems,
    is_breadcrumb,
    is_chrome,
    is_generic_heading,
    is_heading_like,
    is_paragraph,
    kicker_series,
    series_phrase,
    split_title,
)

# What each source's word is worth. The page's marked heading (<h1>) is its author's own
# choice; og:title and JSON-LD are declared for other sites to show; <title> also carries the
# site and section; a line that only looks like a heading, or a heading further down, is a
# guess. A candidate's score is its own weight plus that of every other source agreeing with it,
# so sources naming one title beat a lone kicker line above it, and an h1 gives way only when
# its page's metadata agree, three times over, on something else.
_WEIGHTS = {"h1": 4.0, "heading": 2.0, "og": 2.0, "jsonld": 2.0, "title": 1.5, "subheading": 1.0}
_ORDER = tuple(_WEIGHTS)
# <title> may hold only a section and a site not known as one ("Resoconto - Rete Innovazione
# Toscana"), and a heading further down may be any section: they back another source and win
# alone only when <title> showed which of its parts is the site.
_SUPPORT_ONLY = frozenset(["title", "subheading"])
_PARTS = re.compile(r"\s+(?:[|│–—-]|::|»|›|/)\s+")
_FOOTER_PARTS = re.compile(r"\s[|·•–—-]\s|\s*[|·•]\s*")
_BREADCRUMB_PARTS = re.compile(r"\s*[»›>/]\s*")
_MONTHS = frozenset(fold(m) for m in MONTHS)
_WEEKDAYS = frozenset(fold(d) for d in WEEKDAYS)
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "WebPage", "Report")
_SITE_TYPES = ("WebSite", "Organization", "Corporation", "GovernmentOrganization", "NGO")


@dataclass(slots=True)
class TitleChoice:
    """The chosen title, the series its line named, and the block that holds it (or None)."""

    title: str | None
    series: str | None
    index: int | None


@dataclass(slots=True)
class _Candidate:
    source: str
    title: str
    series: str | None
    index: int | None
    words: tuple[str, ...]
    alone: bool = True  # may win with no other source backing it


@dataclass(slots=True)
class _Furniture:
    """What a page says about itself that is not the session: its site's names, the sections
    of its breadcrumb, the category the breadcrumb ends on."""

    sites: list[str]
    domain: str | None
    sections: set[str]
    last_crumb: str | None

    def is_site(self, text: str) -> bool:
        name = " ".join(fold(text).split())
        if not name:
            return False
        if any(site == name or site.startswith(f"{name} ") for site in self.sites):
            return True
        # "Midshire Energy Hub" on midshire-energy.org.uk: the address spells out its first
        # words, and at most two more ("Hub", "e.V.") follow.
        words = re.findall(r"[^\W_]+", name)
        if self.domain and len(self.domain) >= 5:
            joined = ""
            for k, word in enumerate(words):
                joined += word
                if joined == self.domain:
                    return len(words) - k - 1 <= 2
                if not self.domain.startswith(joined):
                    break
        return False

    def holds_site(self, part: str) -> bool:
        """ "Fakulta lesnická a krajinná MZLU": a unit of the site, named with the site's name
        as its first or last words (a part of <title>, not a title)."""
        words = _words(part)
        for site in self.sites:
            own = _words(site)
            if (
                own
                and len(own) < len(words) <= len(own) + 6
                and (words[: len(own)] == own or words[-len(own) :] == own)
            ):
                return True
        return False

    def is_furniture(self, part: str, leading: bool) -> bool:
        folded = " ".join(fold(part).split())
        return (
            self.is_site(part)
            or self.holds_site(part)
            or folded in self.sections
            or (leading and folded == self.last_crumb)
            or is_generic_heading(part)
            or _date_only(part)
        )


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", fold(text)))


def _date_only(text: str) -> bool:
    """ "Martes, 21 de abril de 2026 | 10:00 h", "5 March 2026": when, not what (a line that
    opens with the day and says at most one word more, "dalle", "online")."""
    if not find_dates(text):
        return False
    words = re.findall(r"[^\W\d_]+", fold(text))
    if not (text.lstrip()[:1].isdigit() or (words and words[0] in _MONTHS | _WEEKDAYS)):
        return False
    rest = [w for w in words if w not in _MONTHS and w not in _WEEKDAYS and len(w) > 3]
    return len(rest) <= 1


_META_PARTS = re.compile(r"\s*[·•|]\s*")


def _meta_line(text: str) -> bool:
    """ "Notizia · 2 novembre 2026", "News | 12.03.2026": a kind of page and its date."""
    parts = [p for p in _META_PARTS.split(text) if p.strip()]
    return (
        len(parts) >= 2
        and any(_date_only(p) for p in parts)
        and all(_date_only(p) or len(p.split()) <= 2 for p in parts)
    )


_CODE_PARTS = re.compile(r"\s+[–—|·•/-]\s+|\s*[|·•]\s*")
_QUOTED = re.compile(r"[«“„\"][^«»“”„\"]{1,60}[»”“\"]")
_CODE = re.compile(r"^(?:\d{1,3}[^\W\d_]?|[^\W\d_]{1,2}\d{1,3}|[A-Z])[.:]?$")


def _code_line(text: str) -> bool:
    """ "Jour 2 – Parcours B « Ressource » – Atelier B3", "Day 2 · Track B · Session B3",
    "Sesión paralela 2B": where a session sits in a programme (day, track, room, its code),
    each part a word or two and a number or letter, not what the session is called."""
    if not re.search(r"\d", text) or len(text) > 120:
        return False
    parts = _CODE_PARTS.split(text)
    for part in parts:
        words = _QUOTED.sub(" ", part).split()
        if not 1 <= len(words) <= 4:
            return False
        # "Forum Wodne 2026 · Dzień 1 · Sesja 3": the event and its year, among other parts.
        year = len(parts) > 1 and re.fullmatch(r"(?:19|20)\d{2}", words[-1])
        if not (_CODE.match(words[-1]) or year):
            return False
        if not all(w.isalpha() for w in words[:-1]):
            return False
    return True


# A line about the page rather than the session: who posted it and when, where to share it.
_BYLINE = re.compile(
    r"^(?:(?:posted|published|veröffentlicht|publié|publicado|pubblicato|opublikowano|"
    r"zveřejněno)(?![^\W\d_])\s*(?:on|by|am|von|le|par|el|por|il|da|dnia|dne|:|\d)|"
    r"(?:share|teilen|partager|compartir|condividi|udostępnij|sdílet)(?![^\W\d_])[^:]{0,20}:)",
    re.I,
)


def _names(
    items: list[dict[str, object]], types: tuple[str, ...], keys: tuple[str, ...]
) -> list[str]:
    found = []
    for item in items:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and k in types for k in kinds):
            continue
        for key in keys:
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                found.append(" ".join(value.split()))
                break
    return found


def _domain(url: str | None) -> str | None:
    """The letters of the name a site's address is registered under ("midshireenergy")."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.split(".") if label not in ("www", "")]
    if len(labels) < 2:
        return None
    return re.sub(r"[^a-z]", "", labels[-2] if len(labels[-2]) > 3 else labels[0]) or None


def furniture(doc: PageDoc, raw: list[Block]) -> _Furniture:
    """Names of the site (og:site_name, the copyright holder, JSON-LD WebSite/Organization,
    the address) and the breadcrumb's sections, from the page before its furniture is cut."""
    sites = [doc.site_name, doc.copyright_holder]
    sites += [copyright_holder(b.text) for b in raw]
    sites += _names(doc.json_ld, _SITE_TYPES, ("name", "alternateName"))
    # "Energieagentur Weserbergland · Impressum · Datenschutz": the footer of a page copied
    # as text leads with the site's name, the same that heads the page above its menu.
    # Only below the text (or the first lines), not the heading itself ("Title – relacja").
    text_from = next((i + 1 for i, b in enumerate(raw) if is_paragraph(b)), 3)
    for block in raw[max(text_from, len(raw) - 4) :]:
        parts = _FOOTER_PARTS.split(block.text)
        if len(parts) >= 2 and 1 <= len(parts[0].split()) <= 8 and parts[0][:1].isupper():
            sites.append(parts[0])
    sections: set[str] = set()
    last: str | None = None
    for block in raw[:8]:
        if is_breadcrumb(block.text):
            parts = [" ".join(fold(p).split()) for p in _BREADCRUMB_PARTS.split(block.text)]
            parts = [p for p in parts if p]
            # The crumbs before the last are sections; the last is the page itself, or the
            # category it is filed under ("Agenda › Les Jeudis du numérique").
            sections.update(parts[:-1])
            last = parts[-1] if parts else None
            break
    seen = _Furniture(
        [" ".join(fold(s).split()) for s in sites if s and s.strip()],
        _domain(doc.canonical_url),
        sections,
        last,
    )
    # "Title | Dipartimento di Scienze Agrarie | Università ...": an h1 that <title> gives
    # between the session and the site names the department or section the logo shows.
    parts = _PARTS.split(doc.title_tag or "")
    h1 = " ".join(fold(doc.h1 or "").split())
    # Only an h1 shown as the site's logo (in its header, linking home) may be one: the h1
    # heading the text, or the one the page's JSON-LD Event is named by, is the session
    # ("Atelier B3 – Title | Site").
    event = event_data(doc.json_ld)
    if not doc.h1_is_logo or (event and event.title and " ".join(fold(event.title).split()) == h1):
        parts = []
    for k in range(1, len(parts) - 1):
        if (
            " ".join(fold(parts[k]).split()) == h1
            and all(seen.is_site(p) or seen.holds_site(p) for p in parts[k + 1 :])
            # and the session is named before it ("Webinar | Title | Site" names none)
            and not all(seen.is_furniture(p, leading=True) for p in parts[:k])
        ):
            seen.sites.append(h1)
            break
    return seen


def _strip_furniture(text: str, seen: _Furniture) -> tuple[str, str | None]:
    """``text`` without the site's name, its sections, dates or the breadcrumb's category at
    either end ("Title | Events | Site", "Site – Title", "Les Jeudis du numérique | Title"),
    and the category when one was cut from the front (it names the session's series)."""
    parts = _PARTS.split(text)
    if len(parts) < 2:
        return text, None
    first, last, series = 0, len(parts), None
    while last - first > 1 and seen.is_furniture(parts[last - 1], leading=False):
        last -= 1
    while last - first > 1 and seen.is_furniture(parts[first], leading=True):
        if " ".join(fold(parts[first]).split()) == seen.last_crumb:
            series = parts[first].strip()
        first += 1
    if (first, last) == (0, len(parts)):
        return text, None
    start = text.find(parts[first])
    end = text.rfind(parts[last - 1]) + len(parts[last - 1])
    return text[start:end].strip(), series


def _people_label(text: str) -> bool:
    return text.endswith(":") and role_from_words(text, LABEL_ROLES) is not None


def _heading_index(blocks: list[Block], seen: _Furniture) -> int | None:
    """Index of the first heading-like block above the first paragraph."""
    for i, block in enumerate(blocks):
        if is_paragraph(block) or _people_label(block.text):
            return None  # the text, or the list of who spoke, has begun
        # "Eventi / Webinar", "Rückblick": a heading that names no session is passed over,
        # and so are the site's own name over its menu and a date over the title.
        if (
            is_heading_like(block)
            and not block.text.endswith("?")
            and not is_generic_heading(block.text)
            and not seen.is_site(block.text)
            and not _date_only(block.text)
            and not _meta_line(block.text)
            and not _code_line(block.text)
            and not _BYLINE.match(block.text)
        ):
            return i
    return None


def _candidate(
    source: str, text: str | None, index: int | None, lang: str | None, seen: _Furniture
) -> _Candidate | None:
    if not text or not text.strip() or is_chrome(text) or _code_line(text):
        return None
    alone = source not in _SUPPORT_ONLY
    if source == "title":
        parts = _PARTS.split(text)
        alone = len(parts) > 1 and any(
            seen.is_site(part) or seen.holds_site(part) for part in parts
        )
    text, series = _strip_furniture(text, seen)
    title, own_series = split_title(text, lang)
    if not title or is_generic_heading(title) or seen.is_site(title) or _date_only(title):
        return None
    words = _words(title)
    if not words:
        return None
    return _Candidate(source, title, own_series or series, index, words, alone)


def _agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal word for word, or the shorter (two words at least) inside the longer:
    "Zapraszamy na webinar „Cyberbezpieczeństwo w małej gminie”" holds the bare name."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2:
        return False
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _kicker(text: str) -> str | None:
    """The programme a line names, with or without its date ("Green Roofs Series – 12 May")."""
    found = kicker_series(text)
    if found:
        return found
    parts = [p for p in _PARTS.split(text) if p.strip()]
    kept = [p for p in parts if not _date_only(p)]
    return kicker_series(" ".join(kept)) if len(kept) < len(parts) and kept else None


def _from_title_tag(doc: PageDoc, blocks: list[Block], seen: _Furniture) -> str | None:
    """ "Composting in shared gardens | Greenways Collective" with no heading and a site not
    known as one: the part whose words the page's text uses most, the longer one on a tie."""
    parts = [p.strip() for p in _PARTS.split(doc.title_tag or "") if p.strip()]
    parts = [p for p in parts if not seen.is_furniture(p, leading=False)]
    if len(parts) < 2:
        return None
    said = content_stems("\n".join(b.text for b in blocks))
    scored = []
    for part in parts:
        own = content_stems(part)
        if own:
            scored.append((len(own & said) / len(own), len(part.split()), part))
    if not scored:
        return None
    best = max(scored)
    return best[2] if best[0] > 0 else None


def _candidates(
    doc: PageDoc, blocks: list[Block], lang: str | None, event: EventData | None, seen: _Furniture
) -> list[_Candidate]:
    found: list[_Candidate] = []

    def add(source: str, text: str | None, index: int | None = None) -> _Candidate | None:
        made = _candidate(source, text, index, lang, seen)
        if made is not None:
            found.append(made)
        return made

    h1_index = None
    if doc.h1:
        h1_index = next(
            (i for i, b in enumerate(blocks) if b.kind == HEADING and b.text == doc.h1), None
        )
    # "Ciclo de webinarios 2026: «Ciudades que esponjan»" over one numbered session's heading
    # ("Sesión 4 — Parques inundables ..."), the others listed in a line each: the page
    # details that session, and the h1 names its series.
    detailed = False
    if h1_index is not None and doc.h1 and names_a_series(doc.h1):
        numbered = [
            i
            for i, b in enumerate(blocks)
            if i > h1_index and b.kind == HEADING and b.level > 1 and numbered_session(b.text)
        ]
        if len(numbered) == 1:
            # "Ciclo de webinarios 2026: «Ciudades que esponjan»" gives the quoted name,
            # "Cool Roofs webinar series 2026" the run of capitals before "webinar series".
            series_name = split_title(doc.h1, lang)[0]
            if series_name and names_a_series(series_name):
                series_name = series_phrase(series_name, lang) or series_name
            made = add("h1", blocks[numbered[0]].text, numbered[0])
            if made is not None:
                made.series = made.series or series_name
                detailed = True
    if not detailed:
        index = _heading_index(blocks, seen)
        kicker = _kicker(blocks[index].text) if index is not None else None
        after = blocks[index + 1] if index is not None and index + 1 < len(blocks) else None
        # "Circular Textiles Workshop 2025" over the session's own title: the programme, whether
        # it is the page's h1 or a line that looks like a heading.
        if (
            index is not None
            and kicker
            and after is not None
            and is_heading_like(after)
            and not find_dates(after.text)
            and not is_generic_heading(after.text)
        ):
            made = add("h1" if index == h1_index else "heading", after.text, index + 1)
            if made is not None:
                made.series = made.series or kicker
            if index != h1_index:
                add("h1", doc.h1, h1_index)
        else:
            add("h1", doc.h1, h1_index)
            if index is not None and index != h1_index:
                add("heading", blocks[index].text, index)
            # "Odborný seminář online" over the session's name in bold: the line under the first
            # heading-like line may be the title, when another source names it too.
            if (
                index is not None
                and after is not None
                and after.kind != HEADING
                and is_heading_like(after)
                and not _date_only(after.text)
                and not _meta_line(after.text)
            ):
                add("subheading", after.text, index + 1)
    if doc.og_title and len(doc.og_title.split()) >= 3:
        add("og", doc.og_title)
    names = [event.title] if event and event.title else []
    names += _names(doc.json_ld, _ARTICLE_TYPES, ("headline", "name"))
    if names:
        add("jsonld", names[0])
    add("title", doc.title_tag)
    taken = {c.index for c in found}
    for i, block in enumerate(blocks[:40]):
        if is_paragraph(block):
            break
        if block.kind == HEADING and block.level <= 3 and i not in taken:
            add("subheading", block.text, i)
    return found


def choose_title(
    doc: PageDoc,
    raw: list[Block],
    blocks: list[Block],
    lang: str | None,
    event: EventData | None,
) -> TitleChoice:
    """The title most of the page's sources agree on, from ``blocks`` (the page's content)
    and ``raw`` (the same before its breadcrumb and what sits above it were cut)."""
    seen = furniture(doc, raw)
    found = _candidates(doc, blocks, lang, event, seen)
    if not found:
        return TitleChoice(None, None, None)

    def score(candidate: _Candidate) -> tuple[float, int]:
        backing: dict[str, float] = {candidate.source: _WEIGHTS[candidate.source]}
        for other in found:
            if other.source not in backing and _agree(candidate.words, other.words):
                backing[other.source] = _WEIGHTS[other.source]
        return sum(backing.values()), -_ORDER.index(candidate.source)

    backed = [c for c in found if c.alone or score(c)[0] > _WEIGHTS[c.source]]
    if not backed:
        fallback = _from_title_tag(doc, blocks, seen)
        made = _candidate("og", fallback, None, lang, seen) if fallback else None
        if made is None:
            return TitleChoice(None, None, None)
        backed = [made]
    best = max(backed, key=score)
    # "Series: Title" in <title> over a kicker line and the h1 that give the two apart.
    lead = standing_lead(best.title, [b.text for b in blocks], [c.title for c in found])
    if lead is not None:
        best = next(c for c in found if _words(c.title) == _words(lead[0]))
        best = _Candidate(best.source, best.title, best.series or lead[1], best.index, best.words)
    index = best.index
    if index is None:
        # Chosen from the page's metadata: the heading that says the same is the title's line.
        index = next(
            (c.index for c in found if c.words == best.words and c.index is not None), None
        )
    series = best.series or next(
        (c.series for c in found if c.series and _agree(c.words, best.words)), None
    )
    return TitleChoice(best.title, series, index)
