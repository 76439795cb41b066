"""Concrete projects: "the project to establish an industrial complex in Primorsky
Krai", "Korean medical institutions' inroads into the international healthcare
zone in the Far East", "the order of ice-class tankers from the Zvezda shipyard",
"the ferry service between Donghae and Vladivostok".

Mentions are collected first (project_phrases.py says what they look like), then
mentions of one project are merged: a fuller and a shorter naming ("the Korean
industrial complex" / "the complex"), a named route and the same route spelt out.
The place is the one the mention's own place tail names; failing that the known
location of the facility it names ("carriers ordered at Zvezda" -> where Zvezda is
said to be), a place inside its name ("the Khabarovsk airport"), the first place of
its sentence, the last place of the sentence before. A special zone in the tail ("a
greenhouse complex in the X ASEZ") stays in the name and locates the project in the
zone's federal subject; ships are where they are built (project_places.py). Korea's
satellites and rockets: project_space.py; mentions that only restate another ("X's project
to build a plant", an apposition): project_restated.py. Power links between countries, one
project however named: project_links.py; projects listed after a sentence about projects,
facilities set up one at each place of a list, joint field work: project_lists.py; the
words after a head that belong to the name: project_naming.py. Named facilities under one
plural head ("the A and B processing complexes"), one project each: project_pairs.py. The
words before a head: project_modifiers.py; historic buildings restored ("the X House,
which the ministry restored"): project_heritage.py. Whether a noun phrase may name a
project at all (it exists already, it is a firm's, it is gone): project_candidates.py.
Pilot systems developed together: project_pilots.py. What a plant makes ("a plant for X"):
project_products.py; a firm's plant in the other country: project_abroad.py.
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract import project_places as pplaces
from kg.extract import project_routes as routes
from kg.extract.context import Context
from kg.extract.places import declare_place
from kg.extract.project_abroad import abroad_plant
from kg.extract.project_activities import activities
from kg.extract.project_candidates import head_end, may_be_project
from kg.extract.project_fallback import (
    AT_PLANT,
    facility_after,
    facility_places,
    fallback_place,
    most_specific,
)
from kg.extract.project_fullnames import named_in_full
from kg.extract.project_heritage import restored_buildings
from kg.extract.project_links import LINK_HEAD, is_link, title_tail, unowned
from kg.extract.project_lists import (
    distributed,
    joint_activities,
    told_projects_before,
)
from kg.extract.project_merge import merge
from kg.extract.project_modifiers import modifiers
from kg.extract.project_names import facility_words, named_facilities
from kg.extract.project_naming import (
    DUE,
    EVENT_NAME,
    complement_of,
    developed,
    made_new,
    names_something,
    uncounted_kind,
    uncounted_orders,
)
from kg.extract.project_pairs import named_pairs
from kg.extract.project_phrases import Mention
from kg.extract.project_pilots import pilots
from kg.extract.project_restated import headline_restated, nationality, without_umbrellas
from kg.extract.project_scope import story_end
from kg.extract.project_space import space_vehicles
from kg.ids import entity_iri
from kg.namespaces import KGO
from kg.release import SentenceRef


def find_projects(ctx: Context) -> None:
    """Named projects, links and routes first; noun phrases only where they are not."""
    mentions = routes.named(ctx)
    named_spans = [m.span for m in mentions]
    mentions += routes.links(ctx) + routes.services(ctx)
    mentions += distributed(ctx, facility_words()) + joint_activities(ctx) + pilots(ctx)
    taken = [m.span for m in mentions]
    mentions += [m for m in space_vehicles(ctx) if not _overlaps(m.span, taken)]
    taken = [m.span for m in mentions]
    mentions += [m for m in named_facilities(ctx) + restored_buildings(ctx)
                 if not _overlaps(m.span, taken)]
    taken = [m.span for m in mentions]
    mentions += [m for m in named_pairs(ctx, lambda s: _has_cue(ctx, s))
                 if not _overlaps(m.span, taken)]
    taken = [m.span for m in mentions]
    mentions += [m for m in activities(ctx, lambda s: _has_cue(ctx, s))
                 if not _overlaps(m.span, taken)]
    taken = [m.span for m in mentions]
    # "the Yamal LNG plant": the plant of the named project, no second project
    mentions += [m for m in _noun_phrases(ctx) if not _overlaps(m.core, taken) and
                 not any(m.span[0] <= s and e <= m.core[0] for s, e in named_spans)]
    end = story_end(ctx.text)  # "Related Articles": other stories' headlines
    mentions = sorted((m for m in mentions if m.span[0] < end), key=lambda m: m.span[0])
    mentions = without_umbrellas(ctx, mentions)
    facilities = facility_places(ctx)
    for i, m in enumerate(mentions):
        if m.place_id is None and m.kind == "np":
            fallback_place(ctx, m, facilities, mentions[:i])
    for m in mentions:
        m.place_id = pplaces.later_place(ctx, m) or m.place_id
    mentions = headline_restated(ctx, mentions)
    named_in_full(ctx, mentions)
    for project in merge(mentions, lambda w: nationality(ctx, w)):
        _write(ctx, project)


# -- noun phrases -----------------------------------------------------------


def _noun_phrases(ctx: Context) -> list[Mention]:
    out = []
    for sent in ctx.sentences:
        if sent.end <= ctx.body_start or routes.starts_with_named(ctx, sent.start):
            continue  # "Arctic LNG 2, ..., is building a plant": the plant is Arctic LNG 2
        has_cue = _has_cue(ctx, sent)
        last_end = 0
        pos = max(sent.start, ctx.body_start)
        while (m := pp.np_pattern().search(ctx.text, pos, sent.end)) is not None:
            if m.start() < last_end:
                # inside the complement or place of the one before; "the X cluster in Y and
                # grain terminals in Z": the next one may start right after it
                pos = last_end
                continue
            pos = m.end()
            mention = _noun_phrase(ctx, m, has_cue)
            if mention:
                out.append(mention)
                out.extend(pplaces.joined_place(ctx, mention))
                last_end = mention.span[1]
    return out


def _has_cue(ctx: Context, sent: SentenceRef) -> bool:
    """The sentence speaks of making or investing; an item of a list ("- a greenhouse
    complex in the X zone, worth ...") also speaks as the line that opens the list does
    ("the parties discussed three projects:")."""
    cues = pp.words("cues")
    if not cues.isdisjoint(re.findall(r"[a-z]+", sent.text.lower())) or DUE.search(sent.text):
        return True
    if told_projects_before(ctx, sent):
        return True  # "We have eleven joint projects. The priority is the X park in Y, ..."
    index = sent.index
    while index > 0 and _LIST_ITEM.match(ctx.sentences[index].text):
        index -= 1
        lead = ctx.sentences[index]
        if not _LIST_ITEM.match(lead.text):
            return lead.text.rstrip().endswith(":") and \
                not cues.isdisjoint(re.findall(r"[a-z]+", lead.text.lower()))
    return False


#: "built next to the gas processing plant in X", "near the port": a landmark that says
#: where something else is, not a project of its own
_LANDMARK = re.compile(r"\b(?:next\s+to|near|adjacent\s+to|close\s+to|beside|not\s+far\s+from)"
                       r"\s+$", re.I)
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·o]|\d{1,2}[.)])\s+")


def _noun_phrase(ctx: Context, m: re.Match[str], has_cue: bool) -> Mention | None:
    singular = pp.singular(" ".join(m.group("head").lower().split()))
    kind = pp.head_kind(singular)
    if not may_be_project(ctx, m, singular, kind, has_cue) or \
            _LANDMARK.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    end = head_end(m)
    kept = bool(m.group("kept")) and not uncounted_orders(m)
    complement = complement_of(ctx.text, end, kind, singular, kept,
                             bool(m.group("dropped")) or bool(m.group("kept")) and not kept)
    if is_link(kind):
        complement += title_tail(ctx.text, end + len(complement), m.group("head"))
    end += len(complement)
    mods = modifiers(ctx, m, singular)
    if singular == "project" and mods and mods[-1].lower() in pp.words("programme-kinds"):
        return None  # "the X departmental project": a state programme, a policy
    if not names_something(ctx.lex, ctx.text, m, mods, complement, kind, singular, end):
        return None
    tail = None if is_link(kind) else pp.TAIL.match(ctx.text, end)
    served = None if tail or complement or is_link(kind) else _SERVED.match(ctx.text, end)
    if served:  # "a service centre for Ka-32 helicopters in Wonju": in Wonju all the same
        tail = pp.TAIL.match(ctx.text, served.end())
    if tail and (EVENT_NAME.match(ctx.text, tail.start("loc")) or _place_modifies(ctx, tail)):
        tail = None  # "present the project at the X Economic Forum": where it is shown
    shared = None if tail or is_link(kind) else _shared_tail(ctx.text, end)
    hits = ctx.places_in(tail.start("loc"), tail.end("loc")) if tail else \
        ctx.places_in(shared.start("loc"), shared.end("loc")) if shared else []
    bare = not mods and not complement and not kept
    plural = singular != " ".join(m.group("head").lower().split())
    plant = None if hits or complement else AT_PLANT.match(ctx.text, end)
    if kept and not mods and not complement and not hits and not plant and \
            (plural or kind == "infrastructure" and m.group("det")):
        # "overseas expansion of hospitals": hospitals in general; "the modernisation of the
        # port": the port named elsewhere, whose modernisation is told there if anywhere
        return None
    if plural and mods and not complement and not hits and \
            pp.only_region(ctx.lex, ctx.text, ctx.place_hits, m.start("mods"), m.start("head")):
        return None  # "the development of Far Eastern seaports": a region's ports in general
    if plural and kind == "heads" and m.group("dropped") and mods and not complement \
            and not hits and not pplaces.in_zone(ctx, tail or shared) and uncounted_kind(m, mods):
        return None  # "experience in the construction of smart terminals": a kind of thing
    definite = (m.group("det") or "").lower().startswith("the")
    zone = not hits and pplaces.in_zone(ctx, tail or shared)
    if singular == "project" and re.fullmatch(r"an?\s+", (m.group("det") or "").lower()) and \
            not complement and not hits and not zone and all(w[:1].islower() for w in mods):
        return None  # "taken part in a nuclear construction project led by X": a kind of one
    located = hits or zone
    fresh = bool(m.group("dropped")) and (m.group("det") or "").lower().startswith("a")
    if bare and not is_link(kind) and \
            (not (located or fresh) or (definite and _seen_before(ctx, singular, m.start()))):
        return None  # "the shipyard" refers back to one named before; "opening a center": new
    if kept:
        start = m.start("kept")
        label = pp.kept_label(" ".join(ctx.text[start:end].split()))
    else:
        start = m.start("det") if m.group("det") else m.start("mods") if mods else m.start("head")
        label = " ".join(" ".join([*mods, m.group("head")]).split() + complement.split())
        if singular == "project" and not complement and _proper_name(ctx, m, mods):
            label = " ".join(mods)  # "the Sakhalin-2 project" is Sakhalin-2
        lead = _NAME_OF.search(ctx.text, max(0, start - 30), start) if mods[:1] and \
            mods[0][:1].isupper() and not m.group("det") else None
        if lead:  # "the Power of Siberia gas pipeline": the name opens before its "of"
            start, label = lead.start(1), f"{lead.group(1)} {label}"
        if made_new(ctx.text, m):
            start, label = ctx.text.rfind("new", 0, start), f"new {label}"  # not the old one
        elif developed(m, kind, complement):
            start, label = m.start("dropped"), f"development of the {label}"
    link = is_link(kind)
    mention = Mention(label, "np", LINK_HEAD if link else singular.split()[-1],
                      frozenset(w.lower() for w in [*mods, *singular.split()[:-1]]),
                      (start, end), bare=unowned(ctx.lex, mods) if link else bare,
                      core=(m.start("head"), m.end("head")), definite=definite)
    if singular == "project" and definite and not complement:
        own_place = _place_name(ctx, m.start("mods"), m.start("head"))
        if own_place:  # "the Khabarovsk project": the project told before in Khabarovsk
            mention.place_id, mention.place_only = own_place, True
    if kind != "links" and "park" not in singular and pplaces.in_park(ctx, mention, end):
        pass  # "a plant in the X industrial park near Y"
    elif tail and hits:
        mention.place_id, mention.place_from_tail = most_specific(ctx, hits).id, True
        own = pplaces.town_in_name(ctx, m.start("head"), end, mention.place_id)
        mention.place_id = own or mention.place_id
        first = None if pp.simple_tail(tail, hits) else pplaces.first_place(ctx, tail, hits)
        abroad = abroad_plant(ctx, m, singular, end)  # "its TV plant in X": named with X
        if (first or pp.simple_tail(tail, hits) or abroad) and \
                (abroad or not pp.has_proper_name(ctx.lex, label)):
            loc = first or " ".join(tail.group("loc").split())
            mention.label = f"{label} {tail.group('prep')} {loc}"
        elif not kept and pp.AT_NAMED_FACILITY.fullmatch(tail.group(0)):
            new = re.search(r"(?<![\w-])new\s+$", ctx.text[max(0, m.start("mods") - 8) :
                                                              m.start("mods")], re.I)
            mention.label = pp.at_facility_label(m.group("mods"), m.group("head"), complement,
                                                 tail.group("loc"), bool(new))
        mention.span = (start, tail.end())
    elif zone and not (tail or shared).group("part"):  # "a greenhouse complex in the X ASEZ"
        pplaces.in_zone_named(ctx, mention, tail or shared, own=bool(tail))
    elif plant:  # "the modernization of two power units at X GRES": the plant names them
        mention.label = f"{mention.label} at {' '.join(plant.group('plant').split())}"
        mention.span = (start, plant.end())
        mention.facility = " ".join(plant.group("plant").split())
        return mention
    fac = pp.AT_FACILITY.match(ctx.text, m.end("head"))
    mention.facility = fac.group("fac") if fac else facility_after(ctx.text, end) or \
        (mods[0] if singular == "project" and len(mods) == 1 else None)  # "the Zvezda project"
    return mention


#: "for Ka-32 helicopters", "for the trains": what a facility serves, told between its head
#: and the place it is in
_SERVED = re.compile(r"\s+for\s+(?:the\s+)?(?:[A-Za-z0-9][\w-]*\s+){0,2}"
                     r"[A-Za-z0-9][\w-]*s(?![\w-])")


#: "Power of " before a capitalised modifier: the first words of a name with "of" in it
_NAME_OF = re.compile(r"(?<![\w-])((?!(?:Republic|Government|Ministry|Bank|Embassy|Consulate|"
                      r"University|Institute|Academy|Chamber|Department|Office)\b)[A-Z][a-z]+\s+of)\s+$")


#: a proper name with a number of its own: "Sakhalin-2", "Sakhalin-1"
_NUMBERED_NAME = re.compile(r"[A-Z][a-z]+-\d{1,2}")


def _proper_name(ctx: Context, m: re.Match[str], mods: list[str]) -> bool:
    """"the Sakhalin-2 project", "the Vostok Oil project": a project's own name (a numbered
    name, or two to four capitalised words that are no owner and not one place) is what
    the release calls it; "project" only says what it is."""
    if len(mods) == 1:
        return bool(_NUMBERED_NAME.fullmatch(mods[0]))
    # "the Russian Seasons project": a nationality may open a name whose other words are
    # no owner; a firm's name ("the Russian Railways project") is a name of its own
    own = mods[1:] if pp.is_owner(ctx.lex, mods[0]) else mods
    if not 2 <= len(mods) <= 4 or any(not w[:1].isupper() or w.isupper() or
                                      pp.is_owner(ctx.lex, w) for w in own):
        return False
    start, end = m.start("mods"), m.start("head")
    if own is not mods and any(s <= start and end - 1 <= e for s, e in ctx.name_spans):
        return False
    return not any(h.start <= start and end - 1 <= h.end for h in ctx.places_in(start, end))


def _place_name(ctx: Context, start: int, end: int) -> str | None:
    """The place whose name alone fills text[start:end] ("Khabarovsk " in "the Khabarovsk
    project"), if one does."""
    hits = ctx.places_in(start, end)
    if len(hits) == 1 and not ctx.text[start : hits[0].start].strip() and \
            not ctx.text[hits[0].end : end].strip():
        return hits[0].id
    return None


def _place_modifies(ctx: Context, tail: re.Match[str]) -> bool:
    """"a plant at the Tomsk pharmaceutical cluster": the place opens the name of another
    project (a modifier of its head), so it is no place the first one lies in by itself."""
    heads = pp.np_heads()
    word = rf"(?!(?:{pp.STOP})\b)[a-z][\w-]*\s+"  # no "and", "with", "is" ... in between
    return bool(re.match(rf"\s+(?:{word}){{0,3}}(?:{heads})(?![\w-])",
                         ctx.text[tail.end() : tail.end() + 80]))


def _shared_tail(text: str, end: int) -> re.Match[str] | None:
    """"a rehabilitation center and a pharmaceutical plant in the X zone": two heads joined
    by "and" share the place tail after the second."""
    joined = re.match(r"\s+(?:and|or)\s+", text[end : end + 6])
    if not joined:
        return None
    second = pp.np_pattern().match(text, end + joined.end())
    return pp.TAIL.match(text, second.end("head")) if second else None


def _seen_before(ctx: Context, head: str, start: int) -> bool:
    """The head noun was used earlier (title included): "the shipyard" is that one."""
    return re.search(rf"(?<![\w-]){re.escape(head)}", ctx.text[:start], re.I) is not None


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _write(ctx: Context, p: Mention) -> None:
    key = f"{p.label.lower()} {p.place_id or ''}"
    iri = entity_iri("project", key)
    ctx.out.entity("project", key, KGO.Project, p.label, p.span)
    if p.place_id:
        ctx.out.add(iri, KGO.locatedIn, declare_place(ctx, p.place_id, None, mention=False),
                    p.span)
