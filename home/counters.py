"""Rows that anonymous requests write concurrently (a page's views of the day, a visitor's vote)."""

from django.db import IntegrityError, transaction


def update_or_insert(model, lookup, changes, initial):
    """Apply `changes` to the row of `model` matching `lookup`, or insert that row with `initial`.

    Usually one UPDATE, unlike QuerySet.update_or_create (a locking read, then a write). When a concurrent
    request inserts the same row first, the unique constraint on `lookup` refuses the insert and the update
    is applied to the winner's row."""
    if model.objects.filter(**lookup).update(**changes):
        return
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **initial)
    except IntegrityError:
        model.objects.filter(**lookup).update(**changes)
