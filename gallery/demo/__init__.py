"""The Urban Gallery demo: fictional artists and works by new talent at real spots in Hilversum,
in a current, a past and an upcoming exhibition, in Dutch and English.

The copy (``spots``, ``artists``, ``artworks``, ``exhibitions``) is kept apart from the code that
loads it: ``loader`` (entry point: ``load_gallery``), ``collection`` (spots, artists, artworks),
``schedule`` (relative dates and the placement rules) and ``pages`` (shared steps).
``manage.py load_gallery_demo`` runs the loader.
"""
