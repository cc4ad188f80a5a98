"""CoNLL-style token files for ``didban ner --conll IN OUT``.

Input: one token per line, a blank (or whitespace-only) line between sentences. Tolerated:
CRLF/CR line ends, a BOM, trailing whitespace, a tag column already present (``token<TAB>tag``:
everything after the first TAB is ignored), tokens with inner spaces, empty files and runs of
blank lines (each one is kept in the output).
Output: ``token<TAB>tag`` per token, IOB2 tags, the same blank lines at the same places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator


def read_lines(data: str) -> list[str]:
    if data.startswith("\ufeff"):
        data = data[1:]
    return data.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _token(line: str) -> str:
    tok = line.split("\t", 1)[0] if "\t" in line else line
    return tok.strip()


def blocks(lines: list[str]) -> Iterator[tuple[str, list[str]]]:
    """("blank", [""]) for each blank line, ("sent", tokens) for each run of token lines."""
    cur: list[str] = []
    n = len(lines)
    if n and lines[-1] == "":  # the final newline does not open another (blank) line
        n -= 1
    for line in lines[:n]:
        tok = _token(line)
        if not tok:
            if cur:
                yield "sent", cur
                cur = []
            yield "blank", [""]
        else:
            cur.append(tok)
    if cur:
        yield "sent", cur


def tag_conll(data: str, tagger: Callable[[list[str]], list[str]], max_len: int = 400) -> str:
    """Tag a whole CoNLL text; returns the output text (``token<TAB>tag`` lines)."""
    out: list[str] = []
    for kind, toks in blocks(read_lines(data)):
        if kind == "blank":
            out.append("")
            continue
        tags: list[str] = []
        for i in range(0, len(toks), max_len):  # bound very long "sentences"
            tags += tagger(toks[i : i + max_len])
        out.extend(f"{t}\t{g}" for t, g in zip(toks, tags, strict=True))
    return "\n".join(out) + ("\n" if out else "")


def read_tagged(lines: Iterable[str]) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a ``token<TAB>tag`` file (the output of ``tag_conll``)."""
    toks: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if toks:
                yield toks, tags
                toks, tags = [], []
            continue
        tok, _, tag = line.rpartition("\t")
        toks.append(tok)
        tags.append(tag)
    if toks:
        yield toks, tags
