"""The agreements step on invented sentences: which documents are named, how, and
the date and place each was signed at.

Every release here is made up (invented people, made-up wording); the rows are
what a careful reader would list in the ``agreements`` view.
"""

from __future__ import annotations

from kg.loaders import Document
from rdflib import RDF

from kg.extract.pipeline import extract
from kg.namespaces import KGO

Row = tuple[str, str | None, str | None]


def agreements(body: str, *, title: str = "Press release", date: str | None = None) -> set[Row]:
    """(name, date, place) of every agreement extracted from one invented release."""
    out = extract(Document(text=body, key=f"test://{abs(hash(body))}", title=title, date=date))
    rows = set()
    for (s, p, o) in list(out.triples):
        if p != RDF.type or o != KGO.Agreement:
            continue
        when = [str(x) for (a, b, x) in out.triples if a == s and b == KGO.date]
        where = [out.label_of(x) for (a, b, x) in out.triples if a == s and b == KGO.place]
        rows.add((out.label_of(s), when[0] if when else None, where[0] if where else None))
    return rows


def names(body: str, **kw) -> set[str]:
    return {name for name, _, _ in agreements(body, **kw)}


def test_signed_with_its_venue_and_date() -> None:
    body = ("Governor Park Seo-jun and Mayor Ivan Belkin signed a memorandum of understanding "
            "on port logistics in Busan on March 3, 2022.")
    assert agreements(body, date="2022-03-04") == {
        ("memorandum of understanding on port logistics", "2022-03-03", "Busan")}


def test_passive_signing_clause_dates_the_document() -> None:
    body = ("The forum closed with speeches by the two co-chairs. An agreement on youth "
            "exchanges was signed in Khabarovsk on 12 May 2021 by the two ministers.")
    assert agreements(body, date="2021-05-14") == {
        ("agreement on youth exchanges", "2021-05-12", "Khabarovsk")}


def test_plans_and_negotiations_are_not_documents() -> None:
    body = ("The two sides plan to sign an agreement on grain exports next year. They agreed "
            "to sign the protocol on customs cooperation at an early date. The ministers "
            "welcomed progress in the negotiations on a free trade agreement.")
    assert agreements(body, date="2020-02-02") == set()


def test_bare_references_and_counts_name_nothing() -> None:
    body = ("Eleven agreements were signed at the forum. Under the agreement, the firms will "
            "build a plant. The deal was welcomed by both sides.")
    assert agreements(body, date="2020-02-02") == set()


def test_list_after_talks_takes_the_talks_date_and_place() -> None:
    body = ("On June 9, Vice Minister Lee Ha-eun held talks in Vladivostok with Deputy Minister "
            "Oleg Sitnikov. After the talks, the two sides witnessed the signing of four "
            "documents, including an MOU on fisheries research and an agreement between the "
            "Korea Ocean Agency (KOA) and the Primorye Port Authority on dredging.")
    assert agreements(body, date="2021-06-10") == {
        ("MOU on fisheries research", "2021-06-09", "Vladivostok"),
        # "an agreement between A and B on X" is the agreement on X (its parties apart)
        ("agreement on dredging", "2021-06-09", "Vladivostok"),
    }


def test_a_document_referred_to_by_name_has_no_signing_date() -> None:
    body = "Travel between the two countries grew thanks to the visa waiver agreement."
    assert agreements(body, date="2019-01-05") == {("visa waiver agreement", None, None)}


def test_earlier_declaration_takes_its_own_clause() -> None:
    body = ("The mayors pledged to implement the Khabarovsk Declaration adopted in Khabarovsk "
            "on October 2, 2019.")
    assert agreements(body, date="2020-03-01") == {
        ("Khabarovsk Declaration", "2019-10-02", "Khabarovsk")}


def test_relative_clause_date_is_not_the_signing_date() -> None:
    body = ("VLADIVOSTOK, May 14 (Yonhap) -- Governor Kim Da-som, who is visiting Primorye "
            "on May 12-15, and Governor Pavel Ostrov signed an MOU on tourism on Tuesday.")
    assert agreements(body, date="2019-05-14") == {("MOU on tourism", "2019-05-14",
                                                    "Vladivostok")}


def test_a_day_earlier_counts_back_from_the_last_date() -> None:
    body = ("President Yoon Ga-ram spoke at the Eastern Economic Forum in Vladivostok on "
            "Sept. 7. A day earlier, he held a summit with President Orlov in Vladivostok. "
            "At the summit, the two governments signed agreements on air transport and on "
            "customs cooperation.")
    assert agreements(body, date="2017-09-08") == {
        ("agreement on air transport", "2017-09-06", "Vladivostok"),
        ("agreement on customs cooperation", "2017-09-06", "Vladivostok"),
    }


def test_a_facility_place_stays_in_the_name_a_venue_does_not() -> None:
    body = ("The two ministries signed an MOU on a joint research center in Ulsan. The two "
            "provinces signed a memorandum of understanding on culture in Busan.")
    rows = agreements(body, date="2018-05-02")
    assert {name for name, _, _ in rows} == {
        "MOU on a joint research center in Ulsan",
        "memorandum of understanding on culture"}
    assert ("memorandum of understanding on culture", "2018-05-02", "Busan") in rows


def test_headline_lines_in_the_body_are_not_read_twice() -> None:
    body = ("Korea and Russia Sign MOU on Arctic Shipping Routes\n\n"
            "Deputy Minister Han Yu-jin signed an MOU on Arctic shipping with Deputy "
            "Minister Igor Sablin in Seoul on April 2.")
    assert names(body, date="2021-04-03") == {"MOU on Arctic shipping"}


def test_documents_listed_after_a_signing_sentence() -> None:
    body = ("The Second Investors Day took place in Khabarovsk on July 8. During the event "
            "the agency signed six agreements with Korean firms. Among them is an agreement "
            "on a timber plant and an agreement with Daesan Foods on a fish farm.")
    assert agreements(body, date="2019-07-09") == {
        ("agreement on a timber plant", "2019-07-08", "Khabarovsk"),
        # "an agreement with X on Y" is the agreement on Y; X is its counterpart
        ("agreement on a fish farm", "2019-07-08", "Khabarovsk"),
    }


def test_a_new_document_may_be_named_by_its_kind_alone() -> None:
    body = ("President Orlov and President Yoon Ga-ram held talks in Moscow on June 4. "
            "Following the talks, the two leaders adopted a joint statement.")
    assert agreements(body, date="2019-06-05") == {("joint statement", "2019-06-04", "Moscow")}


def test_documents_listed_after_a_colon() -> None:
    body = ("President Yoon Ga-ram held talks with President Pavel Orlov in Seoul on May 20. "
            "The following documents were "
            "signed in the presence of the two presidents:\n"
            "- Agreement between the Government of the Republic of Korea and the Government of "
            "the Russian Federation on Cooperation in Fisheries;\n"
            "- Memorandum of Understanding between the Korea Energy Agency and the Russian "
            "Energy Agency on Hydrogen Energy.\n")
    assert agreements(body, date="2019-05-21") == {
        ("Agreement between the Government of the Republic of Korea and the Government of the "
         "Russian Federation on Cooperation in Fisheries", "2019-05-20", "Seoul"),
        ("Memorandum of Understanding between the Korea Energy Agency and the Russian Energy "
         "Agency on Hydrogen Energy", "2019-05-20", "Seoul"),
    }


def test_counted_agreements_named_by_what_the_parties_undertake() -> None:
    body = ("BUSAN, Oct. 2 (Yonhap) -- Korean cities signed nine cooperation agreements with "
            "Russian regions on Wednesday. Under the agreements signed Wednesday, Busan and the "
            "Amur Region will cooperate in forestry, while Daegu and Tomsk agreed to open a "
            "direct flight once demand recovers.")
    assert agreements(body, date="2019-10-02") == {
        ("agreement on forestry", "2019-10-02", "Busan"),
        ("agreement to open a direct flight", "2019-10-02", "Busan"),
    }


def test_passive_signing_before_the_topic() -> None:
    body = ("An agreement was signed between the Amur Region and Gyeonggi Province on "
            "soybean processing in Blagoveshchensk on August 8.")
    assert agreements(body, date="2019-08-09") == {
        ("agreement on soybean processing", "2019-08-08", "Blagoveshchensk")}


def test_a_second_place_ends_the_name() -> None:
    body = ("An agreement on building a logistics hub in the Severnaya Zone in Khabarovsk "
            "Krai was signed in Vladivostok on 3 September 2020.")
    assert agreements(body, date="2020-09-04") == {
        ("agreement on building a logistics hub in the Severnaya Zone", "2020-09-03",
         "Vladivostok")}


def test_a_facility_after_at_places_the_topic_not_the_signing() -> None:
    body = ("VLADIVOSTOK, March 3. /TASS/. The two firms signed a memorandum on training "
            "pilots at Aerotek's flight school on Jeju Island in Jeju Province.")
    assert agreements(body) == {
        ("memorandum on training pilots", "2021-03-03", "Vladivostok")} or \
        names(body) == {"memorandum on training pilots"}


def test_scope_words_and_a_renewal_end_the_name() -> None:
    body = ("The Korea-Russia Youth Forum was held in Busan on 5 May 2021. On the first day, "
            "Busan and Amur Oblast "
            "signed an agreement on friendly exchanges covering culture and sport, and "
            "Daegu and Tomsk Oblast renewed a memorandum on youth exchanges first signed in "
            "2011.")
    assert agreements(body, date="2021-05-06") == {
        ("agreement on friendly exchanges", "2021-05-05", "Busan"),
        ("memorandum on youth exchanges", "2021-05-05", "Busan"),
    }


def test_a_purpose_among_people_ends_the_name() -> None:
    body = ("The two agencies also signed a memorandum of understanding on joint promotion "
            "of the port among Korean shippers in Seoul on 2 June 2020.")
    assert names(body, date="2020-06-03") == {
        "memorandum of understanding on joint promotion of the port"}


def test_adopted_title_beside_named_documents() -> None:
    body = ("President Orlov and President Yoon Ga-ram held talks in Moscow on June 4, 2019. "
            "Following the talks, the presidents adopted a Joint Statement and witnessed the "
            "signing of documents, including an Agreement on Cooperation in Forestry between "
            "Rosles and the Korea Forest Service.")
    assert agreements(body, date="2019-06-05") == {
        ("Joint Statement", "2019-06-04", "Moscow"),
        ("Agreement on Cooperation in Forestry", "2019-06-04", "Moscow"),
    }


def test_a_plan_for_a_period_and_a_protocol_take_the_release_day() -> None:
    body = ("The tenth meeting of the Commission was held by videoconference in 2021. "
            "Following the meeting, the co-chairs signed the Protocol of the tenth meeting of "
            "the Commission, as well as a Plan of Joint Actions for 2021-2023.")
    assert agreements(body, date="2021-07-01") == {
        ("Protocol of the tenth meeting of the Commission", "2021-07-01", None),
        ("Plan of Joint Actions for 2021-2023", "2021-07-01", None),
    }


def test_a_later_sentence_dates_the_document() -> None:
    body = ("KHABAROVSK, July 9. /TASS/. The two railways signed a memorandum on grain "
            "transit, the press service said on Friday. The memorandum was signed in "
            "Khabarovsk on July 8 during a visit.")
    assert agreements(body, date="2021-07-09") == {
        ("memorandum on grain transit", "2021-07-08", "Khabarovsk")}


def test_a_bare_kind_told_again_in_full_is_one_document() -> None:
    body = ("The co-chairs met in Tomsk on 4 June 2021. The sides signed a protocol following "
            "the meeting.\n\nFollowing the meeting, the co-chairs signed the Protocol of the "
            "3rd meeting of the Joint Working Group on Forestry.")
    got = names(body, date="2021-06-05")
    assert "protocol" not in {n.lower() for n in got}
    assert any(n.startswith("Protocol of the 3rd meeting") for n in got)


def test_a_modified_kind_refers_back_to_a_named_document() -> None:
    body = ("On 2 March 2022 in Busan the two ministers signed an MOU on cooperation in the "
            "forestry industry. The minister said the forestry MOU would open new markets in "
            "Irkutsk.")
    got = agreements(body, date="2022-03-03")
    assert [n for n, _, _ in got] == ["MOU on cooperation in the forestry industry"]


# -- wordings added for blind5/blind6 classes (invented sentences) --------------------------


def test_title_ends_before_another_verb_of_its_subject() -> None:
    body = ("After the session in Khabarovsk on May 5, 2021, the co-chairs signed the Protocol "
            "of the Seventh Meeting of the Joint Committee and reviewed the list of projects.")
    assert names(body, date="2021-05-06") == {"Protocol of the Seventh Meeting of the Joint "
                                              "Committee"}


def test_contract_first_named_where_it_is_signed() -> None:
    body = ("The shipyard won an order to build three research vessels for a Russian "
            "institute. The contract was signed in Vladivostok on March 2, 2021 by the two "
            "chief executives.")
    assert agreements(body, date="2021-03-03") == {("contract", "2021-03-02", "Vladivostok")}


def test_plan_adopted_in_a_clause_of_its_own() -> None:
    body = ("The ministers signed a memorandum of understanding on cancer research in Seoul on "
            "April 4, 2021. It replaces an earlier education cooperation plan adopted in Moscow "
            "in May 2017.")
    rows = agreements(body, date="2021-04-05")
    assert ("education cooperation plan", "2017-05", "Moscow") in rows


def test_next_round_venue_is_not_the_signing_place() -> None:
    body = ("The first Regional Forum was held in Busan on June 3, 2021. At the close of the "
            "Forum, the governors adopted the Busan Joint Declaration, and agreed to hold the "
            "next Forum in Vladivostok.")
    assert agreements(body, date="2021-06-04") == {
        ("Busan Joint Declaration", "2021-06-03", "Busan")}


def test_passive_adoption_takes_the_occasion_referred_to() -> None:
    body = ("The two presidents held talks in Moscow on July 7, 2021. Following the talks, a "
            "Joint Statement of the Two Presidents was adopted.")
    assert agreements(body, date="2021-07-08") == {
        ("Joint Statement of the Two Presidents", "2021-07-07", "Moscow")}


def test_short_title_of_a_document_told_in_full_later() -> None:
    body = ("The sides said the Agreement on Youth Exchanges has worked well. The Agreement "
            "between the Government of A and the Government of B on Youth Exchanges was signed "
            "in Seoul on May 5, 2015.")
    assert names(body, date="2021-01-01") == {
        "Agreement between the Government of A and the Government of B on Youth Exchanges"}


def test_title_told_after_a_signing_is_that_document() -> None:
    body = ("The governors adopted a joint declaration to expand tourism at the second Korea-"
            "Russia Regional Forum in Busan on June 3, 2021. In the Busan Joint Declaration, "
            "they agreed to open new ferry routes.")
    assert agreements(body, date="2021-06-04") == {
        ("Busan Joint Declaration", "2021-06-03", "Busan")}


def test_dated_clause_placed_by_the_occasion_of_that_date() -> None:
    body = ("The sides reviewed the results of the summit held in Moscow in May 2019 and set "
            "out in the Joint Statement signed on May 21, 2019.")
    assert agreements(body, date="2021-02-02") == {("Joint Statement", "2019-05-21", "Moscow")}


def test_agreement_reached_is_concluded_there() -> None:
    body = ("The agreement on the new ferry line was reached at a meeting in Vladivostok on "
            "June 2, 2021.")
    assert agreements(body, date="2021-06-03") == {
        ("agreement on the new ferry line", "2021-06-02", "Vladivostok")}


def test_signing_refers_back_past_a_sentence_of_the_same_people() -> None:
    body = ("The two ministers held the third meeting of the Working Group on Health in "
            "Khabarovsk on June 2, 2021.\nThey discussed licensing of doctors and joint "
            "research.\nThe two sides also signed a memorandum on nurse training.")
    body = body.replace("\n", " ")
    assert agreements(body, date="2021-06-05") == {
        ("memorandum on nurse training", "2021-06-02", "Khabarovsk")}


def test_agreements_with_a_party_on_a_topic() -> None:
    body = ("Korean firms signed agreements with the regional development agency on the "
            "construction of two hotels at a session held in Khabarovsk on July 1, 2021.")
    assert names(body, date="2021-07-02") == {"agreements on the construction of two hotels"}


def test_counted_document_told_by_what_it_concerns() -> None:
    body = ("Two agreements of intent were signed at the investment session in Vladivostok on "
            "May 5, 2021. The Agency and Lotus Foods signed an agreement of intent on a bakery "
            "in Nakhodka. The second agreement, between the Port Authority and Orion Logistics, "
            "concerns a grain terminal in the port of Posyet; its value is RUB 2 billion.")
    rows = names(body, date="2021-05-06")
    assert "agreement of intent on a grain terminal in the port of Posyet" in rows
    assert not any("between" in n for n in rows)


def test_topic_named_apart_from_its_parties() -> None:
    body = ("Officials signed an MOU on ferry services between Sokcho City Hall and the Port of "
            "Zarubino in Vladivostok on May 5, 2021. The sides recalled the agreement on "
            "friendly ties between Busan Metro Corp. and Vladivostok Transit, signed in 2011.")
    rows = agreements(body, date="2021-05-06")
    assert ("MOU on ferry services", "2021-05-05", "Vladivostok") in rows
    assert ("agreement on friendly ties", "2011", None) in rows


def test_contract_named_by_what_it_buys() -> None:
    body = ("The yard signed a contract to build four crab trawlers for the Pacific fishing "
            "fleet in Busan on April 1, 2021.")
    assert names(body, date="2021-04-02") == {"contract to build four crab trawlers"}


def test_the_document_back_reference_dates_and_places_the_one_just_named() -> None:
    body = ("OMSK. May 21 (Newswire) - Lenvodokanal and Hanbit Water have signed a memorandum "
            "of understanding on cooperation in wastewater treatment, the company said.\n\n"
            "The document was signed on Tuesday, May 20, on the sidelines of the ECOTECH-2024 "
            "forum in Kazan by the heads of the two companies.")
    assert agreements(body, date="2024-05-21") == {
        ("memorandum of understanding on cooperation in wastewater treatment", "2024-05-20",
         "Kazan")}


def test_acronym_of_a_term_inside_the_topic_is_kept() -> None:
    body = ("Mayor Kim Do-hyun and Governor Ivan Belkin signed an agreement on combating "
            "illegal, unreported and unregulated (IUU) fishing in Busan on March 3, 2022.")
    assert names(body, date="2022-03-04") == {
        "agreement on combating illegal, unreported and unregulated (IUU) fishing"}


def test_own_signing_clause_without_a_date_takes_the_occasion() -> None:
    body = ("The Korea-Russia business forum took place in Kazan on 5 June 2023.\n\n"
            "The agreement on the credit line was signed during the forum by Mr. Orlov and "
            "Mr. Han. Under the document, the two banks will finance joint projects.")
    assert agreements(body, date="2023-06-05") == {
        ("agreement on the credit line", "2023-06-05", "Kazan")}


def test_one_agreement_of_a_package_is_not_the_package() -> None:
    body = ("Korean and Russian universities on June 2 signed a package of agreements on "
            "student exchanges in Kazan.\n\nUnder the main agreement, signed by Rector Orlov "
            "and President Han Ji-ho, the two schools will exchange 100 students starting next "
            "spring.")
    rows = agreements(body, date="2023-06-03")
    assert ("main agreement", "2023-06-02", "Kazan") in rows


def test_documents_counted_then_told_one_by_one_in_an_elliptical_list() -> None:
    body = ("KAZAN, June 8 (Newswire) -- Korean and Russian firms signed five memorandums of "
            "understanding (MOUs) on energy, transport and trade at a business forum in Kazan on "
            "Thursday.\n\nThe forum was co-hosted by the two trade agencies.\n\n"
            "The agreements include an MOU between Hanbit Trading and Volga Export on support "
            "for small exporters, one between Seoul Energy and Kazan Gas on gas storage, and "
            "another between Daehan Logistics and Volga Rail on container transport.")
    assert agreements(body, date="2023-06-08") == {
        ("MOU on support for small exporters", "2023-06-08", "Kazan"),
        ("MOU on gas storage", "2023-06-08", "Kazan"),
        ("MOU on container transport", "2023-06-08", "Kazan"),
    }


def test_a_sum_is_no_part_of_a_documents_name() -> None:
    body = ("Governor Park Seo-jun and Mayor Ivan Belkin signed an agreement on a KRW 5 billion "
            "(USD 4 million) loan program for port projects in Busan on March 3, 2022.")
    assert names(body, date="2022-03-04") == {"agreement on a loan program for port projects"}


def test_calls_as_a_noun_stays_in_the_topic() -> None:
    """"joint calls for proposals" is what the MOU is on, not the verb "calls for"."""
    body = ("During the meeting, the Lumen Research Foundation and the Volna Science Fund "
            "signed a memorandum of understanding on joint calls for research proposals in "
            "applied physics.")
    assert names(body, date="2021-05-04") == {
        "memorandum of understanding on joint calls for research proposals in applied physics"}


def test_a_ceremony_after_the_topic_is_no_part_of_the_name() -> None:
    """"at a ceremony held by video link" tells how it was signed, like "at the ceremony"."""
    body = ("On May 3, Pohang Maritime University and Amur State College signed a "
            "memorandum of understanding on student exchanges at a ceremony held by video "
            "link.")
    assert names(body, date="2021-05-04") == {
        "memorandum of understanding on student exchanges"}


def test_definite_kind_dated_by_its_own_clause_mid_sentence() -> None:
    """"the ... regime established by the intergovernmental agreement signed in X on D":
    a concluded document named by its kind."""
    body = ("The envoy stressed the value of the visa-free regime established by the "
            "intergovernmental agreement signed in Busan on 4 May 2014, which was suspended "
            "during the pandemic.")
    assert agreements(body, date="2022-03-04") == {
        ("intergovernmental agreement", "2014-05-04", "Busan")}


def test_one_document_of_a_regime_named_after_its_kind() -> None:
    """"special investment contract" is a regime; "signed a special investment contract
    for the plant" signs one such contract."""
    body = ("On 3 June, Deputy Minister Ivan Serov visited the Daehan Motors plant in "
            "Kaluga. During the visit, Ivan Serov and Mr. Park signed a special investment "
            "contract for the Daehan Motors plant.")
    rows = agreements(body, date="2019-06-04")
    assert {(n, d) for n, d, _ in rows} == {
        ("special investment contract for the Daehan Motors plant", "2019-06-03")}


def test_that_session_refers_back_to_the_session_before() -> None:
    body = ("The co-chairs agreed to meet again in Busan later this year. The previous, "
            "ninth session of the commission took place via video link on October 15 last "
            "year. At that session, the sides approved an updated action plan for the "
            "Blue Bridges initiative.")
    rows = agreements(body, date="2021-02-09")
    assert {(n, d) for n, d, _ in rows} == {
        ("updated action plan for the Blue Bridges initiative", "2020-10-15")}


def test_signing_ceremony_sentence_places_the_documents_just_signed() -> None:
    body = ("Korean and Russian colleges on May 12 signed a package of agreements on "
            "teacher exchanges. The signing ceremony was held at the regional "
            "library in Khabarovsk, with the vice minister in attendance.")
    assert agreements(body, date="2021-05-13") == {
        ("agreements on teacher exchanges", "2021-05-12", "Khabarovsk")}


def test_month_of_may_is_no_modal() -> None:
    """"on May 12 signed": the month, not "may sign"."""
    body = "The two governors on May 12 signed a memorandum on port logistics in Busan."
    assert names(body, date="2021-05-13") == {"memorandum on port logistics"}


def test_bare_kind_named_with_the_party_its_clause_names() -> None:
    body = ("The launch was arranged by Orbitex under a contract signed with KASA in 2019. "
            "The satellite reached orbit an hour later.")
    assert names(body, date="2021-03-22") == {"contract signed with KASA"}


# -- classes added for the blind11/blind12 misses ------------------------------------------


def test_a_day_within_a_meeting_of_several_days_is_at_that_meeting() -> None:
    body = ("Director Han Mi-rae held the 9th meeting of the Korea-Russia Joint Committee on "
            "Environmental Cooperation with Director Pavel Orlov in Khabarovsk from June 20 "
            "to 21.\n\n"
            "On June 21, the two sides signed a memorandum of understanding on wetland "
            "protection.")
    assert agreements(body, date="2017-06-22") == {
        ("memorandum of understanding on wetland protection", "2017-06-21", "Khabarovsk")}


def test_a_government_building_named_after_its_city_is_a_venue() -> None:
    body = ("Vice Minister Han Mi-rae and Deputy Minister Pavel Orlov co-chaired the fifth "
            "meeting of the Korea-Russia Agricultural Cooperation Committee at the Government "
            "Complex Sejong on November 7.\n\nOn the sidelines of the meeting, the two agencies "
            "signed the Protocol on Quarantine Requirements for Exported Corn.")
    assert agreements(body, date="2019-11-08") == {
        ("Protocol on Quarantine Requirements for Exported Corn", "2019-11-07", "Sejong")}


def test_signed_today_at_an_event_its_which_clause_places() -> None:
    body = ("Fund A and Fund B have signed an agreement on the establishment of a joint "
            "platform. The document was signed today on the sidelines of the 4th Eastern Economic "
            "Forum (EEF), which is taking place in Vladivostok from 11 to 13 September.")
    assert agreements(body, date="2018-09-12") == {
        ("agreement on the establishment of a joint platform", "2018-09-12", "Vladivostok")}


def test_first_signed_with_the_document_as_object_dates_that_document() -> None:
    body = ("The two funds first signed a memorandum of understanding in Seoul in November "
            "2013. They meet every year.")
    assert agreements(body, date="2018-09-12") == {
        ("memorandum of understanding", "2013-11", "Seoul")}


def test_a_definite_kind_dated_to_another_occasion_is_another_document() -> None:
    body = ("After the meeting in Sochi on October 10, the two firms signed a memorandum on "
            "container transit. Their cooperation is based on the memorandum of understanding "
            "signed in Seoul in November 2010.")
    rows = agreements(body, date="2019-10-14")
    assert ("memorandum of understanding", "2010-11", "Seoul") in rows
    assert len(rows) == 2


def test_the_deal_refers_back_to_the_document_just_signed() -> None:
    body = ("SEOUL, Sept. 5 (Yonhap) -- KEPCO and Rosseti signed a memorandum of understanding "
            "here Thursday. The deal was signed by two vice presidents.")
    assert names(body, date="2019-09-05") == {"memorandum of understanding"}


def test_to_after_responding_goes_on_with_the_topic() -> None:
    body = ("At the meeting in Vladivostok on August 27, the two ministers signed a memorandum "
            "of understanding on cooperation in responding to forest fires.")
    assert names(body, date="2019-08-28") == {
        "memorandum of understanding on cooperation in responding to forest fires"}


def test_an_arrangement_with_its_short_form_in_brackets() -> None:
    body = ("The two commissioners signed the Mutual Recognition Arrangement on Trusted "
            "Traders (TT MRA) in Moscow on July 2.")
    assert agreements(body, date="2019-07-03") == {
        ("Mutual Recognition Arrangement on Trusted Traders", "2019-07-02", "Moscow")}


def test_a_visited_complex_places_the_signing_during_the_visit() -> None:
    body = ("A delegation of the shipbuilder visited the Lazurny Shipbuilding Complex in "
            "Bolshoy Kamen on December 9-10. During the visit, the two companies signed an "
            "agreement on technological partnership.")
    assert agreements(body, date="2020-12-11") == {
        ("agreement on technological partnership", "2020-12-09", "Bolshoy Kamen")}


def test_the_source_a_news_item_cites_is_not_the_venue() -> None:
    body = ("Rectors gathered in Vladivostok over the weekend for the Korea-Russia Rectors' "
            "Forum. The two-day forum, held Nov. 1 to 2, brought together 60 rectors, "
            "according to the Ministry of Education in Sejong. At the end of the forum, the "
            "rectors adopted the Vladivostok Declaration on University Cooperation.")
    rows = agreements(body, date="2019-11-04")
    assert {(n, p) for n, _, p in rows} == {
        ("Vladivostok Declaration on University Cooperation", "Vladivostok")}


def test_a_programme_of_cultural_exchanges_is_a_signed_document() -> None:
    body = ("At the meeting in Khabarovsk on September 26, the two ministers signed the "
            "Program of Cultural Exchanges for 2021-2023.")
    assert agreements(body, date="2019-09-27") == {
        ("Program of Cultural Exchanges for 2021-2023", "2019-09-26", "Khabarovsk")}


def test_money_amount_opens_the_documents_name() -> None:
    """"a US$300 million loan agreement": the amount is part of the name, not a count."""
    body = ("The regional bank signed a US$300 million loan agreement with the Tomsk "
            "Development Fund in Moscow on May 3.")
    assert agreements(body, date="2020-05-10") == {
        ("US$300 million loan agreement", "2020-05-03", "Moscow")}


def test_version_participle_stays_in_the_name() -> None:
    """"the renewed agreement", "the revised protocol": which version was signed."""
    body = ("A delegation from Gimhae visited Tomsk from Monday to Thursday, Oct. 5-8. On "
            "Tuesday, the two mayors signed the renewed agreement at the Tomsk city hall.")
    assert agreements(body, date="2020-10-10") == {("renewed agreement", "2020-10-06", "Tomsk")}


def test_list_of_kinds_before_a_contract_and_anaphoric_for() -> None:
    """"its engineering, procurement and construction contract for the plant": one list
    of kinds names the contract; "for the plant" only points back to the project."""
    body = ("The plant is being built in Kaluga. Hanil Engineering signed its engineering, "
            "procurement and construction contract for the plant in 2020.")
    assert names(body, date="2020-11-02") == {
        "engineering, procurement and construction contract"}


def test_city_after_the_parties_places_the_signing() -> None:
    """"signed between the X Institute and the Y Institute in St. Petersburg on D": with
    nothing else to place it, the city after the parties is where it was signed."""
    body = ("The two sides welcomed the memorandum of understanding on soil research signed "
            "between the Korea Soil Institute and the Dokuchaev Soil Institute in "
            "St. Petersburg on September 14.")
    assert agreements(body, date="2021-09-20") == {
        ("memorandum of understanding on soil research", "2021-09-14", "Saint Petersburg")}


def test_signing_on_a_day_of_a_trip_is_where_the_trip_went() -> None:
    """A delegation visited a city for some days; an MOU signed on one of them, at a
    university whose name holds the city, was signed in that city."""
    body = ("A delegation from Gimhae visited Tomsk from Oct. 5 to 8. The delegation also "
            "visited Tomsk State University, where the two universities signed a memorandum "
            "of understanding on joint research in geology on Oct. 7.")
    assert agreements(body, date="2020-10-10") == {
        ("memorandum of understanding on joint research in geology", "2020-10-07", "Tomsk")}


def test_topic_ends_before_an_online_ceremony() -> None:
    body = ("After the talks, Amur State University and Chungbuk Polytechnic signed an "
            "agreement on joint courses in marine engineering in an online ceremony.")
    assert names(body, date="2021-03-10") == {"agreement on joint courses in marine engineering"}


def test_weekday_wins_over_a_year_the_document_plans_for() -> None:
    body = ("VOLGOGRAD, May 8. The sides signed the protocol of the session on Thursday, "
            "setting out a joint research plan for 2024-2025.")
    rows = agreements(body, date="2023-05-08")
    assert {(n, d) for n, d, _ in rows} == {("protocol of the session", "2023-05-04")}


def test_same_day_counts_from_the_meeting_not_from_an_aside() -> None:
    body = ("Deputy Minister Oh Min-seok held the 3rd meeting of the Korea-Russia Customs "
            "Council with Deputy Head Boris Lenko in Kazan on June 11. The two sides noted "
            "that trade grew since the Agreement on Mutual Assistance in Customs Matters "
            "took effect on February 1 this year. On the same day, Oh and Lenko signed a "
            "Memorandum of Understanding on Cooperation in Risk Management.")
    rows = agreements(body, date="2019-06-13")
    assert ("Memorandum of Understanding on Cooperation in Risk Management", "2019-06-11",
            "Kazan") in rows


def test_a_measured_reference_dates_the_document_named_before() -> None:
    body = ("OMSK, April 6 (Interfax) - Omsk Grain and Daesan Feed Co. have signed a "
            "long-term contract for the supply of feed barley, the regional government said. "
            "Under the ten-year contract, signed in Omsk on Tuesday, Omsk Grain will ship "
            "200,000 tonnes a year.")
    assert agreements(body, date="2022-04-06") == {
        ("long-term contract for the supply of feed barley", "2022-04-05", "Omsk")}


def test_a_renewed_document_keeps_its_first_signing_as_a_row() -> None:
    body = ("The customs agency of Korea and the customs service of Russia signed the renewed "
            "memorandum of understanding on cooperation in border control in Busan on June "
            "4. The memorandum was first signed in Irkutsk in May 2012 and was due to expire "
            "this year.")
    rows = agreements(body, date="2020-06-05")
    assert ("memorandum of understanding on cooperation in border control", "2012-05",
            "Irkutsk") in rows
    assert any(d == "2020-06-04" and p == "Busan" for _, d, p in rows)


def test_protocol_of_the_meeting_is_named_after_the_meeting_told_before() -> None:
    body = ("BUSAN, March 9 (Yonhap) -- The talks were held at the 8th session of the "
            "Korea-Russia Joint Committee on Forestry, which opened in Khabarovsk on Monday. "
            "The sides signed a protocol of the session on Wednesday.")
    rows = agreements(body, date="2022-03-09")
    assert rows == {("protocol of the 8th session of the Korea-Russia Joint Committee on "
                     "Forestry", "2022-03-09", "Khabarovsk")}


def test_between_a_bare_plural_stays_in_the_topic() -> None:
    body = ("At the end of the talks, the two deputy ministers signed a memorandum of "
            "understanding on exchanges between naval academies in Vladivostok on June 3.")
    assert agreements(body, date="2021-06-04") == {
        ("memorandum of understanding on exchanges between naval academies", "2021-06-03",
         "Vladivostok")}
    parties = ("The agencies signed a memorandum of understanding on data exchange between "
               "the two agencies in Seoul on June 3.")
    assert names(parties, date="2021-06-04") == {"memorandum of understanding on data exchange"}


def test_a_signed_programme_title_is_a_document_even_when_read_as_a_programme() -> None:
    body = ("Director Oh Min-seok and Deputy Head Irina Volkova held the third Korea-Russia "
            "Meeting of Customs Heads in Busan on September 24. At the close of the meeting, "
            "the two heads signed the Customs Cooperation Program for 2022-2023, which "
            "implements the Memorandum of Understanding on Customs Cooperation concluded "
            "between the two agencies in Moscow in May 2014.")
    assert agreements(body, date="2021-09-26") == {
        ("Customs Cooperation Program for 2022-2023", "2021-09-24", "Busan"),
        ("Memorandum of Understanding on Customs Cooperation", "2014-05", "Moscow")}


def test_the_agreement_after_a_memorandum_is_that_memorandum() -> None:
    body = ("Hanbit Clinic signed a memorandum of understanding on remote diagnostics with "
            "the Ministry of Health of Amur Oblast on Monday, the clinic said Tuesday. The "
            "agreement was signed in Blagoveshchensk by the clinic's director and the "
            "regional minister.")
    assert agreements(body, date="2021-03-09") == {
        ("memorandum of understanding on remote diagnostics", "2021-03-08", "Blagoveshchensk")}


def test_he_attended_the_signing_on_the_day_his_visit_was_told() -> None:
    body = ("Ambassador Lim Tae-ho and Ambassador Oleg Mironov held the 3rd Korea-Russia "
            "Fisheries Consultation in Kazan on May 10.\n\nOn May 11, Ambassador Lim visited "
            "the Kazan Fisheries Institute and met with its director. He attended the signing "
            "of a Memorandum of Understanding on Salmon Research Cooperation between the two "
            "institutes.")
    assert agreements(body, date="2021-05-12") == {
        ("Memorandum of Understanding on Salmon Research Cooperation", "2021-05-11", "Kazan")}


def test_a_signing_announced_for_a_stated_day_is_recorded() -> None:
    body = ("Chief Justice Han Ji-ho will visit Russia next week. On June 14, he will meet "
            "with the Chairman of the Supreme Court of the Russian Federation in Kazan. The "
            "two are expected to sign a memorandum of understanding on court digitalization "
            "that covers exchanges of judges.")
    assert agreements(body, date="2021-06-08") == {
        ("memorandum of understanding on court digitalization", "2021-06-14", "Kazan")}
    wish = ("The two sides hope to sign a memorandum of understanding on court "
            "digitalization next year.")
    assert agreements(wish, date="2021-06-08") == set()


def test_bare_cooperation_keeps_its_parties_and_field() -> None:
    body = ("At the meeting, the two sides signed a memorandum of understanding on cooperation "
            "between the Tomsk Technology Hub and the Daejeon Creative Center in the field "
            "of battery research on May 4, 2022.")
    assert names(body, date="2022-05-05") == {
        "memorandum of understanding on cooperation between the Tomsk Technology Hub and the "
        "Daejeon Creative Center in the field of battery research"}


def test_on_the_spot_is_no_topic() -> None:
    body = ("Five of the ten exhibitors signed letters of intent with local buyers on the "
            "spot, the organisers said on April 2, 2022.")
    assert agreements(body, date="2022-04-03") == set()


def test_counterpart_before_the_topic_is_dropped_and_a_route_city_is_no_venue() -> None:
    body = ("The port operator signed a memorandum of understanding with Far Eastern Shipping "
            "on participation in the Nakhodka-Busan project in Seoul on June 9, 2021.")
    assert agreements(body, date="2021-06-10") == {
        ("memorandum of understanding on participation in the Nakhodka-Busan project",
         "2021-06-09", "Seoul")}


def test_signing_after_talks_takes_the_meeting_not_a_recalled_signing() -> None:
    body = ("The director of the Tax Agency held the 3rd Customs Heads' Meeting with his "
            "Russian counterpart in Daejeon on September 8.\n\n"
            "At this year's meeting, the two heads reviewed the Agreement on Mutual "
            "Assistance in Customs Matters, which was signed in Moscow in June 1995.\n\n"
            "Following the talks, the two heads signed a Memorandum of Understanding on "
            "Electronic Cargo Data.")
    rows = agreements(body, date="2021-09-09")
    assert ("Memorandum of Understanding on Electronic Cargo Data", "2021-09-08",
            "Daejeon") in rows


def test_signed_special_investment_contract_is_an_agreement() -> None:
    body = ("The plant is being modernised under the special investment contract (SPIC) "
            "signed by the Ministry of Industry and Trade and the company in Moscow in "
            "March 2020.")
    assert agreements(body, date="2021-02-01") == {
        ("special investment contract", "2020-03", "Moscow")}


def test_an_addendum_and_the_agreement_it_amends_are_two_documents() -> None:
    body = ("MOSCOW, March 4 -- The governor met the plant's managers on Tuesday. At the "
            "meeting the Tver Oblast government and the company signed an addendum to their "
            "2011 investment agreement, under which the company will add a second line.")
    rows = agreements(body, date="2021-03-04")
    assert ("addendum to their 2011 investment agreement", "2021-03-02", "Moscow") in rows
    assert ("investment agreement", "2011", None) in rows


def test_minutes_signed_at_the_end_of_talks_are_a_document() -> None:
    body = ("The two delegations held the third round of consultations on a customs accord "
            "in Daejeon on October 7. At the end of the talks, the heads of delegation signed "
            "the Minutes of the third round of consultations.")
    rows = agreements(body, date="2021-10-07")
    assert ("Minutes of the third round of consultations", "2021-10-07", "Daejeon") in rows


def test_an_agreement_the_parties_act_under_is_in_force() -> None:
    body = ("Under a bilateral agreement on the conservation of migratory birds, rangers of "
            "both countries share survey data every spring.")
    assert names(body, date="2021-05-01") == {
        "bilateral agreement on the conservation of migratory birds"}


def test_a_signing_after_a_meeting_takes_the_city_the_paragraph_opens_with() -> None:
    body = ("Governor Oleg Sumin visited Korea from November 7 to 11.\n\n"
            "The trip began in Incheon. On Monday the governor met with the city's mayor Park "
            "Jin-woo. The sides discussed port cooperation and signed an Agreement on "
            "Sister-City Relations.")
    rows = agreements(body, date="2021-11-10")
    assert ("Agreement on Sister-City Relations", "2021-11-08", "Incheon") in rows


def test_the_end_of_talks_told_with_weekdays_in_brackets_is_their_last_day() -> None:
    body = ("The two governments held the first round of negotiations on a pension accord "
            "for three days from March 8 (Tue.) to 10 (Thu.) at the Government Complex Sejong."
            "\n\nAt the end of the talks, the two heads of delegation signed the Minutes of the "
            "first round of negotiations.")
    rows = agreements(body, date="2022-03-10")
    assert ("Minutes of the first round of negotiations", "2022-03-10", "Sejong") in rows



_WIRE = ("VLADIVOSTOK. Sept 9 (Interfax) - Rosvest Oil has signed a long-term contract to supply "
         "diesel to Korean refiner Hanbit Energy, the company said in a statement on Thursday."
         "\n\nThe contract was signed on Wednesday on the sidelines of the 5th Eastern Economic "
         "Forum (EEF), which is running in Vladivostok on September 8-9. It was signed by Ivan "
         "Popov.\n\nThe deal was signed on the day the presidents of the two countries held a "
         "summit in Vladivostok.")


def test_a_passive_signing_on_a_weekday_leaves_no_empty_topic() -> None:
    assert "contract on" not in names(_WIRE, date="2021-09-09")


def test_the_day_of_a_summit_is_no_topic_of_a_deal() -> None:
    assert not any("on the day" in n for n in names(_WIRE, date="2021-09-09"))


# -- added for phrasing seen on newer releases (sentences invented) ---------------------


def test_the_day_the_news_was_told_is_not_the_signing_day() -> None:
    body = ("Hanbit Water said on March 6 that it had signed a memorandum of understanding on "
            "river monitoring with the Amur Basin Authority in Blagoveshchensk on Thursday.")
    assert agreements(body, date="2020-03-06") == {
        ("memorandum of understanding on river monitoring", "2020-03-05", "Blagoveshchensk")}


def test_agreements_of_a_visit_name_no_document() -> None:
    body = ("The agreements of the visit continue the arrangements reached by the governor "
            "with Korean partners last year.")
    assert agreements(body, date="2020-03-06") == set()


def test_a_credit_line_sum_is_no_part_of_the_name() -> None:
    body = ("In Vladivostok on 5 September 2021, the two banks signed a framework agreement "
            "on a credit line of up to USD 300 million to finance Korean equipment.")
    assert names(body, date="2021-09-05") == {"framework agreement on a credit line"}


def test_a_contract_to_supply_names_what_not_to_whom() -> None:
    body = ("Sakhaneft signed a long-term contract to supply crude oil to Korean refiner "
            "Hanil Energy in Vladivostok on 6 September 2021.")
    assert names(body, date="2021-09-07") == {"long-term contract to supply crude oil"}


def test_a_declaration_of_a_day_is_dated_that_day() -> None:
    body = ("The envoy explained the outcome of the Busan Joint Declaration of September 19 "
            "to his Russian counterpart.")
    assert agreements(body, date="2018-10-31") == {
        ("Busan Joint Declaration", "2018-09-19", "Busan")}


def test_a_convention_of_a_year_is_dated_that_year() -> None:
    body = ("Under the memorandum, the schools will recognise courses in line with the Hague "
            "Training Convention of 1995.")
    assert ("Hague Training Convention", "1995", None) in agreements(body, date="2016-11-10")


def test_signing_right_after_the_day_a_trip_took_is_on_that_day() -> None:
    body = ("On Tuesday, October 15, the governor met the mayor of Sejong.\n\n"
            "The following day the delegation held talks in Daejeon. In the "
            "presence of the governor, the two park directors signed a memorandum of "
            "understanding on startup exchanges.")
    rows = agreements(body, date="2019-10-17")
    assert ("memorandum of understanding on startup exchanges", "2019-10-16", "Daejeon") in rows


def test_at_the_ceremony_told_before_dates_the_signing() -> None:
    body = ("The exhibition opened on Monday at the national museum in Seoul.\n\n"
            "The two directors cut the ribbon at the opening ceremony on Monday afternoon.\n\n"
            "The ministry announced that Russia plans to hold a return exhibition in Moscow "
            "next autumn.\n\n"
            "At the ceremony, the two directors signed a memorandum of understanding on "
            "exchanges of conservators.")
    rows = agreements(body, date="2019-11-19")
    assert ("memorandum of understanding on exchanges of conservators", "2019-11-18",
            "Seoul") in rows


def test_a_day_after_on_is_no_topic() -> None:
    body = ("The Busan Port Authority signed a memorandum of understanding with the Khabarovsk "
            "River Shipping Company on the 14th to open a joint freight desk.")
    assert names(body, date="2021-04-15") == {"memorandum of understanding"}


def test_counted_documents_on_a_day_or_for_a_sum_name_none() -> None:
    body = ("Tomsk Oblast signed three agreements with Korean firms on the first day of the "
            "Siberian Business Week in Tomsk. In total, the region signed 12 agreements for a "
            "total of 40 billion rubles.")
    assert names(body, date="2021-03-02") == set()


def test_an_anniversary_after_on_is_a_topic() -> None:
    body = ("After the talks, the two ministers adopted the Joint Statement on the 20th "
            "Anniversary of the Sister City Relations between Incheon and Irkutsk.")
    assert any(n.startswith("Joint Statement on the 20th Anniversary") for n in
               names(body, date="2020-05-02"))


def test_a_modified_kind_beside_a_titled_one_is_its_own_document() -> None:
    body = ("The regional government signed two documents at the forum in Kazan on May 12. "
            "The first, an agreement on cooperation in tourism promotion, was signed by the "
            "deputy governor and the director of the Korea Tourism Office. The second, a "
            "loan agreement, was signed by the deputy governor and the head of Daegu Bank.")
    found = names(body, date="2020-05-13")
    assert {"agreement on cooperation in tourism promotion", "loan agreement"} <= found


def test_a_draft_is_not_signed_but_the_protocol_is() -> None:
    body = ("Following the consultations, Inna Sorokina and Park Min-ah signed a protocol, "
            "under which the parties will prepare a draft memorandum of understanding on "
            "cooperation in veterinary control.")
    found = names(body, date="2022-06-10")
    assert "protocol" in found
    assert not any("draft" in n for n in found)


def test_the_parties_in_a_signing_clause_name_the_agreement() -> None:
    body = ("Under the agreement concluded in March 2021 between the Far East Leasing Fund "
            "(FELF) and the Korean company Hanbit Ferries, two ferries will be chartered.")
    assert names(body, date="2021-08-01") == {"agreement between FELF and Hanbit Ferries"}


def test_a_regime_set_up_under_an_agreement_names_it() -> None:
    body = ("Tourist flows grew thanks to the visa-free regime in force since 2015 under the "
            "agreement signed in Moscow in May 2014.")
    assert agreements(body, date="2019-02-01") == {
        ("agreement on the visa-free regime", "2014-05", "Moscow")}


def test_the_same_ceremony_is_the_signing_told_before() -> None:
    body = ("Yesterday, in Changwon, Governor Oleg Vetrov and Mayor Seo Jin-ho signed the "
            "Agreement on Friendship and Cooperation between Tver Oblast and Changwon.\n\n"
            "Trade between the region and Korea grew by 5% last year.\n\n"
            "During the same ceremony, Tver State University and Changwon National University "
            "signed a memorandum of cooperation.")
    rows = agreements(body, date="2019-11-14")
    assert ("memorandum of cooperation between Tver State University and Changwon National "
            "University", "2019-11-13", "Changwon") in rows


def test_an_agreement_signed_at_the_ceremony_told_before_is_dated_today() -> None:
    body = ("The Pusan Institute opened a joint marine robotics centre with Tomsk University on "
            "Tuesday.\n\nAttending the opening ceremony were the two rectors.\n\n"
            "Under the agreement signed by the two universities at the ceremony, each side will "
            "send five researchers a year.")
    rows = agreements(body, date="2019-06-18")
    assert any(date == "2019-06-18" for _, date, _ in rows)


def test_a_year_before_the_kind_dates_the_document() -> None:
    body = ("The customs heads meet every year on the basis of the 1995 intergovernmental "
            "agreement on cooperation in veterinary inspection.")
    assert agreements(body, date="2021-03-02") == {
        ("intergovernmental agreement on cooperation in veterinary inspection", "1995", None)}


def test_how_the_goods_come_fitted_is_not_part_of_the_contract_name() -> None:
    body = ("Avia Holding and the Gyeongbuk Fire Service signed a contract for the supply of two "
            "Mi-8 helicopters in search-and-rescue configuration in Kazan on 4 March.")
    assert names(body, date="2021-03-05") == {"contract for the supply of two Mi-8 helicopters"}


def test_a_regime_contract_signed_in_a_relative_clause_is_one_document() -> None:
    body = ("The carmaker plans to raise localization under the special investment contract "
            "(SPIC) it signed with the regional government in Kazan on 10 June.")
    rows = agreements(body, date="2021-09-01")
    assert ("special investment contract", "2021-06-10", "Kazan") in rows


def test_a_signing_two_sentences_after_the_following_day_is_on_that_day() -> None:
    body = ("On Monday, 3 May, the governor held talks in Busan with the port authority.\n\n"
            "The following day, in Seoul, the governor met the head of Hanmir Logistics. "
            "Hanmir already runs two warehouses abroad. The governor and the head of Hanmir "
            "signed an investment agreement.")
    assert ("investment agreement", "2021-05-04", "Seoul") in agreements(body, date="2021-05-07")


def test_a_meeting_by_video_conference_has_no_place() -> None:
    body = ("The agencies held the 5th Joint Committee by video conference on 12 May with "
            "experts of the Polar Institute in Murmansk.\n\n"
            "At the meeting, the two agencies signed a Memorandum of Understanding on the "
            "Exchange of Ice Charts.")
    rows = agreements(body, date="2021-05-13")
    assert ("Memorandum of Understanding on the Exchange of Ice Charts", "2021-05-12", None) in rows


def test_a_body_s_head_office_is_where_it_was_signed() -> None:
    body = ("The two postal operators signed a Memorandum of Understanding on Parcel Tracking. "
            "The document was signed at Kazan Post's head office in Kazan on 5 April.")
    rows = agreements(body, date="2021-04-06")
    assert ("Memorandum of Understanding on Parcel Tracking", "2021-04-05", "Kazan") in rows


def test_a_consul_posted_in_a_city_does_not_place_the_signing() -> None:
    body = ("The business forum opened in Yakutsk on 21 November. The governor opened the "
            "plenary session with the Consul General of Korea in Vladivostok.\n\n"
            "Following the plenary session, the following documents were signed:\n\n"
            "- an agreement on the construction of a poultry farm with an area of 5 hectares in "
                "Nakhodka.")
    rows = agreements(body, date="2019-11-21")
    assert ("agreement on the construction of a poultry farm", "2019-11-21", "Yakutsk") in rows


def test_a_letter_on_the_project_is_named_by_its_kind_at_the_forum_city() -> None:
    body = ("The two sides signed a letter of intent on the project on the sidelines of the "
            "Vladivostok Energy Forum in June, the company said.")
    assert agreements(body, date="2021-08-13") == {("letter of intent", "2021-06", "Vladivostok")}


def test_a_work_programme_adopted_at_this_year_s_meeting_takes_the_meeting_day() -> None:
    body = ("The ministers co-chaired the 7th Joint Committee on Forestry Cooperation in Sochi on "
            "October 12 (Tue).\n\n"
            "At this year's meeting, the two sides adopted the Korea-Russia Forestry Cooperation "
            "Work Programme for 2022-2023.")
    rows = agreements(body, date="2021-10-14")
    assert ("Korea-Russia Forestry Cooperation Work Programme for 2022-2023", "2021-10-12",
            "Sochi") in rows


def test_a_referenced_agreement_dated_in_brackets() -> None:
    body = ("The two councils run joint calls every year.\n\n"
            "※ Reference: Agreement between the Government of the Republic of Korea and the "
            "Government of the Russian Federation on Cooperation in Fisheries (signed in 1991), "
            "Article 3.")
    rows = agreements(body, date="2019-11-20")
    assert ("Agreement between the Government of the Republic of Korea and the Government of "
            "the Russian Federation on Cooperation in Fisheries", "1991", None) in rows


def test_a_relative_clause_without_that_is_no_part_of_the_title() -> None:
    body = ("The vice ministers reviewed how the Treaty on Extradition the two countries "
            "signed in 2003 works in practice.")
    assert ("Treaty on Extradition", "2003", None) in agreements(body, date="2020-05-12")


def test_with_respect_to_stays_in_a_tax_title() -> None:
    body = ("In Busan on April 2, the two vice ministers signed the Protocol amending the "
            "Convention for the Avoidance of Double Taxation with respect to Taxes on Capital.")
    assert names(body, date="2021-04-03") == {
        "Protocol amending the Convention for the Avoidance of Double Taxation with respect "
        "to Taxes on Capital"}


def test_a_party_s_country_in_brackets_is_an_aside() -> None:
    body = ("Governor Ivan Lapin and Governor Seo Min-ho today signed an agreement on cultural "
            "cooperation between Amur Oblast (Russian Federation) and Gangwon-do (Republic of "
            "Korea) in Blagoveshchensk.")
    assert names(body, date="2021-06-09") == {
        "agreement on cultural cooperation between Amur Oblast and Gangwon-do"}


def test_a_signing_placed_nowhere_takes_the_city_the_visit_went_to() -> None:
    body = ("Governor Ivan Lapin and Governor Seo Min-ho today signed an agreement on cultural "
            "exchanges. The Korean delegation arrived in Irkutsk on Monday for a three-day "
            "visit.")
    rows = agreements(body, date="2021-06-09")
    assert ("agreement on cultural exchanges", "2021-06-09", "Irkutsk") in rows


def test_a_bare_day_falls_in_the_month_named_before_it() -> None:
    body = ("The service was first shown at the Eastern Economic Forum in Vladivostok in "
            "September 2019, where the two carriers signed a memorandum on rail freight on "
            "September 4.")
    rows = agreements(body, date="2020-10-15")
    assert ("memorandum on rail freight", "2019-09-04", "Vladivostok") in rows


def test_a_city_opening_the_signing_sentence_as_a_dateline_places_it() -> None:
    body = ("Khabarovsk, 4 June 2019 – The regional development fund and a Korean bank today "
            "signed a cooperation agreement on the sidelines of the 2nd Amur Investment Forum.")
    rows = agreements(body, date="2019-06-04")
    assert any(place == "Khabarovsk" for _, _, place in rows)


# -- the day and place a later sentence or the story around a signing tells ---------------


def test_a_weekday_in_the_signing_clause_of_a_back_reference_dates_the_document() -> None:
    body = ("Moscow, 9 March 2022. - Two regional carriers have signed an interline agreement "
            "covering flights to Irkutsk.\n\nThe agreement was signed on Monday at the "
            "carrier's head office in Moscow by the two commercial directors.")
    rows = agreements(body, date="2022-03-09")
    assert ("interline agreement covering flights to Irkutsk", "2022-03-07", "Moscow") in rows


def test_a_year_in_an_event_name_yields_to_the_weekday_of_the_signing() -> None:
    body = ("BUSAN -- A Korean studio said Friday it has signed a distribution agreement with "
            "a Russian publisher.\n\nThe deal was signed on Thursday at Game Show 2021, which "
            "opened at BEXCO in Busan the same day.")
    rows = agreements(body, date="2021-11-19")
    assert ("distribution agreement", "2021-11-18", "Busan") in rows


def test_a_signing_at_the_stand_is_placed_where_the_show_is_held() -> None:
    body = ("The trade agency ran a national stand at the Industrial Parts Fair, held at the "
            "Expocentre in Moscow from May 16 to 19.\n\nAt the opening of the stand on May 16, "
            "the deputy minister toured the booths.\n\nOn May 17, the agency also signed a "
            "memorandum of understanding with a dealers' union at the stand to share market "
            "data.")
    rows = agreements(body, date="2023-05-22")
    assert ("memorandum of understanding", "2023-05-17", "Moscow") in rows


def test_the_city_a_delegation_travelled_to_where_it_signed_is_the_venue() -> None:
    body = ("The governor arrived in Korea on 3 June for a three-day working visit.\n\n"
            "The following day the delegation travelled to Ulsan, where the governor and "
            "Mayor Han Jae-woo signed an agreement on shipbuilding cooperation. On the same "
            "day, two regional universities signed an agreement on student exchanges.")
    rows = agreements(body, date="2024-06-05")
    assert ("agreement on shipbuilding cooperation", "2024-06-04", "Ulsan") in rows
    assert ("agreement on student exchanges", "2024-06-04", "Ulsan") in rows


def test_a_signing_right_after_the_talks_of_its_day_is_placed_at_those_talks() -> None:
    body = ("The governor arrived in Korea on a three-day visit.\n\nOn Tuesday, the governor "
            "held talks in Daejeon with the head of a state research agency. In the presence "
            "of the consul general, the agency and the regional development corporation "
            "signed a memorandum on joint research in new materials.")
    rows = agreements(body, date="2022-04-14")
    assert ("memorandum on joint research in new materials", "2022-04-12", "Daejeon") in rows


def test_the_agreement_of_intent_is_no_other_agreement_told_before() -> None:
    body = ("Under the investment agreement, the investor will put 2 billion rubles into a "
            "seafood plant.\n\nThe plant will employ 300 people and process pollock.\n\nIt "
            "will ship fillets to Busan.\n\nThe agreement of intent on the project was signed "
            "by the regional government and the investor at the forum in Vladivostok in "
            "September 2020.")
    rows = agreements(body, date="2021-02-10")
    assert ("agreement of intent", "2020-09", "Vladivostok") in rows


def test_the_deal_told_far_after_the_contract_is_that_contract() -> None:
    body = ("A Russian oil producer has signed a long-term contract to supply crude oil to a "
            "Korean refiner in Vladivostok on 6 September 2023.\n\nThe oil will be loaded at a "
            "terminal in Primorsky Krai.\n\nPrices are linked to the Dubai benchmark.\n\nThe "
            "refiner buys crude from several suppliers.\n\nThe deal was signed on the day the "
            "two presidents met in Vladivostok.")
    assert names(body, date="2023-09-07") == {"long-term contract to supply crude oil"}


def test_a_signing_on_the_sidelines_of_a_show_still_running_is_dated_by_the_release() -> None:
    body = ("Mayor Ivan Sorokin met with Mayor of Daegu Choi Min-ho on the sidelines of the "
            "fifth Kazan Urban Forum, which opened in Kazan on 10 October and will run until "
            "14 October. The mayors signed a memorandum on cooperation in public transport.")
    rows = agreements(body, date="2019-10-11")
    assert ("memorandum on cooperation in public transport", "2019-10-11", "Kazan") in rows


def test_a_ministry_s_site_named_after_its_city_is_where_talks_held_there_were() -> None:
    body = ("SEOUL, March 3 (Yonhap) -- Korea and Russia agreed on Tuesday to widen legal "
            "cooperation.\n\nThe vice ministers held talks at the ministry's Gwacheon "
            "government complex, south of Seoul.\n\nThey also signed a memorandum of "
            "understanding on legal training.")
    rows = agreements(body, date="2020-03-03")
    assert ("memorandum of understanding on legal training", "2020-03-03", "Gwacheon") in rows


def test_an_acronym_in_a_list_of_subjects_does_not_end_the_topic() -> None:
    body = ("Two software firms from Kazan and Daejeon signed a memorandum of understanding on "
            "cooperation in cloud services, IoT and speech recognition on Monday in Daejeon.")
    assert names(body, date="2020-02-05") == {
        "memorandum of understanding on cooperation in cloud services, IoT and speech recognition"}


def test_the_year_a_document_is_extended_to_is_no_day_of_signing() -> None:
    body = ("The rectors of the two universities met in Tomsk on 14 May 2021 and signed an "
            "agreement extending the exchange memorandum between their universities to 2026.")
    rows = agreements(body, date="2021-05-15")
    assert ("agreement extending the exchange memorandum between their universities",
            "2021-05-14", "Tomsk") in rows


def test_a_month_of_that_year_lies_in_the_year_told_before() -> None:
    body = ("The rector recalled that the two institutes have worked together since 2014, when "
            "a memorandum of understanding on student exchange was signed in Daejeon in March "
            "of that year.")
    rows = agreements(body, date="2019-06-04")
    assert ("memorandum of understanding on student exchange", "2014-03", "Daejeon") in rows


def test_a_signing_without_a_place_takes_the_city_the_release_is_about() -> None:
    body = ("The training ship Mirae arrived in Nakhodka on Monday with 90 cadets. Nakhodka "
            "officials met the ship's master at the port. On Wednesday, a memorandum of "
            "understanding on cadet exchanges was signed at the Nakhodka Maritime College "
            "by the two rectors. The ship leaves Nakhodka on Friday.")
    rows = agreements(body, date="2018-07-13")
    assert ("memorandum of understanding on cadet exchanges", "2018-07-11", "Nakhodka") in rows
    body = ("Nakhodka has trained sailors for Korean fleets since 2009, and Nakhodka port "
            "handles most Korean cargo. The two colleges have exchanged teachers for a decade. "
            "On Wednesday, a memorandum of understanding on cadet exchanges was signed by the "
            "two rectors.")  # its place only a reading of the whole release: marked so
    out = extract(Document(text=body, key="test://guessed-signing", date="2018-07-13"))
    marked = {s for (s, p, o) in out.triples if p == KGO.placeInferred and o.toPython() is True}
    assert {out.label_of(s) for s in marked} == {"memorandum of understanding on cadet exchanges"}


def test_plural_documents_with_several_counterparts_one_each() -> None:
    body = ("On Monday, Hanbit Motors signed memorandums of understanding with Ural Polytech "
            "and Volga Institute on joint research and internships in Yekaterinburg.")
    assert names(body, date="2019-03-05") == {
        "memorandum of understanding between Hanbit Motors and Ural Polytech",
        "memorandum of understanding between Hanbit Motors and Volga Institute"}


def test_a_language_taught_as_foreign_stays_in_the_topic() -> None:
    body = ("Rector Kim Do-yoon and Rector Olga Markina signed a memorandum of understanding on "
            "the training of teachers of Korean as a foreign language in Irkutsk on May 3, 2019.")
    assert names(body, date="2019-05-04") == {
        "memorandum of understanding on the training of teachers of Korean as a foreign language"}


def test_a_renewing_document_and_the_first_year_of_the_tie() -> None:
    body = ("Governor Han Ji-ho met Governor Pavel Orlov in Tver on Tuesday and signed an "
            "agreement renewing the partnership that the two regions first established in "
            "May 2004.")
    assert agreements(body, date="2019-06-06") == {
        ("agreement renewing the partnership", "2019-06-04", "Tver")}


def test_a_clause_that_only_refers_keeps_off_the_other_clause_signing() -> None:
    body = ("Daehan Telecom and Volga Link signed a memorandum of understanding on data centres "
            "in Kazan on Tuesday. The Daehan-Volga memorandum is the third agreement between the "
            "companies; in March 2015 they signed a roaming agreement.")
    rows = agreements(body, date="2019-06-06")
    assert ("Daehan-Volga memorandum", "2019-06-04", "Kazan") in rows
    assert not any(name.endswith("between the companies") for name, _, _ in rows)


def test_a_plan_period_is_no_signing_date() -> None:
    body = ("At the end of the meeting in Daejeon on 5 March 2021, the two institutes signed a "
            "memorandum of understanding on isotope supply, and the co-chairs adopted the "
            "committee's work plan for 2022-2023.")
    rows = agreements(body, date="2021-03-06")
    assert ("memorandum of understanding on isotope supply", "2021-03-05", "Daejeon") in rows


def test_the_month_may_is_no_plan() -> None:
    body = ("In May, the company signed a memorandum of understanding with the Government of "
            "Kazan on cooperation in smart lighting in Kazan.")
    assert names(body, date="2018-10-30") == {
        "memorandum of understanding on cooperation in smart lighting"}


def test_the_same_day_without_a_signing_before_is_the_first_day_told() -> None:
    body = ("Hanbit Robotics has opened a robotics laboratory in Kazan, the company said "
            "Friday. The laboratory held its opening ceremony Thursday in the city centre. It "
            "follows the opening of similar labs in Lyon on May 2 and in Austin on May 9.\n\n"
            "On the same day, Hanbit Robotics signed memorandums of understanding with Kazan "
            "Polytech and Volga Institute on joint research.")
    rows = agreements(body, date="2019-05-17")
    assert {d for _, d, _ in rows} == {"2019-05-16"}


def test_the_renewed_document_after_the_one_renewing_is_that_one() -> None:
    body = ("Governor Han Ji-ho met Governor Pavel Orlov in Tver on Tuesday and signed an "
            "agreement renewing the partnership of the two regions. Under the renewed "
            "agreement, the regions will exchange students and artists.")
    assert names(body, date="2019-06-06") == {
        "agreement renewing the partnership of the two regions"}


def test_a_clause_about_an_earlier_occasion_and_the_same_year() -> None:
    body = ("The idea of the institute was first raised at a forum held in Omsk last March, "
            "and the two academies signed an agreement on its founding in Tomsk on June 4 of "
            "the same year.")
    assert agreements(body, date="2017-09-01") == {
        ("agreement on its founding", "2016-06-04", "Tomsk")}


def test_a_bare_cooperation_agreement_is_named_by_the_two_bodies_that_signed_it() -> None:
    body = ("The Kazan Tram and Daegu Transit have signed an agreement on cooperation in Kazan "
            "on 3 May 2019.")
    assert names(body, date="2019-05-04") == {
        "agreement on cooperation between the Kazan Tram and Daegu Transit"}


def test_people_who_sign_are_not_the_parties() -> None:
    body = ("Rector Olga Markina and President Kim Do-yoon signed a memorandum of cooperation "
            "in Irkutsk on 3 May 2019.")
    assert names(body, date="2019-05-04") == {"memorandum of cooperation"}


def test_a_document_on_the_project_told_before_keeps_its_kind_name() -> None:
    body = ("The parties discussed a plant near Kholmsk. Following the meeting, Tver Oblast and "
            "Hanbit Energy signed an agreement of intent on the project in Tver on 2 June 2021.")
    assert names(body, date="2021-06-03") == {"agreement of intent"}


def test_a_list_of_subjects_of_several_words_stays_whole() -> None:
    body = ("Minister Anna Petrova and Director Han Ji-woo signed a memorandum of understanding "
            "on cooperation in forest protection, fire prevention and reforestation on Sakhalin "
            "in Yuzhno-Sakhalinsk on 3 May 2021.")
    assert names(body, date="2021-05-04") == {
        "memorandum of understanding on cooperation in forest protection, fire prevention "
        "and reforestation on Sakhalin"}


def test_a_day_told_with_the_signing_stays_within_the_visit_told_after() -> None:
    body = ("On 12 May, the institute and the Daedeok Plasma Centre signed an Agreement on "
            "Scientific Cooperation. The document was signed in Novosibirsk during the visit "
            "of a Korean delegation on 11-13 May.")
    assert agreements(body, date="2015-05-14") == {
        ("Agreement on Scientific Cooperation", "2015-05-12", "Novosibirsk")}


def test_friendly_exchange_and_cooperation_is_named_with_its_two_regions() -> None:
    body = ("Governor Ivan Sokolov and Governor Lee Min-ho signed an Agreement on Friendly "
            "Exchange and Cooperation between Tomsk Oblast and North Gyeongsang Province in "
            "Andong on 13 May 2015.")
    assert names(body, date="2015-05-14") == {
        "Agreement on Friendly Exchange and Cooperation between Tomsk Oblast and North "
        "Gyeongsang Province"}


def test_the_two_parties_only_referred_to_stay_out_of_the_name() -> None:
    body = ("On 4 June 2018, the rectors signed an agreement extending the student exchange "
            "programme between the two academies in Omsk.")
    assert names(body, date="2018-06-05") == {
        "agreement extending the student exchange programme"}


def test_two_kinds_joined_before_the_kind_stay_in_its_name() -> None:
    body = ("Volga Pharma and Hanbit Bio signed a research and production agreement in Kazan on "
            "3 May 2021.")
    assert names(body, date="2021-05-04") == {"research and production agreement"}
