"""``tutor serve``: the app in the browser through textual-serve (the ``class`` extra)."""
