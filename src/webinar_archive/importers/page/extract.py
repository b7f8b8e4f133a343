"""From a saved page or pasted text to one extracted record per session it describes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from webinar_archive.domain.model import LinkDraft, LinkKind, SessionDraft, SpeakerDraft
from webinar_archive.domain.text import fold

from ...domain.messages import _mark, _t
from .adjective_ends import complete_bodies
from .blocks import Block, PageDoc, text_blocks
from .body_edges import settle_body_edges
from .body_marks import settle_body_marks
from .body_parts import settle_parts
from .bracket_bodies import settle_bracket_bodies
from .chair_subjects import settle_chair_subjects
from .context import split_sentences
from .council_portfolios import settle_council_portfolios
from .cut_bodies import settle_cut_bodies
from .dates import find_dates, page_year, session_when
from .decode import decode_html
from .event_leads import without_event_lead
from .file_labels import without_file_labels
from .genitive_leads import settle_genitive_leads
from .host_units import settle_host_units
from .html_text import html_doc
from .initials import without_initial_doubles
from .jsonld import event_data
from .kind_labels import without_kind_frame
from .kind_tails import without_kind_tail
from .language import detect_language
from .lead_occupations import settle_lead_occupations
from .legal_tails import settle_legal_tails
from .links import find_links, has_address, intro_programme, is_share_form, programme_links
from .listed_people import add_listed_people
from .long_forms import settle_long_forms
from .lower_kinds import settle_lower_kinds
from .meeting_words import numbered_line
from .mode_labels import without_mode_label
from .not_people import without_non_people
from .oblique_heads import settle_oblique_heads
from .occupations import settle_occupations
from .own_names import settle_logo_names
from .own_possessives import settle_own_possessives
from .own_site import settle_bodies, site_names, without_dated_bodies
from .own_units import settle_own_units
from .person_lines import people_row, site_body
from .place_leads import settle_place_leads
from .position_bodies import settle_position_bodies
from .prose_bodies import settle_prose_bodies
from .relative_clauses import settle_relative_clauses
from .role_bodies import settle_role_bodies
from .sectors import settle_sectors
from .sessions import dated_kicker, split_sessions, without_other_events
from .site_kinds import settle_site_kinds
from .site_units import settle_site_units
from .speakers import find_speakers
from .spelled_bodies import without_spelled_bodies
from .summary import to_markdown
from .taking_part import without_performers
from .title_choice import choose_title
from .title_leads import without_kind_label
from .title_tails import without_page_tail
from .titles import (
    full_quoted_name,
    is_breadcrumb,
    is_chrome,
    is_generic_heading,
    is_recap_breadcrumb,
    is_recap_heading,
    names_only_its_series,
    names_the_session,
    page_series,
    quoted_names,
    split_title,
    strip_generic,
    strip_quotes,
    without_label,
    without_recap_part,
)
from .town_tails import settle_town_tails
from .unit_genitives import settle_unit_genitives
from .unit_owners import settle_unit_owners

MAX_TEXT = 1_000_000  # characters of page text looked at; the rest is left with a warning
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|article|main|table)\b",
    re.I | re.S,
)


@dataclass(slots=True)
class PageSummary:
    """What the whole page says, shared by every session extracted from it."""

    title: str | None
    series: str | None
    date: dt.date | None
    speakers: list[SpeakerDraft]
    links: list[LinkDraft]
    language: str | None
    multi: bool
    source_url: str | None = None
    doc_title: str | None = None  # the page's <title>, which names error pages plainly
    # Kinds of link the page says it has but gives no address for ("slides available soon").
    mentioned: set[LinkKind] = field(default_factory=set)


@dataclass(slots=True)
class ExtractedSession:
    """One session found on a page, with the fields the extractor was unsure about."""

    draft: SessionDraft
    uncertain: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    page: PageSummary | None = None
    mentioned: set[LinkKind] = field(default_factory=set)


def extract_page(
    data: bytes, *, url: str | None = None, content_type: str | None = None
) -> list[ExtractedSession]:
    """Sessions described by a saved page (HTML or plain text, any charset)."""
    text = decode_html(data, content_type)
    if "\ufffd" in text:
        warning = ["some bytes of the page could not be decoded and were replaced"]
    else:
        warning = []
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared in ("text/html", "application/xhtml+xml"):
        is_html = True
    elif declared == "text/plain":
        is_html = False
    else:
        is_html = bool(_HTML_START.match(text[:5000])) or bool(
            re.search(r"<(?:p|div|br|h[1-6]|li|span|a)\b[^>]*>", text[:20000], re.I)
        )
    doc = html_doc(text) if is_html else PageDoc(text_blocks(text))
    doc.warnings[:0] = warning
    sessions = _finish(_extract(doc, url))
    source = _source(doc, url)
    for item in sessions:
        item.draft.source_url = source
        if item.page is not None:
            item.page.doc_title = doc.title_tag
            item.page.source_url = source
    return sessions


# What a page mentions without an address, one whole sentence per kind of link.
_MENTIONED = {
    LinkKind.RECORDING: _mark(
        "the page mentions a recording (\u201c{label}\u201d) but gives no address for it; add "
        "the link by hand if you have it"
    ),
    LinkKind.PRESENTATIONS: _mark(
        "the page mentions slides (\u201c{label}\u201d) but gives no address for them; add the "
        "link by hand if you have it"
    ),
    LinkKind.AGENDA: _mark(
        "the page mentions an agenda (\u201c{label}\u201d) but gives no address for it; add the "
        "link by hand if you have it"
    ),
}
_MENTIONED_LINK = _mark(
    "the page mentions a link (\u201c{label}\u201d) but gives no address for it; add the link "
    "by hand if you have it"
)


def _finish(sessions: list[ExtractedSession]) -> list[ExtractedSession]:
    """Keep only links with an address; what the page only mentions becomes a warning.

    A page's share buttons are left out silently: they lead to a form posting the page, not to
    anything of the session's, and every page has them.
    """
    pages = {id(s.page): s.page for s in sessions if s.page is not None}
    for page in pages.values():
        page.mentioned = {link.kind for link in page.links if not has_address(link.url)}
        page.links = [
            link for link in page.links if has_address(link.url) and not is_share_form(link.url)
        ]
    for item in sessions:
        kept = []
        for link in item.draft.links:
            if is_share_form(link.url):
                continue
            if has_address(link.url):
                kept.append(link)
                continue
            item.mentioned.add(link.kind)
            if link.url:
                item.warnings.append(
                    _t(
                        "the link \u201c{label}\u201d ({url}) was left out: it has no web address "
                        "(the saved page does not say where it was published)"
                    ).format(label=link.label, url=link.url[:200])
                )
            elif link.kind != LinkKind.MORE_INFO:
                mentioned = _MENTIONED.get(link.kind, _MENTIONED_LINK)
                item.warnings.append(_t(mentioned).format(label=link.label[:120]))
        item.draft.links = kept
    return sessions


def _source(doc: PageDoc, url: str | None) -> str | None:
    """The page's web address: where it was fetched from, else the address it declares.

    A saved copy (a file: URL, or none) never gives its path on this computer: its source is
    the canonical link, ``og:url`` or the JSON-LD event's ``url``, or nothing.
    """
    if url and url.lower().startswith(("http://", "https://")):
        return url
    event = event_data(doc.json_ld)
    return doc.canonical_url or (event.url if event else None)


def extract_text(text: str) -> list[ExtractedSession]:
    """Sessions described by pasted text."""
    return _finish(_extract(PageDoc(text_blocks(text)), None))


def _content(blocks: list[Block]) -> list[Block]:
    """Drop skip links, breadcrumbs and what sits above a breadcrumb (site name, menu)."""
    for i, block in enumerate(blocks[:8]):
        if is_breadcrumb(block.text):
            blocks = blocks[i + 1 :]
            break
    # A row of a table of people ("Name | Funktion | Firma") reads like a menu but is none.
    return [b for b in blocks if not is_chrome(b.text) or people_row(b)]


def _quoted_title(text: str, date: dt.date | None) -> str | None:
    """A quoted name in a sentence that gives the session's day: "le webinaire « X »"."""
    for sentence in split_sentences(text.replace("\n", " ")):
        if date is not None and not any(
            (d.day, d.month) == (date.day, date.month) for d in find_dates(sentence)
        ):
            continue
        for phrase, is_event in quoted_names(sentence, sessions_named=True):
            if not is_event and len(phrase.split()) >= 3:
                return phrase
    return None


def _merge_speakers(first: list[SpeakerDraft], more: list[SpeakerDraft]) -> list[SpeakerDraft]:
    merged = list(first)
    index = {fold(s.name): s for s in merged}
    for speaker in more:
        known = index.get(fold(speaker.name))
        if known is None:
            merged.append(speaker)
            index[fold(speaker.name)] = speaker
        else:
            known.organisation = known.organisation or speaker.organisation
            known.position = known.position or speaker.position
            if speaker.role != known.role and known.role == "speaker":
                known.role = speaker.role
    return merged


def _blank(warnings: list[str], url: str | None) -> list[ExtractedSession]:
    draft = SessionDraft(title="", source_url=url)
    page = PageSummary(None, None, None, [], [], None, False, url)
    fields = {"title", "date", "series", "speakers"}
    return [ExtractedSession(draft, fields, warnings or ["the page has no readable text"], page)]


def _link_base(doc: PageDoc, url: str | None) -> str | None:
    """Where relative links point: the web address the page came from, else the one it declares.

    A saved copy on disk (a file: URL) is not a base: its "/news" is not a local file.
    """
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return doc.canonical_url


def _extract(doc: PageDoc, url: str | None) -> list[ExtractedSession]:
    base = _link_base(doc, url)
    warnings = list(doc.warnings)
    blocks = doc.blocks
    total = 0
    for i, block in enumerate(blocks):
        total += len(block.text)
        if total > MAX_TEXT:
            keep = len(block.text) - (total - MAX_TEXT)
            cut = Block(block.kind, block.text[:keep], block.level, block.marker)
            blocks = [*blocks[:i], cut]
            warnings.append(
                _t("only the first {count} characters of page text were read").format(
                    count=MAX_TEXT
                )
            )
            break
    # "Aktuelles › Rückblick" over a headline: the session is named further down, in quotes.
    recap_page = any(is_recap_breadcrumb(b.text) for b in blocks[:8])
    raw_blocks, blocks = blocks, _content(blocks)
    if not blocks:
        return _blank([*warnings, "the page has no readable text"], url)
    all_text = "\n".join(b.text for b in blocks)
    lang, lang_certain = detect_language(all_text, doc.lang)
    event = event_data(doc.json_ld)
    uncertain: set[str] = set()
    if not lang_certain:
        uncertain.add("language")

    choice = choose_title(doc, raw_blocks, blocks, lang, event)
    title, title_series, title_index = choice.title, choice.series, choice.index
    if title:
        title = without_kind_tail(
            without_event_lead(without_kind_frame(without_kind_label(without_mode_label(title))))
        )
    if title and without_page_tail(title, doc, raw_blocks) != title:
        title = without_page_tail(title, doc, raw_blocks)
        # The h1 that says it is the title's line, not a sentence of the body.
        title_index = next((i for i, b in enumerate(blocks) if b.text == title), title_index)
    # "Rückblick", "Resoconto del webinar": the session's name is further down, in quotes.
    recap = bool(title) and (
        recap_page or is_generic_heading(title or "") or is_recap_heading(title or "")
    )
    if title and is_generic_heading(title):
        title = None
    if event and event.title and not title:
        title = event.title
    series, series_certain = (title_series, True) if title_series else page_series(blocks, lang)
    if event and event.series and not series:
        series = " ".join(strip_generic(event.series.split()))
    if series and (
        is_generic_heading(series)
        or (title and fold(strip_quotes(series)) == fold(strip_quotes(title)))
    ):
        # "the webinar „X“" names the session itself, and "Past webinars" a list of them,
        # not a programme a session belongs to.
        series = None
    if not series_certain:
        uncertain.add("series")

    found = split_sessions(blocks)
    if found:
        return _multi(blocks, found, title, series, lang, url, warnings, uncertain, base, doc)

    known_year = page_year(all_text, [url, doc.canonical_url]) or doc.copyright_year
    when = session_when(all_text, known_year=known_year)
    date, start, zone = when.date, when.time, when.zone
    if when.uncertain:
        uncertain.add("date")
    if event and event.date:
        date, start, zone = event.date, event.start_time or start, event.timezone or zone
    if title and not recap:
        rest = [b.text for i, b in enumerate(blocks) if i != title_index and title not in b.text]
        title = without_label(title, "\n".join(rest))
    # With no heading of its own, "the webinar 'X'" names the session too.
    quoted = _quoted_title(all_text, date)
    # "Bürgerbusse: Ehrenamt am Steuer" over "the web seminar 'Bürgerbusse erfolgreich
    # betreiben' on 14 November": a headline about the session agrees in its words with the
    # session's quoted name, which is the title.
    if title and not recap and not (quoted and names_the_session(title, quoted, all_text)):
        quoted = None
    if quoted or not title or (recap and names_only_its_series(title, lang)):
        # "Industrie du futur : retour sur le webinaire" recaps a session named in quotes;
        # "Smart Ports Webinar Recap" quoting none leaves the session without a name.
        title = quoted
        uncertain.add("title")
    elif recap and title:
        title = without_recap_part(title)
    if title:
        title = full_quoted_name(title, all_text)
    body = [b for i, b in enumerate(blocks) if i != title_index]
    # The title is not a sentence about people ("Circular Plastics in ..." is no one), nor
    # is a list of the site's other events.
    own = without_other_events(body)
    speakers = find_speakers(own, lang, site_body(doc))
    add_listed_people(speakers, "\n".join(b.text for b in own), lang)
    speakers = without_file_labels(speakers, [a.text for b in blocks for a in b.anchors])
    speakers = without_performers(speakers, [b.text for b in body])
    if event and event.speakers:
        speakers = _merge_speakers(event.speakers, speakers)
    speakers = _settled(speakers, doc, all_text, lang, own_units=True)
    speakers = without_non_people(speakers, all_text)
    links = find_links(blocks, base)
    links += [
        link
        for link in programme_links(doc.aside_anchors, base)
        if link.url not in {known.url for known in links}
    ]
    if event:
        known = {link.url for link in links}
        links += [link for link in event.links if link.url not in known]
    draft = SessionDraft(
        title=title or "",
        series=series,
        date=date,
        start_time=start,
        timezone=zone,
        language=lang,
        summary=to_markdown(body),
        source_url=url,
        speakers=speakers,
        links=links,
    )
    if not speakers:
        uncertain.add("speakers")
    page = PageSummary(title, series, date, speakers, links, lang, False, url)
    return [ExtractedSession(draft, uncertain, warnings, page)]


def _multi(
    blocks: list[Block],
    found: list[tuple[int, int]],
    title: str | None,
    series: str | None,
    lang: str | None,
    url: str | None,
    warnings: list[str],
    uncertain: set[str],
    base: str | None,
    doc: PageDoc,
) -> list[ExtractedSession]:
    page_text = "\n".join(b.text for b in blocks)
    known_year = page_year(page_text, [url, doc.canonical_url]) or doc.copyright_year
    sessions: list[ExtractedSession] = []
    all_speakers: list[SpeakerDraft] = []
    all_links: list[LinkDraft] = []
    # The event's programme in a sidebar, or linked above the sessions, is the agenda of
    # every session it lists.
    programme = programme_links(doc.aside_anchors, base)
    known = {link.url for link in programme}
    programme += [
        link for link in intro_programme(blocks[: found[0][0]], base) if link.url not in known
    ]
    for head, end in found:
        segment = blocks[head:end]
        # "Session 1 · 15 January 2026" over the session's own heading: the heading names it.
        named = segment[1] if len(segment) > 1 and dated_kicker(segment[0]) else segment[0]
        session_title, head_series = split_title(named.text, lang)
        own_series, _ = page_series(segment, lang)
        # The number in "Sesja 1 – 13.01.2026" is no first day of a range.
        lines = [b.text for b in segment]
        if named is not segment[0]:
            lines[0] = numbered_line(lines[0]) or lines[0]
        when = session_when("\n".join(lines), page_text, known_year)
        speakers = find_speakers(segment, lang, site_body(doc))
        speakers = _settled(speakers, doc, page_text, lang, own_units=False)
        links = find_links(segment[1:], base)
        known = {link.url for link in links}
        links += [replace(link) for link in programme if link.url not in known]
        all_speakers = _merge_speakers(
            all_speakers,
            [SpeakerDraft(s.name, s.organisation, s.role, s.position) for s in speakers],
        )
        all_links += [link for link in links if link.url not in {p.url for p in programme}]
        draft = SessionDraft(
            title=strip_quotes(session_title or ""),
            series=head_series or own_series or series,
            date=when.date,
            start_time=when.time,
            timezone=when.zone,
            language=lang,
            summary=to_markdown(segment[2 if named is not segment[0] else 1 :]),
            source_url=url,
            speakers=speakers,
            links=links,
        )
        session_uncertain = set(uncertain) | ({"date"} if when.uncertain else set())
        sessions.append(ExtractedSession(draft, session_uncertain, list(warnings)))
    dates = {s.draft.date for s in sessions}
    page = PageSummary(
        title,
        series,
        dates.pop() if len(dates) == 1 else None,
        all_speakers,
        all_links + programme,
        lang,
        True,
        url,
    )
    for session in sessions:
        session.page = page
    return sessions


def _settled(
    speakers: list[SpeakerDraft], doc: PageDoc, text: str, lang: str | None, *, own_units: bool
) -> list[SpeakerDraft]:
    """The found people's names, positions and bodies put right against the page's text: one
    order of the rules for a page of one session and for each session of a programme page
    (``own_units``: "from our press office" read as the site's body, on a page of one session)."""
    speakers = without_initial_doubles(settle_occupations(without_dated_bodies(speakers)))
    settle_bracket_bodies(speakers)
    settle_town_tails(speakers, text)
    settle_genitive_leads(speakers, lang)
    settle_place_leads(speakers, text)
    settle_bodies(speakers, doc, text)
    settle_body_edges(speakers, text)
    settle_role_bodies(speakers, lang)
    settle_parts(speakers)
    complete_bodies(speakers, text, lang)
    settle_site_units(speakers, doc, text)
    settle_sectors(speakers, text)
    settle_chair_subjects(speakers, text)
    settle_cut_bodies(speakers, text)
    settle_unit_genitives(speakers, text)
    settle_unit_owners(speakers, doc, text)
    settle_position_bodies(speakers)
    settle_relative_clauses(speakers)
    settle_body_marks(speakers, text)
    settle_lower_kinds(speakers, doc)
    settle_lead_occupations(speakers, text, lang)
    settle_own_possessives(speakers, doc, text)
    settle_prose_bodies(speakers, doc, text)
    speakers = without_spelled_bodies(speakers, text)
    if own_units:
        settle_own_units(speakers, text, site_body(doc))
    settle_site_kinds(speakers, doc, lang, text)
    settle_host_units(speakers, doc, text)
    settle_council_portfolios(speakers, text, site_names(doc))
    settle_logo_names(speakers, site_names(doc), doc.logo_names, text)
    settle_legal_tails(speakers, text)
    settle_oblique_heads(speakers, text, lang)
    settle_long_forms(speakers, text)
    return speakers
