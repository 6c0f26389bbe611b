"""seed_demo's merged former district: two former portals are created and merged into a commune; their old
addresses redirect, and seeding again changes nothing."""

import pytest

from demo.merge import FORMER_PORTALS, MERGED_INTO, seed_merged_district
from component_portals.models import ComponentPortal, PortalKind, PortalStatus
from component_portals.provisioning import provision_portal

from tests.component_portals.db_counts import db_counts

pytestmark = pytest.mark.django_db


def test_demo_former_portals_are_merged_and_their_old_addresses_redirect(client, province):
    target = provision_portal(name="Ủy ban nhân dân xã Tân Phú", slug=MERGED_INTO, kind=PortalKind.COMMUNE,
                              parent=province)
    seed_merged_district(province, 80)
    for slug, _kind, _name, _name_en, articles in FORMER_PORTALS:
        former = ComponentPortal.objects.get(slug=slug)
        assert former.status == PortalStatus.ARCHIVED and former.successor == target
        for article_slug, *_rest in articles:
            response = client.get(f"/tin-tuc-su-kien/{article_slug}/", HTTP_HOST=f"{slug}.localhost")
            assert response.status_code == 301
            assert response["Location"] == f"http://{MERGED_INTO}.localhost/tin-tuc-su-kien/{article_slug}/"
            assert client.get(f"/tin-tuc-su-kien/{article_slug}/", HTTP_HOST=f"{MERGED_INTO}.localhost").status_code == 200
    before = db_counts()
    seed_merged_district(province, 80)
    assert db_counts() == before
