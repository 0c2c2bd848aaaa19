from django.conf import settings
from django.core.management import BaseCommand, CommandError, call_command
from django.core.management.base import CommandParser

from cms.demo.loader import ensure_demo_users, load_brand_site


class Command(BaseCommand):
    help = (
        "Build the demo brand site of The Media Ahead in Dutch and English (idempotent: a second run "
        "changes nothing). With --users, also create the development-only logins."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--users", action="store_true", help="Create the demo logins (DEBUG only)."
        )
        parser.add_argument(
            "--password", default="mediastad", help="Password of the demo logins."
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
        self.stdout.write("Loading the demo brand site …")
        load_brand_site(report)
        if users:
            ensure_demo_users(password, report)
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
