"""Offline tools over an output dataset: ``query``, ``report``, ``compact``, ``reprocess``
(the command side of ``run --reprocess``; the graph side is ``pipeline.storage.Rebuild``) and
``feeds``.

Nothing on the run path imports this package, so Beam workers never load it. ``query`` and
``report`` need the ``tools`` extra (DuckDB, matplotlib), which the core install leaves out;
the CLI checks for it first (``require_extra``) and says what to install.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

EXTRA = "tools"
# The modules of the extra that each command imports; commands not listed need only the core.
EXTRA_MODULES = {"query": ("duckdb",), "report": ("duckdb", "matplotlib")}


class ToolError(ValueError):
    """A tool cannot do what it was asked; the message says what to fix (the CLI exits 2).

    Defined here so that the CLI handles every tool's errors without importing the tools."""


class ExtraNotInstalled(ToolError):
    """A command needs modules of the ``tools`` extra that are not installed."""


def is_installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def missing_modules(command: str, installed: Callable[[str], bool] = is_installed) -> list[str]:
    """The modules of the ``tools`` extra that ``command`` needs and cannot import."""
    return [m for m in EXTRA_MODULES.get(command, ()) if not installed(m)]


def require_extra(command: str, installed: Callable[[str], bool] = is_installed) -> None:
    """Raises ``ExtraNotInstalled``, naming the extra to install, when ``command`` lacks it."""
    missing = missing_modules(command, installed)
    if missing:
        raise ExtraNotInstalled(
            f"`wirestream {command}` needs {' and '.join(missing)}, which the core install "
            f"leaves out (pipeline workers never need it): pip install 'wirestream[{EXTRA}]'")
