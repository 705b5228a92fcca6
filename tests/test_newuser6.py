"""A sixth new-user pass, the leftovers of the fifth outside the files it could edit: one report's two events in
two towns are two incidents; an undated event is an incident of its own (and what no incident holds is said);
`sitrep contradictions` prints no empty outlet; `sitrep incidents --explain` with unknown ids and a missing
incident fail on stderr; a feed's repeated article is named, not counted "unchanged"; a live blog's entries
posted after its publication are of its day, and its entries are units of text. Everything here is made up."""
import datetime as dt
import io
import json

import pytest

from conftest import run_cli
from sitrep import merge
from sitrep.model import Actor, Document, Event, Evidence, Quantity, Record, Source
from sitrep.store import Store

# real places: Jermuk and Vayk (AM) are ~19 km apart, closer than two towns of one incident may be (25 km)
JERMUK = {"name": "Jermuk", "geonameid": 174884, "country": "AM", "lat": 39.8395, "lon": 45.6711,
          "precision": "town", "feature_code": "PPL"}
VAYK = {"name": "Vayk", "geonameid": 174726, "country": "AM", "lat": 39.6889, "lon": 45.4669,
        "precision": "town", "feature_code": "PPL"}


def _event(doc_id, n, *, place=JERMUK, date="2023-03-04", dead=None, historical=False, attacker="AZE"):
    qs = [Quantity(kind="fatalities", text=f"{dead} killed", start=0, end=9, low=dead, best=dead, high=dead)] \
        if dead else []
    return Event(id=f"{doc_id}-e{n}", acled={"event_type": "Battles", "sub_event_type": "Armed clash",
                                             "interaction": None},
                 date=date, date_precision="day" if date else None,
                 actors=[Actor(name="troops", country=attacker, sector="MIL", role="actor1", start=0, end=6)],
                 locations=[dict(place)] if place else [], quantities=qs,
                 sources=[Source(name="Wire", kind="outlet")], status="reported", historical=historical,
                 evidence=[Evidence(0, 10, "made up ev")])


def _record(doc_id, events, outlet="Wire"):
    text = f"Report {doc_id}: " + " ".join(f"{doc_id}w{i}" for i in range(60)) + "."
    return Record(Document(text=text, id=doc_id, published="2023-03-04T12:00:00+04:00", outlet=outlet),
                  events=list(events))


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "m.duckdb"))
    yield s
    s.close()


def _links(store):
    return dict(store.con.execute("SELECT event_id, incident_id FROM incident_events").fetchall())


# --- merge: one report, two places ------------------------------------------------------------------------------
def test_one_reports_events_in_two_towns_are_two_incidents(store):
    # "rebels attacked a post in one town ... troops pursued them and killed four near another town"
    store.add(_record("r1", [_event("r1", 1, dead=3), _event("r1", 2, place=VAYK, dead=4)]))
    # two reports of the towns' fighting still meet (the rule is one report's), and a report that tells its one
    # event twice in one town still gives one incident
    store.add(_record("r2", [_event("r2", 1, dead=3)]))
    store.add(_record("r3", [_event("r3", 1, place=VAYK, dead=4), _event("r3", 2, place=VAYK)]))
    merge.update(store)
    l = _links(store)
    assert l["r1-e1"] != l["r1-e2"]
    assert l["r2-e1"] == l["r1-e1"] and l["r3-e1"] == l["r3-e2"] == l["r1-e2"]
    ex = merge.explain(store, "r1-e1", "r1-e2")
    assert not ex["ok"] and any("one report places them apart" in w for w in ex["why_not"])
    killed = sorted(i["fatalities_high"] for i in merge.incidents(store))
    assert killed == [3, 4]


# --- merge: undated events ----------------------------------------------------------------------------------------
def test_undated_event_is_an_incident_of_its_own_and_the_rest_is_explained(store):
    store.add(_record("u1", [_event("u1", 1, dead=2), _event("u1", 2, date=None, place=VAYK, dead=5),
                             _event("u1", 3, date="2001-05-01", historical=True)]))
    merge.update(store)
    items = merge.incidents(store)
    undated = [i for i in items if i["first_date"] is None]
    assert len(items) == 2 and len(undated) == 1 and undated[0]["fatalities_high"] == 5
    assert merge.unlisted(store) == {"historical background": 1}
    # an incremental update over a later report leaves the undated incident alone
    store.add(_record("u2", [_event("u2", 1, place=VAYK, dead=4)]))
    merge.update(store)
    l = _links(store)
    assert l["u1-e2"] not in (l["u1-e1"], l["u2-e1"])
    from rich.console import Console

    from sitrep.merge.commands import _unlisted_note

    console = Console(file=io.StringIO(), width=200, record=True)
    merge.render_incidents(merge.incidents(store), console, note=_unlisted_note(merge.unlisted(store)))
    out = console.export_text()
    assert "1 event of the store is in no incident (historical background: 1)" in out


# --- contradictions: a document with no outlet ---------------------------------------------------------------------
def test_contradiction_of_a_document_without_outlet_has_no_empty_field():
    from rich.console import Console

    side = lambda v, outlet, chain: {"value": v, "reports": [
        {"doc_id": "docA", "outlet": outlet, "source_chain": chain, "text": "made-up words", "start": 0, "end": 13}]}
    items = [{"kind": "figures", "incident_id": "inc-x", "summary": "made up",
              "sides": [side(3, None, "a spokesman"), side(5, "Wire", None), side(7, None, None)]}]
    console = Console(file=io.StringIO(), width=250, record=True)
    merge.render_contradictions(items, console)
    out = console.export_text()
    assert "docA , " not in out and "docA a spokesman" not in out
    assert "docA, a spokesman:" in out and "docA Wire:" in out and "docA:" in out


# --- CLI: unknown ids ----------------------------------------------------------------------------------------------
def test_incidents_unknown_ids_fail_on_stderr(tmp_path):
    path = str(tmp_path / "c.duckdb")
    with Store(path) as s:
        s.add(_record("k1", [_event("k1", 1)]))
    res = run_cli("incidents", "--db", path, "--explain", "nope-a", "--explain", "k1-e1")
    assert res.returncode != 0 and not res.stdout.strip()
    assert "no such event: nope-a" in res.stderr.decode() and "Traceback" not in res.stderr.decode()
    res = run_cli("incidents", "inc-000000000000", "--db", path)
    assert res.returncode != 0 and "no such incident" not in res.stdout.decode()
    assert "no such incident: inc-000000000000" in res.stderr.decode()
    res = run_cli("incidents", "inc-000000000000", "--db", path, "--format", "json")
    assert res.returncode != 0 and not res.stdout.strip() and "no such incident" in res.stderr.decode()


# --- ingest: a feed that repeats an article -------------------------------------------------------------------------
def test_a_run_names_a_repeated_document(tmp_path):
    import tracemalloc

    from sitrep.errors import InputError
    from sitrep.ingest.stream import once, stream

    line = {"title": "Made-up clash", "published": "2025-05-02T10:00:00+00:00", "outlet": "Wire",
            "text": "Soldiers clashed with gunmen near a river town on Thursday, an army spokesman said."}
    other = dict(line, text="Police arrested two men at a checkpoint on Friday, officials said.")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x) for x in (dict(line, id="a1"), dict(line, id="a2"), other,
                                                      dict(other, id="a3", text="Something else entirely."))),
                    encoding="utf-8")
    (tmp_path / "copy.txt").write_text(other["text"], encoding="utf-8")
    items = list(once(stream([str(feed), str(tmp_path / "copy.txt")])))
    problems = [i for i in items if isinstance(i, InputError)]
    assert len(items) == 5 and len(problems) == 2
    assert str(problems[0]).endswith("skipped: the same document as " + str(feed) + ":1")
    assert problems[0].path == f"{feed}:2"
    assert problems[1].path.endswith("copy.txt") and str(problems[1]).endswith(f"as {feed}:3")
    # it remembers keys, not documents: 20,000 documents in well under 100 bytes each
    docs = [Document(text=f"made-up text {i}", id=f"d{i}", path=f"big.jsonl:{i + 1}") for i in range(20_000)]
    docs.append(Document(text="made-up text 17", id="again", path="big.jsonl:20001"))
    tracemalloc.start()
    out = list(once(docs))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert str(out[-1]).endswith("the same document as big.jsonl:18") and peak < 2e6, peak


def test_ingest_of_a_feed_repeating_an_article_names_it(tmp_path):
    feed = tmp_path / "feed.jsonl"
    line = {"title": "Made-up clash", "published": "2025-05-02T10:00:00+00:00", "outlet": "Wire",
            "text": "Soldiers clashed with gunmen near Kidal on Thursday, killing three, an army spokesman said."}
    feed.write_text(json.dumps(dict(line, id="b1")) + "\n" + json.dumps(dict(line, id="b2")) + "\n", encoding="utf-8")
    res = run_cli("ingest", str(feed), "--db", str(tmp_path / "f.duckdb"), "--no-merge")
    err = res.stderr.decode()
    assert res.returncode == 0, err
    assert "feed.jsonl:2: skipped: the same document as" in err and "1 added" in err and "0 unchanged" in err


# --- live blogs -----------------------------------------------------------------------------------------------------
LIVE = ("Opening words of a made-up blog.\n\n"
        "10:20 GMT\nWitnesses say drones struck a market near a river town, killing five traders.\n\n"
        "12:45 GMT\nThe army has denied that its drones targeted the market.\n")


def test_live_blog_entries_after_publication_are_of_its_day():
    from sitrep.time import find_timexes

    pub = dt.datetime(2025, 5, 9, 7, 30, tzinfo=dt.timezone.utc)
    stamps = [t for t in find_timexes(LIVE, pub) if t.kind == "time"]
    assert [(t.date, t.time) for t in stamps] == [("2025-05-09", "10:20"), ("2025-05-09", "12:45")]
    # one clock time later than the publication, in running text, is still the day before's
    lone = find_timexes("Drones struck a market at 10:20 GMT, witnesses said.", pub)
    assert [(t.date, t.time) for t in lone if t.kind == "time"] == [("2025-05-08", "10:20")]
    # a blog published after its entries: the entries are of its day, as before
    late = dt.datetime(2025, 5, 9, 15, 0, tzinfo=dt.timezone.utc)
    assert [t.date for t in find_timexes(LIVE, late) if t.kind == "time"] == ["2025-05-09", "2025-05-09"]
    # stamps all far later than the publication are the evening before's timeline
    evening = LIVE.replace("10:20", "21:20").replace("12:45", "22:45")
    assert [t.date for t in find_timexes(evening, pub) if t.kind == "time"] == ["2025-05-08", "2025-05-08"]


def test_live_blog_entries_are_units_of_text():
    from sitrep.time import entry_bounds

    bounds = entry_bounds(LIVE)
    assert len(bounds) == 2
    first, second = (LIVE[a:b] for a, b in bounds)
    assert first.startswith("10:20 GMT") and "killing five traders" in first and "denied" not in first
    assert second.startswith("12:45 GMT") and "denied" in second
    assert entry_bounds("10:20 GMT\nOne stamp is no live blog.\n") == []
