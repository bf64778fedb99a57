"""Role words in text: titles before names ("Chinese Premier Li Qiang") and role references ("the Russian leader")."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from core.knowledge import Knowledge, counterpart_offices, cues, fold
from core.pipeline.apposition import appositive

_NOT_A_MODIFIER = {"DET", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PRON", "PART"}  # "India as Prime Minister"
_JOINERS = ("-", "‐", "–")  # a hyphen spaCy splits from the words of a term it joins
_NOT_THE_HOLDER = {"former", "ex", "ex-", "vice", "deputy", "acting", "late", "then", "first", "last", "future", "next", "previous", "assistant", "shadow",
                   "opposition", "rebel", "incoming"}
_NOT_YET = {"elect", "designate"}  # "president-elect", "prime minister-designate": not the holder yet


def _terms(kb: Knowledge) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    return kb.role_index


def _match_role(doc: Doc, i: int, terms, *, plural: bool = False) -> tuple[int, str] | None:
    """The longest role term starting at token i: (end token, role); with `plural`, its last word may be in the plural
    ("foreign ministers")."""
    candidates = terms.get(doc[i].lower_) or (terms.get(doc[i].lemma_.lower()) if plural and doc[i].tag_ == "NNS" else None)
    if not candidates:
        return None
    n = len(doc)
    for words, role in candidates:
        j = i + 1
        for word in words[1:]:
            if j + 1 < n and doc[j].text in _JOINERS and doc[j].whitespace_ == "":  # "secretary-general"
                j += 1
            if j >= n or (doc[j].lower_ != word and not (plural and doc[j].tag_ == "NNS" and doc[j].lemma_.lower() == word)):
                break
            j += 1
        else:
            return j, role
    return None


def _country_left(doc: Doc, i: int, kb: Knowledge, *, limit: int = 3) -> tuple[int, str] | None:
    """A country or demonym word just left of token i ("Chinese", "China's"), with its token index."""
    k = i - 1
    while k >= 0 and i - k <= limit:
        token = doc[k]
        if token.text in ("'s", "’s"):
            k -= 1
            continue
        for first in (k - 2, k - 1, k):  # the longest name ending here: "North Korean", not "Korean"
            if first >= 0 and (first == k or doc[first].is_title):
                iso3, kind = kb.country_of_place(doc[first:k + 1].text)
                if iso3 and kind == "country":
                    return first, iso3
        if not (token.is_title or token.is_lower) or token.is_punct or token.pos_ in _NOT_A_MODIFIER or token.lower_ in ("the", "a"):
            return None
        k -= 1
    return None


def _country_right(doc: Doc, j: int, kb: Knowledge) -> tuple[int, str] | None:
    """ "… of Russia" right after a role word; not "… of the Australian Greens", an office of what the country's
    name begins (a capitalised word after it that names no person)."""
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        for end in (j + 3, j + 2):
            if end <= len(doc):
                iso3, kind = kb.country_of_place(doc[j + 1 : end].text)
                if iso3 and kind == "country":
                    named = end < len(doc) and doc[end].is_title and doc[end].ent_type_ != "PERSON"
                    return None if named else (end, iso3)
    return None


def _country_at(doc: Doc, k: int, kb: Knowledge) -> tuple[int, str] | None:
    """A country named from token k on (its last token, its code)."""
    for end in (k + 3, k + 2, k + 1):
        if end <= len(doc) and doc[k].is_title:
            iso3, kind = kb.country_of_place(doc[k:end].text)
            if iso3 and kind == "country":
                return end - 1, iso3
    return None


def _countries_of_plural(doc: Doc, i: int, j: int, kb: Knowledge) -> list[tuple[int, str]]:
    """The countries joined by "and" or commas before a plural role ("the Thai and Cambodian foreign ministers") or
    after its "of" ("the leaders of India and Pakistan"), in order, as (token, code)."""
    found: list[tuple[int, str]] = []
    left = _country_left(doc, i, kb)
    while left is not None:
        found.insert(0, left)
        k = left[0] - 1
        left = _country_left(doc, k, kb, limit=1) if k > 0 and doc[k].lower_ in ("and", ",") else None
    if found or j >= len(doc) or doc[j].lower_ != "of":
        return found
    k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    while k < len(doc) and (at := _country_at(doc, k, kb)) is not None:
        found.append(at)
        k = at[0] + 1
        if not (k < len(doc) and doc[k].lower_ in ("and", ",")):
            break
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    return found


def below_leader(doc: Doc, mention, kb: Knowledge) -> bool:
    """The capitalised title right before a name names only offices below a head of state or government ("Saudi
    Minister of Trade and Commerce Hashim Example"; not "Prime Minister …")."""
    from core.knowledge import fold, leader_roles
    from core.pipeline.names import title_words
    from core.pipeline.people import stopword_section

    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    i, terms = span.start - 1, _terms(kb)
    while i >= 0 and span.start - i <= 6 and (doc[i].is_title or doc[i].lower_ in ("of", "and", "for")):
        i -= 1
    roles = {found[1] for k in range(i + 1, span.start) if (found := _match_role(doc, k, terms))}
    if roles & (leader_roles() | {"leader"}):
        return False
    ranks = title_words() - stopword_section("honorifics")  # "Minister", "Admiral", "Governor"; not "Mr"
    return bool(roles) or any(fold(t.text).rstrip(".") in ranks for t in doc[i + 1:span.start])


def title_before(doc: Doc, mention, kb: Knowledge) -> tuple[str, str] | None:
    """(role, country) the article gives a person by a title before the name or an appositive after it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    terms = _terms(kb)
    for i in range(max(span.start - 4, 0), span.start):
        found = _match_role(doc, i, terms)
        right = _country_right(doc, found[0], kb) if found else None
        if found and (found[0] == span.start or (right and right[0] == span.start)):
            country = _country_left(doc, i, kb) or right
            if _not_the_holder(doc, i, country):
                return None
            iso3 = country[1] if country else mention.country
            return (kb.role_in(doc[i:found[0]].text, iso3, found[1]), iso3) if iso3 else None
    # appositive: "Li Qiang, the Chinese premier,"
    if span.end + 2 < len(doc) and doc[span.end].text == ",":
        for i in range(span.end + 1, min(span.end + 5, len(doc))):
            if doc[i].pos_ in ("VERB", "AUX"):
                break  # "…, Denis Sassou Nguesso, met the Libyan leader": what the sentence goes on to say, no apposition
            found = _match_role(doc, i, terms)
            if found:
                country = _country_left(doc, i, kb) or _country_right(doc, found[0], kb)
                if _not_the_holder(doc, i, country):
                    return None
                return (kb.role_in(doc[i:found[0]].text, country[1], found[1]), country[1]) if country else None
    return None


def title_word(doc: Doc, start: int, kb: Knowledge) -> tuple[str, str] | None:
    """(words, office) of the role term that ends right before token `start` ("Chancellor Brown": ("Chancellor",
    "finance_minister")), else None; the office is the term's meaning everywhere, `Knowledge.role_in` gives its
    meaning in one country."""
    terms = _terms(kb)
    for i in range(max(start - 4, 0), start):
        found = _match_role(doc, i, terms)
        if found and found[0] == start:
            return doc[i:start].text, found[1]
    return None


def _not_yet(doc: Doc, j: int) -> bool:
    """The role word ending before token j is joined to "-elect" or "-designate": someone who will hold it."""
    k = j + 1 if j < len(doc) and doc[j].text in _JOINERS else j
    return k < len(doc) and doc[k].lower_.lstrip("-") in _NOT_YET


def _not_the_holder(doc: Doc, i: int, country: tuple[int, str] | None) -> bool:
    """A word that makes the role word at token i name someone other than its holder, right before it or before
    the country word that leads it ("the former premier", "the next British chancellor")."""
    firsts = [i] + ([country[0]] if country and country[0] < i else [])
    return any(k > 0 and doc[k - 1].lower_.strip("-") in _NOT_THE_HOLDER for k in firsts)


def find_role_references(doc: Doc, kb: Knowledge, *, taken: list[tuple[int, int]]):
    """Yield (start_token, end_token, role, country) for references such as "the Chinese premier"."""
    terms = _terms(kb)
    i = 0
    while i < len(doc):
        found = _match_role(doc, i, terms, plural=True)
        if not found:
            i += 1
            continue
        j, role = found
        head = doc[j - 1]
        following = doc[j] if j < len(doc) else None
        plural = head.tag_ in ("NNS", "NNPS") or (doc[i].tag_ == "NNS" and doc[i].lower_ != doc[i].lemma_.lower())  # "heads of state"
        titles_a_name = following is not None and (following.ent_type_ == "PERSON" or (following.is_title and following.pos_ == "PROPN"))
        sole = kb.sole_country(doc[i:j].text)  # "the Pope": the Holy See's, whatever country is near
        country = (i, sole) if sole else _country_left(doc, i, kb) or _country_right(doc, j, kb)
        # "the North Korean President of Parliament": an office of something else than the country
        blocked = _not_the_holder(doc, i, country) or (following is not None and following.lower_ == "of"
                                                       and _country_right(doc, j, kb) is None) or _not_yet(doc, j)
        if country:
            role = kb.role_in(doc[i:j].text, country[1], role)
        several = _countries_of_plural(doc, i, j, kb) if plural and not titles_a_name and not _not_the_holder(doc, i, None) else []
        if len({code for _, code in several}) >= 2 and role not in ("counterpart", "minister"):  # "the Thai and
            # Cambodian foreign ministers": each country's
            start, end = min(several[0][0], i), max(j, several[-1][0] + 1)
            start -= start > 0 and doc[start - 1].lower_ == "the"
            chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            if not any(a < chars[1] and chars[0] < b for a, b in taken):
                for _, code in several:
                    yield start, end, kb.role_in(doc[i:j].text, code, role), code
        elif country and not plural and not titles_a_name and not blocked:
            start = min(country[0], i) if country[0] < i else i
            end = max(j, country[0]) if country[0] >= j else j
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            if not any(a < chars[1] and chars[0] < b for a, b in taken):
                yield start, end, role, country[1]
        elif not country and not plural and not titles_a_name and _bare(doc, i, j, role):
            start = i - 1 if doc[i - 1].lower_ == "the" else i - 2  # "the new president"
            chars = (doc[start].idx, head.idx + len(head.text))
            if not any(a < chars[1] and chars[0] < b for a, b in taken):
                yield start, j, role, ""
        i = j


def _earlier_year(sent, published: str | None) -> bool:
    """The sentence dates something in a year before the publication's ("in February 1999")."""
    years = [int(t.text) for e in sent.ents if e.label_ == "DATE" for t in e if t.like_num and len(t.text) == 4 and t.text.isdigit()]
    return bool(published) and any(year < int(str(published)[:4]) for year in years)


def _bare(doc: Doc, i: int, j: int, role: str) -> bool:
    """ "the premier" alone, the holder of an office named before ("Chinese Premier Wen Jiabao arrived … The premier
    met …"): not a leader or counterpart of no country, not an office of something else ("the president of the
    club"), not a word modifying a noun ("the president election")."""
    following = doc[j] if j < len(doc) else None
    the = i > 0 and (doc[i - 1].lower_ == "the" or (  # "the new president", "the visiting minister"
        i > 1 and doc[i - 2].lower_ == "the" and doc[i - 1].lower_ in cues().get("role_adjective", frozenset())))
    return (the and role not in ("leader", "counterpart")
            and doc[j - 1].dep_ != "compound" and (following is None or following.text not in ("of", "-")))


def resolve_roles(doc, kb, *, published, titled, sentence_of, taken, named=()):
    """Person mentions for the role references of the article ("the Chinese premier", "his Russian counterpart"):
    the person the article itself titles so, else who held the office on the publication date (no one when the
    article's date is unknown). A counterpart holds
    the office of the person the sentence names who meets them (a president's counterpart is a president)."""
    from core.pipeline.people import PersonMention

    out = []
    named_at = {m.token: m for m in named}
    references = list(find_role_references(doc, kb, taken=taken))
    told = Counter((start, end) for start, end, *_ in references)  # a plural role names one person per country
    for start, end, role, country in references:
        if start > 0 and doc[start - 1].morph.get("Definite") == ["Ind"] and _earlier_year(doc[start].sent, published):
            continue  # "Vajpayee last met a Pakistani leader in February 1999": whoever held it then (not "the first visit
            # to Vukovar by a Serbian head of state": the one now)
        if not country:  # "the finance minister at the time, Peter Phillips": the name after it, else one named before
            antecedent = appositive(doc[start:end], named_at) or _antecedent(doc[start + 1:end], role, named, titled, kb, published)
            if antecedent is not None:
                span = doc[start:end]
                out.append(PersonMention(span.start_char, span.end_char, span.text, antecedent.canonical,
                                         antecedent.person_id, antecedent.country, "role-antecedent",
                                         sentence_of[span.root.i], span.root.i))
            continue
        apposed = appositive(doc[start:end], named_at)
        if apposed is None and role == "counterpart":
            role = _counterpart_role(doc[start:end], [*named, *out], kb, published, country)  # also "the Brazilian president"
            if role is None:
                continue
        if role == "minister":  # "the Turkish minister": the one Turkish minister named before, never a title's holder
            mention = apposed or _antecedent(doc[start:end], role, [m for m in [*named, *out] if m.country == country and m.start < doc[start].idx],
                                             titled, kb, published)  # also one a role named before: "the Indian foreign minister"
            if mention is None:
                continue  # many hold a minister's office at once: no one by the knowledge base
        else:
            mention = apposed or titled.get((role, country))
        rule = "role-doc"
        several = told[(start, end)] > 1
        if mention is None and several and role in ("head_of_state", "head_of_government") and published and any(
                m.country == country and m.token < start and kb.leaders_of(m.person_id, published[:10]) for m in named):
            continue  # "the Russian and Bulgarian heads of state" with Bulgaria's prime minister named: loosely said
        if mention is None and role == "leader":
            mention = next((m for (r, c), m in titled.items() if c == country and r in ("head_of_state", "head_of_government")), None)
        if mention is None and role == "leader" and published:  # "Modi and Sharif first met when the Pakistani leader
            # travelled to New Delhi": the leader of that country the article names, the nearest before
            leading = [m for m in named if m.country == country and m.token < start and kb.leaders_of(m.person_id, published[:10])]
            mention = max(leading, key=lambda m: m.token, default=None)
        if mention is not None:
            canonical, person_id, person_country = mention.canonical, mention.person_id, mention.country
        else:
            if not published:
                continue  # no date, no office-holder: "the Indian prime minister" of an undated text stays India
            if several and role == "leader":
                continue  # "the leaders of India and Pakistan" the article names no one of: either of two offices
            holder = kb.holder(role, country, published) or (kb.holder("head_of_state", country, published) if role == "leader" else None)
            if holder is None:
                continue
            canonical, person_id, person_country, rule = holder.canonical, holder.person_id, country, "role-kb"
        span = doc[start:end]
        out.append(PersonMention(span.start_char, span.end_char, span.text, canonical, person_id, person_country or country,
                                 rule, sentence_of[span.root.i], span.root.i, office=role))
    made = Counter((m.start, m.end) for m in out)  # all of a plural role's people, or none of them
    wanted = {(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)): n for (a, b), n in told.items()}
    return [m for m in out if made[(m.start, m.end)] >= wanted.get((m.start, m.end), 1)]


def _counterpart_role(span, named, kb: Knowledge, published: str | None, country: str) -> str | None:
    """The office of the person of another country named before the counterpart in the same sentence (else in the
    sentence before: "Putin arrived in Beijing. He held talks with his Chinese counterpart"), on the publication
    date; leader offices first ("Abe met his Indian counterpart": head of government); an office whose counterparts
    hold another (offices.csv `counterpart`) names that one."""
    day = (published or "")[:10]
    sentence = span.sent
    previous = span.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    before = [m for m in named if m.start < span.start_char and m.person_id and m.country != country]
    before = ([m for m in before if m.start >= sentence.start_char]
              or [m for m in before if m.start >= previous.start_char])
    for mention in reversed(before):
        roles = kb.offices_on(mention.person_id, day)
        if roles:
            return counterpart_offices().get(roles[0].role, roles[0].role)
    return None


def _antecedent(term, role: str, named, titled, kb: Knowledge, published: str | None):
    """The one person named before a bare office word ("the premier") who holds that office, by a title the article
    gives them or by the knowledge base on the publication date; when several do, the one the text was last about
    (`_salient`), else None."""
    day = (published or "")[:10]
    held: dict[str, set[str]] = {}
    for (office, _), mention in titled.items():
        held.setdefault(mention.canonical, set()).add(office)
    found: dict = {}
    for mention in named:
        if mention.start >= term.start_char or not mention.canonical:
            continue
        offices = held.get(mention.canonical, set())
        if day and mention.person_id:
            offices = offices | {r.role for r in kb.offices_on(mention.person_id, day)}
        wanted = kb.role_in(term.text, mention.country, role)
        if wanted in offices or (wanted == "minister" and any(o.endswith("_minister") for o in offices)):
            if mention.canonical not in found or found[mention.canonical].start < mention.start:
                found[mention.canonical] = mention  # "the minister": a minister of any portfolio; the last naming
    if len(found) > 1 and role != "minister":  # "the king" after "King Abdullah … met Pope Benedict XVI": the one the text titled so
        titled_so = {name: m for name, m in found.items()
                     if any(_titled_with(term, n) for n in named if n.canonical == name and n.start < term.start_char)}
        found = titled_so if len(titled_so) == 1 else found
    if len(found) > 1 and term[0].lower_ == "visiting":  # "the visiting premier" after two premiers: the one who travelled
        travelled = {n.canonical for n in named if n.canonical in found and n.start < term.start_char and _travelled(term.doc[n.token])}
        sent = term.sent  # else the one not of the country of the host the sentence names ("… was received by Noghaideli")
        hosts = {n.country for n in named if sent.start_char <= n.start < sent.end_char and n.country and n.canonical not in found}
        guests = {name for name, m in found.items() if m.country and m.country not in hosts}
        found = {name: found[name] for name in (travelled if len(travelled) == 1 else guests if hosts and len(guests) == 1 else found)}
    if len(found) > 1:  # "the secretary of state" after three foreign ministers: the one whose country says it so
        local = {name: m for name, m in found.items() if (fold(term.text), m.country or "") in kb.local_roles}
        return next(iter(local.values())) if len(local) == 1 else _salient(term.doc, found.values())
    return next(iter(found.values())) if found else None


def _travelled(token) -> bool:
    """The person is the subject of a clause that tells a journey: "Dahal returned to Kathmandu at the end of a
    four-day state visit to India", "Abe flew to Tehran"."""
    travel = cues().get("travel", frozenset())
    return token.dep_ == "nsubj" and any(t.lemma_.lower() in travel for t in token.head.subtree)


def _titled_with(term, mention) -> bool:
    """The text named the person right after the word the office reference ends with ("King Abdullah" for "the
    king")."""
    doc = term.doc
    first = next((t for t in doc if t.idx == mention.start), None)
    return first is not None and first.i > 0 and doc[first.i - 1].lower_ == term[-1].lower_


def _salient(doc: Doc, candidates):
    """Of several holders of an office named before a bare office word, the one the text was last about: named
    last, as the subject of its clause ("Davutoglu told reporters … The day before the trip, the minister spoke
    with Clinton"); None when the last named is no subject."""
    last = max(candidates, key=lambda m: m.start)
    return last if doc[last.token].dep_ in ("nsubj", "nsubjpass") else None
