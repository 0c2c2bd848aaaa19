"""Site-wide demo set-up: menus, social links, the footer text and the review workflow. Like the
pages, each step first looks for what it would make, and leaves what an editor changed alone."""

from collections.abc import Callable, Sequence

from django.contrib.auth.models import Group
from django.utils.html import escape

from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.demo import content
from cms.demo.translation import publish_translation, source_strings
from cms.models import FooterText, NavigationSettings, SocialMediaSettings

Report = Callable[[str], None]


def ensure_navigation(
    main_menu: Sequence[Page], footer_menu: Sequence[Page], report: Report
) -> None:
    """Menus of the default site, linking the Dutch pages (shown per language by ``cms.navigation``)."""
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    if navigation.main_menu or navigation.footer_menu:
        return
    navigation.main_menu = [("link", {"page": page}) for page in main_menu]
    navigation.footer_menu = [("link", {"page": page}) for page in footer_menu]
    navigation.save()
    report("  set the main and footer menus")


def ensure_social_links(report: Report) -> None:
    social = SocialMediaSettings.load()
    if social.links:
        return
    social.links = [
        ("link", {"platform": platform, "url": url})
        for platform, url in content.SOCIAL_LINKS
    ]
    social.save()
    report("  set the social media links")


def ensure_footer_text(dutch: Locale, english: Locale, report: Report) -> FooterText:
    """The live Dutch footer text and its live English translation."""
    footer = FooterText.objects.filter(locale=dutch).first()
    if footer is None:
        footer = FooterText(
            locale=dutch, body=f"<p>{escape(content.FOOTER_TEXT[0])}</p>", live=True
        )
        footer.save()
        footer.save_revision().publish()
        report("  created the footer text")
    if not footer.has_translation(english):
        publish_translation(footer, english, source_strings([content.FOOTER_TEXT]))
        report("  translated the footer text into English")
    translation = footer.get_translation(english)
    if not translation.live and translation.latest_revision:
        # wagtail-localize publishes snippet translations on commit; make sure it happened.
        translation.latest_revision.publish()
    return footer


def ensure_review_workflow(homes: Sequence[Page], report: Report) -> Workflow:
    """Communications review before publishing: one approval task for the moderators, on every
    page below the home pages."""
    Group.objects.get_or_create(name="Editors")
    moderators, _created = Group.objects.get_or_create(name=content.REVIEW_GROUP)
    workflow, created = Workflow.objects.get_or_create(
        name=content.REVIEW_WORKFLOW, defaults={"active": True}
    )
    if created:
        report(f"  created the workflow {workflow.name!r}")
    task = GroupApprovalTask.objects.filter(name=content.REVIEW_WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=content.REVIEW_WORKFLOW)
        task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for home in homes:
        _link, created = WorkflowPage.objects.get_or_create(
            page=home, defaults={"workflow": workflow}
        )
        if created:
            report(f"  assigned the workflow to {home.title!r} ({home.locale})")
    return workflow
