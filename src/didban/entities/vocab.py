"""Words that are almost never the start of a name: the quote extractor's check on a «name» it read.

A word is *common* when the NER gold marks it outside any entity at least ``min_count`` times and as the first
token of an entity in at most ``max_share`` of its uses (PEYMA train and the NSURL-2019 600K set, folded forms;
not Arman, whose folds are the NER test sets, nor the provenance gold). Only the word list is shipped
(``didban/models/common-words.txt``, one folded word per line), never the sentences it was counted from.

    python -m didban.entities.vocab        # rebuild the list from ../shared/data/raw
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from didban.text.normalize import fold

COMMON_WORDS_PATH = Path(__file__).resolve().parent.parent / "models" / "common-words.txt"


def common_words(base: Path | None = None, min_count: int = 10, max_share: float = 0.01) -> list[str]:
    from didban.entities import corpora

    outside: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for tokens, tags in corpora.peyma("train", base) + corpora.nsurl_600k(base):
        for w, tag in zip(tokens, tags, strict=True):
            for i, part in enumerate(fold(w).split()):
                if tag == "O":
                    outside[part] += 1
                elif tag.startswith("B") and i == 0:
                    first[part] += 1
    return sorted(w for w, c in outside.items()
                  if c >= min_count and first[w] <= max_share * c and w.isalpha() and len(w) > 1)


def main() -> int:
    words = common_words()
    COMMON_WORDS_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {COMMON_WORDS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
