"""Production settings refuse unsafe configurations before serving anything."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


COMPLETE = {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "lamvien.gov.vn", "WAGTAILADMIN_BASE_URL": "https://lamvien.gov.vn"}


def run_check(*options, **env):
    environment = {
        key: value for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "REDIS_URL"}
    }
    environment.update({"DJANGO_SETTINGS_MODULE": "sites.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", "check", *options], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_production_refuses_captcha_test_mode():
    result = run_check(SECRET_KEY="x" * 50, ALLOWED_HOSTS="lamvien.gov.vn", CAPTCHA_TEST_MODE="1",
                       WAGTAILADMIN_BASE_URL="https://lamvien.gov.vn")
    assert result.returncode != 0
    assert "CAPTCHA_TEST_MODE" in result.stderr


def test_production_requires_a_secret_key():
    result = run_check(ALLOWED_HOSTS="lamvien.gov.vn")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_any_host():
    result = run_check(SECRET_KEY="x" * 50, ALLOWED_HOSTS="lamvien.gov.vn,*", WAGTAILADMIN_BASE_URL="https://lamvien.gov.vn")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS không được chứa «*»" in result.stderr


def test_production_requires_the_admin_base_url():
    result = run_check(SECRET_KEY="x" * 50, ALLOWED_HOSTS="lamvien.gov.vn")
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr


def test_production_starts_with_a_complete_environment():
    result = run_check(SECRET_KEY="x" * 50, ALLOWED_HOSTS="lamvien.gov.vn", WAGTAILADMIN_BASE_URL="https://lamvien.gov.vn")
    assert result.returncode == 0, result.stderr


def test_production_without_redis_says_what_holds_the_limits():
    result = run_check("--deploy", "--fail-level", "WARNING", **COMPLETE)
    assert result.returncode != 0
    assert "home.W001" in result.stderr and "REDIS_URL" in result.stderr
    assert "portal_limits_cache" in result.stderr  # the limits' table, named


def test_production_with_redis_passes_the_deploy_check():
    result = run_check("--deploy", "--fail-level", "WARNING", REDIS_URL="redis://127.0.0.1:6379/6", **COMPLETE)
    assert result.returncode == 0, result.stderr
