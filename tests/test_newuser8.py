"""An eighth new-user pass (findings of the seventh, outside the CLI): `sitrep incidents` and `contradictions` read a
store another process holds; copies of one article (same text under other ids, undated or not) give one
incident, one in-document denial and one count of their dead; a report does not count each document without an
outlet as an outlet; the ingest pre-filter keeps every article the extractor would find an event in (its
vocabulary includes the extractor's trigger words). Everything here is made up."""
import json
import subprocess
import sys

import pytest
from rich.console import Console

from sitrep import merge
from sitrep.model import Actor, Claim, Document, Event, Evidence, Quantity, Record, Source
from sitrep.store import Store

from conftest import run_cli

TOWN = {"name": "Alphaville", "geonameid": 174884, "country": "AM", "lat": 39.8395, "lon": 45.6711,
        "precision": "town", "feature_code": "PPL"}
STORY = ("Fighting between the army and the Northern Front broke out near Alphaville, officials said. "
         "Residents fled to nearby hills while the shelling went on for most of the night. "
         "A spokesman for the Northern Front denied that its units had fired on homes. " * 3)


def _event(doc_id, n=1, *, date=None, sub="Armed clash", dead=None, place=TOWN):
    qs = [Quantity(kind="fatalities", text=f"{dead} killed", start=0, end=8, low=dead, best=dead, high=dead)] \
        if dead else []
    return Event(id=f"{doc_id}-e{n}", acled={"event_type": "Battles", "sub_event_type": sub, "interaction": None},
                 date=date, date_precision="day" if date else None,
                 actors=[Actor(name="the army", country="ARM", sector="MIL", role="actor1", start=0, end=8),
                         Actor(name="the Northern Front", country="ARM", sector="REB", role="actor2", start=9, end=27)],
                 locations=[dict(place)] if place else [], quantities=qs,
                 sources=[Source(name="officials", kind="official")], evidence=[Evidence(0, 40, "Fighting ...")])


def _denial(doc_id):
    return Claim(id=f"{doc_id}-c1", claimant={"name": "officials", "country": "ARM", "sector": "GOV"},
                 stance="assert", text="its units had fired on homes", start=10, end=38, event=f"{doc_id}-e1",
                 responses=[{"by": {"name": "a spokesman for the Northern Front", "country": "ARM", "sector": "REB"},
                             "stance": "deny", "text": "denied", "start": 50, "end": 56}])


def _copy(doc_id, *, published=None, outlet="Hill Post", date=None, dead=None, claims=True, trailer=""):
    """One copy of STORY under its own id (a trailer like "Reporting by desk 2." makes the texts differ)."""
    return Record(Document(text=STORY + trailer, id=doc_id, published=published, outlet=outlet),
                  events=[_event(doc_id, date=date, dead=dead)], claims=[_denial(doc_id)] if claims else [])


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "nu8.duckdb"))
    yield s
    s.close()


def _summary(store):
    return [(i["n_documents"], i["n_events"], i["n_duplicates"], i["fatalities_low"], i["fatalities_high"])
            for i in merge.incidents(store)]


# --- 2. copies of one article --------------------------------------------------------------------------------------
def test_undated_copies_are_one_incident_and_one_toll(store):
    # a year-less dateline: no event date, so each copy's event would be an incident of its own
    for k in range(4):
        store.add(_copy(f"nu8-u{k}", dead=40, trailer=f" Reporting by desk {k}."))
    merge.update(store)
    assert _summary(store) == [(1, 1, 3, 40, 40)]
    from sitrep.report import build_report

    rep = build_report(store)
    assert (rep.fatalities.low, rep.fatalities.upper) == (40, 40)
    assert (rep.fatalities_reports.low, rep.fatalities_reports.upper) == (40, 40)
    assert [st.span.low for st in rep.by_side] == [40]


def test_undated_copies_merged_one_at_a_time_in_any_order_give_the_same(tmp_path):
    ids = [f"nu8-o{k}" for k in range(3)]
    results = []
    for order in (ids, ids[::-1]):
        with Store(str(tmp_path / f"{order[0]}.duckdb")) as s:
            for i in order:  # the original (smallest id) arrives last in the second run
                s.add(_copy(i, dead=12, trailer=f" Filed by {i}."))
                merge.update(s)
            results.append((_summary(s), sorted(s.con.execute(
                "SELECT event_id, duplicate_of FROM incident_events ORDER BY event_id").fetchall())))
    assert results[0] == results[1]
    assert results[0][0] == [(1, 1, 2, 12, 12)]


def test_copies_repeat_no_in_document_denial(store):
    for k in range(3):
        store.add(_copy(f"nu8-d{k}", date="2024-03-04", published="2024-03-04T10:00:00+00:00",
                        trailer=f" Desk {k}."))
    assert merge.update(store)["contradictions"] == 1  # as `sitrep ingest` reports it
    items = merge.contradictions(store)
    assert len([c for c in items if c["kind"] == "denial" and c["scope"] == "document"]) == 1
    (inc,) = merge.incidents(store)
    assert inc["n_contradictions"] == 1
    from sitrep.report import build_report, to_markdown

    rep = build_report(store)
    (shown,) = rep.incidents
    assert (shown.accounts_total, shown.copies, len(shown.contradictions)) == (1, 2, 1)
    assert "1 source (and 2 copies of it)" in to_markdown(rep)
    assert (rep.n_claims, rep.verdicts) == (1, {"denied": 1})  # a copy's claims are its original's


def test_an_undated_event_of_another_article_stays_alone(store):
    store.add(_copy("nu8-a1", dead=5))
    other = "A different story altogether about a clash on the road to the dam, told in other words. " * 4
    store.add(Record(Document(text=other, id="nu8-a2", outlet="Other Post"), events=[_event("nu8-a2", dead=9)]))
    merge.update(store)
    assert sorted(_summary(store)) == [(1, 1, 0, 5, 5), (1, 1, 0, 9, 9)]


# --- 3. documents with no outlet ----------------------------------------------------------------------------------
def test_documents_without_an_outlet_are_not_outlets(store):
    from sitrep.report import build_report, to_markdown

    for k in range(3):
        text = f"Report {k}: " + " ".join(f"w{k}x{i}" for i in range(40))
        store.add(Record(Document(text=text, id=f"nu8-n{k}", outlet=None),
                         events=[_event(f"nu8-n{k}", date=f"2024-03-0{k + 1}")]))
    store.add(Record(Document(text="Named: " + " ".join(f"v{i}" for i in range(40)), id="nu8-n9", outlet="Hill Post"),
                     events=[_event("nu8-n9", date="2024-03-09")]))
    rep = build_report(store)
    assert (rep.n_documents, rep.n_outlets, rep.n_no_outlet) == (4, 1, 3)
    assert "4 articles by 1 outlet (3 with no outlet named)" in to_markdown(rep)


# --- 1. incidents and contradictions while another process holds the store --------------------------------------------
def test_incidents_read_a_store_another_process_holds(tmp_path):
    db = str(tmp_path / "held.duckdb")
    with Store(db) as s:
        s.add(_copy("nu8-h1", date="2024-03-04", published="2024-03-04T10:00:00+00:00"))
        merge.update(s)
        want = [i["id"] for i in merge.incidents(s)]
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
                               "read_only=True); print('ready', flush=True); time.sleep(60)", db], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        res = run_cli("incidents", "--db", db, "--no-update", "-f", "json")
        assert res.returncode == 0, res.stderr.decode()
        assert [i["id"] for i in json.loads(res.stdout)] == want
        assert "as last merged" in res.stderr.decode()
        res = run_cli("contradictions", "--db", db, "-f", "json")
        assert res.returncode == 0, res.stderr.decode()
        assert len(json.loads(res.stdout)) == 1
    finally:
        holder.kill()
        holder.wait()


def test_incidents_table_says_one_doc():
    from sitrep.merge.render import render_incidents

    console = Console(record=True, width=200)
    render_incidents([{"id": "inc-x", "first_date": "2024-03-04", "last_date": "2024-03-04", "event_type": "Battles",
                       "location": "Alphaville", "country": "AM", "n_documents": 1, "n_events": 3}], console)
    text = console.export_text()
    assert "1 doc / 3 events" in text and "1 docs" not in text


# --- 4. the pre-filter keeps what the extractor would read ----------------------------------------------------------
def test_prefilter_keeps_an_agreement():
    from sitrep.scale.prefilter import Prefilter

    p = Prefilter()
    assert p.relevant("PORT ELLA, May 2 (Lake Courier) - The government and the opposition party signed an agreement "
                      "on Wednesday to hold local elections in the autumn, officials said.")
    # a trigger word whose entry needs an object does not pass on its own
    assert not p.relevant("The bakery signed a new lease and reached record sales, its owner said.")


def test_prefilter_covers_every_trigger_entry():
    """Each entry of the extractor's trigger lexicon, told with its first required word, passes the pre-filter."""
    from sitrep.resources import load_yaml
    from sitrep.scale.prefilter import _REQUIRED, Prefilter, inflections

    p = Prefilter()
    function = set(load_yaml("language/function_words.yaml")["en"])
    missed = []
    for entry in load_yaml("events/triggers.yaml")["triggers"]:
        need = next((entry[k][0] for k in _REQUIRED if entry.get(k)
                     and not any(str(t).lower() in function for t in entry[k])), "")
        verb = "VERB" in entry.get("pos", ["VERB"])
        for lemma in entry["lemmas"]:
            words = str(lemma).split()
            # a verb in its four regular forms ("sign", "signs", "signed", "signing"); a noun phrase as written
            forms = inflections(words[0], verb=True)[:4] if verb else [words[0]]
            for form in forms:
                text = f"They {' '.join([form, *words[1:]])} the {need} on Monday."
                if not p.relevant(text):
                    missed.append(text)
    assert not missed, missed[:10]


# --- 5. the merge's near-duplicate search in a few statements ----------------------------------------------------------
class _Counting:
    """A DuckDB connection that counts the statements run through it (executemany: one per row, as DuckDB runs it)."""

    def __init__(self, con):
        self.con, self.n = con, 0

    def execute(self, sql, params=None):
        self.n += 1
        return self.con.execute(sql, params) if params is not None else self.con.execute(sql)

    def executemany(self, sql, rows):
        self.n += len(rows)
        return self.con.executemany(sql, rows)


def test_near_duplicate_search_runs_few_statements(store):
    from sitrep.merge import dedup
    from sitrep.merge.schema import ensure

    ids = []
    for k in range(30):  # ten stories, three copies each
        store.add(Record(Document(text=f"Story {k % 10}: " + " ".join(f"s{k % 10}w{i}" for i in range(50))
                                  + f" Desk {k}.", id=f"nu8-s{k:02d}", outlet="Hill Post")))
        ids.append(f"nu8-s{k:02d}")
    ensure(store.con)
    con = _Counting(store.con)
    changed = dedup.update(con, ids)
    assert len(changed) == 20  # two copies of each story point at its original
    assert store.con.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 20
    assert store.con.execute("SELECT count(*) FROM near_duplicates").fetchone()[0] == 30
    assert con.n <= 15, con.n
