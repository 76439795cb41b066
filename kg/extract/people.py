"""Persons, found from titles, honorifics and context, never from a list of names.

Three shapes: title before name ("Deputy Minister for Political Affairs Kim
Gunn"), name before title ("Nikolai Serov, Deputy Prime Minister of ..."),
honorifics ("Mr. Kang Min-ho"). A bare family name after a title ("Minister
Belov") refers back to someone already named in the release.
"""

from __future__ import annotations

import re

from kg.extract import orgs, person_titles
from kg.extract.context import Context, Person, Span
from kg.extract.names import (
    family_name,
    is_korean_name,
    is_name_token,
    korean_family_key,
    person_key,
    russian_given_names,
    skip_ranks,
)
from kg.extract.person_country import context_country, name_country, title_country
from kg.extract.person_lower import bare_post_before_name, lower_title_before_name
from kg.extract.person_refs import family_mentions
from kg.extract.person_shapes import (
    LIST_AHEAD,
    TitleMatch,
    appositives,
    honorifics,
    in_gazetteer,
    name_after_comma,
    name_before_title,
    next_holder,
    overlaps,
    site_owner,
)
from kg.ids import entity_iri
from kg.namespaces import KGO

_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|&|[,;:()\"“”]|\.(?=\s|$)")
_CONNECT = frozenset({"for", "of", "the", "and", "in", "charge", "to", "on", "at", "affairs", "&",
                      "municipal", "district", "urban", "rural", "okrug"})  # "Head of X
# municipal district Anatoly Vdovin": the unit's lowercase kind belongs to the post
_SEPARATOR = re.compile(r"[/|•·>]")
_DANGLING = frozenset({"of", "the", "and", "for", "in", "to", "on", "at", "&"})


def find_people(ctx: Context) -> None:
    # the body first: a headline's "Minister Han" is the Han whom the body names in full
    body = [s for s in ctx.sentences if s.start >= ctx.body_start]
    alone: list[TitleMatch] = []  # "Chairman Kwon" before the body names Kwon Tae-hyun
    for sent in body + [s for s in ctx.sentences if s.start < ctx.body_start]:
        taken: list[Span] = []
        for match in _title_before_name(ctx, sent.start, sent.end):
            _register(ctx, match, taken, alone)
        for match in name_before_title(ctx, sent.start, sent.end, taken):
            _register(ctx, match, taken, alone)
        for match in honorifics(ctx, sent.start, sent.end, taken):
            _register(ctx, match, taken, alone)
        for match in lower_title_before_name(ctx, sent.start, sent.end, taken):
            _register(ctx, match, taken, alone)
        for match in appositives(ctx, sent.start, sent.end, taken):
            _register(ctx, match, taken, alone)
        for match in bare_post_before_name(ctx, sent.start, sent.end, taken):
            _register(ctx, match, taken, alone)
        for match in site_owner(ctx, sent.start, sent.end, taken):
            _register(ctx, match, taken, alone)
    for match in alone:  # a family name told before its full name, now known or not
        _register(ctx, match, [])
    for person in ctx.persons:
        person.spans.sort()
    _record_posts(ctx)
    family_mentions(ctx)


def _record_posts(ctx: Context) -> None:
    """A title that only begins a fuller one of the same person ("Ambassador" before
    "Ambassador of the Republic of Korea to the Russian Federation"), or leaves out some of
    its words ("Ambassador of X to Y" beside "Ambassador Extraordinary and Plenipotentiary
    of X to Y"), is not a post of its own."""
    for person in ctx.persons:
        in_body = any(span[0] >= ctx.body_start for _, span, *_ in person.pending)
        for title, title_span, name_span, hint in person.pending:
            if any(person_titles.told_in_full(title, other) for other, *_ in person.pending):
                continue
            if any(person_titles.body_named_first(ctx, title, other) or
                   person_titles.same_post_short_body(ctx, title, other)
                   for other, *_ in person.pending):
                continue  # "Ulsan Mayor" beside "Mayor of Ulsan"
            told = person.pending[: person.pending.index((title, title_span, name_span, hint))]
            if any(person_titles.same_post_short_body(ctx, title, other) or
                   person_titles.same_post_other_country(ctx, title, other)
                   for other, *_ in told):
                continue  # "Deputy Head of Rostrud" after the full name of Rostrud's post;
                # "... of Russia" after "... of the Russian Federation"
            if in_body and title_span[0] < ctx.body_start:
                continue  # the headline's short form of the post the body words in full
            post = person_titles.without_description(ctx, title)
            orgs.record_post(ctx, person, post, title_span, name_span, hint)


# -- shapes -----------------------------------------------------------------------------


_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z][a-z][\w'’-]+")


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group(0)
        glued = _GLUED_INITIALS.fullmatch(tok)
        if glued:  # "A.A.Voloshko": two initials and a surname written as one word
            parts = re.findall(r"[A-Z]\.|[A-Z][\w'’-]+", tok)
            cur = m.start()
            for part in parts:
                out.append((part, cur, cur + len(part)))
                cur += len(part)
            continue
        if tok.endswith(".") and len(tok) > 4 and not re.fullmatch(r"(?:[A-Za-z]\.)+", tok):
            # "... Deputy Minister Park Seo-jun. Particular attention": the sentence ends
            out += [(tok[:-1], m.start(), m.end() - 1), (".", m.end() - 1, m.end())]
        else:
            out.append((tok, m.start(), m.end()))
    return out


def _inside_a_title(heads: list[re.Match], start: int, end: int) -> bool:
    """Whether a title's head (a post's words) overlaps the would-be name."""
    return any(h.start() < end and start < h.end() for h in heads)


def _title_before_name(ctx: Context, start: int, end: int) -> list[TitleMatch]:
    text = ctx.text
    out = []
    heads = list(ctx.lex.titles.head_re.finditer(text, start, end))
    for i, head in enumerate(heads):
        if any(h.start() < head.start() < h.end() for h in heads[:i]):
            continue
        toks = _tokens(text, head.end(), end)
        run: list[tuple[str, int, int]] = []
        for j, (tok, s, e) in enumerate(toks):
            if _SEPARATOR.search(text, toks[j - 1][2] if j else head.end(), s):
                break  # "Main / Governor / News": a site's menu, not a post and a name
            if tok == "(" and j + 2 < len(toks) and toks[j + 2][0] == ")" and \
                    toks[j + 1][0][:1].isupper():
                continue
            if j >= 1 and toks[j - 1][0] == "(" and j + 1 < len(toks) and toks[j + 1][0] == ")":
                continue  # "Member of the Board (Minister) for Trade X": an aside
            if tok == ")" and j >= 2 and toks[j - 2][0] == "(":
                continue
            if tok == "," and run and LIST_AHEAD.match(text, e) and not next_holder(ctx, text, e):
                continue  # "X, Ivan Orlov, Ambassador ... and ...": the next person's post
            if tok in ",;:()\"“”." or (tok[0].islower() and tok not in _CONNECT):
                break
            next_is_title = j + 1 < len(toks) and ctx.lex.titles.head_re.match(text, toks[j + 1][1])
            if tok == "and" and next_is_title:
                if _name_tail(ctx, run) or _split_name(ctx, run, head.end())[0]:
                    break  # "... Kang Min-su of the Ministry of X and Deputy Head of Y
                    # Ivan Orlov of Russia": the second post and its country are Orlov's
            if ctx.lex.titles.head_re.match(text, s) and _name_tail(ctx, run):
                break
            run.append((tok, s, e))
        while run and run[-1][0] in _CONNECT:
            run = run[:-1]
        country = None
        while len(run) >= 2 and run[-2][0] == "of":
            tail = text[run[-1][1] : run[-1][2]]
            if len(run) >= 3 and run[-3][0] == "Republic":
                if len(run) >= 5 and run[-5][0] == "of" and \
                        text[run[-3][1] : run[-1][2]] in ctx.lex.country_forms:
                    country = ctx.lex.country_forms[text[run[-3][1] : run[-1][2]]]
                    run = run[:-5]  # "X of the Republic of Korea"
                    continue
                break  # "of the Embassy of X in the Republic of Korea": where, not whose
            if tail in ctx.lex.country_forms:
                country = ctx.lex.country_forms[tail]
                run = run[:-2]
            else:
                break
        name, title_end = _split_name(ctx, run, head.end())
        if not name and run:
            name = name_after_comma(ctx, run[-1][2])  # "Deputy Minister for X at the
            title_end = run[-1][2]  # Ministry of Y (MOTIE), Ahn Chul-woo."
        if not name or _inside_a_title(heads, name[0][1], name[-1][2]):
            continue  # "... and Chief State Sanitary Doctor": a post's words, not a name
        title_start = person_titles.premodifier_start(ctx, head.start())
        title = person_titles.without_short_names(ctx, text[title_start:title_end].strip(" ,"))
        if title.rsplit(None, 1)[-1] in _DANGLING:
            continue  # "Chairman of the Accounts Chamber": the capitals name a body, not a person
        hint = ""
        after = run[run.index(name[-1]) + 1 :] if name[-1] in run else []
        if after and after[0][0] == "of":
            hint = text[after[0][1] : after[-1][2]]
        out.append(TitleMatch(title, (title_start, title_end), name, country, hint))
    return out


def _name_tail(ctx: Context, run: list[tuple[str, int, int]]) -> bool:
    n = 0
    for tok, s, _ in reversed(run):
        if is_name_token(tok) and not in_gazetteer(ctx, s):
            n += 1
        else:
            break
    return n >= 2 or (n == 1 and len(run) == 1)


def _split_name(ctx: Context, run, head_end: int):
    """The leading name-like tokens, or after a complement ("for ...") the trailing ones."""
    if not run:
        return [], head_end
    if run[0][0] in _CONNECT:
        name = _name_after_complement(ctx, run)
        if not name:
            return [], head_end
        return name, name[0][1]
    lead = []
    for tok in run[skip_ranks([t[0] for t in run]):]:
        if is_name_token(tok[0]) and not in_gazetteer(ctx, tok[1]) and len(lead) < 3:
            lead.append(tok)
        else:
            break
    if len(lead) == 3 and not _three_part(lead):
        lead = lead[:2]
    return lead, head_end


def _name_after_complement(ctx: Context, run) -> list:
    """In "Director-General for Overseas Koreans and Consular Affairs Pyo Eun-jae of the
    Ministry ..." the name is the last two or three name-like words that end the run or
    are followed by "of", "at", "in" or "on"."""
    first = _first_name_like(ctx, run)
    if first and not _plainly_a_name(first):
        plain = _first_name_like(ctx, run, _plainly_a_name)  # "of Labour and Social Protection
        if plain:  # of the Russian Federation Kirill Orlov": the known given name marks it
            return plain  # "for Korean Peninsula Peace and Security
        for i in range(1, len(run) - 1):  # Affairs Song Ji-hoon": a Korean name after
            part = run[i : i + 2]  # words that only look like one is the name
            nxt = run[i + 2][0] if i + 2 < len(run) else None
            if len(part) == 2 and "-" in part[1][0] and is_korean_name([t[0] for t in part]) \
                    and (nxt is None or nxt in ("of", "at", "in", "on")):
                return part
    return first


def _plainly_a_name(part) -> bool:
    """A known given name first ("Olga Kravtsova") or a Korean name ("Min Jae-hong")."""
    words = [t[0] for t in part]
    return words[0] in russian_given_names() or is_korean_name(words)


def _first_name_like(ctx: Context, run, plain=None) -> list:
    """The first two or three name-like words followed by the run's end or a linking word;
    with ``plain``, the first such words that also pass it."""
    def namelike(tok) -> bool:
        return is_name_token(tok[0]) and not in_gazetteer(ctx, tok[1])

    for i in range(1, len(run) - 1):
        for size in (3, 2):
            part = run[i : i + size]
            if len(part) < size or not all(namelike(t) for t in part):
                continue
            if any(ctx.text[a[2] : b[1]].strip() for a, b in zip(part, part[1:], strict=False)):
                continue  # "for Civil Defence, Emergencies and ...": a list, not a name
            if size == 3 and not _three_part(part):
                continue
            nxt = run[i + size][0] if i + size < len(run) else None
            if (nxt is None or nxt in ("of", "at", "in", "on", "and")) and \
                    (plain is None or plain(part)):
                return part
    return []


def _three_part(tokens) -> bool:
    words = [t[0] for t in tokens]
    return is_korean_name(words) or words[1].endswith(".") or words[1].endswith("ovich") or \
        words[1].endswith("evna") or words[1].endswith("ovna") or words[1].endswith("evich")


# -- resolving and recording ---------------------------------------------------------------


def _register(ctx: Context, match: TitleMatch, taken: list[Span],
              alone: list[TitleMatch] | None = None) -> None:
    words = [t[0].rstrip(".") if not re.fullmatch(r"[A-Z]\.", t[0]) else t[0]
             for t in match.name_tokens]
    span = (match.name_tokens[0][1], match.name_tokens[-1][2])
    if overlaps(taken, *span):
        return
    taken.append(span)
    if len(words) == 1:
        person = _resolve_family(ctx, words[0])
        if person is None and alone is not None:
            alone.append(match)  # who it is may be told later in the release
            return
        if person is not None and person.titles:
            # "Minister Gromov" after "Foreign Minister Pavel Gromov": a reference, not a post
            person.spans.append(span)
            ctx.out.add(ctx.out.release, KGO.mentions, person.iri, span)
            if match.title:  # "Trade Representative Gusakov": the words are a post, not
                ctx.title_spans.append(match.title_span)  # a sector the sentence opens with
            return
        if person is None:
            person = _new_person(ctx, words, span, match)
    else:
        words = _given_for_initials(ctx, words)
        person = _lookup(ctx, words) or _new_person(ctx, words, span, match)
    person.spans.append(span)
    ctx.out.add(ctx.out.release, KGO.mentions, person.iri, span)
    if match.title:
        ctx.title_spans.append(match.title_span)
        country = match.country or title_country(ctx, match) or person.country
        if person.country is None and country:
            person.country = country
            _record_country(ctx, person, span)
        _record_post(ctx, person, match.title, match.title_span, span, match.org_hint)


def _given_for_initials(ctx: Context, words: list[str]) -> list[str]:
    """"A.A. Voloshko" whom the release also calls "Andrei Voloshko": the given name
    written out, when it starts with the first initial."""
    if not re.fullmatch(r"[A-Z]\.", words[0]) or len(words) < 2:
        return words
    family = words[-1]
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(family)}\b", ctx.text):
        if m.group(1)[0] == words[0][0] and m.group(1) in russian_given_names():
            return [m.group(1), family]
    return words


def _lookup(ctx: Context, words: list[str]) -> Person | None:
    key = person_key(" ".join(words))
    for p in ctx.persons:
        if p.key == key:
            return p
    return None


def _resolve_family(ctx: Context, family: str) -> Person | None:
    candidates = [p for p in ctx.persons if p.family == family] or \
        [p for p in ctx.persons if person_key(p.family) == person_key(family)] or \
        [p for p in ctx.persons if korean_family_key(p.family) == korean_family_key(family)]
    # "Director Ignatieva" after "Svetlana Ignatyeva", "Minister Suh" after "Seo Young-ho":
    # one name in two spellings
    return candidates[-1] if candidates else None


def _new_person(ctx: Context, words: list[str], span: Span, match: TitleMatch) -> Person:
    name = " ".join(words)
    key = person_key(name)
    iri = entity_iri("person", key)
    ctx.out.entity("person", key, KGO.Person, name, span)
    family = family_name(words)
    country = match.country or context_country(ctx, match) or name_country(words)
    person = Person(key, iri, name, family, country, span)
    ctx.persons.append(person)
    from rdflib import Literal

    ctx.out.add(iri, KGO.familyName, Literal(family), span)
    if country:
        _record_country(ctx, person, span)
    return person


def _record_country(ctx: Context, person: Person, span: Span) -> None:
    from kg.extract.places import country_iri

    ctx.out.add(person.iri, KGO.country, country_iri(ctx, person.country), span)


def _record_post(
    ctx: Context, person: Person, title: str, title_span: Span, name_span: Span,
    org_hint: str = "",
) -> None:
    glued = " ".join(title.split())
    posts = person_titles.split_titles(glued)
    if len(posts) > 1 and not person_titles.split_titles(
            person_titles.worded(ctx, glued, org_hint)[0])[1:]:
        # "Director General for the X region and head of the Y Center": each post's body
        # is its own, so the posts are parted before the body is read off the last one
        for post in posts:
            _record_post(ctx, person, post, title_span, name_span, org_hint)
        return
    title, org_hint = person_titles.worded(ctx, glued, org_hint)
    for known in person.titles:
        if title == known or (known.startswith(title) and len(title) < len(known)):
            return
    for part in person_titles.split_titles(title):
        person.titles.append(part)
        person.pending.append((part, title_span, name_span, org_hint))
    if glued.endswith(f" {title}") and glued not in person.titles:
        person.titles.append(glued)  # "National Assembly Speaker": how the release may
        # refer back to the person ("the National Assembly speaker"), though not the post
