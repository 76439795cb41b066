"""Mechanism names on invented sentences: what is a channel's name and what only looks like one.

People are made up; the channels are shaped like real ones so that the rules,
not a list, decide.
"""

from __future__ import annotations

from kg.loaders.base import Document
from rdflib import RDF, RDFS

from kg.extract.pipeline import extract
from kg.namespaces import KGO


def mechanisms(body: str, title: str = "Regional cooperation news") -> set[str]:
    graph = extract(Document(text=body, key="test:mechanisms", title=title, date="2021-10-20"))
    triples = list(graph.triples)
    kinds = {s for s, p, o in triples if p == RDF.type and o == KGO.Mechanism}
    return {str(o) for s, p, o in triples if p == RDFS.label and s in kinds}


def test_lower_case_short_form_is_the_channel_named_in_full() -> None:
    found = mechanisms(
        "The second Korea-Russia Maritime Cooperation Forum opened in Busan on Oct. 19. "
        "Delegates said the Korea-Russia maritime forum would meet again next year.",
        title="Korea-Russia maritime forum opens in Busan")
    assert found == {"Korea-Russia Maritime Cooperation Forum"}


def test_lower_case_channel_alone_is_still_a_channel() -> None:
    found = mechanisms("Officials said the Korea-Russia tourism council would meet in May.")
    assert found == {"Korea-Russia Tourism Council"}


def test_sentence_opening_preposition_is_not_part_of_a_name() -> None:
    found = mechanisms(
        "The 9th Korea-Russia Strategic Dialogue was held in Seoul. Before the Dialogue, "
        "Vice Minister Ahn Tae-joon met Deputy Minister Pavel Orekhov.")
    assert found == {"Korea-Russia Strategic Dialogue"}


def test_title_before_a_body_is_not_a_channel() -> None:
    found = mechanisms(
        "Governor Lev Antonov met Park Ji-ho, Chairman of the Pacific Fisheries Council, "
        "in Khabarovsk.")
    assert found == {"Pacific Fisheries Council"}


def test_topic_after_the_head_is_the_known_channel() -> None:
    found = mechanisms("The 16th meeting of the Russian-Korean Sub-committee on Cooperation in "
                       "the Far East and Arctic was held on 2 December. The next Sub-committee "
                       "on the Far East and Arctic will meet in Seoul.")
    assert len(found) == 1


def test_a_field_after_in_belongs_to_the_name_and_a_place_does_not() -> None:
    found = mechanisms(
        "The 9th meeting of the Korea-Russia Joint Committee on Cooperation in Seismology was "
        "held in Irkutsk. The 3rd meeting of the Korea-Russia Working Group on Forestry in "
        "Khabarovsk followed on Friday.")
    assert found == {"Korea-Russia Joint Committee on Cooperation in Seismology",
                     "Korea-Russia Working Group on Forestry"}


def test_a_headlines_short_numbered_meeting_is_the_bodys_full_one() -> None:
    found = mechanisms(
        "Customs chiefs hold 12th Directors' Meeting\n\n"
        "The heads of the two customs services held the 12th Pacific Customs Directors' "
        "Meeting in Busan on October 4.")
    assert found == {"Pacific Customs Directors' Meeting"}


def test_a_headlines_verb_is_not_part_of_the_channel_it_launches() -> None:
    found = mechanisms(
        "The first meeting of the Korea-Russia Working Group on Battery Cooperation was held "
        "in Seoul on July 7.",
        title="Korea and Russia Launch Working Group on Battery Cooperation")
    assert found == {"Korea-Russia Working Group on Battery Cooperation"}


def test_a_summit_listed_before_a_forum_is_not_part_of_its_name() -> None:
    found = mechanisms("The diplomats discussed the agenda of the East Asia Summit and the "
                       "ASEAN Regional Forum.")
    assert found == {"ASEAN Regional Forum"}


def test_a_headline_clause_after_a_comma_is_not_part_of_the_name() -> None:
    found = mechanisms(
        "The 7th Joint Committee on Fisheries Cooperation was held in Seoul on Oct. 19.",
        title="Korea and Russia Hold 7th Joint Committee on Fisheries Cooperation, Agree to "
              "Protect Salmon")
    assert not any("Agree" in n for n in found)


def test_a_date_after_a_comma_is_not_part_of_the_name() -> None:
    found = mechanisms("[Photo] The heads of delegation at the 4th Korea-Russia Joint Committee "
                       "on Water Cooperation, October 19.")
    assert not any("October" in n for n in found)


def test_four_lower_case_words_before_the_head_still_name_a_channel() -> None:
    found = mechanisms("The vice ministers held the third round of the Korea-Russia vice "
                       "foreign ministerial strategic dialogue in Seoul on Tuesday.")
    assert "Korea-Russia Vice Foreign Ministerial Strategic Dialogue" in found


def test_a_committee_of_one_side_is_a_body() -> None:
    found = mechanisms(
        "The Russian Curling Federation Committee and the Korea Curling Council signed a "
        "memorandum. They will set up a Korea-Russia Curling Cooperation Council.")
    assert found == {"Korea-Russia Curling Cooperation Council"}


def test_a_counted_committee_is_a_channel_even_without_two_sides() -> None:
    found = mechanisms("The 4th meeting of the Timber Trade Committee was held in Seoul.")
    assert found == {"Timber Trade Committee"}


def test_a_related_story_and_a_hall_name_no_channel() -> None:
    found = mechanisms(
        "The forum opened at the Baikal International Exhibition and Business Centre.\n"
        "Related news:\n- Firms present goods at the Winter Technology Fair")
    assert found == set()
