"""Pages made the way an editor makes them: a child of their section, saved as a revision, published unless
asked not to be (then a draft: not live)."""

import factory
from wagtail.models import Page

from home.models import StandardPage


class PageFactory(factory.django.DjangoModelFactory):
    """`Factory(parent=section, publish=False, **fields)`; the page takes the locale of its parent."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Trang thử nghiệm {n}")

    @classmethod
    def _create(cls, model_class, *args, parent, publish=True, **fields):
        parent = parent.specific if type(parent) is Page else parent
        fields.setdefault("live", publish)
        page = model_class(locale=parent.locale, **fields)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage


def add_standard_page(parent, title="Trang thử nghiệm", publish=True, **fields):
    """A StandardPage under `parent` (a Page), published by default."""
    return StandardPageFactory(parent=parent, title=title, publish=publish, **fields)
