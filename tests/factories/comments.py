"""Citizen input (comments, questions, consultation feedback) as it arrives from the public forms."""

import factory

from comments.models import CitizenInput, Kind, Status


class CitizenInputFactory(factory.django.DjangoModelFactory):
    """`CitizenInputFactory(portal=portal, page=page, kind=Kind.QUESTION, status=Status.APPROVED, ...)`."""

    class Meta:
        model = CitizenInput

    kind = Kind.COMMENT
    status = Status.PENDING
    author_name = "Trần Thị Bình"
    author_email = "binh@example.com"
    body = "Ý kiến thử nghiệm."


def make_item(portal, page, kind=Kind.COMMENT, status=Status.PENDING, **fields):
    """A citizen's comment (or question…) on `page` of `portal`, waiting for moderation by default."""
    return CitizenInputFactory(portal=portal, page_id=page.pk, kind=kind, status=status, **fields)
