"""Sentence splitting, tokenization and language identification.

All splitters work on the display text and return character spans into it, so results can be
mapped back to ``Article.text``. Persian and English go through the same functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
}
# a sentence ends at a run of . ! ? ؟ … (with closing quotes/brackets) followed by white space, or at a line break
_END = re.compile(r"[.!?؟…\n][.!?؟…\"'»”)\]\n]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text`` (white space trimmed)."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        run = m.group(0)
        nl = run.find("\n")
        if nl >= 0:
            end = m.start() + nl
            # _add(text, start, end, spans), inlined (a call per sentence is a good part of the time)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
            start = m.start() + nl + 1
            continue
        if m.end() < n and not text[m.end()].isspace() and not _glued_end(text, m.start(), m.end()):
            continue  # «3.14», «ج.ا.ا»، "U.S.A"
        if run == ".":
            p = m.start()
            if _persian_word_before(text, p):
                w = None  # a Persian word of two letters or more without dots: no abbreviation
            else:
                w = _WORD_BEFORE.search(text, max(0, p - 12), p)
            if w:
                word = w.group(1).lower()
                # abbreviations and initials («ج.ا.ا.», "U.S.", "J.")
                if word in _ABBREV or (len(word) == 1 and word.isalpha()) or "." in word:
                    continue
        end = m.end()  # (the run ends with a mark, not white space)
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
        start = end
    _add(text, start, n, spans)
    return spans


def _glued_end(text: str, a: int, b: int) -> bool:
    """Whether the mark run ``text[a:b]``, with a letter right after it, still ends a sentence: «؟» or «!» before
    a Persian letter («آیا می‌آید؟بله»), or a full stop between a Persian word of two letters or more and a Persian
    letter («... اعلام کرد.وزیر ...», paragraphs of a scraped page joined), not «ج.ا.ا» or «3.14»."""
    nx = text[b]
    if not ("\u0621" <= nx <= "\u06d3" and nx.isalpha()):
        return False
    return text[a] in "؟!?" or (text[a] == "." and b == a + 1 and _persian_word_before(text, a))


def _persian_word_before(text: str, p: int) -> bool:
    """Whether the full stop at ``p`` ends a Persian word of two letters or more without dots (no abbreviation)."""
    return p >= 2 and "\u0621" <= text[p - 1] <= "\u06d3" and text[p - 1].isalpha() and text[p - 2].isalnum() \
        and text.rfind(".", max(0, p - 12), p) < 0


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    """Sentences of ``text`` as strings (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]


# words (letters, digits, marks; inner ZWNJ, apostrophes, hyphens), numbers with separators, or one symbol
_TOKEN = re.compile(
    r"[^\W\d_][\w\u200c\u0640\u064b-\u065f\u0670]*(?:['’-][\w\u200c]+)*|\d+(?:[.,/٫٬:]\d+)*[%٪]?|\S",
)
# the same without in-word apostrophes/hyphens: twice as fast, used when the text has none
_TOKEN_SIMPLE = re.compile(r"[^\W\d_][\w\u200c\u0640\u064b-\u065f\u0670]*|\d+(?:[.,/٫٬:]\d+)*[%٪]?|\S")
_INWORD_MARK = re.compile(r"\w['’-][\w\u200c]")


def _token_re(text: str) -> re.Pattern[str]:
    return _TOKEN if _INWORD_MARK.search(text) else _TOKEN_SIMPLE


def token_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the tokens of ``text``. ZWNJ joins a word («می‌شود» is one token); a trailing one
    is no part of it, as in :func:`tokens` («خانه‌ را»)."""
    spans = [m.span() for m in _token_re(text).finditer(text)]
    if "\u200c" not in text:
        return spans
    out = []
    for a, b in spans:
        k = len(text[a:b].rstrip("\u200c")) if text[b - 1] == "\u200c" else b - a
        out.append((a, a + k) if k else (a, b))  # (a lone ZWNJ stays a token)
    return out


# punctuation that is always a token of its own (not a word, number or joining character)
_EDGE_PUNCT = "،.:»«؛؟)(\"!/*…,;?'’-[]“”"


def tokens(text: str) -> list[str]:
    """Tokens of ``text`` (see :func:`token_spans`). Most white-space separated words are letters only and
    are tokens as they are, or letters (with inner ZWNJ) between punctuation marks that are tokens of their
    own («ایران،», «می‌شود.», «(ایسنا)»); the token regex runs on the others (same result as on the whole
    text, 1.7 times as fast)."""
    out: list[str] = []
    add, extend, findall = out.append, out.extend, _TOKEN.findall
    for w in text.split():
        if w.isalpha():
            add(w)
            continue
        head = w.lstrip(_EDGE_PUNCT)
        core = head.rstrip(_EDGE_PUNCT)
        if core and core[0] != "\u200c" and core.replace("\u200c", "").isalpha():
            if len(head) < len(w):
                extend(w[:len(w) - len(head)])  # one token per mark
            add(core.rstrip("\u200c"))
            if len(core) < len(head):
                extend(head[len(core):])
        elif "\u200c" in w:
            extend(t.rstrip("\u200c") or t for t in findall(w))
        else:
            extend(findall(w))
    return out


# --------------------------------------------------------------------------- language id

_PERSIAN_ONLY = set("پچژگ")
_ARABIC_ONLY = set("ةيكىإأؤ")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]+")
_LATIN = re.compile(r"[A-Za-z]+")
# bytes other than ASCII letters: deleting them from the UTF-8 form leaves the Latin letters (two C passes,
# faster than a regex scan; UTF-8 encodes every other character with bytes >= 0x80)
_NOT_LATIN_BYTES = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))


def _has_latin_letter(s: str) -> bool:
    return bool(s.encode("utf-8", "surrogatepass").translate(None, _NOT_LATIN_BYTES))


@lru_cache(maxsize=1)
def _langid():  # type: ignore[no-untyped-def]
    import py3langid

    return py3langid


_FA_COUNT = (" را ", " است", " می ", " در ", " که ", " این ", " از ", " با ", " برای ", " شد", " های ", " کرد")
_AR_COUNT = (" في ", " من ", " على ", " إلى ", " التي ", " الذي ", " هذا ", " هذه ", " قال ", " كان ", " عن ", " لم ")
# each word with a letter rare in Persian (Arabic-only, or «ذ»), so a one-character test can skip counting it
_AR_COUNT_KEYS = tuple((w, next((c for c in w if c in _ARABIC_ONLY or c == "ذ"), "")) for w in _AR_COUNT)


# letters of Urdu (ے ٹ ڈ ڑ ں ہ), Pashto (ټ ډ ړ ږ ښ ګ ڼ ې ۍ) and Sorani Kurdish (ڕ ڵ ۆ ێ), which Persian and
# Arabic do not write
_OTHER_LETTERS = re.compile("[\u06d2\u0679\u0688\u0691\u06ba\u06c1\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc"
                            "\u06d0\u06cd\u0695\u06b5\u06c6\u06ce]")


def detect_lang(text: str) -> str:
    """Language of ``text``: ``fa``, ``ar``, ``en`` or ``other``.

    Arabic-script text is decided by Persian-only letters and function words (old Persian copy is
    often typed with Arabic ي/ك, which fools n-gram models); Latin text goes to py3langid."""
    sample = text[:1200]
    if not _has_latin_letter(sample):  # usual for Persian copy: no need to count words
        n_lat = 0
        n_ar = 1 if _ARABIC_SCRIPT.search(sample) else 0
    else:
        n_ar = len(_ARABIC_SCRIPT.findall(sample))
        n_lat = len(_LATIN.findall(sample))
    if n_ar == 0 and n_lat == 0:
        return "other"
    if n_ar >= n_lat:
        if len(_OTHER_LETTERS.findall(sample)) >= 3:  # Urdu, Pashto, Kurdish: letters neither Persian nor Arabic
            return "other"
        padded = " " + sample.replace("\n", " ") + " "
        ar = 3 * (sample.count("ة") + sample.count("ى")) + 3 * sum(
            padded.count(w) for w, key in _AR_COUNT_KEYS if not key or key in sample)
        fa = sum(sample.count(c) for c in _PERSIAN_ONLY)
        arabic_yk = "\u064a" in sample or "\u0643" in sample
        if not arabic_yk:  # Persian «ی», «ک» where no Arabic ي/ك is typed
            fa += sample.count("\u06cc") + sample.count("\u06a9")
        if fa > ar:  # decided without the function words (they only add to the Persian side)
            return "fa"
        # Persian function words are counted on the folded form: old copy is typed with Arabic ي/ك
        from didban.text.normalize import mfold

        folded = " " + mfold(sample).replace("\n", " ") + " "
        fa += 3 * sum(folded.count(w) for w in _FA_COUNT)
        if fa == 0 and ar == 0:  # no letter or word tells: a short text is taken as Persian (n-grams of a few
            return "fa" if len(sample) <= 60 and not arabic_yk else _langid_map(sample)  # words guess; «سلام» was «ar»; ي/ك typed: they decide)
        return "fa" if fa >= ar else "ar"
    return _langid_map(sample)


def _langid_map(sample: str) -> str:
    lang = _langid().classify(sample)[0]
    if lang in ("fa", "ar", "en"):
        return str(lang)
    return "other"
