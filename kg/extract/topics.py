"""Sectors discussed at events, as concepts of the sector scheme.

A sentence speaks for an event when it names the event's mechanism, or names
no other mechanism and has the participants (or "the two sides") doing
something, or a verb of discussing or agreeing. Lists joined with commas and
"and" ("health and medical care, shipbuilding and energy") give one concept
per item because each item is matched on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.extract import not_sector, topic_clauses, topic_documents, topic_owners
from kg.extract.context import Context, Event
from kg.extract.event_cues import main_event, meeting_meant
from kg.extract.lexicon import Hit
from kg.namespaces import KGO, SECTOR

_DISCUSS = re.compile(
    r"\b(?:discuss\w*|agreed|agree|exchanged views|exchange views|"
    r"views\s+were\s+(?:also\s+)?exchanged|talked|consulted|reviewed|explored|covered|covers|focused|"
    r"focus(?:es|ing)?\s+on|deliberated|shared|touched\s+(?:up)?on|cooperation in|"
    r"attention\s+(?:was|were)\s+(?:also\s+)?paid\s+to|paid\s+(?:\w+\s+)?attention\s+to|"
    r"cooperation on|cooperate in|cooperate on|areas? of|fields? of|sectors? of|"
    r"signed (?:an? |the )?(?:[\w-]+ ){0,3}?(?:deal|agreement|memorandum|MOU)s? on)\b",
    re.I,
)
#: the pair at the talks, or one side of it: "the Deputy Ministers", "the Korean side"
_SIDES = re.compile(r"\b(?:they(?=\s+(?:also\s+|further\s+|have\s+|will\s+|would\s+|"
                    r"could\s+|can\s+)?(?:\w+ed|agree|discuss|exchange|sign|held|met|spoke|"
                    r"made|took|saw|sought|set|laid|gave|put|went|came)\b)|"
                    r"[Tt]he\s+two(?=\s+(?:are|were|will|would|also|agreed|signed|"
                    r"discussed|exchanged))|"
                    r"(?:the\s+two|both|the)\s+(?:(?:top|vice|deputy|foreign|prime|first)"
                    r"\s+)*(?:sides|ministers|countries|diplomats|leaders|presidents|delegations|"
                    r"co-chairs|governors|mayors|heads|parties|envoys)|"
                    r"the\s+(?:South\s+)?(?:Korean|Russian)\s+side|"
                    r"(?:his|her)\s+(?:(?:South\s+)?(?:Korean|Russian)\s+)?counterpart)\b", re.I)
#: "exclusive economic zone", "this port city", "business people": a word of another thing
_MODIFIER = re.compile(r"[ -](?:ministry|ministries|minister|ministers|department|agency|"
                       r"buildings?|delegations?|missions?|communit(?:y|ies)|circles|"
                       r"presentations?|"
                       r"officials?|authorities|zones?|city|cities|town|people|watchers|insiders|sources|"
                       r"analysts|observers|cent(?:er|re)s?|events?)\b", re.I)  # "a business
# center", "the main industry event": a place or a gathering, not the area
_PROPER_OK = {"LNG", "ICT", "R&D", "Arctic", "Northern Sea Route", "Trans-Siberian Railway"}


def find_topics(ctx: Context) -> None:
    if not ctx.events:
        return
    main = main_event(ctx)
    for sent in ctx.sentences:
        if sent.start < ctx.body_start:
            continue
        intro = _list_intro(ctx, sent)
        told_of = _policy_told_of(ctx, sent)
        for hit in _sector_hits(ctx, sent):
            if told_of is not None and hit.start > told_of:
                continue  # the areas a policy covers, not what anyone discussed
            if topic_owners.delegation_make_up(ctx.text, sent.start, hit.start):
                continue  # "the delegation includes ... regional universities"
            here = [e for e in _own_events(ctx, sent) if not hit.surface]
            targets = here or (_targets(ctx, intro, main, intro.end) if intro else
                               _targets(ctx, sent, main, hit.start))
            if not targets:
                continue
            if hit.surface and _not_a_sector_word(ctx, sent, hit):
                continue
            if hit.id == "economy" and _UNDER_DOC.match(sent.text):
                continue  # "Under the MOU, ... the economic viability of a line": a word of
                # the study, not an area the document opens
            for ev in targets:
                ctx.out.add(ev.iri, KGO.topic, SECTOR[hit.id], (hit.start, hit.end))


#: "Electricity and gas are among the 'Nine Bridges' ... in nine areas, including railways,
#: ports and shipbuilding": what a policy covers, told as background
_INCLUDING = re.compile(r"\b(?:including|such\s+as)\b")
_FRAMEWORK_FOR = re.compile(r"[^,;.]{0,60}?\b(?:is|was|are|were|remains|remained|serves\s+as|"
                            r"served\s+as)\s+(?:still\s+)?(?:the|a|an)\s+(?:\w+\s+)?"
                            r"(?:framework|basis|foundation|umbrella|roadmap)\s+for\b")
_CALLED = re.compile(r"\b(?:called\s+for|urged|proposed|suggested|stressed|emphasi[sz]ed|"
                     r"highlighted|pointed\s+to|said|noted)\b")


def _policy_told_of(ctx: Context, sent) -> int | None:
    """Where the sentence starts listing what a policy it names covers: the "including"
    after the policy, when nothing before the policy was discussed or agreed."""
    for hit in ctx.lex.policy_matcher.find(ctx.text, sent.start, sent.end):
        offers = topic_clauses.policy_offers(ctx, hit.end, sent.end)
        if offers is not None:
            return offers  # "the Free Port regime, which offers tax benefits"
        frame = _FRAMEWORK_FOR.match(ctx.text, hit.end, sent.end)
        if frame is not None:
            return frame.end()  # "the Nine Bridges remained the framework for projects
            # from shipbuilding to fisheries": what the policy covers, told as background
        including = _INCLUDING.search(ctx.text, hit.end, sent.end)
        if including and not (_DISCUSS.search(ctx.text, sent.start, hit.start) or
                              _CALLED.search(ctx.text, sent.start, hit.start)):
            return including.start()  # "called for efforts in the Nine Bridges areas such
            # as gas and railways": what the speaker puts forward
    return None


_ITEM = re.compile(r"[^\S\n]*[-–•◦o°*][^\S\n]")


def _list_intro(ctx: Context, sent):
    """"The agenda of the Commission included the following items:" and the dashed lines
    after it: an item speaks for what the line introducing the list speaks for."""
    if not _ITEM.match(sent.text):
        return None
    for prev in reversed(ctx.sentences[max(0, sent.index - 12) : sent.index]):
        if _ITEM.match(prev.text):
            continue
        return prev if prev.text.rstrip().endswith(":") else None
    return None


def _sector_hits(ctx: Context, sent) -> list[Hit]:
    """Sector words, plus the sectors of a policy standing for them ("Nine Bridges") when
    the event puts the policy forward ("presented the Nine Bridges"); "reviewed the
    progress of the Nine Bridges" does not discuss all nine."""
    hits = ctx.lex.sector_matcher.find(ctx.text, sent.start, sent.end)
    for hit in ctx.lex.policy_matcher.find(ctx.text, sent.start, sent.end):
        told_here = any(e.sentence == sent.index for e in ctx.events)  # "... that Seoul
        # proposed at the third forum": put forward at the occasion the sentence tells
        if not (_PUT_FORWARD.search(ctx.text, max(sent.start, hit.start - 60), hit.start)
                or told_here and _PUT_FORWARD_AFTER.match(ctx.text, hit.end)):
            continue
        for slug in ctx.lex.policies[hit.id].extra.get("sectors", "").split("|"):
            if slug:
                hits.append(Hit(hit.start, hit.end, slug, ""))  # "" marks a derived sector
    return hits


_PUT_FORWARD = re.compile(r"\b(?:present\w*|propos\w*|unveil\w*|announc\w*|put forward|"
                          r"call\w* for(?: building)?)\s+(?:the\s+|a\s+|its\s+)?\W?"
                          r"(?:[\w-]+\s+){0,2}$", re.I)


#: "the nine areas, dubbed the "Nine Bridges," that Seoul proposed at the forum"
_PUT_FORWARD_AFTER = re.compile(r"\W{0,3}\s*(?:that|which)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:proposed|presented|unveiled|announced|put forward)\b")


def _not_a_sector_word(ctx: Context, sent, hit: Hit) -> bool:
    """A sector word inside a name or a title, or a capitalised one ("Free Port"), is not
    a sector the text speaks of."""
    if _in_any_name(ctx, hit.start, hit.end):
        return True
    if _MODIFIER.match(ctx.text, hit.end):
        return True  # "the finance ministry", "energy companies": who, not what
    if any(m.start() <= hit.start and hit.end <= m.end() for m in _not_sector_phrases()
           .finditer(ctx.text, max(sent.start, hit.start - 30), min(sent.end, hit.end + 30))):
        return True  # "social security": pensions, not security
    if any(s <= hit.start and hit.end <= e for s, e in ctx.title_spans):
        return True
    if topic_clauses.study_of_another(ctx, hit):
        return True  # "joint research into rail freight"
    if not_sector.in_body_name(ctx.text, sent.start, hit.start):
        return True  # "(formerly the Ministry of Science, ICT and Future Planning)"
    if not_sector.told_aside(ctx.text, sent.start, hit.start, hit.end):
        return True  # "crimes committed using ICT", "as trade slumped"
    proper = hit.surface[0].isupper() and hit.surface not in _PROPER_OK \
        and hit.surface.split()[0] not in _PROPER_OK  # "Arctic shipping" is still a sector
    return proper and hit.start != sent.start


@lru_cache(maxsize=1)
def _not_sector_phrases() -> re.Pattern[str]:
    raw = resources.files("kg.data").joinpath("not_sector_phrases.txt").read_text("utf-8")
    phrases = [line.strip() for line in raw.splitlines()
               if line.strip() and not line.startswith("#")]
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


def _in_any_name(ctx: Context, start: int, end: int) -> bool:
    """Inside a proper name; "the bilateral agreement on preventing IUU fishing" is a
    description, and what it describes is spoken of."""
    return any(s <= start and end <= e and ctx.text[s].isupper() for s, e in ctx.name_spans)


#: "the next meeting of the X, scheduled for the autumn, should give a new impulse to
#: cooperation in Y": the channel is what the clause is about, and Y its agenda
_CHANNEL_WILL = re.compile(r"(?:,[^,.;]{3,80},)?\s+(?:should|will|would|must|is\s+(?:expected\s+)?"
                           r"to|are\s+(?:expected\s+)?to|shall)\s+(?:also\s+)?(?!be\s+held\b)")
_WHOSE_MEETING = re.compile(r",\s+whose\s+(?:[\w-]+\s+)?(?:meeting|session)\b")


def _targets(ctx: Context, sent, main: Event, pos: int) -> list[Event]:
    """The mechanism named closest before the sector owns it, unless a verb of discussing
    stands between them ("review the outcome of the forum ..., and discuss cooperation in
    X": X belongs to the meeting doing the discussing). A sector named before any
    mechanism in a sentence about the main meeting belongs to the main meeting."""
    before = [m for m in ctx.mechanisms if sent.start <= m.span[0] < pos and not m.venue_only]
    body = ctx.text[sent.start : sent.end]
    aside = set()
    whose = before and (_WHOSE_MEETING.match(ctx.text, before[-1].span[1]) or
                        _CHANNEL_WILL.match(ctx.text, before[-1].span[1]) or
                        topic_clauses.where_clause(ctx, before[-1].span[1], pos)) and \
        not topic_owners.whose_clause_closed(ctx.text, before[-1].span[1], pos)  # "the X, whose
    # meeting in June agreed to expand research": the agreeing is the channel's own
    if before and not whose and (_DISCUSS.search(ctx.text, before[-1].span[1], pos) or
                                 topic_owners.proposal_after(ctx.text, before[-1].span[1], pos)
                                 or topic_owners.planned_aside(ctx, before[-1], pos)):
        aside = {m.iri for m in before}
        frames = [m for m in before if _FRAME.search(ctx.text, max(0, m.span[0] - 30),
                                                     m.span[0])]
        before = frames[-1:]
    after = [m for m in ctx.mechanisms if pos < m.span[0] < sent.end and not m.venue_only]
    nxt = min((m.span[0] for m in after), default=None)
    if nxt is not None and topic_clauses.at_next_channel(ctx, pos, nxt):
        before = [min(after, key=lambda m: m.span[0])]  # "investors at the Forum"
    if not before and nxt is not None and (
            _DISCUSSED_AT.search(ctx.text, pos, nxt) or topic_owners.featured_at(ctx.text, pos, nxt)
            or _TO_DISCUSS_AT.match(ctx.text, pos, nxt)
            and _DISCUSS.search(ctx.text, max(sent.start, pos - 60), pos)):
        before = [min(after, key=lambda m: m.span[0])]  # "X was among the issues discussed
        # at the 17th meeting of the Commission": the channel named after it
    named = {before[-1].iri} if before else set()
    hits = [e for e in ctx.events if e.mechanism is not None and e.mechanism.iri in named]
    if hits:  # "agreed to step up the work of the Commission and to continue projects in
        # X": a channel with no occasion told leaves X to the one doing the agreeing
        here = [e for e in hits if e.sentence == sent.index]
        return here or hits[:1]
    if _SIGNED_ON.search(body):  # "A and B signed an MOU on cooperation in tourism. The
        signed = [e for e in ctx.events if e.kind == KGO.Signing and  # document was signed
                  e.sentence in (sent.index, sent.index + 1)]  # by X and Y."
        if signed:
            return signed[:1]
    if _UNDER_DOC.match(body):  # "Under the memorandum, the two sides will ... ports":
        signed = [e for e in ctx.events if e.kind == KGO.Signing and e.sentence < sent.index]
        if signed:  # what the document signed before covers
            return signed[-1:]
    signed = topic_documents.document_told(ctx, sent)
    if signed is not None:  # "Priority will be given to logistics ...": what the document
        return [signed]  # signed just before sets out
    if _AT_THAT.match(body) and sent.index and not _SIGNED_ON.search(body):
        # "At that meeting, the two sides also touched upon ports"
        told = [e for e in ctx.events if e.sentence == sent.index - 1]
        meant = topic_owners.meeting_not_visit(ctx, sent, meeting_meant(ctx, sent, told))
        if meant is not None:
            return [meant]
    own = [e for e in _own_events(ctx, sent) if (e.mechanism is None or e.span[0] < pos)
           and not (pos < e.span[0] and _AGREED_TO.search(ctx.text, max(sent.start,
                                                                          e.span[0] - 25),
                                                          e.span[0]))
           and not ((e.mechanism is not None or e.recalled) and e.span[1] < pos
                    and _DISCUSS.search(ctx.text, e.span[1], pos)
                    and not (e.recalled and _AT_WHICH.search(ctx.text, e.span[1], pos)))
           and not (e.mechanism is not None and e.mechanism.iri in aside)]
    if own:
        return own
    if main.kind == KGO.Visit and topic_owners.visit_programme(body):
        return [main]  # "The programme focused on tourism, direct flights and ..."
    latest = _latest_with_people(ctx, sent)
    if latest is not None and latest is not main:
        return [latest]  # the story has moved on to a later occasion among these officials
    if _THE_TWO.match(body) and _DISCUSS.search(body) and main.kind == KGO.Visit:
        talks = _talks_before(ctx, sent, True)  # "On 15 October, X met Y. The parties
        if talks is not None:  # discussed ...": the talks of the visit, just told
            return [talks]
    if topic_clauses.in_speech(ctx, sent, main) or topic_clauses.quoted_at_forum(
            ctx, sent, main) or topic_owners.quoted_participant(ctx, sent, main):
        return [main]
    if topic_clauses.errand_aside(body) and not _DISCUSS.search(body):
        return []  # "X is also scheduled to visit a university to meet students"
    if not (_DISCUSS.search(body) or _SIDES.search(body) or _mentions(sent, main)
            or _PRONOUN.match(body) and sent.index and _mentions(ctx.sentences[sent.index - 1],
                                                                 main)
            or _lead_of(ctx, sent, main) or topic_clauses.at_the_meeting(body)
            or topic_clauses.they_in_speech(body)):
        return []
    return [_talks_before(ctx, sent, main.kind == KGO.Visit) or main]


_CAPTION = re.compile(r"\W{0,3}(?:Photo|Picture|Image)\b", re.I)  # a picture's caption


def _lead_of(ctx: Context, sent, main: Event) -> bool:
    """A news lead sums up the occasion the story then tells: "X has launched a plant near
    Tver, investing ..." before "The plant was opened on Tuesday by ...". The lead is the
    first body sentence of fifteen words or more, and the main occasion (not a channel's meeting)
    is told in one of the two after it."""
    if main.mechanism is not None or not 0 < main.sentence - sent.index <= 2:
        return False
    first = next((s for s in ctx.sentences if s.start >= ctx.body_start and
                  len(s.text.split()) > 14 and not _CAPTION.match(s.text)), None)
    return first is sent and not any(e.sentence <= sent.index for e in ctx.events)


def _latest_with_people(ctx: Context, sent) -> Event | None:
    """The last occasion told up to this sentence among whose participants it names one."""
    main = main_event(ctx)
    said = [sent]
    if _PRONOUN.match(sent.text) and sent.index:  # "She proposed ...": the one named before
        said.append(ctx.sentences[sent.index - 1])
    told = [e for e in ctx.events if e.sentence <= sent.index and e.kind != KGO.Visit
            and any(_mentions(s, e) for s in said) and not _earlier_than(e, main)]
    if not told:
        return None
    return topic_owners.talks_over_their_signing(ctx, sent, told) or \
        max(told, key=lambda e: e.sentence)


_DISCUSSED_AT = re.compile(r"\b(?:discussed|raised|addressed|reviewed|on\s+the\s+agenda|endorsed|"
                           r"approved|considered|examined|debated|taken\s+up|welcomed|"
                           r"highlighted|singled\s+out)\s+"
                           r"(?:at|during)\s+the\s+(?:\S+\s+){0,4}$")
#: "the summit in Moscow on June 22, at which the leaders agreed on X": X is the summit's
_AT_WHICH = re.compile(r"\b(?:at|during)\s+which\b")
#: "hopes to discuss a joint research programme at the fifteenth meeting of the X"
_TO_DISCUSS_AT = re.compile(r"[\w -]{0,40}?\s(?:at|during)\s+the\s+(?:\S+\s+){0,4}$")
_FRAME = re.compile(r"\b(?:at|during|in|on the sidelines of)\s+the\s+$", re.I)
_BACK = re.compile(r"\b(?:after|following|at|during|in|on the sidelines of)\s+the\s+"
                   r"(talks|meeting|summit|conversation|call)\b", re.I)


_BULLET = r"\W*(?:[o°◦]\s+)?"  # "o The two sides reviewed ...": a sub-point of a release
_SIGNED_ON = re.compile(r"\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:memorandum|agreement|"
                        r"MOU|MoU|deal|accord|protocol|programme|program)\b[^.;]{0,60}?\b(?:on|in)\b")
#: "discussed X, and agreed to hold a joint exercise in 2020": X was discussed at the talks
_AGREED_TO = re.compile(r"\b(?:agreed|decided|plan|plans|planned)\s+to\s+(?:(?:hold|organi[sz]e|"
                        r"stage|conduct)\s+(?:\w+\s+){0,2})?$")
_UNDER_DOC = re.compile(rf"{_BULLET}(?:(?:Under|According\s+to|In)\s+the\s+(?:new\s+)?(?:document|"
                        r"memorandum|agreement|MOU|MoU|deal|accord|protocol|contract|arrangement|"
                        r"treaty)\s*,|The\s+(?:document|memorandum|contract|arrangement|treaty|"
                        r"agreement|MOU|MoU|deal|accord|protocol|pact)\s+(?:provides|envisages|"
                        r"stipulates|covers|calls|targets|focuses|aims|includes)\b)")
#: "At that meeting, ...": the occasion the sentence before told
_AT_THAT = re.compile(rf"{_BULLET}(?:At|During)\s+(?:that|this|the|the\s+same)\s+"
                      r"(?:meeting|session|round|forum|dialogue)\b", re.I)
_PRONOUN = re.compile(rf"{_BULLET}(?:he|she)\b", re.I)  # "She named shipbuilding ... as priorities"
_THE_TWO = re.compile(rf"{_BULLET}(?:the two|both|they|the parties|the\s+(?:(?:vice|deputy|"
                      r"foreign|prime)\s+)*(?:ministers|leaders|presidents|governors|mayors|"
                      r"co-chairs))\b", re.I)


def _earlier_than(event: Event, main: Event | None) -> bool:
    """An occasion recalled from months before the one reported ("since their summit last
    June"), not one of the same visit or forum week."""
    if main is None or event.date is None or main.date is None or event is main:
        return False
    return event.date.value[:7] < main.date.value[:7]


def _own_events(ctx: Context, sent) -> list[Event]:
    """Events told in this sentence; a visit yields to the talks held during it."""
    here = [e for e in ctx.events if e.sentence == sent.index]
    talks = [e for e in here if e.kind != KGO.Visit]
    return talks or here


def _talks_before(ctx: Context, sent, on_visit: bool) -> Event | None:
    """"After the talks, the two sides adopted ...": the talks told last before. On a
    visit, what the two sides discuss is discussed at the talks held during it."""
    if _THE_TWO.match(sent.text):
        main = main_event(ctx)
        last = [e for e in ctx.events if sent.index - 2 <= e.sentence < sent.index
                and e.participants and (len(e.participants) >= 2 or e.kind == KGO.Talks)
                and not _earlier_than(e, main)]  # an exhibition told in between, with no
        # one named at it, leaves the sides at the talks before it
        if last:
            return max(last, key=lambda e: e.sentence)
    if not on_visit and not _BACK.search(ctx.text, sent.start, sent.end):
        return None
    back = _BACK.search(ctx.text, sent.start, sent.end)
    talks = back is not None and back.group(1).lower() != "meeting"
    main = main_event(ctx)
    earlier = [e for e in ctx.events if e.sentence < sent.index and e.kind != KGO.Visit
               and not (talks and e.mechanism is not None) and not _earlier_than(e, main)
               and not _earlier_than(main, e)]  # nor one to come months after the visit
    if earlier:
        return max(earlier, key=lambda e: e.sentence)
    if on_visit:  # a lead summing up a visit tells what its talks or signing achieved
        later = [e for e in ctx.events if e.kind != KGO.Visit and e.mechanism is None]
        return later[0] if later else None
    return None


def _mentions(sent, event: Event) -> bool:
    """Someone at the occasion is named in the sentence, or the sentence is about the
    occasion itself ("The forum worked in six sub-sessions: ...")."""
    return any(sent.start <= s < sent.end for p in event.participants for s, _ in p.spans) or \
        bool(_THE_OCCASION.match(sent.text)) and event.mechanism is not None


_THE_OCCASION = re.compile(rf"{_BULLET}The\s+(?:[\w-]+-day\s+)?(forum|meeting|session|dialogue|"
                           r"committee|commission|conference)\s+(?:worked|was\s+devoted|"
                           r"focused|covered|featured|included|consisted|comprised)\b")
