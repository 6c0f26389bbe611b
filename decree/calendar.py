"""Leaders' work calendar (lịch công tác): weekly schedules under direction and administration."""
