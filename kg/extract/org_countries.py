"""The country of a body named by its shape: a cue word or place in its name, a company
family name, or what the text says right before or after it ("the Russian company X",
"X, one of South Korea's largest hospital groups", "X in Seoul", "X under the Ministry
of Education")."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.org_names import cues


def country_of(ctx: Context, name: str, start: int, places: list[Hit]) -> str | None:
    """A body's country: a cue word or place inside its name, a company family name, or a
    nationality, possessive or "X-based" right before it."""
    c = cues()
    if _UNIT.search(name):  # "Russia and Central Asia Division" of a Korean ministry
        unit = _unit_country(ctx, name, start, places) or _country_after(ctx, start + len(name),
                                                                         places)
        if unit:
            return unit
    from kg.extract.org_appositions import opening_place_country

    cued = opening_place_country(ctx, name) or _first_cue(name)
    if cued in ("KR", "RU"):
        return cued
    if cued:  # "Nara Records Center in Seongnam": a foreign town's name, yet a body at home
        return _country_after(ctx, start + len(name), places) or cued
    for h in places:
        if start <= h.start < start + len(name):
            country = ctx.lex.place_country(h.id)
            if country:
                return country
    for brand, country in c["brand"].items():
        if name == brand or name.startswith(brand + " "):
            return country
    named = named_for(name)
    if named:
        return named
    before = ctx.text[max(0, start - 60) : start]
    m = re.search(r"(?P<cue>(?:South\s+)?[A-Z][\w]*(?:'s|’s)?)\s+(?:(?:[a-z-]+)\s+){0,3}$",
                  before)
    if m:
        desc = before[m.end("cue") :].split()
        cue = m.group("cue").replace("’", "'")
        if cue in ctx.lex.demonyms and all(w in c["company_noun"] or w in _DESCRIBERS or
                                           w.endswith("-owned") for w in desc):
            return ctx.lex.demonyms[cue]
    owner = _OWNER_OF_STATE.search(before)
    if owner and owner.group("cue") in ctx.lex.demonyms:  # "the South Korean Air Force's X"
        return ctx.lex.demonyms[owner.group("cue")]
    m = re.search(r"(?P<place>[A-Z][\w-]*?)-based\s+$", before)
    if m:
        for h in ctx.lex.place_matcher.find(m.group("place")):
            return ctx.lex.place_country(h.id)
    return _country_after(ctx, start + len(name), places) or _unit_country(ctx, name, start, places)


#: words between a state's possessive and its body that leave the body the state's: "Korea's
#: state-run X", "Korea's then Ministry of X" (a body under its former name)
_DESCRIBERS = frozenset({"the", "a", "state-run", "private", "leading", "major", "then",
                         "former", "current", "new", "newly", "created", "now", "defunct"})
#: "the South Korean Air Force's", "Russia's Pacific Fleet's": a possessor of a state's own,
#: whose unit the body is
_OWNER_OF_STATE = re.compile(r"(?P<cue>(?:South\s+)?(?:Korean|Russian))\s+(?:[A-Z][\w-]*\s+){1,3}?"
                             r"[A-Z][\w-]*(?:'s|’s)\s+$")


def _first_cue(name: str) -> str | None:
    """The country of the first cue in the name: a word ("Korea-Russia Innovation Center" is
    Korean) or a phrase ("Far Eastern Art Museum" is Russian), whichever comes first."""
    hits = [(m.start(), cues()["name_cue"][m.group(0)]) for m in re.finditer(r"[\w']+", name)
            if m.group(0) in cues()["name_cue"]]
    for cue, country in cues()["name_cue"].items():
        if " " in cue:
            m = re.search(rf"(?<![\w-]){re.escape(cue)}(?![\w-])", name)
            if m:
                hits.append((m.start(), country))
    return min(hits)[1] if hits else None


#: heads of a ministry's or a region's units: "International Cooperation Division"
_UNIT = re.compile(r"\b(?:Division|Department|Bureau|Directorate|Team)\b")
#: "Division in charge: X", "Department : X", "Contact: Director Kim, X": a release's own unit
_LABEL_LINE = re.compile(r"[A-Z][\w ]{0,30}\s?:\s")
_REGION_KINDS = frozenset({"krai", "oblast", "republic", "province", "autonomous_okrug",
                           "autonomous_oblast", "special_self_governing_province"})


def _unit_country(ctx: Context, name: str, start: int, places: list[Hit]) -> str | None:
    """A unit is of the state whose body it serves: the publisher's, on the release's own
    label lines ("Division in charge: ..."); the region's last named, when "regional"."""
    if not _UNIT.search(name):
        return None
    if re.search(r"\bregional\s+$", ctx.text[max(0, start - 12) : start]):
        regions = [h for h in places if h.end <= start and
                   (rec := ctx.lex.places.get(h.id)) is not None and rec.kind in _REGION_KINDS]
        return ctx.lex.place_country(regions[-1].id) if regions else None
    owner = _owner_before(ctx, start)
    if owner:  # "Executive Vice President of Korean Air in charge of the Cargo Business Division"
        return owner
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if _LABEL_LINE.match(ctx.text, line_start):
        from kg.extract.org_names import home_country

        return home_country(ctx)
    return None


#: "of Korean Air in charge of the": a known body, then the words that hand it a unit
_IN_CHARGE_OF = re.compile(r"\s+(?:in\s+charge\s+of|responsible\s+for|heading)\s+"
                           r"(?:the\s+|its\s+)?$")


def _owner_before(ctx: Context, start: int) -> str | None:
    """"... of Korean Air in charge of the Cargo Business Division": the unit is a part of the
    known body whose officer is put in charge of it, so it is of that body's state."""
    hits = ctx.lex.org_matcher.find(ctx.text, max(0, start - 80), start)
    for h in reversed(hits):
        if _IN_CHARGE_OF.fullmatch(ctx.text, h.end, start):
            countries = {ctx.lex.orgs[i].country for i in ctx.lex.org_ids_for(h.surface)}
            return next(iter(countries)) or None if len(countries) == 1 else None
    return None


#: "State University", "State Research Center": the Russian word order of a state body
_RU_STATE_BODY = re.compile(r"\bState\s+(?:(?:[A-Z][a-z]+|and)\s+){0,5}(?:University|Academy|"
                            r"Institute|Center|Centre|Corporation|Conservatory|Museum)\b")


def named_for(name: str) -> str | None:
    """"Yuri Gagarin Cosmonaut Training Center", "Far Eastern State Medical University": a body
    named for a Russian (given name and family name) or styled "State ... University" is
    Russian."""
    from kg.extract.names import russian_given_names

    words = name.split()
    if len(words) > 2 and words[0] in russian_given_names() and words[1][:1].isupper():
        return "RU"
    return "RU" if _RU_STATE_BODY.search(name) else None


#: ", one of South Korea's largest hospital groups", ", a Russian state corporation"
_TRAILING_APPOSITIVE = re.compile(r",\s+(?:one\s+of\s+|a\s+|an\s+|the\s+)(?:[a-z-]+\s+)?"
                                  r"(?P<cue>South Korea's|South Korean|Korea's|Korean|Russia's|"
                                  r"Russian)\s+[a-z]")
#: "the National Institute X under the Ministry of Education": a body under a known one
_UNDER = re.compile(r"\s+(?:under|of|affiliated\s+with|attached\s+to)\s+(?:the\s+)?"
                    r"(?:(?:state|state-run|state-owned|public)\s+(?:[a-z]+\s+)?)?")


def _country_after(ctx: Context, end: int, places: list[Hit]) -> str | None:
    """A country told right after the name: "in Seoul", ", one of South Korea's largest
    hospital groups", "under the Ministry of Education" (a known body's country)."""
    m = _TRAILING_APPOSITIVE.match(ctx.text, end)
    if m:
        return ctx.lex.demonyms.get(m.group("cue"))
    m = _UNDER.match(ctx.text, end)
    if m:
        hits = ctx.lex.org_matcher.find(ctx.text, m.end(), m.end() + 120)
        hit = next((h for h in hits if h.start == m.end()), None)
        if hit is not None:
            countries = {ctx.lex.orgs[i].country for i in ctx.lex.org_ids_for(hit.surface)}
            if len(countries) == 1 and next(iter(countries)):
                return next(iter(countries))
    after = re.match(r"\s+(?:in|of|near|outside)\s+", ctx.text[end : end + 10])
    if after:  # "Yonsei University in Seoul", "X Training Center near Moscow"
        at = end + after.end()
        town = re.match(r"[A-Z][\w-]+,\s+", ctx.text[at : at + 40])
        for h in places:  # "the National Arboretum in Pocheon, Gyeonggi-do": the town's region
            if h.start == at or town and after.group(0).strip() != "of" and \
                    h.start == at + town.end():
                return ctx.lex.place_country(h.id)
    return None
