"""Where progress is kept: one folder, chosen by flag, then environment, then platform.

``tutor --data-dir DIR`` wins over ``$TUTOR_DATA_DIR``, which wins over the
platform's user data folder (``platformdirs.user_data_dir("debate-tutor")``), so a
learner, a test or a classroom machine can each point the store somewhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "debate-tutor"
DB_NAME = "progress.db"
ENV_VAR = "TUTOR_DATA_DIR"


def data_dir(explicit: Path | str | None = None) -> Path:
    """The folder holding ``progress.db``: ``explicit``, else the env var, else the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DB_NAME
