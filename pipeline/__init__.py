"""wirestream composition: CLI, config, sources, sinks and the pipeline graph."""

__version__ = "0.1.0"
