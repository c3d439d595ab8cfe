"""A short answer that only shares an organisation word with the key is not that answer."""

from __future__ import annotations

import pytest

from tutor.cli import main


def test_labour_party_is_not_green_party_even_when_party_is_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["grade", "--accept", "Green Party", "--accept", "Party", "Labour Party"])
    assert capsys.readouterr().out.startswith("incorrect")


def test_a_qualifier_the_key_lists_still_counts(capsys: pytest.CaptureFixture[str]) -> None:
    main(["grade", "--accept", "Green Party", "--accept", "Party", "the Green Party"])
    assert capsys.readouterr().out.startswith("correct")
