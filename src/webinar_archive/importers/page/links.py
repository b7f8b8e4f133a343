"""Links a page gives (or only names) to a recording, slides, an agenda or more information."""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin, urlsplit

from webinar_archive.domain.model import LinkDraft, LinkKind
from webinar_archive.domain.text import fold

from . import said_links as sl
from .absence_scope import clauses
from .blocks import HEADING, ITEM, Anchor, Block
from .file_names import file_words, without_bundle_words
from .link_cues import running_order, sentences
from .link_scope import anchor_sentence, without_publication_schedules
from .names import HONORIFIC_START, name_runs
from .watching import WATCH_ALONE

_KIND_WORDS: tuple[tuple[LinkKind, str], ...] = (
    (
        LinkKind.RECORDING,
        # A video conference, call or chat is how the session is held, not its recording.
        r"(?:video|vidéo|v[ií]deo|wideo)(?!\s?-?\s?(?:conf|konf|call|chat))|"
        r"record(?:ing|ings|ed)|replay|re-watch|rewatch|audio|on[- ]demand|" + WATCH_ALONE + "|"
        r"podcast|aufzeichnung|aufgezeichnet|mitschnitt|mitgeschnitten|enregistr|rediffusion|"
        r"revoir|grabaci[oó]n|grabad|volver a ver|nagrani|nagrany|záznam|zaznamenan|"
        # "Watch again" in the other languages.
        r"vuelv[ae] a ver|ver de nuevo|guarda di nuovo|obejrzyj (?:ponownie|jeszcze raz)|"
        r"podívejte se (?:znovu|ještě jednou)|"
        r"(?:noch ?mal|nochmals|erneut) (?:an)?(?:sehen|schauen)|"
        # "ha registrato oltre 300 iscritti" counts people, it records nothing.
        r"nahrávk|nahrán|registrazion|rivedi|"
        r"registrat[oaie](?![^\W\d_])(?!\s+(?:oltre\s+|più\s+di\s+|circa\s+|quasi\s+)?\d)|"
        + sl.RECORDING_ALL,
    ),
    (
        LinkKind.PRESENTATIONS,
        r"slides?|slide deck|presentations?|präsentation|folien|vortragsfolien|diapositiv|"
        r"diaporama|présentation|presentaci[oó]n|prezentacj|prezentac|presentazion|slajd|"
        # What the speakers showed, in French their "supports": "Les supports seront mis en
        # ligne". ("Materials", "Materiały szkoleniowe", are not slides by themselves.)
        r"(?:les|des|vos|nos|leurs|ses) supports|supports? (?:de présentation|des interven)|"
        r"vortragsunterlagen|" + sl.SLIDES_MORE,
    ),
    (
        LinkKind.AGENDA,
        r"agenda|programme|program|programm|tagesordnung|ordre du jour|orden del d[ií]a|"
        r"porządek|harmonogram|programa|programma|ordine del giorno|pořad|"
        # An event's programme, not a funding one ("Förderprogramm").
        r"(?:gesamt|tagungs|veranstaltungs|konferenz|kongress|seminar|webinar)programm",
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
# Words saying that the thing a sentence names can be had: where it is, that it is available,
# downloadable, published, sent or given on request, that one can watch or find it. Whole
# words first (short ones would start too many others), then stems that take any ending
# ("dostępne", "do pobrania", "disponibile", "verfügbar", "téléchargeable", "najdete").
_POINTER_WORDS = (
    "here below online link see view access click sent send request page website e-mail "
    "email mail posted uploaded "
    "hier unten sehen anfrage seite webseite "
    "ici voir ci-dessous demande ligne "
    "aquí ver verse abajo solicitud página línea web "
    "qui sotto seguito vedere richiesta pagina sito "
    "tutaj poniżej stronie internecie "
    "zde tady níže žádost webu stránkách e-mailem mailem"
)
_POINTER_STEMS = (
    r"availab|download|watch|find|found(?!ation)|publish|channel|intranet|attach|youtube|vimeo|"
    r"consult(?:a|e|er|ez|are|ate)(?![^\W\d_])|bereit(?:gestellt)?(?![^\W\d_])|"
    r"verfügbar|verfügung|abrufbar|erhältlich|herunterlad|ansehen|anschau|"
    r"veröffentlich|zugesandt|zugeschickt|verschickt|mediathek|kanal|"
    r"disponib|accessib|télécharg|publié|envoy|transmis|chaîne|retrouv|visionn|"
    r"descarg|publicad|publicar|envia[dr]|enviará|canal|"
    r"scaric|pubblicat|pubblicher|inviat|allegat|guarda|trova|"
    r"dostępn|udostępn|pobra|pobier|obejrz|zobacz|znajd|przesła|wysła|opublikow|załącz|kanał|"
    r"dispozic|stažení|stáhn|najdete|najdou|zhlédn|shlédn|zveřejn|zaslán|zaslan|odeslán|"
    r"příloz|přístupn|dostupn|kanál|"
    # Shared with those who registered: "will be shared", "partagé", "condivis", "sdílen".
    r"shared|geteilt|partag|compartid|condivis|sdílen|"
    # Those who took part receive it: "erhalten alle Teilnehmenden per E-Mail".
    r"receiv|erhalt|erhält|bekomm|recev|reçoi|recib|ricev|otrzym|dostan|obdrž|"
    # Announced for later: "Eine Aufzeichnung folgt", "Le replay suivra prochainement".
    r"will follow|to follow|folgt(?![^\W\d_])|nachgereicht|demnächst|in kürze|"
    r"suivr(?:a|ont)(?![^\W\d_])|prochainement|bientôt|ultérieurement|"
    r"seguir[aá](?![^\W\d_])|seguiranno|próximamente|más adelante|prossimamente|a breve|"
    r"wkrótce|później|brzy(?![^\W\d_])|později|následně|" + sl.POINTERS_ALL
)
_POINTER = re.compile(
    r"(?<![^\W\d_])(?:(?:"
    + "|".join(re.escape(word) for word in _POINTER_WORDS.split())
    + rf")(?![^\W\d_])|(?:{_POINTER_STEMS}))",
    re.I,
)
# "not available", "keine Aufzeichnung", "pas de replay", "nie jest dostępne": a thing said
# to be absent. Only the two words after the negation count: "No problem: the recording is
# available here" says that it is there.
_NEGATION = re.compile(
    r"(?<![^\W\d_])(?:not|no|won't|isn't|aren't|nicht|kein|keine|pas|non|nie|není|nebude|"
    r"nebudou|nejsou)(?![^\W\d_])((?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){1,2})",
    re.I,
)
# "The webinar is now on our YouTube channel": the session itself on a video platform is its
# recording; "Follow us on YouTube" or "Subscribe to our channel for more webinars" is not.
_ON_PLATFORM = re.compile(rf"(?<![^\W\d_])(?:{sl.PLATFORMS})", re.I)
_SESSION_WORD = re.compile(
    r"(?<![^\W\d_])(?:webin|semin|sémin|session|sesi[oó]n|séance|sitzung|veranstaltung|jornada|"
    rf"convegno|tagung|incontro|{sl.SESSION_WORDS_MORE}|"
    r"workshop|taller|atelier|spotkani|talk|vortrag|konferen|conferen|přednášk)",
    re.I,
)
_FOLLOW = re.compile(
    r"(?<![^\W\d_])(?:follow|subscribe|abonn|folg|suscr|segui|iscriv|obserwuj|subskryb|"
    r"sleduj|odebír)",
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
# A file labelled by the talks it holds ("Télécharger les supports", "Vorträge als PDF",
# "Descargar las ponencias") is what the speakers showed. Only a link's own label counts, and
# only for a file or a download: "the talk will be recorded" names no slides.
_TALKS = re.compile(
    r"(?<![^\W\d_])(?:supports?|vortr[aä]g\w*|vortraege|referat\w*|ponencias?|"
    r"intervenciones|interventions?|interventi|relazion[ie]|wystąpie\w*|"
    r"přednášk\w*|prezentace)(?![^\W\d_])",
    re.I,
)
_DOWNLOAD = re.compile(
    r"download|herunterlad|télécharg|descarg|scaric|pobierz|pobrania|stáhn|stažení|"
    r"(?<![^\W\d_])pdf(?![^\W\d_])",
    re.I,
)
_FILE = re.compile(r"\.(?:pdf|pptx?|odp|key|docx?|odt|zip)(?:$|[?#])", re.I)
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
    r"\s*[(\[][^()\[\]]*(?:\b(?:pdf|pptx?|odp|docx?|mp4|mp3|webm)\b|\d\s*[kMG](?:i?B|o))[^()\[\]]*[)\]]"
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


# "Programme Director", "directrice de programme", "kierownik programu", "Programmleiterin":
# a position held in a programme of work, not a programme of the session.
_PROGRAMME_WORD = r"(?:programme|program|programm|programa|programma)[^\W\d_]*"
_PROGRAMME_POSITION = re.compile(
    rf"(?<![^\W\d_])(?:{_PROGRAMME_WORD}\s+(?:director|manager|officer|coordinator|lead|"
    r"leader|head|adviser|advisor|assistant|specialist|committee|board|team)|"
    r"(?:director[a]?|directeur|directrice|direttore|direttrice|dyrektor(?:ka)?|ředitel(?:ka)?|"
    r"manager|officer|coordinator|coordinat(?:eur|rice|ore)|coordinador[a]?|koordynator(?:ka)?|"
    r"koordinátor(?:ka)?|head|leader|responsable|responsabile|chargée?|kierownik|kierowniczka|"
    r"vedoucí|leiter(?:in)?)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+)?|du\s+|des\s+|del\s+|"
    rf"dei\s+|della\s+|des\s+|dell['’]\s*)?{_PROGRAMME_WORD}|"
    r"programm(?:leiter|direktor|manager|referent|koordinator)[^\W\d_]*)(?![^\W\d_])",
    re.I,
)

# "Ajouter à mon agenda", "Add to calendar", "In den Kalender eintragen": a button that puts
# the session into the reader's own calendar (an .ics file), not the session's agenda.
_OWN_CALENDAR = re.compile(
    r"(?<![^\W\d_])(?:add|save|ajouter|enregistrer|añadir|agregar|aggiungi|salva|dodaj|"
    r"zapisz|přidat|uložit|eintragen|hinzufügen|speichern)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:calendar|agenda|calendrier|calendario|kalendarz\w*|kalendář\w*|kalender)(?![^\W\d_])|"
    r"(?<![^\W\d_])(?:in\s+(?:den|meinen|ihren)\s+kalender(?:\s+\w+)?|"
    r"(?:ical|icalendar|outlook|google calendar)(?![^\W\d_]))",
    re.I,
)
_ICS = re.compile(r"\.ics(?:$|[?#])|/ics(?:/|$)|[?&]format=ics|webcal:", re.I)


def _without_false_agendas(text: str) -> str:
    text = without_publication_schedules(text)
    return _OWN_CALENDAR.sub(" ", _PROGRAMME_POSITION.sub(" ", text))


def _kind_in(text: str) -> LinkKind | None:
    text = _without_false_agendas(text)
    for kind, pattern in _KIND_RES:
        if pattern.search(text):
            return kind
    return None


# "Registrati all'incontro", "Register now", "Zur Anmeldung", a form at ".../register/...":
# where one signs up for the session, not its recording ("registrati" is both in Italian).
_SIGN_UP = re.compile(
    r"^\W*(?:register|registrati|regístrate|registrarse|iscriviti|sign up|book|"
    r"zur anmeldung|anmelden|inscri|zapisz|přihlas)(?![^\W\d_])",
    re.I,
)
_SIGN_UP_ADDRESS = re.compile(r"/(?:register|registration|signup|sign-up)(?:[/?#]|$)", re.I)


# A channel, profile or playlist on a video platform holds many videos: it is this session's
# recording only when the line says so ("Záznam najdete na našem kanálu"), not in "Folgen
# Sie uns auf YouTube".
_CHANNEL = re.compile(
    r"youtube\.com/(?:@|c/|channel/|user/|playlist)|vimeo\.com/(?:channels/|user|showcase/|"
    r"album/)|dailymotion\.com/(?!video/)",
    re.I,
)


# Watching or seeing, in the pages' languages: on a channel's line with a word for the session
# ("you can watch the session later on our channel", "podrás ver la sesión en nuestro canal de
# YouTube", "die Veranstaltung später auf unserem Kanal ansehen"), the channel holds its
# recording.
_WATCH = re.compile(
    r"(?<![^\W\d_])(?:watch\w*|view\w*|see|seen|ver|verla|verlo|sehen|ansehen|anschauen|"
    r"angesehen|angeschaut|regarder|voir|visionner|guardare|guardarla|guardarlo|vedere|"
    r"rivedere|obejrze\w*|zobaczy\w*|oglądać|podívat|zhlédn\w*|shlédn\w*|pustit)(?![^\W\d_])",
    re.I,
)


def classify(label: str, href: str, context: str = "") -> LinkKind:
    """What a link with this label, address and surrounding sentence points at."""
    if _VIDEO_HOSTS.search(href) and not _CHANNEL.search(href):
        return LinkKind.RECORDING
    if _CHANNEL.search(href) and _FOLLOW.search(f"{label} {context}"):
        return LinkKind.OTHER
    if _CHANNEL.search(href) and _WATCH.search(context) and _SESSION_WORD.search(context):
        return LinkKind.RECORDING  # "podrás ver la sesión después en nuestro canal"
    if _SIGN_UP.search(label) or _SIGN_UP_ADDRESS.search(urlsplit(href).path):
        return LinkKind.OTHER
    if _ICS.search(href):
        return LinkKind.OTHER  # a calendar entry for the reader's own calendar
    if _SLIDE_HOSTS.search(href):
        return LinkKind.PRESENTATIONS
    kind = _kind_in(label)
    if kind is None and _TALKS.search(label) and (_FILE.search(href) or _DOWNLOAD.search(label)):
        return LinkKind.PRESENTATIONS
    if kind is None and _DOCUMENT.search(href) and running_order(label):
        return LinkKind.AGENDA
    if kind is None and _DOCUMENT.search(href) and _starts_with_name(label):
        # A document linked under a speaker's name is what that speaker showed, whatever
        # the other links of its line are.
        return LinkKind.PRESENTATIONS
    kind = kind or _kind_in(context)
    if kind is None and _FILE.search(href) and _only_file_words(without_bundle_words(label)):
        kind = _kind_in(file_words(href))  # "Download (PDF)" of "Folien_Mueller.pdf"
    return kind or LinkKind.OTHER


def _speakers_file(label: str, href: str, line: str) -> bool:
    """ "Anna Weber, ADEME (PDF)": a file offered on a speaker's own line, under a label that
    names only the file, is what that speaker showed."""
    return bool(
        _DOCUMENT.search(href)
        and _only_file_words(label)
        and _starts_with_name(line)
        and _kind_in(line) is None
    )


# Words a label uses to name a file rather than what is in it ("PDF, 2 Mo", "Datei").
_FILE_WORDS = frozenset([
    "pdf", "pptx", "ppt", "odp", "key", "doc", "docx", "file", "datei", "fichier", "archivo",
    "plik", "soubor", "kb", "mb", "ko", "mo",
])  # fmt: skip


def _only_file_words(label: str) -> bool:
    """ "PDF", "Download (2 MB)", "hier": a label naming only a file or nothing at all."""
    words = re.findall(r"[^\W\d_]+", fold(label))
    return all(word in _FILE_WORDS or word in _GENERIC_WORDS for word in words)


def _starts_with_name(text: str) -> bool:
    """ "Jana Konečná", "Pr Hélène Mercier", "doc. Ing. Jana Konečná, Ph.D.": a person's
    name first, titles in front of it aside."""
    text = text.strip()
    # A title opening a link is written as in a sentence or capitalised ("dott.ssa", "Dott.ssa").
    text = HONORIFIC_START.sub("", text, count=1)
    text = HONORIFIC_START.sub("", text[:1].upper() + text[1:], count=1)
    runs = name_runs(text)
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
    if text and not is_generic(text) and _kind_in(text) is None and not _only_file_words(text):
        return f"{name}: {text}" if kind in _TARGET_KINDS else text
    if text and not is_generic(text) and not _only_kind_words(text) and not _only_file_words(text):
        return text
    rest = _SIZE_NOTE.sub("", " ".join(around.replace(text, " ", 1).split()) if text else around)
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)  # "Anna Weber (PDF)" without its link
    rest = " ".join(rest.split()).strip(" :-–—·|,;")
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


# The forms a page's "share" buttons open on a social network or messenger: they post the page
# itself somewhere, and are never a recording, slides or anything else of the session's.
_SHARE_FORM = re.compile(
    r"^(?:[\w-]+\.)*(?:"
    r"facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))"
    r"|(?:twitter|x)\.com/(?:intent/|share(?:[/?#]|$)|home/?\?status=)"
    r"|linkedin\.com/(?:sharing/|shareArticle|cws/share)"
    r"|(?:api|web)\.whatsapp\.com/send|wa\.me/?(?:\?|$)"
    r"|(?:t|telegram)\.me/share"
    r"|xing\.com/(?:spi/shares|social/share|app/user\?op=share)"
    r"|reddit\.com/submit|pinterest\.[a-z.]+/pin/create|bsky\.app/intent/"
    r"|vk\.com/share\.php|tumblr\.com/(?:share|widgets/share)"
    r")",
    re.I,
)


def is_share_form(url: str | None) -> bool:
    """Whether ``url`` only shares the page on a social network ("Share on Facebook")."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    if parts.scheme.lower() == "whatsapp":
        return True
    rest = (parts.netloc + parts.path + ("?" + parts.query if parts.query else "")).lower()
    return bool(_SHARE_FORM.match(rest))


def _mentions(text: str) -> list[LinkKind]:
    """The kinds of link the text says are there, even without an address, in page order.

    Each sentence counts on its own ("The agenda is online. Slides will follow by e-mail."),
    and every kind a sentence names counts ("Slides and recording are available below").
    """
    found: list[LinkKind] = []
    for sentence in sentences(text):
        for kind in _kinds_said(sentence):
            if kind not in found:
                found.append(kind)
    return found


def _kinds_said(sentence: str) -> list[LinkKind]:
    sentence = _without_false_agendas(sentence)
    kinds = [kind for kind, pattern in _KIND_RES if pattern.search(sentence)]
    if (
        LinkKind.RECORDING not in kinds
        and _ON_PLATFORM.search(sentence)
        and _SESSION_WORD.search(sentence)
        and not _FOLLOW.search(sentence)
    ):
        kinds.insert(0, LinkKind.RECORDING)
    if not kinds:
        return []
    targets = [kind for kind in kinds if kind in _TARGET_KINDS]
    more = [LinkKind.MORE_INFO] if LinkKind.MORE_INFO in kinds and not targets else []
    if targets and _said_absent(sentence) and len(parts := clauses(sentence)) > 1:
        return list(dict.fromkeys(k for part in parts for k in _kinds_said(part))) or more
    if not targets or _said_absent(sentence):
        return more
    if _POINTER.search(sentence):
        return targets
    # "Slides shown during the webinar:" introduces a list of files; a programme printed
    # below its heading is the agenda itself, so a colon alone does not make an agenda link.
    if sentence.rstrip().endswith(":"):
        return [kind for kind in targets if kind != LinkKind.AGENDA] or more
    # A short line that is a link's own label ("Revoir le webinaire", "Slides"): a button
    # or a link whose address the copy lost. An "Agenda" or "Programme" line heads a
    # programme printed on the page instead, and a line naming a person is an agenda item.
    if _is_label_line(sentence):
        return [kind for kind in targets if kind != LinkKind.AGENDA] or more
    return more


def _own_text(block: Block, anchor: Anchor) -> str:
    """The block's text without the words of its other links."""
    text = block.text
    for other in block.anchors:
        if other is not anchor and other.text.strip():
            text = text.replace(other.text, " ", 1)
    return text


def _said_alone(block: Block, kind: LinkKind) -> bool:
    """Whether a sentence of ``block`` without any of its links' words says ``kind`` is there."""
    text = block.text
    for anchor in block.anchors:
        if anchor.text.strip():
            text = text.replace(anchor.text, " ", 1)
    return any(kind in _kinds_said(s) for s in sentences(text))


def _said_absent(sentence: str) -> bool:
    for match in _NEGATION.finditer(sentence):
        after = match.group(1)
        if _POINTER.search(after) or any(pattern.search(after) for _k, pattern in _KIND_RES):
            return True
    return False


def _is_label_line(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    if not 1 <= len(words) <= 5 or re.search(r"\d", text) or name_runs(text):
        return False
    return any(pattern.match(text.strip()) for _kind, pattern in _KIND_RES)


# "Related news", "Autres actualités", "Weitere Termine", "Zobacz także": a heading over links
# to other pages of the site, whose recordings and programmes are not this session's.
_ELSEWHERE = re.compile(
    r"(?<![^\W\d_])(?:related|see also|you may also|more (?:in this series|news|events)|"
    r"other (?:events|news|sessions|webinars)|à voir aussi|voir aussi|"
    r"autres (?:actualités|actus|événements|évènements|webinaires|articles|rendez-vous)|"
    r"weitere (?:termine|veranstaltungen|nachrichten|meldungen|artikel)|"
    r"das könnte sie auch interessieren|también te puede interesar|"
    r"otr[oa]s (?:jornadas|noticias|eventos|actividades|webinarios)|"
    r"altr[ie] (?:eventi|notizie|incontri|articoli)|potrebbe interessarti|"
    r"zobacz (?:też|także)|inne (?:wydarzenia|aktualności|szkolenia)|"
    r"další (?:akce|aktuality|semináře|zprávy)|související)(?![^\W\d_])",
    re.I,
)


def leads_elsewhere(heading: str) -> bool:
    """ "Related news", "Weitere Termine der Reihe": a heading over other pages of the site."""
    return len(heading) <= 60 and bool(_ELSEWHERE.search(heading))


def find_links(blocks: list[Block], base_url: str | None = None) -> list[LinkDraft]:
    links: list[LinkDraft] = []
    seen: set[tuple[LinkKind, str | None]] = set()
    intro = ""
    elsewhere: int | None = None  # level of a "Related news" heading the blocks are under

    def add(kind: LinkKind, url: str | None, label: str) -> None:
        key = (kind, url)
        if key in seen or (url is None and any(k == kind for k, _ in seen)):
            return
        seen.add(key)
        links.append(LinkDraft(kind=kind, url=url, label=label[:200]))

    for block in blocks:
        if block.kind == HEADING:
            if elsewhere is not None and (not block.level or block.level <= elsewhere):
                elsewhere = None
            if leads_elsewhere(block.text):
                elsewhere = block.level or 6
                continue
        if elsewhere is not None:
            for anchor in block.anchors:
                url = urljoin(base_url, anchor.href) if base_url else anchor.href
                add(LinkKind.OTHER, url, link_label(LinkKind.OTHER, anchor.text, url))
            continue
        context = block.text
        if block.kind == ITEM and intro:
            context = f"{intro} {block.text}"
        linked: set[LinkKind] = set()
        for anchor in block.anchors:
            url = urljoin(base_url, anchor.href) if base_url else anchor.href
            # The words of the other links in the line belong to them, not to this one:
            # "Watch again | Hannah Weiss | Programme" are three links of three kinds.
            own = context
            for other in block.anchors:
                if other is not anchor and other.text.strip():
                    own = own.replace(other.text, " ", 1)
            kind = classify(anchor.text, url, anchor_sentence(own, anchor.text))
            if kind == LinkKind.OTHER and _speakers_file(
                anchor.text, url, _own_text(block, anchor)
            ):
                kind = LinkKind.PRESENTATIONS
            if kind == LinkKind.OTHER and _PDF.search(url) and block.kind == ITEM:
                kind = next(iter(_mentions(intro)), kind)
            linked.add(kind)
            add(kind, url, link_label(kind, anchor.text, url, block.text))
        if block.kind != ITEM or sl.item_statement(block.text):
            said = (
                _mentions(block.text) if block.kind != HEADING or block.text.endswith(":") else []
            )
            # "Programm als PDF (link). Die Vortragsfolien werden ... veröffentlicht.": a kind
            # the line's own links do not give is still said to be there.
            for kind in said:
                if not block.anchors or (
                    kind in _TARGET_KINDS and kind not in linked and _said_alone(block, kind)
                ):
                    add(kind, None, block.text)
            if block.kind != ITEM:
                intro = block.text if block.text.endswith(":") or len(block.text) < 60 else ""
    # A sentence that only announced the links listed under it adds nothing once they are in.
    with_url = {link.kind for link in links if link.url}
    return [link for link in links if link.url or link.kind not in with_url]


_AGENDA_RE = dict(_KIND_RES)[LinkKind.AGENDA]


def programme_links(anchors: list[Anchor], base_url: str | None = None) -> list[LinkDraft]:
    """The event's programme as a document in a sidebar ("Programme complet des Rencontres
    (PDF)", "Pełny program forum"): the agenda of every session it lists. Other sidebar
    links (related events, their recordings and slides) belong to other pages."""
    found: list[LinkDraft] = []
    for anchor in anchors:
        url = urljoin(base_url, anchor.href) if base_url else anchor.href
        if not (_DOCUMENT.search(urlsplit(url).path) and _AGENDA_RE.search(anchor.text)):
            continue
        if _kind_in(anchor.text) != LinkKind.AGENDA or any(link.url == url for link in found):
            continue
        found.append(
            LinkDraft(
                kind=LinkKind.AGENDA,
                url=url,
                label=link_label(LinkKind.AGENDA, anchor.text, url)[:200],
            )
        )
    # "Programme 2024 (PDF)", "Programme 2025 (PDF)": a list of programmes is an archive of
    # past events, none of them known to be this session's.
    return found if len(found) == 1 else []


def intro_programme(blocks: list[Block], base_url: str | None = None) -> list[LinkDraft]:
    """The series' or event's programme linked as a document above the first of the sessions
    a page lists ("Download the series programme (PDF)"): the agenda of each of them."""
    return [
        link
        for link in find_links(blocks, base_url)
        if link.kind == LinkKind.AGENDA and link.url and _DOCUMENT.search(urlsplit(link.url).path)
    ]
