"""read_path never raises on arbitrary bytes, whatever the file type; every item is well formed."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from didban.ingest.files import Limits, read_path
from didban.records import Article, Rejected

LIMITS = Limits(max_file_bytes=50_000, max_line_bytes=5_000, max_html_bytes=20_000, max_html_depth=50)
SUFFIXES = [".json", ".jsonl", ".csv", ".tsv", ".txt", ".html", ".xml", ".jsonl.gz", ".json.gz"]

# bytes that look a little like the real thing, so the parsers get past their first byte
fragments = st.sampled_from([
    b"{", b"}", b"[", b"]", b'"title"', b'"text"', b":", b",", b"\n", b'"', b"\xef\xbb\xbf", b"\xff\xfe",
    "کتاب‌ها".encode(), b"<p>", b"</p>", b"<div>", b"<rss><channel><item>", b"title,text\n", b"\x00", b"\xc3",
    b"1403/08/12", b'"date": "x"', b"\\u0000",
])
contents = st.lists(st.one_of(fragments, st.binary(max_size=20)), max_size=60).map(b"".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
def test_read_path_never_raises(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / f"input{suffix}"
        p.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        items = list(read_path(p, limits=LIMITS))
    for it in items:
        assert isinstance(it, Article | Rejected)
        if isinstance(it, Rejected):
            assert it.reason and it.position and it.origin == str(p)
        else:
            assert it.text.strip() and it.title.strip()
            assert "\x00" not in it.text and it.meta["origin"] == str(p)
            assert it.published is None or it.published.utcoffset() is not None
