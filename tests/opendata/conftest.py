from tests.decree.conftest import section  # noqa: F401  (the section of a category on a portal)
from tests.decree.test_documents import add_document, catalogue, filter_set  # noqa: F401
