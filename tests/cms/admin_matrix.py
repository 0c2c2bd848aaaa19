"""The authorization matrix over every admin route: the URL patterns, the real objects their
parameters are filled with, what counts as a refusal, and the database fingerprint a refusal
must leave unchanged. The rules themselves are in ``tests/cms/admin_rules.py``."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection
from django.http import HttpResponse
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, Task

from tests.cms.admin_rules import ADMIN, LOCALIZE

# -- URL patterns and their parameters -----------------------------------------------------------


@dataclass(frozen=True)
class Route:
    route: str
    name: str | None
    pattern: URLPattern

    @property
    def key(self) -> str:
        return self.name or self.route

    @property
    def namespace(self) -> str:
        return self.key.split(":", 1)[0] if ":" in self.key else ""

    @property
    def params(self) -> set[str]:
        return set(self.pattern.pattern.regex.groupindex)


def admin_routes() -> Iterator[Route]:
    """Every URL pattern under ``admin/``, with its full name."""

    def walk(resolver: URLResolver, prefix: str, namespace: str | None):
        for item in resolver.url_patterns:
            if isinstance(item, URLResolver):
                inner = namespace
                if item.namespace:
                    inner = (
                        f"{namespace}:{item.namespace}" if namespace else item.namespace
                    )
                yield from walk(item, prefix + str(item.pattern), inner)
            else:
                name = item.name and (
                    f"{namespace}:{item.name}" if namespace else item.name
                )
                yield Route(prefix + str(item.pattern), name, item)

    for route in walk(get_resolver(), "", None):
        if route.route.startswith("admin/"):
            yield route


@dataclass(frozen=True)
class Case:
    """One request: the route filled with real objects, and the object its rule is about."""

    route: Route
    url: str
    subject: Any
    label: str


def url_for(route: Route, kwargs: dict[str, Any]) -> str:
    if route.name:
        kwargs = {key: str(value) for key, value in kwargs.items() if key != QUERY}
        return reverse(route.name, kwargs=kwargs)
    return "/" + route.route.replace("^.*/$", "nothing-here/")


# -- Refusals and the database ---------------------------------------------------------------------


def refused(response: HttpResponse) -> bool:
    """403; 404 or 405 (the route does not apply); a redirect to the login page; or Wagtail's
    ``permission_denied``: a redirect to the dashboard with an error message."""
    if response.status_code in (403, 404, 405):
        return True
    if response.status_code not in (301, 302):
        return False
    location = response.headers["Location"]
    if location.startswith(reverse("wagtailadmin_login")):
        return True
    # Only the messages of this request: earlier ones may wait in the session.
    queued = getattr(response.wsgi_request, "_messages", None)
    return location == reverse("wagtailadmin_home") and any(
        message.level_tag == "error"
        for message in getattr(queued, "_queued_messages", [])
    )


def answered(response: HttpResponse) -> bool:
    """A real answer: 2xx, or a redirect that is no refusal. An allowed GET answered otherwise
    (a 404 above all) means the parameters named the wrong object and the view never ran."""
    if 200 <= response.status_code < 300:
        return True
    return response.status_code in (301, 302, 303, 307, 308) and not refused(response)


def denied(response: HttpResponse) -> bool:
    """Refused for want of rights (not because the route does not apply)."""
    return response.status_code not in (404, 405) and refused(response)


# Rows whose content a refusal must leave as it was, beyond every table's row count.
STATE = (
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtailcore_workflowstate",
    "wagtailcore_taskstate",
    "wagtailcore_workflow",
    "wagtailcore_task",
    "wagtailcore_locale",
    "wagtailcore_site",
    "wagtailcore_collection",
    "wagtailcore_grouppagepermission",
    "wagtailcore_groupcollectionpermission",
    "gallery_spot",
    "gallery_qrcode",
    "gallery_submission",
    "cms_partner",
    "cms_footertext",
    "wagtail_localize_translation",
    "wagtail_localize_translationsource",
    "wagtail_localize_stringtranslation",
    "wagtail_localize_overridablesegment",
    "auth_group",
    "auth_group_permissions",
)
# Changes on every request, whoever makes it.
VOLATILE = {"django_session"}


def fingerprint() -> tuple:
    """Row counts of every table, and the content of the tables that hold who may do what and
    what is published."""
    tables = sorted(set(connection.introspection.table_names()) - VOLATILE)
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            " UNION ALL ".join(
                f"SELECT '{table}', COUNT(*) FROM {quote(table)}"  # noqa: S608 - our names
                for table in tables
            )
        )
        counts = tuple(sorted(cursor.fetchall()))
        content = []
        for table in STATE:
            cursor.execute(f"SELECT * FROM {quote(table)} ORDER BY 1")  # noqa: S608 - our names
            content.append(tuple(map(repr, cursor.fetchall())))
    # Who is who: memberships and what a user may do, not when they last signed in.
    users = get_user_model().objects.order_by("pk")
    content.append(
        tuple(users.values_list("pk", "password", "is_active", "is_superuser"))
    )
    for relation in ("groups", "user_permissions"):
        through = getattr(get_user_model(), relation).through.objects
        content.append(tuple(through.order_by("pk").values_list()))
    return counts, tuple(content)


# -- Filling the parameters with real objects ------------------------------------------------------

# Parameters that name a page, and the pages the matrix tries: one of the brand site, one of
# the gallery.
# A key of the filled parameters that is the query string, not a parameter.
QUERY = "?"
PAGE_PARAMS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
SETTINGS = (("cms", "navigationsettings"), ("cms", "socialmediasettings"))
PAGE_TYPES = (("cms", "standardpage"), ("gallery", "artworkpage"))


def cases(route: Route, world: SimpleNamespace) -> list[Case]:
    """The requests that exercise ``route``: each kind of object its parameters can name."""
    params = route.params
    found: list[tuple[dict[str, Any], Any, str]] = []
    add = found.append
    namespace = route.namespace
    if (
        not params
        and route.key.startswith("wagtailadmin_api:")
        and ":find" in route.key
    ):
        # The admin API's find answers the object named in the query.
        for obj in world.objects_for(route):
            add(({QUERY: f"?id={obj.pk}"}, obj, str(obj)))
    elif not params:
        add(({}, world.model_for(route), ""))
    elif params == {"session_id"}:
        add(({"session_id": 0}, None, ""))
    elif "session_id" in params:
        page = world.pages[0]
        kwargs = {
            "app_label": "wagtailcore",
            "model_name": "page",
            "object_id": page.pk,
        }
        add(({**kwargs, "session_id": 0}, page, ""))
    elif route.key.endswith(":revisions_compare") or "revision_id" in params:
        for obj in world.with_revisions(route):
            if "revision_id" in params:
                kwargs = {"revision_id": obj.latest_revision_id}
            else:
                kwargs = {"revision_id_a": "earliest", "revision_id_b": "latest"}
            key = "page_id" if "page_id" in params else "pk"
            add(({key: obj.pk, **kwargs}, obj, str(obj)))
    elif {"action_name", "task_state_id"} <= params:
        state = world.task_state
        subject = SimpleNamespace(page=state.revision.content_object, task_state=state)
        add(
            (
                {
                    "page_id": subject.page.pk,
                    "action_name": "approve",
                    "task_state_id": state.pk,
                },
                subject,
                "in review",
            )
        )
    elif params == {"page_id", "task_id"}:
        state = world.task_state
        subject = SimpleNamespace(page=state.revision.content_object, task_state=state)
        add(
            (
                {"page_id": subject.page.pk, "task_id": state.task_id},
                subject,
                "in review",
            )
        )
    elif params == {"page_id", "workflow_state_id"}:
        state = world.task_state.workflow_state
        page = state.content_object
        add(({"page_id": page.pk, "workflow_state_id": state.pk}, page, "in review"))
    elif params == {"page_to_move_id", "destination_id"}:
        for page, destination in world.moves:
            kwargs = {"page_to_move_id": page.pk, "destination_id": destination.pk}
            subject = SimpleNamespace(page=page, destination=destination)
            add((kwargs, subject, str(page)))
    elif params == {"page_pk", "workflow_pk"}:
        for page in world.pages:
            add(
                (
                    {"page_pk": page.pk, "workflow_pk": world.workflow.pk},
                    world.workflow,
                    str(page),
                )
            )
    elif {"content_type_app_name", "parent_page_id"} <= params:
        for (app, name), parent in zip(PAGE_TYPES, world.parents, strict=True):
            kwargs = {"content_type_app_name": app, "content_type_model_name": name}
            add(({**kwargs, "parent_page_id": parent.pk}, parent, name))
    elif params == {"action_name", "pk"}:
        for page in world.pages:
            add(({"pk": page.pk, "action_name": "publish"}, page, str(page)))
    elif params & {"content_type_app_name", "app_label"}:
        add_model_cases(route, world, add)
    elif params == {"app_name", "model_name"} or params == {
        "app_name",
        "model_name",
        "pk",
    }:
        for app, name in (
            SETTINGS if namespace == "wagtailsettings" else (("taggit", "tag"),)
        ):
            setting = world.settings.get(name)
            kwargs = {"app_name": app, "model_name": name}
            if "pk" in params:
                # A site's setting is named by its site (equal ids on SQLite only).
                site_wide = isinstance(setting, BaseSiteSetting)
                kwargs["pk"] = setting.site_id if site_wide else setting.pk
            add((kwargs, setting if "pk" in params else type(setting), name))
    elif params & PAGE_PARAMS:
        (param,) = params & PAGE_PARAMS
        # Translating needs a page that is not translated yet; the rest, pages that are.
        translating = route.key == f"{LOCALIZE}:submit_page_translation"
        pages = world.untranslated_pages if translating else world.pages
        if route.key == f"{ADMIN}:convert_alias":
            pages = world.aliases  # only an alias can be converted
        for page in pages:
            add(({param: page.pk}, page, str(page)))
    elif "translation_id" in params:
        translations = world.translations
        if route.key == f"{LOCALIZE}:preview_translation":
            # Only a page's translation has a preview.
            translations = [
                t
                for t in translations
                if isinstance(t.source.get_source_instance(), Page)
            ]
        for translation in translations:
            kwargs = {"translation_id": translation.pk}
            if "string_segment_id" in params:
                kwargs["string_segment_id"] = world.segment(translation).pk
            if "overridable_segment_id" in params:
                kwargs["overridable_segment_id"] = 0
            if "mode" in params:
                kwargs["mode"] = "default"
            add((kwargs, translation, str(translation.source.object_repr)))
    elif "translation_source_id" in params:
        for source in world.sources:
            add(({"translation_source_id": source.pk}, source, source.object_repr))
    elif params == {"exhibition_id"}:
        add(({"exhibition_id": world.exhibition.pk}, world.exhibition, ""))
    elif params == {"image_id", "filter_spec"}:
        add(({"image_id": world.image.pk, "filter_spec": "original"}, world.image, ""))
    elif params == {"uidb64", "token"}:
        add(({"uidb64": "MQ", "token": "not-a-token"}, None, ""))
    elif params == {"uploaded_file_id"}:
        add(({"uploaded_file_id": 0}, world.model_for(route), "none"))
    elif route.key == "gallery_submissions:image":
        # A submitted image, guarded by the rules of its submission.
        for image in world.submission_images:
            add(({"pk": image.pk}, image.submission, str(image.submission)))
    elif len(params) == 1:
        (param,) = params
        for obj in world.objects_for(route):
            add(({param: obj.pk}, obj, str(obj)))
    return [
        Case(route, url_for(route, kwargs) + kwargs.pop(QUERY, ""), subject, label)
        for kwargs, subject, label in found
    ]


def add_model_cases(route: Route, world: SimpleNamespace, add: Callable) -> None:
    """Routes that name a model by its app and model name (and maybe an object)."""
    params = route.params
    if "action" in params:
        # Bulk publishing, of the pages named in the query.
        for page in world.pages:
            kwargs = {"app_label": "wagtailcore", "model_name": "page"}
            query = f"?id={page.pk}&next=/admin/"
            add(({**kwargs, "action": "publish", QUERY: query}, page, str(page)))
        return
    if "content_type_app_name" in params:
        for app, name in PAGE_TYPES:
            add(
                (
                    {"content_type_app_name": app, "content_type_model_name": name},
                    None,
                    name,
                )
            )
        return
    if route.key == "wagtailadmin_workflows:add_task":
        add(({"app_label": "wagtailcore", "model_name": "groupapprovaltask"}, Task, ""))
        return
    if route.key.endswith(":choose_parent"):
        for app, name in PAGE_TYPES:
            add(({"app_label": app, "model_name": name}, None, name))
        return
    for obj in world.translatable_snippets:
        kwargs = {"app_label": obj._meta.app_label, "model_name": obj._meta.model_name}
        if "pk" in params:
            kwargs["pk"] = obj.pk
            add((kwargs, obj, str(obj)))
        else:
            add((kwargs, type(obj), obj._meta.model_name))
