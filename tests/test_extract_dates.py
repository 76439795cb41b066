"""Date expressions and the release's own date, on invented lines."""

from __future__ import annotations

import pytest
from kg.loaders.base import Document

from kg.extract.dates import find_dates
from kg.extract.pipeline import release_date


def values(text: str, year: int | None = 2019) -> list[str]:
    return [d.value for d in find_dates(text, 0, len(text), year)]


@pytest.mark.parametrize(("text", "expected"), [
    ("signed on 05.09.2019 in Vladivostok", ["2019-09-05"]),  # Russian day.month.year
    ("the 2019.9.5 meeting", ["2019-09-05"]),  # Korean year.month.day
    ("on 2019-09-05", ["2019-09-05"]),
])
def test_numeric_dates(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_decimal_figures_are_not_dotted_dates() -> None:
    assert values("trade grew 1.5 percent to 12.3 billion dollars") == []


def test_russian_date_line_dates_the_release() -> None:
    text = ("Ministry news\n\nKorean investors to build a park\n\n05.09.2019\nVladivostok\n\n"
            "An agreement was signed on 4 September on the sidelines of the forum.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2019-09-05", 2019)
