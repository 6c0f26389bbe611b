"""Notices of commendations and sanctions (khen thưởng, xử phạt) under direction and administration."""
