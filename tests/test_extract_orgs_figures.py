"""Organizations, affiliations and figures on invented sentences.

Bodies not in the gazetteer are found by their shape, missions by their city,
affiliations by the body a title or its context names; figures keep their own
clause's period and drop numbers that only look like figures.
"""

from __future__ import annotations

from kg.loaders.base import Document
from rdflib import RDF, RDFS

from kg.extract.pipeline import extract
from kg.namespaces import KGO


def _graph(body: str, date: str = "2021-05-20", publisher: str | None = None):
    doc = Document(text=body, key="test:orgs", title="Invented news", date=date,
                   publisher=publisher)
    return list(extract(doc).triples)


def _labels(triples) -> dict:
    return {s: str(o) for s, p, o in triples if p == RDFS.label}


def organizations(body: str, **kw) -> set[tuple[str, str | None]]:
    triples = _graph(body, **kw)
    label = _labels(triples)
    rows = set()
    for x in {s for s, p, o in triples if p == RDF.type and o == KGO.Organization}:
        country = next((label.get(o, str(o)) for s, p, o in triples
                        if s == x and p == KGO.country), None)
        rows.add((label[x], country))
    return rows


def affiliations(body: str) -> set[tuple[str, str]]:
    triples = _graph(body)
    label = _labels(triples)
    return {(label[s], label[o]) for s, p, o in triples if p == KGO.memberOf}


def indicators(body: str, date: str = "2021-05-20") -> set[tuple[float, str, str | None]]:
    triples = _graph(body, date=date)
    obs = {s for s, p, o in triples if p == RDF.type and o == KGO.Observation}
    rows = set()
    for x in obs:
        props = {p: o for s, p, o in triples if s == x}
        if str(props.get(KGO.isTarget)) == "true":
            continue
        period = props.get(KGO.period)
        rows.add((float(props[KGO.value]), str(props[KGO.unit]),
                  str(period) if period is not None else None))
    return rows


# -- organizations -------------------------------------------------------------------------


def test_country_tail_is_not_part_of_the_label() -> None:
    rows = organizations("Lee Sumin, Deputy Minister for Political Affairs of the Ministry of "
                         "Foreign Affairs of the Republic of Korea, opened the meeting.")
    assert ("Ministry of Foreign Affairs", "Republic of Korea") in rows


def test_company_in_apposition_takes_the_adjective_country() -> None:
    rows = organizations("The plant will be built by the Korean company Halla Bluewave, "
                         "officials said.")
    assert ("Halla Bluewave", "Republic of Korea") in rows


def test_shaped_names_with_place_or_possessor() -> None:
    rows = organizations("The Nakhodka port and South Korea's Mirae Ocean Lines signed a deal. "
                         "Doctors from Daegu Hanbit Hospital will train staff at "
                         "the Tomsk Polytechnic University.")
    assert ("Mirae Ocean Lines", "Republic of Korea") in rows
    assert ("Daegu Hanbit Hospital", "Republic of Korea") in rows
    assert not any(" and " in name for name, _ in rows)


def test_missions_named_by_city_belong_to_the_other_country() -> None:
    rows = organizations("Travelers may contact the Embassy in Moscow or the Consulates General "
                         "in Vladivostok and Irkutsk.")
    assert ("Embassy of the Republic of Korea in the Russian Federation",
            "Republic of Korea") in rows
    assert ("Consulate General of the Republic of Korea in Irkutsk", "Republic of Korea") in rows


def test_regional_government_and_event_names() -> None:
    rows = organizations("The Amur Oblast government and KOTRA will co-host the APEC Business "
                         "Leaders' Summit side event.")
    assert ("Amur Oblast government", "Russian Federation") in rows
    assert not any(name == "APEC" for name, _ in rows)


def test_parties_of_an_agreement_name_are_not_named_bodies() -> None:
    rows = organizations("Under the Agreement between the Government of the Republic of Korea "
                         "and the Government of the Russian Federation on Fisheries, quotas are "
                         "set yearly.")
    assert not any(name.startswith("Government") for name, _ in rows)


# -- affiliations --------------------------------------------------------------------------


def test_portfolio_of_a_deputy_foreign_minister_is_not_a_ministry() -> None:
    rows = affiliations("Deputy Foreign Minister for Economic Affairs Jang Woo-seok will visit "
                        "Moscow next week.")
    assert ("Jang Woo-seok", "Ministry of Foreign Affairs") in rows
    assert not any("Economic Affairs" in org for _, org in rows)


def test_lower_case_titles_name_their_body() -> None:
    rows = affiliations("\"We are ready,\" said Nam Gi-tae, vice minister of oceans and "
                        "fisheries. The talks were led by Ivan Gordeev, deputy head of the "
                        "Federal Agency for Fishery.")
    assert ("Nam Gi-tae", "Ministry of Oceans and Fisheries") in rows
    assert ("Ivan Gordeev", "Federal Agency for Fishery") in rows


def test_body_named_before_the_title() -> None:
    rows = affiliations("A delegation of the Korean company Halla Bluewave headed by its Vice "
                        "President Song Mi-rae arrived in Vladivostok. The agreement was "
                        "signed by the Korea Trade-Investment Promotion Agency. The agency's CEO "
                        "Park Dong-il spoke.")
    assert ("Song Mi-rae", "Halla Bluewave") in rows
    assert ("Park Dong-il", "Korea Trade-Investment Promotion Agency") in rows


def test_consul_general_heads_the_consulate() -> None:
    rows = affiliations("Consul General in Vladivostok Kwon Ha-neul welcomed the guests.")
    assert ("Kwon Ha-neul",
            "Consulate General of the Republic of Korea in Vladivostok") in rows


# -- figures -------------------------------------------------------------------------------


def test_each_clause_keeps_its_own_period() -> None:
    rows = indicators("Last year our exports grew by 12 percent to $4 billion, and in "
                      "January-March of this year they rose by another 6 percent.")
    assert (12.0, "percent", "2020") in rows
    assert (4e9, "USD", "2020") in rows
    assert (6.0, "percent", "2021-01/2021-03") in rows


def test_continued_clause_shares_the_date() -> None:
    rows = indicators("In 2019 the farms harvested 12,000 tonnes of rice, and shipped about "
                      "3,000 tonnes to Busan.")
    assert (3000.0, "tons", "2019") in rows


def test_spurious_numbers_are_not_figures() -> None:
    rows = indicators("Because of COVID-19, the 30-minute call was held online; "
                      "call +7 423 222-1234 for details.")
    assert rows == set()


def test_counted_subject_and_plural_nouns_and_fold() -> None:
    rows = indicators("Russian tourists to Jeju dropped from about 90,000 in 2019 to 8,000 "
                      "last year. The agency handled 41 requests in 2020. Orders grew "
                      "three-fold in 2020.")
    assert (90000.0, "persons", "2019") in rows
    assert (8000.0, "persons", "2020") in rows
    assert (41.0, "requests", "2020") in rows
    assert (3.0, "fold", "2020") in rows


def test_planned_investment_is_a_target() -> None:
    rows = indicators("The Korean company will build a plant with planned investment of "
                      "2.5 billion roubles.")
    assert rows == set()


def test_while_clause_shares_the_date_it_contrasts_with() -> None:
    rows = indicators("Exports rose to $5 billion last year, while the number of tourists "
                      "between the two countries topped 90,000 for the first time.")
    assert (90000.0, "persons", "2020") in rows
