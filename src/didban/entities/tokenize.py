"""A PEYMA-style word tokenizer with character offsets into the given text.

Words joined by ZWNJ stay one token (PEYMA writes them with a space, and ``fold`` maps ZWNJ
to a space, so both look alike to the tagger); punctuation marks are tokens of their own;
numbers keep their decimal/date separators (``3.5``, ``۱۴۰۲/۰۵/۱۰``).
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"\d+(?:[.,/٫٬:]\d+)*"  # numbers, dates, times
    r"|[^\W\d_]+(?:[\u200c\u200d\u0640]*[^\W_]+)*[\u200c]?(?=\W|$|\d)"  # words (ZWNJ-joined parts)
    r"|\w+"
    r"|[^\w\s\u200c\u200d]"
)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` for every token of ``text``."""
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        end = m.end()
        if tok.endswith("\u200c"):
            tok = tok[:-1]
            end -= 1
        if tok:
            out.append((tok, m.start(), end))
    return out


def sentences(tokens: list[tuple[str, int, int]], max_len: int = 120) -> list[list[tuple[str, int, int]]]:
    """Split a token list into sentences at . ! ? ؟ and line-ending marks (bounded length)."""
    out: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    for t in tokens:
        cur.append(t)
        if t[0] in {".", "!", "?", "؟", "…"} or len(cur) >= max_len:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out
