"""Builds the demo brand site in Dutch and English. Every step first looks for what it would make,
so running it twice changes nothing."""

from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.html import escape

from wagtail.models import Locale, Page, Site

from cms.demo import content
from cms.demo.images import demo_image
from cms.demo.translation import publish_translation
from cms.models import HomePage, Partner, StandardPage

Pair = tuple[str, str]
Report = Callable[[str], None]


def stream_data(blocks: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The Dutch StreamField value of ``content``-style blocks."""
    data: list[tuple[str, Any]] = []
    for block_type, value in blocks:
        if block_type == "heading":
            data.append(("heading", {"text": value[0], "level": "h2"}))
        elif block_type == "paragraph":
            data.append(("paragraph", f"<p>{escape(value[0])}</p>"))
        elif block_type == "quote":
            data.append(("quote", {"text": value[0][0], "attribution": value[1][0]}))
    return data


def translations_of(page_content: dict[str, Any]) -> dict[str, str]:
    """Dutch → English for every translatable string in ``page_content``."""
    strings: dict[str, str] = {}
    for key, value in page_content.items():
        if key == "body":
            for block_type, block_value in value:
                pairs = block_value if block_type == "quote" else (block_value,)
                strings.update(dict(pairs))
        elif isinstance(value, tuple):
            strings[value[0]] = value[1]
    # Rich text is segmented as escaped HTML.
    strings.update(
        {escape(dutch): escape(english) for dutch, english in list(strings.items())}
    )
    return strings


def locales() -> tuple[Locale, Locale]:
    return Locale.objects.get(language_code="nl"), Locale.objects.get(
        language_code="en"
    )


def translate_page(
    page: Page, page_content: dict[str, Any], english: Locale, report: Report
) -> None:
    if not page.has_translation(english):
        publish_translation(page, english, translations_of(page_content))
        report(f"  translated {page.title!r} into English")


def ensure_home_page(report: Report) -> HomePage:
    dutch, english = locales()
    home = HomePage.objects.filter(locale=dutch).first()
    if home is None:
        home = HomePage(
            title=content.HOME["title"][0],
            slug=content.HOME["slug"][0],
            locale=dutch,
            introduction=content.HOME["introduction"][0],
            image=demo_image("The Media Ahead – home", content.HOME["image_alt"][0]),
            body=stream_data(content.HOME["body"]),
        )
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        report(f"  created home page {home.title!r}")
    translate_page(home, content.HOME, english, report)
    point_site_at(home, report)
    return home


def point_site_at(home: HomePage, report: Report) -> None:
    """Make ``home`` the default site's root and drop Wagtail's unused starter page."""
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True, hostname="localhost", port=80
    )
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        report("  pointed the default site at the home page")
    starter_pages = Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    )
    for starter in starter_pages.exclude(sites_rooted_here__isnull=False):
        starter.delete()
        report("  removed Wagtail's starter page")


def ensure_about_page(home: HomePage, report: Report) -> StandardPage:
    _dutch, english = locales()
    about = (
        StandardPage.objects.child_of(home)
        .filter(slug=content.ABOUT["slug"][0])
        .first()
    )
    if about is None:
        about = StandardPage(
            title=content.ABOUT["title"][0],
            slug=content.ABOUT["slug"][0],
            introduction=content.ABOUT["introduction"][0],
            image=demo_image("Over The Media Ahead", content.ABOUT["image_alt"][0]),
            body=stream_data(content.ABOUT["body"]),
        )
        home.add_child(instance=about)
        about.save_revision().publish()
        report(f"  created page {about.title!r}")
    translate_page(about.specific, content.ABOUT, english, report)
    return about


def ensure_partners(report: Report) -> list[Partner]:
    dutch, english = locales()
    partners = []
    for order, data in enumerate(content.PARTNERS):
        partner = Partner.objects.filter(locale=dutch, name=data["name"]).first()
        if partner is None:
            partner = Partner.objects.create(
                locale=dutch,
                name=data["name"],
                url=data["url"],
                description=data["description"][0],
                sort_order=order,
            )
            report(f"  created partner {partner.name!r}")
        if not partner.has_translation(english):
            publish_translation(
                partner, english, {data["description"][0]: data["description"][1]}
            )
        partners.append(partner)
    return partners


DEMO_USERS = [
    # username, first name, group (None: superuser)
    ("admin", "Admin", None),
    ("redactie", "Redactie", "Editors"),
]


def ensure_demo_users(password: str, report: Report) -> None:
    """Development-only logins; never called in production (see the command)."""
    user_model = get_user_model()
    for username, first_name, group_name in DEMO_USERS:
        if user_model.objects.filter(username=username).exists():
            continue
        if group_name is None:
            user = user_model.objects.create_superuser(
                username, f"{username}@example.org", password
            )
        else:
            user = user_model.objects.create_user(
                username, f"{username}@example.org", password, is_staff=False
            )
            user.groups.add(Group.objects.get(name=group_name))
        user.first_name = first_name
        user.save(update_fields=["first_name"])
        report(f"  created user {username!r}")


def load_brand_site(report: Report) -> HomePage:
    """Not one transaction: wagtail-localize publishes translations on commit, and a parent
    published late from a stale revision would lose its tree child count."""
    home = ensure_home_page(report)
    ensure_about_page(home, report)
    ensure_partners(report)
    return home
