"""Bounded, polite HTTP GET for feeds and linked pages.

- only ``http``/``https``;
- the host is resolved and *every* address must be public (no loopback, private, link-local,
  multicast, reserved or unspecified addresses, IPv4-mapped IPv6 included) unless
  ``allow_private``; the check is repeated on every redirect hop;
- redirects are followed by hand, at most ``max_redirects``;
- connect/read timeouts and an overall deadline per request;
- the body is streamed and cut at ``max_bytes`` (after content decoding, so a gzip bomb is
  bounded too);
- a per-host politeness delay between requests;
- conditional GET with ``If-None-Match`` / ``If-Modified-Since``.

The address check runs twice: before each request (for a clear error) and again inside the
connection itself (a custom httpcore network backend resolves the name, checks every address
and connects to the checked address), so a DNS answer that changes between the check and the
connection (DNS rebinding) cannot reach a private address. TLS still verifies the host name.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

USER_AGENT = "didban/0.1 (news monitoring; +https://github.com/didban)"


class FetchError(Exception):
    """A fetch failed (network, HTTP status, size, refusal); the message says why."""


class Refused(FetchError):
    """The URL points at an address or scheme didban does not fetch."""


@dataclass(slots=True)
class Response:
    url: str  # final URL after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    content: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise ``Refused`` unless ``url`` is http(s) and its host resolves only to public addresses."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise Refused(f"malformed URL: {url!r}") from e
    if parts.scheme not in ("http", "https"):
        raise Refused(f"unsupported URL scheme {parts.scheme!r}")
    host = parts.hostname
    if not host:
        raise Refused(f"URL without host: {url!r}")
    if not allow_private:
        resolve_public(host, port or (443 if parts.scheme == "https" else 80))


def _only_public(host: str, ips: list[ipaddress.IPv4Address | ipaddress.IPv6Address]) -> None:
    if not ips:
        raise FetchError(f"cannot resolve {host}")
    for ip in ips:
        if not _public(ip):
            raise Refused(f"{host} resolves to non-public address {ip} (use --allow-private to permit)")


def resolve_public(host: str, port: int) -> str:
    """One address of ``host`` after checking that every address it resolves to is public."""
    try:
        ips = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as e:
            raise FetchError(f"cannot resolve {host}: {e}") from e
        ips = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    _only_public(host, ips)
    return str(ips[0])


def _guarded_transport(allow_private: bool) -> object:
    """httpx transport whose connections re-check the address they actually connect to."""
    import httpcore
    import httpx

    class GuardedBackend(httpcore.SyncBackend):
        def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                        local_address: str | None = None, socket_options: object = None) -> object:
            if not allow_private:
                host = resolve_public(host, port)
            return super().connect_tcp(host, port, timeout, local_address, socket_options)  # type: ignore[arg-type]

    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # noqa: SLF001 - the one way to set the network backend
        ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=GuardedBackend(),
    )
    return transport


class Fetcher:
    """One HTTP client with the bounds above; reuse it for a whole ingest or watch run."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = 20.0,
        max_bytes: int = 10 * 2**20,
        max_redirects: int = 5,
        delay: float = 1.0,
        user_agent: str = USER_AGENT,
    ):
        import httpx

        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.delay = delay
        self._last: dict[str, float] = {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=False,
            transport=_guarded_transport(allow_private),  # type: ignore[arg-type]
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _polite(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.delay - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET with the bounds above. 304 is returned, not raised; other non-2xx raise FetchError."""
        import httpx

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.max_redirects + 1):
            check_url(current, allow_private=self.allow_private)
            host = urlsplit(current).netloc.lower()
            self._polite(host)
            deadline = time.monotonic() + 3 * self.timeout
            try:
                with self._client.stream("GET", current, headers=headers) as r:
                    if r.status_code in (301, 302, 303, 307, 308):
                        loc = r.headers.get("location")
                        if not loc:
                            raise FetchError(f"redirect without Location from {current}")
                        current = urljoin(current, loc)
                        continue
                    hdrs = {k.lower(): v for k, v in r.headers.items()}
                    if r.status_code == 304:
                        return Response(str(r.url), 304, hdrs)
                    if r.status_code >= 400:
                        raise FetchError(f"HTTP {r.status_code} from {current}")
                    declared = r.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise FetchError(f"response too large ({declared} bytes > {self.max_bytes})")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise FetchError(f"response too large (> {self.max_bytes} bytes)")
                        if time.monotonic() > deadline:
                            raise FetchError(f"download too slow (over {3 * self.timeout:.0f} s)")
                        chunks.append(chunk)
                    return Response(str(r.url), r.status_code, hdrs, b"".join(chunks))
            except httpx.HTTPError as e:
                raise FetchError(f"{type(e).__name__} fetching {current}: {e}") from e
        raise FetchError(f"too many redirects (> {self.max_redirects}) from {url}")
