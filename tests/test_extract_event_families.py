"""Families of telling that each hold for many wordings: a title-case agency dateline, a
committee that is a body and not a channel, a region standing for the city named, the
days of a trip told one by one, an island one is "on", and a page's labelled date.
Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _graph, _rows, _text

from kg.namespaces import KGO


def _mechanisms(tmp_path: Path, text: str) -> set[str]:
    out = _graph(tmp_path, text)
    labels = {out.label_of(s) for s, p, o, *_ in out.all_triples() if o == KGO.Mechanism}
    return {n for n in labels if n}


def test_a_title_case_dateline_places_the_signing_told_today(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Chess federations sign memorandum",
        "04.03.2018 12:10",
        "Kazan, 4 March. The Tatar Chess Federation and the Korea Chess Association today "
        "signed a memorandum on youth tournaments. The document was signed by President of the "
        "Tatar Chess Federation Ildar Sabirov and Vice President of the Korea Chess "
        "Association Choi Jin-ho.",
    ))
    assert ("2018-03-04", "Kazan") in {(r["date"], r["place"]) for r in rows}


def test_a_committee_of_one_side_is_a_body_not_a_channel(tmp_path: Path) -> None:
    names = _mechanisms(tmp_path, _text(
        "Paralympic bodies agree on exchanges",
        "Date 2019-06-11",
        "The Russian Paralympic Committee and the Korea Paralympic Committee signed a "
        "memorandum in Seoul on June 10. Deputy Chairman of the Russian Paralympic Committee "
        "Oleg Vanin and Secretary General Park Ji-hoon signed it. The parties also agreed to "
        "set up a Korea-Russia Paralympic Cooperation Committee.",
    ))
    assert "Russian Paralympic Committee" not in names
    assert "Korea Paralympic Committee" not in names
    assert not any(n.startswith("Deputy") for n in names)
    assert any("Paralympic Cooperation Committee" in n for n in names)


def test_a_region_gives_way_to_the_city_the_release_names(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean films come to Khabarovsk",
        "Date 2019-10-02",
        "The fourth Korean Film Week in Khabarovsk Krai will open on October 4 at the "
        "Gigant cinema, Consul Kim Young-ho said. Last year the screenings in Khabarovsk "
        "drew 2,000 viewers.",
    ))
    placed = {r["place"] for r in rows if r["date"] == "2019-10-04"}
    assert placed == {"Khabarovsk"}


def test_days_of_a_trip_told_one_by_one(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor's week in Korea",
        "10 June 2021, 18:00",
        "Governor of Tomsk Oblast Pavel Ermakov is on a working visit to the Republic of "
        "Korea from 7 to 10 June.",
        "On Monday, the governor held talks in Seoul with Vice Minister Han Seung-woo.",
        "The following day the delegation travelled to Daegu, where Pavel Ermakov and Mayor "
        "of Daegu Kwon Tae-jin signed an agreement on cooperation.",
        "Today in Seoul, Tomsk Polytechnic University held a business round table with "
        "Korean instrument makers.",
        "Rector Viktor Galkin presented the university's laboratories.",
    ))
    dated = {(r["date"], r["place"]) for r in rows}
    assert ("2021-06-08", "Daegu") in dated
    assert ("2021-06-10", "Seoul") in dated
    today = [r for r in rows if r["date"] == "2021-06-10"]
    assert "Viktor Galkin" in set().union(*(r["people"] for r in today))


def test_an_island_one_is_on(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Tourism talks",
        "Date 2018-09-14",
        "On Thursday, on Jeju, Deputy Governor of Altai Krai Yuri Petrov met with Vice "
        "Governor Ko Sung-min.",
    ))
    assert ("2018-09-13", "Jeju") in {(r["date"], r["place"]) for r in rows}


def test_a_labelled_date_among_header_fields_dates_the_release(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Agencies hold the third meeting on tidal data",
        "Section : Cooperation    Date : 2017-05-19    Hits : 88",
        "The Korea Marine Data Agency announced that it held the third Korea-Russia Tidal "
        "Data Meeting with the Russian Hydrometeorological Service in Incheon on May 17.",
    ))
    assert (3, "2017-05-17") in {(r["ordinal"], r["date"]) for r in rows}


def test_a_newswire_files_from_where_a_signing_days_before_was(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Shipbuilder wins Russian order",
        "Published : Mar 9, 2018 - 10:12",
        "ULSAN -- Hanbit Marine said Friday it has won an order for two ice-class tankers "
        "from a Russian shipping company.",
        "The contract was signed on Wednesday by Hanbit Marine Executive Vice President Seo "
        "Jun-ho and Pavel Zotov, general director of the Russian company.",
    ))
    assert ("2018-03-07", "Ulsan") in {(r["date"], r["place"]) for r in rows}


def test_signed_at_the_pavilion_is_where_the_fair_was(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean pavilion at a Russian food fair",
        "Date 2019-09-30",
        "KOTRA ran the Korea Pavilion at WorldFood Kazan 2019, held at the Kazan Expo centre "
        "in Kazan from September 24 to 27.",
        "Buyers from Moscow and St. Petersburg visited the booths.",
        "On September 25, KOTRA signed a memorandum with a regional retail association at "
        "the pavilion.",
        "The memorandum was signed by Director General Lim Ho-jin and association chairman "
        "Rustam Gaifullin.",
    ))
    assert ("2019-09-25", "Kazan") in {(r["date"], r["place"]) for r in rows}


def test_a_past_visit_told_as_a_noun_and_a_forum_the_month_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor meets Korean investors",
        "Date 2019-05-20",
        "Governor of Tomsk Oblast Sergei Zhvachkin met Consul General Lee Min-ho in Tomsk on "
        "May 17.",
        "Consul General Lee recalled the governor's visit to Busan in November 2018 and his "
        "talks at the Eastern Economic Forum in Vladivostok the month before.",
    ))
    seen = {(r["date"], r["place"]) for r in rows}
    assert ("2018-11", "Busan") in seen
    assert ("2018-10", "Vladivostok") in seen
    recalled = [r for r in rows if r["date"] in ("2018-11", "2018-10")]
    assert not any("Lee Min-ho" in r["people"] for r in recalled)  # he only recalls them


def test_last_months_round_told_in_passing(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor in Korea",
        "Date 2019-10-16",
        "Governor of Tula Oblast Alexei Dyumin met Mayor Kim Sung-ho in Seoul on October 15.",
        "The governor praised the Korea-Russia Interregional Cooperation Forum: \"Last "
        "month's second forum in Vladivostok showed great interest.\"",
    ))
    assert (2, "2019-09", "Vladivostok") in {(r["ordinal"], r["date"], r["place"]) for r in rows}


def test_a_signing_within_a_visit_is_where_the_visit_went(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions sign agreement",
        "14.06.2018",
        "Governor of Kurgan Oblast Vadim Shumkov and Governor of Jeollanam-do Kim Young-rok "
        "today signed an agreement on cooperation.",
        "The Korean delegation arrived in Kurgan on Tuesday for a three-day visit.",
    ))
    signed = [r for r in rows if r["kind"] == "Signing"]
    assert signed and signed[0]["place"] == "Kurgan"


def test_a_paper_signed_at_a_fair_in_a_city_then_its_signers(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Helicopter contract",
        "12 April 2017",
        "Avia Holding and the Korea Coast Guard have signed a contract for two helicopters.",
        "The document was signed on 12 April, on the opening day of an aviation show at "
        "Crocus Expo in Moscow.",
        "The terms were not disclosed.",
        "The contract was signed by Igor Demin, Director General of Avia Holding, and Lee "
        "Sang-woo, Commissioner of the Korea Coast Guard.",
    ))
    signed = [r for r in rows if "Igor Demin" in r["people"]]
    assert signed and signed[0]["place"] == "Moscow"


def test_a_background_box_lists_the_channels_rounds(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korea, Russia hold 4th Customs Policy Dialogue",
        "Date 2021-05-12 | Hit 90",
        "Commissioner Park Sang-ho held the fourth Korea-Russia Customs Policy Dialogue with "
        "Deputy Head Ivan Sorokin of the Federal Customs Service in Seoul on May 11.",
        "※ Background: Korea-Russia Customs Policy Dialogue",
        "- 1st dialogue: Moscow, October 2017 / 2nd dialogue: Busan, May 2018 / 3rd dialogue: "
        "Moscow, June 2019",
    ))
    seen = {(r["ordinal"], r["date"], r["place"]) for r in rows if r["mechanism"]}
    assert {(1, "2017-10", "Moscow"), (2, "2018-05", "Busan"), (3, "2019-06", "Moscow")} <= seen


def test_a_newswire_dateline_does_not_place_talks_held_abroad(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Culture ministers meet",
        "SEOUL, Nov. 15 (Yonhap) -- Culture Minister Park Ji-hoon met with his Russian "
        "counterpart, Culture Minister Pavel Grigoriev, on the sidelines of the UNESCO General "
        "Conference on Wednesday, the ministry said.",
    ))
    assert rows and all(r["place"] != "Seoul" for r in rows)


def test_an_unplaced_signing_takes_the_place_of_that_days_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Water agencies agree on flood forecasting",
        "Date 2020-02-14",
        "On February 12, Deputy Minister of Natural Resources Pavel Lomov held talks with "
        "Vice Minister of Environment Han Sung-min in Daejeon. Later that day Pavel Lomov "
        "and Han Sung-min signed a memorandum on flood forecasting by videoconference link.",
    ))
    assert all(r["place"] for r in rows)
    assert ("2020-02-12", "Daejeon") in {(r["date"], r["place"]) for r in rows}


def test_the_next_meeting_of_a_group_under_a_commission_told_in_passing(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Forestry talks",
        "Date 2021-10-05",
        "Deputy Head of the Federal Forestry Agency Ivan Sorin met Director General Lee "
        "Jae-hun in Seoul on October 4. They agreed to bring the matter to the next meeting "
        "of the Working Group on Forestry under the Korea-Russia Joint Commission on "
        "Economic, Scientific and Technical Cooperation, scheduled for the spring of 2022 "
        "in Khabarovsk.",
    ))
    assert any(r["place"] == "Khabarovsk" and (r["date"] or "").startswith("2022")
               and r["mechanism"] for r in rows)


def test_a_headline_saying_online_keeps_it_out_of_the_channels_name(tmp_path: Path) -> None:
    names = _mechanisms(tmp_path, _text(
        "Korea and Russia Hold the 4th Joint Committee on Fisheries Cooperation Online",
        "Date 2021-06-02",
        "Officials of the two countries held the 4th meeting of the Korea-Russia Joint "
        "Committee on Fisheries Cooperation by video link on June 1.",
    ))
    assert not any(n.endswith("Online") for n in names)


def test_next_wednesday_is_the_wednesday_of_next_week(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Shipyard order",
        "Date 2019-08-27",
        "The deal comes ahead of the Eastern Economic Forum, which will open in Vladivostok "
        "next Wednesday.",
    ))
    assert ("2019-09-04", "Vladivostok") in {(r["date"], r["place"]) for r in rows}


def test_a_district_of_a_city_places_the_ceremony_in_the_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Hospital wing completed",
        "Date 2018-05-20",
        "An opening ceremony was held at the new wing in the Vyborgsky District of "
        "St. Petersburg on May 18, attended by Vice Governor Igor Lavrov and Consul General "
        "Park Min-soo.",
    ))
    assert all(r["place"] != "Vyborgsky District" for r in rows)


def test_the_weekday_told_beside_a_day_settles_its_year(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Training ship in port",
        "Date 2016-07-14",
        "The training ship Haeyang of Mokpo National Maritime University arrived in "
        "Vladivostok on Monday, 11 July, and will stay at the Marine Terminal until Friday.",
    ))
    assert all(r["date"] != "2017-07-11" for r in rows)


def test_an_invitation_taken_up_is_a_visit_to_come(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governors meet",
        "Date 2019-05-22",
        "Governor of Tomsk Oblast Sergei Zhvachkin met Governor of South Chungcheong Province "
        "Yang Seung-jo in Hongseong on May 21. He accepted the invitation to visit Tomsk next "
        "year with a business delegation.",
    ))
    assert ("Visit", "2020", "Tomsk") in {(r["kind"], r["date"], r["place"]) for r in rows}


def test_agreeing_to_hold_the_next_numbered_meeting_numbers_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Fisheries committee meets",
        "Date 2022-09-30",
        "The 31st meeting of the Korea-Russia Fisheries Committee took place in Busan on "
        "September 28. At the Fisheries Committee, the two sides agreed on catch quotas and "
        "agreed to hold the 32nd meeting in Vladivostok in 2023.",
    ))
    assert (32, "2023") in {(r["ordinal"], r["date"]) for r in rows}


def test_a_signing_on_the_same_day_takes_the_day_of_the_opening(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "LG opens design lab in Kazan",
        "Date 2021-04-09",
        "The LG Design Lab Kazan held its opening ceremony on April 6, attended by LG "
        "Electronics Vice President Park Jun-ho and Deputy Prime Minister of Tatarstan "
        "Roman Shaikhutdinov.",
        "On the same day, LG signed memorandums with two universities. Rector Lenar Safin "
        "and Park Jun-ho signed the documents.",
    ))
    signed = [r for r in rows if r["kind"] == "Signing"]
    assert signed and all(r["date"] == "2021-04-06" for r in signed)


def test_a_guessed_place_is_marked_as_inferred_and_a_told_one_is_not(tmp_path: Path) -> None:
    def marks(text: str) -> tuple[bool, bool]:
        triples = list(_graph(tmp_path, text).all_triples())
        return (any(p == KGO.place for _, p, *_ in triples),
                any(p == KGO.placeInferred and o.toPython() is True for _, p, o, *_ in triples))

    talks = ("Deputy Head of the Federal Archival Agency Irina Sobol and Director of the "
             "National Archives Kwon Hae-sook held talks {} on May 18. The National Archives, "
             "based in Daejeon, hosts the project.")
    head = ("Archives agree on digitisation", "Date 2021-05-20")
    assert marks(_text(*head, talks.format("by videoconference"))) == (True, True)
    assert marks(_text(*head, talks.format("in Seoul"))) == (True, False)


def test_a_guess_never_seats_a_meeting_in_a_macro_region(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Arctic consultations held",
        "Date 2021-03-10",
        "The fifth meeting of the Korea-Russia Consultations on Polar Research was held by "
        "videoconference on March 9. The sides discussed research stations in the Arctic, "
        "shipping routes across the Arctic and climate data from the Arctic.",
    ))
    assert rows and all(r["place"] != "Arctic" for r in rows)
