"""Scale-out ingest: streaming input, a conflict pre-filter, worker processes or Ray, resumable writes.

    sitrep ingest BIG.jsonl feeds/ html/ --workers 2              # local processes, one model each
    sitrep ingest BIG.jsonl --engine ray --out shards/            # Ray actors, Parquet shards
    sitrep load shards/ --db sitrep.duckdb                        # merge shards into the store

`run.run()` ties it together: `ingest.stream` yields documents, a `sinks.Sink` says which are done, the
`prefilter.Prefilter` sends articles without conflict vocabulary straight to the sink, an `engine.Engine`
turns batches into Records, and the calling process alone writes them.
"""
from .engine import ENGINES, Engine, InProcessEngine, ProcessEngine, get_engine
from .prefilter import PREFILTERED, Prefilter, get_prefilter, is_prefiltered
from .run import IngestStats, run
from .sinks import ParquetSink, StoreSink, load, read_shards, shards

__all__ = ["ENGINES", "Engine", "InProcessEngine", "ProcessEngine", "get_engine", "PREFILTERED", "Prefilter",
           "get_prefilter", "is_prefiltered", "IngestStats", "run", "ParquetSink", "StoreSink", "load",
           "read_shards", "shards"]
