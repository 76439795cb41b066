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
    for word in re.findall(r"[\w']+", name):  # "Korea-Russia Innovation Center": the first
        if word in c["name_cue"]:
            return c["name_cue"][word]
    for h in places:
        if start <= h.start < start + len(name):
            country = ctx.lex.place_country(h.id)
            if country:
                return country
    for brand, country in c["brand"].items():
        if name == brand or name.startswith(brand + " "):
            return country
    before = ctx.text[max(0, start - 60) : start]
    m = re.search(r"(?P<cue>(?:South\s+)?[A-Z][\w]*(?:'s|’s)?)\s+(?:(?:[a-z-]+)\s+){0,3}$",
                  before)
    if m:
        desc = before[m.end("cue") :].split()
        cue = m.group("cue").replace("’", "'")
        if cue in ctx.lex.demonyms and all(w in c["company_noun"] or w in {"the", "a", "state-run",
                                           "private", "leading", "major"} or w.endswith("-owned")
                                           for w in desc):
            return ctx.lex.demonyms[cue]
    m = re.search(r"(?P<place>[A-Z][\w-]*?)-based\s+$", before)
    if m:
        for h in ctx.lex.place_matcher.find(m.group("place")):
            return ctx.lex.place_country(h.id)
    return _country_after(ctx, start + len(name), places)


#: ", one of South Korea's largest hospital groups", ", a Russian state corporation"
_TRAILING_APPOSITIVE = re.compile(r",\s+(?:one\s+of\s+|a\s+|an\s+|the\s+)?(?:[a-z-]+\s+)?"
                                  r"(?P<cue>South Korea's|South Korean|Korea's|Korean|Russia's|"
                                  r"Russian)\s+[a-z]")
#: "the National Institute X under the Ministry of Education": a body under a known one
_UNDER = re.compile(r"\s+(?:under|of|affiliated\s+with|attached\s+to)\s+(?:the\s+)?")


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
    after = re.match(r"\s+(?:in|of)\s+", ctx.text[end : end + 6])
    if after:  # "Yonsei University in Seoul"
        at = end + after.end()
        for h in places:
            if h.start == at:
                return ctx.lex.place_country(h.id)
    return None
