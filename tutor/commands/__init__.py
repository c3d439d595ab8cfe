"""Subcommands of ``tutor``: each module has ``add_arguments(parser)`` and ``run(args)``."""
