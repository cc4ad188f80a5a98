"""Telegram Desktop channel exports (``result.json``) -> Articles.

Each message with text becomes an article: the channel is the source
(key ``telegram:<channel id>``, name = channel name), the URL is the message link
``https://t.me/<username>/<id>`` (``https://t.me/c/<channel id>/<id>`` when the export does not
carry the username and none is given), the date comes from ``date_unixtime`` (UTC) or else
``date`` (naive, read as ``Limits.default_tz``). ``text`` may be a string or a list of strings
and entity objects (``{"type": "bold", "text": ...}``). Service messages (joins, pins, channel
creation) are skipped; messages with only media are quarantined as ``media-only message``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from didban.ingest.files import DEFAULT_LIMITS, RAW_PREFIX, Item, Limits, clean_text, read_path
from didban.records import Article, Rejected

MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "location_information", "poll", "contact_information")
_USERNAME = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")


def message_text(value: Any) -> str:
    """Plain text of a message's ``text`` field (string or list of strings/entities)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(v if isinstance(v, str) else str(v.get("text", "")) if isinstance(v, dict) else ""
                       for v in value)
    return ""


def _title(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    return first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "…"


def export_items(
    doc: dict[str, Any],
    origin: str,
    *,
    source: str | None = None,
    username: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Item]:
    from didban.text.dates import parse_date

    chat_id = str(doc.get("id") or "").removeprefix("-100") or "unknown"
    name = str(doc.get("name") or f"telegram {chat_id}")
    user = username or doc.get("username")
    m = _USERNAME.match(str(user)) if user else None
    user = m.group(1) if m else None
    key = source or f"telegram:{user or chat_id}"
    messages = doc.get("messages")
    if not isinstance(messages, list):
        yield Rejected(origin, "file", "Telegram export without a messages list")
        return
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict):
            yield Rejected(origin, f"message #{i}", "message is not an object", str(msg)[:RAW_PREFIX])
            continue
        mid = msg.get("id")
        pos = f"message {mid}" if mid is not None else f"message #{i}"
        if msg.get("type", "message") != "message":
            continue  # service message
        text = clean_text(message_text(msg.get("text")))
        if not text:
            media = next((k for k in MEDIA_KEYS if msg.get(k)), None)
            reason = f"media-only message ({msg.get('media_type') or media})" if media else "empty text"
            yield Rejected(origin, pos, reason, json.dumps(msg, ensure_ascii=False, default=str)[:RAW_PREFIX])
            continue
        if len(text) > limits.max_text_chars:
            yield Rejected(origin, pos, f"text too long ({len(text)} chars)", text[:RAW_PREFIX])
            continue
        try:
            if msg.get("date_unixtime"):
                published = parse_date(int(msg["date_unixtime"]), limits.default_tz)
            else:
                published = parse_date(msg.get("date"), limits.default_tz)
        except (ValueError, TypeError) as e:  # kept, undated
            published, date_error = None, f"invalid date ({msg.get('date_unixtime') or msg.get('date')!r}): {e}"
        else:
            date_error = None
        url = None
        if mid is not None:
            url = f"https://t.me/{user}/{mid}" if user else f"https://t.me/c/{chat_id}/{mid}"
        meta: dict[str, Any] = {"origin": origin, "position": pos, "telegram_id": mid}
        if date_error:
            meta["warnings"] = [date_error + "; read as undated"]
        for k in ("forwarded_from", "edited", "reply_to_message_id", "author", "media_type"):
            if msg.get(k):
                meta[k] = msg[k]
        yield Article(title=_title(text), text=text, url=url, published=published, source=key,
                      source_name=source or name, meta=meta)


def read_export(
    path: str | Path,
    *,
    source: str | None = None,
    username: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Item]:
    """Articles of a Telegram Desktop export: ``result.json`` or the export directory."""
    path = Path(path)
    if path.is_dir():
        path = path / "result.json"
    if username is None:
        yield from read_path(path, source=source, limits=limits)
        return
    # with an explicit username: read the JSON here (same bounds as read_path)
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            yield Rejected(origin, "file", f"file too large ({size} bytes > {limits.max_file_bytes})")
            return
        doc = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        yield Rejected(origin, "file", f"unreadable Telegram export: {e}")
        return
    if not isinstance(doc, dict):
        yield Rejected(origin, "file", "Telegram export is not a JSON object")
        return
    yield from export_items(doc, origin, source=source, username=username, limits=limits)
