def test_portals_are_provisioned_for_the_suite(province, portal_a, portal_b):
    assert province.site.is_default_site
    assert {portal_a.site.hostname, portal_b.site.hostname} == {"so-a.localhost", "so-b.localhost"}
