"""Oversight of the component portals (issue 7): freshness rules, the scorecard, its exports and views.

rules.py      FreshnessRule (per category, editable by the monitor) and the state computation
scorecard.py  the scorecard service: aggregate queries, completeness checks, score and ranking
exports.py    CSV and XLSX of the scorecard, the yearly report (Decree 43 Điều 30)
access.py     who sees which portals
views.py      Wagtail admin views and hooks (imported from component_portals/wagtail_hooks.py)
board.py      the editorial board's queue across the province
digest.py     the weekly digest task (command: manage.py oversight_digest)
"""
