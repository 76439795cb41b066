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
which the ministry restored"): project_heritage.py.
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract import project_places as pplaces
from kg.extract import project_routes as routes
from kg.extract.context import Context
from kg.extract.places import declare_place
from kg.extract.project_activities import activities
from kg.extract.project_fallback import (
    facility_after,
    facility_places,
    fallback_place,
    most_specific,
)
from kg.extract.project_heritage import restored_buildings
from kg.extract.project_links import LINK_HEAD, is_link, title_tail, unowned
from kg.extract.project_lists import (
    distributed,
    joint_activities,
    placed_in_town,
    told_projects_before,
)
from kg.extract.project_merge import merge
from kg.extract.project_modifiers import modifiers
from kg.extract.project_names import facility_words, named_facilities
from kg.extract.project_naming import (
    complement_of,
    made_new,
    names_something,
    uncounted_kind,
    uncounted_orders,
)
from kg.extract.project_pairs import named_pairs
from kg.extract.project_phrases import Mention
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
    mentions += distributed(ctx, facility_words()) + joint_activities(ctx)
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
    mentions = headline_restated(ctx, mentions)
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
    if not cues.isdisjoint(re.findall(r"[a-z]+", sent.text.lower())):
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


def _head_end(m: re.Match[str]) -> int:
    """"the X industrial park project": the park is the project, "project" closes it."""
    return m.end("proj") if m.group("proj") else m.end("head")


def _noun_phrase(ctx: Context, m: re.Match[str], has_cue: bool) -> Mention | None:
    singular = pp.singular(" ".join(m.group("head").lower().split()))
    kind = pp.head_kind(singular)
    if not _may_be_project(ctx, m, singular, kind, has_cue) or \
            _LANDMARK.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    end = _head_end(m)
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
    shared = None if tail or is_link(kind) else _shared_tail(ctx.text, end)
    hits = ctx.places_in(tail.start("loc"), tail.end("loc")) if tail else \
        ctx.places_in(shared.start("loc"), shared.end("loc")) if shared else []
    bare = not mods and not complement and not kept
    plural = singular != " ".join(m.group("head").lower().split())
    if kept and plural and not mods and not complement and not hits:
        return None  # "overseas expansion of hospitals": hospitals in general
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
        if made_new(ctx.text, m):
            start, label = ctx.text.rfind("new", 0, start), f"new {label}"  # not the old one
    link = is_link(kind)
    mention = Mention(label, "np", LINK_HEAD if link else singular.split()[-1],
                      frozenset(w.lower() for w in [*mods, *singular.split()[:-1]]),
                      (start, end), bare=unowned(ctx.lex, mods) if link else bare,
                      core=(m.start("head"), m.end("head")), definite=definite)
    if tail and hits:
        mention.place_id, mention.place_from_tail = most_specific(ctx, hits).id, True
        own = pplaces.town_in_name(ctx, m.start("head"), end, mention.place_id)
        mention.place_id = own or mention.place_id
        first = None if pp.simple_tail(tail, hits) else pplaces.first_place(ctx, tail, hits)
        if (first or pp.simple_tail(tail, hits)) and not pp.has_proper_name(ctx.lex, label):
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
    fac = pp.AT_FACILITY.match(ctx.text, m.end("head"))
    mention.facility = fac.group("fac") if fac else facility_after(ctx.text, end) or \
        (mods[0] if singular == "project" and len(mods) == 1 else None)  # "the Zvezda project"
    return mention


#: a proper name with a number of its own: "Sakhalin-2", "Sakhalin-1"
_NUMBERED_NAME = re.compile(r"[A-Z][a-z]+-\d{1,2}")


def _proper_name(ctx: Context, m: re.Match[str], mods: list[str]) -> bool:
    """"the Sakhalin-2 project", "the Vostok Oil project": a project's own name (a numbered
    name, or two to four capitalised words that are no owner and not one place) is what
    the release calls it; "project" only says what it is."""
    if len(mods) == 1:
        return bool(_NUMBERED_NAME.fullmatch(mods[0]))
    if not 2 <= len(mods) <= 4 or any(not w[:1].isupper() or w.isupper() or
                                      pp.is_owner(ctx.lex, w) for w in mods):
        return False
    start, end = m.start("mods"), m.start("head")
    return not any(h.start <= start and end - 1 <= h.end for h in ctx.places_in(start, end))


def _shared_tail(text: str, end: int) -> re.Match[str] | None:
    """"a rehabilitation center and a pharmaceutical plant in the X zone": two heads joined
    by "and" share the place tail after the second."""
    joined = re.match(r"\s+(?:and|or)\s+", text[end : end + 6])
    if not joined:
        return None
    second = pp.np_pattern().match(text, end + joined.end())
    return pp.TAIL.match(text, second.end("head")) if second else None


def _may_be_project(ctx: Context, m: re.Match[str], singular: str, kind: str,
                    has_cue: bool) -> bool:
    """Heads that exist anyway (ports, ships) and plurals need an action; others a cue."""
    text, end = ctx.text, _head_end(m)
    action = bool(m.group("kept") or m.group("dropped")) or made_new(text, m) or \
        kind == "vessels" and bool(pp.BUILT_FACILITY.match(text, end))
    plural = singular != " ".join(m.group("head").lower().split())
    if not action and not is_link(kind) and (kind != "heads" or not has_cue or plural and not (
            _placed_activities(ctx, m, singular) or placed_in_town(ctx, m, _head_end(m)))):
        return False
    if _in_name(ctx, m, action) or _a_body(text, m, action):
        return False
    if _AMPERSAND_NAME.search(text, max(0, m.start() - 60), m.start()):
        return False  # "the Daewoo Shipbuilding & Marine Engineering shipyard": a firm's yard
    if _DESCRIBED.search(text, max(0, m.start() - 40), m.start("head")):
        return False  # "Zvezda is the largest shipyard in Russia": what the subject is
    if not action and pp.MADE_AT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False  # "built at the X shipyard": where the thing is built
    if pp.WORKED_AT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or \
            not action and pp.PARTNER_AFTER.match(text, end, end + 160):
        return False  # "trained at X's main plant", "named as partners": it exists
    if m.group("kept") and re.search(r"\bas\s+part\s+of\s+(?:the\s+)?$",
                                     text[max(0, m.start() - 20) : m.start()]):
        return False  # "a terminal ... as part of the modernisation of the port": the umbrella
    if (m.group("kept") or m.group("dropped")) and \
            _SOUGHT.search(text, max(0, m.start() - 30), m.start()):
        return False  # "shipyards seek orders for carriers": no order placed yet
    nxt = re.match(r"\s*([\w'’-]+|.)", text[end : end + 40])
    follower = nxt.group(1) if nxt else ""
    if follower.islower() and follower not in pp.FOLLOW_OK and not follower.endswith(("ed", "ing")):
        return False  # "port operators": the head is a modifier here
    # "the port of Rajin", "the medical center of X University": it exists already
    # ("the development of the port of Zarubino" is being made, though)
    return not (re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end:]) and not m.group("kept")
                and not (m.group("dropped") and kind == "infrastructure")
                and not made_new(text, m))


#: a firm's name joined by "&" right before the modifiers: the phrase is the tail of that
#: name ("Daewoo Shipbuilding & Marine Engineering shipyard"), its facility, not a project
_AMPERSAND_NAME = re.compile(r"[A-Z][\w-]*\s*&\s*$")


#: a predicate that ranks the subject among things of the head's kind
_DESCRIBED = re.compile(r"\b(?:is|was|are|were|remains|became|becomes)\s+(?:(?:now|also|still)\s+)?"
                        r"(?:the|one\s+of\s+the)\s+(?:[\w-]+est|only|main)\s+(?:[\w-]+\s+)*$")


#: an order only hoped for: "seek orders for", "compete for orders", "hope to win orders"
_SOUGHT = re.compile(r"\b(?:seek|seeks|seeking|sought|vie|vying|compete|competing|bid|bidding|"
                     r"hope\s+to\s+win|hopes\s+to\s+win|aim\s+to\s+win|aims\s+to\s+win)"
                     r"(?:\s+for)?\s+(?:new\s+|more\s+|further\s+)?$", re.I)


def _a_body(text: str, m: re.Match[str], action: bool) -> bool:
    """"X Shipbuilding Complex agreed to ...": a capitalised head that acts is a company."""
    head = m.group("head")
    if action or not head[0].isupper() or not all(w[0].isupper() for w in head.split()):
        return False
    return bool(_ACTS.match(text, _head_end(m)))


_ACTS = re.compile(r"\s+(?:has\s+|have\s+|will\s+|also\s+)?(?:agreed|signed|said|announced|"
                   r"plans|intends|reported|told|received|won|ordered|is\s+to)\b")


def _placed_activities(ctx: Context, m: re.Match[str], singular: str) -> bool:
    """"hydrogen production projects in Sakhalin Oblast", "joint fish processing projects
    in Kamchatka and Sakhalin": projects named by what they make or process (a noun and
    an activity noun before them), placed in a region or city, are the projects there, not
    projects in general ("infrastructure projects", "projects in the Far East")."""
    mods = pp.strip_weak(m.group("mods").split())
    if singular != "project" or len(mods) < 2 or \
            not re.search(r"[a-z](?:ion|ing|ment)$", mods[-1]) or mods[-1][0].isupper():
        return False
    if pp.BASED_ON_FIELD.match(ctx.text, _head_end(m)):
        return True  # "gas processing projects based on the X field": that field's projects
    tail = pp.TAIL.match(ctx.text, _head_end(m))
    if tail is None or tail.group("part"):
        return False
    hits = ctx.places_in(tail.start("loc"), tail.end("loc"))
    return any(getattr(ctx.lex.places.get(h.id), "kind", "") not in
               ("macro_region", "federal_district") for h in hits)


def _seen_before(ctx: Context, head: str, start: int) -> bool:
    """The head noun was used earlier (title included): "the shipyard" is that one."""
    return re.search(rf"(?<![\w-]){re.escape(head)}", ctx.text[:start], re.I) is not None


def _in_name(ctx: Context, m: re.Match[str], action: bool) -> bool:
    """Inside another name, or overlapping a policy ("advanced special economic zones").

    A body's own name may be a project's ("open a Korea Business Center"; "the
    Center ... was opened"), but only while it is being made: "the Zvezda
    shipbuilding complex signed an agreement" speaks of the company."""
    start, end = m.start("head"), m.end("head")
    np_start = m.start("mods") if m.group("mods") else start
    if any(h.start < end and start < h.end for h in ctx.lex.policy_matcher.find(
            ctx.text, max(0, start - 60), min(len(ctx.text), end + 60))):
        return True
    around = [(s, e) for s, e in ctx.name_spans
              if s <= start and end <= e and (s, e) != (start, end)]
    if not around:
        return False
    if any(s < np_start for s, _ in around):
        return True
    after = ctx.text[max(e for _, e in around) : max(e for _, e in around) + 100]
    return not action and not _MADE_AFTER.match(after)


_MADE_AFTER = re.compile(r"[^.;]{0,80}?\b(?:was|were|will\s+be|is\s+being|are\s+being|has\s+been|"
                         r"to\s+be)\s+(?:opened|built|launched|established|created|constructed)\b")


# -- writing ---------------------------------------------------------------


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _write(ctx: Context, p: Mention) -> None:
    key = f"{p.label.lower()} {p.place_id or ''}"
    iri = entity_iri("project", key)
    ctx.out.entity("project", key, KGO.Project, p.label, p.span)
    if p.place_id:
        ctx.out.add(iri, KGO.locatedIn, declare_place(ctx, p.place_id, None, mention=False),
                    p.span)
