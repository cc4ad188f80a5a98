"""didban.entities: named-entity recognition and linking.

Public functions (the model loads lazily, once per process):

- ``tag_tokens(tokens) -> list[str]``: IOB2 tags for one sentence of tokens.
- ``extract_mentions(text) -> list[Mention]``: entity mentions with offsets into ``text`` and
  canonical ids (``didban.entities.linking``).
"""

from __future__ import annotations

from didban.records import Mention


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB2 tags (``B-PER``, ``I-ORG``, ..., ``O``) for one sentence of tokens."""
    from didban.entities.ner import tag_tokens as _tag

    return _tag(tokens)


def extract_mentions(text: str, *, link: bool = True) -> list[Mention]:
    """Entity mentions of ``text``: ``Mention(text, type, start, end, canonical)``, offsets into ``text``."""
    from didban.entities.linking import linker
    from didban.entities.ner import spans
    from didban.entities.ner import tag_tokens as _tag
    from didban.entities.tokenize import sentences, tokenize

    out: list[Mention] = []
    if not text or not text.strip():
        return out
    for line_start, line in _lines(text):
        for sent in sentences(tokenize(line)):
            tags = _tag([t for t, _, _ in sent])
            for a, b, typ in spans(tags):
                s, e = sent[a][1] + line_start, sent[b - 1][2] + line_start
                out.append(Mention(text=text[s:e], type=typ, start=s, end=e))
    return linker().link(out) if link else out


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, line))
        pos += len(line)
    return out


__all__ = ["extract_mentions", "tag_tokens"]
