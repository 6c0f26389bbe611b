"""Demo content for every mandatory category, one module per category; used by `seed_demo`."""
