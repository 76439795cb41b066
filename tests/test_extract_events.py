"""Events, participants and topics on invented sentences: one test per rule.

Each text is written for this file (invented officials, invented wording) so that a
rule is checked on language it was not tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kg.loaders.sources import iter_documents

from kg.extract.pipeline import extract
from kg.namespaces import KGO


def _graph(tmp_path: Path, text: str):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    docs = [d for d in iter_documents([str(path)]) if not isinstance(d, Exception)]
    return extract(docs[0])


def _facts(out) -> dict:
    """event IRI -> {"mechanism", "ordinal", "date", "place", "people", "topics"}."""
    events: dict = {}
    for s, p, o, *_ in out.all_triples():
        if p == KGO.eventKind:
            events.setdefault(s, {"mechanism": None, "ordinal": None, "date": None,
                                  "place": None, "people": set(), "topics": set(),
                                  "kind": str(o).rsplit("#", 1)[-1]})
    for s, p, o, *_ in out.all_triples():
        if s not in events:
            continue
        row = events[s]
        if p == KGO.ofMechanism:
            row["mechanism"] = out.label_of(o)
        elif p == KGO.ordinal:
            row["ordinal"] = int(o)
        elif p == KGO.date:
            row["date"] = str(o)
        elif p == KGO.place:
            row["place"] = out.label_of(o)
        elif p == KGO.participant:
            row["people"].add(out.label_of(o))
        elif p == KGO.topic:
            row["topics"].add(str(o).rsplit("/", 1)[-1])
    return events


def _text(*paragraphs: str) -> str:
    """Title, then paragraphs, each one line as releases write them."""
    return "\n\n".join(paragraphs) + "\n"


def _rows(tmp_path: Path, text: str) -> list[dict]:
    return sorted(_facts(_graph(tmp_path, text)).values(), key=lambda r: r["date"] or "")


def test_mentions_in_one_sentence_keep_their_own_venue_and_date(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Preview',
        'Date 2022-03-01',
        '1. Director-General Kim Do-hyun will visit Busan on March 8 to attend the sixth '
        'Korea-Russia Policy Dialogue on Maritime Affairs with Director Pavel Sorokin.',
        '2. At the dialogue, the two sides will review the outcome of the fourth Eastern '
        'Economic Forum held in Vladivostok from September 4 to 6, and discuss '
        'cooperation in fisheries and logistics, as well as the preparations for the 9th '
        'meeting of the Korea-Russia Joint Committee on Maritime Cooperation, to be held '
        'in Moscow in May. ',
    ))
    by_ordinal = {r["ordinal"]: r for r in rows}
    assert by_ordinal[9]["place"] == "Moscow" and by_ordinal[9]["date"] == "2022-05"
    assert by_ordinal[4]["place"] == "Vladivostok"
    assert by_ordinal[6]["place"] == "Busan" and by_ordinal[6]["date"] == "2022-03-08"
    assert len([r for r in rows if r["ordinal"] is None and r["mechanism"]]) == 0
    assert {"fisheries", "logistics"} <= by_ordinal[6]["topics"]
    assert not by_ordinal[4]["topics"] and not by_ordinal[9]["topics"]


def test_weekday_of_an_announced_meeting_is_the_next_one(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "S. Korea, Russia to hold maritime talks",
        "BUSAN, March 2 (Yonhap) -- The ministry said Wednesday that Vice Minister Kim "
        "Do-hyun will co-chair the 7th meeting of the Korea-Russia Joint Committee on "
        "Maritime Cooperation with Deputy Minister Pavel Sorokin in Busan on Friday.",
        "The committee last met in 2021.",
    ))
    numbered = [r for r in rows if r["ordinal"] == 7]
    assert numbered and numbered[0]["date"] == "2022-03-04"


def test_noun_only_meeting_is_an_event(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Minister meets Korean delegation',
        '12 May 2020',
        'Ivan Petrenko, Minister of Fisheries of the Russian Federation, said at a '
        'meeting in Magadan with a Korean delegation led by Vice Minister of Oceans and '
        'Fisheries Choi Min-seok.',
        'The parties discussed cooperation in fisheries and fish processing. ',
    ))
    talks = [r for r in rows if r["mechanism"] is None]
    assert talks and talks[0]["place"] == "Magadan" and talks[0]["date"] == "2020-05-12"
    assert {"Ivan Petrenko", "Choi Min-seok"} <= talks[0]["people"]
    assert "fisheries" in talks[0]["topics"]


def test_side_visit_and_signing_are_two_events(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Provinces sign tourism deal',
        'ULSAN, May 10 (Yonhap) -- Ulsan Mayor Kang Ho-jin and Governor Pavel Sorokin, '
        'who is on a visit to Ulsan on May 9-10, signed a memorandum on tourism '
        'cooperation in Ulsan. ',
        'The two cities became sister cities in 2015.',
    ))
    kinds = {r["kind"]: r for r in rows}
    assert kinds["Visit"]["date"].endswith("-05-09")
    assert kinds["Signing"]["date"].endswith("-05-10")
    assert "tourism" in kinds["Signing"]["topics"] and not kinds["Visit"]["topics"]


def test_talks_on_a_visit_own_the_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Minister visits Far East',
        'Date 2021-07-20',
        '1. Minister Park Ji-hoon visited Khabarovsk from July 18 to 20.',
        '2. On July 19, Minister Park held talks in Khabarovsk with Governor Pavel '
        'Sorokin.',
        '3. After the talks, the two sides agreed to expand cooperation in agriculture '
        'and healthcare.',
        '4. During his stay, Minister Park visited a local university. ',
    ))
    visits = [r for r in rows if r["kind"] == "Visit"]
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert len(visits) == 1 and not visits[0]["topics"]
    assert talks[0]["date"] == "2021-07-19"
    assert {"agriculture", "health"} <= talks[0]["topics"]


def test_earlier_meetings_of_the_same_pair(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Outcome of talks',
        'Date 2019-10-30',
        '1. Minister Park Ji-hoon held talks with Minister Pavel Sorokin of Russia in '
        'Seoul on October 30.',
        'o The talks followed their meeting in Busan on June 2 and their talks in Moscow '
        'on August 9. ',
    ))
    dated = {r["date"]: r for r in rows}
    assert dated["2019-06-02"]["place"] == "Busan"
    assert dated["2019-08-09"]["people"] == {"Park Ji-hoon", "Pavel Sorokin"}


@pytest.mark.parametrize("word", ["finance ministry", "trade ministry"])
def test_ministry_words_are_not_sectors(tmp_path: Path, word: str) -> None:
    rows = _rows(tmp_path, _text(
        'Talks',
        'Date 2019-10-30',
        '1. Minister Park Ji-hoon held talks with Minister Pavel Sorokin of Russia in '
        f'Seoul on October 30, the {word} said. ',
    ))
    assert all(not r["topics"] for r in rows)


def test_second_forum_is_the_forum_named_last(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Results of the 5th meeting",
        "Date 2019-11-02",
        "1. Vice Minister Park Ji-hoon held the 5th meeting of the Korea-Russia Joint "
        "Committee on Maritime Cooperation with Deputy Minister Pavel Sorokin in Busan on "
        "November 1, after the Eastern Economic Forum held in Vladivostok in September.",
        "2. The two sides noted that the first Korea-Russia Regional Cooperation Forum, held "
        "in Ulsan in June, was a success, and agreed to make the second forum, to be held in "
        "Khabarovsk next year, a success.",
    ))
    forums = {r["ordinal"]: r for r in rows
              if r["mechanism"] and "Regional Cooperation Forum" in r["mechanism"]}
    assert forums[2]["place"] == "Khabarovsk" and forums[2]["date"] == "2020"
    assert not [r for r in rows if r["mechanism"] == "Eastern Economic Forum" and r["ordinal"]]


def test_its_numbered_meeting_and_it_refers_back(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Roadmap",
        "Date 2020-03-05",
        "1. The Presidential Committee on Arctic Cooperation on March 4 adopted a plan at its "
        "second plenary meeting in Sejong.",
        "2. The Korea-Russia Joint Committee on Maritime Cooperation is a ministerial channel. "
        "It held its first meeting in May 2010.",
    ))
    plenary = [r for r in rows if r["ordinal"] == 2]
    assert plenary and plenary[0]["mechanism"] is None and plenary[0]["place"] == "Sejong"
    first = [r for r in rows if r["ordinal"] == 1]
    assert first and first[0]["mechanism"] and first[0]["date"] == "2010-05"


def test_ceremony_and_next_meeting_without_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ferry resumes",
        "DONGHAE, June 3 (Yonhap) -- A ferry to Vladivostok resumed service on Monday after a "
        "pause in 2019.",
        '"This route is our gateway," Mayor Kim Tae-woo said at a ceremony at the port.',
        "Consul General Pavel Sorokin, who attended the ceremony, praised the route.",
        "The two cities hold an annual mayors' meeting. The next meeting will take place in "
        "Vladivostok in August.",
    ))
    ceremony = [r for r in rows if r["date"] and r["date"].endswith("-06-03")]
    assert ceremony and ceremony[0]["people"] == {"Kim Tae-woo", "Pavel Sorokin"}
    assert ceremony[0]["place"] == "Donghae"
    assert [r for r in rows if r["place"] == "Vladivostok" and r["date"].endswith("-08")]


def test_someone_named_as_someones_is_not_a_participant(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Talks",
        "Date 2021-06-17",
        "1. Vice Minister Park Ji-hoon held talks with Deputy Minister Pavel Sorokin in Moscow "
        "on June 17.",
        "2. Vice Minister Park also called on Mr. Sorokin's superior, Minister Ivan Petrenko, "
        "on the same day.",
    ))
    call = [r for r in rows if "Ivan Petrenko" in r["people"]]
    assert call and "Pavel Sorokin" not in call[0]["people"]
    assert call[0]["date"] == "2021-06-17"


def test_sectors_after_a_channel_to_be_held_belong_to_the_summit(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Summit",
        "Sep 08, 2019",
        "President Kim Tae-woo on Sept. 8 spoke at the plenary session of the fifth Eastern "
        "Economic Forum in Vladivostok.",
        "A day earlier, President Kim held a summit with President Pavel Sorokin in "
        "Vladivostok. The two leaders agreed to hold the first Korea-Russia Regional "
        "Cooperation Forum next year, and to raise bilateral trade.",
        "At the summit, the two governments signed agreements on cooperation in fisheries.",
    ))
    summit = [r for r in rows if r["kind"] == "Summit"]
    assert summit and summit[0]["date"] == "2019-09-07"
    assert {"trade", "fisheries"} <= summit[0]["topics"]
    forum = [r for r in rows if r["mechanism"] and "Regional" in r["mechanism"]]
    assert forum and not forum[0]["topics"]


def test_sectors_follow_the_latest_occasion_of_the_officials_named(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Outcome of the 4th Strategic Dialogue",
        "Date 2019-11-22",
        "1. Vice Minister Park Ji-hoon held the 4th Korea-Russia Strategic Dialogue with "
        "Deputy Minister Pavel Sorokin in Moscow on November 21.",
        "2. The two sides discussed cooperation in healthcare.",
        "3. On November 22, Vice Minister Park met with Governor Ivan Petrenko in Vladivostok.",
        "4. Vice Minister Park asked for the governor's support for Korean tourists.",
    ))
    dialogue = [r for r in rows if r["ordinal"] == 4][0]
    talks = [r for r in rows if "Ivan Petrenko" in r["people"]][0]
    assert "health" in dialogue["topics"] and "tourism" not in dialogue["topics"]
    assert "tourism" in talks["topics"]


def test_stay_clause_dates_the_visit_not_the_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Talks in the capital',
        'March 3, 2021, 12:00',
        'Government House, Kazan',
        'Oleg Kravets held talks with Prime Minister of the Republic of Korea Seo Jin-ho, '
        'who is in Russia on an official visit from March 2 to 4.',
        'The two sides discussed cooperation in agriculture.',
        'President of Russia Oleg Kravets: Dear colleagues, thank you.',
    ))
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert talks and talks[0]["date"] == "2021-03-03" and talks[0]["place"] == "Kazan"
    assert {"Oleg Kravets", "Seo Jin-ho"} <= talks[0]["people"]


def test_inaugural_round_and_the_following_year(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Forum opens',
        'Date 2022-05-01',
        'The third Korea-Russia Interregional Cooperation Forum opened in Busan on April 30.',
        'The forum was inaugurated in 2019 in Ulsan, and its second round took place in '
        'Khabarovsk the following year.',
    ))
    by_ordinal = {r["ordinal"]: r for r in rows if r["mechanism"]}
    assert by_ordinal[1]["place"] == "Ulsan" and by_ordinal[1]["date"] == "2019"
    assert by_ordinal[2]["place"] == "Khabarovsk" and by_ordinal[2]["date"] == "2020"


def test_respective_rounds_and_compound_ordinals(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Outcome of the Ninth Korea-Russia Strategic Dialogue',
        'Date 2020-02-10',
        '1. Vice Minister Han Seok-jin held the ninth Korea-Russia Strategic Dialogue with '
        'Deputy Minister Pyotr Orlov in Seoul on February 7.',
        '2. The third and fourth rounds took place in Moscow in 2014 and in Seoul in 2016, '
        'respectively.',
        '3. The next, twenty-first meeting of the Commission will be held in Seoul in 2021.',
    ))
    by_ordinal = {r["ordinal"]: r for r in rows if r["mechanism"]}
    assert by_ordinal[3]["place"] == "Moscow" and by_ordinal[3]["date"] == "2014"
    assert by_ordinal[4]["place"] == "Seoul" and by_ordinal[4]["date"] == "2016"


def test_the_two_ministers_met_on_the_sidelines(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Ministers meet',
        'HANOI, July 5 (Yonhap) -- Foreign Minister Baek Ji-won and her Russian counterpart '
        'Oleg Kravets agreed Friday to expand trade, the ministry said.',
        'The two ministers met on the sidelines of the ASEAN Regional Forum in Hanoi.',
        'It was their third meeting this year, following talks in Kazan in March.',
    ))
    hanoi = [r for r in rows if r["place"] == "Hanoi" and r["mechanism"] is None]
    assert hanoi and {"Baek Ji-won", "Oleg Kravets"} <= hanoi[0]["people"]
    kazan = [r for r in rows if r["place"] == "Kazan"]
    assert kazan and kazan[0]["ordinal"] is None and kazan[0]["date"].endswith("-03")


def test_signing_told_before_its_signatories(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Hospital deal',
        'BUSAN, June 12 (Yonhap) -- A clinic group will open a centre in Khabarovsk, the '
        'ministry said Wednesday.',
        'Under an agreement signed in Busan on Tuesday, the group will invest 5 billion won.',
        'The agreement was signed by Vice Minister Baek Ji-won and Vice Governor Oleg '
        'Kravets.',
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert signing and signing[0]["date"].endswith("-06-11") and signing[0]["place"] == "Busan"


def test_one_sentence_lists_talks_on_different_days(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Vice Minister Han visits Khabarovsk',
        'Date 2023-04-12',
        '1. Vice Minister of Trade Han Seo-yeon visited Khabarovsk from April 10 to 12. '
        'During the stay, she met with Governor of Khabarovsk Krai Oleg Dronov on April 10 '
        'and with Deputy Minister of Transport Ilya Gorshkov on April 11, and discussed '
        'regional trade.',
        '2. In her meeting with Deputy Minister Gorshkov, the two sides reviewed '
        'cooperation in railways and logistics.',
        '3. While in Khabarovsk, Vice Minister Han also visited a Korean school.',
    ))
    talks = {r["date"]: r for r in rows if r["kind"] == "Talks"}
    assert talks["2023-04-10"]["people"] == {"Han Seo-yeon", "Oleg Dronov"}
    assert talks["2023-04-11"]["people"] == {"Han Seo-yeon", "Ilya Gorshkov"}
    assert {"railways", "logistics"} <= talks["2023-04-11"]["topics"]
    assert not {"railways", "logistics"} & talks["2023-04-10"]["topics"]
    assert len([r for r in rows if r["kind"] == "Visit"]) == 1


def test_side_talks_of_a_forum_round(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Regions meet at Ulsan forum',
        'Sep 3, 2022',
        'Mayors and governors on Sept. 3 signed a joint statement at the sixth Korea-Russia '
        'Interregional Cooperation Forum in Ulsan.',
        'The two-day forum, which opened on Sept. 2 at the city hall, drew officials from '
        'twelve regions.',
        'On the sidelines, Ulsan Mayor Noh Jae-won and Amur Oblast Governor Pyotr Zaitsev '
        'discussed soybean exports.',
        'Jeju Governor Moon Tae-gil met with Governor of Kamchatka Krai Ilya Borodin to '
        'discuss cruise routes, while Daegu Mayor Yang Ho-seok and Head of Buryatia Oleg '
        'Dashiev talked about medical tourism.',
    ))
    forum = next(r for r in rows if r["ordinal"] == 6)
    assert forum["date"] == "2022-09-02"
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert sorted(len(t["people"]) for t in talks) == [2, 2, 2]
    assert all(t["place"] == "Ulsan" for t in talks)
    assert {"Noh Jae-won", "Ilya Borodin", "Oleg Dashiev"} <= forum["people"]


def test_channel_held_within_a_forum_takes_its_speakers(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Investors meet in Vladivostok',
        'VLADIVOSTOK, September 5. /TASS/. Officials signed two documents on Thursday at the '
        'Russia - Republic of Korea Business Dialogue held on the sidelines of the sixth '
        'Eastern Economic Forum (EEF), which runs in Vladivostok from September 4 to 6.',
        '"We expect new projects," Deputy Minister Artur Kolesov said at the session.',
        'He recalled that the first EEF was held in 2015.',
        'Vice Minister of Trade Ahn Ji-hoon said Korean firms were ready to invest.',
        'The participants agreed to hold the next business dialogue in Daegu in 2020.',
    ))
    dialogue = [r for r in rows if r["mechanism"] and "Business Dialogue" in r["mechanism"]]
    held = next(r for r in dialogue if r["date"] and r["date"].endswith("-09-05"))
    assert held["place"] == "Vladivostok"
    assert {"Artur Kolesov", "Ahn Ji-hoon"} <= held["people"]
    assert any(r["place"] == "Daegu" and r["date"] == "2020" for r in dialogue)


def test_previous_meeting_with_its_own_date(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Energy dialogue meets online',
        'MOSCOW, June 8. /TASS/. The energy ministries held the fourth meeting of the '
        'Russian-Korean Energy Dialogue by videoconference on Tuesday.',
        'Gas deliveries amounted to 1.2 million tonnes in 2021.',
        'The parties noted the results of the previous meeting, held in Busan on May 12, '
        '2021.',
    ))
    dated = {r["date"] for r in rows}
    assert "2022-06-07" in dated  # the year after the last whole year reported
    assert any(r["date"] == "2021-05-12" and r["place"] == "Busan" for r in rows)


def test_channel_named_by_two_bodies_and_its_numbered_history(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Gas companies meet in Seoul',
        'Date 2021-06-10',
        '1. KOGAS and Rosneft held the fifth meeting of the KOGAS-Rosneft Joint Coordination '
        'Committee in Seoul on June 9.',
        '2. The committee was launched in 2013. Its first meeting took place in Moscow in '
        '2013, the second in Busan in 2015 and the third in Kazan in 2017.',
    ))
    numbered = {r["ordinal"]: r for r in rows if r["mechanism"]}
    assert numbered[5]["mechanism"] == "KOGAS-Rosneft Joint Coordination Committee"
    assert numbered[2]["place"] == "Busan" and numbered[3]["place"] == "Kazan"


def test_festival_series_and_consultation_meeting_names(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Russian Culture Days open in Daejeon',
        'Date 2022-05-20',
        '1. The second Russian Culture Days in Korea opened in Daejeon on May 19.',
        '2. Russian Culture Days were first held in Seoul in 2021.',
        '3. The third Korea-Russia Polar Consultation Meeting will be held in Murmansk in '
        'July.',
    ))
    names = {r["mechanism"] for r in rows if r["mechanism"]}
    assert names == {"Russian Culture Days in Korea",
                     "Korea-Russia Polar Consultation Meeting"}


def test_visit_told_after_a_long_title_and_round_table(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Envoy in Seoul',
        '14 May 2022',
        'Ivan Sokolov, Deputy Prime Minister of the Russian Federation and Presidential '
        'Envoy to the Far Eastern Federal District, paid a working visit to Seoul on '
        '12-14 May.',
        'On 13 May, Ivan Sokolov met with Minister of Economy and Finance Choi Jin-ho.',
        'On the same day, Ivan Sokolov chaired a round table with Korean business leaders.',
    ))
    kinds = sorted(r["kind"] for r in rows)
    assert kinds == ["Talks", "Talks", "Visit"]
    assert all(r["place"] == "Seoul" for r in rows)


def test_numbered_rounds_of_negotiations_without_a_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Korea and Russia hold 5th round of investment treaty talks',
        'Date 2021-03-12',
        'Korea and Russia held the fifth round of negotiations on an investment treaty in '
        'Busan from March 9 to 11.',
        'The third and fourth rounds were held in Moscow in May and in Seoul in October last '
        'year, respectively.',
    ))
    numbered = {r["ordinal"]: r for r in rows}
    assert numbered[5]["place"] == "Busan" and numbered[5]["date"].startswith("2021-03-09")
    assert numbered[3]["place"] == "Moscow" and numbered[4]["place"] == "Seoul"


def test_opening_ceremony_is_dated_by_the_opening(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        'Clinic opens in Khabarovsk',
        'Date 2021-05-14',
        'A Korean rehabilitation clinic opened in Khabarovsk on May 12.',
        'At the opening ceremony, Vice Minister of Health Song Min-ji said the clinic would '
        'train local staff.',
        'Deputy Governor Anna Lebedeva, who also attended the ceremony, thanked the investors.',
    ))
    assert any(r["date"] == "2021-05-12" and "Song Min-ji" in r["people"] for r in rows)
