"""Organization classes on invented sentences (third batch).

Bodies named without a head noun but in apposition with a corporate noun, company
family names with an acronym, units of ministries and regions, bodies of third
states, place tails at home and abroad, saints' names, captions, possessed units,
short names that refer back, the country a name's own words tell, joint ventures,
contractors and drugmakers in apposition, consuls in a saint's city, a head named in the
bracket after an abbreviation, complements listing fields, and sums in headlines.
"""

from __future__ import annotations

from test_extract_orgs_figures import affiliations, organizations

KR = "Republic of Korea"
RU = "Russian Federation"


def test_name_in_apposition_with_subsidiary_is_a_body() -> None:
    rows = organizations("The launch was arranged by Orbitalis, a subsidiary of the Russian "
                         "state corporation Roscosmos, under a contract signed in 2019.")
    assert ("Orbitalis", "Russian Federation") in rows


def test_regional_subsidiary_takes_its_owner_or_region_country() -> None:
    rows = organizations("It was attended by Kim Tae-soo, General Director of Amur Niva, the "
                         "Primorye subsidiary of Hanbit Foods, and by farmers.")
    assert any(name == "Amur Niva" and country for name, country in rows)


def test_director_of_an_apposed_body_belongs_to_it() -> None:
    rows = affiliations("It was attended by Kim Tae-soo, General Director of Amur Niva, the "
                        "Primorye subsidiary of Hanbit Foods, and by farmers.")
    assert ("Kim Tae-soo", "Amur Niva") in rows


def test_body_name_opening_a_title_is_the_holders_body() -> None:
    rows = affiliations("The launch was arranged by Orbitalis, a subsidiary of the Russian "
                        "state corporation Roscosmos. Officials met Orbitalis chief executive "
                        "Pavel Lebedev on Monday.")
    assert ("Pavel Lebedev", "Orbitalis") in rows


def test_part_of_a_known_body_gives_its_country() -> None:
    rows = organizations("Izotopika JSC, also part of Rosatom, supplies isotopes to Korean "
                         "hospitals.")
    assert ("Izotopika JSC", "Russian Federation") in rows


def test_brand_and_acronym_name_one_company() -> None:
    rows = organizations("He also informed the guests about Samsung SDS's plan to open a data "
                         "centre in Moscow.")
    assert ("Samsung SDS", "Republic of Korea") in rows


def test_third_state_body_loses_its_state_tail() -> None:
    rows = organizations("The ceremony was attended by Omar Haddad, Chairman of the Electricity "
                         "Regulatory Authority of Egypt, and by engineers.")
    assert ("Electricity Regulatory Authority", "Egypt") in rows


def test_embassy_in_a_third_state_keeps_its_host() -> None:
    rows = organizations("The signing was attended by representatives of the Embassy of the "
                         "Republic of Korea in Egypt.")
    assert ("Embassy of the Republic of Korea in Egypt", "Republic of Korea") in rows


def test_national_institute_at_home_drops_its_city() -> None:
    rows = organizations("The satellite made first contact with the ground station of the "
                         "Korea Polar Science Institute in Incheon.")
    assert ("Korea Polar Science Institute", "Republic of Korea") in rows
    assert not any(name.endswith("in Incheon") for name, _ in rows)


def test_body_named_for_a_russian_is_russian() -> None:
    rows = organizations("The astronaut trained at the Alexei Leonov Space Training Center "
                         "for a year.")
    assert ("Alexei Leonov Space Training Center", "Russian Federation") in rows


def test_state_university_is_russian() -> None:
    rows = organizations("The delegation will visit the Amur State Pedagogical University "
                         "on Friday.")
    assert ("Amur State Pedagogical University", "Russian Federation") in rows


def test_unit_possessed_by_a_known_body_is_the_holders_body() -> None:
    text = ("\"Demand is strong,\" said Lee Min-su, a senior researcher at KITA's Institute for "
            "Trade Studies.")
    assert ("Institute for Trade Studies", "Republic of Korea") in organizations(text)
    assert ("Lee Min-su", "Institute for Trade Studies") in affiliations(text)


def test_saints_name_inside_a_hospital_name() -> None:
    text = ("\"Many patients come back,\" said Jung Ho-seok, head of the cardiology center at "
            "Busan St. Paul's Hospital.")
    assert ("Busan St. Paul's Hospital", "Republic of Korea") in organizations(text)
    assert ("Jung Ho-seok", "Busan St. Paul's Hospital") in affiliations(text)


def test_caption_comma_before_the_body() -> None:
    rows = affiliations("The launch went well.\n[SOUNDBITE] Lee Jae-won, President, Korea Space "
                        "Science Institute\nThe satellite works.")
    assert ("Lee Jae-won", "Korea Space Science Institute") in rows


def test_short_name_refers_back_to_the_full_one() -> None:
    rows = organizations("Officials of the Presidential Committee on Arctic Cooperation "
                         "attended. The roadmap will be announced by the Presidential "
                         "Committee in December.")
    assert any(name == "Presidential Committee on Arctic Cooperation" for name, _ in rows)
    assert not any(name == "Presidential Committee" for name, _ in rows)


def test_regional_ministry_is_not_the_federal_one() -> None:
    rows = organizations("Olga Petrova, Minister of Economic Development of Amur Oblast, "
                         "opened the meeting. According to the regional Ministry of Economic "
                         "Development, trade grew by 12 per cent.")
    assert ("Ministry of Economic Development", "Russian Federation") not in rows
    assert ("Ministry of Economic Development of Amur Oblast", "Russian Federation") in rows


def test_regional_department_is_of_the_regions_state() -> None:
    rows = organizations("The Government of Primorsky Krai hosted the talks. According to the "
                         "regional Department of Fisheries and Forestry, Korean investors now "
                         "farm land in the district.")
    assert ("Department of Fisheries and Forestry", "Russian Federation") in rows


def test_unit_on_a_label_line_is_the_publishers() -> None:
    rows = organizations("Division in charge: Northern Trade Negotiation Division\n\nKorea and "
                         "Russia held talks prepared by the Northern Trade Negotiation Division.")
    assert ("Northern Trade Negotiation Division", "Republic of Korea") in rows
    assert not any("Korea and Russia" in name for name, _ in rows)


def test_unit_named_by_the_regions_it_covers() -> None:
    rows = organizations("Division : Russia and Central Asia Division\n\nThe two sides held "
                         "the 20th meeting of the committee, which the Russia and Central Asia "
                         "Division organised.")
    assert ("Russia and Central Asia Division", "Republic of Korea") in rows


def test_head_of_the_directorate_refers_back() -> None:
    text = ("The Rosselkhoznadzor Directorate for Amur Oblast reports that exports grew. \"All "
            "batches met the requirements,\" said Irina Volkova, head of the Directorate.")
    assert ("Irina Volkova", "Rosselkhoznadzor Directorate for Amur Oblast") in affiliations(text)
    assert not any(name == "Directorate" for name, _ in organizations(text))


def test_state_adjective_before_the_government_is_the_state() -> None:
    rows = organizations("Lee thanked the Russian Government for its support of the plant.")
    assert ("Government of the Russian Federation", "Russian Federation") in rows


def test_possessive_corporate_noun_names_another_body() -> None:
    rows = organizations("The talks were held on the sidelines of the 5th Northern Trade "
                         "Forum, the Russian company's press service said.")
    assert not any(name == "Northern Trade Forum" for name, _ in rows)


def test_unit_of_a_known_body_is_that_body() -> None:
    rows = organizations("The Russian side was led by Pavel Orlov, Director of the Department "
                         "of Regional Cooperation at the Ministry of Economic Development of "
                         "the Russian Federation.")
    assert not any(name.startswith("Department of") for name, _ in rows)


def test_museum_named_with_its_state_belongs_to_its_director() -> None:
    body = ("Park Min-ho, director of the National Folk Museum of Korea, and Irina Sokolova, "
            "deputy director of the State Historical Museum, opened the show.")
    assert {("National Folk Museum of Korea", "Republic of Korea"),
            ("State Historical Museum", "Russian Federation")} <= organizations(body)
    assert {("Park Min-ho", "National Folk Museum of Korea"),
            ("Irina Sokolova", "State Historical Museum")} <= affiliations(body)


def test_coast_guard_is_a_head() -> None:
    rows = organizations("Ships of the Busan Coast Guard joined the rescue drill on Friday.")
    assert ("Busan Coast Guard", "Republic of Korea") in rows


def test_governments_as_parties_of_a_named_plan_are_not_bodies() -> None:
    rows = organizations("The ministers signed the Plan of Joint Actions between the Government "
                         "of the Republic of Korea and the Government of the Russian Federation "
                         "for 2021-2023.")
    assert not any(name.startswith("Government of") for name, _ in rows)


def test_ministry_as_party_of_a_memorandum_is_a_body() -> None:
    rows = organizations("They signed the Memorandum on Fisheries Cooperation between the "
                         "Ministry of Oceans and Fisheries and the Federal Agency for Fishery.")
    assert ("Ministry of Oceans and Fisheries", "Republic of Korea") in rows


def test_hinted_body_with_and_in_its_name_and_an_abbreviation() -> None:
    rows = affiliations("Commissioner Kim Do-hyun of the Seed and Variety Service (SVS) and "
                        "Pavel Orlov, Deputy Head of the Federal Forestry Agency, signed it.")
    assert ("Kim Do-hyun", "Seed and Variety Service") in rows


def test_unit_named_only_in_contact_details_is_no_body() -> None:
    rows = organizations("The two sides agreed to meet again in Seoul next year.\n\n"
                         "Contact: Overseas Cooperation Division (044-000-0000)")
    assert not any("Division" in name for name, _ in rows)


def test_regional_unit_of_a_known_body_in_lower_case() -> None:
    body = ("Ivan Petrov, head of the FSB main directorate for Sakhalin Oblast, said the "
            "crews were safe.")
    assert ("FSB main directorate for Sakhalin Oblast", "Russian Federation") in \
        organizations(body)
    assert ("Ivan Petrov", "FSB main directorate for Sakhalin Oblast") in affiliations(body)


def test_subject_of_a_reporting_verb_is_no_apposition() -> None:
    rows = organizations("Novatek will market more gas in Europe, the Russian company said.")
    assert not any(name == "Europe" for name, _ in rows)


def test_name_opening_with_a_place_is_a_local_body_there() -> None:
    rows = organizations("The guests visited the Primorye Korean Cultural Center in Ussuriysk "
                         "on Monday.")
    assert ("Primorye Korean Cultural Center", "Russian Federation") in rows


def test_town_before_its_province_gives_the_country() -> None:
    rows = organizations("The delegation toured the National Crop Research Center in Sinpyeong, "
                         "Gyeonggi-do, on Tuesday.")
    assert ("National Crop Research Center", "Republic of Korea") in rows


def test_far_eastern_in_a_name_tells_russia() -> None:
    rows = organizations("Scientists of the Far Eastern Marine Biology Institute took part.")
    assert ("Far Eastern Marine Biology Institute", "Russian Federation") in rows


def test_emergencies_ministry_implied_by_its_long_title() -> None:
    rows = affiliations("The delegation was headed by Pavel Orlov, Deputy Minister of the "
                        "Russian Federation for Civil Defence, Emergencies and Disaster Relief.")
    assert ("Pavel Orlov", "EMERCOM") in rows


def test_place_based_airline_in_apposition() -> None:
    rows = organizations("The Khabarovsk-based airline Amur Sky now flies to Seoul twice a week.")
    assert ("Amur Sky", "Russian Federation") in rows


def test_uncued_body_at_home_drops_its_seat() -> None:
    rows = organizations("The satellite was tested at the Sejong Space Center in Goheung before "
                         "the launch.", publisher="Yonhap")
    assert ("Sejong Space Center", "Republic of Korea") in rows


def test_research_centre_of_an_institute_is_that_institute() -> None:
    rows = organizations("It was moderated by Olga Ivanova, Director of the Centre for Asian "
                         "Studies at the Institute of Oriental Economics.")
    assert not any(name.startswith("Centre for") for name, _ in rows)


def test_coined_abbreviation_before_a_title() -> None:
    body = ("The Korea Institute of Marine Genetics (KIMG) and the Pacific Institute of "
            "Oceanology (PIO) signed a memorandum. It was signed by KIMG President Lee Sung-ho "
            "and PIO Director Andrei Volkov.")
    assert {("Lee Sung-ho", "Korea Institute of Marine Genetics"),
            ("Andrei Volkov", "Pacific Institute of Oceanology")} <= affiliations(body)
    assert ("Pacific Institute of Oceanology", "Russian Federation") in organizations(body)


def test_first_word_of_a_body_before_a_lower_case_title() -> None:
    body = ("Daon Medical Foundation will open a clinic in Vladivostok. The deal was signed by "
            "Daon chairman Park Jin-woo.")
    assert ("Park Jin-woo", "Daon Medical Foundation") in affiliations(body)
    assert ("Daon Medical Foundation", "Republic of Korea") in organizations(body)


def test_short_name_coined_in_brackets_before_a_title() -> None:
    body = ("The Korea Development Finance Bank (Devbank) signed a loan deal. Devbank Senior "
            "Executive Director Kang Min-jae signed it in Seoul.")
    assert ("Kang Min-jae", "Korea Development Finance Bank") in affiliations(body)


def test_head_of_a_known_bodys_office_belongs_to_the_body_too() -> None:
    rows = affiliations("Park Soo-min, head of the KOTRA office in Khabarovsk, said demand for "
                        "Korean goods was rising.")
    assert {("Park Soo-min", "KOTRA"), ("Park Soo-min", "KOTRA office in Khabarovsk")} <= rows


def test_capitalised_regional_unit_of_a_known_body() -> None:
    body = ("Ivan Petrov, head of the Main Directorate of EMERCOM of Russia for Amur Oblast, "
            "said the drill went well.")
    unit = "Main Directorate of EMERCOM of Russia for Amur Oblast"
    assert (unit, "Russian Federation") in organizations(body)
    assert ("Ivan Petrov", unit) in affiliations(body)


def test_legal_form_written_first_is_a_russian_company() -> None:
    body = ("LLC Amur Grain signed a supply deal with a Korean importer. Pavel Orlov, General "
            "Director of JSC Amur Grain, said the first cargo would leave in May.")
    assert ("Amur Grain", "Russian Federation") in organizations(body)
    assert ("Pavel Orlov", "Amur Grain") in affiliations(body)


def test_society_is_a_head() -> None:
    rows = organizations("The Russian Geographical Society will join the expedition.")
    assert ("Russian Geographical Society", "Russian Federation") in rows


def test_consul_general_in_a_saints_city_heads_that_consulate() -> None:
    rows = affiliations("The governor held talks with Consul General of the Republic of Korea "
                        "in St. Petersburg Park Ji-hoon on Friday.")
    assert ("Park Ji-hoon",
            "Consulate General of the Republic of Korea in St. Petersburg") in rows


def test_joint_venture_of_named_owners_is_a_body() -> None:
    rows = organizations("The terminal is being built by Baltpolimer, a joint venture of "
                         "Gazprom and Sibur, near the port.")
    assert ("Baltpolimer", "Russian Federation") in rows


def test_name_before_a_based_drugmaker_is_a_body_of_that_place() -> None:
    rows = organizations("The company is also in talks with Medvita, a Moscow-based "
                         "drugmaker, on local production.")
    assert ("Medvita", "Russian Federation") in rows


def test_contractor_introduces_a_company() -> None:
    rows = organizations("The plant will be built by the Korean contractor Hansol Kumsan "
                         "under a deal signed in May.")
    assert ("Hansol Kumsan", "Republic of Korea") in rows


def test_sum_in_a_title_case_headline_names_no_body() -> None:
    rows = organizations("Bank Opens US$2 Billion Credit Line with Partner Lender\n\n"
                         "The bank said the line will support exporters.")
    assert not any(name.startswith(("Billion", "Credit")) for name, _ in rows)


def test_head_named_in_the_bracket_after_the_abbreviation() -> None:
    rows = affiliations("The Korea Maritime Guarantee Corporation (KMGC, President Lee "
                        "Min-soo) said on Monday that it will back Russian port projects.")
    assert ("Lee Min-soo", "Korea Maritime Guarantee Corporation") in rows


def test_complement_listing_fields_stays_in_the_name() -> None:
    rows = organizations("He met students of the Ural State Institute of Music, Theatre and "
                         "Dance in Yekaterinburg.")
    assert ("Ural State Institute of Music, Theatre and Dance", "Russian Federation") in rows


# -- lists, former names, venues and anaphors ------------------------------------------------


def test_companies_listed_after_a_plural_noun_take_its_nationality() -> None:
    rows = organizations("Russian producers, first of all Volga Potash and Kama Nitrogen, met "
                         "all contracts with Korean importers, including Daehan Fertilizer.")
    assert ("Volga Potash", "Russian Federation") in rows
    assert ("Kama Nitrogen", "Russian Federation") in rows


def test_companies_listed_before_were_among() -> None:
    rows = organizations("Hanul Soft, Daon Studio and Mirae Pictures were among 20 Korean "
                         "companies taking part in the fair.")
    assert {("Hanul Soft", KR), ("Daon Studio", KR), ("Mirae Pictures", KR)} <= rows


def test_companies_named_then_called_the_companies() -> None:
    rows = organizations("The governor met the management of Daehan Metals and Seorak Copper. "
                         "The Korean companies showed interest in supplies.")
    assert {("Daehan Metals", KR), ("Seorak Copper", KR)} <= rows


def test_acronym_before_and_is_a_body_of_its_own() -> None:
    names = {n for n, _ in organizations("Report\n\n- HDKC and Russian Grid Agency sign MOU "
                                         "on heating\n\nThe two bodies met in Seoul.")}
    assert not any(n.startswith("HDKC and") for n in names)


def test_former_name_is_not_another_body() -> None:
    names = {n for n, _ in organizations(
        "The Ministry of Employment and Labor (known until 2010 as the Ministry of Labor) "
        "hosted the group. The foundation, formerly known as the Hanbit Science Foundation, "
        "manages research zones.")}
    assert "Ministry of Labor" not in names
    assert "Hanbit Science Foundation" not in names


def test_venue_and_site_are_not_bodies() -> None:
    names = {n for n, _ in organizations(
        "The conference was held at the Mirae Convention Center in Seoul. Inspectors visited a "
        "site on the territory of the former Volga Tractor Plant. Planes landed at Daegu Air "
        "Base.")}
    assert not names & {"Mirae Convention Center", "Volga Tractor Plant", "Daegu Air"}


def test_state_company_refers_to_the_quoted_name_after_it() -> None:
    body = ('Ivan Petrov, Chairman of the Board of State Company "Russian Highways" (Avtodor), '
            "signed. Oleg Orlov, Deputy Chairman for Toll Roads of the State Company, attended.")
    names = {n for n, _ in organizations(body)}
    assert "State Company" not in names
    assert ("Oleg Orlov", "State Company") not in affiliations(body)


def test_unit_named_again_without_its_owner() -> None:
    body = ("Kim Su-ji, Director of the KOTRA Vladivostok Business Center, spoke. Later the "
            "Vladivostok Business Center will open a showroom.")
    assert not any(n == "Vladivostok Business Center" for n, _ in organizations(body))


def test_share_bar_names_no_body() -> None:
    assert not any(n == "VK" for n, _ in organizations(
        "Officials met in Seoul on Monday.\nShare: VK | Facebook | Twitter"))


def test_kind_before_a_known_name_and_press_contact() -> None:
    names = {n for n, _ in organizations(
        "In late 2018 Vnesheconombank was renamed State Development Corporation VEB.RF.\n"
        "Press Office: +7 (495) 604-00-00, press@example.ru")}
    assert not names & {"State Development Corporation", "Press Office"}


def test_portfolio_and_numbered_meeting_are_not_bodies() -> None:
    names = {n for n, _ in organizations(
        "It was signed by Ivan Petrov, Vice President for Commerce and Logistics at Rosneft. "
        "They held the 7th meeting of the Korea-Russia Trade Council in Seoul.")}
    assert not names & {"Commerce and Logistics", "Korea-Russia Trade Council"}


def test_headline_short_form_of_a_body_named_in_full() -> None:
    body = ("Hanbit Signs MOU with Russia's Forest Agency\n\nHanbit Corporation signed a deal "
            "with the Federal Agency for Forest Resources on Monday.")
    assert not any(n == "Forest Agency" for n, _ in organizations(body))


def test_short_month_after_on_ends_a_name() -> None:
    body = "The festival opened at the Baltic Arts Center on Oct. 4 in Kaliningrad."
    names = {name for name, _ in organizations(body)}
    assert "Baltic Arts Center" in names
    assert not any("Oct" in name for name in names)


def test_exchange_code_before_a_ticker_is_no_body() -> None:
    body = ("Polyus Gold (MOEX: PLZL) agreed to sell gold to Hanwha Metals Co. (KRX: 123450), "
            "the companies said.")
    names = {name for name, _ in organizations(body)}
    assert not names & {"MOEX", "KRX", "Moscow Exchange", "Korea Exchange"}


def test_rank_branch_is_no_body() -> None:
    body = ("Colonel General of Internal Service Pavel Orlov, Head of the Main Directorate of "
            "EMERCOM of Russia for Amur Oblast, inspected the drill.")
    names = {name for name, _ in organizations(body)}
    assert "Internal Service" not in names


def test_former_names_told_in_passing_are_no_bodies() -> None:
    body = ("The Korean Polar Centre has worked with the Murmansk institute since 1995, when it "
            "was still called the Korea Arctic Exploration Institute. Ivan Orlov, who heads the "
            "Committee of Fisheries (until 2016 the Ministry of Fisheries of Murmansk Oblast), "
            "spoke.")
    names = {name for name, _ in organizations(body)}
    assert "Korea Arctic Exploration Institute" not in names
    assert "Ministry of Fisheries of Murmansk Oblast" not in names


def test_kind_of_company_before_its_name_in_a_title() -> None:
    body = ("Park Ji-won, CEO of the Korean jewellery house Moonstone Gold, met buyers; the "
            "Russian retail chain Zolotaya Polka will sell its rings.")
    assert ("Park Ji-won", "Moonstone Gold") in affiliations(body)
    assert {("Moonstone Gold", KR), ("Zolotaya Polka", RU)} <= organizations(body)


def test_post_also_written_plainly_names_the_ministry_plainly() -> None:
    body = ("Minister of Economic Development of the Russian Federation Ivan Sokolov met the "
            "Korean delegation in Moscow. Deputy Minister of Economic Development Oleg Popov "
            "also attended.")
    rows = organizations(body)
    assert ("Ministry of Economic Development", RU) in rows
    assert ("Ministry of Economic Development of the Russian Federation", RU) not in rows


def test_real_sports_and_geology_bodies_are_known() -> None:
    body = ("Kukkiwon President Lee Dong-su and Pavel Ilyin, president of the Russian "
            "Taekwondo Union, met; Rosgeo and KIGAM signed a memorandum.")
    assert ("Pavel Ilyin", "Russian Taekwondo Union") in affiliations(body)
    assert {("Kukkiwon", KR), ("Rosgeo", RU), ("KIGAM", KR)} <= organizations(body)


def test_embassy_named_by_its_state_keeps_the_state() -> None:
    body = ("The delegation included First Secretary of the Embassy of the Republic of Korea "
            "Han Do-yun and the mayor of Tver.")
    assert ("Han Do-yun", "Embassy of the Republic of Korea") in affiliations(body)
    assert not any(name == "Embassy" for name, _ in organizations(body))


def test_demonym_embassy_refers_back_to_the_one_named_in_full() -> None:
    body = ("Oh Min-jae, Counsellor at the Embassy of the Republic of Korea in the Russian "
            "Federation, attended. Mr. Oh of the Korean Embassy said the plan was welcome.")
    names = {name for name, _ in organizations(body)}
    assert "Korean Embassy" not in names
    assert "Embassy of the Republic of Korea in the Russian Federation" in names
