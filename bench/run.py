"""Throughput and latency of the public HTTP endpoints, under gunicorn, on 127.0.0.1 only.

Builds a throwaway SQLite database with the demo content (or uses DATABASE_URL), starts gunicorn
with production settings, sends a bounded number of requests per endpoint from a few client
threads, and prints req/s, p50 and p99 and the ratio to a minimal Django response (robots.txt, a
static template). Then the gallery API (``bench/gallery_api.py``): the same database grown to 100
and then 10,000 artworks with ``manage.py generate_gallery``, measured against Wagtail's v2 pages
API and the minimal response. Last, one open-call submission of five ~10 MB images
(``bench/open_call.py``): its time and the worker's peak memory. Figures, not pass/fail: compare
runs on the same machine.

    make bench                      # defaults: a few minutes on 2 cores
    python bench/run.py --requests 3000 --concurrency 8 --workers 2
    python bench/run.py --part gallery --sizes 100,1000,10000 --db-requests 400
"""

import argparse
import http.client
import itertools
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
# Unique across the whole run, so that a path built from it never repeats (cache busting).
REQUEST_NUMBERS = itertools.count()

# A fixed path, or a function of a never-repeated number that makes a new path per request.
PathSource = str | Callable[[int], str]


@dataclass
class Measurement:
    rate: float
    p50: float
    p99: float
    errors: int
    requests: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str, quiet: bool = True) -> str:
    """Run a management command; its stdout, which is shown only when ``quiet`` is false."""
    finished = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    if not quiet:
        print(finished.stdout, end="")
    return finished.stdout


def request(
    port: int, path: str, headers: dict[str, str] | None = None
) -> tuple[http.client.HTTPResponse, bytes]:
    """One GET on a new connection: the response (status, headers) and its body."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


def get_json(port: int, path: str) -> dict:
    return json.loads(request(port, path)[1])


def wait_until_up(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if request(port, "/robots.txt")[0].status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


@dataclass
class Job:
    """One endpoint to measure: ``total`` GETs of ``path``, each answered with ``expect``."""

    key: str
    path: PathSource
    total: int
    headers: dict[str, str] = field(default_factory=dict)
    expect: int = 200


@dataclass
class Sample:
    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0
    errors: int = 0

    def add(self, other: "Sample") -> None:
        self.latencies += other.latencies
        self.elapsed += other.elapsed
        self.errors += other.errors

    def summary(self) -> Measurement:
        latencies = self.latencies
        p99 = (
            statistics.quantiles(latencies, n=100)[98]
            if len(latencies) > 1
            else latencies[0]
        )
        return Measurement(
            rate=len(latencies) / self.elapsed,
            p50=statistics.median(latencies),
            p99=p99,
            errors=self.errors,
            requests=len(latencies),
        )


def hammer(port: int, job: Job, total: int, concurrency: int) -> Sample:
    """Send ``total`` GETs of ``job`` from ``concurrency`` threads, each on its own connection
    (reopened when the server closes it); latencies in ms. A status other than ``job.expect``
    counts as an error."""
    sample = Sample()
    lock = threading.Lock()
    per_thread = max(1, total // concurrency)

    def worker() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        mine, failed = [], 0
        for _ in range(per_thread):
            url = job.path(next(REQUEST_NUMBERS)) if callable(job.path) else job.path
            started = time.perf_counter()
            connection.request("GET", url, headers=job.headers)
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            failed += response.status != job.expect
        connection.close()
        with lock:
            sample.latencies.extend(mine)
            sample.errors += failed

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sample.elapsed = time.perf_counter() - started
    return sample


def warm_up(port: int, job: Job, concurrency: int) -> None:
    """A fifth of the requests, at most 200: connections, lazy imports, caches."""
    hammer(port, job, min(200, max(job.total // 5, concurrency)), concurrency)


def measure(port: int, job: Job, concurrency: int) -> Measurement:
    warm_up(port, job, concurrency)
    return hammer(port, job, job.total, concurrency).summary()


def measure_interleaved(
    port: int, jobs: list[Job], concurrency: int, rounds: int
) -> dict[str, Measurement]:
    """Every job in ``rounds`` slices, taking turns, so that a machine that slows down for a while
    (a neighbour's test run) weighs on all of them alike and their ratios hold."""
    for job in jobs:
        warm_up(port, job, concurrency)
    samples = {job.key: Sample() for job in jobs}
    for _round in range(rounds):
        for job in jobs:
            share = max(concurrency, job.total // rounds)
            samples[job.key].add(hammer(port, job, share, concurrency))
    return {key: sample.summary() for key, sample in samples.items()}


def bench_env(database_url: str, workdir: Path, port: int) -> dict[str, str]:
    """Production settings, with what they refuse to start without, on 127.0.0.1."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
        "SECURE_SSL_REDIRECT": "false",
        "WAGTAILAPI_BASE_URL": f"http://{HOST}:{port}",
        "LOG_LEVEL": "WARNING",
    }


@contextmanager
def gunicorn(
    env: dict[str, str], port: int, workers: int
) -> Iterator[subprocess.Popen]:
    """gunicorn serving the project on ``port`` until the block ends; a fresh start each time,
    so no in-process cache survives from an earlier measurement."""
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(port, time.monotonic() + 30)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=10)


def row(label: str, result: Measurement, baseline: float, width: int = 40) -> str:
    rate = f"{result.rate:.0f}" if result.rate >= 10 else f"{result.rate:.1f}"
    return (
        f"{label:<{width}} {rate:>8} {result.p50:>8.1f} {result.p99:>8.1f} "
        f"{result.rate / baseline:>10.2f} {result.errors:>7}"
    )


def header(width: int = 40) -> str:
    return (
        f"{'endpoint':<{width}} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'× minimal':>10} {'errors':>7}"
    )


def pages_benchmark(port: int, options: argparse.Namespace) -> None:
    """The brand site's Wagtail API and pages against the minimal response."""
    some_page = get_json(port, "/api/v2/pages/?locale=en&limit=1")["items"][0]["id"]
    endpoints = [
        ("minimal Django response (robots.txt)", "/robots.txt"),
        ("pages listing, nl", "/api/v2/pages/?locale=nl"),
        ("pages listing, en, 20 items", "/api/v2/pages/?locale=en&limit=20"),
        (
            "events, upcoming, all fields",
            "/api/v2/pages/?type=cms.EventPage&locale=nl&upcoming=true&fields=*",
        ),
        ("page detail", f"/api/v2/pages/{some_page}/"),
        ("navigation, en", "/api/navigation/?locale=en"),
        ("built-in home page, nl", "/nl/"),
    ]
    baseline = None
    print(f"\n{header()}")
    for label, path in endpoints:
        # Only the minimal response is cheap; the rest query the database on every request.
        total = options.requests if baseline is None else options.db_requests
        result = measure(port, Job(label, path, total), options.concurrency)
        baseline = baseline or result.rate
        print(row(label, result, baseline))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--requests",
        type=int,
        default=2000,
        help="requests per cheap endpoint: the minimal response, cached answers and 304s",
    )
    parser.add_argument(
        "--db-requests",
        type=int,
        default=200,
        help="requests per endpoint that queries the database (Wagtail's API, uncached gallery)",
    )
    parser.add_argument(
        "--map-requests",
        type=int,
        default=12,
        help="requests for the uncached gallery map, which serialises every spot",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=4,
        help="slices in which the gallery endpoints take turns (steadier ratios)",
    )
    parser.add_argument(
        "--sizes",
        default="100,10000",
        help="artworks in the gallery databases, growing (spots: one per ten artworks)",
    )
    parser.add_argument("--concurrency", type=int, default=4, help="client connections")
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn worker processes"
    )
    parser.add_argument(
        "--part",
        choices=["all", "pages", "gallery", "open-call"],
        default="all",
        help="what to run",
    )
    parser.add_argument(
        "--open-call-runs",
        type=int,
        default=3,
        help="open-call submissions of five ~10 MB images to time",
    )
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="tma-bench-"))
    port = free_port()
    env = bench_env(
        os.environ.get("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}"),
        workdir,
        port,
    )
    print(
        f"database: {env['DATABASE_URL'].split('@')[-1]}  workers: {options.workers}  "
        f"requests/endpoint: {options.requests}  concurrency: {options.concurrency}"
    )
    try:
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput", "-v0")
        if options.part in ("all", "pages"):
            with gunicorn(env, port, options.workers):
                pages_benchmark(port, options)
        if options.part in ("all", "gallery"):
            # bench/ is on sys.path as the script's directory; gallery_api imports its helpers
            # from this module, which must then not load a second time under its own name.
            sys.modules.setdefault("run", sys.modules[__name__])
            import gallery_api

            gallery_api.run(env, port, options)
        if options.part in ("all", "open-call"):
            sys.modules.setdefault("run", sys.modules[__name__])
            import open_call

            open_call.run(env, port, options)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
