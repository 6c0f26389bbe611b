"""Content-Security-Policy (nonces on public pages), Permissions-Policy, and the violation report endpoint."""

import json
import logging
import re

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_carry_a_nonce_policy_used_by_their_inline_script(client, province):
    response = client.get("/", HTTP_HOST=province.site.hostname)
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert f'<script nonce="{nonce}">' in response.content.decode()
    assert "object-src 'none'" in policy and "report-uri /csp-report/" in policy
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_admin_has_a_policy_too(login):
    response = login("board").get("/admin/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy and "frame-ancestors 'self'" in policy


def test_a_violation_report_is_logged(client, caplog):
    report = {"csp-report": {"document-uri": "https://lamvien.gov.vn/", "violated-directive": "script-src"}}
    with caplog.at_level(logging.WARNING, logger="sites.csp"):
        response = client.post("/csp-report/", json.dumps(report), content_type="application/csp-report")
    assert response.status_code == 204
    assert "CSP violation" in caplog.text and "script-src" in caplog.text
