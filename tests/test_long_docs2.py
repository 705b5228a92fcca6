"""Long documents (session 21): the attribution, actor, event and claims stages look up what lies around a phrase in
indexes built once per document instead of reading every attribution, mention or claim for each phrase. Each lookup
must answer as the scan it replaced (written out again here); no test here is timed (bench/long_docs.py times them).
"""
import copy
import random

import pytest

from sitrep import pipeline
from sitrep.actors import SpanIndex
from sitrep.model import Claim, Document

# invented reports: nested statements, a denial, armed groups and state bodies of two made-up countries' towns,
# a body described again ("a spokesman for the command"), an international body's office, a capital
PARAGRAPHS = [
    "Government forces shelled the town of Kramsk on Monday, killing 14 civilians, a local official said. "
    "\"The army told us that 'the rebels had fired first', but nobody believed it,\" a resident said.",
    "The Northern Front denied attacking Velintsy, calling the reports lies. The regional governor said drones "
    "struck a fuel depot there on Tuesday and six workers were killed.",
    "Kenya's Eastern Command said its troops had repelled an attack by al-Shabaab near Mandera. A spokesman for "
    "the command, Colonel Joseph Otieno, said 12 militants were killed, a figure the group rejected.",
    "UNICEF Kenya said 40 children had fled the fighting. The defence ministry in Nairobi said the operation "
    "would continue, according to a statement.",
    "Witnesses said riot police opened fire on protesters in Dorova on Wednesday. Police denied the account, "
    "saying officers had used tear gas only.",
]


def _text(copies: int = 3) -> str:
    return "\n\n".join(PARAGRAPHS * copies)


@pytest.fixture(scope="module")
def long_doc(nlp):
    return nlp(pipeline._prepare(nlp, Document(id="long2", text=_text(), published="2024-03-05T12:00:00+00:00")))


def test_span_index_overlapping_answers_as_a_scan():
    rng = random.Random(5)
    spans = [(s, s + rng.randint(0, 40)) for s in (rng.randint(0, 500) for _ in range(300))]
    index = SpanIndex(spans, lambda x: x)
    for a in range(-5, 560, 7):
        for b in (a, a + 1, a + 13, a + 90):
            assert index.overlapping(a, b) == [x for x in spans if x[0] < b and a < x[1]]
    assert SpanIndex([], lambda x: x).overlapping(0, 10) == []


def _attribution_at_scan(doc, start, end):
    best = None
    for att in doc._.attributions or []:
        if att.kind == "non_response":
            continue
        for s, e in att.content or []:
            if s <= start and end <= e + 1 and (best is None or (e - s) < best[1]):
                best = (att, e - s)
    return best[0] if best else None


def _attribution_near_scan(doc, start, end):
    from sitrep.claims.sources import paragraph_bounds

    if (att := _attribution_at_scan(doc, start, end)) is not None:
        return att
    ps, pe = paragraph_bounds(doc.text, start)
    after, before = None, None
    for att in doc._.attributions or []:
        cs, ce = att.cue
        if not (ps <= cs < pe) or att.kind in ("evidential", "non_response"):
            continue
        if cs >= end and (after is None or cs < after.cue[0]):
            after = att
        elif ce <= start and (before is None or cs > before.cue[0]):
            before = att
    return after or before


def test_attribution_lookups_answer_as_scans(long_doc):
    from sitrep.claims.sources import attribution_at, attribution_near

    doc = long_doc
    assert len(doc._.attributions) > 20
    found = 0
    for sent in doc.sents:
        for tok in sent:
            assert attribution_at(doc, tok.idx, tok.idx + len(tok)) is _attribution_at_scan(doc, tok.idx,
                                                                                            tok.idx + len(tok))
            found += attribution_at(doc, tok.idx, tok.idx + len(tok)) is not None
        assert attribution_near(doc, sent.start_char, sent.end_char) is _attribution_near_scan(
            doc, sent.start_char, sent.end_char)
    assert found > 100, "most tokens lie in some statement"


def test_attribution_index_is_rebuilt_for_another_list(long_doc):
    from sitrep.claims.sources import attribution_at

    doc = long_doc
    atts = doc._.attributions
    at = atts[0].content[0][0]
    assert attribution_at(doc, at, at + 1) is not None
    doc._.attributions = []
    try:
        assert attribution_at(doc, at, at + 1) is None  # a stale index would still answer
    finally:
        doc._.attributions = atts
    assert attribution_at(doc, at, at + 1) is _attribution_at_scan(doc, at, at + 1)


def test_embedded_marks_answer_as_a_scan(long_doc):
    from sitrep.claims.attribution import _mark_embedded

    atts = copy.deepcopy(long_doc._.attributions)
    for a in atts:
        a.embedded = None
    _mark_embedded(atts)

    def inside(pos, spans):
        return any(s <= pos < e for s, e in spans)
    expected = [any(b is not a and inside(a.cue[0], b.content) and not inside(b.cue[0], a.content) for b in atts)
                for a in atts]
    assert [a.embedded for a in atts] == expected
    assert any(expected), "the resident's quote holds the army's words"


def test_armed_groups_country_answers_as_a_scan(long_doc):
    from sitrep.claims import speakers as sp

    doc = long_doc
    mentions = doc._.actor_mentions

    def scan(s):
        rebels, states = set(), set()
        for m in mentions:
            if s is not None and m.start < s.end and s.start < m.end:
                continue
            if m.country and m.sector in sp._ARMED:
                rebels.add(m.country)
            elif m.country and m.sector in ("GOV", "MIL", "STATE", "POL", "BGD") and not sp._beside_mention(doc, m):
                states.add(m.country)
        return next(iter(rebels)) if len(rebels) == 1 and states <= rebels else None
    spans = [None] + [doc[m.start:m.end] for m in mentions] + list(doc.noun_chunks)
    assert [sp._armed_groups_country(doc, s) for s in spans] == [scan(s) for s in spans]


def test_body_and_place_lookups_answer_as_scans(long_doc):
    from sitrep import actors as ac
    from sitrep.actors import is_igo, iso3

    doc = long_doc
    places = doc._.places
    mentions = doc._.actor_mentions

    def capital_scan(span):
        for p in places:
            if span.start_char <= p.start and p.end <= span.end_char and p.feature_code == "PPLC" and p.country:
                tok = doc.char_span(p.start, p.end, alignment_mode="expand")
                root = tok.root if tok is not None and len(tok) else None
                if root is not None and root.dep_ == "pobj" and root.head.lower_ == "in":
                    return iso3(p.country)
        return None

    def office_scan(span):
        for p in places:
            if p.precision == "country" and p.end == span.end_char and span.start_char < p.start:
                return is_igo(doc.text[span.start_char:p.start].strip())
        return False

    spans = [doc[m.start:m.end] for m in mentions] + list(doc.noun_chunks) + [s for s in doc.sents]
    assert [ac._capital_in(doc, s) for s in spans] == [capital_scan(s) for s in spans]
    assert [ac._igo_country_office(doc, s, s.text) for s in spans] == [office_scan(s) for s in spans]
    assert any(capital_scan(s) for s in spans) and any(office_scan(s) for s in spans)

    def latest(keep, before):
        found = None
        for m in mentions:
            if m.end > before:
                break
            if keep(m):
                found = m
        return found
    bodies = ac._BodyMentions.of(doc, mentions)
    for before in range(0, len(doc), 5):
        k = bodies.before(before)
        for lemma, positions in bodies.by_head.items():
            got = next(bodies.latest(positions, k), None)
            want = latest(lambda m: (m.country or m.igo) and 0 <= m.head < len(doc)
                          and doc[m.head].lemma_.lower() == lemma, before)
            assert (mentions[got] if got is not None else None) is want
        got = next(bodies.latest(bodies.armed, k), None)
        want = latest(lambda m: m.country and m.sector in ac._ARMED_SECTORS, before)
        assert (mentions[got] if got is not None else None) is want


def test_allied_is_read_once_per_pair(long_doc):
    from sitrep.events import extract as ev

    doc = long_doc
    countries = sorted({m.country for m in doc._.actor_mentions if m.country}) + ["XXX"]
    for a in countries:
        for b in countries:
            assert ev._allied(doc, a, b) == ev._allied_in(doc, a, b)
    assert len(doc.user_data["sitrep.allied"]) >= len(countries) ** 2


def _claim(i, start, end, country, name=None, responses=(), cue="said", text="the army shelled the town"):
    return Claim(id=f"c{i}", claimant={"name": name, "country": country}, stance="assert", text=text, start=start,
                 end=end, responses=list(responses), cue=cue)


def _merge_scan(claims):
    out = []
    for c in claims:
        same = next((d for d in out if (d.start, d.end) == (c.start, c.end) and d.claimant == c.claimant
                     and d.stance == c.stance), None)
        if same is not None:  # (session 26: one claim read twice keeps the responses of both)
            told = {(r.get("start"), r.get("end"), r["by"].get("name")) for r in same.responses}
            same.responses = list(same.responses) + [r for r in c.responses
                                                     if (r.get("start"), r.get("end"), r["by"].get("name")) not in told]
            continue
        twin = next((d for d in out if (d.start, d.end) == (c.start, c.end)
                     and d.claimant.get("country") == c.claimant.get("country")
                     and bool(d.responses) != bool(c.responses)), None)
        if twin is None:
            out.append(c)
            continue
        statement, implied = (c, twin) if twin.responses else (twin, c)
        if not statement.claimant.get("name"):
            statement.claimant = implied.claimant
        statement.responses = implied.responses
        out[out.index(twin)] = statement
    return out


def _wrappers_scan(claims):
    from sitrep.claims.claims import _naming_comment, _says_cue, _says_more

    claims = [c for c in claims if not _naming_comment(c, claims)]
    out = []
    for c in claims:
        name = c.claimant.get("name")
        inner = [d for d in claims if d is not c and name and d.claimant.get("name") == name
                 and c.start <= d.start and d.end <= c.end and (d.end - d.start) < (c.end - c.start)]
        if any(not _says_cue(c, d) and not _says_more(c, d) for d in inner) and not c.responses:
            continue
        if not c.responses and any(_says_cue(d, c) for d in claims if d is not c and name
                                   and d.claimant.get("name") == name and d.start <= c.start and c.end <= d.end):
            continue
        out.append(c)
    return out


def test_claim_merging_and_wrappers_answer_as_scans():
    from sitrep.claims.claims import _drop_wrappers, _merge_same_claims

    rng = random.Random(11)
    deny = {"stance": "deny", "by": {"name": "the army", "country": "KEN"}, "start": 0, "end": 5}
    for trial in range(40):
        claims = []
        for i in range(30):
            start = rng.choice((0, 10, 20, 40))
            claims.append(_claim(i, start, start + rng.choice((5, 30, 60)), rng.choice(("KEN", "SOM", None)),
                                 name=rng.choice(("the army", "al-Shabaab", None)),
                                 responses=[deny] if rng.random() < 0.4 else (),
                                 cue=rng.choice(("said", "was unaware", "calling it"))))
        merged, expected = _merge_same_claims(copy.deepcopy(claims)), _merge_scan(copy.deepcopy(claims))
        assert merged == expected
        assert _drop_wrappers(copy.deepcopy(claims)) == _wrappers_scan(copy.deepcopy(claims))
    assert len(_merge_scan([_claim(0, 0, 5, "KEN"), _claim(1, 0, 5, "KEN", responses=[deny])])) == 1


def test_denial_rereading_answers_as_scans():
    from sitrep.claims import denials as dn

    rng = random.Random(3)
    words = ["army", "shelled", "town", "rebels", "killed", "civilians", "market", "drones", "depot", "workers"]
    deniers = [{"name": "the army", "country": "KEN", "sector": "MIL"}, {"name": "al-Shabaab", "country": "KEN",
                                                                         "sector": "REB"}]
    for trial in range(30):
        claims = [Claim(id=f"c{i}", claimant=rng.choice(deniers + [{"name": "witnesses", "country": "SOM"}]),
                        stance="assert", text=" ".join(rng.sample(words, rng.randint(1, 5))),
                        start=rng.randint(0, 400), end=0) for i in range(25)]
        claims.append(claims[3])  # one claim listed twice still counts as itself only
        stems = dn._stems_of(" ".join(rng.sample(words, 3)))
        denier = rng.choice(deniers)
        memo: dict = {}
        for claim in claims:
            for shared in range(0, 5):
                assert dn._other_claim_sharing(memo, claims, claim, stems, shared) == any(
                    len(stems & dn._stems_of(c.text)) >= shared for c in claims if c is not claim)
        for after in range(0, 420, 9):
            for before in (after, after + 5, after + 60, 500):
                assert dn._another_side_between(memo, claims, denier, after, before) == any(
                    after <= c.start < before and dn._told_by_another_side(c, denier) for c in claims)


def test_longest_name_is_found_once_per_name(long_doc):
    from sitrep.claims import sources as so

    doc = long_doc
    names = so._person_org_names(doc)
    for name in ["Otieno", "Joseph Otieno", "the command", "UNICEF", "nobody at all"]:
        best = name
        for ent_text in names:
            if len(best) < len(ent_text) and so._has_words(ent_text, name):
                best = ent_text
        assert so._longest_name_for(doc, name) == best
        assert doc.user_data["sitrep.longest_names"][name] == best
    assert so._longest_name_for(doc, "Otieno") == "Joseph Otieno"


def test_article_country_count_answers_as_a_scan(long_doc):
    from sitrep.actors import iso3
    from sitrep.events import extract as ev

    doc = long_doc

    def domestic_scan(event_places):
        here = {iso3(p.country) for p in event_places if p.country}
        if len(here) != 1 or None in here:
            return None
        found = [iso3(p.country) for p in doc._.places if p.country]
        found += [iso3(c) for _, _, c in doc._.demonyms or [] if c]
        country = next(iter(here))
        return country if found and found.count(country) >= 0.8 * len(found) else None
    for p in doc._.places:
        assert ev._domestic_country(doc, [p]) == domestic_scan([p])
    assert ev._domestic_country(doc, []) is None
