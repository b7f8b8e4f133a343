"""More ways a page says that slides or a recording will be there: the decks teams pitch with
("Pitch decky týmů zveřejníme"), a French "support" in the singular ("Le support de formation
(PDF) sera téléchargeable"), a file added to this very page or section in any case ("doplníme
na tuto stránku", "in questa sezione"), handed over or sent by post in its long form
("przekazana pocztą elektroniczną", "par courriel"), and a list item that is a whole sentence
about it ("Les supports des intervenants seront envoyés aux participants.")."""

from __future__ import annotations

import re

# What the speakers showed, beyond "slides" and "presentations": pitch decks (a "deck" alone
# may be of cards), and the French
# "support" of a training or a talk, or one offered as a file ("le support (PDF)"). "Le support
# de la Région" is backing, not slides.
SLIDES_MORE = (
    r"pitch[- ]?deck\w*|decks(?![^\W\d_])|"
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
    r"stránk\w*|stron(?:a|ie|ę|y|ach)(?![^\W\d_])|sekc\w*|section(?:s)?(?![^\W\d_])|"
    r"sezion\w*|secci[oó]n|rubri(?:que|k|ca)\w*|abschnitt\w*|"
    r"will be added|be added|added to|ergänzt|hinzugefügt|ajout[ée]\w*|ajouter(?:ons|a|ont)|"
    r"añad\w*|agregar[áa]n?|aggiunt\w*|aggiunger\w*|dodamy|dodane|dodan[aey]|uzupełni\w*|"
    r"dopln\w*|přidá\w*|přidán\w*|"
    r"przekazan\w*|przekażemy|przekaże\w*|předá\w*|předán\w*|übermittel\w*|trasmess\w*|"
    r"trasmetter\w*|transmitid\w*|transmitir\w*|remis(?:es?)?(?![^\W\d_])|distribu\w*|"
    r"consegnat\w*|courriel|correo|posta elettronica|poczt\w*|elektronickou poštou"
)

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
