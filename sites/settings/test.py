from .base import *  # noqa: F401,F403
from .base import env_list

# The demo province (`seed_demo`) is for development and tests; production never installs it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or ["localhost", ".localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A copy: base's dict stays what production uses (tests/sites/test_static_files.py reads it).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "media-test"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "media-test-private"  # noqa: F405
CAPTCHA_TEST_MODE = True
# The test client's host («testserver») names no portal; tests of unknown hosts turn this off.
SERVE_UNKNOWN_HOSTS = True
# Tests never contact Google and never need a worker: background tasks are only recorded.
RECAPTCHA_PUBLIC_KEY = ""
RECAPTCHA_PRIVATE_KEY = ""
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
}
# Tests run in one process whose cache is emptied before each test (tests/conftest.py): the site's chrome
# (home/chrome.py) may live as long as with a shared cache, so that a slow machine cannot expire it between
# the two requests of a test that counts queries.
SITE_CHROME_SECONDS = 600
# Tests that are about caching turn it on (tests/sites/test_page_cache.py): elsewhere a page read twice in
# a test must show what the test just changed without publishing.
PAGE_CACHE_SECONDS = 0
