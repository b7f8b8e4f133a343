"""The briefs' QR encoder makes the symbol the ``qrcode`` package makes, module for module."""

from __future__ import annotations

import random
import string

import pytest
import qrcode
from qrcode import util
from qrcode.constants import ERROR_CORRECT_M

from webinar_archive.export.qr import qr_matrix, qr_payload
from webinar_archive.export.qr_encoder import MASK, PayloadTooLong, qr_modules


def _reference(data: str) -> tuple[bytes, ...]:
    """``qrcode``'s symbol of ``data`` (its default segmenting) with our level and mask."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASK)
    code.add_data(data)
    code.make(fit=True)
    return tuple(bytes(1 if cell else 0 for cell in row) for row in code.get_matrix())


def _longest_bytes_payload(version: int) -> str:
    """Lower-case letters (byte mode) filling ``version`` at level M to the last codeword."""
    capacity = util.BIT_LIMIT_TABLE[ERROR_CORRECT_M][version]  # data bits, from qrcode
    count_bits = 8 if version < 10 else 16
    length = (capacity - 4 - count_bits) // 8
    return "".join(string.ascii_lowercase[i % 26] for i in range(length))


@pytest.mark.parametrize("version", range(1, 41))
def test_every_version_is_the_reference_symbol(version: int) -> None:
    """At each of the 40 sizes, filled to its last codeword: the function patterns, the
    version and format information, the Reed-Solomon blocks and their interleaving all agree."""
    payload = _longest_bytes_payload(version)
    ours = qr_modules(payload)
    assert len(ours) == 4 * version + 17
    assert ours == _reference(payload)
    # One byte more no longer fits this version.
    if version < 40:
        assert len(qr_modules(payload + "x")) == 4 * (version + 1) + 17
    else:
        with pytest.raises(PayloadTooLong):
            qr_modules(payload + "x")


@pytest.mark.parametrize(
    "payload",
    [
        "a",
        "7",
        "12345678901234567890",  # short and all digits: one numeric segment
        "HTTPS://EXAMPLE.ORG/",  # short and alphanumeric
        qr_payload("https://example.org/zażółć gęślą?q=a&b=ü#frag"),  # long %XX runs
        "https://example.org/archive?id=" + "1234567890" * 4 + "&x=y",  # a long digit run
        "https://example.org/" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0" * 25 + "/end",
        qr_payload("https://www.interregeurope.eu/events/s3-international-cooperation?s=12"),
    ],
)
def test_mixed_segments_are_the_reference_symbol(payload: str) -> None:
    """Runs of 20 digits or upper-case letters get their denser segment as in ``qrcode``."""
    assert qr_modules(payload) == _reference(payload)


def test_random_urls_are_the_reference_symbol() -> None:
    alphabet = string.ascii_letters + string.digits + "/:%.-_?&=#"
    rng = random.Random(15)
    for length in [*range(1, 80, 3), *range(80, 420, 17)]:
        payload = "".join(rng.choice(alphabet) for _ in range(length))
        assert qr_modules(payload) == _reference(payload), payload


def test_the_matrix_is_cached_by_payload() -> None:
    """A booklet's repeated links (series, agenda) are encoded once; another payload gets its
    own code."""
    qr_matrix.cache_clear()
    first = qr_matrix("https://example.org/series")
    assert qr_matrix("https://example.org/series") is first
    assert qr_matrix.cache_info().hits == 1
    other = qr_matrix("https://example.org/series?session=2")
    assert other != first
    assert other == qr_modules("https://example.org/series?session=2")
