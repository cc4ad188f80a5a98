"""Words that are almost never the start of a name (the quote extractor's check on a «name» it read), and words that
mostly open a person's name of two or more words (given names: «الکساندر لوکاشنکو», so a speaker named by the surname
alone is shown with the name the article gives in full).

A word is *common* when the NER gold marks it outside any entity at least ``min_count`` times and as the first
token of an entity in at most ``max_share`` of its uses (PEYMA train and the NSURL-2019 600K set, folded forms;
not Arman, whose folds are the NER test sets, nor the provenance gold). A word is a *given name* when it opens a
person's name of two or more words at least ``min_count`` times and in at least ``min_share`` of its uses, or
twice and in ``rare_share`` of its uses (same sets). Only the word lists are shipped
(``didban/models/common-words.txt``, ``didban/models/given-names.txt``, one folded word per line), never the
sentences they were counted from.

    python -m didban.entities.vocab        # rebuild both lists from ../shared/data/raw
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from didban.text.normalize import fold

COMMON_WORDS_PATH = Path(__file__).resolve().parent.parent / "models" / "common-words.txt"
GIVEN_NAMES_PATH = COMMON_WORDS_PATH.with_name("given-names.txt")


@lru_cache(maxsize=2)
def _counts(base: Path | None) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """One pass over the NER gold: per folded word, its uses, its uses outside any entity, as the first word of an
    entity, and as the first word of a person's name of two or more words."""
    from didban.entities import corpora

    uses: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    first: Counter[str] = Counter()
    opens: Counter[str] = Counter()
    for tokens, tags in corpora.peyma("train", base) + corpora.nsurl_600k(base):
        for j, (w, tag) in enumerate(zip(tokens, tags, strict=True)):
            parts = fold(w).split()
            for i, part in enumerate(parts):
                uses[part] += 1
                if tag == "O":
                    outside[part] += 1
                elif tag.startswith("B") and i == 0:
                    first[part] += 1
                    if tag == "B-PER" and (len(parts) > 1 or (j + 1 < len(tags) and tags[j + 1] == "I-PER")):
                        opens[part] += 1
    return uses, outside, first, opens


def common_words(base: Path | None = None, min_count: int = 10, max_share: float = 0.01) -> list[str]:
    _, outside, first, _ = _counts(base)
    return sorted(w for w, c in outside.items()
                  if c >= min_count and first[w] <= max_share * c and w.isalpha() and len(w) > 1)


def given_names(base: Path | None = None, min_count: int = 3, min_share: float = 0.5,
                rare_share: float = 0.8) -> list[str]:
    """Words that open a person's name at least ``min_count`` times and in ``min_share`` of their uses, or twice
    and in ``rare_share`` of their uses (transcribed foreign names are rare: «دیمیتری», «الیاس»)."""
    uses, _, _, opens = _counts(base)
    return sorted(w for w, c in opens.items()
                  if (c >= min_count and c >= min_share * uses[w] or c >= 2 and c >= rare_share * uses[w])
                  and w.isalpha() and len(w) > 2)


def main() -> int:
    for path, words in ((COMMON_WORDS_PATH, common_words()), (GIVEN_NAMES_PATH, given_names())):
        path.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{len(words)} words -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
