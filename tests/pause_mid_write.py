"""``python -m tests.pause_mid_write FD ARGS...``: ``wirestream ARGS...`` that stops for good
right after its first article file is in place, and then writes that file's path and a newline
to file descriptor FD.

The crash-safety test kills the process then: a known point in the middle of writing, whatever
the machine's speed (polling for the first file raced the run's end). The pause is added to
wirestream's own ``Location.write_parquet`` in this process only; the file is written and
renamed into place exactly as in any run.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from pipeline import storage
from pipeline.cli import main
from pipeline.empty_tables import marker_path


def pause_after_first_article_file(write: Callable[..., str], tell: int) -> Callable[..., str]:
    first = threading.Lock()

    def write_then_pause(self: storage.Location, relative: str, table: Any, *options: Any,
                         **named_options: Any) -> str:
        path = write(self, relative, table, *options, **named_options)
        # Not the empty table's marker, which is in place before the pipeline starts.
        if (relative.startswith("articles/") and relative != marker_path("articles")
                and first.acquire(blocking=False)):
            os.write(tell, f"{path}\n".encode())
            threading.Event().wait()  # until the test kills this process
        return path

    return write_then_pause


if __name__ == "__main__":
    fd, *args = sys.argv[1:]
    storage.Location.write_parquet = pause_after_first_article_file(  # type: ignore[method-assign]
        storage.Location.write_parquet, int(fd))
    sys.exit(main(args))
