"""The database cache of the limits (settings.base, without Redis), with an atomic incr().

Django's DatabaseCache increments by reading and writing back (two parallel requests both read 4 and both
write 5) and resets the entry's expiry while doing so; a per-address counter needs neither."""

import base64
import pickle

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.utils import timezone


class LimitsDatabaseCache(DatabaseCache):
    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self._table)
        cache_key, value, expires = (connection.ops.quote_name(name) for name in ("cache_key", "value", "expires"))
        now = connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))
        with transaction.atomic(using=db), connection.cursor() as cursor:
            # A write first: it locks the row (PostgreSQL) or the database (SQLite) until the transaction ends,
            # so the read below and the write after it cannot interleave with another request's.
            cursor.execute(f"UPDATE {table} SET {expires} = {expires} WHERE {cache_key} = %s AND {expires} >= %s",
                           [key, now])
            if cursor.rowcount == 0:
                raise ValueError(f"Key '{key}' not found")
            cursor.execute(f"SELECT {value} FROM {table} WHERE {cache_key} = %s", [key])
            (stored,) = cursor.fetchone()
            new_value = pickle.loads(base64.b64decode(stored.encode())) + delta
            encoded = base64.b64encode(pickle.dumps(new_value, self.pickle_protocol)).decode("latin1")
            cursor.execute(f"UPDATE {table} SET {value} = %s WHERE {cache_key} = %s", [encoded, key])
        return new_value
