"""Sector cues on invented releases: phrases that are not sectors, what an agreement
"provides for", a committee meeting told in a relative clause, and sector words added
to the ontology. Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_a_social_security_agreement_is_not_security(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Pension talks held",
        "Date 2019-04-25",
        "Director-General Yoon Seok-ho and Deputy Minister Pavel Zorin held talks in Seoul on "
        "April 24 on a social security agreement between the two countries.",
    ))
    assert [(r["kind"], r["topics"]) for r in rows] == [("Talks", set())]


def test_what_the_agreement_provides_for_is_the_signings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions sign agreement",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo signed an agreement on cooperation in "
        "Khabarovsk on August 15. The agreement provides for joint projects in investment.",
    ))
    assert [(r["kind"], r["topics"]) for r in rows] == [("Signing", {"investment"})]


def test_what_a_committee_meeting_agreed_is_that_meetings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Environment officials meet",
        "Date 2019-08-16",
        "Director-General Lim Sang-woo met Director Pavel Zorin in Khabarovsk on August 15. "
        "Mr. Lim invited Russian specialists to the Korea-Russia Joint Committee on "
        "Environmental Cooperation, whose meeting in Seoul in June agreed to expand joint "
        "research on rare species.",
    ))
    topics = {r["mechanism"]: r["topics"] for r in rows}
    assert topics["Korea-Russia Joint Committee on Environmental Cooperation"] == {
        "environment", "science-and-technology"}
    assert topics[None] == set()


def test_new_sector_words_name_their_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Provinces agree on cooperation",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "discussed veterinary control, eco-tourism, smart city projects, urban development and "
        "wildlife conservation.",
    ))
    assert [r["topics"] for r in rows] == [
        {"agriculture", "tourism", "ict", "infrastructure", "environment"}]


def test_researchers_livestock_and_historic_sites_name_their_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Provinces agree on cooperation",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "discussed exchanges of researchers, livestock exports and the restoration of historic "
        "sites.",
    ))
    assert [r["topics"] for r in rows] == [
        {"science-and-technology", "agriculture", "culture", "trade"}]
