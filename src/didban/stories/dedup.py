"""Exact and near-duplicate detection (MinHash LSH over folded word shingles).

A *copy* is an article whose folded text repeats another one: the same item from two
feeds (exact), or a syndicated copy with a new lead («به گزارش ...»), a cut tail or a few
edited words (near). Both are linked to their *original*: the one the copy cites, else the earliest
published (a stream may bring the original after its copy: the clusterer then turns the first one seen into
its copy, :meth:`didban.stories.StoryClusterer.drain_repointed`; see :mod:`didban.stories.origin`).

How it decides:

- exact: a hash of the folded text (title + text when the text is short: outlets rewrite
  headlines, so a long body is compared without its title);
- near: datasketch MinHash (``num_perm`` permutations) over word 3-shingles of the folded
  text, candidates from ``MinHashLSH`` at a low Jaccard threshold, then verified on the
  estimated Jaccard **or** the estimated containment of the shorter text in the longer one
  (``C = J (|A| + |B|) / ((1 + J) |A|)``), so a copy that keeps only the first half of the
  original is still found. Only the signatures and shingle counts are kept, never the text.

Short texts (fewer than ``min_shingles`` shingles) are matched on the exact hash only:
two one-line items with the same words are often different news.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from didban.text.normalize import fold

_WORD = re.compile(r"\w+")
_MASK = np.uint64(0xFFFFFFFF)
_P1 = np.uint64(0x9E3779B1)
_P2 = np.uint64(0x85EBCA77)


def words(text: str) -> list[str]:
    """Folded word tokens of ``text``."""
    return _WORD.findall(fold(text))


_AFFIXES = (*((" می ", " می"), (" نمی ", " نمی")),
            *((f" {x} ", f"{x} ") for x in ("هایی", "های", "ها", "ترین", "تر", "اند")))


def joined(ftext: str) -> str:
    """Folded ``ftext`` with the verb prefixes «می», «نمی» joined to the next word and the suffixes «ها», «های»,
    «تر», «ترین» ... to the one before: a copy retyped with the ZWNJ dropped («محلهای») or turned into a space
    («محل های») reads as the same words (``fold`` turns a ZWNJ into a space, as the search index needs)."""
    for spaced, glued in _AFFIXES:
        if spaced in ftext:
            ftext = ftext.replace(spaced, glued)
    return ftext


class _TokenHasher:
    """Stable 32-bit ids of tokens (crc32), cached; the cache is cleared when it grows large."""

    def __init__(self, cap: int = 500_000) -> None:
        self.cache: dict[str, int] = {}
        self.cap = cap

    def __call__(self, toks: list[str]) -> np.ndarray:
        c = self.cache
        if len(c) > self.cap:
            c.clear()
        out = np.empty(len(toks), dtype=np.uint64)
        for i, t in enumerate(toks):
            h = c.get(t)
            if h is None:
                h = c[t] = zlib.crc32(t.encode("utf-8"))
            out[i] = h
        return out


def shingle_hashes(toks: list[str], k: int = 3, hasher: _TokenHasher | None = None) -> np.ndarray:
    """Distinct 32-bit hashes of the word ``k``-shingles of ``toks`` (a short text: its whole token tuple)."""
    h = (hasher or _TokenHasher())(toks)
    if len(h) == 0:
        return h
    if len(h) < k:
        k = len(h)
    n = len(h) - k + 1
    acc = h[:n].copy()
    for j in range(1, k):
        acc = ((acc * _P1) ^ (h[j : j + n] * _P2) + np.uint64(j)) & _MASK
    return np.unique(acc)


@dataclass(slots=True)
class DupMatch:
    original: str  # key of the matched (original) item
    jaccard: float  # estimated Jaccard (1.0 for exact)
    containment: float  # estimated containment of the smaller text in the larger
    exact: bool


Signature = tuple[str, "MinHash | None", int, tuple[str, ...]]
_NUM = re.compile(r"\d+(?:[.٫]\d+)?")
_MAX_NUMBERS = 60


def numbers_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two near-identical texts tell the same facts: when both carry at least two numbers, at least half
    of the shorter list must appear in the other in the same order (longest common subsequence). A copy keeps its
    original's numbers (a cut tail keeps a prefix, a new lead adds some before them); a report written from the
    same template about another event («... ۴.۶ ریشتر ساعت ۱۳ و ۴۰ دقیقه ...», «... ۴.۳ ریشتر ساعت ۱۵ و ۲۰
    دقیقه ...») does not."""
    if min(len(a), len(b)) < 2:
        return True
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] * 2 >= min(len(a), len(b))


class NearDuplicateIndex:
    """Incremental index of the texts seen in the window: ``match`` then ``add``, ``remove`` to evict.

    ``jaccard`` and ``containment`` are the verification thresholds; a candidate pair is a copy
    when either holds. ``lsh_threshold`` only controls which candidates are looked at."""

    def __init__(
        self,
        num_perm: int = 64,
        shingle: int = 3,
        jaccard: float = 0.6,
        containment: float = 0.8,
        lsh_threshold: float = 0.3,
        min_shingles: int = 8,
        max_chars: int = 20_000,
    ) -> None:
        self.max_chars = max_chars
        self.num_perm = num_perm
        self.shingle = shingle
        self.jaccard = jaccard
        self.containment = containment
        self.min_shingles = min_shingles
        self._template = MinHash(num_perm=num_perm, seed=1)
        self._lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
        self._sig: dict[str, tuple[np.ndarray, int]] = {}  # key -> (hash values, shingle count)
        self._exact: dict[str, str] = {}  # content hash -> key
        self._exact_of: dict[str, str] = {}  # key -> content hash
        self._nums: dict[str, tuple[str, ...]] = {}  # key -> the numbers of its text, in order (see numbers_agree)
        self._hasher = _TokenHasher()

    def __len__(self) -> int:
        return len(self._exact_of)

    def signature(self, title: str, text: str) -> Signature:
        """(exact hash, MinHash or None for short texts, shingle count, its numbers in order) of one item."""
        return self.signature_folded(fold(title), fold(text))

    def signature_folded(self, ftitle: str, ftext: str) -> Signature:
        """:meth:`signature` of already folded title and text. Outlets rewrite headlines, so the body
        alone is compared when it is long enough (``min_shingles``), else title and body together;
        only the first ``max_chars`` characters are shingled."""
        # the exact hash and the shingles read the words with their affixes joined (see :func:`joined`)
        ftitle, ftext = joined(ftitle), joined(ftext)
        toks = _WORD.findall(ftext[: self.max_chars])
        if not toks and not _WORD.search(ftitle):
            return "", None, 0, ()  # no words at all: a copy of nothing (empty items are not each other's copies)
        if len(toks) - self.shingle + 1 >= self.min_shingles:
            exact = hashlib.blake2b(ftext.encode(), digest_size=16).hexdigest()
        else:
            toks = _WORD.findall(ftitle) + toks
            exact = hashlib.blake2b(f"{ftitle}\n{ftext}".encode(), digest_size=16).hexdigest()
        sh = shingle_hashes(toks, self.shingle, self._hasher)
        if len(sh) < self.min_shingles:
            return exact, None, len(sh), ()
        nums = tuple(_NUM.findall(ftext[: self.max_chars]))[:_MAX_NUMBERS]
        m = MinHash(
            num_perm=self.num_perm, permutations=self._template.permutations, scheme=self._template.scheme,
            hashfunc=int,
        )
        m.update_batch(sh.tolist())
        return exact, m, len(sh), nums

    def match(
        self, sig: Signature, rank: Callable[[str], int] | None = None,
        keep: Callable[[str], bool] | None = None,
    ) -> DupMatch | None:
        """Best copy-of match among indexed items, or None. ``rank`` orders equally good candidates
        (lower first), e.g. by arrival order, so a copy links to the earliest original; ``keep`` says which
        indexed items may be matched at all (e.g. those still in a time window)."""
        exact, m, n, nums = sig
        hit = self._exact.get(exact) if exact else None
        if hit is not None and (keep is None or keep(hit)):
            return DupMatch(hit, 1.0, 1.0, True)
        if m is None:
            return None
        best: DupMatch | None = None
        best_rank: tuple[float, int] | None = None
        for key in self._lsh.query(m):
            if keep is not None and not keep(key):
                continue
            hv, n2 = self._sig[key]
            j = float(np.count_nonzero(hv == m.hashvalues)) / self.num_perm
            small, large = (n, n2) if n <= n2 else (n2, n)
            c = min(1.0, j * (small + large) / ((1.0 + j) * max(small, 1))) if j > 0 else 0.0
            if j < self.jaccard and c < self.containment:
                continue
            if not numbers_agree(nums, self._nums.get(key, ())):
                continue  # one template, other facts: «زمین‌لرزه ۴.۶ ریشتری راور ...» and «... ۴.۳ ریشتری بستک ...»
            order = (-round(max(j, c), 2), rank(key) if rank else 0)
            if best_rank is None or order < best_rank:
                best, best_rank = DupMatch(key, j, c, False), order
        return best

    def add(self, key: str, sig: Signature) -> None:
        if key in self._exact_of:
            return
        exact, m, n, nums = sig
        if exact:
            self._exact.setdefault(exact, key)
        self._exact_of[key] = exact
        if m is not None:
            self._lsh.insert(key, m, check_duplication=False)
            self._sig[key] = (m.hashvalues.copy(), n)
            if nums:
                self._nums[key] = nums

    def remove(self, key: str) -> None:
        exact = self._exact_of.pop(key, None)
        if exact is None:
            return
        if self._exact.get(exact) == key:
            del self._exact[exact]
        if self._sig.pop(key, None) is not None:
            self._lsh.remove(key)
        self._nums.pop(key, None)
