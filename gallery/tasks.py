from wagtail.images import get_image_model

from django_tasks import task

from cms.images import rendition_filter_specs


@task()
def generate_renditions(image_ids: list[int]) -> int:
    """Make every rendition the API and the exhibit pages serve for these images, so that no
    visitor waits while one is made. Returns how many images were done."""
    images = get_image_model().objects.filter(pk__in=image_ids)
    for image in images:
        image.get_renditions(*rendition_filter_specs(image))
    return len(images)
