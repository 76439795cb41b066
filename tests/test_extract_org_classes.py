"""Organization shapes and figure classes on invented sentences (second batch).

Regional governments written in lower case or as a list, regional ministries
implied by a lower-case title, numbered hospitals, trailing appositives that give
a country, site menus, and figures: "the same period", restated sums, elided
counted nouns, "the two companies".
"""

from __future__ import annotations

from test_extract_orgs_figures import affiliations, indicators, organizations


def test_lower_case_government_of_a_possessed_region() -> None:
    rows = organizations("A hospital group signed a deal with the government of Russia's "
                         "Amur Region on Monday.")
    assert ("Government of Amur Region", "Russian Federation") in rows


def test_governments_listed_after_one_plural_head() -> None:
    rows = organizations("Officials took part, including the Governments of Amur Oblast, "
                         "Magadan Oblast and the Republic of Buryatia on the Russian side.")
    assert {("Government of Amur Oblast", "Russian Federation"),
            ("Government of Magadan Oblast", "Russian Federation"),
            ("Government of the Republic of Buryatia", "Russian Federation")} <= rows


def test_lower_case_regional_minister_implies_a_regional_ministry() -> None:
    rows = affiliations("Olga Petrova, minister of health of Amur Oblast, signed the deal.")
    assert ("Olga Petrova", "Ministry of Health of Amur Oblast") in rows


def test_numbered_hospital_of_a_possessed_city() -> None:
    rows = organizations("Doctors will link up with Tomsk's City Clinical Hospital No. 3 "
                         "next year.")
    assert ("City Clinical Hospital No. 3", "Russian Federation") in rows


def test_trailing_appositive_gives_the_country() -> None:
    rows = organizations("Hanul Medical Health System, one of South Korea's largest hospital "
                         "groups, opened a clinic.")
    assert ("Hanul Medical Health System", "Republic of Korea") in rows


def test_menu_line_names_no_body() -> None:
    rows = organizations("Home | About | Press Center | Contacts\n\nThe Daebak Trading "
                         "Company of Korea opened an office.")
    assert not any("Press Center" in name for name, _ in rows)


def test_korean_deputy_minister_for_a_portfolio_heads_no_ministry() -> None:
    rows = organizations("The meeting was chaired by Deputy Minister for Trade Policy "
                         "Kim Dae-ho of Korea.")
    assert not any(name == "Ministry for Trade Policy" for name, _ in rows)


def test_same_period_takes_the_period_of_the_figure_before() -> None:
    rows = indicators("Trade came to $9.2 billion in January-May 2019. Exports amounted to "
                      "$4.4 billion over the same period.")
    assert (4.4e9, "USD", "2019-01/2019-05") in rows


def test_nine_months_of_a_year() -> None:
    rows = indicators("Over the nine months of 2019, the region received 12,500 tourists.")
    assert (12500.0, "persons", "2019-01/2019-09") in rows


def test_base_period_without_of_is_not_the_period() -> None:
    rows = indicators("Trade came to $9.2 billion in January-May 2019, down 2.5% from the "
                      "same period last year.")
    assert (2.5, "percent", "2019-01/2019-05") in rows


def test_restated_sum_shares_the_status_of_the_first() -> None:
    rows = indicators("They will invest 20 billion rubles, or about $300 million, in 2020.")
    assert (3e8, "USD", "2020") in rows


def test_elided_noun_of_a_parallel_clause() -> None:
    rows = indicators("Last year the desk supported 8 projects; this year it has 12.",
                      date="2019-10-01")
    assert (12.0, "projects", "2019") in rows


def test_the_two_companies_is_no_count() -> None:
    rows = indicators("In 2019 the two companies signed a memorandum.")
    assert not any(u == "companies" for _, u, _ in rows)


def test_pronoun_takes_the_number_of_the_sentence_before() -> None:
    rows = indicators("The number of Russians travelling to Korea has grown. Last year it "
                      "exceeded 250,000.", date="2019-03-01")
    assert (250000.0, "persons", "2018") in rows


def test_masthead_line_is_not_a_body_of_the_news() -> None:
    rows = organizations("NEWSWIRE\nEastern News Agency\nWorld\n\nThe Daebak Trading Company "
                         "of Korea opened an office in Tomsk.")
    assert not any("News Agency" in name for name, _ in rows)


def test_a_company_family_name_of_two_words_is_a_company() -> None:
    orgs = organizations("After the forum, the regional agency and Pan Ocean signed a "
                         "memorandum on a grain terminal.")
    assert ("Pan Ocean", "Republic of Korea") in orgs


def test_a_known_body_loses_the_abbreviation_coined_for_it() -> None:
    orgs = organizations("The talks were attended by officials of Russian Railways (RZD) and "
                         "the Korea Railroad Corporation.")
    assert ("Russian Railways", "Russian Federation") in orgs


def test_a_post_without_its_holder_implies_its_ministry() -> None:
    orgs = organizations("The committee is co-chaired by Korea's Minister of Economy and "
                         "Finance and Russia's Minister for the Development of the Russian "
                         "Far East.")
    assert ("Ministry of Economy and Finance", "Republic of Korea") in orgs


def test_ambassador_to_a_state_belongs_to_the_embassy_there() -> None:
    rows = affiliations("Russian Ambassador to Korea Pavel Orlov and Ambassador of the Republic "
                        "of Korea to the Russian Federation Han Do-yun attended the forum.")
    assert ("Pavel Orlov", "Embassy of the Russian Federation in the Republic of Korea") in rows
    assert ("Han Do-yun", "Embassy of the Republic of Korea in the Russian Federation") in rows


def test_portfolio_ministry_in_lower_case_is_the_known_ministry() -> None:
    rows = organizations("The trade ministry said it will brief Russia's energy ministry on "
                         "the grid study next month.", publisher="Yonhap")
    assert ("Ministry of Trade, Industry and Energy", "Republic of Korea") in rows
    assert ("Ministry of Energy", "Russian Federation") in rows


def test_two_named_bodies_joined_by_and_are_two() -> None:
    rows = organizations("Daegu Hanbit University of Languages and Tomsk Regional State "
                         "University launched a joint course.")
    assert ("Daegu Hanbit University of Languages", "Republic of Korea") in rows
    assert any(name == "Tomsk Regional State University" for name, _ in rows)


def test_named_hospital_of_a_named_university_is_two_bodies() -> None:
    rows = organizations("A clinic that Mirae Hospital of Hanbit University plans to open in "
                         "Khabarovsk was discussed.")
    names = {name for name, _ in rows}
    assert {"Mirae Hospital", "Hanbit University"} <= names


def test_holder_name_after_a_shaped_body_is_not_part_of_it() -> None:
    rows = affiliations("The delegation was led by Deputy Head of the Federal Agency for Marine "
                        "Transport Sergei Volkov.")
    assert ("Sergei Volkov", "Federal Agency for Marine Transport") in rows


def test_gazetteer_name_with_a_comma_is_not_cut_at_it() -> None:
    rows = affiliations("Director General Park Min-jae of the Ministry of Trade, Industry and "
                        "Energy led the Korean side.")
    assert ("Park Min-jae", "Ministry of Trade, Industry and Energy") in rows


def test_region_possessive_government_and_its_official() -> None:
    rows = affiliations("Deputy Chairman of the Amur Region Government Ivan Belov met the "
                        "visitors, the Amur Region's government said.")
    assert any(person == "Ivan Belov" and "Amur Region" in org for person, org in rows)
    assert len({org for _, org in rows}) == 1


def test_body_of_a_region_keeps_its_region() -> None:
    rows = organizations("Head of the Amur Region's Tourism Agency Olga Petrova spoke.")
    assert ("Tourism Agency", "Russian Federation") not in rows
