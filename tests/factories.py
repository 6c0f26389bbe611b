import datetime

import factory
from django.contrib.auth import get_user_model
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

from accounts.second_factor import requires_second_factor

from component_portals.users import assign_role
from decree.documents import DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage
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


def enrol_second_factor(user):
    """The user's confirmed authenticator app, as the enrolment screen leaves it."""
    return TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)


def current_code(device):
    """The six digits the user's authenticator app shows now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def pass_second_factor(client, user):
    """A test client logged in with force_login, past the second factor when the user's role needs one
    (as after typing the app's code)."""
    if not requires_second_factor(user):
        return None
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or enrol_second_factor(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def add_standard_page(parent, title="Trang thử nghiệm", publish=True, **fields):
    """A StandardPage under `parent` (a Page), published by default."""
    parent = parent.specific if type(parent) is Page else parent
    page = StandardPage(title=title, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def documents_section(portal):
    """The legal-document register (section page) of `portal`, in Vietnamese."""
    return LegalDocumentIndexPage.objects.child_of(portal.root_page).get()


def add_legal_document(portal, number, publish=True, issue_date=None, **fields):
    """A legal document in the register of `portal`, published by default, in force since `issue_date`."""
    section = documents_section(portal)
    issue_date = issue_date or datetime.date(2024, 3, 1)
    document = LegalDocumentPage(
        title=f"Quyết định số {number}", number=number, locale=section.locale,
        document_type=DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})[0],
        issuer=Issuer.objects.get_or_create(name=f"Cơ quan ban hành {portal.slug}")[0],
        issue_date=issue_date, effective_date=issue_date, summary=f"Trích yếu {number}", live=publish, **fields,
    )
    section.add_child(instance=document)
    if publish:
        document.save_revision().publish()
        document.refresh_from_db()
    return document
