"""The shapes of a project mention, as regular expressions built from the vocabulary
in ``kg/data/project_heads.txt``.

A project noun phrase is ``[action of] [the] [count] modifiers HEAD [complement]
[place tail]``: "the modernisation of the port of Zarubino in Primorsky Krai",
"a fish processing complex being built in Primorsky Krai's Nakhodka", "the
construction of 15 ice-class LNG carriers at the Zvezda shipyard", "an industrial
complex for Korean companies in the X zone". The name the gold and the releases
use is the phrase without the making-action ("construction of") and, when the
phrase already holds a proper name, without the place tail ("the Zvezda shipyard
in Bolshoy Kamen" is the Zvezda shipyard; "a plant in Amursk" is that plant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kg.extract.lexicon import Hit, Lexicon


@dataclass
class Mention:
    """One naming of a project in the text; mentions of one project are merged later."""

    label: str
    kind: str  # np | named | service | link
    head: str  # last word of the head, singular, lower case
    mods: frozenset[str]
    span: tuple[int, int]
    place_id: str | None = None
    place_from_tail: bool = False
    bare: bool = False
    facility: str | None = None
    core: tuple[int, int] = (0, 0)  # the head noun's span
    definite: bool = False  # "the Sakhalin hydrogen cluster": one told before, maybe
    place_only: bool = False  # "the Khabarovsk project": named by its place alone
    group: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=1)
def vocab() -> dict[str, list[str]]:
    """Sections of project_heads.txt: ``[heads]``, ``[vessels]`` ... -> phrases."""
    raw = resources.files("kg.data").joinpath("project_heads.txt").read_text("utf-8")
    out: dict[str, list[str]] = {}
    section = "heads"
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        out.setdefault(section, []).append(line)
    return out


@lru_cache(maxsize=1)
def nominal_of_gerund() -> dict[str, str]:
    """``[kept-gerunds]``: "modernizing the port of X" names "modernization of the port of X"."""
    return dict(line.split()[:2] for line in vocab().get("kept-gerunds", []))


def kept_label(text: str) -> str:
    """The name of a kept action, the gerund turned into its noun: "modernizing the port"
    -> "modernization of the port"."""
    first, _, rest = text.partition(" ")
    nominal = nominal_of_gerund().get(first.lower())
    if not nominal or re.match(r"(?:of|for)\s", rest):
        return text  # "upgrading of the port" is a noun already
    return f"{nominal} of {rest}"


def words(section: str) -> frozenset[str]:
    return frozenset(w.lower() for w in vocab().get(section, []))


def _alt(phrases: list[str], plural: bool = False) -> str:
    forms: set[str] = set()
    for p in phrases:
        forms.add(p)
        if plural:
            forms.add(p[:-1] + "ies" if p.endswith("y") and p[-2:] != "ay" else
                      p + "es" if p.endswith(("ch", "sh", "x")) else p + "s")
    ordered = sorted(forms, key=len, reverse=True)
    # "fish-processing complex": a head's words may be joined by a hyphen as well
    return "|".join(re.escape(f).replace(r"\ ", r"(?:\s+|-)") for f in ordered)


#: words that end a run of modifiers: articles, prepositions, pronouns, common verbs
STOP = (
    "the|a|an|of|in|on|at|near|and|or|for|with|to|by|from|between|into|its|their|his|her|our|"
    "is|are|was|were|be|been|being|will|would|could|can|may|should|has|have|had|that|which|"
    "this|these|those|as|such|including|include|includes|both|two|also|not|it|they|we|he|she|"
    "build|construct|establish|create|develop|open|launch|support|visit|visited|expand|pursue|"
    "discuss|discussed|promote|attract|presented|named|via|said|says|about|some|more|than|"
    "under|after|before|over|up|out|all|each|every|any|its|whose|who|what|where|when|how|"
    "participate|participation|invest|investment|invested|work|working|help|ready|plans|"
    "plan|agreed|agree|asked|called|welcomed|noted|offered|opened|cooperate|cooperating|resume|"
    "resumed|reopen|reopened|restore|increase|hold|held|very|most|every|new|cited|cites|"
    "mentioned|praised|highlighted|toured|showcased|inspected|recalled"
)
_W = r"[A-Za-z0-9][\w'’-]*"
#: a modifier; a proper name in quotes ("the \"Big Zarubino\" universal port") is one too
#: (a quoted common noun is the head's own wording: "the \"energy bridge\""); a quote that
#: opens on an article ("\"The X project is ...\"") opens a quotation, not a name; a
#: hyphened word that starts like a stop word is a modifier ("an after-sales centre")
_MOD = rf"(?!(?:{STOP})\b(?!-))(?:[\"“](?=(?-i:[A-Z0-9]))(?!(?:the|an?)\s))?{_W}[\"”]?"
_CAPS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
#: "(PNG)": an acronym in brackets among a name's modifiers; it stays out of the name
ACRONYM = r"\([A-Z][A-Za-z]{1,6}\)"
NUMBER = re.compile(r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?)$",
                    re.I)


@lru_cache(maxsize=1)
def np_heads() -> str:
    """Every head a project phrase may end in, singular and plural, as one alternation."""
    v = vocab()
    return _alt(v.get("heads", []) + v.get("infrastructure", []), plural=True)


@lru_cache(maxsize=1)
def np_pattern() -> re.Pattern[str]:
    v = vocab()
    kept = _alt(v.get("kept-actions", []))
    gerunds = _alt(list(nominal_of_gerund()))
    verbs = words("verb-actions") or {"build", "construct", "establish", "create", "open"}
    dropped = "|".join(
        re.escape(a).replace(r"\ ", r"\s+")
        + (r"\s+(?:of|for)" if " " not in a and a not in verbs and not a.endswith("ing") else "")
        for a in sorted(v.get("dropped-actions", []), key=len, reverse=True)
    )
    heads = _alt(v.get("heads", []) + v.get("power-links", []) + v.get("infrastructure", [])
                 + v.get("vessels", []), plural=True)
    return re.compile(
        rf"(?:(?P<kept>(?<![\w-])(?:(?:{kept})\s+(?:of|for)|{gerunds})\s+)|"
        rf"(?P<dropped>(?<![\w-])(?:{dropped}|building)\s+))?"
        # "the modernization of two power units at X": a count after a kept action is part
        # of what is modernized, so of the project's name (a count of ships ordered is not)
        rf"(?P<det>(?:the|a|an)\s+|(?(kept)(?<!order\sfor\s)(?<!orders\sfor\s)"
        rf"(?:two|three|four|five|six|\d{{1,2}})\s+|(?!)))?"
        rf"(?P<mods>(?<![\w'’-])(?:(?:{_MOD}|{ACRONYM})\s+(?:and\s+)?){{0,7}}?)"
        rf"(?P<head>(?<![\w-])(?:{heads}))(?![\w-])(?!\s+(?!project\b)(?:{heads})(?![\w-]))"
        # "a pipeline natural gas (PNG) project": a head before more modifiers of "project"
        rf"(?!(?:\s+{_MOD}){{1,3}}(?:\s+{ACRONYM})?\s+project(?![\w-]))"
        rf"(?:\s+(?P<proj>project)(?![\w-]))?",
        re.I,
    )


#: named projects: "Arctic LNG 2", "Yamal LNG", "Rajin-Khasan logistics project",
#: "Sokcho-Zarubino-Vladivostok ferry route"
#: a ship class before "LNG" ("Arc7 LNG carriers") names ships, not a project;
#: "Sokcho - Vladivostok ferry line": the ends of a ferry or rail line may be spaced around
#: the dash (a flight "route" so written is a timetable entry, not a project);
#: "Arctic LNG projects" without a number are the region's LNG projects, no one project;
#: "the Sakhalin-2 project": a place name with a number is the name of one project;
#: "the A-1 and A-2 corridors": numbered names share a plural head (project_routes.named);
#: "the M-11 Neva Moscow – St. Petersburg motorway": a numbered road with its own name;
#: "the X integrated investment project": the name before it
NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?!Arc\d)(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+LNG"
    r"(?:[\s-]+\d+|(?![\s-]+\d)(?!\s+projects(?![\w-])))"
    r"(?!\s+(?:carriers?|tankers?|vessels?|ships?)\b)|"
    r"[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+\s+(?:[a-z]+\s+){0,2}(?:project|route|link|corridor|"
    r"ferry|railway|pipeline|bridge)|"
    r"[A-Z][a-z]+(?:\s[-–]\s[A-Z][a-z]+)+\s+(?:ferry(?:\s+line|\s+route)?|railway|pipeline)|"
    r"[A-Z][a-z]+[-–]\d{1,2}\s+(?:[a-z]+\s+){0,2}(?:corridor|route|railway|pipeline|bridge)s?|"
    r"[A-Z][a-z]+-\d{1,2}(?=\s+project(?![\w-]))|"
    # "the Yenisei Siberia integrated investment project": a regional megaproject's own name
    r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?=\s+(?:integrated|comprehensive|complex)\s+"
    r"investment\s+project(?![\w-]))|"
    r"[A-Z]-\d{1,3}\s+[A-Z][a-z]+(?:\s+(?:[A-Z][\w.]*|[-–])){0,4}?\s+(?:federal\s+)?"
    r"(?:motorway|highway|expressway))"
    r"(?![\w-])"
)

#: "buyer of Sakhalin LNG": the gas, not the plant
COMMODITY_BEFORE = re.compile(
    r"(?:(?:buyers?|importers?|imports?|supplies|supply|purchases?|deliveries|shipments|"
    r"cargoes|volumes?|exports?)\s+of|(?<![\w-])(?:receive[sd]?|receiving|buy|buys|bought|"
    r"import|imports|imported|ship|ships|shipped|deliver|delivers|delivered|supply|supplies|"
    r"supplied|transship|transships))\s+$", re.I)
COMMODITY_AFTER = re.compile(r"\s+(?:supplies|supply|imports?|exports?|cargoes|shipments|"
                             r"deliveries|prices?|purchases|market)\b", re.I)

#: "linking the railways of the Korean Peninsula with the Trans-Siberian Railway"
LINK = re.compile(
    r"(?<![\w-])(?P<verb>(?:to\s+)?link|linking|connect|connecting|connection\s+of)\s+"
    r"(?P<a>(?:the\s+)?[^,;.()]{3,60}?)\s+(?P<conj>with|and|to)\s+"
    r"(?P<b>(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Railways?|railways?|Railroads?|railroads?))(?![\w-])"
)

_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"


@lru_cache(maxsize=1)
def service_pattern() -> re.Pattern[str]:
    """"the ferry service between A and B", "a ferry linking A (on ...) with B and C"."""
    heads = _alt(vocab().get("services", []), plural=True)
    lower_mod = rf"(?!(?:{STOP})\b)[a-z][\w-]*"
    return re.compile(
        rf"(?P<mods>(?<![\w'’-])(?:{lower_mod}\s+(?:and\s+)?){{0,3}}?)(?P<head>(?<![\w-])(?:{heads}))\s+"
        # "an express line for e-commerce parcels between A and B": what it carries
        rf"(?:for\s+(?P<cargo>(?:{lower_mod}\s+){{0,3}}[a-z][\w-]*s)\s+(?=between\s))?"
        rf"(?:between\s+(?P<a>{_PLACE})\s+and\s+(?P<b>{_PLACE})|"
        rf"from\s+(?P<e>(?:the\s+(?:sea)?port\s+of\s+)?{_PLACE})(?:\s+in\s+{_PLACE})?\s+to\s+"
        rf"(?P<f>{_PLACE})|"
        rf"linking\s+(?P<c>{_PLACE})(?:\s+(?:on|in)\s+[^,;.]{{1,40}}?)?\s+(?P<conj>with|and|to)\s+"
        rf"(?P<d>{_PLACE}(?:\s+and\s+{_PLACE})?))(?![\w-])"
    )


#: what may follow a project's place: a participle or relative clause, then a place chain
#: ("in the center of Khabarovsk"; "in the Khabarovsk advanced special economic zone (ASEZ)";
#: "in St. Petersburg": a saint's abbreviation opens the name; a name ends at a line break)
_LOC1 = (r"(?:the\s+)?(?:St\.\s+)?(?:[A-Z][\w'’-]*[^\S\n]+){0,4}"
         r"(?:(?:port\s+)?(?:city|town|village|port|area|district|region|territory|center|centre)\s+of\s+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}"
         r"(?:'s\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+(?:airport|seaport|port)(?!\s+city))?")
#: "in Moscow on Thursday": a day or month after a place is when, not a place chain
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
         r"April|May|June|July|August|September|October|November|December)(?![\w-])")
TAIL = re.compile(
    r"\s+(?P<part>under\s+construction\s+|(?:being\s+)?(?:built|created|planned|constructed|developed|established|"
    r"located|opened|run\s+by\s+[^,.;()]{1,40}?)\s+|to\s+be\s+(?:built|created|opened|"
    r"constructed)\s+|(?:(?:that|which)\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:government|side|company|region|city)\s+(?:is|are|will\s+be)\s+(?:building|creating|"
    r"developing|constructing)\s+|(?:that|which)\s+(?:[A-Z][\w&'’-]*\s+){1,3}(?:is|are|will\s+be)"
    r"\s+(?:building|creating|developing|constructing)\s+)?(?P<prep>in|at|on|near)\s+"
    rf"(?P<loc>{_LOC1}(?:\s+(?:in|of|on)\s+(?!{_WHEN}){_LOC1}){{0,2}})"
    r"(?P<zone>\s+(?:advanced\s+)?special\s+economic\s+zone(?:\s+\([A-Z]{2,6}\))?)?"
)
#: "at Khabarovsk Novy Airport", "at the Port of Vanino": a named facility that exists,
#: at which the project is made; it stays in the name (project_phrases.at_facility_label)
AT_NAMED_FACILITY = re.compile(
    r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Airport|Seaport|Port|Station|"
    r"Shipyard|Terminal)|\s+at\s+(?:the\s+)?(?:Airport|Seaport|Port)\s+of\s+[A-Z][\w'’-]*")


def at_facility_label(mods: str, head: str, complement: str, loc: str, new: bool) -> str:
    """"the new international terminal at X Airport": a new facility at one that exists
    is told from the old one by "new", so "new" stays in its name; other weak words go."""
    kept = strip_weak(mods.split())
    label = [*(["new"] if new else []), *kept, *head.split(), *complement.split()]
    return " ".join([*label, "at", *loc.split()])


#: a complement kept in the name
FOR_BENEFICIARY = re.compile(r"\s+for\s+(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+)?(?P<ben>[a-z]+)\b")
AT_FACILITY = re.compile(r"\s+(?:at|from)\s+(?:the\s+)?(?P<fac>[A-Z][\w-]*)(?:\s+(?:shipyard|"
                         r"shipbuilding\s+complex|shipbuilding\s+yard|yard|port|plant))?(?![\w-])")
FOR_NAMED = re.compile(r"\s+for\s+(?:the\s+)?(?P<named>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+LNG"
                       r"(?:[\s-]+\d+)?)(?:\s+project)?(?![\w-])")
#: "based on the X field": the named deposit projects are built on; it names them
BASED_ON_FIELD = re.compile(r"\s+based\s+on\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}"
                            r"(?:gas\s+|oil\s+|coal\s+)?(?:field|deposit)s?(?![\w-])")
LINKING = re.compile(rf"\s+(?:linking|connecting)\s+(?:the\s+)?{_CAPS}\s+(?:with|and|to)\s+"
                     rf"(?:the\s+)?{_CAPS}")
#: "a project to produce hydrogen in X": what a project does, where it is placed; a verb
#: that only makes something ("to build a plant") leaves the name to what it makes
PURPOSE = re.compile(r"\s+to\s+(?!(?:build|construct|establish|create|open|set|develop|be|"
                     r"the|an?)\b)[a-z]+(?:\s+(?!(?:in|at|on|near|for|and|with|by)\b)[a-z][\w-]*)"
                     r"{0,4}(?=\s+(?:in|at|near)\s+(?:the\s+)?[A-Z])")
OF_OBJECT = re.compile(rf"\s+of\s+(?:the\s+)?{_CAPS}")
#: "rail approaches to the ports of Vostochny and Nakhodka": where the infrastructure leads
TO_PORT = re.compile(rf"\s+to\s+(?:the\s+)?(?:sea)?ports?\s+of\s+{_CAPS}(?:\s+and\s+{_CAPS})?")
#: "carriers to be built at Zvezda's yard": where ships are made, kept as "at Zvezda"
BUILT_FACILITY = re.compile(
    r"\s+(?:to\s+be\s+|being\s+|been\s+)?(?:built|constructed|assembled)\s+(?:at|by)\s+"
    r"(?:the\s+)?(?P<fac>[A-Z][\w-]*)(?:(?:'s|’s)?\s+(?:shipyard|shipbuilding\s+complex|"
    r"shipbuilding\s+yard|yard|plant))?(?![\w-])")
#: "built at the DSME shipyard": a yard where something else is built, not a project itself
MADE_AT_BEFORE = re.compile(r"\b(?:built|constructed|assembled|made|produced|ordered|"
                            r"delivered|developed|manufactured|designed|tested)\s+(?:at|by|in)"
                            r"\s+(?:the\s+)?$", re.I)
#: "engineers trained at X's main plant", "worked at the Y shipyard", "expand production at
#: the plant in Z": a facility where people train or work, or that produces, exists already
#: "the X truck plant and the Y cluster were named as possible partners": an enterprise
#: that exists, offered to investors as a partner, not a project
PARTNER_AFTER = re.compile(r"[^.;]*?\b(?:were|was|are|is)\s+(?:named|seen|considered|listed|"
                           r"proposed|presented|suggested)\s+as\s+(?:possible\s+|potential\s+|"
                           r"prospective\s+|likely\s+)?partners\b")
#: "where X already runs a TV plant", "the company operates a plant in Y": one that works
RUN_BEFORE = re.compile(r"\b(?:runs|operates|owns|run|operate|own)\s+(?:(?:an?|its|their)\s+)?$",
                        re.I)
#: "a demo day held at the X technopark", "the forum took place at the Y business center":
#: the venue of an event, a facility that exists
WORKED_AT_BEFORE = re.compile(r"\b(?:(?:trained|studied|worked|works|working|interned|employed|"
                              r"toured|practised|practiced|held|hosted|staged|convened|"
                              r"took\s+place|takes\s+place)\s+(?:at|in)|(?:production|"
                              r"output|operations)\s+at)\s+(?:the\s+)?$", re.I)
#: what may come right after a head: a preposition, conjunction, verb, punctuation
FOLLOW_OK = frozenset(
    "and or in at on near of for from with to by between which that is are was were will would "
    "could can has have had being be the as under worth through via into since until after before "
    "where who whose this next last its their with planned expected due set run led made built "
    "held known inside within also across along over towards".split()
)
#: the text before a place that says a named facility lies there: "the Zvezda shipyard
#: in ", "the Zvezda Shipbuilding Complex in ", "Zvezda, the shipbuilding complex in the "
FACILITY_PLACE = re.compile(
    r"(?P<name>[A-Z][\w-]+)(?:(?:'s|’s)?\s+(?i:shipyard|shipbuilding\s+complex|shipbuilding\s+yard|yard)"
    r"|,\s+the\s+(?:shipyard|shipbuilding\s+complex|shipbuilding\s+yard)),?\s+"
    r"(?:in|near|at)\s+(?:the\s+)?$"
)


def head_kind(head: str) -> str:
    """``vessels`` and ``infrastructure`` heads need an action; ``heads`` do not; power
    ``links`` need neither an action nor a cue."""
    for section in ("vessels", "infrastructure"):
        if head in words(section):
            return section
    return "links" if head in words("power-links") else "heads"


def singular(head: str) -> str:
    """"facilities" -> "facility", "carriers" -> "carrier": only for known heads."""
    for s, p in (("y", "ies"), ("", "es"), ("", "s")):
        if head.endswith(p) and _known_head(head[: len(head) - len(p)] + s):
            return head[: len(head) - len(p)] + s
    return head


def _known_head(head: str) -> bool:
    return any(head in words(s) for s in ("heads", "power-links", "infrastructure", "vessels",
                                          "services"))


#: "Gazprom's", "Novatek’s": a capitalised owner's possessive before what it owns
_OWNER_POSSESSIVE = re.compile(r"[A-Z][\w-]*(?:'s|’s)")


def strip_weak(mods: list[str], keep_joint: bool = False,
               keep: frozenset[str] = frozenset()) -> list[str]:
    """"a new large-scale plant" -> "plant": leading words that name nothing go, and so
    does the owner's possessive ("Gazprom's planned LNG plant" is the LNG plant: the
    company runs it, the name is what it is). ``keep``: weak words that do name this kind
    of thing ("a pilot container train" is not the regular one)."""
    weak = words("weak-modifiers") - ({"joint"} if keep_joint else set()) - keep
    while mods and (mods[0].lower() in weak and not _opens_name(mods) or _count(mods)
                    or mods[0] == "and"
                    or (len(mods) > 1 and _OWNER_POSSESSIVE.fullmatch(mods[0]))):
        mods = mods[1:]
    return mods


def _count(mods: list[str]) -> bool:
    """A leading number counts the things ("two plants"); before a unit of rating ("a
    500 kV substation", "a 100 MW plant") it tells which kind of thing it is, so it stays."""
    return bool(NUMBER.match(mods[0])) and \
        not (len(mods) > 1 and mods[1].lower() in words("rating-units"))


def _opens_name(mods: list[str]) -> bool:
    """"the Big Zarubino seaport": a capitalised word before a capitalised name is the
    first word of that name, not a weak word before it."""
    return len(mods) > 1 and mods[0][:1].isupper() and mods[1][:1].isupper() and \
        not _OWNER_POSSESSIVE.fullmatch(mods[1])


def simple_tail(tail: re.Match[str], hits: list[Hit]) -> bool:
    """"in Amursk", "in the port of Zarubino": no clause, one place and nothing else."""
    if tail.group("part") or tail.group("zone"):
        return False  # "in the X advanced special economic zone": the name is the head's
    loc = re.sub(r"^the\s+|^(?:port|city|town)\s+of\s+", "", tail.group("loc"))
    loc = re.sub(r"^(?:port|city|town)\s+of\s+", "", loc)
    return len(hits) == 1 and " ".join(loc.split()) == " ".join(hits[0].surface.split())


def is_owner(lex: Lexicon, word: str) -> bool:
    """"Korea-Russia", "Korean", "Russian-Korean": who runs it, not what it is."""
    owners = _owners(lex)
    return all(p.lower() in owners for p in re.split(r"[-–]", word) if p)


@lru_cache(maxsize=1)
def _owners(lex: Lexicon) -> frozenset[str]:
    return frozenset({c.lower() for c in lex.country_forms} | {d.lower() for d in lex.demonyms})


def has_proper_name(lex: Lexicon, label: str) -> bool:
    """A capitalised word other than a country, a demonym or a term's acronym ("LNG"); a
    facility's own acronym ("the NICA collider") is its proper name."""
    generic = words("generic-acronyms")
    for word in re.findall(r"[A-Z][\w'’-]*", label):
        parts = [p for p in re.split(r"[-–]", word) if p]
        if word.isupper() and word.lower() in generic or \
                all(is_owner(lex, p) or p.isupper() and p.lower() in generic for p in parts):
            continue
        if re.fullmatch(r"[A-Z][a-z]*\d+", word):
            continue  # ship classes: "Arc7"
        return True
    return False


def only_region(lex: Lexicon, text: str, places: list[Hit], start: int, end: int) -> bool:
    """Modifiers (text[start:end]) that only say whose or where ("Far Eastern", "Russian")
    name no project when the head is plural: "Far Eastern seaports" are ports in general."""
    rest = text[start:end]
    inside = [h for h in places if start <= h.start and h.end <= end]
    for hit in sorted(inside, key=lambda h: -h.start):
        rest = rest[: hit.start - start] + " " + rest[hit.end - start :]
    rest = " ".join(rest.lower().split())
    for phrase in sorted(words("regional-modifiers"), key=len, reverse=True):
        rest = re.sub(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", " ", rest)
    return all(is_owner(lex, w) for w in rest.split() if w not in words("weak-modifiers"))
