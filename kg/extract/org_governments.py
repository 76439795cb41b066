"""Regional governments named in the text, in the shapes releases use.

"the Kamchatka Krai government", "the Government of the Sakhalin Region", "the
government of Russia's Khabarovsk Territory" (lower case, the state as possessor) and
"the Governments of A, B and the Republic of C" (one body per region listed). A region's
government is a body of the region's country.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.event_when import VENUE_KINDS
from kg.extract.lexicon import Hit
from kg.extract.org_names import Found, place_list

#: "the Kamchatka Krai government", "the Sakhalin Region Government", "the Sakhalin Region's
#: government"
_REGION_GOV = re.compile(r"(?:'s|’s)?\s+(?:regional\s+|provincial\s+|city\s+)?(?:[Gg]overnment|"
                         r"[Aa]dministration)(?![\w-])")
#: "the Gwacheon government complex": a building the government works in, not the body
_BUILDING = re.compile(r"\s+(?:complex|complexes|building|buildings|compound|campus|quarter)\b")
_GOV_OF = re.compile(r"\b(?:Government|Administration)\s+of\s+(?:the\s+)?$")
#: "the government of Russia's Khabarovsk Territory": lower case, with the state as possessor
_GOV_OF_LOWER = re.compile(r"\b(?:[Gg]overnment|[Aa]dministration)\s+of\s+(?:the\s+)?"
                           r"(?:(?:Russia|Korea|South Korea)(?:'s|’s)\s+)?$")
#: "the Governments of Khabarovsk Krai, Sakhalin Oblast and the Republic of Sakha": one each
_GOVS_OF = re.compile(r"\b(?:Governments|Administrations)\s+of\s+(?:the\s+)?")
def governments(ctx: Context, places: list[Hit]) -> list[Found]:
    """"the Kamchatka Krai government", "the Government of the Sakhalin Region"."""
    out = _government_lists(ctx, places)
    for hit in places:
        if any(f.start <= hit.start < f.end for f in out):
            continue
        if hit.start < ctx.body_start:
            continue
        country = ctx.lex.place_country(hit.id)
        after = _REGION_GOV.match(ctx.text, hit.end)
        if after and (_names_the_state(ctx, hit, after.group(0)) or
                      _BUILDING.match(ctx.text, after.end())):
            continue
        if after:
            out.append(Found(ctx.text[hit.start : after.end()], hit.start, after.end(), country))
            continue
        before = _GOV_OF.search(ctx.text, max(0, hit.start - 40), hit.start)
        if before:
            out.append(Found(ctx.text[before.start() : hit.end], before.start(), hit.end, country))
            continue
        lower = _GOV_OF_LOWER.search(ctx.text, max(0, hit.start - 50), hit.start)
        if lower and country and _governed(ctx, hit):
            out.append(Found(_government_label(ctx, hit), lower.start(), hit.end, country))
    return out


def _names_the_state(ctx: Context, hit: Hit, tail: str) -> bool:
    """"the Seoul government", "the Seoul administration": the capital in lower-case company
    stands for the state's government (the city's own is "Seoul Metropolitan Government")."""
    rec = ctx.lex.places.get(hit.id)
    return rec is not None and rec.kind == "special_city" and tail.strip().islower()


def named_anywhere(ctx: Context, place_id: str) -> bool:
    """The region's government is named somewhere in the page, its header included ("Government
    of Primorsky Krai / Official website"): a governor of that region is then its member."""
    for hit in ctx.lex.place_matcher.find(ctx.text):
        if hit.id != place_id:
            continue
        if _REGION_GOV.match(ctx.text, hit.end) or \
                _GOV_OF.search(ctx.text, max(0, hit.start - 40), hit.start):
            return True
    return False


def _government_label(ctx: Context, hit: Hit) -> str:
    """A regional government written in lower case or through a list goes by the
    "Government of X" form, X as the release writes the region (with its "the")."""
    the = "the " if ctx.text[max(0, hit.start - 4) : hit.start] == "the " else ""
    return f"Government of {the}{hit.surface}"


def _government_lists(ctx: Context, places: list[Hit]) -> list[Found]:
    """"the Governments of A, B and C": each region listed has its government."""
    out = []
    for m in _GOVS_OF.finditer(ctx.text, ctx.body_start):
        for i, hit in enumerate(place_list(ctx, m.end(), places)):
            country = ctx.lex.place_country(hit.id)
            if country and _governed(ctx, hit):
                start = m.start() if i == 0 else hit.start
                out.append(Found(_government_label(ctx, hit), start, hit.end, country))
    return out


def _governed(ctx: Context, hit: Hit) -> bool:
    rec = ctx.lex.places.get(hit.id)
    return rec is None or rec.kind in VENUE_KINDS


#: "Deputy Chairman of the Krai Government": a post in the government of a region named only
#: by its kind
_KIND_GOV = re.compile(r"^(?P<post>.+?)\s+of\s+the\s+(?P<kind>Krai|Oblast|Region|Territory)\s+"
                       r"Government$")
_KINDS = {"Krai": {"krai"}, "Oblast": {"oblast"}, "Region": {"krai", "oblast"},
          "Territory": {"krai"}}


def kind_government(ctx: Context, title: str, start: int) -> str | None:
    """"Deputy Chairman of the Krai Government – Minister of Economic Development of the Krai":
    each post a dash joins counts; one "of the Krai Government" is a post in the government of
    the krai last named before it (a body named between, "Fisheries Committee of the Krai
    Government", is the post's own)."""
    from kg.extract.org_names import heads_re

    for part in re.split(r"\s+[–—-]\s+", title):
        m = _KIND_GOV.match(part.strip())
        if m is None or re.search(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", m.group("post")):
            continue
        regions = [h for h in ctx.lex.place_matcher.find(ctx.text, 0, start)
                   if (rec := ctx.lex.places.get(h.id)) is not None and
                   rec.kind in _KINDS[m.group("kind")]]
        if regions:
            return f"Government of {regions[-1].surface}"
    return None


#: "Moscow Region Ministry of Investment and Innovation" / "Ministry of Investment and
#: Innovation of the Moscow Region": a region's own ministry or department, named either way
_PLACE_FIRST = re.compile(r"^(?P<place>.+?)\s+(?P<body>(?:Ministry|Department|Committee|Agency)\s+"
                          r"(?:of|for)\s+.+)$")
_PLACE_LAST = re.compile(r"^(?P<body>(?:Ministry|Department|Committee|Agency)\s+(?:of|for)\s+.+?)"
                         r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w' -]+)$")


def regional_body_key(ctx: Context, name: str) -> str | None:
    """One key for a region's body whichever side of its name the region stands on, so the
    release's two wordings make one body."""
    for shape in (_PLACE_FIRST, _PLACE_LAST):
        m = shape.match(name)
        if m is None:
            continue
        place = m.group("place")
        hits = [h for h in ctx.lex.place_matcher.find(place)
                if h.start == 0 and h.end == len(place)]
        rec = ctx.lex.places.get(hits[0].id) if hits else None
        if rec is not None and rec.kind in _REGION_KINDS:
            return f"{m.group('body')} of {hits[0].id}"
    return None


_REGION_KINDS = frozenset({"krai", "oblast", "republic", "province", "autonomous_okrug",
                           "autonomous_oblast", "city"})
