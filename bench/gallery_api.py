"""The gallery API (/api/gallery/) under load at growing database sizes, against Wagtail's v2 pages
API over the same artworks and a minimal Django response (robots.txt), and the QR landing
(``/q/<CODE>``, a 302 for a phone) of an artwork and of a spot. Called by ``run.py``.

The database grows with ``manage.py generate_gallery`` (Dutch only, one spot per ten artworks, a
current exhibition placing one work per spot). gunicorn restarts for each size, and the endpoints
of one size take turns in rounds, so that their ratios survive a machine that slows down.

"Uncached" adds a dummy ``_=<n>`` to the query, with an ``n`` never used before in the run: the
server-side cache key contains the whole query string (``api/gallery/caching.py``), so every such
request misses it and runs the view and its queries, while the content version stays as it is.
Wagtail's v2 API has no response cache, and rejects unknown parameters, so it gets none.
"""

import argparse
import json
import os
from urllib.parse import urlsplit

from run import (
    REQUEST_NUMBERS,
    Job,
    Measurement,
    PathSource,
    gunicorn,
    header,
    manage,
    measure_interleaved,
    request,
    row,
)

LIST = "/api/gallery/artworks/?page_size=24"
MAP = "/api/gallery/map/"
WAGTAIL_LIST = "/api/v2/pages/?type=gallery.ArtworkPage&fields=*&limit=24"
MINIMAL = "/robots.txt"
SPOTS = "/api/gallery/spots/?page_size=1"
# A passer-by's phone: the landing counts it as a scan, not as a bot or a link preview.
PHONE = {
    "User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
}
WIDTH = 46
# name: (numerator, denominator, goal); req/s ratios the issue sets a floor for.
RATIOS = {
    "uncached list / v2": ("list", "v2", 5.0),
    "cached list / minimal": ("cached list", "minimal", 0.5),
    "304 / minimal": ("304", "minimal", 0.5),
    "QR landing / minimal": ("qr artwork", "minimal", 0.5),
    "QR landing, spot / minimal": ("qr spot", "minimal", 0.5),
}
SCALE_GOAL = 1.5


def uncached(path: str) -> PathSource:
    separator = "&" if "?" in path else "?"
    return lambda number: f"{path}{separator}_={number}"


def grow(env: dict[str, str], artworks: int, spots: int) -> str:
    """Add works and spots with ``generate_gallery``; its closing line (counts and seconds)."""
    output = manage(
        env, "generate_gallery", "--artworks", str(artworks), "--spots", str(spots)
    )
    return output.strip().splitlines()[-1]


def placed_artwork(port: int) -> int:
    """An artwork on show today (its detail has showings and a place), else the first one."""
    results = json.loads(request(port, LIST)[1])["results"]
    return next((item["id"] for item in results if item["on_show"]), results[0]["id"])


def landing_path(item: dict) -> str:
    """The path a printed code leads to (``/Q/<CODE>``), from an API object's ``qr.url``."""
    return urlsplit(item["qr"]["url"]).path


def jobs(port: int, spots: int, options: argparse.Namespace) -> dict[str, Job]:
    """Label → job, in the order of the table."""
    etag = request(port, LIST)[0].getheader("ETag")
    artwork = placed_artwork(port)
    detail = f"/api/gallery/artworks/{artwork}/"
    artwork_code = landing_path(json.loads(request(port, detail)[1]))
    spot_code = landing_path(json.loads(request(port, SPOTS)[1])["results"][0])
    cheap, database = options.requests, options.db_requests
    return {
        "minimal Django response (robots.txt)": Job("minimal", MINIMAL, cheap),
        "artworks, 24, uncached": Job("list", uncached(LIST), database),
        "artworks, 24, uncached, en (Dutch fallback)": Job(
            "list en", uncached(f"{LIST}&locale=en"), database
        ),
        "artworks, 24, cached": Job("cached list", LIST, cheap),
        "artworks, 24, 304 (If-None-Match)": Job(
            "304", LIST, cheap, {"If-None-Match": etag}, expect=304
        ),
        "artwork detail, uncached": Job("detail", uncached(detail), database),
        "artwork detail, cached": Job("cached detail", detail, cheap),
        f"map ({spots} spots), uncached": Job(
            "map", uncached(MAP), options.map_requests
        ),
        f"map ({spots} spots), cached": Job("cached map", MAP, database),
        "QR landing, artwork, en (302)": Job(
            "qr artwork",
            artwork_code,
            cheap,
            {**PHONE, "Accept-Language": "en-GB,en;q=0.9"},
            expect=302,
        ),
        "QR landing, spot → on show now, nl (302)": Job(
            "qr spot", spot_code, cheap, {**PHONE, "Accept-Language": "nl"}, expect=302
        ),
        "Wagtail v2 pages, ArtworkPage, fields=*, 24": Job(
            "v2", WAGTAIL_LIST, database
        ),
    }


def body_size(port: int, job: Job) -> str:
    """The size of one answer in kB, after checking its status."""
    path = job.path(next(REQUEST_NUMBERS)) if callable(job.path) else job.path
    response, body = request(port, path, job.headers)
    if response.status != job.expect:
        raise SystemExit(f"{path}: HTTP {response.status}, expected {job.expect}")
    return f"{len(body) / 1000:.1f}"


def measure_size(
    port: int, spots: int, options: argparse.Namespace
) -> dict[str, Measurement]:
    labelled = jobs(port, spots, options)
    sizes = {label: body_size(port, job) for label, job in labelled.items()}
    results = measure_interleaved(
        port, list(labelled.values()), options.concurrency, options.rounds
    )
    print(f"{header(WIDTH)} {'kB':>7}")
    for label, job in labelled.items():
        baseline = results["minimal"].rate
        print(f"{row(label, results[job.key], baseline, WIDTH)} {sizes[label]:>7}")
    return results


def verdict(value: float, goal: float, at_least: bool = True) -> str:
    met = value >= goal if at_least else value <= goal
    return f"goal {'≥' if at_least else '≤'} {goal:g}×: {'met' if met else 'MISSED'}"


def print_ratios(results: dict[str, Measurement]) -> None:
    print("\nratios (req/s):")
    for name, (numerator, denominator, goal) in RATIOS.items():
        value = results[numerator].rate / results[denominator].rate
        print(f"  {name:<28} {value:>7.2f}×   {verdict(value, goal)}")


def print_scaling(small: int, large: int, results: dict[int, dict]) -> None:
    print(f"\np50 latency at {large:,} artworks / at {small:,}:")
    for key, label in [
        ("list", "uncached list"),
        ("list en", "uncached list, en"),
        ("cached list", "cached list"),
        ("detail", "uncached detail"),
        ("v2", "Wagtail v2 list"),
        ("minimal", "minimal response"),
    ]:
        value = results[large][key].p50 / results[small][key].p50
        goal = (
            f"   {verdict(value, SCALE_GOAL, at_least=False)}" if key == "list" else ""
        )
        print(f"  {label:<24} {value:>7.2f}×{goal}")


def run(env: dict[str, str], port: int, options: argparse.Namespace) -> None:
    sizes = [int(size) for size in options.sizes.split(",")]
    if sizes != sorted(set(sizes)) or sizes[0] < 1:
        raise SystemExit("--sizes: growing artwork counts, e.g. 100,10000")
    print(
        "\nGallery API. Uncached: each request adds a new dummy parameter _=<n>, which misses the "
        "server-side cache (its key includes the query string)."
    )
    results: dict[int, dict[str, Measurement]] = {}
    artworks = spots = 0
    for size in sizes:
        summary = grow(env, size - artworks, size // 10 - spots)
        artworks, spots = size, size // 10
        print(
            f"\n== {artworks:,} artworks, {spots:,} spots. generate_gallery: {summary}"
        )
        with gunicorn(env, port, options.workers):
            results[size] = measure_size(port, spots, options)
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print_ratios(results[size])
        print(
            f"  (load average after: {load}; other work on the machine skews all figures)"
        )
    if len(sizes) > 1:
        print_scaling(sizes[0], sizes[-1], results)
