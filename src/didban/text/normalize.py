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
