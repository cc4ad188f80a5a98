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
from functools import lru_cache

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


def _translate(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``str.translate`` for a small table, as a chain of C-speed ``replace`` calls on the characters
    present (``translate`` with a dict table costs a dict look-up per character)."""
    for src, dst in pairs:
        if src in text:
            text = text.replace(src, dst)
    return text


def _pairs(table: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(table.items())


_LETTER_PAIRS = _pairs(_LETTERS)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_DIACRITIC_CHARS = [chr(c) for c in (*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE))]
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_NO_DIACRITICS = tuple((c, "") for c in _DIACRITIC_CHARS)
_SPACES = re.compile(r"\s+")


# diacritics that never take part in a composition (U+0653..U+0655, which compose with alef, waw and yeh
# into «آ», «أ», «ؤ», «ئ» ..., are left out): NFC only reorders them, and they are removed anyway
_LOOSE_MARKS = [chr(c) for c in (*range(0x064B, 0x0653), *range(0x0656, 0x0660), 0x0670, *range(0x06D6, 0x06EE))]


def _nfc_stable() -> list[str]:
    """Characters of the usual news scripts (Latin, Arabic, general punctuation, Arabic presentation forms)
    that NFC leaves alone whatever surrounds them: combining class 0, their own NFC form, and not the second
    part of a composition (those are marks, or Indic/Hangul letters outside these blocks)."""
    blocks = ((0x09, 0x0D), (0x20, 0x7E), (0xA0, 0x24F), (0x600, 0x6FF), (0x2000, 0x206F), (0xFB50, 0xFDFF),
              (0xFE70, 0xFEFC))
    return [c for lo, hi in blocks for c in map(chr, range(lo, hi + 1))
            if unicodedata.combining(c) == 0 and unicodedata.normalize("NFC", c) == c]


def _class(chars: list[str] | set[str], negate: bool = False) -> re.Pattern[str]:
    """A regex class of ``chars`` written as ranges of consecutive code points (quick to compile)."""
    ranges: list[list[int]] = []
    for o in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == o - 1:
            ranges[-1][1] = o
        else:
            ranges.append([o, o])
    body = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile("[" + ("^" if negate else "") + body + "]")


_STABLE = set(_nfc_stable()) - set(_DIACRITIC_CHARS)
# a character NFC could change, or a diacritic: absent in most news text (one fast scan decides)
_NFC_OR_MARK = _class(_STABLE, negate=True)
# a character NFC could change (a stable character or a loose diacritic is not)
_NFC_UNSTABLE = _class(_STABLE | set(_LOOSE_MARKS), negate=True)


# Persian copy often writes «ۀ»/«أ» as a letter and a combining hamza (U+0654; madda U+0653, hamza below
# U+0655): NFC composes such a pair when the letter has one (it is slow: ~0.5 ms for an article). With no
# other unstable character, no mark next to the hamza and a letter that does not decompose itself, NFC is
# just these replacements.
_HAMZAS = "\u0653\u0654\u0655"
_HAMZA_PAIRS = tuple((c + h, unicodedata.normalize("NFC", c + h)) for c in sorted(_STABLE) for h in _HAMZAS
                     if len(unicodedata.normalize("NFC", c + h)) == 1)
_NOT_HAMZA_ONLY = _class(_STABLE | set(_LOOSE_MARKS) | set(_HAMZAS), negate=True)
_DECOMPOSING = [c for c in _STABLE if unicodedata.normalize("NFD", c) != c]
_HAMZA_NOT_ALONE = re.compile(_class(set(_DECOMPOSING) | set(_DIACRITIC_CHARS)).pattern + f"[{_HAMZAS}]|"
                              f"[{_HAMZAS}]" + _class(_DIACRITIC_CHARS).pattern)
# whether _HAMZA_NOT_ALONE has a match, found from the hamza (a class of three characters is scanned for fast;
# the other order starts with a class of hundreds): a hamza after a decomposing letter or a mark, or before a mark
_HAMZA_NOT_ALONE_AT = re.compile(f"[{_HAMZAS}](?:(?<=" + _class(set(_DECOMPOSING) | set(_DIACRITIC_CHARS)).pattern
                                 + ".)|(?=" + _class(_DIACRITIC_CHARS).pattern + "))")


def _nfc_hamza(text: str) -> str:
    """``unicodedata.normalize("NFC", text)`` up to the order of diacritics (they are removed after it), by
    replacement when only hamza/madda marks after plain letters could change (see ``_HAMZA_PAIRS``)."""
    if _NOT_HAMZA_ONLY.search(text) is None and _HAMZA_NOT_ALONE_AT.search(text) is None:
        for pair, composed in _HAMZA_PAIRS:
            if pair in text:
                text = text.replace(pair, composed)
        return text
    return _nfc(text)


def _nfc_no_marks(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``_DIACRITICS.sub("", _translate(_nfc(text), pairs))`` (NFC, the letter table, no diacritics), without
    the NFC pass when no character could change and without the diacritic pass when there is none."""
    first = _NFC_OR_MARK.search(text)
    if first is None:
        return _translate(text, pairs)  # the pairs map to letters or nothing: no diacritic appears
    if _NFC_UNSTABLE.search(text, first.start()) is not None:  # all before ``first`` is stable
        text = _nfc_hamza(text)
    return _translate(_translate(text, pairs), _NO_DIACRITICS)  # (a few kinds present: faster than a regex)


# an HTML entity with its «;»: «&sect» or «&not» in «a.php?id=5&section=2» is part of an address, not «§», «¬»
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape(text: str) -> str:
    """``text`` with its HTML entities decoded, only those written with their «;», until none is left
    («&amp;amp;» is «&»)."""
    for _ in range(3):
        decoded = ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if decoded == text:
            break
        text = decoded
    return text


def fold(text: str) -> str:
    """Matching form of ``text`` (see module doc). Idempotent."""
    if not text:
        return ""
    if "&" in text:
        text = unescape(text)
    text = _nfc_no_marks(text, _LETTER_PAIRS)
    return _SPACES.sub(" ", text).strip().lower()


cached_fold = lru_cache(maxsize=8192)(fold)
"""``fold`` with a cache, for short strings that repeat (names, roles, outlet names)."""


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
_SAME_LEN_PAIRS = _pairs(_SAME_LEN)


def mfold(text: str) -> str:
    """Same-length matching form: one character in, one character out, so offsets found on
    ``mfold(text)`` are offsets in ``text``. Folds Arabic letter forms, digits to ASCII, ZWNJ and
    NBSP to a space, CR to LF. Used by the extractors (provenance, quotes, dates)."""
    return _translate(text, _SAME_LEN_PAIRS)


# --------------------------------------------------------------------------- display normalization

_DISPLAY_PAIRS = _pairs({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9",
    "\u0640": "", "\u200e": "", "\u200f": "", "\ufeff": "", "\u00ad": "",
})
_FA = "\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"  # Arabic-script letters
_ZWNJ = "\u200c"
_FAZ = _FA + "\u200c"
# «می » / «نمی » not inside a word (no letter or ZWNJ before «می», or before the «ن» of «نمی») and followed by a
# word: the literal first letters let the regex engine skip ahead fast, the look-behinds after them check
# the letters before (no Python callback)
_FAZ_NOT_NUN = "\u0621-\u0645\u0647-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c"  # _FAZ without «ن» (U+0646)
_MI = re.compile(rf"می (?<![{_FAZ_NOT_NUN}]می )(?<![{_FAZ}]نمی )(?<!ماه می ) *(?=[{_FA}])")  # (not May, «ماه می»)
# « ها», « تر» after a letter (one space: runs of spaces are collapsed first)
_SUFFIX_HA = re.compile(rf" (ها(?<=[{_FA}] ها)(?:ی|یی|یم|یت|یش|یمان|یتان|یشان)?)(?![{_FA}\u200c])")
_SUFFIX_TAR = re.compile(rf" (تر(?<=[{_FA}] تر)(?:ین|ی)?)(?![{_FA}\u200c])")
_SPACE_BEFORE_PUNCT = re.compile(r" ([،؛:!?؟.,;»)\]])")
# the same found from the punctuation (rarer than spaces): a fast test before the substitution
_HAS_SPACE_BEFORE_PUNCT = re.compile(r"[،؛:!?؟.,;»)\]](?<= .)")
_SPACE_AFTER_1 = re.compile(rf"([،؛!?؟»])(?<![A-Za-z0-9/._=&%-]\?)(?=[{_FA}A-Za-z«(])")  # («a.php?id=5»: no space)
# either rule (the class first, so the engine scans for it fast)
_PUNCT_SPACING = re.compile(rf"[،؛:!?؟.,;»)\]](?:(?<= .)|(?<=[،؛!?؟»])(?=[{_FA}A-Za-z«(]))")
# «:» and «.» apart: a literal first character is scanned for much faster than a class
_SPACE_AFTER_COLON = re.compile(rf":(?=[{_FA}«])")
# (not after a single letter: «ج.ا.ا.», «ق.ظ», «پ.ک.ک» are abbreviations)
_SPACE_AFTER_DOT = re.compile(rf"\.(?<![^{_FAZ}][{_FA}]\.)(?<!^[{_FA}]\.)(?=[{_FA}«])")
_MULTI_SPACE = re.compile("  +")  # NBSP is replaced by a space before
# tests for a substitution: a regex search for a literal is fast when its first character is rare, ``in``
# when its last one is
_GUILLEMET_SPACE = re.compile("« ")
_PAREN_SPACE = re.compile(r"\( ")
_ZWNJ_ZWNJ = re.compile("\u200c\u200c")
_ZWNJ_SPACE = re.compile("\u200c ")
# (the marks first, a fast scan; the letter before is checked for each of the rare matches)
_BIDI_BEFORE_LETTER = re.compile(f"[\u200e\u200f]+(?=[{_FA}])")
_FA_LETTER = re.compile(f"[{_FA}]")


def _bidi_in_word(m: re.Match[str]) -> str:
    i = m.start()
    return _ZWNJ if i and _FA_LETTER.match(m.string, i - 1) else m.group(0)


def normalize(text: str) -> str:
    """Display-preserving cleanup (returns a new string; offsets do not carry over).

    HTML entities, Arabic ي/ك to Persian ی/ک, tatweel and bidi marks removed (a bidi mark between two letters,
    typed for a ZWNJ, becomes one), diacritics removed,
    ZWNJ repair for the می/نمی prefixes and the ها/های/تر/ترین suffixes («می شود» → «می‌شود»,
    «استانداری های» → «استانداری‌های»), spacing around punctuation («امنیتی،تشریح» → «امنیتی، تشریح»).
    Digits are kept as written (fold them with :func:`fold` for matching)."""
    if not text:
        return ""
    if "&" in text:
        text = unescape(text)
    if "\u200e" in text or "\u200f" in text:  # a bidi mark typed for a ZWNJ inside a word: «سلیمانی\u200eفر»
        text = _BIDI_BEFORE_LETTER.sub(_bidi_in_word, text)
    text = _nfc_no_marks(text, _DISPLAY_PAIRS)
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if _ZWNJ in text:  # before the spacing rules: dropping a ZWNJ can put a space before a mark («0 \u200c.»)
        while _ZWNJ_ZWNJ.search(text):
            text = text.replace(_ZWNJ + _ZWNJ, _ZWNJ)
        n = len(text)
        text = text.replace(" " + _ZWNJ, " ")
        if _ZWNJ_SPACE.search(text):
            text = text.replace(_ZWNJ + " ", " ")
        if len(text) < n and "  " in text:  # only these replacements can have made a double space
            text = _MULTI_SPACE.sub(" ", text)
    text = _MI.sub("می\u200c", text)
    if " تر" in text:
        text = _SUFFIX_TAR.sub("\u200c\\1", text)
    if " ها" in text:
        text = _SUFFIX_HA.sub("\u200c\\1", text)
    if _PUNCT_SPACING.search(text):  # one scan for the two rules (most text needs neither)
        if _HAS_SPACE_BEFORE_PUNCT.search(text):
            text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
        if _SPACE_AFTER_1.search(text):
            text = _SPACE_AFTER_1.sub(r"\1 ", text)
    text = _SPACE_AFTER_DOT.sub(". ", _SPACE_AFTER_COLON.sub(": ", text))
    # no space after «« » and «(»: runs of spaces (and NBSP) are single spaces by now
    if _GUILLEMET_SPACE.search(text):
        text = text.replace("« ", "«")
    if _PAREN_SPACE.search(text):
        text = text.replace("( ", "(")
    return text.strip()


# what never opens or closes a name: an ellipsis or a dash at either end, a closing conjunction, a detached ezafe
# (no nested repeat: a run of dots before another character is not backtracked through)
_NAME_JUNK = re.compile(r"^(?:\.\.|[…\-–—•*])[.…\-–—•*]*\s*|\s*(?:\.\.|[…\-–—•*])[.…\-–—•*]*$|\s+و$|^ی\s+")

_Z = "[\u200c ]?"  # the words of a blessing are written joined, apart or with a ZWNJ
# a blessing after a holy or late person's name, at its end
_BLESSING = re.compile(
    r"(?<=\S)\s*(?:\(\s*(?:ع|ص|س|ره|عج|رض|قده)\s*\)"
    rf"|علیه{_Z}(?:ال)?سلام|علیهم{_Z}(?:ال)?سلام|علیها{_Z}(?:ال)?سلام|علیهما{_Z}(?:ال)?سلام"
    rf"|صلی{_Z}الله{_Z}علیه(?:{_Z}و{_Z}آله)?(?:{_Z}و{_Z}سلم)?|سلام{_Z}الله{_Z}علیها?"
    rf"|رحمه?{_Z}الله(?:{_Z}علیه)?|قدس{_Z}سره(?:{_Z}الشریف)?|(?:مد|دام){_Z}ظله(?:{_Z}العالی)?)$")
_BLESSING_GATE = re.compile(r"(?:سلام|ره|عج|ص|ع|س|رض|قده|آله|سلم|الله|علیه|علیها|سره|الشریف|ظله|العالی)\)?$")


@lru_cache(maxsize=8192)
def clean_name(name: str | None) -> str | None:
    """A short name (outlet, speaker, role) for display: :func:`normalize` plus stray quotes and
    punctuation trimmed. Statement texts are never cleaned (their offsets must stay exact)."""
    if not name:
        return None  # (never "": a speaker or role not read is null)
    out = normalize(name)
    if _BLESSING_GATE.search(out):  # «امام رضا علیه‌السلام», «امام خمینی (ره)»: the person, without the blessing
        out = _BLESSING.sub("", out) or out
    out = out.strip(" «»\"“”'()،,:؛")
    while True:  # «… جو بایدن», «ثمر فاطمی و», «گزارش صدای آمریکا -», «ی یکی» (the ezafe of «گفته‌ی» cut off)
        cut = _NAME_JUNK.sub("", out).strip(" «»\"“”'()،,:؛")
        if cut == out:
            break
        out = cut
    if out.count("(") > out.count(")"):  # keep a closing parenthesis that belongs: «خبرنگار (تبریز)»
        out += ")"
    if out.count("«") > out.count("»"):  # «سایت «نمونه نیوز»»: keep the closing guillemet of an inner name
        out += "»"
    return out or None
