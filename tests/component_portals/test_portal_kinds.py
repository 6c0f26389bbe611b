"""Portal kinds follow the two-level local government of 1 July 2025: communes, wards and special zones;
district portals exist only as archives."""

import importlib

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from component_portals.models import ComponentPortal, PortalKind, PortalStatus
from component_portals.provisioning import provision_portal

kinds_migration = importlib.import_module("component_portals.migrations.0009_portal_kinds_two_level_government")


def test_a_new_portal_cannot_be_a_district(province):
    with pytest.raises(CommandError) as raised, translation.override("vi"):
        call_command("create_portal", "--name", "UBND huyện Cũ", "--slug", "huyen-cu", "--kind", "district")
    message = str(raised.value)
    assert "không phải loại cổng hợp lệ" in message
    for kind in ("commune", "ward", "special_zone"):
        assert kind in message
    assert not ComponentPortal.objects.filter(slug="huyen-cu").exists()


@pytest.mark.parametrize("kind", ["ward", "special_zone"])
def test_a_ward_or_special_zone_portal_can_be_created(province, kind):
    call_command("create_portal", "--name", "UBND Thử Nghiệm", "--slug", f"thu-{kind}".replace("_", "-"), "--kind", kind)
    assert ComponentPortal.objects.get(slug=f"thu-{kind}".replace("_", "-")).kind == kind


def test_existing_commune_portals_named_ward_or_special_zone_are_migrated(province):
    names = {
        "phuong-cu": "Ủy ban nhân dân phường Cũ",
        "dac-khu-cu": "Ủy ban nhân dân đặc khu Hòn Cũ",
        "xa-cu": "Ủy ban nhân dân xã Cũ",
        "thi-tran-cu": "Ủy ban nhân dân thị trấn Cũ",
    }
    for slug, name in names.items():
        provision_portal(name=name, slug=slug, kind=PortalKind.COMMUNE, parent=province)
    kinds_migration.split_communes(apps, None)
    kinds = dict(ComponentPortal.objects.filter(slug__in=names).values_list("slug", "kind"))
    assert kinds == {"phuong-cu": "ward", "dac-khu-cu": "special_zone", "xa-cu": "commune", "thi-tran-cu": "commune"}
    kinds_migration.merge_communes(apps, None)
    assert set(ComponentPortal.objects.filter(slug__in=names).values_list("kind", flat=True)) == {"commune"}


def test_province_home_lists_communes_wards_and_special_zones_together_in_vietnamese_order(client, province, portal_b):
    provision_portal(name="Ủy ban nhân dân đặc khu Hòn Ngọc", slug="dac-khu", kind=PortalKind.SPECIAL_ZONE, parent=province)
    provision_portal(name="Ủy ban nhân dân phường Đông Sơn", slug="dong-son", kind=PortalKind.WARD, parent=province)
    provision_portal(name="Ủy ban nhân dân phường Dương Hòa", slug="duong-hoa", kind=PortalKind.WARD, parent=province)
    archived = provision_portal(name="Ủy ban nhân dân huyện Cũ", slug="huyen-cu", kind=PortalKind.DISTRICT, parent=province)
    archived.status = PortalStatus.ARCHIVED
    archived.save()
    html = client.get("/", HTTP_HOST=province.site.hostname).content.decode()
    assert "Xã, phường, đặc khu" in html
    assert "Xã, phường, thị trấn" not in html and "huyện Cũ" not in html
    group = html[html.index("Xã, phường, đặc khu"):]
    order = [group.index(name) for name in (
        "Ủy ban nhân dân đặc khu Hòn Ngọc", "Ủy ban nhân dân phường Dương Hòa", "Ủy ban nhân dân phường Đông Sơn",
        "Xã Thử Nghiệm B",
    )]
    assert order == sorted(order), "đ after d, and U before X"
