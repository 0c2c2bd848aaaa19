"""Private storage for files nobody has checked yet (open-call images).

A plain ``FileSystemStorage`` would hand out ``MEDIA_URL`` addresses; this one has no address at
all, so a template or serializer that asks for one fails loudly instead of leaking a path. Staff
see the files through ``gallery.submission_admin``, which checks their login.
"""

from django.core.files.storage import FileSystemStorage


class QuarantineStorage(FileSystemStorage):
    def url(self, name: str | None) -> str:
        raise ValueError(
            "Quarantined files have no URL; staff read them through a view."
        )
