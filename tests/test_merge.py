"""Cross-article merging: incidents, near-duplicates, contradictions, on real DuckDB files.

Unit-level cases build Records with `sitrep.model`; one end-to-end case runs the real pipeline.
"""
import json

import pytest

from sitrep import merge
from sitrep.model import Actor, Claim, Document, Event, Evidence, Quantity, Record, Source
from sitrep.store import Store

# real places: Jermuk and Vayk (AM) are ~19 km apart; Goris (AM) is ~50 km from Jermuk
JERMUK = {"name": "Jermuk", "geonameid": 174884, "country": "AM", "lat": 39.8395, "lon": 45.6711,
          "precision": "town", "feature_code": "PPL"}
VAYK = {"name": "Vayk", "geonameid": 174726, "country": "AM", "lat": 39.6889, "lon": 45.4669,
        "precision": "town", "feature_code": "PPL"}
GORIS = {"name": "Goris", "geonameid": 174895, "country": "AM", "lat": 39.5111, "lon": 46.3394,
         "precision": "town", "feature_code": "PPL"}

BODY = ("{lead} Officials said the fighting began before dawn and lasted several hours, with artillery "
        "and small arms used along the line. Residents of nearby villages sheltered in basements while "
        "ambulances took the wounded to the regional hospital. {tail}")


def record(doc_id, *, events=(), claims=(), text=None, published="2022-09-13T12:00:00+04:00", outlet=None):
    # distinct words per document, so that only the copies written for that purpose are near-duplicates
    text = text or f"Report {doc_id}: " + " ".join(f"{doc_id}word{i}" for i in range(60)) + "."
    return Record(Document(text=text, id=doc_id, published=published, outlet=outlet or doc_id),
                  events=list(events), claims=list(claims))


def event(doc_id, n, *, type="Battles", sub="Armed clash", date="2022-09-13", precision="day", place=JERMUK,
          attacker="AZE", target="ARM", figures=(), status="reported", sources=("Outlet",), evidence="text"):
    actors = []
    if attacker:
        actors.append(Actor(name=f"{attacker} forces", country=attacker, sector="MIL", role="actor1", start=0, end=5))
    if target:
        actors.append(Actor(name=f"{target} forces", country=target, sector="MIL", role="actor2", start=6, end=10))
    qs = [Quantity(kind=k, text=t, start=0, end=len(t), low=lo, best=b, high=hi, approximate=ap)
          for k, t, lo, b, hi, ap in figures]
    return Event(id=f"{doc_id}-e{n}", acled={"event_type": type, "sub_event_type": sub, "interaction": None},
                 date=date, date_precision=precision, actors=actors, locations=[dict(place)] if place else [],
                 quantities=qs, sources=[Source(name=s, kind="outlet") for s in sources], status=status,
                 evidence=[Evidence(0, len(evidence), evidence)])


def killed(n, text=None):
    return ("fatalities", text or f"{n} killed", n, n, n, False)


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "merge.duckdb"))
    yield s
    s.close()


def links(store):
    return dict(store.con.execute("SELECT event_id, incident_id FROM incident_events").fetchall())


def add(store, *records):
    for r in records:
        store.add(r)


def test_same_incident_joined_with_reasons(store):
    # one side reports an armed clash at Jermuk, the other shelling at Vayk by the opposite attacker
    add(store, record("a", events=[event("a", 1, attacker="AZE", target="ARM")]),
        record("b", events=[event("b", 1, type="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
                                  place=VAYK, attacker="ARM", target="AZE")]))
    result = merge.update(store)
    assert result["assigned"] == 2
    l = links(store)
    assert l["a-e1"] == l["b-e1"]
    reasons = json.loads(store.con.execute("SELECT reasons FROM incident_events WHERE event_id = 'b-e1'").fetchone()[0])
    assert 15 < reasons["distance_km"] < 25
    assert reasons["date_gap_days"] == 0
    assert reasons["type_match"] == "violent types between the same sides"
    assert reasons["roles_swapped"] is True
    assert reasons["anchor"] == "a-e1" and 0.55 <= reasons["score"] <= 1
    inc = merge.incident(store, l["a-e1"])
    assert inc["n_documents"] == 2 and {r["doc_id"] for r in inc["reports"]} == {"a", "b"}
    ex = merge.explain(store, "a-e1", "b-e1")
    assert ex["ok"] and ex["same_incident"]


def test_different_places_and_dates_not_joined(store):
    add(store, record("a", events=[event("a", 1)]),
        record("b", events=[event("b", 1, place=GORIS)]),  # ~50 km away
        record("c", events=[event("c", 1, date="2022-09-15")]),  # two days later
        record("d", events=[event("d", 1, type="Protests", sub="Peaceful protest")]))
    merge.update(store)
    l = links(store)
    assert len({l["a-e1"], l["b-e1"], l["c-e1"], l["d-e1"]}) == 4
    ex = merge.explain(store, "a-e1", "b-e1")
    assert not ex["ok"] and any("over 25 km" in w for w in ex["why_not"])
    assert any("2 days apart" in w for w in merge.explain(store, "a-e1", "c-e1")["why_not"])
    assert any("type" in w for w in merge.explain(store, "a-e1", "d-e1")["why_not"])
    # the near miss is recorded on the later event's link
    reasons = json.loads(store.con.execute("SELECT reasons FROM incident_events WHERE event_id = 'b-e1'").fetchone()[0])
    assert reasons["new_incident"] and reasons["near_misses"][0]["event_id"] == "a-e1"


def test_explicit_next_day_not_joined_but_loose_date_is(store):
    add(store, record("a", events=[event("a", 1)]),
        record("b", events=[event("b", 1, date="2022-09-14")]),  # both give the day: a different day
        record("c", events=[event("c", 1, date="2022-09-14", precision="publication")]))
    merge.update(store)
    l = links(store)
    assert l["a-e1"] != l["b-e1"]
    assert l["c-e1"] in (l["a-e1"], l["b-e1"])


def corpus():
    return [record("a", events=[event("a", 1, figures=[killed(49)])]),
            record("b", events=[event("b", 1, place=VAYK, attacker="ARM", target="AZE", figures=[killed(50)])]),
            record("c", events=[event("c", 1, place=GORIS)], published="2022-09-13T15:00:00+04:00"),
            record("d", events=[event("d", 1, date="2022-09-14", precision="publication", place=VAYK)],
                   published="2022-09-14T09:00:00+04:00"),
            record("e", events=[event("e", 1, date="2022-09-16")]),
            record("f", events=[event("f", 1, place=GORIS, date="2022-09-16")])]


def test_incremental_equals_batch_and_ids_deterministic(tmp_path):
    with Store(str(tmp_path / "batch.duckdb")) as s1:
        add(s1, *corpus())
        merge.update(s1)
        batch = links(s1)
        contra = s1.con.execute("SELECT id, summary FROM contradictions ORDER BY id").fetchall()
    with Store(str(tmp_path / "batch2.duckdb")) as s2:  # same input again: same ids
        add(s2, *corpus())
        merge.update(s2)
        assert links(s2) == batch
    with Store(str(tmp_path / "incremental.duckdb")) as s3:  # reverse order, one document at a time
        for rec in reversed(corpus()):
            s3.add(rec)
            merge.update(s3, [rec.document.id])
        assert links(s3) == batch
        assert s3.con.execute("SELECT id, summary FROM contradictions ORDER BY id").fetchall() == contra
        assert merge.update(s3)["documents"] == 0  # nothing left to do
    assert all(i.startswith("inc-") for i in batch.values())
    assert batch["a-e1"] == merge.incidents.__globals__["incident_id"]("a-e1")


def test_near_duplicate_articles(store):
    text = BODY.format(lead="Azerbaijani forces shelled positions near Jermuk overnight, the ministry said.",
                       tail="The ministry said talks would continue.")
    copy = text.replace("The ministry said talks would continue.", "This story was first published by Wire.")
    add(store, record("orig", text=text, events=[event("orig", 1, figures=[killed(49)])]),
        record("copy", text=copy, published="2022-09-13T14:00:00+04:00",
               events=[event("copy", 1, figures=[killed(49)])]),
        record("other", events=[event("other", 1)]))
    merge.update(store)
    dups = dict(store.con.execute("SELECT doc_id, duplicate_of FROM duplicates").fetchall())
    assert dups == {"copy": "orig"}
    dup_of = dict(store.con.execute("SELECT event_id, duplicate_of FROM incident_events").fetchall())
    assert dup_of["copy-e1"] == "orig-e1" and dup_of["orig-e1"] is None
    inc = merge.incidents(store)[0]
    assert inc["n_documents"] == 2 and inc["n_duplicates"] == 1  # orig + other; the copy is not counted


def kinds(items):
    return {c["kind"] for c in items}


def test_figure_contradictions(store):
    add(store, record("a", events=[event("a", 1, figures=[killed(49, "49 soldiers were killed")])]),
        record("b", events=[event("b", 1, figures=[killed(50, "50 were killed")])]),
        record("c", events=[event("c", 1, figures=[("fatalities", "about 48", 48, 48, 48, True)])]),
        record("r1", events=[event("r1", 1, place=GORIS, figures=[("injuries", "150-200", 150, None, 200, False)])]),
        record("r2", events=[event("r2", 1, place=GORIS, figures=[("injuries", "300", 300, 300, 300, False)])]))
    merge.update(store)
    items = merge.contradictions(store)
    figs = [c for c in items if c["kind"] == "figures"]
    by_subject = {c["subject"]: c for c in figs}
    assert set(by_subject) == {"fatalities", "injuries"}
    values = {s["value"] for s in by_subject["fatalities"]["sides"]}
    assert values == {"49", "50", "~48"}  # "about 48" overlaps both and is listed, not itself a clash
    side = next(s for s in by_subject["fatalities"]["sides"] if s["value"] == "49")["reports"][0]
    assert side["doc_id"] == "a" and side["text"] == "49 soldiers were killed" and side["source_chain"] == "Outlet"
    assert {s["value"] for s in by_subject["injuries"]["sides"]} == {"150-200", "300"}


def test_attribution_and_denial_contradictions(store):
    deny = Claim(id="c-c1", claimant={"name": "Ministry of Defence", "country": "ARM", "sector": "MIL"},
                 stance="deny", text="Armenian units did not open fire", start=0, end=32, event="c-e1")
    add(store, record("a", events=[event("a", 1, attacker="AZE", target="ARM")]),
        record("b", events=[event("b", 1, attacker="ARM", target="AZE")]),
        record("c", events=[event("c", 1, attacker="ARM", target="AZE", status="denied")], claims=[deny]))
    merge.update(store)
    inc = links(store)["a-e1"]
    items = merge.contradictions(store, inc)
    assert kinds(items) == {"attribution", "denial"}
    attr = next(c for c in items if c["kind"] == "attribution")
    assert {s["value"] for s in attr["sides"]} == {"AZE", "ARM"}
    denial = next(c for c in items if c["kind"] == "denial")
    denied = next(s for s in denial["sides"] if s["value"] == "denied")["reports"]
    assert denied[0]["doc_id"] == "c" and denied[0]["text"] == "Armenian units did not open fire"


def test_claim_and_denial_inside_one_document(store):
    claim = Claim(id="a-c1", claimant={"name": "Armenia", "country": "ARM", "sector": "GOV"}, stance="allege",
                  text="a military jet was shot down", start=10, end=38, event="a-e1",
                  responses=[{"by": {"name": "the Defence Ministry", "country": "AZE", "sector": "MIL"},
                              "stance": "deny", "text": "the information is false", "start": 50, "end": 74}])
    add(store, record("a", events=[event("a", 1)], claims=[claim]))
    merge.update(store)
    items = merge.contradictions(store)
    assert len(items) == 1 and items[0]["scope"] == "document" and items[0]["doc_id"] == "a"
    assert items[0]["incident_id"] == links(store)["a-e1"]
    sides = {s["value"]: s["reports"][0] for s in items[0]["sides"]}
    assert sides["allege"]["text"] == "a military jet was shot down"
    assert sides["deny"]["by"] == "the Defence Ministry" and sides["deny"]["start"] == 50


def test_reingested_document_is_remerged(tmp_path):
    with Store(str(tmp_path / "m.duckdb")) as s:
        add(s, record("a", events=[event("a", 1)]), record("b", events=[event("b", 1)]))
        merge.update(s)
        old = links(s)
        assert old["a-e1"] == old["b-e1"]
        # b is corrected: now a different day
        s.add(record("b", events=[event("b", 1, date="2022-09-20")], text="Corrected: " + " ".join(
            f"fix{i}" for i in range(40))))
        merge.update(s)
        new = links(s)
        assert new["b-e1"] != new["a-e1"]
        assert merge.incident(s, new["a-e1"])["n_events"] == 1


def test_real_pipeline_two_reports(tmp_path, extract_text):
    a = extract_text("Azerbaijani forces shelled Armenian army positions near Jermuk on Tuesday, killing 49 "
                     "Armenian soldiers, the Armenian Defence Ministry said.", published="2022-09-13T18:00:00+04:00",
                     outlet="Wire A")
    b = extract_text("Armenian troops shelled Azerbaijani positions near Jermuk on Tuesday, and 50 Armenian "
                     "soldiers were killed when Azerbaijani units returned fire, the Azerbaijani Defence Ministry "
                     "said.", published="2022-09-13T20:00:00+04:00", outlet="Wire B")
    with Store(str(tmp_path / "e2e.duckdb")) as s:
        add(s, a, b)
        merge.update(s)
        ea = [e.id for e in a.events if e.acled["event_type"] != "Strategic developments"]
        eb = [e.id for e in b.events if e.acled["event_type"] != "Strategic developments"]
        assert ea and eb
        l = links(s)
        assert {l[x] for x in ea} & {l[x] for x in eb}
        assert "figures" in kinds(merge.contradictions(s))


def test_render_and_commands(store, capsys):
    from rich.console import Console

    add(store, *corpus())
    merge.update(store)
    import io

    console = Console(file=io.StringIO(), width=200, record=True)
    merge.render_incidents(merge.incidents(store), console)
    merge.render_contradictions(merge.contradictions(store), console)
    merge.render_incident(merge.incident(store, links(store)["a-e1"]), console)
    out = console.export_text()
    assert "incidents" in out and "contradictions" in out and "Jermuk" in out
    from sitrep.merge.commands import contradictions_command, incidents_command

    path = store.path
    store.close()
    incidents_command(None, db=path, country="AM", type=None, since=None, until=None, min_documents=None,
                      limit=50, explain=None, update=True, format="json")
    items = json.loads(capsys.readouterr().out)
    assert items and all("id" in i for i in items)
    contradictions_command(None, db=path, update=True, format="json")
    assert json.loads(capsys.readouterr().out)
    store.con = Store(path).con  # let the fixture close something


ARMENIA = {"name": "Armenia", "geonameid": 174982, "country": "AM", "lat": 40.25, "lon": 45.0,
           "precision": "country", "feature_code": "PCLI"}


def test_vague_report_joins_the_incident_with_more_reports(store):
    # b (Goris) and p, q (Jermuk, 50 km away) are two incidents of one day; z names only the country and no
    # party: it fits both equally and joins the one more sources report (not the one whose id sorts first)
    add(store, record("b", events=[event("b", 1, place=GORIS)]),
        record("p", events=[event("p", 1)]), record("q", events=[event("q", 1)]),
        record("z", events=[event("z", 1, place=ARMENIA, precision="publication", attacker=None, target=None)]))
    merge.update(store)
    l = links(store)
    assert l["p-e1"] == l["q-e1"] != l["b-e1"]
    assert l["z-e1"] == l["p-e1"]
    assert merge.incident(store, l["b-e1"])["id"] < l["p-e1"]  # the tie was not decided by the id


def test_a_part_of_the_day_names_its_day(store):
    add(store, record("a", events=[event("a", 1)]),
        record("b", events=[event("b", 1, date="2022-09-14", precision="part_of_day")]))  # "Wednesday morning"
    merge.update(store)
    l = links(store)
    assert l["a-e1"] != l["b-e1"]
    why = merge.explain(store, "a-e1", "b-e1")["why_not"]
    assert any("both given explicitly" in w for w in why)


def test_attribution_counts_only_attackers_the_reports_name(store):
    inferred = event("b", 1, attacker=None, target="AZE")
    inferred.actors.append(Actor(name="Military Forces of Armenia", country="ARM", sector="MIL", role="actor1"))
    civilians = event("c", 1, attacker=None, target="AZE")
    civilians.actors.append(Actor(name="villagers", country="ARM", sector="CVL", role="actor1", start=0, end=9))
    add(store, record("a", events=[event("a", 1, attacker="AZE", target="ARM")]),
        record("b", events=[inferred]), record("c", events=[civilians]))
    merge.update(store)
    l = links(store)
    assert l["a-e1"] == l["b-e1"] == l["c-e1"]
    assert "attribution" not in kinds(merge.contradictions(store, l["a-e1"]))
    # a named Armenian attacker does disagree
    add(store, record("d", events=[event("d", 1, attacker="ARM", target="AZE")]))
    merge.update(store)
    assert "attribution" in kinds(merge.contradictions(store, links(store)["a-e1"]))


def test_figures_for_victims_named_by_place_are_their_side(store):
    a = event("a", 1, figures=[("fatalities", "2 killed", 2, 2, 2, False)])
    a.quantities[0].item = "Azerbaijani soldiers"
    b = event("b", 1, figures=[("fatalities", "3 killed", 3, 3, 3, False)])
    b.quantities[0].item = "residents of Jermuk"
    b.actors.append(Actor(name="Three residents of Jermuk", country="ARM", sector="CVL", role="actor2", start=20, end=45))
    add(store, record("a", events=[a]), record("b", events=[b]))
    merge.update(store)
    inc = links(store)["a-e1"]
    assert links(store)["b-e1"] == inc
    # two Azerbaijani soldiers and three Armenian residents: two counts, not one disputed figure
    assert "figures" not in kinds(merge.contradictions(store, inc))
