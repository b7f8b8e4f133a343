"""QR codes of the links a brief prints: the URL as plain ASCII, its modules, and a flowable that
draws them as one vector path."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .qr_encoder import qr_modules

# The characters a URL may keep as they are; everything else (spaces, raw UTF-8) is
# percent-encoded so that QR payloads are plain ASCII any phone can open.
QR_SAFE = ":/?#[]@!$&'()*+,;=%"
QR_MAX_PAYLOAD = 400


def qr_payload(url: str) -> str:
    """The URL as it goes into a QR code: percent-encoded, ASCII only, reserved characters kept."""
    return quote(url, safe=QR_SAFE)


@lru_cache(maxsize=512)
def qr_matrix(payload: str) -> tuple[bytes, ...]:
    """QR modules of ``payload`` (error correction M, no quiet zone; one byte per module, 1 for
    dark; see :mod:`.qr_encoder`), cached by payload: agenda and series links repeat across the
    sessions of a booklet."""
    return qr_modules(payload)


def _qr_path(matrix: tuple[bytes, ...]) -> str:
    """The dark modules of ``matrix`` as PDF path operators in module units, one rectangle per
    horizontal run: formatting thousands of floats through the canvas' path API was the slow
    part of drawing a code."""
    count = len(matrix)
    ops = [
        f"{run.start()} {count - 1 - row_index} {run.end() - run.start()} 1 re"
        for row_index, row in enumerate(matrix)
        for run in _DARK_RUN.finditer(row)
    ]
    return "\n".join(ops) + "\nf"


_DARK_RUN = re.compile(rb"\x01+")


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code with a two-module quiet zone, drawn as one path of horizontal runs."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        module = self.width / (len(self.matrix) + 4)
        canv = self.canv
        canv.saveState()
        canv.translate(2 * module, 2 * module)
        canv.scale(module, module)
        canv.setFillColor(colors.black)
        canv.addLiteral(_qr_path(self.matrix))
        canv.restoreState()
