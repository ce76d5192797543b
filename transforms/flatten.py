"""A Flatten that every portable runner accepts, whatever else reads its inputs.

Beam's portable pipeline fuser (Flink, Spark, Dataflow's portable path) rejects a ``Flatten``
whose input another transform also reads: "PCollectionNodes [...] were consumed but never
produced" (apache/beam#34647, still open in Beam 2.77; the local FnApiRunner and Prism do not
mind). Passing each input through an identity ``Map`` first makes the ``Flatten`` the only
reader of what it consumes; the Map is fused into its producer's stage, so it costs a function
call per element. tests/pipeline/test_flink.py walks the project's graphs for any Flatten
left unguarded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import apache_beam as beam


def _same(element: Any) -> Any:
    return element


class FlattenOwnCopies(beam.PTransform):
    """``beam.Flatten()`` over an identity copy of each input (see the module docstring)."""

    def expand(self, pcolls: Iterable[beam.PCollection]) -> beam.PCollection:
        copies = [pcoll | f"Copy{i}" >> beam.Map(_same) for i, pcoll in enumerate(pcolls)]
        return copies | "Flatten" >> beam.Flatten()
