"""URLs as inputs, against a local HTTP server on 127.0.0.1 that each test starts (never a real site)."""

from __future__ import annotations

import gzip
import http.server
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from brief import __version__
from brief.errors import InputError
from brief.fetch import fetch, human_size
from brief.ingest import is_url

DATA = Path(__file__).parent / "data" / "inputs"
ARTICLE = (DATA / "bridge.html").read_bytes()
FEED = (DATA / "strike.rss").read_bytes()
TEXT = b"Dock workers returned to work on Monday after a deal on pay was agreed with employers.\n"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before answering at all
    drip: float = 0.0  # between each byte of the body


@dataclass
class Server:
    base: str
    routes: dict[str, Route]
    seen: list[dict[str, str]]

    def url(self, path: str) -> str:
        return self.base + path


def handler(routes: dict[str, Route], seen: list[dict[str, str]]) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append({k.lower(): v for k, v in self.headers.items()})
            route = routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            time.sleep(route.delay)
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if "Content-Length" not in route.headers and not route.drip:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                if route.drip:
                    for byte in route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.drip)
                else:
                    self.wfile.write(route.body)
            except OSError:
                pass  # the client gave up, as it should

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    routes: dict[str, Route] = {}
    seen: list[dict[str, str]] = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler(routes, seen))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes, seen)
    finally:
        httpd.shutdown()
        httpd.server_close()


def html_route(body: bytes = ARTICLE) -> Route:
    return Route(body=body, headers={"Content-Type": "text/html; charset=utf-8"})


def test_a_web_page_url_is_fetched_and_its_article_extracted(cli: Any, server: Server) -> None:
    server.routes["/story"] = html_route()
    result = cli("summary", server.url("/story"), "-f", "text", "-n", "2", "-m", "lead")
    assert result.code == 0, result.stderr
    assert result.stdout == (
        "The city's main bridge reopened to traffic on Wednesday after two years of repairs, "
        "the council said.\n"
        "Engineers replaced the steel cables and strengthened the piers, which had been damaged by floods.\n"
    )
    assert server.seen[0]["user-agent"].startswith(f"brief/{__version__}")


def test_json_carries_the_url_title_author_and_date(cli: Any, server: Server) -> None:
    import json

    server.routes["/story"] = html_route()
    result = cli("summary", server.url("/story"), "-f", "json", "-n", "1")
    assert result.code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["title"] == "Bridge reopens"
    assert payload["sentences"][0]["source"] == server.url("/story")
    assert payload["documents"] == [
        {
            "source": server.url("/story"),
            "title": "Bridge reopens",
            "url": server.url("/story"),
            "date": "2024-05-01",
            "author": "Sam Reporter",
            "id": None,
        }
    ]


def test_redirects_are_followed(cli: Any, server: Server) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/hop"})
    server.routes["/hop"] = Route(status=302, headers={"Location": server.url("/story")})
    server.routes["/story"] = html_route()
    fetched = fetch(server.url("/old"), timeout=5, max_bytes=1 << 20)
    assert fetched.url == server.url("/story")
    assert fetched.kind == "html"
    result = cli("summary", server.url("/old"), "-f", "text", "-n", "1")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("The city's main bridge reopened")


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.test/story.html"])
def test_a_redirect_away_from_http_is_refused(cli: Any, server: Server, target: str) -> None:
    server.routes["/sneaky"] = Route(status=302, headers={"Location": target})
    result = cli("summary", server.url("/sneaky"))
    assert result.code == 2
    assert result.stderr == (
        f"brief: {server.url('/sneaky')}: refused a redirect to {target} (only http and https are followed)\n"
    )


def test_feed_and_plain_text_urls_by_content_type(cli: Any, server: Server) -> None:
    server.routes["/feed"] = Route(body=FEED, headers={"Content-Type": "application/rss+xml"})
    server.routes["/plain"] = Route(body=TEXT, headers={"Content-Type": "text/plain; charset=utf-8"})
    feed = cli("summary", server.url("/feed"), "-f", "text", "--with-source")
    assert feed.code == 0, feed.stderr
    assert feed.stdout == "http://example.test/strike\t" + TEXT.decode()
    plain = cli("summary", server.url("/plain"), "-f", "text", "--with-source")
    assert plain.stdout == server.url("/plain") + "\t" + TEXT.decode()


def test_a_feed_served_as_html_is_read_as_a_feed(cli: Any, server: Server) -> None:
    server.routes["/feed"] = Route(body=FEED, headers={"Content-Type": "text/html"})
    result = cli("summary", server.url("/feed"), "-f", "text", "--with-source")
    assert result.stdout == "http://example.test/strike\t" + TEXT.decode()


def test_plain_text_is_decoded_by_its_declared_charset(cli: Any, server: Server) -> None:
    text = "Ще не вмерла Україна, сказав він у понеділок.\n"
    server.routes["/uk"] = Route(
        body=text.encode("koi8-u"), headers={"Content-Type": "text/plain; charset=koi8-u"}
    )
    result = cli("summary", server.url("/uk"), "-f", "text")
    assert (result.code, result.stdout) == (0, text)


def test_an_untyped_body_is_sniffed(server: Server) -> None:
    server.routes["/blob"] = Route(body=FEED, headers={"Content-Type": "application/octet-stream"})
    assert fetch(server.url("/blob"), timeout=5, max_bytes=1 << 20).kind is None


def test_an_unsupported_content_type_is_refused(cli: Any, server: Server) -> None:
    server.routes["/photo"] = Route(body=b"\x89PNG\r\n", headers={"Content-Type": "image/png"})
    result = cli("summary", server.url("/photo"))
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"brief: {server.url('/photo')}: unsupported content type image/png "
        "(brief reads HTML, feeds and text)\n"
    )


def test_http_errors_are_one_line_naming_the_url(cli: Any, server: Server) -> None:
    result = cli("summary", server.url("/missing"))
    assert result.code == 2
    assert result.stderr == f"brief: {server.url('/missing')}: HTTP 404 Not Found\n"


def test_connection_refused_is_one_line(cli: Any) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    result = cli("summary", url)
    assert result.code == 2
    assert result.stderr == f"brief: {url}: connection refused\n"


def test_a_server_that_hangs_times_out(cli: Any, server: Server) -> None:
    server.routes["/hang"] = Route(body=ARTICLE, delay=3, headers={"Content-Type": "text/html"})
    started = time.monotonic()
    result = cli("summary", server.url("/hang"), "--timeout", "0.5")
    assert time.monotonic() - started < 2.5
    assert result.code == 2
    assert result.stderr == f"brief: {server.url('/hang')}: timed out after 0.5 s\n"


def test_a_body_that_drips_in_is_cut_off_at_the_deadline(server: Server) -> None:
    server.routes["/drip"] = Route(body=ARTICLE, drip=0.05, headers={"Content-Type": "text/html"})
    started = time.monotonic()
    with pytest.raises(InputError, match=r"timed out after 0\.5 s$"):
        fetch(server.url("/drip"), timeout=0.5, max_bytes=1 << 20)
    assert time.monotonic() - started < 2


def test_the_timeout_comes_from_the_environment_too(
    cli: Any, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.routes["/hang"] = Route(body=ARTICLE, delay=3, headers={"Content-Type": "text/html"})
    monkeypatch.setenv("BRIEF_TIMEOUT", "0.4")
    result = cli("summary", server.url("/hang"))
    assert result.stderr == f"brief: {server.url('/hang')}: timed out after 0.4 s\n"


def test_a_huge_download_is_refused_by_content_length(cli: Any, server: Server) -> None:
    server.routes["/big"] = html_route(ARTICLE * 10)
    result = cli("summary", server.url("/big"), "--max-download", "1K")
    assert result.code == 2
    assert result.stderr == (
        f"brief: {server.url('/big')}: download is larger than 1 KB; raise --max-download\n"
    )


def test_a_huge_download_without_length_is_cut_at_the_cap(server: Server) -> None:
    # No Content-Length: the body is streamed until the cap is passed.
    server.routes["/stream"] = Route(body=ARTICLE * 3, headers={"Content-Type": "text/html"}, drip=0.0001)
    with pytest.raises(InputError, match="download is larger than 1000 bytes"):
        fetch(server.url("/stream"), timeout=10, max_bytes=1000)


def test_gzip_bodies_are_inflated_within_the_cap(server: Server) -> None:
    packed = gzip.compress(ARTICLE)
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    server.routes["/gz"] = Route(body=packed, headers=headers)
    assert fetch(server.url("/gz"), timeout=5, max_bytes=1 << 20).data == ARTICLE
    bomb = gzip.compress(b" " * 200_000)
    server.routes["/bomb"] = Route(body=bomb, headers=headers)
    with pytest.raises(InputError, match="larger than"):
        fetch(server.url("/bomb"), timeout=5, max_bytes=50_000)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--timeout", "0"), "brief: --timeout must be a positive number of seconds, not 0\n"),
        (("--max-download", "lots"), "brief: --max-download: 'lots' is not a size (like 500K or 10M)\n"),
    ],
)
def test_bad_reader_limits_are_usage_errors(cli: Any, args: tuple[str, ...], message: str) -> None:
    result = cli("summary", "http://127.0.0.1:9/x", *args)
    assert (result.code, result.stderr) == (2, message)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://example.org/a", True),
        ("HTTPS://example.org", True),
        ("ftp://example.org/a", False),
        ("story.html", False),
        ("-", False),
    ],
)
def test_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected


@pytest.mark.parametrize(
    ("size", "text"), [(1024, "1 KB"), (10 << 20, "10 MB"), (1 << 30, "1 GB"), (1000, "1000 bytes")]
)
def test_human_size(size: int, text: str) -> None:
    assert human_size(size) == text


def test_the_hermetic_fixture_blocks_real_sites() -> None:
    """Sanity check of the harness these tests rely on: nothing leaves the machine."""
    check: Callable[[], Any] = lambda: fetch("http://192.0.2.1/", timeout=1, max_bytes=100)  # noqa: E731
    with pytest.raises(InputError, match="network disabled in tests"):
        check()
