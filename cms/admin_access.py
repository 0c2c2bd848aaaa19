"""Who may use the admin routes whose own checks are coarser than the page explorer's and the
snippet views' (wagtail-localize's, and a few of Wagtail's own).

wagtail-localize asks only for the global ``submit_translation`` permission before it creates,
syncs or publishes a translation, and only for "edit" before it turns a page into a live alias.
So a Curator could translate brand pages and snippets, and an Editor could publish pages that
must pass the "Communicatie review" workflow. The rule here is the explorer's: a translation is
created only where the user may add, changed only where they may edit, and published only by
someone who may publish that very object. Each guarded route is one row of ``GUARDS``, keyed by
its URL name; ``AdminAccessMiddleware`` applies the table before the view runs, and trims the
forms of ``NARROWED_FORMS`` to what the user may do. ``tests/cms/test_admin_matrix.py`` holds
every admin route, ours and Wagtail's included, to these rules.
"""

from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import (
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

from wagtail_localize.models import TranslationSource

DENIED = _(
    "You may not do this: it would change or publish content outside your rights."
)

# A guard answers whether ``request.user`` may use the route with these URL arguments. A guard
# that finds no object lets the view answer (with its own 404).
Guard = Callable[[HttpRequest, dict[str, Any]], bool]


# -- The rules, in the terms of the explorer and the snippet views -------------------------------


def may_change(user: AbstractBaseUser, instance: Model) -> bool:
    """Edit this page, or change this snippet, in the admin."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return _has_model_permission(user, type(instance), "change")


def may_publish(user: AbstractBaseUser, instance: Model) -> bool:
    """Make this object's current content public, workflow included: for a page the page's own
    publish right; for a snippet with drafts the model's publish permission; a snippet without
    drafts is public once saved, so changing it is publishing it."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return _has_model_permission(user, type(instance), action)


def may_add_translation(
    user: AbstractBaseUser, instance: Model, locale: Locale
) -> bool:
    """Create the translation of ``instance`` into ``locale`` where it will live: below the
    parent's translation for a page (an alias there is taken over, so it must be editable),
    next to the other objects of the model for a snippet."""
    if not isinstance(instance, Page):
        return _has_model_permission(user, type(instance), "add")
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return may_change(user, existing)
    parent = instance.get_parent()
    place = parent if parent.is_root() else parent.get_translation_or_none(locale)
    return (place or parent).permissions_for_user(user).can_add_subpage()


def _has_model_permission(
    user: AbstractBaseUser, model: type[Model], action: str
) -> bool:
    # The policy the snippet views use: ours forbid some actions to everyone.
    return policy_registry.get_by_type(model).user_has_permission(user, action)


# -- The guards, one per route -------------------------------------------------------------------


def submit_page_translation(request: HttpRequest, kwargs: dict[str, Any]) -> bool:
    page = Page.objects.filter(pk=kwargs["page_id"]).first()
    if page is None:
        return True
    return _may_translate(request, page.specific)


def submit_snippet_translation(request: HttpRequest, kwargs: dict[str, Any]) -> bool:
    model = _snippet_model(kwargs)
    if model is None:
        return True
    try:
        instance = model._default_manager.filter(pk=unquote(kwargs["pk"])).first()
    except (ValueError, ValidationError):
        return True  # not a key of this model: the view answers 404
    return instance is None or _may_translate(request, instance)


def _may_translate(request: HttpRequest, instance: Model) -> bool:
    """The form is shown to whoever may change the source; each language asked for must be one
    the user may add in, and publish in too when translating copies the live status."""
    user = request.user
    if not may_change(user, instance):
        return False
    if request.method != "POST":
        return True
    locales = Locale.objects.filter(pk__in=_ids(request.POST.getlist("locales")))
    for locale in locales:
        if not may_add_translation(user, instance, locale):
            return False
    copies_live_status = settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
    if copies_live_status and getattr(instance, "live", False):
        return all(
            may_publish(user, target) for target in _future_places(instance, locales)
        )
    return True


def _future_places(instance: Model, locales: Iterable[Locale]) -> Iterable[Model]:
    # Publishing a page that does not exist yet needs the publish right where it will live.
    for locale in locales:
        existing = instance.get_translation_or_none(locale)
        if existing is not None:
            yield existing
        elif isinstance(instance, Page):
            parent = instance.get_parent()
            yield (
                parent if parent.is_root() else parent.get_translation_or_none(locale)
            ) or parent
        else:
            yield instance


def update_translations(request: HttpRequest, kwargs: dict[str, Any]) -> bool:
    """Syncing rewrites every translation of the source: the user must be able to change the
    source and each translation, and with "publish immediately" to publish each translation."""
    found = _source_and_targets(kwargs)
    if found is None:
        return True
    instance, targets = found
    user = request.user
    if not may_change(user, instance) or not all(
        may_change(user, target) for target in targets
    ):
        return False
    if request.method == "POST" and request.POST.get("publish_translations"):
        return all(may_publish(user, target) for target in targets)
    return True


def offer_publishing_to_publishers(
    request: HttpRequest, kwargs: dict[str, Any], response: TemplateResponse
) -> None:
    """The sync form offers "publish immediately" only to who may publish every translation."""
    form = (response.context_data or {}).get("form")
    found = _source_and_targets(kwargs)
    if form is None or found is None or "publish_translations" not in form.fields:
        return
    _instance, targets = found
    if not all(may_publish(request.user, target) for target in targets):
        del form.fields["publish_translations"]


def _source_and_targets(kwargs: dict[str, Any]) -> tuple[Model, list[Model]] | None:
    source = TranslationSource.objects.filter(
        pk=kwargs["translation_source_id"]
    ).first()
    if source is None:
        return None
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        return None
    return instance, translation_targets(source)


def translation_targets(source: TranslationSource) -> list[Model]:
    """The objects that syncing ``source`` would rewrite: its enabled translations that exist."""
    targets = []
    for translation in source.translations.filter(enabled=True):
        try:
            targets.append(translation.get_target_instance())
        except ObjectDoesNotExist:
            continue
    return targets


def convert_to_alias(request: HttpRequest, kwargs: dict[str, Any]) -> bool:
    """An alias takes the source's content and live status at once, without a revision or the
    workflow: converting a page is publishing it."""
    page = Page.objects.filter(pk=kwargs["page_id"]).first()
    return page is None or may_publish(request.user, page.specific)


def move_confirm(request: HttpRequest, kwargs: dict[str, Any]) -> bool:
    """Wagtail shows the confirmation (with the pages the move cascades to) unchecked."""
    page = Page.objects.filter(pk=kwargs["page_to_move_id"]).first()
    destination = Page.objects.filter(pk=kwargs["destination_id"]).first()
    if page is None or destination is None:
        return True
    perms = page.permissions_for_user(request.user)
    return perms.can_move() and perms.can_move_to(destination)


def edit_page(request: HttpRequest, kwargs: dict[str, Any]) -> bool:
    page = Page.objects.filter(pk=kwargs["page_id"]).first()
    return page is None or may_change(request.user, page.specific)


def snippet_api(request: HttpRequest, kwargs: dict[str, Any]) -> bool:
    """The translation editor's snippet chooser lists a model's objects: for those who may see
    the model's listing in the snippet views."""
    model = _snippet_model(kwargs)
    return model is None or policy_registry.get_by_type(model).user_has_any_permission(
        request.user, ["add", "change", "delete", "view"]
    )


def _snippet_model(kwargs: dict[str, Any]) -> type[Model] | None:
    try:
        return get_snippet_model_from_url_params(
            kwargs["app_label"], kwargs["model_name"]
        )
    except Http404:
        return None


def _ids(values: list[str]) -> list[int]:
    return [int(value) for value in values if value.isdigit()]


GUARDS: dict[str, Guard] = {
    "wagtail_localize:submit_page_translation": submit_page_translation,
    "wagtail_localize:submit_snippet_translation": submit_snippet_translation,
    "wagtail_localize:update_translations": update_translations,
    "wagtail_localize:convert_to_alias": convert_to_alias,
    "wagtail_localize:snippets_api_listing": snippet_api,
    "wagtail_localize:snippets_api_detail": snippet_api,
    # Wagtail's own views that answer without asking.
    "wagtailadmin_pages:move_confirm": move_confirm,
    "wagtailadmin_pages:confirm_workflow_cancellation": edit_page,
}


# Forms that offer only what the user may do (the guards refuse the rest anyway).
Narrowing = Callable[[HttpRequest, dict[str, Any], TemplateResponse], None]
NARROWED_FORMS: dict[str, Narrowing] = {
    "wagtail_localize:update_translations": offer_publishing_to_publishers,
}


class AdminAccessMiddleware:
    """Applies ``GUARDS`` to the signed-in user before the view runs, and ``NARROWED_FORMS``
    to the form it renders. Anonymous requests pass through: the admin's own
    ``require_admin_access`` sends them to the login page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponse],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        guard = GUARDS.get(request.resolver_match.view_name)
        if guard is None or not request.user.is_authenticated:
            return None
        if guard(request, view_kwargs):
            return None
        # As Wagtail's own ``permission_denied``, with the reason.
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            raise PermissionDenied(DENIED)
        messages.error(request, DENIED)
        return redirect("wagtailadmin_home")

    def process_template_response(
        self, request: HttpRequest, response: TemplateResponse
    ) -> TemplateResponse:
        match = request.resolver_match
        narrow = match and NARROWED_FORMS.get(match.view_name)
        if narrow and request.user.is_authenticated:
            narrow(request, match.kwargs, response)
        return response
