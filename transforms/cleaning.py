"""Rule-based, per-story cleaning: markup, unicode and scraper noise.

Pure functions only (no Beam, no I/O), so the stage's DoFn stays thin and every decision is
unit-testable. A line stays unless there is positive evidence that it is noise: hard-wrapped
text is joined into paragraphs first (``unwrap_hard_wrapped``), so no rule ever sees half a
sentence; table rows, list items and their labels are story text; a page's menus and footers
go only where runs of label lines frame the story. Whatever is taken out of a story is
returned as ``Noise(reason, text)`` so that nothing disappears silently; reason codes are
snake_case:

- ``related_link``: "See also ..." / "Read more: ..." lines, blocks under a "Related"-style
  label and headline blocks after the story (headlines kept in ``related_headlines``)
- ``credits``: "Reporting by ...; Editing by ..." and "... contributed to this report"
- ``agency_footer``: trust-principles lines and bare agency names (the "Reuter" sign-off)
- ``author_bio``: an author's name or bio after the credits, or a journalist's bio ending the text
- ``comment_form``: comment forms, policies, signatures, counts and readers' comment threads
- ``page_furniture``, ``photo_caption``, ``copyright``, ``site_prompt``: a page's furniture,
  named by its shape (timestamps, share bars, ad breaks, prompts, captions, legal notices and
  disclaimers)
- ``repeated_line``: a page's caption, teaser or button shown more than once
- ``navigation`` / ``tail_boilerplate``: a page's lines before / after the story, or anything
  after the credits that is not a story paragraph
"""

from __future__ import annotations

import bisect
import collections
import functools
import html as html_lib
import itertools
import re
import unicodedata
from collections.abc import Callable, Set
from typing import Literal, NamedTuple

import lxml.etree
import lxml.html

from transforms.furniture_model import STRONG_EVIDENCE, FurnitureModel, shipped_furniture_model
from transforms.records import Credit, Noise

# A line is judged by several passes over its story (the span, the head and footer runs, the
# teaser and credit checks each ask whether it is a sentence, a row, a credit): these
# per-line tests are pure, so each is worked out once per line. Wire copy's lines are mostly
# unique, so a small cache holding the current story's lines is enough.
_per_line = functools.lru_cache(maxsize=4096)

# --- html_to_text -------------------------------------------------------------------------

# Elements that start a new line when rendered; everything else is inline.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
# Never visible text. <head> goes too, so a page's <title> does not leak into the body.
DROPPED_TAGS = ("script", "style", "noscript", "template", "head")
# HTML whitespace only: &nbsp; is not collapsible.
HTML_WHITESPACE_RE = re.compile(r"[ \t\n\r\f]+")
FALLBACK_DROPPED_RE = re.compile(
    r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
FALLBACK_TAG_RE = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# Characters XML cannot hold: lxml refuses to set text containing them and renders NUL as
# U+FFFD. All are invisible and normalise_text drops them anyway.
XML_UNSAFE_RE = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Vertical tab (a word processor's manual line break) and form feed break lines, as in
# normalise_text; XML cannot hold them either.
XML_UNSAFE_BREAKS = str.maketrans("\x0b\x0c", "\n\n")

# --- normalise_text -----------------------------------------------------------------------

LINE_BREAK_RE = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Tab and every unicode space separator (category Zs) except the plain space itself.
UNICODE_SPACE_RE = re.compile(r"[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# C0/C1 controls (minus \n), invisible format characters that only break tokens (zero-width
# space, word joiner, BOM, soft hyphen), lone surrogates and non-characters (unencodable).
INVISIBLE_RE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\ud800-\udfff\ufffe\uffff]"
)
SPACE_RUN_RE = re.compile(r" {2,}")
BLANK_LINES_RE = re.compile(r"\n{3,}")

# --- unwrap_hard_wrapped ----------------------------------------------------------------

# Fixed-width wire text wraps every paragraph at about this width; pages render a paragraph
# per line, so any line longer than this means the text is not hard-wrapped.
HARD_WRAP_WIDTH = 80
# A decimal (3.25, 1,200.5), a range of numbers (3.25-3.75, 43 to 44) or a figure per unit
# ("85 cents / pound", "12 dlrs per barrel"): a measure, a price.
MEASURE_RE = re.compile(r"\d[.,]\d|\d\s*(?:-|to)\s*\d"
                        r"|\d\s+[^\W\d_]+\s*(?:/|\bper\b)\s*[^\W\d_]+")
# Wire copy, e-mail and fixed-width feeds wrap at 60-78 columns; text whose widest line is
# narrower (a menu, a results table, a column of headlines) is lines, not a wrapped paragraph.
MIN_WRAP_WIDTH = 55
MIN_WRAPPED_LINES = 3
# Indented wire copy may have this share of over-wide lines (two wrapped lines glued).
GLUED_LINE_SHARE = 0.05
# Without indentation, more than this share of the long lines (this share of the widest or
# wider) must look wrapped.
WRAPPED_PAIR_SHARE = 0.5
FULL_LINE_SHARE = 0.75

# --- clean_story --------------------------------------------------------------------------

# "-" and "*" need a space after them: "-5C overnight" or "*Updated" is not a bullet.
BULLET_RE = re.compile(r"^(?:[•·▪]\s*|[-*]\s+)(?P<text>\S.*)$")

# The prefix is taken as the start of a line only, so prose that mentions "see also" is kept.
# "Read more"/"Related" need a separator: "Related charges were ..." is prose.
RELATED_LINK_RE = re.compile(
    r"^[\[(]?(?:see also\b\s*[:|\-–—]?"
    r"|(?:read more|see more|related(?: (?:post|story|article|link)s?| coverage| content)?"
    r"|also read|read also|also see|more(?: on this(?: story| topic)?)?|further reading"
    r"|don'?t miss|must read|recommended|watch|listen)\s*[:|\-–—]"
    # the page's pager naming the story it leads to: "Next article: ...", "Older post → ..."
    r"|(?:(?:next|previous|prev|older|newer) (?:post|article|story|entry|item|episode)"
    r"|up next|next up|read next)\s*[:|\-–—→›»]"
    r"|also on (?P<site>[^:|]{1,40}?)\s*[:|]"
    # A domain names a site without a separator: "Also on example.com <headline>".
    r"|also on (?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\s)"
    r"\s*(?P<headline>\S.*?)[\])]?$",
    re.IGNORECASE,
)
# "Also on Monday: ..." is prose, not a link to another site.
NOT_A_SITE_RE = re.compile(
    r"^(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow"
    r"|yesterday|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|(?:the\s+)?(?:same|other|agenda|table))\b",
    re.IGNORECASE,
)
MAX_HEADLINE_CHARS = 250
# Another thread's subject, as mailing lists, digests and forums list them: a reply or a
# forward ("Re: Ferry fares rise again", "* Fwd: Re: ...", "[19 Dec] FW: ...", "2. Re: ..."),
# after a list's bullet, number or bracketed date or tag. A story's line opens so only in a
# memo's reference to a sum or a code ("RE: $70,375,000"), which is no headline.
EMAIL_SUBJECT_RE = re.compile(
    r"^\s*(?:[-*•·]\s*|\d{1,3}[.)]?\s+|\[[^\]]{1,20}\]\s*)*(?:(?:re|fwd?)\s*:\s*)+"
    r"(?P<headline>\S.*)$", re.IGNORECASE)
# A page's title joins the headline to a section or site name: "Opinion | ...", "... - Site".
TITLE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+")
MIN_HEADLINE_WORDS = 3

# Desk prefixes of wire headlines: "UPDATE 1-", "RPT-UPDATE 2-", "CORRECTED-", "WRAPUP 2-",
# "EXCLUSIVE-". Instructions to editors, not words of the headline; never names.
HEADLINE_PREFIX_WORDS = (
    "UPDATE", "WRAPUP", "WRAP", "CORRECTED", "CORRECTION", "REFILE", "RPT", "REPEAT", "EXCLUSIVE",
    "FACTBOX", "ANALYSIS", "SNAP ANALYSIS", "INSIGHT", "FEATURE", "INTERVIEW", "PREVIEW",
    "TIMELINE", "EXPLAINER", "GRAPHIC", "GRAPHIC-UPDATE", "BREAKINGVIEWS", "COLUMN", "FOCUS",
    "SPECIAL REPORT", "BRIEF", "BRIEFS", "HIGHLIGHTS", "DIARY", "URGENT", "FLASH", "BUZZ",
    "POLL", "REUTERS POLL", "NEWSMAKER", "OBITUARY", "QUOTEBOX", "TABLE", "ADVISORY", "RECAP",
    "FACTBOX-UPDATE", "VIEWPOINT", "PROFILE", "CHRONOLOGY", "BACKGROUNDER", "WITNESS",
)  # fmt: skip
HEADLINE_PREFIX_RE = re.compile(
    r"(?:(?:" + "|".join(sorted(map(re.escape, HEADLINE_PREFIX_WORDS), key=len, reverse=True))
    + r")(?:\s+\d{1,2})?\s*[-–—:]\s*)+")

# A dateline is the upper-case place ("NEW YORK", "ST. LOUIS"), optionally a date or region
# after a comma, optionally the agency in parentheses, then a dash (or the agency alone).
DATELINE_RE = re.compile(
    r"^(?P<place>[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,4}\.?)"
    r"(?:,\s*(?P<extra>[^()\n–—]{1,40}?))?"
    r"\s*(?:\((?P<agency>[A-Z][\w.&' -]{0,39})\))?"
    # It ends with a dash, or right after the agency when there is no dash.
    r"(?:\s*(?P<dash>[-–—]{1,2})\s|(?<=\))\s)"
)

MIN_PLACE_LETTERS = 3
DATE_LINE_RE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][\w.' -]{1,30})? \d{4}-\d{2}-\d{2}$")
# A credits role is a few words ending in a known credit noun ("Additional reporting",
# "Fact-checking", "Compiled"), at the start of the paragraph or after a separator.
ROLE_RE = re.compile(r"(?:^|[;.,]\s*|\(\s*)(?P<role>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}) by\s+")
ROLE_NOUNS = frozenset(
    {
        "analysis", "coverage", "compiled", "compilation", "data", "design", "designed",
        "edited", "editing", "fact-checking", "graphic", "graphics", "illustration",
        "illustrations", "interactive", "photography", "photos", "pictures", "produced",
        "production", "reported", "reporting", "research", "sub-editing", "translated",
        "translation", "video", "visuals", "writing", "written",
    }
)  # fmt: skip
POSSESSIVE_RE = re.compile(r"['’]s? ")
CONTRIBUTED_RE = re.compile(
    r"^(?P<names>.{3,120}?) contributed (?:reporting )?(?:to )?(?:this )?(?:report|story)\.?$")
NAME_SEPARATOR_RE = re.compile(r",\s*and\s+|\s*[,;&]\s*|\s+and\s+")
NAME_LOCATION_RE = re.compile(r"\s+(?:in|at|from)\s+\S.*$")
MAX_NAME_WORDS = 6

# "Our standards: The Thomson Reuters Trust Principles." and other agencies' variants.
# A wire desk's contact line: "-- " then a desk or a phone number.
WIRE_CONTACT_RE = re.compile(r"^--\s.*(?:\b(?:Newsroom|Desk|Bureau)\b|\d[\d -]{6,}\d\s*$)")
TRUST_PRINCIPLES_RE = re.compile(
    r"^(?:our standards:.{0,80}|.{0,40}(?:trust|editorial) (?:principles|standards)\.?)$",
    re.IGNORECASE,
)
AGENCY_NAMES = frozenset(
    {
        "afp", "agence france-presse", "ansa", "ap", "associated press", "bloomberg", "dpa",
        "efe", "kyodo", "reuter", "reuters", "the associated press", "thomson reuters", "upi",
        "xinhua",
    }
)  # fmt: skip
# "© Thomson Reuters 2020", "© 2023 Reuters. All Rights Reserved."
AGENCY_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:\d+\s*)?(?:"
    + "|".join(re.escape(name) for name in sorted(AGENCY_NAMES, key=len, reverse=True))
    + r")\b.{0,60}$",
    re.IGNORECASE,
)
COMMENT_FORM_RE = re.compile(
    r"^(?:leave a (?:reply|comment)(?: cancel reply)?"
    # A comment section's header: "34 responses to ...", "12 Comments", "Comments (12)".
    r"|\d+ (?:responses?|comments?|replies)\b.*|comments? \(\d+\)"
    r"|cancel reply"
    r"|(?:post|add|write) a comment"
    r"|comments are closed"
    r"|(?:(?:log|sign) in )?to (?:leave a |post a )?comment"
    r"|save my name, email, and website in this browser for the next time i comment"
    r"|your email address will not be published(?:\.? required fields are marked \*)?"
    r"|required fields are marked \*"
    # The form's own field labels, alone ("Name *") or run together ("Name * Email * Website").
    r"|(?:comment|name|e-?mail|website)\s*\*"
    r"|(?:(?:comment|name|e-?mail|website)(?:\s*\*)?\s*){2,}"
    r"|(?:post|submit) (?:a )?comment)\.?$",
    re.IGNORECASE,
)
# "Jane Doe is a senior correspondent ...", "She covers ...": the shapes of an author bio.
AUTHOR_BIO_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:is|was|has been|covers|joined|writes)\b"
    r"|^(?:He|She|They) (?:covers|joined|writes|has|holds|is|was)\b"
)
# An author's bio is a sentence or two.
BIO_MAX_WORDS = 60
# Paragraphs of prose kept before credits that show the story has begun (one may be a dek
# or a teaser kept above the byline).
STORY_BEGUN_PARAGRAPHS = 2
# A reader comment's signature: a user name (lower case, digits or underscores: not a person
# quoted in a story) or any name with the comment's date, then "says:" / "said:" / "wrote:".
COMMENT_SIGNATURE_RE = re.compile(
    r"^(?:(?=[\w.@-]*[a-z0-9_@])(?![A-Z][a-z]+ )[\w.@-]+"
    r"|[\w.@'()-]+(?: [\w.@'()-]+){0,4} (?:on|at) .{4,40}?\d.{0,20}?)"
    r" (?:says|said|wrote|replied|writes):$")
COMMENT_HEADER_RE = re.compile(
    r"^[\[(]?\s*(?:\d[\d,]*\s+(?:comments?|responses?|replies|reactions)\b.{0,60}"
    r"|(?:comments?|discussion)\s*\(\d[\d,]*\))\s*[\])]?$", re.IGNORECASE)
# Not "producer": "X is the world's largest producer of ..." is business news.
JOURNALIST_BIO_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:(?:is|was|has been) (?:an?|the|our|(?:[A-Z][\w&-]*\s+){1,4}?"
    r"[A-Z][\w&-]*['’]s) (?:[\w'’-]+ ){0,3}(?:reporter"
    r"|correspondent|editor|writer|journalist|columnist|photographer|contributor)\b"
    r"|reports (?:from|on)\b"
    # "... writes about housing for the Ledger", "... covers courts. Reach her at ...".
    r"|(?:writes|reports|blogs) (?:about|on) .{1,60}\bfor (?:the )?[A-Z].{0,60}$"
    r"|covers [\w ,&-]{1,60}[.;] (?:reach|contact|e-?mail|follow) (?:him|her|them)\b"
    # "... has reported on housing since 2019", "... has covered courts for a decade".
    r"|(?:has|had) (?:reported|covered|written|edited)\b.{0,80}$"
    # "... joined the Ledger in 2019 and covers housing": the beat names the journalist.
    r"|joined .{1,80}? and (?:covers|writes about|reports on)\b"
    # a freelancer's: "Jane Doe's work has appeared in the Ledger and elsewhere."
    r"|(?:work|writing|reporting|journalism|photography) (?:has|have) (?:appeared|been published)"
    r" in\b)"
    # A job title under the author's name: "Senior correspondent, transport".
    r"|^(?:[A-Z][\w-]+\s+){0,2}(?i:reporter|correspondent|editor|writer|columnist|presenter)"
    r"\b(?!['’])[^.]{0,60}$")
# Where the journalist works, said before the bio: "Based in Bergen, Jane Doe reports on ...".
BIO_BASE_RE = re.compile(r"^based in [^,]{1,40}, (?=[A-Z])", re.IGNORECASE)
# A beat in any of its verbs, said of a person's full name: "Jane Doe writes about tourism.",
# "Jane Doe covers labour for the Ledger and is based in Porto.", "... specialises in aviation",
# "Jane Doe has been with the Ledger since 2019." (a company's one-word name is no person's:
# "Millen specializes in greeting cards.")
BEAT_BIO_RE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} "
    r"(?:(?:covers|writes (?:about|on)|reports (?:about|on)|speciali[sz]es in) [^.;:\"]{1,80}"
    r"|has (?:been|worked) (?:with|at|for) [^.;:\"]{1,60} since\b.{1,20})\.$")
# A bio by word class: a person's full name (or He / She / They) opening a short sentence with a
# journalist's role or a verb of a journalist's career in it ("Jane Doe previously reported
# for the Ledger in Leeds.", "Jane Doe is an analyst at the Ledger."), or the name, a comma
# and a role ("Jane Doe, courts reporter, The Ledger"). Said of a person in the story too
# ("Smith is a former reporter who sued the paper."): only the page's tail, in words the
# story does not use, makes it the author's (``_mark_trailing_bios``).
BIO_ROLE_WORDS = frozenset(
    """reporter reporters correspondent correspondents editor editors writer writers journalist
    journalists columnist columnists contributor contributors analyst analysts producer
    producers photographer photographers critic critics blogger bloggers presenter anchor
    commentator freelancer stringer author presenters anchors host hosts meteorologist
    meteorologists forecaster fellow intern reviewer reviewers""".split())
# The roles as an expression's alternatives ("Our correspondent, ...", "About the author").
BIO_ROLES = "|".join(sorted(BIO_ROLE_WORDS))
BIO_VERBS = frozenset(
    """covers covered cover covering writes wrote written writing reports reported reporting
    focuses focused focusing specialises specializes specialised specialized joined leads led
    edits edited previously formerly report write edit hosts hosted anchored presents
    presented""".split())
# A company's words: "Wesray Capital is a private investment firm based in Morristown." A
# company's results have figures ("Fuji Bank reported a 72.1 billion yen net profit"); a bio
# names a year at most.
CORPORATE_WORDS = frozenset(
    """firm firms company companies corporation bank banks fund funds group maker makers
    subsidiary unit business businesses investor investors profit net earnings
    shares""".split())
YEAR_RE = re.compile(r"^(?:19|20)\d{2}\.?$")
CAREER_SPAN_RE = re.compile(r"\b\d{1,2} (?:years|decades)\b")
BIO_SUBJECT_RE = re.compile(
    r"^(?:An? [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}, )?"  # what they were: "A former teacher, "
    r"(?:(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})|He|She|They)(?P<sep>,? )(?P<rest>.+)$")
BIO_SENTENCE_MAX_WORDS = 25
# Sentences a bio's heading ("About the author") may stand over.
BIO_UNDER_HEADING_MAX_LINES = 2
# A bio says what its author does or did, never what they will or would: "Ola Berg will
# report to the council in December." is the story's.
MODAL_WORDS = frozenset("will would shall should must may might can could".split())
# The verbs a bio's sentence opens with after the name: "is", "has", "joined", "covers" ...
BIO_LEAD_VERBS = BIO_VERBS | frozenset("is was has had used".split())
BIO_TITLE_MAX_WORDS = 10
# A person's name: capitalised words, with the lower-case particles of many surnames
# ("Geert de Clercq", "Ludwig van Beethoven").
AUTHOR_NAME_RE = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+(?:(?:al|bin|da|das|de|del|della|der|di|dos|du|la|le|ter|van|von)"
    r"\s+)?[A-Z][\w'’.-]*){1,3}$")


# A publication's name ends in one of these; a byline's person's name does not.
PUBLICATION_WORDS = frozenset(
    """chronicle courier daily gazette herald journal ledger news online telegraph times
    tribune wire""".split())

# --- page shape: what a scraped page adds around the story ---------------------------------

# Function words: their share tells running prose from menus and labels (jusText's signal).
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers him his how i if in into is it its itself
    just me more most my no nor not now of off on once only or other our out over own same she
    should so some such than that the their them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with
    would you your""".split()
)  # fmt: skip
# A word runs on through the vowel signs and viramas of the Brahmic scripts (Devanagari to
# Sinhala, Thai), which are marks, not letters: "विज्ञापन" is one word.
WORD_RE = re.compile(r"[^\W\d_][\w'’\u0900-\u0dff\u0e00-\u0e7f-]*")
# A prose line is long enough to be a paragraph and written in sentences, not a label.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOPWORD_SHARE = 0.2
# Each non-prose line costs this much (plus its words) when choosing the story's span, so a
# subheading between paragraphs stays inside it while a menu between two blocks splits them.
CHROME_LINE_COST = 6
# Lines outside the story's span that are labels, not sentences, before they count as a page's
# menu or footer.
CHROME_MIN_LINES = 3
# Headlines closing the text, after its last sentence or row: two make a list of others.
TRAILING_HEADLINES_MIN = 2
# A fixture or schedule line names two teams or places: "PHILADELPHIA AT SAN FRANCISCO".
FIXTURE_MAX_WORDS = 5
# Lines a rule removes inside a story (an advert break, a labelled link) come one or two
# at a time; a longer run is the page's furniture.
INLINE_NOISE_MAX_LINES = 2
# A widget inside a story is a few lines (a video player: play, mute, captions, its time, full
# screen): the story's lines below it carry it on.
INLINE_WIDGET_MAX_LINES = 5
# A block of other stories between a short story's lines (a label, a few headlines with their
# stamps, an advert break) is a hole in the story at most this long, not its edge.
STORY_HOLE_MAX_LINES = 12
# A widget's controls and labels are this short ("Play", "Full screen", "Next image").
WIDGET_LABEL_MAX_WORDS = 6
# ... in a short story: a long one outweighs such a block anyway, and beyond its edges lie the
# page's comments and summaries, which share its words.
SHORT_STORY_MAX_WORDS = 120
# A table row is short; its label ("Nine mths", "Year", "Avge Rate Level Price") too.
TABLE_ROW_MAX_WORDS = 20
TABLE_LABEL_MAX_WORDS = 6
# Wire tables head their columns with up to this many short lines.
TABLE_HEADING_LINES = 3
# Rows that make a table where row-shaped labels may stand side by side (a page's head).
TABLE_MIN_ROWS = 3
FRAGMENT_MIN_WORDS = 3
# A row mostly of numbers weighs this much towards the story's span.
TABLE_ROW_WEIGHT = 2
NUMERIC_ROW_SHARE = 0.25
# Wire tables spell some numbers out: "Qtly div five cts vs five cts prior", "Record May Eight".
NUMBER_WORD_RE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|nil)\b", re.IGNORECASE)
# A menu entry with its count, as archives and category lists print them: "Sport (113)".
COUNTED_LINK_RE = re.compile(r"^\D{1,60}\(\d+\)$")
# A list item: a bullet, a wire digest's "-- ", or a number ("1.", "2)").
LIST_ITEM_RE = re.compile(r"^(?:[•·▪]\s*|[-*]\s+|--\s+|\d{1,3}[.)]\s+)\S")
# A numbered item, as a ranked list of other stories numbers its headlines: "1. ", "2) ",
# "#3 ", or a bare or padded number before a capital ("4 Ferry ...", "05 Why ..."); a bare
# number before a lower-case word is a headline's own figure ("22 ways to ...").
NUMBERED_ITEM_RE = re.compile(r"^#?(?P<number>\d{1,2})(?:[.)]\s+(?=\S)|\s+(?=[A-Z]))")
NUMBERED_HEADLINES_MIN = 2
# The number that opens a list's item: "1. ", "2) ".
ITEM_NUMBER_RE = re.compile(r"^(\d{1,2})[.)]\s+\S")
# A timed list's item: a clock time before a headline ("13:05 Tram drivers vote on the rota").
CLOCK_ITEM_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s+(?=[A-Z0-9\"'“‘])",
                           re.IGNORECASE)
# A list item's stamp after its headline: its readers' count or the time it went up ("(35
# posts)", "(10:47 AM GMT)"), the page's figures and not the headline's.
ITEM_STAMP_RE = re.compile(
    r"\s+\((?:\d[\d,.]*k?\s+(?:comments?|replies|posts?|likes?|reactions?)"
    r"|\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\)$", re.IGNORECASE)
# Reported speech in the past tense, or quotation marks: in a list's item, a story's point
# ("- The minister said the fund ..."). A headline's present tense ("Council says yes to the
# tram") is a headline's; elsewhere it marks story text too (``REPORTED_RE``).
PAST_REPORTED = r"\b(?:said|told|according to)\b|[\"“”]"
ITEM_REPORTED_RE = re.compile(PAST_REPORTED)
SENTENCE_END_RE = re.compile(r"[.!?…:;](?: ?[\"'”’)\]])*$")  # a closing quote may be spaced
SENTENCE_INSIDE_RE = re.compile(r"\w[.!?][\"'”’)\]]*\s+[\"'“‘(]?[A-Z]")
# An initial's full stop ("U.N. Council", "S. Africa") ends no sentence.
INITIAL_RE = re.compile(r"\b[A-Za-z]\.")

# Between two of the story's sentences the furniture model may judge a line sharing one word
# with the story in this many of its words (a pitch's "readers", "reporting", "story"), if its
# words add this many times the model's least evidence (a story's "The ferry company sent an
# email to staff." adds 2.6 times). On the real pages and Reuters, 4 words a shared word change
# no body; 3 take a gold line of two pages.
WORDS_PER_SHARED_WORD = 4
WORDS_SHARED_EVIDENCE = 3.0
# A line in title case or capitals may be a name or a heading of the story's ("Post Office"
# added 2.2 times the model's least evidence when this was set), a site's label in title case
# carries it in its words ("Top Picks For You" 4 times and more): the model needs this many
# times its least evidence. On the real pages and Reuters it takes six lines, none of a gold
# body ("Related Links").
TITLE_CASE_EVIDENCE = 2.5
# A label ("Today's topics:") over this many lines judged noise labels a list of noise.
LABELLED_NOISE_LINES = 2
# A dispatch's place in capitals on a line of its own, its date below: "NEW YORK", "LITTLE
# ROCK, Ark.".
DISPATCH_PLACE_RE = re.compile(r"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:,|$)")
# A table's unit in brackets: "(in rupees per tonne)", "(dollars per short ton)", "(in
# billions of yen unless specified)".
UNIT_NOTE_RE = re.compile(r"\((?:in [a-z]|[^)]*\bper\b)")
PLACE_MAX_WORDS = 4  # "RIO DE JANEIRO", "LITTLE ROCK, Ark."
# A sentence closed by a colon introduces a list or table in at least this many words; a
# shorter one is a table's own label ("Played Tuesday:", "Scorers:").
INTRODUCING_MIN_WORDS = 4
# Another story's card: its headline, up to this many lines of byline and stamp, a summary.
CARD_META_MAX_LINES = 3
CARDS_MIN = 2
# A summary repeats at least this many content words of its headline.
TEASER_PAIR_SHARED_STEMS = 2

# A month's name, whole or cut short ("March", "Mar.", "Sept"), for the dates in lines.
MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# Page furniture, by family. Each needs the line to be short: prose that mentions a newsletter
# or a cookie is story text.
FURNITURE_MAX_WORDS = 30
# A reading or listening time, every shape in one place: "5 min read", "12-minute read",
# "Approx. 4 min read", "Listening time: 3 mins", "Estimated reading time: less than a minute".
READ_TIME_RE = re.compile(
    r"^(?:\w+\.?\s+)?(?:\d+(?:\s*|-)min(?:ute)?s?\.?\s+(?:to )?(?:read|listen)"
                          r"|(?:read|listen)(?:ing)?(?: time)?:?\s*(?:\d+|less than a)\s*"
                          r"min(?:ute)?s?\.?)[.!]?$", re.IGNORECASE)
# What a gallery, a media player or a quiz prints of itself: its counter ("Image 2 of 7",
# "Question 16 of 50"), a player's ad countdown ("Skip in 5"), its controls; and a bare
# "[more...]" under a list of links. (Not a player's position, "0:00 / 3:03": with it, a
# player's controls inside a story make a run of furniture long enough to end the story, and
# the story's lines below the player were cut.)
MEDIA_WIDGET_RE = re.compile(
    r"^(?:(?:image|photo|picture|slide|question)\s*)?\d+\s*(?:of|/)\s*/?\s*\d+$"
    r"|^slideshow\s*\(\s*\d+\s*images?\s*\)$"
    r"|^(?:back to gallery|caption|close|(?:watch|play) video(?:\s+[\d:]+)?)$"
    r"|^skip in \d{1,2}s?$"
    r"|^\[more(?:\.{3}|…)?\]$",
    re.IGNORECASE,
)
# Whole lines only a web page prints around a story: its metadata, menus, ad breaks, feedback
# and comment prompts, share counters, disclaimers. Each family names a shape, not a site.
PAGE_CHROME_RE = re.compile(
    # a page's timestamp alone: "Wednesday 20 November 2019 9:22 am", "11/20/2019 01:14 PM"
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    rf"(?:\d{{1,2}}\.? {MONTH_NAME},? "
    rf"|{MONTH_NAME} \d{{1,2}},? )"
    r"(?:19|20)\d{2}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?: [a-z]{2,4})?)?$"
    r"|^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$"
    # metadata: "Updated 9 hours ago", "Published: 4 March 2024", "Posted in Sport"
    r"|^(?:(?:last |first )?(?:updated|published|posted|modified|reviewed|edited|revised)"
    r"(?: on| at)?:?\s+"
    rf"(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH_NAME} \d"
    r"|an? (?:hour|minute|day)|yesterday|today|just now).{0,50}"
    r"|(?:posted|filed) (?:in|under):? .{1,60}"
    r"|(?:posted|written|published) by .{1,40}? on .{0,30}\d.{0,30}"
    r"|getty images|(?:ap|afp|reuters|epa) photo"
    r"|listen to (?:this|the) (?:article|story).{0,20}"
    # menus and page controls; a bar of short items between pipes
    r"|[^|]{1,25}(?:\s*\|\s*[^|]{1,25}){2,}"
    r"|(?:main )?menu|skip to (?:the )?(?:main )?(?:content|navigation)|search|back to top"
    r"|(?:toggle|open|close) (?:navigation|menu)"
    # ad breaks and sponsored slots
    r"|(?:the )?(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))"
    r"|continue reading(?: below| the main story)?|scroll (?:down )?to (?:continue|keep) reading"
    r"|(?:promoted|sponsored|partner|paid) (?:content|stories|links|post)|advertise with us"
    # a newsletter form (a site's footer links are left to the footer's shape)
    r"|enter your e-?mail(?: address)?|never miss a (?:story|thing)\b.{0,80}"
    # feedback, sharing and comments
    r"|was this (?:article|story|page|post) (?:helpful|useful)\??"
    r"|(?:share|post|send|e-?mail) (?:this (?:story|article|page)|to|on|via)\b.{0,30}"
    r"|\d[\d,.]*k?\s+(?:(?:people|readers|users) )?(?:shares?|comments?|views?|likes?"
    r"|(?:shared|liked|viewed|recommended)(?: this(?: article| story)?)?)"
    r"|click to (?:share|e-?mail|print|tweet)\b.{0,60}|.{0,60}\(opens in (?:a )?new window\)"
    r"|(?:view|show|load|read|see) (?:all )?(?:\d+ )?comments?"
    r"|(?:what do you think|tell us (?:what you think|in the comments)|have your say"
    r"|join the (?:conversation|discussion|debate))\b.{0,60})[.!]?$"
    r"|\bnot responsible for the content of external (?:sites|websites|links)\b"
    # calls to act on the page, wherever they stand in a short line
    r"|\bclick(?:ing)? here\b|\b(?:get|download) (?:the|our) .{0,25}\bapp\b"
    r"|^follow [@\w.]+(?: \w+)? on (?:twitter|facebook|instagram|x|youtube|linkedin|tiktok)\b"
    r"|^write to [\w .'-]{2,40} at \S+@\S+|^(?:order reprints|print (?:this )?article)$"
    r"|^(?:an error (?:has )?occurred|this (?:article|story) has been sent)\b"
    r"|\b(?:must be |please )?(?:signed|logged|sign|log) in to (?:comment|post|reply)\b",
    re.IGNORECASE,
)
# Photo credits: "Photo: Jane Doe, AP", "REUTERS/Jane Doe", "Jane Doe / AP file", "Reuters files".
PHOTO_CREDIT_RE = re.compile(
    r"(?i:^(?:main\s+)?(?:photo(?:graph)?|image|picture|illustration)s?(?:\s+credit)?\s*:"
    r"|^file photo\s*:)"
    r"|(?:©\s*)?\b(?:REUTERS|Reuters|AP|AFP|Getty Images|EPA)\s*/\s*[A-Z][\w.' -]{1,40}$"
    r"|/\s*(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA)(?:\s+files?)?$"
    r"|^(?:\w+\s+){0,3}(?:AP|AFP|Reuters|REUTERS)\s+files?$"
)
COPYRIGHT_RE = re.compile(r"^(?:©|copyright\b|\(c\)\s*\d{4})|\b(?:all|some) rights reserved"
                          # "may not be published, broadcast, rewritten or redistributed"
                          r"|\bmay not be (?:(?:published|broadcast|rewritten|copied)"
                          r"(?:,|\s+or)?\s+)*(?:reproduced|republished|redistributed|published"
                          r"|broadcast|rewritten|copied|reused|retransmitted)\b"
                          # "Reproduction prohibited without permission", "Reprints forbidden",
                          # a sentence of its own after the publisher's name ("Harbour Star
                          # 2015. Reproduction forbidden.")
                          r"|(?:^|[.;]\s+)(?:no |any |commercial )?(?:reproduction|redistribution"
                          r"|republication|reprints?|reprinting|reposting|copying)\b.{0,40}"
                          r"\b(?:prohibited|forbidden|not (?:permitted|allowed)"
                          r"|without (?:the )?(?:prior )?(?:written )?(?:permission|consent))\b"
                          r"|\bmay be reproduced without\b"
                          # a licence by its abbreviation, which only a notice uses, or by
                          # name ("Republished from ... under a Creative Commons license.")
                          r"|\b(?:released|licen[cs]ed|available|published) under (?:a |the )?"
                          r"CC[ -]BY\b"
                          r"|\bunder (?:a |the )?(?:terms of (?:a |the )?)?Creative Commons\b"
                          # the sign and a year, a name between them ("© Fjord Post 2031")
                          r"|©\s*(?:(?:[A-Z][\w.'-]*|&)\s+){0,6}(?:19|20)\d{2}\b"
                          # "All other trademarks are the property of their respective owners."
                          r"|\b(?:trade ?marks?|brands?|logos?|product names?)\b.{0,60}"
                          r"\b(?:belong to|property of) their respective owners\b"
                          r"|^no part of (?:this|the) \w+(?: \w+)? may be (?:reproduced|reused"
                          r"|republished|copied)\b", re.IGNORECASE)
# Calls to act on the site: subscribe, share, sign in, accept cookies, advertising slots.
PROMPT_RE = re.compile(
    r"\b(?:newsletters?|inbox|cookies?|privacy policy|terms of (?:use|service)|recaptcha"
    r"|advertisement|follow us|share this|already a member|paywall|i consent"
    r"|consent to receiv\w*|by subscribing|unsubscribe|(?:news|email|breaking) alerts)\b"
    # Imperatives: at the start of a sentence, or after "please".
    r"|(?:^|[.!?]\s+|\bplease\s+)(?:subscribe|sign (?:up|in|out)|log ?in)\b"
    # ... or a button label closing the prompt: "... never miss a story Free Sign Up".
    r"|\b(?:subscribe|sign (?:up|in)|log ?in)$"
    r"|^[-–— ]*(?:ad|advert|sponsored(?: content)?)[-–— ]*$",
    re.IGNORECASE,
)
# Literal text every match of PHOTO_CREDIT_RE or PROMPT_RE contains, in case-folded form: a
# line without any skips the regex, whose unanchored case-insensitive alternations cost 20-40 us
# per line (most of the cleaning time on wire copy). Folding maps the non-ASCII letters that
# IGNORECASE matches to ASCII ones (the Python ``re`` docs list them) as ``lower()`` does not.
_ASCII_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
PHOTO_CREDIT_STARTS = ("main", "photo", "image", "picture", "illustration")  # "file photo:"
# has "file"
# A caption closes on its picture's credit: an agency or a photographer in parentheses ("...
# in Nogales, Ariz. (AP)", "(Photo by Jane Doe/Getty Images)", "(AP Photo/Jane Doe)"), or
# after "Credit:" or "Photo:" ("... ate a rabbitCredit: Getty - Contributor").
CAPTION_CREDIT_RE = re.compile(
    r"\((?:(?:AP|AFP|EPA|Reuters|REUTERS|Getty(?: Images)?|Shutterstock|iStock)(?: Photos?)?"
    r"(?:\s*/\s*[^()/]{2,40})?"
    r"|(?:Photo|Image|Picture|Illustration|Credit)s?(?:\s+by|:)\s+[^()]{2,60})\)$"
    r"|(?:\b|(?<=[a-z]))(?:Photo |Image |Picture )?Credits?:\s*[A-Z][\w .'&/-]{1,50}$"
    r"|\s(?:Photo|Image|Picture)s?:\s*[A-Z][\w .'&/-]{1,40}$")
PROMPT_WORDS = ("newsletter", "inbox", "cookie", "privacy policy", "terms of ", "recaptcha",
                "advertisement", "follow us", "share this", "already a member", "paywall",
                "i consent", "consent to receiv", "subscribe", "sign ", "log", "subscribing",
                "alerts")
AD_LABELS = frozenset(("ad", "advert", "sponsored", "sponsored content"))
# A share bar: nothing but the names of its buttons ("Share Adjust Comment Print", "Reddit
# Bluesky Mail", "Copy URL"), by word class: the sharing verbs and the platforms shared to.
# Not "shares", "shared" or "saves": a stock table's or a goalkeeper's heading, a block's label
# ("Most Shared").
SHARE_WORDS = frozenset(
    """share tweet tweets retweet repost reposts post email e-mail mail print save forward
    send sms url adjust comment comments facebook twitter whatsapp linkedin reddit pinterest
    pocket flipboard tumblr telegram messenger signal viber kindle youtube instagram google
    digg stumble newsvine x bluesky threads mastodon""".split()) | frozenset(
    # keeping the page and giving it ("Bookmark", "Add to favourites", "Gift this story",
    # "Embed this story", "Tell a friend", "Link copied to clipboard") and more platforms
    """bookmark favourite favourites favorite favorites gift embed tell copied clipboard pin
    permalink sharing printer saved addthis sharethis
    tiktok snapchat weibo wechat vk xing skype discord""".split())
# Where the platforms are named: "Follow the Fjord Post on TikTok", "Find us on Threads".
SHARE_PLATFORMS = frozenset(
    """facebook twitter whatsapp linkedin reddit pinterest pocket flipboard tumblr telegram
    messenger signal viber youtube instagram digg bluesky threads mastodon tiktok snapchat
    weibo wechat vk xing discord x""".split())
# What a share button names besides: the page and where it goes ("Share this article via
# email", "Copy link", "Send to a friend", "Save for later").
SHARE_FILLER = frozenset(
    "copy link this article story page via on to with as a friend friends colleague list"
    " later add options more friendly version library button buttons icons".split())
SHARE_BAR_MAX_WORDS = 12
# A count beside a button ("Share 12", "48 reposts"): only on a label this short.
# A count on its own: "12", "1,204", "3.4k" (not a figure inside a word or a decimal's part).
COUNT = r"(?<![\w.])\d[\d,.]*k?(?![\w.])"
SHARE_COUNT_RE = re.compile(COUNT)
SHARE_COUNT_MAX_WORDS = 3
# What a count beside a button counts: the buttons' plurals ("48 saves", "Shares: 12"). Only
# with a count: "Shares" alone heads a stock table's column.
SHARE_COUNT_NOUNS = frozenset(
    """shares saves bookmarks likes reposts retweets pins reactions favourites favorites
    recommendations recommends claps upvotes""".split())
# A count of what readers did with the page, said as a phrase: "Shared 14 times", "Saved by
# 30 readers", "12 people shared this".
READER_ACTIONS = (r"(?:shared|saved|bookmarked|liked|pinned|forwarded|e-?mailed|retweeted"
                  r"|reposted|recommended|favou?rited|sent)")
SHARED_COUNT_RE = re.compile(
    rf"^(?:{READER_ACTIONS}(?: by)? {COUNT}(?: (?:times|readers|people|users|members))?"
    rf"|{COUNT} (?:(?:people|readers|users|members|others) )?(?:have )?{READER_ACTIONS}"
    r"(?: (?:this|it)(?: (?:article|story|page))?(?: to a friend)?)?)\.?$", re.IGNORECASE)
# "Follow the Fjord Post on TikTok", "Find us on Threads and Bluesky": a follow or find call
# naming a platform (``SHARE_PLATFORMS``) is the site's, whoever it names.
FOLLOW_ON_RE = re.compile(
    r"^(?:follow|find|join|like|watch|subscribe to|connect with)\s+(?:(?P<who>[^.?!]{1,50})\s+)?"
    r"(?:on|via)\s+(?P<platforms>[\w -]{1,40}?)\.?$", re.IGNORECASE)
# A prompt written as a sentence speaks to the reader: a story's sentence that mentions an
# advertisement or a newsletter does not.
LABEL_MAX_WORDS = 4
# A block of lines about nothing in the story between two of its sentences
# (``_mark_foreign_blocks``): this many lines at least, between sentences of this many words.
FOREIGN_BLOCK_MIN_LINES = 2
FOREIGN_BLOCK_SENTENCE_WORDS = 4
ADDRESSES_READER_RE = re.compile(
    r"\b(?:you|your|our|us|we)\b|(?:^|[.!?]\s+)(?:please\s+)?(?:subscribe|sign|get|join|follow"
    r"|click|tap|download|register|log|enter|share|never miss|support|become|donate)\b",
    re.IGNORECASE)
# Reported speech or quotation marks mark story text however promotional its words are.
REPORTED_RE = re.compile(rf"{PAST_REPORTED}|\bsays\b")
# A line that introduces a block of links to other stories.
RELATED_BLOCK_RE = re.compile(
    r"^(?:related(?: coverage| articles?| content| stories| news| posts?)?"
    r"|recommended(?: for you| stories| reading)?|(?:\w+ )?recommends"
    r"|more (?:from|on|stories|news|articles|headlines)\b.{0,30}"
    r"|most (?:popular|read|viewed|shared)(?: (?:on|at|in) .{1,30})?|popular (?:on|at|in) .{1,30}"
    r"|trending(?: now| stories| on .{1,30})?|you (?:may|might) (?:also )?like|read next|up next"
    r"|(?:top|latest|featured|other|more) (?:stories|news|headlines|articles)|don'?t miss"
    r"|must read|editor'?s picks?|explore further|further reading|what to read next"
    r"|in other news|(?:popular|trending|most read) (?:this|today|right now|now)\b.{0,10}"
    r"|more|audios and videos on the topic)\s*(?::|\.{3}|…)?$",
    re.IGNORECASE,
)
# Comment-section rules: sentences about how the site moderates or publishes comments.
COMMENT_POLICY_RE = re.compile(
    r"\bcomment(?:s|ing)\b.{0,80}\b(?:moderat\w*|publish\w*|civil|libel\w*|on topic"
    r"|terms of use|submitted|republished|offensive|discussion)\b"
    r"|\b(?:moderat\w*|civil)\b.{0,60}\bcomments\b"
    # the section's state: "Commenting is closed for this article", "Comments are turned off"
    r"|^(?:comments|commenting)\b.{0,20}\b(?:closed|disabled|(?:turned|switched) off|ended"
    r"|suspended)\b"
    # "This discussion is now closed.": the page's section, in a state
    r"|^(?:this |the )?(?:discussion|conversation|comment section|comments section)"
    r" (?:is|has been|was) (?:now )?(?:closed|disabled|ended|suspended)\.?$"
    # how this page's section works: "This conversation is moderated ...", "Your comment is
    # awaiting moderation.", "Comments are hosted by ...", "No comments yet."
    r"|^this (?:discussion|conversation|thread|comment section|comments section)"
    r" is (?:pre-?)?moderated\b"
    r"|^your comment (?:is|will|has)\b.{0,50}\b(?:appear|approv|review|moderat|publish)\w*"
    r"|\baccepting (?:new )?comments on this (?:article|story|post|page|entry)\b"
    r"|^(?:nobody|no one) has commented\b|^no comments (?:yet|so far)\b"
    r"|^comments (?:are|will be) (?:hosted|powered|provided|not (?:shown|displayed|available))\b",
    re.IGNORECASE,
)
COMMENT_SECTION_WORDS = ("comment", "discussion", "conversation", "thread")
RELATED_ITEM_MAX_WORDS = 20
# A teaser for another story names its subject in at least this many content words; shorter
# headline-shaped lines are a story's own labels ("Men's Draw", "The bottom line").
TEASER_MIN_CONTENT_WORDS = 4
# A teaser may name a figure or two ("Exports rise 10.6 pct in July"); more is a table's row.
TEASER_MAX_NUMBERS = 2
# A headline that links to another story's media: "... (video)", "..., in pictures",
# "... - podcast". The marker names the medium, not a site's wording.
MEDIA_WORDS = r"videos?|photos?|pictures|gallery|audio|podcast|watch|listen|live|slideshow"
MEDIA_MARK_RE = re.compile(
    rf"(?:\s*[(\[](?:{MEDIA_WORDS})[)\]]|,?\s+(?:[-–—|:]\s*)?in (?:pictures|photos|videos?)"
    rf"|\s+[-–—|]\s*(?:{MEDIA_WORDS}))$", re.IGNORECASE)
# Every media mark ends in one of these words (before a closing bracket): a line that does not
# is spared the search, which tries the pattern at every position.
MEDIA_ENDINGS = tuple(
    "video videos photo photos pictures gallery audio podcast watch listen live slideshow".split())
# A media player's spoken label, naming its clip and how long it runs: 'Play video, "Ferry
# fares rise again", duration 2:36'.
PLAYER_LABEL_RE = re.compile(
    r"^(?:play|watch|listen to)(?: (?:video|audio|clip))?,\s*[\"“](?P<headline>[^\"“”]{3,150})"
    r"[\"”],?\s*duration\s+\d{1,2}(?::\d{2}){1,2}$", re.IGNORECASE)
# A clip's running time closing its headline: "... (2:36)", "... [0:58]"; a discussion's
# count of comments ("... (39 comments)", "... [12 replies]"); or a page's badge in square
# brackets and capitals ("... [UPDATED]", "... [NEW DETAILS]"): wire copy brackets in
# parentheses, and in words.
CLIP_LENGTH_RE = re.compile(r"\s*[(\[](?:\d{1,2}:\d{2}|\d[\d,]* (?:comments?|replies))[)\]]$"
                            r"|\s+\[[A-Z][A-Z ]{1,20}[A-Z]\]$")
# Lines on each side of a headline whose words a subheading shares: it introduces them.
NEIGHBOUR_LINES = 2
PAREN_NUMBER_RE = re.compile(r"\([^()]*\d[^()]*\)")
# A desk's topic slug before a headline: "SOCCER - ", "Rugby League - ", "Golf - ".
SLUG_RE = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2} - (?=\S)")
# A line under a short label: the label, a colon or a bar, the rest ("Background: Why fares
# keep rising", "More coverage | Ferry operator ..."). The label has no figure (no fact sheet's
# "AMT: 1,200,000") and two letters at least (no "Q:").
SHORT_LABEL = r"[^\W\d_]{2}[^\W\d]*(?:[ '’-][^\W\d]+){0,3}"
LABELLED_LINE_RE = re.compile(
    rf"^(?P<label>{SHORT_LABEL})\s*(?::|\s\|)\s+(?P<headline>\S.*)$")
# A link to another story under a label of any wording: as a labelled line, or after a spaced
# dash, an arrow ("Next in the series ➝ ...", "Tap to watch ▶ ...") or a question to the
# reader ("Missed it last week? ..."), or under a longer label of up to seven words, figures,
# commas and questions ("From 2021: ...", "New to this saga? Start here: ..."). Those need
# a label of two words or more and a teaser's headline after it: "Tue – Sat 4PM" is opening
# hours, "Oslo – Bergen" a route, "The council said on Monday: ..." a sentence. A label in
# capitals may run longer ("SEE IT ON TONIGHT'S NEWS: ..."). A wire's slug ("SOCCER - ...")
# has a hyphen.
POINTER_ARROWS = "➝→»›▸▶►▷"
# The Unicode blocks of arrows (Arrows, Supplemental Arrows-A and -B).
ARROW_BLOCKS = (("\u2190", "\u21ff"), ("\u27f0", "\u27ff"), ("\u2900", "\u297f"))
LABELLED_LINK_RE = re.compile(
    rf"^(?P<label>{SHORT_LABEL}|[A-Z]{{2}}[A-Z'’-]*(?: [A-Z'’-]+){{4,5}}"
    r"|(?P<long>[^\W_][\w'’,.-]*(?: [\w'’,.&?-]+){1,6}))"
    rf"\s*(?::|\s\||(?P<pointer>\s[—–{POINTER_ARROWS}]|\s>>|(?<=\w)\?))\s+(?P<headline>\S.*)$")
# A table's attribution or note ("Source: Weather Services Corporation", "Notes: ..."), not a
# link: the label's words are of this class.
ATTRIBUTION_LABEL_WORDS = frozenset(
    "source sources note notes credit credits legend compiled by units unit".split())
# A venue labels its results ("In Tirana:", "At Trent Bridge:"), not a link.
VENUE_LABEL_RE = re.compile(r"^(?i:in|at|from|on) [A-Z]")
# Between two paragraphs that read on, a teaser may be this short in content words.
SHORT_TEASER_CONTENT_WORDS = 3
# A label of this many words is a phrase pointing at a link ("Read the previous issue:").
LINK_LABEL_MIN_WORDS = 3
# What ends a link's label: a colon, a question, an arrow (">>" too); not a dash, which
# prose has ("The vote was close — Ferry operators and the board split"), nor a bar.
LINK_LABEL_ENDS = (":", "?", ">", *POINTER_ARROWS)
# A headline that asks is short; a longer question is a sentence of the story.
QUESTION_HEADLINE_MAX_WORDS = 10
# Articles and prepositions that link a headline's words (``_has_headline_grammar``).
HEADLINE_LINK_WORDS = frozenset(
    "a an the of to in for on by with from over about after into".split())
# A sentence opening on one of these refers back to what stands above it; a page's furniture
# speaks to its reader ("You", "We", "Your") or opens on its own subject.
PRONOUNS_REFERRING_BACK = frozenset("it its he his him she her they their them".split())
# Words that point back at what the text said before: a question with one is the story's own.
REFERRING_WORDS = frozenset(
    "it its this that these those he him his she her they them their we us our you your i me "
    "my anyone anybody someone somebody".split())
# The headline names its subject in at least this many content words, or in two when it is
# longer than a fact sheet's value ("Spotlight: A year of glass recycling"; "Weather: Sunny
# and mild" is a field).
LABELLED_HEADLINE_MIN_CONTENT_WORDS = 3
LABELLED_SHORT_HEADLINE_CONTENT_WORDS = 2
# Content words match on their first letters: "council" / "councils", "rescue" / "rescuers".
STEM_LETTERS = 5
# A bio's class words, as stems: the words a bio by class may share with the story.
BIO_CLASS_STEMS = frozenset(w[:STEM_LETTERS] for w in BIO_ROLE_WORDS | BIO_VERBS)
# Dates say when, not what: a teaser "... by June" is no closer to a story dated in June.
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday day days week weeks weekend month
    months year years today yesterday tomorrow""".split())
NOT_CONTENT_WORDS = STOPWORDS | CALENDAR_WORDS
# A list of names or places ("Becanovic (Lille), Alain Caveglia (Lyon), ...") has this many
# commas; a headline has fewer.
LIST_MIN_COMMAS = 2
# A fact sheet's row: "Issuer: Akron", "AMT: 1,200,000 DATE: 09/05/96", "Sale Amount: 6,310,000".
FIELD_ROW_RE = re.compile(
    r"^(?P<field>[A-Z][\w.'/&-]*(?: [\w.'/&-]+){0,2}):\s*(?P<value>\S.{0,80})$")
FIELD_VALUE_MAX_WORDS = 3
# ... or longer, in parts a headline has not: commas, "&", slashes, figures, a second field.
SHEET_VALUE_MAX_WORDS = 8
SHEET_VALUE_MARK_RE = re.compile(r"[,&/:\d]")
# A sheet's row may hold several fields in capitals, each with its colon.
SHEET_FIELD_RE = re.compile(r"(?:^|\s)[A-Z][A-Z0-9.&/ -]{0,20}:(?:\s|$)")
SHEET_FIELDS_MIN = 2
# A list of names marks its items: a place or role in parentheses, or a pairing ("vs.").
PLACE_MARK_RE = re.compile(r"\([A-Z][\w.' -]{0,25}\)")
PAIRING_MARK_RE = re.compile(r"\b[A-Za-z][\w.'-]*\)?\s+vs?\.?\s+\w")
# A fixture of a schedule or draw: two names, home and away ("CHICAGO AT ATLANTA", "Austria
# at Croatia", "Cincinnati at Florida (doubleheader)").
FIXTURE_RE = re.compile(
    r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2} (?:at|AT) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
    r"(?: \([\w -]{1,20}\))?$")
COMPARISON_RE = re.compile(r"\s(?:vs?\.?|versus)\s", re.IGNORECASE)
# A cricket scorecard's batting row, by how the batsman went out: "Saeed Anwar c Croft b Cork
# 176", "Ijaz Ahmed lbw b Mullally 61", "Salim Malik not out 2", "Moin Khan run out 4".
DISMISSAL_RE = re.compile(r"\b(?:c|st|lbw) (?:[A-Z][\w'-]+ )?b [A-Z]|\b(?:not|run) out \d")
PAIRING_RE = re.compile(r"\s+vs?\.\s+")
# Words of a list of names that are not capitalised: pairings, placeholders, name particles.
NAME_PARTICLES = frozenset(
    "al and bin captain da de del della der di dos du la le qualifier ter v van von vs".split())
NAME_LIST_MAX_STOPWORDS = 1
NAME_LIST_CAPITAL_SHARE = 0.8
# A table's footnote: "NOTE: Per-share results reflect ...", "Note - company said ...".
FOOTNOTE_RE = re.compile(r"^\(?notes?\b\s*[:.-]", re.IGNORECASE)

# A byline's name is a first name and a surname or two; a menu's four capitalised items
# ("Regions Markets Tech Lifestyle") are no name.
BYLINE_NAME_MAX_WORDS = 3
# A number in a row: "2", "5-3", "12.5", ".500", "-3".
ROW_NUMBER_RE = re.compile(r"[-+]?\.?\d+(?:[.,:-]\d+)*")
# Marks a line ends on when the next line carries it on: "Steve Jurgenson,", "(G. Archer",
# "Ferry pilots -", "Smith &".
CONTINUING_MARKS = (",", "(", "-", "&")
# A line framed in rule marks on both sides ends on its frame, not mid-phrase: "----- This list
# is sponsored by Ostby Books -----", "=== CLASSIFIED: boat for sale ===".
FRAMED_RE = re.compile(r"^[-=~*#_]{2,}\s.*\S\s[-=~*#_]{2,}$")
# A desk's note to the story's reader in brackets: "[CORRECTED 05:30 GMT]", "(Updates with ...)".
EDITORS_NOTE_RE = re.compile(r"^(?:\[[^\[\]]+\]|\([^()]+\))$")
# Words a phrase cannot end on: a line ending on one breaks off ("Top ten drivers in grid for").
UNFINISHED_ENDINGS = frozenset(
    "a an the and or but nor of for in at by from with into onto than that which whose".split())
# The last letter of the Latin alphabets (Latin Extended-B): "ø", "ş" and "ǎ" are Latin too.
LATIN_LAST_LETTER = "\u024f"
# Any character past the Latin blocks: a letter of another script, or a symbol.
PAST_LATIN_RE = re.compile(f"[^\\x00-{LATIN_LAST_LETTER}]")
# Verdicts given by a line's place on the page (before or after the story), not its words.
BY_POSITION = frozenset(("navigation", "tail_boilerplate"))
# Verdicts that prove a line before the story is the page's head.
HEADER_EVIDENCE = frozenset(("page_furniture", "site_prompt", "navigation"))
# Lines a page prints between the head's first sentence or field and the dispatch's dateline
# line: a dek, a byline, a tag, a stamp, a note or two.
DEK_MAX_LINES = 8
# A page's footer: its controls and links are this short ("Site map", "Email Jane Doe").
FOOTER_LINE_MAX_WORDS = 6
# A line in the footer is about the story when it shares this many content stems with it.
FOOTER_SHARED_STEMS = 2
# A figure on a line of its own: a rank down a "Most read" list ("1", "2"), a clock time
# ("23:51") or an age ("29h", "5m ago") beside a teaser. Wire copy sets no figure apart but
# in a table, under a row.
LONE_FIGURE_RE = re.compile(
    r"^(?:\d{1,3}|\d{1,2}:\d{2}(?:\s?[ap]m)?|\d{1,3}\s?(?:s|m|h|d|w|mins?|hrs?)(?: ago)?)$",
    re.IGNORECASE)
# Verdicts that prove a line after the story is the page's footer (an agency's sign-off or a
# teaser does not: wire copy ends with one, a story with its own list).
FOOTER_EVIDENCE = frozenset(
    ("page_furniture", "site_prompt", "copyright", "comment_form", "author_bio",
     "learned_furniture"))
# Verdicts of lines only a page's footer has: a list of headlines after one is not the story's.
FOOTER_ONLY = frozenset(("copyright", "comment_form", "author_bio"))
# The site speaking to its reader names one of them ("Share your thoughts below"): an opening
# verb alone is no evidence ("Share adjusted for stock split." is an earnings note).
READER_PRONOUN_RE = re.compile(r"\b(?:you|your|our|us|we)\b|\bwe'", re.IGNORECASE)
# ... or an imperative with its object's article: "Get the briefing ...", "Sign up now".
READER_IMPERATIVE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:please\s+)?(?:subscribe|sign|get|join|follow|click|tap|download|register"
    r"|log|enter|share|support|become|donate)\s+(?:the|a|an|this|it|up|in|out|now|today|free"
    r"|for|to)\b",
    re.IGNORECASE)
# ... or bids the reader behave on the page: "Be respectful in the comments." (with a word of
# the page's parts, ``UI_OBJECTS``: "Be careful out there." is a story's).
BEHAVE_IMPERATIVE_RE = re.compile(r"^(?:please\s+)?(?:be|stay|keep)\s+[a-z]", re.IGNORECASE)
# The page itself named in a sentence: "... for this article", "... on this story".
PAGE_REFERENCE_RE = re.compile(r"\bthis (?:article|story|page|post|site|website)\b",
                               re.IGNORECASE)
# A rule for the page itself says what may or must (not) be done with it: "No part of this
# page may be copied without consent.", "This article must not be republished." (a short
# sentence, up to ``NOTICE_MAX_WORDS``, naming this page: a story's sentence names what it
# reports on, not itself; a longer disclosure may be the article's own).
PERMISSION_RE = re.compile(r"\b(?:may|must|can|cannot|shall)\b", re.IGNORECASE)

# --- page furniture by shape: the word classes every site's controls are written in ---------
# Phrase lists fitted to the pages at hand miss the next site's wording; these classes name
# what a control is about (a reader's action on the page and what it acts on), not how one
# site words it.

# What a reader does on a site: the verbs of its buttons and prompts.
UI_VERBS = frozenset(
    """add bookmark click collapse comment contact continue copy download e-mail email expand
    follow get gift hide join leave like listen load log manage notify pin post print read
    register reply report save scroll send share show sign subscribe tap tweet view watch
    write open allow enable turn swipe""".split()) | frozenset(
    # what a reader does with an account or an offer: "Create a free account"
    "create start choose upgrade renew unlock activate receive".split())
# A control's verb, as the first word of a button or a menu's link ("Save", "Explore ...").
CONTROL_VERBS = UI_VERBS | frozenset("explore discover browse shop".split())
# What a control acts on: the page and its parts, the site's channels to the reader.
UI_OBJECTS = frozenset(
    """account alerts app article articles comment comments conversation discussion e-mail
    email emails feed inbox it link mailing newsletter newsletters newsroom notifications page
    post posts preferences profile replies reply response responses settings stories story
    subscription thread updates browser""".split()) | frozenset(
    # "Download PDF", "Print version", "Share with a friend"
    "pdf version friend friends topic topics author authors".split()) | frozenset(
    # what the site sends its reader: "We'll send you our best journalism each weekend."
    "journalism briefing briefings digest edition headlines roundup bulletin".split())
# A prompt speaks to its reader about this page ("Print this page", "Add your comment").
READER_WORDS = frozenset("me my your our us this".split())
UI_PROMPT_MAX_WORDS = 10
# A prompt of a bare verb and object ("Leave a comment", "Join the conversation") is this short.
UI_LABEL_MAX_WORDS = 4
# What a control's verb alone shows of the page: "Read more", "Load more", "View all".
UI_QUANTITIES = frozenset(("more", "all", "less"))
# A link to the next or previous page or post of the site: "Next Post", "Previous article",
# "← Older posts", "NEXT PREV" (alone, "Previous" heads a table's column).
PAGER_RE = re.compile(r"^(?:[←‹«<]\s*)?(?:next|previous|prev|older|newer)(?: (?:post|article"
                      r"|story|page|entry|posts|articles|stories|pages|entries)| prev| next)"
                      r"\s*[›»>]?$", re.IGNORECASE)
# "Be the first to comment", "Sign in to reply": the action closes the line.
UI_ACTION_END_RE = re.compile(
    r"\bto (?:comment|reply|post|subscribe|sign (?:up|in)|log ?in|register|keep reading"
    r"|continue reading|read more"
    # "Log in or register to join the debate"
    r"|(?:join|start|enter) the (?:debate|discussion|conversation))[.!]?$", re.IGNORECASE)
# A link to a file, marked with its format as pages mark such links: "Read the report (PDF, 29
# pages)", "Full text (PDF): ...", "Budget tables [XLS, 2 MB]".
DOCUMENT_MARK_RE = re.compile(
    r"[(\[](?:PDF|DOCX?|XLSX?|CSV|PPTX?|ODT|RTF)\b[^()\[\]]{0,30}[)\]]", re.IGNORECASE)
# An ad slot or break, in any wording: advertising words in a short label, or the story said to
# go on past something ("Article continues below this advert", "Story continues after ...").
ADVERT_WORD_RE = re.compile(
    r"\b(?:advert\w*|sponsor(?:s|ed)?|promoted|ads|ad-free)\b"
    # "ad" alone names a story's subject too ("Ad revenue"); a control acts on it
    r"|\b(?:report|skip|close|hide|remove|block|stop|mute|dismiss|why this)\b.{0,16}"
    r"\b(?:ad|banner)\b"
    r"|\bad\s*(?:feedback|choices|preferences|settings|blocker)\b"
    r"|\b(?:partner|paid|branded)\s+(?:content|post|stories|links|offers?)\b"
    r"|\bfrom (?:our )?(?:partners|sponsors|advertisers)\b"
    # a sponsor's slot: "Presented by our partners", "Brought to you by ...", "Commercial content"
    r"|^(?:presented|brought to you) by\b|\bcommercial (?:content|message|feature)\b",
    re.IGNORECASE)
# A sponsor's slot whose sponsor is a logo: a label that stops at its preposition, the name it
# introduces being an image: a participle and "by" ("Supported by", "Brought to you by") or a
# tie and "with" ("In partnership with"). A column's line cut there ("Trade talks with") has
# neither.
SPONSOR_SLOT_RE = re.compile(r"^(?:[A-Z][a-z]+(?:ed|ght)(?: to you)? by"
                             r"|In (?:partnership|association|collaboration|cooperation) with)$")
# The sponsor named: "In association with Acme", "Paid for by Acme" (a name in capitals: "In
# association with the council" is a story's).
SPONSOR_NAMED_RE = re.compile(
    r"^(?:In (?:partnership|association|collaboration|cooperation) with|Paid for by"
    r"|(?:Sponsored|Presented|Supported|Funded) by)(?: [A-Z][\w&.'’-]*){1,4}\.?$")
# The page itself said to be paid for: "This article was produced in partnership with Acme."
PAID_PAGE_RE = re.compile(
    r"^this (?:article|story|content|page|series|feature|report) (?:was|is|has been)"
    r" (?:produced|published|created|paid for|funded|sponsored|supported|presented)\b",
    re.IGNORECASE)
# Affiliate links and the site's commission on them: "We may earn a commission from links
# on this page." (a broker's commission names no reader).
AFFILIATE_RE = re.compile(
    r"^affiliate (?:links?|disclosure|partners?)\.?$"
    r"|\b(?:we|us|our)\b.{0,30}\bearn (?:a |an )?(?:small )?(?:affiliate )?commission\b",
    re.IGNORECASE)
# A call to act with no object, as a slot's button: "Shop now", "Learn more", "Find out more".
CALL_TO_ACT_RE = re.compile(
    r"^(?:shop|learn|find out|discover|buy|book|order|explore) (?:now|more|here|today)[.!]?$",
    re.IGNORECASE)
# A tip line: "Got a tip?", "Send tips to the newsroom", "Share your news tips with us".
TIP_RE = re.compile(
    r"^(?:got|have) a (?:news )?tip\b|^(?:send|share|email|e-mail) (?:us )?(?:your )?"
    r"(?:news )?tips?\b", re.IGNORECASE)
# A paywall's greeting of a subscriber: "Already a subscriber?", "Already registered? Log in".
ALREADY_RE = re.compile(
    r"^already (?:a |an )?(?:member|subscriber|subscribed|registered|signed up|have an account)\b",
    re.IGNORECASE)
AD_LABEL_MAX_WORDS = 5
# A slot of the page still loading, its state closed by an ellipsis: "Loading...", "Ad
# loading…", "Loading comments...". ("Ship loading" heads a freight table: no ellipsis.)
LOADING_RE = re.compile(r"^(?:(?:ad|advert|video|player|content)\s+)?loading\b"
                        r"[\w\s]{0,30}?\s*(?:\.{3}|…)$", re.IGNORECASE)
# The site asks its reader to let its ads through: "Please turn off your ad blocker", "Our
# journalism relies on advertising. Please consider allowing ads on this site." A story on ad
# blockers quotes or reports; this asks, or speaks to the reader (``AD_PLEA_RE``).
AD_PLEA_RE = re.compile(r"\b(?:please|you|your|our|us|we)\b", re.IGNORECASE)
AD_BLOCK_RE = re.compile(
    r"\bad[ -]?block(?:er|ers|ing)?\b|\b(?:allow|allowing|whitelist|whitelisting|unblock"
    r"|unblocking|enable|enabling)\b(?: \w+){0,2} (?:ads|adverts|advertising)\b"
    # the site unblocked by name, its ads named anywhere: "We run on ads. Please unblock us."
    r"|^(?=.*\b(?:ads|adverts|advertising)\b).*\b(?:unblock|unblocking|whitelist|whitelisting)\b",
    re.IGNORECASE)
# A classified notice by its legal formula: "Notice is hereby given that the board will
# meet ...", "Sealed tenders are invited for the supply of coal ...". A story reports a
# tender: "The ministry invited tenders for ...".
CLASSIFIED_NOTICE_RE = re.compile(
    r"^(?:public )?notice is hereby given\b|^(?:sealed )?(?:tenders|bids|quotations|offers"
    r"|applications|expressions of interest) are (?:hereby )?invited (?:for|from)\b",
    re.IGNORECASE)
CLASSIFIED_NOTICE_MAX_WORDS = 40
# An offer's or a bookmaker's small print, in its regulated formulas: "18+. T&Cs apply.",
# "Please gamble responsibly", "When the fun stops, stop". An ad's, wherever it stands.
AD_TERMS_RE = re.compile(r"\bt ?& ?cs apply\b|\b(?:gamble|bet) responsibly\b"
                         r"|\bbegambleaware\b|\bwhen the fun stops\b", re.IGNORECASE)
# What every formula of ``AD_TERMS_RE`` holds, asked first (as ``DISCLAIMER_KEYS``).
AD_TERMS_KEYS = ("&", "responsibly", "gambleaware", "fun stops")
# A dialog of the site with its reader, in the words such dialogs use everywhere: a social
# sign-in ("Continue with Google"), a prompt's dismissal ("Maybe later", "Remind me
# tomorrow"), a call to turn on notifications, a marketing checkbox ("Tick here if you'd
# rather not hear from us"), and the notice that the story came unedited from a feed.
SITE_DIALOG_RE = re.compile(
    r"^(?:continue|sign (?:in|up)|log ?in|register) with (?:google|facebook|apple|email|twitter"
    r"|x|microsoft|linkedin)$"
    r"|^(?:maybe later|not now|no,? thanks|remind me (?:later|tomorrow)|ask me later)[.!]?$"
    r"|\b(?:turn on|enable|allow|switch on) (?:push |browser |breaking news )?notifications\b"
    r"|^(?:tick|check) (?:here|this box) if you\b"
    r"|^(?=.*\bsyndicated feed\b)(?=.*\b(?:not (?:been )?edited|auto-?generated"
    r"|automatically (?:published|generated))\b)",
    re.IGNORECASE)
DIALOG_MAX_WORDS = 30
# How many readers took part in the comments, said as a phrase: "14 readers have weighed in".
COMMENTERS_RE = re.compile(
    r"^\d[\d,]* (?:readers?|people|users|others|members) (?:have |has )?(?:commented"
    r"|weighed in|responded|replied|reacted|joined the (?:conversation|discussion|debate))\.?$",
    re.IGNORECASE)
# An ad slot's counter or countdown, the one place an ad label holds a figure: "Ad 1 of 2",
# "Ad closes in 5 seconds", "Skip ad in 44".
AD_COUNTER_RE = re.compile(
    r"^(?:ad|advert|advertisement)\s+\d{1,2}\s*(?:of|/)\s*\d{1,2}$"
    r"|^(?:(?:skip|close)\s+)?(?:the\s+)?(?:ad|advert|advertisement)\b.{0,20}?\bin\s+\d{1,3}"
    r"\s*(?:s|secs?|seconds?)?\.?$", re.IGNORECASE)
AD_BREAK_RE = re.compile(
    # ("Keep reading – the story continues underneath")
    r"^(?:keep reading\s*[-–—:,]?\s*)?(?:(?:the|our|this)\s+)?"
    r"(?:story|article|text|report|page|reading|piece)\s+"
    # the verbs of the text going on: "continues", "carries on", "picks up again"
    r"(?:continues?|resumes?|(?:goes|carries|runs|picks up|keeps going)(?: on| again)?)\s+"
    r"(?:below|after|under|underneath|beneath|on|following)\b"
    # the reader sent on past the slot: "Keep scrolling to continue", "Scroll to read on",
    # "Keep reading below the ad"
    r"|^(?:keep )?scroll(?:ing)?(?: down)? to (?:continue|read on|keep reading)$"
    r"|^(?:keep|continue) (?:reading|scrolling) (?:below|after|under|beneath|past)\b"
    # whatever goes on, on the page's plane: "Content continues below", "Text resumes
    # underneath" (a story's "Trading resumes after the holiday." goes on in time)
    r"|^(?:(?:the|our|this)\s+)?[a-z]+\s+(?:continues|resumes)\s+(?:below|underneath|beneath)$",
    re.IGNORECASE)
# A control of the ad slot, pointing at it as the reader's: "Tell us about this ad", "Why am
# I seeing this ad?" ("Who paid for this ad?" names no reader: a story's question).
AD_POINTER_RE = re.compile(r"\b(?:this|these|the) (?:ads?|adverts?|advertisements?)\??$",
                           re.IGNORECASE)
AD_POINTER_READER_RE = re.compile(r"\b(?:i|me|my|you|your|us)\b", re.IGNORECASE)
AD_POINTER_MAX_WORDS = 8
AD_BREAK_MAX_WORDS = 8
# A copyright notice: the sign, or the word with a year, anywhere in a short line.
COPYRIGHT_MARK_RE = re.compile(
    r"©|\bcopyright\s+(?:©\s*)?(?:19|20)\d{2}\b|\(c\)\s*(?:19|20)\d{2}\b", re.IGNORECASE)
COPYRIGHT_MAX_WORDS = 15
# The sign and year closing a notice of any length ("... it is owned by Harbour Media. © 2024"):
# a story's sentence never ends on them.
COPYRIGHT_CLOSING_RE = re.compile(r"(?:^|\s)(?:©|\(c\))\s*(?:19|20)\d{2}\.?$", re.IGNORECASE)
# Symbols that belong to text, not to a page's controls (``holds_icon``): marks of rights and
# degrees, the letterlike symbols (℃, №, ℗, ™), circled numbers and letters (①, ⓒ) and the
# box-drawing lines of a text table.
TEXT_SYMBOLS = frozenset("©®°¦")
TEXT_SYMBOL_BLOCKS = (("\u2100", "\u214f"), ("\u2460", "\u24ff"), ("\u2500", "\u257f"))
# What a page strings its items on ("Top · New · Old", "<headline> | Members only").
ITEM_SEPARATOR_RE = re.compile(r"\s+[·|]\s+")
# The site thanking its reader for an action: "Thanks for signing up!", "Thank you for reading".
THANKS_RE = re.compile(r"^thanks?(?: you)? for (?:your\b|\w+ing\b)", re.IGNORECASE)
THANKS_MAX_WORDS = 8
# A social handle alone on its line: the author's or the outlet's profile link.
HANDLE_RE = re.compile(r"^@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}$")
# A player's or an ad's countdown, a short line of its own ("Your video will resume in 5
# seconds", "Up next in 8s"); the story's "within 30 seconds" is in a sentence.
COUNTDOWN_RE = re.compile(r"\bin \d{1,3} ?(?:s|secs?|seconds?)$", re.IGNORECASE)
COUNTDOWN_MAX_WORDS = 8
# A label set in spaced letters ("A D V E R T I S E M E N T"), judged as the word it spells.
LETTER_SPACED_RE = re.compile(r"^(?:\w ){3,}\w$")
# A scan's debris: marks of this many kinds and no letter or figure ("' ■ ■■ ,. • ."). A rule
# of one mark ("* * *", "-----") divides a story's sections, and two ("-- / --") fill a row.
DEBRIS_MIN_MARKS = 3
# A contact line with an address: "Contact Jane Doe at jdoe@example.org", "Email: desk@x.com".
CONTACT_RE = re.compile(
    r"^(?:[^.?!:]{1,30}[?:]\s+)?(?:contact|e-?mail|write to|reach|follow)\b.{0,60}\S+@\S+\.\w+$"
    r"|\b(?:reach|contact|e-?mail|write to) (?:him|her|them|me|us|the author)\b.{0,20}"
    r"\S+@\S+\.\w+\.?$", re.IGNORECASE)
# An address to reach someone at: an e-mail address or a handle on a platform ("@noravik").
ADDRESS_RE = re.compile(r"(?<![\w@])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[A-Za-z_]\w{1,30}\b")
CONTACT_LINE_MAX_WORDS = 12
CONTACT_LINE_MIN_WORDS = 3


def is_contact_line(line: str, n_words: int) -> bool:
    """A short line giving an address to reach someone at, in any words around it ("Nora Vik
    can be reached at nora@fjordpost.example.", "Nora Vik on X: @noravik"): a story quotes
    no address without saying whose (``REPORTED_RE``), and a long sentence may mention one.
    With a telephone number it is the wire desk's contact line closing the story ("--
    Derivatives desk, 312 408-8750 / E-mail: ..."), which stays. An address with no more
    than a label ("Sarah.Needleman@wsj.com", "Account: @bakingmaniac") is a page's own
    credit for the story or its pictures, kept as the page printed it: it takes
    ``CONTACT_LINE_MIN_WORDS`` words besides the address to say whose it is."""
    if ("@" not in line or n_words > CONTACT_LINE_MAX_WORDS
            or REPORTED_RE.search(line) is not None):
        return False
    without = ADDRESS_RE.sub(" ", line)
    return (without != line and HAS_DIGIT_RE.search(without) is None
            and len(WORD_RE.findall(without)) >= CONTACT_LINE_MIN_WORDS)


# A way to reach the author by name, without an address: "Email Jane Doe", "Got a tip?
# Contact Jane Doe", "Follow Jane Doe on Mastodon".
CONTACT_NAME_RE = re.compile(
    r"^(?:[^.?!:]{1,30}[?:]\s+)?(?:e-?mail|contact|message|follow|write to|reach)\s+"
    # the author named by role first: "Reach the author: Jane Doe"
    r"(?:the (?:author|reporter|writer|journalist|columnist|editor)s?:?\s+)?"
    r"(?P<name>[^@,.]{3,40}?)(?:\s+on\s+[A-Z][\w.]*)?\.?$", re.IGNORECASE)
# A breadcrumb trail: "Home > Sport > Latest", "News » World", "Home ⟩ Communities ⟩ Leeds".
BREADCRUMB_RE = re.compile(r"^[^<>›»⟩〉❯]{1,30}(?:\s+[>›»⟩〉❯]\s+[^<>›»⟩〉❯]{1,30}){1,6}$")
BREADCRUMB_SEPARATOR_RE = re.compile(r"\s+[>›»⟩〉❯]\s+")
# An archive's crumb of a date: a year, a month's day, a year's span ("1913–1981").
DATE_CRUMB_RE = re.compile(r"^\d{1,4}(?:[–-]\d{2,4})?$")
# A byline printed as page metadata: "By Jane Doe", "By Jane Doe, The Harbour Ledger".
BYLINE_RE = re.compile(
    r"^(?:(?:story|words|text|report|reporting|written|photos?|pictures|video|interview"
    r"|analysis)\s+)?by\s+(?P<name>[^,]{3,60}?)(?:,\s*(?P<outlet>[^,]{2,60}))?$",
    re.IGNORECASE)
# An author's page: "About Jane Doe", "View all posts by Jane Doe", "More from Jane Doe".
AUTHOR_PAGE_RE = re.compile(
    r"^(?:about|(?:(?:view|see|read|browse) )?(?:all |more )?(?:posts|stories|articles|work)"
    r" (?:by|from)|(?:(?:read|see|view) )?more (?:by|from))\s+(?P<name>.{3,60}?)\.?$",
    re.IGNORECASE)
# Pages only a site has, and its settings, as footer links name them ("Privacy settings",
# "Accessibility statement", "Cookie preferences"): one of these words marks a short label.
SITE_WORDS = frozenset(
    """accessibility careers cookie cookies disclaimer imprint impressum privacy sitemap""".split())
SITE_LINK_MAX_WORDS = 3
# --- notices, ad labels and footer links by word class: a short line made only of a class's
# words (plus stopwords and an outlet's name in title case) is that class's furniture; one word
# of another class ("Unauthorised copying of films is prohibited") makes it a story's sentence.

# A rights notice: ownership, reproduction and its permission, licences and trademarks.
RIGHTS_WORDS = frozenset(
    """copy copying copied copies copyright reproduce reproduced reproducing reproduction
    republish republished republishing republication redistribute redistributed
    redistributing redistribution distribution distribute reprint reprints reuse property
    prohibited forbidden permitted permission permissions consent unauthorised unauthorized
    protected licence license licensed licensing licences licenses trademark trademarks
    registered rights reserved syndication""".split())
# The notice's other words: what it covers and how it is asked for.
NOTICE_WORDS = frozenset(
    """material materials content contents article articles page pages site website text
    images photos photographs pictures work works publication part form written prior express
    requires required require allowed strictly contact without""".split()) | frozenset(
    # how a notice is asked ("Syndication requests: ...") and what a trademark marks
    "enquiries inquiries requests request queries logo logos marks law laws".split())
NOTICE_MAX_WORDS = 12
# Where a notice names its outlet: at the start, with its article or not ("The Fjord Post is a
# registered trademark.") or after "by", "of", "from" ("Content licensed by Fjord Post
# Syndication").
NOTICE_NAME_AFTER = frozenset(
    ("", "the", "by", "of", "from", "enquiries", "inquiries", "requests", "queries"))
# A line of the owner's copyright with its year anywhere: "All material copyright Fjord Post,
# 2026" (the word and a year; "The copyright expired in 1996." has a word of no notice).
YEAR_IN_LINE_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
COPYRIGHT_NAME_AFTER = NOTICE_NAME_AFTER | frozenset(("copyright",))
# The source credited with its year in parentheses under the story: "(Fjord Post, 2026)".
SOURCE_YEAR_RE = re.compile(r"^\((?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*,?\s+(?:19|20)\d{2}\)$")
# The publisher's acknowledgement in its footer: of the land's traditional custodians or
# owners, or of who funds it ("We acknowledge the financial support of the Government of
# Canada", "Fjord Post acknowledges the Traditional Custodians of the land ..."). A story
# quotes or reports such words.
ACKNOWLEDGEMENT_RE = re.compile(
    r"^(?:We|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+(?:would like to\s+)?"
    r"acknowledges?\s+the\s+(?i:traditional|original)\s+(?i:custodians|owners)\b"
    r"|^We\s+(?:would like to\s+)?acknowledge\s+the\s+(?:financial\s+)?support\s+of\b")
ACKNOWLEDGEMENT_MAX_WORDS = 40
# A print edition's imprint, or an archive's credit for its copy, opening its line: "Printed
# and published by Harbour Press Ltd, Quay Street.", "Published weekly for the proprietors
# by ...", "Digitised by the County Library from microfilm."; and the postal registration old
# US papers print ("Entered as second-class matter at the post office ..."). A story says
# what someone printed ("The leaflets were printed by the union."), or opens a sentence with
# it: "Published by Penguin in 1998, the book ..." (``CLAUSE_AFTER_RE``).
IMPRINT_RE = re.compile(
    r"^(?i:(?:printed|published|digiti[sz]ed|scanned|microfilmed|typeset)"
    r"(?: (?:and|&) (?:printed|published|digiti[sz]ed|scanned|distributed|microfilmed))?"
    r"(?: (?:daily|weekly|monthly|fortnightly|quarterly))?(?: for [\w' ]{1,40}?)? by) "
    r"(?:the )?[A-Z]"
    r"|^(?i:entered (?:as|at) (?:second|third)[- ]class (?:mail )?matter)\b")
IMPRINT_MAX_WORDS = 30
# A sentence's subject after an opening clause: ", the book", ", it", ", which".
CLAUSE_AFTER_RE = re.compile(
    r", (?:the|a|an|it|its|he|she|they|his|her|their|this|these|those|we|which|who)\b")
# A company's registration, as a legal footer states it: "Registered in England, company no.
# 1234567", "VAT number GB 123 4567", "Registered office: 12 Quay Street, Bergen"; or a
# periodical's registration number: "ISSN 1234-5678", "(USPS 123-456)", "RNI No. 12345/2020".
COMPANY_REGISTRATION_RE = re.compile(
    r"\b(?:company|registration|vat|reg\.?|org\.?)\s+(?:no\.?|nr\.?|number|num\.?|#)\s*:?\s*"
    r"[A-Z]{0,3}\s?\d"
    r"|\b(?:ISSN|USPS|RNI(?: No\.?)?)\s*:?\s*\d[\d -]{3,}"
    r"|^registered (?:office|address)\s*:", re.IGNORECASE)
COMPANY_REGISTRATION_MAX_WORDS = 25
# A site's legal disclaimer, in the phrases such notices are written in: what the site's
# content is for ("The information on this website is for general information purposes
# only", "Nothing on this page constitutes financial advice"), what it is not ("These
# statements have not been evaluated by the Food and Drug Administration", "not intended to
# diagnose, treat, cure or prevent any disease"), what the reader should do ("Consult your
# physician before ...", "Results vary depending on ..."). A story that quotes one reports
# it. Long, they would outweigh a story told in short lines (a guide, a recipe) as its span.
SITE_DISCLAIMER_RE = re.compile(
    r"\b(?:information|content|materials?|opinions|views)\b.{0,40}?\b(?:on|in|of) this"
    r" (?:web ?site|site|blog|page|podcast|newsletter)\b"
    r"|\bfor (?:general )?(?:informational|information|educational) purposes only\b"
    r"|\b(?:not|nothing\b.{0,30}?) constitutes?\b.{0,30}?\badvice\b"
    r"|\bnot been evaluated by the food and drug administration\b"
    r"|\bnot intended to diagnose\b"
    r"|^\W?results (?:may )?vary\b"
    r"|^consult (?:your|a) (?:physician|doctor|health ?care)"
    # the disclaimer's legal formulas: "provided as is", "not necessarily those of", "does not
    # endorse", "for personal, non-commercial use only", "accepts no responsibility" (not
    # "do not necessarily reflect": accounts say it of their own figures)
    r"|\bprovided [\"“]?as is\b|\bnot necessarily those of\b"
    r"|\bdoes not (?:necessarily )?endorse\b|\bnot for resale\b"
    r"|\bnon-?commercial (?:use|research|study|purposes) only\b"
    # an archive's rights statement: "This page is believed to be in the public domain"
    r"|\b(?:page|item|image|scan|text|material|issue|work)s? (?:is|are) (?:believed to be )?in"
    r" the public domain\b"
    r"|\baccepts? no (?:responsibility|liability)\b|\bis not affiliated with\b"
    r"|\bforward-looking statements\b|\btax-deductible to the (?:full )?extent\b"
    # investing's regulatory formulas, and a quote's delay
    r"|\bpast performance (?:is|does) (?:not|no)\b|\bcapital (?:is )?at risk\b"
    r"|\b(?:go|fall) down as well as up\b|\binvesting involves risks?\b"
    r"|\b(?:is|are) not (?:financial|investment|legal|tax|medical) advice\b"
    r"|\b(?:quotes|prices|data) (?:are )?delayed (?:by )?(?:at least |a minimum of |up to )?"
    r"\d+ ?min",
    re.IGNORECASE)
DISCLAIMER_MAX_WORDS = 80
# A word or two that every phrase of ``SITE_DISCLAIMER_RE`` holds, asked first: a substring
# test costs a tenth of the expression on a story's lines, and few lines hold one.
DISCLAIMER_KEYS = ("this ", "purposes only", "constitut", "evaluated by", "diagnose", "vary",
                   "consult", "as is", "necessarily those", "endorse", "commercial use",
                   "commercial research", "commercial study", "commercial purposes",
                   "public domain", "resale", "accept", "affiliated", "forward-looking",
                   "tax-deductible", "past performance", "capital at risk", "capital is at risk",
                   "as well as up", "involves risk", "financial advice", "investment advice",
                   "legal advice", "tax advice", "medical advice", "quotes delayed",
                   "prices delayed", "data delayed", "quotes are delayed", "prices are delayed",
                   "data are delayed")
# A consent banner's controls and links: cookies, consent, tracking, the reader's privacy
# choices ("Manage cookie preferences", "Necessary cookies only", "Your privacy choices").
CONSENT_WORDS = frozenset("cookie cookies consent privacy tracking trackers gdpr ccpa".split())
CONSENT_FILLER = frozenset(
    """accept reject decline allow deny all necessary essential only manage customise customize
    choices choice preferences settings options personal data information partners vendors
    opt out in sell share strictly functional analytics""".split())
CONSENT_MAX_WORDS = 8
# The sale of the reader's data, as US law makes sites word the link.
DO_NOT_SELL_RE = re.compile(
    r"^do not (?:sell|share)(?: or (?:sell|share))? my personal (?:information|data|info)$",
    re.IGNORECASE)
# Ownership stated outright: "All material is the property of Fjord Post."
PROPERTY_RE = re.compile(r"^(?:[\w ]{0,30}\s)?(?:is|are|remains?) (?:the )?(?:exclusive |sole )?"
                         r"property of [A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\.?$")
# An outlet's company line: "Greyhaven Chronicle Ltd 2026", "2026 Valley Courier Limited".
# The year is needed: "Company Name Transkaryotic Therapies Inc" heads a fact sheet's row.
COMPANY_NAME = r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:Ltd|Limited|Plc|PLC|LLC|GmbH|Inc)\.?"
COMPANY_YEAR_RE = re.compile(
    rf"^(?:(?:19|20)\d{{2}}\s+{COMPANY_NAME}|{COMPANY_NAME}\s+(?:19|20)\d{{2}})$")
# An ad slot's label: promotion, partnership, sponsorship, paid or commercial content.
AD_CLASS_WORDS = frozenset(
    """promotion promotions promotional promoted partner partners partnership sponsor
    sponsors sponsored sponsorship paid advertiser advertisers advertising advertisement
    advert adverts advt advertorial advertorials branded commercial ad ads underwriting
    brandstudio brandvoice brandlab brandpost""".split()) | frozenset(
    # the same label as sites in other languages print it over an ad slot
    """anzeige werbung reklame reklama реклама publicité publicite publicidad publicidade pubblicità
    advertentie annons mainos विज्ञापन 広告 广告 廣告 광고 إعلان""".split())
AD_SUBJECT_WORDS = frozenset(
    "ad ads paid commercial partner partners partnership promotion promotions".split())
AD_CLASS_STEMS = frozenset(word[:STEM_LETTERS] for word in AD_CLASS_WORDS)
AD_SLOT_LABELS = frozenset(
    "sponsored promoted advertisement advertorial brandstudio brandvoice brandlab brandpost"
    .split())
AD_LABEL_WORDS = frozenset(
    """content feature featured post story stories message offer brand studio notice placement
    partnership slot break loading space spotlight support political audio video bought
    local business""".split())
AD_CLASS_MAX_WORDS = 4
# An ad's sponsor named under its label, not a sentence: "Sponsored content by Harbour Dental",
# "Presented by Fenwick Plumbing", "In partnership with Nyota Bank". ("Promotion for Bristol
# City" is a sports result: a promotion names no sponsor.)
SPONSOR_CREDIT_RE = re.compile(
    r"^(?i:(?:sponsored|paid|partner|branded)(?: content| post| feature| story)?|presented"
    r"|brought to you|powered|underwritten|in (?:partnership|association))"
    r" (?i:by|with|from) (?:the )?[A-Z0-9][^.!?:]{1,50}$")
SPONSOR_CREDIT_MAX_WORDS = 10
# A label opening a line, before a dash, a middle dot, a colon or a bar, or in square brackets
# ("[ad] ..."); a dash may open it too ("— sponsor — ...").
AD_LABEL_OPENING_RE = re.compile(
    r"^(?:[—–-]\s*)?(?:\[(?P<tag>[^\]]{1,30})\]|(?P<plain>[^\W\d_][\w' ]{0,30}?))"
    r"(?(tag)\s*|\s*(?:[—–|·:]|\s-)\s*)(?P<rest>\S.*)$")
# A page of a print edition: "page 5", "Page A12", "p. 3", "Page One", "the front page".
PRINT_PAGE = (r"(?:(?i:page|p\.) ?(?:[A-Z]?\d+"
              r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
              r"|(?i:(?:the )?(?:first|front|back|last|next) page))(?:, (?i:col(?:umn|\.)) ?\d+)?")
# Where a jump sends the reader: a page, or a section's page by its code alone ("A6").
JUMP_TO_PAGE = rf"(?:{PRINT_PAGE}|[A-H]\d{{1,2}})"
# A print edition's jump line, as e-paper and PDF renderings and archive scans keep it: the
# jump ("(Continued on Page A4, Column 2)", "Concluded from Page One"); a pointer to another
# page, after a separator ("See PIER, Page B2", "Full results and tables, page 46", "LETTERS:
# page 12", "EDITORIAL — PAGE 8") or naming what is there ("Related story on page 12"); and
# the jumped story's head, its slug and the page it comes from ("PIER: from A1").
JUMP_LINE_RE = re.compile(
    r"^\(?(?:(?:(?i:(?:continued|concluded|cont'd|cont\.|story continues|jump(?:ed)?) "
    r"(?:on|from|to) )|(?i:(?:please )?see) (?:[\w' ]{1,30}(?:,| on) )?)"
    rf"{JUMP_TO_PAGE}"
    r"|(?:[^.!?()]{2,50}(?:[,:]| [-–—]) "
    r"|(?i:[\w' ]{0,30}\b(?:story|stories|report|coverage|results|pictures|photos|index) on) )"
    rf"{PRINT_PAGE})\.?\)?\.?$"
    r"|^[A-Z][A-Z' ]{1,20}: (?i:from|on) [A-H]\d{1,2}$")
JUMP_LINE_MAX_WORDS = 10
# A row of a print edition's index: a section, dot leaders, its page ("Business ........ B1",
# "Letters ... page 12"). A table's dot leaders end in its figures ("AMOCO.......2/23/87").
INDEX_ROW_RE = re.compile(rf"^[^.]{{2,40}}?\s*\.{{3,}}\s*{JUMP_TO_PAGE}$")
# A print page's folio ("— 7 —") and an edition's volume and number ("Vol. LXVIII — No. 27,554",
# "Volume 12, Number 3").
FOLIO_RE = re.compile(
    r"^[—–-] ?\d{1,4} ?[—–-]$"
    r"|^(?i:vol(?:\.|ume)) ?[IVXLC\d]+\b[^A-Za-z]{0,5}(?i:no\.|number) ?[\d,]+$")
# A site's own pages as its footer links name them: the pages only a site has
# (``SITE_WORDS``), and its about, careers, policy and contact pages, whose words a story uses
# too: a line of these is a link only when all its words are of the class.
SITE_SECTION_WORDS = SITE_WORDS | frozenset(
    """about advertise advertising career complaints conditions corrections editors enquiries
    ethics faq faqs feedback guidelines help index inquiries jobs journalists legal licensing
    masthead newsroom notice office policies policy staff standards statement subscriptions
    syndication team terms""".split())
SITE_SECTION_FILLER = frozenset(
    # "contact" only with a section's word: "Contact Group" is a company
    "site map us our the and of at with use service press centre center contact editorial"
    .split())
# A site's menu by its controls: "Menu  Search  Account", "Main menu  Close", "Toggle
# navigation" ("Close" or "Open" alone is a market's or a tournament's word).
MENU_WORDS = frozenset("menu navigation nav search account login logout sections".split())
MENU_FILLER = frozenset(
    "main close open toggle show hide skip jump browse all my your sign log in out".split())
MENU_MAX_WORDS = 5
# A comment section's controls and states: "Report abuse", "Newest first", "Upvote".
COMMENT_CONTROL_WORDS = frozenset(
    """upvote downvote reply replies respond responses comment comments commenting discussion
    thread abuse inappropriate newest oldest""".split())
COMMENT_CONTROL_FILLER = frozenset(
    "start join report flag hide show load collapse expand more first best top sort see view"
    " edit delete"
    " read all".split())
# A comment section's state, said as a sentence: "Responses are closed.", "Replies are off."
COMMENT_STATE_WORDS = frozenset("closed open disabled off paused loading yet".split())
COMMENT_STATE_MAX_WORDS = 4
# A count beside the section's name: "12 reader comments", "Discussion (4)".
COMMENT_COUNT_RE = re.compile(rf"\(?{COUNT}\)?")
COMMENT_COUNT_WORDS = frozenset(("reader", "readers", "people"))
# What a reader does to a comment, as its buttons name it one word a line ("Reply", "Report",
# "Recommend", "Like (3)"): a story's line is never one such verb alone.
COMMENT_ACTIONS = frozenset(
    "reply report like recommend flag upvote downvote respond quote mute unfollow".split())
# With a count, the section's other names and what its readers are doing: "Talk (12)",
# "Debate (4)", "12 people are discussing this".
COMMENT_COUNTED_WORDS = COMMENT_CONTROL_WORDS | COMMENT_ACTIONS | frozenset(
    "talk debate conversation conversations discussions discussing commenting".split())
COMMENT_COUNT_MAX_WORDS = 6
# A comment section's order: "Most liked first", "Top comments first", "Sorted by: newest".
COMMENT_ORDER_RE = re.compile(
    r"^(?:(?P<sort>sort(?:ed)?(?: by)?):?\s*)?(?:newest|oldest|latest|top|best|highest rated"
    r"|most (?:liked|popular|recent|recommended|upvoted|voted|replied(?: to)?))"
    r"(?P<what> (?:comments|replies|posts|responses))?(?P<first> first)?$", re.IGNORECASE)
# A comment section's rules, named as a label or in a sentence to the reader: "Community
# guidelines", "Comments are subject to our guidelines.", "Read our house rules."
COMMENT_RULES_RE = re.compile(
    r"^(?:(?:our|the) )?(?:community|house|comment|commenting|discussion|posting)"
    r" (?:rules|guidelines|standards|policy)$"
    r"|\b(?:our|your) (?:(?:community|house|commenting|comment|discussion) )?(?:rules"
    r"|guidelines|standards|code of conduct)\b", re.IGNORECASE)
COMMENT_RULES_SENTENCE_RE = re.compile(
    r"\b(?:comments?|commenting|commenters?|replies|discussion|respectful|civil)\b",
    re.IGNORECASE)
COMMENT_RULES_MAX_WORDS = 12
# A call for the reader's membership or money: "Support independent journalism: become a member."
MEMBERSHIP_WORDS = frozenset(
    """member members membership supporter supporters donate donation donations subscriber
    subscribers journalism unlimited""".split())
MEMBERSHIP_FILLER = frozenset(
    "support become join independent quality free today now give help fund subscribe get"
    " access".split())
# An offer's price: "from 5 a month", "for $1 per week", "only £2/month".
OFFER_PRICE_RE = re.compile(
    r"\s*\b(?:from|for|only|just)?\s*[$£€]?\d[\d.,]*\s*(?:a|per|/)\s*(?:day|week|month|year)\b",
    re.IGNORECASE)
OFFER_PRICE_WORDS = 4
MEMBER_COUNT_RE = re.compile(
    rf"{COUNT}\s+(?=(?:{'|'.join(sorted(w for w in MEMBERSHIP_WORDS if w.endswith('s')))})\b)",
    re.IGNORECASE)
# A newsletter's or alert's call: "Sign up to the Fjord Post Weekender", "Breaking alerts, free
# to your phone", "Delivered to your inbox each morning.": what it is and how it comes.
NEWSLETTER_WORDS = frozenset(
    """newsletter newsletters subscribe subscribed subscribing subscription subscriptions
    unsubscribe inbox briefing briefings digest alerts alert bulletin bulletins roundup signup
    mailing""".split())
# "Sign up" is the class's verb as one word: "sign" alone signs a contract.
SIGN_UP_RE = re.compile(r"\bsign(?:ed)?[ -]up\b", re.IGNORECASE)
NEWSLETTER_FILLER = frozenset(
    """get receive free daily weekly morning evening weekday weekdays weekend
    weekends every each straight direct directly email e-mail address phone mobile best top
    latest news stories headlines today now here thanks thank join list access full unlimited
    delivered deliver breaking week month day monday tuesday wednesday thursday friday
    saturday sunday manage preferences edition you're you've we'll we've you’re you’ve
    we’ll we’ve""".split()) | frozenset(
    # the site confirming the signup: "Done, you are subscribed", "Great, check your inbox"
    "done great success confirmed confirm check welcome aboard almost set".split())
# A subscription's terms, by word class: "Cancel anytime.", "No commitment. Renews monthly.",
# "You can unsubscribe with one click."
SUBSCRIPTION_TERMS_WORDS = frozenset(
    """cancel unsubscribe renew renews renewal commitment billed billing trial""".split())
SUBSCRIPTION_TERMS_FILLER = frozenset(
    """anytime any time free auto automatically monthly annually yearly one click easily
    plan plans contract minimum cancellation""".split())
SUBSCRIPTION_TERMS_MAX_WORDS = 8
# A paywall's meter: "You have reached your article limit.", "2 free articles left".
PAYWALL_METER_RE = re.compile(
    r"\b(?:article|story|reading|free[- ]article)s? (?:limit|allowance)\b"
    r"|\b(?:free )?(?:articles?|stories) (?:left|remaining)\b", re.IGNORECASE)
# A topic's name before the newsletter it names: "the Politics briefing", "our Arts digest".
NEWSLETTER_TOPIC_RE = re.compile(
    r"\b[A-Z][\w&-]* (?=(?:briefing|digest|newsletter|bulletin|alerts|roundup|edition)\b)")
NEWSLETTER_NAME_AFTER = frozenset(("", "the", "to", "for", "from", "with"))
NEWSLETTER_MAX_WORDS = 10
READER_CLASS_MAX_WORDS = 6
SITE_SECTION_MAX_WORDS = 5
# The words an outlet's name follows in a footer link: "About Fjord Post", "Jobs at Fjord Post".
# ("Jobs at The Fjord Post": an outlet's name may start with its article.)
SITE_NAME_AFTER = frozenset("about at with of from for the".split())


# A dated stamp of the page: a verb of writing or filing and nothing but a date and time after
# it ("Written 3 May 2026", "Filed 4 June 2026, 10:15 GMT", "Posted Monday, 2 March").
STAMP_RE = re.compile(
    r"^(?:(?:first|last|originally)\s+)?(?:written|filed|posted|published|updated|revised|edited"
    r"|modified|dated|submitted|created)(?:\s+(?:on|at))?:?\s+(?P<date>.+)$", re.IGNORECASE)
DATE_TOKEN_RE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
    rf"|{MONTH_NAME}"
    r"|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]m)?|[ap]\.?m\.?|at|on|of"
    r"|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|[/.-])", re.IGNORECASE)

# A page's stamp by its structure: parts a separator divides ("|", "·", "•", a spaced dash), each
# a byline's name, a date or time, or how long ago ("Jane Doe - 5 hours ago", "By Jane Doe |
# 3 May 2026", "Amended Saturday 25 August", "Refreshed 31 minutes ago").
STAMP_SEPARATOR_RE = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•]\s*")
AGE_RE = re.compile(r"^(?:about |around |over )?\d{1,3}\s*(?:secs?|seconds?|mins?|minutes?|hrs?"
                    r"|hours?|days?|weeks?|months?|years?)\s+ago$", re.IGNORECASE)
WEEKDAY_RE = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$", re.IGNORECASE)
CLOCK_RE = re.compile(r"^\d{1,2}:\d{2}(?:[ap]m)?$", re.IGNORECASE)
# Where a stamp's change was done, before its moment: "from Kyiv", "in Politics".
PLACE_DONE_RE = re.compile(r"^(?:from|in) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} (?=at |on )")
# The half of the day closing a clock time: its full stops end no sentence.
CLOCK_HALF_RE = re.compile(r"(?<=\d) ?[ap]\.m\.$", re.IGNORECASE)
MONTH_RE = re.compile(rf"^{MONTH_NAME},?$", re.IGNORECASE)
# An age notice of the page itself: "This article is more than 5 years old".
PAGE_AGE_RE = re.compile(
    r"^this (?:article|story|page|post|report) (?:is|was) (?:more than |over |nearly |almost )?"
    r"(?:a|one|\d{1,3}) (?:years?|months?|weeks?|days?) old\.?$", re.IGNORECASE)

# A page's tag list: its label, then short items divided by commas or semicolons ("Tags: tram
# fares, Bergen, Transport"); no figure, no sentence.
TAG_LIST_RE = re.compile(
    r"^(?:tags?|tagged|topics?|keywords?|categories|category|subjects?|themes?)\s*:\s*"
    r"(?P<items>[^\d.!?:]+)$", re.IGNORECASE)
TAG_MAX_WORDS = 4
# A tag list's label on a line of its own, its tags on the lines below: "Tags:", "Related
# Topics:", "Filed under"; a block of at most this many tags.
TAG_LABEL_RE = re.compile(r"^(?:related |more )?(?:tags|tagged(?: with)?|topics|keywords"
                          r"|categories|filed under)\s*:?$", re.IGNORECASE)
TAG_BLOCK_MAX_LINES = 12

# A page's meters by word class: how long the story takes to read or hear ("Approx. 4 min",
# "6-minute listen", "Time to read: 5 mins") and how often it was read ("Viewed 12,000 times",
# "3.4k reads"). A duration without a reader's word ("5 minutes", "Time: 5 min") is a row.
DURATION_RE = re.compile(r"^\d{1,3}(?:-|\s*)(?:min|mins|minutes?)\.?$|^(?:min|mins|minutes?)\.?$",
                         re.IGNORECASE)
READING_WORDS = frozenset(
    """read reading reads listen listening listens watch watching estimated est approx
    approximately""".split())
READING_FILLER = frozenset(
    "time length duration about around audio video to in a less than".split())
METER_MAX_WORDS = 6
VIEW_COUNT_RE = re.compile(
    r"^(?:(?:viewed|read|seen|played|watched|opened)(?: by)? \d[\d,.]*k?"
    r" (?:times|readers|people|users|visitors)"
    r"|\d[\d,.]*k? (?:views|reads|plays|listens|readers|visitors))\.?$", re.IGNORECASE)
# A post's counts of its readers' reactions, under a label or not: "Reader discussion: 14
# posts", "12 reposts · 40 likes". Not shares: "Volume: 12,000 shares" is a market's row.
SOCIAL_UNIT = (r"\d[\d,.]*k?\s+(?:comments?|replies|posts?|likes?|reposts?|reactions?"
               r"|retweets?|upvotes?)")
SOCIAL_COUNT_RE = re.compile(
    rf"^(?:[A-Z][\w'’]*(?: [\w'’]+){{0,2}}:\s*)?{SOCIAL_UNIT}(?:\s*[·|•,]\s*{SOCIAL_UNIT})*$",
    re.IGNORECASE)


def is_page_meter(line: str, n_words: int) -> bool:
    """A page's reading time or view count by word class: a duration (``DURATION_RE``) with
    a reader's word (``READING_WORDS``) and nothing but their filler, no sentence; a count
    of views (``VIEW_COUNT_RE``) or of reactions (``SOCIAL_COUNT_RE``)."""
    if SOCIAL_COUNT_RE.match(line):
        return True
    if n_words > METER_MAX_WORDS:
        return False
    if VIEW_COUNT_RE.match(line):
        return True
    tokens = [t.casefold() for t in re.split(r"[\s:|·•,()]+", line) if t]
    # "5 min" arrives as one token or two: join a number to the unit after it.
    joined: list[str] = []
    for token in tokens:
        if joined and joined[-1].isdigit() and DURATION_RE.match(token):
            joined[-1] = f"{joined[-1]} {token}"
        else:
            joined.append(token)
    durations = [t for t in joined if DURATION_RE.match(t) and any(ch.isdigit() for ch in t)]
    words = [t.rstrip(".") for t in joined if t not in durations]
    return (len(durations) == 1 and not is_sentence(line)
            and any(w in READING_WORDS for w in words)
            and all(w in READING_WORDS or w in READING_FILLER for w in words))


def is_dated_stamp(line: str) -> bool:
    """A page's stamp of when the story was written, filed or changed: ``STAMP_RE`` with
    only date and time words after the verb, and a day, month or figure among them."""
    match = STAMP_RE.match(line.strip().rstrip("."))
    if match is None:
        return False
    tokens = re.split(r"[\s,]+", match["date"].strip())
    return (all(DATE_TOKEN_RE.fullmatch(token) for token in tokens if token)
            and any(any(ch.isdigit() for ch in token) or token.casefold().endswith("day")
                    for token in tokens))


HAS_DIGIT_RE = re.compile(r"\d")


@_per_line
def line_words(line: str) -> tuple[str, ...]:
    """The line's words (``WORD_RE``), found once: a line's words are asked for by a dozen
    rules."""
    return tuple(WORD_RE.findall(line))


@_per_line
def _words_folded(line: str) -> tuple[tuple[str, str], ...]:
    """The line's words with their case-folded forms: several classes ask of the same line."""
    return tuple((word, word.casefold()) for word in line_words(line))


def _date_part(part: str) -> str | None:
    """What a part of a stamp tells: "age" ("5 hours ago"), "moment" (a date or time with a
    weekday or a clock time: "Saturday 25 August", "10:15"), "date" (a month's name and a
    figure: "3 May 2026"), else None. Bare figures ("4, 1, 1", "10.06") are a row's."""
    if AGE_RE.match(part):
        return "age"
    tokens = [token for token in re.split(r"[\s,]+", part) if token]
    if not tokens or not all(DATE_TOKEN_RE.fullmatch(token) for token in tokens):
        return None
    if any(WEEKDAY_RE.match(token) or CLOCK_RE.match(token) for token in tokens):
        return "moment"
    dated = any(ch.isdigit() for ch in part) and any(MONTH_RE.match(token) for token in tokens)
    return "date" if dated else None


def is_tag_list(line: str) -> bool:
    """A page's tag list (``TAG_LIST_RE``): every item a few words (``TAG_MAX_WORDS``)."""
    match = TAG_LIST_RE.match(line.strip())
    return match is not None and all(
        0 < len(item.split()) <= TAG_MAX_WORDS for item in re.split(r"[,;]", match["items"]))


def is_page_stamp(line: str) -> bool:
    """A page's stamp of who wrote it and when, by structure, not by its verb: a byline's name
    and a date, time or age, divided by a separator ("By Jane Doe | 3 May 2026", "Jane Doe -
    5 hours ago"); one word before a weekday, a clock time or an age ("Amended Saturday 25
    August", "Refreshed 31 minutes ago"); or the page's age notice. A table's dated field
    ("Record March 31", "Pay April 30", "Year ended March 31") names no weekday, time or
    age; a sentence that says how long ago is the story's."""
    text = line.strip()
    if PAGE_AGE_RE.match(text):
        return True
    # A clock's "a.m." ends no sentence ("Thursday 4 May · last edited 10:15 a.m.").
    if is_sentence(CLOCK_HALF_RE.sub("", text)):
        return False
    if _is_dated_byline(text):
        return True
    parts = STAMP_SEPARATOR_RE.split(text)
    if len(parts) > 1 and not parts[0]:  # the name left out: "| November 18, 2019 12:01 PM"
        return all(_date_part(part) is not None for part in parts[1:])
    if len(parts) > 1:
        name = byline_name(parts[0]) or parts[0]
        if is_person_name(name) and len(name.split()) <= BYLINE_NAME_MAX_WORDS:
            return all(_date_part(part) is not None for part in parts[1:])
        # Only a date and when it changed: "Thursday 4 May · last edited 10:15 a.m."
        return (any(map(_is_changed_at, parts))
                and all(_date_part(part) is not None or _is_changed_at(part) for part in parts))
    first, _, rest = text.partition(" ")
    return (AGE_RE.match(text) is not None
            or (first.isalpha() and first[0].isupper() and _is_changed_at(text)))


def _is_dated_byline(line: str) -> bool:
    """A byline that runs on into its date without a separator: "By" and one or more
    persons' names, then a date or time ("By Jane Doe on Monday, November 18th, 2019 at 11:08
    a.m.", "By Jane Doe, Ola Berg, 3 May 2026", "By Jane Doe Updated Nov 13, 2019, 10:28am
    EST"). "By 1990 the plant..." names no person."""
    words = line.split()
    if len(words) < 3 or words[0].casefold() != "by":
        return False
    for k in range(2, min(len(words), 2 + 3 * BYLINE_NAME_MAX_WORDS)):
        names = [name.strip() for name in re.split(r",|\band\b|&",
                                                   " ".join(words[1:k]).rstrip(","))]
        when = re.sub(r"^(?:on\s+|[,|]\s*)", "", " ".join(words[k:]))
        if (all(name and is_person_name(name) and len(name.split()) <= BYLINE_NAME_MAX_WORDS
                for name in names)
                and (_date_part(when) is not None or _is_changed_at(when))):
            return True
    return False


def _is_changed_at(part: str) -> bool:
    """A verb of change and its moment or age, the verb first or after one word in lower case,
    and where it was done between them ("Amended Saturday 25 August", "last edited 10:15
    a.m.", "Filed from Kyiv at 09:40"; "He arrived at 10:15 a.m." is a sentence)."""
    words = part.split()
    verb = 1 if len(words) > 1 and words[0].isalpha() and words[0].islower() else 0
    if not (len(words) > verb + 1 and words[verb].isalpha()
            and words[verb].casefold().endswith("ed")):
        return False
    when = " ".join(words[verb + 1:])
    return _date_part(PLACE_DONE_RE.sub("", when, count=1)) in ("age", "moment")


def words_of_class(line: str, strong: frozenset[str], weak: frozenset[str], *,
                   names_after: frozenset[str] | None = None, min_strong: int = 1) -> bool:
    """Every word of ``line`` is of the class (``strong``), its companions (``weak``) or a
    stopword, and ``min_strong`` are ``strong``: the line is that class's label or notice, not
    a sentence about something else. With ``names_after``, an outlet's name (two or more words
    in title case, "Fjord Post") may stand after one of those words ("Careers at Fjord Post";
    "" is the line's start): a headline in title case ("Indie Box Office") has no such place."""
    if HAS_DIGIT_RE.search(line) is not None:
        return False
    words = _words_folded(line)
    if not words:
        return False
    n_strong, name_run, previous = 0, 0, ""
    for word, folded in words:
        in_class = folded in strong or folded in weak or folded in STOPWORDS
        n_strong += folded in strong
        may_name = names_after is not None and word[0].isupper() and not word.isupper()
        if not in_class and may_name and (name_run or previous in names_after):
            name_run += 1
            continue
        if name_run == 1 or not in_class:
            return False
        name_run, previous = 0, folded
    return n_strong >= min_strong and name_run != 1


def is_outlets_ad_label(line: str) -> bool:
    """An outlet's name before its ad slot's label ("Fjord Post Sponsored", "Tidewater
    Digest BrandStudio"): capitalised words, then a label no company or club is named by
    ("Bristol City Promotion", "Fjord Advertising")."""
    words = line.split()
    return (len(words) > 1 and all(word[:1].isupper() for word in words[:-1])
            and words[-1].casefold() in AD_SLOT_LABELS)


def class_furniture_reason(line: str, n_words: int) -> str | None:
    """The reason a short line is a rights notice, an ad label or a footer link by its word
    class (``words_of_class``), else None."""
    if n_words <= NOTICE_MAX_WORDS and (
            COMPANY_YEAR_RE.match(line) or PROPERTY_RE.search(line) or SOURCE_YEAR_RE.match(line)
            # two of the class: one alone is a menu's "Property" or "Copy"
            or words_of_class(line, RIGHTS_WORDS, NOTICE_WORDS, names_after=NOTICE_NAME_AFTER,
                              min_strong=2)
            or is_copyright_with_year(line)):
        return "copyright"
    if n_words <= COMPANY_REGISTRATION_MAX_WORDS and COMPANY_REGISTRATION_RE.search(line):
        return "copyright"
    if n_words <= CONSENT_MAX_WORDS and (DO_NOT_SELL_RE.match(line.rstrip(".")) or (
            not is_sentence(line) and words_of_class(line, CONSENT_WORDS, CONSENT_FILLER))):
        return "page_furniture"
    if n_words <= SPONSOR_CREDIT_MAX_WORDS and SPONSOR_CREDIT_RE.match(line):
        return "site_prompt"
    # A word alone in brackets is a label, its dot an abbreviation's ("(Advt.)"); without
    # them it may be a wrapped sentence's last word ("... in the new / Partnership.").
    if n_words <= AD_CLASS_MAX_WORDS and (not is_sentence(line) or n_words == 1 and (
            line[0], line[-1]) in (("(", ")"), ("[", "]"))) and (
            words_of_class(line, AD_CLASS_WORDS, AD_LABEL_WORDS) or is_outlets_ad_label(line)):
        # no names: "Promotion for Bristol City" is a sports result
        return "site_prompt"
    if is_site_link(line, n_words):
        return "page_furniture"
    if n_words <= MENU_MAX_WORDS and not is_sentence(line) and words_of_class(
            line, MENU_WORDS, MENU_FILLER):
        return "navigation"
    return None


# A service credited for a slot of the page: "Powered by WordPress", "Recommended by Outbrain",
# "Ads by Google", "Content by Taboola", "Blog comments powered by Disqus", "Market data
# provided by Refinitiv": a name in capitals after the slot's word ("The plant is powered by
# Siemens turbines" is a story's).
SITE_CREDIT_RE = re.compile(
    r"^(?i:(?:(?:\w+ )?(?:comments|search|discussion|forum|chat|video|player|audio|maps?"
    r"|translation) )?(?:powered|hosted|served|recommended|promoted|sponsored|content|ads"
    r"|links) by|(?:(?:market )?data|quotes|prices|odds) (?:provided|supplied|powered) by)"
    r" [A-Z][\w.-]*"
    r"(?: [A-Z][\w.-]*){0,3}$")
# A publisher's identifiers: "ISSN 1234-5678", "Registered in England and Wales No. 123456",
# "Fjord Post is a trading name of Fjord Media Ltd".
PUBLISHER_ID_RE = re.compile(
    r"\bISSN:?\s*\d{4}-\d{3}[\dX]\b"
    r"|\bregistered in [A-Z][\w ]{1,40}?,?\s+(?:company\s+)?(?:no\.?|number)\s*:?\s*\d"
    r"|\ba trading (?:name|style) of\b", re.IGNORECASE)
# Agreeing to terms by acting on the page: "By signing up, you agree to our Terms".
AGREE_BY_ACTING_RE = re.compile(
    r"^by \w+ing\b.{0,60}\byou (?:agree|accept|consent)\b", re.IGNORECASE)
# An offer's words: "Limited time offer", "This article is for subscribers only", "Get 50% off".
OFFER_WORDS = frozenset(
    """offer offers discount trial exclusive subscription subscriber subscribers paywall
    premium""".split())
OFFER_FILLER = frozenset(
    """get limited time first month months year week no only article articles story stories
    continue reading special introductory save today now just off unlock plus free""".split())
# A percentage off makes its verb the offer's: "Save 40%", "Get 50% off".
PERCENT_RE = re.compile(r"\s*\b\d{1,2}\s?%")
OFFER_MIN_WORDS, OFFER_MAX_WORDS = 2, 8


def is_offer(line: str, n_words: int) -> bool:
    """A subscription offer by word class (``OFFER_WORDS``), its percentage stripped; no
    sentence. Two words at least: "Exclusive" alone may head a wire story."""
    if not OFFER_MIN_WORDS <= n_words <= OFFER_MAX_WORDS or is_sentence(line):
        return False
    unpriced = PERCENT_RE.sub(" ", line)
    strong = OFFER_WORDS | {"off", "save"} if unpriced != line else OFFER_WORDS
    return words_of_class(unpriced, strong, OFFER_FILLER)


def is_copyright_with_year(line: str) -> bool:
    """The owner's copyright with its year anywhere in the line, the rest a notice's words
    and the owner's name ("All material copyright Fjord Post, 2026.")."""
    yearless = YEAR_IN_LINE_RE.sub(" ", line)
    return (yearless != line and "copyright" in line.casefold()
            and words_of_class(yearless, RIGHTS_WORDS, NOTICE_WORDS,
                               names_after=COPYRIGHT_NAME_AFTER))


def names_comment_section(line: str) -> bool:
    """``COMMENT_POLICY_RE``: how the site moderates its comments, or that they are closed.
    Every wording of it names the section ("comment", "discussion", "thread"): an ASCII
    line that names none is spared the search, which tries the pattern at every position."""
    if line.isascii() and not any(word in line.casefold() for word in COMMENT_SECTION_WORDS):
        return False
    return COMMENT_POLICY_RE.search(line) is not None


def is_comment_rules(line: str, n_words: int) -> bool:
    """A comment section's rules (``COMMENT_RULES_RE``): a label, or a sentence that names
    the section or its manners ("Be civil. Read our house rules."); "Our rules changed in
    May." is a company's."""
    return (n_words <= COMMENT_RULES_MAX_WORDS and COMMENT_RULES_RE.search(line) is not None
            and (not is_sentence(line) or COMMENT_RULES_SENTENCE_RE.search(line) is not None))


def is_site_link(line: str, n_words: int) -> bool:
    """A link to one of the site's own pages ("About us", "Careers at Fjord Post", "Terms and
    conditions | Help"): the class of ``SITE_SECTION_WORDS``."""
    return n_words <= SITE_SECTION_MAX_WORDS and not is_sentence(line) and words_of_class(
        line.replace("|", " "), SITE_SECTION_WORDS, SITE_SECTION_FILLER,
        names_after=SITE_NAME_AFTER)


def reader_call_reason(line: str, n_words: int) -> str | None:
    """The reason a short line is a comment section's control, a call for the reader's
    membership or a newsletter's call by its word class (``words_of_class``), else None."""
    if n_words <= READER_CLASS_MAX_WORDS and not is_sentence(line) and words_of_class(
            line, COMMENT_CONTROL_WORDS, COMMENT_CONTROL_FILLER):
        return "comment_form"
    if n_words <= COMMENT_STATE_MAX_WORDS and words_of_class(
            line, COMMENT_CONTROL_WORDS, COMMENT_STATE_WORDS):
        return "comment_form"
    if n_words == 1 and line.rstrip(".").casefold() in COMMENT_ACTIONS:
        return "comment_form"
    uncounted = COMMENT_COUNT_RE.sub("", line)
    if (n_words <= COMMENT_COUNT_MAX_WORDS and uncounted != line and words_of_class(
            uncounted, COMMENT_COUNTED_WORDS, COMMENT_CONTROL_FILLER | COMMENT_COUNT_WORDS)):
        return "comment_form"
    order = COMMENT_ORDER_RE.match(line.rstrip("."))
    if order is not None and (order["sort"] or order["what"] or order["first"]):
        return "comment_form"

    # An offer's price says what the call costs, not what it is about: "Become a subscriber
    # from 5 a month." is the membership call; so does a count of those who answered it
    # ("Join 8,000 members"): a count before a member's word only.
    unpriced = MEMBER_COUNT_RE.sub("", OFFER_PRICE_RE.sub("", line))
    if n_words <= READER_CLASS_MAX_WORDS + OFFER_PRICE_WORDS * (unpriced != line) and (
            words_of_class(unpriced, MEMBERSHIP_WORDS, MEMBERSHIP_FILLER)):
        return "site_prompt"
    if n_words <= SUBSCRIPTION_TERMS_MAX_WORDS and words_of_class(
            line, SUBSCRIPTION_TERMS_WORDS, SUBSCRIPTION_TERMS_FILLER):
        return "site_prompt"
    signup = SIGN_UP_RE.sub("signup", line)
    # The capitalised word before "briefing" is a topic ("the Politics briefing") or the end
    # of the outlet's name ("The Fjord Post briefing"): either reading will do.
    if n_words <= NEWSLETTER_MAX_WORDS and any(
            words_of_class(text, NEWSLETTER_WORDS, NEWSLETTER_FILLER,
                           names_after=NEWSLETTER_NAME_AFTER)
            for text in (NEWSLETTER_TOPIC_RE.sub("", signup), signup)):
        return "site_prompt"
    return None


# A comment section's sort control: "Sort by: newest", "Sorted by oldest".
SORT_RE = re.compile(r"^sort(?:ed)? by\b", re.IGNORECASE)
SORT_MAX_WORDS = 4
# A signup form's fields and promises: "Your email address", "Email*", "We will never share
# your email", "Start your free trial".
FORM_FIELD_RE = re.compile(r"^(?:(?:type|enter|add|input|provide|insert|fill in) )?"
                           r"(?:your |an |the )?(?:e-?mail|(?:first |last |full )?name|password)"
                           r"(?: address)?(?: here)?\s*\*?\s*:?$", re.IGNORECASE)
PRIVACY_PROMISE_RE = re.compile(
    r"\b(?:never|not|won'?t|will not) (?:share|sell|rent|pass on|spam)\b.{0,40}"
    r"\b(?:e-?mail|address|data|details|information|inbox|you)\b", re.IGNORECASE)
TRIAL_OFFER_RE = re.compile(
    r"^(?:start|begin|try|get|claim|unlock|enjoy)\b.{0,30}\b(?:free\s+(?:trial|access|month"
    r"|week|days?)|(?:\d+|one|two|three|four|seven|thirty) (?:days?|weeks?|months?) (?:for )?free"
    r")\b", re.IGNORECASE)
# The page's credit for the article it carries, said of "this story": "This article was
# written by Nora Vik.", "This story was produced by Nora Vik, a senior in ...", "Article
# contributed by Nora Vik of the History Society.", "Nora Vik reported this story for ...".
# A story's report is "the report": "The report was prepared by the ministry."
AUTHOR_CREDIT_RE = re.compile(
    r"^(?i:this (?:story|article|report|piece|post|column|review|interview|feature)"
    r" (?:was|has been|is) (?:\w+ )?(?:written|produced|reported|edited|compiled|contributed"
    r"|prepared|translated|updated|fact-checked)(?: and \w+)? by"
    r"|(?:article|story|text|words) (?:contributed|written|supplied|compiled) by) "
    r"|^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) (?i:reported|wrote|produced|compiled"
    r"|contributed to) this (?i:story|article|report|piece)\b")
AUTHOR_CREDIT_MAX_WORDS = 40
# The site on its own journalist, by role and name: "Our correspondent, Nora Vik, joined the
# paper in 1996." What the correspondent says is reported, and the story's.
OWN_JOURNALIST_RE = re.compile(
    rf"^Our (?:[\w-]+ )?(?:{BIO_ROLES}),? [A-Z][\w'’.-]+"
    r"(?: [A-Z][\w'’.-]+){1,2},? [a-z]")
# A bio's heading, alone or before the bio: "About the author", "Meet our reviewers", "About
# the writer: Jo Lund edits ...".
BIO_HEADING_RE = re.compile(
    rf"^(?:about|meet) (?:the |our |this |your )?(?:{BIO_ROLES})"
    r"(?:$|: (?=[A-Z]))", re.IGNORECASE)


class CleanedText(NamedTuple):
    title: str
    highlights: tuple[str, ...]
    dateline: str | None
    agency: str | None
    body: str  # paragraphs joined with "\n\n"; the lead keeps its dateline
    credits: tuple[Credit, ...]
    related_headlines: tuple[str, ...]
    noise: tuple[Noise, ...]
    headline_prefix: str | None = None  # "UPDATE 1": the desk prefix the title starts with


def html_to_text(html: str) -> str:
    """Render markup as text, one line per block element; never raises."""
    html = XML_UNSAFE_RE.sub("", html).translate(XML_UNSAFE_BREAKS)
    if not html.strip():
        return ""
    try:
        # Bytes with an explicit encoding: lxml rejects str input that has an XML encoding
        # declaration.
        root = lxml.html.document_fromstring(
            html.encode("utf-8"),
            parser=lxml.html.HTMLParser(encoding="utf-8"),
        )
    except (lxml.etree.LxmlError, ValueError):
        return _strip_tags(html)
    lxml.etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    in_pre = {el for pre in root.iter("pre") for el in pre.iter()}
    for el in root.iter():
        # Source whitespace renders as one space, except inside <pre>.
        if el.text and el not in in_pre:
            el.text = HTML_WHITESPACE_RE.sub(" ", el.text)
        if el.tail and el.getparent() not in in_pre:
            el.tail = HTML_WHITESPACE_RE.sub(" ", el.tail)
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return _non_empty_lines(root.text_content())


def _strip_tags(html: str) -> str:
    """Regex fallback for input that lxml cannot parse at all."""
    text = FALLBACK_DROPPED_RE.sub("", html)
    text = FALLBACK_TAG_RE.sub(lambda m: "\n" if m.group(1).lower() in BLOCK_TAGS else "", text)
    return _non_empty_lines(html_lib.unescape(text))


def _non_empty_lines(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def normalise_text(text: str) -> str:
    """NFC, plain spaces and newlines only, stripped lines, at most one blank line in a row."""
    text = LINE_BREAK_RE.sub("\n", text)
    text = UNICODE_SPACE_RE.sub(" ", text)
    text = INVISIBLE_RE.sub("", text)
    # After removing invisibles: "e\u200b\u0301" composes only once the zero-width space is gone.
    text = unicodedata.normalize("NFC", text)
    text = SPACE_RUN_RE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return BLANK_LINES_RE.sub("\n\n", text).strip("\n")


def unwrap_hard_wrapped(text: str) -> str:
    """Hard-wrapped paragraphs (wire copy, e-mail, fixed-width feeds) joined into one line each.

    Lines are not the unit of meaning in wrapped text: a rule that judged them one by one would
    cut sentences in half. Text counts as hard-wrapped when no line is wider than
    ``HARD_WRAP_WIDTH``; then, if it marks paragraphs by indenting their first line (as wire
    copy does), every unindented line continues the paragraph above it; otherwise a line
    continues the one above it when that one was full (the next word would not have fitted)
    and did not end a sentence, and the paragraph's last line so joined ends a sentence or
    finishes a phrase the line above broke off; unless even the text's widest line is
    narrower than any wire wraps (``MIN_WRAP_WIDTH``). Blank lines always end a paragraph.
    Anything else is returned as it is.
    """
    lines = LINE_BREAK_RE.sub("\n", text).expandtabs(8).split("\n")
    filled = [line.rstrip() for line in lines if line.strip()]
    if len(filled) < MIN_WRAPPED_LINES:
        return text
    base = min(_indent(line) for line in filled)
    indented = [_indent(line) > base for line in filled[1:]]
    # Any indent starts a paragraph then: the sign-off " Reuter" is indented by one space.
    by_indent = any(indented) and not all(indented)
    too_wide = sum(len(line) > HARD_WRAP_WIDTH for line in filled)
    # Wire copy sometimes glues two lines into one; a page's paragraphs are all wide.
    if too_wide > (GLUED_LINE_SHARE * len(filled) if by_indent else 0):
        return text
    width = max(len(line.strip()) for line in filled if len(line) <= HARD_WRAP_WIDTH)
    if not by_indent and (width < MIN_WRAP_WIDTH or not _looks_wrapped(lines, width)):
        return text
    def continues(previous: str | None, line: str) -> bool:
        return previous is not None and line.strip() != "" and (
            _indent(line) == base if by_indent
            else _wrapped_before(previous, line.strip(), width)
        ) and not (_stands_alone(line.strip()) or _is_link_or_dateline(previous)
                   or _next_item(previous, line.strip()))

    above: list[str | None] = [None, *(line.strip() or None for line in lines[:-1])]
    joins = [continues(previous, line) for previous, line in zip(above, lines, strict=True)]
    paragraphs: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        # Without indents to go by, a paragraph's last line ends a sentence (or finishes
        # the phrase the line above broke off: "... to the end of" / "October 2, 2031"): a
        # full line followed by a short one that ends none ("Record Sept 16", "4. Lee
        # Westwood 301,972") is a line that merely reached the width above a table or list.
        last = i + 1 == len(lines) or not joins[i + 1]
        if joins[i] and (by_indent or not last or SENTENCE_END_RE.search(line.strip()) is not None
                         or _breaks_off(above[i])):
            paragraphs[-1] += " " + line.strip()
        else:
            paragraphs.append(line.strip())
    return "\n".join(paragraphs)


def _next_item(above: str, line: str) -> bool:
    """The line opens the item numbered after the one that opens the line above ("2. ..."
    under "1. ..."): a list's items, each a line of its own however full the one above."""
    this, that = ITEM_NUMBER_RE.match(line), ITEM_NUMBER_RE.match(above)
    return this is not None and that is not None and int(this[1]) == int(that[1]) + 1


def _looks_wrapped(lines: list[str], width: int) -> bool:
    """Most long lines read as a paragraph broken at the width (menus, tables and
    one-sentence-per-line text do not)."""
    pairs = [(a.strip(), b) for a, b in itertools.pairwise(lines)
             if b.strip() and len(a.strip()) >= FULL_LINE_SHARE * width]
    wrapped = sum(_wrapped_before(a, b, width) for a, b in pairs)
    return wrapped >= MIN_WRAPPED_LINES - 1 and wrapped > WRAPPED_PAIR_SHARE * len(pairs)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


LABEL_DASHES = "-–—"
# A link's label is a few words ("EXPLAINER:", "Don't miss:", "More from Tromso:"); four
# open a sentence ("New tender participants are: ...").
LINK_LABEL_MAX_WORDS = 3


def _stands_alone(line: str) -> bool:
    """A bare dateline, a labelled link to another story, a label of page furniture
    ("Sponsored", "- Advertisement -") or a bio's sentence with a role ("Jane Doe is a
    contributor on trade."): a line of its own, which does not continue the line
    above it, however full that was (a scraper puts an ad label or a teaser between a
    sentence's wrapped lines). A label opens with a capital or a dash and holds no figure; a
    sentence's tail may be furniture-shaped too, but opens with a word or a number or holds a
    date ("37,950,000 shares.", "April 2, 1987")."""
    return _is_link_or_dateline(line) or (
        (line[:1].isupper() or line[:1] in LABEL_DASHES) and not any(map(str.isdigit, line))
        and (furniture_reason(line) is not None or _is_role_bio(line)))


def _is_role_bio(line: str) -> bool:
    """A bio by word class that names a journalist's role, a verb right after the name ("...
    is a contributor on trade."): a career verb alone is a wrapped sentence's tail as often
    ("Agriculture Ministry reported at the end of February."), and so is a name with a role
    but no verb ("Donaldson Lufkin Jenrette analyst Richard Henderson.")."""
    match = BIO_SUBJECT_RE.match(line)
    return (match is not None and match["rest"].split(None, 1)[0] in BIO_LEAD_VERBS
            and is_bio_by_class(line)
            and any(w.casefold() in BIO_ROLE_WORDS for w in line_words(line)))


def _is_link_or_dateline(line: str) -> bool:
    """A bare dateline or a labelled link to another story ("Also on the site: <headline>",
    "EXPLAINER: <headline>"; its label capitalised: "more -- reporting losses" is a sentence's
    wrapped middle): the line below never continues it. A label of any wording is a few words
    (``LINK_LABEL_MAX_WORDS``) before a headline of words, neither in capitals nor with a
    figure nor a list: a table's labelled row ("SAO PAULO STATE: FRANCA 1.0 MM, MARINGA") or a
    sentence introducing a list ("New tender members are: Harbour Bank Ltd; Fjord") runs on.
    (A line merely shaped like furniture may be a sentence's first half: "Earlier today
    newspapers carried an advertisement".)"""
    if DATE_LINE_RE.match(line) is not None:
        return True
    if not line[:1].isupper():
        return False
    headline = labelled_headline(line)
    return parse_related_link(line) is not None or (
        headline is not None and not headline.isupper() and not any(map(str.isdigit, headline))
        and len(line[:-len(headline)].split()) <= LINK_LABEL_MAX_WORDS and ";" not in headline)


def _wrapped_before(previous: str, line: str, width: int) -> bool:
    """True when ``previous`` was broken only because the first word of ``line`` did not fit."""
    first_word = line.split(None, 1)[0]
    return (len(previous) + 1 + len(first_word) > width
            and SENTENCE_END_RE.search(previous) is None)


def parse_related_link(line: str) -> str | None:
    """The headline of a "See also <headline>"-style line, or None for anything else."""
    match = RELATED_LINK_RE.match(line)
    if match is None:
        return email_subject(line)
    if len(match["headline"]) > MAX_HEADLINE_CHARS:
        return None
    if match["site"] is not None and NOT_A_SITE_RE.match(match["site"]):
        return None
    return match["headline"]


def email_subject(line: str) -> str | None:
    """The subject of another thread's reply or forward (``EMAIL_SUBJECT_RE``), or None. A
    memo's reference is a sum or a code ("RE: $70,375,000"), a subject is in words."""
    match = EMAIL_SUBJECT_RE.match(line)
    if match is None:
        return None
    subject = match["headline"]
    return (subject if len(subject) <= MAX_HEADLINE_CHARS
            and len(line_words(subject)) >= MIN_HEADLINE_WORDS
            and not is_numeric_row(subject) else None)


def dateline_match(paragraph: str) -> re.Match[str] | None:
    """The dateline at the start of a lead, with groups ``place``, ``extra``, ``agency`` and
    ``dash``: the match ends where the story's first sentence begins."""
    match = DATELINE_RE.match(paragraph)
    if match is None:
        return None
    place = match["place"]
    # Upper case is what tells "LONDON -" from a sentence; a mixed-case place ("Beijing")
    # is only trusted with both an agency in parentheses and a dash. A place has a few
    # letters: "X - 1986 rates" is a table's footnote.
    if place != place.upper() and not (match["agency"] and match["dash"]):
        return None
    if sum(ch.isalpha() for ch in place) < MIN_PLACE_LETTERS:
        return None
    return match


def parse_dateline(paragraph: str) -> tuple[str, str | None] | None:
    """``(place, agency)`` from a lead like "WASHINGTON, June 19 (Reuters) - ...", else None."""
    match = dateline_match(paragraph)
    if match is None:
        return None
    agency = match["agency"].strip() if match["agency"] else None
    return match["place"], agency


def split_headline_prefix(title: str) -> tuple[str | None, int]:
    """``(prefix, offset)``: the wire's desk prefix of a headline ("UPDATE 1", "RPT-UPDATE 2",
    "CORRECTED") without its final dash, and where the headline proper starts; ``(None, 0)``
    when there is none. Only the desks' own capitalised words count, so "F-16 deal" or
    "US-China talks" keep their first word."""
    match = HEADLINE_PREFIX_RE.match(title)
    if match is None or match.end() >= len(title):
        return None, 0
    return match.group().rstrip(" -–"), match.end()


def is_dateline(paragraph: str) -> bool:
    """A story's lead with its dateline ("OSLO (Reuters) - ..."), or a dateline on a line of
    its own ("OSLO 2030-11-30")."""
    return parse_dateline(paragraph) is not None or DATE_LINE_RE.match(paragraph) is not None


def is_slugged_headline(line: str) -> bool:
    """A desk's headline in capitals after its topic slug ("SOCCER - POLAND DRAW 2-2 IN
    FRIENDLY"): a dateline's shape, but what follows the dash is no lead's sentence, only
    more capitals. A page prints other stories' headlines so above the story's dateline."""
    match = dateline_match(line)
    if match is None or not match["dash"] or is_sentence(line):
        return False
    rest = line[match.end():]
    return WORD_RE.search(rest) is not None and rest.isupper()


def is_bare_place(line: str) -> bool:
    """A dispatch's place on a line of its own, its date on the next line or left out
    ("BRUSSELS", "LITTLE ROCK, Ark."): a place in capitals, its state or country perhaps after
    a comma, in at most ``PLACE_MAX_WORDS`` words and no figure. Only above the story's date
    or lead is it a place: elsewhere a line in capitals is as likely a heading or a label."""
    return (DISPATCH_PLACE_RE.match(line) is not None and len(line.split()) <= PLACE_MAX_WORDS
            and not any(ch.isdigit() for ch in line))


def _opens_story(line: str) -> bool:
    """A dateline that opens the story: a lead's or a bare one, not a slugged headline."""
    return is_dateline(line) and not is_slugged_headline(line)


@_per_line
def parse_credits(paragraph: str) -> tuple[Credit, ...]:
    """Credits of a paragraph made only of "<Role> by <names>" parts, else ``()``."""
    text = paragraph.strip().removeprefix("(").removesuffix(")").strip()
    contributed = CONTRIBUTED_RE.match(text)
    if contributed:
        # "Jane Doe and Ola Berg contributed to this report": the names come first.
        names = [NAME_LOCATION_RE.sub("", name.strip(" .;,()")) for name in
                 NAME_SEPARATOR_RE.split(contributed["names"].removeprefix("The ").strip())]
        names = [POSSESSIVE_RE.split(name)[-1] for name in names]  # "Fox News’ Jane Doe"
        return (tuple(Credit("contributed", name) for name in names)
                if all(map(_is_name, names)) else ())
    roles = [m for m in ROLE_RE.finditer(text) if _is_role(m["role"])]
    if not roles or roles[0].start() != 0:
        return ()
    credits: list[Credit] = []
    for match, following in zip(roles, [*roles[1:], None], strict=True):
        segment = text[match.end() : following.start() if following else len(text)]
        names = [
            NAME_LOCATION_RE.sub("", name.strip(" .;,()"))
            for name in NAME_SEPARATOR_RE.split(segment.strip(" .;,()"))
        ]
        if not names or not all(_is_name(name) for name in names):
            return ()
        role = match["role"].lower()
        credits.extend(Credit(role, name) for name in names)
    return tuple(credits)


def _is_role(role: str) -> bool:
    return role.lower().split()[-1] in ROLE_NOUNS


def _is_name(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and words[0][0].isupper()
        and not any(ch.isdigit() for ch in name)
    )


@_per_line
def classify_tail_line(paragraph: str, *, in_tail: bool) -> str | None:
    """The noise reason for a paragraph, or None to keep it in the body.

    Comment forms and agency footers are recognised anywhere; author names, bios and other
    boilerplate only in the tail, where they can no longer be part of the story.
    """
    if COMMENT_FORM_RE.match(paragraph) or COMMENT_SIGNATURE_RE.match(paragraph):
        return "comment_form"
    if (
        TRUST_PRINCIPLES_RE.match(paragraph)
        or AGENCY_COPYRIGHT_RE.match(paragraph)
        or paragraph.lower().rstrip(".") in AGENCY_NAMES
    ):
        return "agency_footer"
    if not in_tail:
        return None
    if AUTHOR_NAME_RE.match(paragraph) or (
            AUTHOR_BIO_RE.match(paragraph)
            and paragraph.split(None, 1)[0].lower() not in STOPWORDS):
        return "author_bio"
    return None if is_story_paragraph(paragraph) else "tail_boilerplate"


def continue_extraction(extracted: str, page_text: str) -> str:
    """The extractor's article, continued where it stopped mid-story.

    A main-content extractor can stop at an advert break or an embed inside the article and
    lose the rest of it. When its last paragraph is story prose and the page goes on, after
    that paragraph, with at least ``CHROME_MIN_LINES`` more paragraphs in sentences (page
    furniture between them skipped), those paragraphs are the article's too. The first line
    that is not a sentence (a "More stories" label, a menu, a comment count) or that is a bio,
    a prompt or a tail line ends it. ``page_text``: the whole page, one line per block.
    """
    paragraphs = [line for line in extracted.split("\n") if line.strip()]
    if (not paragraphs or not _is_paragraph(paragraphs[-1])
            or furniture_reason(paragraphs[-1]) is not None):
        return extracted
    page = [line for line in normalise_text(page_text).split("\n") if line.strip()]
    keys = [_line_key(line) for line in page]
    last = _line_key(paragraphs[-1])
    if last not in keys:
        return extracted
    have = set(map(_line_key, paragraphs))
    run: list[str] = []
    for line in page[len(keys) - keys[::-1].index(last):]:
        if furniture_reason(line) is not None:
            continue
        if (not is_sentence(line) or _line_key(line) in have or is_site_prompt(line)
                or AUTHOR_BIO_RE.match(line) or classify_tail_line(line, in_tail=False)):
            break
        run.append(line)
    if sum(map(_is_paragraph, run)) < CHROME_MIN_LINES:
        return extracted
    return "\n".join([*paragraphs, *run])


@_per_line
def _line_key(line: str) -> str:
    return " ".join(line.casefold().split())


def classify_after_contact(paragraph: str) -> str | None:
    """After the desk's contact line that closes wire copy ("-- London Newsroom +44 171 542
    8863") the dispatch has ended: what follows is the page's, unless a quotation carries the
    dispatch on (a desk that prints the contact mid-way) or a dateline opens the next one."""
    if REPORTED_RE.search(paragraph) or is_dateline(paragraph) or DATE_LINE_RE.match(paragraph):
        return None
    return classify_tail_line(paragraph, in_tail=True) or "tail_boilerplate"


def is_story_paragraph(paragraph: str) -> bool:
    """Prose of a paragraph's length, longer than any bio: after credits it means the story
    goes on (a byline above the lead parses as credits too)."""
    return (len(paragraph.split()) > BIO_MAX_WORDS and is_prose(paragraph)
            and is_sentence(paragraph))


def story_has_begun(body: list[str]) -> bool:
    """Whether the paragraphs kept so far show the story has begun: its lead (a dateline
    opening a sentence), a paragraph only a story has, or a second paragraph of prose. One may
    be a headline, a dek or a teaser kept above the byline, and the paragraphs under a byline
    are the story's."""
    prose = 0
    for paragraph in body:
        if is_story_paragraph(paragraph) or (is_dateline(paragraph) and is_sentence(paragraph)):
            return True
        prose += is_prose(paragraph) and is_sentence(paragraph)
    return prose >= STORY_BEGUN_PARAGRAPHS


class PageLine(NamedTuple):
    """The page-level verdict on one line: a noise reason (None: story text), and the headline
    when the line links to another story."""

    reason: str | None
    headline: str | None = None


@_per_line
def is_prose(line: str) -> bool:
    """Long enough to be a paragraph and written in sentences, not a label.

    English text shows it by its share of function words (jusText's signal); text in any other
    language by ending as a sentence does.
    """
    words = line_words(line)
    if len(words) < PROSE_MIN_WORDS:
        return False
    stopword_share = sum(w.lower() in STOPWORDS for w in words) / len(words)
    return stopword_share >= PROSE_MIN_STOPWORD_SHARE or is_sentence(line)


@_per_line
def is_table_row(line: str) -> bool:
    """A row of a table or of a results list, or a list item: a few words with a number, not
    prose ("Shr loss 7.26 dlrs", "Bolton 2 Middlesbrough 1", "Pay May One"), or a row of a
    list of names ("Jose Coceres (Argentina), Raymond Russell, Robert Allenby")."""
    if LIST_ITEM_RE.match(line) or is_name_list_row(line):
        return True
    words = line.split()
    return (len(words) <= TABLE_ROW_MAX_WORDS and any(map(_is_number, words))
            and not COUNTED_LINK_RE.match(line) and "://" not in line and not is_prose(line))


@_per_line
def is_field_row(line: str) -> bool:
    """A row of a fact sheet: a short field name, a colon and its value ("Issuer: Akron",
    "State: OH", "PAYING AGENT: Fjord Bank, Bergen", "AMT: 1,200,000 DATE: 09/05/96"). The
    value is short or mostly numbers: "Analysis: Why fares keep rising" is a headline."""
    if len(SHEET_FIELD_RE.findall(line)) >= SHEET_FIELDS_MIN:
        return True  # fields run together: "M / SP / F: NA / NA BOOK ENTRY: Y"
    match = FIELD_ROW_RE.match(line)
    if match is None or is_sentence(line):
        return False
    value = match["value"]
    if WORD_RE.search(value) is None and not any(ch.isdigit() for ch in value):
        return False  # a form's field: "Name:*"
    return (len(value.split()) <= FIELD_VALUE_MAX_WORDS
            or _numeric_share(value) >= NUMERIC_ROW_SHARE
            # a sheet's field in capitals over a value in parts: "PAYING AGENT: WesBanco
            # Bank Fairmont, Fairmont", "ISSUER: Marion County Board ST: WV"
            or (match["field"].isupper() and len(value.split()) <= SHEET_VALUE_MAX_WORDS
                and SHEET_VALUE_MARK_RE.search(value) is not None))


@_per_line
def is_name_list_row(line: str) -> bool:
    """A row of a list of names or places, as draws, line-ups and results print them: mostly
    capitalised words with ``LIST_MIN_COMMAS`` of the list's marks (commas, places in
    parentheses, "vs."), no sentence inside ("Pete Sampras (U.S.) vs. Adrian Voinea
    (Romania)", "Australia - Ian Healy (captain), Michael Bevan, Damien"). A headline has
    neither the marks nor only names."""
    if (len(line.split()) > TABLE_ROW_MAX_WORDS
            or SENTENCE_INSIDE_RE.search(PAIRING_RE.sub(" vs ", line))):
        return False
    if FIXTURE_RE.match(line):
        return True
    marks = (line.count(", ") + len(PLACE_MARK_RE.findall(line))
             + len(PAIRING_MARK_RE.findall(line)))
    if marks < LIST_MIN_COMMAS:
        return False
    words = [w for w in line_words(line) if w.casefold() not in NAME_PARTICLES]
    if not words or sum(w.casefold() in STOPWORDS for w in words) > NAME_LIST_MAX_STOPWORDS:
        return False
    return sum(w[0].isupper() for w in words) >= NAME_LIST_CAPITAL_SHARE * len(words)


@_per_line
def is_numeric_row(line: str) -> bool:
    """A table row made mostly of numbers (results, standings, earnings), not a headline that
    mentions one."""
    return is_table_row(line) and _numeric_share(line) >= NUMERIC_ROW_SHARE


@functools.lru_cache(maxsize=1 << 16)  # words recur far more than lines
def _is_number(word: str) -> bool:
    return (any(ch.isdigit() for ch in word)
            or NUMBER_WORD_RE.fullmatch(word.strip(".,:;()")) is not None)


def _numeric_share(line: str) -> float:
    words = line.split()
    return sum(map(_is_number, words)) / len(words) if words else 0.0


def _folded(line: str) -> str:
    return line.translate(_ASCII_FOLD).lower()


def is_photo_credit(line: str) -> bool:
    folded = _folded(line)
    return ((("/" in line or "file" in folded or folded.startswith(PHOTO_CREDIT_STARTS))
             and PHOTO_CREDIT_RE.search(line) is not None)
            or CAPTION_CREDIT_RE.search(line) is not None)


def is_site_prompt(line: str) -> bool:
    folded = _folded(line)
    return ((any(word in folded for word in PROMPT_WORDS) or folded.strip(" -–—") in AD_LABELS)
            and PROMPT_RE.search(line) is not None)


@_per_line
def is_sentence(line: str) -> bool:
    return SENTENCE_END_RE.search(line) is not None


def is_scan_debris(line: str) -> bool:
    """Marks a scanner or a renderer left without a word: ``DEBRIS_MIN_MARKS`` kinds of them,
    no letter, no figure."""
    return (not any(ch.isalnum() for ch in line)
            and len(set(line) - {" "}) >= DEBRIS_MIN_MARKS)


def is_document_link(line: str) -> bool:
    """A link to a file by its format's mark (``DOCUMENT_MARK_RE``), closing the line or in a
    line that is no sentence: "Primary source: minutes of the May 2 meeting (PDF)". A sentence
    that cites the file on its way ("The report (PDF) says fares will rise.") is the story's."""
    mark = DOCUMENT_MARK_RE.search(line)
    return mark is not None and (mark.end() == len(line.rstrip(" .")) or not is_sentence(line))


@_per_line
def furniture_reason(line: str) -> str | None:
    """The reason a line is page furniture (captions, prompts, counters), else None."""
    n_words = len(line.split())
    if n_words <= FURNITURE_MAX_WORDS and is_document_link(line):
        return "page_furniture"
    if LETTER_SPACED_RE.match(line):
        return furniture_reason(line.replace(" ", ""))
    if is_scan_debris(line):
        return "page_furniture"
    if READ_TIME_RE.match(line) or MEDIA_WIDGET_RE.match(line) or is_share_bar(line, n_words):
        return "page_furniture"
    if opens_with_ad_label(line):
        return "site_prompt"
    if n_words <= JUMP_LINE_MAX_WORDS and (JUMP_LINE_RE.match(line) or INDEX_ROW_RE.match(line)
                                           or FOLIO_RE.match(line)):
        return "page_furniture"
    if n_words <= FURNITURE_MAX_WORDS and PAGE_CHROME_RE.search(line):
        return "page_furniture"
    if n_words <= FURNITURE_MAX_WORDS and is_photo_credit(line):
        return "photo_caption"
    if n_words <= FURNITURE_MAX_WORDS and (COPYRIGHT_RE.search(line)
                                           or COPYRIGHT_CLOSING_RE.search(line)):
        return "copyright"
    if ((names_comment_section(line) or is_comment_rules(line, n_words))
            and not REPORTED_RE.search(line)):
        return "comment_form"
    if (n_words <= FURNITURE_MAX_WORDS and is_site_prompt(line) and not REPORTED_RE.search(line)
            and (n_words <= LABEL_MAX_WORDS or not is_sentence(line)
                 or ADDRESSES_READER_RE.search(line))):
        return "site_prompt"
    if n_words <= DIALOG_MAX_WORDS and SITE_DIALOG_RE.search(line) and not REPORTED_RE.search(line):
        return "site_prompt"
    if (n_words <= ACKNOWLEDGEMENT_MAX_WORDS and ACKNOWLEDGEMENT_RE.match(line)
            and not REPORTED_RE.search(line)):
        return "copyright"
    if (n_words <= IMPRINT_MAX_WORDS and IMPRINT_RE.match(line)
            and not REPORTED_RE.search(line) and not CLAUSE_AFTER_RE.search(line)):
        return "copyright"
    if n_words <= DISCLAIMER_MAX_WORDS and is_site_disclaimer(line):
        return "copyright"
    return furniture_by_shape(line, n_words)


def is_site_disclaimer(line: str) -> bool:
    """A site's legal disclaimer (``SITE_DISCLAIMER_RE``), not reported."""
    folded = line.casefold()
    return (any(key in folded for key in DISCLAIMER_KEYS)
            and SITE_DISCLAIMER_RE.search(line) is not None and REPORTED_RE.search(line) is None)


def opens_with_ad_label(line: str) -> bool:
    """An ad's label opens the line before a separator, whatever follows ("ADVERTISEMENT — For
    sale: ...", "[ad] Harbour Dental — ...", "Sponsored · ...", "— sponsor — ..."): the label
    only of the ad class and its companions (``AD_CLASS_WORDS``, ``AD_LABEL_WORDS``), no name
    ("Promotion race: ..." heads a table). Not before a figure or a table's row ("Advertising
    - 12.3 mln vs 11.2 mln"), nor reported."""
    match = AD_LABEL_OPENING_RE.match(line)
    if match is None:
        return False
    label = match["tag"] or match["plain"]
    return (len(label.split()) <= AD_CLASS_MAX_WORDS
            and words_of_class(label, AD_CLASS_WORDS, AD_LABEL_WORDS)
            and not match["rest"][0].isdigit() and not is_numeric_row(match["rest"])
            and REPORTED_RE.search(line) is None)


def is_bracketed_note(line: str) -> bool:
    """A note in words, two or more, wholly in square brackets ("[OCR: 3 lines illegible]");
    not a wire's tag in capitals ("[CORRECTED 05:30 GMT]")."""
    return (line.startswith("[") and line.endswith("]") and line.count("[") == 1
            and len(line.split()) > 1 and not line.isupper())


def is_icon_line(line: str) -> bool:
    """A page's control, teaser or counter drawn with an icon (``holds_icon``) or pointed by an
    arrow at its edge (``edge_pointer``: "Scroll for more ↓", "↑ Top"): up to
    ``COPYRIGHT_MAX_WORDS`` words, no list item, no quotation, and no sentence or paragraph
    once its icons are set aside (a reader's "We hope to see you soon! 🙂" is text); or a
    headline of any length that an icon or an arrow opens or closes ("📷 ...", "... 🔒",
    "... →"): a teaser."""
    long = len(line.split()) > COPYRIGHT_MAX_WORDS
    edged = bool(line) and (_is_icon(line[0]) or _is_icon(line[-1]))
    pointed = edge_pointer(line)
    # A longer line is asked only about its edges: looking for an icon in every character of
    # every paragraph cost a seventh of cleaning's time on Reuters.
    if ((not (edged or pointed) if long else not (pointed or holds_icon(line)))
            or LIST_ITEM_RE.match(line) or REPORTED_RE.search(line)):
        return False
    words = without_edge_arrows("".join(ch for ch in line if not _is_icon(ch)))
    if (edged or pointed) and _is_teaser_shaped(words):
        return True
    return not long and not (is_sentence(words) or is_prose(words))


def edge_pointer(line: str) -> bool:
    """An arrow opens or closes the line, set apart by a space ("→ More in Markets", "Scroll
    for more ↓", "<a headline> ›"): a page points at a link or a control so. Inside a line an
    arrow may be text ("Oslo → Bergen"); a closing angle quote closes a quotation that opened
    with its pair ("« C'est fini »")."""
    words = line.split()
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return ((len(first) == 1 and _is_arrow(first))
            or (len(last) == 1 and _is_arrow(last)
                and not (last in "»›" and ("«" in line or "‹" in line))))


def without_edge_arrows(line: str) -> str:
    """The line without the arrows that open or close it ("▶ <headline> (2:05)" is
    "<headline> (2:05)")."""
    words = line.split()
    while words and all(map(_is_arrow, words[0])):
        words.pop(0)
    while words and all(map(_is_arrow, words[-1])):
        words.pop()
    return " ".join(words)


def _is_arrow(ch: str) -> bool:
    """An arrow or a pointing angle quote (the Unicode arrow blocks, ``POINTER_ARROWS``)."""
    return ch in POINTER_ARROWS or any(first <= ch <= last for first, last in ARROW_BLOCKS)


def is_strung_items(line: str) -> bool:
    """Items a page strings on one line between middle dots or bars ("Top · New · Old", "Ad ·
    Fennick Bank", "<a headline> | Members only", "Published: 10:32 | Updated: 11:05"): up to
    ``RELATED_ITEM_MAX_WORDS`` words, none of the items a sentence, no quotation. Wire copy
    separates with words and dashes: none of Reuters-21578's 195,601 lines, nor any line of
    the real pages' gold bodies, strings items so."""
    items = ITEM_SEPARATOR_RE.split(line)
    return (len(items) > 1 and len(line.split()) <= RELATED_ITEM_MAX_WORDS
            and REPORTED_RE.search(line) is None and not any(map(is_sentence, items)))


def holds_icon(line: str) -> bool:
    """The line prints an icon: a pictograph or symbol (Unicode's "So" class: a play button,
    a camera, a heart, a star, an envelope) that is no mark of text (``TEXT_SYMBOLS``, the
    letterlike symbols, circled numbers and letters, a table's box-drawing lines). Wire copy
    writes its text in words; a page draws its buttons, teasers and counters with icons."""
    return any(map(_is_icon, line))


def _is_icon(ch: str) -> bool:
    return (unicodedata.category(ch) == "So" and ch not in TEXT_SYMBOLS
            and not any(first <= ch <= last for first, last in TEXT_SYMBOL_BLOCKS))


def is_share_bar(line: str, n_words: int) -> bool:
    """A bar of share buttons: every word a sharing verb or a platform (``SHARE_WORDS``), the
    page or a place to send it (``SHARE_FILLER``), one of them at least of the first class,
    and no sentence; a short label may carry its count ("Share 12", "48 saves"). One word of
    another class ("Post Office", "Daily Mail", "Save the Children") makes it a name."""
    if n_words > SHARE_BAR_MAX_WORDS:
        return False
    if SHARED_COUNT_RE.match(line) or is_follow_call(line):
        return True
    if is_sentence(line):
        return False
    counts = SHARE_COUNT_RE.findall(line)
    if counts and (len(counts) > 1 or n_words > SHARE_COUNT_MAX_WORDS):
        return False
    text = SHARE_COUNT_RE.sub(" ", line)
    if any(ch.isdigit() for ch in text):
        return False
    words = [w.casefold() for w in WORD_RE.findall(text)]
    # A button counts whole readers ("1,204", "3.4k"): "Shares 12.5" is a table's figure.
    whole = counts and ("." not in counts[0] or counts[0].endswith("k"))
    strong = SHARE_WORDS | SHARE_COUNT_NOUNS if whole else SHARE_WORDS
    return (any(w in strong for w in words)
            and all(w in strong or w in SHARE_FILLER or w in STOPWORDS for w in words))


def is_follow_call(line: str) -> bool:
    """A call to follow the site or its author on a platform: ``FOLLOW_ON_RE`` whose place
    is only platforms (``SHARE_PLATFORMS``): "Follow us on Instagram"; "Follow the match on
    the radio" names none. Following a person is the author's bio (``CONTACT_NAME_RE``)."""
    match = FOLLOW_ON_RE.match(line)
    if match is None or (match["who"] and is_person_name(match["who"])):
        return False
    words = [w.casefold() for w in WORD_RE.findall(match["platforms"])]
    return bool(words) and all(w in SHARE_PLATFORMS or w == "and" for w in words)


def is_ad_small_print(line: str) -> bool:
    """An offer's or a bookmaker's small print (``AD_TERMS_RE``), its keys asked first."""
    folded = line.casefold()
    return any(key in folded for key in AD_TERMS_KEYS) and AD_TERMS_RE.search(line) is not None


def is_breadcrumb_trail(line: str) -> bool:
    """A trail's crumbs (``BREADCRUMB_RE``) are words; a figure is a crumb of its own, an
    archive's year, month or day ("Home » Archive » Tromso Post » 1908 » May"), beside two
    crumbs of words at least. A figure inside a crumb is a table's ("Revenue > 12.5 mln")."""
    crumbs = [crumb.strip() for crumb in BREADCRUMB_SEPARATOR_RE.split(line)]
    dated = [crumb for crumb in crumbs if HAS_DIGIT_RE.search(crumb)]
    return (all(DATE_CRUMB_RE.match(crumb) for crumb in dated)
            and len(crumbs) - len(dated) >= (2 if dated else 1))


def furniture_by_shape(line: str, n_words: int) -> str | None:
    """The reason a short line is a site's control, notice or label, judged by its word
    classes and shape (``UI_VERBS`` acting on ``UI_OBJECTS``, advertising words, a copyright
    sign, a byline, a breadcrumb), else None. Quoted or reported lines are story text."""
    if REPORTED_RE.search(line):
        return None
    if n_words <= BIO_MAX_WORDS and BIO_HEADING_RE.match(line):
        return "author_bio"
    credit = AUTHOR_CREDIT_RE.match(line)
    if n_words <= AUTHOR_CREDIT_MAX_WORDS and (
            credit is not None and (credit["name"] is None or is_person_name(credit["name"]))
            or OWN_JOURNALIST_RE.match(line)):
        return "author_bio"
    if n_words <= CLASSIFIED_NOTICE_MAX_WORDS and (CLASSIFIED_NOTICE_RE.match(line)
                                                   or is_ad_small_print(line)):
        return "site_prompt"
    if n_words <= DIALOG_MAX_WORDS and AD_BLOCK_RE.search(line) and AD_PLEA_RE.search(line):
        # a plea of two or three sentences too: "Your ad blocker is on. This board runs on
        # donations and one small banner; please whitelist us."
        return "site_prompt"
    if n_words > COPYRIGHT_MAX_WORDS:
        return None
    if COPYRIGHT_MARK_RE.search(line):
        return "copyright"
    if (is_dated_stamp(line) or is_page_stamp(line) or is_page_meter(line, n_words)
            or is_tag_list(line)):
        return "page_furniture"
    class_reason = class_furniture_reason(line, n_words)
    if class_reason is not None:
        return class_reason
    if CONTACT_RE.search(line) or is_contact_line(line, n_words):
        return "author_bio"
    if (n_words <= COUNTDOWN_MAX_WORDS and COUNTDOWN_RE.search(line)
            and not (is_sentence(line) or AD_COUNTER_RE.match(line))):
        return "page_furniture"  # an ad's own countdown is the ad's (below)
    if (SITE_CREDIT_RE.match(line) or AGREE_BY_ACTING_RE.match(line) or is_offer(line, n_words)
            or SPONSOR_NAMED_RE.match(line) or PAID_PAGE_RE.match(line)
            or AFFILIATE_RE.search(line) or CALL_TO_ACT_RE.match(line) or TIP_RE.match(line)
            or ALREADY_RE.match(line)):
        return "site_prompt"
    if (n_words <= NOTICE_MAX_WORDS and PAGE_REFERENCE_RE.search(line)
            and PERMISSION_RE.search(line) and is_sentence(line)):
        return "copyright"
    if PUBLISHER_ID_RE.search(line):
        return "copyright"
    contact = CONTACT_NAME_RE.match(line)  # before the sentence test: "Got a tip? Contact ..."
    if contact is not None and is_person_name(contact["name"]):
        return "author_bio"
    if COMMENTERS_RE.match(line):
        return "comment_form"
    if BREADCRUMB_RE.match(line) and is_breadcrumb_trail(line):
        return "page_furniture"  # its crumbs may hold more words than a prompt
    if n_words > UI_PROMPT_MAX_WORDS or SENTENCE_INSIDE_RE.search(line):
        return None
    words = [w.casefold() for w in line_words(line)]
    if not words:
        return None
    author_page = AUTHOR_PAGE_RE.match(line)
    if author_page is not None and is_person_name(author_page["name"]):
        return "author_bio"
    if is_ui_prompt(line, words) or (n_words <= THANKS_MAX_WORDS and THANKS_RE.match(line)):
        return "site_prompt"
    if ((n_words <= SORT_MAX_WORDS and SORT_RE.match(line)) or FORM_FIELD_RE.match(line)
            or TRIAL_OFFER_RE.match(line)
            or ((PRIVACY_PROMISE_RE.search(line) or PAYWALL_METER_RE.search(line))
                and ADDRESSES_READER_RE.search(line))):
        return "site_prompt"
    if (n_words <= AD_BREAK_MAX_WORDS and AD_BREAK_RE.match(line)) or (
            n_words <= AD_LABEL_MAX_WORDS and not is_sentence(line)
            and not any(ch.isdigit() for ch in line) and ADVERT_WORD_RE.search(line)) or (
            SPONSOR_SLOT_RE.match(line)) or AD_COUNTER_RE.match(line) or (
            n_words <= AD_POINTER_MAX_WORDS and AD_POINTER_RE.search(line)
            and AD_POINTER_READER_RE.search(line)):
        return "site_prompt"
    reader_call = reader_call_reason(line, n_words)
    if reader_call is not None:
        return reader_call
    if LOADING_RE.match(line):
        return "page_furniture"
    if PAGER_RE.match(line):
        return "navigation"
    if byline_name(line) is not None:
        return "page_furniture"
    if (n_words <= SITE_LINK_MAX_WORDS and not is_sentence(line)
            and any(w in SITE_WORDS for w in words)):
        return "page_furniture"
    return None


def is_ui_prompt(line: str, words: list[str]) -> bool:
    """A call to act on the page: it opens with a reader's action and names what it acts on,
    speaking to the reader about this page ("Print this page", "Notify me of new posts by
    email.") or as a bare label ("Leave a comment"); or it closes with the action ("Be the
    first to comment")."""
    addresses_reader = any(w in READER_WORDS for w in words[1:])
    if UI_ACTION_END_RE.search(line) and (addresses_reader or not is_sentence(line)):
        # Not a story's "... declined to comment.": a sentence needs to speak to the reader.
        return True
    if words[0] not in UI_VERBS or not line[0].isupper():
        return False
    names_object = any(w in UI_OBJECTS for w in words[1:])
    return (names_object and (len(words) <= UI_LABEL_MAX_WORDS or addresses_reader)
            or (len(words) == 2 and words[1] in UI_QUANTITIES))  # "Read more", "View all"


def byline_name(line: str) -> str | None:
    """The person's name of a byline printed as a line of its own ("By Jane Doe", "By Jane
    Doe, The Harbour Ledger"), else None."""
    match = BYLINE_RE.match(line)
    if match is None or not is_person_name(match["name"]):
        return None
    return match["name"]


def is_fragment(lines: list[str], i: int) -> bool:
    """Part of a sentence that a line break cut (wire copy wrapped and re-split): the line
    goes on in a next line that starts in lower case, or goes on from a previous one."""
    def continues(a: str, b: str) -> bool:
        return (len(b.split()) >= FRAGMENT_MIN_WORDS and b[0].islower()
                and not is_sentence(a) and len(a.split()) >= FRAGMENT_MIN_WORDS)
    return ((i + 1 < len(lines) and continues(lines[i], lines[i + 1]))
            or (i > 0 and continues(lines[i - 1], lines[i])))


def fragment_lines(lines: list[str], noise: list[bool]) -> set[int]:
    """Indexes of the lines that are fragments (``is_fragment``) as the text stands or once
    the lines known to be ``noise`` are set aside: a page puts its adverts and links between
    the halves of a wrapped sentence too ("Close of play scores on the first" /
    "Advertisement" / "day of four-day matches on")."""
    kept = [i for i, is_noise in enumerate(noise) if not is_noise]
    kept_lines = [lines[i] for i in kept]
    return ({i for k, i in enumerate(kept) if is_fragment(kept_lines, k)}
            | {i for i in range(len(lines)) if is_fragment(lines, i)})


def line_weight(line: str, known_noise: bool, fragment: bool = False) -> int:
    """What a line adds to the story's span: a paragraph its words; a row mostly of numbers
    ``TABLE_ROW_WEIGHT``; another table row, a list item, a line a rule already removes, or
    prose that ends in no sentence (a teaser headline, a caption) nothing: they neither join
    nor split; a label costs ``CHROME_LINE_COST`` plus its words."""
    if known_noise:
        return 0
    if is_table_row(line):
        # Rows that are mostly numbers (results, standings, earnings) are a story's text as
        # much as its sentences are: a table-only story must outweigh one stray sentence.
        return TABLE_ROW_WEIGHT if is_numeric_row(line) else 0
    n_words = len(line_words(line))
    if fragment:
        return n_words
    if is_prose(line):
        return n_words if is_sentence(line) or SENTENCE_INSIDE_RE.search(line) else 0
    return -(CHROME_LINE_COST + n_words)


def story_span(lines: list[str], known_noise: list[bool]) -> tuple[int, int] | None:
    """First and last index of the densest run of prose (maximum-sum segment), or None.

    Lines weigh as ``line_weight`` says: a menu, a share bar or a block of other headlines
    outweighs the paragraphs on the far side of it, so the span is the story, not the page.
    A wrapped sentence is a fragment across the noise between its halves (``fragment_lines``).
    """
    fragments = fragment_lines(lines, known_noise)
    best, span = 0, None
    run, start = 0, 0
    for i, (line, noise) in enumerate(zip(lines, known_noise, strict=True)):
        if run <= 0:
            run, start = 0, i
        run += line_weight(line, noise, i in fragments)
        if run > best:
            best, span = run, (start, i)
    return span


def classify_page_lines(lines: list[str], *, extracted: bool = False, title: str = "",
                        furniture_model: FurnitureModel | None = None) -> list[PageLine]:
    """Verdicts for every line: the rules' (``classify_by_rules``), then, on the lines they
    keep, the furniture model's (``furniture_model``; None: the rules alone). The model comes
    last and judges each line alone: it only ever takes out more, and no rule's reading of the
    page's shape (its head, its footer, the story's span) rests on what it guessed."""
    verdicts = classify_by_rules(lines, extracted=extracted, title=title)
    # Text a main-content extractor cut out keeps all but named furniture (``classify_by_rules``).
    if furniture_model is not None and not extracted:
        _mark_learned_furniture(lines, verdicts, furniture_model, title)
        # What it found past the story's last line is the page's footer too: its neighbours
        # there go with it, as with the rules' furniture (the story's span stays as the rules
        # drew it).
        _mark_footer_run(lines, verdicts, title)
        _mark_listing_past_story(lines, verdicts, title)
    if _leaves_no_story(lines, verdicts):
        # Keep by default: where the page's shape would leave nothing of a story (a list of
        # contents with no dateline and no sentence, read as the page's footer), only the
        # lines judged by their own words go.
        verdicts = [PageLine(None) if v.reason in BY_POSITION else v for v in verdicts]
    return verdicts


def _leaves_no_story(lines: list[str], verdicts: list[PageLine]) -> bool:
    """No line kept is a sentence, a paragraph or a table's row, while a line taken by its
    place on the page (``BY_POSITION``) is one."""
    def story_shaped(line: str) -> bool:
        return is_sentence(line) or is_prose(line) or is_table_row(line)
    kept = [line for line, v in zip(lines, verdicts, strict=True) if v.reason is None]
    return not any(map(story_shaped, kept)) and any(
        v.reason in BY_POSITION and story_shaped(line)
        for line, v in zip(lines, verdicts, strict=True))


def classify_by_rules(lines: list[str], *, extracted: bool = False,
                      title: str = "") -> list[PageLine]:
    """Verdicts for every line from the shape of the whole text, before the per-line rules.

    Families: page furniture (captions, prompts, counters, copyright) and blocks of links under
    a "Related"-style label, anywhere; then, in a scraped page, label lines repeated within
    the text and everything before or after the story's span (menus, footers). Text that a
    main-content extractor already cut down to the article (``extracted``) keeps its shape:
    the extractor has decided what the story is, and only named furniture is taken out.
    ``title``: the story's headline, whose words a teaser for another story does not share.
    """
    # A table drawn with bars ("Team | Won | Lost") is the story's, though a bar of short
    # items between bars is a menu's shape.
    verdicts = [PageLine("related_link", headline) if (headline := parse_related_link(line))
                else PageLine(None if "|" in line and _in_table(lines, i)
                              else furniture_reason(line))
                for i, line in enumerate(lines)]
    in_block = False
    for i, line in enumerate(lines):
        if verdicts[i].reason is not None:
            continue
        if RELATED_BLOCK_RE.match(line):
            verdicts[i], in_block = PageLine("related_link"), True
        elif in_block and _is_headline(line) and not (
                _is_row_not_headline(line) and listed_headline(line) is None):
            # (A table's row ends the block, a listed headline does not: a block of links put
            # inside a table leaves the rest of the table to the story.)
            verdicts[i] = PageLine("related_link", line)
        else:
            in_block = False
    _mark_teasers(lines, verdicts, title)
    _mark_inline_labels(lines, verdicts, title)
    _mark_numbered_headlines(lines, verdicts, title)
    _mark_trailing_headlines(lines, verdicts, title)
    _mark_trailing_bios(lines, verdicts)
    if extracted:
        _mark_teaser_runs(lines, verdicts, title)
        return verdicts
    counts = collections.Counter(map(_line_key, lines))
    # On a page (menus, buttons: label lines) a repeated line is a teaser, a caption or a dek
    # shown twice; in wire copy a repeated line is a repeated fact or a table's heading.
    page = _chrome_lines(lines, range(len(lines))) >= CHROME_MIN_LINES
    for i, line in enumerate(lines):
        if (verdicts[i].reason is None and counts[_line_key(line)] > 1
                and page and not _is_separator(line)
                and not (is_table_row(line) or is_table_heading(lines, i))):
            verdicts[i] = PageLine("repeated_line")
    # The story starts at its dateline: a label or teaser above it is the page's (when no
    # sentence comes before it: a dateline further down is a quoted or later dispatch).
    # Lines a rule already removed ("Was this article helpful?") are no sentence of it.
    # The lead is a sentence or a bare dateline with its date: a slugged headline ("SOCCER -
    # UEFA REWARDS FAIR PLAY", a teaser for another story) has a dateline's shape but opens
    # no story (on clean input it also cut fewer lines than excluding only slugged ones), and
    # a headline that asks ("Is the tram line here to stay?") leads none either, nor does the
    # tail of a headline cut off at its line ("taxable health deal rated Aa2 - Moody's.").
    lead = next((i for i, line in enumerate(lines) if verdicts[i].reason is None and (
        DATE_LINE_RE.match(line) or _is_written_sentence(line)
        and not _is_question_headline(line) and not _carries_on_from_above(line)
        and not _is_list_label(line))), None)
    if lead is not None and is_dateline(lines[lead]):
        # Everything up there but what a story prints above its dateline is the page's: a
        # teaser, a label, a lone row of figures ("Download chart (PNG)", "Listen · 2:48").
        # Judged without the dateline, whose shape ("BEIJING 1996-08-22") would make the line
        # above it a table's row or label, and without the lines a rule already removed (a
        # timestamp is no table's row).
        above = [i for i in range(lead) if verdicts[i].reason is None]
        above_lines = [lines[i] for i in above]
        for k, i in enumerate(above):
            if not _printed_above_dateline(above_lines, k):
                verdicts[i] = PageLine("navigation")
    _mark_comment_thread(lines, verdicts)
    # A byline goes, but still weighs as the label it is: it divides a page's head (teasers,
    # captions) from the story under it; so does a link to the site's own pages or to its
    # next or previous post, which divides the story from the page's footer.
    known_noise = [noise and byline_name(line) is None and PAGER_RE.match(line) is None
                   and not is_site_link(line, len(line.split()))
                   for line, noise in zip(lines, _known_noise(lines, verdicts), strict=True)]
    span = story_span(lines, known_noise)
    if span is None:
        return verdicts
    # The story's own words: a label line that is mostly made of them (a schedule naming
    # the teams of the standings above it) is the story's, not the page's.
    own_words = set().union(*(content_stems(line) for line, v in zip(lines, verdicts, strict=True)
                              if v.reason is None and (is_sentence(line) or is_table_row(line))))
    # Bridging the holes a block of other stories makes in a short story only ever keeps
    # more: the edges found without it still hold where they reach further (with the span
    # moved, a menu's rows can count differently).
    extended = (_past_widgets_above(lines, verdicts,
                                    _extend(lines, verdicts, span[0], -1, own_words), title),
                _extend(lines, verdicts, span[1], 1, own_words))
    *bridged, holes = _past_holes_of_short_story(lines, verdicts, *extended, title)
    plain_start, plain_end = _story_edges(lines, verdicts, *extended, lead, own_words)
    start, end = plain_start, plain_end
    if tuple(bridged) != extended:
        bridged_start, bridged_end = _story_edges(lines, verdicts, *bridged, lead, own_words)
        start, end = min(start, bridged_start), max(end, bridged_end)
    # A dispatch's place above its date or lead ("BRUSSELS" / "Michael ..."), and the
    # reporter's name the wire prints above its dateline or place, each past a line or two a
    # rule removes (an advert break, a labelled link).
    judged = [v.reason is not None for v in verdicts]
    place = _unjudged_just_above(judged, start)
    if (place is not None and is_bare_place(lines[place])
            and (DATE_LINE_RE.match(lines[start]) or _is_written_sentence(lines[start]))):
        start = place
    name = _unjudged_just_above(judged, start)
    if (name is not None and (is_dateline(lines[start]) or is_bare_place(lines[start]))
            and is_person_name(lines[name])):
        start = name
    for i in holes:
        if not plain_start <= i <= plain_end:
            # Another story's headline in a hole the edges were moved past (which went with
            # the page's head or footer before): it still goes, and takes the rest of its run
            # and its label with it (``_mark_teaser_runs``).
            verdicts[i] = PageLine("related_link", lines[i])
    # (The story's words are told from function words by an English list: in another script,
    # "для" and "после" would carry a comment form on.)
    latin = _mostly_latin_script(lines)
    carried = _carried_on_past(lines, verdicts, start, end) if latin else set()
    verdicts = [
        PageLine("navigation") if i < start and v.reason is None
        else PageLine("tail_boilerplate") if i > end and v.reason is None and i not in carried
        else v
        for i, v in enumerate(verdicts)
    ]
    # Once the page's shape is drawn (so that no edge moves for it), a line drawn with icons,
    # strung from a page's items or only a social handle goes wherever it stands; so does a
    # note in square brackets below the story's first line ("[Photo: the new pier]", "[Table
    # omitted in this version]": a renderer's or an archive's note on what it left out; above
    # it a wire's tag, "[CORRECTED 05:30 GMT]", is the story's). Not icons or brackets on a
    # page in another script: Korean, Japanese and Chinese news mark their own sub-heads and
    # points with them ("■", "▲", "◆") and credit photos in brackets ("[사진=...]").
    verdicts = [PageLine("page_furniture") if v.reason is None and (
                    (latin and (is_icon_line(line) or (i > start and is_bracketed_note(line))))
                    or HANDLE_RE.match(line)
                    or (is_strung_items(line) and not _in_table(lines, i)))
                else v for i, (line, v) in enumerate(zip(lines, verdicts, strict=True))]
    _mark_footer_run(lines, verdicts, title)
    _mark_header_run(lines, verdicts, title)
    _mark_trailing_bios(lines, verdicts)
    # Last, on what the page's shape left: runs of teasers inside the story (once the bios
    # are known: a bio's role line has a headline's shape), without moving its edges; and
    # the blocks of labels about nothing in the story that interrupt its sentences.
    _mark_teaser_runs(lines, verdicts, title)
    _mark_foreign_blocks(lines, verdicts, title)
    _mark_stamped_names(lines, verdicts)
    _mark_story_cards(lines, verdicts)
    _mark_teaser_pairs(lines, verdicts, title)
    _mark_tag_blocks(lines, verdicts)
    _mark_other_stories_lists(lines, verdicts, title)
    return verdicts


def _mark_other_stories_lists(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """Lists of other stories' headlines after a line of the story (in place): two or more
    list items in a row, each a headline (``listed_headline``: "• Ministry issues advisory
    on the metro fare"), most of them of a teaser's shape (no row's: "- Revenue N / A N /
    A"), under at most two labels and lines judged noise, after a sentence or a table's row
    of the story ("In the news now" / "• ..." under a results table), none sharing more than
    a word by chance with the story: with the lines above, and with those below that carry
    it on when it goes on (``_carries_story_on``: the list stands between its paragraphs).
    The labels stay: a story's last line looks like one too (a wrapped list's last name, a
    table's source).

    A story's own list is introduced ("Headlines in major papers:") or follows more of it (a
    press digest's papers, each a label over its items: past one list of headlines the story
    keeps, every list is the story's), and is its bulk: a list holding half as many words as
    the story around it stays (a digest's lead is a sentence or two)."""
    noise = _known_noise(lines, verdicts)
    kept = [i for i in range(len(lines)) if not noise[i]]
    headline_of = {i: listed_headline(lines[i]) for i in kept}
    story_stems = content_stems(_without_slug(title))
    story_words = k = 0
    own_list = False  # the story above has a list of headlines of its own (a press digest)
    while k < len(kept):
        run = list(itertools.takewhile(lambda i: headline_of[i] is not None,
                                       kept[k:])) or [kept[k]]
        if (headline_of[run[0]] is not None
                and len(run) + _links_beside(lines, verdicts, run[0], run[-1]) >= 2
                and not own_list and _lists_other_stories(
                    lines, kept[:k], [lines[i] for i in run],
                    [headline_of[i] or "" for i in run], [lines[i] for i in kept[k + len(run):]],
                    story_stems, story_words)):
            for i in run:
                verdicts[i] = PageLine("related_link", lines[i])
        else:
            # The story's words are those of its sentences, rows and list items: a teaser or
            # a prompt the rules left above shares the list's names.
            story_stems = story_stems.union(*(
                content_stems(lines[i]) for i in run
                if _closes_story(lines[i]) or LIST_ITEM_RE.match(lines[i])))
            story_words += sum(len(lines[i].split()) for i in run)
            own_list = own_list or headline_of[run[0]] is not None
        k += len(run)


def _links_beside(lines: list[str], verdicts: list[PageLine], first: int, last: int) -> int:
    """How many items of the same list another rule took as links already, right above line
    ``first`` and right below line ``last`` (a bulleted item with its comment count)."""
    count = 0
    for steps in (range(first - 1, -1, -1), range(last + 1, len(lines))):
        for j in steps:
            if verdicts[j].reason != "related_link" or LIST_ITEM_RE.match(lines[j]) is None:
                break
            count += 1
    return count


def _lists_other_stories(lines: list[str], above: list[int], items: list[str],
                         headlines: list[str], below: list[str], story_stems: Set[str],
                         story_words: int) -> bool:
    """Whether a list's ``items`` (their ``headlines``) are other stories'
    (``_mark_other_stories_lists``): ``above`` are the indexes of the lines kept above the
    list, ``below`` the lines kept below it, ``story_stems`` and ``story_words`` the content
    words and the number of words of the story above it."""
    for _ in range(INLINE_NOISE_MAX_LINES):  # the list's heading ("Near you", "Gulf briefs")
        if above and _is_list_heading(lines[above[-1]]):
            above = above[:-1]
    if not (above and _closes_story(lines[above[-1]])
            and 2 * sum(map(_is_teaser_shaped, headlines)) > len(headlines)):
        return False
    story = [line for line in below if _carries_story_on(line, story_stems)]
    if story_words + sum(len(line.split()) for line in story) <= 2 * sum(
            len(item.split()) for item in items):
        return False
    around = story_stems.union(*map(content_stems, story))
    return all(_is_foreign_to(headline, around) for headline in headlines)


def _is_list_heading(line: str) -> bool:
    """A label a page puts over a list: a few words, no sentence or table row."""
    return (len(line.split()) <= FOOTER_LINE_MAX_WORDS and not is_table_row(line)
            and not _is_written_sentence(line))


def _closes_story(line: str) -> bool:
    """A line a story may end on before a page's list: a sentence that introduces no list,
    or a table's row or a name with its place ("Tim Henman (Britain) beat ...") that is no
    list's item."""
    return ((_is_written_sentence(line) and not _introduces(line))
            or ((is_table_row(line) or PLACE_MARK_RE.search(line) is not None)
                and LIST_ITEM_RE.match(line) is None))


def _is_foreign_to(headline: str, story_stems: Set[str]) -> bool:
    """A headline sharing fewer than ``FOOTER_SHARED_STEMS`` content words with the story
    (all of them, when it has fewer)."""
    stems = content_stems(_without_slug(headline))
    return len(stems & story_stems) < min(FOOTER_SHARED_STEMS, len(stems))


def _carries_story_on(line: str, story_stems: Set[str]) -> bool:
    """A line that goes on with the story: a row of figures, a list item that is no
    headline, or a sentence sharing ``FOOTER_SHARED_STEMS`` content words with it (one by
    chance is no more than a bio's or a prompt's)."""
    if listed_headline(line) is not None:
        return False
    return (is_numeric_row(line) or LIST_ITEM_RE.match(line) is not None
            or (_is_written_sentence(line)
                and len(content_stems(line) & story_stems) >= FOOTER_SHARED_STEMS))


def _mark_teaser_pairs(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """Two or more other stories in a row, each a headline and the sentence of summary under
    it that repeats its words ("French actor Charles Gerard dies aged 96" / "French actor
    Charles Gerard died on September 19, Figaro reports."), about nothing else on the page
    (in place). A story's sub-headings and their paragraphs share its words."""
    def pair_at(i: int) -> int | None:  # the summary's index
        # (A sentence is no headline: asked first, as most of a story's lines are sentences
        # and the teaser's shape costs more to ask.)
        summary = i + 1
        if not (summary < len(lines) and verdicts[summary].reason is None
                and verdicts[i].reason in (None, "related_link")
                and _is_written_sentence(lines[summary])
                and (verdicts[i].reason == "related_link"
                     or not is_sentence(lines[i]) and _is_teaser_shaped(lines[i]))):
            return None
        shared = content_stems(_without_slug(lines[i])) & content_stems(lines[summary])
        return summary if len(shared) >= TEASER_PAIR_SHARED_STEMS else None

    title_words = content_stems(_without_slug(title))
    for run in _teasers_in_a_row(verdicts, pair_at):
        inside = {k for pair in run for k in pair}
        story_words = title_words.union(*(content_stems(lines[k]) for k in range(len(lines))
                                          if verdicts[k].reason is None and k not in inside))
        # One word of a longer headline shared with the story is chance, as elsewhere; a
        # pair sharing more may be the story's own sub-heading and paragraph, and stays.
        foreign = [(h, d) for h, d in run if len(content_stems(_without_slug(lines[h]))
                                                  & story_words) < _shared_by_more_than_chance(
                                                      lines[h])]
        if len(foreign) >= CARDS_MIN:
            for headline, summary in foreign:
                if verdicts[headline].reason is None:
                    verdicts[headline] = PageLine("related_link", lines[headline])
                verdicts[summary] = PageLine("related_link")


def _mark_tag_blocks(lines: list[str], verdicts: list[PageLine]) -> None:
    """A tag list's label on a line of its own and the tags under it, each a few words and
    no sentence or row, up to the next line a rule removed (in place): "Tags:" / "Delhi
    Pollution" / "Air Quality"."""
    for i, line in enumerate(lines):
        if verdicts[i].reason is not None or TAG_LABEL_RE.match(line) is None:
            continue
        verdicts[i] = PageLine("page_furniture")
        for j in range(i + 1, min(i + 1 + TAG_BLOCK_MAX_LINES, len(lines))):
            tag = lines[j]
            if (verdicts[j].reason is not None or len(tag.split()) > TAG_MAX_WORDS
                    or is_sentence(tag) or is_table_row(tag)):
                break
            verdicts[j] = PageLine("page_furniture")


def _teasers_in_a_row(verdicts: list[PageLine],
                      summary_at: Callable[[int], int | None]) -> list[list[tuple[int, int]]]:
    """Other stories' teasers as ``(headline, summary)`` index pairs (``summary_at``: the
    summary's index for a teaser whose headline is at ``i``, else None), grouped in runs: only
    lines a rule removed between one teaser's summary and the next one's headline."""
    runs: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(verdicts):
        summary = summary_at(i)
        if summary is None:
            i += 1
            continue
        if runs and all(verdicts[j].reason is not None for j in range(runs[-1][-1][1] + 1, i)):
            runs[-1].append((i, summary))
        else:
            runs.append([(i, summary)])
        i = summary + 1
    return runs


def _mark_story_cards(lines: list[str], verdicts: list[PageLine]) -> None:
    """Two or more cards of other stories in a row (in place): a card is a headline, its
    byline and stamp (lines a rule removed), and a sentence of its summary. A story's own
    head has that shape once; a live blog's entries carry a time but no byline."""
    def card_at(i: int) -> int | None:  # the summary's index
        if not (verdicts[i].reason is None and i + 1 < len(lines)
                and verdicts[i + 1].reason is not None
                and (_is_teaser_shaped(lines[i]) or _is_question_headline(lines[i]))):
            return None
        below = range(i + 1, min(i + 1 + CARD_META_MAX_LINES, len(lines)))
        meta = list(itertools.takewhile(lambda j: verdicts[j].reason is not None, below))
        summary = i + 1 + len(meta)
        if (summary < len(lines) and verdicts[summary].reason is None
                and _is_written_sentence(lines[summary])
                and any(byline_name(lines[j]) or is_person_name(lines[j]) for j in meta)
                and any(_is_stamp(lines[j]) for j in meta)):
            return summary
        return None

    for run in _teasers_in_a_row(verdicts, card_at):
        if len(run) >= CARDS_MIN:
            for headline, summary in run:
                verdicts[headline] = PageLine("related_link", lines[headline])
                verdicts[summary] = PageLine("related_link")


def _mark_stamped_names(lines: list[str], verdicts: list[PageLine]) -> None:
    """A person's name on a line of its own above the page's stamp of when it was written
    ("Maren Estrada" / "November 19th, 2019 at 8:40 AM") is the byline the stamp belongs to
    (in place), at the story's head or on another story's card; above a dispatch's dateline
    or place it is the wire's byline, part of the dispatch."""
    for i, line in enumerate(lines):
        if (verdicts[i].reason is None and i + 1 < len(lines)
                and verdicts[i + 1].reason is not None and _is_stamp(lines[i + 1])
                and _is_name_line(line) and not line.isupper()
                and not (i > 0 and lines[i - 1].endswith(","))  # a list's last name
                and not any(is_dateline(lines[j]) or DISPATCH_PLACE_RE.match(lines[j])
                            for j in range(i + 1, min(i + 3, len(lines))))):
            verdicts[i] = PageLine("page_furniture")


def _is_stamp(line: str) -> bool:
    """A page's stamp of when it was written: by its structure or its verb, or a bare date
    or time ("Wednesday November 20, 2019")."""
    return is_page_stamp(line) or is_dated_stamp(line) or _date_part(line) is not None


def _is_name_line(line: str) -> bool:
    """A person's name alone on its line, as a byline prints it ("Meg James")."""
    return len(line.split()) <= BYLINE_NAME_MAX_WORDS + 1 and is_person_name(line)


def _mark_foreign_blocks(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """Two or more lines in a row that are no sentence, row or paragraph, hold no figure and
    share no content word with the title or the story's sentences and rows, between two of
    its written sentences (in place): a widget or a teaser with its tag ("<headline>" /
    "Rating: False") dropped into the text. One such line alone may be a sub-heading
    ("Funding row"), a table's label has a row or a figure beside it, a line in capitals
    heads a digest's section ("HARBOUR DAILY"), and a name or a line broken off at a comma is
    a list's ("The crews were Ola Berg, Kari Lund," / "Nora Vik")."""
    noise = _known_noise(lines, verdicts)
    kept = [i for i in range(len(lines)) if not noise[i]]
    story_words = content_stems(_without_slug(title)).union(
        *(content_stems(lines[i]) for i in kept if is_sentence(lines[i]) or is_table_row(lines[i])))

    def foreign(line: str) -> bool:
        stems = content_stems(line)
        return (bool(stems) and not stems & story_words and HAS_DIGIT_RE.search(line) is None
                and not line.isupper() and not is_person_name(line)
                and not line.endswith(CONTINUING_MARKS) and not _breaks_off(line)
                and not (is_sentence(line) or is_table_row(line) or is_prose(line)))

    def bounds(k: int) -> bool:  # a written sentence of the story
        line = lines[kept[k]]
        return _is_written_sentence(line) and len(line.split()) >= FOREIGN_BLOCK_SENTENCE_WORDS

    k = 0
    while k < len(kept):
        end = k
        while end < len(kept) and foreign(lines[kept[end]]):
            end += 1
        if end - k >= FOREIGN_BLOCK_MIN_LINES and k > 0 and end < len(kept) and bounds(
                k - 1) and bounds(end):
            for i in kept[k:end]:
                verdicts[i] = PageLine("page_furniture")
        k = max(end, k + 1)


def _mark_learned_furniture(lines: list[str], verdicts: list[PageLine],
                            model: FurnitureModel, title: str) -> None:
    """Lines the rules keep that the furniture model is sure of by their own words
    (``FurnitureModel.is_furniture``). Only where nothing else speaks for the line: never a
    single word, a list item, a quoted or reported line, a table's note ("NOTE: 1986 results
    restated"), a row beside another row, a line that breaks off mid-phrase, nor a line sharing
    a word with the headline or with two of the story's sentences and rows (between two of its
    sentences, one word in four of the line's may be theirs: a pitch's "reporting"). Those are
    the story's, however their words read ("Shares", "- Ferry fares rise", "Sent off: Dahl 71",
    "Top ten riders on the grid for", "League standings" under "SOCCER - LEAGUE STANDINGS",
    "Report of the harbour board"). A sentence, a paragraph and a line between two of the
    story's sentences need the model's strong evidence, and a name or heading in title case or
    capitals more (``TITLE_CASE_EVIDENCE``): they may be the story's ("Follow the match on the
    radio." in a match report, a sub-heading, "Post Office", "HARBOUR DAILY"), where a site's
    labels in title case ("Local Deals", "PAID POLITICAL AD") carry it in their words; and a
    sentence there that opens on a pronoun referring back ("It continued on page 3 of the
    report.") is the story's whatever its words; a sentence that shares no word with the title
    or any other line kept is about nothing else on the page, and plain evidence takes it."""
    if not _mostly_latin_script(lines):
        return  # it learned English pages: on a page in another script it has no evidence
    title_words = content_stems(_without_slug(title))
    # The words of two of the story's sentences and rows at least (one is the line itself).
    sentences_with = collections.Counter(
        stem for line, v in zip(lines, verdicts, strict=True)
        if v.reason is None and (is_sentence(line) or is_table_row(line))
        for stem in content_stems(line))
    story_words = title_words | {stem for stem, n in sentences_with.items() if n > 1}
    judged = [v.reason is not None for v in verdicts]
    # A sentence sharing no word with the title (``_model_may_judge`` has asked) nor with any
    # other line the rules keep is about nothing else on the page: the model's plain evidence
    # is enough for it. (A label alone between two sentences still needs strong evidence: a
    # sub-heading, "Funding row", need not repeat a word of the story.)
    in_lines = collections.Counter(stem for line, v in zip(lines, verdicts, strict=True)
                                   if v.reason is None for stem in content_stems(line))
    for i, line in enumerate(lines):
        if judged[i]:
            continue
        stems = content_stems(line)
        between = _between_sentences(lines, judged, i)
        # Inside the story, a pitch of a few sentences shares a common word with it now and
        # then ("readers", "reporting", "story"): up to a quarter of its words, if none is the
        # title's and the line is no part of a sentence broken across lines.
        written = is_sentence(line) or is_prose(line)
        if between and written and line.split()[0].casefold() in PRONOUNS_REFERRING_BACK:
            continue  # "It continued ...", "She was ...": about what the story said above
        inside = between and not stems & title_words and not is_fragment(lines, i)
        if not _model_may_judge(lines, i, story_words,
                                may_share=len(stems) // WORDS_PER_SHARED_WORD if inside else 0):
            continue
        alone = bool(stems) and all(in_lines[stem] == 1 for stem in stems)
        if stems & story_words:
            evidence = WORDS_SHARED_EVIDENCE
        elif (written and not alone) or (not written and between):
            evidence = STRONG_EVIDENCE
        else:
            evidence = 1.0
        if model.is_furniture(line, evidence=_needed_evidence(line, evidence)):
            verdicts[i], judged[i] = PageLine("learned_furniture"), True
    # A label whose lines below were all judged labels none of the story ("Today's topics:"
    # over a list of other stories' headlines): the model may judge it then, on strong evidence.
    for i, line in enumerate(lines):
        if (not judged[i] and _heads_what_follows(line) and _labels_only_noise(judged, i)
                and _model_may_judge(lines, i, story_words, heading=True)
                and model.is_furniture(line, evidence=_needed_evidence(line, STRONG_EVIDENCE))):
            verdicts[i], judged[i] = PageLine("learned_furniture"), True
    # The story's last line may be the footer's first: once the rules and the model found the
    # footer, a line there the model reads as furniture by its words goes (plainly, not
    # strongly: nothing of the story is left below it), and the line above it is asked next.
    noise = _known_noise(lines, verdicts)
    while (last := _story_last_line(lines, noise)) is not None:
        if not (_model_may_judge(lines, last, title_words)
                and model.is_furniture(lines[last], evidence=_needed_evidence(lines[last], 1.0))):
            break
        verdicts[last], noise[last] = PageLine("learned_furniture"), True


def _model_may_judge(lines: list[str], i: int, story_words: Set[str], *,
                     may_share: int = 0, heading: bool = False) -> bool:
    """Nothing but the model's reading speaks against the line ``i`` being furniture: it is no
    single word, list item, quoted or reported line, note, row of a table, line breaking off,
    label of the lines under it (unless ``heading``: they are judged already), nor does it
    share more than ``may_share`` words with the story."""
    line = lines[i]
    return (len(line.split()) > 1
            and not LIST_ITEM_RE.match(line) and not REPORTED_RE.search(line)
            and not FOOTNOTE_RE.match(line) and not _is_row_of_table(lines, i)
            and not _holds_a_row(line) and (heading or not _heads_what_follows(line))
            and not _breaks_off(line) and len(content_stems(line) & story_words) <= may_share)


def _needed_evidence(line: str, evidence: float) -> float:
    """The evidence (times the model's least) ``line`` needs: ``evidence``, and at least
    ``TITLE_CASE_EVIDENCE`` for a line in title case or capitals, which may be a name or a
    heading of the story's."""
    return max(evidence, TITLE_CASE_EVIDENCE) if _is_title_cased(line) else evidence


def _labels_only_noise(judged: list[bool], i: int) -> bool:
    """The ``LABELLED_NOISE_LINES`` lines under line ``i`` are all ``judged``."""
    under = judged[i + 1:i + 1 + LABELLED_NOISE_LINES]
    return len(under) == LABELLED_NOISE_LINES and all(under)


def _story_last_line(lines: list[str], noise: list[bool]) -> int | None:
    """The index of the last line not yet ``noise`` that can end a story (``_ends_story``),
    when a line below it is noise already, else None. (``_mark_footer_run`` also passes over
    a question sharing no word with the headline; here the model judges it.)"""
    last = next((i for i in range(len(lines) - 1, -1, -1)
                 if not noise[i] and _ends_story(lines[i])), None)
    return last if last is not None and any(noise[last + 1:]) else None


def _between_sentences(lines: list[str], judged: list[bool], i: int) -> bool:
    """The nearest lines not yet ``judged`` above and below are both sentences: the line
    stands inside the story's text, where a sub-heading stands too ("Funding row")."""
    above, below = _nearest_unjudged(judged, i, -1), _nearest_unjudged(judged, i, 1)
    return (above is not None and below is not None
            and is_sentence(lines[above]) and is_sentence(lines[below]))


def _unjudged_just_above(judged: list[bool], i: int) -> int | None:
    """The nearest line above ``i`` not yet ``judged``, when at most
    ``INLINE_NOISE_MAX_LINES`` judged lines (an advert break, a labelled link) stand between
    them, else None."""
    above = _nearest_unjudged(judged, i, -1)
    return above if above is not None and i - above <= INLINE_NOISE_MAX_LINES + 1 else None


def _nearest_unjudged(judged: list[bool], i: int, step: int) -> int | None:
    """The index of the nearest line from ``i`` in the direction of ``step`` that is not
    ``judged`` (noise or furniture already), else None."""
    j = i + step
    while 0 <= j < len(judged) and judged[j]:
        j += step
    return j if 0 <= j < len(judged) else None


def _mostly_latin_script(lines: list[str]) -> bool:
    """Most of the text's letters are of the Latin alphabet (accented ones too). Counted in C
    (``str.isalpha`` over the text, then over the few characters past the Latin blocks): a
    loop in Python over every character was a tenth of cleaning's time."""
    text = "".join(lines)
    letters = sum(map(str.isalpha, text))
    beyond_latin = sum(map(str.isalpha, PAST_LATIN_RE.findall(text)))
    return 2 * (letters - beyond_latin) >= letters


def _carries_on_from_above(line: str) -> bool:
    """The line opens in lower case or on a mark that continues a phrase (", Aa3 / VMIG-1 -
    Moody's."): the rest of a line above it, no paragraph's start."""
    return line[:1].islower() or line[:1] in ",;:)]"


def _printed_above_dateline(lines: list[str], i: int) -> bool:
    """What a story prints above its dateline: a sentence (not a page's state exclaimed:
    "Copied!") or a line too long for a teaser (a dek, a caption, a highlight, an earlier
    dispatch), a table and its heading (wire results put the figures first: "Year ended March
    31" / "Group shr 33.98 yen vs 39.10" / ...), a list item, a byline or a name ("Peter
    Blackburn"), the desk's note in brackets ("[CORRECTED 05:30 GMT]"), and a line that
    carries on below ("Port conditions from Lloyds Shipping Intelligence Service --"); a rule
    line ("---") is no page's either."""
    line = lines[i]
    return (_is_separator(line) or _is_written_sentence(line)
            or len(line.split()) > RELATED_ITEM_MAX_WORDS or _in_table(lines, i)
            or LIST_ITEM_RE.match(line) is not None or is_person_name(line)
            or byline_name(line) is not None or EDITORS_NOTE_RE.match(line) is not None
            or _breaks_off(line) or is_fragment(lines, i))


def _breaks_off(line: str) -> bool:
    """The line stops where no label or button does: at a comma, a bracket, a dash (but for
    a frame's, ``FRAMED_RE``), or a word that needs the next ("for", "the", "and"; in capitals
    it is a letter or a name: "Font size: A A A", "Plan A")."""
    return ((line.endswith(CONTINUING_MARKS) and not FRAMED_RE.match(line))
            or line.split()[-1] in UNFINISHED_ENDINGS)


def is_broken_off(line: str) -> bool:
    """Half of a sentence by its own end, whatever line comes next: it stops mid-phrase
    (``_breaks_off``: "Results from the") or leaves a bracket open ("Standings (tabulated
    under played, won, drawn, lost, goals")."""
    return _breaks_off(line) or line.count("(") > line.count(")")


def _holds_a_row(line: str) -> bool:
    """A row's marks: it ends in a number with another among its last four words ("Karlsruhe 2
    1 1 0 5 3 4", "Saracens 25 Leicester 23"; a stamp's "4 March 2031 - 5 min read" does not),
    or holds a pairing ("Molde v Bodo") or a place in brackets. A line joined to a row when its
    hard wrap was undone ("... (slideshow) Karlsruhe 2 1 1 0 5 3 4") holds the story's row,
    whatever else it holds."""
    tail = line.split()[-4:]
    numbers = [word for word in tail if ROW_NUMBER_RE.fullmatch(word)]
    return ((len(numbers) >= 2 and tail[-1] in numbers) or PAIRING_MARK_RE.search(line) is not None
            or PLACE_MARK_RE.search(line) is not None)


def _heads_what_follows(line: str) -> bool:
    """The line ends as a label of the lines under it: a colon ("Scorers:") or a column
    heading in capitals ("LATEST PREVIOUS ACTUAL"). A teaser joined to a table's label where a
    hard wrap was undone ("... (40 charts) Scorers:") still holds the label."""
    last_two = line.split()[-2:]
    return line.endswith(":") or (len(last_two) == 2 and all(
        word.isalpha() and word.isupper() and len(word) > 1 for word in last_two))


def _is_row_of_table(lines: list[str], i: int) -> bool:
    """A row with a row above or below it."""
    return is_table_row(lines[i]) and any(is_table_row(lines[j]) for j in (i - 1, i + 1)
                                          if 0 <= j < len(lines))


def _in_table(lines: list[str], i: int) -> bool:
    """A row in a run of at least ``TABLE_MIN_ROWS`` rows, or the line heading such a run:
    a table, which a few row-shaped labels side by side ("Listen · 4:12" / "Thursday 07:30
    · SHIPPING WRAP") seldom make."""
    def run_from(j: int) -> int:
        k = j
        while k < len(lines) and is_table_row(lines[k]):
            k += 1
        return k - j
    if not is_table_row(lines[i]):
        return i + 1 < len(lines) and run_from(i + 1) >= TABLE_MIN_ROWS
    first = i
    while first > 0 and is_table_row(lines[first - 1]):
        first -= 1
    return run_from(first) >= TABLE_MIN_ROWS


def _story_edges(lines: list[str], verdicts: list[PageLine], start: int, end: int,
                 lead: int | None, own_words: Set[str]) -> tuple[int, int]:
    """The story's first and last line: the span (already moved outwards over what belongs
    to it) moved to its dateline and its last row, and to the page's whole text when no menu
    or footer lies beyond."""
    if lead is not None and (DATE_LINE_RE.match(lines[lead]) or (
            is_dateline(lines[lead]) and is_sentence(lines[lead]))):
        # A dateline (on its own line, or opening a sentence: a menu's "NEWS - SPORT" has
        # the shape too) is where the story starts, whatever the span: a table-only story
        # (results, a bond's terms) has no prose for the span to find.
        start = min(start, lead)
        byline = next((i for i in range(lead - 1, -1, -1) if verdicts[i].reason is None), None)
        if byline is not None and is_person_name(lines[byline]):
            start = byline  # the reporter's name printed above the dateline
    if lead is not None and DATE_LINE_RE.match(lines[lead]):
        # Wire copy under a bare dateline ("LONDON 1996-08-22") is often all table (results,
        # standings, prices) with headings between its rows: it runs at least to its last
        # row of numbers, its last row of names with their places ("Per Dahl (Molde), Kari
        # Vik (Alta)."), or its last line too long for any label or headline (a results list
        # run into one paragraph).
        rows = [i for i, line in enumerate(lines)
                if verdicts[i].reason is None and (
                    is_numeric_row(line) or len(line.split()) > RELATED_ITEM_MAX_WORDS
                    or is_table_row(line) and PLACE_MARK_RE.search(line))]
        # ... and on over the lines that belong to it after that row.
        end = _extend(lines, verdicts, max([end, *rows]), 1, own_words)
    contacts = [i for i, line in enumerate(lines) if WIRE_CONTACT_RE.match(line)]
    if contacts:
        # Wire copy closes with the desk's contact line: the story runs at least to there.
        end = max(end, contacts[-1])
    # A page's head ends at its last label: the rows, footnotes and long lines between it and
    # the span are the story's own head (a fact sheet, a list of contents).
    start = _after_last_label(lines, verdicts, start)
    # Only a page has menus and footers: without a run of label lines outside the span, what
    # lies there is a short paragraph, a subheading or a list item of a clean story.
    if not _is_chrome_region(lines, verdicts, range(start)):
        start = 0
    if not _is_chrome_region(lines, verdicts, range(end + 1, len(lines))):
        end = len(lines) - 1
    return start, end


def _carried_on_past(lines: list[str], verdicts: list[PageLine], start: int, end: int
                     ) -> set[int]:
    """The lines past the story's last line (``end``) that go on with it (``goes_on_past_end``),
    at most ``INLINE_WIDGET_MAX_LINES`` lines below it or below the last such line (a video
    player's controls between two paragraphs), and above any link to the site's next or
    previous post."""
    story = set().union(*(content_stems(lines[i]) for i in range(start, end + 1)
                          if verdicts[i].reason is None))
    carried: set[int] = set()
    last = end
    for i in range(end + 1, len(lines)):
        line = lines[i]
        if i - last > INLINE_WIDGET_MAX_LINES or PAGER_RE.match(line):
            break
        if verdicts[i].reason is None and goes_on_past_end(
                line, story, lines[last] if i == last + 1 else None):
            carried.add(i)
            story |= content_stems(line)
            last = i
    return carried


def goes_on_past_end(line: str, story_stems: Set[str], above: str | None = None) -> bool:
    """Whether a line past the story's last line (``story_stems``: the story's words;
    ``above``: its last line, when the line stands right below it) goes on with it: a
    sentence sharing ``FOOTER_SHARED_STEMS`` of its words (right below it, one, or none when
    it opens on a pronoun referring back: "It causes ..."), not one to the reader nor one
    introducing what follows (a colon); right below the story, its last sentence without its
    full stop (``_is_unstopped_sentence``); or, right below the story and sharing a word with it,
    its source ("Source: Weather Services Corporation") or, below a row of its table, a row,
    a field or a name with its place (a man of the match under the scorecard). Stricter than
    ``_carries_story_on`` (a list inside the story): past its end a page prints rows of its
    own (a pager's numbers, opening hours), which share nothing with it."""
    if _speaks_to_reader(line):
        return False
    shared = len(content_stems(line) & story_stems)
    if _is_written_sentence(line) and not line.endswith(":") and (
            shared >= (1 if above is not None else FOOTER_SHARED_STEMS)
            or (above is not None and line.split()[0].casefold() in PRONOUNS_REFERRING_BACK)):
        return True
    if above is not None and _is_unstopped_sentence(line, story_stems):
        return True
    return above is not None and shared >= 1 and (
        is_attribution(line) or (_is_tabular(above) and _is_tabular(line)))


def _is_tabular(line: str) -> bool:
    """A table's or list's row, a fact sheet's field, or a name with its place."""
    return (is_table_row(line) or _is_structure_row(line) or is_field_row(line)
            or PLACE_MARK_RE.search(line) is not None)


def _past_holes_of_short_story(lines: list[str], verdicts: list[PageLine], start: int, end: int,
                               title: str) -> tuple[int, int, list[int]]:
    """A short story's edges moved past blocks of other stories between its lines: the span
    stops at such a block, and the story's lines on its far side (its dateline, its lead,
    the rest of its table) say by their words or their structure that they are the
    story's. Returns the edges and the other stories' headlines in the holes."""
    if sum(len(lines[i].split()) for i in range(start, end + 1)
           if verdicts[i].reason is None) > SHORT_STORY_MAX_WORDS:
        return start, end, []
    story_stems = content_stems(title).union(*(
        content_stems(lines[i]) for i in range(start, end + 1)
        if verdicts[i].reason is None and not _is_teaser_shaped(lines[i])))
    start, above = _past_holes(lines, verdicts, start, -1, story_stems)
    end, below = _past_holes(lines, verdicts, end, 1, story_stems)
    return start, end, above + below


def _mark_footer_run(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """The page's footer after the story's last line (in place). Once a line there is page
    furniture by a rule (a copyright, a share or comment control, a newsletter form), the
    short lines around it that share no content word with the story are its neighbours in
    the footer ("Site map", "Newest first", "Email Jane Doe"), and so are sentences that speak
    to the reader ("Share your thoughts below."). The story ends at its last sentence, row of
    a table or list, fact sheet's field or desk contact line: nothing of it is judged here."""
    noise = _known_noise(lines, verdicts)
    title_words = content_stems(_without_slug(title))
    # A question sharing no word with the title is a teaser asking, not the story's end; nor
    # is a list of headlines past a line only a page's footer has (a copyright, a comment
    # form, a bio): a digest's list follows its lead, a page's trending list its footer.
    footer_from = _footer_only_from(lines, verdicts, noise)
    last = next((i for i in range(len(lines) - 1, -1, -1)
                 if not noise[i] and _ends_story(lines[i])
                 and not (i > footer_from and listed_headline(lines[i]) is not None)
                 and not (_is_question_headline(lines[i])
                          and not content_stems(lines[i]) & title_words)), None)
    if last is None or not any(verdicts[i].reason in FOOTER_EVIDENCE or _prompts_reader(lines[i])
                               for i in range(last + 1, len(lines))):
        return
    story_words = title_words.union(
        *(content_stems(lines[i]) for i in range(last + 1) if not noise[i]))
    previous: str | None = lines[last]
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if noise[i]:
            continue
        # A figure or a date alone is a row's only under another row: past the story, it is
        # a rank, a time or a day of the teasers there, and carries on no line above it.
        # A list's wrapped last item ("Steve Jurgenson," / "Bryan Gorman"), a quotation's
        # end, a row with its place ("Stephane Guivarch (Rennes)"), a line carrying on below
        # ("At California,") are the story's. A line judged a teaser here carries nothing on
        # to the line after it.
        lone = is_lone_mark(line) and not (previous is not None and is_table_row(previous))
        listed = i > footer_from and listed_headline(line) is not None
        ours = not lone and not listed and (
            _is_story_row(line) or is_field_row(line) or REPORTED_RE.search(line)
            or PLACE_MARK_RE.search(line) or _breaks_off(line) or (previous is not None and (
                previous.endswith(CONTINUING_MARKS)
                or (_stops_mid_sentence(previous)
                    and len(previous.split()) > FOOTER_LINE_MAX_WORDS))))
        previous = line
        stems = content_stems(line)
        # Headlines there, asking or not, that share no word with the story are teasers; so
        # are those of a teaser's shape sharing one, by chance ("new", "company" and
        # "compared"): a line about the story shares more. Not a line in capitals (it may
        # head a table's columns: "LAST JCR LAST NIS") nor a wire's closing note ("... an
        # initial advance. ----").
        shaped = _is_teaser_shaped(listed_headline(line) if listed else line)
        shared_enough = (min(FOOTER_SHARED_STEMS, len(stems))
                         if shaped and not line.isupper() else 1)
        foreign = bool(stems) and len(stems & story_words) < shared_enough
        if not ours and (lone or (foreign and (len(line.split()) <= FOOTER_LINE_MAX_WORDS
                                       and not _is_written_sentence(line)
                                       or _is_headline(line) or _is_question_headline(line)))
                         or _speaks_to_reader(line)):
            verdicts[i] = PageLine("tail_boilerplate")
            previous = None
    # A short label with furniture right above it and right below it (or the page's end) is
    # one more piece of the footer, whatever its words ("How to complain", "Link copied!"):
    # the story has ended above. A table's row, a quotation, a fact sheet's field or a name
    # with its place stay, and so does the wrapped last item of a list that the furniture
    # cut off from it ("Emmanuel Tetteh (Polonia Warszawa)," / "Bryan Gorman"). Walked both
    # ways, so a run of such labels joins the furniture on either side.
    judged = _known_noise(lines, verdicts)
    for order in (range(last + 1, len(lines)), range(len(lines) - 1, last, -1)):
        for i in order:
            line = lines[i]
            if (judged[i] or not judged[i - 1] or not (i + 1 == len(lines) or judged[i + 1])
                    or not is_footer_label(line) or is_field_row(line)
                    or PLACE_MARK_RE.search(line)):
                continue
            kept_above = next(j for j in range(i - 1, -1, -1) if not judged[j])
            if not _continues_above(lines[kept_above]):
                verdicts[i], judged[i] = PageLine("tail_boilerplate"), True


def _mark_listing_past_story(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """A listing of the page's right after the story's last sentence (in place), once the
    furniture model has spoken: when the lines right after that sentence are furniture (a
    list's heading such as "Today's schedule" or "Most popular", a share bar, a copyright)
    or prompts to the reader, what the page prints below them, rows and headlines alike
    ("16:05 Field Recordings", "8-K February 22, 2019"), is the page's, unless a line of it
    may be the story's (``_may_be_the_storys``). A sentence introducing a table (ending in a
    colon) keeps its rows, whatever stands between them and it, and so does a table's row in
    capitals that reads like a sentence ("NOTES SENIOR UNSECURED, LISTING ON OSLO BOURSE.")."""
    noise = _known_noise(lines, verdicts)
    end = next((i for i in range(len(lines) - 1, -1, -1) if not noise[i]
                and _is_written_sentence(lines[i]) and not _prompts_reader(lines[i])), None)
    # The story's last sentence, not a table's row ("Halftime 1-2.", a row in capitals) nor
    # the tail of one wrapped ("Britain by Richard Hannon."): below those, the table may go on.
    if (end is None or lines[end].rstrip().endswith(":") or is_numeric_row(lines[end])
            or lines[end].isupper() or len(lines[end].split()) <= FOOTER_LINE_MAX_WORDS):
        return
    between = itertools.takewhile(lambda i: noise[i] or _prompts_reader(lines[i]),
                                  range(end + 1, len(lines)))
    if not any(noise[i] for i in between):
        return
    story = [lines[i] for i in range(end + 1) if not noise[i]]
    story_words = content_stems(_without_slug(title)).union(*map(content_stems, story))
    story_bullets = set(map(_bullet_mark, story)) - {None}
    below = [i for i in range(end + 1, len(lines)) if not noise[i]]
    if below and not any(_may_be_the_storys(lines[i], story_words, story_bullets)
                         for i in below):
        for i in below:
            verdicts[i] = PageLine("tail_boilerplate")


def _continues_story(line: str) -> bool:
    """A line below the story that carries on its text or signs it: a sentence or a list of
    names broken off ("In Seattle,", "(Slask Wroclaw), Krzysztof Piskula (Lech Poznan),"), a
    row of names, or a wire's credit or desk ("- USDA", "-- Taipei Newsroom (5080815)")."""
    return (line.endswith(",") or line.startswith("(") or is_name_list_row(line)
            or WIRE_CREDIT_RE.match(line) is not None)


# A wire's credit or desk below its story, set off by hyphens: "- USDA", "-- Oslo newsroom".
WIRE_CREDIT_RE = re.compile(r"^--? (?:\S+ ?){1,3}(?:\(\d+\)|\+?\d[\d ]*)?$")
# A figure ("16:05", "$27.32", "4,524"), and a date, whose figures count as none: "February
# 22, 2019", "3 May".
FIGURE_RE = re.compile(r"\d+(?:[.,:/]\d+)*")
# A field set off by a dash, as results print one: "Attendance - 18,661".
DASHED_FIELD_RE = re.compile(r"^[A-Z][\w.'/&]*(?: [\w.'/&]+){0,2} [-–] \d")
DATE_IN_LINE_RE = re.compile(
    rf"\b{MONTH_NAME} \d{{1,2}}(?:, \d{{4}})?|\b\d{{1,2}} {MONTH_NAME}(?: \d{{4}})?",
    re.IGNORECASE)


def _may_be_the_storys(line: str, story_words: frozenset[str], story_bullets: set[str]) -> bool:
    """A line below the story that may still be its own: a sentence, a quotation's end, a
    field ("Attendance: 9,358") or an attribution, an item in the story's bullets, a line
    sharing two words with it (a listing's headline may share one: "Harbour Day parade
    route"), what carries on its text or signs it (``_continues_story``), or a row of two
    figures besides a date (a score, a price's bid and ask, a telephone number), which a
    listing of other stories has not."""
    return bool((_is_written_sentence(line) and not _prompts_reader(line))
                or REPORTED_RE.search(line) or is_field_row(line)
                or DASHED_FIELD_RE.match(line)
                or is_attribution(line) or _bullet_mark(line) in story_bullets
                or len(content_stems(line) & story_words) >= 2
                or _continues_story(line)
                or len(FIGURE_RE.findall(DATE_IN_LINE_RE.sub("", line))) >= 2)


def _footer_only_from(lines: list[str], verdicts: list[PageLine], noise: list[bool]) -> int:
    """The index of the first line that only a page's footer has (``FOOTER_ONLY``) past the
    story's last line that is no list's headline, else the page's length: one at the page's
    head (a byline's bio) says nothing of the lists below it."""
    settled = next((i for i in range(len(lines) - 1, -1, -1)
                    if not noise[i] and _ends_story(lines[i])
                    and listed_headline(lines[i]) is None), None)
    if settled is None:
        return len(lines)
    return next((i for i in range(settled + 1, len(lines))
                 if verdicts[i].reason in FOOTER_ONLY), len(lines))


def listed_headline(line: str) -> str | None:
    """The headline of a list's item ("• Council delays the tram vote"), else None; a desk's
    contact line ("-- Oslo newsroom +47 ...") is none."""
    match = LIST_ITEM_RE.match(line)
    if match is None or WIRE_CONTACT_RE.match(line):
        return None
    return _list_item_headline(line[match.end() - 1:])


def is_footer_label(line: str) -> bool:
    """A label's shape in a page's footer: up to ``LABEL_MAX_WORDS`` words, no sentence (a
    state's exclamation is none: "Link copied!"), no table's row, no quotation."""
    return (len(line.split()) <= LABEL_MAX_WORDS and not is_table_row(line)
            and REPORTED_RE.search(line) is None
            and not _is_written_sentence(line))


def _is_written_sentence(line: str) -> bool:
    """A sentence as a text writes one: not a page's state or button exclaimed ("Copied!",
    ``is_exclaimed_label``), which opens, ends or joins no story."""
    return is_sentence(line) and not is_exclaimed_label(line)


def is_exclaimed_label(line: str) -> bool:
    """A page's state or button exclaimed ("Link copied!", "Saved!"): up to
    ``LABEL_MAX_WORDS`` words closed by an exclamation mark, unquoted. A story's exclamation
    is quoted speech, and it ends no story."""
    return (line.endswith("!") and len(line.split()) <= LABEL_MAX_WORDS
            and REPORTED_RE.search(line) is None)


def _mark_header_run(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """The page's head before the story's first line (in place), as ``_mark_footer_run``
    finds its footer: once a rule has found furniture there (a menu, a timestamp, a share
    bar), the short labels sharing no content word with the story go, and so do headlines
    (asking or not) sharing none with the title and the story's first lines: teasers. A
    person's name there is the byline. The story starts at its first dateline, sentence,
    row of a table or list, fact sheet's field, or line too long for a label."""
    noise = _known_noise(lines, verdicts)
    first = next((i for i, line in enumerate(lines) if not noise[i] and _starts_story(line)),
                 None)
    if first is None:
        return
    _mark_above_dateline(lines, verdicts, title, first)
    if not any(verdicts[i].reason in HEADER_EVIDENCE for i in range(first)):
        return
    story = [i for i in range(first, len(lines)) if not noise[i]]
    story_words = content_stems(_without_slug(title)).union(
        *(content_stems(lines[i]) for i in story))
    lead_words = content_stems(_without_slug(title)).union(
        *(content_stems(lines[i]) for i in story[:NEIGHBOUR_LINES]))
    for i in range(first):
        line = lines[i]
        byline = is_person_name(line) and len(line.split()) <= BYLINE_NAME_MAX_WORDS
        if noise[i] or byline or is_table_row(line) or is_field_row(line):
            continue
        stems = content_stems(_without_slug(line))
        label = (len(line.split()) <= FOOTER_LINE_MAX_WORDS
                 and not _is_written_sentence(line)  # "Copied!" is none
                 and not line.isupper()  # a wire's dateline or slug: "BRUSSELS"
                 and stems and not stems & story_words)
        # Above a story that opens without a dateline a headline may be its own heading (in
        # words the crude stems do not match: another language); above a dateline it is not.
        teaser = ((_is_teaser_shaped(line) or _is_question_headline(line))
                  and not stems & lead_words
                  and (is_dateline(lines[first]) or DATE_LINE_RE.match(lines[first]) is not None))
        if label or teaser:
            verdicts[i] = PageLine("navigation")


def _mark_above_dateline(lines: list[str], verdicts: list[PageLine], title: str,
                         first: int) -> None:
    """Above the dispatch's own dateline line ("OSLO 2031-03-02", at most ``DEK_MAX_LINES``
    below the head's first sentence), where the dispatch has not begun, a line that shares no
    content word with the title or the dispatch is the page's: a note, a prompt, a stamp, a
    teaser (in place). A byline's name, the title's wrapped tail ("... governor has trouble
    winning home support.") and a wire's bracketed tag ("[CORRECTED 05:30 GMT]") stay. Not
    above a lead's dateline ("OSLO (Reuters) - ..."): a page may open its story with a line
    of its own there ("You shouldn't just believe them."), and a table's note reads like one
    ("NOTE - Official results ...")."""
    dateline = next((i for i in range(min(len(lines), first + DEK_MAX_LINES + 1))
                     if verdicts[i].reason is None and DATE_LINE_RE.match(lines[i])), None)
    if dateline is None or any(is_dateline(lines[i]) for i in range(dateline)):
        return  # a dispatch began above with its lead's dateline: this line opens the next
    story_words = content_stems(_without_slug(title)).union(
        *(content_stems(lines[i]) for i in range(dateline, len(lines))
          if verdicts[i].reason is None))
    for i in range(dateline):
        line, stems = lines[i], content_stems(lines[i])
        if (verdicts[i].reason is None and stems and not stems & story_words
                and REPORTED_RE.search(line) is None
                and not (is_person_name(line) or line[0].islower() or line[0] in ",;)"
                         or line.startswith("["))):
            verdicts[i] = PageLine("navigation")


def _starts_story(line: str) -> bool:
    """A line a story can open with: its dateline, a sentence not spoken to the reader, a row
    of a table or list, a fact sheet's field, a line too long for a label."""
    return (_opens_story(line)
            or (_is_written_sentence(line) and not _speaks_to_reader(line)
                and not _is_question_headline(line))
            or _is_structure_row(line) or is_field_row(line)
            or len(line.split()) > RELATED_ITEM_MAX_WORDS)


def _ends_story(line: str) -> bool:
    """A line that can be a story's last: a sentence not spoken to the page's reader, a row
    of a table or list, a fact sheet's field, a desk's contact line, or a line too long for
    any footer."""
    return ((_is_written_sentence(line) and not _speaks_to_reader(line))
            or _is_story_row(line)
            or REPORTED_RE.search(line) is not None  # a quotation closing: '... sport. "'
            or is_field_row(line) or WIRE_CONTACT_RE.match(line) is not None
            or len(line.split()) > RELATED_ITEM_MAX_WORDS)


def _is_story_row(line: str) -> bool:
    """A row of the story's table or list, not a figure or a date alone (``is_lone_mark``) nor
    a headline naming one ("The 42 minutes that changed the race"): past the story, a teaser
    of the page's and its rank or time."""
    return is_table_row(line) and not is_lone_mark(line) and not _is_teaser_shaped(line)


def is_lone_mark(line: str) -> bool:
    """A figure or a date alone on its line (``LONE_FIGURE_RE``; "May 12"): past a story, a
    rank, a time or a day of the page's teasers."""
    return LONE_FIGURE_RE.match(line) is not None or _date_part(line) == "date"


def _prompts_reader(line: str) -> bool:
    """A sentence to the reader about the page and what to do on it: it opens with a reader's
    action ("Share your thoughts below.") or names the page or a part of it ("Our community
    guidelines apply to all comments.")."""
    words = [w.casefold() for w in line_words(line)]
    return bool(words) and _speaks_to_reader(line) and (
        words[0] in UI_VERBS or PAGE_REFERENCE_RE.search(line) is not None
        or any(w in UI_OBJECTS and w not in READER_WORDS for w in words))


def _speaks_to_reader(line: str) -> bool:
    """A short sentence of the site to its reader: it addresses them ("Share your thoughts
    below.", "We'll send you ...") and quotes no one. A sentence naming the page without
    addressing anyone ("This article was first published by ...") is the story's credit."""
    return (len(line.split()) <= COPYRIGHT_MAX_WORDS and REPORTED_RE.search(line) is None
            and (READER_PRONOUN_RE.search(line) is not None
                 or READER_IMPERATIVE_RE.search(line) is not None
                 or (BEHAVE_IMPERATIVE_RE.match(line) is not None and any(
                     w.casefold() in UI_OBJECTS - {"it"} for w in line_words(line)))))


def _made_of(line: str, words: Set[str]) -> bool:
    """Whether a line of a fixture's length is made only of ``words``, at least two of them:
    "CINCINNATI AT COLORADO" under standings that name both. A headline about the story
    says something new in more words."""
    stems = content_stems(line)
    return len(line.split()) <= FIXTURE_MAX_WORDS and len(stems) >= 2 and stems <= words


def _after_last_label(lines: list[str], verdicts: list[PageLine], start: int) -> int:
    """The story's start moved up over the table or list above it (rows of numbers, list
    items, rows of names, a fact sheet's fields, footnotes, their labels, lines too long for a
    label) and the lines a rule already removed between them (not the page's head above a
    dateline)."""
    start_of_span = start

    def is_row(line: str) -> bool:
        return _is_structure_row(line) or is_field_row(line)

    def belongs(i: int) -> bool:
        line = lines[i]
        below = next((j for j in range(i + 1, len(lines)) if verdicts[j].reason is None), None)
        return (is_row(line) or FOOTNOTE_RE.match(line) is not None
                or len(line.split()) > RELATED_ITEM_MAX_WORDS
                or _is_separator(line)  # a list's separator: "*", "---"
                or (len(line.split()) <= TABLE_LABEL_MAX_WORDS and below is not None
                    and is_row(lines[below])))

    def passable(i: int) -> bool:  # a line removed inside the story, not the page's head
        return (verdicts[i].reason not in (None, "navigation")
                or verdicts[i].reason is None and parse_related_link(lines[i]) is not None)

    def stray_headline(i: int) -> bool:  # one unknown headline between two of its rows
        return (verdicts[i].reason is None and _is_teaser_shaped(lines[i]) and i > 0
                and verdicts[i - 1].reason is None and belongs(i - 1))

    edge, rows = start, 0
    while start > 0 and (passable(start - 1) or stray_headline(start - 1)
                         or verdicts[start - 1].reason is None and belongs(start - 1)):
        start -= 1
        if verdicts[start].reason is None:
            edge = start
            rows += not len(lines[start].split()) <= TABLE_LABEL_MAX_WORDS or is_row(lines[start])
    # A table has a few rows; one date or number line above the story is the page's.
    return edge if rows >= CHROME_MIN_LINES else start_of_span


def _extend(lines: list[str], verdicts: list[PageLine], edge: int, step: int,
            own_words: Set[str] = frozenset()) -> int:
    """The span's edge moved outwards (``step``) over the lines that belong to the story;
    one line that does not, between two that do, does not end it (an unknown advert break
    or teaser inside the story)."""
    def judged(i: int) -> bool:  # removed by a page rule, a "See also" line or a separator
        return (verdicts[i].reason is not None or parse_related_link(lines[i]) is not None
                or _is_separator(lines[i]))

    def joins(i: int) -> bool:
        return (0 <= i < len(lines) and verdicts[i].reason is None
                and parse_related_link(lines[i]) is None
                and (_joins_story(lines, i, step) or _made_of(lines[i], own_words)
                     or labels_row_past_judged(i)))

    def labels_row_past_judged(i: int) -> bool:
        # A heading over its rows with a removed line between them (an advert break under
        # a press digest's "EL MUNDO").
        beyond = i + step
        while 0 <= beyond < len(lines) and judged(beyond):
            beyond += step
        return (beyond != i + step and len(lines[i].split()) <= TABLE_LABEL_MAX_WORDS
                and 0 <= beyond < len(lines) and _is_structure_row(lines[beyond]))

    def resumes(i: int) -> bool:
        # A sentence or a row of the story's table or list (or the label of one), not a
        # label, a teaser or a headline that merely names a year.
        if i < 0 or not joins(i):
            return False
        beyond = i + step  # the row a label labels is no line a rule removed
        return (_is_written_sentence(lines[i]) or _is_structure_row(lines[i])
                # a list broken off at its commas ("At California," / "In Seattle,")
                or (lines[i].endswith(",") and joins(i + step))
                # one more row of the table the story ends in ("OctNov unq 740 unq unq")
                or (is_table_row(lines[i]) and _is_structure_row(lines[edge])
                    and len(content_stems(lines[i])) < TEASER_MIN_CONTENT_WORDS)
                # the rows a sentence of the story introduces ("Results on Sunday:")
                or (is_table_row(lines[i]) and _introduces(lines[edge])
                    and any(ch.isdigit() for ch in lines[i]))
                or (len(lines[i].split()) <= TABLE_LABEL_MAX_WORDS
                    and 0 <= beyond < len(lines) and verdicts[beyond].reason is None
                    and _is_structure_row(lines[beyond])))

    def past_judged(i: int) -> int:
        # An advert break or a labelled link is a line or two; a longer run of removed lines
        # (a share bar, a comment form) is the page's, and ends the story, and so does a
        # link to the site's next or previous post ("Next Post").
        first = i
        while 0 <= i < len(lines) and judged(i):
            if PAGER_RE.match(lines[i]):
                return -1
            i += step
        return i if abs(i - first) <= INLINE_NOISE_MAX_LINES else -1

    while True:
        following = edge + step
        if joins(following):
            edge = following
        elif resumes(past := past_judged(following)):
            # Lines a rule already removes (an advert break, a labelled link) between two
            # parts of the story do not end it.
            edge = past
        elif (beyond := past_judged(following + step)) >= 0 and resumes(beyond):
            # One unknown line between two that belong, perhaps with lines a rule removes
            # beside it: a press digest's first paper ("VEERAKESARI") under its "---" and its
            # lead-in sentence; a closing sentence under an advert's label and its break.
            edge = beyond
        elif step > 0 and past >= 0 and resumes(past + 1):
            # ... and after lines a rule removes: a labelled link, then a table's footnote
            # (downwards only: above the story that is a page's caption under a byline).
            edge = past + 1
        else:
            return edge


def is_story_evidence(line: str, story_stems: Set[str]) -> bool:
    """Whether a line is the story's by its structure or its words, wherever it stands: a
    bare dateline, a row of a table or list, or a sentence, a row or a line too long for a
    headline that shares a content stem with the story. A headline of its own (a teaser, a
    ranked list's item, a labelled link) is not, whatever it shares."""
    if DATE_LINE_RE.match(line):
        return True
    if (_is_teaser_shaped(line) or numbered_headline(line) is not None or _is_rule_noise(line)
            or _is_question_headline(line)):
        return False
    if _is_structure_row(line) and WORD_RE.search(line) and not COUNTED_LINK_RE.match(line):
        return True
    shared = len(content_stems(line) & story_stems)
    return shared >= FOOTER_SHARED_STEMS or shared > 0 and (
        is_sentence(line) or is_table_row(line) or len(line.split()) > RELATED_ITEM_MAX_WORDS)


def _past_widgets_above(lines: list[str], verdicts: list[PageLine], start: int,
                        title: str) -> int:
    """The story's first line moved up past blocks of a widget's short lines (at most
    ``STORY_HOLE_MAX_LINES`` of them: a player's or a gallery's controls, "Tap to play.") and
    the story's sentences above them (sharing its words) to its dateline: a block of short
    lines outweighs a dispatch's first paragraphs, not its dateline and lead. Without a
    dateline to reach the edge stays: above a web page's story, a dek's sentence and a
    caption's labels have the same shape."""
    story_stems = content_stems(title).union(*(
        content_stems(lines[i]) for i in range(start, len(lines))
        if verdicts[i].reason is None and is_sentence(lines[i])))
    gap = 0
    i = start - 1
    while i >= 0 and gap <= STORY_HOLE_MAX_LINES:
        line = lines[i]
        if verdicts[i].reason is None and (DATE_LINE_RE.match(line) or (
                is_dateline(line) and _is_written_sentence(line))):  # not "RSS - Feed"
            return i
        if verdicts[i].reason is None and (_is_written_sentence(line)
                                           and is_story_evidence(line, story_stems)):
            gap = 0
        elif (verdicts[i].reason is not None or _is_rule_noise(line)
                or len(line.split()) <= WIDGET_LABEL_MAX_WORDS):
            gap += 1
        else:
            break
        i -= 1
    return start


def _past_holes(lines: list[str], verdicts: list[PageLine], edge: int, step: int,
                story_stems: Set[str]) -> tuple[int, list[int]]:
    """The story's edge moved outwards (``step``) to its last line beyond a hole, with a line
    of the story past it. A hole is at most ``STORY_HOLE_MAX_LINES`` lines that are no
    evidence of the story and either hold another story's headline (a teaser sharing no word
    with the story, a labelled link: a block of other stories with its label and stamps) or
    are all lines a rule removes but one (an advert break); any lines do before the story's
    bare dateline ("OSLO 1996-08-22"). A page's menu between the story and a sentence about
    the site ("Previous Post", "Search form"), named or not, is no hole: it ends the story.
    Returns the edge and the other stories' headlines in the holes passed."""
    def judged(i: int) -> bool:
        return verdicts[i].reason is not None or _is_rule_noise(lines[i])

    def other_story(i: int) -> bool:
        return (verdicts[i].reason == "related_link" or parse_related_link(lines[i]) is not None
                or (verdicts[i].reason is None and _is_teaser_shaped(lines[i])
                    and content_stems(lines[i]).isdisjoint(story_stems)))

    gap: list[int] = []
    others: list[int] = []
    i = edge + step
    while 0 <= i < len(lines) and len(gap) <= STORY_HOLE_MAX_LINES:
        if verdicts[i].reason is None and is_story_evidence(lines[i], story_stems):
            if (not (any(map(other_story, gap)) or sum(not judged(k) for k in gap) <= 1
                     or DATE_LINE_RE.match(lines[i]))
                    or any(PAGER_RE.match(lines[k]) for k in gap)):
                break
            others += [k for k in gap if verdicts[k].reason is None and other_story(k)]
            edge, gap = i, []
        else:
            gap.append(i)
        i += step
    return edge, others


def _is_structure_row(line: str) -> bool:
    """A row of numbers, a list item or a row of names: the body of a table or list. A row
    of numbers has two of them, or hardly a word besides, and fewer words than a headline: a
    headline naming a year or a model has them ("September 2018 open thread", "2017 Lexus
    LC500 coupe arrives in the Philippines")."""
    stems = len(content_stems(line))
    return ((is_numeric_row(line) and stems < TEASER_MIN_CONTENT_WORDS
             and (sum(map(_is_number, line.split())) >= 2 or stems < 2))
            or LIST_ITEM_RE.match(line) is not None or is_name_list_row(line))


@_per_line
def content_stems(text: str) -> frozenset[str]:
    """The text's content words (no function or calendar words, at least three letters),
    case-folded and cut to their first ``STEM_LETTERS`` letters, a possessive dropped: a crude
    stem that lets "council" match "councils" in any language written with spaces. Frozen:
    the passes that ask it of the same line share one answer."""
    return frozenset(word.casefold().replace("’", "'").removesuffix("'s")[:STEM_LETTERS]
                     for word in line_words(text)
                     if len(word) >= 3 and word.casefold() not in NOT_CONTENT_WORDS)


@_per_line
def _is_teaser_shaped(line: str) -> bool:
    """A headline of its own: a few capitalised words that end no sentence (nor hold one) and
    carry ``TEASER_MIN_CONTENT_WORDS`` content words, with at most ``TEASER_MAX_NUMBERS``
    numbers ("Exports rise 10.6 pct in July", "22 things to know about ..."); not a table's
    row (mostly numbers, a list item, a list of names, a field and its value), a wrapped
    line's head ("... St Johnstone v", "... and trained in", a bracket left open: "... 446-9
    declared (G. Archer") or a table's footnote. An initial's full stop ("U.N. Council")
    ends no sentence. Judged without the arrows at its edges ("AIRPORT STRIKE ENDS ›", "▶
    Ferry fares rise (2:05)")."""
    line = without_edge_arrows(line)
    words = line.split()
    return (bool(words) and _is_headline(line) and not _is_row_not_headline(line)
            and parse_related_link(line) is None and PLACE_MARK_RE.search(line) is None
            and _numbers_fit_a_headline(line)
            and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
            and line[-1] not in ",-–(" and len(words[-1]) > 1
            and words[-1].casefold() not in STOPWORDS
            and line.count(",") < LIST_MIN_COMMAS and FOOTNOTE_RE.match(line) is None
            and line.count("(") == line.count(")")
            and SENTENCE_INSIDE_RE.search(INITIAL_RE.sub("", line)) is None
            and len(content_stems(line)) >= TEASER_MIN_CONTENT_WORDS)


def _numbers_fit_a_headline(line: str) -> bool:
    """A headline names a figure or two in a line of words ("Exports rise 10.6 pct in July");
    a results row names more, or puts them in parentheses ("Costa Rica - Ronaldo Gonzalez
    (10th minute)", "(45-46 half-time)"). Among a table's rows a line with a figure is a row
    anyway (``_mark_teasers``)."""
    numbers = sum(map(_is_number, line.split()))
    if numbers == 0:
        return True
    return numbers <= TEASER_MAX_NUMBERS and PAREN_NUMBER_RE.search(line) is None


def _is_row_not_headline(line: str) -> bool:
    """A table's row by its structure, whatever its words: mostly numbers, a list item, a
    row of names, a fact sheet's field, a comparison ("Qtly div 14 cts vs 12 cts prior",
    "Bolton v Celtic") or a batsman's dismissal (``DISMISSAL_RE``)."""
    return (is_numeric_row(line) or LIST_ITEM_RE.match(line) is not None
            or is_name_list_row(line) or is_field_row(line) or COUNTED_LINK_RE.match(line)
            is not None or "://" in line or COMPARISON_RE.search(line) is not None
            or DISMISSAL_RE.search(line) is not None)


def _without_slug(headline: str) -> str:
    """A headline without the desk's topic slug before it ("SOCCER - ", "Tennis - "): every
    story of the desk has it, so it says nothing about which story a line is about."""
    match = SLUG_RE.match(headline)
    return headline[match.end():] if match else headline


def _mark_teasers(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """Headlines of other stories standing alone in the text (in place).

    A subheading introduces the paragraphs after it and shares their words; a teaser is about
    another story. So a headline-shaped line goes when it shares no content word with the
    story's title and text (its sentences, rows and labels: every line that is neither noise
    nor headline-shaped itself), appears once, and stands alone: the nearest lines on both
    sides that are not noise are no headlines themselves (a list of features or fixtures is
    the story's own), and the one above did not stop mid-sentence. Among a table's rows it
    needs more words (``_reads_as_headline``) and a row or line below it.
    """
    # Lines a per-line rule of clean_story names (credits, links, forms, the "Reuter"
    # sign-off) are noise already: left to it, and no neighbour.
    noise = _known_noise(lines, verdicts)
    shaped = [not noise[i] and _is_teaser_shaped(line) for i, line in enumerate(lines)]
    title_words = content_stems(_without_slug(title))
    text = [i for i in range(len(lines)) if not (noise[i] or shaped[i])]
    counts = collections.Counter(map(_line_key, lines))

    def shares_words(i: int, line: str | None = None, at_least: int = 1) -> bool:
        # With the title, or with the paragraphs next to it, which a subheading introduces
        # (or closes): a story's far paragraphs share a generic word with anything. A line in
        # title case or capitals between two paragraphs that read on from each other has only
        # those two as neighbours (a line in sentence case there may be a sentence that lost
        # its full stop, and is judged as before).
        k = bisect.bisect(text, i)
        above, below = (next((j for j in steps if not noise[j]), None)
                        for steps in (range(i - 1, -1, -1), range(i + 1, len(lines))))
        if (above is not None and below is not None and DATE_LINE_RE.match(lines[above])
                and is_sentence(lines[below])):
            # Between the dateline and the lead: the story has not begun, so nothing of it is
            # there to introduce, and only the title can vouch for the line (a dek).
            near = []
        elif (_is_title_cased(lines[i]) and 0 < k < len(text)
                and _paragraphs_read_on(lines[text[k - 1]], lines[text[k]])):
            near = text[k - 1: k + 1]
        else:
            near = text[max(0, k - NEIGHBOUR_LINES): k + NEIGHBOUR_LINES]
        # (A labelled line is no headline-shaped line, and so one of the text: not its own.)
        words = title_words.union(*(content_stems(lines[j]) for j in near if j != i))
        return len(content_stems(_without_slug(lines[i] if line is None else line))
                   & words) >= at_least

    for i, line in enumerate(lines):
        if (shaped[i] or _is_media_headline(line)) and _media_mark(line):
            # A link to another story's video or pictures, whatever its words (a shorter
            # headline too: "A year of the night bus (audio)").
            verdicts[i], noise[i], shaped[i] = PageLine("related_link", line), True, False
        elif not noise[i] and (player := PLAYER_LABEL_RE.match(line)) is not None:
            verdicts[i], noise[i], shaped[i] = (PageLine("related_link", player["headline"]),
                                                True, False)
        elif not noise[i] and (headline := labelled_headline(line)) is not None and not (
                (shares_words(i, headline, _shared_by_more_than_chance(headline))
                 and not _labels_a_link(line, headline))
                or _in_fact_sheet(lines, i)):
            # A label of any wording over a headline about another story (one shared stem
            # in a longer headline is chance, as in the footer); a label of a few words that
            # share none with the story ("Missed it last week?", "Read the previous issue:")
            # points at a link whatever the headline shares: another story on the same
            # subject is still another story.
            verdicts[i], noise[i], shaped[i] = PageLine("related_link", headline), True, False
    # About another story: a headline of its own that shares no word with this one, and no
    # half of a wrapped sentence.
    fragments = fragment_lines(lines, noise)
    foreign = [shaped[i] and counts[_line_key(line)] == 1 and i not in fragments
               and not shares_words(i) for i, line in enumerate(lines)]
    # A question naming its subject in full words, referring to nothing before it, is a
    # headline too ("Should farmers worry about bus fares?"); one in the story's prose points
    # back at what it asks about ("Why would anyone pay that toll?").
    asks = [not (noise[i] or shaped[i]) and counts[_line_key(line)] == 1
            and _is_question_teaser(line) for i, line in enumerate(lines)]
    # Sharing no word with the title nor with any line of the story, a headline is about
    # another story wherever it stands, among a table's rows too: a table's heading or label
    # names what its rows hold, and so shares a word with the story somewhere.
    story_words = title_words.union(*(content_stems(lines[j]) for j in text if not asks[j]))
    unrelated = [foreign[i] and not content_stems(_without_slug(line)) & story_words
                 for i, line in enumerate(lines)]

    def story_line(j: int | None) -> bool:  # a sentence or a row of the story
        return j is not None and not asks[j] and (is_sentence(lines[j]) or is_table_row(lines[j]))

    # Where the page puts other stories inside the text: between two of the story's lines,
    # or above its first. The page's tail is judged as a whole (a run of teasers, a footer):
    # a question there is left to it.
    for i, line in enumerate(lines):
        if asks[i] and not content_stems(line) & story_words and (
                (story_line(_nearest_unjudged(noise, i, -1))
                 and story_line(_nearest_unjudged(noise, i, 1)))
                or not any(story_line(j) for j in range(i))):
            verdicts[i], noise[i] = PageLine("related_link", line), True

    for i, line in enumerate(lines):
        if not foreign[i]:
            continue
        near_above, near_below = _nearest_unjudged(noise, i, -1), _nearest_unjudged(noise, i, 1)
        near = [j for j in (near_above, near_below) if j is not None]
        above, below = (lines[j] if j is not None else None for j in (near_above, near_below))
        # Next to a headline of this story it is an item of the story's list (features,
        # fixtures). After a line that stops mid-sentence ("... He said") it is that
        # sentence's wrapped tail; after a table's footnote, more of the footnote; after a
        # sentence closed by a colon, what it introduces, when it shares a word with the
        # story ("Results on Saturday:" / "Women's 500 metres time trial").
        if any(_is_teaser_shaped(lines[j]) and not foreign[j] for j in near) or (
                above is not None and (_stops_mid_sentence(above) or FOOTNOTE_RE.match(above)
                                       or (_introduces(above) and not unrelated[i]))):
            continue
        # Among a table's rows a line is the table's own: its heading or section label
        # ("Men's singles, third round", "Buyers Sellers Last Prev"), a footnote closing the
        # text ("Per-share results reflect ..."), a row ("Mixed clips 48 to 49 cents / pound"),
        # or the label of a row of bare numbers below it ("394.4 mln stg vs 306.1 mln"). A
        # teaser there is longer than a label or reads as a headline in words, and names no
        # figure, no unit in brackets ("Soymeal (in rupees per tonne)") and is not in
        # capitals (a bond's terms: "GOV LAW NORWEGIAN HOME CTRY ...").
        # Next to another foreign headline it is one of a run of teasers. At the
        # text's edge or next to a dateline there is no table for it to belong to.
        in_table = not all(is_sentence(lines[j]) or DATE_LINE_RE.match(lines[j])
                           or (foreign[j] and not lines[j].isupper()) for j in near)
        in_run = any(foreign[j] for j in near)
        # A desk's slug before it ("Tennis - Results At Hamlet Cup") makes a headline a wire
        # story's own, which no table's heading is: sharing no word with the story, it is
        # another story's even among rows.
        slugged = (SLUG_RE.match(line) is not None and unrelated[i] and "(" not in line
                   and _is_teaser_shaped(_without_slug(line)))
        if in_table and not slugged and not (
                (below is None or not _is_bare_row(below))
                and (not is_table_heading(lines, i) or (unrelated[i] and _is_sentence_cased(line)))
                and ((unrelated[i] and _has_headline_grammar(line)) or (
                    not any(map(_is_number, line.split())) and not line.isupper()
                    and UNIT_NOTE_RE.search(line) is None
                    and (in_run or len(line.split()) > TABLE_LABEL_MAX_WORDS
                         or _reads_as_headline(line))))):
            continue
        verdicts[i] = PageLine("related_link", line)
        if not in_run:
            noise[i] = True
    for i, line in enumerate(lines):
        # Between two paragraphs that read on from each other, a shorter headline (three
        # content words) is about another story too, when it shares no word with them or the
        # title: the story does not pause there for a heading. (A question there may be the
        # story's own, quoted: "How can we then expect ...?")
        above, below = _nearest_unjudged(noise, i, -1), _nearest_unjudged(noise, i, 1)
        if (noise[i] or shaped[i] or above is None or below is None
                or not _is_headline(line) or not line[-1].isalnum()  # "... advance. ----"
                or len(content_stems(line)) < SHORT_TEASER_CONTENT_WORDS
                or any(ch.isdigit() for ch in line) or REPORTED_RE.search(line)
                or LABELLED_LINE_RE.match(line) or is_person_name(line)
                or not line[0].isupper() or counts[_line_key(line)] > 1
                or not (_is_paragraph(lines[above]) and _is_paragraph(lines[below])
                        and _paragraphs_read_on(lines[above], lines[below]))):
            continue
        near = title_words | content_stems(lines[above]) | content_stems(lines[below])
        if not content_stems(line) & near:
            verdicts[i], noise[i] = PageLine("related_link", line), True


def _is_sentence_cased(line: str) -> bool:
    """Most content words in lower case, as a headline written in words has them; a table's
    heading names its columns and sections in capitals ("CENTRAL DIVISION", "Buyers Sellers
    Last Prev")."""
    words = [w for w in line_words(line) if w.casefold() not in STOPWORDS]
    return 2 * sum(w[0].islower() for w in words) > len(words)


@_per_line
def _is_question_teaser(line: str) -> bool:
    """A question shaped as a headline (``_is_question_headline``) that names its subject in
    ``SHORT_TEASER_CONTENT_WORDS`` content words and refers to nothing said before it: no
    pronoun or demonstrative (``REFERRING_WORDS``)."""
    words = {word.casefold() for word in line_words(line)}
    return (line[0].isupper() and _is_question_headline(line) and not words & REFERRING_WORDS
            and len(content_stems(line)) >= SHORT_TEASER_CONTENT_WORDS)


def _has_headline_grammar(line: str) -> bool:
    """Whether a line has a headline's grammar: an article or a preposition linking its words
    ("Essex poised to step up", "THE RETURN OF THE NIGHT BUS"), which the labels and column
    heads of a table, made of names, abbreviations, figures and yes/no values, lack ("Buyers
    Sellers Last Prev", "NEG PLG YES CRS DEFLT NO"; "CINCINNATI AT COLORADO" is a fixture),
    and no note in brackets, which a table's cell has ("Tue - Sat 4PM (Closed on Mon)")."""
    return "(" not in line and any(word.casefold() in HEADLINE_LINK_WORDS
                                   for word in line_words(line))


@_per_line
def _media_mark(line: str) -> re.Match[str] | None:
    """The media mark closing a headline (``MEDIA_MARK_RE``: " - live", " (audio)", ", in
    pictures"; ``CLIP_LENGTH_RE``: " (2:36)", " (39 comments)", " [UPDATED]"), else None."""
    if line.rstrip(")]").casefold().endswith(MEDIA_ENDINGS):
        return MEDIA_MARK_RE.search(line)
    # Both of a clip's marks close in a bracket: a line that does not is spared the search.
    return CLIP_LENGTH_RE.search(line) if line.endswith((")", "]")) else None


def _is_media_headline(line: str) -> bool:
    """A headline before its media mark (``MEDIA_MARK_RE``) with fewer content words than a
    teaser's shape needs: ``SHORT_TEASER_CONTENT_WORDS`` - 1 of them, capitalised, no
    figure, not a row ("A year of the night bus - live"; "Oslo v Bergen - live" is a
    fixture). A list's item is read without its bullet ("* Ferry board shelves pier repairs
    (24 comments)")."""
    bullet = BULLET_RE.match(line)
    item = line if bullet is None else bullet["text"]
    match = _media_mark(item)
    if match is None or not _is_plain_headline(head := item[:match.start()]):
        return False
    return len(content_stems(head)) >= SHORT_TEASER_CONTENT_WORDS - 1


def _is_plain_headline(text: str) -> bool:
    """A headline of words: capitalised, no figure, no row's structure, no reported speech."""
    return (_is_headline(text) and text[:1].isupper() and not any(ch.isdigit() for ch in text)
            and not _is_row_not_headline(text) and REPORTED_RE.search(text) is None)


def labelled_headline(line: str) -> str | None:
    """The headline of a line that labels a link to another story in any wording
    ("Background: Why fares keep rising", "Editor's pick: SOCCER - AJAX SLUMP AT HEERENVEEN"),
    else None. The label is a few words; what follows is a headline: a few content words, no
    full stop, no quotation or reported speech, no second sentence, figures as a headline has
    them. A speaker's words ("Smith: We will appeal.") end in a full stop; a fact sheet's
    field has a short value ("Purpose: Refunding")."""
    match = LABELLED_LINK_RE.match(line)
    if match is None or is_dateline(line):
        return None
    headline = match["headline"]
    words = headline.split()
    if (match["pointer"] is not None or match["long"] is not None) and (
            len(match["label"].split()) < 2
            or not (_is_teaser_shaped(headline) or _is_question_teaser(headline))):
        return None
    if (not 3 <= len(words) <= RELATED_ITEM_MAX_WORDS or headline.endswith((".", ":", ";", ","))
            or headline.count("(") != headline.count(")") or FOOTNOTE_RE.match(line)
            # a venue's results ("In Tirana: Flamurtari Vlore (Albania) 0 Chemlon Humenne")
            or PLACE_MARK_RE.search(headline) or VENUE_LABEL_RE.match(match["label"])
            or {w.casefold() for w in WORD_RE.findall(match["label"])} <= ATTRIBUTION_LABEL_WORDS
            # a figure or two in a headline; two with more words are a row run into it
            or sum(map(_is_number, words)) > 1
            or REPORTED_RE.search(headline)
            or SENTENCE_INSIDE_RE.search(INITIAL_RE.sub("", headline))
            or not (headline[0].isupper() or headline[0].isdigit())
            or not _numbers_fit_a_headline(headline) or _is_row_not_headline(headline)
            or not _names_its_subject(_without_slug(headline))):
        return None
    return headline


def _labels_a_link(line: str, headline: str) -> bool:
    """The label before ``headline`` ends in a colon, a question mark or an arrow and is a
    phrase of ``LINK_LABEL_MIN_WORDS`` words or more in sentence case (a section's heading is
    in title case or capitals: "The Build Stage: Create a tangible online asset"), not a slug,
    a venue or an attribution (``labelled_headline`` has checked those), and shares no content
    word with the headline: a pointer's words, not a field's or a speaker's."""
    match = LABELLED_LINK_RE.match(line)
    label = match["label"]
    separator = line[match.end("label"):match.start("headline")].strip()
    return (separator.endswith(LINK_LABEL_ENDS) and len(label.split()) >= LINK_LABEL_MIN_WORDS
            and not label.isupper() and not _is_title_cased(label)
            and not content_stems(label) & content_stems(headline))


def _shared_by_more_than_chance(headline: str) -> int:
    """How many content stems a labelled headline shares with the story when it is about the
    story: two once it names ``LABELLED_HEADLINE_MIN_CONTENT_WORDS``, else one."""
    stems = len(content_stems(_without_slug(headline)))
    return FOOTER_SHARED_STEMS if stems >= LABELLED_HEADLINE_MIN_CONTENT_WORDS else 1


def _names_its_subject(headline: str) -> bool:
    """Enough content words for a headline after a label (``LABELLED_HEADLINE_MIN_CONTENT_WORDS``,
    or fewer in more words than a field's value)."""
    stems = len(content_stems(headline))
    return stems >= LABELLED_HEADLINE_MIN_CONTENT_WORDS or (
        stems >= LABELLED_SHORT_HEADLINE_CONTENT_WORDS
        and len(headline.split()) > FIELD_VALUE_MAX_WORDS)


def _in_fact_sheet(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is labelled as a field is ("Label: value", not "... ▸ ..." nor
    "...? ...") and a neighbouring line is a fact sheet's field or a labelled line too: a sheet
    of "Field: value" rows, where a longer value is one more field."""
    return LABELLED_LINE_RE.match(lines[i]) is not None and any(
        is_field_row(lines[j]) or LABELLED_LINE_RE.match(lines[j]) is not None
        for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _paragraphs_read_on(above: str, below: str) -> bool:
    """Two sentences of running prose: the one before introduces nothing (no colon, no
    label), the one after is no row or list item that a heading between them would label."""
    return (is_sentence(above) and not above.endswith(":")
            and is_sentence(below) and not _is_structure_row(below) and not is_table_row(below))


def is_inline_label(line: str) -> bool:
    """A label's shape: one to ``LABEL_MAX_WORDS`` words with no figure and no sentence's
    grammar (no full stop, comma or colon; a question may close it: "Why this ad?"), not a
    person's name (a byline or a speaker in a transcript) and not in capitals (a table's
    section heading: "MIXED DOUBLES")."""
    words = line.split()
    return (0 < len(words) <= LABEL_MAX_WORDS and HAS_DIGIT_RE.search(line) is None
            and (line[-1].isalnum() or line.endswith("?"))
            and not any(mark in line for mark in ",:;()\"“”")
            and not line.isupper() and not is_person_name(line))


def _mark_inline_labels(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """A short label naming an ad, a sponsor, a partner or a promotion ("Promo slot", "Why
    this ad?", "Partner spotlight") goes (in place) where it stands alone between two of the
    story's lines, sentences or a table's rows, when the rest of its words are not the
    story's: the title's or the two lines' ("Promotion for Bristol City" names a team of the
    results around it), nor does one over a table's first row with words of its own besides
    the ad's ("Promotion race" over the standings). A label alone is not enough: a subheading
    ("Funding row") has the same shape and need not repeat a word of the paragraphs it
    divides."""
    labels = [i for i, line in enumerate(lines)
              if verdicts[i].reason is None and is_inline_label(line) and names_an_ad(line)]
    if not labels:  # most stories: nothing more to work out
        return
    noise = _known_noise(lines, verdicts)
    title_words = content_stems(title)
    counts = collections.Counter(map(_line_key, lines))

    def story_line(j: int | None) -> bool:  # a sentence or a row of the story
        return j is not None and (is_sentence(lines[j]) or is_table_row(lines[j]))

    for i in labels:
        line = lines[i]
        if noise[i] or counts[_line_key(line)] > 1:
            continue
        above, below = _nearest_unjudged(noise, i, -1), _nearest_unjudged(noise, i, 1)
        if not (story_line(above) and story_line(below)):
            continue
        own_words = content_stems(line) - AD_CLASS_STEMS
        if own_words and is_table_row(lines[below]) and not is_table_row(lines[above]):
            continue  # a table's heading in words of its own: "Promotion race" over standings
        near = title_words | content_stems(lines[above]) | content_stems(lines[below])
        if not own_words & near:
            verdicts[i], noise[i] = PageLine("site_prompt"), True


def names_an_ad(line: str) -> bool:
    """A word of the ad class (``AD_CLASS_WORDS``) or a promotion's ("promo") in the line;
    one that names a story's subject as well (``AD_SUBJECT_WORDS``: "Ad revenue", "Paid
    leave", "Commercial flights") only with no other content word beside it ("Why this ad?",
    "From a partner")."""
    words = [w.casefold() for w in line_words(line)]
    if any((word in AD_CLASS_WORDS and word not in AD_SUBJECT_WORDS) or word.startswith("promo")
           for word in words):
        return True
    return any(word in AD_SUBJECT_WORDS for word in words) and not (
        content_stems(line) - AD_CLASS_STEMS)


def _is_title_cased(line: str) -> bool:
    """Every content word capitalised ("Dutch Captain Blind Ends International Career", "GOLF -
    GERMAN OPEN SCORES"): a headline's case, which no sentence of running prose has."""
    words = [w for w in line_words(line) if w.casefold() not in STOPWORDS]
    return bool(words) and all(w[0].isupper() for w in words)


def _is_bare_row(line: str) -> bool:
    """A row of numbers without a label of its own ("394.4 mln stg vs 306.1 mln"): the line
    above it is its label."""
    return (is_numeric_row(line) and line[0].isdigit()
            and not any(word[0].isupper() for word in line_words(line)))


def _is_separator(line: str) -> bool:
    """A rule line between parts of a text, with no word in it ("---", "*")."""
    return WORD_RE.search(line) is None


def _introduces(line: str) -> bool:
    """A sentence closed by a colon ("Results at the world track cycling championships on
    Saturday:"): what follows is what it introduces, the story's own list or table."""
    return (line.endswith(":") and is_sentence(line)
            and len(line.split()) >= INTRODUCING_MIN_WORDS)


def _is_list_label(line: str) -> bool:
    """A label that introduces a list, no sentence (``_introduces``' short twin): a few words
    and a colon ("Today's Topics:", "In this issue:")."""
    return line.endswith(":") and len(line.split()) <= LABEL_MAX_WORDS


def _stops_mid_sentence(line: str) -> bool:
    """Prose that a line break cut: it ends in a lower-case word, not a full stop."""
    last = line.split()[-1]
    return not (is_sentence(line) or is_table_row(line)) and last[0].islower()


def _reads_as_headline(line: str) -> bool:
    """A headline written in sentence case: ``TEASER_MIN_CONTENT_WORDS`` + 1 content words,
    at least half of them in lower case (a row of names or fixtures, a table's legend of
    abbreviations is capitalised)."""
    words = [w for w in line_words(line) if len(w) >= 3 and w.casefold() not in STOPWORDS]
    return (len(content_stems(line)) > TEASER_MIN_CONTENT_WORDS
            and 2 * sum(w[0].islower() for w in words) >= len(words))


def _mark_trailing_headlines(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """A block of at least ``TRAILING_HEADLINES_MIN`` headlines (a figure or two in them
    allowed, as in any headline; no quotation; bulleted, or with a count of comments after
    them: ``_list_item``) after the story's last sentence is a list of other stories, with or
    without a label above it (in place), unless most of them are made of the story's words: a
    schedule closing a results story ("CINCINNATI AT COLORADO") names the story's own teams,
    where a related story shares a word or two. Items of the list another rule took already
    (a link by its comment count: "• Ferry fares rise (3 replies)") count towards its size."""
    block: list[int] = []
    taken = 0  # the list's bulleted items taken as links already, right below or among it
    for i in range(len(lines) - 1, -1, -1):
        if verdicts[i].reason is not None:
            if verdicts[i].reason == "related_link" and BULLET_RE.match(lines[i]):
                taken += 1
            elif block and verdicts[i].reason != "related_link":
                break  # furniture between: the block ends (a draw's rows are above it)
            elif not block:
                taken = 0  # furniture between them and the block: another list's
            continue
        item = _list_item(lines[i])
        if (not (_is_headline(item) or _is_question_headline(item))
                or REPORTED_RE.search(item)
                or is_field_row(item)  # a scorecard's "Man-of-the-Match: A. Name"
                or (is_table_row(item) and not (_is_teaser_shaped(item)
                                                 or _is_bulleted_headline(lines[i])))):
            break
        block.append(i)
    if not block:
        return
    block.reverse()
    story = [lines[i] for i in range(block[0]) if verdicts[i].reason is None]
    story_words = content_stems(_without_slug(title))
    for line in story:
        story_words |= content_stems(line)
    # A list in the story's own bullets is the story's: a press digest's items under each
    # paper's name ("- Caja de Madrid stagnates ...").
    story_bullets = {_bullet_mark(line) for line in story} - {None}
    if any(_bullet_mark(lines[i]) in story_bullets for i in block):
        return
    # Bulleted items right under a table's heading are its rows ("Financial Data in 000s:
    # 1995 1994" / "- Revenue N / A N / A").
    if story and _names_columns(story[-1]):
        while block and BULLET_RE.match(lines[block[0]]):
            block.pop(0)
    # A bulleted list that is the text's bulk is the story's: a press digest's items under
    # its one paper. A label above one is left to the rules that weigh a label's words
    # against the story's (``_mark_teaser_runs``): a story's last line may have its shape
    # ("Source: Fjord Weather", "In the news now").
    if any(BULLET_RE.match(lines[i]) for i in block):
        if sum(len(line.split()) for line in story) <= sum(len(lines[i].split()) for i in block):
            return
        while (block and not BULLET_RE.match(lines[block[0]])
               and (len(lines[block[0]].split()) <= LABEL_MAX_WORDS
                    or is_attribution(lines[block[0]]))):
            block.pop(0)
    while block and _is_unstopped_sentence(lines[block[0]], story_words):
        block.pop(0)
    # Three lines make a block by their shape alone; two need a headline's shape each.
    if len(block) + taken < TRAILING_HEADLINES_MIN or (
            len(block) + taken < CHROME_MIN_LINES
            and not all(_is_teaser_shaped(_list_item(lines[i])) for i in block)):
        return
    if 2 * sum(_made_of(_without_slug(_list_item(lines[i])), story_words)
               for i in block) < len(block):
        for i in block:
            verdicts[i] = PageLine("related_link", lines[i])


# What divides a label from its headline in a line: "Analysis: ...", "Design Week | ...".
LABEL_MARKS = (": ", " | ")


def _is_unstopped_sentence(line: str, story_stems: Set[str]) -> bool:
    """The story's last sentence without its full stop: a line of a sentence's length, with no
    label or bar dividing it as a teaser's ("Design Week | Seiko's show at the Triennale"),
    sharing ``FOOTER_SHARED_STEMS`` words with the story ("The race continues on Thursday
    with a Doetinchem time trial")."""
    return (len(line.split()) >= PROSE_MIN_WORDS
            and not any(mark in line for mark in LABEL_MARKS)
            and len(content_stems(line) & story_stems) >= FOOTER_SHARED_STEMS)


def is_attribution(line: str) -> bool:
    """A table's or a chart's attribution or note, the story's own: a label of
    ``ATTRIBUTION_LABEL_WORDS`` and a colon ("Source: Fjord Weather", "Notes: ...")."""
    label, colon, _ = line.partition(":")
    words = {w.casefold() for w in WORD_RE.findall(label)}
    return bool(colon and words) and words <= ATTRIBUTION_LABEL_WORDS


def _names_columns(line: str) -> bool:
    """A table's heading naming its columns after a colon ("Financial Data in 000s: 1995
    1994"): the items below it are the table's rows."""
    heading, colon, columns = line.partition(":")
    return bool(colon and heading.strip()) and is_numeric_row(columns)


def _is_bulleted_headline(line: str) -> bool:
    """A bulleted item in a headline's grammar, a figure or two in it as a row has them ("• The
    week in microfilm, No. 40"): a link word in lower case ties its words (a row's "N / A" is
    no article)."""
    bullet = BULLET_RE.match(line)
    return bullet is not None and any(word in HEADLINE_LINK_WORDS
                                      for word in line_words(bullet["text"]))


def _bullets_in_one_block(lines: list[str], noise: list[bool]) -> set[str]:
    """The bullet marks whose items (lines not judged noise) stand in one block, no other line
    of the text between them."""
    items: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if not noise[i] and (mark := _bullet_mark(line)) is not None:
            items.setdefault(mark, []).append(i)
    return {mark for mark, at in items.items()
            if all(noise[k] or _bullet_mark(lines[k]) == mark for k in range(at[0], at[-1] + 1))}


def _bullet_mark(line: str) -> str | None:
    bullet = BULLET_RE.match(line)
    return None if bullet is None else line[: bullet.start("text")].strip()


def _list_item(line: str) -> str:
    """A list's item without its bullet and the page's stamp after it ("• Ferry fares rise
    (35 comments)": ``ITEM_STAMP_RE``), any other line as is."""
    bullet = BULLET_RE.match(line)
    return ITEM_STAMP_RE.sub("", line if bullet is None else bullet["text"])


# Characters of a table's fields, units and column headings, which no teaser headline has.
TABLE_MARKS = (":", "/", "$", "=", "%")


def _mark_teaser_runs(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """Teasers come in runs (in place): headlines sharing no content word with the story,
    in a row with a teaser another rule found, are more of the run (a question, a shorter
    headline, one naming a figure) when most of the run has a teaser's shape, and a short
    label right above a run of two or more is its heading ("Staff picks"), wherever the run
    stands: in the tail, or between the story's paragraphs or rows. Lines judged furniture
    between them (a stamp: "5 hours ago") do not break a run."""
    noise = _known_noise(lines, verdicts)
    # A labelled link ("Now playing: <headline>") stands alone in the text; a run is of bare
    # headlines, numbered items and their labels.
    teaser = [v.reason == "related_link" and not (
        v.headline is not None and LABELLED_LINK_RE.match(line) is not None
        and line.endswith(v.headline) and v.headline != line)
        for line, v in zip(lines, verdicts, strict=True)]
    if not any(teaser):
        return
    title_words = content_stems(_without_slug(title))
    stems = [content_stems(_without_slug(line)) for line in lines]
    # In how many lines left each word stands: a line's word is the story's when another
    # line outside its run has it too (a table's labels and rows vouch for each other:
    # "Women's singles, third round" for "Men's singles, second round").
    lines_with = collections.Counter(
        stem for i in range(len(lines)) if not noise[i] for stem in stems[i])
    # A list's items in a block of their own are judged without their bullets: a page's list
    # of links is one block, where a press digest bullets its items under each paper's name.
    one_block = _bullets_in_one_block(lines, noise)
    shapes = [line if (bullet := BULLET_RE.match(line)) is None
              or _bullet_mark(line) not in one_block else bullet["text"] for line in lines]

    def headline_shaped(i: int) -> bool:  # a headline of its own by shape
        line = shapes[i]
        return (not noise[i] and (_is_headline(line) or _is_question_headline(line))
                and (line[0].isupper() or line[0].isdigit()) and bool(stems[i])
                and line.split()[-1].casefold() not in STOPWORDS  # "Weighted average of"
                and not (i > 0 and not teaser[i - 1] and _continues_above(lines[i - 1]))
                and REPORTED_RE.search(line) is None and not is_person_name(line)
                and not is_dateline(line) and DATE_LINE_RE.match(line) is None
                and _numbers_fit_a_headline(line)  # "... 89-86 (45-46 half-time)" is a row
                # a field, a unit or a column heading: "Value to the owner: $233,600",
                # "Producer list / transaction prices"
                and not any(mark in line for mark in TABLE_MARKS)
                # capitals or a row's shape, unless a headline's grammar links its words
                # ("Ten years of allotments"; "NOTES S SHORT FIRST COUPON" is a table's);
                # such a line is no evidence of a run by itself
                and not ((line.isupper() or _is_row_not_headline(line))
                         and not _has_headline_grammar(line)))

    def headline_evidence(i: int) -> bool:
        # A teaser, a question's, or a teaser's shape and no row's: a row names its figure or
        # number word among capitalised names ("Saeed Anwar c Croft b Cork 176"), a headline
        # in sentence case links its words ("Bakery chain closes twelve shops in the valley").
        line = shapes[i]
        return teaser[i] or _is_question_teaser(line) or (_is_teaser_shaped(line) and (
            not is_table_row(line) or (_is_sentence_cased(line)
                                       and _has_headline_grammar(line))))

    def mark(run: list[int]) -> None:
        if (len(run) >= 2 and any(teaser[k] for k in run)
                and 2 * sum(map(headline_evidence, run)) > len(run)):
            for k in run:
                if not teaser[k]:
                    verdicts[k] = PageLine("related_link", lines[k])
                    noise[k] = teaser[k] = True

    def judge(run: list[int]) -> None:
        # Words of the lines outside the run: a headline sharing one is the story's (a
        # sub-heading, a table's label) and divides the run; one of a teaser's shape shares
        # one by chance, as in the footer ("Bakery chain closes twelve shops" and a pier
        # "closed" for the work).
        outside = collections.Counter(lines_with)
        outside.subtract(stem for k in run if not teaser[k] for stem in stems[k])
        part: list[int] = []
        for k in run:
            shared = sum(outside[stem] > 0 or stem in title_words for stem in stems[k])
            chance = (min(FOOTER_SHARED_STEMS, len(stems[k]))
                      if _is_teaser_shaped(shapes[k]) and not lines[k].isupper() else 1)
            if teaser[k] or shared < chance:
                part.append(k)
            else:
                mark(part)
                part = []
        mark(part)

    # A run: teasers and headlines in a row (lines judged furniture between them skipped),
    # a teaser among them, most of them a teaser or shaped as one: a table's rows next to an
    # injected teaser ("A. Gurusinha run out 16") have a row's shape.
    run: list[int] = []
    for i in range(len(lines)):
        if teaser[i] or headline_shaped(i):
            run.append(i)
        elif not noise[i]:
            judge(run)
            run = []
    judge(run)

    def neighbour(i: int, step: int) -> int | None:  # past lines judged furniture
        j = i + step
        while 0 <= j < len(lines) and noise[j] and not teaser[j]:
            j += step
        return j if 0 <= j < len(lines) else None

    for i, line in enumerate(lines[:-1]):
        # The label stands right above the run: a name closing a list wrapped above it
        # ("Steve Jurgenson," / "Bryan Gorman") is the list's. Above a run's own heading
        # (a link with no headline: "Most-read") stands no second one: a table's column head
        # ("Previous") stood there.
        own = content_stems(line)
        if (noise[i] or not teaser[i + 1] or verdicts[i + 1].headline is None
                or len(line.split()) > LABEL_MAX_WORDS
                or is_sentence(line) or any(ch.isdigit() for ch in line) or not own
                or any(lines_with[stem] > 1 or stem in title_words for stem in own)
                or is_person_name(line) or is_attribution(line)
                or (i > 0 and _continues_above(lines[i - 1]))):
            continue
        after = neighbour(i + 1, 1)
        if after is not None and teaser[after]:
            verdicts[i] = PageLine("related_link")


def _continues_above(line: str) -> bool:
    """Whether the line below this one carries it on: it stops at a comma, an open bracket
    or a dash, or mid-sentence (a list or a sentence wrapped onto the next line)."""
    return line.endswith(CONTINUING_MARKS) or _stops_mid_sentence(line)


def numbered_headline(line: str) -> str | None:
    """The headline of a ranked list's item ("2. Ferry fares rise again in the new year",
    "3) WHO PAYS FOR THE NEW PIER?"): a number, then a few words that end no sentence and are
    no table's row (a figure in words of a headline's case allowed: "Bakery closes twelve
    shops in the valley"). A ranking's row ("1. Michael Johnson (U.S.) 19.66", "2. Bergen
    Sailing 9 points") and a numbered step of the story ("1. The board will vote.") are not."""
    match = NUMBERED_ITEM_RE.match(line)
    return None if match is None else _list_item_headline(line[match.end():])


def timed_headline(line: str) -> str | None:
    """The headline of a timed list's item ("13:05 Tram drivers vote on the new rota", a
    live page's "Just in"): a clock time, then a headline as for a ranked list's item."""
    match = CLOCK_ITEM_RE.match(line)
    return None if match is None else _list_item_headline(line[match.end():])


def _list_item_headline(item: str) -> str | None:
    """The item after its number or time when it is a headline, not a row or a sentence,
    without the page's stamp after it (``ITEM_STAMP_RE``)."""
    # A row's figures make a headline naming one ("22 ways bus fares are changing") look like
    # a row too: its headline's shape says otherwise.
    item = ITEM_STAMP_RE.sub("", item)
    row = is_numeric_row(item) or (is_table_row(item) and not (
        _reads_as_headline(item) or _is_teaser_shaped(item) or _has_headline_grammar(item)))
    if not (_is_headline(item) or _is_question_headline(item)) or row or (
            PLACE_MARK_RE.search(item) or ITEM_REPORTED_RE.search(item)
            or is_name_list_row(item)):
        return None
    return item


def _mark_numbered_headlines(lines: list[str], verdicts: list[PageLine], title: str) -> None:
    """A run of at least ``NUMBERED_HEADLINES_MIN`` items numbered in sequence, or timed,
    each a headline (``numbered_headline``, ``timed_headline``), most of them sharing no
    content word with the story's title and sentences, is a ranked or live list of other
    stories ("Most read" / "1. ...", "Just in" / "13:05 ..."), and a short label right above
    it is its heading (in place). A numbered list or a timetable the story gives (its own
    proposals, a ranking of its teams, its event's programme) is made of the story's words
    or of rows."""
    noise = _known_noise(lines, verdicts)
    # An item already taken as a teaser on its own is still one of the list's numbers.
    headlines = {i: headline for i, line in enumerate(lines)
                 if (not noise[i] or verdicts[i].reason == "related_link")
                 and (headline := numbered_headline(line) or timed_headline(line)) is not None}
    runs: list[list[int]] = []
    last_number: int | None = 0
    for i in headlines:
        match = NUMBERED_ITEM_RE.match(lines[i])
        number = None if match is None else int(match["number"])  # None: a timed item
        # The next number (or another timed item after a timed one), with nothing but noise
        # since the item before: the same list.
        follows = (last_number is None if number is None
                   else last_number is not None and number == last_number + 1)
        if runs and follows and all(noise[runs[-1][-1] + 1:i]):
            runs[-1].append(i)
        else:
            runs.append([i])
        last_number = number
    # The story's words: its sentences and rows, not other numbered items nor headlines
    # (a teaser naming a figure has a row's shape: "30 ways GP visits are changing"; one
    # that asks, naming its subject, ends as a sentence does).
    story = [k for k in range(len(lines)) if not noise[k] and k not in headlines and (
        is_sentence(lines[k]) and not _is_question_teaser(lines[k]) or is_numeric_row(lines[k])
        or (is_table_row(lines[k]) and not _is_headline(lines[k])))]
    for run in runs:
        if len(run) < NUMBERED_HEADLINES_MIN:
            continue
        story_words = content_stems(_without_slug(title)).union(
            *(content_stems(lines[k]) for k in story))
        # One word shared in a headline of three is chance ("offices" in a press digest
        # naming officials), as for a labelled headline.
        foreign = sum(len(content_stems(headlines[k]) & story_words)
                      < _shared_by_more_than_chance(headlines[k]) for k in run)
        if 2 * foreign <= len(run):
            continue
        for k in run:
            verdicts[k] = PageLine("related_link", headlines[k])
        # Its heading: a short label, even one naming a number ("Top five", a row's label
        # elsewhere) when it shares no word with the rest of the story.
        above = run[0] - 1
        # Not a dispatch's dateline nor a row of results the list was dropped under.
        if (above < 0 or noise[above] or len(lines[above].split()) > LABEL_MAX_WORDS
                or is_sentence(lines[above]) or is_dateline(lines[above])
                or _holds_a_row(lines[above])):
            continue
        others = content_stems(_without_slug(title)).union(
            *(content_stems(lines[k]) for k in story if k != above))
        if not (is_table_row(lines[above]) and content_stems(lines[above]) & others):
            verdicts[above] = PageLine("related_link")


def _mark_comment_thread(lines: list[str], verdicts: list[PageLine]) -> None:
    """Readers' comments: from the first of at least two comment signatures ("jdoe42 says:"),
    or from a comment section's header with its count ("[ 167 comments ]") once the story
    has had a few paragraphs, what is not judged yet is the thread, not the story (in place)."""
    signatures = [i for i, line in enumerate(lines) if COMMENT_SIGNATURE_RE.match(line)]
    headers = [i for i, line in enumerate(lines) if COMMENT_HEADER_RE.match(line)
               and sum(map(_is_paragraph, lines[:i])) >= CHROME_MIN_LINES]
    starts = [*signatures[:1]] if len(signatures) >= 2 else []
    if not starts and not headers:
        return
    for i in range(min(starts + headers), len(lines)):
        if verdicts[i].reason is None:
            verdicts[i] = PageLine("comment_form")


def _is_paragraph(line: str) -> bool:
    return is_prose(line) and is_sentence(line)


def is_bio_by_class(line: str) -> bool:
    """A short line about a person by its word classes (``BIO_SUBJECT_RE``): a sentence with
    a journalist's role (``BIO_ROLE_WORDS``) or a career verb (``BIO_VERBS``) after the name,
    or the name, a comma and a role. Reported speech is the story's."""
    match = BIO_SUBJECT_RE.match(line)
    n_words = len(line.split())
    if match is None or REPORTED_RE.search(line) or (
            match["name"] is not None and not is_person_name(match["name"])):
        return False
    words = {w.casefold() for w in WORD_RE.findall(match["rest"])}
    # A bio names a year or a span of them ("spent 12 years as a correspondent"), no other
    # figure.
    unspanned = CAREER_SPAN_RE.sub("", line)
    if words & CORPORATE_WORDS or any(any(ch.isdigit() for ch in token)
                                      and not YEAR_RE.match(token) for token in unspanned.split()):
        return False
    if match["sep"] == ", ":  # "Jane Doe, courts reporter, The Ledger"
        return (match["name"] is not None and n_words <= BIO_TITLE_MAX_WORDS
                and not is_sentence(line) and bool(words & BIO_ROLE_WORDS))
    return (is_sentence(line) and n_words <= BIO_SENTENCE_MAX_WORDS
            and match["rest"][0].islower() and bool(words & (BIO_ROLE_WORDS | BIO_VERBS))
            and match["rest"].split(None, 1)[0].casefold() not in MODAL_WORDS)


def _mark_trailing_bios(lines: list[str], verdicts: list[PageLine]) -> None:
    """Sentences shaped like a journalist's bio, or a journalist's job title, that end the
    text (only furniture, labels and lines to the reader after them) are the author's bio (in
    place). A bio by word class alone (``is_bio_by_class``) also needs words, besides the name
    and the class's, that are none of the story's: "Nora Vik previously reported the ferry
    operators' complaints to the board." closes a story about the board. Reported speech
    ("..., it said") is story text. A bio of a name the page bylines goes wherever it stands."""
    # Under a bio's heading ("Meet the reviewer"), its first sentences are the bio, whatever
    # their words ("Ren Lund has been breaking keyboards since 2004.").
    for i, line in enumerate(lines):
        if verdicts[i].reason == "author_bio" and BIO_HEADING_RE.match(line) and ":" not in line:
            for k in range(i + 1, min(i + 1 + BIO_UNDER_HEADING_MAX_LINES, len(lines))):
                if (verdicts[k].reason is not None or not _is_written_sentence(lines[k])
                        or len(lines[k].split()) > BIO_MAX_WORDS or REPORTED_RE.search(lines[k])):
                    break
                verdicts[k] = PageLine("author_bio")
    # Wherever it stands, a bio of a name the page prints as a byline ("By Meg James", or the
    # name on a line of its own) is the author's box: "Meg James is a media reporter ...".
    bylined = {name for line in lines
               if (name := byline_name(line) or (line if _is_name_line(line) else None))}
    for i, line in enumerate(lines):
        if (verdicts[i].reason is None and any(line.startswith(name + " ") for name in bylined)
                and is_bio_shaped(line)):
            verdicts[i] = PageLine("author_bio")
    # A journalist's bio by its shape ("Nora Vik is a staff writer at the Ledger and covers
    # the courts.") about no one in the story goes below the story's sentences wherever it
    # stands: a page prints more below it than the walk up from the page's end passes (a
    # count of shares, a ranking).
    for i, line in enumerate(lines):
        if (verdicts[i].reason is None and is_journalist_bio(line)
                and BIO_SUBJECT_RE.match(line) is not None
                and any(verdicts[k].reason is None and _is_written_sentence(lines[k])
                        for k in range(i))
                and _about_no_one_in_story(lines, verdicts, i)):
            verdicts[i] = PageLine("author_bio")
    for i in range(len(lines) - 1, -1, -1):
        if verdicts[i].reason is not None:
            continue
        line = lines[i]
        if is_journalist_bio(line) or (
                is_bio_by_class(line) and _about_no_one_in_story(lines, verdicts, i)):
            verdicts[i] = PageLine("author_bio")
            if (i > 0 and verdicts[i - 1].reason is None and AUTHOR_NAME_RE.match(lines[i - 1])
                    and not lines[i - 1].isupper()):  # not a fixture: "COLORADO AT ST LOUIS"
                verdicts[i - 1] = PageLine("author_bio")  # the name the bio is about
        elif not (_is_chrome(lines, i) or _is_headline(lines[i]) and not is_numeric_row(lines[i])
                  or _is_question_headline(line) or numbered_headline(line) is not None
                  or _labels_block(lines, verdicts, i) or _speaks_to_reader(lines[i])):
            # Labels, headline-shaped lines (teasers, with or without numbers, asking or
            # ranked) and the site's lines to its reader may close the page after the bio; a
            # sentence or a row of numbers is the story's.
            return


def _labels_block(lines: list[str], verdicts: list[PageLine], i: int) -> bool:
    """A short label right above links to other stories ("Top 3" over a ranked list): the
    block's heading, whatever its words."""
    return (i + 1 < len(lines) and verdicts[i + 1].reason == "related_link"
            and len(lines[i].split()) <= LABEL_MAX_WORDS and not is_sentence(lines[i]))


def is_journalist_bio(line: str) -> bool:
    """A journalist's bio by its shape (``JOURNALIST_BIO_RE``, ``BEAT_BIO_RE``; where they
    work said first or not: ``BIO_BASE_RE``), not reported."""
    bio = BIO_BASE_RE.sub("", line)
    return ((JOURNALIST_BIO_RE.match(bio) is not None or BEAT_BIO_RE.match(bio) is not None)
            and REPORTED_RE.search(line) is None)


def is_bio_shaped(line: str) -> bool:
    """A bio by its shape or by its word classes (``is_bio_by_class``)."""
    return is_journalist_bio(line) or is_bio_by_class(line)


def _about_no_one_in_story(lines: list[str], verdicts: list[PageLine], i: int) -> bool:
    """Whether bio-shaped line ``i`` shares no content word with the story's sentences above
    it, besides the bio's class words and the name it is about (``BIO_SUBJECT_RE``), and the
    story's sentences do not name that person: an author is not the story's subject. The
    bio's other lines right above it are not the story's: a bio's sentences name the same
    beat ("... writes on the environment." / "... focuses on the environment.")."""
    match = BIO_SUBJECT_RE.match(lines[i])
    top = i
    while top > 0 and (verdicts[top - 1].reason is not None or is_bio_shaped(lines[top - 1])):
        top -= 1
    sentences = [lines[k] for k in range(top)
                 if verdicts[k].reason is None and is_sentence(lines[k])]
    if match["name"] is not None and any(match["name"] in sentence for sentence in sentences):
        return False  # the story's own person ("Ola Berg said ... Ola Berg will report ...")
    story_words = set().union(*map(content_stems, sentences))
    return not content_stems(match["rest"]) - BIO_CLASS_STEMS & story_words


def _joins_story(lines: list[str], i: int, step: int) -> bool:
    """Whether line ``i``, next to the story's span (on the side ``step`` leads away from),
    belongs to it: a sentence (not a state exclaimed: "Copied!"), a table row or list item, a
    table's label, or the rest of a line broken off at a comma or a bracket ("... Patrice Loko
    (PSG)," / "Stephane Guivarch (Rennes)"), or a line broken off at a comma itself, a list's
    head that goes on below ("At California,"): a page's label ends in none."""
    line = lines[i]
    upper = lines[i] if step < 0 else lines[i - step]
    return (_is_written_sentence(line) or is_table_row(line) or _labels_row(lines, i, step)
            or is_fragment(lines, i) or upper.endswith(CONTINUING_MARKS) or line.endswith(","))


def _labels_row(lines: list[str], i: int, step: int) -> bool:
    beyond = i + step
    return (len(lines[i].split()) <= TABLE_LABEL_MAX_WORDS and 0 <= beyond < len(lines)
            and is_table_row(lines[beyond]))


def is_table_label(lines: list[str], i: int) -> bool:
    """A short line next to a table row: the table's heading or a row label ("Nine mths")."""
    return _labels_row(lines, i, 1) or _labels_row(lines, i, -1)


def is_table_heading(lines: list[str], i: int) -> bool:
    """A table's label, or a line of its heading block: short lines, at most
    ``TABLE_HEADING_LINES`` of them, directly above a row ("AMERICAN LEAGUE" / "EASTERN
    DIVISION" / "W L PCT GB" / rows)."""
    if is_table_label(lines, i):
        return True
    for below in range(i + 1, min(i + TABLE_HEADING_LINES, len(lines) - 1) + 1):
        if len(lines[below - 1].split()) > TABLE_LABEL_MAX_WORDS:
            return False
        if is_table_row(lines[below]):
            return True
    return False


@_per_line
def is_person_name(line: str) -> bool:
    """A person's name, as a byline prints it ("Peter Blackburn", "Geert de Clercq"): not a
    publication's ("The Harbour Ledger", "Northgate Daily"), nor a label in title case: a
    control opens on its verb ("Save Share", "Explore Fjord Post"), a heading's grammar
    links its words ("HEADLINES AT A GLANCE"), and a name is in capitals whole or not at all
    ("Catch-up TV"); a name neither opens on a word of grammar ("My Teams", "For Immediate
    Release") nor holds a possessive ("Buyers' Guide")."""
    if AUTHOR_NAME_RE.match(line) is None or line.startswith("The "):
        return False
    words = line.split()
    spelled = [w for w in words if "." not in w]  # initials aside
    capitals = [w for w in spelled if w.isupper() and len(w) > 1]
    return (words[-1].casefold() not in PUBLICATION_WORDS
            and words[0].casefold() not in CONTROL_VERBS
            and not any(w.casefold() in STOPWORDS for w in words[1:])
            and words[0].casefold() not in NO_NAME_OPENINGS
            and not any(w.endswith(POSSESSIVE_ENDINGS) for w in words)
            and len(capitals) in (0, len(spelled)))


# Words of grammar that open a heading ("My Teams", "For Immediate Release", "All Fashion"),
# never a name (a modal may: "Will Smith").
NO_NAME_OPENINGS = HEADLINE_LINK_WORDS | frozenset(
    "my our your his her their its this these those all every no".split())
# A possessive ends a word of a heading ("Buyers' Guide", "Men's Health"), not of a name.
POSSESSIVE_ENDINGS = ("'", "’", "'s", "’s")


def is_label(line: str) -> bool:
    """Neither a sentence, prose nor a table row: the shape of a menu item, a button or a
    site's slogan, which repetition may prove to be furniture."""
    return not (is_sentence(line) or is_prose(line) or is_table_row(line))


def _known_noise(lines: list[str], verdicts: list[PageLine]) -> list[bool]:
    """Per line, whether it is noise already: judged so, or known to a per-line rule of
    ``clean_story`` (``_is_rule_noise``)."""
    return [v.reason is not None or _is_rule_noise(line)
            for line, v in zip(lines, verdicts, strict=True)]


@_per_line
def _is_rule_noise(line: str) -> bool:
    """Known to a per-line rule of ``clean_story`` (links, credits, forms, footers)."""
    return (parse_related_link(line) is not None or bool(parse_credits(line))
            or classify_tail_line(line, in_tail=False) is not None)


def _is_chrome_region(lines: list[str], verdicts: list[PageLine], indices: range) -> bool:
    """Whether the lines before or after the story are a page's: at least
    ``CHROME_MIN_LINES`` label lines, and more of them than rows of numbers or prices, list
    items and rows of names (a standings table or a press digest has headings too, but more
    rows)."""
    labels = _chrome_lines(lines, indices)
    rows = sum(verdicts[i].reason is None
               and (_is_structure_row(lines[i]) or _is_price_row(lines[i])) for i in indices)
    return labels >= CHROME_MIN_LINES and labels > rows


def _is_price_row(line: str) -> bool:
    """A row of a price or quote list: a table row with a decimal or a range ("Lead
    3.50-4.00 cents / pound", "Turnings 43 to 44 cents") or a figure per unit ("extrusion
    billet 85 cents / pound"), which no headline's year or model name is."""
    return is_table_row(line) and MEASURE_RE.search(line) is not None


def _is_chrome(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is shaped like page chrome: a label, or headline-shaped prose (a
    teaser); not a sentence, a table's row or label, or a wrapped fragment."""
    line = lines[i]
    return (len(line.split()) <= RELATED_ITEM_MAX_WORDS
            and not _is_separator(line)  # a rule line "---" is neither
            and not (is_sentence(line) or is_table_row(line) or is_table_label(lines, i)
                     or is_fragment(lines, i) or FOOTNOTE_RE.match(line)))


def _chrome_lines(lines: list[str], indices: range) -> int:
    return sum(_is_chrome(lines, i) for i in indices)


@_per_line
def _is_headline(line: str) -> bool:
    words = line.split()
    return (3 <= len(words) <= RELATED_ITEM_MAX_WORDS and not is_sentence(line)
            and DATE_LINE_RE.match(line) is None)


def _is_question_headline(line: str) -> bool:
    """A headline that asks ("Is the tram line here to stay?"): short, one question, no
    quotation. Only where headlines are expected (the page's head, a block closing it): a
    question among the story's lines is quoted or runs on."""
    return (3 <= len(line.split()) and line.endswith("?") and REPORTED_RE.search(line) is None
            and SENTENCE_INSIDE_RE.search(INITIAL_RE.sub("", line)) is None
            and len(line.split()) <= QUESTION_HEADLINE_MAX_WORDS)


def headline_forms(title: str) -> set[str]:
    """The title, case-folded, and its parts around a page's separators ("Opinion | Headline",
    "Headline - Site"): what a page repeats above the story as its headline."""
    parts = TITLE_SEPARATOR_RE.split(title)
    return {title.casefold()} | {part.casefold() for part in parts
                                 if len(part.split()) >= MIN_HEADLINE_WORDS}


def clean_story(title: str, text: str, *, is_html: bool = False, extracted: bool = False,
                furniture_model: FurnitureModel | Literal["shipped"] | None = "shipped",
                ) -> CleanedText:
    """Split a story into title, highlights, body and the noise taken out of it.

    ``is_html``: title and text may hold markup. ``extracted``: a main-content extractor
    already cut the text out of its page, so no page-shape rule second-guesses it.
    ``furniture_model``: the learned second opinion on furniture (``transforms.furniture_model``;
    "shipped": the one wirestream ships, None: the rules alone).
    """
    if furniture_model == "shipped":
        furniture_model = shipped_furniture_model()
    if is_html:
        title, text = html_to_text(title), html_to_text(text)
    paragraphs = [line for line in normalise_text(unwrap_hard_wrapped(text)).split("\n") if line]

    highlights: list[str] = []
    for paragraph in paragraphs:
        bullet = BULLET_RE.match(paragraph)
        if bullet is None:
            break
        highlights.append(bullet["text"])

    body: list[str] = []
    credits: list[Credit] = []
    related: list[str] = []
    noise: list[Noise] = []
    in_tail = False
    after_contact = False
    clean_title = " ".join(normalise_text(title).split())
    lines = paragraphs[len(highlights) :]
    title_forms = headline_forms(clean_title)
    page_lines = classify_page_lines(lines, extracted=extracted, title=clean_title,
                                     furniture_model=furniture_model)
    for paragraph, page_line in zip(lines, page_lines, strict=True):
        if not body and paragraph.casefold() in title_forms:
            # Pages and feeds often repeat the headline as the body's first line.
            noise.append(Noise("repeated_title", paragraph))
            continue
        headline = parse_related_link(paragraph) or page_line.headline
        if headline is not None:
            related.append(headline)
            noise.append(Noise("related_link", paragraph))
            continue
        paragraph_credits = parse_credits(paragraph)
        # A dateline after credits: they were the byline of the dispatch it opens.
        in_tail = in_tail and not is_dateline(paragraph)
        reason = (
            "credits" if paragraph_credits
            else classify_tail_line(paragraph, in_tail=in_tail)
            or (classify_after_contact(paragraph) if after_contact else None)
            or page_line.reason
        )
        if reason is None:
            body.append(paragraph)
            in_tail = False
            after_contact = WIRE_CONTACT_RE.match(paragraph) is not None
            continue
        credits.extend(paragraph_credits)
        noise.append(Noise(reason, paragraph))
        # The tail starts after the credits or the agency's standards footer, but never before
        # the story has begun (``story_has_begun``): credits above the lead are a byline. A bare
        # agency name does not start it: pages also print "Reuters" as a byline above the
        # story. Nor does a comment form: scraped pages interleave them, and story text must
        # never be lost.
        if ((paragraph_credits or TRUST_PRINCIPLES_RE.match(paragraph))
                and story_has_begun(body)):
            in_tail = True

    dateline = parse_dateline(body[0]) if body else None
    return CleanedText(
        title=clean_title,
        highlights=tuple(highlights),
        dateline=dateline[0] if dateline else None,
        agency=dateline[1] if dateline else None,
        body="\n\n".join(body),
        credits=tuple(credits),
        related_headlines=tuple(related),
        noise=tuple(noise),
        headline_prefix=split_headline_prefix(clean_title)[0],
    )
