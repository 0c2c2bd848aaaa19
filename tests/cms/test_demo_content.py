"""The demo command builds the bilingual brand site from the brief, and a second run changes nothing."""

import sqlite3

from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    Page,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

import pytest
from wagtail_localize.models import StringTranslation, Translation

from cms.choices import EventSeries, EventStatus
from cms.models import (
    ArticlePage,
    CustomImage,
    EpisodeGuest,
    EpisodePage,
    EventPage,
    FooterText,
    HomePage,
    NavigationSettings,
    NewsIndexPage,
    Partner,
    PodcastIndexPage,
    ProgrammeIndexPage,
    SocialMediaSettings,
    StandardPage,
)
from cms.models.programme import upcoming_filter

# Real commits: wagtail-localize publishes translations on commit, as in a real run of the command.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COUNTED_MODELS = [
    Page,
    HomePage,
    StandardPage,
    CustomImage,
    Partner,
    Revision,
    Translation,
    StringTranslation,
    Redirect,
    Site,
    ProgrammeIndexPage,
    EventPage,
    NewsIndexPage,
    ArticlePage,
    PodcastIndexPage,
    EpisodePage,
    EpisodeGuest,
    FooterText,
    NavigationSettings,
    SocialMediaSettings,
    Group,
    Workflow,
    Task,
    WorkflowTask,
    WorkflowPage,
]


def load_demo() -> None:
    call_command("load_demo_content", verbosity=0)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


# The database right after the first real load of the demo, per database: a copy of the SQLite
# database, or (other databases) the data as Django's serialized rollback stores it.
SNAPSHOTS: dict[str, sqlite3.Connection | str] = {}


def take_snapshot() -> sqlite3.Connection | str:
    if connection.vendor == "sqlite":
        snapshot = sqlite3.connect(":memory:")
        connection.connection.backup(snapshot)
        return snapshot
    return connection.creation.serialize_db_to_string()


def restore_snapshot(snapshot: sqlite3.Connection | str) -> None:
    if isinstance(snapshot, sqlite3.Connection):
        snapshot.backup(connection.connection)
        return
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    connection.creation.deserialize_db_from_string(snapshot)
    # Rows came back with their ids; move the id sequences past them.
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(
            no_style(), apps.get_models(include_auto_created=True)
        ):
            cursor.execute(sql)


@pytest.fixture
def demo() -> dict[str, int]:
    """The demo content. The first test loads it for real; later tests restore a snapshot of that
    database (well under a second on SQLite, a few seconds elsewhere) instead of loading it again
    (many seconds of wagtail-localize). Each test still ends with the serialized rollback."""
    connection.ensure_connection()
    name = connection.settings_dict["NAME"]
    if name in SNAPSHOTS:
        restore_snapshot(SNAPSHOTS[name])
    else:
        load_demo()
        SNAPSHOTS[name] = take_snapshot()
    return counts()


def test_second_run_changes_nothing(demo):
    load_demo()
    assert counts() == demo


def test_site_root_is_the_dutch_home_page_and_the_starter_page_is_gone(demo, dutch):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale == dutch
    assert list(
        Page.objects.filter(depth=2).values_list("content_type__model", flat=True)
    ) == ["homepage", "homepage"]


def test_home_carries_the_core_message_in_both_languages(demo, client):
    for path in ("/nl/", "/en/"):
        html = client.get(path).content.decode()
        assert "Build your next story in Hilversum" in html
    assert (
        "Hilversum Mediastad begint een nieuw hoofdstuk"
        in client.get("/nl/").content.decode()
    )
    assert (
        "Hilversum Mediastad starts a new chapter"
        in client.get("/en/").content.decode()
    )


def test_about_page_tells_the_story_of_the_brief_in_both_languages(demo, client):
    dutch = client.get("/nl/over-the-media-ahead/").content.decode()
    english = client.get("/en/about-the-media-ahead/").content.decode()
    assert "Tussen trots en transformatie" in dutch
    assert ".Monks" in dutch
    assert "Between pride and transformation" in english
    assert "The new course" in english


def test_partners_from_the_brief_exist_in_both_languages(demo, english):
    names = set(
        Partner.objects.filter(locale__language_code="nl").values_list(
            "name", flat=True
        )
    )
    assert names == {
        "Beeld & Geluid",
        "Hilversum Marketing",
        "Media Campus NL",
        ".Monks",
        "Gemeente Hilversum",
    }
    assert Partner.objects.filter(locale=english).count() == 5
    monks = Partner.objects.get(locale=english, name=".Monks")
    assert monks.description.startswith("Hilversum media company")


def test_english_pages_are_managed_by_wagtail_localize(demo, dutch, english):
    dutch_pages = Page.objects.filter(locale=dutch, depth__gt=1)
    english_pages = Page.objects.filter(locale=english, depth__gt=1)
    assert dutch_pages.count() > 2
    assert english_pages.count() == dutch_pages.count()
    assert set(english_pages.values_list("translation_key", flat=True)) == set(
        dutch_pages.values_list("translation_key", flat=True)
    )
    assert (
        Translation.objects.filter(
            target_locale=english,
            source__object_id__in=english_pages.values("translation_key"),
        ).count()
        == english_pages.count()
    )


def test_every_demo_image_has_alt_text_credit_and_licence(demo):
    for image in CustomImage.objects.all():
        assert image.description
        assert image.credit
        assert image.license_url.startswith("https://creativecommons.org/")


def test_programme_has_the_briefs_series_and_renders_in_both_languages(
    demo, dutch, english, client
):
    for locale in (dutch, english):
        events = EventPage.objects.live().filter(locale=locale)
        assert set(events.values_list("series", flat=True)) == set(EventSeries.values)
        assert events.filter(upcoming_filter()).count() >= 1
        assert events.exclude(upcoming_filter()).count() >= 10
        assert events.filter(status=EventStatus.SOLD_OUT).exists()
        assert events.filter(status=EventStatus.CANCELLED).exists()
        for event in events:
            assert event.start_at.year in (2025, 2027)
            assert event.start_at < event.end_at
            assert event.venue_address.endswith("Hilversum")
            assert event.image.description
            assert not event.registration_url or event.registration_url.startswith(
                "https://www.themediaahead.nl/aanmelden/"
            )
    dag = EventPage.objects.get(locale=dutch, slug="dag-van-de-mediastages-2025")
    internship_day = dag.get_translation(english)
    assert internship_day.title == "Media Internship Day"
    assert (internship_day.start_at, internship_day.venue_address) == (
        dag.start_at,
        dag.venue_address,
    )

    dutch_html = client.get("/nl/programma/").content.decode()
    english_html = client.get("/en/programme/").content.decode()
    assert "Dag van de Mediastages" in dutch_html
    assert "Pizza Talks: archief als grondstof" in dutch_html
    assert "Media Internship Day" not in dutch_html
    assert "Media Internship Day" in english_html
    assert "Pizza Talks: the archive as raw material" in english_html
    assert "Dag van de Mediastages" not in english_html


def test_news_and_podcast_are_complete_in_both_languages(demo, dutch, english):
    for locale in (dutch, english):
        articles = ArticlePage.objects.live().filter(locale=locale)
        assert articles.count() == 3
        assert {article.publication_date.year for article in articles} == {2025}
        episodes = EpisodePage.objects.live().filter(locale=locale)
        assert sorted(episodes.values_list("episode_number", flat=True)) == [1, 2, 3]
        for episode in episodes:
            assert len(episode.takeaways) == 3
            assert episode.guests.count() >= 1
            assert episode.audio_url.startswith(
                "https://media.themediaahead.nl/podcast/"
            )
    assert ArticlePage.objects.filter(
        locale=english, title__startswith="All year round"
    ).exists()
    english_episode = EpisodePage.objects.get(locale=english, episode_number=2)
    assert english_episode.title == "AI in the newsroom"
    assert english_episode.takeaways[0].value == (
        "Start with a clear question, not with a tool."
    )
    assert {guest.locale for guest in english_episode.guests.all()} == {english}
    assert "data journalist (fictional demo guest)" in {
        guest.role for guest in english_episode.guests.all()
    }


def test_menus_footer_and_review_workflow_are_set_up(demo, dutch, english):
    site = Site.objects.get(is_default_site=True)
    navigation = NavigationSettings.for_site(site)
    main_menu = [block.value["page"].specific for block in navigation.main_menu]
    assert [type(page) for page in main_menu] == [
        ProgrammeIndexPage,
        NewsIndexPage,
        PodcastIndexPage,
        StandardPage,
    ]
    assert {page.locale for page in main_menu} == {dutch}
    assert [block.value["page"] for block in navigation.footer_menu] == [
        main_menu[-1].page_ptr
    ]
    platforms = [block.value["platform"] for block in SocialMediaSettings.load().links]
    assert platforms == ["instagram", "linkedin", "discord"]

    footer = FooterText.objects.get(locale=dutch)
    english_footer = footer.get_translation(english)
    assert footer.live and english_footer.live
    assert "is een initiatief van" in footer.body
    assert "is an initiative of" in english_footer.body

    workflow = Workflow.objects.get(name="Communicatie review")
    assert workflow.active
    [task] = workflow.tasks.specific()
    assert [group.name for group in task.groups.all()] == ["Moderators"]
    homes = HomePage.objects.all()
    assert {home.locale for home in homes} == {dutch, english}
    for home in homes:
        assert home.get_workflow() == workflow
    assert EventPage.objects.filter(locale=english).first().get_workflow() == workflow


def test_demo_logins_are_refused_outside_development(settings):
    from django.core.management import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        call_command("load_demo_content", users=True, verbosity=0)
