"""The text stage: fills language, provenance, quotes and a missing publication date of an Article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from didban.records import Article
from didban.text.dates import date_from_link, parse_dates
from didban.text.normalize import mfold
from didban.text.provenance import extract_provenance, outlet_from_url
from didban.text.quotes import extract_quotes
from didban.text.segment import detect_lang


def analyze(article: Article) -> Article:
    """Fill ``lang``, ``provenance``, ``quotes`` and (when missing) ``published`` of ``article`` in place
    and return it. ``article.text`` is not changed; quote offsets point into it."""
    text = article.text or ""
    article.lang = article_lang(article.lang, article.title or "", text)
    lang = article.lang
    folded = mfold(text)  # one same-length matching form shared by the extractors
    forwarded = article.meta.get("forwarded_from") if article.meta else None
    article.provenance = extract_provenance(text, article.title or "", article.url,
                                            _publisher_name(article.source_name, article.url), lang, folded,
                                            forwarded if isinstance(forwarded, str) else None)
    prov = article.provenance
    article.quotes = extract_quotes(text, lang, folded, prov.origin if prov.cited else None, article.title)
    if article.published is None:
        article.published = date_from_link(article.url) or _date_in_lead(article.title or "", text)
    return article


_LANG_NAMES = {"persian": "fa", "farsi": "fa", "fas": "fa", "per": "fa", "arabic": "ar", "ara": "ar",
               "english": "en", "eng": "en"}


def article_lang(declared: str | None, title: str, text: str) -> str | None:
    """``fa``, ``ar``, ``en`` or ``other``: the language the text reads as (:func:`detect_lang`); a feed's or a
    record's declared language («fa-IR», «ar-SA», «FA», «persian») only when the text does not tell (feeds often
    declare the site's language, not the item's). None for an article with neither text nor a declared one."""
    code = declared.strip().lower().replace("_", "-").split("-")[0] if isinstance(declared, str) else ""
    code = _LANG_NAMES.get(code, code)
    detected = detect_lang(title + "\n" + text[:2000]) if (text or title) else None
    if detected in (None, "other") and code in ("fa", "ar", "en"):
        return code
    return detected or (code or None)


def _publisher_name(source_name: str | None, url: str | None) -> str | None:
    """A publisher name from the source: a real name as is, a host («farsnews.ir») through the domain
    table, nothing for file/telegram keys."""
    if source_name and source_name.startswith(("http:", "https:")):  # a feed's address: its domain
        return outlet_from_url(source_name) or outlet_from_url(url)
    if source_name and not source_name.startswith(("file:", "telegram:")):
        if " " in source_name or "." not in source_name:
            return source_name
        known = outlet_from_url("https://" + source_name)
        if known:
            return known
    return outlet_from_url(url)


_EARLIEST_NEWS = 1995  # an older "publication date" found in a lead is history, not a dateline


def _date_in_lead(title: str, text: str):  # type: ignore[no-untyped-def]
    """A full date (with year) in the title or the first 150 characters (a dateline), else None.
    Dates before 1995 are taken as history the article talks about, dates after tomorrow as a plan it
    announces («the meeting on 5 November 2030»)."""
    latest = None
    for chunk in (title, text[:150]):
        for d in parse_dates(chunk):
            if d.has_year and d.calendar != "relative" and d.value.year >= _EARLIEST_NEWS:
                if latest is None:
                    latest = datetime.now(UTC) + timedelta(days=1)
                value = d.value if d.value.tzinfo else d.value.replace(tzinfo=UTC)
                if value <= latest:
                    return d.value
    return None
