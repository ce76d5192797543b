"""Scheduled polls of one JSONL feed: each poll repeats the earlier items and adds new ones, so
every partition it touches gets one more small file. Shared by compaction, reprocess and
object-storage tests."""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = ("harbour board ferry pier council tender budget winter storm engineer crack pillar "
         "quay fishing catch berth passenger season vote contract crane cargo dredging tide "
         "shipyard vessel hull license mayor road tunnel bridge school hospital nurse grant "
         "museum library festival concert stadium rink snow plough airport runway fuel price "
         "tariff rent housing river dam turbine grid cable fibre station platform timetable"
         ).split()
PEOPLE = ("Ola Berg", "Kari Nilsen", "Jonas Lie", "Ingrid Dahl", "Per Holm", "Sigrid Moe",
          "Erik Strand", "Liv Aas", "Nils Vik", "Marit Lund", "Odd Haug", "Tone Bakke")
DATES = ("2026-11-24", "2026-11-25", "2026-11-26")
# Poll clock -> the items first seen in that poll (index into the feed), two polls a day.
POLLS = (("2026-11-25T09:00:00Z", range(0, 4)), ("2026-11-25T18:00:00Z", range(4, 7)),
         ("2026-11-26T09:00:00Z", range(7, 10)), ("2026-11-26T18:00:00Z", range(10, 12)))


def item(i: int) -> dict:
    """Story ``i``: its own words (no two stories are near-copies), a person and a date."""
    rng = random.Random(i)
    sentences = [" ".join(rng.sample(WORDS, 9)).capitalize() + "." for _ in range(6)]
    body = (f"TROMSO (Northline) - {PEOPLE[i]} said on Tuesday that " + " ".join(sentences)
            + f"\n\n{PEOPLE[i]} will report to the council in December.")
    return {"guid": f"n-{i}", "title": f"{PEOPLE[i]} on the {WORDS[i]} plan",
            "published": f"{DATES[i % 3]}T0{i % 8}:30:00Z", "body": body}


def write_polls(directory: Path) -> list[tuple[str, Path]]:
    """(poll clock, JSONL file) per poll; a poll holds every item seen so far, plus one bad
    line (a reject dated by the poll)."""
    polls = []
    for n, (now, _) in enumerate(POLLS):
        items = [item(i) for _, new in POLLS[:n + 1] for i in new]
        path = directory / f"poll{n}.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in items) + "{not json\n")
        polls.append((now, path))
    return polls


def archive(directory: Path) -> Path:
    """Every item once: what a reprocess reads back (the feed's archive)."""
    path = directory / "archive.jsonl"
    path.write_text("".join(json.dumps(item(i)) + "\n" for _, new in POLLS for i in new))
    return path
