"""Large merges in the background: the admin queues a PortalMergeJob, the worker (`manage.py db_worker
--backend background`) runs the same merge service, and the admin shows its progress, kept in the shared cache
(Redis in production) because the merge's own transaction is invisible to other connections until it commits.
A failed or interrupted job changed nothing (one transaction) and can be run again."""

import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .lifecycle import LifecycleError
from .merge import merge_portals
from .models import MergeJobStatus, PortalMergeJob

BACKGROUND = "background"
PROGRESS_TIMEOUT = 24 * 60 * 60
logger = logging.getLogger(__name__)


def progress_key(job_id):
    return f"component_portals:merge-job:{job_id}"


def job_progress(job):
    """(done, total) page groups moved so far by a running job, or None."""
    return cache.get(progress_key(job.pk))


def queue_merge(sources, target, user):
    """Record the job and enqueue it once the request's transaction commits."""
    job = PortalMergeJob.objects.create(sources=",".join(sources), target=target, requested_by=user)
    transaction.on_commit(lambda: run_merge_job.enqueue(job.pk))
    return job


@task(backend=BACKGROUND)
def run_merge_job(job_id):
    job = PortalMergeJob.objects.select_related("requested_by").filter(pk=job_id).first()
    if job is None or job.status == MergeJobStatus.DONE:
        return None
    PortalMergeJob.objects.filter(pk=job.pk).update(status=MergeJobStatus.RUNNING, error="")
    try:
        merge_portals(job.source_slugs, job.target, user=job.requested_by,
                      progress=lambda done, total: cache.set(progress_key(job.pk), (done, total), PROGRESS_TIMEOUT))
    except LifecycleError as error:
        finish(job, MergeJobStatus.FAILED, str(error))
        return None
    except Exception as error:
        logger.exception("Merge job %s failed", job.pk)
        finish(job, MergeJobStatus.FAILED, repr(error))
        raise
    finish(job, MergeJobStatus.DONE)
    return job.pk


def finish(job, status, error=""):
    PortalMergeJob.objects.filter(pk=job.pk).update(status=status, error=error, finished_at=timezone.now())
    cache.delete(progress_key(job.pk))
