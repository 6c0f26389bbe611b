"""Settings shared by every environment. Everything that differs between machines comes from the
environment (see the README's configuration table)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from .search_backends import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "home",
    "component_portals",
    "decree",
    "search",
    "comments",
    "oversight",
    "opendata",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "sites.middleware.PermissionsPolicyMiddleware",
    "sites.middleware.AdminScriptPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "sites.middleware.UnknownHostMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.second_factor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Old hostnames of renamed and merged portals answer 301 (component_portals/addresses.py).
    "component_portals.addresses.RetiredHostnameMiddleware",
    # Last, as django-axes asks: turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in (accounts/): django-axes counts failed logins per account and per address in the database and
# refuses both for a while after AXES_FAILURE_LIMIT failures; the board or a superuser can unlock earlier
# (admin «Tài khoản bị khóa», or `manage.py axes_reset_username U` / `axes_reset_ip A`).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "home.limits.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_VERBOSE = True
# Two-factor sign-in (django-otp): TOTP apps and single-use recovery codes, required for approvers, the
# board, the monitor and superusers, offered to editors (accounts/second_factor.py).
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Cổng thông tin điện tử")

ROOT_URLCONF = "sites.urls"
WSGI_APPLICATION = "sites.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "oversight.maintenance.maintenance_notices",
            ],
        },
    },
]

# DATABASE_URL selects the database; the default is a SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite serves a small portal well once it waits for locks instead of failing on them.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20})

# Two caches. "default" holds what may be recomputed (site lookups, settings, fragments); "limits" holds only
# the per-address counters and captcha answers (home/limits.py), so that no other traffic can evict them.
# REDIS_URL selects Redis for both, shared by every process. Without it "default" lives in each process's
# memory and "limits" in a table of the database (created by home/migrations/0006), which every worker
# process shares and which removes nothing before it expires.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "portal")
LIMITS_CACHE_TABLE = "portal_limits_cache"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        },
        "limits": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-limits",
        },
    }
else:
    CACHES = {
        # Pages keep parts of their own (home/chrome.py `page_cached`): Django's default of 300 entries would
        # keep evicting the menus and banners that every page needs.
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}},
        "limits": {
            "BACKEND": "home.cache.LimitsDatabaseCache",
            "LOCATION": LIMITS_CACHE_TABLE,
            # Far above what the windows (an hour at most) accumulate: expired entries go first, live ones stay.
            "OPTIONS": {"MAX_ENTRIES": 10_000_000},
        },
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content-Security-Policy (django-csp) on every public page and the admin: scripts only from this host or with
# the response's nonce (the inline scripts of our templates carry it), Google's reCAPTCHA when a portal uses it
# (no video embeds: wagtail.embeds is not installed); inline styles stay allowed (Wagtail's admin sets style attributes). Violations are reported to
# /csp-report/ and logged (logger "sites.csp").
RECAPTCHA_SOURCES = ["https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/",
                     "https://www.recaptcha.net/recaptcha/"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *RECAPTCHA_SOURCES],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *RECAPTCHA_SOURCES],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "report-uri": "/csp-report/",
    },
}
ADMIN_PATH_PREFIX = "/admin/"
# A refused form post (no or stale CSRF cookie) gets the Vietnamese «Biểu mẫu đã hết hiệu lực» page.
CSRF_FAILURE_VIEW = "sites.errors.csrf_failure"
# A host that no portal's Site names gets 404; on, it is served the provincial portal (the default site).
SERVE_UNKNOWN_HOSTS = env_bool("SERVE_UNKNOWN_HOSTS", False)
# No avatars from gravatar.com: the admin loads nothing from another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Browser features no portal page uses (sites/middleware.py).
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

# Languages: Vietnamese is the default and lives at the root, English under /en/.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The project's own interface strings (msgids are Vietnamese): locale/<code>/LC_MESSAGES/django.po (README, Languages).
# locale/admin/vi: the Vietnamese admin, completing and overriding Wagtail's and Django's own catalogues (their
# msgids are English, so makemessages, which keeps only our msgids, must not own that catalogue).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
# Day-first date input for every form, widget and filter, in both languages (sites/formats/day_first.py);
# the same lists serve when no language is active (commands).
FORMAT_MODULE_PATH = ["sites.formats"]
from sites.formats.day_first import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS  # noqa: E402,F401

TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Files citizens attach to questions: outside MEDIA_ROOT, never served as files (comments/models.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several application servers without a shared disk keep uploads on S3-compatible object storage
# (django-storages; MinIO, Ceph, a cloud's S3): images and documents in MEDIA_BUCKET, citizens' attachments in
# PRIVATE_MEDIA_BUCKET. Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Image renditions are
# linked at MEDIA_PUBLIC_HOST (the bucket's public host for images/ and original_images/ only); documents are
# never linked there: they go through Wagtail's serve view, which checks privacy and streams the file.
MEDIA_BUCKET = os.environ.get("MEDIA_BUCKET", "")
PRIVATE_MEDIA_BUCKET = os.environ.get("PRIVATE_MEDIA_BUCKET", "")
MEDIA_PUBLIC_HOST = os.environ.get("MEDIA_PUBLIC_HOST", "")
OBJECT_STORAGE_OPTIONS = {
    "endpoint_url": os.environ.get("MEDIA_ENDPOINT_URL") or None,
    "region_name": os.environ.get("MEDIA_REGION") or None,
    "file_overwrite": False,
}
if MEDIA_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**OBJECT_STORAGE_OPTIONS, "bucket_name": MEDIA_BUCKET, "default_acl": None,
                    "custom_domain": MEDIA_PUBLIC_HOST or None, "querystring_auth": not MEDIA_PUBLIC_HOST},
    }
    if MEDIA_PUBLIC_HOST:
        CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(f"https://{MEDIA_PUBLIC_HOST}")
# Never a redirect to the storage's own address (Wagtail's default for remote storage): that address would
# skip the privacy check of a document in a restricted collection.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cong-thong-tin@localhost")

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Cổng thông tin điện tử")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
# Search: Wagtail's database backend, or an OpenSearch cluster with SEARCH_URL (search_backends.py).
WAGTAILSEARCH_BACKENDS = search_backends(DATABASES["default"]["ENGINE"], os.environ)
# Wagtail's autosave is off: a new page autosaved while the editor clicks «Gửi duyệt» is created twice over,
# and the create form is refused with «Địa chỉ trang … đã có trang khác cùng mục dùng» beside a stray draft
# (tests/e2e/test_admin_journey.py met it). Editors save with «Lưu bản nháp» (Ctrl+S).
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILDOCS_EXTENSIONS = ["csv", "doc", "docx", "odt", "ods", "pdf", "ppt", "pptx", "rtf", "txt", "xls", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Replacing the file behind a published page needs the right to publish that page (component_portals/files.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "component_portals.files.PublishedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "component_portals.files.PublishedDocumentForm"
# The admin's date picker shows and writes the first of the day-first input formats.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
# Page addresses are ASCII: titles fold the way search folds (đ→d, home/text.py), in the admin and in code.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No avatar from Gravatar: it would send a hash of every official's e-mail address abroad.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "home.forms.AdminLoginForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The self-hosted captcha accepts the answer "PASSED" when this is on; production settings refuse it.
CAPTCHA_TEST_MODE = env_bool("CAPTCHA_TEST_MODE", False)

# Google reCAPTCHA for citizen input on every portal that sets no keys of its own (PortalSettings). Without
# keys anywhere the self-hosted image captcha is used, so intranets without internet work.
RECAPTCHA_PUBLIC_KEY = os.environ.get("RECAPTCHA_PUBLIC_KEY", "")
RECAPTCHA_PRIVATE_KEY = os.environ.get("RECAPTCHA_PRIVATE_KEY", "")
RECAPTCHA_VERSION = os.environ.get("RECAPTCHA_VERSION", "v2")  # "v2" (checkbox) or "v3" (score)
RECAPTCHA_REQUIRED_SCORE = float(os.environ.get("RECAPTCHA_REQUIRED_SCORE", "0.5"))
RECAPTCHA_VERIFY_REQUEST_TIMEOUT = 5

# The request header that carries the client address when a proxy sits in front (e.g. "X-Forwarded-For";
# its right-most address is used). Empty: REMOTE_ADDR. Used by the per-address limits of citizen input.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")

# Background tasks (django-tasks). Wagtail's own housekeeping tasks keep the default, immediate backend;
# work that must not run inside a request (mail to moderators) goes to "background", a database queue run
# by `python manage.py db_worker --backend background`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def require(name, value):
    if not value:
        raise ImproperlyConfigured(f"Thiếu biến môi trường {name}.")
    return value


# --- Serving and caching (issue 14; README «Triển khai») ---
# Anonymous pages are shared: the application keeps them in its cache (REDIS_URL in production) and tells a
# caching proxy it may keep them (`s-maxage`); both are purged on publish (home/purge.py). 0 turns both off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# The application's own page cache. It must be shared by every worker, or a purge handled by one worker
# leaves the others serving the old page: on by default only with REDIS_URL (and in dev, one process).
APP_PAGE_CACHE = env_bool("APP_PAGE_CACHE", bool(REDIS_URL))
# How long the menu, banners and filter choices of a site live in the cache (home/chrome.py); unset: hours with
# a shared cache (Redis), seconds with the per-process default.
SITE_CHROME_SECONDS = int(os.environ["SITE_CHROME_SECONDS"]) if os.environ.get("SITE_CHROME_SECONDS") else None
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1, "home.page_cache.PageCacheMiddleware")
WAGTAILFRONTENDCACHE = {"application": {"BACKEND": "home.cache_backends.PageCacheBackend"}}
# The caching proxy (Varnish, deploy/varnish/portal.vcl) that accepts PURGE, e.g. http://127.0.0.1:6081
if os.environ.get("CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "home.cache_backends.VarnishBackend",
        "LOCATION": os.environ["CACHE_PURGE_URL"],
        # After a publish, the purged addresses are asked for again through the proxy, this many at a time
        # (home/rewarm.py; about the number of gunicorn workers). 0: readers render them.
        "REWARM_THREADS": int(os.environ.get("CACHE_REWARM_THREADS", "2")),
    }
# /sitemap.xml becomes an index of one sitemap per section past this many pages (home/sitemaps.py).
SITEMAP_SPLIT_AT = int(os.environ.get("SITEMAP_SPLIT_AT", "5000"))
# Each translation is its own page with its own address, purged when it changes: no per-language rewriting.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Documents go through Wagtail's serve view (privacy checked); with nginx in front the file itself is then
# sent by nginx from an internal location (X-Accel-Redirect, deploy/nginx/portal.conf).
if env_bool("SENDFILE_NGINX", False):
    SENDFILE_BACKEND = "sites.sendfile_nginx"
    SENDFILE_URL = "/protected-media/"
