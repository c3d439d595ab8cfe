"""The one session core that quiz, review and debate are built on, by composition.

A session owns its source of steps (a list of items, a debate plan) and hands every
graded answer to :class:`~tutor.learning.core.core.SessionCore`: it records the answer,
keeps the one scorecard, schedules the review, builds the :class:`Feedback`, takes
appeals and writes the :class:`Debrief`.
"""
