"""Policies on invented sentences: portfolios and longer names are not policies, a
named instance of a zone regime is its own policy, the Arctic zone's investor regime is
named as the release words it, and titles and trailing "of Russia" give the country."""

from __future__ import annotations

from rdflib import RDF, RDFS
from test_extract_orgs_figures import _graph

from kg.namespaces import KGO


def policies(body: str) -> set[tuple[str, str | None]]:
    triples = _graph(body)
    label = {s: str(o) for s, p, o in triples if p == RDFS.label}
    rows = set()
    for x in {s for s, p, o in triples if p == RDF.type and o == KGO.Policy}:
        country = next((label.get(o, str(o)) for s, p, o in triples
                        if s == x and p == KGO.runBy), None)
        rows.add((label[x], country))
    return rows


def test_portfolio_and_longer_names_are_not_policies() -> None:
    rows = policies("The talks were led by Lee Min-ho, Director General for Fisheries Policy "
                    "at the ministry, at the 3rd Korea-Russia Policy Consultation.")
    assert rows == set()


def test_named_zone_instance_is_its_own_policy() -> None:
    rows = policies("The plant will be built in the Zarechnaya Advanced Special Economic Zone.")
    assert {name for name, _ in rows} == {"Zarechnaya Advanced Special Economic Zone"}
    rows = policies("Firms in the advanced special economic zones may also settle in the "
                    "Zarechnaya ASEZ or the Zarechnaya Advanced Special Economic Zone.")
    names = {name for name, _ in rows}
    assert "Advanced Special Economic Zone" in names
    assert len([n for n in names if n.startswith("Zarechnaya")]) == 1


def test_zone_called_by_its_city_is_the_regime() -> None:
    rows = policies("A fish plant will open in the Artyom Advanced Special Economic Zone, and "
                    "a hotel in the Khabarovsk ASEZ.")
    assert rows == {("Advanced Special Economic Zone", "Russian Federation")}


def test_body_named_after_a_policy_field_is_not_a_policy() -> None:
    rows = policies("Kim Ha-na, a fellow at the Korea Institute for Northern Trade Policy, and "
                    "a dean of the Busan School of Public Policy spoke.")
    assert rows == set()


def test_plural_zone_after_a_list_is_the_regime() -> None:
    rows = policies("Investors in the Kamchatka and Artyom Advanced Special Economic Zones "
                    "pay lower taxes.")
    assert {name for name, _ in rows} == {"Advanced Special Economic Zone"}


def test_arctic_zone_regime_as_worded() -> None:
    rows = policies("The ministry presented the preferential regime for investors in the "
                    "Arctic zone of the Russian Federation to Korean firms.")
    assert ("preferential regime for investors in the Arctic zone of the Russian Federation",
            "Russian Federation") in rows
    rows = policies("He offered them the regimes of the advanced special economic zones and "
                    "the Arctic zone of the Russian Federation.")
    assert ("Arctic zone of the Russian Federation", "Russian Federation") in rows
    assert policies("Shipping in the Arctic zone of the Russian Federation grew.") == set()


def test_strategy_title_and_country_after_the_name() -> None:
    rows = policies("The Korean side was briefed on the Strategy for the Development of the "
                    "Tundra Zone of the Russian Federation until 2040, and on the New Harbour "
                    "Policy of Russia.")
    assert ("Strategy for the Development of the Tundra Zone of the Russian Federation until "
            "2040", "Russian Federation") in rows
    assert ("New Harbour Policy", "Russian Federation") in rows


def test_gazetteer_regimes_and_programmes() -> None:
    rows = policies("Korean carmakers may use the special investment contract (SPIC) regime, "
                    "and students receive Global Korea Scholarships.")
    assert ("special investment contract", "Russian Federation") in rows
    assert ("Global Korea Scholarship", "Republic of Korea") in rows


def test_korean_new_deal_programmes_and_akademgorodok() -> None:
    rows = policies("The vice minister introduced the Green New Deal, a key part of the "
                    "Korean New Deal, and the Russian side presented the Akademgorodok 2.0 "
                    "programme.")
    assert {("Green New Deal", "Republic of Korea"), ("Korean New Deal", "Republic of Korea"),
            ("Akademgorodok 2.0", "Russian Federation")} <= rows


def test_investment_quota_regime_from_the_gazetteer() -> None:
    rows = policies("Seoul asked to join the \"investment quota\" program, under which "
                    "fishing companies that order new trawlers receive catch quotas.")
    assert rows == {("investment quota program", "Russian Federation")}


def test_far_east_support_measures_from_the_gazetteer() -> None:
    rows = policies("Young teachers may take a Far Eastern mortgage at 2 percent or apply for "
                    "an Arctic hectare.")
    assert rows == {("Far Eastern Mortgage", "Russian Federation"),
                    ("Arctic Hectare", "Russian Federation")}


def test_title_before_national_programme_names_the_policy() -> None:
    rows = policies("The minister briefed the guests on the Smart Agriculture of the Russian "
                    "Federation national programme, under which farms will go digital.")
    assert ("Smart Agriculture of the Russian Federation", "Russian Federation") in rows


def test_code_name_with_horizon_year_keeps_its_head_word() -> None:
    rows = policies("Under Russia's Aero-2035 strategy, foreign firms must localize output.")
    assert ("Aero-2035 strategy", "Russian Federation") in rows


def test_real_programmes_from_the_gazetteer() -> None:
    rows = policies("Officials discussed the Digital Economy national program and the "
                    "Pharma-2030 strategy of Russia.")
    names = {name for name, _ in rows}
    # a code-named programme goes by its code name alone ("Pharma-2030")
    assert {"Digital Economy of the Russian Federation", "Pharma-2030"} <= names


def test_named_special_economic_zone_takes_the_country_of_its_place() -> None:
    rows = policies("The governor asked Korean investors to consider the Amber Coast special "
                    "economic zone near Kaliningrad for their plants.")
    assert ("Amber Coast special economic zone", "Russian Federation") in rows
    assert policies("Seoul wants a special economic zone for the region.") == set()


def test_master_plan_for_a_subject_is_a_policy_title() -> None:
    rows = policies("The minister presented the Master Plan for Polar Research, adopted by the "
                    "Korean government last year.")
    assert {name for name, _ in rows} == {"Master Plan for Polar Research"}


def test_state_programme_named_by_its_quoted_title() -> None:
    rows = policies('Spending under the state programme "Development of Healthcare" rose, and '
                    'the federal project "Clean Air" was extended.')
    assert ("Development of Healthcare", "Russian Federation") in rows
    assert ("Clean Air", "Russian Federation") in rows


def test_a_signed_cooperation_programme_is_not_a_policy() -> None:
    rows = policies("The two agencies signed the Customs Cooperation Program for 2021-2023. "
                    "They also adopted a Youth Exchanges Programme for 2022.")
    assert rows == set()


def test_special_economic_zone_named_by_its_region() -> None:
    rows = policies("The carmaker is a resident of the Special Economic Zone in the Kaliningrad "
                    "Region, which gives it tax benefits.")
    assert ("Special Economic Zone in the Kaliningrad Region", "Russian Federation") in rows


def test_named_special_economic_zone_takes_the_country_told_next() -> None:
    rows = policies("The Kama special economic zone was set up in 2006 by a decree of the "
                    "Government of the Russian Federation. It has 40 residents.")
    assert ("Kama special economic zone", "Russian Federation") in rows


def test_signed_contract_of_a_regime_is_no_policy() -> None:
    rows = policies("The company signed a special investment contract for the plant in 2019. "
                    "Under the SPIC, it will invest 5 billion roubles.")
    assert rows == set()


def test_may_24_measures_are_korea_s() -> None:
    rows = policies("Any investment would need an exemption from the May 24 measures.")
    assert rows == {("May 24 measures", "Republic of Korea")}


def test_zone_opening_a_sentence_and_a_region_s_zone_are_the_named_instance() -> None:
    body = ("Korean firm to build mill in Tomsk Region's priority development area\n\n"
            "The firm will build a mill in the Zarechny priority development area in the "
            "Tomsk Region.\n\nThe Zarechny priority development area was set up in 2016.")
    rows = policies(body)
    assert {name for name, _ in rows} == {"Zarechny priority development area"}


def test_quoted_zone_name_after_the_regime() -> None:
    rows = policies('The governor invited investors to the ASEZ "Zarechnaya" and to the '
                    'advanced special economic zone "Borovaya".')
    assert ("Advanced Special Economic Zone Zarechnaya", "Russian Federation") in rows
    assert ("advanced special economic zone Borovaya", "Russian Federation") in rows
    assert ("Advanced Special Economic Zone", "Russian Federation") not in rows


def test_a_contract_still_sought_is_the_regime() -> None:
    rows = policies("The carmaker is in talks on concluding a special investment contract "
                    "(SPIC) and hopes to sign the SPIC next year.")
    assert ("special investment contract", "Russian Federation") in rows


def test_law_title_is_not_a_policy_and_horizon_is_named() -> None:
    rows = policies('The plant works under Federal Law No. 100-FZ "On Trade Policy in the '
                    'Russian Federation". See also: Russia\'s Water Strategy to 2040.')
    assert rows == {("Water Strategy to 2040", "Russian Federation")}


def test_quoted_departmental_and_national_projects() -> None:
    rows = policies('The deputy minister presented the "Clean Air" departmental project, run '
                    'under the national project "Safe Roads" in Russian regions.')
    assert ("Clean Air departmental project", "Russian Federation") in rows
    assert ("Safe Roads", "Russian Federation") in rows


def test_portfolio_with_a_field_of_several_words() -> None:
    rows = policies("The talks were attended by Kim Ji-ho, Director General for Mine Safety and "
                    "Health Policy, and by the Minister of Science and Innovation Policy of Omsk "
                    "Oblast, and by officials of the Defense Acquisition Program Administration.")
    assert rows == set()


def test_technical_regulation_by_its_code() -> None:
    rows = policies("Toys must be certified under the technical regulation TR CU 008/2011 "
                    "before sale.")
    assert ("TR CU 008/2011", None) in rows


def test_regional_priority_project_status() -> None:
    rows = policies("The plant has received the status of a priority investment project of "
                    "Kaluga Region, which cuts its property tax. Officials drew up a list of "
                    "priority investment projects.")
    assert ("priority investment project of Kaluga Region", "Russian Federation") in rows
    assert len(rows) == 1


def test_zone_named_after_a_place_is_run_by_its_country() -> None:
    rows = policies("Busan firms may build cold stores in the Magadan special economic zone, "
                    "the Busan delegation heard.")
    assert ("Magadan special economic zone", "Russian Federation") in rows


def test_gazetteer_regimes_of_roads_heat_labels_and_safety() -> None:
    rows = policies("The new road was built under the Safe and Quality Roads national project, "
                    "and heat tariffs follow the alternative boiler house pricing model. Goods "
                    "are traced under the Chestny ZNAK system, and inspectors promote the Vision "
                    "Zero concept.")
    assert ("Safe and Quality Roads national project", "Russian Federation") in rows
    assert ("alternative boiler house pricing model", "Russian Federation") in rows
    assert ("Chestny ZNAK", "Russian Federation") in rows
    assert ("Vision Zero", None) in rows


def test_long_quoted_national_project_is_russian_and_whole() -> None:
    rows = policies("The governor said the new plant would benefit from support under the "
                    "national project \"Labour Productivity and Support for Employment in "
                    "Manufacturing and Regional Export Industries.\"")
    assert ("Labour Productivity and Support for Employment in Manufacturing and Regional "
            "Export Industries", "Russian Federation") in rows
    assert not any(name == "Regional Export Industries" for name, _ in rows)


def test_federal_state_programme_title_is_russian() -> None:
    rows = policies("The farm will seek subsidies under the federal State Programme for the "
                    "Development of Fisheries and Aquaculture Complex.")
    assert ("State Programme for the Development of Fisheries and Aquaculture Complex",
            "Russian Federation") in rows


def test_free_economic_zone_named_after_a_city() -> None:
    rows = policies("Delegates toured the Incheon Free Economic Zone before the talks.")
    assert ("Incheon Free Economic Zone", "Republic of Korea") in rows


def test_capitalised_kind_before_a_quoted_title_is_kept_whole() -> None:
    rows = policies('The deputy minister explained the State Programme "Development of '
                    'Fisheries" for 2014-2025 and Russia\'s National Project "Safe Roads".')
    names = {name for name, _ in rows}
    assert "State Programme Development of Fisheries for 2014-2025" in names
    assert "National Project Safe Roads" in names
    assert "State Programme" not in names


def test_horizon_year_before_a_strategy_and_a_comprehensive_plan() -> None:
    rows = policies("The ministry introduced Korea's 2040 Hydrogen Economy Strategy and the "
                    "Comprehensive Plan on Marine Litter.")
    names = {name for name, _ in rows}
    assert "2040 Hydrogen Economy Strategy" in names
    assert "Comprehensive Plan on Marine Litter" in names


def test_a_joint_work_programme_for_years_is_no_policy() -> None:
    rows = policies("The sides adopted the Korea-Russia Fisheries Cooperation Work Programme "
                    "2022-2024.")
    assert rows == set()


def test_a_policy_paired_with_an_owned_one_shares_its_owner() -> None:
    rows = policies("The ministry introduced Korea's 2040 Hydrogen Economy Strategy and the "
                    "Comprehensive Plan on Marine Litter.")
    assert ("Comprehensive Plan on Marine Litter", "Republic of Korea") in rows


def test_a_regional_portfolio_in_a_title_is_no_policy() -> None:
    rows = policies("Anna Petrova, Deputy Governor of Kaluga Oblast for Industrial and "
                    "Investment Policy, presented the region to the delegation.")
    assert rows == set()


def test_a_named_special_economic_zone_is_russias() -> None:
    rows = policies("The governor presented the Amber Coast special economic zone to "
                    "investors in Seoul and Busan.")
    assert ("Amber Coast special economic zone", "Russian Federation") in rows


def test_thermal_plant_modernization_programme_is_russias() -> None:
    rows = policies("The units were selected under the government's programme for the "
                    "modernization of thermal power plants (KOM Mod).")
    assert ("programme for the modernization of thermal power plants",
            "Russian Federation") in rows


def test_one_word_quoted_national_project_keeps_its_kind() -> None:
    rows = policies('The rector said the centre serves the national project "Education".')
    assert ("national project Education", "Russian Federation") in rows


def test_zone_with_its_quoted_name_is_that_zone() -> None:
    rows = policies('Cargo may be routed through the Port Special Economic Zone "Kazan" near '
                    "the airport.")
    assert ('Port Special Economic Zone "Kazan"', "Russian Federation") in rows


def test_k_brand_and_announcing_government_give_the_country() -> None:
    rows = policies("The deal fits the K-Hydrogen Economy Strategy, which aims at 2030. It "
                    "also supports the Green Shipping Strategy announced by the Korean "
                    "government in May.")
    assert ("K-Hydrogen Economy Strategy", "Republic of Korea") in rows
    assert ("Green Shipping Strategy", "Republic of Korea") in rows


def test_committee_named_after_a_policy_field_is_no_policy() -> None:
    rows = policies("According to the Committee of Economic Policy and Trade of Tula Oblast, "
                    "exports rose.")
    assert rows == set()


def test_a_contract_the_firm_had_concluded_is_the_regime() -> None:
    rows = policies("He added that the company had also concluded a special investment "
                    "contract with the Ministry of Industry and Trade.")
    assert ("special investment contract", "Russian Federation") in rows


def test_a_regional_strategy_is_run_by_the_country_of_its_region() -> None:
    rows = policies("The governor said the plant fits the Strategy for Socio-Economic "
                    "Development of Amur Oblast until 2030.")
    assert ("Strategy for Socio-Economic Development of Amur Oblast until 2030",
            "Russian Federation") in rows


def test_a_government_possessive_names_the_country() -> None:
    rows = policies("The company is interested in the Russian government's Digital Region "
                    "departmental project.")
    assert ("Digital Region", "Russian Federation") in rows


def test_gazetteer_national_project_and_korean_strategy() -> None:
    rows = policies("He presented the national project on Small and Medium-Sized "
                    "Entrepreneurship and Support for Individual Entrepreneurial Initiative, "
                    "while the Korean side described its 5G+ Strategy.")
    assert ("national project on Small and Medium-Sized Entrepreneurship and Support for "
            "Individual Entrepreneurial Initiative", "Russian Federation") in rows
    assert ("5G+ Strategy", "Republic of Korea") in rows
