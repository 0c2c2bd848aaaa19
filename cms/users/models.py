from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """Staff member of the CMS (editors, curators, admins).

    Our own model from day one, so that fields can be added without swapping the user model later.
    Visitors and artists never have an account.
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
