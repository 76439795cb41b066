"""What the extraction steps share about one release while they run."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from kg.extract.dates import DateMention
from kg.extract.lexicon import Hit, Lexicon
from kg.release import ReleaseGraph, SentenceRef

Span = tuple[int, int]


@dataclass
class Person:
    key: str
    iri: URIRef
    name: str
    family: str
    country: str | None
    first_span: Span
    spans: list[Span] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    #: posts found, recorded once the whole release is read: (title, span, name span, hint)
    pending: list[tuple] = field(default_factory=list)


@dataclass
class MechanismMention:
    iri: URIRef
    name: str
    span: Span
    head: str  # committee, forum, dialogue ...
    #: named only as a venue ("on the sidelines of the ASEAN Regional Forum")
    venue_only: bool = False


@dataclass
class Event:
    iri: URIRef
    mechanism: MechanismMention | None
    ordinal: int | None
    date: DateMention | None
    place_id: str | None
    span: Span
    sentence: int
    kind: URIRef
    participants: list[Person] = field(default_factory=list)
    #: told only as background ("at their summit in Moscow last June"): never the meeting
    #: a release is about, so never the one its unplaced attendees are given to
    recalled: bool = False


@dataclass
class Context:
    """The release text (title, blank line, body) and what earlier steps found in it."""

    text: str
    sentences: list[SentenceRef]
    body_start: int
    doc_date: str | None
    year: int | None
    lex: Lexicon
    out: ReleaseGraph
    publisher: str | None = None
    #: the place id of a news dateline ("CHUNCHEON, June 4 (Yonhap)")
    dateline_place: str | None = None
    #: spans of names of other things (bodies, mechanisms, policies): places inside them
    #: are not places named in the release
    name_spans: list[Span] = field(default_factory=list)
    #: spans of position titles ("Deputy Minister for the Development of the Russian Far East")
    title_spans: list[Span] = field(default_factory=list)
    place_hits: list[Hit] = field(default_factory=list)
    country_hits: list[Hit] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    mechanisms: list[MechanismMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: dict[int, list[DateMention]] = field(default_factory=dict)
    #: sentences whose occasion was folded into one told before ("He also met X")
    folded: set[int] = field(default_factory=set)

    def sentence_of(self, offset: int) -> SentenceRef | None:
        return self.out.sentence_at(offset)

    def inside_name(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.name_spans)

    def places_in(self, start: int, end: int) -> list[Hit]:
        return [h for h in self.place_hits if start <= h.start and h.end <= end]

    def dates_in(self, sentence: SentenceRef) -> list[DateMention]:
        return self.dates.get(sentence.index, [])
