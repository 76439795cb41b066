"""Projects whose proper name is not where the noun-phrase reader looks for it.

- A numbered name after its description: "the international transport corridor
  Primorye-2" is the "Primorye-2 international transport corridor", as the release says
  it again later ("the Primorye-2 corridor") and as readers name it: the name first.
- A name in quotes that the release calls a project: "the "Trans-Siberian in 7 Days"
  project" (not a policy so quoted: "the "Nine Bridges" project").
- A brand's facility named with its city, being opened or built: "opened the Lotte Hotel
  St. Petersburg".
- A named test bed ("the Smart Highway test bed"); a film two sides produce together, by
  its title in quotes ("the first co-produced film, working title "The Voyage of X"").
- A named facility that is the object of a project: "the project of the Big Port
  Zarubino in the Khasansky district", "the construction of the Eastern Petrochemical
  Complex": capitalised words holding a facility noun. A port or plant so named exists
  only as the project until it is built, so the name alone is the project.

Both are kind "named", so later shorter namings ("the Primorye-2 corridor") merge
into them (projects._same).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.extract.project_phrases import Mention

#: heads a numbered name may follow: "the international transport corridor Primorye-2"
_ROUTE_HEADS = r"(?:corridor|route|railway|pipeline|bridge|highway|link)"
_DESCRIBED_NAME = re.compile(
    rf"(?<![\w-])(?P<desc>(?:(?!(?:{pp.STOP})\b)[a-z][\w-]*\s+){{0,3}}{_ROUTE_HEADS})\s+"
    r"(?P<name>[A-Z][a-z]+[-–]\d{1,2})(?![\w-])")
#: "the project of the Big Port Zarubino", "the construction of the X Petrochemical Complex"
#: "the construction site of the X Line", "the completion ceremony of the X Center",
#: "has completed the X Center", "is building the X Bridge": the named object of its making
_OBJECT_OF = re.compile(
    r"(?<![\w-])(?:(?:project|projects|construction|development|building|creation|completion)"
    r"(?:\s+(?:site|ceremony|works?))?\s+(?:of|for)\s+(?:the\s+)?|"
    r"(?:completed|constructed|topped\s+out|(?:is|are|was|were)\s+building)\s+the\s+)"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})(?![\w-])")


#: "the "Trans-Siberian in 7 Days" project": a name in quotes the release calls a project
_QUOTED = re.compile(r"[\"“](?P<name>[A-Z][^\"“”\n]{2,60}?)[\"”]\s+project(?![\w-])")
#: a name in quotes that a release says something is "known as": the nickname of a
#: programme told before it, not a project of its own
NICKNAMED = re.compile(r"\b(?:known|referred\s+to|dubbed|called)\s+(?:in\s+[A-Z][\w-]*\s+)?"
                        r"as\s+(?:the\s+)?[\"“'‘][^\"”’]{1,60}[\"”'’]\s*$")


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    """The last word of every facility head ("Port", "Complex", "Terminal"), capitalised
    in a proper name."""
    v = pp.vocab()
    heads = v.get("heads", []) + v.get("infrastructure", [])
    return frozenset(h.split()[-1].lower() for h in heads) - {"project", "facilities"}


def named_facilities(ctx: Context) -> list[Mention]:
    """Both shapes above, each placed as named projects are (project_routes.place_named)."""
    from kg.extract.project_routes import place_named

    out: list[Mention] = []
    for m in _DESCRIBED_NAME.finditer(ctx.text, ctx.body_start):
        desc = pp.strip_weak(m.group("desc").split())
        name = m.group("name")
        label = " ".join([name, *desc])
        start = m.start("desc") + m.group("desc").find(desc[0]) if desc else m.start("name")
        mention = Mention(label, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", label)),
                          (start, m.end()))
        place_named(ctx, mention, m.start("name"), m.end(), inside=True)
        out.append(mention)
    for m in _OBJECT_OF.finditer(ctx.text, ctx.body_start):
        words = m.group("name").split()
        if not any(w.lower() in facility_words() for w in words) or \
                words[0].lower() in facility_words():
            continue  # "Port of X" is the place's port; it needs a name before the noun
        if ctx.lex.policy_matcher.find(ctx.text, m.start("name"), m.end("name")):
            continue  # "the development of the X Advanced Special Economic Zone": a policy
        name = " ".join(words)
        mention = Mention(name, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", name)),
                          (m.start("name"), m.end("name")))
        place_named(ctx, mention, m.start("name"), m.end("name"), inside=True)
        mention.place_id = mention.place_id or _sentence_place(ctx, m.end("name"))
        out.append(mention)
    out += _brand_in_city(ctx) + _opened_centres(ctx) + _test_beds(ctx) + _joint_works(ctx)
    out += _apposed_names(ctx)
    for m in _QUOTED.finditer(ctx.text, ctx.body_start):
        if ctx.lex.policy_matcher.find(ctx.text, m.start("name"), m.end("name")):
            continue  # "the "Nine Bridges" project": a policy the release calls a project
        if NICKNAMED.search(ctx.text, max(0, m.start() - 60), m.end("name") + 1):
            continue  # "the debt programme, known in Korea as the "X" project": its nickname
        name = " ".join(m.group("name").split())
        mention = Mention(name, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", name)),
                          (m.start("name"), m.end()))
        place_named(ctx, mention, m.start("name"), m.end(), inside=True)
        out.append(mention)
    return out


#: "opened the Lotte Hotel St. Petersburg", "will build the X Resort Vladivostok": a brand's
#: facility named with the city it is in, while it is being opened or built
_BRAND_IN_CITY = re.compile(
    r"\b(?:opened|opens|open|opening(?:\s+of)?|build|builds|built|building|construction\s+of)"
    r"\s+(?:the\s+|a\s+)?(?P<name>(?:[A-Z][\w&'-]*\s+){1,2}(?:Hotel|Resort|Plaza|Mall|Tower|"
    r"Hospital|Clinic)\s+(?P<city>(?:St\.\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))")


def _brand_in_city(ctx: Context) -> list[Mention]:
    """The brand's facility in that city, when the words after its kind name a city."""
    out: list[Mention] = []
    for m in _BRAND_IN_CITY.finditer(ctx.text, ctx.body_start):
        hit = next((h for h in ctx.places_in(m.start("city"), m.end("city"))
                    if h.start == m.start("city")), None)
        if hit is None:
            continue
        name = " ".join(ctx.text[m.start("name") : hit.end].split())
        mention = Mention(name, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", name)),
                          (m.start("name"), hit.end), hit.id, True)
        out.append(mention)
    return out


#: "opened the Korea-Russia Innovation Centre in Moscow", "inaugurated the X Technology
#: Hub in Y", "the launch of the Z Startup Campus in W": a named centre being opened in a
#: city is the thing the two sides set up, a project (not an office or a mission)
_OPENED_CENTRE = re.compile(
    r"\b(?:opened|opens|open|inaugurated|inaugurates|launched|launches|established|"
    r"establishes|set\s+up|sets\s+up|(?:opening|inauguration|launch|establishment)\s+of)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?P<name>(?:[A-Z][\w&'’-]*\s+){1,4}(?:Centre|Center|"
    r"Hub|Technopark|Incubator|Campus|Laboratory|Lab))\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?"
    r"(?P<city>(?:St\.\s+)?[A-Z][\w-]+)")


def _opened_centres(ctx: Context) -> list[Mention]:
    """A named centre opened in a city, placed in that city."""
    out: list[Mention] = []
    for m in _OPENED_CENTRE.finditer(ctx.text, ctx.body_start):
        hit = next((h for h in ctx.places_in(m.start("city"), m.end("city") + 12)
                    if h.start == m.start("city")), None)
        if hit is None:
            continue
        name = " ".join(m.group("name").split())
        out.append(Mention(name, "named", "named",
                           frozenset(w.lower() for w in re.split(r"[\s-]+", name)),
                           (m.start("name"), m.end("name")), hit.id, True))
    return out


#: "the Smart Highway test bed", "the X Testbed": a named test bed is a facility built to
#: try a technology out, a project of its own wherever it is told
_TEST_BED = re.compile(r"(?<![\w-])(?:(?:The|A|An)\s+)?(?P<name>(?:[A-Z][\w-]*\s+){1,3}"
                       r"(?i:test[\s-]?bed))(?![\w-])")


def _test_beds(ctx: Context) -> list[Mention]:
    """A test bed named with capitalised words ("the Smart Highway test bed")."""
    from kg.extract.project_routes import place_named

    out: list[Mention] = []
    for m in _TEST_BED.finditer(ctx.text, ctx.body_start):
        name = " ".join(m.group("name").split())
        mention = Mention(name, "named", "named", frozenset(name.lower().split()),
                          (m.start("name"), m.end("name")))
        place_named(ctx, mention, m.start("name"), m.end("name"))
        out.append(mention)
    return out


#: "The first co-produced film, working title "The Voyage of X,"": a work two sides make
#: together, named by its title in quotes
_JOINT_WORK = re.compile(
    r"\b(?:co-produced|co-production|jointly\s+produced|joint)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:film|documentary|series|drama|movie|animation|feature|programme|program)"
    r",?\s+(?:(?:with\s+the\s+)?(?:working\s+)?title[d]?\s+|called\s+|entitled\s+)?"
    r"[\"“](?P<name>[A-Z][^\"“”\n]{2,60}?)[,.]?[\"”]")


def _joint_works(ctx: Context) -> list[Mention]:
    """A film or series the two sides produce together, by its title."""
    out: list[Mention] = []
    for m in _JOINT_WORK.finditer(ctx.text, ctx.body_start):
        name = " ".join(m.group("name").split())
        out.append(Mention(name, "named", "named", frozenset(name.lower().split()),
                           (m.start("name"), m.end("name"))))
    return out


def _sentence_place(ctx: Context, end: int) -> str | None:
    """"has completed the X Center, a mixed-use complex ... in St. Petersburg": a named
    object without a place of its own lies where the rest of its sentence places it."""
    sent = ctx.sentence_of(end)
    hits = ctx.places_in(end, sent.end) if sent else []
    return hits[0].id if hits else None


_MONTHS = frozenset("January February March April May June July August September October "
                    "November December Monday Tuesday Wednesday Thursday Friday Saturday "
                    "Sunday".split())


@lru_cache(maxsize=1)
def _apposed() -> re.Pattern[str]:
    """"the floating nuclear power plant Akademik Lomonosov": a described kind, then the
    two or three capitalised words of its own name, then the end of the phrase."""
    word = rf"(?!(?:{pp.STOP})\b)[a-z][\w-]*"
    return re.compile(rf"(?<![\w-])the\s+(?P<desc>(?:{word}\s+){{0,4}}(?:{pp.np_heads()}))\s+"
                      r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
                      r"(?=\s*[,.;(]|\s+(?:which|that|in|at|near|is|was|will|has)\b)")


def _apposed_names(ctx: Context) -> list[Mention]:
    """A facility told by its kind and then its own name ("the research reactor Hanaro
    Prime"): the whole phrase names it, placed where the rest of its sentence says. Names
    that are places, firms, people's or dates are none."""
    out = []
    for m in _apposed().finditer(ctx.text, ctx.body_start):
        words = m.group("name").split()
        start, end = m.start("name"), m.end("name")
        if any(w in _MONTHS for w in words) or ctx.places_in(start, end) or \
                ctx.lex.org_matcher.find(ctx.text, start, end) or \
                any(p.first_span[0] <= start < p.first_span[1] or
                    any(s <= start < e for s, e in p.spans) for p in ctx.persons):
            continue
        label = " ".join(f"{m.group('desc')} {m.group('name')}".split())
        mention = Mention(label, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", label)),
                          (m.start("desc"), end))
        mention.place_id = _sentence_place(ctx, end)
        out.append(mention)
    return out
