"""Files -> Articles: JSON lists, JSONL, CSV, plain text, HTML, RSS/Atom files, Telegram
exports, gzip-compressed forms of all of these, and directories (recursively).

``read_path(path)`` yields an ``Article`` for every readable record and a ``Rejected`` for
every record (or file) that cannot be read, with its origin, position and reason; it never
raises for bad input. Readers stream (JSONL, CSV) and every resource is bounded by
``Limits`` (file size, line length, HTML size and depth, text length).

Record fields (JSON, JSONL, CSV; first present wins):

- title: ``title headline name subject``
- text: ``text body content paragraphs full_text article message description summary abstract``
  (a list is joined with newlines; a string holding a Python/JSON list literal is unpacked)
- url: ``url link href permalink``
- published: ``published date pubDate pub_date published_at datetime time created_at created updated``
- source: ``source outlet agency publisher site`` (string, or an object with ``name``/``title``)

Source key: ``--source`` override, else the record's source field, else the host of its URL
(``farsnews.ir``), else ``file:<file name>``. Dates: see ``didban.text.dates.parse_date``.
"""

from __future__ import annotations

import ast
import codecs
import csv
import gzip
import io
import itertools
import json
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from didban.records import Article, Rejected
from didban.text.dates import TEHRAN, date_from_link, parse_date
from didban.text.normalize import ENTITY, unescape

Item = Article | Rejected


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource bounds for file ingestion (bytes unless said otherwise)."""

    max_file_bytes: int = 200 * 2**20  # per file, after decompression
    max_line_bytes: int = 16 * 2**20  # one JSONL line / CSV field
    max_html_bytes: int = 5 * 2**20
    max_html_depth: int = 400
    max_text_chars: int = 1_000_000  # one article's text
    max_title_chars: int = 2_000
    default_tz: Any = field(default=TEHRAN)


DEFAULT_LIMITS = Limits()
RAW_PREFIX = 2000
SUFFIXES = {
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".txt": "txt",
    ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "feed", ".rss": "feed",
    ".atom": "feed", ".opml": "opml", ".xlsx": "xlsx",
}

TITLE_KEYS = ("title", "headline", "name", "subject")
TEXT_KEYS = ("text", "body", "content", "paragraphs", "full_text", "article", "message", "description",
             "summary", "abstract")
URL_KEYS = ("url", "link", "href", "permalink")
DATE_KEYS = ("published", "date", "pubdate", "pub_date", "published_at", "datetime", "time", "created_at",
             "created", "updated")
SOURCE_KEYS = ("source", "outlet", "agency", "publisher", "site")
META_KEYS = ("id", "tags", "cat", "subcat", "category", "categories", "abstract", "summary", "lang", "author")
# Persian column names (spreadsheets and CSV exports made in Iran), matched after field_key's folding
_FIELD_ALIASES = {
    "عنوان": "title", "تیتر": "title", "سرتیتر": "title", "عنوان خبر": "title",
    "متن": "text", "متن خبر": "text", "متن کامل": "text", "شرح خبر": "text", "بدنه": "body", "محتوا": "content",
    "خلاصه": "summary", "لید": "summary", "چکیده": "abstract",
    "لینک": "url", "پیوند": "url", "نشانی": "url", "آدرس": "url", "لینک خبر": "url",
    "تاریخ": "date", "تاریخ خبر": "date", "تاریخ انتشار": "published", "زمان انتشار": "published", "زمان": "time",
    "منبع": "source", "منبع خبر": "source", "خبرگزاری": "agency", "رسانه": "outlet", "سایت": "site",
    "نویسنده": "author", "خبرنگار": "author", "دسته": "category", "دسته بندی": "category", "موضوع": "category",
    "سرویس": "category", "برچسب": "tags", "برچسب ها": "tags", "کلیدواژه ها": "tags", "شناسه": "id",
    "کد خبر": "id", "زبان": "lang",
    # Arabic column names (after the same folding of ي and ك)
    "العنوان": "title", "عنوان الخبر": "title", "النص": "text", "نص": "text", "نص الخبر": "text", "المتن": "text",
    "المحتوى": "content", "محتوى": "content", "الملخص": "summary", "ملخص": "summary", "الرابط": "url",
    "رابط": "url", "الرابط الإلکترونی": "url", "التاریخ": "date", "تاریخ النشر": "published",
    "وقت النشر": "published", "المصدر": "source", "مصدر": "source", "الوکالة": "agency", "الموقع": "site",
    "الکاتب": "author", "کاتب": "author", "المحرر": "author", "القسم": "category", "التصنیف": "category",
    "الفئة": "category", "الوسوم": "tags", "الکلمات المفتاحیة": "tags", "المعرف": "id", "اللغة": "lang",
}

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BLANKS = re.compile(r"[ \t\u00a0]+")
_MANY_NL = re.compile(r"\n{3,}")
_RAW_BLANK = frozenset(" \t\u00a0\n\r")
_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|p|div|li|h[1-6])\b[^>]*>", re.I)
# a real tag: «<» then an ASCII tag name (or «/», «!» for a closing tag, a comment or a doctype); «<بازار>», «<<...>>»
# and «x < 5 and y > 3» are text (a feed may carry them unescaped in a plain-text title)
_TAGS = re.compile(r"<!--.*?-->|<[!/]?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>", re.S)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
# markup in a record's text field (a scraped CMS export): block or inline tags, or entities with their «;»
_MARKUP = re.compile(r"<\s*/?\s*(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|img|font|table|tr|td)\b[^<>]*>|"
                     + ENTITY.pattern, re.I)


class DecodeFailed(ValueError):
    pass


# --------------------------------------------------------------------------- decoding


def _cp1256_plausible(text: str) -> bool:
    """cp1256 decodes almost any byte string; accept it only for text that reads as
    Arabic-script + ASCII (few symbols from the upper half that are not letters)."""
    if not text:
        return True
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    odd = sum(1 for c in text if ord(c) > 127 and not ("\u0600" <= c <= "\u06ff") and c not in "\u200c\u200d«»")
    return arabic > 0 and odd <= max(2, len(text) // 50)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM or not), UTF-16 by BOM, then Windows-1256 when the result
    looks like Arabic-script text. ``DecodeFailed`` otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise DecodeFailed(f"invalid UTF-8 after BOM at byte {e.start + 3}") from e
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise DecodeFailed(f"invalid UTF-16 at byte {e.start}") from e
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _cp1256_plausible(text):
        return text, "cp1256"
    raise DecodeFailed(
        f"undecodable bytes (not UTF-8 at byte {utf8_error.start}, not UTF-16, not Windows-1256)"
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(s: str) -> str:
    """``s`` with lone UTF-16 surrogates (JSON «\\udc00» escapes) replaced by U+FFFD: they cannot be written as
    UTF-8, so they would stop any output or hashing of the text."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s)
    return s


def clean_text(text: str) -> str:
    """Display text: NFC, no control characters or lone surrogates, unified newlines and blanks (ZWNJ kept)."""
    text = unicodedata.normalize("NFC", no_surrogates(text).replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    lines = [_BLANKS.sub(" ", ln).strip() for ln in text.split("\n")]
    return _MANY_NL.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML snippet (a feed's title, summary or content; a record's text field with markup):
    block tags as line breaks, other tags dropped, entities decoded, then :func:`clean_text`."""
    if "<" not in fragment and "&" not in fragment:
        return clean_text(fragment)
    s = _SCRIPT.sub(" ", fragment)
    s = _BLOCK.sub("\n", s)
    s = _TAGS.sub("", s)
    return re.sub(r"\n{2,}", "\n", clean_text(unescape(s)))


def raw_offsets(raw: str, clean: str) -> tuple[list[int], list[int]] | None:
    """Where each character of ``clean`` (:func:`clean_text` of ``raw``) came from in ``raw``: (starts, ends),
    the offsets in ``raw`` where character ``k`` begins and just after it ends, so that a span ``[s, e)`` read
    on the display text is ``[starts[s], ends[e - 1])`` in the input's own coordinates. None when ``clean`` is
    not made from ``raw`` by the cleaning (blanks and control characters dropped, line ends joined, NFC)."""
    m, n = len(clean), len(raw)
    starts, ends = [0] * m, [0] * m
    i = j = 0
    while i < m:
        c = clean[i]
        blank = c == " " or c == "\n"
        while j < n:
            r = raw[j]
            if r == c or (blank and r in _RAW_BLANK):
                break
            if r in _RAW_BLANK or _CONTROL.match(r):  # a dropped blank or control character
                j += 1
                continue
            if r == "<":  # a tag of a text field with markup (:func:`html_to_text`): a line break, or nothing
                tm = _TAGS.match(raw, j)
                if tm is not None:
                    if c == "\n" and _BLOCK.match(raw, j):
                        starts[i], ends[i] = j, tm.end()
                        i += 1
                        c = clean[i] if i < m else ""
                        blank = c == " " or c == "\n"
                    j = tm.end()
                    if i >= m:
                        return starts, ends
                    continue
            break
        if j >= n:
            return None
        if raw[j] == "&":  # an entity decoded to one character
            em = ENTITY.match(raw, j)
            if em is not None and unescape(em.group(0)) == c:
                starts[i], ends[i] = j, em.end()
                j = em.end()
                i += 1
                continue
        if raw[j] == c or blank:
            starts[i] = j
            j += 1
            if c == "\n" and raw[j - 1] == "\r" and raw[j:j + 1] == "\n":
                j += 1  # «\r\n» is one line end
            ends[i] = j
            i += 1
            continue
        # NFC joined or reordered a letter and its marks: the whole cluster maps to the raw cluster
        a = j + 1
        while a < n and unicodedata.combining(raw[a]):
            a += 1
        b = i + 1
        while b < m and unicodedata.combining(clean[b]):
            b += 1
        if unicodedata.normalize("NFC", raw[j:a]) != clean[i:b]:
            return None
        for k in range(i, b):
            starts[k], ends[k] = j, a
        i, j = b, a
    return starts, ends


# --------------------------------------------------------------------------- records


@lru_cache(maxsize=1024)
def field_key(name: str) -> str:
    """A record's field name as matched: trimmed, lower case («Title», «pubDate»), Persian and Arabic names
    to the English ones («متن», «النص» → text; Arabic ي/ك and ZWNJ folded)."""
    k = " ".join(name.lstrip("\ufeff").replace("\u200c", " ").replace("ي", "ی").replace("ك", "ک").split()).lower()
    return _FIELD_ALIASES.get(k, k)


def _canonical_fields(obj: dict[Any, Any]) -> dict[str, Any]:
    """``obj`` with its keys through :func:`field_key`; of two keys that meet («Text», «text»), the first
    with a value wins."""
    if all(type(k) is str and field_key(k) == k for k in obj):
        return obj
    out: dict[str, Any] = {}
    for k, v in obj.items():
        ck = field_key(str(k))
        if out.get(ck) in (None, "", [], {}):
            out[ck] = v
    return out


def record_fields(obj: dict[Any, Any]) -> dict[str, Any]:
    """The title, text, published, source and url values of a JSON record under any of the names ingest
    accepts («Title», «body», «pubDate», «عنوان» ...); title and text as strings (a list of paragraphs
    joined), the others as found (None when absent)."""
    o = _canonical_fields(obj)
    out: dict[str, Any] = {}
    for name, keys in (("title", TITLE_KEYS), ("text", TEXT_KEYS)):
        v = _first(o, keys)[1]
        try:
            out[name] = no_surrogates(_as_text(v, 1 << 20)) if v is not None else ""
        except ValueError:  # an object or other value that holds no text
            out[name] = ""
    for name, keys in (("published", DATE_KEYS), ("source", SOURCE_KEYS), ("url", URL_KEYS)):
        out[name] = _first(o, keys)[1]
    out["source"] = _source_of(out["source"]) if out["source"] is not None else None
    return out


def _first(obj: dict[str, Any], keys: Iterable[str]) -> tuple[str | None, Any]:
    for k in keys:
        v = obj.get(k)
        if v not in (None, "", [], {}):
            return k, v
    return None, None


def _as_text(value: Any, limit: int) -> str:
    if isinstance(value, str):
        s = value.strip()
        if len(s) < limit and len(s) > 1 and s[0] == "[" and s[-1] == "]":  # a list literal in a string
            try:
                parsed = ast.literal_eval(s)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                parsed = None
            if isinstance(parsed, list) and all(isinstance(p, str) for p in parsed):
                return "\n".join(p for p in parsed if p.strip())
        return value
    if isinstance(value, list):
        parts = []
        for v in value:
            if isinstance(v, str):
                parts.append(v)
            elif isinstance(v, dict):
                parts.append(str(v.get("text") or v.get("content") or ""))
            elif v is not None:
                parts.append(str(v))
        return "\n".join(p for p in parts if p.strip())
    if isinstance(value, dict):
        return _as_text(value.get("text") or value.get("value") or value.get("content") or "", limit)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"text is a {type(value).__name__}")


def _source_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        v = value.get("name") or value.get("title") or value.get("href") or value.get("url")
        return str(v).strip() if v else None
    return None


def url_host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _raw(obj: Any) -> str:
    if isinstance(obj, str):
        return obj[:RAW_PREFIX]
    try:
        return json.dumps(obj, ensure_ascii=False, default=str)[:RAW_PREFIX]
    except (TypeError, ValueError, RecursionError):
        return repr(obj)[:RAW_PREFIX]


def _jsonable_meta(v: Any) -> Any:
    if isinstance(v, str) and len(v) < 10_000 and v.startswith("[") and v.endswith("]"):
        try:  # "['a', 'b']" as written by some scrapers
            parsed = ast.literal_eval(v)
            if isinstance(parsed, list):
                return [str(x) for x in parsed]
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            pass
    try:
        json.dumps(v, ensure_ascii=False)
        return v
    except (TypeError, ValueError, RecursionError):
        return str(v)[:RAW_PREFIX]


_INVISIBLE = " \t\r\n\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff"


def record_to_article(
    obj: Any,
    origin: str,
    position: str,
    *,
    source: str | None = None,
    default_source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    keep_raw: bool = False,
) -> Item:
    """One record (a dict) -> Article, or Rejected with the reason. With ``keep_raw``, an article whose text the
    cleaning changed keeps the record's own text in ``meta["raw_text"]`` (offsets can then be given in it:
    :func:`raw_offsets`; ``didban extract`` does, and drops the key)."""
    if not isinstance(obj, dict):
        return Rejected(origin, position, f"record is not an object ({type(obj).__name__})", _raw(obj))
    obj = _canonical_fields(obj)
    try:
        _, title_v = _first(obj, TITLE_KEYS)
        text_key, text_v = _first(obj, TEXT_KEYS)
        title = clean_text(_as_text(title_v, limits.max_text_chars)) if title_v is not None else ""
        text = _as_text(text_v, limits.max_text_chars) if text_v is not None else ""
        text = html_to_text(text) if _MARKUP.search(text) else clean_text(text)  # («<p>...</p>», «&quot;»)
    except ValueError as e:
        return Rejected(origin, position, str(e), _raw(obj))
    if len(text) > limits.max_text_chars:
        return Rejected(origin, position, f"text too long ({len(text)} chars > {limits.max_text_chars})",
                        _raw(obj))
    if not text.strip(_INVISIBLE):  # white space and joiners only
        return Rejected(origin, position, "empty text", _raw(obj))
    warnings: list[str] = []
    if len(title) > limits.max_title_chars:  # (a body in the title field?) kept, cut at a word
        warnings.append(f"title too long ({len(title)} chars): cut to {limits.max_title_chars}")
        title = title[:limits.max_title_chars].rsplit(" ", 1)[0] + "…"
    if not title:
        first = text.split("\n", 1)[0]
        title = first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "…"
    _, url_v = _first(obj, URL_KEYS)
    url = url_v.strip() if isinstance(url_v, str) else None
    date_key, date_v = _first(obj, DATE_KEYS)
    try:
        published = parse_date(date_v, limits.default_tz) if date_v is not None else None
    except ValueError as e:  # the article is kept, undated (its dateline or link may still date it)
        published = None
        warnings.append(f"invalid date in '{date_key}': {e}; read as undated")
    meta: dict[str, Any] = {"origin": origin, "position": position}
    if warnings:
        meta["warnings"] = warnings
    if keep_raw and isinstance(text_v, str) and text != text_v:
        meta["raw_text"] = text_v
    if published is None and url:
        published = date_from_link(url)
        if published is not None:
            meta["date_from"] = "link"
    _, source_v = _first(obj, SOURCE_KEYS)
    record_source = _source_of(source_v)
    host = url_host(url)
    key = source or record_source or host or default_source
    for k in META_KEYS:
        if k != text_key and obj.get(k) not in (None, "", [], {}):
            meta[k] = _jsonable_meta(obj[k])
    lang = obj.get("lang") or obj.get("language")
    return Article(
        title=title, text=text, url=url or None, published=published, source=key,
        source_name=key, lang=lang if isinstance(lang, str) else None, meta=meta,
    )


# --------------------------------------------------------------------------- readers


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")  # noqa: SIM115


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return SUFFIXES.get(suffixes[-1]) if suffixes else None


def _read_capped(path: Path, limits: Limits) -> bytes:
    """Whole (decompressed) file, or ValueError past the size cap."""
    with _open(path) as f:
        data = f.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        raise ValueError(f"file too large (> {limits.max_file_bytes} bytes)")
    return data


def _read_json(path: Path, origin: str, kw: dict[str, Any], limits: Limits) -> Iterator[Item]:
    data = _read_capped(path, limits)
    text, _ = decode_bytes(data)
    del data
    try:
        doc = json.loads(text)
    except RecursionError:
        yield Rejected(origin, "file", "JSON nested too deeply", text[:RAW_PREFIX])
        return
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # JSON lines in a .json file
            yield from _jsonl_lines(io.BytesIO(text.encode("utf-8")), origin, kw, limits)
            return
        yield Rejected(origin, f"line {e.lineno} col {e.colno}", f"invalid JSON: {e.msg}",
                       text[max(0, e.pos - 200): e.pos + 200])
        return
    del text
    if isinstance(doc, dict) and isinstance(doc.get("messages"), list):
        from didban.ingest.telegram import export_items

        yield from export_items(doc, origin, source=kw.get("source"), limits=limits)
        return
    if isinstance(doc, dict):
        for k in ("articles", "items", "data", "records", "entries", "news"):
            if isinstance(doc.get(k), list):
                doc = doc[k]
                break
        else:
            yield record_to_article(doc, origin, "item 0", limits=limits, **kw)
            return
    if not isinstance(doc, list):
        yield Rejected(origin, "file", f"JSON top level is a {type(doc).__name__}, not a list or object",
                       _raw(doc))
        return
    for i, obj in enumerate(doc):
        yield record_to_article(obj, origin, f"item {i}", limits=limits, **kw)


def _jsonl_lines(f: IO[bytes], origin: str, kw: dict[str, Any], limits: Limits) -> Iterator[Item]:
    total = 0
    lineno = 0
    while True:
        line = f.readline(limits.max_line_bytes + 1)
        if not line:
            return
        lineno += 1
        total += len(line)
        if total > limits.max_file_bytes:
            yield Rejected(origin, f"line {lineno}", f"file too large (> {limits.max_file_bytes} bytes); "
                           "rest of file skipped")
            return
        if len(line) > limits.max_line_bytes and not line.endswith(b"\n"):
            head = line[:RAW_PREFIX]
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = f.readline(2**20)
                total += len(line)
            yield Rejected(origin, f"line {lineno}", f"line too long (> {limits.max_line_bytes} bytes)",
                           head.decode("utf-8", "replace"))
            continue
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[3:]
        if not line.strip():
            continue
        try:
            text, _ = decode_bytes(line)
        except DecodeFailed as e:
            yield Rejected(origin, f"line {lineno}", str(e), line[:RAW_PREFIX].decode("utf-8", "replace"))
            continue
        text = text.rstrip("\r\n")  # (an error at the line's end is then at its column, not at «line 2 col 1»)
        try:
            obj = json.loads(text)
        except RecursionError:
            yield Rejected(origin, f"line {lineno}", "JSON nested too deeply", text[:RAW_PREFIX])
            continue
        except json.JSONDecodeError as e:
            yield Rejected(origin, f"line {lineno}", f"invalid JSON: {e.msg} (col {e.colno})", text[:RAW_PREFIX])
            continue
        yield record_to_article(obj, origin, f"line {lineno}", limits=limits, **kw)


def _read_jsonl(path: Path, origin: str, kw: dict[str, Any], limits: Limits) -> Iterator[Item]:
    with _open(path) as f:
        head = f.peek(2)[:2] if hasattr(f, "peek") else b""
        if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):  # rare: decode whole, then split
            text, _ = decode_bytes(_read_capped(path, limits))
            yield from _jsonl_lines(io.BytesIO(text.encode("utf-8")), origin, kw, limits)
            return
        yield from _jsonl_lines(f, origin, kw, limits)


def _sniff_encoding(path: Path) -> str:
    with _open(path) as f:
        sample = f.read(2**20)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for cut in range(4):  # the sample may end inside a multi-byte character
        try:
            sample[: len(sample) - cut].decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            continue
    decode_bytes(sample)  # raises DecodeFailed unless it reads as cp1256
    return "cp1256"


def header_delimiter(line: str, default: str) -> str:
    """The delimiter that gives the header a text column: ``default``, else «;» (spreadsheets saved where the
    decimal mark is a comma), a tab or «|»; ``default`` when none does (the header is then rejected)."""
    for d in (default, ";", "\t", "|"):
        fields = next(csv.reader([line], delimiter=d), [])
        if len(fields) > 1 or d == default:
            if any(field_key(h.strip().lstrip("\ufeff")) in TEXT_KEYS for h in fields):
                return d
    return default


def _read_csv(path: Path, origin: str, kw: dict[str, Any], limits: Limits, delimiter: str) -> Iterator[Item]:
    encoding = _sniff_encoding(path)
    csv.field_size_limit(limits.max_line_bytes)
    with _open(path) as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as f:
        first = f.readline()
        delimiter = header_delimiter(first, delimiter)
        reader = csv.reader(itertools.chain([first] if first else [], f), delimiter=delimiter)
        row_no = 0
        try:
            header = next(reader, None)
            if not header:
                yield Rejected(origin, "row 1", "CSV without a header row")
                return
            header = [h.strip().lstrip("\ufeff") for h in header]
            if not any(field_key(k) in TEXT_KEYS for k in header):
                yield Rejected(origin, "row 1", f"CSV header has no text column ({', '.join(TEXT_KEYS[:4])} ...)",
                               ",".join(header)[:RAW_PREFIX])
                return
            row_no = 1
            errors = 0
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as e:  # one bad row (oversized field, NUL ...): note it and go on
                    row_no += 1
                    errors += 1
                    yield Rejected(origin, f"row {row_no}", f"CSV error: {e}")
                    if errors > 1000:
                        yield Rejected(origin, f"row {row_no}", "too many CSV errors; rest of file skipped")
                        return
                    continue
                row_no += 1
                if not any(c.strip() for c in row):
                    continue
                if len(row) > len(header):
                    yield Rejected(origin, f"row {row_no}", f"{len(row)} fields for {len(header)} columns",
                                   ",".join(row)[:RAW_PREFIX])
                    continue
                yield record_to_article(dict(zip(header, row, strict=False)), origin, f"row {row_no}",
                                        limits=limits, **kw)
        except csv.Error as e:
            yield Rejected(origin, f"row {row_no + 1}", f"CSV error: {e}; rest of file skipped")
        except UnicodeDecodeError as e:
            yield Rejected(origin, f"row {row_no + 1}", f"undecodable bytes ({encoding}): {e.reason}; "
                           "rest of file skipped")


def _read_xlsx(path: Path, origin: str, kw: dict[str, Any], limits: Limits) -> Iterator[Item]:
    """Spreadsheets (.xlsx): every sheet whose first row is a header with a text column, one
    article per row, with the same field names as JSON and CSV."""
    import zipfile

    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(_read_capped(path, limits)), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as e:
        yield Rejected(origin, "file", f"unreadable spreadsheet: {e}")
        return
    try:
        usable = 0
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
            if not any(field_key(k) in TEXT_KEYS for k in header):
                continue
            usable += 1
            for row_no, row in enumerate(rows, start=2):
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
                    continue
                rec = {h: v for h, v in zip(header, row, strict=False) if h and v is not None}
                yield record_to_article(rec, origin, f"sheet {ws.title!r} row {row_no}", limits=limits, **kw)
        if not usable:
            yield Rejected(origin, "file", f"no sheet has a header with a text column ({', '.join(TEXT_KEYS[:4])} ...)")
    finally:
        wb.close()


def _read_txt(path: Path, origin: str, kw: dict[str, Any], limits: Limits) -> Iterator[Item]:
    """One article per file. The first line is its title when it looks like one (:func:`_title_line`); else the
    whole file is the text (a body on one line, or a lead paragraph first: «به گزارش X، ... گفت: ...» must stay in
    the text, where provenance and quotes are read) and the title is taken from its first line."""
    raw, _ = decode_bytes(_read_capped(path, limits))
    text = clean_text(raw)
    first, _, body = text.partition("\n")
    keep_raw = kw.get("keep_raw", False)
    kw = {k: v for k, v in kw.items() if k != "keep_raw"}  # (the whole file is this article's raw text, below)
    if _title_line(first, body):
        item = record_to_article({"title": first, "text": body.strip()}, origin, "file", limits=limits, **kw)
    else:
        item = record_to_article({"text": text.strip()}, origin, "file", limits=limits, **kw)
    if keep_raw and isinstance(item, Article) and item.text != raw:
        # offsets in the file: the text is the cleaned file from ``raw_base`` on (after a title line)
        item.meta["raw_text"], item.meta["raw_base"] = raw, text.find(item.text)
    yield item


_LEAD_OPENINGS = ("به گزارش", "به نقل از", "بنا به گزارش", "بنا بر گزارش", "according to")
_SENTENCE_ENDS = (".", ":", "؛", ";", "…", "،", ",")


def _title_line(first: str, rest: str) -> bool:
    """Whether the first line of a text file is a headline: more text follows, it is short, it does not end a
    sentence or a clause («.», «:», «؛», «،»; a headline may end with «؟» or «!») and it is not a news lead
    («به گزارش ...»)."""
    line = first.strip().rstrip("»\"”') ")
    return bool(rest.strip()) and 0 < len(line) <= 200 and not line.endswith(_SENTENCE_ENDS) \
        and not first.strip().lower().startswith(_LEAD_OPENINGS)


def _read_html(path: Path, origin: str, kw: dict[str, Any], limits: Limits) -> Iterator[Item]:
    from didban.ingest.html import HtmlRejected, extract

    data = _read_capped(path, limits)
    if len(data) > limits.max_html_bytes:
        yield Rejected(origin, "file", f"HTML too large ({len(data)} bytes > {limits.max_html_bytes})",
                       data[:RAW_PREFIX].decode("utf-8", "replace"))
        return
    html, _ = decode_bytes(data)
    try:
        ex = extract(html, max_bytes=limits.max_html_bytes, max_depth_=limits.max_html_depth)
    except HtmlRejected as e:
        yield Rejected(origin, "file", str(e), html[:RAW_PREFIX])
        return
    rec = {"title": ex.title, "text": ex.text, "published": ex.published, "source": ex.site, "lang": ex.lang,
           "url": ex.url}
    kw = {k: v for k, v in kw.items() if k != "keep_raw"}  # (offsets stay in the extracted text of a page)
    yield record_to_article(rec, origin, "file", limits=limits, **kw)


def _read_feed_file(path: Path, origin: str, kw: dict[str, Any], limits: Limits) -> Iterator[Item]:
    from didban.ingest.feeds import parse_feed
    from didban.ingest.net import FetchError

    data = _read_capped(path, limits)
    try:
        items, _feed = parse_feed(data, origin, source=kw.get("source"), limits=limits)
    except FetchError as e:
        yield Rejected(origin, "file", str(e), data[:RAW_PREFIX].decode("utf-8", "replace"))
        return
    yield from items


def read_path(
    path: str | Path,
    *,
    source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    keep_raw: bool = False,
) -> Iterator[Item]:
    """Every record under ``path`` (a file or a directory, recursively) as Article or Rejected.

    ``source`` overrides the source key of every article; ``keep_raw``: see :func:`record_to_article` (a text
    file's whole decoded content is its raw text). Never raises for bad input."""
    path = Path(path)
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
                if _kind(p) not in (None, "opml"):
                    yield from read_path(p, source=source, limits=limits, keep_raw=keep_raw)
        return
    origin = str(path)
    if not path.exists():
        yield Rejected(origin, "file", "no such file")
        return
    kind = _kind(path)
    if kind is None:
        yield Rejected(origin, "file", f"unsupported file type '{''.join(path.suffixes) or path.name}'")
        return
    if kind == "opml":
        yield Rejected(origin, "file", "OPML is a list of feeds: pass it to `didban ingest` or `didban watch`")
        return
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            yield Rejected(origin, "file", f"file too large ({size} bytes > {limits.max_file_bytes})")
            return
        if size == 0:
            yield Rejected(origin, "file", "empty file")
            return
    except OSError as e:
        yield Rejected(origin, "file", f"cannot read: {e.strerror or e}")
        return
    kw: dict[str, Any] = {"source": source, "default_source": f"file:{path.name.split('.')[0]}"}
    if keep_raw:
        kw["keep_raw"] = True
    try:
        if kind == "json":
            yield from _read_json(path, origin, kw, limits)
        elif kind == "jsonl":
            yield from _read_jsonl(path, origin, kw, limits)
        elif kind in ("csv", "tsv"):
            yield from _read_csv(path, origin, kw, limits, "\t" if kind == "tsv" else ",")
        elif kind == "txt":
            yield from _read_txt(path, origin, kw, limits)
        elif kind == "xlsx":
            yield from _read_xlsx(path, origin, kw, limits)
        elif kind == "html":
            yield from _read_html(path, origin, kw, limits)
        elif kind == "feed":
            yield from _read_feed_file(path, origin, kw, limits)
    except DecodeFailed as e:
        yield Rejected(origin, "file", str(e))
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        yield Rejected(origin, "file", f"corrupt gzip: {e}")
    except ValueError as e:  # size caps
        yield Rejected(origin, "file", str(e))
    except OSError as e:
        yield Rejected(origin, "file", f"cannot read: {e.strerror or e}")

