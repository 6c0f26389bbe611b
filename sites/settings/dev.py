from .base import *  # noqa: F401,F403
from .base import env_bool, env_list

# The demo province (`seed_demo`) is for development and tests; production never installs it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-secret-key-never-use-in-production"  # noqa: F405
# Every component portal answers on <slug>.localhost during development.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or ["localhost", ".localhost", "127.0.0.1", "[::1]"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The development server is one process: its memory is a shared enough page cache (README «Triển khai»).
APP_PAGE_CACHE = env_bool("APP_PAGE_CACHE", True)
