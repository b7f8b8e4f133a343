"""A file linked under a label that names only a file ("Download (PDF, 2 MB)", "Stáhnout",
"Pobierz wszystkie pliki (ZIP)") says what it holds by its name: "Folien_Mueller_Webinar.pdf"
is slides, "programa-jornada.pdf" the agenda, "prezentacje.zip" the presentations."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# "all", "files", "archive" and the packed kinds, in the pages' languages: words that say no
# more than that the link is a file or a bundle of them.
_BUNDLE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:all|every|files?|archive|alle|dateien|archiv|tous|toutes|fichiers|"
    r"todos|todas|archivos|ficheros|tutti|tutte|archivio|wszystkie|pliki|archiwum|"
    r"všechny|soubory|zip|rar|7z|tar|gz)(?![^\W\d_])",
    re.I,
)


def without_bundle_words(label: str) -> str:
    """``label`` without the words that only say it is a file or a bundle of files."""
    return _BUNDLE_WORDS.sub(" ", label)


def file_words(href: str) -> str:
    """The words of the file's name: "/docs/Folien_Mueller_Webinar.pdf" gives "Folien Mueller
    Webinar"; "" when the address names no file."""
    name = unquote(urlsplit(href).path.rsplit("/", 1)[-1])
    stem, dot, _ext = name.rpartition(".")
    return re.sub(r"[-_.+]+", " ", stem) if dot and stem else ""
