"""Plain mode and launching: sessions as text lines, for pipes, scripts and screen readers.

:mod:`~tutor.plain.render` turns turns and feedback into text, :mod:`~tutor.plain.driver`
reads answers line by line, and :mod:`~tutor.plain.launch` is what ``tutor quiz``,
``review`` and ``debate`` share: packs, the store, and the app or plain mode.
"""
