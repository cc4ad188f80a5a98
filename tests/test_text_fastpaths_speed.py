"""The fast paths of the stop-10 speed work give the same results as the plain definitions they replace."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

Q = importlib.import_module("didban.text.quotes")
P = importlib.import_module("didban.text.provenance")

_CAPTION_PIECES = ["علی", "رضایی", "AFP", "Reuters", "•", "1400/05/18", "۱۴۰۰/۰۵/۱۸", "/", "2/3", "x", "ab", "12", " ",
                   "  ", "ی", "A", "(", ")", "«", "»"]


def _caption_reference(s: str) -> int:
    ws = s.split()
    return max((i for i, w in enumerate(ws[:-1]) if not Q._PERSIAN_LETTER.search(w) and (
        Q._CAPTION_MARK.search(w) or (i and Q._LATIN.search(w) and Q._LATIN.search(ws[i - 1])))), default=-1)


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_CAPTION_PIECES), max_size=20).map("".join))
def test_caption_gate_equals_the_plain_scan(s: str) -> None:
    gated = Q._caption_end(s.split()) if Q._CAPTION_GATE.search(s) else -1
    assert gated == _caption_reference(s)


_OUTLET_NAMES = sorted(P.OUTLETS)[:40] + ["ایسنا", "فارس", "خبرگزاری فارس", "مهر"]
_OUTLET_PIECES = [*_OUTLET_NAMES, " ", "  ", "نیوز", "علی", "x", "ا", "سیاسی"]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=8).map("".join))
def test_starts_with_outlet_equals_the_scan_of_every_outlet(rest: str) -> None:
    assert P._starts_with_outlet(rest) == any(rest.startswith(k + " ") or rest == k for k in P.OUTLETS)


def test_starts_with_outlet_reads_whole_words() -> None:
    assert P._starts_with_outlet("ایسنا منطقه البرز") and P._starts_with_outlet("ایسنا")
    assert not P._starts_with_outlet("ایسناا منطقه") and not P._starts_with_outlet(" ایسنا")


_PER_STATEMENT_PLAIN = (r"(?<![^\W\d_])(?:بنا\s*(?:به|بر)|طبق|بر\s*اساس|براساس)\s+((?:این|همین)\s+(?:بیانیه|اطلاعیه))"
                        r"\s*[،,]\s*")
_STATEMENT_PIECES = ["بنا", "به", "بر", "طبق", "اساس", "براساس", "این", "همین", "بیانیه", "اطلاعیه", " ", "  ", "\n", "،",
                     ",", "ب", "ط", "x", "1", "_", "ا"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_STATEMENT_PIECES), max_size=25).map("".join))
def test_per_statement_equals_the_plain_pattern(t: str) -> None:
    plain = re.compile(_PER_STATEMENT_PLAIN)
    assert [(m.span(), m.span(1)) for m in Q._PER_STATEMENT.finditer(t)] == \
        [(m.span(), m.span(1)) for m in plain.finditer(t)]


_GOZARESH_PIECES = ["به", "ه", "گزارش", "گزرش", "نوشته", "خبرگزاری", "فارس", " ", "  ", "\n", ".", "،", "؛", ":", "«",
                    "(", "-", "!", "؟", "ب", "*", "x", "تصویری", "ایسنا", "،"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_GOZARESH_PIECES), max_size=25).map("".join))
def test_be_gozaresh_equals_the_plain_search(t: str) -> None:
    fast, plain = P._be_gozaresh(t), P._BE_GOZARESH.search(t)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


def _occurrences(t: str, words) -> list[tuple[str, int]]:  # noqa: ANN001 - plain str.find reference
    out = []
    for w in words:
        i = t.find(w)
        while i >= 0:
            out.append((w, i))
            i = t.find(w, i + 1)
    return out


def _cues_reference(t: str) -> list[tuple[int, int, str]]:
    out: dict[int, tuple[int, int, str]] = {}
    for anchor, i in _occurrences(t, Q._BY_ANCHOR):
        Q._cue_at(t, i, Q._BY_ANCHOR[anchor], out)
    res: list[tuple[int, int, str]] = []
    for m in sorted(out.values()):
        if not (res and m[0] < res[-1][1]):
            res.append(m)
    return res


_CUE_TEXT_PIECES = [*Q.CUES, "می ", " ", "ه", "ند", ":", "،", "شد", "ه است", "ه بود", "ا", "ظ", "\n", "x", "«"]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_CUE_TEXT_PIECES), max_size=30).map("".join))
def test_cues_equal_the_anchor_hits_reference(t: str) -> None:
    assert Q._cues(t) == _cues_reference(t)


def test_be_gozaresh_starts_in_the_run_before_the_word() -> None:
    t = "خبر کوتاه است.  به  گزارش خبرگزاری فارس، آمد"
    m = P._be_gozaresh(t)
    assert m is not None and m.span() == P._BE_GOZARESH.search(t).span() == (15, 26)
    assert P._be_gozaresh("گزارش تصویری از سفر") is None and P._be_gozaresh("متن بی منبع") is None


_FOLLOW_PIECES = ["فارس", "ما", " را", " در", " اینستاگرام", " تلگرام", " توییتر", " دنبال", " کنید", "به", " کانال",
                  " صفحه", " بپیوندید", " ", "   ", "\n", ".", "،", "x", "خبرگزاری تسنیم", "ابتدا " * 4]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_FOLLOW_PIECES), max_size=25).map("".join))
def test_follow_us_equals_the_plain_search(u: str) -> None:
    fast, plain = P._follow_us(u), P._FOLLOW_US.search(u)
    assert (fast.span(), fast.groups()) == (plain.span(), plain.groups()) if plain else fast is None


def test_follow_us_finds_a_long_name() -> None:
    u = "متن خبر. " + "نام " * 6 + "خبرگزاری تسنیم را در اینستاگرام دنبال کنید"
    assert P._follow_us(u).span() == P._FOLLOW_US.search(u).span()
    assert P._follow_us("به کانال تلگرام ما بپیوندید").group(2) == "ما"


_MID_COLON_POSSESSIVE = re.compile(r"(?:[.!؟»]|(?<!\s)\s{3})\s*+([^\n:«».،؛]{2,60}?)\s*(?:\([^)\n]{0,40}\))?\s*:")
_COLON_PIECES = ["خبرگزاری فارس", "ایرنا", " ", "  ", "   ", "    ", "\n", ".", "»", ":", "؟", "!", "(یکشنبه)", "(10:30)",
                 "،", "؛", "«", "ا", "ب", "\t"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_COLON_PIECES), max_size=30).map("".join))
def test_mid_colon_lead_equals_the_look_behind_form(t: str) -> None:
    assert [(m.span(), m.span(1)) for m in P._MID_COLON_LEAD.finditer(t)] == \
        [(m.span(), m.span(1)) for m in _MID_COLON_POSSESSIVE.finditer(t)]


_SCAN_PIECES = [*_CUE_TEXT_PIECES, "به", "طبق", "از", "بنا", "بر", "گفته", "نوشته", "اظهارات", "ادعای", "اعتقاد", "عقیده",
                "نگاه", "علی، ", "  "]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=30).map("".join))
def test_one_scan_gives_the_cues_and_the_phrase_words(t: str) -> None:
    cues, gofte = Q._scan(t)
    assert cues == _cues_reference(t)
    assert sorted(gofte) == sorted(_occurrences(t, Q._GOFTE_HEADS))


_LEAD_PIECES = ["به گزارش", "طبق گزارش", "در همین حال", "همچنین", "اما", "با این که", "خبرگزاری فارس", "تهران", "ایرنا",
                " ", "  ", "،", ",", "-", "–", "\u200b", "\n", ":", "گروه", "سرویس", "علی", "x"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=15).map("".join))
def test_lead_skip_without_a_dash_needs_only_the_phrases(s: str) -> None:
    full = Q._LEAD_SKIP.match(s)
    if not ("-" in s or "–" in s or "\u200b" in s):
        fast = Q._LEAD_SKIP_NO_DASH.match(s)
        assert (fast.span() if fast else None) == (full.span() if full else None)


_ALPHABET = "ابمن ر."


@settings(max_examples=800)
@given(st.lists(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=8), st.text(_ALPHABET, max_size=12))
def test_alternation_grouped_by_first_character_equals_the_plain_one(words: list[str], t: str) -> None:
    grouped = re.compile("(?:" + Q.alternation(words) + ")(?!ا)")
    plain = re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?!ا)")
    for i in range(len(t) + 1):
        a, b = grouped.match(t, i), plain.match(t, i)
        assert (a.span() if a else None) == (b.span() if b else None)
    assert [m.span() for m in grouped.finditer(t)] == [m.span() for m in plain.finditer(t)]


_TITLE_PIECES = [*sorted(Q.TITLES)[:30], "زاده", "پور", "علی", "،", ",", " ", "  ", "x", "ی", "ها"]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=10).map("".join))
def test_title_patterns_equal_the_plain_alternation(t: str) -> None:
    plain = "(?:" + "|".join(re.escape(x) for x in sorted(Q.TITLES, key=len, reverse=True)) + ")" + Q._NOT_SURNAME
    at = re.compile(plain)
    assert [m.span() for m in Q._TITLE_AT.finditer(t)] == [m.span() for m in at.finditer(t)]
    m1, m2 = Q._TITLE_RE.match(t), at.match(t)
    assert (m1.span() if m1 else None) == (m2.span() if m2 else None)


_KNOWN_NAMES = sorted(k for k in P.OUTLETS if not k.isascii())
_NAME_PIECES = [*_KNOWN_NAMES[::7], *_KNOWN_NAMES[:12], " ", "ی", "«", "»", "x", "نیوز"]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=6).map("".join))
def test_outlet_alternations_equal_the_plain_ones(t: str) -> None:
    known = "|".join(sorted((re.escape(k) for k in P.OUTLETS if not k.isascii()), key=len, reverse=True))
    foreign = "|".join(sorted((re.escape(k) for k, v in P.OUTLETS.items() if v in P.FOREIGN and not k.isascii()),
                              key=len, reverse=True))
    for fast, plain in ((P._KNOWN_ALT, known), (P._FOREIGN_ALT, foreign)):
        a, b = re.compile(f"(?:{fast})(?![\\w])"), re.compile(f"(?:{plain})(?![\\w])")
        for i in range(len(t) + 1):
            x, y = a.match(t, i), b.match(t, i)
            assert (x.span() if x else None) == (y.span() if y else None)


S = importlib.import_module("didban.text.segment")


def _sentence_spans_reference(text: str) -> list[tuple[int, int]]:
    """The splitter with one trimming call per sentence (as before the inlining)."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    for m in S._END.finditer(text):
        run = m.group(0)
        nl = run.find("\n")
        if nl >= 0:
            S._add(text, start, m.start() + nl, spans)
            start = m.start() + nl + 1
            continue
        if m.end() < n and not text[m.end()].isspace() and not S._glued_end(text, m.start(), m.end()):
            continue
        if run == ".":
            p = m.start()
            w = S._WORD_BEFORE.search(text, max(0, p - 12), p)
            if w:
                word = w.group(1).lower()
                if word in S._ABBREV or (len(word) == 1 and word.isalpha()) or "." in word:
                    continue
        S._add(text, start, m.end(), spans)
        start = m.end()
    S._add(text, start, n, spans)
    return spans


_SENTENCE_PIECES = ["علی", "رفت", "است", ".", "!", "؟", "…", "»", "«", ")", '"', " ", "  ", "\n", "\n\n", "\t", "U.S", "Dr",
                    "ج.ا.ا", "3.14", "a", "ب"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=30).map("".join))
def test_sentence_spans_equal_the_reference(t: str) -> None:
    assert S.sentence_spans(t) == _sentence_spans_reference(t)


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_STATEMENT_PIECES + ["ی", "م", "ه", "د", "نا"]), max_size=25).map("".join))
def test_per_statement_scan_from_the_first_keyword_equals_the_full_scan(t: str) -> None:
    assert [(m.span(), m.span(1)) for m in Q._per_statement(t)] == \
        [(m.span(), m.span(1)) for m in Q._PER_STATEMENT.finditer(t)]


N = importlib.import_module("didban.text.normalize")
_HAMZA_PIECES = list("اوىيەہےهبآأإؤئۀۂۓé ًَُِّْٰٕٓٔ\u0301ک\n") + ["ا\u0654", "ه\u0654", "\u0654\u064e", "é\u0654"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_HAMZA_PIECES), max_size=20).map("".join))
def test_hamza_not_alone_found_from_the_hamza(s: str) -> None:
    assert (N._HAMZA_NOT_ALONE_AT.search(s) is None) == (N._HAMZA_NOT_ALONE.search(s) is None)


def _name_before_title_reference(t: str, role: str, skip: int) -> str | None:
    """The scan of every mention of ``role`` on every call, as before the per-text cache (quadratic in quotes)."""
    def name_at(i: int) -> str | None:
        window = t[max(0, i - 40):i]
        cut = max(window.rfind(c) for c in ".،,:؛()\n!؟")
        ws = window[cut + 1:].replace("«", " ").replace("»", " ").split()[-2:]
        if i > 0 and t[i - 1] == " " and (Q._name_words(ws) or (  # (the same word tests; only the caching differs)
                len(ws) == 1 and cut >= 0 and Q._name_words(["ا", ws[0]]) and not Q._garbage(ws[0]))):
            return " ".join(ws)
        return None

    full = role.split()
    words = full[:4]
    role = " ".join(words)
    i = t.find(role)
    while i >= 0:
        if i != skip and abs(i - skip) > 3 and name_at(i):
            return name_at(i)
        i = t.find(role, i + 1)
    if len(words) >= 2:  # a coordinated title: «X و Y REST» names «X REST»
        coord = t.find(words[0] + " و ")
        while coord >= 0:
            w_end = t.find(" ", coord + len(words[0]) + 3)
            if w_end >= 0 and t.startswith(" " + " ".join(words[1:]), w_end) and abs(coord - skip) > 3 \
                    and name_at(coord):
                return name_at(coord)
            coord = t.find(words[0] + " و ", coord + 1)
    i = t.find(full[0] + " ")  # the same title written longer elsewhere («فرماندار ایالت نیویورک»), stop 27
    while i >= 0:
        e = Q._ROLE_END.search(t, i + len(full[0]) + 1, min(len(t), i + 92))
        said = t[i:e.start() if e else min(len(t), i + 92)].strip()
        if abs(i - skip) > 3 and name_at(i) and said.split()[1:2] != ["و"] and Q._same_role(said, " ".join(full)):
            return name_at(i)
        i = t.find(full[0] + " ", i + 1)
    return None


_NAME_PIECES = ["وزیر کشور", "سعید جلیلی", "وی", "گفت", "، ", ". ", " ", "«", "»", "امروز", "۱۴۰۳", "علی", "معاون", "وزیر و", "ستاد انتخابات کشور",
                "داشتم", "می", "شود", "\n"]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map(" ".join), st.integers(-5, 400))
def test_name_before_title_with_its_cache_equals_the_plain_scan(t: str, skip: int) -> None:
    for role in ("وزیر کشور", "معاون", "وزیر کشور و رئیس ستاد انتخابات کشور", "وزیر ستاد انتخابات کشور"):
        assert Q._name_before_title(t, role, skip) == _name_before_title_reference(t, role, skip)
