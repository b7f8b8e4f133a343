"""QR codes of the links a brief prints: the URL as plain ASCII, its modules, and a flowable that
draws them as one vector path."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.platypus import Flowable

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
    dark), cached by payload: agenda and series links repeat across sessions.

    The mask is fixed: choosing the best of eight by penalty score is only a recommendation of
    the standard and costs seven more encodings, which dominated the time of a whole brief.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(bytes(1 if cell else 0 for cell in row) for row in code.get_matrix())


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code with a two-module quiet zone, drawn as one path of horizontal runs."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.matrix)
        ops: list[str] = []
        # Integer module coordinates, one "re" per horizontal run, written as raw path
        # operators: formatting thousands of floats through the path API was the slow part.
        for row_index, row in enumerate(self.matrix):
            y = count - 1 - row_index
            col = 0
            while col < count:
                if row[col]:
                    start = col
                    while col < count and row[col]:
                        col += 1
                    ops.append(f"{start} {y} {col - start} 1 re")
                else:
                    col += 1
        module = self.width / (count + 4)
        canv = self.canv
        canv.saveState()
        canv.translate(2 * module, 2 * module)
        canv.scale(module, module)
        canv.setFillColor(colors.black)
        canv.addLiteral("\n".join(ops) + "\nf")
        canv.restoreState()
