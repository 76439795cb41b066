"""Projects a release lists after speaking of projects in general: "We have eleven joint
projects in the Far East. The priority is the industrial park in X, the fish-processing
cluster in Y, and grain terminals in Z."

The list's own sentence need not say "build" or "invest": the sentence right before it,
in the same paragraph, already said these are projects. Plural facilities so listed
("grain terminals in Z") are the project at that town when a modifier says what they
are and the town is named: a kind of facility in a whole region stays a kind of thing.

Two more list-like shapes: plural facilities set up one at each place of a list ("the
joint centers will be set up at X University, in Y and at the Z Institute in W": a
project per place, named by the fullest naming of the facilities), and joint field work
the sides agree on ("a joint survey of the X tiger in Y National Park"), named with what
it studies (the kinds are ``[joint-activities]`` of kg/data/project_heads.txt).
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.release import SentenceRef

#: place kinds a facility list may name as its site: a town, not a region
_TOWN_KINDS = frozenset({"city", "county", "federal_city", "special_city", "metropolitan_city"})


def told_projects_before(ctx: Context, sent: SentenceRef) -> bool:
    """The sentence right before, in the same paragraph, speaks of projects in the plural
    ("We have eleven joint projects"); "participating in the project" only refers back."""
    if sent.index == 0:
        return False
    prev = ctx.sentences[sent.index - 1]
    if prev.start < ctx.body_start or "\n" in ctx.text[prev.end : sent.start]:
        return False
    return re.search(r"\bprojects\b", prev.text, re.I) is not None


def placed_in_town(ctx: Context, m: re.Match[str], end: int) -> bool:
    """"grain terminals in Zarubino": plural facilities with a modifier that says what
    they are, placed in a town right after the head."""
    mods = [w for w in pp.strip_weak(m.group("mods").split()) if w[:1].islower()]
    if not mods or m.group("proj"):
        return False
    tail = pp.TAIL.match(ctx.text, end)
    if tail is None or tail.group("part") or tail.group("zone"):
        return False
    hits = [h for h in ctx.places_in(tail.start("loc"), tail.end("loc"))
            if h.start == tail.start("loc")]
    return any(getattr(ctx.lex.places.get(h.id), "kind", "") in _TOWN_KINDS for h in hits)


#: "the joint centers will be set up at X University, in Y and at the Z Institute in W":
#: plural facilities placed one by one
_DISTRIBUTED = re.compile(
    r"(?<![\w-])(?P<mods>(?:(?!(?:the|a|an|these|those|three|two|four|five)\b)[a-z][\w-]*\s+){0,3})"
    r"(?P<head>[a-z]+s)\s+(?:will|would|are\s+to|are\s+going\s+to|shall)\s+be\s+(?:set\s+up|"
    r"built|opened|established|created|located|launched)\s+"
    r"(?P<items>(?:at|in)\s+[^.;:,]+(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:at|in)\s+[^.;:,]+)+)")
#: between two items of such a list: ", ", " and ", ", and " before "at" or "in"
_ITEM_SEP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:at|in)\s)")
#: "(KIST)": a short form in brackets; "in Seoul" after a named body: where it is
_PAREN = re.compile(r"\s*\([^()]{1,20}\)")
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’ -]*$")


def distributed(ctx: Context, facility_words: frozenset[str]) -> list[pp.Mention]:
    """One project per place of a list of places plural facilities are to be set up at,
    named by the fullest naming of those facilities in the release ("three joint research
    centers" before "the joint centers will be set up at ...")."""
    out: list[pp.Mention] = []
    for m in _DISTRIBUTED.finditer(ctx.text, ctx.body_start):
        singular = _singular(m.group("head").lower())
        if singular not in facility_words:
            continue
        items = [i for i in _ITEM_SEP.split(m.group("items").rstrip(" ,")) if i]
        if len(items) < 2:
            continue
        mods = _fullest(ctx.text[: m.start()], m.group("head"), m.group("mods").split())
        pos = m.start("items")
        for item in items:
            start = ctx.text.index(item, pos)
            pos = start + len(item)
            prep, _, what = item.partition(" ")
            hits = ctx.places_in(start, pos)
            if not hits:
                continue
            what = _PAREN.sub("", what)
            if prep == "at":
                what = _PLACE_AFTER.sub("", what)
            label = " ".join([*mods, singular, prep, *what.split()])
            out.append(pp.Mention(label, "np", singular, frozenset([*mods, prep, *what.split()]),
                                  (start, pos), hits[-1].id, True))
    return out


def _fullest(before: str, plural: str, mods: list[str]) -> list[str]:
    """The longest run of lower-case modifiers the release gives the plural before that
    holds this naming's ("three joint research centers" over "the joint centers")."""
    best = mods
    for m in re.finditer(rf"((?:[a-z][\w-]*\s+){{1,4}}){re.escape(plural)}\b", before):
        run: list[str] = []
        for w in reversed(m.group(1).split()):
            if re.fullmatch(rf"(?:{pp.STOP})", w) or pp.NUMBER.match(w):
                break
            run.insert(0, w)
        if set(mods) <= set(run) and len(run) > len(best):
            best = run
    return best


def _singular(plural: str) -> str:
    """"centers" -> "center", "facilities" -> "facility"."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


#: the sentence proposes or agrees on the work ("invited X to take part in a joint survey"
#: proposes it): it is being made, not only told of
_AGREED = re.compile(r"\b(?:propos\w*|agree\w*|establish\w*|conduct\w*|carry\s+out|launch\w*|"
                     r"set\s+up|invit\w*)\b", re.I)


def joint_activities(ctx: Context) -> list[pp.Mention]:
    """"proposed a joint survey of the Amur tiger in X National Park in Y": joint field work
    the sides agree on, named with what it is of or for, placed where its tail says."""
    kinds = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                     for k in sorted(pp.words("joint-activities"), key=len, reverse=True))
    if not kinds:
        return []
    pat = re.compile(rf"\b(?:an?|the)\s+joint\s+(?P<what>{kinds})\s+(?P<obj>(?:of|for)\s+"
                     r"[^,;.()]+?)(?=\s+(?:in|along|on|at|near|from|between|linking|with)\s|"
                     r"\s*[,;.(]|$)")
    out: list[pp.Mention] = _agreed_on(ctx, kinds) + joint_programmes(ctx)
    for sent in ctx.sentences:
        if sent.end <= ctx.body_start or not _AGREED.search(sent.text):
            continue
        for m in pat.finditer(ctx.text, max(sent.start, ctx.body_start), sent.end):
            label = " ".join(f"joint {m.group('what')} {m.group('obj')}".split())
            tail = re.match(r"\s+in\s+", ctx.text[m.end() : sent.end])
            hits = ctx.places_in(m.end(), min(sent.end, m.end() + 80)) if tail else []
            place = hits[-1].id if hits else None
            out.append(pp.Mention(label, "named", "named", frozenset(label.lower().split()),
                                  (m.start("what"), m.end()), place, place is not None))
    return out


#: "an MOU on joint geological mapping and mineral resource research in the X": the joint
#: work a signed document is on, with what goes with it, where it is done
_DOC_ON = (r"\b(?:MOU|MoU|memorandum(?:\s+of\s+understanding)?|agreement)(?:\s*\([A-Za-z]+\))?"
           r"\s+on\s+")


def _agreed_on(ctx: Context, kinds: str) -> list[pp.Mention]:
    """Joint work named as what a document is on, placed by the "in" right after it."""
    pat = re.compile(rf"{_DOC_ON}(?P<work>joint\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{kinds})"
                     r"(?:\s+and\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)?)\s+in\s+"
                     r"(?P<loc>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")
    out: list[pp.Mention] = []
    for m in pat.finditer(ctx.text, ctx.body_start):
        hits = ctx.places_in(m.start("loc"), m.end("loc"))
        if not hits:
            continue
        label = " ".join(f"{m.group('work')} in {m.group('loc')}".split())
        out.append(pp.Mention(label, "named", "named", frozenset(label.lower().split()),
                              (m.start("work"), m.end()), hits[0].id, True))
    return out


def joint_programmes(ctx: Context) -> list[pp.Mention]:
    """"the joint bird banding programme launched in 2012", "the Korea-Russia joint East
    Sea circulation research programme": joint field or lab work run as a programme is one
    concrete undertaking, named by its own words (its pair of countries kept); where it is
    done is seldom one place, so none is read."""
    works = "|".join(sorted(pp.words("programme-works"), key=len, reverse=True))
    if not works:
        return []
    pat = re.compile(r"\b(?:the|an?)\s+(?P<name>(?:[A-Z][\w]*[-–][A-Z][\w]*\s+)?joint\s+"
                     rf"(?:[\w-]+\s+){{0,4}}?(?:{works})\s+program(?:me)?)(?![\w-])")
    out: list[pp.Mention] = []
    for m in pat.finditer(ctx.text, ctx.body_start):
        label = " ".join(m.group("name").split())
        if len(label.split()) < 4:
            continue  # "a joint research programme with X": research in general, no one work
        out.append(pp.Mention(label, "named", "named", frozenset(label.lower().split()),
                              (m.start("name"), m.end("name"))))
    return out
