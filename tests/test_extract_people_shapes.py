"""Posts and names in the shapes news copy and ministry pages use, on invented sentences.

Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_event_nouns import _posts
from test_extract_events import _text


def _one(tmp_path: Path, sentence: str) -> dict[str, set[str]]:
    return _posts(tmp_path, _text("Officials meet", "Date 2020-02-11", sentence))


def test_a_name_after_a_sentence_word_keeps_its_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "As Roman Tikhonov, Director of the Arctic Shipping Directorate of "
                           "the state corporation, told reporters, traffic rose.")
    assert posts == {"Roman Tikhonov": {"Director of the Arctic Shipping Directorate of the "
                                        "state corporation"}}


def test_a_given_name_and_surname_that_are_also_towns_are_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The fund's Deputy CEO Artem Lvov signed the memorandum in Seoul.")
    assert set(posts) == {"Artem Lvov"}


def test_hyphenated_and_portfolio_posts_before_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Vice Land Minister Ahn Do-hyun and Ambassador-at-Large Pavel Zorin "
                           "met Presidential Aide Gleb Sorin and Regional Director of Korean Air "
                           "for Russia Nam Ki-tae.")
    assert posts == {"Ahn Do-hyun": {"Vice Land Minister"},
                     "Pavel Zorin": {"Ambassador-at-Large"},
                     "Gleb Sorin": {"Presidential Aide"},
                     "Nam Ki-tae": {"Regional Director of Korean Air for Russia"}}


def test_a_post_of_a_body_then_the_name_after_a_comma(tmp_path: Path) -> None:
    posts = _one(tmp_path, "According to the President of Hanil Fisheries, Yoo Jin-sang, the "
                           "company will open a plant. It will work with the KOTRA office in "
                           "Khabarovsk, headed by Bae Min-ho.")
    assert posts == {"Yoo Jin-sang": {"President of Hanil Fisheries"},
                     "Bae Min-ho": {"head of the KOTRA office in Khabarovsk"}}


def test_a_lower_case_deputy_chief_executive_after_the_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Ivan Belov, first deputy CEO of Russian Railways, held talks in "
                           "Seoul.")
    assert posts == {"Ivan Belov": {"first deputy CEO of Russian Railways"}}


def test_ia_and_ya_spellings_of_one_russian_name_meet() -> None:
    from kg.extract.names import person_key

    assert person_key("Tatyana Orlova") == person_key("Tatiana Orlova")
    assert person_key("Mariya Sokolova") == person_key("Maria Sokolova")
    assert person_key("Ilia Zorin") == person_key("Ilya Zorin")
    assert person_key("Ilya Zorin") != person_key("Olga Zorina")


def test_a_former_minister_after_the_name_keeps_the_word_former(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The Korean part is headed by Baek Ji-ho, a former Minister of "
                           "Unification, while the Russian part is led by Rector Ivan Fokin.")
    assert posts["Baek Ji-ho"] == {"former Minister of Unification"}


def test_a_post_then_the_name_between_commas(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The Ambassador of the Republic of Korea to Russia, Seo Won-il, "
                           "also addressed the opening session.")
    assert posts == {"Seo Won-il": {"Ambassador of the Republic of Korea to Russia"}}


def test_whose_director_names_the_head_of_the_body_just_named(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The talks were hosted by the Pacific Oceanological Institute "
                           "(POI), whose director Sergei Lavrov-Kim presented its work.")
    assert posts == {"Sergei Lavrov-Kim": {"director of the Pacific Oceanological Institute"}}


def test_prosecutors_are_posts(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Vice Minister Oh Se-hun met First Deputy Prosecutor General of the "
                           "Russian Federation Oleg Minin and Prosecutor of Amur Oblast Ivan "
                           "Ilyin.")
    assert posts["Oleg Minin"] == {"First Deputy Prosecutor General of the Russian Federation"}
    assert posts["Ivan Ilyin"] == {"Prosecutor of Amur Oblast"}


def test_a_full_stop_after_a_name_ends_it(tmp_path: Path) -> None:
    posts = _one(tmp_path, "He met Deputy Minister Park Seo-jun. Particular attention was "
                           "paid to ports.")
    assert set(posts) == {"Park Seo-jun"}


def test_a_rank_between_post_and_name_belongs_to_neither(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Deputy Defence Minister Col. Gen. Yuri Belkin and Fleet Commander "
                           "Rear Adm. Kang Tae-won met Vice Minister Lt. Gen. Oh Jin-ho.")
    assert set(posts) == {"Yuri Belkin", "Oh Jin-ho"}
    assert posts["Yuri Belkin"] == {"Deputy Defence Minister"}


def test_a_body_after_a_post_ending_in_of_the_is_no_person(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Later, Ilya Gorin, Deputy Chairman of the Audit Chamber, visited "
                           "Seoul and met Chairman of the Board Pyo Min-ah.")
    assert posts == {"Ilya Gorin": {"Deputy Chairman of the Audit Chamber"},
                     "Pyo Min-ah": {"Chairman of the Board"}}


def test_a_short_name_in_brackets_is_not_part_of_the_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Deputy Head of the Federal Customs Service (FCS) Irina Lvova, "
                           "Member of the Board (Minister) for Trade Daniyar Kasenov and Head of "
                           "the Republic of Sakha (Yakutia) Pyotr Sivtsev met.")
    assert posts["Irina Lvova"] == {"Deputy Head of the Federal Customs Service"}
    assert posts["Daniyar Kasenov"] == {"Member of the Board (Minister) for Trade"}
    assert posts["Pyotr Sivtsev"] == {"Head of the Republic of Sakha (Yakutia)"}


def test_a_judge_of_a_top_court_and_a_two_letter_family_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Chief Justice Yu Seo-jin met Supreme Court Justice Pak Min-ho. "
                           "Yu said the talks went well.")
    assert posts == {"Yu Seo-jin": {"Chief Justice"}, "Pak Min-ho": {"Supreme Court Justice"}}


def _countries(tmp_path: Path, sentence: str) -> dict[str, str]:
    """person -> the country IRI's last part the release gives them."""
    from test_extract_events import _graph

    from kg.namespaces import KGO

    out = _graph(tmp_path, _text("Officials meet", "Date 2020-02-11", sentence))
    people = {s for s, p, o, *_ in out.all_triples() if p == KGO.holds}
    return {out.label_of(s): str(o).rsplit("/", 1)[-1].upper() for s, p, o, *_ in out.all_triples()
            if p == KGO.country and s in people}


def test_a_portfolio_post_leaves_its_body_out(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The talks were joined by Pak Min-gyu, Director General for Port "
                           "Policy of the Ministry of Oceans and Fisheries of the Republic of "
                           "Korea, and Oleg Rusin, vice president for exports at Sibgrain.")
    assert posts == {"Pak Min-gyu": {"Director General for Port Policy"},
                     "Oleg Rusin": {"vice president for exports"}}


def test_a_portfolio_of_a_place_stays_in_the_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Deputy Minister for the Development of the Russian Far East "
                           "Ivan Sorokin opened the forum.")
    assert posts == {"Ivan Sorokin": {"Deputy Minister for the Development of the Russian "
                                      "Far East"}}


def test_a_lower_case_portfolio_list_goes_on_after_its_comma(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Yoo Dong-jun, director general for steel, chemicals and textiles "
                           "policy at the Ministry of Trade, Industry and Energy, spoke.")
    assert posts == {"Yoo Dong-jun": {"director general for steel, chemicals and textiles "
                                      "policy"}}


def test_a_possessive_country_before_a_body_reads_as_the_body(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Pyotr Glebov, head of Russia's Federal Agency for Fishery, and "
                           "Denis Orlov, Minister of Culture of the region, arrived.")
    assert posts == {"Pyotr Glebov": {"head of the Federal Agency for Fishery"},
                     "Denis Orlov": {"Minister of Culture"}}


def test_a_given_name_among_portfolio_words_marks_the_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The Russian side was led by Deputy Minister of Labour and Social "
                           "Protection of the Russian Federation Gleb Arbuzov.")
    assert posts == {"Gleb Arbuzov": {"Deputy Minister of Labour and Social Protection of the "
                                      "Russian Federation"}}


def test_a_second_post_and_its_country_belong_to_the_second_name(tmp_path: Path) -> None:
    countries = _countries(tmp_path, "Director General for Shipping Policy Noh Jae-won of the "
                                     "Ministry of Oceans and Fisheries and Deputy Head of the "
                                     "Federal Agency for Sea Transport Pavel Kirin of Russia "
                                     "held talks.")
    assert countries == {"Noh Jae-won": "KR", "Pavel Kirin": "RU"}


def test_lower_case_posts_around_a_body_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Rosatom overseas projects director Sergei Fomin and KDI senior "
                           "researcher Baek Ji-yeon spoke, Uralmash deputy CEO for sales Anton "
                           "Belkin said.")
    assert posts == {"Sergei Fomin": {"Rosatom overseas projects director"},
                     "Baek Ji-yeon": {"KDI senior researcher"},
                     "Anton Belkin": {"Uralmash deputy CEO for sales"}}


def test_a_post_then_its_holder_after_a_comma_and_a_short_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "It was signed in the presence of Korea's Deputy Minister for "
                           "Industrial Policy at the Ministry of Trade, Industry and Energy "
                           "(MOTIE), Seok Jun-ho.")
    assert posts == {"Seok Jun-ho": {"Deputy Minister for Industrial Policy"}}


def test_names_each_before_its_post_are_not_read_backwards(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The group included Moon Ji-su, Vice President of Hanil Marine, "
                           "Bae Tae-oh, Executive Director of the Incheon Port Authority, and "
                           "others.")
    assert posts == {"Moon Ji-su": {"Vice President of Hanil Marine"},
                     "Bae Tae-oh": {"Executive Director of the Incheon Port Authority"}}


def test_glued_initials_take_the_given_name_written_later(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Ambassador of the Russian Federation to the Republic of Korea "
                           "P.S.Tomilin met the minister. Pavel Tomilin noted the progress.")
    assert set(posts) == {"Pavel Tomilin"}


def test_a_body_named_two_ways_is_one_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Olga Rybina, Deputy Head of the Federal Customs Service (FCS), "
                           "attended. Later Deputy Head of FCS Olga Rybina visited Incheon. "
                           "Anton Lis, head of the Federal Agency for Forestry (Rosleskhoz), "
                           "came; Rosleskhoz head Anton Lis spoke.")
    assert posts == {"Olga Rybina": {"Deputy Head of the Federal Customs Service"},
                     "Anton Lis": {"head of the Federal Agency for Forestry"}}


def test_a_lower_case_post_of_a_body_before_a_plain_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The memorandum was signed by Chairman Kim Dae-su, general director "
                           "of the Technopark of Tomsk (Tomskpark) Roman Ilyin and the committee's "
                           "deputy chairman Oleg Zotov.")
    assert posts["Roman Ilyin"] == {"general director of the Technopark of Tomsk"}
    assert posts["Oleg Zotov"] == {"deputy chairman"}


def test_where_an_office_is_and_a_headline_country_do_not_set_the_side(
        tmp_path: Path) -> None:
    countries = _countries(tmp_path, "Ho Sun-mi, director of the Korea Trade Center's office "
                                     "in Kazan, and Ilya Vetrov, Counsellor of the Embassy of "
                                     "the Russian Federation in the Republic of Korea, met.")
    assert countries == {"Ho Sun-mi": "KR", "Ilya Vetrov": "RU"}


def test_a_body_before_a_post_is_the_same_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Mayor of Tongyeong Kim Ha-rin met the delegation. Later, "
                           "Tongyeong Mayor Kim Ha-rin signed the memorandum.")
    assert posts == {"Kim Ha-rin": {"Mayor of Tongyeong"}}


def test_two_posts_joined_by_and_and_a_lower_case_unit(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Anna Sorokina, Head of the Federal Agency for Fishery and Chief "
                           "State Sanitary Doctor of the Russian Federation, met Head of "
                           "Lazovsky municipal district Oleg Tkachev and Economic Vice Mayor "
                           "Choi Min-ho.")
    assert posts == {
        "Anna Sorokina": {"Head of the Federal Agency for Fishery",
                          "Chief State Sanitary Doctor of the Russian Federation"},
        "Oleg Tkachev": {"Head of Lazovsky municipal district"},
        "Choi Min-ho": {"Economic Vice Mayor"}}


def test_a_company_legal_form_is_not_part_of_the_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The deal was signed by Baek Ji-ho, President of Hanul Foods Co., "
                           "Ltd., and Oleg Nosov, chief executive officer of Volga Mills Co., in "
                           "Kazan.")
    assert posts == {"Baek Ji-ho": {"President of Hanul Foods"},
                     "Oleg Nosov": {"chief executive officer of Volga Mills"}}


def test_one_post_whose_country_is_named_two_ways_is_one_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Head of the Federal Forestry Agency of Russia Oleg Nosov met the "
                           "press. The delegation was led by Oleg Nosov, Head of the Federal "
                           "Forestry Agency of the Russian Federation.")
    assert len(posts["Oleg Nosov"]) == 1


def test_lower_case_commissioner_and_ministry_spokesperson(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The delegation included Baek Ji-ho, commissioner of the Seed "
                           "Quality Agency. \"We agreed,\" ministry spokesperson Ahn Do-hyun "
                           "told a briefing.")
    assert posts == {"Baek Ji-ho": {"commissioner of the Seed Quality Agency"},
                     "Ahn Do-hyun": {"ministry spokesperson"}}


def test_a_site_menu_is_not_a_post_and_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Main / Governor / News. Governor of Tomsk Oblast Oleg Nosov met "
                           "the consul.")
    assert set(posts) == {"Oleg Nosov"}


def test_korean_given_names_written_apart_or_with_other_consonants_meet() -> None:
    from kg.extract.names import is_korean_name, person_key

    assert is_korean_name(["Baek", "Myung", "Soo"])
    assert person_key("Baek Myung Soo") == person_key("Baek Myung-soo")
    assert person_key("Yoo Tae-geun") == person_key("Yu Tae-keun")


def test_a_one_letter_syllable_and_an_adjective_before_director(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The ceremony was held in the presence of Busan Vice Mayor for "
                           "Economic Affairs Baek Hyeon-u. Oleg Nosov, Technical Director of the "
                           "Volga Aviation Plant, attended it.")
    assert posts == {"Baek Hyeon-u": {"Busan Vice Mayor for Economic Affairs"},
                     "Oleg Nosov": {"Technical Director of the Volga Aviation Plant"}}


def test_a_lower_case_post_after_its_body_before_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The memorandum was signed by TechNord rector Pavel Gusarov. "
                           "Daejin Logistics president Ma Sung-il, whom Russian president "
                           "aides met, spoke.")
    assert posts == {"Pavel Gusarov": {"TechNord rector"},
                     "Ma Sung-il": {"Daejin Logistics president"}}


def test_a_dean_after_an_academic_rank_is_named_without_it(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Professor Irina Sedova, Dean of the Faculty of Oriental Studies of "
                           "Kazan Federal University, opened the seminar.")
    assert posts == {"Irina Sedova": {"Dean of the Faculty of Oriental Studies of Kazan "
                                      "Federal University"}}


def test_a_body_glued_before_a_post_is_not_part_of_the_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The deal was signed by Korean Air Executive Vice President Lim "
                           "Sang-woo and Doosan Heavy Industries & Construction Executive Vice "
                           "President Yoon Do-hyun in Moscow.")
    assert posts == {"Lim Sang-woo": {"Executive Vice President"},
                     "Yoon Do-hyun": {"Executive Vice President"}}


def test_a_naval_rank_with_its_ordinal_is_not_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Captain 2nd Rank Pavel Zorin, Deputy Head of the Hydrographic "
                           "Service, signed the arrangement.")
    assert set(posts) == {"Pavel Zorin"}


def test_head_of_a_team_of_a_body_keeps_the_team(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The talks were attended by Lim Sang-woo, head of the overseas "
                           "marketing team of the Korea Film Agency, and others.")
    assert posts == {"Lim Sang-woo": {"head of the overseas marketing team of the Korea Film "
                                      "Agency"}}


def test_a_lower_case_portfolio_list_and_a_unit_of_an_owner(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Pavel Zorin, minister of digital development of public "
                           "administration, information technologies and communications of "
                           "the Republic of Tatarstan, and Dr. Lim Sang-woo, principal research "
                           "scientist at KIMST's Polar Climate Research Center, attended.")
    assert posts == {"Pavel Zorin": {"minister of digital development of public "
                                     "administration, information technologies and "
                                     "communications of the Republic of Tatarstan"},
                     "Lim Sang-woo": {"principal research scientist"}}


def test_two_bare_heads_joined_are_one_office(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The delegation was headed by Vice President and Secretary-General "
                           "Lim Sang-woo and Deputy Prime Minister and Minister of Finance "
                           "Pavel Zorin.")
    assert posts == {"Lim Sang-woo": {"Vice President and Secretary-General"},
                     "Pavel Zorin": {"Deputy Prime Minister", "Minister of Finance"}}


def test_head_of_the_body_told_before_stays_a_bare_head(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The delegation visited the Amur Basin Water Authority and met Pavel "
                           "Zorin, head of the administration.")
    assert posts == {"Pavel Zorin": {"head"}}


def test_a_post_spelled_out_and_by_its_initials_is_one_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Talks were held with Hanra Steel Chief Executive Officer Baek "
                           "Min-jun. Later Hanra Steel CEO Baek Min-jun toured the port.")
    assert {p.lower() for p in posts["Baek Min-jun"]} <= {"chief executive officer",
                                                         "hanra steel chief executive officer"}


def test_two_lowercase_posts_joined_by_and_before_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The deal was signed by Uralkhim senior vice president and head of "
                           "procurement Oleg Sitnikov and Daewon president and CEO Ryu Ha-jin.")
    assert posts["Oleg Sitnikov"] == {"Uralkhim senior vice president and head of procurement"}
    assert {p.lower().removeprefix("daewon ") for p in posts["Ryu Ha-jin"]} == {
        "president and ceo"}


def test_a_body_described_before_its_name_is_left_out_of_the_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "On Monday Nam Bo-ra, CEO of the Korean furniture maker Woodline, "
                           "signed the contract in Kazan.")
    assert posts == {"Nam Bo-ra": {"CEO of Woodline"}}


def test_a_portfolio_goes_on_through_the_field_it_covers(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Pyotr Lavrov, deputy director of the Industry Ministry's department "
                           "for technical regulation in the chemical industry, attended.")
    assert posts == {"Pyotr Lavrov": {"deputy director of the Industry Ministry's department "
                                      "for technical regulation in the chemical industry"}}


def test_an_academic_honorific_stands_between_a_post_and_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The memorandum was signed by KOMIR President Dr. Seo Young-ho in "
                           "Daejeon.")
    assert set(posts) == {"Seo Young-ho"}
    assert posts["Seo Young-ho"] & {"President", "KOMIR President"}


def test_a_post_of_the_body_told_by_its_kind_after_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Dr. Boris Kurganov, the institute's deputy director for research, "
                           "will lead the Russian team.")
    assert posts == {"Boris Kurganov": {"deputy director for research"}}


def test_a_post_with_the_body_by_its_initials_is_the_post_told_in_full(tmp_path: Path) -> None:
    posts = _one(tmp_path, "[Photo: Rector of TPU Ivan Sedov.] On Monday Ivan Sedov, Rector of "
                           "Tomsk Polytechnic University, met the delegation.")
    assert posts == {"Ivan Sedov": {"Rector of Tomsk Polytechnic University"}}


def test_a_post_told_again_in_another_case_is_one_post(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Gleb Orekhov, deputy head of the Federal Agency for Fisheries, "
                           "spoke first. Deputy head Gleb Orekhov then left.")
    assert posts == {"Gleb Orekhov": {"deputy head of the Federal Agency for Fisheries"}}


def test_a_board_seat_and_the_post_held_with_it_are_told_as_one(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The delegation was headed by Oleg Vartanov, Member of the "
                           "Management Board and Deputy Director General of Tomskneft.")
    assert posts == {"Oleg Vartanov": {"Member of the Management Board and Deputy Director "
                                       "General of Tomskneft"}}


def test_a_post_after_a_name_with_an_article(tmp_path: Path) -> None:
    posts = _one(tmp_path, "\"Demand is rising,\" notes Gleb Ustinov, an analyst at Finmarket.")
    assert posts == {"Gleb Ustinov": {"analyst at Finmarket"}}


def test_an_aide_told_by_whose_aide_they_are(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The fair will be opened by the Governor of Primorye's adviser for "
                           "trade Lee Bo-yeon.")
    assert posts == {"Lee Bo-yeon": {"Governor of Primorye's adviser for trade"}}


def test_a_bodys_possessive_and_a_demonym_open_a_post_after_a_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The report was presented by Kang Min-ho, KITA's Director General "
                           "for Eurasia and head of the Almaty Business Center, and by Pavel "
                           "Zorin, Russian deputy prime minister and president of the Russian "
                           "Chess Federation.")
    assert posts == {"Kang Min-ho": {"Director General for Eurasia",
                                     "head of the Almaty Business Center"},
                     "Pavel Zorin": {"deputy prime minister",
                                     "president of the Russian Chess Federation"}}


def test_a_lower_case_post_drops_its_employer_after_at(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The deal was signed by Lee Sun-ho, senior vice president and head "
                           "of the Mobility Group at Hankook, and by Oleg Tarasov, a lecturer at "
                           "Kazan's Institute of Physics.")
    assert posts == {"Lee Sun-ho": {"senior vice president and head of the Mobility Group"},
                     "Oleg Tarasov": {"lecturer"}}


def test_posts_that_need_no_body_before_a_plain_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "\"We lost the midfield,\" head coach Kim Tae-woo said, while the "
                           "troupe, led by artistic director Pavel Zorin, and the head of "
                           "Kurchatovsky District Olga Vetrova watched.")
    assert posts == {"Kim Tae-woo": {"head coach"}, "Pavel Zorin": {"artistic director"},
                     "Olga Vetrova": {"head of Kurchatovsky District"}}


def test_standing_and_project_posts_keep_their_first_word(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Standing Commissioner of the Audit Board Kim Tae-woo met Project "
                           "Director Pavel Zorin.")
    assert posts == {"Kim Tae-woo": {"Standing Commissioner of the Audit Board"},
                     "Pavel Zorin": {"Project Director"}}


def test_a_list_of_names_each_with_a_post_holding_an_and(tmp_path: Path) -> None:
    posts = _one(tmp_path, "The gala was attended by Oleg Varnin, Member of the Supervisory "
                           "Board of Baltika Bank, Denis Orekhov, Ambassador Extraordinary and "
                           "Plenipotentiary of Russia to Korea, and Han Ji-soo, Vice Chairman "
                           "of the Seoul Chamber.")
    assert posts["Oleg Varnin"] == {"Member of the Supervisory Board of Baltika Bank"}
    assert posts["Denis Orekhov"] == {"Ambassador Extraordinary and Plenipotentiary of "
                                      "Russia to Korea"}


def test_a_department_of_public_services_names_no_one(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Anna Belova, Director of the Department of Digital Public Services "
                           "of the Ministry of Digital Development, spoke in Seoul.")
    assert set(posts) == {"Anna Belova"}


def test_a_korean_given_name_written_apart_ending_in_a_town_name(tmp_path: Path) -> None:
    posts = _one(tmp_path, "Agency President Jung Sang Wan opened the new branch in Tomsk.")
    assert set(posts) == {"Jung Sang Wan"}
