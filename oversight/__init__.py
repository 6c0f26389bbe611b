"""Oversight of the component portals (issue 7): freshness rules, the scorecard, its exports and views.
It reads the portal registry, the decree categories and citizen input through their query functions
(decree/queries.py, comments/queries.py).

rules.py      FreshnessRule (per category, edited by the board) and the state computation
scorecard.py  the scorecard service: aggregate queries, completeness checks, score and ranking
exports.py    CSV and XLSX of the scorecard, the yearly report (Decree 43 Điều 30)
access.py     who sees which portals
views.py      Wagtail admin views and hooks (imported from wagtail_hooks.py)
board.py      the editorial board's queue across the province
digest.py     the weekly digest task (command: manage.py oversight_digest)
history.py    the daily score history (command: manage.py record_scores)
maintenance.py planned-maintenance notices and their banner (admin: maintenance_admin.py)
"""
