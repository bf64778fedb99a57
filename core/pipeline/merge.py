"""One row per distinct meeting of an article: the meeting words of one meeting, told in several sentences or by
several words of one sentence, become one meeting with every participant and the place and date any of them gives."""
from __future__ import annotations

from datetime import date

from core.knowledge import country_display_name, country_iso3, cues, fold, full_city_name, organisation_code, place_country
from core.pipeline.date_spans import compatible_dates
from core.pipeline.neighbours import opens_as_earlier, told_again, word_stems
from core.pipeline.several import told_apart


def _persons_for_countries(meeting, names: set[str], other, others: set[str]) -> set[str]:
    """The sides of a meeting, a country side the other meeting of the same sentence (or of the same day) gives by a
    person of that country taken as that person ("the first summit …, when Mr. Kim met President Kim Dae-jung": North
    Korea's side is Kim; "the summit between the two Koreas will be held on Aug. 28" + "Roh will visit the North
    Korean capital": South Korea's side is Roh): a country stands for its people only where none is named."""
    if meeting.sentence != other.sentence and not (meeting.date_precision == other.date_precision == "day"
                                                   and meeting.date == other.date) and not _told_next_door(meeting, other):
        return names
    named_for = {c for c in other.countries if country_display_name(c) not in others}  # a person of the other stands for it
    stand_ins = {country_display_name(c) for c in meeting.countries if country_display_name(c) in names and c in named_for}
    persons = names - stand_ins
    return persons | (others - persons) if stand_ins and persons <= others else names


def _told_next_door(meeting, other) -> bool:
    """Two tellings a sentence or two apart, one with only the publication date for a day ("Norway and Russia have
    signed a treaty" + "The agreement was signed in Murmansk by Støre and Lavrov … after the ceremony yesterday")."""
    return (abs(meeting.sentence - other.sentence) <= 2 and "approx" in (meeting.date_precision, other.date_precision)
            and compatible_dates(meeting.date, meeting.date_precision, other.date, other.date_precision, slack_days=0))


def finer_place(place: str | None, other: str | None) -> str | None:
    """The place one telling gives, or the other's when it names a city inside that country ("a visit to China" +
    "talks in Beijing": Beijing)."""
    if not place or (other and country_iso3(place) and not country_iso3(other) and place_country(other) == place):
        return other
    return place


def _same_place(place: str | None, other: str | None) -> bool:
    """Two tellings can be one meeting unless they name two different towns ("arrived in Lagos … after talks with
    Buhari in Abuja": two meetings); a country and a town in it, or no place, can be the same."""
    if not place or not other or fold(place) == fold(other):  # "Brasília", "Brasilia"
        return True
    return bool(country_iso3(place) or country_iso3(other))


RANK = {p: n for n, p in enumerate(("day", "week", "month", "year"))}  # finest first; "approx" and "unknown" after all


def _finer(precision: str, than: str) -> bool:
    """Whether a date of `precision` says more than one of `than` (a day more than its month or its week)."""
    return RANK.get(precision, len(RANK)) < RANK.get(than, len(RANK))


def _side_meeting(meeting, a: set, other, b: set) -> bool:
    """Some of a gathering's participants meeting each other on their own ("Sisi, Abdullah and Kadhimi also held a
    three-way meeting on the sidelines"): beside a summit ("… were among those
    attending the summit. The two met and talked for 30 minutes"), or told as beside or apart from a gathering of any
    kind (`setting` and `distributive` cues: "On the sidelines of Thursday's session, Modi and Xi met")."""
    kinds = {meeting.kind, other.kind}
    pair, whole = (meeting, other) if len(a) <= len(b) else (other, meeting)
    aside = bool(word_stems(pair.evidence) & cues().get("setting", frozenset())) or told_apart(pair.evidence)
    aside = aside and set(whole.countries) != set(pair.countries)  # not the two leaders and the ministers who joined them
    return 2 <= min(len(a), len(b)) < max(len(a), len(b)) and (("summit" in kinds and len(kinds) == 2) or aside)


def _plan_and_past(meeting, other, published: str | None) -> bool:
    """A plan the text does not date ("agreed to start talks") is not a meeting of a day before publication ("has met
    Putin repeatedly this year, including in Sochi in May")."""
    def past(m) -> bool:
        return bool(published and isinstance(m.date, str) and m.date and m.date < published[:len(m.date)])

    return ("date:plan-undated" in meeting.rules and past(other)) or ("date:plan-undated" in other.rules and past(meeting))


def _later_gathering(meeting, other) -> bool:
    """A meeting of an organisation told as coming after another meeting of some of its people ("Later on Friday, the
    three presidents were joined by Correa and Morales for an emergency meeting of Unasur"): another gathering."""
    from core.pipeline.neighbours import told_as_later  # neighbours reads the pipeline's senses, which read this module

    later, earlier = (meeting, other) if meeting.sentence > other.sentence else (other, meeting)
    bodies = {p for p in later.participants if organisation_code(p)} - set(earlier.participants)
    return bool(bodies) and later.sentence != earlier.sentence and told_as_later(later.evidence)


TRAVEL = frozenset({"trigger:arrive", "trigger:fly", "trigger:travel", "trigger:trip"})  # a journey told as the visit
VISIT_DAYS = 3  # the days after an arrival (or around a trip's day) a meeting of the same sides may be that visit's


def _call_told_again(meeting, other) -> bool:
    """A call and a meeting word of its sentence that gives the same sides and no place (`call_told_again` cues):
    "telephoned Abe on Monday, in the first contact between the two men since …" is one call."""
    if (meeting.kind == "call") == (other.kind == "call"):
        return False
    call, word = (meeting, other) if meeting.kind == "call" else (other, meeting)
    words = {r.split(":", 1)[1] for r in word.rules if r.startswith("trigger:")}
    return (call.sentence == word.sentence and set(call.participants) == set(word.participants) and word.location is None
            and bool(words) and words <= cues().get("call_told_again", frozenset())
            and ("date:published" in word.rules or compatible_dates(call.date, call.date_precision, word.date, word.date_precision,
                                                                   slack_days=0)))  # not "… ahead of their talks on Friday"


def _told_as_earlier(meeting, other) -> bool:
    """The later sentence opens with "Earlier" ("Earlier on Sunday, Trump held talks with Moon in Seoul"): another
    occasion than the one told before it, whatever the sides they share."""
    later = meeting if meeting.sentence > other.sentence else other
    return meeting.sentence != other.sentence and opens_as_earlier(later.evidence)


def _journey(meeting) -> bool:
    """The meeting is told only by words of travel ("arrived", "flew", "a trip")."""
    triggers = {r for r in meeting.rules if r.startswith("trigger:")}
    return bool(triggers) and triggers <= TRAVEL


def _journey_and_meeting(meeting, other) -> tuple | None:
    """A journey told as a meeting ("arrived in Moscow on Tuesday for a three-day visit", "ended a trip to Brazil on
    Wednesday") and talks of the same sides within that visit ("The next day she was received by Lula"): (the
    journey, the talks), which are the visit's meeting and its day; else None. A signing the next day is a meeting
    of its own."""
    for trip, held in ((other, meeting), (meeting, other)):
        if _journey(trip) and not _journey(held) and held.kind in ("visit", "talks") and trip.date_precision == held.date_precision == "day" and trip.date and held.date:
            days = (date.fromisoformat(held.date[:10]) - date.fromisoformat(trip.date[:10])).days
            if 0 < days <= VISIT_DAYS or ("trigger:trip" in trip.rules and -VISIT_DAYS <= days < 0):
                return trip, held
    return None


def _visit_told_by_its_host(visit, meetings: list) -> bool:
    """A visit to a country no host is named for ("Annan arrived in Syria on Saturday") is the meeting the article
    tells of the visitors with someone of that country on the same day ("… and met Assad in Damascus"): that meeting is
    the visit, and the country side no meeting of its own. An arrival on another day is a part of the visit of its
    own ("arrived in Beijing on Wednesday" + "met Hu on Thursday")."""
    countries = [code for p in visit.participants if (code := country_iso3(p))]
    visitors = {p for p in visit.participants if not country_iso3(p)}
    if visit.kind != "visit" or len(countries) != 1 or not visitors:
        return False
    country = countries[0]
    return any(  # the visitors ("Kouchner … with the Finnish foreign minister, Stubb") and one host
        other is not visit and visitors < set(other.participants) and len(other.participants) == len(visitors) + 1 and country in other.countries
        and not any(country_iso3(p) for p in other.participants)
        and (other.referenced == visit.referenced or visit.date_precision == other.date_precision == "day")  # "had laid the
        and compatible_dates(visit.date, visit.date_precision, other.date, other.date_precision, slack_days=0)  # ground,
        # travelling to Tbilisi on Monday" + "The two ministers met Saakashvili": one day, one visit however each is told
        for other in meetings)


def _one_countrys_own(meeting) -> bool:
    """A meeting of one country's rivals ("Kibaki and Odinga signed a power-sharing agreement") that no one of another
    country (a mediator, a witness: "They were flanked by Kofi Annan and Jakaya Kikwete") was found to be at."""
    from core.knowledge import load_knowledge

    if "domestic" not in meeting.rules:
        return False
    kb = load_knowledge()
    homes = {country_iso3(p) or getattr(kb.person(p), "country", None) for p in meeting.participants}
    return len(homes - {None}) <= 1


def _leg_of_a_visit(leg, meetings: list) -> bool:
    """A journey to another town of the country a visit told before goes to, by the same sides within its days, is a
    leg of that visit, no meeting of its own ("arrived in Bamako on Tuesday for a three-day visit to Mali" + "Wade
    then travelled by road to Ségou"), and so is one by the visitor whose host the text does not name."""
    def country(m) -> str | None:
        return country_iso3(m.location) or place_country(m.location) if m.location else None

    return leg.kind == "visit" and _journey(leg) and country(leg) is not None and any(
        visit is not leg and visit.kind == "visit" and visit.sentence < leg.sentence and (set(visit.participants) == set(leg.participants) or (
            leg.subject in visit.participants and any(r.startswith("host:") for r in leg.rules)))  # its host only inferred
        and visit.referenced == leg.referenced and country(visit) == country(leg) and fold(visit.location) != fold(leg.location)
        and visit.date_precision == "day" and len(leg.date or "") >= 10 and leg.date_precision in ("day", "approx")
        and 0 <= (date.fromisoformat(leg.date[:10]) - date.fromisoformat(visit.date[:10])).days <= VISIT_DAYS for visit in meetings)


FROM_CONTEXT = frozenset({"neighbour-sentence", "visit", "visit-city", "context-city", "article-city", "title-city", "presence",
                          "retold", "same-day", "lede", "arrival", "eve", "earlier-that-day", "from-the-trip", "gathering"})
# the rules that date or place a meeting from other sentences ("date:lede", "place:visit")


def _as_told(meeting, other) -> bool:
    """Both news or both background, or one sentence telling the same day twice ("Tshisekedi had received Shoukry
    on Sunday, shortly after the Egyptian minister arrived in the Congolese capital")."""
    return meeting.referenced == other.referenced or (
        meeting.sentence == other.sentence and meeting.date_precision == other.date_precision == "day" and meeting.date == other.date)


def _noun_told_again(meeting, other) -> bool:
    """The meeting's sentence opens with its noun pointed back to, right after the sentence telling the news meeting
    of that kind ("… sat down together on Friday at round-table talks" + "The talks at the Mariinsky Palace were
    hosted by Kuchma and attended by …"): the same meeting, whose sides the two sentences name in part."""
    return (meeting.sentence - other.sentence == 1 and meeting.kind == other.kind and not meeting.referenced
            and not other.referenced and told_again(meeting.evidence))


def merge_within_article(meetings: list, published: str | None = None) -> list:
    """One row per distinct meeting: same participants (or one set inside the other) and compatible dates; never a
    plan and a past meeting (`published`: the article's date)."""
    merged: list = []
    journeys_merged = False  # a journey that became the talks held during it may now be one with another telling of them
    for meeting in meetings:
        told = {r.split(":")[0] for r in meeting.rules if r.split(":")[-1] in FROM_CONTEXT}  # not what its words give
        place = None if "place" in told else meeting.location
        told_back = "anaphora" in meeting.rules  # a meeting told again is the latest one told before of its sides
        for other in (sorted(merged, key=lambda m: -m.sentence) if told_back else merged):
            a, b = set(meeting.participants), set(other.participants)
            # within one article, two different days the text states are two meetings (arrival, then talks)
            told_again = a == b or (a < b and meeting.kind == other.kind and (meeting.kind == "summit" or told_back))  # "Hours
            # before the summit opened, …"; "after the signing" of the signing its delegations joined
            dated_apart = "date" not in told and meeting.date_precision in ("day", "month", "year") and not compatible_dates(
                meeting.date, meeting.date_precision, other.date, other.date_precision, slack_days=1)  # "That trip took place in
            if ("anaphora" in meeting.rules and told_again and not _plan_and_past(meeting, other, published)  # November 2019"
                    and _same_place(place, other.location) and not dated_apart):
                other.location = finer_place(other.location, place)  # "The talks in Islamabad lasted …"
                if "date" not in told and _finer(meeting.date_precision, other.date_precision):  # "… a joint press
                    other.date, other.date_precision = meeting.date, meeting.date_precision  # conference after their talks on Tuesday"
                break  # "During the meeting they tried …": that meeting told again, whatever its words' tense or day
            if (meeting.kind == other.kind == "summit" and len(a & b) >= 2
                    and "date:came-from" in other.rules + meeting.rules):  # "back from Africa, where he attended the AU
                other.participants = sorted(a | b)  # summit" + "While at the AU summit, he discussed …": that summit, before
                other.location = finer_place(other.location, meeting.location)
                other.date, other.date_precision, other.referenced = None, "unknown", True
                other.rules = [r for r in other.rules if not r.startswith("date:")] + ["date:came-from"]
                break
            told_in_parts = _journey_and_meeting(meeting, other) if a == b and meeting.referenced == other.referenced else None
            if told_in_parts and _same_place(meeting.location, other.location):
                trip, held = told_in_parts
                other.location = finer_place(trip.location, held.location)
                for field in ("date", "date_precision", "kind", "evidence", "start", "end", "sentence", "rules"):
                    setattr(other, field, getattr(held, field))  # the visit is its meeting, on the day of it
                other.participants = sorted(a)
                journeys_merged = True
                break
            if _call_told_again(meeting, other):  # the call, with its own day and tense
                if other.kind != "call":
                    for field in ("kind", "date", "date_precision", "referenced", "evidence", "start", "end", "rules", "location"):
                        setattr(other, field, getattr(meeting, field))
                break
            if "several" in meeting.rules or "several" in other.rules:
                continue  # several meetings told at once are none of the single ones, and lend them no place
            a, b = _persons_for_countries(meeting, a, other, b), _persons_for_countries(other, b, meeting, a)
            if (_side_meeting(meeting, a, other, b) or _plan_and_past(meeting, other, published) or _later_gathering(meeting, other)
                    or _told_as_earlier(meeting, other)):
                continue
            overnight = a == b and len(a) >= 3 and meeting.kind != "visit" and other.kind != "visit"  # talks of three or more
            # told on two days that follow each other are one gathering ("talks on Wednesday evening" + "agreed on Thursday")
            if (meeting.kind == "call") != (other.kind == "call"):
                continue  # a telephone call is never a meeting in person of the same sides ("spoke by telephone …" + a visit)
            if (a <= b or b <= a or (a & b and _noun_told_again(meeting, other))) and compatible_dates(meeting.date, meeting.date_precision, other.date, other.date_precision,
                                                       slack_days=1 if overnight else 0) and _as_told(meeting, other) \
                    and _same_place(meeting.location, other.location):
                if overnight and meeting.date and other.date and meeting.date_precision == other.date_precision == "day":
                    other.date = min(meeting.date, other.date)  # dated by its first day
                if len(a) > len(b) or (len(a) == len(b) and meeting.confidence > other.confidence):  # the sentence that names
                    other.evidence, other.start, other.end = meeting.evidence, meeting.start, meeting.end  # the most sides
                    other.confidence = max(other.confidence, meeting.confidence)
                other.participants = sorted(a | b)  # a country side either gives by a person of it is that person
                if _journey(other) and meeting.kind != "visit":  # "began his trip in Kuwait City on Monday, where he met
                    other.rules += [r for r in meeting.rules if r.startswith("trigger:")]  # the emir": a visit with its
                    # meeting, not a journey that talks of later days are the meeting of ("returned … on Tuesday to brief his host")
                other.countries = sorted(set(other.countries) | set(meeting.countries))
                other.location = finer_place(other.location, meeting.location)
                other.referenced = other.referenced and meeting.referenced  # "had arrived … and met": the news of that day
                if _finer(meeting.date_precision, other.date_precision):  # "next month" + "possibly on June 27"
                    other.date, other.date_precision = meeting.date, meeting.date_precision
                    other.rules = [r for r in other.rules if not r.startswith("date:")] + [r for r in meeting.rules if r.startswith("date:")]
                break
        else:
            merged.append(meeting)
    merged = [m for m in merged if not _visit_told_by_its_host(m, merged) and not _leg_of_a_visit(m, merged) and not _one_countrys_own(m)]
    for meeting in merged:
        meeting.location = full_city_name(meeting.location) if meeting.location else meeting.location  # "The Hague"
        if meeting.kind == "call":  # a telephone call is held nowhere, whatever town its sentences or a meeting told
            meeting.location, meeting.rules = None, [r for r in meeting.rules if not r.startswith("place:")]  # with it name
    return merge_within_article(merged, published) if journeys_merged else merged
