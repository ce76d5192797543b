"""wirestream stages: pure decision functions plus thin Beam DoFns and PTransforms.

This package has no file or network I/O; ``pipeline`` composes it with sources and sinks.
"""
