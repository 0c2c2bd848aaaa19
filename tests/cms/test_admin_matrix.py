"""No role reaches, by any admin route, what it may not do in the page explorer or the snippet
views: every URL pattern under /admin/ (Wagtail's, wagtail-localize's, our viewsets'), filled
with real objects of each kind, for anonymous, editor, moderator, curator and admin, GET and POST.
The rules are in ``tests/cms/admin_matrix.py``; a refused POST must leave the database as it was,
and an allowed GET must really answer, so that a badly filled parameter cannot pass as a 404."""

from types import SimpleNamespace

from django.apps import apps
from django.contrib.auth.models import AnonymousUser, Group
from django.test import Client

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site, Task

import pytest
from wagtail_factories import DocumentFactory
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from cms.demo.site_wide import ensure_review_workflow
from cms.models import FooterText, NavigationSettings, SocialMediaSettings
from gallery.models import QRCode
from tests.cms.admin_matrix import (
    admin_routes,
    answered,
    cases,
    denied,
    fingerprint,
    refused,
)
from tests.cms.admin_rules import FAILS_ON_PURPOSE, no_get_answer, row_for
from tests.factories import (
    ArtworkPageFactory,
    ImageFactory,
    PartnerFactory,
    SpotFactory,
    StandardPageFactory,
)
from tests.gallery.test_submission_admin import make_submission

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "moderator", "curator", "admin")
MODELS = {
    "qr_codes": "gallery.QRCode",
    "gallery_submissions": "gallery.Submission",
    "wagtaillocales": "wagtailcore.Locale",
    "wagtailsites": "wagtailcore.Site",
    "wagtailusers_users": "users.User",
    "wagtailusers_groups": "auth.Group",
    "wagtailredirects": "wagtailredirects.Redirect",
    "wagtailadmin_collections": "wagtailcore.Collection",
    "wagtailadmin_workflows": "wagtailcore.Workflow",
    "wagtailimages": "cms.CustomImage",
    "wagtailimages_chooser": "cms.CustomImage",
    "wagtaildocs": "wagtaildocs.Document",
    "wagtaildocs_chooser": "wagtaildocs.Document",
}


class World(SimpleNamespace):
    """One object of each kind the admin routes name, and the users of each role."""

    def model_for(self, route):
        namespace = route.namespace
        if namespace == "wagtailadmin_workflows" and "task" in route.key:
            return Task
        if namespace == "wagtailadmin_api":
            kind = route.key.split(":")[1]
            return {"images": get_image_model(), "documents": get_document_model()}.get(
                kind
            )
        if namespace.startswith(("wagtailsnippets_", "wagtailsnippetchoosers_")):
            app_label, model_name = namespace.split("_", 1)[1].split("_", 1)
            return apps.get_model(app_label, model_name)
        return apps.get_model(MODELS[namespace]) if MODELS.get(namespace) else None

    def objects_for(self, route):
        if route.key.startswith("wagtailadmin_api:pages"):
            return self.pages
        model = self.model_for(route)
        if model is None:
            return []
        return [obj for obj in self.instances if isinstance(obj, model)]

    def with_revisions(self, route):
        if route.namespace == "wagtailadmin_pages":
            return self.pages
        return [
            obj for obj in self.objects_for(route) if hasattr(obj, "latest_revision_id")
        ]

    def segment(self, translation):
        return StringSegment.objects.filter(source=translation.source).first()


@pytest.fixture
def world(
    exhibit,
    about,
    gallery,
    dutch,
    english,
    staff,
    django_capture_on_commit_callbacks,
) -> World:
    home = about.get_parent()
    workflow = ensure_review_workflow(
        [home, home.get_translation(english)], report=lambda message: None
    )
    # A brand page an editor sent to the moderators.
    about.save_revision(user=staff["editor"])
    workflow_state = workflow.start(about, staff["editor"])

    with django_capture_on_commit_callbacks(execute=True):
        footer = FooterText(locale=dutch, body="<p>Voet</p>", live=True)
        footer.save()
        footer.save_revision().publish()
    spot = SpotFactory(name="Kerkelanden", slug="kerkelanden")
    spot.save_revision().publish()
    sources = [
        TranslationSource.get_or_create_from_instance(instance)[0]
        for instance in (about, exhibit.artwork, exhibit.spot)
    ]
    for source in sources:
        source.targets = [
            translation.get_target_instance()
            for translation in source.translations.filter(enabled=True)
        ]
    image = ImageFactory()
    submission = make_submission()
    instances = [
        PartnerFactory(),
        footer,
        spot,
        QRCode.objects.get(spot=exhibit.spot),
        submission,
        english,
        Site.objects.get(),
        staff["editor"],
        Group.objects.get(name="Editors"),
        Redirect.objects.create(old_path="/oud", redirect_link="https://example.org/"),
        Collection.get_first_root_node().add_child(name="Pers"),
        workflow,
        workflow.tasks.first(),
        image,
        DocumentFactory(),
    ]
    site = Site.objects.get()
    return World(
        users=staff,
        english=english,
        pages=[about.get_translation(english), exhibit.artwork_en],
        aliases=[about.create_alias(update_slug="over-ons-alias")],
        submission_images=list(submission.images.all()),
        untranslated_pages=[
            StandardPageFactory(parent=home, title="Pers", slug="pers"),
            ArtworkPageFactory(parent=gallery.artworks, title="Ruis", slug="ruis"),
        ],
        parents=[home, gallery.artworks],
        moves=[(about, home), (exhibit.artwork, gallery.artworks)],
        workflow=workflow,
        task_state=workflow_state.current_task_state,
        translations=[
            Translation.objects.get(source=source, target_locale=english)
            for source in sources
        ],
        sources=sources,
        translatable_snippets=instances[:3],
        instances=instances,
        exhibition=exhibit.exhibition,
        image=image,
        settings={
            "navigationsettings": NavigationSettings.for_site(site),
            "socialmediasettings": SocialMediaSettings.load(),
        },
    )


def test_every_admin_route_has_a_rule():
    unclassified = [route.key for route in admin_routes() if row_for(route.key) is None]
    assert unclassified == []


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("role", ROLES)
def test_every_admin_route_answers_each_role_by_its_rule(world, role, method):
    user = world.users.get(role)
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    failures = []
    for route in admin_routes():
        row = row_for(route.key)
        route_cases = cases(route, world)
        if not route_cases:
            failures.append(f"{route.key}: no objects to fill {sorted(route.params)}")
        for case in route_cases:
            allowed = row.allows(user or AnonymousUser(), case.subject, method)
            if method == "POST" and allowed:
                continue  # no real deletes: only refusals are posted
            before = fingerprint() if method == "POST" else None
            if method == "POST":
                data = row.data(world) if row.data else {}
                response = client.post(case.url, data)
            else:
                response = client.get(case.url)
            if user is not None and "_auth_user_id" not in client.session:
                client.force_login(user)  # the logout route answers GET too
            where = f"{method} {case.url} [{route.key} {case.label}] {row.name}"
            if response.status_code >= 500 and route.key not in FAILS_ON_PURPOSE:
                failures.append(f"{where}: {response.status_code}")
            elif allowed and denied(response):
                failures.append(f"{where}: refused, {response.status_code}")
            elif allowed and method == "GET" and route.key not in FAILS_ON_PURPOSE:
                reason = no_get_answer(route.key, route.route)
                if reason is None and not answered(response):
                    failures.append(f"{where}: no real answer, {response.status_code}")
                elif reason is not None and answered(response):
                    failures.append(f"{where}: answers, yet listed as not ({reason})")
            elif not allowed and not (
                refused(response) or response.status_code in row.refuses_with
            ):
                failures.append(f"{where}: allowed, {response.status_code}")
            if before is not None and fingerprint() != before:
                failures.append(f"{where}: changed the database")
    assert failures == [], "\n".join(failures)
