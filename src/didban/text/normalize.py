"""Normalization.

``fold`` is the *matching* form: the same function is applied to text before it is
indexed and to queries before they are matched (FTS5, PostgreSQL tsvector, hashing,
gazetteer look-ups). It folds Arabic letter forms to Persian, all digits to ASCII,
drops diacritics and tatweel, turns ZWNJ into a space (so «استانداری‌ها» indexes the
token «استانداری»), lowercases Latin and collapses white space.
The display text is never replaced by its folded form.
"""

from __future__ import annotations

import html
import re
import unicodedata

_LETTERS = {
    "\u064a": "\u06cc",  # ي -> ی
    "\u0649": "\u06cc",  # ى -> ی
    "\u0626": "\u06cc",  # ئ -> ی (matching form)
    "\u0643": "\u06a9",  # ك -> ک
    "\u0629": "\u0647",  # ة -> ه
    "\u06c0": "\u0647",  # ۀ -> ه
    "\u06d5": "\u0647",  # ە -> ه
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0622": "\u0622",  # keep آ
    "\u0624": "\u0648",  # ؤ -> و
    "\u200c": " ",  # ZWNJ
    "\u200d": "",  # ZWJ
    "\u200e": "",
    "\u200f": "",
    "\u00ad": "",
    "\ufeff": "",
    "\u0640": "",  # tatweel
}
for _i in range(10):
    _LETTERS[chr(0x06F0 + _i)] = str(_i)  # Persian digits
    _LETTERS[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
_TABLE = str.maketrans(_LETTERS)
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Matching form of ``text`` (see module doc). Idempotent."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = _DIACRITICS.sub("", text.translate(_TABLE))
    return _SPACES.sub(" ", text).strip().lower()


# --------------------------------------------------------------------------- same-length matching form

_SAME_LEN = {
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647", "\u06c0": "\u0647",
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u200c": " ", "\u200d": " ", "\u200e": " ", "\u200f": " ", "\u00a0": " ", "\ufeff": " ", "\u00ad": " ",
    "\u0640": "\u200b",  # tatweel -> ZWSP (kept 1:1; _ZW_CLASS in regexes skips it)
    "\r": "\n", "\t": " ",
}
for _i in range(10):
    _SAME_LEN[chr(0x06F0 + _i)] = str(_i)
    _SAME_LEN[chr(0x0660 + _i)] = str(_i)
_SAME_LEN_TABLE = str.maketrans(_SAME_LEN)


def mfold(text: str) -> str:
    """Same-length matching form: one character in, one character out, so offsets found on
    ``mfold(text)`` are offsets in ``text``. Folds Arabic letter forms, digits to ASCII, ZWNJ and
    NBSP to a space, CR to LF. Used by the extractors (provenance, quotes, dates)."""
    return text.translate(_SAME_LEN_TABLE)


# --------------------------------------------------------------------------- display normalization

_DISPLAY_LETTERS = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9",
    "\u0640": "", "\u200e": "", "\u200f": "", "\ufeff": "", "\u00ad": "",
})
_FA = "\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"  # Arabic-script letters
_ZWNJ = "\u200c"
_MI = re.compile(rf"(?<![{_FA}\u200c])(ن?می)[ \u00a0]+(?=[{_FA}])")
_SUFFIX = re.compile(rf"(?<=[{_FA}])[ \u00a0]+(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان|تر|ترین|تری)(?![{_FA}\u200c])")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \u00a0]+([،؛:!?؟.,;»)\]])")
_SPACE_AFTER_PUNCT = re.compile(rf"([،؛!?؟»])(?=[{_FA}A-Za-z«(])|([:.])(?=[{_FA}«])|(«|\()[ \u00a0]+")
_MULTI_SPACE = re.compile(r"[ \u00a0]{2,}")
_MULTI_ZWNJ = re.compile("\u200c{2,}|\u200c(?= )|(?<= )\u200c")


def _after_punct(m: re.Match[str]) -> str:
    if m.group(3):
        return m.group(3)
    return (m.group(1) or m.group(2)) + " "


def normalize(text: str) -> str:
    """Display-preserving cleanup (returns a new string; offsets do not carry over).

    HTML entities, Arabic ي/ك to Persian ی/ک, tatweel and bidi marks removed, diacritics removed,
    ZWNJ repair for the می/نمی prefixes and the ها/های/تر/ترین suffixes («می شود» → «می‌شود»,
    «استانداری های» → «استانداری‌های»), spacing around punctuation («امنیتی،تشریح» → «امنیتی، تشریح»).
    Digits are kept as written (fold them with :func:`fold` for matching)."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text).translate(_DISPLAY_LETTERS)
    text = _DIACRITICS.sub("", text)
    text = _MI.sub(lambda m: m.group(1) + _ZWNJ, text)
    text = _SUFFIX.sub(lambda m: _ZWNJ + m.group(1), text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_PUNCT.sub(_after_punct, text)
    text = _MULTI_ZWNJ.sub(lambda m: _ZWNJ if len(m.group(0)) > 1 else "", text)
    return _MULTI_SPACE.sub(" ", text).strip()
