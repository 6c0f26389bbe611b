"""Large merges run in the background: the admin queues a job instead of merging in the request, the worker
runs the merge service and the portal list shows the job; a failed job changed nothing and can be queued
again."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django_tasks import task_backends

from component_portals.merge_tasks import progress_key, run_merge_job
from component_portals.models import ComponentPortal, MergeJobStatus, PortalMergeJob, PortalStatus
from wagtail.actions.move_page import MovePageAction

from .db_counts import db_counts
from ..factories import add_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_queue(settings):
    settings.PORTAL_MERGE_INLINE_PAGES = 0  # every merge is "large"
    task_backends["background"].clear()


def confirm_merge(login, source, target, django_capture_on_commit_callbacks):
    admin = login("superuser")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(reverse("component_portals_lifecycle:merge", args=[source.slug]),
                              {"into": target.slug, "confirm": "1"}, follow=True)
    return admin, response


def test_a_large_merge_is_queued_then_run_by_the_worker(login, portal_a, portal_b, django_capture_on_commit_callbacks):
    add_article(portal_b, "Xã B xây cầu")
    before = db_counts()
    admin, response = confirm_merge(login, portal_b, portal_a, django_capture_on_commit_callbacks)
    assert "đã được đưa vào hàng đợi" in response.content.decode()
    assert db_counts() == before  # nothing merged in the request
    job = PortalMergeJob.objects.get()
    assert [result.args for result in task_backends["background"].results] == [[job.pk]]
    assert "Chờ chạy" in admin.get(reverse("component_portals_admin:index")).content.decode()

    cache.set(progress_key(job.pk), (3, 17))
    PortalMergeJob.objects.filter(pk=job.pk).update(status=MergeJobStatus.RUNNING)
    assert "3/17 nhóm trang" in admin.get(reverse("component_portals_admin:index")).content.decode()

    run_merge_job.call(job.pk)
    job.refresh_from_db()
    assert job.status == MergeJobStatus.DONE and job.finished_at
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ARCHIVED


def test_a_failed_job_changed_nothing_and_runs_again(login, portal_a, portal_b, monkeypatch,
                                                     django_capture_on_commit_callbacks):
    admin, _response = confirm_merge(login, portal_b, portal_a, django_capture_on_commit_callbacks)
    job = PortalMergeJob.objects.get()
    before = db_counts()
    real_execute, calls = MovePageAction.execute, {"n": 0}

    def crash_half_way(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 6:
            raise RuntimeError("worker killed")
        return real_execute(self, *args, **kwargs)

    monkeypatch.setattr(MovePageAction, "execute", crash_half_way)
    with pytest.raises(RuntimeError):
        run_merge_job.call(job.pk)
    job.refresh_from_db()
    assert job.status == MergeJobStatus.FAILED and "worker killed" in job.error
    counts = db_counts()
    counts.pop("PortalMergeJob", None)
    assert counts == before and ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ACTIVE

    monkeypatch.setattr(MovePageAction, "execute", real_execute)
    task_backends["background"].clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(reverse("component_portals_merge_job_retry", args=[job.pk]))
    assert len(task_backends["background"].results) == 1
    run_merge_job.call(job.pk)
    job.refresh_from_db()
    assert job.status == MergeJobStatus.DONE
    assert ComponentPortal.objects.get(pk=portal_b.pk).successor_id == portal_a.pk
