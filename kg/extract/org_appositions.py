"""Bodies named without a head noun, known by what the text says about them.

"Glavkosmos, a subsidiary of the state corporation Roscosmos", "Khorol Zerno, the Primorye
subsidiary of Hanbit Heavy Industries", "Tavria, a Rosatom company": a name in apposition
with a corporate noun is a body even though no "Company" or "Institute" ends it. A company
family name followed by an acronym ("Hyundai WIA", "Samsung SDS") is one company too. An
institute or a mission keeps its "in <place>" tail only when the place is abroad for it:
"King Sejong Institute in Yakutsk" is a branch, the "Korea Space Institute in Daejeon" is
the national body at home.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.org_names import _MECHANISM, TOK, Found, _alt, cues

#: nouns that, in apposition after a name, say it names a body
_CORPORATE = (r"subsidiary|affiliate|unit|division|arm|branch|part|member|company|firm|"
              r"corporation|manufacturer|producer|operator|supplier|developer|venture|"
              r"joint venture|enterprise|holding|shipyard|carrier|startup|contractor|drugmaker|"
              r"automaker|shipbuilder|conglomerate")
#: "Glavkosmos, a subsidiary of ...", "Khorol Zerno, the Primorye subsidiary of ...",
#: "Tavria, a Rosatom company,"
_APPOSED = re.compile(
    rf"(?<![\w-])(?P<name>{TOK}(?:\s+{TOK}){{0,3}}),\s+(?:also\s+)?(?P<art>(?:a|an|the)\s+)?"
    rf"(?P<desc>(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){{0,3}}?)(?P<noun>{_CORPORATE})\b"
    rf"(?P<of>\s+of\b)?")
#: nouns that tell a body only with their "of": "a subsidiary of X" (not "a unit")
_OF_NOUNS = frozenset({"subsidiary", "affiliate", "unit", "division", "arm", "branch", "part",
                       "member", "venture", "joint venture"})


def _is_person(words: list[str]) -> bool:
    from kg.extract.names import is_korean_name, russian_given_names

    return words[0] in russian_given_names() or is_korean_name(words)


def apposed_names(ctx: Context, places: list[Hit]) -> list[Found]:
    """Names in apposition with a corporate noun, leftmost first."""
    from kg.extract.org_names import _OPENERS

    out = []
    for m in _APPOSED.finditer(ctx.text, ctx.body_start):
        words = m.group("name").split()
        while words and words[0] in _OPENERS:
            words.pop(0)
        if not words or _is_person(words) or ctx.lex.titles.head_re.search(" ".join(words)):
            continue
        if not (m.group("of") and m.group("noun") in _OF_NOUNS or
                m.group("art") and re.search(r"[A-Z]", m.group("desc"))):
            continue  # "a Rosatom company", "the Primorye subsidiary of X": a named owner
        if re.match(r"['’]s\b|\s+(?:said|says|told|reported|announced|added|noted|stated)\b",
                    ctx.text[m.end("noun") : m.end("noun") + 10]) or \
                m.group("noun") in ("part", "member") and m.group("desc").strip() or \
                _MECHANISM.search(m.group("name")):
            continue  # "the Russian company's press service", "a key part of the New Deal"
        name = " ".join(words).removesuffix("'s").removesuffix("’s")
        start = m.end("name") - len(" ".join(words))
        if any(h.start == start and h.end >= start + len(name) for h in places) or \
                ctx.lex.country_matcher.find(name) or name.isupper() and len(name) < 3:
            continue  # "Primorye, the region ...": a place, not a body
        out.append(Found(name, start, start + len(name), _apposed_country(ctx, m.end("name"))))
    return out


def _apposed_country(ctx: Context, at: int) -> str | None:
    """The state the apposition tells: a nationality, a place or a known body in it ("a
    subsidiary of the Russian ...", "the Primorye subsidiary", "a Rosatom company")."""
    end = min(len(ctx.text), at + 90)
    stop = re.search(r"[.;]\s|,\s+(?:and|which|who)\b", ctx.text[at:end])
    end = at + stop.start() if stop else end
    hits = [(h.start, ctx.lex.demonyms.get(h.surface)) for h in
            ctx.lex.demonym_matcher.find(ctx.text, at, end)]
    hits += [(h.start, h.id) for h in ctx.lex.country_matcher.find(ctx.text, at, end)]
    hits += [(h.start, ctx.lex.place_country(h.id)) for h in
             ctx.lex.place_matcher.find(ctx.text, at, end)]
    hits += [(h.start, owner_country(ctx, h.surface)) for h in
             ctx.lex.org_matcher.find(ctx.text, at, end)]
    return next((c for _, c in sorted(hits, key=lambda x: x[0]) if c), None)


@lru_cache(maxsize=1)
def _brand_acronym_re() -> re.Pattern[str]:
    brands = "|".join(re.escape(b) for b in sorted(cues()["brand"], key=len, reverse=True)
                      if " " not in b)
    return re.compile(rf"(?<![\w-])(?P<brand>{brands})\s+(?P<acr>[A-Z][A-Z&]{{1,5}})"
                      rf"(?=(?:'s|’s)?(?![\w&-]))(?!(?:'s|’s)?\s+[A-Z])")


def brand_acronyms(ctx: Context) -> list[Found]:
    """"Hyundai WIA", "Samsung SDS", "SK E&S": a company family name and an acronym name one
    company of that family, and of its country."""
    out = []
    for m in _brand_acronym_re().finditer(ctx.text, ctx.body_start):
        name = f"{m.group('brand')} {m.group('acr')}"
        out.append(Found(name, m.start(), m.start() + len(name),
                         cues()["brand"][m.group("brand")] or None))
    return out


def _tail_cue(name: str) -> bool:
    """The name ends in a head that keeps a place tail, maybe before its "of" complement
    ("Embassy of the Republic of Korea")."""
    name = re.sub(r"\s+of\s+.*$", "", name) if name.startswith(("Embassy", "Consulate")) else name
    return any(name == cue or name.endswith(" " + cue) for cue in cues()["place_tail"])


def with_place_tail(ctx: Context, f: Found, places: list[Hit]) -> Found:
    """"King Sejong Institute in Yakutsk": an institute, centre or mission keeps its place,
    unless the place lies in the state the name itself tells ("Korea Space Institute in
    Daejeon" is the national institute, at home)."""
    if not _tail_cue(f.name):
        return f
    m = re.match(r"\s+in\s+", ctx.text[f.end : f.end + 6])
    if not m:
        return f
    at = f.end + m.end()  # "Korean Cultural Center in Russia": a host country is a tail too
    hosts = ctx.lex.country_matcher.find(ctx.text, at, min(len(ctx.text), at + 40))
    for h in list(places) + hosts:
        if h.start == at and not re.match(r"['’]s\b", ctx.text[h.end : h.end + 2]):
            where = ctx.lex.place_country(h.id) if h in places else h.id
            named = opening_place_country(ctx, f.name) or _named_country(f.name) or \
                _named_for_person(f.name)
            if named not in (None, "KR", "RU") and where in ("KR", "RU"):
                named = None  # "Nara Records Center in Seongnam": a foreign town's name
            if where and (where == named or named is None and _at_home(ctx, f, where)):
                return f
            return Found(ctx.text[f.start : h.end], f.start, h.end, f.country)
    state = _state_at(ctx, at)
    if state and state[1] != _named_country(f.name):  # "Embassy of the Republic of Korea in Egypt"
        return Found(ctx.text[f.start : state[0]], f.start, state[0], f.country)
    return f


def _at_home(ctx: Context, f: Found, where: str) -> bool:
    """"the Naro Space Center in Goheung" in a Korean release: a body whose name tells no
    state, in a place of the publisher's own, is a body at home named with its seat (a
    mission is never at home)."""
    from kg.extract.org_names import home_country

    return not f.name.startswith(("Embassy", "Consulate")) and where == home_country(ctx)


def _state_at(ctx: Context, at: int) -> tuple[int, str] | None:
    """A state named at ``at`` that the country gazetteer may lack ("Egypt"): its end, code."""
    m = re.match(r"(?:the\s+)?[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,3}", ctx.text[at : at + 60])
    if not m or re.match(r"['’]s\b", ctx.text[at + m.end() : at + m.end() + 2]):
        return None
    words = m.group(0).split()
    for n in range(len(words), 0, -1):
        code = state_code(ctx, " ".join(words[:n]))
        if code:
            return at + len(" ".join(words[:n])), code
    return None


def opening_place_country(ctx: Context, name: str) -> str | None:
    """"Sakhalin Korean Cultural Center": a name that opens with a place is a local body of
    that place, whatever nationality its other words tell."""
    hits = ctx.lex.place_matcher.find(name)
    if hits and hits[0].start == 0 and re.match(r"\s+[A-Z]", name[hits[0].end :]):
        return ctx.lex.place_country(hits[0].id)
    return None


def _named_for_person(name: str) -> str | None:
    """"Yuri Gagarin Cosmonaut Training Center": a body named for a Russian is Russian, so in
    a Russian town it is at home and its seat is no part of its name."""
    from kg.extract.org_countries import named_for

    return named_for(name)


def _named_country(name: str) -> str | None:
    """The state a cue word of the name tells ("Korea Space Institute" is Korean)."""
    words = re.findall(r"[\w']+", name)
    if words and words[0] in ("Embassy", "Consulate"):
        return None  # "Embassy of the Republic of Korea in X": the state after "of" is home
    return next((cues()["name_cue"][w] for w in words if w in cues()["name_cue"]), None)


#: "Nuclear Power Plants Authority of Egypt": a body of a third state, its state as a tail
_STATE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w ]+)$")


def state_code(ctx: Context, words: str) -> str | None:
    """The ISO code of a state named by ``words`` ("Egypt", "the Arab Republic of Egypt")."""
    words = re.sub(r"^the\s+", "", words)
    code = ctx.lex.country_forms.get(words)
    if code:
        return code
    return _state_names().get(words.casefold())


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """Every state's English names, as pycountry gives them (never its codes: "In" is no
    state)."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, "")
            if name:
                out[name.casefold()] = c.alpha_2
    return out


def third_state_tail(ctx: Context, name: str) -> tuple[str, str] | None:
    """A body of a third state written with that state as a tail goes by its name less the
    tail, and the state is its country: (name, state). The two states of these releases
    keep their tails, as their readers do ("Ministry of Health of the Russian Federation")."""
    m = _STATE_TAIL.search(name)
    if not m or len(name[: m.start()].split()) < 2:
        return None
    code = state_code(ctx, m.group("state"))
    if not code or code in ("KR", "RU", "KP"):
        return None
    return name[: m.start()], code


def without_state_tail(ctx: Context, f: Found) -> Found:
    """"Nuclear Power Plants Authority of Egypt" is that authority, of Egypt."""
    cut = third_state_tail(ctx, f.name)
    if cut is None:
        return f
    return Found(cut[0], f.start, f.start + len(cut[0]), cut[1])


def owner_country(ctx: Context, owner: str, coined: bool = True) -> str | None:
    """"KITA's Institute for International Trade": a unit of a known body is of its state;
    so is a unit of a body whose short name the release coins ("the Korea Forest Seed
    Institute (KFSI) ... KFSI's Seed Testing Division")."""
    ids = ctx.lex.org_ids_for(owner)
    countries = {ctx.lex.orgs[i].country for i in ids}
    if len(countries) == 1:
        return next(iter(countries)) or None
    return _coined_owner_country(ctx, owner) if coined and not ids else None


def coined_full_name(ctx: Context, short: str) -> str | None:
    """"the Korea Forest Seed Institute (KFSI)": the name a short name the release coins
    stands for."""
    if not re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", short):
        return None
    m = re.search(rf"(?P<full>[A-Z][\w&'’-]*(?:\s+(?:and|of|for|on|the|&|[A-Z][\w&'’-]*))+)"
                  rf"\s+\({re.escape(short)}[,;)]", ctx.text)
    return re.sub(r"^(?:The|the)\s+", "", m.group("full")) if m else None


def _coined_owner_country(ctx: Context, owner: str) -> str | None:
    """The state of the body named in full right before "(OWNER": a known body's, or the
    state its name spells ("Korea ...", "Russian ...")."""
    full = coined_full_name(ctx, owner)
    if full is None:
        return None
    ids = ctx.lex.org_ids_for(full)
    if len({ctx.lex.orgs[i].country for i in ids}) == 1:
        return ctx.lex.orgs[ids[0]].country or None
    for word, code in (("Korea", "KR"), ("Korean", "KR"), ("Russia", "RU"), ("Russian", "RU")):
        if re.search(rf"\b{word}\b", full):
            return code
    return None


_REGION_KINDS = frozenset({"krai", "oblast", "republic", "province", "autonomous_okrug",
                           "autonomous_oblast", "special_self_governing_province"})


def regional_body(ctx: Context, hit: Hit, places: list[Hit], country: str | None) -> Found | None:
    """"the regional Ministry of Economic Development" on a page about Khabarovsk Krai is
    that region's ministry, not the federal one of that name: the region is the last one of
    the ministry's state named before it."""
    if not re.search(r"\bregional\s+$", ctx.text[max(0, hit.start - 12) : hit.start]):
        return None
    regions = [h for h in places if h.end <= hit.start and
               (rec := ctx.lex.places.get(h.id)) is not None and rec.kind in _REGION_KINDS and
               (country is None or rec.country == country)]
    if not regions:
        return None
    name = f"{hit.surface} of {_official_form(ctx, regions[-1], places)}"
    return Found(name, hit.start, hit.end, ctx.lex.place_country(regions[-1].id))


def regional_shaped(ctx: Context, f: Found, places: list[Hit]) -> Found:
    """"the regional Ministry of Fisheries" is the region's, of its state; a regional
    department keeps its own name and takes only the region's state."""
    regional = regional_body(ctx, Hit(f.start, f.end, "", f.name), places, f.country)
    if regional is None:
        return f
    if f.name.startswith("Ministry "):
        return regional
    return Found(f.name, f.start, f.end, f.country or regional.country)


#: "Governor of Khabarovsk Krai", "Minister of Health of Khabarovsk Krai": the region's form in
#: its bodies' and officers' names
_OFFICIAL_OF = re.compile(r"\b(?:Government|Governor|Minister|Ministry|Administration)\b"
                          r"[\w ,]{0,60}\s+of\s+(?:the\s+)?$")


def _official_form(ctx: Context, region: Hit, places: list[Hit]) -> str:
    """"Khabarovsk Territory" in passing but "Governor of Khabarovsk Krai" in a title: the
    region's body goes by the form its officers' titles use, so both mentions are one body."""
    for h in places:
        if h.id == region.id and _OFFICIAL_OF.search(ctx.text, max(0, h.start - 90), h.start):
            return h.surface
    return region.surface


@lru_cache(maxsize=1)
def _appositive_re() -> re.Pattern[str]:
    nouns = _alt(cues()["company_noun"])
    return re.compile(
        rf"\b(?P<adj>South Korean|Korean|Russian|Korea's|Russia's|(?P<base>[A-Z][\w-]*?)-based)"
        rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\s+(?P<name>{TOK}(?:\s+(?:{TOK}|&))*)"
    )


def appositives(ctx: Context, places: list[Hit]) -> list[Found]:
    """"the Korean company Dongbang Marine", "South Korea's shipbuilder Hanbit", "the
    Sakhalin-based airline Aurora" (the country of the place it is based in)."""
    from kg.extract.org_names import _OPENERS, _is_known

    out = []
    for m in _appositive_re().finditer(ctx.text, ctx.body_start):
        name = m.group("name")
        words = name.split()
        while words and words[-1] in _OPENERS:
            words.pop()
        # a place right after "the Sakhalin-based airline" is the airline's name ("Aurora")
        if not words or _is_known(ctx, m.start("name"), m.start("name") + len(words[0]),
                                  [] if m.group("base") else places):
            continue
        country = ctx.lex.demonyms.get(m.group("adj"))
        if m.group("base"):
            hits = ctx.lex.place_matcher.find(m.group("base"))
            if len(hits) != 1 or hits[0].end - hits[0].start != len(m.group("base")):
                continue  # "the Seoul-based": a place it is based in, or no apposition
            country = ctx.lex.place_country(hits[0].id)
        name = " ".join(words)
        s = m.start("name")
        out.append(Found(name, s, s + len(name), country))
    return out


#: "LLC Primorsky Soy", "JSC \"Dalzavod\"": a Russian company's legal form before its name
_LEGAL_FORM = re.compile(rf"(?<![\w-])(?:PJSC|OJSC|CJSC|JSC|LLC|OOO|PAO|OAO|ZAO|FSUE|FGUP|FSBI|"
                         rf"ANO)\s+[\"“«]?"
                         rf"(?P<name>{TOK}(?:\s+{TOK}){{0,4}})[\"”»]?")


def legal_forms(ctx: Context) -> list[Found]:
    """"LLC Primorsky Soy", "PJSC Far Eastern Shipping Company": a name after a legal form
    written first, the Russian way, is a Russian company's; the form is not part of it."""
    from kg.extract.org_names import _OPENERS

    out = []
    for m in _LEGAL_FORM.finditer(ctx.text, ctx.body_start):
        words = m.group("name").split()
        while words and words[-1] in _OPENERS:
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        out.append(Found(name, m.start("name"), m.start("name") + len(name), "RU"))
    return out
