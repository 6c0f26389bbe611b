import factory
from django.contrib.auth import get_user_model
from wagtail.models import Page

from component_portals.users import assign_role
from home.models import StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.gov.vn")
    password = factory.django.Password("MatKhau@2026")


def make_user(role=None, portal=None, **kwargs):
    """A user with one role of DESIGN.md ("editor", "approver", "board", "monitor", "superuser" or None)."""
    if role == "superuser":
        return UserFactory(is_superuser=True, is_staff=True, **kwargs)
    user = UserFactory(**kwargs)
    if role is not None:
        assign_role(username=user.username, role=role, portal_slug=portal.slug if portal else "", validate=False)
    return user


def add_standard_page(parent, title="Trang thử nghiệm", publish=True, **fields):
    """A StandardPage under `parent` (a Page), published by default."""
    parent = parent.specific if type(parent) is Page else parent
    page = StandardPage(title=title, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page
