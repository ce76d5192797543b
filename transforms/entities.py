"""Named entities: batched spaCy NER, then per-story normalisation into joinable entity ids.

The model is loaded once per worker process (``shared.Shared``) with only the pipes NER needs,
and fed whole batches through ``nlp.pipe``. Around it sit pure decisions: which language a story
is in, how to recase shouted (ALL-CAPS) lines from the story's own casing, and how the raw
mentions of one story become entities with stable ids.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import gc
import itertools
import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms import window
from apache_beam.utils import shared
from rapidfuzz.distance import Levenshtein

from transforms.cleaning import dateline_match, split_headline_prefix
from transforms.deadletters import ENTITIES, REJECTS, DeadLetters
from transforms.identity import digest
from transforms.ner_model import cache_dir, load_language_identifier, load_ner_pipeline
from transforms.records import EntitySummary, Mention, Story

# Labels that name things; numbers, dates and quantities are not joinable entities.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART",
               "LAW", "LANGUAGE")
# entity_id hashes the group, not spaCy's label: "Beijing" as GPE in one story and LOC in the
# next is one place. Every other name label is MISC.
LABEL_GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
UNDETERMINED = "und"  # ISO 639-2 code for "language could not be determined"
# A language guess from fewer different lower-case words of prose, or below this confidence, is
# noise: such stories are tables of names and numbers ("Shr loss nine cts vs profit 35 cts"
# reads as Nigerian Pidgin to the detector), not prose.
MIN_LANGUAGE_WORDS = 8
MIN_LANGUAGE_CONFIDENCE = 0.5
# A prose line has this many tokens, at most this share with digits, at least this share
# starting in lower case: "Shr 12 cts vs 10 cts" and "Nine mths" are table rows, not prose.
PROSE_MIN_TOKENS = 5
PROSE_MAX_NUMBER_SHARE = 0.2
PROSE_MIN_LOWER_SHARE = 0.3
# 50 words decide every one of Reuters-21578's 19,043 stories as 100 did, in 2.6 s instead of 4.0.
LANGUAGE_SAMPLE_WORDS = 50
# Docs per minibatch inside one nlp.pipe call (a batch of stories gives two docs a story). On
# 800 Reuters stories, interleaved 4 times on this 2-core machine, NER took 9.1-9.4 s CPU in
# minibatches of 32 docs, 9.7-10.5 s in 64 and 10.2-13.1 s in 128 (the whole batch of 64
# stories, as before): smaller minibatches keep the model's working arrays in cache. The
# entities found do not depend on it (tests/pipeline: same output).
NER_BATCH_DOCS = 32
# Spelling variants: only names this long are compared, so short names never merge ("Wang"
# and "Yang", "Xi" and "Yi" are different people), and at most this share of edits apart.
VARIANT_MIN_CHARS = 10
VARIANT_MAX_DISTANCE = 0.15

# Letters only: "US-CHINA" and "WORLD'S" are recased part by part.
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
# A row's value after its label: a number, maybe after one word of the label in lower case
# ("Avg shrs 51.7 mln").
_ROW_VALUE = re.compile(r"[ \t]*:?(?:[ \t]+[a-z]+\.?)?[ \t]+[^\s\d]{0,3}\d")
_INITIAL = re.compile(r"[^\W\d_]\.?")
# Calendar words are dates, not names, when they stand alone ("Oct" in "KELSO, Oct 2 -").
_CALENDAR = frozenset((
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_SENTENCE_END = frozenset(".!?:;\"“‘'(")
_LEADING_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'S|’S|'|’)$")
_SPACED_DASH = re.compile(r"\s+[-–—]+\s+")
_TRAILING_DATE = re.compile(r"\s+\d[\d/.-]*[/-]\d+$")
_TRAILING_NUMBER = re.compile(r"\s+[\d/.,:-]*\d[\d/.,:-]*$")
_NUMBERLESS_LABELS = frozenset(("PERSON", "GPE", "LOC", "FAC"))
# A figure standing alone inside a mention: two of them make it a results row run into the
# name ("Forfar 3 2 0 1 7 4 6", "Baltimore 5 SEATTLE 2"), which no name is.
_LONE_FIGURE = re.compile(r"(?<!\S)\d[\d.,:/-]*(?!\S)")
# The last word of a name that makes it an organisation whatever the model says: "Kestrel Bulk
# Carriers" is no person, "Nordvik Container Line" no place. Legal forms and the generic nouns
# organisations are named with; none of them ends a person's or a place's name.
ORG_LAST_WORDS = frozenset((
    "inc", "corp", "corporation", "co", "company", "companies", "ltd", "limited", "plc", "llc",
    "llp", "lp", "ag", "gmbh", "kgaa", "se", "sa", "sas", "spa", "nv", "bv", "ab", "asa", "oyj",
    "group", "holding", "holdings", "bancorp", "airlines", "airline", "airways", "lines",
    "line", "shipping", "carriers", "cargo", "freight", "logistics", "tankers", "energy", "energi",
    "chemie", "chemicals", "motors", "partners", "capital", "securities", "investments",
    "industries", "technologies", "pharmaceuticals", "pharma", "telecom", "telecommunications",
    "insurance", "assurance", "bancorporation", "association", "federation", "council",
    "committee", "ministry", "agency", "authority", "institute", "commission", "party",
    "consultores", "consultants", "terminals", "systems", "services", "exporters", "forum",
    "board",
))
# Words around a name that say it is a person's: a title or role before it ("chief executive
# Mara Lindqvist", "Ms Eide"), or ", who"/", a spokeswoman for"/", chief executive of" after it.
_ROLE = (r"(?:chief|executive|director|minister|spokes(?:man|woman|person)|president|chair"
         r"(?:man|woman|person)?|analyst|economist|head|manager|secretary|founder|governor|"
         r"mayor|ceo|officer|chancellor|premier|leader|captain|coach|lawyer|partner|"
         r"professor|senator|ambassador|commissioner|general|envoy)")
_PERSON_BEFORE = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|Sir)\.?|\b" + _ROLE + r")\s+$")
_PERSON_AFTER = re.compile(r"^,\s+(?:who\b|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
                           + _ROLE + r"\b|(?:[\w-]+\s+){0,2}?" + _ROLE + r"\b)")
# Lower-case words inside people's names: "Riaan de Villiers", "Pieter van Aalst".
_NAME_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "du", "la",
                             "le", "van", "von", "der", "den", "ter", "ten", "bin", "al", "y"))
# ", Russia's largest arms exporter" / ", a shipping company" after a name: an organisation.
_ORG_AFTER = re.compile(
    r"^,\s+(?:a|an|the|its|[A-Z][\w.'’-]*(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?(?:company|firm|"
    r"group|maker|manufacturer|producer|exporter|importer|operator|carrier|bank|lender|insurer|"
    r"retailer|airline|developer|supplier|miner|utility|conglomerate|broker|shipowner|"
    r"shipyard|yard|startup|subsidiary|unit|consortium|cooperative|exchange)\b")
# "cruise line Polaris Voyages", "operator Nordlys Ekspedisjon": a kind of business before a
# name makes it the business (people are introduced by their roles, which come first).
_ORG_BEFORE = re.compile(
    r"\b(?:company|firm|operator|carrier|line|airline|maker|manufacturer|producer|exporter|"
    r"importer|developer|supplier|shipowner|shipyard|lender|insurer|retailer|conglomerate|"
    r"utility|miner|subsidiary|broker)\s+$")
# A one-word "name" that is part of an office's title: "Secretary of State", "Treasury
# Secretary", "Commerce Minister" name the office and its holder, not an organisation.
_OFFICE_BEFORE = re.compile(r"\b(?:Secretary|Minister|Secretary-General)\s+of\s+(?:the\s+)?$")
_OFFICE_AFTER = re.compile(r"\s+(?:Secretary|Minister|Undersecretary)\b")
# Trimmed from a mention's edges; a final "." is kept because it belongs to "U.S." or "Corp.".
_EDGE_CHARS = " \t\n,;:!?\"'“”‘’()[]{}«»<>*#|/\\–—-"


class RawMention(NamedTuple):
    text: str
    label: str
    start_char: int
    end_char: int
    in_title: bool


class InvalidEntityConfig(ValueError):
    """An alias table or pattern file that cannot be used; the message names the problem."""


# --- language ---------------------------------------------------------------------------------

def language_code(tag: str | None) -> str | None:
    """A feed's language tag as an ISO 639-1 code: "en-US" and "EN_gb" are "en"."""
    if not tag or not tag.strip():
        return None
    return re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()


def decide_language(hint: str | None, words: Sequence[str],
                    detect: Callable[[str], tuple[str, float]],
                    fallback: str = UNDETERMINED) -> str:
    """The input's own language tag wins; else ``detect`` on enough of the story's prose words
    (:func:`language_sample`), when it is confident; else ``fallback`` (the language the
    stage is for): a story too short or too full of numbers to tell is a table of the feed's
    usual language, and never loses its entities because the table looked like another one."""
    code = language_code(hint)
    if code:
        return code
    if len(set(words)) < MIN_LANGUAGE_WORDS:
        return fallback
    language, confidence = detect(" ".join(words))
    return language if confidence >= MIN_LANGUAGE_CONFIDENCE else fallback


def is_prose(line: str) -> bool:
    """A line of sentences rather than a table row, a heading or a list of names: enough
    words, few of them numbers, and some of them lower-case."""
    tokens = line.split()
    if len(tokens) < PROSE_MIN_TOKENS:
        return False
    numbers = sum(any(map(str.isdigit, t)) for t in tokens)
    lower = sum(t[:1].islower() for t in tokens)
    return numbers <= PROSE_MAX_NUMBER_SHARE * len(tokens) and lower >= (
        PROSE_MIN_LOWER_SHARE * len(tokens))


def language_sample(title: str, body: str) -> list[str]:
    """The lower-case words of the story's prose lines (:func:`is_prose`), at most
    ``LANGUAGE_SAMPLE_WORDS``: the words that say which language a text is in. Names do not (a
    results table of clubs and players reads as Pidgin or Polish to a detector), nor do shouted
    headlines or table rows ("Shr 12 cts vs 10 cts"); cost grows with length, accuracy not."""
    words = (w.group() for line in _LINE.finditer(f"{title}\n{body}") if is_prose(line.group())
             for w in _WORD.finditer(line.group()) if w.group().islower())
    return list(itertools.islice(words, LANGUAGE_SAMPLE_WORDS))


def covers(languages: Sequence[str], language: str) -> bool:
    """Whether the model covers a story; an undetermined one gets the benefit of the doubt,
    because "undetermined" means too little prose (tables, scores), not another language."""
    return language == UNDETERMINED or language in languages


# --- ALL-CAPS lines -----------------------------------------------------------------------------

def _recasable(text: str) -> Iterator[tuple[int, str, bool, bool]]:
    """Words :func:`recase` may rewrite, as ``(offset, word, in a shouted line, first in its
    line)``: every word of a line without lower-case letters (``str.isupper``), and the leading
    capitals of any other line, which are a dateline ("BEIJING (Reuters) –") or a shouted lead.
    """
    for line in _LINE.finditer(text):
        shouted = line.group().isupper()
        for n, word in enumerate(_WORD.finditer(line.group())):
            if not shouted and not (word.group().isupper() and len(word.group()) > 1):
                break
            yield line.start() + word.start(), word.group(), shouted, n == 0


def _starts_sentence(text: str, start: int, line_start: int) -> bool:
    i = start - 1
    while i >= line_start and text[i].isspace():
        i -= 1
    return i < line_start or text[i] in _SENTENCE_END


def casing_evidence(texts: Sequence[str], words: Collection[str]) -> dict[str, str]:
    """Lower-cased word -> how the story writes it inside a sentence where it is not shouting,
    for the lower-cased ``words`` that need recasing.

    Only mixed-case lines count, and only words that do not start a sentence ("The" there says
    nothing about "the"). An acronym written in capitals in running text ("US") is evidence
    that it stays in capitals.
    """
    seen: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for text in texts:
        for match in _WORD.finditer(text):
            if match.group().lower() not in words:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            if text[line_start:line_end if line_end >= 0 else len(text)].isupper():
                continue
            if not _starts_sentence(text, match.start(), line_start):
                seen[match.group().lower()][match.group()] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in seen.items()}


def recase(text: str, evidence: Mapping[str, str],
           recasable: Sequence[tuple[int, str, bool, bool]] | None = None) -> str:
    """``text`` with shouted words written as the story writes them elsewhere; same length.

    In a shouted line (a wire headline, a "LONDON 1996-08-30" dateline) a word with evidence
    takes its form and any other is lower-cased, except at the start of the line. In a
    mixed-case line only leading capitals with evidence change, so acronyms stay.
    Offsets into the result are offsets into ``text``: NER runs on the result, mentions keep
    the original characters. ``recasable``: ``_recasable(text)``, when the caller has it.
    """
    chars = list(text)
    for start, word, shouted, first in _recasable(text) if recasable is None else recasable:
        form = evidence.get(word.lower())
        if form is None and shouted:
            form = word.capitalize() if first else word.lower()
        if form is not None and len(form) == len(word):
            chars[start:start + len(form)] = form
    return "".join(chars)


def recase_story(title: str, body: str) -> tuple[str, str]:
    """Title and body as NER should read them: shouted lines recased from the story itself."""
    in_title, in_body = list(_recasable(title)), list(_recasable(body))
    words = {word.lower() for _, word, _, _ in in_title + in_body}
    if not words:
        return title, body
    evidence = casing_evidence((title, body), words)
    return recase(title, evidence, in_title), recase(body, evidence, in_body)


# --- wire furniture -----------------------------------------------------------------------------

class Furniture(NamedTuple):
    """What a wire story carries around its text that is not its text: the desk prefix of the
    headline, the dateline's place and the agency. NER never reads them; the place becomes an
    entity of its own, the agency none."""

    title_start: int  # the headline proper starts here, after "UPDATE 1-"
    masked: tuple[tuple[int, int], ...]  # body spans NER must not read: place, "(Agency)"
    place: tuple[int, int] | None  # the dateline's place in the body
    agency: str | None


def wire_furniture(title: str, body: str, dateline: str | None,
                   agency: str | None) -> Furniture:
    """The furniture of one story, from the cleaner's ``dateline`` and ``agency`` (None when
    the cleaner found no dateline: a leading upper-case word is then left to the model)."""
    _, title_start = split_headline_prefix(title)
    match = dateline_match(body) if dateline else None
    if match is None or match["place"] != dateline:
        return Furniture(title_start, (), None, agency)
    place = match.span("place")
    masked = [place]
    if match["agency"]:
        masked.append((match.start("agency") - 1, match.end("agency") + 1))
    return Furniture(title_start, tuple(masked), place, agency)


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` replaced by spaces: same length, so offsets stay true."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


class NerInput(NamedTuple):
    """One story as NER reads it, with what the story's furniture adds and takes away."""

    title: str  # recased, the desk prefix blanked out: same length as the story's title
    body: str  # recased, the dateline's place and agency blanked out: same length as the body
    place: RawMention | None  # the dateline's place, a place
    agency: str | None


def ner_input(title: str, body: str, dateline: str | None, agency: str | None) -> NerInput:
    """Title and body as NER reads them: recased (:func:`recase_story`), the headline's desk
    prefix and the dateline's place and agency blanked out (:func:`wire_furniture`). The place
    comes back as a mention spelt as the story spells it ("FRANKFURT" -> "Frankfurt" when the
    story says "Frankfurt" somewhere, else capitalised word by word)."""
    furniture = wire_furniture(title, body, dateline, agency)
    start = furniture.title_start
    recased_title, recased_body = recase_story(title[start:], body)
    place = None
    if furniture.place is not None:
        begin, end = furniture.place
        form = recased_body[begin:end]
        place = RawMention(form.title() if form.isupper() else form, "GPE", begin, end, False)
    return NerInput(" " * start + recased_title, blank(recased_body, furniture.masked), place,
                    furniture.agency)


# --- normalisation ------------------------------------------------------------------------------

def label_group(label: str) -> str:
    return LABEL_GROUPS.get(label, "MISC")


# Cached: a story names its entities several times, and the wire the same ones story after story.
@functools.lru_cache(maxsize=1 << 14)
def entity_id(name: str, label: str) -> str:
    """Stable across stories and runs: the same name and label group give the same id."""
    return digest("entity", label_group(label), name.casefold())


@functools.lru_cache(maxsize=1 << 14)  # as entity_id: mentions repeat within and across stories
def trim_span(text: str, label: str = "") -> tuple[int, int]:
    """The name inside a mention's text as ``(start, end)`` offsets into ``text``.

    Trimmed: a leading "the", a possessive, quotes and punctuation at the edges; everything up
    to a spaced dash ("CRICKET - ENGLAND": a headline's topic slug or a dateline's separator
    is not part of a name); a trailing date ("AMSTERDAM 1996-08-28"), and for people and places
    a trailing number ("J. Crawley 106": a score). A name needs a capital letter; when there is
    none the span is empty, ``(0, 0)``.
    """
    start, end = 0, len(text)
    while True:
        before = (start, end)
        while start < end and text[start] in _EDGE_CHARS:
            start += 1
        while end > start and text[end - 1] in _EDGE_CHARS:
            end -= 1
        dashes = list(_SPACED_DASH.finditer(text, start, end))
        if dashes:
            start = dashes[-1].end()
        article = _LEADING_ARTICLE.match(text, start, end)
        if article and article.end() < end:
            start = article.end()
        possessive = _POSSESSIVE.search(text, start, end)
        if possessive and possessive.start() > start:
            end = possessive.start()
        trailing = (_TRAILING_NUMBER if label in _NUMBERLESS_LABELS else _TRAILING_DATE).search(
            text, start, end)
        if trailing and trailing.start() > start:
            end = trailing.start()
        figures = list(_LONE_FIGURE.finditer(text, start, end))
        if len(figures) >= 2 and figures[0].start() > start:
            end = figures[0].start()
        if (start, end) == before:
            break
    if not any(c.isupper() for c in text[start:end]):
        return 0, 0
    return start, end


def alias_index(table: Mapping[str, Any]) -> dict[str, str]:
    """``{canonical: [alias, ...]}`` (the YAML alias table) -> casefolded form -> canonical."""
    if not isinstance(table, Mapping):
        raise InvalidEntityConfig("the alias table must map canonical names to lists of aliases")
    index: dict[str, str] = {}
    for canonical, aliases in table.items():
        if not isinstance(canonical, str) or not isinstance(aliases, list) or not all(
                isinstance(a, str) for a in aliases):
            raise InvalidEntityConfig(
                f"alias table entry {canonical!r}: expected a name with a list of aliases")
        for form in (canonical, *aliases):
            other = index.setdefault(form.casefold(), canonical)
            if other != canonical:
                raise InvalidEntityConfig(f"alias {form!r} is listed under both {other!r} "
                                          f"and {canonical!r}")
    return index


def parse_patterns(lines: Iterable[str]) -> list[dict]:
    """JSONL of spaCy ``entity_ruler`` patterns -> the list ``add_patterns`` takes."""
    patterns = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            pattern = json.loads(line)
        except json.JSONDecodeError as err:
            raise InvalidEntityConfig(f"patterns line {number}: not JSON ({err})") from err
        if not isinstance(pattern, dict) or not {"label", "pattern"} <= pattern.keys():
            raise InvalidEntityConfig(f"patterns line {number}: needs 'label' and 'pattern'")
        patterns.append(pattern)
    return patterns


def _majority(counts: collections.Counter) -> str:
    """The commonest label; ties go to the earlier one in ``NAME_LABELS``."""
    return min(counts, key=lambda label: (-counts[label], NAME_LABELS.index(label)))


def is_row_label(m: RawMention, text: str) -> bool:
    """Whether a mention is the label of a table row ("Shr 41 cts vs 33 cts", "Attendance :
    40,000", "Avg shrs 51.7 mln", "Nine mths"): one word leading a line that is no prose,
    followed by a number (``_ROW_VALUE``).
    Places and organisations are exempt: a results row starts with a country, a town or a
    club ("Japan 2 Syria 1", "Barnsley 5 3 1 1"). The word is the mention's name as trimmed
    (:func:`trim_span`): the model may take the number in ("Revs 337.3" as a PERSON)."""
    start, end = trim_span(m.text, m.label)
    if m.label in ("GPE", "LOC", "FAC", "ORG") or start == end or " " in m.text[start:end]:
        return False
    name_start, name_end = m.start_char + start, m.start_char + end
    line_start = text.rfind("\n", 0, name_start) + 1
    line_end = text.find("\n", name_end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return (not text[line_start:name_start].strip() and not is_prose(line)
            and _ROW_VALUE.match(text, name_end) is not None)


def names_here(m: RawMention, title: str, body: str) -> bool:
    """Whether a mention is a name where it stands: no table row's label
    (:func:`is_row_label`), no word of an office's title (:func:`is_office_word`)."""
    text = title if m.in_title else body
    return not is_row_label(m, text) and not is_office_word(m, text)


def is_office_word(m: RawMention, text: str) -> bool:
    """Whether a one-word mention is part of an office's title ("Secretary of State",
    "Treasury Secretary"): the office's holder is the name, the word is none."""
    return " " not in m.text.strip() and (
        _OFFICE_BEFORE.search(text, max(0, m.start_char - 40), m.start_char) is not None
        or _OFFICE_AFTER.match(text, m.end_char) is not None)


def missed_mentions(found: Sequence[RawMention], title: str, body: str) -> list[RawMention]:
    """The other occurrences of names the model found somewhere in the story.

    A small model finds "Alexander Lebed" once and misses "Lebed" in the next three sentences,
    or tags a country in one line of a table and not in the next. Within one story a name
    means one thing, so every exact (case-sensitive, whole-word) occurrence of a found name
    outside the found spans is a mention with that name's majority label; so is the first or
    last word of a multi-word person's name, unless two people (or a non-person) share it.
    """
    labels: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for m in found:
        if m.label in NAME_LABELS:
            start, end = trim_span(m.text, m.label)
            if start < end:
                labels[m.text[start:end]][m.label] += 1
    label_of = {name: _majority(c) for name, c in labels.items() if len(name) > 1}
    parts: dict[str, set[str]] = collections.defaultdict(set)
    for name, label in label_of.items():
        if label == "PERSON" and len(name.split()) > 1:
            for part in (name.split()[0], name.split()[-1]):
                parts[part].add(name)
    for part, owners in parts.items():
        if len(owners) == 1 and len(part) > 1 and part[0].isupper() and part not in label_of:
            label_of[part] = "PERSON"
    missed = []
    for text, in_title in ((title, True), (body, False)):
        # The characters mentions already take, marked 1: an occurrence that touches one
        # overlaps a mention (a scan of the span, not of every mention so far).
        taken = bytearray(len(text))
        for m in found:
            if m.in_title == in_title:
                taken[m.start_char:m.end_char] = b"\x01" * len(taken[m.start_char:m.end_char])
        # Longest names first, so "Alexander Lebed" is taken before "Lebed" inside it.
        for name in sorted(label_of, key=lambda n: (-len(n), n)):
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                if (_is_word_edge(text, start - 1) and _is_word_edge(text, end)
                        and taken.find(1, start, end) < 0):
                    missed.append(RawMention(name, label_of[name], start, end, in_title))
                    taken[start:end] = b"\x01" * len(name)
                start = text.find(name, start + 1)
    return sorted(missed, key=lambda m: (not m.in_title, m.start_char))


def _is_word_edge(text: str, i: int) -> bool:
    """Whether ``text[i]`` (or the text's end) cannot continue a name."""
    return not 0 <= i < len(text) or not (text[i].isalnum() or text[i] in "-_")


def _trimmed(raw: Iterable[RawMention]) -> list[tuple[str, RawMention]]:
    """Name mentions with their spans trimmed to the name, each with its collapsed name. A name
    never runs over a line break (a table's heading into its next row: each line's part is a
    mention of its own); a lone initial ("A.") or a calendar word ("Oct") is no name."""
    named = []
    for whole in raw:
        if whole.label not in NAME_LABELS:
            continue
        for line in _LINE.finditer(whole.text):
            start, end = trim_span(line.group(), whole.label)
            text = line.group()[start:end]
            if (start < end and not _INITIAL.fullmatch(text)
                    and text.casefold().rstrip(".") not in _CALENDAR):
                offset = whole.start_char + line.start()
                named.append((" ".join(text.split()), RawMention(
                    text, whole.label, offset + start, offset + end, whole.in_title)))
    return named


def _context_label(name: str, label: str, text: str, start: int, end: int) -> str | None:
    """The label a name's own words or the words around one mention of it demand, or None: an
    organisation's last word (``ORG_LAST_WORDS``) or an apposition (", Russia's largest arms
    exporter") or a kind of business before it ("cruise line Polaris Voyages") makes it an
    ORG; a title before a name of
    two to four capitalised words (or particles: "de", "van"), or a role after it, makes it a
    PERSON."""
    words = name.split()
    if len(words) > 1 and words[-1].casefold().strip(".") in ORG_LAST_WORDS:
        return "ORG"
    if label != "ORG" and _ORG_AFTER.match(text[end:end + 80]):
        return "ORG"
    if (label in ("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART")
            and 2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()
            and all((w[:1].isupper() or w in _NAME_PARTICLES) and w.isalpha() for w in words)
            and (_PERSON_BEFORE.search(text, max(0, start - 40), start)
                 or _PERSON_AFTER.match(text[end:end + 60]))):
        return "PERSON"
    if label != "ORG" and _ORG_BEFORE.search(text, max(0, start - 40), start):
        return "ORG"
    return None


def _relabel_from_context(named: list[tuple[str, RawMention]], title: str | None,
                          body: str | None) -> list[tuple[str, RawMention]]:
    """Every mention of a name that :func:`_context_label` settles, with that label."""
    settled: dict[str, str] = {}
    for name, m in named:
        text = title if m.in_title else body
        label = _context_label(name, m.label, text or "", m.start_char, m.end_char) if (
            text is not None) else _context_label(name, m.label, "", 0, 0)
        if label is not None:
            settled.setdefault(name.casefold(), label)
    return [(name, m._replace(label=settled.get(name.casefold(), m.label))) for name, m in named]


def _are_variants(a: str, b: str) -> bool:
    """Two spellings of one long name: same words' initials, a few edits apart."""
    words_a, words_b = a.split(), b.split()
    return (min(len(a), len(b)) >= VARIANT_MIN_CHARS and len(words_a) == len(words_b)
            and [w[0] for w in words_a] == [w[0] for w in words_b]
            and Levenshtein.normalized_distance(a, b) <= VARIANT_MAX_DISTANCE)


def _merge_variants(votes: collections.Counter) -> dict[str, str]:
    """Each key -> the commonest of its spelling variants (ties: the alphabetically first)."""
    merged: dict[str, str] = {}
    # Keys that stay themselves and are long enough to have variants, in rank order: a key
    # only ever merges into one of these (``_are_variants`` needs both names this long).
    roots: list[str] = []
    for key in sorted(votes, key=lambda k: (-votes[k], k)):
        if len(key) < VARIANT_MIN_CHARS:
            merged[key] = key
            continue
        merged[key] = next((root for root in roots if _are_variants(key, root)), key)
        if merged[key] == key:
            roots.append(key)
    return merged


def normalise_mentions(raw: Iterable[RawMention], aliases: Mapping[str, str] | None = None,
                       places: Mapping[str, str] | None = None, agencies: Collection[str] = (),
                       title: str | None = None, body: str | None = None
                       ) -> tuple[list[Mention], list[EntitySummary]]:
    """Resolve each mention to one entity of the story.

    Names compare case-insensitively (a capitalised headline names the same people). A name in
    ``aliases`` (from :func:`alias_index`) becomes its canonical name; long spelling variants
    ("Humeyra Pamuk", "Humera Pamuk") become the commonest one; a one-word mention becomes the
    one multi-word person name it starts or ends ("Xi" -> "Xi Jinping", "Blinken" -> "Antony
    Blinken"), else the one organisation it starts ("Havbris" -> "Havbris Energi"); a name's
    label is the majority over its mentions (ties: the order of ``NAME_LABELS``), which repairs
    spaCy's occasional one-off mislabel; its spelling is the alias table's canonical name, else
    the commonest one, preferring mixed case over capitals.

    ``places`` (casefolded name -> spelling) are the story's dateline place: every mention of
    that name is a place (GPE), spelt in mixed case. ``agencies`` are the story's agency: no
    mention of it, or of a name it starts ("Harbor Wire Desk"), is an entity. With the story's
    ``title`` and ``body`` (which the mentions' offsets index), a name's own last word or the
    words around a mention can settle its label (:func:`_context_label`).
    """
    aliases = aliases or {}
    agencies = {a.casefold() for a in agencies if a}
    named = [(aliases.get(name.casefold(), name), m) for name, m in _trimmed(raw)
             if not any(name.casefold() == a or name.casefold().startswith(a + " ")
                        for a in agencies)]
    named = _relabel_from_context(named, title, body)
    places = {aliases.get(k, v).casefold(): aliases.get(k, v) for k, v in (places or {}).items()}
    variant_of = _merge_variants(collections.Counter(name.casefold() for name, _ in named))
    named = [(variant_of[name.casefold()], name, m) for name, m in named]
    person_votes = collections.Counter(key for key, _, m in named if m.label == "PERSON")
    name_votes = collections.Counter(key for key, _, _ in named)
    people = {k for k in person_votes if " " in k and 2 * person_votes[k] > name_votes[k]}
    org_votes = collections.Counter(key for key, _, m in named if m.label == "ORG")
    orgs = {k for k in org_votes if " " in k and 2 * org_votes[k] > name_votes[k]}
    # A one-word name the model took for a person or an organisation may be what the story
    # calls a company after its first mention ("Havbris" for "Havbris Energi").
    short_forms = {key for key, _, m in named if m.label in ("PERSON", "ORG")}
    people_by_part: dict[str, set[str]] = collections.defaultdict(set)
    for person in people:
        people_by_part[person.split()[0]].add(person)
        people_by_part[person.split()[-1]].add(person)
    orgs_by_first_word: dict[str, set[str]] = collections.defaultdict(set)
    for org in orgs:
        orgs_by_first_word[org.split()[0]].add(org)

    def resolve(key: str) -> str:
        if " " in key or key in places:
            return key
        # People are called by a part of their name; an ambiguous part stays as it is.
        matches = people_by_part.get(key, set())
        if not matches and key in short_forms:
            matches = orgs_by_first_word.get(key, set())
        return next(iter(matches)) if len(matches) == 1 else key

    resolved = [(resolve(key), name, m) for key, name, m in named]
    labels: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    spellings: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for key, name, m in resolved:
        # A person's full name, and a part resolved to it, is that person whatever the model
        # said of one mention: the majority of the full name's own mentions already said so.
        labels[key]["GPE" if key in places else "PERSON" if key in people
                    else "ORG" if key in orgs else m.label] += 1
        if name.casefold() == key:
            spellings[key][name] += 1
    label_of = {key: _majority(c) for key, c in labels.items()}
    name_of = {key: min(spellings[key], key=lambda n: (n.isupper(), -spellings[key][n], n))
               for key in labels}
    name_of.update({key: places[key] for key in places
                    if key in name_of and name_of[key].isupper()})
    # One id per entity, not per mention: a story names its entities several times each.
    id_of = {key: entity_id(name_of[key], label_of[key]) for key in labels}
    mentions = [Mention(id_of[key], name_of[key], m.text, label_of[key],
                        label_group(label_of[key]), m.start_char, m.end_char, m.in_title)
                for key, _, m in resolved]
    counts = collections.Counter(m.entity_id for m in mentions)
    summaries = sorted({EntitySummary(m.entity_id, m.name, m.label, m.label_group,
                                      counts[m.entity_id]) for m in mentions},
                       key=lambda e: (-e.mentions, e.name))
    return mentions, summaries


# --- labels across a run --------------------------------------------------------------------------

# A name's label group across the run is settled when this many stories name it and this share
# of them agree: then a story that says otherwise on the model's word alone is outvoted ("a name
# that is a GPE in ten stories is not a PERSON in the eleventh").
RUN_MIN_STORIES = 3
RUN_MIN_SHARE = 0.75


def run_label_votes(story: Story) -> list[tuple[str, tuple[str, str]]]:
    """One vote per entity of the story: ``(casefolded name, (label group, label))``."""
    return [(e.name.casefold(), (e.label_group, e.label)) for e in story.entities]


def settled_label(votes: collections.Counter) -> tuple[str, str] | None:
    """``(label group, label)`` that a name's run votes settle, or None: enough stories, a
    large enough majority of them in one group; the label is that group's commonest."""
    groups = collections.Counter()
    for (group, _), n in votes.items():
        groups[group] += n
    total = sum(groups.values())
    group, n = min(groups.items(), key=lambda item: (-item[1], item[0]))
    if total < RUN_MIN_STORIES or n < RUN_MIN_SHARE * total:
        return None
    labels = {label: c for (g, label), c in votes.items() if g == group}
    return group, min(labels, key=lambda label: (-labels[label], label))


def settle_across_run(story: Story, settled: Mapping[str, tuple[str, str]]) -> Story:
    """``story`` with every entity whose label group the run settled otherwise relabelled,
    unless the story itself has strong evidence: its dateline place, or a name's own words or
    a mention's surroundings (:func:`_context_label`)."""
    changed: dict[str, tuple[str, str]] = {}
    for e in story.entities:
        run = settled.get(e.name.casefold())
        if run is None or run[0] == e.label_group:
            continue
        if story.dateline and e.name.casefold() == story.dateline.casefold():
            continue
        # Would the story's own evidence take the run's label back?
        if any(_context_label(m.text, run[1], story.title if m.in_title else story.body,
                              m.start_char, m.end_char) is not None
               for m in story.mentions if m.entity_id == e.entity_id):
            continue
        changed[e.entity_id] = run
    if not changed:
        return story
    mentions = []
    for m in story.mentions:
        if m.entity_id in changed:
            group, label = changed[m.entity_id]
            m = m._replace(entity_id=entity_id(m.name, label), label=label, label_group=group)
        mentions.append(m)
    counts = collections.Counter(m.entity_id for m in mentions)
    summaries = sorted({EntitySummary(m.entity_id, m.name, m.label, m.label_group,
                                      counts[m.entity_id]) for m in mentions},
                       key=lambda e: (-e.mentions, e.name))
    return story._replace(mentions=tuple(mentions), entities=tuple(summaries))


class _VoteCombineFn(beam.CombineFn):
    """Votes of one name -> their ``Counter``."""

    def create_accumulator(self) -> collections.Counter:
        return collections.Counter()

    def add_input(self, accumulator, vote):
        accumulator[vote] += 1
        return accumulator

    def merge_accumulators(self, accumulators):
        merged = collections.Counter()
        for accumulator in accumulators:
            merged.update(accumulator)
        return merged

    def extract_output(self, accumulator):
        return accumulator


class CheckLabelsAcrossRun(beam.PTransform):
    """Stories with entities -> the same, each name's label group checked against the rest of
    the run (:func:`settle_across_run`), on ``stories``; ``rejects``: stories whose relabelling
    raised. For bounded runs: the votes of every story are counted
    before any story is relabelled, so the result does not depend on how work was split."""

    def expand(self, stories):
        settled = (stories
                   | "Vote" >> beam.FlatMap(run_label_votes)
                   | "CountVotes" >> beam.CombinePerKey(_VoteCombineFn())
                   | "Settle" >> beam.FlatMap(
                       lambda kv: [(kv[0], label)] if (label := settled_label(kv[1])) else []))
        return stories | "Relabel" >> beam.ParDo(
            _RelabelFn(), beam.pvalue.AsDict(settled)).with_outputs(REJECTS, main="stories")


class _RelabelFn(beam.DoFn):
    def __init__(self) -> None:
        self.dead_letters = DeadLetters(ENTITIES)

    def process(self, story: Story, settled: Mapping[str, tuple[str, str]]):
        try:
            yield settle_across_run(story, settled)
        except Exception as err:  # dead letter: a bug on one story must not stop the run
            yield self.dead_letters.letter(story, err)


# --- the model ----------------------------------------------------------------------------------

# spaCy and py3langid are imported where a model is loaded or read: the runner process of a
# multi-worker run builds the graph but never runs a model (transforms/ner_model.py).


def spans_of(doc: Any, text: str, in_title: bool) -> list[RawMention]:
    """The entities of ``doc``, the parse of ``text``, read from its token arrays: ``doc.ents``
    and ``doc.text`` build a Python object per token, which costs more than everything else
    this stage adds to NER."""
    from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH

    iob, kind, idx, length = doc.to_array([ENT_IOB, ENT_TYPE, IDX, LENGTH]).T.tolist()
    # ENT_IOB: 3 begins an entity, 1 continues it; an entity ends at the last 1 after its 3.
    mentions = []
    last = len(iob) - 1
    for begin, tag in enumerate(iob):
        if tag != 3:
            continue
        end = begin
        while end < last and iob[end + 1] == 1:
            end += 1
        start, stop = idx[begin], idx[end] + length[end]
        mentions.append(RawMention(text[start:stop], doc.vocab.strings[kind[begin]], start, stop,
                                   in_title))
    return mentions


def as_written(mentions: Iterable[RawMention], title: str, body: str) -> list[RawMention]:
    """Mentions found in recased text, with their characters from the original text."""
    return [m._replace(text=(title if m.in_title else body)[m.start_char:m.end_char])
            for m in mentions]


class _Models:
    """A weakref-able box so ``shared.Shared`` keeps one model per process. One box for both
    models: ``Shared`` keeps only the last acquired object alive between uses."""

    def __init__(self, nlp: Any, identify: Callable[[str], tuple[str, float]]) -> None:
        self.nlp = nlp
        self.identify = identify


_MODELS = shared.Shared()


def _load_language_identifier() -> Callable[[str], tuple[str, float]]:
    return load_language_identifier(cache_dir()).classify


def _load_models(model: str, patterns: Sequence[dict]) -> _Models:
    """Both models, the language identifier in a second thread: its load is mostly LZMA
    decompression, which runs outside the GIL, so it overlaps spaCy's load (0.5 s of a 20-story
    run's wall time, measured by bench/fixed_cost.py)."""
    with concurrent.futures.ThreadPoolExecutor(1, "wirestream-langid") as loader:
        identifier = loader.submit(_load_language_identifier)
        nlp = load_ner_pipeline(model, patterns)
        return _Models(nlp, identifier.result())


def extract_entities(batch: Sequence[Story], nlp: Any,
                     identify: Callable[[str], tuple[str, float]], languages: Sequence[str],
                     aliases: Mapping[str, str]) -> list[Story]:
    """The batch's stories with language, mentions and entities: each story's language decided
    (:func:`decide_language`, ``identify`` for stories without a tag; ``languages``: those
    ``nlp`` covers, the first the fallback), one ``nlp.pipe`` call over the stories it covers,
    the mentions found normalised (:func:`normalise_mentions`, with ``aliases``)."""
    decided = [decide_language(s.language, language_sample(s.title, s.body), identify,
                               fallback=languages[0]) for s in batch]
    covered = [s for s, language in zip(batch, decided, strict=True)
               if covers(languages, language)]
    inputs = [ner_input(s.title, s.body, s.dateline, s.agency) for s in covered]
    docs = iter(nlp.pipe((t for x in inputs for t in (x.title, x.body)),
                         batch_size=NER_BATCH_DOCS))
    read = iter(inputs)
    extracted = []
    for story, language in zip(batch, decided, strict=True):
        story = story._replace(language=language)
        if covers(languages, language):
            x = next(read)
            found = [m for m in spans_of(next(docs), x.title, True) + spans_of(
                next(docs), x.body, False) if names_here(m, x.title, x.body)]
            found += [x.place] if x.place else []
            # A name found in prose is no name where it labels a table's row ("Revs" in
            # "NOTE: Revs include ..." and in "Revs 34.3 mln vs 35.5 mln").
            found += [m for m in missed_mentions(found, x.title, x.body)
                      if names_here(m, x.title, x.body)]
            mentions, summaries = normalise_mentions(
                as_written(found, story.title, story.body), aliases,
                places={x.place.text.casefold(): x.place.text} if x.place else None,
                agencies=(x.agency,) if x.agency else (), title=story.title, body=story.body)
            story = story._replace(mentions=tuple(mentions), entities=tuple(summaries))
        extracted.append(story)
    return extracted


class ExtractEntitiesFn(beam.DoFn):
    """Batches of stories -> stories with ``language``, ``mentions`` and ``entities`` filled; a
    batch that raises is retried story by story, and the story it raises on becomes a reject."""

    def __init__(self, model: str, languages: Sequence[str], aliases: Mapping[str, str],
                 patterns: Sequence[dict]) -> None:
        self._model = model
        self._languages = tuple(languages)
        self._aliases = dict(aliases)
        self._patterns = list(patterns)
        self._nlp: Any = None
        self._identify: Callable[[str], tuple[str, float]] | None = None
        self.stories = Metrics.counter("entities", "stories")
        self.mentions = Metrics.counter("entities", "mentions")
        self.unsupported = Metrics.counter("entities", "unsupported_language")
        self.dead_letters = DeadLetters(ENTITIES)

    def setup(self) -> None:
        patterns = self._patterns
        models = _MODELS.acquire(
            lambda: _load_models(self._model, patterns),
            tag=digest("ner", self._model, json.dumps(patterns, sort_keys=True)))
        self._nlp, self._identify = models.nlp, models.identify
        # What the process holds now (Beam, spaCy, the model: some 200,000 objects) stays for
        # as long as this step runs; frozen, the full collections that the stories' objects
        # trigger no longer walk it again each time (gc.freeze; 4.6 of 6.4 s of collections in
        # a 1,000-story run were full ones). Teardown hands it back to the collector.
        gc.freeze()

    def teardown(self) -> None:
        gc.unfreeze()

    def extract(self, batch: Sequence[Story]) -> list[Story]:
        return extract_entities(batch, self._nlp, self._identify, self._languages,
                                self._aliases)

    def process(self, batch: Sequence[Story]):
        try:
            extracted = self.extract(batch)
        except Exception:  # retried story by story: only the story it raises on is rejected
            extracted = []
            for story in batch:
                try:
                    extracted += self.extract([story])
                except Exception as err:
                    # BatchElements re-stamps elements; the reject keeps the story's time.
                    yield self.dead_letters.letter(story, err, story.ingested_at.timestamp())
        for story in extracted:
            if covers(self._languages, story.language):
                self.mentions.inc(len(story.mentions))
            else:
                self.unsupported.inc()
            self.stories.inc()
            # BatchElements re-stamps elements; restore the story's own (ingest-time) timestamp.
            yield window.TimestampedValue(story, story.ingested_at.timestamp())


class ExtractEntities(beam.PTransform):
    """Stories -> the same stories with language detected and entities extracted, on
    ``stories``; stories the stage raised on, on ``rejects``.

    ``languages``: ISO 639-1 codes the model covers; ``aliases``: casefolded form -> canonical
    name (:func:`alias_index`); ``patterns``: spaCy ``entity_ruler`` patterns
    (:func:`parse_patterns`); the caller reads both (this package does no I/O);
    ``spread_over_workers``: False when one process runs everything, where a reshuffle before
    the model would only cost a shuffle of every story; ``across_run``: check each name's label
    group against the whole run (:class:`CheckLabelsAcrossRun`; bounded runs only).
    """

    def __init__(self, model: str, batch_size: int, languages: Sequence[str] = ("en",),
                 aliases: Mapping[str, str] | None = None, patterns: Sequence[dict] = (),
                 spread_over_workers: bool = True, across_run: bool = True) -> None:
        super().__init__()
        self._across_run = across_run
        self._spread_over_workers = spread_over_workers
        self._model = model
        self._batch_size = batch_size
        self._languages = tuple(languages)
        self._aliases = dict(aliases or {})
        self._patterns = list(patterns)

    def expand(self, stories):
        if self._spread_over_workers:
            # The model is the costliest step: give every worker an even share of it. Without
            # this break the step inherits its input from the stage before, which the local
            # runner splits between workers by output chunk, not by story (20.9 MB against
            # 1.9 MB measured on Reuters-21578), and one worker ends up doing most of the NER.
            stories = stories | "SpreadOverWorkers" >> beam.Reshuffle()
        extracted = (
            stories
            # Fixed-size batches: BatchElements' adaptive sizing explores small batches, and
            # nlp.pipe over a handful of docs is slower per doc. A bundle's last batch is
            # flushed when the bundle ends, so streaming does not wait for a full one.
            | "Batch" >> beam.BatchElements(min_batch_size=self._batch_size,
                                            max_batch_size=self._batch_size)
            | "RunNer" >> beam.ParDo(ExtractEntitiesFn(
                self._model, self._languages, self._aliases, self._patterns)
            ).with_outputs(REJECTS, main="stories"))
        if not self._across_run:
            return {"stories": extracted.stories, REJECTS: extracted[REJECTS]}
        checked = extracted.stories | "CheckLabelsAcrossRun" >> CheckLabelsAcrossRun()
        return {"stories": checked.stories,
                REJECTS: (extracted[REJECTS], checked[REJECTS]) | "EntityRejects" >> beam.Flatten()}
