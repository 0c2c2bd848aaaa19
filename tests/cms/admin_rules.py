"""The rules of the authorization matrix: which rule guards each admin URL pattern.

A rule answers, for a user and the object a URL is about, whether the user may use the route,
in the terms of Wagtail's own permission API (a page's ``permissions_for_user``, the policy that
``wagtail.permissions.policy_registry`` holds for a model). ``ROWS`` maps every admin URL name to
its rule; a pattern without a row fails the matrix, so a route added later must be classified.
"""

from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from types import SimpleNamespace
from typing import Any

from django.db.models import Model

from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import get_snippet_models_for_index_view

Rule = Callable[[Any, Any], bool]


# -- Rules ---------------------------------------------------------------------------------------


def anyone(user: Any, subject: Any) -> bool:
    return True


def admin_user(user: Any, subject: Any) -> bool:
    """Any admin user: these routes show only what the user's other rights allow, or nothing."""
    return user.has_perm("wagtailadmin.access_admin")


def page(action: str) -> Rule:
    """What the page explorer allows on this page (``can_edit``, ``can_publish``, …)."""

    def rule(user: Any, subject: Page) -> bool:
        if not admin_user(user, subject):
            return False
        return getattr(subject.permissions_for_user(user), f"can_{action}")()

    rule.__name__ = f"page: {action} on the page"
    return rule


def any_page(action: str) -> Rule:
    """The action on some page, wherever."""

    def rule(user: Any, subject: Any) -> bool:
        policy = policy_registry.get_by_type(Page)
        return admin_user(user, subject) and policy.user_has_permission(user, action)

    rule.__name__ = f"page: {action} on some page"
    return rule


def model(*actions: str) -> Rule:
    """Any of these actions on the model (for a listing) or on this object (collections)."""

    def rule(user: Any, subject: Any) -> bool:
        if not admin_user(user, subject):
            return False
        if isinstance(subject, Model):
            policy = policy_registry.get(subject)
            return any(
                policy.user_has_permission_for_instance(user, action, subject)
                for action in actions
            )
        policy = policy_registry.get_by_type(subject)
        return policy.user_has_any_permission(user, list(actions))

    rule.__name__ = f"model: {' or '.join(actions)}"
    return rule


def explorable(user: Any, subject: Any) -> bool:
    """The admin API's pages: those the user may see in the explorer (for a page), or a
    listing of them."""
    if not isinstance(subject, Page):
        return admin_user(user, subject)
    policy = policy_registry.get_by_type(Page)
    return (
        admin_user(user, subject)
        and policy.explorable_instances(user).filter(pk=subject.pk).exists()
    )


def snippet_index(user: Any, subject: Any) -> bool:
    """The list of snippet types not in the menu that the user may list (here: none)."""
    return admin_user(user, subject) and any(
        policy_registry.get_by_type(snippet).user_has_any_permission(user, ANY_ACTION)
        for snippet in get_snippet_models_for_index_view()
    )


def move_to(user: Any, subject: SimpleNamespace) -> bool:
    """Moving this page below that one."""
    perms = subject.page.permissions_for_user(user)
    return (
        admin_user(user, subject)
        and perms.can_move()
        and perms.can_move_to(subject.destination)
    )


def settings_edit(user: Any, subject: Any) -> bool:
    """Settings: change on the model; without an object the route of a generic setting only
    redirects to its edit page, which checks."""
    if isinstance(subject, Model) or not issubclass(subject, BaseGenericSetting):
        return model("change")(user, subject)
    return admin_user(user, subject)


def form_page(user: Any, subject: Page) -> bool:
    """Form submissions: for those who may edit the form page (the site has no form pages)."""
    return (
        admin_user(user, subject)
        and isinstance(subject.specific, FormMixin)
        and subject.permissions_for_user(user).can_edit()
    )


ANY = ("add", "change", "delete", "view")
ANY_ACTION = list(ANY)


def task_action(user: Any, subject: SimpleNamespace) -> bool:
    """A workflow task's actions: for the task's reviewers (the moderators), on that page."""
    task = subject.task_state.task.specific
    return admin_user(user, subject) and bool(task.get_actions(subject.page, user))


def update_translations(user: Any, source: Any, method: str) -> bool:
    """Syncing changes the source's translations, and publishes them when asked (the form
    posts ``publish_translations``): only for those who may do that to every one of them."""
    targets = [source.get_source_instance(), *source.targets]
    if method == "POST":
        targets = source.targets
        actions = ("publish",)
    else:
        actions = ("edit",)
    return admin_user(user, source) and all(
        _may(user, target, action) for target in targets for action in actions
    )


def _may(user: Any, instance: Model, action: str) -> bool:
    if isinstance(instance, Page):
        return getattr(instance.permissions_for_user(user), f"can_{action}")()
    verb = {"edit": "change"}.get(action, action)
    return policy_registry.get(instance).user_has_permission(user, verb)


def submit_translation(user: Any, subject: Any, method: str) -> bool:
    """Creating a translation is adding an object: below the translated parent for a page, of
    the model for a snippet. The form itself is for those who may change the source."""
    if not admin_user(user, subject) or not user.has_perm(
        "wagtail_localize.submit_translation"
    ):
        return False
    if not _may(user, subject, "edit"):
        return False
    if method == "GET":
        return True
    if isinstance(subject, Page):
        # The test translates into English, below the parent's English translation.
        english = Locale.objects.get(language_code="en")
        parent = subject.get_parent()
        place = parent.get_translation_or_none(english) or parent
        return place.permissions_for_user(user).can_add_subpage()
    return policy_registry.get(subject).user_has_permission(user, "add")


def translation_target(action: str) -> Rule:
    """The translation editor's routes act on the translated object."""

    def rule(user: Any, translation: Any) -> bool:
        return admin_user(user, translation) and _may(
            user, translation.get_target_instance(), action
        )

    rule.__name__ = f"translation: {action} on the target"
    return rule


# -- The table -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """How one family of routes is guarded: ``get`` for reading, ``post`` for acting (the same
    unless given), and ``method`` rules that depend on the request method."""

    get: Rule | None = None
    post: Rule | None = None
    method: Callable[[Any, Any, str], bool] | None = None
    # What a POST sends (from the objects of the test), to make a hole do its harm.
    data: Callable[[Any], dict[str, Any]] | None = None
    # Statuses besides those of ``refused`` that this route refuses with.
    refuses_with: tuple[int, ...] = ()

    def allows(self, user: Any, subject: Any, method: str) -> bool:
        if self.method is not None:
            return self.method(user, subject, method)
        rule = self.post if method == "POST" and self.post else self.get
        return rule(user, subject)

    @property
    def name(self) -> str:
        return (self.method or self.get).__name__


# Keyed by URL name (or route, when a pattern has no name), globbed; the first match wins.
ROWS: dict[str, Row] = {}


def rows(rule: Rule, *names: str, **options: Any) -> None:
    for name in names:
        ROWS[name] = Row(get=rule, **options)


ADMIN = "wagtailadmin_pages"
LOCALIZE = "wagtail_localize"
SNIPPETS = ("wagtailsnippets_*", "wagtailsnippetchoosers_*")
MODELS = (
    "qr_codes",
    "gallery_submissions",
    "wagtaillocales",
    "wagtailsites",
    "wagtailusers_users",
    "wagtailusers_groups",
    "wagtailredirects",
    "wagtailadmin_collections",
    "wagtailadmin_workflows",
)
MEDIA = ("wagtailimages", "wagtailimages_chooser", "wagtaildocs", "wagtaildocs_chooser")

# Wagtail's check that errors reach the error pages: a 500 for admin users, on purpose.
FAILS_ON_PURPOSE = {"wagtailadmin_error_test"}
rows(admin_user, *FAILS_ON_PURPOSE, "admin/test404/", "admin/^.*/$")
rows(
    anyone,
    "wagtailadmin_login",
    "wagtailadmin_password_reset*",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
)
# The admin API shows a page only to those who may explore it (a 404 for the others).
rows(explorable, "wagtailadmin_api:pages:detail", "wagtailadmin_api:pages:find")
# Locked pages: for those who may unlock some page.
rows(any_page("unlock"), "wagtailadmin_reports:locked_pages*")
rows(
    admin_user,
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_logout",
    "wagtailadmin_dismissibles",
    "wagtailadmin_editing_sessions:*",
    "wagtailadmin_block_preview",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailadmin_choose_page*",
    "wagtailadmin_api:*:listing",
    "wagtailadmin_api:*:detail",
    "wagtailadmin_api:*:find",
    "wagtailadmin_explore*",
    "wagtailadmin_reports:*",
    "wagtailembeds:*",
    "wagtailforms:index*",
    f"{ADMIN}:search*",
    f"{ADMIN}:type_use*",
    f"{ADMIN}:choose_parent",
    f"{LOCALIZE}:javascript_catalog",
    f"{LOCALIZE}:translations_report*",
    "gallery_exhibitions:*",
    "gallery_artworks:*",
    "gallery_artists:*",
    "gallery_qr_scan_report",
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailadmin_workflows:task_chosen",
    # Choosing a snippet in a page's field needs no right on the snippet (Wagtail's design).
    "wagtailsnippetchoosers_*:choose*",
    "wagtailsnippetchoosers_*:chosen*",
)
# Wagtail answers a create without the right with 400.
ROWS["wagtailadmin_workflows:task_chooser_create"] = Row(
    get=admin_user, post=model("add"), refuses_with=(400,)
)
rows(snippet_index, "wagtailsnippets:index")
# Bulk actions show everyone the confirmation, then skip the objects the user may not act
# on: the refusal of a POST is a redirect that changed nothing.
ROWS["wagtail_bulk_action"] = Row(
    get=admin_user, post=page("publish"), refuses_with=(302,)
)
rows(form_page, "wagtailforms:*")
# The page explorer's own rules.
rows(
    page("add_subpage"),
    f"{ADMIN}:add",
    f"{ADMIN}:preview_on_add",
    f"{ADMIN}:add_subpage",
)
rows(page("unschedule"), f"{ADMIN}:revisions_unschedule")
# Redirects to the history, which checks.
rows(admin_user, f"{ADMIN}:revisions_index")
rows(
    page("edit"),
    f"{ADMIN}:edit",
    f"{ADMIN}:preview_on_edit",
    f"{ADMIN}:view_draft",
    f"{ADMIN}:revisions_*",
    f"{ADMIN}:history*",
    f"{ADMIN}:workflow_history*",
    f"{ADMIN}:usage",
    f"{ADMIN}:confirm_workflow_cancellation",
    f"{ADMIN}:convert_alias",
    "gallery_qr_labels",
)
rows(page("delete"), f"{ADMIN}:delete")
rows(page("unpublish"), f"{ADMIN}:unpublish")
rows(move_to, f"{ADMIN}:move_confirm")
rows(page("move"), f"{ADMIN}:move", f"{ADMIN}:set_page_position")
rows(page("copy"), f"{ADMIN}:copy")
rows(page("set_view_restrictions"), f"{ADMIN}:set_privacy")
rows(page("lock"), f"{ADMIN}:lock")
rows(page("unlock"), f"{ADMIN}:unlock")
rows(task_action, f"{ADMIN}:workflow_action", f"{ADMIN}:collect_workflow_action_data")
rows(task_action, f"{ADMIN}:workflow_preview")
# The admin API's page actions; the matrix posts "publish".
rows(page("publish"), "wagtailadmin_api:pages:action")
# wagtail-localize: the rules of the object a translation comes from or goes to.
ROWS[f"{LOCALIZE}:submit_*"] = Row(
    method=submit_translation, data=lambda world: {"locales": [world.english.pk]}
)
ROWS[f"{LOCALIZE}:update_translations"] = Row(
    method=update_translations, data=lambda world: {"publish_translations": "on"}
)
rows(
    translation_target("edit"),
    f"{LOCALIZE}:edit_*",
    f"{LOCALIZE}:*_pofile",
    f"{LOCALIZE}:machine_translate",
    f"{LOCALIZE}:preview_translation",
    f"{LOCALIZE}:stop_translation",
)
rows(page("publish"), f"{LOCALIZE}:convert_to_alias")
rows(model(*ANY), f"{LOCALIZE}:snippets_api_*")
rows(settings_edit, "wagtailsettings:edit")
# Snippets, model viewsets, images and documents: the model's permission policy, per action.
for namespace in MEDIA:
    rows(model("choose"), f"{namespace}:choose*", f"{namespace}:chosen*")
    rows(model("choose"), f"{namespace}:select_format")
for namespace in (*SNIPPETS, *MODELS, *MEDIA, "wagtailsettings"):
    rows(
        model(*ANY), f"{namespace}:*index*", f"{namespace}:list*", f"{namespace}:usage"
    )
    rows(model(*ANY), f"{namespace}:history*", f"{namespace}:inspect")
    rows(model("add"), f"{namespace}:add*", f"{namespace}:create*", f"{namespace}:copy")
    rows(model("add"), f"{namespace}:preview_on_add", f"{namespace}:delete_upload*")
    rows(model("delete"), f"{namespace}:delete*")
    rows(
        model("publish"), f"{namespace}:unpublish", f"{namespace}:revisions_unschedule"
    )
    rows(model("change"), f"{namespace}:*")


# Routes that answer an allowed GET with 404 or 405 on purpose, and why; globbed against the URL
# name or, where one name has two patterns, the pattern. Every other route must answer an
# allowed GET for real: a 404 there means the matrix named the wrong object.
NO_GET_ANSWER: dict[str, str] = {
    "admin/^.*/$": "the admin's catch-all: a 404 for any unknown URL",
    "wagtailadmin_logout": "POST only: signing out by a link is refused (405)",
    "wagtailadmin_editing_sessions:ping": "POST only: the editor's heartbeat (405)",
    "wagtailadmin_editing_sessions:release": "POST only: the editor leaving (405)",
    "wagtailadmin_block_preview": "needs ?id= naming a block type: the editor's preview",
    "wagtailadmin_api:pages:action": "POST only: the page actions (405)",
    f"{ADMIN}:lock": "POST only (405)",
    f"{ADMIN}:unlock": "POST only (405)",
    f"{ADMIN}:set_page_position": "POST only: drag and drop ordering (405)",
    "wagtailadmin_workflows:enable*": "POST only (405)",
    "wagtailadmin_workflows:remove": "POST only (405)",
    "wagtailredirects:process_import": "POST only: the second step of an import (405)",
    "wagtailsettings:preview_on_edit": "no setting here is previewable (404)",
    "wagtailimages:url_generator*": "the site serves no dynamic image URLs (404)",
    "wagtail*:edit_multiple": "POST only: a step of the multiple upload (405)",
    "wagtail*:delete_multiple": "POST only: a step of the multiple upload (405)",
    "wagtail*:create_multiple_from_uploaded_*": "POST only: a step of the upload (405)",
    "wagtail*:delete_upload_multiple": "POST only: a step of the multiple upload (405)",
    f"{LOCALIZE}:edit_*": "POST only: the translation editor's saves (405)",
    f"{LOCALIZE}:upload_pofile": "POST only (405)",
    f"{LOCALIZE}:machine_translate": "POST only (405)",
    f"{LOCALIZE}:stop_translation": "POST only (405)",
    # A page's only preview mode is the default one, "", which this pattern cannot name.
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": "no named mode",
    "gallery_submissions:start_review": "POST only: a review step (405)",
    "gallery_submissions:accept": "POST only: a review step (405)",
    "gallery_submissions:decline": "POST only: a review step (405)",
}


def no_get_answer(key: str, pattern: str) -> str | None:
    """Why the route answers an allowed GET with 404 or 405, if it does on purpose."""
    for glob, reason in NO_GET_ANSWER.items():
        if fnmatchcase(key, glob) or fnmatchcase(pattern, glob):
            return reason
    return None


def row_for(key: str) -> Row | None:
    for pattern, row in ROWS.items():
        if fnmatchcase(key, pattern):
            return row
    return None
