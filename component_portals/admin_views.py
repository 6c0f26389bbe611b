"""The superuser-only admin area that lists portals and creates them."""
