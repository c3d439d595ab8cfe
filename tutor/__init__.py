"""debate-tutor: a policy-debate tutor for the terminal."""

__version__ = "0.1.0"
