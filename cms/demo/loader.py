"""Builds the demo brand site in Dutch and English. Every step first looks for what it would make,
so running it twice changes nothing."""

import datetime
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.html import escape

from wagtail.models import Locale, Page, Site

from cms.demo import content, news, podcast, programme
from cms.demo.images import demo_image
from cms.demo.site_wide import (
    ensure_footer_text,
    ensure_navigation,
    ensure_review_workflow,
    ensure_social_links,
)
from cms.demo.translation import publish_translation, source_strings
from cms.models import (
    ArticlePage,
    EpisodeGuest,
    EpisodePage,
    EventPage,
    HomePage,
    NewsIndexPage,
    Partner,
    PodcastIndexPage,
    ProgrammeIndexPage,
    StandardPage,
)

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


def translations_of(
    page_content: dict[str, Any], extra: Iterable[Pair] = ()
) -> dict[str, str]:
    """Dutch → English for every translatable string in ``page_content``, and ``extra`` pairs."""
    pairs: list[Pair] = list(extra)
    for key, value in page_content.items():
        if key == "body":
            for block_type, block_value in value:
                pairs.extend(block_value if block_type == "quote" else (block_value,))
        elif isinstance(value, tuple):
            pairs.append(value)
    return source_strings(pairs)


def locales() -> tuple[Locale, Locale]:
    return Locale.objects.get(language_code="nl"), Locale.objects.get(
        language_code="en"
    )


def translate_page(
    page: Page,
    page_content: dict[str, Any],
    english: Locale,
    report: Report,
    extra: Iterable[Pair] = (),
) -> None:
    if not page.has_translation(english):
        publish_translation(page, english, translations_of(page_content, extra))
        report(f"  translated {page.title!r} into English")


def ensure_child_page(
    parent: Page,
    model: type[Page],
    page_content: dict[str, Any],
    image: Any,
    report: Report,
    extra: Iterable[Pair] = (),
    **fields: Any,
) -> Page:
    """The published Dutch ``model`` page of ``page_content`` below ``parent``, with its English
    translation; ``extra`` pairs translate strings outside title, introduction and body."""
    _dutch, english = locales()
    page = model.objects.child_of(parent).filter(slug=page_content["slug"][0]).first()
    if page is None:
        if "body" in page_content:
            fields["body"] = stream_data(page_content["body"])
        page = model(
            title=page_content["title"][0],
            slug=page_content["slug"][0],
            introduction=page_content["introduction"][0],
            image=image,
            **fields,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        report(f"  created {model._meta.model_name} {page.title!r}")
    translate_page(page, page_content, english, report, extra)
    return page


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
        # The demo site answers where the CMS itself runs (http://localhost:8000 for `make run`),
        # so the URLs the API hands out work on a developer's machine.
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
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
    return ensure_child_page(
        home,
        StandardPage,
        content.ABOUT,
        demo_image("Over The Media Ahead", content.ABOUT["image_alt"][0]),
        report,
    )


def hilversum_time(text: str) -> datetime.datetime:
    """``"2025-03-14 13:00"`` as an aware datetime in Hilversum (Europe/Amsterdam)."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=programme.HILVERSUM)


def ensure_programme(home: HomePage, report: Report) -> ProgrammeIndexPage:
    index = ensure_child_page(
        home,
        ProgrammeIndexPage,
        programme.INDEX,
        demo_image("Programma", programme.INDEX["image_alt"]),
        report,
    )
    for event in programme.EVENTS:
        registration = event["registration"]
        ensure_child_page(
            index,
            EventPage,
            {**event, "body": [*event["body"], ("paragraph", programme.DEMO_NOTE)]},
            demo_image(*programme.series_image(event["series"])),
            report,
            extra=[event["venue"]["name"]],
            start_at=hilversum_time(event["start_at"]),
            end_at=hilversum_time(event["end_at"]),
            venue_name=event["venue"]["name"][0],
            venue_address=event["venue"]["address"],
            series=event["series"],
            audience=event["audience"],
            status=event["status"],
            registration_url=programme.REGISTRATION.format(registration)
            if registration
            else "",
        )
    return index


def ensure_news(home: HomePage, report: Report) -> NewsIndexPage:
    index = ensure_child_page(
        home,
        NewsIndexPage,
        news.INDEX,
        demo_image("Nieuws", news.INDEX["image_alt"]),
        report,
    )
    for article in news.ARTICLES:
        ensure_child_page(
            index,
            ArticlePage,
            {**article, "body": [*article["body"], ("paragraph", news.DEMO_NOTE)]},
            demo_image(f"Nieuws – {article['title'][0]}", article["image_alt"]),
            report,
            publication_date=datetime.date.fromisoformat(article["publication_date"]),
            author=news.AUTHOR,
        )
    return index


def ensure_podcast(home: HomePage, report: Report) -> PodcastIndexPage:
    index = ensure_child_page(
        home,
        PodcastIndexPage,
        podcast.INDEX,
        demo_image("Three Takeaways Podcast", podcast.INDEX["image_alt"]),
        report,
    )
    for episode in podcast.EPISODES:
        number = episode["episode_number"]
        ensure_child_page(
            index,
            EpisodePage,
            {**episode, "body": [*episode["body"], ("paragraph", podcast.DEMO_NOTE)]},
            demo_image("Three Takeaways Podcast", podcast.INDEX["image_alt"]),
            report,
            extra=[*episode["takeaways"], *(role for _name, role in episode["guests"])],
            episode_number=number,
            audio_url=podcast.AUDIO_URL.format(number),
            duration_seconds=episode["duration_seconds"],
            takeaways=[("takeaway", dutch) for dutch, _english in episode["takeaways"]],
            guests=[
                EpisodeGuest(name=name, role=role[0])
                for name, role in episode["guests"]
            ],
        )
    return index


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
    dutch, english = locales()
    home = ensure_home_page(report)
    about = ensure_about_page(home, report)
    ensure_partners(report)
    main_menu = [
        ensure_programme(home, report),
        ensure_news(home, report),
        ensure_podcast(home, report),
        about,
    ]
    ensure_navigation(main_menu, [about], report)
    ensure_social_links(report)
    ensure_footer_text(dutch, english, report)
    ensure_review_workflow([home, home.get_translation(english)], report)
    return home
