"""What ``BeamRunPythonPipelineOperator`` runs: ``python wirestream_entry.py --runner=R --k=v ...``.

The operator puts ``--runner=<Beam runner class>`` and every pipeline option as ``--key=value``
after the script; ``wirestream run`` wants its own runner names, its own flags first and Beam's
options after ``--``. This translates one into the other and runs ``wirestream run``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from pipeline.cli import BEAM_RUNNERS, main, parser

# Beam's class names -> wirestream's names; DirectRunner is what the operator passes by default.
RUNNER_NAMES = {**{cls: name for name, cls in BEAM_RUNNERS.items()}, "DirectRunner": "direct"}


def wirestream_argv(argv: Sequence[str]) -> list[str]:
    """The operator's arguments as ``wirestream run`` arguments."""
    args = []
    for arg in argv:
        key, sep, value = arg.partition("=")
        if key == "--runner" and sep:
            if value not in RUNNER_NAMES:
                raise SystemExit(f"wirestream_entry: --runner={value} is not one of "
                                 f"{', '.join(sorted(RUNNER_NAMES))}")
            arg = f"--runner={RUNNER_NAMES[value]}"
        args.append(arg)
    own = [a for a in args if is_wirestream_flag(a)]
    beam = [a for a in args if not is_wirestream_flag(a)]
    return ["run", *own, *(["--", *beam] if beam else [])]


def is_wirestream_flag(arg: str) -> bool:
    """Whether ``wirestream run`` knows ``arg`` (one ``--key=value`` or ``--flag`` token)."""
    # One token at a time: argparse takes a token with a space (Dataflow's --labels={...}) for
    # a positional, which would swallow every token after it.
    namespace, unknown = parser().parse_known_args(["run", arg])
    return not unknown and not namespace.beam_options


if __name__ == "__main__":
    sys.exit(main(wirestream_argv(sys.argv[1:])))
