"""Long documents: the event stage looks things up sentence by sentence (an index built once per document) instead
of scanning the whole document for each trigger. What it finds must not change; only the time does (see
bench/long_docs.py for the figures; no test here is timed)."""
import json

import pytest

from sitrep import pipeline
from sitrep.events import extract as ev
from sitrep.model import Document

# invented reports, each naming its own places, parties, figures and days, in the constructions the per-sentence
# lookups serve: roles, tolls told by another clause, a clock time joined to a day, a day opening a paragraph,
# a denial, a statement's cue
PARAGRAPHS = [
    "Government forces shelled the town of Kramsk on Monday, killing 14 civilians and wounding 30 others, a local "
    "official said. The strikes hit a market and two schools.",
    "On 10 April, troops of the Northern Front conducted an operation in Velintsy. During the operation, the "
    "fighters clashed with police and seized the district office.",
    "At least 22 people were killed when riot police opened fire on protesters in Dorova at 14:30 on Tuesday. "
    "Witnesses said 40 were arrested after the crowd set fire to a police station.",
    "A car bomb exploded near a checkpoint in Ashkal on Wednesday, killing nine soldiers. No group claimed "
    "responsibility, but the governor blamed the Free Hill Brigade.",
    "The Coastal Guard denied attacking Mirabad, calling the reports lies. A medical charity said drones struck "
    "a fuel depot there on Thursday and six workers were killed.",
    "Hundreds of people marched through Tessau on Friday to demand the release of 120 detainees held by the army. "
    "The protest ended peacefully, the regional governor said.",
    "Fighting between the army and the Northern Front has left at least 35 people dead in Bolungo since Saturday, "
    "residents told reporters. The death toll from the clashes has risen to 61, the health ministry said.",
    "Rebels abducted 18 villagers from Karvel late on Sunday, police said on Monday. A spokesman for the rebels "
    "said its fighters had killed four soldiers in the raid.",
]


def _long_text(one_line: bool = False, copies: int = 2) -> str:
    sep = " " if one_line else "\n\n"
    return sep.join(PARAGRAPHS * copies)


def _run(nlp, text: str) -> dict:
    doc = Document(id="long", text=text, published="2024-03-05T12:00:00+00:00")
    rec = next(pipeline.extract([doc], nlp=nlp))
    return rec.to_json()


@pytest.fixture(scope="module")
def indexed_and_not(nlp):
    """The records of the long texts with the per-sentence index (as shipped) and without it (each trigger
    scanning the whole document, as before the index)."""
    extractor = nlp.get_pipe("sitrep_events").extractor
    out = {}
    for one_line in (False, True):
        text = _long_text(one_line)
        with_index = _run(nlp, text)
        extractor.indexed = False
        try:
            without = _run(nlp, text)
        finally:
            extractor.indexed = True
        out[one_line] = (with_index, without)
    return out


@pytest.mark.parametrize("one_line", [False, True], ids=["paragraphs", "one-line"])
def test_index_changes_nothing(indexed_and_not, one_line):
    with_index, without = indexed_and_not[one_line]
    assert with_index["events"], "the long text tells events"
    assert json.dumps(with_index, sort_keys=True) == json.dumps(without, sort_keys=True)


def test_events_come_from_the_whole_long_text(indexed_and_not):
    record = indexed_and_not[False][0]
    text = _long_text()
    starts = sorted(e["start"] for ev_ in record["events"] for e in ev_["evidence"] if e.get("start") is not None)
    assert starts and starts[0] < len(PARAGRAPHS[0]) and starts[-1] > len(text) - len(PARAGRAPHS[-1]) - 2


def test_index_is_gone_after_the_stage(nlp):
    doc = nlp(pipeline._prepare(nlp, Document(id="x", text=_long_text(copies=1))))
    assert ev._INDEX not in doc.user_data  # later stages and serialization never see it


def test_index_shares_are_in_document_order_and_cover_each_sentence(nlp):
    doc = nlp.make_doc(_long_text(copies=1))
    for name, proc in nlp.pipeline:
        if name == "sitrep_events":
            break
        doc = proc(doc)
    mentions = sorted(doc._.actor_mentions or [], key=lambda m: m.start)
    index = ev._SentenceIndex(doc, list(doc.sents), mentions)
    order = {id(m): n for n, m in enumerate(mentions)}
    for k, sent in enumerate(index.sents):
        share = index.mentions[k]
        assert [order[id(m)] for m in share] == sorted(order[id(m)] for m in share)
        assert all(m in share for m in mentions if sent.start <= m.head < sent.end)
        assert all(t in index.timexes[k] for t in doc._.timexes or [] if sent.start_char <= t.start < sent.end_char)
        assert all(q in index.quantities[k] for q in doc._.quantities or []
                   if q.verb is not None and sent.start <= q.verb < sent.end)



def test_the_cli_says_on_stderr_when_a_long_document_is_read_only_in_part(tmp_path):
    from conftest import run_cli

    text = "\n\n".join(PARAGRAPHS * (pipeline.EXTRACT_CHARS // len("\n\n".join(PARAGRAPHS)) + 2))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    res = run_cli("extract", str(path), "--format", "json")
    assert res.returncode == 0, res.stderr
    note = [line for line in res.stderr.decode().splitlines() if "characters only" in line]
    assert len(note) == 1 and f"of {len(text):,} characters" in note[0], res.stderr
    record = json.loads(res.stdout)
    assert any("not extracted" in w for w in record.get("warnings", [])), record.get("warnings")


# the claims stage reads each claim against each denial through lookups listed once per document (mentions and
# places by offset, blank lines, sentence bounds) and speakers' sides worked out once per value: each must answer
# as the scan it replaced

@pytest.fixture(scope="module")
def claims_doc(nlp):
    return nlp(pipeline._prepare(nlp, Document(id="long", text=_long_text(copies=3),
                                               published="2024-03-05T12:00:00+00:00")))


def _offsets(doc):
    text = doc.text
    step = max(1, len(text) // 60)
    return [(a, b) for a in range(0, len(text), step) for b in (a, a + 1, a + 37, a + 400, len(text))]


def test_claims_lookups_answer_as_whole_document_scans(claims_doc):
    from sitrep.claims import denials as dn

    doc, text = claims_doc, claims_doc.text
    assert doc._.claims and any(r["stance"] == "deny" for c in doc._.claims for r in c.responses)
    mentions, places = doc._.actor_mentions or [], doc._.places or []
    for a, b in _offsets(doc):
        assert dn._paragraph_break_between(doc, a, b) == (text.count("\n\n", a, b) > 0)
        assert {id(m) for m in dn._mentions_from(doc, a, b)} == {id(m) for m in mentions if a <= doc[m.start].idx < b}
        assert dn._countries_in(doc, a, b) == {m.country for m in mentions if m.country and not m.inferred and
                                               a <= doc[m.start].idx < b} | \
            {dn.iso3(p.country) for p in places if p.country and a <= p.start < b}
        sents = list(doc.sents)
        first = next((k for k, s in enumerate(sents) if s.start_char <= b <= s.end_char), None)
        stop = None if first is None else sents[min(first + 1, len(sents) - 1)].end_char
        assert dn._stems(dn._followup_text(doc, b)) == (set() if first is None else dn._stems(text[b:stop]))


def test_speakers_sides_cached_by_value_answer_as_read_afresh(claims_doc):
    from sitrep.claims import speakers as sp

    who = [c.claimant for c in claims_doc._.claims] + [r["by"] for c in claims_doc._.claims for r in c.responses]
    who += [{"name": "the rebels' spokesman", "sector": None, "country": "SDN"},
            {"name": "the army", "sector": "MIL", "country": "SDN", "speaks_for": "the Sudanese army"},
            {"name": "his lawyer", "country": "TUR"}, {"name": None}]
    for a in who:
        assert sp._side_of(a) == sp._side_from.__wrapped__(a.get("sector"), a.get("speaks_for"), a.get("name"))
        for b in who:
            key = [(x.get("country"), x.get("sector"), x.get("name"), x.get("speaks_for")) for x in (a, b)]
            assert sp._same_side(a, b) == (a.get("country") == b.get("country")
                                           and sp._same_side_of.__wrapped__(*key))


# the actor and event stages look places, demonyms and speakers up by offset (`actors.SpanIndex`, built once per
# document) instead of scanning the whole document's list for each phrase: each query answers as its scan

def _span_index_agrees(items, offsets):
    from sitrep.actors import SpanIndex

    index = SpanIndex(items, lambda x: (x[0], x[1]))
    for a in offsets:
        for b in (a, a + 1, a + 5, a + 40):
            assert index.inside(a, b) == [x for x in items if a <= x[0] and x[1] <= b]
            assert index.starting(a, b) == [x for x in items if a <= x[0] < b]
            assert index.covering(a, b) == [x for x in items if x[0] <= a and b <= x[1]]
            assert index.overlaps(a, b) == any(x[0] < b and a < x[1] for x in items)
        assert index.covers(a) == any(x[0] <= a < x[1] for x in items)


def test_span_index_answers_as_the_scans():
    import random

    rng = random.Random(5)
    for n in (0, 1, 2, 7, 60):
        items = []
        for k in range(n):  # overlapping, nested, repeated and empty spans, in no particular order
            s = rng.randint(0, 300)
            items.append((s, s + rng.choice([0, 1, 3, 8, 25, 90]), k))
        items += items[:2]
        _span_index_agrees(items, range(-2, 400, 3))


def test_span_index_on_a_long_documents_places_and_speakers(claims_doc):
    doc = claims_doc
    places = [(p.start, p.end, p) for p in doc._.places or []]
    speakers = [(a.source[0], a.source[1]) for a in doc._.attributions or [] if a.source]
    assert places and speakers
    offsets = range(0, len(doc.text), max(1, len(doc.text) // 300))
    _span_index_agrees(places, offsets)
    _span_index_agrees(speakers, offsets)


def test_entry_between_answers_as_a_search_from_the_start(nlp):
    import re

    text = ("LIVE UPDATES\n\n10:15 GMT - Shelling hit Kramsk. \n  11:40 GMT - Police said 12 people were arrested.\n"
            "\t12:05 - Residents fled Dorova.\n\nThe army said it repelled an attack.\n13:30 GMT | More strikes.")
    doc = nlp(text)
    assert ev._entry_between(doc, 0, len(doc) - 1) and not ev._entry_between(doc, 1, 2)
    for a in range(0, len(doc), 2):
        for b in range(a, len(doc), 3):
            old = any(ev._ENTRY_STAMP.match(text, m.end()) for m in re.finditer(r"\n[ \t]*", text[:doc[b].idx])
                      if m.start() >= doc[a].idx)
            assert ev._entry_between(doc, a, b) == ev._entry_between(doc, b, a) == old
