import uuid

import pytest
from django.core.cache import cache

from component_portals.models import PortalKind
from component_portals.provisioning import provision_portal
from tests.conftest import PORTAL_A_SLUG, PROVINCE_SLUG
from tests.e2e.conftest import ensure_platform_base

PAGE_CACHE_SECONDS = 600


@pytest.fixture
def page_cache(settings):
    """The application's page cache on, in a cache of its own (with REDIS_URL it may be shared)."""
    settings.PAGE_CACHE_SECONDS = PAGE_CACHE_SECONDS
    settings.APP_PAGE_CACHE = True
    settings.CACHES = {
        alias: {**config, "KEY_PREFIX": f"{config.get('KEY_PREFIX', '')}page-cache-test-{uuid.uuid4().hex}"}
        for alias, config in settings.CACHES.items()
    }
    yield cache


@pytest.fixture
def live_portals(transactional_db):
    """The provincial portal and portal A, provisioned inside a transactional test (its database does not keep
    the session's portals): (province, portal_a)."""
    ensure_platform_base()
    province = provision_portal(
        name="Ủy ban nhân dân tỉnh Thử Nghiệm", slug=PROVINCE_SLUG, kind=PortalKind.PROVINCE,
        hostname="localhost", name_en="Test Province",
    )
    portal_a = provision_portal(name="Sở Thử Nghiệm A", slug=PORTAL_A_SLUG, kind=PortalKind.DEPARTMENT, parent=province)
    return province, portal_a
