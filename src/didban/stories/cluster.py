"""Online story clustering: each new article joins an existing story or opens a new one.

After Miranda et al. (2018, "Multilingual clustering of streaming news"): every article is
a set of TF-IDF sub-vectors, a pair of articles gets a few similarity features, and a
linear model over those features (plus a time-decay term) decides whether the new article
joins the story of its best-matching earlier article (best-member linkage, which beat
centroid linkage on FarExStance, see eval/stories.py).

Sub-vectors (all over :func:`didban.text.normalize.fold`-ed text, sub-linear TF, smoothed
IDF, each truncated to its ``top_k`` heaviest terms to bound memory):

- ``u``  word unigrams of title + lead (first ``lead_chars`` characters of the body);
- ``b2`` word bigrams of title + lead;
- ``t``  title unigrams and ``b`` lead unigrams (for the title-vs-body feature);
- ``c``  character 4-grams of the first ``char_chars`` characters of the body;
- ``f``  word unigrams of the first ``body_chars`` characters of the body (its ``body_top_k``
  heaviest terms): the rest of the article, where reports of one story often share names and
  details their leads do not;
- ``e``  entity mentions (``Article.mentions``, canonical id or folded text) when present.

Features of a pair: cos(u), cos(b2), max(cos(t₁,b₂), cos(t₂,b₁)), cos(t), cos(c), cos(f). The default
weights were fitted by logistic regression on the tuning half of the FarExStance claim
groups (eval/stories.py prints the refit); when both articles carry entity mentions a second
model with cos(e) as a seventh feature is used (fitted the same way on NER output). Time decay:
``decay · log(1 + |Δdays|)`` is subtracted from the score when both articles have a date
(FarExStance has no dates, so ``decay`` is set by hand, not fitted).

Across languages (an English or Arabic report of a story told in Persian), the word features are blind, so a
report that found no story in its own language is compared with the other languages' reports of the last
``xl_days`` by language-independent keys (:func:`cross_keys`): the places it names (gazetteer ids), its linked
actors (canonical ids; news agencies left out), its casualty figures and the distinctive numbers of its title and
lead. It joins the story of the best report whose IDF-weighted key cosine reaches ``xl_threshold``, when the two
share at least two keys and one of them is specific (a city, a number or a casualty figure that few reports of
the window carry). Both reports must be dated and carry ``Article.lang``; the keys come from the enrichment stages
(places, entities, events), so bare text is never linked across languages.

Near-copies (:mod:`didban.stories.dedup`) are linked to their original and join its story
without scoring. Incremental IDF: document frequencies are counted as articles arrive
(halved when the count passes ``df_horizon``, so the table stays bounded), or frozen from a
backfill with :meth:`StoryClusterer.fit_df` / :func:`cluster_articles`.

State is bounded by the window: stories whose last report is older than ``window_days``
before the newest date seen are closed and evicted; reports of a still-active story that left
the window are retired (vectors and signatures dropped, only what the story record needs is
kept), and so are all but the latest ``max_story_live`` reports of one story; at most
``max_active`` matchable articles are kept (least recently updated stories close first),
which also bounds undated streams.
Closed stories are handed out once by :meth:`StoryClusterer.drain_closed`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from sys import intern
from typing import TYPE_CHECKING

from didban.records import Article, Story
from didban.stories.dedup import NearDuplicateIndex
from didban.stories.origin import Member, analyse, outlet_key
from didban.text.normalize import fold

if TYPE_CHECKING:
    from datasketch import MinHash

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"(?<!\w)(?:\d{1,3}(?:[,٬]\d{3})+(?!\d)|\d+(?:[.٫]\d+)?)")  # not inside a word («MH17»)
_GAZETTEER_ID = re.compile(r"^(?:per|org|fac|eve):[a-z0-9][a-z0-9:_-]*$")  # linked actors; unlinked ones carry their text
# the gazetteer's news agencies: they say who reports, not what happened
_AGENCY_IDS = frozenset({"org:irna", "org:isna", "org:fars-news", "org:tasnim", "org:mehr-news", "org:irib"})


def _numbers(ftext: str) -> set[str]:
    """Numbers that can tell one story from another: decimals («5.4»), and integers of 32 or more that are not
    years (Jalali 1300-1500, Gregorian 1900-2100); thousands separators dropped, «٫» read as the decimal point."""
    out: set[str] = set()
    for m in _NUMBER.finditer(ftext):
        s = m.group().replace(",", "").replace("٬", "").replace("٫", ".")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
            if "." in s:
                out.add(s)
                continue
        v = int(s)
        if v >= 32 and not (1300 <= v <= 1500 or 1900 <= v <= 2100):
            out.add(str(v))
    return out


def cross_keys(a: Article, lead_chars: int = 600, folded: tuple[str, str] | None = None) -> set[str]:
    """Language-independent keys of an enriched article: ``p:`` place ids (a province only when none of its cities
    is named), ``e:`` linked actor ids (news agencies left out), ``d:``/``i:`` casualty figures of its events, ``n:``
    distinctive numbers of its title and lead (``folded``: its folded title and text, if already computed)."""
    places = a.places or []
    named = {p.province for p in places if p.kind == "city" and p.province}
    # a province whose city is named adds nothing the city does not say
    keys = {"p:" + p.id for p in places if not (p.kind == "province" and p.id in named)}
    for m in a.mentions or []:
        c = m.canonical
        if c and c not in _AGENCY_IDS and _GAZETTEER_ID.match(c):
            keys.add("e:" + c)
    for e in a.events or []:
        if e.dead:
            keys.add(f"d:{e.dead}")
        if e.injured:
            keys.add(f"i:{e.injured}")
    ftitle, ftext = folded or (fold(a.title or ""), fold((a.text or "")[:lead_chars]))
    keys.update("n:" + x for x in _numbers(f"{ftitle} {ftext[:lead_chars]}"))
    return keys


_Sig = tuple[str, "MinHash | None", int, tuple[str, ...]]  # NearDuplicateIndex signature
Term = str | int  # a word, or the hash of a bigram / character n-gram

# Logistic-regression weights over (cos_u, cos_b2, title_vs_body, cos_t, cos_c, cos_f), fitted on the
# tuning half of FarExStance by ``eval/stories.py --fit --sweep`` (see the docstring above). Character
# 4-grams (``char_chars > 0``) got weight ~4 when on but did not change F1, so they are off by default.
# The body feature cos_f (``body_chars=8000``) was added at stop 10: tuning-half F1 0.877 either way,
# pair average precision 0.863 -> 0.868 and labeled F1 0.877 -> 0.886 there (BENCHMARKS.md). The fitted
# bias was -7.09; +0.5 moves the tuning-half best threshold (0.5) onto DEFAULT_THRESHOLD.
# Without the body feature (``body_chars=0``) the weights were (14.4, 2.79, 12.09, 4.11, 0.0), bias -6.9.
DEFAULT_WEIGHTS: tuple[float, ...] = (9.11, 1.45, 9.24, 3.39, 0.0, 8.86)
DEFAULT_BIAS = -6.59
DEFAULT_THRESHOLD = 1.0  # on the logit scale, chosen on the tuning half
# The same six features plus cos(entities), for pairs where both articles have mentions; fitted the
# same way with mentions from didban.entities.extract_mentions (``eval/stories.py --ner --fit``).
# The fitted bias was -7.75; +0.5 moves the tuning-half best threshold of this model (0.5) onto the
# shared DEFAULT_THRESHOLD. (Before stop 10: (11.43, 2.33, 10.53, 3.35, 0.0, 4.66), bias -7.08.)
ENTITY_WEIGHTS: tuple[float, ...] = (7.1, 1.67, 7.24, 4.42, 0.0, 6.83, 4.4)
ENTITY_BIAS = -7.25


def _tokens(ftext: str) -> list[str]:
    return [t for t in _WORD.findall(ftext) if len(t) > 1]


def _norm(v: dict[Term, float], top_k: int) -> dict[Term, float]:
    if not v:
        return {}
    n = math.sqrt(sum(x * x for x in v.values()))
    if n == 0:
        return {}
    if len(v) > top_k:
        v = dict(sorted(v.items(), key=lambda kv: -kv[1])[:top_k])
    return {k: x / n for k, x in v.items()}


def _dot(a: dict[Term, float], b: dict[Term, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b[k] for k, x in a.items() if k in b)


class DocFreq:
    """Document frequencies for IDF: counted incrementally or frozen from a backfill."""

    def __init__(self, horizon: int = 200_000, max_df: float = 0.3) -> None:
        self.n = 0.0
        self.df: Counter[Term] = Counter()
        self.horizon = horizon
        self.max_df = max_df
        self.frozen = False

    def add(self, terms: Iterable[Term]) -> None:
        if self.frozen:
            return
        self.n += 1
        self.df.update(terms)
        if self.n > self.horizon:  # halve: keeps ratios, forgets the long tail
            self.n /= 2
            self.df = Counter({k: v / 2 for k, v in self.df.items() if v >= 2})

    def idf(self, term: str) -> float:
        d = self.df.get(term, 0.0)
        if self.n >= 50 and d > self.max_df * self.n:
            return 0.0
        return math.log((self.n + 1) / (d + 1)) + 1.0


@dataclass(slots=True)
class _Doc:
    key: str
    order: int
    t: float | None
    story: str
    title: str
    member: Member
    u: dict[Term, float] = field(default_factory=dict)
    b2: dict[Term, float] = field(default_factory=dict)
    tt: dict[Term, float] = field(default_factory=dict)
    bb: dict[Term, float] = field(default_factory=dict)
    cc: dict[Term, float] = field(default_factory=dict)
    ee: dict[Term, float] = field(default_factory=dict)
    ff: dict[Term, float] = field(default_factory=dict)
    index: tuple[str, ...] = ()
    lang: str = ""
    xk: dict[str, float] = field(default_factory=dict)  # cross-language keys, IDF-weighted, unit length
    cities: frozenset[str] = frozenset()  # the cities it names (enriched articles): two reports naming only other
    # cities tell of other events, however alike their words («حمله به نیروهای بسیج در ایرانشهر / در دزفول»)
    live: bool = True  # False once retired: vectors dropped, out of the indexes, kept for the record


@dataclass(slots=True)
class _Story:
    id: str
    members: list[str]
    live: deque[str] = field(default_factory=deque)  # members still matchable, oldest first
    first_t: float | None = None
    last_t: float | None = None
    last_order: int = 0


def _ts(a: Article) -> float | None:
    if a.published is None:
        return None
    p = a.published if a.published.tzinfo else a.published.replace(tzinfo=UTC)
    return p.timestamp()


def _dt(t: float | None) -> datetime | None:
    return datetime.fromtimestamp(t, tz=UTC) if t is not None else None


class StoryClusterer:
    """Incremental story clustering with near-duplicate linking; see the module doc.

    ``add(article) -> (story_id, duplicate_of)``; ``stories()`` lists the active (and not yet
    drained closed) stories as :class:`didban.records.Story`. Story ids are ``"s:" +`` the id
    of the story's first article."""

    prune_slack = 50_000  # index keys beyond 8 per live article before the indexes are swept of retired ones

    def __init__(
        self,
        window_days: float = 3.0,
        threshold: float = DEFAULT_THRESHOLD,
        weights: Sequence[float] = DEFAULT_WEIGHTS,
        bias: float = DEFAULT_BIAS,
        decay: float = 1.5,
        entity_weights: Sequence[float] = ENTITY_WEIGHTS,
        entity_bias: float = ENTITY_BIAS,
        lead_chars: int = 1500,
        top_k: int = 100,
        index_terms: int = 12,
        max_candidates: int = 40,
        exhaustive: int = 100,
        min_shared: int = 2,
        postings_cap: int = 400,
        max_active: int = 200_000,
        max_story_live: int = 300,
        df_horizon: int = 50_000,
        dedup: NearDuplicateIndex | None = None,
        char_chars: int = 0,
        body_chars: int = 8000,
        body_top_k: int = 200,
        xl_threshold: float = 0.7,
        xl_days: float = 2.0,
    ) -> None:
        self.window = window_days * 86400.0
        self.threshold = threshold
        self.weights = tuple(weights)
        self.bias = bias
        self.decay = decay
        self.entity_weights = tuple(entity_weights)
        self.entity_bias = entity_bias
        self.lead_chars = lead_chars
        self.top_k = top_k
        self.index_terms = index_terms
        self.max_candidates = max_candidates
        self.exhaustive = exhaustive  # with at most this many matchable reports, every one is a candidate
        self.min_shared = min_shared
        self.postings_cap = postings_cap
        self.max_active = max_active
        self.max_story_live = max_story_live
        self.char_chars = char_chars
        self.body_chars = body_chars
        self.body_top_k = body_top_k
        self.xl_threshold = xl_threshold
        self.xl_window = xl_days * 86400.0
        self._xpost: dict[str, dict[str, deque[str]]] = {}  # language -> key -> reports (cross-language matching)
        self.df = DocFreq(horizon=df_horizon)
        self.dedup = dedup or NearDuplicateIndex()
        self._docs: dict[str, _Doc] = {}
        self._live = 0
        self._stories: OrderedDict[str, _Story] = OrderedDict()  # least recently updated first
        self._postings: dict[str, deque[str]] = {}
        self._closed: list[Story] = []
        self._repointed: dict[str, str] = {}
        self.hold = False  # True: no story leaves the window by date (a batch with late articles is being placed)
        self.last_key: str | None = None  # the key :meth:`add` gave its article (its id, or «#order»)
        self._order = 0
        self._clock: float | None = None
        self._since_sweep = 0
        self._swept_at = -math.inf

    # ------------------------------------------------------------------ features

    def _terms(self, ftitle: str, ftext: str) -> tuple[list[str], list[str], list[int], list[int], list[str]]:
        title = _tokens(ftitle)
        body = _tokens(ftext[: self.lead_chars])
        words = title + body
        # bigrams and char grams as hash() ints: a third of the memory of the strings (hash() is
        # salted per process, which is fine: every key lives inside one process)
        bigrams = [hash((x, y)) for x, y in zip(words, words[1:], strict=False)]
        chars: list[str] = []
        if self.char_chars > 0:
            for w in _tokens(ftext[: self.char_chars]):
                w = f" {w} "
                chars.extend(hash(w[i : i + 4]) for i in range(len(w) - 3))
        full = _tokens(ftext[: self.body_chars]) if self.body_chars > self.lead_chars else body
        return title, body, bigrams, chars, full if self.body_chars > 0 else []

    def _fold_chars(self) -> int:
        return max(self.lead_chars * 2, self.body_chars)

    def fit_df(self, articles: Iterable[Article]) -> None:
        """Count document frequencies over a backfill, then freeze them."""
        for a in articles:
            ftitle, ftext = fold(a.title or ""), fold((a.text or "")[: self._fold_chars()])
            title, body, bigrams, chars, full = self._terms(ftitle, ftext)
            xkeys = cross_keys(a, folded=(ftitle, ftext)) if a.lang else set()  # as vectorize counts them
            self.df.add(set(title) | set(body) | set(bigrams) | set(chars) | set(full) | xkeys)
        self.df.frozen = True

    def _idf(self, terms: Iterable[Term]) -> dict[Term, float]:
        df = self.df
        get = df.df.get
        n = df.n
        logn = math.log(n + 1)
        cap = df.max_df * n if n >= 50 else math.inf
        log = math.log
        out: dict[Term, float] = {}
        for k in terms:
            d = get(k, 0.0)
            if d <= cap:
                out[k] = logn - log(d + 1) + 1.0
        return out

    def _weigh(self, counts: Counter[Term], idf: dict[Term, float], top_k: int = 0) -> dict[Term, float]:
        log = math.log
        v = _norm({k: (1.0 + log(c)) * idf[k] for k, c in counts.items() if k in idf}, top_k or self.top_k)
        return {intern(k) if isinstance(k, str) else k: x for k, x in v.items()}  # one object per term

    def vectorize(self, a: Article, key: str, order: int, folded: tuple[str, str] | None = None) -> _Doc:
        """Sub-vectors of one article (``folded``: its folded title and text, if already computed)."""
        ftitle, ftext = folded or (fold(a.title or ""), fold((a.text or "")[: self._fold_chars()]))
        title, body, bigrams, chars, full = self._terms(ftitle, ftext)
        ct, cb, c2 = Counter(title), Counter(body), Counter(bigrams)
        cu = ct + cb
        cc = Counter(chars)
        cf = Counter(full)
        xkeys = cross_keys(a, folded=(ftitle, ftext)) if a.lang else set()
        self.df.add({*cu, *c2, *cc, *cf, *xkeys})
        idf = self._idf({*cu, *c2, *cc, *cf})
        u = self._weigh(cu, idf)
        ents: list[str] = []
        for m in a.mentions or []:
            ents.append(m.canonical or fold(m.text))
        d = _Doc(
            key=key, order=order, t=_ts(a), story="", title=a.title or "", member=_member(a, key, order),
            u=u, b2=self._weigh(c2, idf), tt=self._weigh(ct, idf), bb=self._weigh(cb, idf),
            cc=self._weigh(cc, idf) if cc else {}, ee=_norm(dict(Counter(ents)), 50) if ents else {},
        )
        if cf:
            d.ff = self._weigh(cf, idf, self.body_top_k)
        d.cities = _cities(a)
        if xkeys:
            d.lang = a.lang or ""
            d.xk = _norm(self._idf(xkeys), 64)
        d.index = tuple(k for k, _ in sorted(u.items(), key=lambda kv: -kv[1])[: self.index_terms])
        return d

    @staticmethod
    def pair_features(x: _Doc, y: _Doc) -> tuple[float, float, float, float, float, float]:
        return (
            _dot(x.u, y.u), _dot(x.b2, y.b2), max(_dot(x.tt, y.bb), _dot(y.tt, x.bb)),
            _dot(x.tt, y.tt), _dot(x.cc, y.cc), _dot(x.ff, y.ff),
        )

    def score(self, x: _Doc, y: _Doc) -> float:
        f = self.pair_features(x, y)
        if x.ee and y.ee:  # both have entity mentions: the model with the entity feature
            s = self.entity_bias + self.entity_weights[-1] * _dot(x.ee, y.ee)
            s += sum(w * v for w, v in zip(self.entity_weights, f, strict=False))
        else:
            s = self.bias + sum(w * v for w, v in zip(self.weights, f, strict=True))
        if x.t is not None and y.t is not None:
            s -= self.decay * math.log1p(abs(x.t - y.t) / 86400.0)
        return s

    # ------------------------------------------------------------------ streaming

    def _key(self, a: Article) -> str:
        key = str(a.id) if a.id is not None else f"#{self._order}"
        if key in self._docs:
            key = f"{key}#{self._order}"
        return key

    def _arrive(self, article: Article) -> tuple[int, str, float | None, tuple[str, str], _Sig]:
        """Arrival bookkeeping of one article: (order, key, timestamp, folded title/text, signature)."""
        order = self._order
        self._order += 1
        key = self._key(article)
        t = _ts(article)
        if t is not None and (self._clock is None or t > self._clock):
            self._clock = t
        folded = (fold(article.title or ""), fold((article.text or "")[: max(self.dedup.max_chars, self._fold_chars())]))
        return order, key, t, folded, self.dedup.signature_folded(*folded)

    def add(self, article: Article) -> tuple[str, str | None]:
        """Place one article: (story id, article id of the original it copies, or None)."""
        order, key, t, folded, sig = self._arrive(article)
        # the window around the article's own date (a late one, older than the newest date seen, is matched with
        # the reports of its days, not with those of the newest): reports older than ``cutoff`` or newer than
        # ``ahead`` are out of it
        cutoff = (t if t is not None else self._clock) - self.window if self._clock is not None else None
        ahead = t + self.window if t is not None else math.inf
        # a copy links only to an original still in the window, as a report joins only a story still in it (the
        # window's sweep retires old ones in batches; which are left must not decide)
        cities = _cities(article)

        def keep(k: str) -> bool:  # in the window, and not a report naming only other cities
            return (cutoff is None or self._in_window(k, cutoff, ahead)) and not _apart(cities, self._docs[k].cities)

        dup = self.dedup.match(sig, rank=lambda k: self._docs[k].order, keep=keep)
        original: _Doc | None = None
        if dup is not None and dup.original in self._docs:
            original = self._docs[dup.original]
            while original.member.copy_of and original.member.copy_of in self._docs \
                    and (cutoff is None or self._in_window(original.member.copy_of, cutoff, ahead)):
                original = self._docs[original.member.copy_of]  # (an original that left the window is no longer one)
        self.last_key = key
        member = _member(article, key, order) if original is not None else None
        if original is not None and member is not None and _precedes(member, t, original):
            # the one found copies this article: it cites this article's outlet, or was published after it (an
            # original arriving after its copy in a stream). This article takes its place in the story
            d = self.vectorize(article, key, order, folded)
            d.story = original.story
            self._index(d)
            original.member.copy_of = key
            self._repointed[original.key] = key
            self._place(d, self._stories[original.story], sig, t, order)
            return d.story, None
        if original is not None:
            d = _Doc(key=key, order=order, t=t, story=original.story, title=article.title or "",
                     member=member or _member(article, key, order), cities=cities)
            d.member.copy_of = original.key
            story = self._stories[original.story]
        else:
            d = self.vectorize(article, key, order, folded)
            best, best_s = None, self.threshold
            for ck in self._candidates(d):
                c = self._docs[ck]
                if cutoff is not None and not self._in_window(ck, cutoff, ahead):  # expired, not swept yet
                    continue
                if _apart(d.cities, c.cities):
                    continue  # each names cities, none in common: other events (one template, other places)
                s = self.score(d, c)
                if s > best_s:
                    best, best_s = c, s
            if best is None and d.xk:  # no story in its own language: one told in another?
                best = self._cross_match(d)
            if best is not None:
                story = self._stories[best.story]
            else:
                story = _Story(id=f"s:{key}", members=[])
                self._stories[story.id] = story
            d.story = story.id
            self._index(d)
        self._place(d, story, sig, t, order)
        return story.id, (d.member.copy_of if original is not None else None)

    def _in_window(self, key: str, cutoff: float, ahead: float) -> bool:
        t = self._docs[key].t
        return t is None or cutoff <= t <= ahead

    @property
    def clock(self) -> float | None:
        """The newest date seen (POSIX seconds), or None."""
        return self._clock

    def seed(self, article: Article, story_id: str, duplicate_of: str | None = None) -> None:
        """Restore one already-assigned article into its story (no scoring): its vectors and
        signature are indexed so later articles can match it, and ``story_id`` is kept as is.
        Seed a window's articles in date order, then :meth:`add` the new ones (incremental
        clustering over a store, see :func:`didban.pipeline.assign_stories`)."""
        order, key, t, folded, sig = self._arrive(article)
        self.last_key = key
        story = self._stories.get(story_id)
        if story is None:
            story = self._stories[story_id] = _Story(id=story_id, members=[])
        if duplicate_of is not None:  # (its original may come later in date order: a copy citing a later report)
            d = _Doc(key=key, order=order, t=t, story=story_id, title=article.title or "",
                     member=_member(article, key, order))
            d.member.copy_of = duplicate_of
        else:
            d = self.vectorize(article, key, order, folded)
            d.story = story_id
            self._index(d)
        self._place(d, story, sig, t, order)

    def _index(self, d: _Doc) -> None:
        for term in d.index:
            p = self._postings.get(term)
            if p is None:
                p = self._postings[term] = deque(maxlen=self.postings_cap)
            p.append(d.key)
        if d.xk and d.t is not None:
            post = self._xpost.setdefault(d.lang, {})
            for k in d.xk:
                q = post.get(k)
                if q is None:
                    q = post[k] = deque(maxlen=self.postings_cap)
                q.append(d.key)

    def _cross_match(self, d: _Doc) -> _Doc | None:
        """The report in another language that ``d`` is most likely a report of the same story as, or None
        (the rule is in the module doc)."""
        if d.t is None or not d.xk or not self._xpost.keys() - {d.lang}:
            return None
        shared: Counter[str] = Counter()
        for lang, post in self._xpost.items():
            if lang != d.lang:
                for k in d.xk:
                    shared.update(post.get(k, ()))
        best, best_s = None, self.xl_threshold
        for key, count in shared.items():
            c = self._docs.get(key)
            if count < 2 or c is None or not c.live or c.t is None or abs(c.t - d.t) > self.xl_window:
                continue
            s = self.key_similarity(d, c)
            if s > 0 and s >= best_s:
                best, best_s = c, s
        return best

    def key_similarity(self, x: _Doc, y: _Doc) -> float:
        """The cosine of two reports' cross-language keys when they share at least two, one of them specific (a
        city, a number or a casualty figure carried by at most 5% of the reports counted), else 0."""
        common = x.xk.keys() & y.xk.keys()
        if len(common) < 2:
            return 0.0
        n, get = self.df.n, self.df.df.get
        rare = 0.05 * n if n >= 50 else math.inf
        if not any(k.startswith(("n:", "d:", "i:", "p:city:")) and get(k, 0) <= rare for k in common):
            return 0.0
        return _dot(x.xk, y.xk)

    def _place(self, d: _Doc, story: _Story, sig: _Sig, t: float | None, order: int) -> None:
        key = d.key
        self._docs[key] = d
        self._live += 1
        self.dedup.add(key, sig)
        story.members.append(key)
        story.live.append(key)
        while len(story.live) > self.max_story_live:  # a long-running story keeps its latest reports
            self._retire(self._docs[story.live.popleft()])
        story.last_order = order
        if t is not None:
            story.first_t = t if story.first_t is None else min(story.first_t, t)
            story.last_t = t if story.last_t is None else max(story.last_t, t)
        self._stories.move_to_end(story.id)
        self._evict()

    def _candidates(self, d: _Doc) -> list[str]:
        if self._live <= self.exhaustive:
            # few reports to match (a small batch, a young stream, a quiet window): all of them. The index terms
            # are a report's rarest words, and in a handful of reports of one story the words they share are the
            # commonest ones there, so the postings alone would miss the story
            return [k for st in self._stories.values() for k in st.live if self._docs[k].index]
        counts: Counter[str] = Counter()
        for term in d.index:
            for k in self._postings.get(term, ()):
                x = self._docs.get(k)
                if x is not None and x.live:
                    counts[k] += 1
        top = counts.most_common(self.max_candidates)
        strong = [k for k, n in top if n >= self.min_shared]
        # few strong candidates (short texts, a young index): also look at some that share one term
        weak = [k for k, n in top if n < self.min_shared][: max(0, self.max_candidates // 4 - len(strong))]
        return strong + weak

    # ------------------------------------------------------------------ window

    def _evict(self) -> None:
        self._since_sweep += 1
        if self._clock is not None and not self.hold and (
            self._since_sweep >= 500 or self._clock - self._swept_at >= self.window / 4
        ):
            self._since_sweep = 0
            self._swept_at = self._clock
            cutoff = self._clock - self.window
            for sid in [s.id for s in self._stories.values() if s.last_t is not None and s.last_t < cutoff]:
                self._close(sid)
            for st in self._stories.values():  # reports of still-active stories that left the window
                while st.live:
                    d = self._docs[st.live[0]]
                    if d.t is None or d.t >= cutoff:
                        break
                    self._retire(d)
                    st.live.popleft()
        while (self._live > self.max_active or len(self._docs) > 4 * self.max_active) and self._stories:
            self._close(next(iter(self._stories)))
        if len(self._postings) > 8 * self._live + self.prune_slack:  # drop postings that only point to retired docs
            docs = self._docs
            self._postings = {
                k: p for k, p in self._postings.items() if any((d := docs.get(x)) is not None and d.live for x in p)
            }
        if sum(map(len, self._xpost.values())) > 8 * self._live + self.prune_slack:  # the same, cross-language keys
            docs = self._docs
            self._xpost = {
                lang: {k: p for k, p in post.items() if any((d := docs.get(x)) is not None and d.live for x in p)}
                for lang, post in self._xpost.items()
            }

    def _retire(self, d: _Doc) -> None:
        if d.live:
            d.live = False
            d.u, d.b2, d.tt, d.bb, d.cc, d.ee, d.ff, d.index, d.xk = {}, {}, {}, {}, {}, {}, {}, (), {}
            self.dedup.remove(d.key)
            self._live -= 1

    def _close(self, sid: str) -> None:
        st = self._stories.pop(sid)
        self._closed.append(self._record(st))
        for k in st.members:
            d = self._docs.pop(k, None)
            if d is not None:
                self._retire(d)

    def close_all(self) -> None:
        """Close every active story (end of a batch)."""
        for sid in list(self._stories):
            self._close(sid)

    def drain_repointed(self) -> dict[str, str]:
        """Articles placed earlier that turned out to be copies of a later arrival (its original), since the last
        call: {article key: the key of its original}. Their ``duplicate_of`` given by :meth:`add` is out of date."""
        out, self._repointed = self._repointed, {}
        return out

    def drain_closed(self) -> list[Story]:
        """Stories closed (evicted) since the last call; each is handed out once."""
        out, self._closed = self._closed, []
        return out

    # ------------------------------------------------------------------ records

    def _record(self, st: _Story) -> Story:
        docs = [self._docs[k] for k in st.members]
        origin, independent, graph = analyse([d.member for d in docs])
        titled = [d for d in docs if d.title]
        rep = next((d.title for d in titled if d.key == origin), None) or (titled[0].title if titled else None)
        return Story(
            id=st.id, members=list(st.members), first_seen=_dt(st.first_t), last_seen=_dt(st.last_t),
            title=rep, origin_article=origin, independent_sources=independent, graph=graph,
        )

    def stories(self) -> list[Story]:
        """Active stories plus closed ones not yet drained, as records."""
        return [*self._closed, *(self._record(s) for s in self._stories.values())]

    @property
    def active_articles(self) -> int:
        """Articles that new ones can still match (vectors and signatures held)."""
        return self._live

    @property
    def held_articles(self) -> int:
        """All articles of active stories, including retired ones kept only for the story record."""
        return len(self._docs)


def _cities(a: Article) -> frozenset[str]:
    """The cities an enriched article names (none for bare text)."""
    return frozenset(p.id for p in a.places if p.kind == "city") if a.places else frozenset()


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two reports that each name cities, none in common: other events however alike their words."""
    return bool(a and b and not a & b)


def _precedes(new: Member, t: float | None, found: _Doc) -> bool:
    """Whether a new article is the original of the near-copy ``found`` rather than its copy: ``found`` cites the
    new one's outlet (and not the reverse), or, neither citing the other, it was published more than a minute
    after the new one."""
    if set(new.cited) & set(found.member.outlets):
        return False
    if set(found.member.cited) & set(new.outlets):
        return True
    return t is not None and found.t is not None and t < found.t - 60.0


def _member(a: Article, key: str, order: int) -> Member:
    outlets: list[str] = []
    for name in (a.source, a.source_name, a.provenance.outlet if a.provenance else None):
        k = outlet_key(name)
        if k and k not in outlets:
            outlets.append(k)
    cited: list[str] = []
    if a.provenance:
        for name in [*a.provenance.cited, a.provenance.origin]:
            k = outlet_key(name)
            if k and k not in cited and k not in outlets:
                cited.append(k)
    return Member(id=key, order=order, published=a.published, outlets=tuple(outlets), cited=tuple(cited))


def processing_order(articles: Sequence[Article]) -> list[int]:
    """Indices of ``articles`` by date. An undated article that copies a dated one (:mod:`didban.stories.dedup`)
    takes its date, so it is placed right after it; another takes the date of the last dated one before it in
    input order (the first date when none precedes it). At one date the dated come first, then input order."""
    own = [_ts(a) for a in articles]
    stamps = _copied_dates(articles, own) if None in own and any(t is not None for t in own) else own
    first = next((t for t in stamps if t is not None), 0.0)
    carried: list[float] = []
    last = first
    for t, o in zip(stamps, own, strict=True):
        if o is not None:
            last = o
        carried.append(t if t is not None else last)
    return sorted(range(len(articles)), key=lambda i: (carried[i], own[i] is None, i))


def _copied_dates(articles: Sequence[Article], stamps: list[float | None]) -> list[float | None]:
    """``stamps`` with each undated article that is a near-copy of a dated one given that one's date."""
    index = NearDuplicateIndex()
    for i, (a, t) in enumerate(zip(articles, stamps, strict=True)):
        if t is not None:
            index.add(str(i), index.signature(a.title or "", a.text or ""))
    out = list(stamps)
    for i, (a, t) in enumerate(zip(articles, stamps, strict=True)):
        if t is None:
            m = index.match(index.signature(a.title or "", a.text or ""), rank=int)
            if m is not None:
                out[i] = stamps[int(m.original)]
    return out


def cluster_articles(
    articles: Sequence[Article], clusterer: StoryClusterer | None = None, **kwargs: object
) -> list[tuple[str, str | None]]:
    """Batch (backfill) clustering: IDF frozen from the whole batch, articles placed in date
    order, results in input order. ``kwargs`` go to :class:`StoryClusterer`."""
    c = clusterer or StoryClusterer(**kwargs)  # type: ignore[arg-type]
    c.fit_df(articles)
    out: list[tuple[str, str | None]] = [("", None)] * len(articles)
    index: dict[str, int] = {}
    for i in processing_order(articles):
        out[i] = c.add(articles[i])
        index[str(c.last_key)] = i
    for key, original in c.drain_repointed().items():  # placed as originals, then found to copy a later one
        i = index.get(key)
        if i is not None:
            out[i] = (out[i][0], original)
    return out
