"""Browser tests: Debian's chromium driven by Playwright, checked with axe-core from npm.

Locally these tests skip when ``/usr/bin/chromium``, the playwright package or
``node_modules/axe-core`` is missing; under ``CI=true`` they fail instead, so CI never passes
without running them. One browser per session, a fresh context per page.

Playwright's sync API keeps an asyncio loop marked as running in the thread that drives it, and
Django refuses ORM calls in such a thread (``SynchronousOnlyOperation``). So the browser lives in a
thread of its own: tests build content with the ORM in the main thread and hand the browser work to
``browser.run(fn)``. ``fn`` receives a Playwright page in a fresh context and runs in the browser
thread: it must not touch the database, and it returns plain data for the test to assert on.
"""

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from django.conf import settings

from wagtail.models import Page

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
]
AXE_JS = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# A phone held upright (an iPhone 12–15 sized screen): the pages are read outside, on a phone.
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
TIMEOUT_MS = 10_000

T = TypeVar("T")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}


def unavailable(reason: str) -> NoReturn:
    """Skip a browser test locally; fail it in CI, where the browser tests must run."""
    if in_ci():
        pytest.fail(
            f"CI=true, but the browser tests cannot run: {reason}", pytrace=False
        )
    pytest.skip(f"browser tests need {reason}")


class Browser:
    """One headless chromium in its own thread; every ``run`` gets a fresh context and page."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        self._playwright = self._call(lambda: sync_playwright().start())
        try:
            self._chromium = self._call(
                lambda: self._playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
            )
        except BaseException:
            self._call(self._playwright.stop)
            self._thread.shutdown()
            raise

    def _call(self, fn: Callable[[], T]) -> T:
        return self._thread.submit(fn).result()

    def run(self, fn: Callable[[Any], T], **context_options: Any) -> T:
        """``fn(page)`` in the browser thread, in a new context (phone viewport by default)."""

        def in_new_context() -> T:
            context = self._chromium.new_context(**{**PHONE, **context_options})
            context.set_default_timeout(TIMEOUT_MS)
            try:
                return fn(context.new_page())
            finally:
                context.close()

        return self._call(in_new_context)

    def close(self) -> None:
        try:
            self._call(self._chromium.close)
            self._call(self._playwright.stop)
        finally:
            self._thread.shutdown()


@pytest.fixture(scope="session")
def axe_js() -> Path:
    if not AXE_JS.is_file():
        unavailable(f"{AXE_JS.relative_to(settings.BASE_DIR)}: run `make install`")
    return AXE_JS


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        unavailable(
            f"{CHROMIUM}: install Debian's package (`apt-get install chromium`)"
        )
    try:
        import playwright  # noqa: F401
    except ImportError:
        unavailable("the playwright package: run `make install`")
    chromium = Browser()
    yield chromium
    chromium.close()


# --- Accessibility audit --------------------------------------------------------------------------

FOCUSED_ELEMENT = """() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const href = el.getAttribute("href");
    return {
        tag: el.tagName.toLowerCase(),
        className: el.className,
        href: href,
        text: el.textContent.trim(),
        target: href && href.startsWith("#") && document.querySelector(href)
            ? document.querySelector(href).tagName.toLowerCase() : null,
        inViewport: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0
            && box.right <= window.innerWidth && box.bottom <= window.innerHeight,
        shown: style.visibility === "visible" && style.opacity !== "0"
            && style.clipPath === "none",
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    };
}"""

# WCAG 1.4.10 Reflow: content at 320 CSS px wide needs no horizontal scrolling.
REFLOW_WIDTH = 320
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const wide = [...document.body.querySelectorAll("*")].filter(el =>
        el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1);
    // The innermost culprits: their ancestors overflow only because of them.
    return wide.filter(el => !wide.some(other => other !== el && el.contains(other)))
        .slice(0, 5)
        .map(el => el.tagName.toLowerCase() + (el.className ? "." + el.className : "")
             + ` (${Math.round(Math.max(el.getBoundingClientRect().right, el.scrollWidth))} px)`)
        .concat([`page ${document.documentElement.scrollWidth} px`]);
}"""


@dataclass
class PageAudit:
    """What a phone visitor's browser finds on one page."""

    url: str
    status: int
    lang: str
    h1_count: int
    main_count: int
    script_count: int
    violations: list[dict[str, Any]]
    first_tab: dict[str, Any]
    focused_violations: list[dict[str, Any]]
    focus_after_skip: str
    overflowing: list[str]
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)


def audit(page: Any, url: str, axe_js: Path) -> PageAudit:
    """Load ``url`` on a phone, run axe-core (WCAG 2.1 A and AA), use the skip link with the
    keyboard, then narrow the viewport to 320 px. Runs in the browser thread (``Browser.run``)."""
    console_errors: list[str] = []
    failed_requests: list[str] = []

    def on_console(message: Any) -> None:
        source = message.location.get("url")
        # The page's own HTTP status is checked on its own (a 404 page is tested as one).
        own_status = source == url and message.text.startswith(
            "Failed to load resource"
        )
        if message.type == "error" and not own_status:
            console_errors.append(f"{message.text} ({source})")

    def on_response(response: Any) -> None:
        if response.status >= 400 and response.url != url:
            failed_requests.append(f"{response.url}: HTTP {response.status}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    page.on("response", on_response)
    page.on(
        "requestfailed",
        lambda request: failed_requests.append(f"{request.url}: {request.failure}"),
    )
    response = page.goto(url, wait_until="load")
    # Counted before axe is injected: the pages themselves need no JavaScript. JSON-LD is a data
    # block the browser never runs.
    script_count = page.evaluate(
        "[...document.scripts].filter(s => s.type !== 'application/ld+json').length"
    )
    page.add_script_tag(path=str(axe_js))
    run_only = {"runOnly": {"type": "tag", "values": WCAG_21_AA}}
    violations = page.evaluate("options => axe.run(document, options)", run_only)[
        "violations"
    ]
    page.keyboard.press("Tab")
    first_tab = page.evaluate(FOCUSED_ELEMENT)
    # The skip link shows only while focused: check it (contrast, name) in that state too.
    focused_violations = page.evaluate(
        "options => axe.run(document.activeElement, options)", run_only
    )["violations"]
    page.keyboard.press("Enter")
    focus_after_skip = page.evaluate(
        "document.activeElement.id || document.activeElement.tagName.toLowerCase()"
    )
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 640})
    return PageAudit(
        url=url,
        status=response.status,
        lang=page.evaluate("document.documentElement.lang"),
        h1_count=page.locator("h1").count(),
        main_count=page.get_by_role("main").count(),
        script_count=script_count,
        violations=violations,
        first_tab=first_tab,
        focused_violations=focused_violations,
        focus_after_skip=focus_after_skip,
        overflowing=page.evaluate(OVERFLOW),
        console_errors=console_errors,
        failed_requests=failed_requests,
    )


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """axe-core's violations as id (impact): help, then each element with axe's reason."""
    lines = []
    for violation in violations:
        lines.append(
            f"  {violation['id']} ({violation['impact']}): {violation['help']}"
            f" <{violation['helpUrl'].split('?')[0]}>"
        )
        for node in violation["nodes"][:5]:
            checks = node["any"] + node["all"] + node["none"]
            reason = checks[0]["message"] if checks else ""
            lines.append(f"    at {' '.join(node['target'])}: {reason}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def accessibility_problems(
    result: PageAudit, language: str, status: int = 200
) -> list[str]:
    """Everything wrong with an audited page, one readable entry each (empty when it passes)."""
    problems = []
    if result.status != status:
        problems.append(f"HTTP {result.status}, expected {status}")
    if result.violations:
        problems.append(
            "axe-core WCAG 2.1 AA violations:\n"
            + describe_violations(result.violations)
        )
    if result.lang != language:
        problems.append(f'<html lang="{result.lang}">, expected "{language}"')
    if result.h1_count != 1:
        problems.append(f"{result.h1_count} <h1> elements, expected exactly one")
    if result.main_count != 1:
        problems.append(f"{result.main_count} main landmarks, expected exactly one")
    if result.script_count:
        problems.append(f"{result.script_count} <script> elements, expected none")
    tab = result.first_tab
    if "skip-link" not in str(tab["className"]).split() or tab["target"] != "main":
        problems.append(f"the first Tab does not focus a skip link to <main>: {tab}")
    else:
        if not (tab["inViewport"] and tab["shown"]):
            problems.append(f"the focused skip link is not visible: {tab}")
        if not tab["outline"]:
            problems.append(f"the focused skip link has no focus outline: {tab}")
        if result.focus_after_skip != "main":
            problems.append(
                f"the skip link moves focus to {result.focus_after_skip!r}, not <main>"
            )
    if result.focused_violations:
        problems.append(
            "axe-core violations on the focused element:\n"
            + describe_violations(result.focused_violations)
        )
    if result.overflowing:
        problems.append(
            f"scrolls sideways at {REFLOW_WIDTH} px (WCAG 1.4.10 Reflow): "
            + ", ".join(result.overflowing)
        )
    if result.console_errors:
        problems.append("console errors: " + "; ".join(result.console_errors))
    if result.failed_requests:
        problems.append("failed requests: " + "; ".join(result.failed_requests))
    return problems


def assert_accessible(
    audit_page: Callable[..., PageAudit],
    pages: list[tuple[str, str]],
    status: int = 200,
) -> None:
    """Audit every ``(path, language)``, then fail once, listing the problems of each page."""
    failures = []
    for path, language in pages:
        problems = accessibility_problems(audit_page(path), language, status)
        if problems:
            failures.append(f"{path}:\n" + "\n".join(f"- {p}" for p in problems))
    assert not failures, f"{len(failures)} of {len(pages)} pages fail:\n" + "\n\n".join(
        failures
    )


@pytest.fixture
def audit_page(live_server, browser: Browser, axe_js: Path) -> Callable[..., PageAudit]:
    """``audit_page("/nl/")``: a phone's audit of a path on the live server."""

    def audit_path(path: str, **context_options: Any) -> PageAudit:
        url = live_server.url + path
        return browser.run(lambda page: audit(page, url, axe_js), **context_options)

    return audit_path


# --- Content ------------------------------------------------------------------------------------

EMBED_URL = "https://www.youtube.com/watch?v=a11y-test"
LONG_URL = "https://www.beeldengeluid.nl/kennis/kennisdossiers/hilversum-mediastad-geschiedenis"
# What YouTube's oEmbed answers, minus the network: a fixed-size player.
EMBED_HTML = (
    '<iframe width="560" height="315" src="about:blank" title="YouTube video player" '
    'frameborder="0" allowfullscreen></iframe>'
)


@pytest.fixture
def every_block(home, about, event, dutch, english, translate) -> Page:
    """A page with every StreamField block, on a site with menus, footer text, social links and a
    partner with a logo, all in Dutch and English."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    from cms.demo.site_wide import (
        ensure_footer_text,
        ensure_navigation,
        ensure_social_links,
    )
    from tests.factories import ImageFactory, PartnerFactory, StandardPageFactory

    def quietly(message: str) -> None:
        pass

    ensure_navigation([about, event.get_parent(), event], [about], quietly)
    ensure_social_links(quietly)
    ensure_footer_text(dutch, english, quietly)
    partner = PartnerFactory(
        name="Media Campus NL",
        description="Verbindt onderwijs en bedrijven.",
        logo=ImageFactory(),
    )
    translate(
        partner,
        english,
        {"Verbindt onderwijs en bedrijven.": "Connects education and companies."},
    )
    Embed.objects.create(
        url=EMBED_URL,
        hash=get_embed_hash(EMBED_URL),
        type="video",
        html=EMBED_HTML,
        title="Test video",
        width=560,
        height=315,
        thumbnail_url="",
    )
    page = StandardPageFactory(
        parent=home,
        title="Alle blokken",
        slug="alle-blokken",
        introduction="Elk blok van de site.",
        image=ImageFactory(),
        body=[
            ("heading", {"text": "Sectie", "level": "h2"}),
            ("heading", {"text": "Onderdeel", "level": "h3"}),
            (
                "paragraph",
                '<p>Lees <a href="https://example.org/verslag">het verslag</a>.</p>'
                "<ul><li>Maken</li><li>Delen</li></ul>"
                # Pasted as they come: a long address and a long Dutch compound.
                f'<p><a href="{LONG_URL}">{LONG_URL}</a></p>'
                "<p>Mediastadkennisdelingsbijeenkomstenprogramma</p>",
            ),
            (
                "image",
                {"image": ImageFactory(), "alt_text": "Publiek", "decorative": False},
            ),
            ("image", {"image": ImageFactory(), "alt_text": "", "decorative": True}),
            ("quote", {"text": "Maak het hier.", "attribution": "Een maker"}),
            (
                "call_to_action",
                {
                    "text": "Doe mee",
                    "button_label": "Aanmelden",
                    "page": about,
                    "url": "",
                },
            ),
            ("embed", EMBED_URL),
            ("event_list", {"heading": "Binnenkort", "series": "", "limit": 3}),
            ("partner_logos", {"heading": "Partners"}),
        ],
    )
    return translate(
        page,
        english,
        {
            "Alle blokken": "All blocks",
            "alle-blokken": "all-blocks",
            "Elk blok van de site.": "Every block of the site.",
            "Sectie": "Section",
            "Onderdeel": "Part",
            'Lees <a id="a1">het verslag</a>.': 'Read <a id="a1">the report</a>.',
            "Maken": "Make",
            "Delen": "Share",
            "Publiek": "Audience",
            "Maak het hier.": "Make it here.",
            "Een maker": "A maker",
            "Doe mee": "Join us",
            "Aanmelden": "Sign up",
            "Binnenkort": "Coming up",
        },
    )
