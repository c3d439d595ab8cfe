"""Debate packs: the format (``models``), reading and checking files, and the library.

Nothing is imported here, so ``import tutor.packs.models`` does not pull in the checks
and the app's start-up stays fast. Entry points: :mod:`tutor.packs.library`
(``load_library``, ``load_pack``, ``check_pack``) and :mod:`tutor.packs.quotes`.
"""
