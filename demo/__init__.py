"""The demo province (development and tests only; production settings do not install this app).

`manage.py seed_demo` creates it through the same provisioning, role and translation functions as real use;
its content is data (demo/data/), read by the seeders of demo/seeders/.
"""
