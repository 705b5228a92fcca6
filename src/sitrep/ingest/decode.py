"""Bytes to text: size limits, binary detection and encoding detection."""
from __future__ import annotations

from charset_normalizer import from_bytes

from ..errors import InputError

MAX_BYTES = 2 * 1024 * 1024  # a news article is kilobytes; anything this large is not one article


def decode(data: bytes, path: str, max_bytes: int = MAX_BYTES) -> str:
    """Decode an article's bytes, or raise InputError saying why not."""
    if len(data) > max_bytes:
        raise InputError(f"skipped: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                         "for one article (split it, or raise --max-bytes)", path=path)
    if not data.strip():
        raise InputError("skipped: empty file", path=path)
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
            if data.startswith(bom):
                return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise InputError("skipped: binary file, not text", path=path)
    western = _mostly_ascii_cp1252(data)
    if western is not None:
        return western
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError("skipped: text encoding could not be detected", path=path)
    return data.decode(best.encoding, errors="replace")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / max(len(sample), 1) > 0.05


def _mostly_ascii_cp1252(data: bytes) -> str | None:
    """Text that is not UTF-8 but mostly ASCII, with a few accented letters or curly quotes among it, is
    Windows-1252 / Latin-1 far more often than anything else. Charset detection guesses badly on such text
    when it is short: one Spanish sentence with "él" came out as Big5, a French one as Central European."""
    sample = data[:200_000]
    high = sum(b >= 0x80 for b in sample)
    if high / max(len(sample), 1) >= 0.15:  # Cyrillic, Greek, CJK...: most letters are high bytes
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined: some other encoding
        return None
