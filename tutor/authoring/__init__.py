"""The instructor toolkit: scaffold, extract, lint and share debate packs.

Engine code like :mod:`tutor.packs`: no Textual or Rich import, so the commands stay
fast and the same functions serve tests, the CLI and any later front end.
"""
