from tests.decree.conftest import add_document, catalogue, section  # noqa: F401  (documents on a portal)
from tests.decree.test_register import filter_set  # noqa: F401
