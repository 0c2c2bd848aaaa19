from django.conf import settings
from django.core.management import BaseCommand, CommandError, call_command
from django.core.management.base import CommandParser

from gallery.demo.loader import ensure_curator_user, load_gallery
from gallery.demo.schedule import DemoContentError


class Command(BaseCommand):
    help = (
        "Build the Urban Gallery demo below the demo brand site (run load_demo_content first): "
        "fictional artists and works at real spots in Hilversum, in a current, a past and an "
        "upcoming exhibition, in Dutch and English. Idempotent: a second run only moves the "
        "exhibitions' dates along, so that the current one stays current. With --users, also "
        "create the development-only 'curator' login."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--users", action="store_true", help="Create the demo login (DEBUG only)."
        )
        parser.add_argument(
            "--password", default="mediastad", help="Password of the demo login."
        )

    def handle(
        self, *args: object, users: bool, password: str, **options: object
    ) -> None:
        if users and not settings.DEBUG:
            raise CommandError(
                "Demo logins are for development only; run with DEBUG settings."
            )
        report = (
            self.stdout.write if options["verbosity"] > 1 else (lambda message: None)
        )
        self.stdout.write("Loading the Urban Gallery demo …")
        try:
            load_gallery(report)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        if users:
            ensure_curator_user(password, report)
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("The Urban Gallery demo is in place."))
