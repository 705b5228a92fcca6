"""The Ray engine: the same pipeline on N Ray actors, each holding one model.

    sitrep ingest BIG.jsonl --engine ray --workers 2                      # a local Ray, started here
    sitrep ingest BIG.jsonl --engine ray --ray-address auto --out shards/  # an existing cluster

Batches go to the actor with the fewest batches in flight; results come back to the driver in input order,
which writes them (to the store, or to Parquet shards merged later by `sitrep load`). On a cluster, every node
needs sitrep and its model installed (the same image as the driver); nothing is shipped at run time.
"""
from __future__ import annotations

import os
from typing import Any

from ..errors import SitrepError
from ..model import Document, Record
from .engine import Engine, process_batch

_ACTOR = None


def _ray():
    try:
        import ray
    except ImportError:
        raise SitrepError("--engine ray needs Ray: pip install 'ray==2.60.0'") from None
    return ray


def _actor_class():
    global _ACTOR
    if _ACTOR is None:
        ray = _ray()

        @ray.remote(num_cpus=1)
        class SitrepWorker:
            def __init__(self, model: str | None, use_typer: bool):
                from sitrep.pipeline import build_nlp

                self.model, self.use_typer = model, use_typer
                build_nlp(model, use_typer)

            def ready(self) -> int:
                return os.getpid()

            def process(self, documents: list[Document]) -> tuple[list[Record], dict[str, Any]]:
                return process_batch(documents, self.model, self.use_typer)

        _ACTOR = SitrepWorker
    return _ACTOR


class RayEngine(Engine):
    name = "ray"

    def __init__(self, workers: int = 1, address: str | None = None, **kw):
        super().__init__(workers=workers, **kw)
        self.address = address
        self._actors: list = []
        self._load: list[int] = []
        self._started_ray = False

    def start(self) -> None:
        if self._actors:
            return
        ray = _ray()
        if not ray.is_initialized():
            try:
                if self.address:
                    ray.init(address=self.address, include_dashboard=False, log_to_driver=False)
                else:
                    ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
            except Exception as exc:
                raise SitrepError(f"cannot start Ray ({type(exc).__name__}: {exc})") from None
            self._started_ray = True
        cls = _actor_class()
        self._actors = [cls.remote(self.model, self.use_typer) for _ in range(self.workers)]
        self._load = [0] * self.workers
        try:
            self.pids = ray.get([a.ready.remote() for a in self._actors])
        except Exception as exc:
            raise SitrepError(f"Ray workers failed to start ({type(exc).__name__}: {exc})") from None

    def submit(self, batch: list[Document]):
        i = min(range(len(self._actors)), key=self._load.__getitem__)
        self._load[i] += 1
        return i, self._actors[i].process.remote(batch)

    def result(self, handle) -> tuple[list[Record], dict[str, Any]]:
        i, ref = handle
        ray = _ray()
        try:
            records, info = ray.get(ref)
        except Exception as exc:
            raise SitrepError(f"a Ray worker failed ({type(exc).__name__}: {exc}); re-run the same command "
                              "to resume") from None
        self._load[i] -= 1
        return records, dict(info, worker=f"ray-{i}")

    def close(self) -> None:
        ray = _ray()
        for a in self._actors:
            try:
                ray.kill(a)
            except Exception:
                pass
        self._actors = []
        if self._started_ray and ray.is_initialized():
            ray.shutdown()
            self._started_ray = False
