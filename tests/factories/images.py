"""Images in the Wagtail library, as an editor uploads them."""

import factory
from wagtail.images import get_image_model


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Ảnh thử nghiệm {n}")
    file = factory.django.ImageField(filename="anh-thu-nghiem.png", width=640, height=480, color="white")


def make_image(title="Ảnh thử nghiệm", size=(640, 480)):
    width, height = size
    return ImageFactory(title=title, file__width=width, file__height=height)
