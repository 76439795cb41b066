"""Whether a noun phrase with a project head may name a project at all: heads that exist
anyway (ports, ships) and plurals need an action; a facility a firm's name ends in, one
the sentence ranks its subject among ("X is the largest shipyard"), one where things are
built or people work, one that works already ("where X runs a TV plant"), one gone ("the
former X Plant"), orders only sought, and heads inside another name are none.
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.extract.project_abroad import abroad_plant
from kg.extract.project_links import is_link
from kg.extract.project_lists import placed_in_town
from kg.extract.project_names import NICKNAMED
from kg.extract.project_naming import made_new


def head_end(m: re.Match[str]) -> int:
    """"the X industrial park project": the park is the project, "project" closes it."""
    return m.end("proj") if m.group("proj") else m.end("head")


#: an office or branch sited in a facility: the facility is its address, no project
_SITE_OF = re.compile(r"\b(?:office|offices|branch|headquarters|representation|desk|booth|stand)"
                      r"\s+(?:at|in|on\s+the\s+premises\s+of)\s+(?:the\s+)?$", re.I)
#: where a gathering was held: the building is its venue, not a project
_HELD_AT = re.compile(r"\b(?:held|hosted|host|hosts|hosting|took\s+place|takes\s+place|"
                      r"taking\s+place|convened|gathered|staged)\b[^.;:]{0,80}?\s+at\s+"
                      r"(?:the\s+)?$", re.I)
#: "a programme for the modernization of thermal power plants": a state programme over a
#: kind of facility, not one project
_PROGRAMME_OF = re.compile(r"\b(?:programme|program|strategy|policy)\s+(?:for|of|on)\s+"
                           r"(?:the\s+)?$", re.I)


def may_be_project(ctx: Context, m: re.Match[str], singular: str, kind: str,
                   has_cue: bool) -> bool:
    """Heads that exist anyway (ports, ships) and plurals need an action; others a cue."""
    text, end = ctx.text, head_end(m)
    action = bool(m.group("kept") or m.group("dropped")) or made_new(text, m) or \
        kind == "vessels" and bool(pp.BUILT_FACILITY.match(text, end)) or \
        bool(_LISTED.search(text, max(0, m.start() - 120), m.start()))
    plural = singular != " ".join(m.group("head").lower().split())
    # "LG Electronics operates a plant in Ruza": a firm's plant across the border is one
    abroad = not plural and abroad_plant(ctx, m, singular, end)
    if not action and not abroad and not is_link(kind) and (
            kind != "heads" or not has_cue or plural and not (
                _placed_activities(ctx, m, singular) or placed_in_town(ctx, m, head_end(m)))):
        return False
    if _in_name(ctx, m, action) or _a_body(text, m, action):
        return False
    if re.match(r"(?:the\s+)?former\s", m.group("mods") or "", re.I):
        return False  # "the territory of the former X Plant": a site, the plant is gone
    if not action and singular.endswith(("center", "centre", "office")) and \
            _OFFICER_OF.search(text, max(0, m.start() - 40), m.start()):
        return False  # "Director General of the X Business Center": a body with officers
    if _AMPERSAND_NAME.search(text, max(0, m.start() - 60), m.start()):
        return False  # "the Daewoo Shipbuilding & Marine Engineering shipyard": a firm's yard
    if singular == "bridge" and _figurative(m):
        return False  # "an air cargo bridge between Asia and Europe": flights, no bridge
    if not action and _ranked(m):
        return False  # "the operator of Russia's largest coal terminal": one that works
    if NICKNAMED.search(text, max(0, m.start() - 60), m.start("head")):
        return False  # "the programme known in Korea as the "X" project": its nickname
    if _DESCRIBED.search(text, max(0, m.start() - 40), m.start("head")):
        return False  # "Zvezda is the largest shipyard in Russia": what the subject is
    if not action and pp.MADE_AT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False  # "built at the X shipyard": where the thing is built
    if not action and not abroad and pp.RUN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False  # "where X already runs a TV plant": one that works already
    if pp.WORKED_AT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or \
            not action and pp.PARTNER_AFTER.match(text, end, end + 160):
        return False  # "trained at X's main plant", "named as partners": it exists
    if m.group("kept") and re.search(r"\bas\s+part\s+of\s+(?:the\s+)?$",
                                     text[max(0, m.start() - 20) : m.start()]):
        return False  # "a terminal ... as part of the modernisation of the port": the umbrella
    if not action and _HELD_AT.search(text, max(0, m.start() - 110), m.start()):
        return False  # "held its opening ceremony Tuesday at the X business center": a venue
    if not action and _SITE_OF.search(text, max(0, m.start() - 40), m.start()):
        return False  # "KIAT's Moscow office at the X Technopark": where an office is
    if (m.group("kept") or m.group("dropped")) and plural and \
            _PROGRAMME_OF.search(text, max(0, m.start() - 30), m.start()):
        return False  # "the programme for the modernization of thermal power plants": a policy
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


#: a post held in a body right before it: "Director General of the", "head of"
_OFFICER_OF = re.compile(r"\b(?:[Dd]irector|[Hh]ead|[Pp]resident|[Cc]hairman|[Cc]hair|[Cc]hief|"
                         r"[Mm]anager|CEO)(?:\s+[Gg]eneral)?\s+of\s+$")


#: a firm's name joined by "&" right before the modifiers: the phrase is the tail of that
#: name ("Daewoo Shipbuilding & Marine Engineering shipyard"), its facility, not a project
_AMPERSAND_NAME = re.compile(r"[A-Z][\w-]*\s*&\s*$")


#: a predicate that ranks the subject among things of the head's kind ("X is the largest
#: shipyard", "the X project is the first district heating project with Russia")
_DESCRIBED = re.compile(r"\b(?:is|was|are|were|remains|became|becomes)\s+(?:(?:now|also|still)\s+)?"
                        r"(?:the|one\s+of\s+the)\s+(?:[\w-]+est|only|main|first)\s+(?:[\w-]+\s+)*$")


#: "finance for projects in the Far East, including the X port in Y": a facility the
#: release lists among projects is one, though no action is told of it
_LISTED = re.compile(r"\bprojects\b[^.;:]{0,80}?(?:,\s+|\s+)(?:including|such\s+as|notably)\s+"
                     r"(?:the\s+)?$")


def _figurative(m: re.Match[str]) -> bool:
    """"an air cargo bridge", "a cultural bridge": a bridge only in a figure of speech."""
    mods = [w.lower() for w in (m.group("mods") or "").split()]
    return not pp.words("figurative-bridges").isdisjoint(mods)


def _ranked(m: re.Match[str]) -> bool:
    """"Russia's largest coal-handling terminal", "the busiest port": a superlative ranks
    something that works already among its peers; nothing is being made."""
    mods = [w.lower() for w in (m.group("mods") or "").split()]
    if any(mods[i].endswith(("'s", "’s")) and mods[i + 1] == "first"
           for i in range(len(mods) - 1)):
        return True  # "The X plant, Lotte's first food factory in Russia, opened in 2010"
    return not pp.words("superlatives").isdisjoint(mods)


#: an order only hoped for: "seek orders for", "compete for orders", "hope to win orders"
_SOUGHT = re.compile(r"\b(?:seek|seeks|seeking|sought|vie|vying|compete|competing|bid|bidding|"
                     r"hope\s+to\s+win|hopes\s+to\s+win|aim\s+to\s+win|aims\s+to\s+win)"
                     r"(?:\s+for)?\s+(?:new\s+|more\s+|further\s+)?$", re.I)


def _a_body(text: str, m: re.Match[str], action: bool) -> bool:
    """"X Shipbuilding Complex agreed to ...": a capitalised head that acts is a company."""
    head = m.group("head")
    if action or not head[0].isupper() or not all(w[0].isupper() for w in head.split()):
        return False
    return bool(_ACTS.match(text, head_end(m)))


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
    if pp.BASED_ON_FIELD.match(ctx.text, head_end(m)):
        return True  # "gas processing projects based on the X field": that field's projects
    tail = pp.TAIL.match(ctx.text, head_end(m))
    if tail is None or tail.group("part"):
        return False
    hits = ctx.places_in(tail.start("loc"), tail.end("loc"))
    return any(getattr(ctx.lex.places.get(h.id), "kind", "") not in
               ("macro_region", "federal_district") for h in hits)



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
