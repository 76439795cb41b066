"""Which language a release is in, from the script its letters are written in.

The extractor's gazetteers are per language (English, Korean, Russian), so a
coarse script count is all that is needed and never needs a model.
"""

from __future__ import annotations


def guess_language(text: str) -> str | None:
    """ "en" when mostly Latin, "ko" when mostly Hangul, "ru" when mostly Cyrillic."""
    counts = {"en": 0, "ko": 0, "ru": 0}
    for ch in text:
        script = _script(ch)
        if script is not None:
            # A Hangul syllable packs two or three letters; weigh it so mixed text is fair.
            counts[script] += 2 if script == "ko" else 1
    total = sum(counts.values())
    if total == 0:
        return None
    return max(counts, key=lambda lang: counts[lang])


def _script(ch: str) -> str | None:
    code = ord(ch)
    if ch.isascii():
        return "en" if ch.isalpha() else None
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "ko"
    if 0x0400 <= code <= 0x04FF:
        return "ru"
    if 0x00C0 <= code <= 0x024F and ch.isalpha():
        return "en"
    return None
