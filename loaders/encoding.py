"""Bytes to text, getting Korean (EUC-KR/CP949) and Russian (Windows-1251) pages right.

Releases arrive as files saved by hand, pages from old ministry servers and
JSON dumps; many are not UTF-8 and some declare the wrong charset. The order
of evidence is: byte-order mark, declared charset (HTTP header, then HTML
meta / XML declaration), strict UTF-8, then statistical detection checked
against what Korean, Russian and English text actually looks like.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
from kg.loaders.base import LoadError

BINARY_REASON = "binary file (not text)"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers treat as supersets; decoding with the superset never loses text.
_ALIASES = {
    "euc-kr": "cp949",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "korean": "cp949",
    "uhc": "cp949",
    "windows-949": "cp949",
    "x-windows-949": "cp949",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-cp1251": "cp1251",
}
_LATIN_FAMILY = {"cp1252", "latin_1", "iso8859-1", "ascii"}
_DECLARED_RE = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_FALLBACK_CANDIDATES = ("cp949", "cp1251", "cp1252", "koi8_r")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_EXTRA_ORDINARY = set("\u00a0«»‘’“”„–—…·•※◦°№€×÷±²³")
_TRUSTED_SCORE = 0.985


def decode_bytes(data: bytes, *, source: str = "<bytes>", declared: str | None = None) -> str:
    """Decode ``data`` or raise :class:`LoadError` saying why it is not text."""
    return decode_with_encoding(data, source=source, declared=declared)[0]


def decode_with_encoding(
    data: bytes, *, source: str = "<bytes>", declared: str | None = None
) -> tuple[str, str]:
    """Like :func:`decode_bytes`, also returning the codec used (kept as provenance)."""
    bom = _bom_encoding(data)
    if bom is not None:
        codec, skip = bom
        return _checked(data[skip:].decode(codec, errors="replace"), codec, source)
    if looks_binary(data):
        raise LoadError(source, BINARY_REASON)
    for candidate in (declared, sniff_declared_charset(data)):
        decoded = _try_declared(data, candidate)
        if decoded is not None:
            return _checked(decoded[0], decoded[1], source)
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8", source)
    text, codec = _detect(data, source)
    return _checked(text, codec, source)


def normalise_charset(label: str | None) -> str | None:
    """Map a charset label to a Python codec name, widening EUC-KR to CP949."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    cleaned = _ALIASES.get(cleaned, cleaned)
    try:
        name = codecs.lookup(cleaned).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def sniff_declared_charset(data: bytes) -> str | None:
    """Find a charset declared in an HTML ``<meta>`` or XML declaration near the top."""
    match = _DECLARED_RE.search(data[:8192])
    return match.group(1).decode("ascii", "ignore") if match else None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean an image, PDF, archive or office file."""
    sample = data[:65536]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _try_declared(data: bytes, label: str | None) -> tuple[str, str] | None:
    """Use a declared charset unless the bytes contradict it.

    Pages often declare ISO-8859-1 while actually serving UTF-8; when the bytes
    are valid non-ASCII UTF-8 that wins over a Latin declaration.
    """
    codec = normalise_charset(label)
    if codec is None:
        return None
    if codec in _LATIN_FAMILY and not data.isascii():
        utf8 = _strict(data, "utf-8")
        if utf8 is not None:
            return utf8, "utf-8"
    text = _strict(data, codec)
    return (text, codec) if text is not None else None


def _detect(data: bytes, source: str) -> tuple[str, str]:
    """Ask charset-normalizer, then check its answer against plausible scripts.

    On short texts it confuses Windows-1251 with Hebrew or Greek code pages; a
    candidate whose decoding is made of ordinary Hangul/Cyrillic/Latin text wins.
    """
    candidates: list[str] = []
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        candidates.append(normalise_charset(best.encoding) or best.encoding)
    candidates += [c for c in _FALLBACK_CANDIDATES if c not in candidates]
    scored: list[tuple[float, str, str]] = []
    for codec in candidates:
        text = _strict(data, codec)
        if text is None:
            continue
        score = plausibility(text)
        if score >= _TRUSTED_SCORE:
            return text, codec
        scored.append((score, codec, text))
    if not scored:
        raise LoadError(source, "cannot determine the text encoding")
    score, codec, text = max(scored, key=lambda item: item[0])
    if score < 0.6:
        raise LoadError(source, f"cannot determine the text encoding (best guess {codec})")
    return text, codec


def plausibility(text: str) -> float:
    """Share of characters that ordinary Korean, Russian or English prose is made of."""
    if not text:
        return 1.0
    ordinary = sum(1 for ch in text if _is_ordinary(ch))
    words = _WORD_RE.findall(text)
    odd = sum(1 for word in words if _odd_word(word))
    return ordinary / len(text) - (odd / len(words) if words else 0.0)


def _odd_word(word: str) -> bool:
    """A wrong single-byte code page mixes scripts or flips case inside words.

    Latin-1 French read as Windows-1251 gives "Cafй"; Windows-1251 read as
    KOI8-R gives "нЙОЙУФЕТУФЧП". Real words are one script and lower after the first letter.
    """
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if 0 < cyrillic < len(word):
        return True
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def _is_ordinary(ch: str) -> bool:
    code = ord(ch)
    return (
        32 <= code < 127
        or ch in "\t\n\r\f"
        or 0xAC00 <= code <= 0xD7A3  # Hangul syllables
        or 0x0410 <= code <= 0x044F  # Russian Cyrillic letters
        or ch in "Ёё"
        or ch in _EXTRA_ORDINARY
    )


def _checked(text: str, codec: str, source: str) -> tuple[str, str]:
    """Reject decodings that are mostly control characters (binary in disguise)."""
    sample = text[:65536]
    if sample:
        bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\x1b")
        bad += sample.count("\ufffd")
        if bad / len(sample) > 0.05:
            raise LoadError(source, BINARY_REASON)
    return text, codec
