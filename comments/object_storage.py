"""Citizens' attachments in a private bucket of S3-compatible object storage (PRIVATE_MEDIA_BUCKET), for
several application servers without a shared disk. Imported only when that bucket is set, so boto3 is not
loaded otherwise."""

from django.conf import settings
from storages.backends.s3 import S3Storage


class PrivateObjectStorage(S3Storage):
    """Objects with no address at all, not even a signed one: moderators download them through the admin."""

    def __init__(self, **options):
        super().__init__(**{**settings.OBJECT_STORAGE_OPTIONS, "bucket_name": settings.PRIVATE_MEDIA_BUCKET,
                            "default_acl": "private", **options})

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("A private file has no public address; moderators download it through the admin.")
