"""A QR Code (model 2) encoder for the briefs' links: error correction M, one fixed mask.

It makes the same symbol as the ``qrcode`` package given the same mask (the tests compare them
module for module) at a fraction of the cost: ``qrcode`` writes the data bit by bit and divides
the Reed-Solomon polynomials term by term in Python, about 1.5 ms a code and the largest single
part of a brief. Here the bits are one integer, the error correction one table look-up and one
integer XOR per data byte, and each version's layout (function patterns, the order in which data
modules are filled, the mask over them) is computed once.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from functools import cache

MASK = 2
"""The mask pattern (modules whose column is a multiple of three are inverted). Choosing the
best of eight by penalty score is only a recommendation of the standard and costs seven more
layouts; any mask scans."""

# Per version 1-40, level M: error correction codewords per block, then the blocks of the first
# group and their data codewords, then those of the second group (ISO/IEC 18004, table 9).
_BLOCKS_M: tuple[tuple[int, int, int, int, int], ...] = (
    (10, 1, 16, 0, 0), (16, 1, 28, 0, 0), (26, 1, 44, 0, 0), (18, 2, 32, 0, 0),
    (24, 2, 43, 0, 0), (16, 4, 27, 0, 0), (18, 4, 31, 0, 0), (22, 2, 38, 2, 39),
    (22, 3, 36, 2, 37), (26, 4, 43, 1, 44), (30, 1, 50, 4, 51), (22, 6, 36, 2, 37),
    (22, 8, 37, 1, 38), (24, 4, 40, 5, 41), (24, 5, 41, 5, 42), (28, 7, 45, 3, 46),
    (28, 10, 46, 1, 47), (26, 9, 43, 4, 44), (26, 3, 44, 11, 45), (26, 3, 41, 13, 42),
    (26, 17, 42, 0, 0), (28, 17, 46, 0, 0), (28, 4, 47, 14, 48), (28, 6, 45, 14, 46),
    (28, 8, 47, 13, 48), (28, 19, 46, 4, 47), (28, 22, 45, 3, 46), (28, 3, 45, 23, 46),
    (28, 21, 45, 7, 46), (28, 19, 47, 10, 48), (28, 2, 46, 29, 47), (28, 10, 46, 23, 47),
    (28, 14, 46, 21, 47), (28, 14, 46, 23, 47), (28, 12, 47, 26, 48), (28, 6, 47, 34, 48),
    (28, 29, 46, 14, 47), (28, 13, 46, 32, 47), (28, 40, 47, 7, 48), (28, 18, 47, 31, 48),
)  # fmt: skip

_NUMERIC, _ALPHANUMERIC, _BYTE = 1, 2, 4
# Bits of the character count, by mode, for versions 1-9, 10-26 and 27-40.
_COUNT_BITS = {_NUMERIC: (10, 12, 14), _ALPHANUMERIC: (9, 11, 13), _BYTE: (8, 16, 16)}
_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALPHA_VALUE = {char: value for value, char in enumerate(_ALPHABET)}
_RUN = 20
"""Runs of digits or of alphanumeric characters at least this long get their own, denser
segment (as ``qrcode`` does by default); everything else is bytes."""
_DIGIT_RUN = re.compile(rb"\d{%d,}" % _RUN)
_ALPHA_RUN = re.compile(rb"[%s]{%d,}" % (re.escape(_ALPHABET), _RUN))
_FORMAT_MASK = 0x5412
_LEVEL_M = 0  # the two format bits of level M


class PayloadTooLong(ValueError):
    """The data does not fit in the largest QR version at level M."""


def qr_modules(data: str) -> tuple[bytes, ...]:
    """The modules of the QR code of ``data`` (UTF-8), one ``bytes`` per row, 1 for dark, no
    quiet zone."""
    segments = _segments(data.encode("utf-8"))
    version = _version(segments)
    codewords = _codewords(segments, version)
    size, perm, mask, bit_count = _layout(version)
    value = (int.from_bytes(codewords, "big") << (bit_count - 8 * len(codewords))) ^ mask
    bits = format(value, f"0{bit_count}b").encode("ascii").translate(_BITS) + b"\x00\x01"
    flat = bytes(perm(bits))
    return tuple(flat[row : row + size] for row in range(0, size * size, size))


_BITS = bytes.maketrans(b"01", b"\x00\x01")


# ----------------------------------------------------------------------------------------------
# Data


def _segments(data: bytes) -> list[tuple[int, bytes]]:
    if len(data) <= _RUN:  # a short payload is one segment, in the densest mode that holds it
        if data.isdigit():
            return [(_NUMERIC, data)]
        if all(char in _ALPHA_VALUE for char in data):
            return [(_ALPHANUMERIC, data)]
        return [(_BYTE, data)]
    out: list[tuple[int, bytes]] = []
    for digits, part in _split(data, _DIGIT_RUN):
        if digits:
            out.append((_NUMERIC, part))
        else:
            out.extend(
                (_ALPHANUMERIC if alpha else _BYTE, sub) for alpha, sub in _split(part, _ALPHA_RUN)
            )
    return out


def _split(data: bytes, pattern: re.Pattern[bytes]) -> list[tuple[bool, bytes]]:
    out: list[tuple[bool, bytes]] = []
    start = 0
    for match in pattern.finditer(data):
        if match.start() > start:
            out.append((False, data[start : match.start()]))
        out.append((True, match.group()))
        start = match.end()
    if start < len(data):
        out.append((False, data[start:]))
    return out


def _tier(version: int) -> int:
    return 0 if version < 10 else 1 if version < 27 else 2


def _data_bits(mode: int, length: int) -> int:
    if mode == _NUMERIC:
        return length // 3 * 10 + (0, 4, 7)[length % 3]
    if mode == _ALPHANUMERIC:
        return length // 2 * 11 + 6 * (length % 2)
    return 8 * length


def _capacity(version: int) -> int:
    """Data codewords of ``version`` at level M."""
    _, count1, data1, count2, data2 = _BLOCKS_M[version - 1]
    return count1 * data1 + count2 * data2


def _version(segments: list[tuple[int, bytes]]) -> int:
    for version in range(1, 41):
        tier = _tier(version)
        bits = sum(
            4 + _COUNT_BITS[mode][tier] + _data_bits(mode, len(part)) for mode, part in segments
        )
        if bits <= 8 * _capacity(version):
            return version
    raise PayloadTooLong("The data is too long for a QR code.")


def _codewords(segments: list[tuple[int, bytes]], version: int) -> bytes:
    """The data codewords, padded, each block followed by its error correction, interleaved."""
    tier = _tier(version)
    value = 0
    length = 0

    def put(number: int, width: int) -> None:
        nonlocal value, length
        value = (value << width) | number
        length += width

    for mode, part in segments:
        put(mode, 4)
        put(len(part), _COUNT_BITS[mode][tier])
        if mode == _BYTE:
            put(int.from_bytes(part, "big"), 8 * len(part))
        elif mode == _ALPHANUMERIC:
            for i in range(0, len(part) - 1, 2):
                put(_ALPHA_VALUE[part[i]] * 45 + _ALPHA_VALUE[part[i + 1]], 11)
            if len(part) % 2:
                put(_ALPHA_VALUE[part[-1]], 6)
        else:
            for i in range(0, len(part), 3):
                group = part[i : i + 3]
                put(int(group), (0, 4, 7, 10)[len(group)])
    capacity = 8 * _capacity(version)
    put(0, min(4, capacity - length))  # the terminator
    put(0, -length % 8)
    pad = (capacity - length) // 8
    data = value.to_bytes(length // 8, "big") + (b"\xec\x11" * (pad // 2 + 1))[:pad]

    ec_length, count1, data1, count2, data2 = _BLOCKS_M[version - 1]
    blocks: list[bytes] = []
    start = 0
    for size in [data1] * count1 + [data2] * count2:
        blocks.append(data[start : start + size])
        start += size
    table = _ec_table(ec_length)
    top = 8 * (ec_length - 1)
    keep = (1 << 8 * ec_length) - 1
    ecs: list[bytes] = []
    for block in blocks:
        remainder = 0
        for byte in block:
            remainder = ((remainder << 8) & keep) ^ table[(remainder >> top) ^ byte]
        ecs.append(remainder.to_bytes(ec_length, "big"))
    # Interleaved: the first byte of every block, then the second ... (the blocks of the second
    # group are one byte longer), then the error correction bytes the same way.
    longer = bytes(block[-1] for block in blocks[count1:]) if count2 else b""
    return b"".join(
        [*map(bytes, zip(*blocks, strict=False)), longer, *map(bytes, zip(*ecs, strict=True))]
    )


# ----------------------------------------------------------------------------------------------
# Reed-Solomon over GF(256), polynomial 0x11D


def _gf_tables() -> tuple[list[int], list[int]]:
    exp = [0] * 512
    log = [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _ec_table(degree: int) -> tuple[int, ...]:
    """For each byte leaving the remainder, what it adds to the remainder: that byte times the
    generator polynomial of ``degree``, as one integer of ``degree`` bytes."""
    divisor = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            divisor[j] = _multiply(divisor[j], root)
            if j + 1 < degree:
                divisor[j] ^= divisor[j + 1]
        root = _multiply(root, 2)
    return tuple(
        int.from_bytes(bytes(_multiply(coefficient, factor) for coefficient in divisor), "big")
        for factor in range(256)
    )


def _bch(data: int, generator: int, degree: int) -> int:
    remainder = data << degree
    for shift in range(remainder.bit_length() - 1, degree - 1, -1):
        if remainder >> shift & 1:
            remainder ^= generator << (shift - degree)
    return (data << degree) | remainder


# ----------------------------------------------------------------------------------------------
# Layout of a version


@cache
def _layout(version: int) -> tuple[int, Callable[[bytes], tuple[int, ...]], int, int]:
    """Per version: its size, how to pick each module from the data bits (followed by a light
    and a dark module for the function patterns), the mask over the data bits as an integer,
    and the number of data modules."""
    size = 4 * version + 17
    dark = [[False] * size for _ in range(size)]
    fixed = [[False] * size for _ in range(size)]

    def put(row: int, col: int, is_dark: bool) -> None:
        dark[row][col] = is_dark
        fixed[row][col] = True

    for i in range(size):  # timing patterns
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for row, col in ((3, 3), (3, size - 4), (size - 4, 3)):  # finders and their separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                r, c = row + dy, col + dx
                if 0 <= r < size and 0 <= c < size:
                    ring = max(abs(dy), abs(dx))
                    put(r, c, ring not in (2, 4))
    positions = _alignment_positions(version, size)
    last = len(positions) - 1
    for i, row in enumerate(positions):
        for j, col in enumerate(positions):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue  # where the finders are
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    put(row + dy, col + dx, max(abs(dy), abs(dx)) != 1)
    format_bits = _bch(_LEVEL_M << 3 | MASK, 0x537, 10) ^ _FORMAT_MASK
    for i in range(15):
        bit = bool(format_bits >> i & 1)
        # The first copy, around the top left finder.
        if i < 6:
            put(i, 8, bit)
        elif i < 8:
            put(i + 1, 8, bit)
        elif i == 8:
            put(8, 7, bit)
        else:
            put(8, 14 - i, bit)
        # The second copy, split below the top right and right of the bottom left finder.
        if i < 8:
            put(8, size - 1 - i, bit)
        else:
            put(size - 15 + i, 8, bit)
    put(size - 8, 8, True)  # the dark module
    if version >= 7:
        version_bits = _bch(version, 0x1F25, 12)
        for i in range(18):
            bit = bool(version_bits >> i & 1)
            put(size - 11 + i % 3, i // 3, bit)
            put(i // 3, size - 11 + i % 3, bit)

    # Data modules in placement order: two-module columns from the right, up then down.
    order: list[int] = []
    for right in range(size - 1, 0, -2):
        if right <= 6:
            right -= 1
        upward = (right + 1) & 2 == 0
        for step in range(size):
            row = size - 1 - step if upward else step
            for col in (right, right - 1):
                if not fixed[row][col]:
                    order.append(row * size + col)
    count = len(order)
    mask = 0
    for index in order:
        mask = (mask << 1) | (index % size % 3 == 0)
    light, dark_index = count, count + 1
    source = [light] * (size * size)
    for row in range(size):
        for col in range(size):
            if fixed[row][col]:
                source[row * size + col] = dark_index if dark[row][col] else light
    for position, index in enumerate(order):
        source[index] = position
    return size, operator.itemgetter(*source), mask, count


def _alignment_positions(version: int, size: int) -> list[int]:
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    return [6, *reversed([size - 7 - i * step for i in range(count - 1)])]
