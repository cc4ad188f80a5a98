"""didban.entities: named-entity recognition and linking.

Public functions (the model loads lazily, once per process):

- ``tag_tokens(tokens) -> list[str]``: IOB2 tags for one sentence of tokens (the most accurate
  installed tagger: the fine-tuned e5-small when its model is present, else the CRF;
  ``DIDBAN_NER_BACKEND=crf|e5`` overrides).
- ``extract_mentions(text) -> list[Mention]``: entity mentions with offsets into ``text`` and
  canonical ids (``didban.entities.linking``). It runs on every ingested article, so it uses the
  fast CRF unless ``backend="e5"`` or ``DIDBAN_NER_BACKEND=e5`` (about 100x slower, more accurate).
"""

from __future__ import annotations

import os

from didban.records import Mention


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB2 tags (``B-PER``, ``I-ORG``, ..., ``O``) for one sentence of tokens."""
    from didban.entities.ner import tag_tokens as _tag

    return _tag(tokens)


def extract_mentions(text: str, *, link: bool = True, backend: str | None = None) -> list[Mention]:
    """Entity mentions of ``text``: ``Mention(text, type, start, end, canonical)``, offsets into ``text``.

    ``backend``: ``crf`` (default, or ``DIDBAN_NER_BACKEND``) or ``e5``."""
    from didban.entities.linking import linker
    from didban.entities.ner import spans
    from didban.entities.ner import tag_tokens as _tag
    from didban.entities.tokenize import sentences, tokenize

    out: list[Mention] = []
    if not text or not text.strip():
        return out
    backend = backend or os.environ.get("DIDBAN_NER_BACKEND", "").strip().lower() or "crf"
    for line_start, line in _lines(text):
        for sent in sentences(tokenize(line)):
            tags = _tag([t for t, _, _ in sent], backend_name=backend)
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
