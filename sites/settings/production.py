from .base import *  # noqa: F401,F403
from django.core.exceptions import ImproperlyConfigured

from .base import CAPTCHA_TEST_MODE, SECRET_KEY, env_bool, env_list, require

DEBUG = False
SECRET_KEY = require("SECRET_KEY", SECRET_KEY)
ALLOWED_HOSTS = require("ALLOWED_HOSTS", env_list("ALLOWED_HOSTS"))
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS không được chứa «*»: liệt kê tên miền của các cổng, ví dụ .lamvien.gov.vn")
# Password reset and notification mails link to the admin here; without it they would point to localhost.
WAGTAILADMIN_BASE_URL = require("WAGTAILADMIN_BASE_URL", os.environ.get("WAGTAILADMIN_BASE_URL", ""))  # noqa: F405

if CAPTCHA_TEST_MODE:
    raise ImproperlyConfigured("CAPTCHA_TEST_MODE không được bật trong môi trường production.")

# Portals are served over HTTPS (Decree 43/2011 Điều 20) behind a proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The Wagtail editor previews pages in a same-origin iframe, so DENY would break preview.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
