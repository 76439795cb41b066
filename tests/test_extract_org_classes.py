"""Organization shapes and figure classes on invented sentences (second batch).

Regional governments written in lower case or as a list, regional ministries
implied by a lower-case title, numbered hospitals, trailing appositives that give
a country, site menus, and figures: "the same period", restated sums, elided
counted nouns, "the two companies".
"""

from __future__ import annotations

from test_extract_orgs_figures import affiliations, indicators, organizations

RU = "Russian Federation"


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


# -- third batch: portfolios before "Minister", bodies a context names, regional governments --


def test_minister_of_several_portfolios_heads_the_ministry_of_any() -> None:
    rows = affiliations("South Korea's Health and Welfare Minister Ryu Ha-neul and his "
                        "counterpart met on Monday. Trade, Industry and Energy Minister Yoo "
                        "Min-jae said the talks went well.")
    assert ("Ryu Ha-neul", "Ministry of Health and Welfare") in rows
    assert ("Yoo Min-jae", "Ministry of Trade, Industry and Energy") in rows


def test_portfolio_pair_before_minister_is_one_post() -> None:
    rows = affiliations("On Friday, Yoo will meet Russian Industry and Trade Minister Pavel "
                        "Orlov in Moscow.")
    assert ("Pavel Orlov", "Ministry of Industry and Trade") in rows


def test_officer_in_brackets_after_the_body() -> None:
    rows = affiliations("The Ministry of Oceans and Fisheries (Minister Kang Do-hyun) "
                        "announced on Monday that the talks had ended.")
    assert ("Kang Do-hyun", "Ministry of Oceans and Fisheries") in rows


def test_abbreviation_between_body_and_title() -> None:
    rows = affiliations("Korea Railroad Corp. (Korail) CEO Jang Min-ho and his guests held "
                        "talks in Seoul on Monday.")
    assert any(p == "Jang Min-ho" and o.startswith("Korea Railroad Corp") for p, o in rows)


def test_capitalised_its_refers_to_the_body_before() -> None:
    rows = affiliations("The Far East Investment and Export Agency supported the investor. "
                        "Its CEO Pavel Orlov said the agency had helped.")
    assert ("Pavel Orlov", "Far East Investment and Export Agency") in rows


def test_common_noun_refers_to_the_body_described_by_it() -> None:
    rows = affiliations("Samsung Heavy Industries Co., South Korea's No. 2 shipbuilder, won "
                        "an order for carriers for Novatek's Arctic project. \"We expect more "
                        "orders,\" said Kang Min-ho, a senior vice president at the shipbuilder.")
    assert ("Kang Min-ho", "Samsung Heavy Industries") in rows


def test_governor_of_a_region_whose_government_heads_the_page() -> None:
    rows = affiliations("Government of Amur Oblast\nOfficial website\n\nNews\n\nPavel Orlov, "
                        "Governor of Amur Oblast, and Ivan Petrov, Vice-Governor of Amur Oblast "
                        "in charge of international relations, visited Busan on 26 June.")
    assert ("Pavel Orlov", "Government of Amur Oblast") in rows
    assert ("Ivan Petrov", "Government of Amur Oblast") in rows


def test_regional_government_named_in_passing() -> None:
    rows = affiliations("Sakhalin Region Governor Pavel Orlov met the consul on Monday. "
                        "According to the regional government, tourist numbers grew by 27%.")
    assert ("Pavel Orlov", "Government of the Sakhalin Region") in rows


def test_vice_governor_for_a_portfolio_after_the_region() -> None:
    rows = affiliations("Ivan Petrov, Vice-Governor of the Leningrad Region for Economy and "
                        "Investment, spoke first. Later the Government of the Leningrad Region "
                        "signed a memorandum.")
    assert ("Ivan Petrov", "Government of the Leningrad Region") in rows


def test_korean_vice_governor_when_the_provincial_government_is_named() -> None:
    rows = affiliations("The delegation, headed by Vice Governor for Economic Affairs of "
                        "North Gyeongsang Province Park Min-jun, included 14 companies. Later "
                        "the Government of Gyeongsangbuk-do signed an agreement.")
    assert ("Park Min-jun", "Government of Gyeongsangbuk-do") in rows


def test_korean_governor_without_a_named_government_has_none() -> None:
    rows = affiliations("Gangwon Governor Choi Min-ho met the consul. The route carried "
                        "28,600 passengers, according to the provincial government.")
    assert not any(p == "Choi Min-ho" for p, _ in rows)


def test_weekday_after_on_is_not_part_of_the_name() -> None:
    rows = organizations("The senators will meet the Korea-Russia Parliamentary Friendship "
                         "Association on Wednesday.")
    assert ("Korea-Russia Parliamentary Friendship Association", "Republic of Korea") in rows


def test_capital_government_in_lower_case_is_the_state() -> None:
    rows = organizations("The meetings came as the Seoul government sought to give substance "
                         "to its plans.")
    assert not any("Seoul" in name for name, _ in rows)


def test_state_as_possessor_is_not_part_of_the_name() -> None:
    rows = affiliations("The Russian side was headed by Ivan Petrov, deputy head of Russia's "
                        "Federal Agency for Fishery.")
    assert ("Ivan Petrov", "Federal Agency for Fishery") in rows


def test_lower_case_portfolio_ministry_in_a_title() -> None:
    rows = affiliations("Kim Min-ho, director general for international cooperation at the "
                        "oceans ministry, led the South Korean delegation.")
    assert ("Kim Min-ho", "Ministry of Oceans and Fisheries") in rows


def test_body_named_by_its_head_noun_alone_refers_back() -> None:
    text = ("The Far East Investment and Export Agency and the province signed an agreement. "
            "It was signed by General Director of the Agency Pavel Orlov.")
    assert ("Pavel Orlov", "Far East Investment and Export Agency") in affiliations(text)
    assert not any(name == "Agency" for name, _ in organizations(text))


def test_deputy_prime_minister_on_a_page_naming_the_government() -> None:
    rows = affiliations("The Russian Government\n\nNews\n\nDeputy Prime Minister Olga Petrova "
                        "met in Moscow with the Ambassador of the Republic of Korea.")
    assert rows & {("Olga Petrova", "Government of the Russian Federation"),
                   ("Olga Petrova", "Russian Government")}


def test_nuclear_and_space_bodies_of_the_gazetteer() -> None:
    rows = organizations("Rosatom and Korea Hydro & Nuclear Power (KHNP) signed a memorandum; "
                         "TENEX and Roscosmos were also present.")
    assert {("Korea Hydro & Nuclear Power", "Republic of Korea"),
            ("TENEX", "Russian Federation"), ("Roscosmos", "Russian Federation")} <= rows


def test_unit_of_a_body_known_by_its_bracketed_abbreviation() -> None:
    rows = affiliations("The Korea Rural Community Corporation (KRC) extended loans last year. "
                        "Ahn Min-ho, head of the KRC's overseas development team, said the "
                        "agency will open an office.")
    assert ("Ahn Min-ho", "Korea Rural Community Corporation") in rows


def test_body_named_right_after_a_short_title() -> None:
    rows = affiliations("Kang Min-ho, chairman of the newly launched Presidential Committee on "
                        "Northern Economic Cooperation, presented the strategy on Sept. 6.")
    assert ("Kang Min-ho", "Presidential Committee on Northern Economic Cooperation") in rows


def test_old_romanisation_of_a_province_tells_the_country() -> None:
    rows = organizations("Students of Kangwon National University will visit Vladivostok.")
    assert ("Kangwon National University", "Republic of Korea") in rows


def test_international_body_gets_no_state() -> None:
    rows = organizations("The two sides discussed cooperation in the Arctic Council, where "
                         "Korea has been an observer since 2013.")
    assert ("Arctic Council", None) in rows


def test_government_named_only_as_an_agreement_party_is_not_the_cabinet() -> None:
    rows = affiliations("Deputy Prime Minister Olga Petrova noted that the Agreement between the "
                        "Government of the Russian Federation and the Government of the Republic "
                        "of Korea on visas works well.")
    assert not any(p == "Olga Petrova" and "Government" in o for p, o in rows)


def test_mayor_belongs_to_the_city_government_the_release_names() -> None:
    rows = affiliations("Governor Pavel Orlov and Mayor of Busan Lee Min-ho held talks on "
                        "Tuesday. Following the talks, the Busan Metropolitan City signed a "
                        "memorandum.")
    assert ("Lee Min-ho", "Busan Metropolitan City") in rows


def test_mayor_alone_names_no_body() -> None:
    rows = affiliations("Mayor of Busan Lee Min-ho held talks on Tuesday.")
    assert not any(p == "Lee Min-ho" for p, _ in rows)


def test_lower_case_title_of_a_known_ministry() -> None:
    rows = affiliations("On the sidelines, Baek sat down with Pavel Orlov, Russia's minister for "
                        "the development of the Far East and Arctic, and discussed projects.")
    assert ("Pavel Orlov", "Ministry for the Development of the Russian Far East and Arctic") \
        in rows


def test_breadcrumb_with_angle_separator_names_no_body() -> None:
    rows = organizations("Press Centre > News\n\nThe Korean company Daewoo Logistics opened "
                         "an office in Khabarovsk on Monday.")
    assert not any(name.startswith("Press Centre") for name, _ in rows)


def test_centre_keeps_its_host_country_as_tail() -> None:
    rows = organizations("In Moscow, the Korean Cultural Institute in Russia opened new "
                         "language classes on Monday.")
    assert ("Korean Cultural Institute in Russia", "Republic of Korea") in rows


def test_regional_branch_of_a_red_cross_society() -> None:
    rows = organizations("The meeting was attended by Anna Volkova, Chairperson of the Amur "
                         "Regional Branch of the Russian Red Cross.")
    assert ("Amur Regional Branch of the Russian Red Cross", "Russian Federation") in rows


def test_science_bodies_from_the_gazetteer() -> None:
    rows = organizations("They proposed joint research between KAIST and the Skolkovo "
                         "Institute of Science and Technology, and the Far Eastern Branch of "
                         "the Russian Academy of Sciences will host Korean scientists.")
    assert {("KAIST", "Republic of Korea"),
            ("Skolkovo Institute of Science and Technology", "Russian Federation"),
            ("Far Eastern Branch of the Russian Academy of Sciences",
             "Russian Federation")} <= rows


def test_press_service_keeps_its_owners_post() -> None:
    rows = organizations("Source: Press Service of the Governor of the Amur Region, which "
                         "reported the visit on Monday.")
    assert not any(name == "Press Service" for name, _ in rows)


def test_place_based_prefix_is_not_part_of_the_name() -> None:
    rows = organizations("The Tomsk-based Siberian Institute of Polymer Chemistry and the "
                         "Ulsan-based Korea Institute of Marine Coatings signed a memorandum.")
    names = {name for name, _ in rows}
    assert "Korea Institute of Marine Coatings" in names
    assert not any("-based" in name for name in names)


def test_island_after_on_locates_the_body() -> None:
    rows = organizations("Data will flow from the Korean Seismic Research Center on Ulleung "
                         "Island to Russian partners.")
    names = {name for name, _ in rows}
    assert "Korean Seismic Research Center" in names
    assert not any("Island" in name for name in names)


def test_demonym_after_and_opens_another_phrase() -> None:
    rows = organizations("Experts from the Korea Institute of Marine Robotics and Russian "
                         "universities will join.")
    names = {name for name, _ in rows}
    assert "Korea Institute of Marine Robotics" in names
    assert not any(name.endswith("Russian") for name in names)


def test_bilateral_cooperation_council_is_a_channel() -> None:
    rows = organizations("The ministry hosted the 2nd meeting of the Korea-Russia Customs "
                         "Cooperation Council in Seoul.")
    assert not any("Cooperation Council" in name for name, _ in rows)


def test_name_found_by_apposition_is_found_again_later() -> None:
    rows = affiliations("Kolvega Logistics, a subsidiary of a Russian port operator, signed "
                        "the deal. It was signed by Pavel Orlov, Deputy General Director of "
                        "Kolvega Logistics.")
    assert ("Pavel Orlov", "Kolvega Logistics") in rows


def test_abbreviation_ending_the_title_stands_for_its_body() -> None:
    rows = affiliations("Hanra Coastal Power Co. (HCPC) signed a supply contract. It was "
                        "signed by Yoon Min-ho, Senior Vice President of HCPC, on Monday.")
    assert ("Yoon Min-ho", "Hanra Coastal Power Co") in rows


def test_deputy_of_a_post_serves_in_that_posts_office() -> None:
    rows = affiliations("The talks were held with Deputy Prosecutor General of the Russian "
                        "Federation Oleg Smirnov in Moscow.")
    assert ("Oleg Smirnov", "Prosecutor General's Office of the Russian Federation") in rows


def test_company_president_is_not_the_presidents_office() -> None:
    rows = affiliations("Lee Min-soo, President of a small trading firm, visited Vladivostok.")
    assert not any(org == "Office of the President" for _, org in rows)


def test_unit_in_byline_and_contact_line_is_no_body() -> None:
    rows = organizations("Ministry of Trade, Industry and Energy\nNuclear Export Policy "
                         "Division\n\nThe ministry met Rosatom in Seoul.\n\n※ Contact: Nuclear "
                         "Export Policy Division (044-203-0000)")
    assert not any("Division" in name for name, _ in rows)


def test_regional_ministry_takes_the_region_form_of_its_officers_titles() -> None:
    rows = organizations("A delegation of the Amur Region headed by Ivan Petrov, Governor of "
                         "Amur Oblast, visited Busan. According to the regional Ministry of "
                         "Economic Development, trade grew. Olga Sidorova, Minister of Economic "
                         "Development of Amur Oblast, signed a memorandum.")
    names = {name for name, _ in rows if name.startswith("Ministry of Economic Development")}
    assert names == {"Ministry of Economic Development of Amur Oblast"}


def test_its_refers_to_the_company_noun_right_before() -> None:
    rows = affiliations(
        "Haneul Marine Corporation, one of the largest fish processors of Korea, will build a "
        "plant in Kamchatka. The plant will have four lines and will employ some 300 workers "
        "from the region, the ministry said on Friday. The project was discussed in Moscow at a "
        "meeting between officials and a delegation of the Korean company headed by its Vice "
        "President Kim Tae-ho.")
    assert ("Kim Tae-ho", "Haneul Marine Corporation") in rows


def test_a_body_like_name_before_an_event_word_names_the_event() -> None:
    body = ("The two chiefs met in Tokyo on the sidelines of the East Asia Maritime Police "
            "Forum, a regional consultative body.")
    assert not any("Maritime Police" in n for n, _ in organizations(body))


def test_an_abbreviation_coined_for_a_lower_case_phrase_is_no_body() -> None:
    body = ("Revenue under Russian accounting standards (RAS) rose 5% last year, the Kazan "
            "plant of Hanbit Motors said.")
    assert not any(n == "RAS" for n, _ in organizations(body))


def test_initials_before_a_family_name_belong_to_the_body() -> None:
    body = "The delegation toured the P.I. Sorokin State Museum of River Navigation in Tver."
    assert any(n.startswith("P.I. Sorokin State Museum") for n, _ in organizations(body))


def test_a_foreign_towns_name_opening_a_body_at_home() -> None:
    body = ("The exhibition will be prepared with the Nara Heritage Center in Suwon next March, "
            "the ministry said.")
    rows = organizations(body)
    assert ("Nara Heritage Center", "Republic of Korea") in rows


def test_field_list_after_and_stays_in_the_known_ministry_name() -> None:
    rows = organizations("Officials of the Ministry of Economic Development and Trade Policy of "
                         "the Republic of Buryatia said exports grew.")
    assert rows == {("Ministry of Economic Development and Trade Policy of the Republic of "
                     "Buryatia", "Russian Federation")}


def test_institute_field_list_is_not_two_bodies() -> None:
    rows = organizations("Scientists from the Mendeleev Institute of Chemistry and Physics of "
                         "Tomsk State University will join.")
    assert not any(name.startswith("Physics") or name == "Mendeleev Institute"
                   for name, _ in rows)


def test_region_ministry_named_both_ways_is_one_body() -> None:
    rows = organizations("Ivan Sokolov, Minister of Tourism and Sport of Amur Oblast, spoke. "
                         "According to the Amur Oblast Ministry of Tourism and Sport, arrivals "
                         "grew.")
    assert len(rows) == 1


def test_vice_mayor_with_portfolio_belongs_to_the_named_city() -> None:
    rows = affiliations("Administrative Vice Mayor of Daegu Metropolitan City Park Min-jae met "
                        "the governor.")
    assert ("Park Min-jae", "Daegu Metropolitan City") in rows


def test_known_body_before_its_parent_in_a_title() -> None:
    rows = affiliations("The visit was led by Ivan Orlov, Director of the Gamaleya National "
                        "Research Center for Epidemiology and Microbiology of the Ministry of "
                        "Health.")
    assert ("Ivan Orlov", "Gamaleya National Research Center for Epidemiology and "
            "Microbiology") in rows


def test_delegation_headed_by_after_a_coined_abbreviation() -> None:
    rows = affiliations("A delegation of the Korea Gas Corporation (KOGAS) headed by Vice "
                        "President for Resources Oh Jin-seok toured the terminal on Friday.")
    assert ("Oh Jin-seok", "Korea Gas Corporation") in rows


def test_air_force_and_defense_zone_are_not_the_airline() -> None:
    body = ("A line will link the South Korean Air Force's command center with Khabarovsk, "
            "and flights near the Korea Air Defense Identification Zone will be reported.")
    names = {name for name, _ in organizations(body)}
    assert "Korean Air" not in names and "Korea Air" not in names


def test_complex_after_a_company_shape_is_a_facility() -> None:
    body = "Daehan Builders will build the Arctic Chemical Complex near Murmansk."
    assert not any(name.startswith("Arctic Chemical") for name, _ in organizations(body))


def test_roman_numeral_ends_the_name() -> None:
    body = "Experts will co-host a session at the Asian Regional Association II meeting."
    assert any(name == "Asian Regional Association II" for name, _ in organizations(body))


def test_unit_with_a_telephone_number_is_a_contact() -> None:
    body = ("The ministry said talks went well.\n\nFor details, please call Kim Min-ji, Deputy "
            "Director, Northern Cooperation Division (Tel: +82-44-200-1234).")
    assert not any("Division" in name for name, _ in organizations(body))


def test_copyright_notice_is_not_a_body() -> None:
    body = ("Sales rose by 12%, the company said.\n\nNewswire Ltd. (c) 2020. All rights "
            "reserved.")
    assert not any(name.startswith("Newswire") for name, _ in organizations(body))


def test_unit_put_in_the_charge_of_an_officer_of_a_known_body() -> None:
    body = ("The governor met Park Ji-ho, Executive Vice President of Korean Air in charge of "
            "the Freight Sales Division.")
    assert ("Freight Sales Division", "Republic of Korea") in organizations(body)


def test_unit_of_a_state_force_takes_its_country() -> None:
    body = "A line will link the South Korean Air Force's Northern Reporting Center with Moscow."
    assert ("Northern Reporting Center", "Republic of Korea") in organizations(body)


def test_last_field_of_a_ministry_may_take_two_words() -> None:
    body = ("According to the regional Ministry of Industry, Trade and Entrepreneurship "
            "Development, trade with Korea grew.")
    assert any(name.startswith("Ministry of Industry, Trade and Entrepreneurship Development")
               for name, _ in organizations(body))


def test_part_named_with_two_names_of_its_owner_is_one_body() -> None:
    body = ("The contest was held at the Institute of Oriental Languages of Lomonosov Moscow "
            "State University. Ivan Popov, Director of the Institute of Oriental Languages of "
            "Moscow State University, spoke.")
    names = [name for name, _ in organizations(body) if name.startswith("Institute of Oriental")]
    assert len(names) == 1


def test_officer_post_of_a_name_without_head_noun_names_the_body() -> None:
    body = ("The line was opened on Monday by Oleg Zimin, Chairman of Nevsky Rapid Transit, "
            "and Kim Dae-sung, President and CEO of Hanbit Telecom.")
    rows = affiliations(body)
    assert ("Oleg Zimin", "Nevsky Rapid Transit") in rows
    assert ("Kim Dae-sung", "Hanbit Telecom") in rows
    assert any(name == "Nevsky Rapid Transit" for name, _ in organizations(body))


def test_officer_post_of_a_place_or_a_channel_names_no_body() -> None:
    body = ("The visitors were met by Ivan Sorokin, head of Zarechny District, and by Pavel "
            "Gromov, Co-Chairman of the Amur-Gangwon Business Dialogue.")
    names = {name for name, _ in organizations(body)}
    assert "Zarechny District" not in names
    assert "Amur-Gangwon Business Dialogue" not in names


def test_abbreviation_coined_for_a_name_without_head_noun() -> None:
    body = ("The Baikal Fisheries Alliance (BFA) hosted the talks in Irkutsk. BFA President "
            "Sergei Orlov said the catch would grow.")
    assert ("Sergei Orlov", "Baikal Fisheries Alliance") in affiliations(body)


def test_shape_cut_at_a_small_word_runs_on_to_its_coined_abbreviation() -> None:
    body = ("The seminar was hosted by the Kazan Institute for Research in Marine Robotics "
            "(KIRMR) on Friday.")
    names = {name for name, _ in organizations(body)}
    assert "Kazan Institute for Research in Marine Robotics" in names
    assert "Kazan Institute for Research" not in names


def test_possessive_or_office_of_a_known_body_before_a_post() -> None:
    body = ("KOTRA's Director General for Europe Kim Dong-hyun opened the fair. KOTRA "
            "Novosibirsk Office Director Lee Min-su said 40 firms took part.")
    rows = affiliations(body)
    assert ("Kim Dong-hyun", "KOTRA") in rows
    assert ("Lee Min-su", "KOTRA") in rows


def test_body_recalled_by_its_first_word_and_lower_case_head() -> None:
    body = ("The Baikal State Research Center for Ecology signed the deal. Ivan Petrov, "
            "Director of the Baikal center, said work would start in May.")
    assert ("Ivan Petrov", "Baikal State Research Center for Ecology") in affiliations(body)


def test_unit_named_only_in_an_inquiries_line_is_no_body() -> None:
    body = ("Korea and Russia agreed to expand Arctic shipping.\n"
            "※ Inquiries: Arctic Cooperation Division, Ministry of Oceans and Fisheries "
            "(Tel. 044-200-5000)")
    assert not any(name == "Arctic Cooperation Division" for name, _ in organizations(body))


def test_former_name_in_apposition_is_no_body() -> None:
    body = ("The fair was organised by the Daejeon Bio Accelerator (DBA), the former Daejeon "
            "Bio Promotion Center, with 20 firms.")
    assert not any(name == "Daejeon Bio Promotion Center" for name, _ in organizations(body))


def test_companies_listed_after_a_clause_or_several_adjectives() -> None:
    body = ("More than 20 Korean companies attended the fair, including Hanul Textiles and "
            "Daebo Robotics. Managers of the largest metallurgical and machine-building "
            "enterprises, among them Uralsky Prokat (UP) and Tagil Forge, came too.")
    names = {name for name, _ in organizations(body)}
    assert {"Hanul Textiles", "Daebo Robotics", "Uralsky Prokat", "Tagil Forge"} <= names


def test_masthead_in_capitals_names_the_publisher() -> None:
    body = ("MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION\n\nA detachment of ships arrived in "
            "Busan on a business call on Monday.")
    assert ("Ministry of Defence of the Russian Federation", RU) in organizations(body)


def test_line_in_capitals_that_names_no_body_is_no_body() -> None:
    body = "PRESS RELEASE\n\nKorean and Russian officials met in Seoul on Monday."
    assert not any(name.lower() == "press release" for name, _ in organizations(body))


def test_centre_described_as_a_building_is_no_body() -> None:
    body = ("The builder completed the Volna Center, a mixed-use complex on the shore of the "
            "bay. The 300-meter Volna Center was built for Volna Center Development JSC.")
    names = dict(organizations(body))
    assert "Volna Center" not in names
    assert names.get("Volna Center Development JSC") == RU


def test_a_name_never_runs_across_a_column_gap() -> None:
    body = ("Writer: Office of International Affairs   Date: 2019.03.02   Hit: 1,022\n\n"
            "Korean and Russian universities agreed to exchange students.")
    assert not any("Date" in name for name, _ in organizations(body))


def test_unit_owned_by_an_abbreviated_body_is_that_bodys() -> None:
    body = ("Scientists of the Okhotsk Marine Biology Institute (OMBI) joined the cruise. "
            "Dr. Pavel Sedov, head of OMBI's Laboratory of Plankton, led the Russian team.")
    rows = affiliations(body)
    assert ("Pavel Sedov", "Okhotsk Marine Biology Institute") in rows
    assert not any("Laboratory" in org for _, org in rows)


def test_coined_name_opens_where_its_capitals_spell_the_abbreviation() -> None:
    body = ("In addition, the Tomsk Export Support Centre and the Korea Craft Exporters "
            "Alliance (KCEA) signed a memorandum. KCEA Chairman Ryu Ji-ho said more would follow.")
    assert ("Ryu Ji-ho", "Korea Craft Exporters Alliance") in affiliations(body)


def test_post_followed_by_a_unit_of_an_abbreviated_body() -> None:
    body = ("The Ural Federal Mining University (UFMU) joined the project. Oleg Belov, a "
            "lecturer at UFMU's Faculty of Geology, will lead it.")
    assert ("Oleg Belov", "Ural Federal Mining University") in affiliations(body)


def test_officer_of_a_unit_at_a_known_body_belongs_to_that_body() -> None:
    body = ("The deal was signed by Kim Tae-ho, executive vice president and head of the "
            "Smart Grid Solutions Group at Hyosung Heavy Industries.")
    rows = affiliations(body)
    assert ("Kim Tae-ho", "Hyosung Heavy Industries") in rows
    assert not any(org == "Smart Grid Solutions Group" for _, org in rows)


def test_city_administration_written_two_ways_is_one_body() -> None:
    body = ("Deputy Head of the Administration of Ussuriysk Ivan Belov received the Korean "
            "delegation on Tuesday. [Photo: Ussuriysk City Administration press service]")
    names = [name for name, _ in organizations(body) if "Ussuriysk" in name]
    assert len(names) == 1
