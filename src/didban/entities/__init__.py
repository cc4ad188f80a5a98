"""didban.entities: named-entity recognition and linking.

Public functions (the model loads lazily, once per process):

- ``tag_tokens(tokens) -> list[str]``: IOB2 tags for one sentence of tokens, alone (the most accurate
  installed tagger: the fine-tuned e5-small when its model is present, else the CRF;
  ``DIDBAN_NER_BACKEND=crf|e5`` overrides).
- ``extract_mentions(text) -> list[Mention]``: entity mentions with offsets into ``text`` and
  canonical ids (``didban.entities.linking``). It runs on every ingested article, so it uses the
  fast CRF, which reads the whole text as one document (``ner.tag_document``), unless
  ``backend="e5"`` or ``DIDBAN_NER_BACKEND=e5`` (about 100x slower). Arabic and English copy
  (``lang="ar"``, ``"en"``) is read by the gazetteer (``Linker.arabic_mentions``,
  ``Linker.latin_mentions``) and the quote speakers, not by the Persian taggers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence

from didban.records import Mention

_ARABIC = re.compile(r"[\u0600-\u06ff]")


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB2 tags (``B-PER``, ``I-ORG``, ..., ``O``) for one sentence of tokens."""
    from didban.entities.ner import tag_tokens as _tag

    return _tag(tokens)


def extract_mentions(text: str, *, link: bool = True, backend: str | None = None, lang: str | None = None,
                     speakers: Sequence[str] = ()) -> list[Mention]:
    """Entity mentions of ``text``: ``Mention(text, type, start, end, canonical)``, offsets into ``text``.

    ``backend``: ``crf`` (default, or ``DIDBAN_NER_BACKEND``) or ``e5``. ``lang="ar"`` (Arabic copy, which
    the Persian taggers misread): the gazetteer's actors by their Arabic and Latin names, and the persons
    among ``speakers`` (the article's quote speakers) wherever they are written."""
    from didban.entities.linking import LATIN, linker
    from didban.entities.ner import spans, tag_document
    from didban.entities.ner import tag_tokens as _tag
    from didban.entities.tokenize import sentences, tokenize

    out: list[Mention] = []
    if not text or not text.strip():
        return out
    if lang == "ar":
        from didban.text.arabic import has_persian

        if not has_persian(text):
            return _arabic_mentions(text, speakers)
    if lang == "en" and not _ARABIC.search(text):  # the Persian tagger reads English poorly: the gazetteer
        lk = linker()
        return _with_speakers(text, lk.latin_mentions(text), speakers, _english_person)
    backend = backend or os.environ.get("DIDBAN_NER_BACKEND", "").strip().lower() or "crf"
    sents = [(line_start, sent) for line_start, line in _lines(text) for sent in sentences(tokenize(line))]
    toks = [[t for t, _, _ in sent] for _, sent in sents]
    if backend == "e5":
        tagged = [_tag(x, backend_name="e5") for x in toks]
    else:  # the whole text is the CRF's document context (an article is in order however long)
        tagged = tag_document(toks, order="document")
    for (line_start, sent), tags in zip(sents, tagged, strict=True):
        for a, b, typ in spans(tags):
            s, e = sent[a][1] + line_start, sent[b - 1][2] + line_start
            out.append(Mention(text=text[s:e], type=typ, start=s, end=e))
    if not link:
        return out
    lk = linker()
    out = lk.link(out)
    if not LATIN.search(text):
        return out
    # English names of known actors from the gazetteer. The Persian tagger reads Latin script poorly («ISIS
    # claimed the attack» as a person), so in a text mostly in Latin script its Latin-only spans are dropped,
    # and anywhere a gazetteer name wins over a Latin-only span it overlaps.
    latin = lk.latin_mentions(text)
    mostly_latin = len(LATIN.findall(text)) > len(_ARABIC.findall(text))
    out = [m for m in out if _ARABIC.search(m.text) or not (
        mostly_latin or any(x.start < m.end and m.start < x.end for x in latin))]
    latin = [x for x in latin if not any(m.start < x.end and x.start < m.end for m in out)]
    return sorted(out + latin, key=lambda m: m.start) if latin else out


def _arabic_mentions(text: str, speakers: Sequence[str]) -> list[Mention]:
    from didban.entities.linking import linker
    from didban.text.arabic import person_name, titled_people

    lk = linker()
    people = [*speakers, *titled_people(text)]  # quoted or not, a name written with a title is a person
    return _with_speakers(text, lk.arabic_mentions(text) + lk.latin_mentions(text), people, person_name)


_EN_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z'’-]+){1,3}")
_EN_NOT_PERSON = frozenset((
    "Ministry", "Government", "Agency", "Guards", "Guard", "Council", "Centre", "Center", "Organization",
    "Organisation", "Company", "Corps", "Forces", "Army", "Police", "News", "Rights", "Statistical", "Court",
    "Office", "Committee", "Parliament", "Union", "Authority", "Bank", "University", "Watch", "International",
    "Republic", "Islamic", "Revolutionary", "Navy", "Command", "Department", "Service", "Group", "Front", "Party",
))


def _english_person(name: str) -> bool:
    """A quote speaker that is a person's name («Abbas Araghchi»), not a body («Iran Human Rights»)."""
    return bool(_EN_PERSON.fullmatch(name)) and not _EN_NOT_PERSON.intersection(name.split())


def _with_speakers(text: str, found: list[Mention], speakers: Sequence[str],
                   is_person: Callable[[str], bool]) -> list[Mention]:
    """``found`` plus a PER mention wherever a speaker that ``is_person`` is written; the longest of
    overlapping mentions kept."""
    from didban.entities.linking import linker

    lk = linker()
    found = list(found)
    for name in dict.fromkeys(n for n in speakers if n and is_person(n)):
        pos = text.find(name)
        while pos != -1:
            found.append(Mention(text=name, type="PER", start=pos, end=pos + len(name),
                                 canonical=lk.canonical(name, "PER")))
            pos = text.find(name, pos + len(name))
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):  # the longest of overlapping names
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, line))
        pos += len(line)
    return out


__all__ = ["extract_mentions", "tag_tokens"]
