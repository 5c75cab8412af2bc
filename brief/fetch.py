"""URLs as inputs: one bounded HTTP GET (timeout, size cap, redirects, content type checked).

Every failure becomes an InputError naming the URL, in one line.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any

from . import __version__
from .errors import InputError
from .ingest import is_url

USER_AGENT = f"brief/{__version__} (news briefing tool)"
ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, application/x-ndjson;q=0.8, */*;q=0.1"
)
CHUNK = 64 * 1024
MAX_REDIRECTS = 10

CONTENT_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "text/plain": "text",
    "text/markdown": "text",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "application/x-jsonlines": "jsonl",
}
# Types that say nothing about the body: brief sniffs it instead.
UNTYPED = frozenset({"", "application/octet-stream", "binary/octet-stream"})


@dataclass(frozen=True)
class Fetched:
    """A downloaded body, where it finally came from, and what kind of input it is."""

    url: str  # after redirects
    data: bytes
    content_type: str
    kind: str | None  # html, feed, jsonl, text; None: sniff the body
    charset: str | None = None  # as the Content-Type header declares it

    def text_bytes(self) -> bytes:
        """The body as UTF-8 when the header declares another charset brief knows (plain text
        has no other place to say it; HTML and XML declare theirs inside and are left alone)."""
        if not self.charset or self.charset.replace("-", "").lower() == "utf8":
            return self.data
        try:
            return self.data.decode(self.charset, errors="replace").encode("utf-8")
        except LookupError:
            return self.data


class RefusedRedirect(Exception):
    """A redirect to somewhere brief will not follow (file:, ftp:, ...)."""

    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


class Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only, never to file: or ftp:."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage
    ) -> Any:
        location = headers.get("Location") or headers.get("URI") or ""
        target = urllib.parse.urljoin(req.full_url, location)
        if location and not is_url(target):
            raise RefusedRedirect(target)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(Redirects())


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET `url`: at most `max_bytes` of body, within `timeout` seconds in all."""
    if timeout <= 0:
        raise InputError(f"{url}: the timeout must be positive, not {timeout:g}")
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, identity"}
    )
    deadline = time.monotonic() + timeout
    try:
        with opener().open(request, timeout=timeout) as response:
            final = response.geturl()
            content_type = response.headers.get_content_type() if "content-type" in response.headers else ""
            charset = response.headers.get_content_charset()
            kind = kind_of(content_type, url)
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(too_big(url, max_bytes))
            body = read_capped(response, url, max_bytes, deadline, timeout)
            encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
            data = decompress(body, encoding, url, max_bytes)
    except InputError:
        raise
    except RefusedRedirect as exc:
        raise InputError(
            f"{url}: refused a redirect to {exc.target} (only http and https are followed)"
        ) from None
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: {network_reason(exc.reason, timeout)}") from None
    except TimeoutError:
        raise InputError(f"{url}: {timed_out(timeout)}") from None
    except (http.client.HTTPException, ssl.SSLError, OSError, ValueError) as exc:
        raise InputError(f"{url}: {network_reason(exc, timeout)}") from None
    return Fetched(url=final, data=data, content_type=content_type, kind=kind, charset=charset)


def kind_of(content_type: str, url: str) -> str | None:
    if content_type in UNTYPED:
        return None
    if content_type in CONTENT_KINDS:
        return CONTENT_KINDS[content_type]
    if content_type.endswith("+xml"):
        return "feed"
    raise InputError(f"{url}: unsupported content type {content_type} (brief reads HTML, feeds and text)")


def read_capped(response: Any, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The body, a chunk at a time: over `max_bytes` or past the deadline is an error."""
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"{url}: {timed_out(timeout)}")
        chunk = response.read1(CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(too_big(url, max_bytes))
        parts.append(chunk)


def decompress(body: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """Undo gzip/deflate transfer compression, refusing bodies that inflate past the cap."""
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(f"{url}: unsupported content encoding {encoding}")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        data = inflater.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"{url}: corrupt {encoding} body ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(too_big(url, max_bytes))
    return data


def network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return timed_out(timeout)
    if isinstance(reason, socket.gaierror):
        return "cannot resolve the host name"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot fetch ({reason.strerror})"
    text = " ".join(str(reason).split()) or type(reason).__name__
    return f"cannot fetch ({text})"


def timed_out(timeout: float) -> str:
    return f"timed out after {timeout:g} s"


def too_big(url: str, max_bytes: int) -> str:
    return f"{url}: download is larger than {human_size(max_bytes)}; raise --max-download"


def human_size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} bytes"
