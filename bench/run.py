"""Throughput and latency of the public HTTP endpoints, under gunicorn, on 127.0.0.1 only.

Builds a throwaway SQLite database with the demo content (or uses DATABASE_URL), starts gunicorn
with production settings, sends a bounded number of keep-alive requests per endpoint from a few
client threads, and prints req/s, p50 and p99 and the ratio to a minimal Django response
(robots.txt, a static template). Figures, not pass/fail: compare runs on the same machine.

    make bench                      # defaults
    python bench/run.py --requests 3000 --concurrency 8 --workers 2
"""

import argparse
import http.client
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def get_json(port: int, path: str) -> dict:
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    connection.request("GET", path)
    return json.loads(connection.getresponse().read())


def wait_until_up(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=1)
            connection.request("GET", "/robots.txt")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


def hammer(
    port: int, path: str, total: int, concurrency: int
) -> tuple[float, list[float], int]:
    """Send ``total`` GETs over ``concurrency`` keep-alive connections; latencies in ms."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    per_thread = total // concurrency

    def worker() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        mine, failed = [], 0
        for _ in range(per_thread):
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            failed += response.status != 200
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return len(latencies) / elapsed, latencies, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--requests", type=int, default=2000, help="requests per endpoint"
    )
    parser.add_argument("--concurrency", type=int, default=4, help="client connections")
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn worker processes"
    )
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="tma-bench-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}"
        ),
        "MEDIA_ROOT": str(workdir / "media"),
        "SECURE_SSL_REDIRECT": "false",
        "WAGTAILAPI_BASE_URL": f"http://{HOST}:{port}",
        "LOG_LEVEL": "WARNING",
    }
    print(
        f"database: {env['DATABASE_URL'].split('@')[-1]}  workers: {options.workers}  "
        f"requests/endpoint: {options.requests}  concurrency: {options.concurrency}"
    )
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v0")

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(options.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(port, time.monotonic() + 30)
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
        print(
            f"\n{'endpoint':<40} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'× minimal':>10} {'errors':>7}"
        )
        for label, path in endpoints:
            hammer(
                port, path, min(200, options.requests), options.concurrency
            )  # warm up
            rate, latencies, errors = hammer(
                port, path, options.requests, options.concurrency
            )
            baseline = baseline or rate
            p99 = statistics.quantiles(latencies, n=100)[98]
            print(
                f"{label:<40} {rate:>8.0f} {statistics.median(latencies):>8.1f} {p99:>8.1f} {rate / baseline:>10.2f} {errors:>7}"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
