"""More ways a page says that slides or a recording will be there: the decks teams pitch with
("Pitch decky týmů zveřejníme"), a French "support" in the singular ("Le support de formation
(PDF) sera téléchargeable"), a file added to this very page or section in any case ("doplníme
na tuto stránku", "in questa sezione"), handed over or sent by post in its long form
("przekazana pocztą elektroniczną", "par courriel"), put in a members' or private area
("im Mitgliederbereich", "nell'area riservata", "w strefie członkowskiej"), uploaded ("se
subirá", "caricate", "umieścimy"), kept on more platforms or broadcast later ("PeerTube",
"diffusée en différé"), recorded in more verb forms ("se grabará", "nagrywane"), and a list
item that is a whole sentence about it ("Les supports des intervenants seront envoyés aux
participants.")."""

from __future__ import annotations

import re

from .link_cues import POINTER_MORE, RECORDING_MORE

# What the speakers showed, beyond "slides" and "presentations": pitch decks (a "deck" alone
# may be of cards), and the French
# "support" of a training or a talk, or one offered as a file ("le support (PDF)"). "Le support
# de la Région" is backing, not slides.
SLIDES_MORE = (
    r"pitch[- ]?deck\w*|decks(?![^\W\d_])|handouts?(?![^\W\d_])|"
    r"supports? (?:de |du |d['’])(?:formation|cours|pr[ée]sentation|conf[ée]rence|s[ée]ance|"
    r"l['’]atelier|l['’]intervention|l['’]intervenant\w*|la formation|la conf[ée]rence|"
    r"la s[ée]ance|la journ[ée]e|webinaire)|"
    r"(?:le|un|ce|son|leur) support\s*\((?:pdf|pptx?|odp)"
)

# Where it will be, beyond "page" and "website": this page or section in the cases the fixed
# words miss ("tuto stránku", "této sekci", "tę stronę", "questa sezione", "esta sección",
# "cette rubrique", "diesem Abschnitt"); added to it ("doplníme", "přidáme", "ergänzt",
# "ajoutés", "añadiremos", "aggiunte", "dodamy", "uzupełnimy"); handed over ("przekazana",
# "předáme", "übermittelt", "trasmesse", "remis") or sent by electronic post in its long form
# ("pocztą elektroniczną", "elektronickou poštou", "par courriel", "por correo", "per posta
# elettronica").
POINTERS_MORE = (
    # this page or section, after its demonstrative ("tuto stránku", "této sekci", "tę
    # stronę", "questa sezione", "esta sección", "cette rubrique", "diesem Abschnitt"): a
    # "Sekcja Programowa" or "the second section of the programme" is no place for a file
    r"(?:tuto|této|tato|tej|tę|ta|tą|this|that|questa|esta|este|cette|diese[mnr]?)\s+"
    r"(?:stránk\w*|stron\w*|sekc\w*|section|sezione|secci[oó]n|apartado|rubri(?:que|k)|"
    r"abschnitt|bereich|zakładk\w*)|"
    r"will be added|be added|added to|ergänzt|hinzugefügt|ajout[ée]\w*|ajouter(?:ons|a|ont)|"
    r"añad\w*|agregar[áa]n?|aggiunt\w*|aggiunger\w*|dodamy|dodane|dodan[aey]|uzupełni\w*|"
    r"dopln\w*|přidá\w*|přidán\w*|"
    r"przekazan\w*|przekażemy|przekaże\w*|předá\w*|předán\w*|übermittel\w*|trasmess\w*|"
    r"trasmetter\w*|transmitid\w*|transmitir\w*|remis(?:es?)?(?![^\W\d_])|"
    r"distribu(?:ted|ées?|és|idas?|idos|ite|iti|iremo|eremo)(?![^\W\d_])|consegnat\w*|"
    r"par courriel|por correo|per posta elettronica|pocztą|elektronickou poštou|"
    # sent, in the forms the fixed stems miss: "versenden wir", "seront communiquées", "se
    # harán llegar"
    r"versend\w*|versandt|schicken|schicke\w*|geschickt|"
    r"communiqu(?:é|ée|és|ées|erons|eront|era)(?![^\W\d_])|(?:har[áa]n?|haremos|hacer) llegar|"
    # put up for those who belong: "im Mitgliederbereich", "dans l'espace adhérents", "en el
    # área de socios", "nell'area riservata", "w strefie członkowskiej", "v členské sekci"
    r"mitglieder-?(?:bereich|portal|seite|login)\w*|"
    r"members?['’]? (?:area|section|page|portal)|espace (?:adh[ée]rents?|"
    r"membres?|abonn[ée]s|priv[ée]|r[ée]serv[ée])|[áa]rea (?:de |para )?(?:socios|privada|"
    r"reservada|de miembros|personal)|area (?:riservata|soci|membri|personale|iscritti)|"
    r"stref\w*\s+(?:dla|członk\w*|uczestnik\w*|użytkownik\w*)|"
    r"člensk\w*\s+(?:sekc|zón|část|stránk|oblast)\w*|"
    # uploaded, put up: "hochgeladen", "eingestellt", "déposés", "se subirá", "colgada",
    # "caricate", "umieścimy", "zamieścimy", "vystavíme", "nahrajeme"
    r"hochgeladen|hochlad\w*|eingestellt|einstellen|d[ée]pos[ée]e?s?(?![^\W\d_])|subir[áa]n?|"
    r"subid[oa]s?|subiremos|colgad[oa]s?|colgar\w*|caricat[oaie]|caricher\w*|umieści\w*|"
    r"umieszcz\w*|zamieści\w*|zamieszcz\w*|vystav[íi]\w*|nahraje\w*|"
    # listened to or watched later: "nachschauen", "odsłuchać", "poslechnout si", "réécouter"
    r"nachschau\w*|nachseh\w*|nachhör\w*|odsłuch\w*|posłucha\w*|poslechn\w*|réécout\w*|"
    r"volver a escuchar|riascolt\w*|listen (?:again|back|later)|"
    # kept for members only (not "open to members", said of the session itself): "for
    # members only", "réservées aux adhérents", "solo para socios", "riservate ai soci",
    # "tylko dla członków", "jen pro členy"
    r"members[- ]only|for members only|r[ée]serv[ée]e?s? (?:aux|à nos) (?:adh[ée]rents|membres)|"
    r"(?:s[oó]lo|exclusivamente) (?:para|a) (?:los )?socios|riservat[oaie] ai soci|"
    r"tylko dla członków|(?:jen|pouze) (?:pro členy|členům)|nur für mitglieder|"
    # made available or given: "a disposizione", "se facilitará", "zpřístupníme", "proposé aux
    # adhérents", "given to", "wrzucimy do sieci"
    r"a disposizione|disposici[oó]n|facilitar[áa]n?|facilitaremos|se facilita|zpřístupn\w*|"
    r"propos[ée]e?s? (?:aux|à)|given to|handed out|wrzuc\w*|do sieci|"
    # on request: "can be requested", "angefordert", "demandés", "solicitarse", "richieste",
    # "zamówić", "vyžádat", "napsat"
    r"request\w*|angefordert|anforder\w*|demand[ée]e?s?(?![^\W\d_])|solicit\w*|richiest\w*|"
    r"richieder\w*|zamówi\w*|zamawia\w*|vyžád\w*|napsat|napište"
)

# A recording by other names: a deferred broadcast ("diffusée en différé", "in differita",
# "en diferido", "zeitversetzt"); and recording in the verb forms the fixed stems miss, most
# often said of what will not be there ("no se grabará", "nie będzie nagrywane", "nebude
# nahráváno", "wir werden nicht aufzeichnen", "non registreremo").
RECORDING_WORDS_MORE = (
    r"(?:en|in) diff[ée]r[ée]|in differita|en diferido|zeitversetzt|"
    r"grabar(?:á|án|emos|la|lo)?(?![^\W\d_])|aufzeichnen|nagryw\w*|nahráv(?:án\w*|at)|"
    r"registrer(?:emo|à|anno)(?![^\W\d_])|"
    # "Obejrzyj film", "Zhlédnout celý film": the session's video by the word for a film, only
    # after a verb for watching (a film may be the talk's subject)
    r"(?:obejrzyj|obejrzeć|zobacz|přehrát|pusťte si|zhlédn\w*|shlédn\w*)\s+(?:cały\s+|"
    r"celý\s+)?film\w*"
)

# The words of link_cues and of this module together, as the link rules read them.
RECORDING_ALL = RECORDING_MORE + "|" + RECORDING_WORDS_MORE

# More platforms a session's video or sound is kept on, and more words for a talk, for "the
# talk stays on our PeerTube channel", "la charla quedará en nuestro canal de YouTube".
PLATFORMS = r"youtube|vimeo|dailymotion|mediathek|peertube|spotify|soundcloud|twitch"
SESSION_WORDS_MORE = r"charla|ponenc|conféren|rozmow|wykład|lezion|lecture|beseda|debat"

POINTERS_ALL = POINTER_MORE + "|" + POINTERS_MORE

_STARTS_WITH_FIGURE = re.compile(r"^\s*\d")


def item_statement(text: str) -> bool:
    """Whether a list item is a sentence of its own ("Le presentazioni dei relatori saranno
    pubblicate in questa pagina dopo il seminario."), not a programme line ("14:00 Slides of
    the study") or a label: four words or more, ending with a full stop or "!", not opening
    with a figure."""
    text = text.strip()
    return (
        len(text.split()) >= 4 and text.endswith((".", "!")) and not _STARTS_WITH_FIGURE.match(text)
    )
