"""The session title and the series it belongs to, from headings, quotes and repeated names."""

from __future__ import annotations

import re
from collections import Counter

from webinar_archive.domain.text import fold

from .blocks import HEADING, ITEM, Block
from .dates import MONTHS, find_dates, find_times
from .lexicon import (
    EVENT_NOUNS,
    GENERIC_HEADING_WORDS,
    GENERIC_SERIES_WORDS,
    SERIES_NOUNS,
    WEEKDAYS,
    WORKSHOP_NOUNS,
    words,
)
from .meeting_words import is_meeting_label, meeting_noun
from .names import is_placeholder
from .person_lines import TIME_PREFIX

_SEPARATORS = re.compile(r"\s+[|│–—-]\s+|\s+[|│]\s*|\s*[|│]\s+")
# An apostrophe inside a word ("l'atelier", "d'entreprises") neither opens nor closes a quote.
# An apostrophe between two letters inside the quotes ("« Sécuriser l'export »") is part of it.
_QUOTES = re.compile(
    r"(?<![^\W\d_])[\"“„«‘‚'](?P<q>(?:[^\"“”„«»‘’‚']|(?<=[^\W\d_])['’](?=[^\W\d_])){3,200})"
    r"[\"”“»’‘'](?![^\W\d_])"
)
_SERIES_SET = frozenset(SERIES_NOUNS)
_GENERIC_HEADING = frozenset(fold(w) for w in GENERIC_HEADING_WORDS)
_HOME = frozenset(
    ["home", "start", "startseite", "accueil", "inicio", "portada", "strona glowna", "uvod",
     "domu", "pagina iniziale", "homepage"]
)  # fmt: skip
# The sections a site's menu names, in the languages of the pages: two of them after a home
# link make a line a menu ("Home Chi siamo Progetti Eventi Contatti"), capitals or not.
_MENU_WORDS = frozenset(
    fold(w)
    for w in words(
        "about contact contacts news events projects publications resources members "
        "kontakt kontakte aktuelles veranstaltungen projekte publikationen termine "
        "contact actualités événements projets publications ressources agenda "
        "contacto contactos noticias eventos proyectos publicaciones actividades "
        "contatti notizie eventi progetti pubblicazioni chi siamo "
        "kontakt aktualności wydarzenia projekty publikacje "
        "kontakty aktuality akce projekty publikace"
    )
)
# A heading that speaks about a session ("Com'è andato il webinar ...") rather than naming it.
_SESSION_MENTION = re.compile(
    r"(?<![^\W\d_])(?:webinar\w*|webinair\w*|webinar|webinář\w*|webinari\w*|seminar\w*|"
    r"séminaire\w*|seminář\w*|workshop\w*|atelier\w*|taller\w*|warsztat\w*|jornada\w*|"
    r"konferen\w*|conferen\w*|session\w*|sitzung\w*)",
    re.I,
)
# Before a quoted name, a word for a meeting or a talk names the session too ("Rivedi
# l'incontro «...»", "Nachlese zum Vortrag „...“"); it does not make a heading a report on
# a session ("Vortrag: Wärmepumpen im Altbau" is the talk's own page).
_SESSION_BEFORE_QUOTE = re.compile(
    _SESSION_MENTION.pattern[:-1]
    + r"|incontr\w*|rencontre\w*|encuentro\w*|spotkani\w*|setkání\w*|přednášk\w*|"
    r"vortr[aä]g\w*|lecture\w*|charla\w*|talk\w*)",
    re.I,
)
_RECAP = re.compile(
    r"(?<![^\W\d_])(?:recap|wrap-up|looking back|ruckblick|nachlese|nachbericht|retour sur|"
    r"compte[- ]rendu|cronica|relacja|podsumowanie|ohlednuti|resoconto)(?![^\W\d_])"
)
# "...: así fue nuestro segundo webinar", "So war's: ...", "Com'è andato l'incontro": words
# telling how a session went, on a recap page (matched folded: no accents, lower case).
_HOW_IT_WENT = re.compile(
    r"(?<![^\W\d_])(?:how (?:\w+ ){1,3}went|how did it go|what we learned|"
    r"so war|so lief|das war|eindrucke|"
    r"comment s.est passe|ce qu.il (?:faut|fallait) retenir|retour en images|revivez|"
    r"asi fue|lo que (?:nos )?dejo|vuelve a ver|"
    r"com.e (?:andat|stat)[oa]|rivedi|"
    r"jak (?:bylo|przebiegl[oa]?)|jak to bylo|jak probehl[oa]?|shrnuti|"
    r"recap|wrap-up|looking back|ruckblick|nachlese|nachbericht|retour sur|"
    r"compte[- ]rendu|cronica|relacja|podsumowanie|ohlednuti|resoconto)(?![^\W\d_])"
)
# "Grazie a tutti per la partecipazione!", "Thank you for joining us": a heading thanking those
# who came, over a recap that names the session in its text (matched folded).
_THANKS = re.compile(
    r"^(?:thank you|thanks|many thanks|danke|vielen dank|herzlichen dank|merci|un grand merci|"
    r"gracias|muchas gracias|grazie|dziekujemy|dziekuje|dekujeme|dekuji)(?![^\W\d_])"
)
_EVENT_SET = frozenset(EVENT_NOUNS)
_SESSION_NOUNS = words(
    "webinar webinaire webinář webinarium webinario seminar séminaire seminario seminář "
    "seminarium session sesión séance sitzung lecture vortrag talk forum dialog gespräch"
)
_SKIP_LINK = re.compile(
    r"^(?:skip|jump|go|przejdź|zum|direkt zum|aller|passer|saltar|ir|přejít|přeskočit|vai|"
    r"salta)\b.{0,30}\b(?:content|main|inhalt|treści|contenu|contenido|obsah\w*|contenuto|"
    r"navigation|menu)\b",
    re.I,
)
_BREADCRUMB = re.compile(r"\s[»›>/]\s|\s[»›]|[»›]\s")
_FILE_LIKE = re.compile(r"^\S*_\S*$|\d+\s?x\s?\d+|\.(?:jpe?g|png|gif|webp|svg|pdf)\b|\(\d\)$", re.I)
_ARTICLES = frozenset(
    ["the", "The", "le", "la", "les", "der", "die", "das", "el", "los", "las", "il", "lo", "gli"]
)
_RUN_CONNECTORS = frozenset(
    ["of", "for", "and", "&", "on", "in", "de", "des", "du", "für", "und", "di", "del", "della"]
)
_NOUN_FIRST = frozenset({"pl", "cs", "sk", "fr", "es", "it", "pt", "ro"})
_PL_PREPOSITIONS = frozenset(
    ["w", "we", "na", "z", "ze", "o", "podczas", "dla", "do", "od", "po", "przy"]
)


def is_breadcrumb(text: str) -> bool:
    """ "Home » News » Title", "Home > Events > Webinars", "Inicio > Eventos": short parts
    joined by arrows."""
    if len(text) >= 200:
        return False
    parts = _BREADCRUMB.split(text)
    if len(parts) == 2 and fold(parts[0].strip()) in _HOME and len(parts[1].split()) <= 4:
        return True
    if "»" in text or "›" in text:
        return len(parts) >= 2 and all(0 < len(p.split()) <= 6 for p in parts)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 6 for p in parts)


def is_menu(text: str) -> bool:
    """ "Home | Programmes | News | Events", "Inicio · Actividades · Contacto", "Home Il
    Consorzio Progetti Eventi": a site's menu copied as one line of text."""
    if len(text) >= 160 or any(c.isdigit() for c in text) or text.endswith((".", ":")):
        return False
    parts = [p for p in re.split(r"\s*[|·•]\s*", text) if p.strip()]
    if len(parts) >= 4 and all(len(p.split()) <= 3 for p in parts):
        return True
    words = text.split()
    if len(words) < 4 or not (fold(words[0]) in _HOME or fold(" ".join(words[:2])) in _HOME):
        return False
    # Without separators: a home link first, then nothing but capitalised menu words, or
    # at least two names of sections.
    return all(w[:1].isupper() for w in words[1:] if len(w) > 3) or (
        sum(fold(w) in _MENU_WORDS for w in words[1:]) >= 2
    )


def is_chrome(text: str) -> bool:
    """Skip links, breadcrumbs, menus, pagination: page furniture, not content."""
    return bool(
        _SKIP_LINK.match(text)
        or is_breadcrumb(text)
        or is_menu(text)
        or re.search(r"[‹›«»]\s*(?:previous|next|poprzedn|następn|zurück|weiter)", text, re.I)
        or re.search(r"(?:previous|next) page", text, re.I)
    )


# "01946 220310 | hello@example.org", "Tel. +49 421 12345": how to reach the site's owner.
# A number in groups split by spaces, slashes or dashes, not dots: "07.05.2026" is a date.
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"(?<![\w.])(?:\+\d{1,3}|0\d{1,4})(?:[ /-]\(?\d{1,5}\)?){2,}(?![\w.])|"
    r"(?<![^\W\d_])(?:tel|tél|phone|telefon|téléphone|teléfono|telefono)\.?\s*:?\s*\+?\d",
    re.I,
)


def is_heading_like(block: Block) -> bool:
    text = block.text
    if block.kind == HEADING:
        return not is_chrome(text)
    if block.kind == ITEM or len(text) > 200 or len(text.split()) > 28:
        return False
    if _CONTACT.search(text):
        return False  # a top bar's phone and e-mail line, never a title
    if text.endswith((".", "!", ":", ";", ",", "…", "...")) or is_placeholder(text):
        return False
    if _FILE_LIKE.search(text) or is_chrome(text) or is_field(text):
        return False
    if TIME_PREFIX.sub("", text).strip() == "":
        return False
    return any(c.isalpha() for c in text)


def is_field(text: str) -> bool:
    """A "Label: value" line such as "Beginn:30.06.2020 - 15:00 Uhr" or "Venue: Online"."""
    head, colon, value = text.partition(":")
    value = value.strip()
    if not (colon and len(head.split()) == 1 and head[:1].isalpha() and value and len(text) < 80):
        return False
    # "Webinář: Dotace pro spolky 2025" names the session after a word for its kind: a year in
    # a title does not make it a field. A field's value is a moment or a few words
    # ("Kde: 18. února 2025", "Venue: Online").
    if is_generic_heading(head):
        return False
    count = len(value.split())
    moment = bool(find_dates(value) or find_times(value))
    return moment or count == 1 or (any(c.isdigit() for c in value) and count <= 4)


def is_paragraph(block: Block) -> bool:
    return block.kind != HEADING and (len(block.text) > 200 or block.text.endswith((".", "!")))


def _date_only(part: str) -> bool:
    words = re.findall(r"[^\W\d_]+", part.lower())
    rest = [w for w in words if w not in MONTHS and w not in WEEKDAYS]
    return bool(words) and not rest and (bool(find_dates(part)) or len(words) <= 3)


def series_phrase(text: str, lang: str | None = None) -> str | None:
    """The series named in ``text``: a capitalised run ending (or, in Polish, starting) with
    a series noun ("European Alliance Against Coronavirus Daily Webinar", "CHERRIES webinar")."""
    candidates = series_candidates(text, lang)
    return candidates[0] if candidates else None


def strip_generic(words: list[str]) -> list[str]:
    trimmed = list(words)
    while len(trimmed) > 2 and trimmed[-1].lower() in GENERIC_SERIES_WORDS:
        trimmed.pop()
    return trimmed if len(trimmed) >= 2 else words


def _polish_nominative(word: str) -> str:
    for ending, replacement in (
        ("skiej", "ska"),
        ("ckiej", "cka"),
        ("nej", "na"),
        ("wej", "wa"),
        ("ej", "a"),
        ("cji", "cja"),
        ("ii", "ia"),
        ("ji", "ja"),
    ):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    return word


def series_candidates(text: str, lang: str | None = None) -> list[str]:
    found: list[str] = []
    tokens = list(re.finditer(r"[^\s,;:.!?()\"“”„«»‘’]+", text))
    i = 0
    while i < len(tokens):
        run: list[re.Match[str]] = []
        j = i
        while j < len(tokens):
            word = tokens[j].group(0)
            gap = text[tokens[j - 1].end() : tokens[j].start()] if run else " "
            if run and (gap.strip() or "\n" in gap):
                break  # a name runs on one line: "Twitter WhatsApp\nFacebook Otras jornadas"
            low = word.lower().lstrip("#")
            if word in _ARTICLES and run:
                break
            bare = re.sub(r"^(?:l|d|dell|all)['’]", "", word)
            capital = bare[:1].isupper() or (run and low in _SERIES_SET)
            if not (capital or (run and low in _RUN_CONNECTORS and j + 1 < len(tokens))):
                break
            run.append(tokens[j])
            j += 1
        i = max(j, i + 1)
        while run and run[-1].group(0).lower() in _RUN_CONNECTORS:
            run.pop()
        words = [t.group(0) for t in run]
        nouns = [k for k, w in enumerate(words) if w.lower() in _SERIES_SET]
        if not nouns:
            continue
        # English and German put the series noun last; Romance and Slavic languages put the
        # name after it ("Les Rendez-vous de l'Innovation", "Konferencja Klastrów").
        if lang not in _NOUN_FIRST:
            words = words[: nouns[-1] + 1]
        # Sentence openers are capitalised but not part of the name ("Summary of ...").
        while words and (words[0].lower() in _RUN_CONNECTORS or words[0] in _ARTICLES):
            words = words[1:]
        if len(words) < 2 or all(w.lower() in _SERIES_SET | GENERIC_SERIES_WORDS for w in words):
            continue
        start = run[0].start()
        before = text[:start].split()
        if lang == "pl" and before and before[-1].lower() in _PL_PREPOSITIONS:
            last = max(k for k, w in enumerate(words) if w.lower() in _SERIES_SET)
            words = [_polish_nominative(w) if k <= last else w for k, w in enumerate(words)]
        found.append(" ".join(strip_generic(words)))
    return found


def is_generic_heading(text: str) -> bool:
    """A heading that only says what kind of page this is ("Rückblick", "Workshop recap",
    "Crónica del taller"), not which session."""
    tokens = re.findall(r"[^\W\d_]+", fold(text))
    return bool(tokens) and len(tokens) <= 6 and all(t in _GENERIC_HEADING for t in tokens)


def is_recap_heading(text: str) -> bool:
    """A heading that reports on a session ("... : retour sur le webinaire") or speaks about
    one ("Com'è andato il webinar ..."): a quoted name in the text is the session's title."""
    folded = fold(text).strip().lstrip("¡¿ ")
    return bool(
        _HOW_IT_WENT.search(folded) or _THANKS.match(folded) or _SESSION_MENTION.search(text)
    )


def names_only_its_series(text: str, lang: str | None = None) -> bool:
    """ "Smart Ports Webinar Recap": a report that names its series and nothing else, so the
    session it reports on has no name of its own on the page."""
    phrase = series_phrase(text, lang)
    if not phrase or not _RECAP.search(fold(text)):
        return False
    return is_generic_heading(text.replace(phrase, " "))


_TWO_PARTS = re.compile(r"\s*:\s+|\s+[|│–—-]\s+")


def without_recap_part(title: str) -> str:
    """ "Cooperativas energéticas rurales: así fue nuestro segundo webinar" names the session
    before the words that tell how it went; "Rückblick auf den Fachtag – Title" after them.
    A part of a few words telling how a session went is dropped when the other part could
    be a title (two words at least, and not the name of a series alone)."""
    parts = _TWO_PARTS.split(title, maxsplit=1)
    if len(parts) != 2:
        return title
    for drop, keep in ((parts[1], parts[0]), (parts[0], parts[1])):
        keep = keep.strip()
        if (
            len(drop.split()) <= 7
            and len(keep.split()) >= 2
            and _HOW_IT_WENT.search(fold(drop))
            and not _HOW_IT_WENT.search(fold(keep))
            and not kicker_series(keep)
        ):
            # "Rural energy cooperatives webinar: how it went": the kind of session goes too.
            words = keep.split()
            while len(words) > 2 and words[-1] in _SESSION_NOUNS:
                words.pop()
            return strip_quotes(" ".join(words))
    return title


def is_recap_breadcrumb(text: str) -> bool:
    """ "Aktuelles › Rückblick", "Actualités > Retour sur": the page reports on a session."""
    return is_breadcrumb(text) and bool(_RECAP.search(fold(text)))


# "#3", "No. 4", "n° 2": the number of a session within its programme.
_EPISODE = re.compile(
    r"\s*(?:#\s?|(?:no|nr|n°|n\.|ep|episode|folge|odcinek|díl)\.?\s?)\d+\s*$", re.I
)
_YEAR_END = re.compile(r"\s+(?:19|20)\d{2}\s*$")


def kicker_series(text: str) -> str | None:
    """The programme a short line names ("Circular Textiles Workshop 2025", "Green Skills
    Talks #3"): capitalised words ending with a word for a series or a workshop."""
    bare = _EPISODE.sub("", text).strip()
    words = _YEAR_END.sub("", bare).split()
    if not 2 <= len(words) <= 6 or words[-1].lower() not in _SERIES_SET | WORKSHOP_NOUNS:
        return None
    if not all(w[:1].isupper() or w.lower() in _RUN_CONNECTORS for w in words):
        return None
    return bare


def _numbered_series(text: str) -> tuple[str | None, str]:
    """("Green Skills Talks", "Retrofitting Homes") from "Green Skills Talks #3: Retrofitting
    Homes"; (None, text) when no numbered programme heads the text."""
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and _EPISODE.search(head):
        series = kicker_series(head)
        if series:
            return series, rest.strip()
    return None, text


_INVITATION = frozenset(
    ["pozvanka", "zaproszenie", "einladung", "invitation", "invito", "invitacion", "convite"]
)


# Words that open an invitation rather than name a session, in the languages of the pages.
_INVITING = re.compile(
    r"^(?:join us|you(?:'re| are) invited|save the date|zapraszamy|zaproszenie|wir laden|"
    r"einladung|nous vous invitons|invitation|te invitamos|os invitamos|les invitamos|"
    r"invitaci[oó]n|vi invitiamo|ti invitiamo|invito|zveme|zveme vás|pozvánka)(?![^\W\d_])",
    re.I,
)


def _generic_prefix(text: str) -> str:
    """``text`` without a leading "Webinar:" / "Webinaire :" / "Online-Workshop:", or an
    invitation without a colon ("Pozvánka na webinář Sdílená auta")."""
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and len(head.split()) <= 3 and is_generic_heading(head):
        return rest.strip()
    # "Réunion publique en visioconférence : le futur plan de mobilité": a label for the kind
    # of meeting, then its topic, which is the title and starts with a capital.
    lead = _LEAD.match(text)
    if lead and len(lead.group("rest").split()) >= 2 and is_meeting_label(lead.group("head")):
        rest = lead.group("rest").strip()
        return rest[:1].upper() + rest[1:]
    # "Join us: Cold chain logistics", "Save the date – ...": an invitation, then the name.
    lead = _INVITING.match(text)
    if lead and (after := _LEAD.match(text)) and len(after.group("head").split()) <= 4:
        return after.group("rest").strip()
    # "Online-Fachtag „Barrierefreie Websites in Kommunen“": a kind of event, then its name;
    # "Zapraszamy na webinar „...”", "Webinar gratuito \"...\"": an invitation to one.
    quoted = re.match(r"^(.{1,60}?)\s+[„“\"«]\s?(.{3,200}?)\s?[“”\"»]$", text)
    if quoted and (
        is_generic_heading(quoted.group(1))
        or is_meeting_label(quoted.group(1))
        or (
            len(quoted.group(1).split()) <= 6
            and bool(
                _INVITING.match(quoted.group(1)) or _SESSION_BEFORE_QUOTE.search(quoted.group(1))
            )
        )
    ):
        return quoted.group(2)
    words = text.split()
    if words and fold(words[0]) in _INVITATION:
        k = 1
        while k < min(len(words), 4) and is_generic_heading(words[k]):
            k += 1
        rest = " ".join(words[k:])
        if k > 1 and len(words) - k >= 2 and rest[:1].isupper():
            return rest
    return text


_ORDINAL_LEAD = re.compile(r"^(?:[^\W\d_]{3,12}\s+)?\d{1,2}\s*[.:)–—-]\s+(?=[^\W\d_])")
# "Sessione B2 – ...", "Atelier 3A : ...": a word for a meeting and the session's code.
_CODED_LEAD = re.compile(
    r"^(?P<noun>[^\W\d_]{4,12})\s+(?:[A-Z]\d{1,2}|\d{1,2}[A-Z])\s*[.:)–—-]\s+(?=\w)"
)


def split_title(text: str, lang: str | None = None) -> tuple[str | None, str | None]:
    """(title, series) from a heading like "ECCP Webinar - Title" or "MONDAY AUGUST 30 | Title"."""
    text = TIME_PREFIX.sub("", text, count=1).strip()
    # "Rückblick: Kundenwebinar „Ihr Wasser, Ihre Rechnung“": one label may stand on another.
    for _ in range(3):
        shorter = _generic_prefix(text)
        if shorter == text:
            break
        text = shorter
    series, text = _numbered_series(text)
    # "Sesión 1. Tu tienda ...", "Part 2 – ...", "3) ...": the session's place in a list.
    text = _ORDINAL_LEAD.sub("", text, count=1) or text
    coded = _CODED_LEAD.match(text)
    if coded and meeting_noun(coded.group("noun")):
        text = text[coded.end() :]
        text = text[:1].upper() + text[1:]
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    kept: list[str] = []
    for part in parts:
        if len(parts) > 1 and (_date_only(part) or is_generic_heading(part)):
            continue
        if len(parts) > 1 and series is None and len(part.split()) <= 6:
            phrase = series_phrase(part, lang)
            if phrase:
                series = phrase
                continue
        kept.append(part)
    if not kept:
        return None, series
    start = text.find(kept[0])
    title = text[start : text.rfind(kept[-1]) + len(kept[-1])] if start >= 0 else kept[0]
    return strip_quotes(title) or None, series


# "Lunch & Learn: Heat Pumps ...", "Incontro online – Plastica in mare: ...": a short lead, then
# the rest of the heading after a colon, a spaced dash or a bar.
_LEAD = re.compile(r"^(?P<head>[^:|│–—]{2,40}?)(?:\s*:|\s+[|│–—-])\s+(?P<rest>\S.*)$")


def content_stems(text: str) -> set[str]:
    """Content words of ``text`` cut to their first five letters, accents and case aside, so
    that "learn" and "Learning" or "incontro" and "l'incontro" meet."""
    return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", fold(text))}


def names_the_session(heading: str, name: str, text: str) -> bool:
    """Whether ``name``, quoted in ``text`` right after a word for a session ("beim
    Web-Seminar „Bürgerbusse erfolgreich betreiben“"), names the session a headline speaks
    about: the two share a content word ("Bürgerbusse: Ehrenamt am Steuer")."""
    if not content_stems(heading) & content_stems(name):
        return False
    for match in re.finditer(re.escape(name), text):
        before = re.findall(r"[^\W\d_]+", text[max(0, match.start() - 40) : match.start()])
        # "jornada online «X»", "the webinar 'X'": a word for a session, maybe then "online".
        if any(_SESSION_BEFORE_QUOTE.fullmatch(w) for w in before[-2:]):
            return True
    return False


def without_label(title: str, text: str) -> str:
    """``title`` without a lead that names a format rather than the session's topic.

    A heading's topic comes back in the page's own text; the name of a format ("Lunch &
    Learn", "Coffee Talk") does not. So a short lead none of whose words the rest of the page
    uses, before a part whose words it does use, is dropped. This holds in any language and
    needs no list of format names; a lead the text speaks of ("Circular Textiles: From Waste
    to Resource" on a page about textiles) stays.
    """
    match = _LEAD.match(title)
    if match is None:
        return title
    head, rest = match.group("head").strip(), match.group("rest").strip()
    if len(head.split()) > 3 or len(rest.split()) < 3:
        return title
    if rest[:1].islower():
        return title  # "Schwammstadt im Quartier – was Kommunen ...": one title runs on
    lead, topic, said = content_stems(head), content_stems(rest), content_stems(text)
    if not lead or lead & said or not topic & said:
        return title
    return rest


def full_quoted_name(title: str, text: str) -> str:
    """ "Rzeki bez barier. Udrażnianie cieków dla ryb wędrownych w praktyce" when ``title`` is
    only the first part of a name the page's ``text`` quotes in full (its subtitle after a
    full stop, a colon or a dash); else ``title``."""
    head = fold(title).strip()
    if len(head.split()) < 2:
        return title
    for match in _QUOTES.finditer(text):
        phrase = match.group("q").strip()
        folded = fold(phrase)
        if folded.startswith(head) and re.match(r"\s*[.:–—-]\s+\w", folded[len(head) :]):
            return phrase
    return title


def strip_quotes(text: str) -> str:
    text = text.strip()
    pairs = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "'": "'"}
    if len(text) > 2 and text[0] in pairs and text.endswith(pairs[text[0]]):
        return text[1:-1].strip()
    return text


def quoted_names(sentence: str, sessions_named: bool = False) -> list[tuple[str, bool]]:
    """Quoted phrases in ``sentence`` and whether an event noun is next to them ("the 'X'
    event", "seminář „X“")."""
    found = []
    for match in _QUOTES.finditer(sentence):
        following = sentence[match.end() : match.end() + 40].split()
        preceding = sentence[max(0, match.start() - 40) : match.start()].split()
        after = following[0] if following else ""
        before = preceding[-1] if preceding else ""
        after, before = (w.lower().strip(",.;:").rsplit("-", 1)[-1] for w in (after, before))
        # "the 'X' webinar series" names a programme, "the workshop 'X'" the session; "the
        # webinar 'X'" may be either, and is the session on a page that recaps one.
        is_event = after in _EVENT_SET or (before in _EVENT_SET and before not in WORKSHOP_NOUNS)
        if sessions_named and after not in _EVENT_SET and before in _SESSION_NOUNS:
            is_event = False
        phrase = match.group("q").strip()
        if len(phrase.split()) >= 2:
            found.append((phrase, is_event))
    return found


def page_series(blocks: list[Block], lang: str | None) -> tuple[str | None, bool]:
    """(series, certain?) named anywhere on the page."""
    text = "\n".join(b.text for b in blocks)
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        for phrase, is_event in quoted_names(sentence):
            if is_event:
                return phrase, False
    counts = Counter(series_candidates(text, lang))
    if not counts:
        return None, False
    order = {name: i for i, name in reversed(list(enumerate(series_candidates(text, lang))))}
    best = max(counts, key=lambda n: (counts[n], -order[n]))
    return best, counts[best] > 1
