"""Shared fixtures. Two component portals (A and B) and the provincial portal are provisioned once per
test database, through the real provisioning service; every test runs in a transaction rolled back at its
end, so tests may change them freely."""

import pytest
from django.contrib.messages import ERROR, get_messages
from django.core.cache import cache, caches
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

from component_portals.models import ComponentPortal, PortalKind
from component_portals.provisioning import provision_portal
from home.limits import LIMITS_CACHE

from .factories import make_user, pass_second_factor

PROVINCE_SLUG = "tinh"
PORTAL_A_SLUG = "so-a"
PORTAL_B_SLUG = "so-b"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        province = provision_portal(
            name="Ủy ban nhân dân tỉnh Thử Nghiệm", slug=PROVINCE_SLUG, kind=PortalKind.PROVINCE,
            hostname="localhost", name_en="Test Province",
        )
        provision_portal(name="Sở Thử Nghiệm A", slug=PORTAL_A_SLUG, kind=PortalKind.DEPARTMENT, parent=province)
        provision_portal(name="Xã Thử Nghiệm B", slug=PORTAL_B_SLUG, kind=PortalKind.COMMUNE, parent=province)


@pytest.fixture(autouse=True)
def fresh_site_root_paths():
    """Wagtail caches every site's root path; a test's rolled-back sites must not be named in the next one."""
    Site.clear_site_root_paths_cache()
    yield
    Site.clear_site_root_paths_cache()


@pytest.fixture(autouse=True)
def fresh_cache(request):
    """The site's menu and banners (home/chrome.py) are kept in the cache: a rolled-back test's pages must
    not show in the next test's menu. In tests marked for the database the rate-limit counters start empty
    too: a browser test's posts must not count against the next one's (without Redis they live in a table
    that the flush after a transactional test does not empty)."""
    cache.clear()
    if request.node.get_closest_marker("django_db"):
        caches[LIMITS_CACHE].clear()
    yield
    cache.clear()


@pytest.fixture
def province(db):
    return ComponentPortal.objects.select_related("site", "root_page").get(slug=PROVINCE_SLUG)


@pytest.fixture
def portal_a(db):
    return ComponentPortal.objects.select_related("site", "root_page").get(slug=PORTAL_A_SLUG)


@pytest.fixture
def portal_b(db):
    return ComponentPortal.objects.select_related("site", "root_page").get(slug=PORTAL_B_SLUG)


@pytest.fixture
def login():
    """A test client logged in as a fresh user of the given role: login("editor", portal_a)."""

    def _login(role, portal=None, **kwargs):
        user = make_user(role, portal, **kwargs)
        client = Client()
        client.force_login(user)
        pass_second_factor(client, user)
        client.user = user
        return client

    return _login


@pytest.fixture
def client_factory():
    """Fresh anonymous clients, one per simulated visitor."""
    return Client


@pytest.fixture
def refused():
    """The admin's one refusal (component_portals/roles.py): back to the dashboard with an error message."""

    def check(response):
        assert (response.status_code, response.get("Location")) == (302, reverse("wagtailadmin_home"))
        assert ERROR in [message.level for message in get_messages(response.wsgi_request)]
        return True

    return check


@pytest.fixture
def object_storage(settings, monkeypatch):
    """Uploads in S3-compatible buckets (MEDIA_BUCKET and PRIVATE_MEDIA_BUCKET), with moto standing in for the
    object store: the settings a deployment without a shared disk uses."""
    import boto3
    from moto import mock_aws

    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "test")
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        for bucket in ("portal-media", "portal-private"):
            s3.create_bucket(Bucket=bucket)
        settings.PRIVATE_MEDIA_BUCKET = "portal-private"
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {"BACKEND": "storages.backends.s3.S3Storage",
                        "OPTIONS": {"bucket_name": "portal-media", "custom_domain": "media.lamvien.gov.vn",
                                    "querystring_auth": False, "default_acl": None, "file_overwrite": False}},
        }
        yield s3
