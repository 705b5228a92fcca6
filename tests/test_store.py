"""Store writes: a batch goes in as one transaction, with the same rows and statuses as one-by-one writes."""
import dataclasses

import pytest

CLASH = ("GOMA, May 4 (Example Wire) - Rebels attacked an army post near Sake on Thursday, killing at least "
         "seven soldiers and wounding 12, the provincial governor said. The army denied losing the post.")
RIOT = ("NAIROBI, July 7 (Example Wire) - Police fired tear gas at hundreds of protesters in Nairobi on Friday; "
        "two people were killed, a rights group said.")
QUIET = "The city council approved a new budget for parks and libraries on Monday."


@pytest.fixture(scope="module")
def records(extract_text):
    return [extract_text(CLASH, published="2023-05-04T10:00:00+02:00"),
            extract_text(RIOT, published="2023-07-07T09:00:00+03:00"),
            extract_text(QUIET, published="2023-07-08")]


def _tables(store):
    out = {}
    for table in ("documents", "places", "events", "event_actors", "event_locations", "quantities", "sources",
                  "evidence", "claims", "claim_responses"):
        cols = [c[0] for c in store.con.execute(f"SELECT * FROM {table} LIMIT 0").description]
        keep = ", ".join(f'"{c}"' for c in cols if c != "ingested_at")
        out[table] = sorted(map(repr, store.con.execute(f"SELECT {keep} FROM {table}").fetchall()))
    return out


def test_batch_write_equals_one_by_one(records, tmp_path):
    from sitrep.store import Store

    with Store(str(tmp_path / "one.duckdb")) as one, Store(str(tmp_path / "many.duckdb")) as many:
        assert [one.add(r) for r in records] == ["added"] * 3
        assert many.add_many(records) == ["added"] * 3
        assert _tables(one) == _tables(many)
        assert many.counts()["events"] >= 2 and many.counts()["quantities"] >= 2


def test_batch_statuses_unchanged_updated_and_repeats(records, tmp_path):
    from sitrep.store import Store

    clash, riot, quiet = records
    changed = dataclasses.replace(riot, document=dataclasses.replace(riot.document, text=riot.document.text + " "))
    assert changed.document.hash != riot.document.hash and changed.document.id == riot.document.id
    with Store(str(tmp_path / "s.duckdb")) as store:
        assert store.add_many([clash, riot]) == ["added", "added"]
        # stored → unchanged; same id, new text → updated; a repeat inside the batch → unchanged
        assert store.add_many([clash, changed, quiet, quiet]) == ["unchanged", "updated", "added", "unchanged"]
        assert store.counts()["documents"] == 3
        text = store.con.execute("SELECT text FROM documents WHERE id = ?", [riot.document.id]).fetchone()[0]
        assert text.endswith(" ")
        # the replaced document's events are not left behind twice
        n = store.con.execute("SELECT count(*) FROM events WHERE doc_id = ?", [riot.document.id]).fetchone()[0]
        assert n == len(changed.events)
        assert store.add_many([]) == []


def test_duckdb_memory_cap_from_the_environment(tmp_path, monkeypatch):
    from sitrep.store import Store

    monkeypatch.setenv("SITREP_DUCKDB_MEMORY", "200MB")
    with Store(str(tmp_path / "m.duckdb")) as store:
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit.replace(" ", "").upper() in ("190.7MIB", "200.0MB", "200MB", "190.7MB")


def test_ingest_sink_caps_duckdb_memory_and_restores_it(tmp_path, monkeypatch):
    """While a StoreSink ingests, DuckDB's buffer pool is capped (it otherwise keeps every block written, and
    grows with the file); closing the sink gives the connection its own limit back for merging and queries."""
    from sitrep.scale import StoreSink
    from sitrep.store import Store

    def limit(store):
        return store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    monkeypatch.delenv("SITREP_DUCKDB_MEMORY", raising=False)
    with Store(str(tmp_path / "cap.duckdb")) as store:
        before = limit(store)
        with StoreSink(store):
            during = limit(store)
        after = limit(store)
    assert during.replace(" ", "").upper() in ("488.2MIB", "512.0MB", "488.2MB", "512MB"), during
    assert during != before and after != during
    assert after.split()[-1] == before.split()[-1] and abs(float(after.split()[0]) - float(before.split()[0])) < 0.2

    monkeypatch.setenv("SITREP_DUCKDB_MEMORY", "200MB")  # the environment's cap wins, and stays
    with Store(str(tmp_path / "env.duckdb")) as store:
        with StoreSink(store):
            during = limit(store)
        after = limit(store)
    assert during == after and during.replace(" ", "").upper() in ("190.7MIB", "200.0MB", "200MB", "190.7MB")


def test_ingest_sink_knows_stored_ids_and_hashes_without_looking_them_up(records, tmp_path):
    """The sink tracks every stored id and content hash as 64-bit keys (read once, then kept up to date), so it
    tells the store which records may already be there; the statuses equal a store that looks up everything."""
    from sitrep.scale import StoreSink
    from sitrep.scale.sinks import KnownHashes
    from sitrep.store import Store

    clash, riot, quiet = records
    changed = dataclasses.replace(riot, document=dataclasses.replace(riot.document, text=riot.document.text + " "))
    renamed = dataclasses.replace(quiet, document=dataclasses.replace(quiet.document, id="another-id"))
    with Store(str(tmp_path / "s.duckdb")) as store:
        store.add_many([clash])
        with StoreSink(store) as sink:  # reads the stored clash
            assert sink.known(clash.document.hash) and not sink.known(riot.document.hash)
            assert sink.write_many([riot, clash]) == ["added", "unchanged"]
            # written by this sink: known now, and a same-id or same-content record is looked up
            assert sink.known(riot.document.hash)
            assert sink.write_many([changed, quiet]) == ["updated", "added"]
            assert sink.write_many([renamed]) == ["unchanged"]
        with StoreSink(store) as again:  # a new run reads what the last one wrote
            assert again.known(changed.document.hash) and again.known(quiet.document.hash)
            assert again.write_many([changed, quiet]) == ["unchanged", "unchanged"]
        assert store.counts()["documents"] == 3
    keys = KnownHashes([5, 1])
    keys.PENDING_MAX = 2
    keys.add_key(3)
    assert keys.has_key(3) and len(keys._pending) == 1
    keys.add_key(9)  # folds the pending keys into the sorted array
    assert list(keys.keys) == [1, 3, 5, 9] and not keys._pending and not keys.has_key(4) and len(keys) == 4


def test_ingest_sink_raises_its_cap_while_indexes_fill_it(records, tmp_path, monkeypatch):
    """DuckDB keeps primary-key indexes in its buffer pool and fails an insert once they outgrow the cap, so the
    sink raises its own cap while the indexes use over half of it (and leaves a cap the user set alone)."""
    from sitrep.scale import StoreSink
    from sitrep.store import Store

    monkeypatch.delenv("SITREP_DUCKDB_MEMORY", raising=False)
    monkeypatch.setattr(StoreSink, "INGEST_MEMORY_MB", 64)
    monkeypatch.setattr(StoreSink, "INDEX_SHARE", 0.001)  # the ~2 MB of a new store's indexes count as full
    monkeypatch.setattr(StoreSink, "INDEX_CHECK_EVERY", 1)
    with Store(str(tmp_path / "grow.duckdb")) as store:
        with StoreSink(store) as sink:
            for record in records:
                assert sink.write_many([record]) == ["added"]
            assert sink._cap_mb >= 128
            limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
            assert limit.split()[1] in ("MiB", "GiB") and float(limit.split()[0]) > (64 if "MiB" in limit else 0)
        assert store.counts()["documents"] == 3
    monkeypatch.setenv("SITREP_DUCKDB_MEMORY", "200MB")  # a cap the user set is never raised
    with Store(str(tmp_path / "user.duckdb")) as store, StoreSink(store) as sink:
        sink.write_many(list(records))
        sink._make_room_for_indexes()
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0].startswith("190.7")
    with Store(str(tmp_path / "grow.duckdb")) as store:
        assert store.counts()["documents"] == 3
