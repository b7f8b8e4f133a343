"""Dates, start times and time zones written in page text, and which of them is the session's."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .date_cues import byline_date
from .date_owners import own_time, posted
from .day_lists import list_start
from .field_dates import labelled_above
from .recap_dates import session_in_sentence

# Why hand-written patterns and not dateparser (a dependency, used for free-form CSV dates):
# on a page the dates must be FOUND in running text, with their position, and a missing year
# must stay missing so that the page's other dates can supply it. dateparser's search_dates
# took about 150 ms a page on our example pages (these patterns: about 4 ms), turned a lone
# "2020" into 2020-12-07 (today's month and day filled in), and reads words of prose such as
# "may", "mar" or "date" as dates. The month table below covers the seven languages the
# importer is tested with (tests/test_import_page_*.py).

_MONTH_NAMES = {
    1: "january jan januar jänner janvier enero gennaio styczeń stycznia styczniu leden ledna "
    "januari janeiro",
    2: "february feb februar février fevrier febrero febbraio luty lutego lutym únor února "
    "februari fevereiro",
    3: "march mar märz maerz mars marzo marzec marca marcu březen března maart março",
    4: "april apr avril abril aprile kwiecień kwietnia kwietniu duben dubna",
    5: "may mai mayo maggio maj maja maju květen května mei maio",
    6: "june jun juni juin junio giugno czerwiec czerwca czerwcu červen června junho",
    7: "july jul juli juillet julio luglio lipiec lipca lipcu červenec července julho",
    8: "august aug août aout agosto sierpień sierpnia sierpniu srpen srpna augustus",
    9: "september sep sept septembre septiembre setiembre settembre wrzesień września "
    "wrześniu září setembro",
    10: "october oct oktober octobre octubre ottobre październik października październiku "
    "říjen října outubro",
    11: "november nov novembre noviembre listopad listopada listopadzie listopadu novembro",
    12: "december dec dezember décembre decembre diciembre dicembre grudzień grudnia grudniu "
    "prosinec prosince dezembro",
}
MONTHS: dict[str, int] = {
    word: number for number, words in _MONTH_NAMES.items() for word in words.split()
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er|e|\.|º)?"
# "7-8 May", "del 3 al 4 de noviembre", "du 3 au 4 mai", "vom 3. bis 4. Mai", "od 3 do 4 maja".
# Two days of one event are a range too: "7 and 8 May", "7 et 8 mai", "7 i 8 maja".
_RANGE = (
    r"(?:\s*[-–—/]\s*|\s+(?:al|au|bis|to|till|until|do|až|a|and|und|et|y|e|i|&)\s+|"
    r"\s+all['’]\s?)"
)
_MONTH_FIRST = re.compile(
    rf"(?<![^\W\d_])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(\d{{4}})(?!\d))?",
    re.I,
)
# "7.–8. 5. 2026", "vom 7. bis 8.5.2026", "7-8/5/2026": a range of days written in figures.
_NUMERIC_RANGE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.?{_RANGE}(\d{{1,2}})(?:\.\s?(\d{{1,2}})\.\s?|/(\d{{1,2}})/)"
    r"(\d{4})(?!\d)"
)
_NUMERIC = re.compile(
    r"(?<![\d.])(?:(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})|(\d{4})-(\d{2})-(\d{2})|"
    r"(\d{1,2})/(\d{1,2})/(\d{4}))(?![\d])"
)
# "Ve středu 9. 9.", "Mittwoch, 9.9.", "miércoles 9/9", "Mi., 9.9.": a day and month without
# a year are a date only after the day of the week (or a "Datum:" label); alone, "3. 4." may
# be anything. Short forms count only capitalised and with their dot or comma ("po", "do" and
# "ne" are words too).
_WEEKDAY_FORMS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato "
    "domenica "
    "poniedziałek poniedziałku wtorek wtorku środa środę środy czwartek czwartku piątek "
    "piątku sobota sobotę soboty niedziela niedzielę niedzieli "
    "pondělí úterý středa středu čtvrtek pátek sobotu neděle neděli"
)
_WEEKDAY_SHORT = (
    "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Mo Di Mi Do Fr Sa So Lun Mar Mer Jeu Ven Sam "
    "Dim Mié Mie Jue Vie Sáb Dom Gio Pon Wt Śr Czw Pt Sob Nd Po Út St Čt Pá Ne"
)
_DATE_LABEL = (
    r"(?<![^\W\d_])(?:datum|date|data|fecha|termin|kdy|kiedy|wann|quand|when|quando|cuándo)"
    r"\s*:"
)
_WEEKDAY = (
    r"(?<![^\W\d_])(?:(?:"
    + "|".join(sorted(set(_WEEKDAY_FORMS.split()), key=len, reverse=True))
    + r")\.?|(?-i:"
    + "|".join(sorted(set(_WEEKDAY_SHORT.split()), key=len, reverse=True))
    + r")(?=[.,])\.?)"
)
# "Du vendredi 5 au samedi 6 février": the second day of a range may carry its weekday too.
_DAY_FIRST = re.compile(
    rf"(?<![\d.])(\d{{1,2}}){_ORD}(?:{_RANGE}(?:{_WEEKDAY},?\s+)?(\d{{1,2}}){_ORD})?\s*"
    rf"(?:of\s+|de\s+)?({_MONTH_RE})(?![^\W\d_])\.?(?:,?\s*(?:de\s+)?(\d{{4}})(?!\d))?",
    re.I,
)
_DAY_MONTH = re.compile(
    rf"(?:(?:{_DATE_LABEL}\s*)?{_WEEKDAY},?|{_DATE_LABEL})"
    r"\s*(?:(?:den|dne|dnia|le|el|il|am|on)\s+)?"
    # "9. 9.", "9/9", and "13.10," without its last dot but not "9.10 Uhr", a time.
    r"(\d{1,2})(?:\.\s?(\d{1,2})(?:\.|(?=,|\s+[^\d\s]|\s*$)"
    r"(?!\s*(?:uhr|h|godz|hod|ore|horas?|hrs?)(?![^\W\d_])))|/(\d{1,2}))(?!\d)(?!/\d)",
    re.I,
)
_ZONES = (
    r"CEST|CET|MESZ|MEZ|EEST|EET|WEST|WET|BST|GMT(?:\s?[+-]\s?\d{1,2})?|"
    r"UTC(?:\s?[+-]\s?\d{1,2})?|EDT|EST|CDT|CST|PDT|PST|ET|PT|"
    r"Brussels time|Brussels Time|heure de Bruxelles|hora de Bruselas|czasu brukselskiego|"
    r"Brüsseler Zeit|bruselského času|ora di Bruxelles|"
    r"(?i:Greenwich Mean Time|British (?:Summer )?Time|UK time|London time|heure de Londres|"
    r"heure britannique|hora de Londres|czasu londyńskiego|Londoner Zeit|britischer Zeit|"
    r"londýnského času|ora di Londra)|"
    r"(?:Eastern|Central|Pacific|Mountain) (?:Standard |Daylight )?Time(?: Zone)?|"
    r"Central European (?:Summer )?Time"
)
_TIME = re.compile(
    r"(?<![\d:.,])([01]?\d|2[0-3])[:.h]([0-5]\d)(?!\d|\.\d)"
    r"(?:\s*(?:-|–|—|to|bis|à|a|do|až|until)\s*([01]?\d|2[0-3])[:.h]([0-5]\d)(?!\d))?"
    rf"(?:\s*(?:Uhr|h|godz\.?|hod\.?|hrs?\.?))?(?:\s*\(?({_ZONES})\b\)?)?"
)
_ZONE_ANYWHERE = re.compile(rf"(?<![A-Za-z])({_ZONES})(?![A-Za-z])")
_ZONE_NAMES = {
    "mez": "CET",
    "mesz": "CEST",
    "central european time": "CET",
    "central european summer time": "CEST",
    "brussels time": "Europe/Brussels",
    "heure de bruxelles": "Europe/Brussels",
    "hora de bruselas": "Europe/Brussels",
    "czasu brukselskiego": "Europe/Brussels",
    "brüsseler zeit": "Europe/Brussels",
    "bruselského času": "Europe/Brussels",
    "ora di bruxelles": "Europe/Brussels",
    # UK pages write "GMT" all year, summer (BST) included: the zone of London keeps their
    # local time right on any date, and is GMT itself in winter.
    "gmt": "Europe/London",
    "greenwich mean time": "Europe/London",
    "british time": "Europe/London",
    "british summer time": "Europe/London",
    "uk time": "Europe/London",
    "london time": "Europe/London",
    "heure de londres": "Europe/London",
    "heure britannique": "Europe/London",
    "hora de londres": "Europe/London",
    "czasu londyńskiego": "Europe/London",
    "londoner zeit": "Europe/London",
    "britischer zeit": "Europe/London",
    "londýnského času": "Europe/London",
    "ora di londra": "Europe/London",
}
_SESSION_CUE = re.compile(
    r"webinar|session|seminar|talk|meeting|lecture|took place|taking place|held|organi[sz]ed|"
    r"on behalf|veranstaltung|treffen|sitzung|séance|réunion|webinaire|sesión|reunión|"
    r"jornada|spotkani|sesj|odbył|seminari|setkání|proběhl|webinář|stattfinde|aura lieu|"
    r"a eu lieu|tendrá lugar|tuvo lugar|se konal|odbędzie|si terrà|si è tenuto|"
    # "Am 21. Januar diskutierten rund 80 Teilnehmende", "more than 90 people joined": the
    # people who came, counted in a report on the session.
    r"teilnehm|participant|partecipant|uczestni|účastní|účastník|asistentes|attendees|joined",
    re.I,
)
_START_LABEL = re.compile(
    r"(?:beginn|start|date|datum|data|fecha|when|wann|quand|kdy|termin|termín|kiedy|giorno|"
    r"date et heure|datum und uhrzeit)\s*:\s*$",
    re.I,
)
_PUBLISHED_CUE = re.compile(
    r"submitted|published|posted|updated|last modified|veröffentlicht|aktualisiert|publié|"
    r"mis à jour|publicado|actualizado|opublikowan|aktualizacj|zveřejněno|aktualizováno|"
    r"pubblicato|aggiornato|inserito|dodano|added on|erstellt am|vloženo|publikováno|©",
    re.I,
)

# "Prochain webinaire : « ... », le jeudi 16 avril", "Next session: 12 May": the day of a later
# session the page points to, not of the one it is about.
_LATER_CUE = re.compile(
    r"(?<![^\W\d_])(?:(?:next|upcoming|prochaine?s?|nächste[rsn]?|próxim[oa]s?|prossim[oa]|"
    r"następn\w*|kolejn\w*|příští\w*)\s+(?:[^\W\d_]+\s+)?(?:webinar\w*|web-seminar\w*|"
    r"webinaire\w*|webinář\w*|seminar\w*|séminaire\w*|seminář\w*|session\w*|sesión|sesj\w*|"
    r"sitzung|workshop\w*|atelier\w*|taller\w*|warsztat\w*|spotkani\w*|setkání|termin\w*|"
    r"appuntament\w*|incontr\w*|rendez-vous|rencontre\w*|encuentro\w*|réunion|reunión|"
    r"veranstaltung\w*|event\w*|évén\w*|talk\w*|charla\w*|vortrag\w*|lecture\w*|jornada\w*|"
    r"konferen\w*|conferen\w*|edition|édition|edición|edizione|episode|folge|odcinek|díl)|"
    r"save the date|à vos agendas|bitte vormerken)(?![^\W\d_])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int
    end: int
    time: dt.time
    zone: str | None


def normalise_zone(zone: str | None) -> str | None:
    if not zone:
        return None
    zone = re.sub(r"\s+", " ", zone.strip())
    key = zone.casefold()
    if key in _ZONE_NAMES:
        return _ZONE_NAMES[key]
    if key.startswith(("eastern", "central", "pacific", "mountain")) and "time" in key:
        return {
            "e": "America/New_York",
            "c": "America/Chicago",
            "p": "America/Los_Angeles",
            "m": "America/Denver",
        }[key[0]]
    return zone.replace(" ", "").upper()


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return year is None or 1900 <= year <= 2100


def find_dates(text: str) -> list[DateMention]:
    """All dates written in ``text``, in order; a range gives its first day."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, day: int, month: int, year: int | None) -> None:
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        if _valid(year, month, day):
            found.append(DateMention(start, end, day, month, year))

    for m in _NUMERIC_RANGE.finditer(text):
        day, month = int(m.group(1)), int(m.group(3) or m.group(4))
        if int(m.group(2)) > day:  # a range runs forward: "10-12.5." is no 10th of a 12th
            add(m.start(), m.end(), day, month, int(m.group(5)))
    for m in _NUMERIC.finditer(text):
        g = m.groups()
        if g[0]:
            add(m.start(), m.end(), int(g[0]), int(g[1]), int(g[2]))
        elif g[3]:
            add(m.start(), m.end(), int(g[5]), int(g[4]), int(g[3]))
        else:
            day, month = int(g[6]), int(g[7])
            if month > 12 >= day:  # written month first
                day, month = month, day
            add(m.start(), m.end(), day, month, int(g[8]))
    for m in _DAY_FIRST.finditer(text):
        year = int(m.group(4)) if m.group(4) else None
        start, day = list_start(text, m.start(), int(m.group(1)))
        add(start, m.end(), day, MONTHS[m.group(3).lower()], year)
    for m in _MONTH_FIRST.finditer(text):
        year = int(m.group(3)) if m.group(3) else None
        add(m.start(), m.end(), int(m.group(2)), MONTHS[m.group(1).lower()], year)
    for m in _DAY_MONTH.finditer(text):
        day, month = int(m.group(1)), int(m.group(2) or m.group(3))
        if m.group(3) and month > 12 >= day:  # "Thu, 10/22" is written month first
            day, month = month, day
        add(m.start(1), m.end(), day, month, None)
    found.sort(key=lambda d: d.start)
    return found


def find_times(text: str) -> list[TimeMention]:
    found = []
    for m in _TIME.finditer(text):
        found.append(
            TimeMention(
                m.start(),
                m.end(),
                dt.time(int(m.group(1)), int(m.group(2))),
                normalise_zone(m.group(5)),
            )
        )
    return found


def page_zone(text: str) -> str | None:
    """A time zone the page states anywhere ("Times are given in Eastern Time Zone")."""
    match = _ZONE_ANYWHERE.search(text)
    return normalise_zone(match.group(1)) if match else None


def _score(text: str, mention: DateMention, times: list[TimeMention]) -> int:
    before = text[max(0, mention.start - 60) : mention.start]
    # Cues count only within the date's own line and sentence.
    before = re.split(r"\n|[.!?]\s", before)[-1]
    score = 0
    if any(
        0 <= t.start - mention.end <= 30 and own_time(text, mention.end, t.start) for t in times
    ):
        score += 3
    # "W środę 18 marca 2026 r. odbyło się webinarium": the cue may follow the date too.
    after = re.split(r"\n|(?<!\sr)[.!?]\s", text[mention.end : mention.end + 60])[0]
    if _SESSION_CUE.search(before[-50:]) or _SESSION_CUE.search(after[:40]):
        score += 2
    if _START_LABEL.search(_WEEKDAY_END.sub("", before)) or labelled_above(
        text, mention.start, _WEEKDAY_BEFORE
    ):
        score += 3  # "Termin: czwartek, 3 grudnia": the label's weekday sits between them
    if is_deadline(text, mention):
        score -= 4
    if (
        _PUBLISHED_CUE.search(before)
        or posted(before)
        or byline_date(text, mention.start, mention.end)
    ):
        score -= 6
    sentence = re.split(r"\n|[.!?]\s", text[max(0, mention.start - 200) : mention.start])[-1]
    if _LATER_CUE.search(sentence):
        score -= 4
    return score


_WEEKDAY_BEFORE = re.compile(_WEEKDAY, re.I)
_WEEKDAY_END = re.compile(rf"{_WEEKDAY},?\s*$", re.I)
# "Anmeldung bis 4. September", "Zgłoszenia przyjmujemy do 30 listopada", "apply by 30 April",
# "inscriptions jusqu'au 2 mars": the last day to do something, not the day of a session.
_DEADLINE = re.compile(
    r"(?<![^\W\d_])(?:until|till|by|before|bis(?:\s+(?:zum|spätestens))?|spätestens(?:\s+am)?|"
    r"jusqu['’]au|avant le|hasta el|antes del|entro il|entro e non oltre il|fino al|"
    r"do(?:\s+dnia)?|nejpozději do)\s*$",
    re.I,
)


def is_deadline(text: str, mention: DateMention) -> bool:
    """Whether the date in ``text`` is a deadline: a word for "until" right before it."""
    return _DEADLINE.search(text[max(0, mention.start - 40) : mention.start]) is not None


@dataclass(frozen=True, slots=True)
class SessionWhen:
    date: dt.date | None
    time: dt.time | None
    zone: str | None
    uncertain: bool


# "© 2022 Network", "© Network 2022", "Copyright 2019-2022": the last year of the line.
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)[^\n\d]{0,80}(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})(?!\d)",
    re.I,
)
_HEADING_YEAR = re.compile(
    r"^[ \t]*[^\W\d_][^\W\d]*(?:[ \t]+[^\W\d]+){0,2}[ \t]+((?:19|20)\d{2})[ \t]*$", re.M
)
_URL_YEAR = re.compile(r"(?<=[/_-])((?:19|20)\d{2})(?=[/_-]|\.html?$|$)")


def page_year(text: str, addresses: list[str | None] | None = None) -> int | None:
    """A year the page states without a date: its address ("/events/2023/...") or, failing
    that, its copyright line ("© 2022 ...") or a heading of a few words ending in the year.
    The address is about the page itself; a copyright year can run on for years, so it comes
    second."""
    for address in addresses or []:
        if address and address.lower().startswith(("http://", "https://")):
            found = _URL_YEAR.findall(address.split("?")[0].split("#")[0])
            if len(set(found)) == 1:
                return int(found[0])
    found = _COPYRIGHT_YEAR.findall(text)
    if found:
        return int(found[-1])
    # "Calendario incontri 2026", "Veranstaltungen 2025": a short heading over the page's
    # days, the year they are in.
    headed = set(_HEADING_YEAR.findall(text))
    return int(headed.pop()) if len(headed) == 1 else None


def _closest_year(day: DateMention, dated: DateMention) -> int | None:
    """The year that puts ``day`` nearest to the page's ``dated`` mention: "Posted 8 January
    2027 ... On 10 December we met" is 10 December 2026, a month before, not eleven after."""
    if dated.year is None:
        return None
    anchor = dt.date(dated.year, dated.month, dated.day)
    years = [
        y for y in (dated.year - 1, dated.year, dated.year + 1) if _valid(y, day.month, day.day)
    ]
    return min(
        years, key=lambda y: (abs((dt.date(y, day.month, day.day) - anchor).days), y != dated.year)
    )


def session_when(
    text: str, page_text: str | None = None, known_year: int | None = None
) -> SessionWhen:
    """The session's date, start time and zone in ``text``.

    A date without a year takes the year of the nearest date that has one on the page
    (``page_text``, by default ``text``), else ``known_year`` (see ``page_year``); with no year
    anywhere it stays unknown.
    """
    page = page_text if page_text is not None else text
    mentions = find_dates(text)
    times = find_times(text)
    if not mentions:
        # A programme entry ("8:45 | Plenary") starts at the time it opens with.
        opening = times[0].time if times and times[0].start <= 3 else None
        opening_zone = times[0].zone if opening and times[0].zone else page_zone(page)
        return SessionWhen(None, opening, opening_zone, False)
    ranked = sorted(mentions, key=lambda m: (-_score(text, m, times), m.start))
    best = session_in_sentence(text, ranked, _WEEKDAY_BEFORE)
    uncertain = len({(m.day, m.month, m.year) for m in mentions}) > 1
    year = best.year
    if year is None:
        dated = [m for m in find_dates(page) if m.year is not None]
        if dated:
            offset = page.find(text[best.start : best.end]) if page is not text else best.start
            nearest = min(dated, key=lambda m: abs(m.start - offset))
            year = _closest_year(best, nearest)
        else:
            year = known_year if known_year is not None else page_year(page)
        uncertain = True
    date = dt.date(year, best.month, best.day) if year is not None else None
    start: dt.time | None = None
    zone: str | None = None
    following = [t for t in times if 0 <= t.start - best.end <= 30]
    if following:
        start, zone = following[0].time, following[0].zone
    return SessionWhen(date, start, zone or page_zone(page), uncertain)
