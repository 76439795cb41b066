"""Organization names found by their shape, for bodies the gazetteer does not know.

A body's name is capitalised words ending in a head noun ("Dongbang Marine",
"Ulsan University Hospital", "Korea Rural Community Corporation"), a name put in
apposition to a common noun ("the South Korean shipping company Pacifica
Lines"), a diplomatic mission named by its city ("the Consulates General in
Vladivostok and Irkutsk") or a regional government ("the Kamchatka Krai
government"). Its country comes from a cue in or right before the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.context import Context
from kg.extract.lexicon import Hit, _data_rows
from kg.extract.org_documents import inside_agreement

#: a capitalised word of a name: "NongHyup", "VEB.RF", "North-Eastern", "St." (Saint) before
#: another; never a trailing period
TOK = r"(?:St\.(?=\s+[A-Z])|[A-Z][\w&'’–-]*(?:\.[A-Za-z]+)*)"
#: capitalised words that open a sentence or a phrase, not a name
_OPENERS = frozenset(
    "The This That These Those Both Each Under On In At For By From With During After Before "
    "According Meanwhile Also And But As Its Their His Her Our Mr Ms Dr Among Since Until Through "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December State-run State-owned".split()
)
_MECHANISM = re.compile(r"Joint|Intergovernmental|Sub-?committee|Forum|Dialogue|Consultation|"
                        r"Working Group|Commission|Cooperation Committee|Cooperation Council", re.I)
_BILATERAL = re.compile(r"^(?:Korea|ROK|Russia|Korean|Russian)[-–](?:Russia|Korea)", re.I)
LONG_NAME = {"KR": "the Republic of Korea", "RU": "the Russian Federation"}


@dataclass
class Found:
    name: str
    start: int
    end: int
    country: str | None


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, str]]:
    """Vocabularies of org_shapes.tsv by kind: cue -> country ('' when none)."""
    out: dict[str, dict[str, str]] = {}
    for row in _data_rows("org_shapes.tsv"):
        out.setdefault(row["kind"], {})[row["cue"]] = row["country"]
    return out


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def heads_re() -> str:
    return _alt(cues()["head"])


@lru_cache(maxsize=1)
def name_re() -> re.Pattern[str]:
    """Capitalised words (joined by "and"/"&") ending in head nouns, then an of/for complement
    that may list its fields ("Academy of Physical Culture, Sport and Tourism"; the last field
    may take two words: "Ministry of Industry, Trade and Entrepreneurship Development")."""
    heads = heads_re()
    return re.compile(
        rf"(?<![\w-])(?:{TOK}\s+(?:(?:{TOK}|(?:19|20)\d\d|and|&)\s+){{0,6}})?(?:{heads})(?:\s+(?:{heads}))*"
        rf"(?![\w-])(?:\s+(?:of|for|on)\s+(?:the\s+)?{TOK}(?:\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?"
        rf"{TOK})*(?:(?:,\s+{TOK}(?:\s+{TOK})?)+,?\s+and\s+{TOK}(?:\s+{TOK}(?![\w'’-])(?!\s+[A-Z]))?"
        rf"(?![\w'’-])(?:\s+of\s+(?:the\s+)?{TOK}(?:\s+(?:of\s+)?{TOK})?(?![\w'’-])(?!\s+[A-Z]))?)?)?"
    )


_MISSION = re.compile(
    r"\b(?P<kind>Embassy|Embassies|Consulates?[- ]General|Consular Office|Consulate)\s+in\s+"
)
def mentions(ctx: Context) -> list[Found]:
    """Every body named in the body of the release: gazetteer names, then names of a body's
    shape that no gazetteer name overlaps."""
    from kg.extract import org_appositions, org_context, org_nonbodies, org_splits, org_units
    from kg.extract.org_headless import extend_to_coined

    places = ctx.lex.place_matcher.find(ctx.text)
    shaped = find_shaped(ctx, places)
    out: list[Found] = []
    owners: list[Found] = []
    for hit in ctx.lex.org_matcher.find(ctx.text, ctx.body_start):
        if org_splits.within_fields(ctx, hit.start, hit.end, shaped):
            continue
        if org_context.owner_of_shaped(ctx, hit, shaped):
            owners += org_context.academy_owner(ctx, hit)  # an academy is a body too
            continue
        if followed_by_event(ctx, hit.end) or inside_agreement(ctx, hit.start) or \
                org_context.coined_for_phrase(ctx, hit.start, hit.end) or \
                org_context.in_share_bar(ctx, hit.start) or \
                org_context.former_name(ctx, hit.start) or \
                org_nonbodies.in_address(ctx, hit.end) or \
                org_nonbodies.exchange_code(ctx, hit.start, hit.end):
            continue
        countries = {ctx.lex.orgs[i].country for i in ctx.lex.org_ids_for(hit.surface)}
        country = next(iter(countries)) if len(countries) == 1 else \
            _nearby_country(ctx, hit.start, hit.surface) or home_country(ctx)
        regional = org_appositions.regional_body(ctx, hit, places, country or None) or \
            org_units.regional_unit(ctx, hit, places, country or None)
        if regional is not None:
            out.append(regional)
            continue
        out.append(Found(hit.surface, hit.start, hit.end, country or None))
    for f in shaped:
        own = org_context.body_under_known(ctx, f, out)
        if own is not None:  # "the Han River Flood Control Office of the Ministry of X"
            out.append(own)
            continue
        if any(g.start < f.end and f.start < g.end for g in out) or \
                _is_inside_title(ctx, f.start) or inside_agreement(ctx, f.start) or \
                org_context.in_menu_line(ctx, f.start) or org_context.is_masthead(ctx, f) or \
                org_context.contact_unit(ctx, f) or \
                org_context.unit_of_known(ctx, f) or _event_named(ctx, f.end) or \
                org_context.headline_short_form(ctx, f, shaped + out) or \
                org_context.former_name(ctx, f.start) or org_context.not_a_body_here(ctx, f) or \
                org_context.kind_before_known(ctx, f) or \
                org_nonbodies.rank_branch(ctx, f.start) or \
                org_nonbodies.exchange_code(ctx, f.start, f.end):
            continue
        out.append(org_appositions.regional_shaped(ctx, f, places))
    out += owners
    out += [f for f in org_context.repeats(ctx, out)
            if not re.search(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", f.name) and
            not _is_inside_title(ctx, f.start) and not inside_agreement(ctx, f.start) and
            not org_context.in_menu_line(ctx, f.start)]
    out = [extend_to_coined(ctx, f) for f in out]  # "X named after Y (XY)"
    _share_countries(out)
    org_context.refer_back(ctx, out)
    return sorted(out, key=lambda f: f.start)


def _share_countries(found: list[Found]) -> None:
    """"the Korean company X ..., X plans", "X in Seoul ... X alone": one body, one country,
    also when one mention carries a place tail the other lacks."""
    known = {fold(f.name): f.country for f in found if f.country}
    for f in found:
        key = fold(f.name)
        f.country = f.country or known.get(key) or next(
            (c for k, c in known.items() if k.startswith(key) and len(key) >= 8), None)


def fold(name: str) -> str:
    """A name folded for comparison: lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def country_named(ctx: Context, name: str) -> str | None:
    """The country the release gives a body of that name, if it names it with one."""
    key = fold(name)
    return next((f.country for f in mentions(ctx) if f.country and fold(f.name) == key), None)


def home_country(ctx: Context) -> str:
    """Whose ministry "the Ministry of Foreign Affairs" is when the text does not say."""
    publisher = (ctx.publisher or "").lower()
    if any(w in publisher for w in ("tass", "russia", "kremlin", "interfax", "ria")):
        return "RU"
    return "KR"


def _is_inside_title(ctx: Context, offset: int) -> bool:
    before = ctx.text[max(0, offset - 60) : offset]
    return bool(re.search(r"\bMinister\s+(?:of|for)\s+(?:the\s+)?$|\b(?:President|Director|"
                          r"Chairman|Officer|Manager)(?:[\s-]General)?\s+for\s+$", before))


def _nearby_country(ctx: Context, start: int, name: str) -> str | None:
    for hit in ctx.lex.country_matcher.find(ctx.text, start, start + len(name)):
        return hit.id
    before = ctx.text[max(0, start - 30) : start]
    m = re.search(r"([A-Z][a-z]+(?:'s|’s)?)\s+(?:the\s+)?$", before)
    if m and m.group(1).replace("’", "'") in ctx.lex.demonyms:
        return ctx.lex.demonyms[m.group(1).replace("’", "'")]
    for word, code in (("Korea", "KR"), ("Korean", "KR"), ("Russia", "RU"), ("Russian", "RU")):
        if re.search(rf"\b{word}\b", name):
            return code
    return None


def find_shaped(ctx: Context, places: list[Hit]) -> list[Found]:
    """Every body named by shape in the body of the release, leftmost first."""
    from kg.extract import org_appositions, org_countries, org_lists, org_splits, org_trims
    from kg.extract.org_dashed import dashed_names
    from kg.extract.org_governments import governments

    found = _missions(ctx, places) + governments(ctx, places) + \
        org_appositions.appositives(ctx, places)
    for extra in (dashed_names(ctx), org_appositions.apposed_names(ctx, places), _brand_names(ctx),
                  org_appositions.brand_acronyms(ctx), org_appositions.legal_forms(ctx),
                  org_lists.listed_companies(ctx, places)):
        found += [f for f in extra if not any(g.start < f.end and f.start < g.end
                                              for g in found)]
    taken = [(f.start, f.end) for f in found]
    for m in name_re().finditer(ctx.text, ctx.body_start):
        f = _trim(ctx, m.group(0), m.start(), places)
        if f is None or any(a < f.end and f.start < b for a, b in taken) or \
                org_trims.names_a_law(ctx, f.end):
            continue
        for part in org_splits.split_pair(org_splits.without_person(ctx, f)):
            part = org_appositions.with_place_tail(ctx, _with_number(ctx, part), places)
            part = org_appositions.without_state_tail(ctx, part)
            part.country = part.country or \
                org_countries.country_of(ctx, part.name, part.start, places)
            found.append(part)
            taken.append((part.start, part.end))
    return sorted(found, key=lambda f: f.start)


def _brand_names(ctx: Context) -> list[Found]:
    """"Hyundai Glovis signed ...": a company family name of more than one word is the full
    name of one company, though it lacks a head noun; a longer capitalised name it opens
    ("Pan Ocean Shipping Co.") is left to the other shapes."""
    out = []
    for brand, country in cues()["brand"].items():
        if " " not in brand:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(brand)}(?![\w-])(?!\s+[A-Z&])",
                             ctx.text[ctx.body_start :]):
            s = ctx.body_start + m.start()
            out.append(Found(brand, s, s + len(brand), country or None))
    return out


def _trim(ctx: Context, raw: str, start: int, places: list[Hit]) -> Found | None:
    """Drop openers, a possessor ("South Korea's X") and a place or body joined by "and"."""
    from kg.extract import org_appositions, org_splits, org_trims

    if _BREAK.search(raw):  # a name never runs on to the next line or column: the part
        at = 0  # holding its head ("Writer: Office of Public Relations   Date: ...")
        for part in _BREAK.split(raw):
            at = raw.index(part, at)
            if re.search(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", part):
                start, raw = start + at, part
                break
            at += len(part)
    name, country, pad = org_trims.cut_at_title(ctx, org_trims.cut_at_date(raw)), None, 0
    while True:
        first = name.split(" ", 1)
        if len(first) == 2 and (first[0] in _OPENERS or first[0].isdigit()):
            start += len(first[0]) + 1
            name = first[1]
            continue
        m = re.match(r"(.*?)(?:'s|’s)\s+", name)
        if m and re.search(r"\bSt\.\s+\w+$", m.group(1)):
            break  # "Seoul St. Mary's Hospital": a saint's name, not a possessor
        joined = org_trims.of_state_possessor(m.group(1), name[m.end():]) if m else None
        if joined:  # "Border Service of Russia's Federal Security Service"
            pad, country = len(name) - len(joined[0]), ctx.lex.demonyms.get(joined[1] + "'s")
            name = joined[0]
            break
        if m:
            country = ctx.lex.demonyms.get(m.group(0).strip().replace("’", "'"))
            if country is None and _is_region(ctx, m.group(1)):
                # "the Sakhalin Region's Tourism Agency": a region's own body keeps its region
                country = _place_country(ctx, m.group(1))
                break
            country = country or _place_country(ctx, m.group(1)) or \
                org_appositions.owner_country(ctx, m.group(1))
            start += m.end()
            name = name[m.end():]
            continue
        m = re.match(r"(.*?)\s+(?:and|&)\s+", name)
        if m and not _UNIT_NAME.search(name) and \
                not org_splits.continues_fields(ctx, m.group(1), name[m.end():]) and \
                (_is_known(ctx, start, start + len(m.group(1)), places) or
                 ctx.lex.titles.head_re.search(m.group(1)) or _ACRONYM.fullmatch(m.group(1))):
            start += m.end()
            name = name[m.end():]
            country = None  # a possessor before "and" owned what stood before it
            continue
        break
    name = name.strip()
    based = org_trims.PLACE_BASED.match(name)
    if based:  # "the Daejeon-based Korea Research Institute ...": where it sits, not its name
        start, name = start + based.end(), name[based.end() :]
    name = org_trims.without_site_tail(ctx, org_trims.without_demonym_tail(ctx, name, start))
    name = org_trims.without_possessor_tail(name)
    if not name:
        return None
    if name.split(" ", 1)[0] in _MAGNITUDES or org_trims.opens_with_trade(name):
        return None  # "US$1 Billion Credit Line": a sum in a Title Case headline, not a body
    if len(name.split()) < 2 and not re.fullmatch(r"[A-Z]{2,}\w*", name.split()[0]):
        return None
    if _MECHANISM.search(name) or not name[:1].isupper() or \
            _BILATERAL.search(name) and name.split()[-1] not in cues().get("joint_body", {}):
        return None
    if re.fullmatch(rf"(?:{heads_re()})(?:\s+(?:{heads_re()}))*", name):
        return None  # "the Consulate General would ...": a head noun alone names no body
    initials = _INITIALS.search(ctx.text, max(0, start - 8), start)
    if initials and not re.match(rf"(?:{heads_re()})\b", name):  # "K.E. Tsiolkovsky State Museum"
        name, start = ctx.text[initials.start() : start] + name, initials.start()
    return Found(name, start, start + len(name) + pad, country)


#: a line break, or a run of spaces that parts a page's columns
_BREAK = re.compile(r"\n|[ \t]{3,}")
#: "KDHC and Russian Energy Agency": an acronym standing alone before "and" is a body's short
#: name of its own, never a word opening a longer one
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
#: "K.E. ", "A.S. ", "R. E. ": a person's initials before the family name a body is named after
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){0,2}[A-Z]\.\s$")


#: words of a sum ("1 Billion"): a Title Case headline's amount opens no body's name
_MAGNITUDES = frozenset({"Thousand", "Million", "Billion", "Trillion", "Mln", "Bln"})
#: a ministry's unit names the regions it covers: "Russia and Central Asia Division"
_UNIT_NAME = re.compile(r"\b(?:Division|Department|Bureau)$")
_REGION_KINDS = frozenset({"krai", "oblast", "republic", "province", "autonomous_okrug",
                           "autonomous_oblast"})


def _is_region(ctx: Context, words: str) -> bool:
    """"Sakhalin Region": a federal subject or province, not a city."""
    hits = [h for h in ctx.lex.place_matcher.find(words) if h.start == 0 and h.end == len(words)]
    rec = ctx.lex.places.get(hits[0].id) if hits else None
    return rec is not None and rec.kind in _REGION_KINDS


def _place_country(ctx: Context, words: str) -> str | None:
    """"Khabarovsk's Regional Clinical Hospital": a place as possessor gives its country."""
    hits = [h for h in ctx.lex.place_matcher.find(words) if h.end == len(words)]
    if hits and (hits[0].start == 0 or words[: hits[0].start].endswith(" and ")):
        return ctx.lex.place_country(hits[0].id)
    return None


def _is_known(ctx: Context, start: int, end: int, places: list[Hit]) -> bool:
    """The whole span is a place, a country or a gazetteer body."""
    hits = places + ctx.lex.country_matcher.find(ctx.text, start, end) + \
        ctx.lex.org_matcher.find(ctx.text, start, end)
    return any(h.start == start and h.end == end for h in hits)


#: "Hospital No. 1", "WMO Regional Association II": a number, or a Roman one, ends the name
_NUMBER_TAIL = re.compile(r"\s+(?:(?:No\.?|№)\s*\d+\b|(?:I{1,3}|IV|VI{0,3}|IX|X)(?![\w'’-]))")


def _with_number(ctx: Context, f: Found) -> Found:
    """"Regional Clinical Hospital No. 1", "Regional Association II": the number is part of the
    body's name."""
    m = _NUMBER_TAIL.match(ctx.text, f.end)
    return Found(ctx.text[f.start : m.end()], f.start, m.end(), f.country) if m else f


def _missions(ctx: Context, places: list[Hit]) -> list[Found]:
    """"the Embassy in Moscow", "the Consulates General in Vladivostok, Irkutsk and Saint
    Petersburg": missions of the country other than the one the city lies in."""
    out = []
    for m in _MISSION.finditer(ctx.text, ctx.body_start):
        kind = m.group("kind")
        kind = "Consulate General" if kind.startswith("Consulate") and "General" in kind else \
            "Embassy" if kind.startswith("Embass") else kind
        for i, hit in enumerate(place_list(ctx, m.end(), places)):
            host = ctx.lex.place_country(hit.id)
            home = {"RU": "KR", "KR": "RU"}.get(host or "")
            if not home:
                continue
            where = LONG_NAME[host] if kind == "Embassy" else hit.surface
            name = f"{kind} of {LONG_NAME[home]} in {where}"
            start = m.start() if i == 0 else hit.start
            out.append(Found(name, start, hit.end, home))
    return out


def place_list(ctx: Context, pos: int, places: list[Hit]) -> list[Hit]:
    """Places listed from ``pos``: "Vladivostok, Irkutsk and Saint Petersburg"."""
    out = []
    while True:
        hit = next((h for h in places if h.start == pos), None)
        if hit is None:
            return out
        out.append(hit)
        m = re.match(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?",
                     ctx.text[hit.end : hit.end + 12])
        if not m:
            return out
        pos = hit.end + m.end()


def _event_named(ctx: Context, end: int) -> bool:
    """"North Pacific Coast Guard Forum": a name of a body's shape right before an event's
    word names the event (a gathering of such bodies), not a body."""
    m = re.match(rf"(?:\s+{_GATHERED})?\s+({TOK})", ctx.text[end : end + 60])
    return bool(m and m.group(1) in cues()["event"]) or _other_named(ctx, end)


#: "Finance Ministers and Central Bank Governors Meeting": the people a gathering brings
_GATHERED = r"(?:Governors|Ministers|Heads|Chiefs|Mayors|Presidents|Leaders|CEOs)"


def followed_by_event(ctx: Context, end: int) -> bool:
    """"APEC Economic Leaders' Meeting": the body's name opens an event's name; "Korean Air
    Force": it opens the name of something else."""
    m = re.match(rf"(?:\s+{TOK}){{1,4}}", ctx.text[end : end + 60])
    return bool(m and any(w in cues()["event"] for w in m.group(0).split())) or \
        _other_named(ctx, end)


def _other_named(ctx: Context, end: int) -> bool:
    """"Korea Air Defense Identification Zone": the next word makes the name another thing's."""
    m = re.match(rf"\s+({TOK})", ctx.text[end : end + 40])
    word = re.sub(r"['’]s$", "", m.group(1)) if m else ""
    return word in cues().get("other_tail", {})
