"""Persian-first text engine: normalization, segmentation, language id, dates, provenance, quotes.

Integration entry point: :func:`analyze` (fills ``lang``, ``provenance``, ``quotes`` and a missing
``published`` of an Article without touching its text).
"""

from didban.text.analyze import analyze
from didban.text.dates import (
    DateMention,
    date_from_link,
    parse_date,
    parse_dates,
    parse_datetime,
    tehran_to_utc,
)
from didban.text.normalize import fold, mfold, normalize
from didban.text.provenance import canonical_source, extract_provenance, outlet_from_url
from didban.text.quotes import extract_quotes
from didban.text.segment import detect_lang, sentence_spans, sentences, token_spans, tokens

__all__ = [
    "DateMention", "analyze", "canonical_source", "date_from_link", "detect_lang", "extract_provenance",
    "extract_quotes", "fold", "mfold", "normalize", "outlet_from_url", "parse_date", "parse_dates", "parse_datetime",
    "sentence_spans", "sentences", "tehran_to_utc", "token_spans", "tokens",
]
