"""Factories for test data. Pages attach to a parent with ``add_child`` (wagtail-factories)."""

from django.core.files.base import ContentFile

from wagtail.models import Locale

import factory
import wagtail_factories

from cms.demo.images import CC_BY, draw_picture
from cms.models import CustomImage, HomePage, Partner, StandardPage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Test image {n}")
    description = factory.Sequence(lambda n: f"Alt text of test image {n}")
    credit = "Photo: Test Maker"
    license_url = CC_BY
    file = factory.LazyAttribute(
        lambda image: ContentFile(
            draw_picture(image.title, (640, 400)), name="test.png"
        )
    )

    class Meta:
        model = CustomImage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "The Media Ahead"
    slug = factory.Sequence(lambda n: f"home-{n}")
    introduction = "Build your next story in Hilversum."
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nl"))

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    introduction = "Een inleiding."

    class Meta:
        model = StandardPage


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    description = "Een partner van The Media Ahead."
    url = "https://example.org/"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nl"))

    class Meta:
        model = Partner
