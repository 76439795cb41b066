"""Figure periods and targets on invented sentences: the date of what a figure is
compared with is not its own; "since 2015" is an interval; a pledged sum is a fact."""

from __future__ import annotations

from kg.loaders.base import Document
from rdflib import RDF

from kg.extract.pipeline import extract
from kg.namespaces import KGO


def indicators(body: str, date: str = "2021-05-20") -> set[tuple[float, str, str | None]]:
    graph = extract(Document(text=body, key="test:figures", title="Trade news", date=date))
    triples = list(graph.triples)
    rows = set()
    for x in {s for s, p, o in triples if p == RDF.type and o == KGO.Observation}:
        props = {p: o for s, p, o in triples if s == x}
        if str(props.get(KGO.isTarget)) == "true":
            continue
        period = props.get(KGO.period)
        rows.add((float(props[KGO.value]), str(props[KGO.unit]),
                  str(period) if period is not None else None))
    return rows


def test_the_year_compared_with_is_not_the_period() -> None:
    rows = indicators("In 2019 the island received 12,300 visitors from Korea, 14% more than "
                      "in 2018. Freight reached 3.1 mln tonnes in 2020, up 40% from 2.2 mln "
                      "tonnes in 2019.")
    assert (12300.0, "persons", "2019") in rows
    assert (14.0, "percent", "2019") in rows
    assert (40.0, "percent", "2020") in rows
    assert (2200000.0, "tonnes", "2019") in rows


def test_same_period_of_last_year_is_a_base() -> None:
    rows = indicators("Exports in January-May 2021 amounted to 2.1 billion US dollars, which "
                      "is 8.5% more than in the same period of last year.")
    assert (8.5, "percent", "2021-01/2021-05") in rows


def test_first_half_of_the_year_is_the_release_year() -> None:
    rows = indicators("Trade came to US$4.2 billion in the first half of the year.")
    assert (4.2e9, "USD", "2021-01/2021-06") in rows


def test_since_a_year_runs_to_the_release_year() -> None:
    rows = indicators("The agency said Korean firms have invested about $300 million in the "
                      "region since 2016.")
    assert (3e8, "USD", "2016/2021") in rows


def test_date_in_an_aside_is_not_the_figure_date() -> None:
    rows = indicators("The fair, launched in 2012 to promote exports, drew some 4,000 "
                      "visitors.")
    assert (4000.0, "persons", "2021") in rows


def test_pledged_sum_is_a_fact_not_a_target() -> None:
    rows = indicators("Under the deal, the bank will provide USD 3 billion in loans and will "
                      "pay fees of about 2 billion won.")
    assert (3e9, "USD", "2021") in rows
    assert (2e9, "KRW", "2021") in rows
