"""Cleaning that never eats the story: page noise injected into real wire stories with tables.

Run as ``python bench/noise_injection.py`` from the project root (``--docs N`` for an evenly spaced
subset, ``--seed S``). Each CoNLL-2003 train/valid document (read at run time from
``../shared/corpora``; many are sports tables and market reports) is rebuilt as text, one line per
sentence, and noise lines from the templates below (written for this benchmark) are injected before,
inside and after the story. Templates are split by index parity into a "tuning" and a "held_out"
half, each scored separately, so a rule fitted to one half shows; the generated headlines' patterns
and the pool of other documents' titles that teasers borrow are split the same way. ``--templates
fresh-a`` … ``fresh-af`` swap in one of thirty-two further banks written later in other words
for the same families (new labels, footer controls, bio verbs, headline patterns and vocabulary; no
template of the bench halves or of another fresh bank, and no variation of one). They check that
rules fitted to the halves carry over to wordings nobody tuned on: fresh-a and fresh-b are banks
rules may be tuned against; fresh-c (more legal notices, ad labels, dated stamps and footer links)
and fresh-d (written before the rules for bios, share bars, teaser runs and labelled links by word
class: role nouns, counted share buttons, numbered "1)" lists, view counts) are run rarely, as last
checks; fresh-e (written before the fourth round of rules, with teasers in capitals and as
questions) is the check of that round, run only at its start and end. fresh-f and fresh-g were
written before the fifth round, by its two authors, each the check of one half of it, run only at
its start and end: fresh-f for teasers and trending runs by their relation to the story (label-less,
ranked with bare numbers, timed or between the story's lines) and page metadata (bylines with dates
and separators, age notices, picture credits, breadcrumbs and tags, at the head and the tail);
fresh-g for share bars, bios, legal and cookie footers, ads, comment prompts and newsletters
(pronoun-led bios, company registration, consent, "why this ad"). fresh-h and fresh-i were written
before the sixth round by its two authors, as its checks, run only at its start and end: fresh-h for
the story's edges and teaser runs by structure (runs of other stories between a short story's lines,
timed, numbered, bulleted and label-less runs, head navigation and lone section labels); fresh-i for
ads, newsletters, bios, share bars, footer links and copyright by shape and position. fresh-j and
fresh-k were written by two authors who never saw the cleaning rules, as unseen checks: fresh-j the
furniture of national newspapers and broadcasters (live blogs, video and audio players), fresh-k
that of regional papers, magazines, blogs, newsletter-first sites and aggregators, with mobile,
app-style controls. Once their leftovers were read to improve the rules they were no longer
unseen, and now train the furniture model (``bench/furniture_model.py``) as well. fresh-l to
fresh-s, by eight more authors who never saw the rules, are its training data: the furniture of US
local TV stations and newspaper chains (fresh-l: weather alerts, station apps, obituaries, local
deals, the e-edition), of business, finance and technology portals (fresh-m: tickers, market
widgets, premium tiers, webinars, job boards), of sports and fan sites (fresh-n: scores and fixtures
widgets, betting notices, fantasy games, fan forums), of English editions of outlets from Asia,
Europe, the Middle East and Latin America and of public broadcasters (fresh-o: language switchers,
e-paper, app banners, messaging channels, public-service notices), of lifestyle, entertainment and
celebrity magazines (fresh-p: shopping links, affiliate notes, quizzes, horoscopes, galleries), of
press-release services, government and NGO newsrooms and investor-relations pages (fresh-q: media
contacts, company boilerplate, forward-looking statements, release alerts), of hyperlocal, nonprofit
and community newsrooms (fresh-r: donation and membership asks, republishing notices, events
calendars, notice boards, volunteer calls) and of science, health and education publishers and
university news offices (fresh-s: journal references, open-access notices, expert Q&As, medical
disclaimers, course promotions). Five more authors who never saw the rules wrote further training
data: news apps and aggregator portals (fresh-t: app banners, push-alert settings, source
attribution, machine-translation notes, read-aloud controls), radio stations, public broadcasters
and podcast-first newsrooms (fresh-u: listen-live bars, schedules, episode lists, transcript
notices, frequencies, player controls), tabloid, celebrity and entertainment sites (fresh-v:
galleries, most-read rails, quizzes, competitions, tip-off boxes, affiliate and betting notes),
trade and business-to-business publications and legal and policy newsletters (fresh-w:
subscriber-only notices, webinars, whitepapers, job boards, reprints, editorial calendars) and
English-language sites in Asia, Africa and the Pacific (fresh-x: e-paper links, messaging-channel
invites, SMS alert codes, mobile-money asks, edition switchers, prayer-time and exchange-rate
widgets). A fresh bank uses all its templates in a single half named after it. fresh-y, by another
author who never saw the rules, was a sealed check like fresh-j and fresh-k, and went the same way:
the furniture of general-news sites of every size and region. fresh-z (US local TV-station and
newspaper-chain sites, UK and Irish regional papers, Canadian and New Zealand outlets,
newsletter-first pages), fresh-aa (news agencies, live blogs, fact-checkers, long-read magazines,
AMP and e-edition renderings) and fresh-ab (text-only, print and reader-mode views, feed readers,
newsletter web views, blog platforms, digitised newspaper archives, web-archive snapshots), each
by one more such author, were sealed checks in turn until their leftovers were read to improve
the rules, and so was fresh-ac (the embeds, widgets and overlays inside and around modern article
templates: social posts with their chrome, players, polls, galleries, maps, consent and paywall
overlays). fresh-ad, by another such author, was the sealed check after them until its
leftovers were read (in the fourteenth session): the furniture of longform, investigative, data
and explanatory journalism (chapter and series navigation, pull quotes and key-fact boxes,
methodology and source notes, narration players, donation asks, republishing notices, secure tip
lines). Since the fifteenth session fresh-z to fresh-ad train the furniture model too.
fresh-ae, by one more such author, is the sealed check now, read only for its totals: the
furniture of pages that republish wire copy (syndication partners and portals, scraper and SEO
content farms with "see also" runs, tag clouds and related searches, RSS mirrors, forum reposts
with thread chrome, quotes and signatures, coupon, affiliate and stock-photo portals) and of
opinion, commentary and letters pages (op-ed author boxes, views disclaimers, letter calls).
fresh-af, by one more such author, is the sealed check written in the fifteenth session, read
only for its totals: the furniture of finance, markets and sports pages that carry wire stories
(quote widgets, analyst boxes, market-data and investment disclaimers, live scores, odds and
fantasy prompts) and of mobile-app, AMP and in-app webview renderings (open-in-app banners,
alert opt-ins, swipe hints, store badges).

Prints one JSON line per result; the references (no cleaning, jusText on the same lines) are
measured in the same run.
"""

from __future__ import annotations

import argparse
import collections
import html
import json
import random
import re
import statistics
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # a standalone script: the project packages sit beside it

from bench.cleaning import squash, token_f1  # noqa: E402  (the page bench's scoring)
from pipeline.sources import parse_text_story  # noqa: E402
from transforms.cleaning import clean_story  # noqa: E402
from transforms.furniture_model import FurnitureModel  # noqa: E402

CONLL = ROOT.parent / "shared" / "corpora" / "conll2003"
SPLITS = ("train", "valid")
HALVES = ("tuning", "held_out")
WORST = 10
DIGIT_RE = re.compile(r"\d")


# --- CoNLL documents as text ------------------------------------------------------------------


class Document(NamedTuple):
    doc_id: str
    title: str
    lines: tuple[str, ...]  # the story without its title, one sentence per line

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# Tokens glued to the one before ("," "%" "'s" "n't") or to the one after ("(" "$").
_ATTACH_LEFT = frozenset(", . ; : ! ? ) ] } % '' ...".split())
_ATTACH_RIGHT = frozenset("( [ { $ ``".split())


def detokenise(tokens: Sequence[str]) -> str:
    """Approximate running text from CoNLL tokens; table rows (names and numbers) stay as is."""
    out: list[str] = []
    glue_next = False
    open_quote = False
    for token in tokens:
        left = token in _ATTACH_LEFT or token.lower() == "n't" or (
            token.startswith("'") and token not in ("'", "''") and len(token) <= 3)
        if token == '"':
            # Straight quotes alternate: an opening one sticks to the next word, a closing one
            # to the previous.
            left, open_quote = open_quote, not open_quote
            right = open_quote
        else:
            right = token in _ATTACH_RIGHT
        if out and not left and not glue_next:
            out.append(" ")
        out.append(token)
        glue_next = right
    return "".join(out).strip()


def read_conll(path: Path) -> list[list[list[str]]]:
    """Documents -> sentences -> tokens, in file order (empty documents included)."""
    documents: list[list[list[str]]] = []
    sentence: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            documents.append([])
        elif not line.strip():
            if sentence and documents:
                documents[-1].append(sentence)
            sentence = []
        else:
            sentence.append(line.split()[0])
    return documents


def conll_documents(split: str, corpus: Path = CONLL) -> list[Document]:
    """The split's documents with a title and at least one body line; ids keep file order."""
    documents = []
    for n, sentences in enumerate(read_conll(corpus / f"{split}.txt")):
        lines = [detokenise(s) for s in sentences]
        lines = [line for line in lines if line]
        if len(lines) >= 2:
            documents.append(Document(f"{split}-{n:04d}", lines[0], tuple(lines[1:])))
    return documents


# --- noise templates (written for this benchmark) ---------------------------------------------

# Placeholders: {headline} a generated teaser headline; {other_title} the title of another
# corpus document as a page shows it (trailing full stop dropped), {other_title_case} the same
# in title case; {HEADLINE} a generated headline in capitals; {outlet} {name} {handle} {beat}
# {city} {section} {year} are fixed per page;
# {n} {day} {month} {weekday} are drawn per use. No template is used twice on one page (a
# repeated line would be an easy signal that real pages do not always give). A "\n" makes a
# multi-line item (a block).


class Family(NamedTuple):
    name: str
    positions: tuple[str, ...]  # where on the page: "before", "inside", "after"
    weight: int  # how often it is drawn, relative to the other families allowed there
    templates: tuple[str, ...]  # even index: "tuning" half, odd index: "held_out" half


FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Home", "Menu",
        "Home | World | Business | Sport | Culture", "Sections",
        "News  Sport  Weather  Travel  Money", "Skip to main content",
        "Search", "Home > {section} > Latest",
        "Subscribe | Sign in", "Toggle navigation",
        "{outlet}", "Latest  Local  National  Opinion  Video",
    )),
    Family("page_meta", ("before",), 2, (
        "Updated {n} hours ago", "{n} min read",
        "Published {weekday} {day} {month} {year}", "By {name}",
        "Last modified on {weekday}", "Listen to this article",
        "Reading time: {n} minutes", "By {name}, {outlet}",
        "Posted in {section}", "Text size",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share", "Share on Facebook",
        "Facebook  Twitter  Email", "Tweet",
        "Copy link", "Share via WhatsApp",
        "Facebook | X | LinkedIn | Email | Print", "Print this page",
        "Email | Print | Save", "Post to X",
        "Share  Save  Comment", "{n} shares",
        "Share this article", "Share this story",
        "Was this article helpful?", "Send this story to a friend",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        # Generated and borrowed headlines in both halves; the generated ones differ by half
        # through HEADLINE_PATTERNS, which is split the same way.
        "{headline}", "{other_title}",
        "{other_title_case}", "{headline}",
        "{headline} (video)", "{headline}, in pictures",
    )),
    Family("advertisement", ("inside",), 3, (
        "Advertisement", "Story continues below",
        "ADVERTISEMENT", "Article continues below this advert",
        "Sponsored", "Continue reading below",
        "- Advertisement -", "Scroll down to keep reading",
        "Ad", "The story continues after this message",
        "Promoted content", "Advertise with us",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Read more: {headline}", "See also: {headline}",
        "Related: {headline}", "Also read: {headline}",
        "READ MORE: {other_title_case}", "See also {other_title}",
        "More on this story: {headline}", "Don't miss: {headline}",
        "Related coverage: {headline}", "Recommended: {headline}",
        "Read also: {headline}", "ALSO READ | {headline}",
        "Watch: {headline}", "Further reading: {headline}",
        "Related story: {other_title_case}", "Listen: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Sign up for our morning briefing and get the day's top stories in your inbox.",
        "Get our free weekday newsletter",
        "Enter your email address", "Subscribe to {outlet} for unlimited access",
        "Never miss a story: join {n},000 readers who get our digest every evening.", "Sign up",
        "Want more stories like this? Subscribe to our weekly roundup.", "Thanks for signing up!",
        "By subscribing you agree to receive emails from {outlet}.", "Subscribe now",
        "Get breaking news alerts on your phone", "Already a subscriber? Log in",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Leave a comment", "Notify me of new posts by email.",
        "Join the conversation", "Notify me of follow-up comments by email.",
        "{n} comments", "Be the first to comment",
        "Show comments", "You must be signed in to comment.",
        "Comments are moderated and may take a while to appear.", "Add your comment",
        "View all {n} comments", "Post comment",
        "What do you think? Tell us in the comments below.", "Report this comment",
    )),
    Family("copyright", ("after",), 2, (
        "© {year} {outlet}. All rights reserved.", "Copyright {year} {outlet}",
        "(c) {year} {outlet} Ltd", "All content © {outlet} {year}",
        "No part of this page may be reproduced without written permission from {outlet}.",
        "{outlet} is not responsible for the content of external sites.",
    )),
    Family("footer_links", ("after",), 1, (
        "Terms | Privacy | Cookies | Contact us", "Privacy settings",
        "About us  Careers  Advertise  Help", "Back to top",
        "Contact the newsroom", "Accessibility statement",
    )),
    Family("trending_block", ("after",), 2, (
        "Trending now\n{headline}\n{headline}\n{headline}",
        "Most read\n{headline}\n{other_title}\n{headline}\n{headline}",
        "Popular this week\n{other_title_case}\n{headline}\n{headline}",
        "What others are reading\n{headline}\n{headline}\n{other_title}",
        "Top stories\n1. {headline}\n2. {headline}\n3. {headline}",
        "More from {outlet}\n{headline}\n{headline}\n{headline}",
        "You may also like\n{other_title_case}\n{headline}\n{headline}\n{headline}",
        "Editor's picks\n{headline}\n{headline}\n{other_title}",
        "In other news\n{headline}\n{headline}",
        "Latest\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a staff reporter covering {beat} for {outlet}.",
        "About the author\n{name}\n{name} has reported on {beat} since {year}.",
        "{name} joined {outlet} in {year} and covers {beat}.",
        "Follow {name} on X: @{handle}",
        "{name}\nSenior correspondent, {beat}",
        "More stories by {name}",
        "{name} is the {beat} editor at {outlet} and previously worked in {city}.",
        "Written by {name}",
        "{name} reports from {city} on {beat} and city hall.",
        "Contact {name} at {handle}@example.org",
    )),
)
FAMILY = {family.name: family for family in FAMILIES}

# Teaser headlines from word lists; patterns split by parity like the templates.
HEADLINE_PATTERNS = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "{n} things to know about {topic}",
    "What {topic} will cost {group} this year",
    "{Subject} to decide on {object} by {month}",
    "{Group} weigh in on {topic}",
    "The quiet fight over {topic}",
    "{Subject} {verb} {object}: what it means for {group}",
    "Inside the row over {topic}",
    "{Group} face changes to {topic} from {month}",
)
WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("City council", "Harbour board", "Regional rail operator", "School board",
                "Hospital trust", "Farmers' union", "Village bakery", "Mountain rescue team",
                "Tram company", "Youth choir", "Local brewery", "Ferry operator", "Water utility",
                "Library service", "Taxi association", "Chess club", "Museum board",
                "Student union", "Cycling group", "Allotment society"),
    "verb": ("approves", "rejects", "delays", "unveils", "scraps", "backs", "questions",
             "doubles", "wins", "loses", "reviews", "pauses", "defends", "launches"),
    "object": ("plan for a new ferry terminal", "budget for pothole repairs",
               "bid to host the winter fair", "cuts to night bus routes",
               "rise in parking charges", "proposal for a riverside park",
               "appeal over flood defences", "funding for rural clinics",
               "ban on late-night deliveries", "scheme to plant street trees",
               "contract for school meals", "review of allotment rents",
               "vote on longer opening hours", "campaign for safer crossings"),
    "tail": ("after long debate", "amid protests", "as costs climb", "despite warnings",
             "in surprise vote", "for a second year", "after residents complain",
             "ahead of summer"),
    "topic": ("winter heating bills", "the new tram line", "school lunch prices",
              "rental deposits", "the marathon route", "night flights",
              "the housing waiting list", "hay fever season", "electric scooters",
              "the four-day week", "pension top-ups", "recycling rules"),
    "group": ("commuters", "renters", "small shops", "pensioners", "parents", "drivers",
              "students"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "outlet": ("The Harbour Ledger", "Northgate Daily", "Valley Courier", "Metro Wire Online",
               "The Riverside Post", "Eastfield Herald"),
    "first": ("Maria", "Tomas", "Aisha", "Daniel", "Ingrid", "Kwame", "Priya", "Oliver",
              "Lucia", "Henrik"),
    "last": ("Ellison", "Okafor", "Brandt", "Castell", "Moreau", "Lindqvist", "Haddad",
             "Whitcombe", "Sato", "Quinlan"),
    "beat": ("transport", "local politics", "health", "energy markets", "crime and courts",
             "education", "climate", "housing"),
    "city": ("Lisbon", "Toronto", "Nairobi", "Glasgow", "Osaka", "Denver"),
    "section": ("Sport", "Business", "World", "Markets", "Local", "Opinion"),
}
PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")


class TemplateBank(NamedTuple):
    """Noise templates, teaser headline patterns and the words that fill them."""

    name: str
    families: tuple[Family, ...]
    headline_patterns: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    halves: tuple[str, ...]  # two: templates split by index parity; one: all templates

    def indexes(self, n: int, half: str) -> list[int]:
        """Indexes of the ``n`` templates (or patterns) that ``half`` draws from."""
        return half_indexes(n, half) if len(self.halves) == 2 else list(range(n))

    def family(self, name: str) -> Family:
        return next(family for family in self.families if family.name == name)


BENCH = TemplateBank("bench", FAMILIES, HEADLINE_PATTERNS, WORDS, HALVES)

# --- fresh banks: the same families in wordings the bench halves do not have -------------------
# Written after the rules were tuned on the halves, as a check that they generalise. Their
# labels, footer controls, comment controls, bio verbs, headline patterns and vocabulary are
# new; fresh-a and fresh-b may be tuned against, fresh-c and fresh-d are last checks (run at the
# start and the end).

FRESH_A_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Front page", "Main menu", "Home / {section} / Analysis", "Jump to content",
        "Browse sections", "Regions  Markets  Tech  Lifestyle", "My account", "Open search",
        "{section} | Economy | Environment | Science", "E-paper", "Log in  Register", "Topics",
    )),
    Family("page_meta", ("before",), 2, (
        "{n} minutes to read", "First published {day} {month} {year}", "Words: {name}",
        "Edited on {weekday}", "Audio version available", "Font size",
        "Filed under {section}", "Last reviewed {day} {month}", "Report by {name} in {city}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share on LinkedIn", "Send by email", "WhatsApp  Telegram  Messenger", "Bookmark this",
        "Share with a friend", "Save for later", "Gift this article", "Pin it",
        "{n} people shared this", "Download PDF", "Mail | Facebook | Threads",
        "Copy the link to this story",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{headline} - photos",
        "{headline} [gallery]", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Paid partner content", "Article resumes after the ad", "Advert",
        "Sponsored by our partners", "Keep scrolling to continue", "Commercial content",
        "ADVERTISING", "Presented by our partners", "Reklame",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Background: {headline}", "Previously: {headline}", "Key context: {headline}",
        "Also on {outlet}: {headline}", "In depth: {headline}", "PODCAST: {headline}",
        "Opinion: {headline}", "Catch up: {headline}", "Earlier today: {headline}",
        "Photos: {headline}", "Analysis: {other_title_case}", "More coverage | {headline}",
        "Timeline: {headline}", "Now playing: {headline}", "Live updates: {headline}",
        "Editor's pick: {other_title}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the {section} briefing delivered every Friday.", "Your email",
        "Join our mailing list", "Register for free to keep reading",
        "Sign up to {outlet} Daily", "You're subscribed",
        "We'll send you a selection of our best journalism each weekend.",
        "Choose your newsletters", "Unsubscribe at any time.",
        "Support independent journalism: become a member.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Reply", "Flag", "{n} replies", "Log in to comment", "Comments ({n})",
        "Load more comments", "Start the discussion", "Newest first", "Hide comments",
        "Report abuse", "Our community guidelines apply to all comments.",
        "Commenting is closed for this article.", "Upvote", "Share your thoughts below.",
    )),
    Family("copyright", ("after",), 2, (
        "Copyright © {outlet} {year}", "{outlet} {year}. Some rights reserved.",
        "Reproduction prohibited without permission.",
        "Content licensed by {outlet} Syndication",
        "This material may not be published, broadcast or redistributed.",
        "Published by {outlet} Media Group",
    )),
    Family("footer_links", ("after",), 1, (
        "Help centre", "Careers", "Site map", "Advertise", "Work with us", "Corrections",
        "Cookie policy", "Terms of use | Contact", "Our journalists", "Press office",
        "Feedback", "RSS feeds", "Mobile apps", "Code of conduct",
    )),
    Family("trending_block", ("after",), 2, (
        "Most popular\n{headline}\n{headline}\n{other_title}",
        "Don't miss\n{headline}\n{headline}",
        "Featured\n{other_title_case}\n{headline}\n{headline}",
        "Recommended for you\n{headline}\n{headline}\n{headline}",
        "Around the web\n{headline}\n{headline}",
        "Hot topics\n{headline}\n{other_title}\n{headline}",
        "Most shared\n1. {headline}\n2. {headline}\n3. {headline}",
        "Elsewhere on {outlet}\n{headline}\n{headline}\n{headline}",
        "Related stories\n{headline}\n{other_title_case}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} reports on {beat} from {city}.",
        "{name} covers {beat} for {outlet} and is based in {city}.",
        "Follow {name} on Instagram", "Read more from {name}", "{name} writes about {beat}.",
        "Email {name}", "{name} is {outlet}'s {beat} correspondent.",
        "Profile\n{name}\n{beat} reporter", "Got a tip? Contact {name}",
        "{name} has been with {outlet} since {year}.",
    )),
)
FRESH_A_HEADLINES = (
    "{Subject} {verb} {object}",
    "Why {topic} matters now",
    "How {group} are coping with {topic}",
    "{Subject} under fire over {topic}",
    "{Subject} {verb} {object} {tail}",
    "The real cost of {topic}",
    "Is {topic} here to stay?",
    "{Group} brace for {topic}",
)
FRESH_A_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Dock workers", "Ski resort", "Dairy cooperative", "Bus drivers", "City zoo",
                "Youth orchestra", "Pharmacy chain", "Fire brigade", "Port authority",
                "Tenants' group", "Science museum", "Bike-share scheme"),
    "verb": ("rethinks", "wins backing for", "abandons", "expands", "seeks", "opposes",
             "ends", "revives"),
    "object": ("night market", "toll on the bypass", "plans for a rooftop garden",
               "move to a four-day week", "fees for parking permits",
               "search for a new director", "pilot of self-driving buses"),
    "tail": ("after months of talks", "as rents soar", "despite a funding gap",
             "in close vote"),
    "topic": ("food delivery apps", "rising water bills", "heat pumps",
              "noise from the airport", "summer drought", "the housing shortage",
              "smart meters"),
    "group": ("landlords", "nurses", "cyclists", "retirees", "teenagers", "farmers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Lakeside Gazette", "Crestmoor Times", "Pinewood Observer",
               "Coastline Review"),
    "first": ("Nadia", "Felix", "Rosa", "Samuel", "Yuki", "Marco", "Leila", "Arjun"),
    "last": ("Varga", "Osei", "Lindgren", "Ferreira", "Novak", "Kimura", "Delacroix",
             "Abbott"),
    "beat": ("agriculture", "technology", "the courts", "science", "tourism", "labour"),
    "city": ("Porto", "Winnipeg", "Accra", "Cardiff", "Sapporo", "Tucson"),
    "section": ("Money", "Travel", "Climate", "Tech", "Politics"),
}

FRESH_B_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Homepage", "All sections", "Go to navigation", "News > {section} > Today",
        "Edition: International", "Your profile", "Explore",
        "World · Politics · Tech · Health", "Newsletters  Podcasts  Events", "Close menu",
        "Categories", "Sign out",
    )),
    Family("page_meta", ("before",), 2, (
        "Updated: {weekday}", "Estimated read: {n} min", "Written {day} {month} {year}",
        "Story: {name}", "Posted {n} days ago", "Play audio", "Correction appended",
        "Modified {month} {day}", "{section} desk",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Forward", "Share on Reddit", "Email this", "Copy URL", "Facebook · X · Email",
        "Share article", "Reddit  Bluesky  Mail", "Save article", "Print article",
        "Send to Kindle",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{headline} - live",
        "{headline} (audio)", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsored content", "Ad feedback", "Story resumes below", "Partner message",
        "This article continues after the advertisement", "Promotion", "AD",
        "Report this ad", "Paid post", "Content from our sponsor",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Context: {headline}", "Go deeper: {headline}", "Must read: {headline}",
        "Earlier: {headline}", "Video: {headline}", "Top pick: {headline}",
        "Full story: {headline}", "Trending: {headline}", "In pictures: {headline}",
        "Flashback: {other_title_case}", "Spotlight: {headline}",
        "Keep reading: {headline}", "Audio: {headline}", "Comment: {headline}",
        "FACT CHECK: {headline}", "Explained | {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Start your day with {outlet}: sign up for the morning edition.", "Email address",
        "Subscribe to updates", "Get {outlet} in your inbox", "Already registered? Sign in",
        "Our newsletters are free.", "Create a free account",
        "You have reached your article limit.", "Become a subscriber",
        "Success! Check your inbox.", "Manage your newsletter preferences",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Reply to this", "Flag as inappropriate", "Sort by: best", "{n} comments so far",
        "Sign in to join the discussion", "Show {n} more replies", "Write a response",
        "Be respectful in the comments.", "Like", "Comments are turned off", "Recommend",
        "Report", "Collapse thread", "Discussion",
    )),
    Family("copyright", ("after",), 2, (
        "All rights reserved © {outlet}", "© {outlet} {year}", "{outlet} Limited {year}",
        "Unauthorised copying is prohibited.", "This article is the property of {outlet}.",
        "Reprints and permissions",
    )),
    Family("footer_links", ("after",), 1, (
        "Site index", "Jobs at {outlet}", "Advertise with {outlet}", "Help & support",
        "Report a correction", "Community rules", "Contact", "Sitemap | Legal",
        "Subscriptions", "Our policies", "Do not sell my information", "Archive",
        "Manage cookies", "Ethics policy",
    )),
    Family("trending_block", ("after",), 2, (
        "Popular now\n{headline}\n{headline}\n{headline}",
        "Read next\n{headline}\n{other_title}",
        "Top reads\n1. {headline}\n2. {headline}\n3. {other_title}",
        "Also in {section}\n{headline}\n{headline}\n{headline}",
        "Must watch\n{headline}\n{headline}",
        "From the archive\n{other_title_case}\n{headline}\n{headline}",
        "Top headlines\n{headline}\n{headline}\n{other_title}",
        "More to explore\n{headline}\n{headline}\n{headline}",
        "Other stories\n{headline}\n{other_title_case}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} writes on {beat} from {city}.",
        "{name} is a correspondent in {city} covering {beat}.",
        "Follow {name} on Threads", "More from {name}", "{name} specialises in {beat}.",
        "Message {name}", "{name}, {beat} reporter, {outlet}", "Find {name} on LinkedIn",
        "{name} previously reported for {outlet} in {city}.", "Send {name} a news tip",
    )),
)
FRESH_B_HEADLINES = (
    "{Subject} {verb} {object}",
    "What {topic} means for {group}",
    "The fight to save {topic}",
    "{Subject} {verb} {object} {tail}",
    "Where {group} stand on {topic}",
    "Behind {topic}: a quiet crisis",
    "{Group} left waiting on {topic}",
    "A year of {topic}",
)
FRESH_B_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Nursing home", "Food bank", "Gondola operator", "Fishing fleet",
                "Marathon organisers", "Theatre company", "Canal trust", "Parking agency",
                "Hockey club", "Cinema chain", "Postal service", "Vineyard"),
    "verb": ("halts", "revisits", "postpones", "trials", "secures", "drops", "extends",
             "shelves"),
    "object": ("bid for a heritage grant", "late opening on weekends",
               "levy on tourist stays", "overhaul of its ticketing", "plans for new flats",
               "cap on visitor numbers", "upgrade of the old pier"),
    "tail": ("under public pressure", "as deadline looms", "after data leak",
             "with weeks to spare"),
    "topic": ("the ferry timetable", "fuel poverty", "rural broadband", "tourist taxes",
              "the pothole backlog", "the teacher shortage", "river pollution"),
    "group": ("shift workers", "homeowners", "musicians", "carers", "fishermen",
              "graduates"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Bridgewater Sentinel", "The Northern Lantern", "Kestrel News",
               "Saltmarsh Record"),
    "first": ("Greta", "Tobias", "Amara", "Luis", "Sofia", "Elias", "Hana", "Callum"),
    "last": ("Mensah", "Halvorsen", "Ortega", "Brennan", "Takahashi", "Petrov", "Nwosu",
             "Fairley"),
    "beat": ("aviation", "public health", "property", "the arts", "defence", "retail"),
    "city": ("Bergen", "Halifax", "Kampala", "Leeds", "Kyoto", "Boise"),
    "section": ("Opinion", "Science", "Culture", "Economy", "Sport"),
}

FRESH_C_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Start page", "Site navigation", "Index > {section} > Features", "Skip to stories",
        "Weather  Traffic  Obituaries  Puzzles", "Manage account", "Show menu",
        "{section} / Business / Health / Travel", "Digital edition", "Create an account",
        "Local news", "Find a section",
    )),
    Family("page_meta", ("before",), 2, (
        "Written {day} {month} {year}", "Posted {weekday}, {day} {month}",
        "Filed {day} {month} {year}, {n}:15 GMT", "Reporting by {name}",
        "Approx. {n} min", "Listen to this story", "Category: {section}",
        "Story by {name} | {city}", "Revised {weekday} {day} {month}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share to Reddit", "Email this story", "Signal  Viber  SMS", "Add to reading list",
        "Forward to a colleague", "Print article", "Send as gift", "Share on Bluesky",
        "{n} reposts", "Embed this story", "X | Mastodon | Email", "Link copied",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{headline} - video report",
        "{headline} (slideshow)", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Promotion", "Partner content", "Sponsored feature", "Paid post",
        "Content from our advertiser", "Advertiser content", "Commercial partnership",
        "Story resumes below the promotion", "Anzeige", "Promoted by our partners",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Explainer: {headline}", "Context: {headline}", "From the archive: {headline}",
        "Video: {headline}", "Interview: {headline}", "Data: {headline}",
        "Earlier: {other_title_case}", "First on {outlet}: {headline}",
        "Fact check: {headline}", "Gallery | {headline}", "Reaction: {headline}",
        "Live blog: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Receive the {section} digest each Monday.", "Email address",
        "Join the list", "Create a free account to continue reading",
        "Subscribe to the {outlet} Weekender", "You're on the list",
        "Our editors pick the best reads for your inbox every Sunday.",
        "Manage your newsletters", "Cancel anytime.",
        "Become a subscriber from {n} a month.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Respond", "Report", "{n} responses", "Sign in to reply", "Discussion ({n})",
        "Show more replies", "Be the first to respond", "Oldest first", "Collapse thread",
        "Flag as inappropriate", "Please keep comments civil and on topic.",
        "Responses are closed.", "Like", "Have your say below.",
    )),
    Family("copyright", ("after",), 2, (
        "{outlet} Limited {year}", "All material is the property of {outlet}.",
        "Unauthorised reproduction is prohibited.",
        "Republishing without permission is not allowed.",
        "Licence to copy: contact {outlet} Syndication",
        "{outlet} is a registered trademark.",
        "Copying or redistribution requires written consent.",
        "{outlet} Ltd {year}",
    )),
    Family("footer_links", ("after",), 1, (
        "Jobs", "About {outlet}", "Careers at {outlet}", "Our team", "Ethics policy",
        "Privacy notice", "Complaints", "Site index", "Advertising enquiries",
        "Terms and conditions | Help", "Contact", "Newsroom standards",
    )),
    Family("trending_block", ("after",), 2, (
        "Most viewed\n{headline}\n{headline}\n{other_title}",
        "Also trending\n{headline}\n{headline}",
        "Spotlight\n{other_title_case}\n{headline}\n{headline}",
        "Picked for you\n{headline}\n{headline}\n{headline}",
        "Readers also viewed\n{headline}\n{headline}",
        "Right now\n{headline}\n{other_title}\n{headline}",
        "Most commented\n1. {headline}\n2. {headline}\n3. {headline}",
        "More {section}\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is based in {city} and writes on {beat}.",
        "{name} has covered {beat} for {outlet} for a decade.",
        "Follow {name} on Bluesky", "All articles by {name}", "{name} focuses on {beat}.",
        "Write to {name}", "{name} leads {outlet}'s {beat} desk.",
        "The author\n{name}\n{beat} writer", "Questions? Reach {name}",
        "{name} was previously {beat} correspondent in {city}.",
    )),
)
FRESH_C_HEADLINES = (
    "{Subject} {verb} {object}",
    "Who pays for {topic}?",
    "{Group} count the cost of {topic}",
    "{Subject} {verb} {object} {tail}",
    "Five questions about {topic}",
    "Inside the debate on {topic}",
    "{Group} split over {topic}",
    "The return of {topic}",
)
FRESH_C_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Lifeboat crew", "Bowling league", "Ski lift company", "Orchard cooperative",
                "Tenant union", "Ice rink", "Community radio", "Brass band", "Lighthouse trust",
                "Coach operator", "Flower market", "Rowing club"),
    "verb": ("reverses", "approves", "weighs", "unveils", "rejects", "adopts", "delays",
             "restores"),
    "object": ("ban on night fishing", "fee for weekend parking", "plan for a new jetty",
               "sale of its clubhouse", "merger with a rival", "pilot of electric ferries",
               "review of opening hours"),
    "tail": ("amid anger", "after two years", "as costs mount", "despite objections"),
    "topic": ("school transport", "hospital parking", "flood insurance", "the night bus",
              "allotment waiting lists", "water meters", "holiday lets"),
    "group": ("commuters", "tenants", "anglers", "volunteers", "nurses", "pensioners"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Greyhaven Chronicle", "The Moorland Echo", "Riverbend Dispatch",
               "Copperfield Tribune"),
    "first": ("Ines", "Rafael", "Noor", "Jonas", "Mei", "Kofi", "Astrid", "Pavel"),
    "last": ("Adeyemi", "Sorensen", "Calloway", "Iwata", "Marchetti", "Dubois", "Kowalski",
             "Rahman"),
    "beat": ("shipping", "farming", "the environment", "banking", "sport", "higher education"),
    "city": ("Gdansk", "Perth", "Lagos", "Belfast", "Nagoya", "Tulsa"),
    "section": ("Business", "Lifestyle", "Weather", "Local", "Health"),
}

FRESH_D_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Main page", "Open navigation", "Home » {section} » Stories", "Jump to main story",
        "Markets  Opinion  Arts  Obituaries", "Sign in / Register", "All topics",
        "{section} - Politics - Science - Books", "Print edition", "Account settings",
        "Back to {section}", "Quick links",
    )),
    Family("page_meta", ("before",), 2, (
        "Last updated {day} {month} {year}", "{n}-minute read", "Published {n} hours ago",
        "Viewed {n},000 times", "Time to read: {n} min", "Words by {name}",
        "Updated {weekday} at {n}:05", "Audio: listen now", "Section: {section}",
        "Dispatched from {city}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share on Telegram", "Tweet this", "Facebook  LinkedIn  WhatsApp  Reddit",
        "Share {n}", "Copy article link", "Email to a friend", "Save to your list",
        "Post on Facebook", "Print | Email | Share", "{n} saves",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{headline} - watch",
        "{headline} (podcast)", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsored message", "Advertisement - scroll to continue", "Brand partner",
        "Paid promotion", "Article continues after the sponsor message", "Ads by our partners",
        "Publicité", "Supported by", "The article continues below",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Related reading: {headline}", "Deep dive: {headline}", "Opinion | {headline}",
        "Profile: {headline}", "Listen now: {headline}", "Our view: {headline}",
        "Recap: {other_title_case}", "Q&A: {headline}", "Numbers: {headline}",
        "Sidebar: {headline}", "Watch now | {headline}", "Case study: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get {outlet} alerts straight to your phone.", "Your email address",
        "Sign up for the {section} briefing", "Subscribe for full access",
        "Delivered to your inbox every morning.", "Thanks, you're signed up",
        "The {outlet} briefing, free each weekday.", "Get breaking alerts",
        "Subscribe today and save {n}%", "Already subscribed? Sign in here",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Comment", "Reply all", "{n} reader comments", "Sign in to comment",
        "Conversation ({n})", "Load {n} more comments", "Start the conversation",
        "Most liked first", "Hide replies", "Flag comment",
        "Comments follow our house rules.", "Comments are closed.", "Add a reply",
    )),
    Family("copyright", ("after",), 2, (
        "Copyright {year} {outlet} Group. All rights reserved.", "({outlet}, {year})",
        "Republication prohibited without written consent.",
        "Material may not be reproduced or redistributed.",
        "Licensing enquiries: {outlet} Syndication", "{outlet} © {year}",
    )),
    Family("footer_links", ("after",), 1, (
        "Contact us", "Our editorial code", "Work for {outlet}", "Privacy | Cookies",
        "Accessibility", "Newsletters", "Advertising opportunities", "Terms of service",
        "About this site", "Complaints procedure",
    )),
    Family("trending_block", ("after",), 2, (
        "Most read today\n{headline}\n{headline}\n{other_title}",
        "Latest headlines\n{headline}\n{headline}",
        "What to read next\n{other_title_case}\n{headline}\n{headline}",
        "Top 3\n1) {headline}\n2) {headline}\n3) {headline}",
        "Also on {outlet}\n{headline}\n{headline}\n{headline}",
        "Trending in {section}\n{headline}\n{other_title}\n{headline}",
        "Hand-picked\n{headline}\n{headline}",
        "Popular right now\n{headline}\n{other_title_case}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a senior writer who covers {beat}.",
        "{name} is an analyst at {outlet} and writes about {beat}.",
        "About the writer\n{name}", "Follow {name} on Mastodon",
        "{name} joined {outlet} as a producer in {year}.",
        "{name} is a columnist based in {city}.", "See all stories by {name}",
        "{name} was previously a journalist in {city}.",
        "{name} is a contributor on {beat}.", "Contact the author: {name}",
    )),
)
FRESH_D_HEADLINES = (
    "{Subject} {verb} {object}",
    "Can {group} afford {topic}?",
    "{Subject} {verb} {object} {tail}",
    "Everything you need to know about {topic}",
    "{Group} push back on {topic}",
    "A closer look at {topic}",
    "Why {group} worry about {topic}",
    "The hidden price of {topic}",
)
FRESH_D_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Golf course", "Fish market", "Cable car operator", "Beekeepers' guild",
                "Housing association", "Swimming club", "Harbour pilots", "Folk festival",
                "Ambulance service", "Botanic garden", "Bakers' guild", "Tennis centre"),
    "verb": ("scraps", "confirms", "considers", "blocks", "backs", "announces", "cancels",
             "expands"),
    "object": ("plan for a car-free zone", "charge for late returns", "deal with a developer",
               "closure of its north wing", "trial of solar lighting",
               "search for volunteers", "rise in membership fees"),
    "tail": ("after heated meeting", "as numbers fall", "following complaints",
             "for the first time"),
    "topic": ("ferry fares", "village post offices", "dental waiting times", "the coastal path",
              "childcare costs", "street lighting", "empty shops"),
    "group": ("farmers", "lodgers", "bus users", "shop owners", "midwives", "walkers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Harrowgate Courier", "The Fenland Mercury", "Westbrook Bulletin",
               "Stonebridge Journal"),
    "first": ("Lena", "Idris", "Carmen", "Viktor", "Sana", "Mateo", "Freya", "Obinna"),
    "last": ("Szabo", "Mwangi", "Lindholm", "Castellano", "Hayashi", "Okonjo", "Ferris",
             "Bergstrom"),
    "beat": ("trade", "religion", "public transport", "consumer affairs", "policing",
             "the weather"),
    "city": ("Valencia", "Ottawa", "Dakar", "Aberdeen", "Kobe", "Omaha"),
    "section": ("Nation", "Arts", "Money", "Region", "Motoring"),
}

FRESH_E_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Go home", "Open the menu", "You are here: Home > {section}", "Skip navigation links",
        "Lottery  Horoscopes  Letters  Crosswords", "Member login", "Browse all topics",
        "{section} · Education · Transport · Farming", "Today's paper", "Your settings",
        "Return to {section}", "Useful links",
    )),
    Family("page_meta", ("before",), 2, (
        "Posted on {day} {month} {year}", "Read time {n} min", "Refreshed {n} minutes ago",
        "Seen {n},000 times", "Author: {name}", "Amended {weekday} {day} {month}",
        "Narrated version", "Topic: {section}", "Reported from {city}", "Photographs by {name}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share via Messenger", "Send on WhatsApp", "Bluesky  Threads  Email  Print",
        "Shared {n} times", "Copy the page link", "Tell a friend", "Add to favourites",
        "Post to LinkedIn", "Email · Share · Print", "{n} bookmarks",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{headline} - in maps", "{headline} | podcast", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsored post", "Advertising feature", "In partnership with our sponsors",
        "Paid content", "Reading continues after the ad break", "Ads from partners",
        "Werbung", "Brought to you by", "The story carries on below",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Dig deeper: {headline}", "Our analysis: {headline}", "Long read: {headline}",
        "Portrait: {headline}", "Podcast now: {headline}", "Viewpoint: {headline}",
        "Throwback: {other_title_case}", "Ask us: {headline}", "By the numbers: {headline}",
        "Aside: {headline}", "Video now | {headline}", "Explained: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get {outlet} updates sent to your inbox.", "Type your email",
        "Sign up to the {section} bulletin", "Subscribe for unlimited reading",
        "Arrives in your inbox each evening.", "Done, you are subscribed",
        "The {outlet} digest, free every Saturday.", "Turn on news alerts",
        "Subscribe this week and save {n}%", "Have an account? Log in here",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Comments", "Reply to comment", "{n} reader replies", "Log in to reply",
        "Talk ({n})", "See {n} more comments", "Open the discussion",
        "Top comments first", "Hide thread", "Flag this comment",
        "Comments are subject to our guidelines.", "Comments are now closed.", "Write a reply",
    )),
    Family("copyright", ("after",), 2, (
        "Copyright {year} {outlet} Media. All rights reserved.", "({outlet} {year})",
        "Reproduction without written consent is forbidden.",
        "This content may not be copied or republished.",
        "Syndication requests: {outlet} Licensing", "{outlet} (c) {year}",
    )),
    Family("footer_links", ("after",), 1, (
        "Get in touch", "Editorial standards", "Vacancies at {outlet}", "Privacy · Cookies",
        "Accessibility help", "Our newsletters", "Advertise here", "Terms and privacy",
        "Meet the {outlet} team", "Make a complaint",
    )),
    Family("trending_block", ("after",), 2, (
        "Most read this week\n{headline}\n{headline}\n{other_title}",
        "Fresh headlines\n{headline}\n{headline}",
        "Read these next\n{other_title_case}\n{headline}\n{headline}",
        "Top five\n1) {headline}\n2) {headline}\n3) {headline}",
        "More on {outlet}\n{headline}\n{headline}\n{headline}",
        "Popular in {section}\n{headline}\n{other_title}\n{headline}",
        "Staff picks\n{headline}\n{headline}",
        "Trending today\n{headline}\n{other_title_case}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a staff writer who reports on {beat}.",
        "{name} is a reporter at {outlet} focusing on {beat}.",
        "About {name}", "Follow {name} on Facebook",
        "{name} joined {outlet} as a writer in {year}.",
        "{name} is an editor based in {city}.", "Read all stories by {name}",
        "{name} used to report from {city}.",
        "{name} is a freelance journalist covering {beat}.", "Reach the author: {name}",
    )),
)
FRESH_E_HEADLINES = (
    "{Subject} {verb} {object}",
    "Should {group} worry about {topic}?",
    "{Subject} {verb} {object} {tail}",
    "{n} ways {topic} is changing",
    "{Group} demand answers on {topic}",
    "Revealed: the truth about {topic}",
    "When will {topic} end?",
    "How {topic} divided {group}",
)
FRESH_E_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Riding school", "Cheese makers", "Funicular operator", "Scout group",
                "Credit union", "Lido trust", "Coastguard station", "Jazz festival",
                "Hospice charity", "Arboretum", "Potters' guild", "Curling club"),
    "verb": ("drops", "endorses", "rethinks", "halts", "welcomes", "unveils", "shelves",
             "doubles"),
    "object": ("plan for a toll bridge", "fee for guided tours", "deal with the county",
               "sale of its car park", "trial of night openings", "call for new members",
               "cut in opening hours"),
    "tail": ("after stormy debate", "as visitors dwindle", "following a review",
             "for the second time"),
    "topic": ("bus fares", "rural pharmacies", "GP appointments", "the canal towpath",
              "nursery places", "road gritting", "closed banks"),
    "group": ("crofters", "students", "train users", "market traders", "carers", "ramblers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Ashcombe Advertiser", "The Wyre Valley Star", "Eastholm Examiner",
               "Larkfield Standard"),
    "first": ("Rosa", "Emeka", "Hanne", "Tariq", "Yuki", "Bruno", "Signe", "Olu"),
    "last": ("Varga", "Achebe", "Nyberg", "Quintero", "Morimoto", "Eze", "Pellegrini",
             "Halvorsen"),
    "beat": ("the economy", "faith", "rail", "consumer rights", "justice", "the outdoors"),
    "city": ("Porto", "Halifax", "Accra", "Dundee", "Sapporo", "Wichita"),
    "section": ("Home news", "Features", "Cash", "Region", "Travel"),
}

# fresh-f: written before the fifth round of rules (teasers and page metadata by structure), as
# its check; new keys: a clock time, a month's number and a section label in capitals.
FRESH_F_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Main sections", "Close navigation", "Home › {section} › Europe", "Menu  Search  Account",
        "Puzzles  Recipes  Podcasts  Events", "Sign in to your account", "Choose edition",
        "{section} » Local » Courts", "Subscriber area", "Search the site", "All news",
    )),
    # Page metadata at the head and at the tail: bylines with a date or a separator, stamps,
    # article-age notices, reading times, picture credits, breadcrumbs, section labels, tags.
    Family("page_meta", ("before", "after"), 2, (
        "By {name} | {day} {month} {year}", "{name} - {n} hours ago",
        "{name} · {clock} · {day} {month} {year}", "Last updated: {day}/{mm}/{year} {clock}",
        "This article is more than {n} years old", "{n} mins reading",
        "Photo: {name}/{outlet}", "Image credit: {name} for {outlet}",
        "News › {section} › {city}", "{SECTION}", "Tags: {topic}, {city}, {section}",
        "Filed in: {section} / {city}", "Published {clock} {month} {day}, {year}",
        "Updated {n} mins ago · {section}", "{weekday} {day} {month} {year} {clock} BST",
        "First posted {n} days ago", "Picture: {outlet} archive",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "WhatsApp  Telegram  SMS", "Send it by email", "Pin this", "Send to Reddit",
        "Reposted {n} times", "Link copied!", "Gift this story", "Keep for later",
        "Share · Tweet · Mail",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE} | VIDEO",
        "{headline}: live updates", "{headline} [audio]", "{headline} • analysis",
        "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Advertorial", "Paid partnership", "The article resumes underneath", "Support our sponsors",
        "Promo slot", "Reklama", "Partner content from {outlet}", "Why this ad?",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Recap: {headline}", "Column: {headline}", "The backstory: {headline}",
        "Live: {headline}", "Questions and answers: {headline}", "Previously: {other_title_case}",
        "Verified: {headline}", "In charts: {headline}", "Listen now | {headline}",
        "Chronology: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Sign up for the {outlet} morning email", "Get the {section} newsletter",
        "Email goes here", "Subscribe from {n} a week", "Join {n},000 subscribers",
        "Check your inbox to confirm", "Get alerts for this topic", "Manage newsletters",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Discuss this story", "{n} responses so far", "Sort by newest", "Answer this",
        "Load more replies",
        "Commenting is disabled", "Begin the debate", "Posting rules",
        "Reader comments ({n})", "Like this comment",
    )),
    Family("copyright", ("after",), 2, (
        "All rights reserved {outlet} {year}", "Content © {year} {outlet} Group",
        "Do not reproduce without permission.", "Republishing? Contact {outlet} Syndication",
        "Text and images © {outlet}, {year}",
    )),
    Family("footer_links", ("after",), 1, (
        "Contact us · Jobs · Ads", "Cookie preferences", "Index of pages", "How to complain",
        "Careers with {outlet}", "Corrections policy", "Reader help desk", "Terms of use",
    )),
    # Runs of other stories: ranked with bare or padded numbers, label-less, shouted, paired
    # with their stamps, timed; in the tail and between the story's lines.
    Family("trending_block", ("inside", "after"), 2, (
        "Most-read\n1 {headline}\n2 {headline}\n3 {headline}\n4 {headline}",
        "{headline}\n{headline}\n{other_title}",
        "{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Across the site\n{headline}\n{n} hours ago\n{headline}\n{n} hours ago",
        "Readers' favourites\n#1 {headline}\n#2 {other_title}\n#3 {headline}",
        "Keep reading\n{other_title_case}\n{headline}",
        "Just in\n{clock} {headline}\n{clock} {headline}\n{clock} {headline}",
        "You might have missed\n{headline}\n{headline}\n{other_title}",
        "The week's top ten\n01 {headline}\n02 {headline}\n03 {headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} writes about {beat} for {outlet}.", "{name} has covered {beat} since {year}.",
        "Everything by {name}", "{name}, {beat} correspondent", "Follow {name}",
        "Send {name} a tip", "{name} is the paper's {beat} reporter.",
        "{name} lives in {city} and writes on {beat}.", "Profile: {name}",
    )),
)
FRESH_F_HEADLINES = (
    "{Subject} {verb} {object}",
    "Are {group} paying too much for {topic}?",
    "{Subject} {verb} {object} {tail}",
    "Ten years of {topic}",
    "Could {topic} vanish by {month}?",
    "{Group} rally against {topic}",
    "Winners and losers of {topic}",
    "Why nobody wants {topic}",
)
FRESH_F_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Quarry owners", "Rugby sevens club", "Harbour cafe", "Paddle steamer trust",
                "Model railway society", "Wind farm developer", "Choral society",
                "Dog rescue centre", "Observatory", "Fishmongers' guild", "Town band",
                "Sailing school"),
    "verb": ("axes", "revives", "postpones", "triples", "signs", "abandons", "reopens",
             "trims"),
    "object": ("plan for a harbour hotel", "price of season passes",
               "talks with the regional board", "lease on its boathouse",
               "search for a new chair", "bid for lottery money", "closure of the west wing"),
    "tail": ("after a tense meeting", "as bookings fall", "despite fierce objections",
             "ahead of the busy season"),
    "topic": ("ferry timetables", "village post offices", "dental waiting lists",
              "cycle lanes", "holiday lets", "school buses", "street lighting"),
    "group": ("fishermen", "landlords", "shift workers", "apprentices", "cyclists",
              "lorry drivers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Marsh End Gazette", "Kingsbarrow Pilot", "Oakridge Clarion",
               "Tollgate Evening News"),
    "first": ("Greta", "Kofi", "Maren", "Idris", "Noor", "Stellan", "Ines", "Dario"),
    "last": ("Abernethy", "Mensah", "Solberg", "Rahimi", "Fitzgerald", "Takeda", "Lombardi",
             "Ostrowski"),
    "beat": ("agriculture", "the courts", "science", "property", "the arts", "aviation"),
    "city": ("Bergen", "Cork", "Kumasi", "Tromso", "Hobart", "Tucson"),
    "section": ("Money", "Coast", "Culture", "Countryside", "Motoring"),
    "SECTION": ("MONEY", "COAST", "CULTURE", "COUNTRYSIDE", "MOTORING"),
    "clock": ("07:45", "09:12", "11:30", "13:05", "16:50", "21:18"),
    "mm": ("02", "05", "07", "10", "11", "12"),
}

# fresh-g: written before the fifth round of rules (furniture families by word class), as its
# check.
FRESH_G_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Return to the front page", "Hide menu", "Up to {section}", "Go straight to the article",
        "News · Opinion · Sport · Life", "Register / Log in", "A-Z index", "Every section",
        "Find a story", "Explore {section}",
    )),
    Family("page_meta", ("before",), 2, (
        "This page was updated on {day} {month} {year}", "{n} minute read", "Text by {name}",
        "Filed {weekday}", "Listen ({n} min)", "Edited by {name}", "Listed in {section}",
        "Story by {name}", "First published {day} {month}", "Adjust text size",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share on Pinterest", "Send via Telegram", "Copy article URL", "Save it for later",
        "Printer-friendly version", "Follow us on Instagram", "Pin to your board",
        "Shared by {n} readers",
        "Share this page with your friends", "Reddit · Flipboard · WhatsApp",
        "Link copied to clipboard", "Bookmark this story", "Email this article",
        "Share to Threads", "Gift this story to a friend", "Follow {outlet} on TikTok",
        "Shares: {n}",
        "Forward by email", "Download as PDF", "Spread the word",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{headline} - the video", "{headline} [photos]", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Ad content", "Article continues after advertisement", "Why am I seeing this ad?",
        "AdChoices", "Promoted", "From our partners", "Keep reading below the ad",
        "Content by our advertiser", "Tell us about this ad", "Bought placement",
        "Commercial feature",
        "Text continues after the promotion", "Remove ads", "Sponsor content", "Publicidad",
    )),
    Family("labelled_link", ("inside",), 3, (
        "More coverage: {headline}", "Backstory: {headline}", "How we got here: {headline}",
        "Fact-checked: {headline}", "In depth | {headline}", "Looking back: {other_title_case}",
        "Analysis - {headline}", "Review: {headline}", "As it happened: {headline}",
        "Catch up on: {headline}", "Editorial: {headline}", "Essential reading: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the {section} newsletter every Friday.", "Add me to the mailing list",
        "Enter email to subscribe", "Subscribe to read more stories like this",
        "Get unlimited access for {n} a month", "Great, check your inbox to confirm.",
        "Sign up for text alerts", "Our morning email, free",
        "Support independent journalism: subscribe today", "You can unsubscribe with one click.",
        "Already a member? Sign in", "Receive {outlet} headlines by email",
        "Want this in your inbox? Sign up free.", "Start your free trial",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Join the discussion", "Read {n} comments", "Show all replies",
        "Please sign in to leave a comment.", "Community guidelines",
        "Comments may be moderated before they appear.", "Have your say", "Post a reply",
        "Sort by: newest", "{n} people are discussing this", "Comment on this story",
        "Commenting is disabled for this article.", "Be respectful. Read our community rules.",
        "Log in or register to join the debate", "Show older replies",
    )),
    Family("copyright", ("after",), 2, (
        "© {outlet} {year}. Some rights reserved.", "All material copyright {outlet}, {year}.",
        "No part of this page may be copied without consent.",
        "Reuse of this article requires a licence from {outlet}.",
        "{outlet} and its logo are registered trademarks.",
        "{outlet} Ltd is registered in England, company no. {n}{n}{n}.",
        "Use of this site constitutes acceptance of our Terms of Use and Privacy Policy.",
        "We use cookies to improve your experience. Accept all cookies",
        "Manage consent preferences", "Your privacy choices",
        "Registered office: {n} Quay Street, {city}.", "Unauthorised redistribution is prohibited.",
        "Cookie settings", "Copyright © {year}", "This site is protected by copyright law.",
    )),
    Family("footer_links", ("after",), 1, (
        "Contact the editor", "Our journalism principles", "Join our newsroom", "Privacy centre",
        "Accessibility options", "Sitemap", "Get our RSS", "Corrections and clarifications",
        "FAQ and help", "Place an ad",
    )),
    Family("trending_block", ("after",), 2, (
        "Most viewed this month\n{headline}\n{headline}\n{other_title}",
        "Recent stories\n{headline}\n{headline}",
        "Readers also liked\n{other_title_case}\n{headline}\n{headline}",
        "Top 5\n1. {headline}\n2. {headline}\n3. {headline}",
        "From around {outlet}\n{headline}\n{headline}\n{headline}",
        "Hot in {section}\n{headline}\n{other_title}\n{headline}",
        "Our picks\n{headline}\n{headline}",
        "Now trending\n{headline}\n{other_title_case}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a correspondent for {outlet} in {city}.",
        "{name} writes about {beat} and lives in {city}.",
        "She has covered {beat} for {outlet} since {year}.",
        "He previously worked as a reporter in {city}.",
        "{name} is {outlet}'s chief {beat} correspondent.",
        "Email {name}: {handle}@newsdesk.example",
        "{name} on X: @{handle}", "More from this author", "{name}, {beat} reporter",
        "The reporter\n{name}\n{name} has covered {beat} since {year} and is based in {city}.",
        "{name} is an award-winning journalist who has worked in {city}.",
        "View {name}'s profile", "They cover {beat} for the {section} desk.",
        "{name} can be reached at {handle}@example.com.",
    )),
)
FRESH_G_HEADLINES = (
    "{Subject} {verb} {object}",
    "Is {topic} worth it for {group}?",
    "{Subject} {verb} {object} {tail}",
    "{n} questions about {topic}",
    "{Group} at odds over {topic}",
    "Behind the scenes of {topic}",
    "Who should pay for {topic}?",
    "{Group} feel the pinch of {topic}",
)
FRESH_G_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Canoe club", "Cider makers", "Pier trust", "Pipe band",
                "Dairy farmers", "Planetarium", "Bus depot", "Skate park group",
                "Brass ensemble", "Fire crew volunteers", "Art college", "Zoo"),
    "verb": ("postpones", "reverses", "secures", "opposes", "trials", "revives", "abandons",
             "extends"),
    "object": ("plan for a cycle bridge", "levy on holiday lets", "deal with the council",
               "closure of its west gate", "trial of free parking", "hunt for a new chair",
               "rise in ticket prices"),
    "tail": ("after angry meeting", "as costs soar", "following protests", "for a third year"),
    "topic": ("water bills", "village schools", "hospital parking", "the ring road",
              "care home fees", "pothole repairs", "high street rents"),
    "group": ("fishermen", "tenants", "cyclists", "stallholders", "nurses", "hikers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Marshby Gazette", "Northfold Chronicle", "Kestrel Bay Times",
               "Hollin Vale Observer"),
    "first": ("Agnes", "Kofi", "Mirela", "Rasmus", "Noor", "Diego", "Ilse", "Chidi"),
    "last": ("Kowalczyk", "Adeyemi", "Sorensen", "Arancibia", "Takeda", "Nwosu", "Ricci",
             "Lindgren"),
    "beat": ("agriculture", "science", "aviation", "the arts", "local courts", "wildlife"),
    "city": ("Bergen", "Winnipeg", "Kumasi", "Inverness", "Nagoya", "Tulsa"),
    "section": ("Nation & World", "Culture", "Personal finance", "County", "Outdoors"),
}

# fresh-h: written before the sixth round of rules (the story's edges and teaser runs by
# structure), as its check: runs of other stories between a short story's lines, label-less and
# timed teaser runs, head navigation and lone section labels, in wordings no other bank has.
FRESH_H_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Open menu", "Front page / {section} / Today", "{SECTION}  SPORT  LIFE",
        "World · Regions · {section} · Weather", "Jump to story", "Log in / Create account",
        "Site search", "Browse topics", "{section} home", "Return to {section} front",
        "Main menu  Close", "The e-paper",
    )),
    Family("page_meta", ("before", "after"), 2, (
        "{name} | {outlet} | {day}.{mm}.{year}", "Posted at {clock}, {day} {month}",
        "{SECTION} NEWS", "Amended {n} hours later", "Reading: {n} min", "Photo by {name}",
        "Pictured above: {city} harbour", "{section} | {city}", "Keywords: {topic}; {city}",
        "Written {weekday} at {clock}", "This story is {n} months old",
        "From the {section} desk",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Messenger  Signal  Email", "Pass this on", "Copy the link", "Tap to share",
        "Sent {n} times", "Save this article", "Share via text message",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{headline} (photos)",
        "{headline} | listen", "{HEADLINE} - WATCH", "{headline}: explainer",
    )),
    Family("advertisement", ("inside",), 3, (
        "Paid-for post", "Article carries on below", "Annonce", "Ad feature",
        "Message from our sponsor", "Sponsored by {outlet} Partners", "Hide this ad",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Some context | {headline}", "Key dates: {headline}", "Where we stand: {headline}",
        "From the archive: {other_title_case}", "Unpacked: {headline}",
        "On the same topic | {headline}", "Background - {headline}", "Watch now: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get {outlet} in your inbox each morning", "Type in your e-mail",
        "Subscribe to the {section} bulletin", "Join {n},000 readers of our weekly letter",
        "You're signed up", "Pick the letters you want",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Reply to this thread", "{n} readers commented", "Latest replies on top", "Talk about this",
        "Comments closed", "Collapse the thread", "Flag as abusive",
    )),
    Family("copyright", ("after",), 2, (
        "Copyright (c) {outlet} {year}", "All rights reserved. {outlet}, {year}",
        "Reproduction prohibited without the consent of {outlet}.",
        "Licensing enquiries: syndication@{handle}.example",
    )),
    Family("footer_links", ("after",), 1, (
        "Advertise · Subscribe · Help", "How we use cookies", "Raise a concern",
        "Every page, listed", "{outlet} is hiring", "Our standards",
    )),
    # Runs of other stories, most of them between a short story's lines: labelled, timed,
    # numbered, shouted, with a summary or stamp, or with no label at all.
    Family("trending_block", ("inside", "after"), 2, (
        "Breaking\n{clock} {headline}\n{clock} {headline}",
        "{headline}\n{other_title}",
        "Don't miss these\n{headline}\n{headline}\n{headline}",
        "Top reads\n01. {headline}\n02. {headline}\n03. {other_title}",
        "{HEADLINE}\n{HEADLINE}",
        "Also today\n{headline}\n{other_title_case}",
        "In case you missed it\n{headline}\n{n} mins ago\n{headline}\n{n} mins ago",
        "{other_title_case}\n{headline}\n{headline}",
        "Elsewhere on {outlet}\n- {headline}\n- {headline}\n- {headline}",
        "Latest headlines\n{headline}\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} covers {beat} from {city}.", "Reporter: {name}",
        "{name} joined the {section} desk in {year}.", "All articles from {name}",
        "{name} ({beat})", "Drop {name} a line",
    )),
)
FRESH_H_HEADLINES = (
    "{Subject} {verb} {object}",
    "Do {group} need {topic}?",
    "{Subject} {verb} {object} {tail}",
    "How {topic} changed {group}",
    "{Group} divided on {topic}",
    "The hidden cost of {topic}",
    "{n} numbers behind {topic}",
    "When will {topic} return?",
)
FRESH_H_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Coracle club", "Glass studio", "Ferry pilots", "Sheep breeders", "Aquarium",
                "Lamplighters' guild", "Ceilidh band", "Tennis academy", "Miners' welfare hall",
                "Community orchard", "Bell ringers", "Chamber choir"),
    "verb": ("shelves", "wins back", "halves", "renews", "blocks", "welcomes", "rethinks",
             "drops"),
    "object": ("plan for a marina", "fee for moorings", "pact with the county",
               "sale of its old hall", "call for volunteers", "grant for new boats",
               "hours of the ticket office"),
    "tail": ("after heated vote", "as numbers dip", "despite a petition", "before winter"),
    "topic": ("bin collections", "library hours", "river swimming", "rural broadband",
              "parking permits", "harbour dredging", "bus passes"),
    "group": ("crofters", "season ticket holders", "parents of toddlers", "pub landlords",
              "volunteers", "ramblers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Saltmarsh Mercury", "Brackenfield Record", "Larkhill Evening Star",
               "Copperbay Standard"),
    "first": ("Annika", "Yusuf", "Brigid", "Matteo", "Leila", "Soren", "Adaeze", "Pavel"),
    "last": ("Halvorsen", "Osei", "Delacroix", "Marchetti", "Nakamura", "Gallagher",
             "Petrov", "Iqbal"),
    "beat": ("fisheries", "local government", "farming", "the environment", "schools",
             "rail"),
    "city": ("Stavanger", "Galway", "Tamale", "Aberdeen", "Kobe", "Boise"),
    "section": ("Region", "Home", "Outdoors", "Business", "Arts"),
    "SECTION": ("REGION", "HOME", "OUTDOORS", "BUSINESS", "ARTS"),
    "clock": ("06:20", "08:55", "10:40", "12:15", "15:35", "19:05"),
    "mm": ("01", "03", "04", "06", "08", "09"),
}

# fresh-i: written before the sixth round of rules (ads, newsletters, bios, share bars, footer
# links and copyright by shape and position), as its check.
FRESH_I_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Return to {section} news", "Jump to main content", "All subjects A to Z",
        "Toggle the menu", "The paper in print", "Close search", "Home > {section} > Local",
        "Skip ahead",
    )),
    Family("page_meta", ("before",), 2, (
        "Posted {day} {month} {year}, {clock}", "Reported and written by {name}",
        "Reading time {n} minutes", "Changed {n} minutes ago", "By {name}, {section} desk",
        "Picture courtesy of {name}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Post to Facebook", "Mastodon | Bluesky | LinkedIn", "Send this to a colleague",
        "Share via SMS", "Save to your reading list", "X · Facebook · Email · Print",
        "Tap here to pass it on", "Grab the link", "Pass this story on", "Star this article",
        "Print a copy", "WhatsApp this story", "Like and share", "Reshare",
        "Email · Copy link · More",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{headline} (gallery)",
        "{HEADLINE}", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Paid-for partnership", "Story resumes underneath", "A message from our partner",
        "Sponsored by {outlet}", "Give ad feedback", "Publicite", "Flag this ad", "Our sponsors",
        "Partner spotlight",
        "Content continues below", "Advertiser message", "Reclame", "Promotional content",
        "Hide this advert", "Presented by our partner", "The article resumes after this message",
        "AD SPACE", "Sponsored listing", "Offer from a partner", "Pubblicità",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Read next: {headline}", "Related coverage - {headline}", "Comment | {headline}",
        "Out of the vault: {other_title_case}", "Also worth reading: {headline}",
        "The backstory | {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Never miss a story: join our mailing list", "Get {section} updates in your inbox",
        "Your weekly roundup, straight to your email", "Sign me up",
        "Want more? Subscribe for {n} a week.", "You are now subscribed.",
        "Subscribe now and save {n}%", "Stay informed. Sign up today.",
        "Type your email here", "Try {n} days free", "Already subscribed? Log in here",
        "Become a member today", "Unlock all articles", "The {section} letter lands every Sunday",
        "Get our headlines each morning",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Leave your thoughts below", "{n} readers replied", "Log on to reply",
        "No one has replied yet", "Comments are moderated.",
        "What do you think? Tell us below.",
    )),
    Family("copyright", ("after",), 2, (
        "Copyright {year} {outlet}. All rights reserved.", "(c) {year} {outlet}",
        "{outlet} is a trading name of Kestrel Media plc.",
        "All content is the property of {outlet}.", "Do not republish without permission.",
        "Part of the {outlet} group. Registered in Scotland no. {n}{n}{n}.",
        "We and our partners store data on your device.", "Reject non-essential cookies",
        "Rights and permissions", "{outlet} {year}. Reproduction forbidden.",
        "Licensed under Creative Commons BY-NC", "Protected content",
    )),
    Family("footer_links", ("after",), 1, (
        "Media kit for advertisers", "Work for us", "How we report", "Need help? Contact support",
        "Subscriber services", "House style guide", "Newsroom contacts", "Who runs {outlet}",
        "Terms & conditions", "Submit a correction", "Archives", "Sitemap · Privacy · Terms",
    )),
    Family("trending_block", ("after",), 2, (
        "Popular right now\n{headline}\n{headline}\n{other_title}",
        "Elsewhere on {outlet}\n{headline}\n{headline}",
        "Top stories\n1) {headline}\n2) {headline}\n3) {headline}",
        "Don't miss\n{other_title_case}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} files on {beat} out of {city}.", "{name} covers {beat}.",
        "She joined {outlet} in {year} after a decade in {city}.",
        "He has written about {beat} for {n} years.",
        "{name} has reported from {city} since {year}.",
        "Contact: {handle}@newsroom.example", "Follow {name} @{handle}",
        "About the author", "Everything {name} has written",
        "{name} is a freelance writer based in {city}.",
        "Reach {name} at {handle}@mail.example", "{name} | {section} editor",
        "Before joining {outlet}, they worked in {city}.",
        "{name} writes the weekly {section} column.",
    )),
)
FRESH_I_HEADLINES = (
    "{Subject} {verb} {object}",
    "How {topic} hits {group}",
    "{Subject} {verb} {object} {tail}",
    "The fight over {topic}",
    "Will {group} lose out on {topic}?",
    "{Group} weigh up {topic}",
    "Rethinking {topic}",
)
FRESH_I_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Pony club", "Harp society", "Rowing regatta", "Tram museum",
                "Beekeepers' club", "Curling rink", "Bakery cooperative", "Marina board",
                "Orienteering club", "Cheese market", "Craft brewery", "Wool mill"),
    "verb": ("delays", "wins", "scraps", "doubles", "backs", "rejects", "restarts", "cuts"),
    "object": ("bid to expand its car park", "fees for junior members",
               "plan for a seafront kiosk", "contract with the county",
               "search for volunteers", "opening hours in winter", "grant for a new roof"),
    "tail": ("after a stormy vote", "amid rising costs", "despite a petition",
             "before the summer rush"),
    "topic": ("bin collections", "rural bus routes", "library hours", "parking permits",
              "flood defences", "council tax", "park maintenance"),
    "group": ("pensioners", "farmers", "students", "commuters", "shopkeepers", "carers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Fenwick Courier", "Harrowgate Star", "Lowmoor Herald",
               "Bramblecombe Post"),
    "first": ("Oona", "Tariq", "Lotte", "Yusuf", "Beatriz", "Anders", "Keiko", "Emeka"),
    "last": ("Haugland", "Okonkwo", "Varga", "Castellanos", "Brennan", "Lindqvist", "Ito",
             "Mbeki"),
    "beat": ("housing", "transport", "education", "climate", "health", "the economy"),
    "city": ("Lagos", "Gdansk", "Halifax", "Perth", "Osaka", "Reno"),
    "section": ("Business", "Travel", "Food", "Local", "Sport"),
    "clock": ("06:30", "08:55", "12:10", "15:40", "19:05", "22:25"),
}

# fresh-j: written by an author who designs pages for national newspapers and broadcasters (TV
# and radio news sites, live blogs, video-heavy pages) and never saw the cleaning rules, as an
# unseen check (training data since its leftovers were read to improve the rules); new keys: a
# clock time, a clip's duration and a section label in capitals.
FRESH_J_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Watch live", "Accessibility links", "Find your local station", "TV guide",
        "UK  World  Politics  {section}  Climate  Video", "Change your local region",
        "On air now", "Catch-up TV", "{SECTION} · SCIENCE · SHOWBIZ · IN PICTURES",
        "Radio schedule", "Personalise your news", "Notifications",
    )),
    Family("page_meta", ("before",), 2, (
        "{weekday}, {month} {day}, {year} {clock} ET", "Presented by {name}",
        "Video journalist: {name}", "Auto-update: ON", "Image source, {outlet}",
        "Media caption, {name} reports from {city}", "As heard on {outlet} Breakfast",
        "Live reporting by {name} and colleagues", "{day} {month} {year} — {clock} IST",
        "Produced for radio by {name}", "With inputs from agencies",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "About sharing", "Get embed code", "Clip and share", "Share with timestamp",
        "Flipboard  Pocket  Email", "Show QR code", "Open in the {outlet} app",
        "Add to my playlist", "Link to this post", "Download audio (MP3, {n} MB)",
        "Drop it in the group chat",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{headline} ({duration})",
        "▶ {headline}", "{headline} – what we know", "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Skip ad in {n}", "Ad 1 of 2", "Video will play after advert", "Learn more",
        "Visit advertiser's site", "Created by {outlet} Studio for our sponsor",
        "Ad closes in {n} seconds", "Our coverage is supported by advertising", "विज्ञापन",
        "Loading advertisement", "Paid links",
    )),
    Family("labelled_link", ("inside",), 3, (
        'Play video, "{headline}", duration {duration}', "Listen on {outlet} Radio: {headline}",
        "From our correspondent: {headline}", "Key moment: {headline}",
        "Reporter's notebook: {headline}", "On tonight's programme: {headline}",
        "Mapped: {headline}", "Eyewitness: {headline}", "ICYMI: {headline}",
        "Clip: {other_title_case}", "Developing story: {headline}",
        "Headlines at {clock}: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Download the {outlet} app", "Allow notifications from {outlet}?",
        "The Evening Briefing: the day's news in {n} minutes, every weeknight.",
        "Sign up for our WhatsApp channel", "name@example.com",
        "I'd like to receive offers from {outlet}'s partners", "Maybe later",
        "Get the podcast: new episodes every {weekday}", "Register with {outlet} to keep watching",
        "You've watched {n} free videos this month", "Subscribe to our YouTube channel",
        "Follow {outlet} on Telegram for instant updates",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Why can't I comment?", "Comments will close at {clock}", "Posting as {handle}",
        "Featured comments | All", "{n} reactions", "Text the studio on 8{n}{n}{n}",
        "Share your pictures and video with us",
        "Your comment will appear once a moderator has approved it.", "Cast your vote",
        "Tell us your story", "Submit", "Phone-in lines open at {clock}",
    )),
    Family("copyright", ("after",), 2, (
        "Read about our approach to external linking.",
        "Copyright in this broadcast belongs to {outlet}.",
        "Footage © {outlet} {year}; stills: agencies",
        "{outlet} is licensed by the communications regulator.",
        "This story has not been edited by {outlet} staff and is published from a syndicated "
        "feed.",
        "This video can not be played in your location.", "{outlet} Pty Ltd ABN {n} {n}{n} {n}{n}",
        "TM & © {year} {outlet} Networks Inc.", "Images may be subject to copyright.",
        "{outlet} acknowledges the Traditional Custodians of the lands we live and work on.",
    )),
    Family("footer_links", ("after",), 1, (
        "Why you can trust {outlet} News", "Parental guidance", "Schedules and frequencies",
        "TV reception advice", "Audio description", "Public inspection file", "EEO report",
        "Grievance redressal", "Ombudsman", "Media centre", "Whistleblowers: contact us safely",
        "Closed captioning",
    )),
    Family("trending_block", ("after",), 2, (
        "Top videos\n▶ {headline}\n▶ {headline}\n▶ {headline}",
        "Up next\n{headline} ({duration})\n{headline} ({duration})",
        "Most watched\n1\n{headline}\n2\n{headline}\n3\n{other_title}",
        "Latest from the {section} team\n{headline}\n{headline}\n{headline}",
        "Features & analysis\n{headline}\n{other_title_case}\n{headline}",
        "Stories from the regions\n{headline}\n{headline}\n{other_title}",
        "Podcasts you might like\n{headline}\n{headline}",
        "News in brief\n{clock}\n{headline}\n{clock}\n{headline}",
        "In the news now\n• {headline}\n• {headline}\n• {headline}",
        "Short videos\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} presents {outlet} Breakfast, weekdays from {clock}.",
        "{name} spent {n} years as a foreign correspondent before returning to {city}.",
        "{name} is a producer on the {section} programme.", "{name}\nPresenter, {outlet} {section}",
        "Clips and updates from {name}: @{handle}",
        "{name} is a video journalist who shoots and edits her own reports.",
        "Watch {name}'s reports", "{name} contributed reporting from {city}.",
        "{name} is a multi-award-winning broadcaster and the author of three books.",
        "{name} hosts the {outlet} podcast on {beat}.",
        "{name} is our {beat} editor; she reports for television, radio and online.",
    )),
)
FRESH_J_HEADLINES = (
    "{Subject} {verb} {object}",
    "What we learned from {topic}",
    "{Subject} {verb} {object} {tail}",
    "{Group} sound the alarm over {topic}",
    "The {n} minutes that changed {topic}",
    "Is this the end of {topic}?",
    "{Group} in limbo as {topic} stalls",
    "On the front line of {topic}",
)
FRESH_J_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Broadcasting regulator", "Space agency", "National ballet", "Weather bureau",
                "Rail regulator", "Royal Mint", "Census office", "Lottery operator",
                "Electoral commission", "Air traffic control", "National archive",
                "Forestry commission"),
    "verb": ("greenlights", "pulls", "fast-tracks", "U-turns on", "probes", "overhauls",
             "slashes", "bankrolls"),
    "object": ("licence fee for streamers", "overnight signal switch-off",
               "deal on satellite slots", "shake-up of regional studios",
               "spending on coastal radar", "auction of old frequencies",
               "review of peak-time fares"),
    "tail": ("hours before deadline", "after leaked memo", "amid strike threat",
             "in late-night statement"),
    "topic": ("the switch to digital radio", "storm warnings", "the satellite launch",
              "streaming rights", "the leap second", "analogue switch-off",
              "election night coverage"),
    "group": ("viewers", "listeners", "air crews", "forecasters", "licence payers",
              "radio hams"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Meridian 24", "Southern Cross Radio", "The National Beacon", "Savanna FM",
               "Prairie Public Television", "Deccan Daybreak"),
    "first": ("Thandiwe", "Rhys", "Anjali", "Connor", "Marguerite", "Tendai", "Siobhan",
              "Rohan"),
    "last": ("Mokoena", "Pritchard", "Venkatesh", "Doherty", "Tremblay", "Chikwanha",
             "McAllister", "Kaur"),
    "beat": ("media", "foreign affairs", "elections", "security", "space", "diplomacy"),
    "city": ("Johannesburg", "Vancouver", "Mumbai", "Brisbane", "Swansea", "Atlanta"),
    "section": ("Politics", "World", "Africa", "Asia", "Entertainment & Arts"),
    "SECTION": ("POLITICS", "WORLD", "AFRICA", "ASIA", "ENTERTAINMENT & ARTS"),
    "clock": ("05:58", "07:02", "13:27", "18:44", "20:16", "23:51"),
    "duration": ("0:58", "1:47", "2:36", "3:12", "4:05", "12:40"),
}

# fresh-k: written by an author who never saw the cleaning rules, as an unseen check (training
# data since its leftovers were read to improve the rules): furniture of regional papers,
# magazines, blogs, newsletter-first sites and news aggregators, with the app-style controls of
# mobile pages, in wordings no other bank has.
FRESH_K_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "For You  Following  Local  Saved", "Open in app",
        "Latest · Local · Sport · What's On · Property", "Change location",
        "City  India  World  Entertainment  Tech", "Search stories, topics and writers",
        "Magazine  Issues  Shop  Subscribe", "‹ Back", "Notices  Jobs  Motors  Real Estate",
        "Showing news near {city}", "Swipe for next story", "{n} new stories ↑",
    )),
    Family("page_meta", ("before",), 2, (
        "Source: {outlet}", "{weekday}, {month} {day}, {year}", "Issue {n} · {month} {year}",
        "Interview and portraits by {name}", "{outlet} News Service | {city}",
        "{outlet} · {n}h", "Originally published on {outlet}",
        "Appeared in print {weekday} {day} {month} {year}",
        "Medically reviewed by Dr {name}", "Subscriber exclusive",
        "This post may contain affiliate links.",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "WhatsApp", "Flick it to a mate", "Aa  Save  Share", "Restack", "ShareChat  WhatsApp  X",
        "Add to Flipboard magazine", "Add {outlet} as a preferred source on Google",
        "Add to your story", "♥ {n}", "More sharing options", "Add to queue",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{headline} | {outlet}", "{headline} — {n} min read", "{headline} | Premium",
        "{headline} · {n} comments",
    )),
    Family("advertisement", ("inside",), 3, (
        "Go ad-free with Plus", "Ad will close in {n} seconds", "Recommended by Outbrain",
        "Ad loading...", "Upgrade to remove this banner", "Paid notice", "ADVT",
        "Sponsored · Learn more", "{outlet} BrandStudio",
        "Advertising helps fund our local journalism", "Shop the look",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Tap to read: {headline}", "Part {n}: {headline}",
        "From our partners at {outlet}: {headline}", "ALSO IN NEWS | {headline}",
        "Quick take: {headline}", "Heads up: {headline}", "You may have missed: {headline}",
        "Obituary: {headline}", "Today in {section}: {other_title_case}",
        "Reader question: {headline}", "Up next → {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "you@yourmail.com", "Keep reading with a {n}-day free trial",
        "This post is for paid subscribers", "No spam, ever. One email a day.",
        "{n},000+ locals read it every morning", "Forwarded this email? Subscribe here.",
        "View in browser", "Pledge your support", "Upgrade to paid",
        "Join our WhatsApp channel for the latest updates",
        "Thank you for reading {outlet}. This post is public so feel free to share it.",
        "Our {section} email goes out {weekday}s at 7am",
    )),
    Family("comment_prompt", ("after",), 2, (
        "What's on your mind?", "Replying to @{handle}", "Comments powered by Disqus",
        "Mute this thread", "Block user", "Discussion is only open to paid subscribers",
        "Your comment is awaiting moderation.", "Cancel reply",
        "Save my name, email, and website in this browser for the next time I comment.",
        "{n} thoughts on this post", "Join {n} others in the chat", "Top · New · Old",
    )),
    Family("copyright", ("after",), 2, (
        "{outlet} Pty Ltd · ABN {n} {n}{n} {n}{n} {n}", "© {year} {outlet} · Powered by Ghost",
        "Printed and published by {name} on behalf of {outlet}",
        "{outlet} is published by Redgum Regional Media.",
        "Member of the Independent Press Standards Organisation",
        "Content is © the respective authors unless otherwise stated.",
        "We acknowledge the Traditional Custodians of the land on which we work.",
        "We acknowledge the financial support of the Government of Canada.",
        "Opinions expressed are those of the writers and not of {outlet}.",
        "ISSN {n}{n}-{n}{n}",
    )),
    Family("footer_links", ("after",), 1, (
        "Home delivery", "Public notices", "Buy a photo", "Send us your news", "Back issues",
        "Stockists", "Write for us", "Download on the App Store · Get it on Google Play",
        "Grievance Redressal", "Dark mode", "Text-only site",
    )),
    Family("trending_block", ("after",), 2, (
        "Around {city}\n{headline}\n{headline}\n{headline}",
        "Full coverage\n{headline}\n{other_title}\n{headline}",
        "Discover more\n{headline}\n{headline}\n{headline}",
        "This week in {section}\n- {headline}\n- {headline}\n- {other_title_case}",
        "Near you\n• {headline}\n• {headline}\n• {headline}",
        "Live feed\n{clock} · {headline}\n{clock} · {headline}\n{clock} · {headline}",
        "New in {section}\n{headline}\n{n}h\n{headline}\n{n}h",
        "Before you go\n{other_title_case}\n{headline}\n{headline}",
        "WHAT'S HOT\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Top on the app this week\n1. {headline}\n2. {other_title}\n3. {headline}\n4. {headline}",
        "Past issues\n{headline} · {n} min read\n{headline} · {n} min read",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is the founder of {outlet}, a newsletter about {beat}.",
        "{name} is a {city}-based journalist and the author of two books.",
        "Get an email whenever {name} publishes.",
        "This article was written by {name}, a Local Democracy Reporting Service journalist.",
        "{name}'s position is funded by Report for America.",
        "{name} is a Local Journalism Initiative reporter.",
        "Contributing editor {name} lives on a farm near {city}.",
        "Bluesky: @{handle}.bsky.social",
        "Got a story? WhatsApp {name} on 07{n}{n} {n}{n}{n}",
        "Meet the writer\n{name}\n{beat} · {city} · since {year}",
        "{name}'s work has appeared in {outlet} and elsewhere.",
        "{name} teaches journalism at a university in {city}.",
    )),
)
FRESH_K_HEADLINES = (
    "{Subject} {verb} {object}",
    "'We were never asked': {group} on {topic}",
    "Map shows where {topic} will hit hardest",
    "{Group} vent over {topic} at packed town hall",
    "{n},000 sign petition against {topic}",
    "Letters: {group} have their say on {topic}",
    "Readers' poll: is {topic} working?",
    "The {month} deadline for {topic}, explained",
)
FRESH_K_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Surf life saving club", "Netball association", "Kabaddi league",
                "Matatu owners", "Rotary club", "Volunteer fire department",
                "Ratepayers' association", "Boda boda riders", "Agricultural show society",
                "Residents' welfare association", "Minor hockey association", "Men's shed"),
    "verb": ("signs off on", "knocks back", "green-lights", "walks back", "bankrolls",
             "puts off", "fast-tracks", "pulls out of"),
    "object": ("a bid for a new clubhouse", "the levy on event parking",
               "a sponsorship deal with a local bank", "its annual fundraiser",
               "plans for floodlights", "a move to a new ground", "the Sunday trading trial"),
    "topic": ("water restrictions", "load-shedding", "the new parking app",
              "the one-way system", "the school zone changes", "the bike lane trial",
              "the bus route shake-up", "the speed camera rollout"),
    "group": ("ratepayers", "tradies", "hawkers", "cottagers", "first-home buyers",
              "school-run parents", "corner-shop owners"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Mapleview Weekly", "The Sandpiper Sun", "Savanna Morning Wire",
               "Tidewater Digest", "The Gully Letter", "Ghats Chronicle Online"),
    "first": ("Thandiwe", "Harpreet", "Wiremu", "Siobhan", "Kelechi", "Bronwyn", "Anjali",
              "Declan", "Mbali", "Jarrah"),
    "last": ("Nkosi", "Sandhu", "Kavanagh", "Obiora", "Pemberton", "Iyer", "Dlamini",
             "Tremblay"),
    "beat": ("councils and planning", "regional sport", "food and drink", "rural affairs",
             "consumer tech", "the property market"),
    "city": ("Ballarat", "Mysuru", "Kisumu", "Saskatoon", "Dunedin", "Chattanooga"),
    "section": ("Community", "Food & Drink", "Property", "Wellbeing", "Sport"),
    "clock": ("6:05am", "8:47am", "11:20am", "1:35pm", "4:10pm", "9:55pm"),
}

# fresh-l: written by an author who designs pages for US local TV stations and newspaper chains
# (weather alerts, station apps, obituaries, local deals, e-edition, scores widgets) and never
# saw the cleaning rules, as training data for the furniture model; new keys: a county, a
# weather alert, a price and a school team.
FRESH_L_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Interactive Radar", "Closings & Delays", "Watch Newscasts", "e-Edition",
        "Neighborhoods ▾", "Community Calendar", "{n}°  {city}",
        "Obituaries | Classifieds | Legals | Place an Ad",
        "WEATHER ALERT: {alert} in effect for {county} County", "⚠ {n} active weather alerts",
        "Watch Live: The {clock} Newscast", "Contests & Sweepstakes",
        "Local News > {county} County",
        "{SECTION} | HIGH SCHOOL SPORTS | BUSINESS | POLITICS", "☰ All Shows", "TV Listings",
        "Download Our Apps", "Welcome back, {first}",
    )),
    Family("page_meta", ("before",), 2, (
        "Posted: {month} {day}, {year} / {clock} EDT", "Updated: {clock} CST {month} {day}, {year}",
        "Posted by: {name}", "{name}, Staff Writer", "{outlet} Web Staff",
        "Courtesy: {county} County Sheriff's Office", "Photo credit: {outlet} viewer",
        "🔊 Hear this story", "Mugshot courtesy of the {county} County Jail", "A+  A-",
        "Local Coverage", "Print Edition: {weekday}, {month} {day}", "{section} · {n} hrs ago",
        "Premium story for print & digital members", "{name}, {outlet} Capitol Bureau",
        "Published to the app at {clock}", "SPOTLIGHT ON {county} COUNTY",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share on Nextdoor", "Facebook   X   Nextdoor   Email", "SMS this link",
        "Get shareable link", "👍 {n}  💬 {n}  ↗ Share", "Print Friendly", "Send to a neighbor",
        "Send this forecast to family",
        "Let family & friends know", "Print | Email | Text | Copy", "Share the coupon",
        "Tag a friend on Facebook", "Sign Guest Book  Send Flowers  Share", "Cast to TV",
        "Follow this story for updates", "Download Photo", "Share scores with your team",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "UPDATE: {headline}", "LIVE NOW: {headline}", "EXCLUSIVE: {headline}",
        "{headline} | {county} County", "{headline} · Sponsored", "{headline}. Here's why.",
        "WEATHER AWARE: {headline}", "{other_title} (UPDATED)", "{headline} · {n} hrs ago",
        "{headline} 📷",
    )),
    Family("advertisement", ("inside",), 3, (
        "Local Deals", "First Alert Forecast presented by {county} Heating & Air",
        "DEAL OF THE DAY: {price} car wash package, {n}% off", "Shop Local",
        "PAID POLITICAL AD", "Our story picks back up below", "Home Services Directory",
        "Featured Local Savings", "Special Advertising Section", "Get your FREE quote today!",
        "Mattress Blowout: {price} Queen Sets This Weekend Only",
        "Hurt in a wreck? Call 1-800-555-01{n}", "Local Business Spotlight",
        "{outlet} Deals: up to {n}% off restaurants near you", "Featured Homes for Sale",
        "Click to view offer", "Sale ends {weekday}!", "Ad · {county} County Credit Union",
    )),
    Family("labelled_link", ("inside",), 3, (
        "MORE LOCAL NEWS: {headline}", "FIRST ALERT WEATHER: {headline}",
        "TRENDING ON {outlet}: {headline}", "Where it started: {headline}",
        "Prep scores: {headline}", "MUGSHOTS: {headline}", "Traffic alert: {headline}",
        "From the e-Edition: {headline}", "Sister station {outlet} reports: {headline}",
        "{n} On Your Side: {headline}", "As seen on {outlet} at {clock}: {headline}",
        "Stream it: {headline}", "SEE THE GALLERY >> {headline}", "Decision {year}: {headline}",
        "CLICK HERE to read: {other_title_case}", "Community bulletin: {headline}",
        "Obituaries this week: {other_title}",
    )),
    Family("newsletter", ("after",), 2, (
        "Text WEATHER to 5{n}{n}{n} for severe weather alerts", "Daily Headlines",
        "The {outlet} Morning Report lands at 6 a.m. weekdays. It's free.",
        "Digital access: {price}/month for the first 3 months", "Email*", "ZIP code",
        "Your newsletter selections: Breaking News, Weather, High School Sports",
        "Free stories remaining: {n}",
        "Already a print subscriber? Activate your digital access",
        "Stay ahead of the storm: get the daily forecast in your inbox",
        "Get obituary notices by email", "Count me in",
        "Deals delivered: weekly coupons from local businesses",
        "We respect your privacy. See our privacy policy for how your email is used.",
        "Enable weather alerts for {city}", "Get Friday night scores texted to you",
        "Only 99¢ for your first month",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Comments are the opinion of the writer and not {outlet}.", "Facebook Comments Plugin",
        "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        "PLEASE TURN OFF YOUR CAPS LOCK.",
        "Don't Threaten. Threats of harming another person will not be tolerated.",
        "Be Truthful. Don't knowingly lie about anyone or anything.",
        "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.",
        "Share with Us. We'd love to hear eyewitness accounts, the history behind an article.",
        "Welcome to the discussion.", "Guest Book entries ({n})", "Offer Condolences",
        "Light a candle", "Watch this discussion.", "Stop watching this discussion.",
        "Got a question for our First Alert meteorologists? Ask here.",
        "Upload your storm photos to {outlet} Near Me",
    )),
    Family("copyright", ("after",), 2, (
        "{outlet} is a Blue Heron Media station. © {year}", "Powered by Lamplight CMS",
        "A Heartland Community Newspapers publication",
        "First Alert Weather is a service mark of {outlet}.",
        "{outlet} | {n}{n} Broadcast Plaza, {city}", "Serving {county} County since 1887",
        "Periodicals postage paid at {city} and additional mailing offices.",
        "Published every day except Dec. 25 by {outlet}", "{outlet} (USPS {n}{n}-{n}{n}{n})",
        "Content of this site belongs to Blue Heron Media unless credited.",
        "Channel {n} | Licensed to serve {city}", "© {year} {county} County Publishing Co.",
        "Associated Press content © {year}; all other content © {outlet}",
        "Postmaster: send address changes to {outlet}, P.O. Box {n}{n}, {city}.",
    )),
    Family("footer_links", ("after",), 1, (
        "FCC Public File", "FCC Applications", "Station Info  Contact Us  Careers  Advertise",
        "Your California Privacy Rights", "Contest Rules", "Manage My Subscription",
        "Vacation Hold", "Report a Delivery Issue", "Place an Obituary", "Pay My Bill",
        "e-Edition Help", "Meet Our Meteorologists", "Station History",
        "Weather Kids School Visits",
        "Digital Subscription FAQs", "News tips: 1-855-{n}{n}-{n}{n}", "Public File Help",
    )),
    Family("trending_block", ("after",), 2, (
        "Top Local Stories\n{headline}\n{headline}\n{other_title}",
        "Trending on {outlet}.com\n{headline}\n{headline}\n{headline}",
        "MORE NEWS\n{HEADLINE}\n{HEADLINE}\n{headline}",
        "Video Center\n{headline}\n{n} hrs ago\n{headline}\n{n} hrs ago",
        "Recent Obituaries\n{first} {last}\n{first} {last}\n{first} {last}\nView all obituaries",
        "Friday Night Scoreboard\n{team} {n}, {team} {n}\n{team} {n}, {team} {n}\nFinal",
        "Weather Alerts\n{alert} for {county} County until {clock}\n{alert} for {county} County "
        "until {clock}",
        "Closings & Delays\n{county} County Schools: 2-hour delay\n{team} Academy: closed",
        "Popular on {outlet}\n1 {headline}\n2 {other_title_case}\n3 {headline}",
        "From Our Sister Stations\n{headline}\n{headline}",
        "Latest Newscasts\nNews at {clock} ({weekday})\nNews at {clock} ({weekday})",
        "High School Sports\n{headline}\n{other_title_case}\n{headline}",
        "Catch Up on the Week\n• {headline}\n• {headline}\n• {headline}",
        "BREAKING NEWS ALERT\n{headline}",
        "Money & Business\n{headline}\n{headline}\n{other_title}",
        "Across the State\n{headline}\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a multimedia journalist for {outlet}. She joined the station in {year}.",
        "{name} is a meteorologist with the {outlet} First Alert Weather Team.",
        "{name} anchors the {clock} newscast weeknights on {outlet}.",
        "Call or text {name}: 555-01{n}",
        "{name} has been the {county} County courthouse reporter since {year}.",
        "{name} posts weather updates on Facebook and Instagram.",
        "{name} is a member of the {outlet} Investigative Team. Have a tip? Call the tipline.",
        "Digital producer {name} contributed to this report.",
        "{name} grew up in {city} and graduated from the state university.",
        "Meet {name}\nChief Meteorologist\nAMS Certified Broadcast Meteorologist",
        "{name}\nSports Director\n@{handle}",
        "When {name} isn't chasing storms, you'll find him at his kids' soccer games.",
        "{name} has won {n} regional Emmy awards.", "{name}'s latest stories",
        "{name} writes the Sunday 'Around Town' column.",
        "Staff photographer {name} has shot for {outlet} since {year}.",
    )),
)
FRESH_L_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "How {topic} could hit your wallet",
    "{Group} take fight over {topic} to the statehouse",
    "First Alert: what {topic} means for your weekend",
    "{county} County {verb} {object}",
    "Update on {topic}: {group} react",
    "Where things stand on {topic} heading into {month}",
)
FRESH_L_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Township trustees", "Board of county commissioners",
                "Parks and recreation department", "Sheriff's office", "Fire protection district",
                "Humane society", "Booster club", "County fair board", "Drainage district",
                "Zoning board of appeals", "Regional airport authority", "Levee board",
                "Quilting guild", "Tourism bureau"),
    "verb": ("tables", "okays", "pushes back on", "narrowly passes", "reverses course on",
             "resurrects", "sues over", "puts the brakes on"),
    "object": ("a property tax levy for road repair", "the splash pad renovation",
               "a curfew for teen drivers", "plans for a dollar store on Route 9",
               "a raise for volunteer firefighters", "the stadium bond issue",
               "a ban on backyard chickens", "new turf for the football field"),
    "tail": ("before Election Day", "after viewer complaints", "in 4-3 vote",
             "following On Your Side report", "as storm season nears"),
    "topic": ("the boil-water advisory", "rising property taxes", "the school bus driver shortage",
              "the new roundabout on Main Street", "tornado cleanup", "the county fair",
              "the I-35 construction zone", "the hospital merger"),
    "group": ("condo owners", "bus drivers", "farm families", "hunters and anglers",
              "snowbirds", "volunteer firefighters", "small-business owners"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("KVRN 9 News", "WTLQ NewsChannel 5", "The Prairie Sentinel-Tribune",
               "Cedar County Gazette-Journal", "WBCX Action 12", "The Millbrook Courier-Express"),
    "first": ("Brittany", "Trey", "Kayla", "Marcus", "Dana", "Jolene", "Curtis", "Lupe",
              "DeShawn", "Heather"),
    "last": ("Hollister", "Boudreaux", "Vasquez", "Mikkelsen", "Thibodeaux", "Pruitt",
             "Yazzie", "Kaczmarek", "Delgado"),
    "beat": ("county government", "severe weather", "high school sports",
             "consumer protection", "public safety", "statehouse politics"),
    "city": ("Cedar Rapids", "Lubbock", "Tuscaloosa", "Bismarck", "Shreveport", "Duluth",
             "Amarillo"),
    "section": ("Local News", "Weather", "High School Sports", "Obituaries", "Business"),
    "SECTION": ("LOCAL NEWS", "WEATHER", "OBITUARIES", "TRAFFIC", "CONSUMER"),
    "clock": ("4:30 a.m.", "6 p.m.", "10 p.m.", "5:47 PM", "11:15 AM", "8:02 PM"),
    "county": ("Polk", "Washington", "Sangamon", "Lancaster", "Muskogee", "Hennepin"),
    "alert": ("Winter Storm Warning", "Tornado Watch", "Flood Advisory", "Heat Advisory",
              "Severe Thunderstorm Warning", "Wind Chill Advisory", "Dense Fog Advisory"),
    "price": ("$1", "$4.99", "$9.99", "$19.95", "$29", "$149"),
    "team": ("Central", "North Hills", "St. Mary's", "Eastview", "Lincoln", "Valley Christian",
             "West Branch", "Roosevelt"),
}

# fresh-m: written by an author who never saw the cleaning rules, as training data for the
# furniture model: the furniture of business, finance and technology portals (tickers and market
# data widgets, premium tiers, webinars and event promos, job boards, podcasts); new keys: a
# ticker, a quote's price and change, a company, a job title, a clock time and a clip's duration.
FRESH_M_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Markets", "Quotes & Data", "Pro", "Portfolio  Watchlist  Alerts",
        "Stocks · Bonds · FX · Commodities · Crypto", "Enter a ticker or company name",
        "Markets > {section} > Earnings", "Deals  Startups  Venture  Fintech  AI",
        "Pro login", "My watchlist ({n})", "US  Europe  Asia  Emerging Markets",
        "Screeners", "Events & Webinars", "All {section} coverage", "Currencies ▾",
        "Go Pro: {n}% off", "Careers board", "Dow {change}  S&P 500 {change}  Nasdaq {change}",
    )),
    Family("page_meta", ("before",), 2, (
        "Updated {clock} UTC, {day} {month} {year}", "Key points",
        "Companies in this story: {ticker}, {ticker}", "{n} min listen",
        "Reporter {name}; data by {first} {last}", "Reviewed by {name}, CFA", "Pro insight",
        "Data as of {clock} ET; quotes delayed at least 15 minutes",
        "Additional reporting by {first} {last}; editing by {first} {last}", "PREMIUM",
        "Listen · {duration}", "{weekday} {clock} · {SECTION} WRAP",
        "As featured in the {outlet} Pro newsletter", "Tickers mentioned: {ticker}",
        "{outlet} {section} · {month} {day}", "Earnings call transcript",
        "Fact-checked by {first} {last}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Send to Slack", "Share on StockTwits", "Add {ticker} to watchlist",
        "LinkedIn  Slack  Email  Copy", "Copy headline and link", "Send to Teams",
        "Gift article ({n} left this month)", "Chart: share or embed", "Download chart (PNG)",
        "Save to research folder", "Share with your team", "Set a price alert",
        "Follow {ticker}", "Email this to your financial adviser", "Export as PDF", "+ Watch",
        "Shared {n} times inside your firm",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}", "{headline}",
        "{headline} | Pro", "{headline} (webinar replay)", "{ticker} {change} · {headline}",
        "PRO: {headline}", "{headline} [chart]", "{headline} · {clock} ET",
        "{headline} ▸ {ticker}", "{headline} - episode {n}", "Exclusive: {headline}",
        "{headline} ({n} charts)", "{other_title} - {outlet}",
    )),
    Family("advertisement", ("inside",), 3, (
        "{company} | Partner insight",
        "Open an account with {company} and get up to ${n}0 in free stock",
        "Capital at risk.", "Ad · {company}", "ADVERTISER DISCLOSURE",
        "Our partners compensate us. This may influence which products we write about.",
        "Pro subscribers read without ads", "— article continues —",
        "Webinar: {topic} — register free", "Compare the best savings rates of {year}",
        "PAID PROGRAM", "Marketplace", "Today's mortgage rates, powered by {company}",
        "This content was produced by {company}. The newsroom was not involved in its creation.",
        "Your ad blocker is on", "Featured offer", "Custom content for {company}",
        "Paid for by {company}", "Trade commission-free →",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Earnings: {headline}", "Chart of the day: {headline}", "For Pro readers: {headline}",
        "Related tickers: {ticker}, {ticker}", "Deal talk: {headline}",
        "On the Term Sheet podcast: {headline}", "Webinar replay: {headline}",
        "Funding round: {headline}", "Deals roundup: {headline}",
        "What analysts say: {headline}", "Sector watch | {headline}",
        "Source document: {other_title_case}", "Premium: {other_title}",
        "Startups → {headline}", "Strategist note: {headline}", "Guide: {headline}",
        "Investor takeaway: {headline}", "MARKETS LIVE | {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the Opening Bell briefing before markets open", "Business email address*", "Job title",
        "Try Pro: $1 for {n} weeks", "Billed annually. Save {n}% versus monthly.",
        "Pro members, log in to continue", "This article is reserved for Pro subscribers.",
        "Register now and get {n} free articles a month",
        "Sign up for {outlet} Tech Brief, our weekday newsletter on startups and big tech.",
        "Closing Numbers: the day's markets in {n} bullets, every weekday at 5pm ET",
        "Choose a plan", "Team and corporate subscriptions available",
        "I agree to the terms of service and privacy policy",
        "Subscribe on Apple Podcasts · Spotify", "Get earnings alerts for {ticker}",
        "Register for the webinar: {topic}, {weekday} at {clock} ET",
        "Students get {n}% off", "Cancel or pause your plan whenever you like.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Discuss on the forum", "{n} posts in the {ticker} forum", "Bullish  Bearish",
        "Are you bullish or bearish on {ticker}?", "Vote: {n}% bullish",
        "Comments are for Pro members only", "Highest rated", "Ask the analyst a question",
        "Submit your question for the live Q&A",
        "Posting guidelines: no stock tips, no self-promotion.", "Endorse", "{n} upvotes",
        "Member comments are not investment advice.", "Thread · {n} posts", "Add your take",
        "Load earlier posts", "Report post",
    )),
    Family("copyright", ("after",), 2, (
        "Market data copyright © {year} {company}. Quotes delayed at least 15 minutes.",
        "Data is a real-time snapshot. *Data is delayed at least 15 minutes.",
        "{outlet} does not provide investment, tax or legal advice.",
        "Past performance is not a reliable indicator of future results.",
        "Disclosure: the author holds no position in {ticker}.",
        "Index data provided by {company}; fundamentals by {company}.",
        "{outlet} is a division of {company} Holdings, Inc.",
        "Trademarks of third parties belong to their respective owners.",
        "Crypto assets are highly volatile. Your capital is at risk.",
        "Order a reprint of this article",
        "Quotes shown in local exchange time. Volumes are consolidated.",
        "Some content is supplied by affiliated companies.",
        "Nothing on this page is an offer to buy or sell securities.",
        "Fund prices are indicative only.", "Prices are in USD unless stated otherwise.",
    )),
    Family("footer_links", ("after",), 1, (
        "Investor relations", "Corporate subscriptions", "Events  Podcasts  Webinars  Jobs",
        "Post a job", "Data & API", "Status page", "Responsible disclosure", "Press releases",
        "Affiliate disclosure", "Open roles", "Modern slavery statement",
        "CA Notice at Collection", "Partner with us",
        "Get real-time quotes in our iPhone and Android app",
        "Market holiday calendar", "Glossary", "Product updates", "Sponsorship opportunities",
    )),
    Family("trending_block", ("after",), 2, (
        "Market movers\n{ticker} {price} {change}\n{ticker} {price} {change}\n"
        "{ticker} {price} {change}",
        "Trending tickers\n{ticker}\n{ticker}\n{ticker}\n{ticker}",
        "Pro subscribers are reading\n{headline}\n{other_title}\n{headline}\n{headline}",
        "Upcoming webinars\n{weekday} {clock} ET — {headline}\n{weekday} {clock} ET — {headline}",
        "Latest episodes\nEp. {n}: {headline}\nEp. {n}: {headline}\nEp. {n}: {headline}",
        "Featured jobs\n{jobtitle}, {company} — {city}\n{jobtitle}, {company} — {city}\n"
        "View all {n}0 openings",
        "Earnings this week\n{weekday}: {ticker}, {ticker}\n{weekday}: {ticker}",
        "Keep up with {section}\n→ {headline}\n→ {headline}",
        "The Briefing\n• {headline}\n• {headline}\n• {other_title_case}",
        "Markets wrap\n{clock} ET {headline}\n{clock} ET {headline}",
        "What investors are reading\n1. {headline}\n2. {other_title}\n3. {headline}",
        "Related companies\n{company} ({ticker})\n{company} ({ticker})",
        "MOST POPULAR ON PRO\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Deals of the day\n{company} raises ${n}M in Series B\n{company} agrees to buy {company}",
        "Video: markets in minutes\n▷ {headline} {duration}\n▷ {headline} {duration}\n"
        "▷ {headline} {duration}",
        "More from our newsrooms\n{other_title_case}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} writes the {outlet} Pro column on {beat} and spent {n} years as an equity "
        "analyst.",
        "Before journalism, {name} traded bonds at a bank in {city}.",
        "{name} holds a CFA charter and covers {beat}.",
        "{name} edits the {section} newsletter from {city}.",
        "Hear {name} every {weekday} on Money Talk, the {outlet} podcast.",
        "{name} posts market notes on LinkedIn",
        "Send {name} a tip securely via Signal: @{handle}.{n}",
        "{name} covers {beat} | {city} | Disclosure policy",
        "Meet our analyst\n{name}\n{name} leads our coverage of {beat}.",
        "{name} was formerly a venture capital associate in {city}.",
        "Contributor\n{name}\nOpinions expressed by {outlet} contributors are their own.",
        "{name}'s holdings: none.", "{name} previously ran macro research at {company}.",
        "Speaking at our {city} summit in {month}: {name}",
        "{name} · {beat} · {outlet} Pro",
        "Ethics note: {name} owns no shares in companies she covers.",
    )),
)
FRESH_M_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "Why investors are souring on {topic}",
    "{Group} pile into {topic}",
    "{Subject} beats estimates but warns on {topic}",
    "Bubble warning over {topic}",
    "The {n} stocks most exposed to {topic}",
    "{Group} quietly bet against {topic}",
)
FRESH_M_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Chipmaker Altavia", "Payments startup Quillpay", "Lithium miner Corvane",
                "Cloud provider Nimbusfield", "Robo-adviser Tallyhat", "Insurer Clearmont",
                "Battery maker Voltrane", "Logistics group Brenner & Holt",
                "Ad-tech firm Pixelmarsh", "Regional lender Harwick Bancorp",
                "Drone maker Vantor Aero", "Grocery chain FreshRow"),
    "verb": ("pulls", "revives", "defends", "puts on hold", "pushes back", "confirms",
             "reworks", "talks up"),
    "object": ("its IPO", "a $2bn bond sale", "its buyback programme",
               "the merger with a rival", "plans for its cloud unit", "its full-year outlook",
               "a stake sale in its AI unit"),
    "tail": ("as shares tumble", "ahead of earnings", "after activist pressure",
             "in pre-market trading", "despite weak guidance"),
    "topic": ("private credit", "AI chips", "rate cuts", "tokenised bonds",
              "the yen carry trade", "small caps", "commercial property debt",
              "buy now, pay later"),
    "group": ("hedge funds", "retail investors", "pension funds", "chief financial officers",
              "venture capitalists", "day traders"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Ledgerline", "The Tickertape Journal", "Bytegate Markets", "Capital Circuit",
               "Northbeam Finance", "Stackwire"),
    "first": ("Wen", "Rafaela", "Desmond", "Ayesha", "Gunnar", "Chiamaka", "Ezra", "Mireille"),
    "last": ("Zhou", "Albuquerque", "Whitfield", "Siddiqui", "Johannsen", "Okwuosa", "Bellamy",
             "Kowalewski"),
    "beat": ("semiconductors", "private equity", "central banks", "fintech", "commodities",
             "enterprise software"),
    "city": ("Frankfurt", "Singapore", "San Francisco", "Zurich", "Hong Kong", "Chicago"),
    "section": ("Markets", "Tech", "Deals", "Crypto", "Personal Finance"),
    "SECTION": ("MARKETS", "TECH", "DEALS", "CRYPTO", "PERSONAL FINANCE"),
    "ticker": ("NRVL", "QPAY", "CRVN", "NMBF", "VLTR", "HWKB", "PXMH", "FRSH"),
    "price": ("$14.82", "$203.10", "$7.05", "$98.44", "$1,214.50", "$42.00"),
    "change": ("+1.2%", "-0.8%", "+3.45%", "-2.10%", "+0.37%", "-5.6%", "▲ 0.9%", "▼ 1.4%"),
    "company": ("Brightwater Capital", "Meridell Securities", "Halcyon Data", "Oakum Payments",
                "Fennimore Analytics", "Tessellate Cloud"),
    "jobtitle": ("Senior Data Engineer", "Equity Research Associate", "Head of Treasury",
                 "Product Manager, Payments", "Compliance Officer", "Quant Developer"),
    "clock": ("07:00", "08:30", "09:45", "12:15", "16:05", "17:30"),
    "duration": ("1:12", "2:48", "4:30", "6:05", "18:22", "32:10"),
}

# fresh-n: written by an author who never saw the cleaning rules, as training data for the
# furniture model: the furniture of sports and fan sites (live scores and fixtures widgets,
# betting-partner notices, fantasy games, match centres, player ratings and fan forums), in
# wordings no other bank has.
FRESH_N_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Scores & Fixtures", "Live Scores  Fixtures  Results  Tables  Transfers",
        "Football · Cricket · Rugby · F1 · Tennis · Golf · Boxing", "Match Centre",
        "{section} › Teams › {team}", "Pick your club", "My Teams", "More sports ▾",
        "FANTASY", "Podcasts | Shop | Tickets | Hospitality",
        "Board index » {section} » Match day threads", "Unread posts · New posts · Your posts",
        "Men's  Women's  Academy  Legends", "Stats Zone", "Odds",
        "Season {season} ▾", "Preview  Line-ups  Live  Stats  Report",
        "Club sites", "Betting  Casino  Promotions  In-Play",
    )),
    Family("page_meta", ("before",), 2, (
        "Match report: {name} at {venue}", "Kick-off {clock}", "Ratings: {name} (out of 10)",
        "Live text commentary: {name}", "Page refreshes every 30s", "Venue: {venue}",
        "{competition} · Matchday {n}", "{team} v {team} | {weekday} {day} {month}",
        "Posted by {poster} » {weekday} {month} {day}, {year} {clock}",
        "Thread starter {poster} · Start date {day} {month} {year}",
        "Pre-match build-up from {clock}", "{agency} via Getty Images",
        "Odds checked at {clock}", "In association with {sponsor}",
        "Fan column | {team}", "Tipster: {name} | Staked: 1pt",
        "Round {n} · {competition}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share match card", "Share my team", "Brag about your score", "Share ratings card",
        "Post your XI on X", "Link to topic", "Facebook  X  WhatsApp  Snapchat", "Share GIF",
        "{n} fans have shared their XI", "☆ Favourite", "Add to calendar", "Follow this match",
        "🔗 Copy", "Share on Discord", "Challenge a mate", "Copy league code",
        "Screenshot & share your bracket",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}", "{headline}",
        "{headline} | Highlights", "{headline} - player ratings", "{headline} | Managers react",
        "{headline}: five talking points", "{headline} [{n} pics]", "{headline} - minute by minute",
        "🎥 {headline}", "{headline} | Fan view", "{headline} | Transfer news",
        "{headline} (+ goals)",
    )),
    Family("advertisement", ("inside",), 3, (
        "18+ | Play safe | BeGambleAware.org", "Odds correct at time of publication",
        "Bet now with {bookmaker}", "New customers only. T&Cs apply.", "Our betting partner",
        "{team} {odds} | Draw {odds} | {team} {odds}", "Bet builder",
        "Get £{n} in free bets", "Please gamble responsibly. When the fun stops, stop.",
        "Shop the new home shirt", "Tickets from £{n}", "PARTNER",
        "Play Fantasy {competition} - it's free", "{bookmaker} | Bet slip",
        "Gambling can be addictive. Call the National Gambling Helpline on 0808 8020 133.",
        "Odds by {bookmaker}", "Stream every game live on {broadcaster}",
        "Official kit partner: {sponsor}",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Match report: {headline}", "Team news: {headline}", "Transfer latest: {headline}",
        "Injury update: {headline}", "Player ratings: {other_title_case}",
        "Five things we learned: {headline}", "Match preview: {headline}",
        "Predicted XI: {headline}", "Tactics board: {headline}", "Rumour mill: {headline}",
        "Press conference: {headline}", "Fan verdict: {headline}",
        "Highlights ▶ {headline}", "Stat attack: {headline}", "Head-to-head: {headline}",
        "On this day: {other_title}", "Betting tips: {headline}",
        "Forum thread: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Transfer window briefing: in your inbox by 7am",
        "{team} alerts: goals, team news and transfers",
        "Goal alerts: never miss a goal", "Turn on push notifications for {team}",
        "Enter email for match-day updates", "Become a club member for £{n} a year",
        "Live scores on your lock screen: get the app",
        "Pick your teams, we'll do the rest", "Fantasy tips in your inbox before every deadline",
        "Tick to confirm you are 18 or over", "Get ticket ballots and presale codes first",
        "{team} supporters' club bulletin: sign up", "Yes, I'm in",
        "Nearly there! Confirm your email to get the team sheet.",
        "Support the fanzine: subscribe to the print edition",
        "Go Gold for ad-free match threads", "New podcast every Monday on Spotify and Apple",
    )),
    Family("comment_prompt", ("after",), 2, (
        "New reply", "Quick reply", "Quote", "Thumbs up ({n})",
        "Match thread: {n} posts", "Rate the players out of 10",
        "Who was your man of the match?", "Was it a penalty? Vote now",
        "Page 1 of {n}   Next ›", "Ignore this user", "Report to moderator",
        "Guests cannot reply. Register or log in to join the forum.",
        "Banter welcome, abuse is not.", "Last post by {poster} « {clock}",
        "Users browsing this thread: {n} members, {n} guests", "▲ {n}  ▼ {n}",
        "Sort: Hottest", "Predict the score",
    )),
    Family("copyright", ("after",), 2, (
        "Match data supplied by {data}",
        "Fixtures © Football DataCo Ltd {year}. All rights reserved.",
        "Club crests are trademarks of their respective owners.",
        "{outlet} is an unofficial fan site and has no affiliation with {team}.",
        "Images © {agency} unless stated.",
        "{outlet} is operated by Grandstand Digital Ltd, licensed by the Gambling Commission "
        "(account no. {n}{n}{n}).",
        "Views expressed on the forum are those of individual members.",
        "Fantasy game prizes are subject to the game rules.",
        "Highlights available in the UK only.",
        "Powered by phpBB® Forum Software © phpBB Limited",
        "Live scores may be delayed.", "© 2004–{year} {outlet} · Fan-run, not for profit",
        "Match footage remains the property of the competition organisers.",
        "{outlet} Sports Media Ltd, {city}",
        "Affiliate links: we may earn commission if you sign up via our links.",
    )),
    Family("footer_links", ("after",), 1, (
        "Responsible gambling", "Fixtures API", "Fantasy rules", "Prize terms",
        "Forum rules · Moderators · Staff", "Club directory", "Ticketing help",
        "Self-exclusion (GAMSTOP)", "How we earn from links", "Become a sponsor",
        "Stadium guides", "Widgets for your site", "Mark forums read", "Message a moderator",
        "Odds comparison",
    )),
    Family("trending_block", ("after",), 2, (
        "Live scores\n{team} {score} {team} {minute}\n{team} {score} {team} {minute}\n"
        "{team} {score} {team} {minute}",
        "Next fixtures\n{weekday} {day} {month}\n{team} v {team} {clock}\n{team} v {team} {clock}",
        "Title race & relegation watch\n{headline}\n{headline}\n{other_title}",
        "Transfer centre\n{clock} {headline}\n{clock} {headline}\n{clock} {headline}",
        "Hot on the forum\n{headline} ({n} replies)\n{headline} ({n} replies)",
        "More {team} news\n{headline}\n{headline}\n{other_title_case}",
        "Goals of the weekend\n{headline}\n{headline}",
        "From the stands\n{headline}\n{other_title}\n{headline}",
        "Rumour round-up\n• {headline}\n• {headline}\n• {headline}",
        "Pundits' picks\n{headline}\n{other_title_case}",
        "BIG MATCH BUZZ\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "New on the message board\n{headline} - {poster}\n{headline} - {poster}\n"
        "{headline} - {poster}",
        "Non-league round-up\n{headline}\n{headline}\n{headline}",
        "Busiest threads\n1) {headline} ({n} posts)\n2) {headline} ({n} posts)\n"
        "3) {other_title} ({n} posts)",
        "Fans also clicked\n{other_title_case}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} hasn't missed a {team} away game since {year}.",
        "{name} has held a season ticket at {venue} since {year}.",
        "{name} edits the {team} fanzine and hosts its weekly podcast.",
        "{name} is a former academy player who now writes about {beat}.",
        "Tipster {name}: +{n}.5pts profit this season",
        "Follow {name} for live updates on match days: @{handle}",
        "Listen to {name} every {weekday} on the Full-Time Whistle podcast.",
        "{name} is our fantasy football expert and a veteran of {n} seasons.",
        "Moderator\n{name}\nPosts: {n},{n}12 · Joined {month} {year}",
        "Our man at {venue}: {name}",
        "{name} covers {beat} and {competition} for {outlet}.",
        "{name} is a qualified UEFA B coach and our tactics analyst.",
        "Ask {name} a question for the Friday mailbag",
        "Pundit profile\n{name}\n{n} caps · {beat} analyst",
        "{name} has travelled to {n} away grounds this season and blogs about every one.",
    )),
)
FRESH_N_HEADLINES = (
    "{Subject} {verb} {object}",
    "{team} v {team}: team news, kick-off time and how to watch",
    "{Subject} {verb} {object} {tail}",
    "Player ratings as {team} edge past {team}",
    "{team} dealt injury blow before {month} run-in",
    "Walkout planned as {group} revolt over {topic}",
    "Talking points from {topic}",
    "{team} join race for {object}",
)
FRESH_N_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Supporters' trust", "Darts federation", "Snooker tour", "Racecourse",
                "Cricket board", "Speedway promoter", "Greyhound stadium", "Ultras group",
                "Esports team", "Boxing board", "Women's super league side",
                "Fantasy league commissioner"),
    "verb": ("snubs", "confirms", "circles", "clinches", "axes", "rubber-stamps", "shelves",
             "hijacks"),
    "object": ("a record shirt deal", "a safe-standing trial", "a new kit supplier",
               "a teenage winger", "a free agent goalkeeper", "Friday-night kick-offs",
               "a season ticket price freeze", "plans for a 40,000-seat ground"),
    "tail": ("before deadline day", "after fan backlash", "despite relegation fears",
             "on eve of derby", "as takeover drags on"),
    "topic": ("the VAR shambles", "the ticket price hike", "the penalty row",
              "the late kick-off switch", "the stadium move", "the new away kit",
              "the takeover saga", "the derby draw"),
    "group": ("away fans", "season-ticket holders", "ultras", "fantasy managers", "punters",
              "groundhoppers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Touchline Talk", "The Away End", "Final Whistle Daily", "Stoppage Time Online",
               "The Dugout Post", "Sixth Tier Scene"),
    "first": ("Gareth", "Nkechi", "Mateus", "Shauna", "Bilal", "Freya", "Dario", "Kirsty",
              "Tunde", "Lewis"),
    "last": ("Hargreaves", "Adeyemi", "Ferreira", "Lennon", "Chowdhury", "Rasmussen",
             "Costa", "Galloway", "Bamford", "McTeer"),
    "beat": ("football", "cricket", "rugby league", "motorsport", "transfers",
             "the women's game", "betting"),
    "city": ("Sunderland", "Porto", "Rosario", "Dortmund", "Hamilton", "Kolkata"),
    "section": ("Football", "Cricket", "Rugby Union", "Formula 1", "Darts", "Fantasy"),
    "SECTION": ("FOOTBALL", "CRICKET", "RUGBY UNION", "FORMULA 1", "DARTS", "FANTASY"),
    "clock": ("12:30", "15:00", "17:30", "19:45", "20:00", "14:05"),
    "team": ("Ashburn Rovers", "Kelmscott United", "Port Adair", "Redcastle Athletic",
             "Millbrook Town", "Stanmoor City", "Carrick Wanderers", "Dunmere Celtic"),
    "venue": ("Rovers Park", "the Kelmscott Stadium", "Adair Road", "the Foundry Ground",
              "Millbrook Lane"),
    "competition": ("Premier Division", "League One", "Super League", "County Championship",
                    "Conference North", "Women's Championship"),
    "season": ("2023/24", "2024/25", "2025/26"),
    "score": ("1-0", "2-1", "0-0", "3-2", "1-1", "2-2", "4-1", "0-3"),
    "minute": ("12'", "45+2'", "67'", "HT", "FT", "88'", "90+4'"),
    "odds": ("5/2", "11/10", "Evs", "13/8", "9/4", "3/1", "6/5"),
    "bookmaker": ("BetHarbour", "Kickoff Bet", "Grandstand Bet", "Oddsfair"),
    "sponsor": ("Voltra Energy", "Northway Tyres", "Pitchside Cola", "Kestle Kit Co."),
    "broadcaster": ("Pitch+", "SportStream", "Touchline TV"),
    "agency": ("Sportsfile", "Action Images", "PA Images", "Offside"),
    "data": ("Opta", "Sportradar", "Stats Perform"),
    "poster": ("TrueBlue_88", "ShedEndSteve", "LeftBackLegend", "Row_Z_Ronnie", "PieMan1987",
               "AdairAway", "StanmoorSue"),
}

# fresh-o: written by an author who never saw the cleaning rules, as training data for the
# furniture model: the furniture of English-language editions of outlets from Asia, Europe, the
# Middle East and Latin America and of public broadcasters (language switchers, e-paper, app
# banners, RSS, WhatsApp and Telegram channels, public-service notices), in its own wordings.
FRESH_O_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "English", "العربية | English | Français", "Español  Português  English",
        "Language: English ▾", "Choose your language", "Türkçe | English | Deutsch",
        "Replica · {weekday} {day} {month}", "Live TV  Radio  Podcasts  ePaper",
        "Home  {section}  Region  World  Sport  Lifestyle  Multimedia",
        "You are reading the English edition", "Prayer times",
        "Gold rates  Forex  Weather  Prayer Times", "Breaking  {SECTION}  Videos  Photos",
        "{outlet} English › {section}", "{outlet} Radio — live stream", "Regions ▾",
        "A-  A  A+", "High contrast", "Install the app for a better experience", "☰",
    )),
    Family("page_meta", ("before",), 2, (
        "Published: {day} {month} {year} {clock} GST", "Updated {clock} CET",
        "{outlet} Web Desk", "By {outlet} Correspondent, {city}",
        "This article is also available in Spanish",
        "Translated from the original Portuguese by {name}", "Agencies | {city}",
        "Date Posted: {month} {day}, {year} | Last Modified {clock} ICT",
        "AI-generated audio, checked by our editors", "👁 {n}{n}{n}", "Staff Reporter",
        "{name} | {city} bureau", "Additional reporting by AFP, Reuters",
        "Hijri date: {day} Rabi al-Awwal 1447", "{SECTION} | {outlet}",
        "Printed on page {n}", "(File photo)",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Telegram  WhatsApp  Facebook  X", "Weibo · WeChat · QQ", "LINE",
        "LINE  KakaoTalk  Copy link", "Compartir", "مشاركة", "Compartir en WhatsApp",
        "Scan the QR code to read on your phone", "Viber", "Get short URL", "↗ {n}",
        "Clip to my ePaper", "Follow {outlet} on Google News", "PDF",
        "Telegram · Email", "Add {outlet} to your home screen",
        "Share with your WhatsApp contacts",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{headline} (in Spanish)", "{SECTION}: {headline}", "{headline} | {clock} GST",
        "{headline} (Updated)", "{headline} — podcast, episode {n}", "{headline}",
        "ONLY ON OUR PAGES: {headline}", "{headline} ▶ {n}:{n}", "{other_title} — photo essay",
        "{headline} / {outlet} Radio",
    )),
    Family("advertisement", ("inside",), 3, (
        "إعلان", "Publicidade", "広告", "Scroll to continue with content",
        "Sponsored: {outlet} Property Expo {year}", "Read without ads in our app",
        "This content was produced by our commercial team", "Consumer Connect Initiative",
        "Ads by Google",
        "Disclaimer: This is a sponsored article. {outlet} takes no editorial responsibility "
        "for its content.",
        "Public service announcement", "A message from the Ministry of Health",
        "Paid for by the {city} Tourism Authority", "18+ | Gamble responsibly",
        "Flights to {city} from AED {n}9 — book now", "Mortgage rates from {n}.{n}% p.a.",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Read in Arabic: {headline}", "En español: {headline}", "Suggested: {other_title}",
        "Tonight at {clock} on {outlet} TV: {headline}",
        "Follow live coverage on our Telegram channel: {headline}",
        "Travel advisory: {headline}", "Letter from {city}: {headline}",
        "Close-up: {headline}", "Through the lens: {headline}", "Weather alert: {headline}",
        "From a partner publication: {headline}", "From the print edition: {headline}",
        "Ground report: {headline}", "Infographic: {headline}",
        "Sign language version: {headline}", "Easy-to-read version: {headline}",
        "Translated: {other_title_case}",
    )),
    Family("newsletter", ("after",), 2, (
        "To receive news on WhatsApp, send START to +9{n} {n}{n}{n} {n}{n}{n}",
        "Subscribe to our Telegram channel: t.me/{handle}news", "{section} via RSS",
        "Get the ePaper delivered to your inbox at 6am",
        "Digital + ePaper: ₹{n}9/month", "Enable push notifications", "Not now", "Block  Allow",
        "The {outlet} morning brief, in English, Arabic and French", "E-mail *",
        "I have read and accept the privacy policy",
        "Almost done: tap the link in our e-mail to activate your subscription.",
        "Available on App Store, Google Play and AppGallery",
        "Weekly Asia digest, every {weekday}",
        "Listen to our podcasts on Spotify, Apple Podcasts and Anghami",
        "Follow {outlet} on WhatsApp, Telegram and Viber",
        "SMS alerts: text NEWS to {n}{n}{n}{n}",
        "US${n}.99 for the first year",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Netiquette", "Comments in English only, please.", "Your comment (max. {n}00 characters)",
        "{n}00 characters left", "Nickname", "Log in with Facebook | Google | Apple",
        "Top-voted replies", "Readers' comments do not represent the views of {outlet}.",
        "Reactions: 👍 {n}  ❤ {n}  😮 {n}", "How do you feel about this story?",
        "Happy  Sad  Angry  Surprised", "Letters to the editor: editor@example.org",
        "Your rating: ★★★★☆", "{n} opinions", "Publish",
        "Share your view on our Facebook page",
        "You need an account to comment. Registration is free.",
        "Spotted a mistake? Tell our readers' editor",
    )),
    Family("copyright", ("after",), 2, (
        "{outlet} is a registered publication under the Press and Publications Law No. {n} "
        "of {year}.",
        "Licensed by the Media Regulatory Office", "Press registration no. {n}{n}{n}/{year}",
        "RNI No. {n}{n}{n}{n}{n}/{year}", "Editor-in-chief: {name}",
        "{outlet} is a public service broadcaster funded by the licence fee.",
        "{outlet} is funded by the state budget and is editorially independent.",
        "Todos los derechos reservados", "جميع الحقوق محفوظة © {year}",
        "Best viewed in Chrome, Firefox or Safari at 1280×800",
        "Designed and developed by {outlet} Digital", "All times shown are GST (UTC+4)",
        "Market data delayed by {n} minutes.", "A {outlet} Media Network company",
        "Member of the Asia News Network",
        "{outlet} is a member of the European Broadcasting Union (EBU).",
        "© 1998–{year} {outlet}",
    )),
    Family("footer_links", ("after",), 1, (
        "Impressum", "Data protection", "Imprint & legal", "RSS · Telegram · WhatsApp · Viber",
        "Receive us on shortwave", "Our other languages: Deutsch | Español | 中文 | العربية",
        "Rate card", "ePaper subscriptions", "Tenders", "Right to information",
        "Board of Governors", "Annual report {year}", "Press Council code", "Disclaimer",
        "Newsroom hotline: +971 4 {n}{n}{n} {n}{n}{n}{n}", "Group websites",
        "Sister publications: {outlet} Arabic · {outlet} Weekend",
    )),
    Family("trending_block", ("after",), 2, (
        "Access ranking\n1 · {headline}\n2 · {headline}\n3 · {other_title}",
        "Region roundup\n{headline}\n{headline}\n{headline}",
        "From our Arabic edition\n{headline}\n{headline}",
        "On the front page today\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Now on {outlet} TV\n{clock} {headline}\n{clock} {headline}",
        "{section} briefs\n• {headline}\n• {headline}\n• {other_title_case}",
        "Buzzing on social\n{headline}\n{other_title}\n{headline}",
        "Podcasts\n🎧 {headline}\n🎧 {headline}",
        "Photo galleries\n📷 {headline}\n📷 {headline}\n📷 {other_title_case}",
        "Across Asia News Network\n{headline}\n{headline}\n{headline}",
        "World in brief\n{clock} GMT  {headline}\n{clock} GMT  {headline}\n{clock} GMT  {headline}",
        "Week in review\n{weekday}: {headline}\n{weekday}: {headline}\n{weekday}: {headline}",
        "News in Easy English\n{headline}\n{headline}",
        "Video highlights\n{headline} · {n}:{n}\n{headline} · {n}:{n}",
        "Columnists\n{headline}\n{other_title_case}\n{headline}",
        "#Trending\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} heads the {city} bureau of {outlet}.",
        "{name} is a Senior Assistant Editor with {outlet} English, writing on {beat}.",
        "{name} is a journalist with the English service of {outlet}, which broadcasts in {n} "
        "languages.",
        "Views expressed are the author's own.",
        "The writer is a former ambassador and comments on {beat}.",
        "The writer is a senior fellow at a think tank in {city}.",
        "English version prepared by {name}",
        "{name} | Telegram: @{handle}", "✉ {handle}@example.com.br",
        "{name}\nCorrespondent, {city}\n{n} articles",
        "Previously with {outlet} in {city}, {name} now writes on {beat}.",
        "{name} reported this story from {city} with support from a journalism fellowship.",
        "{name} has reported from {n} countries across the region.",
        "{name} speaks Arabic, French and English.", "{name}'s archive",
        "{name} was a {year} fellow at the Reuters Institute in Oxford.",
        "Anchor, {outlet} News at Nine: {name}",
    )),
)
FRESH_O_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Group} queue for hours as {topic} begins",
    "{Subject} {verb} {object} {tail}",
    "{n} per cent of {group} back {topic}, survey finds",
    "Ministry issues advisory on {topic}",
    "Parliament to take up {topic} on {weekday}",
    "From {month}, new rules on {topic} for {group}",
    "{Group} in {city} give a cautious welcome to {topic}",
)
FRESH_O_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Metro rail corporation", "State-run carrier", "Sovereign wealth fund",
                "Cricket control council",
                "Pilgrimage authority", "Tourism ministry", "Stock exchange",
                "Free zone authority", "National oil company", "Football federation",
                "Customs department", "Municipal corporation", "Public broadcaster",
                "Desalination company"),
    "verb": ("inks", "rolls out", "defers", "clears", "tables", "suspends", "ratifies",
             "floats"),
    "object": ("tender for driverless trains", "fare hike on the airport link",
               "memorandum with Gulf investors", "visa-on-arrival scheme for tourists",
               "subsidy for electric rickshaws", "bond issue in local currency",
               "curbs on sand mining", "licence for a second mobile operator"),
    "tail": ("ahead of Ramadan", "after cabinet nod", "amid rupee slide",
             "before the monsoon", "as the peso weakens", "on eve of summit"),
    "topic": ("the new residency visa", "odd-even car rationing", "the fuel subsidy cut",
              "the haze action plan", "the pension reform", "the Golden Week rail timetable",
              "the metro fare revision", "the digital ID rollout"),
    "group": ("expatriates", "delivery riders", "pilgrims", "migrant workers",
              "first-time voters", "tuk-tuk drivers", "exporters"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Levant Ledger", "Mekong Morning Star", "Andes Herald English",
               "Baltic Public Broadcasting", "Radio Cordillera International",
               "Gulf Evening Compass"),
    "first": ("Farah", "Joaquin", "Oskar", "Reem", "Hiroshi", "Valentina", "Kemal",
              "Ananya", "Duarte", "Linh"),
    "last": ("Al-Mansouri", "Restrepo", "Virtanen", "Ozturk", "Quispe", "Nair", "Ferraz",
             "Pham"),
    "beat": ("Gulf energy", "migration", "the Belt and Road", "Mercosur trade",
             "monsoon and climate", "EU affairs"),
    "city": ("Doha", "Montevideo", "Hanoi", "Tallinn", "Kochi", "Izmir"),
    "section": ("Gulf", "Latin America", "Asia-Pacific", "Europe", "Middle East"),
    "SECTION": ("GULF", "LATIN AMERICA", "ASIA-PACIFIC", "EUROPE", "MIDDLE EAST"),
    "clock": ("05:35", "08:20", "11:50", "14:25", "17:40", "21:05"),
}

# fresh-p: written by an author who never saw the cleaning rules, as training data for the
# furniture model: the furniture of lifestyle, entertainment, celebrity and women's and men's
# magazines (shopping links and affiliate notes, quizzes, horoscopes, galleries, autoplay video,
# giveaways and "more you'll love" runs), in its own wordings.
FRESH_P_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Celebrity  Fashion  Beauty  Royals  TV  Horoscopes", "Shop", "Quizzes",
        "Style › Shopping › {section} Edit", "The Edit", "Get {n} issues for £5",
        "Red Carpet  Street Style  Runway  Get the Look",
        "Men's Grooming · Watches · Fitness · Sex & Relationships", "Gift Guides ▾",
        "ALL {SECTION}", "Search {outlet}", "Sign in  |  Join the Insider Club",
        "Wedding Planner  Baby Names  Recipes  Travel", "Cover Stars",
        "Beauty Awards {year}", "See all {section}", "Follow us  ♡  Instagram  TikTok  Pinterest",
        "Watch  Listen  Shop  Play", "Today's horoscope: {sign}",
    )),
    Family("page_meta", ("before",), 2, (
        "By {name} and {first} {last}", "Originally posted {month} {day}; refreshed for {year}",
        "Styled by {name}",
        "Photography: {first} {last} | Hair: {first} {last} | Make-up: {first} {last}",
        "Reviewed by our Beauty Director, {name}",
        "Expert-approved: consultant dermatologist Dr {first} {last}",
        "We independently review everything we recommend. When you buy through our links, we "
        "may earn a commission.",
        "All prices were accurate at the time of writing.", "{n} photos", "Slide 1 of {n}",
        "Cover story", "As seen in the {month} issue", "Tested by {name}",
        "Interview by {name}. Photographs by {first} {last}.",
        "This article was created in collaboration with {brand}",
        "Content warning: this article discusses eating disorders", "{n}k views",
        "By {name}, Senior Fashion Editor", "Rating: 4.5 out of 5 stars",
        "Contains spoilers for the season {n} finale",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Pin", "Save to Pinterest", "♡ Save", "Share to your Instagram story", "Share this look",
        "Share your result", "Share my horoscope", "Loved by {n}.{n}K readers",
        "Add to wishlist", "Email this gallery", "Facebook  Pinterest  Flipboard  Email",
        "Pinterest | Facebook | Tumblr", "Text it to your bestie", "Share on TikTok",
        "Add to mood board", "Heart it", "Send the quiz to your friends",
        "Share gallery ({n} images)",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}", "{headline}",
        "{headline} [QUIZ]", "{headline} | Shop now", "{headline} (see the photos)",
        "{headline} — and we're obsessed", "{headline} ✨", "{headline} | Exclusive interview",
        "{headline} - see all {n} looks", "{headline} #ad",
        "{headline} — read the full interview", "PICTURED: {other_title_case}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Shop the products in this story", "Shop the edit", "{product}, {price}, {retailer}",
        "BUY NOW", "{price} at {retailer}", "Was {price}, now {price}", "Shop now →",
        "Use code GLOW{n} for {n}% off", "Brand content: {brand}", "Your video will begin in {n}s",
        "From our affiliate partners", "Free delivery on orders over {price}",
        "Editor's favourite: {product}", "Prices may vary.",
        "Available at {retailer}, {retailer} and {retailer}", "{brand} x {outlet}",
        "Tap to unmute", "Sale: up to {n}% off", "Shopping",
    )),
    Family("labelled_link", ("inside",), 3, (
        "More you'll love: {headline}", "Take the quiz: {headline}",
        "Shop the trend: {headline}", "Get the look: {headline}", "Beauty buzz: {headline}",
        "Celeb style: {other_title_case}", "Your horoscope: {headline}",
        "Tried and tested: {headline}", "Royal watch: {headline}",
        "Red carpet recap: {headline}", "Love life: {headline}", "Wellness check: {headline}",
        "In conversation: {headline}", "Watch the trailer: {headline}",
        "Reader favourite ♥ {headline}", "Style notes: {headline}",
        "Everything we know: {other_title}", "Mood board: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the {outlet} Beauty Edit in your inbox every Thursday",
        "Sign up for your daily horoscope", "What's your star sign?", "Choose your sign ▾",
        "Your birthday (DD/MM)", "First name",
        "Subscribe to {outlet} magazine: {n} issues for {price}",
        "Plus a free gift worth {price}", "Join the Insider Club for early access to sales",
        "Yes please!", "No thanks, I hate free stuff",
        "Be the first to know about drops, giveaways and exclusive offers.",
        "Win a {product}! Enter our giveaway", "Never miss a royal story again",
        "The gossip, straight to your inbox — every weekday at {clock}",
        "By signing up you agree to our Terms and Privacy Notice. You may opt out at any time.",
        "Follow {outlet} on Instagram for daily outfit inspo",
        "Read every issue on your phone: get the {outlet} app",
        "Thanks! Look out for a welcome email from us 💌", "Email me style tips",
    )),
    Family("comment_prompt", ("after",), 2, (
        "What's your verdict? Hot or not?", "Who wore it best?", "Love it  Hate it",
        "Loved this? Leave us a ♥", "Rate this recipe", "★★★★★ ({n} reviews)", "Write a review",
        "Would you try it? Let us know below 👇", "{n}% of readers said yes", "See results",
        "Send your dilemma to our agony aunt", "Join the chat in our private Facebook group",
        "Most helpful reviews first", "Add a photo to your review", "Retake the quiz",
        "Your vote is anonymous", "Team {first} or Team {last}? Cast your vote",
    )),
    Family("copyright", ("after",), 2, (
        "© {year} {publisher}. {outlet} is part of {publisher}.",
        "As an affiliate partner, {outlet} earns from qualifying purchases.",
        "Horoscopes are for entertainment purposes only.",
        "The information on this site is not a substitute for professional medical advice.",
        "{outlet}® is used under licence from {publisher}.",
        "Images: Getty, Instagram/@{handle}", "Product images courtesy of the brands.",
        "Published under licence by {publisher}, {city}",
        "Prices and availability are subject to change.",
        "All products featured are independently selected by our editors.",
        "© {year} {publisher} Inc. · {outlet}™",
        "Competitions: UK residents 18+ only. See full T&Cs.",
        "Some celebrity quotes have been edited for length and clarity.",
        "This site uses cookies for personalised ads and analytics. OK, got it",
        "{outlet} may receive free samples for review.",
        "Readers' letters may be edited before publication.",
    )),
    Family("footer_links", ("after",), 1, (
        "Giveaways", "How we test products", "Commerce & affiliate policy",
        "{outlet} International editions: UK | US | Australia | India",
        "Work with our brand studio", "Casting calls", "Contributors", "Sustainability pledge",
        "Magazine subscription T&Cs", "Gift a subscription", "Student discount",
        "{publisher} jobs board",
        "Part of the {publisher} family", "Subscribe to the magazine", "Competition T&Cs",
        "Beauty Awards winners", "Press enquiries",
    )),
    Family("trending_block", ("after",), 2, (
        "You'll also love\n{headline}\n{headline}\n{headline}",
        "Everyone's talking about 🔥\n{headline}\n{headline}\n{other_title}",
        "Celeb gossip\n{headline}\n{headline}",
        "Today's horoscopes\n♈ Aries\n♉ Taurus\n♊ Gemini\nSee all signs",
        "Shop our favourites\n{product}, {price}\n{product}, {price}\n{product}, {price}",
        "Take a quiz\n{quiz}\n{quiz}",
        "Can't-miss celeb moments\n1 {headline}\n2 {headline}\n3 {other_title_case}",
        "Galleries\n{headline} ({n} photos)\n{headline} ({n} photos)",
        "More videos to binge\n▷ {headline} · {duration}\n▷ {headline} · {duration}",
        "The best of the week\n{headline}\n{headline}\n{headline}",
        "Red carpet\n{HEADLINE}\n{headline}\n{headline}",
        "Our editors are loving\n★ {headline}\n★ {other_title}\n★ {headline}",
        "Also by {name}\n{headline}\n{headline}",
        "Promoted stories\n{headline}\n{brand}\n{headline}\n{brand}",
        "Deals we love\n{product} — now {price}\n{product} — {n}% off",
        "ICYMI: celebrity edition\n{headline}\n{other_title}",
        "Relationship advice\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is {outlet}'s Beauty Director and has tested over {n}00 mascaras.",
        "{name} is a fashion writer and stylist based in {city}.",
        "{name} covers {beat}, royals and reality TV for {outlet}.",
        "When she's not writing about {beat}, {name} can be found hunting for vintage in {city}.",
        "{name} is our resident astrologer and a proud {sign}.",
        "Follow her on Instagram @{handle}",
        "{name}\nContributing Editor\n{name} writes about {beat}, wellness and dating.",
        "Shop {name}'s edit",
        "{name} is a certified personal trainer and writes our fitness column.",
        "{name}'s debut novel is out in {month}.",
        "{name} has interviewed everyone from pop stars to prime ministers.",
        "{name} is the {outlet} men's style editor; before that he worked at a tailoring house in "
        "{city}.",
        "{n} articles · @{handle}",
        "Agony aunt {name} answers your questions every {weekday}.",
        "{name} is a registered nutritionist (RNutr) and writes about {beat}.",
        "Stylist and writer {name}",
        "{name} loves a bargain and tests every product she recommends.",
    )),
)
FRESH_P_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "{n} {things} we're obsessed with this {season}",
    "Why {group} are suddenly hooked on {topic}",
    "The {topic} trend that's taking over TikTok",
    "Is {topic} the secret to better sleep?",
    "{Group} swear by {topic}, so we put it to the test",
    "Everything we know about {topic} so far",
)
FRESH_P_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Pop star Calla Voss", "Reality TV couple", "Bake-off finalist",
                "Supermodel Ines Darrow", "Royal stylist", "Talk show host Jonah Reyes",
                "Soap star Marnie Kell", "Boy band Velvet Hours", "Skincare brand Dewlab",
                "Oscar nominee Priya Hale", "Influencer Sienna Brooke", "Country singer Wade Lowry",
                "Fashion house Maison Orelle", "Drag star Penny Royale"),
    "verb": ("debuts", "shows off", "teases", "swaps", "confirms", "splurges on", "channels",
             "ditches", "reveals", "hints at"),
    "object": ("a dramatic new bob", "her secret engagement ring", "a sheer naked dress",
               "his first fragrance", "a surprise wedding in Capri", "a dreamy cottage makeover",
               "the ultimate capsule wardrobe", "a rare family photo", "a butter-yellow gown",
               "plans for a reunion tour", "a budget drugstore lipstick"),
    "tail": ("at the film festival premiere", "and fans are losing it", "on the red carpet",
             "in a candid Instagram post", "ahead of awards season", "and it's a whole mood"),
    "topic": ("glass skin", "quiet luxury", "the clean girl aesthetic", "retinol",
              "cold plunges", "capsule wardrobes", "slugging", "sleep tourism", "ballet flats",
              "mocktails", "astrology apps", "the 12-3-30 workout"),
    "group": ("young shoppers", "new mums", "dermatologists", "stylists", "new dads",
              "brides-to-be", "wellness fans", "beauty editors"),
    "things": ("summer dresses", "white trainers", "serums", "linen shirts", "date-night looks",
               "beach bags", "lip oils"),
    "season": ("spring", "summer", "autumn", "party season", "wedding season"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Velvet & Vine", "Glossmark", "The Sunday Muse", "Pearl + Pine",
               "Dapper Quarterly", "Heartline Weekly"),
    "publisher": ("Larkspur Media Group", "Hollis & Reed Publishing", "Brightlane Magazines"),
    "brand": ("Luma Beauty", "Norden Knitwear", "Solace Sleep", "Petalwork",
              "Crestline Watches"),
    "retailer": ("Marlowe & Finch", "Petal Street", "Haute Locker", "Cartwheel Home",
                 "Glossbox"),
    "product": ("Silk scrunchie set", "Vitamin C serum", "Linen midi dress", "Cashmere beanie",
                "Heated eyelash curler", "Mini facial roller", "Leather weekender bag",
                "Scented candle trio"),
    "price": ("£12", "£24.99", "$38", "£89", "$140", "£7.50", "$19.95"),
    "sign": ("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio",
             "Sagittarius", "Capricorn", "Aquarius", "Pisces"),
    "quiz": ("Which 90s heartthrob is your soulmate?",
             "Can we guess your age from your brunch order?", "Which era of pop diva are you?",
             "Build a capsule wardrobe and we'll reveal your aesthetic",
             "Pick a paint colour and we'll tell you your love language"),
    "first": ("Sienna", "Marcus", "Chloe", "Rafe", "Imogen", "Dev", "Tallulah", "Jude",
              "Ottilie", "Kai"),
    "last": ("Ashcombe", "Delgado", "Fairweather", "Mbatha", "Sinclair-Hart", "Yoon",
             "Pemberton", "Laurent"),
    "beat": ("beauty", "celebrity news", "fashion", "dating and relationships", "wellness",
             "royals", "men's grooming", "interiors"),
    "city": ("Milan", "Los Angeles", "Copenhagen", "Manchester", "Seoul", "Melbourne"),
    "section": ("Beauty", "Celebrity", "Fashion", "Wellness", "Love & Sex", "Home"),
    "SECTION": ("BEAUTY", "CELEBRITY", "FASHION", "WELLNESS", "LOVE & SEX", "HOME"),
    "clock": ("7:00 AM", "9:41 AM", "12:30 PM", "3:15 PM", "6:05 PM", "8:45 PM"),
    "duration": ("0:42", "1:15", "2:08", "3:30", "5:47"),
}

# fresh-q: written by an author who never saw the cleaning rules, as training data for the
# furniture model: the furniture of press-release distribution services, government and NGO
# newsrooms and corporate investor-relations news pages (release headers and datelines, media
# contacts, "About the company" boilerplate, forward-looking statements and other disclaimers,
# release alerts and RSS, donation appeals, page feedback and accessibility links); new keys: an
# issuing company, a phone number, a web domain, a ticker, a role, a reporting quarter, an
# industry and a clock time.
FRESH_Q_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Newsroom", "News releases & statements", "Media Room", "Investors ▾",
        "Home › Newsroom › {section} › {year}",
        "An official website of the United States government\nHere's how you know",
        "Filter releases: All topics | All regions | {year}",
        "Search news releases by keyword, company or ticker",
        "Investor Relations  Stock Info  SEC Filings  Governance  Events",
        "About  Our work  Get involved  Newsroom  Donate", "Select Language ▼",
        "Distribute a release | Pricing | Log in", "Information for journalists",
        "Browse by industry: Energy · Health · Technology · Finance · {section}",
        "NEWS & MEDIA", "Español | 中文 | Tiếng Việt | 한국어",
        "Media resources ▸ Press kits ▸ Image library", "Government Newsroom › {section}",
    )),
    Family("page_meta", ("before",), 2, (
        "FOR IMMEDIATE RELEASE", "Embargoed until {clock} ET, {weekday} {month} {day}, {year}",
        "News provided by\n{company}\n{month} {day}, {year}, {clock} ET",
        "{city}, {month} {day}, {year} /{outlet}/ --", "Media release · {day} {month} {year}",
        "Release No. {year}-{n}{n}", "Press statement | {section}",
        "From:\n{company}\nPublished\n{day} {month} {year}",
        "Content current as of:\n{month} {day}, {year}", "Contact: {name}, {phone}",
        "Topics: {industry}, Corporate news, Financing agreements", "Ticker symbol: {ticker}",
        "{n} attachments · {n} images", "RNS Number : {n}{n}Q",
        "Issued on behalf of {company}", "Joint news release",
        "CORRECTION -- replaces release issued {month} {day} at {clock} ET",
        "Regulatory announcement", "Distribution: national wire, trade press",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Add to briefcase", "Print", "Share via: LinkedIn | X | Facebook | Email",
        "Download high-resolution images (ZIP, {n} MB)",
        "Multimedia gallery ({n} images, {n} videos)", "PDF ({n}00 KB)", "Permalink",
        "Request a high-res logo", "Logo (JPG, {n}00 KB) | Headshot (PNG, {n} MB)",
        "Read this release in: Deutsch · Français · 日本語",
        "Add webcast to Outlook / Google Calendar", "Send to newsdesk", "Download all assets",
        "How to cite this release", "Save to My Newsroom",
        "View and download photos (Dropbox)", "B-roll available for broadcast use",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{month} {day}, {year}\n{headline}", "{headline}\nNews release · {day} {month} {year}",
        "{headline} (PDF)", "{headline} [Media advisory]", "{headline} – {city}",
        "{other_title_case} — {company}", "{headline} (embargoed)", "{ticker} — {headline}",
        "{headline}: Minister's statement", "{headline} (opens in a new tab)",
        "{headline} | {industry}", "{headline} · Archived webcast", "{HEADLINE} – NEWS RELEASE",
        "{headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Distribute your news to {n},000 newsrooms. Start a release", "PAID RELEASE",
        "This is a paid press release. Contact the distributor directly with any inquiries.",
        "Donate now", "Your gift of ${n} can provide clean water for a family for a month.",
        "Give monthly and double your impact",
        "Emergency appeal: every donation matched until {weekday} midnight",
        "Promoted release · {company}", "Featured partner: {company}",
        "Plans from ${n}9 per release", "Need to reach journalists? Send a release today",
        "Boost this release: premium placement from ${n}9",
        "Media monitoring and analytics from {company} — free demo",
        "Please consider supporting our work",
        "Help us respond: give to the {city} emergency fund",
        "Gift Aid it: add 25% at no cost to you", "Targeted distribution to {n} industry lists",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Related release: {headline}", "Fact sheet: {headline}", "Media advisory: {headline}",
        "Readout: {headline}", "Joint statement: {headline}", "Speech: {headline}",
        "Transcript: {headline}", "Briefing note: {headline}",
        "Previous announcement: {other_title_case}", "Full report (PDF): {headline}",
        "Webcast: {headline}", "Press kit: {headline}", "Statutory guidance: {headline}",
        "Consultation outcome: {headline}", "Policy paper: {headline}",
        "Investor presentation: {headline}", "Situation report: {headline}",
        "Donor update: {other_title}", "Photo call: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Subscribe to {company} news releases",
        "Receive email alerts: Press releases · SEC filings · Events · End-of-day stock quote",
        "Subscribe to this feed (RSS 2.0)", "Get emails about this page",
        "Sign up to receive our press releases by email",
        "Journalists: register to receive embargoed releases",
        "Frequency: Immediately | Daily digest | Weekly digest",
        "Choose topics: Health · Environment · Justice · Economy",
        "We'll use your email address only to send you the alerts you select.",
        "A confirmation link has been sent to your email address.",
        "To stop receiving alerts, use the link in any message.", "Organisation / Media outlet",
        "I am a: Journalist | Investor | Other", "Email updates powered by Civicmail",
        "Get our news in your feed reader",
        "Be the first to hear about our emergency responses", "Notify me of new SEC filings",
        "iCal feed of upcoming events", "RSS",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Is this page useful?\nYes  No", "Report a problem with this page",
        "Help us improve this website",
        "Don't include personal or financial information like your account number or card "
        "details.",
        "What were you doing?", "What went wrong?",
        "Questions about this release? Ask the investor relations team",
        "How satisfied are you with this page?",
        "Media enquiries only. For other questions use our contact form.",
        "Newsroom feedback survey ({n} questions)",
        "We aim to respond to media enquiries within one working day.",
        "Have you been affected? Contact our helpline.", "Send feedback",
        "Not a journalist? Contact our public enquiries line on 0300 {n}{n}{n} {n}{n}{n}{n}.",
        "Was anything missing from this page?", "Ask a question about this announcement",
        "Thank you, your feedback has been sent.",
    )),
    Family("copyright", ("after",), 2, (
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the meaning of the "
        "Private Securities Litigation Reform Act of 1995.",
        "Actual results may differ materially from those indicated by such forward-looking "
        "statements.",
        "{company} assumes no obligation to update any forward-looking statement, except as "
        "required by law.",
        "About {company}\nThe company is a leading provider of {industry} solutions to "
        "customers in more than {n} countries. For more information, visit {domain}.",
        "View original content to download multimedia: https://{domain}/news/{n}{n}{n}{n}",
        "Neither the TSX Venture Exchange nor its Regulation Services Provider accepts "
        "responsibility for the adequacy or accuracy of this release.",
        "This announcement contains inside information for the purposes of Article 7 of the UK "
        "Market Abuse Regulation.",
        "© Crown copyright",
        "All content is available under the Open Government Licence v3.0, except where "
        "otherwise stated",
        "{company} is a registered charity in England and Wales (no. {n}{n}{n}{n}{n}{n}).",
        "{company} is a 501(c)(3) nonprofit organization; donations are tax-deductible to the "
        "extent allowed by law.",
        "The issuer is solely responsible for the content of this announcement.",
        "Non-GAAP Financial Measures", "Safe Harbor Statement", "###",
        "Information in this release is current as of the date of publication and may be "
        "subject to change without notice.",
        "This material is distributed by {outlet} on behalf of {company}.",
    )),
    Family("footer_links", ("after",), 1, (
        "FOIA", "No FEAR Act", "Vulnerability disclosure policy",
        "Report an accessibility problem", "Section 508 compliance", "Inspector General",
        "USA.gov", "Press kit", "Executive team", "Transfer agent", "Analyst coverage",
        "Fair disclosure policy", "Open data", "Welsh language scheme", "Safeguarding",
        "Annual review and accounts", "Brand assets", "Releases archive",
        "Legal · Privacy · Accessibility · Contact media relations", "Become a member issuer",
    )),
    Family("trending_block", ("after",), 2, (
        "Recent announcements\n{headline}\n{headline}\n{headline}",
        "More news from {company}\n{month} {day}, {year}\n{headline}\n{month} {day}, {year}\n"
        "{headline}",
        "Related press releases\n{headline}\n{other_title}\n{headline}",
        "Most viewed releases\n1 {headline}\n2 {headline}\n3 {other_title_case}",
        "Also from this department\n{headline}\n{headline}",
        "Upcoming events\n{weekday} {day} {month} · {headline}\n{weekday} {day} {month} · "
        "{headline}",
        "Recent SEC filings\n8-K  {month} {day}, {year}\n10-Q  {month} {day}, {year}\n"
        "DEF 14A  {month} {day}, {year}",
        "Statements and speeches\n{headline}\nSpeech · {day} {month} {year}\n{headline}\n"
        "Speech · {day} {month} {year}",
        "Other news in {industry}\n{headline}\n{headline}\n{headline}",
        "Featured releases\n• {headline}\n• {other_title_case}\n• {headline}",
        "Media advisories\n{HEADLINE}\n{HEADLINE}",
        "Our latest appeals\n{headline}\n{headline}",
        "Stock information\n{ticker}\n${n}.{n}\nVolume: {n}{n},{n}{n}{n}",
        "In this series\nPart 1: {headline}\nPart 2: {headline}\nPart 3: {other_title}",
        "Elsewhere in the newsroom\n{headline}\n{other_title}\n{headline}",
        "News by topic\n{section}\n{industry}\nFinancial results\nAwards and recognition",
    )),
    Family("author_bio", ("after",), 2, (
        "Media contact:\n{name}\n{phone}\n{handle}@{domain}",
        "Investor contact\n{name}, Vice President, Investor Relations\n{phone}",
        "For further information, please contact:\n{name}, {role}\n{company}",
        "Press office switchboard: {phone}", "Duty press officer (evenings and weekends): {phone}",
        "Journalists can call the newsroom on {phone}.",
        "{name} is head of {beat} at {company}.",
        "Contacts\nMedia: {name}, {handle}@{domain}\nInvestors: {first} {last}, {phone}",
        "{name} leads {beat} for the {city} office.", "Spokesperson: {name}",
        "Media enquiries\nEmail: press@{domain}\nTelephone: {phone}",
        "Interviews with {name} are available on request.",
        "{name} has led the foundation's {beat} team since {year}.",
        "Photo of {name} available for download.",
        "Agency contact: {first} {last}, Brightline Communications for {company}",
        "{name}\nCommunications Officer\n{city}",
        "Issued by the {beat} office of {outlet}", "Editors may contact {name} directly.",
    )),
)
FRESH_Q_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "{Subject} Reports {quarter} {year} Financial Results",
    "{Subject} appoints {first} {last} as {role}",
    "Minister announces £{n} million for {topic}",
    "{Group} urged to check eligibility for {topic}",
    "Statement on {topic}",
    "New figures show progress on {topic}",
)
FRESH_Q_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Veltaris Therapeutics", "Quorwell Energy Partners", "Stannary Water",
                "Brightfold Software", "Aldmoor Foundation", "Greenwater Relief International",
                "Department for Coastal Communities", "Ministry of Digital Services",
                "Port of Easterlee", "Ocelot Cold Chain", "Tamberly Bancorp",
                "Office of the Fire Marshal", "Marrowby Housing Trust", "Cindral Mining Corp."),
    "verb": ("completes", "breaks ground on", "enters agreement for", "finalises",
             "announces", "expands", "receives approval for", "celebrates"),
    "object": ("a new distribution hub near Columbus", "the acquisition of Pellmont Labs",
               "a $250 million credit facility", "community resilience grants",
               "its annual impact report", "a second desalination plant",
               "a partnership with regional hospitals", "a phase 3 trial of its lead candidate"),
    "tail": ("to accelerate growth", "following regulatory approval",
             "in partnership with local authorities", "ahead of schedule", "as demand rises"),
    "topic": ("the winter fuel support scheme", "coastal flood recovery",
              "the measles catch-up campaign", "the apprenticeship levy reform",
              "drought relief in the northern provinces", "cyber security for small firms",
              "the school meals pilot", "wildfire recovery", "the clean air zone"),
    "group": ("small businesses", "veterans", "care leavers", "sole traders", "tenant farmers",
              "community groups", "families on low incomes", "charities"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Cobalt Release Network", "Relaywire Newsroom", "Pressgate Distribution Services",
               "Halbrook Industries Investor Centre", "Aldmoor Foundation Media Room",
               "Kingsmere Borough Council Newsroom"),
    "first": ("Marisol", "Teodor", "Chioma", "Fionnuala", "Rajesh", "Ingeborg", "Kwabena",
              "Aurelie", "Zainab", "Leopold"),
    "last": ("Wainwright", "Esterhuizen", "Bhattacharya", "Lindahl", "Mwenda", "Carvalho",
             "Dunleavy", "Vukovic", "Ashdown", "Nakagawa"),
    "beat": ("media relations", "investor relations", "public affairs",
             "humanitarian communications", "corporate communications", "external affairs"),
    "city": ("Rotterdam", "Calgary", "Geneva", "Charlotte", "Canberra", "Edinburgh"),
    "section": ("News releases", "Media statements", "Financial news", "Speeches",
                "Announcements", "Corporate news"),
    "company": ("Halbrook Industries", "Veltaris Therapeutics Inc.", "Quorwell Energy",
                "Aldmoor Foundation", "Greenwater Relief International", "Stannary Water plc",
                "Brightfold Software, Inc.", "Ocelot Cold Chain Ltd"),
    "phone": ("+1 (312) 555-0148", "+44 20 7946 0321", "+41 22 555 01 77", "(604) 555-0192",
              "+61 2 5550 1234", "0131 496 0219"),
    "domain": ("halbrookindustries.com", "veltaris.com", "aldmoorfoundation.org",
               "greenwaterrelief.org", "stannarywater.co.uk", "brightfold.com"),
    "ticker": ("NYSE: HBK", "NASDAQ: VLTX", "TSX-V: CDM", "LSE: STNW", "NASDAQ: BFSW"),
    "role": ("Chief Financial Officer", "Chief Executive Officer", "Head of Communications",
             "Country Director", "Chair of the Board", "General Counsel",
             "Chief Operating Officer"),
    "quarter": ("First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter and Full Year",
                "Fiscal"),
    "industry": ("clean energy", "medical technology", "supply chain", "water infrastructure",
                 "cybersecurity", "specialty chemicals"),
    "clock": ("8:00 AM", "7:30 a.m.", "4:05 PM", "06:00", "16:30", "9:15 AM"),
}

# fresh-r: written by an author who designs pages for hyperlocal and nonprofit newsrooms and
# community news sites (donation and membership asks, Creative Commons republishing notices,
# events calendars, community notice boards, corrections policies, volunteer calls) and never saw
# the cleaning rules, as training data for the furniture model; new keys: a neighborhood, a
# partner newsroom, a funder, a local sponsor, a donation amount, a venue, an event, a public
# meeting, notice-board posts (lost, offered, wanted), a volunteer call, a series, a college and
# a tax ID.
FRESH_R_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Donate", "Support Local News ♥", "News  Events  Notice Board  Donate",
        "About · Our team · Funders · Jobs", "Browse by neighborhood",
        "{neighborhood} | {neighborhood} | {neighborhood} | Citywide",
        "Home › {section} › {neighborhood}", "En español", "Ask a reporter",
        "Public meetings this week", "Voter Guide {year}", "Look up past coverage",
        "Log in to manage your membership", "Events calendar · Add your event",
        "What's happening this weekend", "Translate ▾",
        "Community Voices  Civic Guide  Good News  Remembrances", "Join as a member",
    )),
    Family("page_meta", ("before",), 2, (
        "By {name}, {outlet} community reporter", "Co-published with {partner}",
        "This story was produced in partnership with {partner}.", "Reader-funded reporting",
        "Civic reporting · {neighborhood}",
        "This article has been corrected. See the note at the end.",
        "Photography: {name} / Community Photo Project", "Neighborhood: {neighborhood}",
        "OPINION | COMMUNITY VOICES", "Meeting coverage by {name}, {outlet} Documenter",
        "Summary for busy readers ↓", "{month} {day}, {year} · {clock}", "Leer en español",
        "Reporting from the meeting at {venue}", 'Part {n} of our series "{series}"',
        "Developing: this story will be updated as we learn more.",
        "Republished from {partner} under a Creative Commons license.",
        "Listen: a volunteer reads this story aloud ({n} min)",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Republish this story", "Republish", "Post to your neighborhood group",
        "Forward to someone on your block", "Print for the bulletin board",
        "Email · Text · Print a flyer", "Know someone who should read this? Pass it along.",
        "Text this story", "Passed along by {n} neighbors",
        "Add to Google Calendar · iCal · Outlook", "Nextdoor", "Post to the neighborhood listserv",
        "Email  Text  Facebook  Nextdoor  WhatsApp",
        "Share the Spanish version", "Send this story to your councilmember",
        "Copy the republishing code", "Shared {n} times in community groups", "Share event",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{headline} | Civic Guide", "{headline} (republished from {partner})",
        "CORRECTED: {headline}", "{headline} — también en español",
        "{headline} · Community Voices", "{headline} | {neighborhood}",
        "{headline} [meeting notes]", "{headline}, a {outlet} investigation",
        "{headline} (free to republish)", "{other_title_case} — our {year} coverage",
        "Good news: {headline}", "{headline}, part of our {series} series",
    )),
    Family("advertisement", ("inside",), 3, (
        "Underwriting support", "Support for {outlet} comes from {sponsor}.",
        "Our journalism is free to read. Help keep it that way: donate today.", "DONATE NOW",
        "Give {amount} a month and become a sustaining member",
        "Local business supporter: {sponsor}", "Thanks to our {year} sponsors",
        "Sponsors have no influence over our reporting.",
        "NewsMatch is on: every gift is doubled until Dec. 31",
        "{amount}   {amount}   {amount}   Other amount", "Community sponsor",
        "Want to sponsor our newsletter? Write to us.", "Story keeps going ↓",
        "Members make this reporting possible. Join them.",
        "Classified: Yard sale Saturday, 8 a.m. to noon. Furniture, toys, books.",
        "Paid community announcement", "We're {n}% of the way to our spring goal. Chip in?",
        "A gift of {amount} pays for one hour of meeting coverage.",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Shared by {partner}: {headline}", "Meeting notes: {headline}", "Civics 101: {headline}",
        "Community voices: {headline}", "Correction to an earlier story: {other_title_case}",
        "Our earlier reporting: {headline}", "What happens now: {headline}",
        "Upcoming forum: {headline}", "Neighborhood news: {headline}",
        "You asked, we reported: {headline}",
        "Know your rights: {headline}", "Public notice: {headline}",
        "Voter guide: {headline}", "How to get involved: {headline}",
        "From the Documenters: {headline}", "Resources: {headline}",
        "Letter to the editor: {other_title}", "The whole series → {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the {neighborhood} Notebook, our free weekly email, every {weekday}.",
        "Your first name",
        "Where should we send it? (email)", "We'll never share your address with anyone.",
        "Text HELLO to {n}{n}{n}-{n}{n}{n}{n} for neighborhood alerts by SMS",
        "The weekend events roundup lands Thursday mornings.",
        "Sign up for {outlet} en Español, our Spanish-language newsletter",
        "Subscribe to the meeting agenda digest", "You're in! Look for our welcome email.",
        "Also tell me about volunteer opportunities",
        "Prefer paper? Pick up a free copy at {venue}.",
        "Want the notice board in your inbox? It's free.", "Send me the daily",
        "How often? Daily · Weekly · Events only",
        "Free, local and ad-free: sign up in 10 seconds", "Newsletter preferences updated",
        "Get a text when your ward's meeting agenda is posted",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Got a question about this story? Ask our reporters.", "Tell us what you know",
        "Share your experience with {topic}",
        "Comments stay open for {n} days after a story is published.",
        "We read every comment and moderate for civility.",
        "Submit a letter to the editor (300 words or fewer)", "Name (will be published)",
        "Neighborhood (optional)", "Post it on the community board", "{n} neighbors responded",
        "Take our two-minute reader survey",
        "Join our listening session {weekday} at {clock}, {venue}", "Reply publicly",
        "Send privately to the reporter", "Post without your full name",
        "Keep it neighborly: no personal attacks, no home addresses, no ads.",
        "Did this story answer your question? Tell us what's missing.",
    )),
    Family("copyright", ("after",), 2, (
        "{outlet} is a nonprofit, nonpartisan newsroom. Donations are tax-deductible to the "
        "extent allowed by law.",
        "{outlet} is a 501(c)(3) organization. EIN {ein}",
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
        "International License.",
        "Republish for free: credit {outlet}, link back to us, and don't edit beyond style and "
        "length.",
        "Photos and illustrations are not covered by our Creative Commons license.",
        "{outlet} is a project of the {foundation}.",
        "Proud member of the Institute for Nonprofit News and LION Publishers",
        "Donors do not influence our editorial decisions. See the full list of our supporters.",
        "Read our gift acceptance policy", "© {year} {outlet} · CC BY-ND 4.0 unless noted",
        "Our Form 990 and audited financials are posted online.",
        "We fix errors promptly and say so at the end of the story.",
        "This series was funded in part by the {foundation}.",
        "Our newsroom staff are unionized with the NewsGuild.",
        "Community notices are posted by readers and are not verified by {outlet}.",
        "Event details can change; please check with organizers before you go.",
    )),
    Family("footer_links", ("after",), 1, (
        "Ways to give", "Donor privacy policy", "Our funders", "Financials & 990s",
        "Republishing guidelines", "How we handle corrections", "Ethics & independence",
        "Volunteer with us", "Submit an event", "Post a community notice",
        "Sponsorship & underwriting", "Trustees & advisors", "Our impact",
        "Give by check, stock or DAF", "Planned giving", "Language access",
        "Text the newsroom: {n}{n}{n}-{n}{n}{n}{n}",
    )),
    Family("trending_block", ("after",), 2, (
        "Community notice board\n{lost}\n{offer}\n{wanted}",
        "Upcoming events\n{weekday}, {month} {day}: {event} at {venue}\n"
        "{weekday}, {month} {day}: {event} at {venue}\nSee the full calendar",
        "This week in {neighborhood}\n{headline}\n{headline}\n{headline}",
        "The stories you read most in {month}\n1. {headline}\n2. {other_title}\n3. {headline}",
        "Recent corrections\n{month} {day}: {other_title_case}\n{month} {day}: {headline}",
        "Volunteer opportunities\n{volunteer}\n{volunteer}\nSign up to help",
        "Public meetings\n{weekday} {clock}: {meeting}\n{weekday} {clock}: {meeting}\n"
        "{weekday} {clock}: {meeting}",
        "Our partners are reporting\n{headline} ({partner})\n{headline} ({partner})",
        "Noticias en español\n{headline}\n{headline}",
        "Remembering our neighbors\n{first} {last}, of {neighborhood}\n"
        "{first} {last}, of {neighborhood}",
        "{series}: the series\nPart 1: {headline}\nPart 2: {headline}\nPart 3: {headline}",
        "Good news from around the neighborhood\n{headline}\n{headline}",
        "From our reader Q&A\n{headline}\n{other_title_case}\n{headline}",
        "Everything we've written on {topic}\n{headline}\n{other_title}\n{headline}",
        "FREE THIS WEEK\n{event}, {venue}\n{event}, {venue}\n{event}, {venue}",
        "New on the notice board\n{offer} · posted {n} hrs ago\n{lost} · posted {n} hrs ago",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is {outlet}'s {neighborhood} reporter, a position paid for by readers and the "
        "{foundation}.",
        "{name} is a {year} community reporting fellow at {outlet}.",
        "{name} has lived in {neighborhood} for {n} years and covers {beat} for {outlet}.",
        "{name} is a volunteer Documenter who takes notes at public meetings for {outlet}.",
        "{name} reports in English and Spanish.", "Have a story idea for {name}? Use our tip form.",
        "{name} spent {n} years at a daily paper before helping found {outlet}.",
        "{name} is the founding editor and executive director of {outlet}.",
        "Volunteer contributor\n{name}\nRetired teacher, {neighborhood}",
        "{name} is a student journalist at {college} and a summer intern at {outlet}.",
        "This story was edited by {name}.",
        "{name} (they/them) reports on {beat} and lives in {neighborhood}.",
        "{name} sits on our community advisory board.",
        "Support for {name}'s coverage of {beat} comes from the {foundation}.",
        "Meet the team\n{name}\nAudience and community editor",
        "{name} writes the Neighbor to Neighbor column every other {weekday}.",
        "{name} was a tenant organizer in {city} before turning to journalism.",
    )),
)
FRESH_R_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "What happened at {weekday}'s meeting on {topic}",
    "Where to find help with {topic} in {neighborhood}",
    "Readers' questions about {topic}, answered",
    "{Subject} marks {n} years in {neighborhood}",
    "Volunteers step in as {group} wait on {topic}",
    "A block-by-block look at {topic}",
)
FRESH_R_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Block club", "Community land trust", "Mutual aid network",
                "Parent-teacher association", "Historic preservation commission", "Food co-op",
                "Senior center", "Tool library", "Friends of the park", "Free clinic",
                "Neighborhood watch", "Arts collective", "Youth soccer league",
                "Interfaith coalition"),
    "verb": ("pitches", "votes down", "gathers signatures for", "scrambles to fund",
             "celebrates", "rallies behind", "hosts a forum on", "wins a grant for"),
    "object": ("a mural on the old bank wall", "free Saturday meals",
               "a plan to buy the vacant lot", "a crosswalk at the corner store",
               "longer evening hours", "a rent relief fund", "a new playground",
               "repairs to the community pool"),
    "tail": ("after neighbors speak out", "with help from volunteers", "on a shoestring budget",
             "before the holidays", "as donations dry up"),
    "topic": ("the lead pipe replacement", "the library branch closure", "the rezoning plan",
              "the property tax reassessment", "the bus route redesign",
              "the school boundary change", "the food pantry shortage",
              "the vacant storefronts on Main"),
    "group": ("longtime residents", "immigrant families", "block captains", "small landlords",
              "seniors on fixed incomes", "bus riders", "new arrivals"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Eastside Commons", "Millrace Community News", "Hollow Creek Voice",
               "The Stoop Report", "Northside Neighbor Press", "Prospect Row Beacon"),
    "first": ("Marisol", "Dwayne", "Hoa", "Abdi", "Renata", "Quentin", "Fatuma", "Lorenzo",
              "Tamsin", "Jae-won"),
    "last": ("Villanueva", "Whitaker", "Tran", "Warsame", "Cordero", "Lightfoot", "Greenberg",
             "Nakashima", "Mbatha", "Castaneda"),
    "beat": ("neighborhood schools", "tenant rights", "public meetings", "food access",
             "immigrant communities", "parks and green space"),
    "city": ("Dayton", "Providence", "Spokane", "Flint", "Oakland", "Asheville"),
    "section": ("Civic Life", "Neighborhoods", "Community Voices", "Events", "Housing"),
    "SECTION": ("CIVIC LIFE", "NEIGHBORHOODS", "COMMUNITY VOICES", "EVENTS", "HOUSING"),
    "clock": ("6:30 p.m.", "7 p.m.", "9:30 a.m.", "noon", "5:45 p.m.", "11 a.m."),
    "neighborhood": ("Cedar Hollow", "Old Mill", "North Terrace", "Fairmount", "Kettle Point",
                     "Southgate"),
    "partner": ("Harbor Public Media", "the Tri-County News Collaborative",
                "Prairie Investigative Desk", "Voces del Barrio"),
    "foundation": ("Ellery Family Foundation", "Community Foundation of the Valley",
                   "Kinsman Trust for Local News"),
    "sponsor": ("Dos Hermanos Bakery", "Southgate Hardware & Paint", "Lakeview Credit Union",
                "Dr. Ama Osei, Family Dentistry", "Third Street Books"),
    "amount": ("$5", "$10", "$15", "$25", "$50", "$100", "$250"),
    "venue": ("the Southgate branch library", "St. Brigid's parish hall", "the rec center gym",
              "the Kettle Point Elementary cafeteria", "the VFW post on Ninth Street",
              "the Old Mill community room"),
    "event": ("Free tax help night", "Community fridge restock", "Bilingual storytime",
              "Tenant rights workshop", "Park cleanup", "Teen open mic", "Blood drive",
              "Seed swap", "Bike repair clinic", "Candidate forum", "Citizenship class",
              "Flu shot clinic", "Senior coffee hour", "Job fair"),
    "meeting": ("City Council", "Board of Education", "Plan Commission",
                "Parks Advisory Board", "Police District Council", "Library Board of Trustees",
                "Ward 4 community meeting", "Transit Authority Board", "Housing Authority",
                "Township Board of Supervisors"),
    "lost": ("LOST: gray tabby, answers to Pickles, near Ninth and Elm",
             "FOUND: keys on a red lanyard at the Route 6 bus stop",
             "Lost: child's blue bike helmet, Fairmount playground",
             "Found dog, brown pit mix, no collar, now at the shelter",
             "MISSING: green parrot, very friendly, reward"),
    "offer": ("FREE: moving boxes, porch pickup this weekend",
              "Free firewood, you haul, call after 5",
              "Piano lessons for beginners, sliding scale",
              "Crib and stroller, like new, $40 for both",
              "Extra tomato seedlings, take what you need"),
    "wanted": ("WANTED: volunteer drivers for seniors' grocery trips",
               "Church choir auditions, all ages, no experience needed",
               "Seeking a carpool to the east side plant, 6 a.m. shift",
               "Looking for photos of the old Mill Street fire station",
               "Knitting circle needs new members, Wednesdays"),
    "ein": ("46-3817720", "83-1042957", "27-4419306", "81-2260534"),
    "volunteer": ("Deliver meals to homebound seniors on Tuesdays",
                  "Help staff our booth at the farmers market",
                  "Translate stories into Spanish or Vietnamese",
                  "Take notes at public meetings (paid, $16 an hour)",
                  "Proofread the weekly newsletter",
                  "Sort donations at the food pantry",
                  "Hand out flyers at the back-to-school fair",
                  "Photograph neighborhood events for our weekly gallery",
                  "Help seniors sign up for our print edition",
                  "Join the reader advisory panel (meets monthly)"),
    "series": ("Priced Out", "The Lead Line", "Who Runs Our Schools?", "Empty Storefronts"),
    "college": ("Lakeshore Community College", "St. Anselm University",
                "Riverside State University"),
}

# fresh-s: written by an author who never saw the cleaning rules, as training data for the
# furniture model: the furniture of science, health and education publishers and university news
# offices (journal references, republication and open-access notices, expert Q&As, medical
# disclaimers, course promotions, reading lists), in its own wordings.
FRESH_S_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Research", "Study with us", "Undergraduate  Postgraduate  Research  International  Alumni",
        "Health A–Z", "Conditions · Medicines · Symptoms · Tests · Wellbeing",
        "For researchers | For educators | For patients",
        "News home › {section} › Research highlights",
        "Find a course", "Staff and students", "Media relations",
        "Journals  Books  Open Access  Librarians  Authors", "Submit a manuscript", "Open days",
        "Apply now", "{university} › Newsroom › {section}", "Symptom checker",
        "Clearing {year}: courses with places", "Subjects we teach", "Support {university}",
        "Student portal",
    )),
    Family("page_meta", ("before",), 2, (
        "Clinical review: Dr {name} · Next review due {month} {year}", "Peer reviewed",
        "Paper: {journal}, vol. {n}, {year}",
        "Embargoed until {clock} GMT {weekday} {day} {month}", "{university} press release",
        "Media contact: {name}, {department}", "Evidence rating: ★★★☆ (observational study)",
        "Provided by {department}, {university}", "Content last checked {month} {year}",
        "Type of study: randomised controlled trial", "Audience: teachers, Key Stage 3",
        "Reading age: 12+", "DOI: 10.1136/bmjopen-{year}-0{n}{n}{n}",
        "News release · {day} {month} {year}", "From the {department} blog",
        "Research theme: Healthy ageing", "Subjects: Epidemiology, {section}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Cite this article", "Export citation: RIS | BibTeX | EndNote", "Full text PDF",
        "Share on ResearchGate", "Add to Mendeley", "Altmetric {n}{n}", "{n} citations",
        "Save to Zotero", "Send to my students", "Assign to students in Google Classroom",
        "Stable link to this page", "Request permissions", "LinkedIn  Bluesky  Email  Cite",
        "Printable worksheet (A4)", "Download slides for your lesson", "Share the findings",
        "Get rights and content",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}", "{headline}",
        "{headline} | Expert comment", "{headline} (study)", "{headline} — research summary",
        "{headline}: the evidence", "{headline} [open access]", "{headline} | Lecture recording",
        "{headline} — a guide for students", "{headline} (preprint)",
        "{other_title} | University news", "{headline} · from the lab",
    )),
    Family("advertisement", ("inside",), 3, (
        "Featured programme", "Study {course} online — enrol by {day} {month}",
        "Free online course: {course}. Starts {weekday}.",
        "Postgraduate open evening, {weekday} {day} {month}, {clock}",
        "Supported by an unrestricted educational grant from {pharma}",
        "Information for UK healthcare professionals only",
        "A {university} feature for prospective students",
        "Job: Postdoctoral Research Associate, {department} — closes {day} {month}",
        "Funded PhD studentships available", "Study in {city}: scholarships up to {price}",
        "Clinical trial recruiting: do you have {condition}? Find out if you can take part.",
        "Exam season? Revision guides from {price}",
        "Prescribing information: see the {pharma} website",
        "Conference: {section} Futures {year}, {city}. Early-bird tickets {price}.",
        "Pipettes, centrifuges and cold storage: request a quote",
        "We never accept advertising for unproven treatments.",
        "Live online seminar: {course}, {weekday} {clock}",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Journal reference: {last} et al., {journal}, {year}", "The study: {headline}",
        "Expert Q&A: {headline}", "Original research: {other_title_case}",
        "Read the paper: {headline}", "Patient information: {condition}",
        "Lesson plan: {headline}", "Prior findings: {headline}", "Myth-busting: {headline}",
        "Systematic review: {headline}", "Clinical guidance: {condition}",
        "Jargon buster: {topic}", "Preprint (not peer reviewed): {headline}",
        "Watch the lecture: {headline}", "Reading list: {headline}",
        "From the university: {other_title}", "Press release: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get evidence-based health news in your inbox every {weekday}.",
        "Sign up for {outlet} for Teachers: free classroom resources each term.",
        "Institutional email address",
        "Job role: Researcher / Clinician / Teacher / Student / Other",
        "Trusted by {n},000 clinicians", "Table of contents alerts for {journal}",
        "Get alerted when this article is cited", "Register your interest in {course}",
        "Download the prospectus", "Yes, send me updates about courses and open days",
        "Create a free account to read {n} more research summaries",
        "Register for free CPD-accredited learning",
        "The Lab Notebook, our podcast, is out every other {weekday}",
        "Thanks! Please verify your institutional email.",
        "You'll hear from us at most twice a month.",
        "Alumni: update your details to keep receiving {outlet}",
        "Subscribe to the print magazine from {price} a year",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Ask our experts", "Submit a question for Dr {name}",
        "We cannot give individual medical advice in the comments.",
        "Comments are checked by a moderator with a science background.",
        "Commenting requires an academic or institutional login", "{n} annotations",
        "Post-publication peer review ({n})",
        "Letters to the journal are invited within {n} weeks of publication.",
        "Rapid responses ({n})", "Submit a rapid response", "Rate this resource: ★★★★★",
        "Competing interests: please declare any before posting",
        "Discuss this lesson with other teachers",
        "Please cite sources when making factual claims.",
        "Responses sorted by date published", "Question for the author?",
        "Display name (shown publicly)",
    )),
    Family("copyright", ("after",), 2, (
        "This article is republished from {outlet} under a Creative Commons license. Read the "
        "original article.",
        "© {year} The Authors. Published by {outlet} under a CC BY 4.0 licence.",
        "This is an open-access article distributed under the terms of the Creative Commons "
        "Attribution License.",
        "The information on this page is not a substitute for professional medical advice, "
        "diagnosis or treatment.",
        "Always consult your doctor or pharmacist before starting or stopping any medication.",
        "If you think you need urgent medical help, call 999.",
        "{university} is an exempt charity under the Charities Act 2011.",
        "Image rights: {university}. Reuse only with permission.",
        "Funding: this research was supported by the {funder}.",
        "Competing interests: the authors declare none.",
        "Curriculum content © {outlet} Education Ltd {year}. Free to use in classrooms.",
        "Disclosure statement: {name} receives funding from the {funder}.",
        "{outlet} is editorially independent of {university}.",
        "Text available under CC BY-SA; figures may carry separate licences.",
        "This site complies with the HONcode standard for trustworthy health information.",
        "Reviewed by the {outlet} medical advisory board.",
    )),
    Family("footer_links", ("after",), 1, (
        "Research integrity", "Open access policy", "For authors  For reviewers  For librarians",
        "Freedom of information", "Equality, diversity and inclusion", "Safeguarding policy",
        "Editorial policy and medical review process", "Find an expert", "Campus maps",
        "Library catalogue", "Retraction notices", "Athena SWAN", "Teaching resources index",
        "Rights & licensing (RightsLink)",
        "Out-of-hours media line: 01{n}{n} {n}{n}{n} {n}{n}{n}", "Who funds this research",
        "Register of interests",
    )),
    Family("trending_block", ("after",), 2, (
        "Latest research\n{headline}\n{headline}\n{headline}",
        "Further reading\n{last} et al. ({year}) {headline}. {journal}.\n"
        "{last} et al. ({year}) {headline}. {journal}.",
        "Expert Q&As\nQ: {headline}?\nQ: {headline}?",
        "Top citations, last 30 days\n1. {headline}\n2. {headline}\n3. {other_title}",
        "Upcoming events\n{weekday} {day} {month}, {clock}: Public lecture — {headline}\n"
        "{weekday} {day} {month}, {clock}: Open day",
        "Study this subject\n{course} — BSc\n{course} — MSc\n{course} — short course",
        "From the journals\n{journal}: {headline}\n{journal}: {headline}\n{journal}: {headline}",
        "Health A–Z: popular pages\n{condition}\n{condition}\n{condition}",
        "Classroom resources\nWorksheet: {headline}\nLesson plan: {headline}",
        "In the lab this week\n• {headline}\n• {headline}\n• {other_title_case}",
        "Research in the news\n{headline} — {outlet}\n{other_title} — {outlet}",
        "Campus news\n{headline}\n{headline}\n{headline}",
        "HIGHLY ACCESSED\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "From our research podcast\n{headline} · {n} min\n{headline} · {n} min",
        "Open access this week\n🔓 {headline}\n🔓 {headline}\n🔓 {other_title_case}",
        "Myths we've busted\n✗ {headline}\n✗ {headline}",
        "What patients are asking\n{headline}\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a professor of {beat} at {university}.",
        "{name} is a PhD candidate in {beat} at {university}.",
        "{name} is a science writer with a background in {beat}.",
        "{name} does not work for, consult, own shares in or receive funding from any company or "
        "organisation that would benefit from this article.",
        "Dr {name} is a GP in {city} and writes our weekly health column.",
        "{name} teaches secondary science in {city} and has been in the classroom for {n} years.",
        "About the expert\nDr {name}\nSenior Lecturer, {department}, {university}",
        "ORCID: 0000-0002-{n}{n}-{n}{n}{n}",
        "{name} is a registered dietitian and member of the British Dietetic Association.",
        "Media enquiries: {name}, Senior Press Officer, {university}",
        "{name}'s research on {beat} has been cited more than {n},000 times.",
        "Publications by {name} in our repository",
        "{name} is an Associate Editor of {journal}.",
        "{name} completed a fellowship in {city} before joining {university} in {year}.",
        "This Q&A was conducted by {name} and edited for length and clarity.",
        "{name} is the author of a textbook on {beat}, now in its fourth edition.",
        "Find an expert\n{name}\nExpertise: {beat}, {condition}\nAvailable for interview",
    )),
)
FRESH_S_HEADLINES = (
    "{Subject} {verb} {object}",
    "New study links {topic} to {condition}",
    "{Subject} {verb} {object} {tail}",
    "Ask an expert: is {topic} safe for {group}?",
    "{n} myths about {condition}, debunked",
    "What the evidence says about {topic}",
    "{Group} wanted for a study on {topic}",
    "Rise in {condition} among {group} puzzles doctors",
)
FRESH_S_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Vaccine task force", "Genome institute", "Medical research council",
                "Polar research station", "Teaching hospital", "Exams regulator",
                "University senate", "Marine biology lab", "Particle physics centre",
                "Public health agency", "Dental school", "Sleep clinic",
                "Multi-academy trust", "Telescope consortium"),
    "verb": ("publishes", "retracts", "pilots", "funds", "scrutinises", "champions",
             "winds down", "reports on"),
    "object": ("a trial of a nasal flu vaccine", "new guidance on screen time for under-fives",
               "its study on microplastics in placentas", "a maths tutoring scheme for year 7",
               "the genome of a 4,000-year-old oak", "a nursing degree apprenticeship",
               "data from 12,000 twins", "a blood test for early Alzheimer's",
               "a free breakfast club in 40 schools"),
    "tail": ("after peer review", "in landmark study", "despite ethics concerns",
             "ahead of flu season", "as exam season nears", "after a decade of data",
             "amid replication doubts"),
    "topic": ("intermittent fasting", "afternoon naps", "ultra-processed food", "melatonin",
              "blue-light glasses", "phonics teaching", "creatine", "cold-water swimming",
              "standing desks", "fluoride varnish"),
    "group": ("sixth-formers", "new parents", "night-shift workers", "postgraduates",
              "over-65s", "trainee teachers", "care home residents"),
    "condition": ("type 2 diabetes", "migraine", "hearing loss", "eczema", "dementia", "ADHD",
                  "asthma", "anaemia", "long Covid"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Helix Health Weekly", "The Lab Bench Review", "The Quad Newsroom",
               "The Open Lecture", "Synapse Science Daily", "Fieldnotes Education"),
    "first": ("Imogen", "Theo", "Margot", "Saoirse", "Anouk", "Kenji", "Esther", "Ravi",
              "Zainab", "Magnus"),
    "last": ("Fairweather", "Strand", "Menon", "Iwasaki", "Okoro", "Lindeman", "Ashcroft",
             "Beaumont", "Nakashima", "Ferrante"),
    "beat": ("public health", "neuroscience", "higher education", "genetics", "early years",
             "nutrition", "climate science", "mental health"),
    "city": ("Leuven", "Ann Arbor", "Uppsala", "Adelaide", "Heidelberg", "Durham"),
    "section": ("Health", "Science", "Education", "Research", "Campus", "Medicine"),
    "SECTION": ("HEALTH", "SCIENCE", "EDUCATION", "RESEARCH", "CAMPUS", "MEDICINE"),
    "clock": ("09:00", "11:30", "13:15", "16:45", "18:00", "19:30"),
    "journal": ("Nature Medicine", "BMJ Open", "PLOS ONE", "JAMA Pediatrics",
                "Science Advances", "The Lancet Public Health", "Cell Reports",
                "British Educational Research Journal"),
    "university": ("Ashbury University", "Northmoor University", "Kingsreach College",
                   "Eastvale Institute of Technology"),
    "department": ("School of Public Health", "Department of Psychology",
                   "Faculty of Education", "Institute of Neuroscience"),
    "course": ("Introduction to Epidemiology", "Data Science for Health", "Understanding Dementia",
               "Teaching Phonics in Practice", "Climate Change: The Science"),
    "funder": ("Medical Research Council", "Wellcome Trust", "National Science Foundation",
               "European Research Council", "Economic and Social Research Council"),
    "pharma": ("Corvalis Pharma", "Brightwell Therapeutics", "Nordane Biologics"),
    "price": ("£49", "$19.99", "€29", "£5,000", "£120"),
}

# fresh-w: written by an author who never saw the cleaning rules, as training data for the furniture
# model (not trained on yet: see bench/furniture_model.py): the furniture of trade and
# business-to-business publications and legal and policy newsletters (subscriber-only notices,
# webinar and conference promos, whitepaper downloads, job boards, reprints and permissions,
# editorial calendars, sponsored partner labels), in its own wordings.
FRESH_W_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Verticals", "Buyers' Guide", "Supplier directory",
        "News  Analysis  Regulation  Case Law  Events  Jobs",
        "Practice areas ▾", "Industry sectors: {trade} | {trade} | {trade}",
        "Knowledge hub › Whitepapers › {section}", "Magazine archive",
        "Manage my alerts", "Renew my subscription", "Rulemaking tracker",
        "Docket search", "Legislation  Enforcement  Compliance  Litigation",
        "{outlet} Intelligence | {outlet} Events | {outlet} Careers",
        "CPD hub", "Print issue: {month} {year}", "Rate card & specs",
        "Log in to {outlet} Professional", "State tracker: select a jurisdiction",
    )),
    Family("page_meta", ("before",), 2, (
        "SUBSCRIBER CONTENT", "Analysis | {trade}", "Filed {clock} ET | {weekday}, {month} {day}",
        "From the {month} {year} print edition", "Jurisdiction: {jurisdiction}",
        "Practice area: {practice}", "Reported by {name}, {trade} correspondent",
        "Bulletin no. {n}{n}{n}", "Legal update · {day} {month} {year}",
        "Policy brief", "Issue {n} · Volume {n}", "Source: {agency} filing",
        "Reviewed by counsel", "{n}-minute read for members",
        "Category: Supply chain", "Docket No. {n}-{n}{n}{n}{n}",
        "Free to read until {weekday}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Forward to your team (licensed seats only)", "Purchase reprints",
        "Licensing & reuse: get a quote",
        "Print PDF (members)", "LinkedIn | Xing | Email | Print",
        "Add to my research binder", "Clip to my briefcase", "Set up a topic alert on {trade}",
        "Circulate internally (licence required)", "Download as a briefing pack (.docx)",
        "Share with your compliance team", "Copy citation",
        "Forwarded {n} times", "File to a project", "Email to counsel",
        "Embed this docket", "Send",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}", "{headline}",
        "{headline} | Members only", "{headline} (sponsored)", "{headline} — legal analysis",
        "{headline} [policy alert]", "{headline} · {trade}", "{headline} | On-demand webinar",
        "{headline} — {jurisdiction} update", "{headline} (whitepaper)",
        "{other_title} | Trade press roundup", "{headline} · {n} comments from industry",
    )),
    Family("advertisement", ("inside",), 3, (
        "PARTNER CONTENT", "Industry voice", "Brought to you by {firm}",
        "Whitepaper: {report}. Download free.",
        "Webinar · {weekday} {day} {month}, {clock} ET · {topic}: what counsel need to know",
        "Exhibit at {event} {year}. Stands from {price}.",
        "Early-bird pricing ends {weekday}", "Book your delegate pass",
        "Content provided by {firm}. Not written by our editorial staff.",
        "Free report: {report}", "On-demand demo: request yours today",
        "Our coverage picks up again after this note from {firm}",
        "Nominations now open: {outlet} Excellence Awards {year}",
        "CLE credit available: {n} hours", "Supplier spotlight: {firm}",
        "Get the {year} salary survey", "{firm} — trusted by {n}00 legal teams",
        "Sponsor message · Advertise here",
    )),
    Family("labelled_link", ("inside",), 3, (
        "For background, see {headline}", "Read the ruling: {other_title_case}",
        "Full text of the consultation: {headline}", "Our earlier coverage: {headline}",
        "Members' briefing: {headline}", "Case note | {headline}",
        "Regulatory tracker: {headline}", "Explainer — {headline}",
        "In the magazine: {headline}", "Q&A with counsel: {headline}",
        "Comment letter: {headline}", "DATA: {headline}",
        "Download the report: {headline}", "Guidance: {headline}",
        "Timeline >> {headline}", "From our {trade} desk: {headline}",
        "Watch on demand: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Receive our {trade} Daily free every weekday morning.",
        "Work email", "Company name", "Industry (select one)",
        "This content is available to subscribers only.",
        "You have {n} complimentary articles remaining this month.",
        "Request a corporate trial for your team",
        "Subscribers get unlimited access to {n},000+ archived articles, the buyers' guide "
        "and our data tools.",
        "Get {outlet} Policy Watch delivered to your inbox every {weekday}.",
        "Institutional access? Sign in through your organisation",
        "Already have a site licence? Contact your account manager.",
        "Site licence enquiries",
        "Start reading — {price} for your first quarter",
        "By registering, you consent to being contacted about {outlet} events and products.",
        "Keep me informed about relevant webinars",
        "Our legal alerts are informational and do not constitute legal advice.",
        "Upgrade to Premium Plus",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Comments from verified professionals", "Discuss this with peers",
        "{n} industry responses", "Comments must include your full name and employer.",
        "Add your professional perspective",
        "Leave feedback for the editor", "Write for the Letters page",
        "Letters may be edited and published in print.", "Sort: Oldest first",
        "Only registered readers can comment",
        "Have you dealt with this issue in practice? Share your experience below.",
        "Agree ({n})", "Flag to moderators", "Load {n} more responses",
        "Respond to the consultation", "Ask our editors",
    )),
    Family("copyright", ("after",), 2, (
        "Copyright © {year} {publisher}. Redistribution is prohibited.",
        "For reprints, e-prints and permissions contact {publisher} Content Licensing.",
        "This publication is provided for general information only and is not legal advice.",
        "Attorney advertising. Prior results do not guarantee a similar outcome.",
        "Photocopying or electronic forwarding of this article beyond your licence is a breach "
        "of copyright.",
        "{outlet} is a trading name of {publisher}.",
        "Unauthorised distribution violates our subscriber agreement.",
        "© {publisher} {year}. Use subject to licence.",
        "No reproduction without the prior written consent of the publisher.",
        "Copyright Clearance Center: {n}{n}{n}{n}-{n}{n}{n}{n}",
        "Views of sponsors and contributors are not necessarily those of {outlet}.",
        "ISSN {n}{n}{n}{n}-{n}{n}{n}X",
        "{publisher} is registered in England and Wales, number {n}{n}{n}{n}{n}{n}.",
        "All rights reserved. Licensed for single-user access only.",
        "Sponsored content is clearly labelled and produced separately from our newsroom.",
        "Reg. US Pat. & Tm. Off.",
    )),
    Family("footer_links", ("after",), 1, (
        "Editorial calendar", "Media pack {year}", "Writers' guidelines", "Submit a press release",
        "E-prints, plaques and framed covers", "Group subscriptions", "Our events portfolio",
        "Editorial standards and complaints", "Reach buyers in {trade}: advertise",
        "Customer service · Terms of use · Privacy notice", "Subscriber agreement",
        "Recruitment: post a vacancy", "Award entry terms", "Order past issues",
        "Contributor portal", "RSS: all {trade} headlines", "Manage preferences",
    )),
    Family("trending_block", ("after",), 2, (
        "Most read by subscribers\n{headline}\n{headline}\n{other_title}",
        "Upcoming events\n{event} — {city}, {day} {month}\n{event} — {city}, {day} {month}",
        "Latest jobs\n{jobtitle} | {firm} | {city}\n{jobtitle} | {firm} | {city}\n"
        "{jobtitle} | {firm} | {city}\nBrowse all vacancies",
        "Whitepapers & reports\n{report}\n{report}\nView library",
        "On-demand webinars\n▶ {headline} ({n} min)\n▶ {headline} ({n} min)",
        "Editorial calendar {year}\n{month}: {trade} outlook\n{month}: Compliance special\n"
        "{month}: Top 50 suppliers",
        "Regulatory watch\n{agency}: {headline}\n{agency}: {headline}\n{agency}: {headline}",
        "Partner insights\nSponsored | {headline}\nSponsored | {headline}",
        "From the bench\n{headline}\n{other_title_case}\n{headline}",
        "TOP STORIES THIS WEEK\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Key dates\n{day} {month}: Comment period closes\n{day} {month}: Rule takes effect",
        "Also in this issue\n— {headline}\n— {headline}\n— {headline}",
        "People moves\n{name} joins {firm} as {jobtitle}\n{name} named {jobtitle} at {firm}",
        "More in {section}\n{headline}\n{headline}",
        "Readers also downloaded\n1) {report}\n2) {report}",
        "Latest rulings\n{headline}\n{other_title}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is {outlet}'s {beat} editor, based in {city}.",
        "{name} is a partner in the {practice} group at {firm}.",
        "{name} has covered {beat} for trade titles since {year}.",
        "Before joining {outlet}, {name} spent a decade in procurement.",
        "{name} is of counsel at {firm} and a former {agency} staff attorney.",
        "Guest contributor\n{name}\n{jobtitle}, {firm}",
        "{name} chairs the {beat} committee of a national trade association.",
        "The author thanks {name} for research assistance.",
        "Contact the author: {handle}@{handle}-law.example",
        "{name} will moderate the {beat} panel at {event}.",
        "{name} is admitted to practise in {jurisdiction}.",
        "Written by {name} with {first} {last}, associate",
        "This article reflects the views of the author and not of {firm} or its clients.",
        "{name}, {jobtitle}",
        "Profile | {name} | {n} articles",
        "{name} writes the weekly Policy Watch column and previously worked as a Senate aide.",
    )),
)
FRESH_W_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "{agency} opens consultation on {topic}",
    "How {topic} will hit {group} in {year}",
    "Court sides with {group} in {topic} dispute",
    "{Group} brace for a crackdown on {topic}",
    "{n} compliance deadlines for {topic}",
    "Lobbying heats up over {topic}",
)
FRESH_W_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Freight forwarders' association", "Packaging standards body",
                "Appellate tribunal", "Competition watchdog", "Construction products board",
                "Food safety authority", "Pharmacy wholesaler group", "Bar council",
                "Haulage federation", "Procurement agency", "Solar installers' guild",
                "Data protection regulator", "Plastics processors' council",
                "Insurance brokers' body"),
    "verb": ("consults on", "fines", "tightens", "shelves", "clarifies", "waives",
             "overturns", "extends", "audits", "streamlines"),
    "object": ("its labelling code for frozen goods", "the tender for border inspection posts",
               "rules on driver hours", "the licence of a Midlands waste broker",
               "guidance on cloud contracts", "a levy on single-use pallets",
               "its merger review of two cement makers", "fee caps for conveyancers",
               "reporting duties for small importers", "the safety standard for scaffolding"),
    "tail": ("after industry pushback", "in draft guidance", "ahead of Brexit deadline",
             "following a members' ballot", "pending judicial review", "in closed session",
             "after a two-year inquiry"),
    "topic": ("extended producer responsibility", "non-compete clauses", "carbon border levies",
              "e-invoicing mandates", "late payment", "forced-labour import bans",
              "AI procurement", "product recalls", "cold-chain audits", "sanctions screening"),
    "group": ("wholesalers", "in-house lawyers", "hauliers", "contractors", "importers",
              "compliance officers", "franchisees"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Freightline Weekly", "The Compliance Docket", "Procurement Pulse",
               "Counsel & Commerce", "The Shopfloor Review", "Policy Brief Daily"),
    "first": ("Harriet", "Nikhil", "Brigid", "Caspar", "Yolanda", "Desmond", "Ottilie",
              "Rashid", "Genevieve", "Lorcan"),
    "last": ("Pemberton", "Achterberg", "Mwangi", "Delacroix", "Kowalczyk", "Thistlewood",
             "Varga", "Okonjo", "Rutherford", "Salgado"),
    "beat": ("competition law", "logistics", "public procurement", "packaging", "employment law",
             "trade policy", "food manufacturing", "data privacy"),
    "city": ("Rotterdam", "Brussels", "Milton Keynes", "Charlotte", "Singapore", "Dubai"),
    "section": ("Regulation", "Logistics", "Procurement", "Litigation", "Sourcing", "Compliance"),
    "SECTION": ("REGULATION", "LOGISTICS", "PROCUREMENT", "LITIGATION", "SOURCING",
                "COMPLIANCE"),
    "clock": ("08:30", "10:00", "12:00", "14:30", "15:00", "16:00"),
    "trade": ("Cold Chain", "Packaging", "Building Products", "Fleet", "Food Service",
              "Employment Law", "Customs"),
    "practice": ("Antitrust", "Employment", "Trade & Customs", "Privacy & Cybersecurity",
                 "Construction Disputes"),
    "jurisdiction": ("England & Wales", "European Union", "New York", "California", "Ontario",
                     "Singapore"),
    "agency": ("FTC", "CMA", "European Commission", "OSHA", "HMRC", "SEC", "EPA"),
    "firm": ("Hartwell Lyle LLP", "Brennock Logistics Software", "Quillmark Compliance",
             "Stanmore & Vey", "Palisade Packaging Systems", "Arden Risk Partners"),
    "publisher": ("Ironbridge Business Media Ltd", "Castleford Trade Publishing",
                  "Linden Professional Information Inc."),
    "event": ("Cold Chain Forum", "Procurement Leaders Summit", "Trade Compliance Congress",
              "Packaging Innovations Expo", "In-House Counsel Day"),
    "report": ("The State of Supplier Risk 2025", "Sanctions Screening Benchmark",
               "Fleet Electrification Buyer's Checklist", "Packaging Regulation Handbook",
               "Global Freight Rate Outlook"),
    "jobtitle": ("Head of Legal", "Procurement Manager", "Senior Associate",
                 "Compliance Analyst", "Warehouse Operations Director",
                 "Regulatory Affairs Lead", "Category Buyer"),
    "price": ("£1,250", "$2,995", "€890", "$49", "£99"),
}

# fresh-u: written by an author who never saw the cleaning rules, as training data for the furniture
# model (not trained on yet: see bench/furniture_model.py): the furniture of radio stations, public
# broadcasters and podcast-first newsrooms (listen-live bars, programme schedules, episode lists,
# transcript notices, presenter bios, regional rights notices, station frequencies, audio player
# controls), in its own wordings.
FRESH_U_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Listen Live", "Stations", "Schedule",
        "News  Programmes  Podcasts  Music  Events  Donate",
        "▶ On air: {show} with {name}", "Choose a station ▾", "{outlet} › {section} › Audio",
        "Shows A–Z", "Main · Classic · Jazz · Youth · Regional", "Frequencies & ways to listen",
        "Now playing: {song} — {artist}", "Podcasts | Newsletters | Live radio | TV",
        "Back to {show}", "All episodes", "Play live ▶",
        "Programme guide: Today  Tomorrow  {weekday}", "My listening",
        "Log in to save episodes", "{freq} · DAB+ · Online · Smart speaker", "LISTEN",
    )),
    Family("page_meta", ("before",), 2, (
        "Broadcast {weekday} {day} {month} {year}, {clock}", "First aired on {show}",
        "{duration} listen", "Audio: {duration}",
        "This story was adapted from a radio report. Listen to the original broadcast.",
        "This is a rush transcript. Copy may not be in its final form.",
        "Aired {month} {day}, {year}", "Heard on {show}", "Season {n}, episode {n}",
        "Host: {name} · Produced by {producer}", "Radio report by {name}",
        "Updated {clock} · {outlet} Newsroom", "Available for {n} days",
        "Transcript auto-generated and may contain errors", "Last broadcast: {weekday} {clock}",
        "Contains strong language", "EXPLICIT", "Episode notes",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share episode", "Copy episode link",
        "Subscribe: Apple Podcasts | Spotify | Pocket Casts | RSS", "Start at {duration}",
        "Download", "Embed player", "Queue next", "Save for later · Download · Share",
        "Facebook  Threads  Mastodon  Email", "Cast to speaker", "Follow show",
        "Save to my stations",
        "Copy RSS feed URL", "Clip this moment", "Listen later", "Get the transcript",
        "⏪ 15  ▶  30 ⏩", "Speed 1x",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{headline}. Runtime {duration}", "HEAR IT: {headline}", "{headline} · as heard on air",
        "{show}: {headline}", "{headline} — from {show}", "E{n} · {headline}", "{headline}",
        "{other_title} (radio report)", "Show notes for “{headline}”", "🎙 {headline}",
        "{headline}, with {name}", "{headline} 🔊",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsor break",
        "Funding for this episode provided by {sponsor}, and by listeners like you.",
        "Underwriting",
        "This episode is brought to you by {sponsor}",
        "Ad-free listening with {outlet} Plus, {price} a month",
        "We'll be right back after this", "Station promo",
        "{sponsor} is a proud supporter of {outlet}", "Pledge now and get the tote bag",
        "Become a member for {price} a month", "Spotlight partner", "Audio ad · {duration}",
        "Commercial partner content", "Advertise on our podcasts",
        "Listener-supported: no commercials, ever. Give today.", "A word from our funders",
        "AUDIO AD", "Hear more from {sponsor} after the break",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Hear the full conversation: {headline}", "The whole programme: {headline}",
        "On {show}: {headline}",
        "Archive tape, {year}: {headline}", "Podcast: {other_title_case}",
        "Word for word: {headline}", "Previously on {show}: {headline}",
        "Uncut: {headline}", "Missed it live? {headline}",
        "In the studio: {headline}", "Producer's note: {headline}", "Catch up: {other_title}",
        "Phone-in: {headline}", "Radio documentary: {headline}",
        "Earlier in the programme: {headline}", "Behind the microphone: {headline}",
        "Coming up at {clock}: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Follow {show} wherever you get your podcasts.", "Get new episodes automatically",
        "Subscribe to the podcast", "The {show} newsletter: listening picks every {weekday}",
        "Set a reminder for {show}", "Ask your smart speaker to play {outlet}",
        "Turn on alerts for new episodes", "Postcode", "Email for episode alerts",
        "Join {n},000 listeners who get our weekly playlist",
        "Download our app to listen live and catch up on any show", "Remind me",
        "Thanks, you're subscribed. Your first episode is on its way.",
        "Become a sustaining member", "Find {outlet} on DAB, on FM {freq} or online",
        "Rate and review us on Apple Podcasts", "Never miss an episode",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Call the studio: 0800 {n}{n}{n} {n}{n}{n}", "Send us a voice note",
        "Leave us a voicemail", "Got a question for {show}? Email us",
        "Tell us what you think of this episode", "Feedback for the producers",
        "Write to the programme", "Your message to the studio", "{n} listener messages",
        "Record your question (60 seconds max)", "Request a song",
        "Comments are open for {n} days after broadcast.",
        "Join the conversation on our Discord server", "Rate this episode",
        "Was this episode useful?  Yes  No", "Contact the presenter",
        "Messages may be read out on air.",
    )),
    Family("copyright", ("after",), 2, (
        "Sorry, this content is not available in your region.",
        "For rights reasons this audio can only be played by listeners in {country}.",
        "All music played under licence.",
        "Transcripts are produced on a rush deadline and may be revised. The audio is the "
        "authoritative record.",
        "© {year} {outlet} Public Media",
        "{outlet} is a non-commercial, listener-supported station.",
        "Licensed to {city} on {freq}",
        "Opinions expressed by guests do not necessarily reflect those of {outlet}.",
        "Transcript © {year} {outlet}. Not to be rebroadcast without permission.",
        "Made by an independent production company for {outlet}.",
        "Audio clips may not be reused without written permission.",
        "Registered charity no. {n}{n}{n}{n}{n}{n}", "{outlet} is a member station of {network}.",
        "Some episodes contain explicit language.",
        "Programme availability varies by territory.",
    )),
    Family("footer_links", ("after",), 1, (
        "How to listen", "Can't hear us? Retune guide", "Programme complaints",
        "Sponsor a programme", "Licence renewal documents", "Station policies",
        "Podcast directory", "Transcripts", "Volunteer at {outlet}", "Donate your car",
        "Community advisory board", "Corporate sponsorship", "Studio tours",
        "Contact the station", "Privacy · Cookies · Listener charter", "Jobs and internships",
        "Editorial guidelines",
    )),
    Family("trending_block", ("after",), 2, (
        "Fresh episodes\n{headline}\n{headline}\n{headline}",
        "Coming up\n{clock} {show}\n{clock} {show}\n{clock} {show}",
        "More from {show}\nEp. {n}: {headline}\nEp. {n}: {headline}",
        "Most played\n1. {headline}\n2. {other_title}\n3. {headline}",
        "Recently on air\n{headline} · {duration}\n{headline} · {duration}\n"
        "{other_title_case} · {duration}",
        "Across the {outlet} network\n{headline}\n{headline}",
        "Hourly bulletin\n{clock}: {headline}\n{clock}: {headline}",
        "You might also enjoy\n{show}\n{show}\n{show}",
        "Recently played\n{artist} – {song}\n{artist} – {song}\n{artist} – {song}",
        "Listen again\n{headline}\n{headline}\n{headline}",
        "CHART-TOPPING SHOWS\n{HEADLINE}\n{HEADLINE}",
        "From the newsroom\n• {headline}\n• {headline}\n• {other_title}",
        "In this episode\n{duration} {headline}\n{duration} {headline}",
        "Listeners also liked\n{headline}\n{other_title_case}\n{headline}",
        "Today's schedule\n{clock} News\n{clock} {show}\n{clock} {show}\n{clock} Overnight",
        "Popular clips\n▶ {headline}\n▶ {headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} presents {show} on {outlet}, {weekday}s at {clock}.",
        "{name} covers {beat} for the station's daily news hour.",
        "Your host\n{name}\nOn air with {outlet} since {year}",
        "{name} produces {show}.",
        "{name} is {outlet}'s {beat} correspondent, heard on the morning bulletins.",
        "Before radio, {name} taught music in {city}.", "More episodes with {name}",
        "{name}\nHost, {show}", "{name} started at {outlet} as a newsroom intern in {year}.",
        "This episode was mixed by audio producer {name}.",
        "Hear {name} weekday mornings on {freq}.",
        "{name} has made radio documentaries in {city} and far beyond.",
        "Drop {name} a line: {handle}@example.net", "Meet the team: {name} (newsreader)",
        "{name} won a regional broadcasting award in {year} for a series on {beat}.",
        "Presenter\n{name}\n{show}, {weekday}s",
    )),
)
FRESH_U_HEADLINES = (
    "{Subject} {verb} {object}",
    "Why {topic} has {group} calling in",
    "{Subject} {verb} {object} {tail}",
    "{Group} tell the programme what {topic} means to them",
    "{n} voices on {topic}",
    "Off mic: {group} on the truth about {topic}",
    "The week {topic} took over the airwaves",
    "Listeners split over {topic}",
)
FRESH_U_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Community radio collective", "Lifeboat station", "County fire service",
                "Organ festival trust", "Taxi drivers' guild", "Seaside pier trust",
                "Harvest food bank", "Independent bookshop chain", "Rowing federation",
                "Canal restoration society", "Air ambulance charity", "Folk music archive",
                "Coastguard volunteers", "Primary care network"),
    "verb": ("says yes to", "rules out", "steps up", "hands back", "tests", "mothballs",
             "brings back", "appeals against"),
    "object": ("plans for an overnight helpline", "its bid for a low-power FM licence",
               "a fundraising drive for a new boathouse", "a ban on amplified music in the park",
               "cuts to the late-night ferry", "a pilot of free school buses",
               "funding for its oral history project", "a review of winter gritting routes"),
    "tail": ("after listeners rally", "on the morning show", "following a phone-in",
             "before the autumn schedule", "after a week of silence", "as pledges fall short"),
    "topic": ("the switch-off of medium wave", "rising ferry fares", "the harvest festival",
              "late-night bus cuts", "the blackbird survey", "the choir competition",
              "volunteer shortages", "the river clean-up", "the school run"),
    "group": ("ferry crews", "night-shift nurses", "shepherds", "bell-ringers",
              "folk singers", "beekeepers", "lighthouse keepers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Kestrel Public Radio", "Tidewater Sound", "Highmoor FM",
               "The Listening Post Network", "Cascade Community Audio", "Radio Lantern"),
    "first": ("Eluned", "Chidiebere", "Wilhelmina", "Cormac", "Yusra", "Lars", "Delphine", "Aarav",
              "Svetla", "Fergus"),
    "last": ("Gethin", "Onwuachi", "Rosenthal", "Flanagan", "Haider", "Strandberg", "Bellandi",
             "Raghavan", "Dvorakova", "Wexford"),
    "beat": ("arts and culture", "rural affairs", "courts", "music", "faith", "the environment",
             "transport"),
    "city": ("Aberystwyth", "Moncton", "Tralee", "Tromsø", "Dunedin", "Bendigo"),
    "section": ("News", "Arts", "Culture", "Current Affairs", "Music", "Local"),
    "clock": ("06:00", "07:30", "09:15", "12:00", "16:05", "19:00", "22:30"),
    "duration": ("3:42", "7:18", "12:05", "24:51", "38:10", "52:33", "1:04:20"),
    "show": ("The Morning Round", "Drivetime", "Night Owls", "Sunday Reflections",
             "The Big Question", "Field Recordings", "Saturday Sessions", "The Afternoon Edit"),
    "freq": ("91.5 FM", "103.7 FM", "88.9 FM", "1440 AM", "97.1 MHz", "105.3 FM"),
    "song": ("Northern Lights", "Paper Boats", "Slow River", "Salt and Iron", "Long Way Home"),
    "artist": ("The Hollow Pines", "Mara Quell", "Low Tide Orchestra", "Juno Faye",
               "The Brass Foxes"),
    "sponsor": ("Bellweather Insurance", "the Thornbury Foundation", "Greenacre Motors",
                "Orchard Mutual Bank", "the Ellery Trust"),
    "price": ("£4.99", "$5", "€3.50", "$8.99", "£7"),
    "country": ("the UK", "Ireland", "Canada", "the United States", "New Zealand"),
    "producer": ("Ines Carvalho", "Gareth Pugh", "Naledi Khumalo", "Sam Whitaker"),
    "network": ("the Coastal Public Radio Alliance", "the Community Media Association",
                "the Federation of Independent Stations"),
}

# fresh-t: written by an author who never saw the cleaning rules, as training data for the furniture
# model (not trained on yet: see bench/furniture_model.py): the furniture of news apps and
# aggregator portals that syndicate wire copy (app download banners, "open in app", push-alert
# settings, source attribution lines, machine translation notes, reader-mode and text-to-speech
# controls, "more from this publisher" rails).
FRESH_T_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "For you", "Following", "Briefing · Explore · Alerts · Me",
        "Headlines · Local · Topics · Library", "Get the full experience — switch to the app",
        "Get the {outlet} app", "Install", "Ask me again later",
        "Feed › {section} › Wire", "{publisher} on {outlet}", "My sources",
        "Edit topics", "< Back to feed", "Your briefing", "Top picks for you",
        "Download {outlet} — it's free on iOS and Android",
        "Open this story in the {outlet} app for a faster read", "Continue in browser",
        "FOR YOU   {SECTION}   LOCAL   VIDEO", "Next in {section} ›",
    )),
    Family("page_meta", ("before",), 2, (
        "via {publisher}", "Wire partner: {publisher}",
        "First appeared in {publisher} at {clock}",
        "Syndicated from {publisher} on {weekday}, {month} {day}",
        "This article was machine-translated from {lang}.", "Auto-translated · Show original",
        "Translated from {lang} by {outlet}", "Reader mode", "Aa",
        "🔊 Read aloud", "Play audio (AI voice)", "{clock} · {publisher}",
        "Story from {publisher}, curated by {outlet} Editors",
        "Summary generated automatically — read the full story below",
        "Published {n}h ago in {section}", "{publisher} · about {n} minutes",
        "Recommended because you follow {section}", "Speed 1.0x",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Pin to home screen", "Saved to Library",
        "Like · {n}", "Forward to a group chat",
        "Send to…", "Copy story link", "Send to Signal",
        "Push to e-reader", "Queue for audio",
        "Not interested in this story", "Fewer stories like this",
        "Hide stories from {publisher}", "Something wrong with this article? Tell us",
        "Text size  ·  Listen  ·  Forward", "{n}.{n}K reads", "Open original",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}", "{headline}",
        "{headline} · {publisher}", "{publisher}: {headline}",
        "{headline} · just in", "{headline} ({publisher})",
        "{other_title} · {n}h", "{headline} | {outlet} Briefing",
        "🎧 {headline} (audio version)", "{headline} · {n} sources",
        "{headline} [Translated]", "{other_title_case} — via {publisher}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsored · {brand}", "Ad · {brand}", "Promoted by {brand}",
        "Install now", "{brand} — Install", "Get it on Google Play",
        "Download on the App Store",
        "Go ad-free with {outlet} Premium for {price}/month",
        "Ads help keep {outlet} free", "Don't show me this ad",
        "Story continues after sponsored content",
        "In partnership with {brand}", "Get offer",
        "Try {outlet} Premium free for {n} days — cancel anytime",
        "Promoted placement", "Rated 4.{n} ★ on the App Store",
    )),
    Family("labelled_link", ("inside",), 3, (
        "All perspectives: {headline}", "Zoom out: {headline}",
        "Earlier in this story ▸ {headline}", "From {publisher}: {headline}",
        "The bigger picture: {headline}", "What came before: {headline}",
        "In the app: {headline}", "Prefer audio? {headline}",
        "Another view ({publisher}): {headline}", "Catch-up in 5 bullets: {headline}",
        "Also in your feed: {other_title_case}", "EARLIER IN THE THREAD: {headline}",
        "This story is part of a thread ▸ {headline}",
        "From this morning's briefing: {other_title}",
        "In 60 seconds: {headline}", "Follow live ● {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Turn on notifications", "Don't Allow    Allow",
        "Get push alerts for breaking news", "Notify me about {topic}",
        "Follow {section} to see more stories like this in your feed",
        "Get the {outlet} Daily Digest in your inbox every morning at {clock}.",
        "Alert settings", "Breaking news only · All updates · Off",
        "You're following {publisher}", "+ Add {publisher} to your sources",
        "Create a free account to sync your saved stories across devices.",
        "Sign in using Google", "Continue with Apple",
        "Enable alerts for {section}", "Daily briefing delivered at {clock}. Change time",
        "You'll get up to {n} alerts a day. Manage in Settings.",
        "Get the top 5 stories each evening, picked by our editors.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "What's your take?", "{n} people reacted to this", "How does this story make you feel?",
        "😮 {n}  😢 {n}  😡 {n}", "Open thread", "Join the discussion in the app",
        "{n} people are talking about this", "Say something nice…",
        "Top comments · Newest", "Log in to leave a reaction",
        "Comments are hosted by {outlet} and not by {publisher}.",
        "Rate this summary: 👍 👎", "Was this translation accurate?",
        "Flag as misleading", "{n} older comments hidden · Show",
        "Keep it civil — read our house rules",
    )),
    Family("copyright", ("after",), 2, (
        "© {year} {publisher}. Distributed by {outlet}.",
        "Content provided by {publisher}. {outlet} is not responsible for its accuracy.",
        "This story is syndicated content; all rights remain with {publisher}.",
        "© {outlet} Media Inc. {year}",
        "Machine translation provided for convenience; the original {lang} text prevails.",
        "Reproduced under licence from {publisher}.",
        "Copyright © {publisher} {year}. Redistribution prohibited.",
        "Photos: {publisher} / syndication partners",
        "Views expressed are those of the original publisher, not of {outlet}.",
        "{outlet}® is a registered trademark of {outlet} Media Inc.",
        "All wire content © {year} the respective agencies.",
        "Partner feed · {publisher} · licensed",
        "Summaries are AI-assisted and reviewed by {outlet} editors.",
        "Republished with permission.",
    )),
    Family("footer_links", ("after",), 1, (
        "Support & FAQs", "Publisher FAQ", "Become a partner publisher",
        "Suggest a source", "Settings", "App version 8.{n}.1",
        "Privacy · Terms · Content policy · Ad choices",
        "Content policy", "Transparency report",
        "Get the app: iPhone | Android | Huawei AppGallery",
        "Log out of {outlet}", "Feed language ▾ EN", "Your location: {city} · Change",
        "Do not sell or share my personal information",
        "Manage ad preferences", "Appearance: System",
    )),
    Family("trending_block", ("after",), 2, (
        "From the same publisher\n{headline}\n{headline}\n{other_title}",
        "Next in your feed\n{headline}\n{headline}",
        "Hot in {city} today\n{headline}\n{headline}\n{headline}",
        "FOR YOU\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Because you read {section}\n{headline}\n{headline}\n{other_title_case}",
        "Other sources on this story\n{publisher} · {headline}\n{publisher} · {headline}",
        "Readers on {outlet} are sharing\n1 {headline}\n2 {headline}\n3 {headline}\n4 {headline}",
        "Coverage from {n} sources\nTop coverage\n{headline}\n{headline}\nFrom the wire\n"
        "{other_title}",
        "Listen next\n▶ {headline} · {n} min\n▶ {headline} · {n} min",
        "In your area\n{headline}\n{headline}",
        "Climbing the charts on {outlet}\n{headline} · {n}K reading\n{headline} · {n}K reading",
        "Swipe for more\n→ {headline}\n→ {headline}\n→ {headline}",
        "Still developing\n● {headline}\n● {headline}\n● {other_title_case}",
        "Saved by readers like you\n{headline}\n{headline}\n{headline}",
        "Briefing · {n} stories\n{headline}\n{headline}\n{headline}",
        "Topics you follow\n{topic}\n{topic}\n{section}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} writes for {publisher}. This story appears on {outlet} through a content "
        "partnership.",
        "Reported by {name} for {publisher}; curated by the {outlet} news team.",
        "About this publisher\n{publisher} is a {lang}-language news service based in {city}.",
        "{name} is the {outlet} editor who selects {section} stories for the morning digest.",
        "Follow {name} in {outlet} for more on {beat}",
        "{name}\n{beat} · {publisher}\n+ Follow",
        "{n}K followers · {name}",
        "Curated by {name}, {outlet} Editors",
        "{publisher} correspondent {name} files on {beat} from {city}.",
        "Browse {n} stories from {name}",
        "Verified publisher ✓",
        "{publisher} has been a {outlet} partner since {year} and publishes around {n} stories "
        "a day.",
        "Translator's note: translated by {name} with machine assistance.",
        "{name} is a wire correspondent in {city} whose reports on {beat} run in partner feeds.",
        "Author profile\n{name}\n{n} stories on {outlet}",
    )),
)
FRESH_T_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "Catch up: {n} headlines on {topic} from overnight",
    "Why everyone in {city} is talking about {topic}",
    "{Group} react as {subject} {verb} {object}",
    "Your {weekday} briefing: {topic} and {n} other stories",
    "The {topic} debate in {n} charts",
    "How {topic} could change your commute, according to {group}",
)
FRESH_T_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Metro transit authority", "State lottery commission", "Coastal guard unit",
                "Provincial parliament", "Airport operator", "Central statistics office",
                "Fishing cooperative", "National weather service", "Postal workers' union",
                "Grain exchange", "Harbour pilots' association", "Satellite operator",
                "Island ferry operator", "Vineyard association", "Tram conductors' guild"),
    "subject": ("the transit authority", "the airport operator", "the port authority",
                "the grain exchange", "the postal service", "the regional airline",
                "the lottery commission"),
    "verb": ("signs off on", "walks back", "fast-tracks", "puts on hold", "ramps up",
             "rules out", "greenlights", "renegotiates", "freezes", "expands"),
    "object": ("a fare cap for weekend travel", "Sunday ferry sailings",
               "its spectrum auction", "a night curfew on cargo flights",
               "a surcharge on airport parking", "a deal with striking dock workers",
               "a fresh round of harvest subsidies", "free Wi-Fi on regional trains",
               "the sale of its catering arm", "a data-sharing pact with telecoms",
               "a second runway study"),
    "tail": ("overnight", "after app outage", "as markets open", "hours before deadline",
             "after a week of talks", "amid data leak probe", "following user backlash"),
    "topic": ("roaming charges", "the grain corridor", "contactless fares",
              "drone deliveries", "data caps", "the weekend rail strike",
              "fuel price alerts", "the daylight saving switch", "the spectrum sale",
              "mobile ID cards"),
    "group": ("commuters", "app users", "freight firms", "holidaymakers", "gig workers",
              "shop owners", "frequent flyers"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Newsloop", "Skimly", "Briefcast", "Lumen News", "Tidal Reader", "Pocket Wire"),
    "publisher": ("Baltic Press Service", "Andes Wire", "Meridian Press Agency",
                  "Nordlicht Nachrichten", "Gulf Coast Dispatch", "Danube Wire Service",
                  "Agencia Puerto Sur", "Lakeland Chronicle"),
    "brand": ("Quillmoor Solar", "Packwise Delivery", "Stellamar Cruises", "Fennick Bank",
              "Orbiq Mobile", "Halden Insurance"),
    "lang": ("German", "Spanish", "Portuguese", "Polish", "Turkish", "Indonesian", "Korean"),
    "price": ("$2.99", "$4.99", "€3.49", "£3.99", "$1.99"),
    "first": ("Noor", "Mateo", "Liesel", "Tobias", "Ama", "Rafael", "Yuki", "Selin", "Piotr",
              "Camille"),
    "last": ("Varga", "Oduya", "Kowalczyk", "Albrecht", "Serrano", "Mwangi", "Halvorsen",
             "Takeda", "Duarte", "Kasprzak"),
    "beat": ("aviation", "shipping", "telecoms", "agriculture", "regional politics",
             "weather and disasters", "labour disputes", "consumer tech"),
    "city": ("Gdańsk", "Valparaíso", "Rotterdam", "Izmir", "Surabaya", "Busan"),
    "section": ("Top stories", "World", "Business", "Tech", "Sports", "Local"),
    "SECTION": ("TOP STORIES", "WORLD", "BUSINESS", "TECH", "SPORTS", "LOCAL"),
    "clock": ("06:30", "07:00", "8:15 AM", "12:40", "17:05", "9:00 PM"),
}

# fresh-v: written by an author who never saw the cleaning rules, as training data for the furniture
# model (not trained on yet: see bench/furniture_model.py): the furniture of tabloid, celebrity and
# entertainment news sites (gallery prompts, "most read" rails, quizzes and competitions, "got a
# story?" contact boxes, affiliate, bingo and betting disclosures, horoscope and puzzle links, video
# autoplay captions), in its own wordings.
FRESH_V_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Showbiz", "TV & Showbiz  Soaps  Reality TV  Royals  Puzzles  Bingo",
        "News | Showbiz | Sport | Fabulous | Motors | Money | Travel | Deals", "Soaps ▾",
        "{outlet} › {section} › Celebs", "Celebs A–Z", "{SECTION} EXCLUSIVES",
        "Love Island · Strictly · I'm A Celeb · EastEnders · Corrie", "Problem pages",
        "Games & Brainteasers", "Win!", "{outlet} Bingo", "Log in | Register for free",
        "In the headlines: {star} · {show} · {topic}",
        "Horoscopes · Tarot · Love Match · Numerology",
        "Today's front page", "Celebs", "Showbiz ☰", "TV Guide  What's On  Reviews  Streaming",
    )),
    Family("page_meta", ("before",), 2, (
        "By {name}, Showbiz Reporter", "By {name}, Deputy TV Editor",
        "Published: {clock}, {day} {month} {year} | Updated: {clock}, {day} {month} {year}",
        "{clock} ET, {month} {day} {year}", "🔴 SHOWBIZ EXCLUSIVE", "💬 {n}", "Credit: {agency}",
        "Warning: the video in this article contains flashing images", "SPOILER ALERT",
        "Made with our friends at {brand}", "Breaking · {n} mins", "▶ Click to play",
        "As told to {name}", "Warning: strong language", "{outlet} Showbiz Desk",
        "This story originally appeared in {outlet}'s {weekday} print edition",
        "Warning: contains spoilers for tonight's episode of {show}",
        "Pictures: {agency} / Instagram @{handle}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share this with", "Messenger  WhatsApp  Facebook  X  Email  Copy link",
        "Click to share on WhatsApp", "🔥 Going viral", "Send on Snapchat", "Read later",
        "Share or comment on this article:", "Messenger  Snapchat  Reddit  Pinterest",
        "Send to a mate", "Copied! Now paste it anywhere", "Post on Threads", "Tell your followers",
        "View this post on Instagram", "A post shared by {star} (@{handle})",
        "Post this snap on X", "Share the goss", "f  𝕏  ✉  🔗",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}", "{headline}",
        "{headline} – in snaps", "{HEADLINE} 🚨", "{headline} 😱", "{headline} (watch the clip)",
        "{headline} – only in {outlet}", "SNAPPED: {headline}", "{headline} 📸",
        "{other_title_case} – the fallout", "{headline} | {show} spoilers",
        "'{headline}'", "{headline} - see the snaps", "{headline} on last night's {show}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Video Player is loading.", "Current Time 0:00 / Duration {duration}",
        "Next video starting in {n}", "This video can not be played", "Autoplay next video",
        "— AD —", "Adverts help keep {outlet} free to read", "STEAL HER STYLE",
        "Her {product}? Yours for {price} at {retailer}", "Sponsored Links by {adnet}",
        "Powered by {adnet}", "WIN a luxury break for two in {city} – enter now",
        "{outlet} Holidays: breaks from £{n}9pp",
        "Bingo: new players only, min deposit {price}, wagering 20x applies, 18+",
        "{outlet} may receive a commission from bookmakers featured in this article",
        "This content is paid for by an advertiser", "Unmute 🔇",
        "Your clip will play after this short message",
    )),
    Family("labelled_link", ("inside",), 3, (
        "{STAR} ⬇ ALL THE STORIES", "WORLD EXCLUSIVE – {headline}", "PICTURE EXCLUSIVE: {headline}",
        "▶ WATCH THE MOMENT: {other_title_case}", "Scroll through the gallery for more snaps",
        "Fancy a quiz? {quiz}", "Daily horoscope: what the stars hold for {sign}",
        "Puzzles: play today's {puzzle}", "Latest {show} news: {headline}",
        "Missed last night? {headline}", "Who is {star}? Meet the {show} star",
        "Read the whole saga: {headline}", "Read {star}'s full interview in this week's magazine",
        "Follow our live coverage of {show}", "ON THE TELLY: {headline}",
        "Snaps: {headline}", "More on the {show} row: {other_title}",
        "Swipe for more pictures →",
    )),
    Family("newsletter", ("after",), 2, (
        "Sign up to our Showbiz email for the juiciest goss, first",
        "Your daily dose of showbiz gossip — free, every morning",
        "Want the latest {show} spoilers? Sign up here",
        "Enter your email to get your free {sign} reading",
        "Your stars, delivered at {clock} daily",
        "Allow alerts? We'll only ping you for the big ones",
        "That email address doesn't look right", "Something went wrong, please try again later.",
        "Yes, send me the goss!", "Get {outlet} delivered to your door: 3 months for {price}",
        "Download the {outlet} app for exclusives before anyone else",
        "Follow {outlet} Showbiz on Instagram, TikTok and Snapchat",
        "Subscribe to {outlet} TV on YouTube",
        "Join {n},000 soap fans on our WhatsApp group", "We'll never share your details.",
        "Tick here if you'd like offers from our partners",
        "Get puzzle reminders and your streak in one place",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Got a story? Email {email} or call {phone}",
        "Got a celebrity story? Email us at {email}",
        "Do you have a story for the {outlet} team? WhatsApp us on {phone}",
        "We pay for your stories!",
        "Got a showbiz story or exclusive pictures? Get in touch",
        "The comments below have not been moderated.",
        "The views expressed in the contents above are those of our users and do not "
        "necessarily reflect the views of {outlet}.",
        "Newest  Oldest  Best rated  Worst rated", "Click to rate",
        "Like · Reply · {n} hrs", "Got something to say? Log in first",
        "Is {star} right? Vote in our poll", "Who do you want to win? Vote below",
        "Did you spot it? Tell us on Facebook", "Loading comments…",
        "Sorry, we are not currently accepting comments on this article.",
        "Top comment 🔥 ({n} likes)",
    )),
    Family("copyright", ("after",), 2, (
        "© {publisher} Limited in England No. {n}{n}{n}{n}{n}",
        "Registered office: {n} Fleet Row, London EC4A {n}XX",
        "{outlet} has commercial relationships with bookmakers; odds are subject to change. "
        "18+.",
        "Closing date {day} {month}. One entry per person. Winners drawn at random.",
        "If you buy something through a link on this page, we may earn a small commission.",
        "All photos used with permission or under licence from {agency}.",
        "We try to get things right. If we've made a mistake please email "
        "corrections@{domain}",
        "Calls cost 7p per minute plus your phone company's access charge.",
        "Texts cost £1 plus standard network rate. Lines close at midnight.",
        "Bingo and casino games are provided by {operator}. You must be 18 or over to play.",
        "Prizes must be claimed within {n} days or they will be forfeited.",
        "Discount codes are supplied by our partners and may expire without notice.",
        "{outlet} abides by the Editors' Code of Practice.",
        "Reader offers are fulfilled by third parties, not by {outlet}.",
        "{outlet} and {publisher} are not responsible for readers' comments.",
        "Star signs written for fun — please don't plan your life around them.",
    )),
    Family("footer_links", ("after",), 1, (
        "Editorial complaints", "Puzzle help & FAQs", "Bingo T&Cs", "Topic index",
        "Vouchers", "Help hub", "Contact the Showbiz desk", "Regulated by IPSO", "Deals hub",
        "Flog us your photos", "Gender pay gap report", "Reader offers", "Win T&Cs",
        "Tip-off line", "Dating", "Photo sales", "Gambling help & safer play",
    )),
    Family("trending_block", ("after",), 2, (
        "HOTTEST IN {SECTION}\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Top showbiz stories\n{headline}\n{headline}\n{other_title}",
        "Your stars\n{sign}: {stars}\n{sign}: {stars}\n{sign}: {stars}",
        "Puzzles\nCrossword\nSudoku\nWordsearch\nCodeword",
        "Win!\nWIN a {prize}\nWIN {price} cash\nWIN a {prize}",
        "Clips you can't miss\n{duration} {HEADLINE}\n{duration} {HEADLINE}",
        "Spotted!\n{headline}\n{headline}\n{headline}",
        "All the latest on {star}\n{headline}\n{headline}",
        "TRENDING IN SOAPS\n{HEADLINE}\n{other_title_case}\n{HEADLINE}",
        "{show} goss\n{headline}\n{headline}\n{headline}",
        "Fan favourites\n1 {headline}\n2 {headline}\n3 {headline}\n4 {other_title}",
        "Test yourself\nQUIZ: {quiz}\nQUIZ: {quiz}",
        "Everyone's sharing\n{headline}\n{other_title}\n{headline}",
        "Picture specials\n{headline} (gallery)\n{headline} (gallery)",
        "Fabulous deals\n{product} – {price}\n{product} – {price}",
        "TV tonight\n{clock} {show}\n{clock} {show}\n{clock} {show}",
        "Bizarre world\n{headline}\n{headline}\n{other_title_case}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is {outlet}'s TV Editor and has watched every episode of {show} since series one.",
        "{name} is our Showbiz Editor and has been covering celebrity news since {year}.",
        "{name} has written our daily stars since {year}.",
        "Our TV critic {name} gives you the verdict every {weekday}.",
        "{name} joined {outlet} from a regional daily in {year} and now leads the showbiz team.",
        "Got a tip for {first}? Email {email}",
        "{name} is a royal correspondent who has travelled with the family on {n} tours.",
        "{name}\nDeputy Showbiz Editor\nView all articles",
        "{name} sets our {puzzle} and has compiled over {n}00 puzzles.",
        "{name} has been the paper's agony aunt for {n} years.",
        "{name} is a consumer reporter who hunts down the best deals on {beat}.",
        "Find {name} on TikTok and Instagram @{handle}",
        "{name} is a former {show} contestant who now writes a weekly column.",
        "{name} was named Showbiz Reporter of the Year in {year}.",
        "{name} covers soaps and reality TV. She previously worked at a celebrity weekly in "
        "{city}.",
        "About {first}: {name} spends most weekends chasing A-listers on the red carpet in {city}.",
        "{name} is our Bizarre columnist.",
    )),
)
FRESH_V_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "{star} breaks silence on {topic}",
    "{show} fans fume over {topic}",
    "Where are the {show} stars now?",
    "{Group} in uproar over {topic}",
    "{star} splits from partner of {n} years",
    "The truth behind {topic}",
)
FRESH_V_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Soap hunk Danny Crewe", "Villa bombshell Kayla Moss", "Chart-topper Kezia Vale",
                "Glamour model Tiffany Rourke", "Reality star Jaden Pike",
                "Daytime TV presenter", "Former girl group singer", "Pop diva Amara Sky",
                "Quiz show host Barry Denton", "Celebrity hairdresser",
                "Jungle show winner", "Hollywood A-lister Conor Vance",
                "Ex-boyband heartthrob Lee Marsh", "Panto dame Rodney Pratt"),
    "verb": ("flaunts", "slams", "splashes out on", "cosies up to", "quits", "mocks",
             "lands", "breaks down over", "shows off", "bags"),
    "object": ("a £2m Cotswolds mansion", "jaw-dropping bikini body on holiday",
               "her ex's new girlfriend", "a secret tattoo", "a six-figure book deal",
               "a panto role in Blackpool", "a glam makeover", "a rare snap of her twins",
               "his £90k sports car", "a cheeky on-air joke", "a garden makeover"),
    "tail": ("in Marbella", "on holiday in Dubai", "after split rumours",
             "at the awards afterparty", "as fans rush to defend her", "hours after jungle exit",
             "live on air"),
    "topic": ("cheating rumours", "the feud", "the wedding snub", "the 'fix' claims",
              "the Botox row", "the villa bust-up", "reunion rumours", "the baby news",
              "weight-loss jabs", "the dressing room rift"),
    "group": ("viewers", "soap fans", "co-stars", "trolls", "superfans", "neighbours"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Daily Dazzle", "Starwatch Online", "The Sunday Gossip", "Red Top Express",
               "Glitz Weekly", "The Morning Blab"),
    "publisher": ("Tattle Group Newspapers", "Brightside Media Holdings"),
    "first": ("Stacey", "Gavin", "Leanne", "Darren", "Kerry", "Jordan", "Amber", "Craig",
              "Jodie", "Ryan"),
    "last": ("Pickering", "Doherty", "Mullins", "Sharkey", "Whitlow", "Coombes", "Bellamy",
             "Tranter", "Goodall", "Kinsella"),
    "beat": ("travel", "supermarket shopping", "energy bills", "holidays", "TV and streaming",
             "soaps"),
    "city": ("Ibiza", "Marbella", "Las Vegas", "Dubai", "Blackpool", "Benidorm"),
    "section": ("Showbiz", "Soaps", "TV", "Royals", "Bizarre", "Fabulous"),
    "SECTION": ("SHOWBIZ", "SOAPS", "TV", "ROYALS", "BIZARRE", "FABULOUS"),
    "clock": ("7:30pm", "8pm", "9pm", "10.35pm", "06:12", "11:48"),
    "star": ("Kezia Vale", "Danny Crewe", "Amara Sky", "Jaden Pike", "Tiffany Rourke",
             "Conor Vance", "Lee Marsh"),
    "STAR": ("KEZIA VALE", "DANNY CREWE", "AMARA SKY", "JADEN PIKE", "LOVE ISLAND"),
    "show": ("Love Island", "Strictly", "I'm A Celeb", "EastEnders", "Coronation Street",
             "Emmerdale", "Gogglebox", "The Traitors", "Hollyoaks"),
    "sign": ("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio",
             "Sagittarius", "Capricorn", "Aquarius", "Pisces"),
    "stars": ("an old flame gets back in touch", "money worries ease by the weekend",
              "say yes to that last-minute invite", "a friend's secret surprises you",
              "romance heats up after Tuesday", "trust your gut over a work offer"),
    "puzzle": ("crossword", "sudoku", "wordsearch", "codeword", "quick cryptic", "wordle-style"),
    "prize": ("hot tub", "family trip to Orlando", "year's supply of chocolate",
              "£500 shopping spree", "brand new hatchback", "VIP festival package"),
    "quiz": ("How well do you know the Queen Vic regulars?",
             "Guess the villa couple from their emojis",
             "Only true soap fans can score 10/10 on this",
             "Name the 2000s pop hit from one line"),
    "duration": ("0:31", "0:58", "1:24", "2:47", "4:05"),
    "price": ("£9.99", "£15", "£250", "£1,000", "£35", "£4.50"),
    "product": ("faux fur gilet", "sequin mini dress", "LED make-up mirror",
                "air fryer", "celebrity-approved tan mousse", "satin pyjama set"),
    "retailer": ("Bargain Barn", "Shelby's", "Style Depot", "ClickCart"),
    "brand": ("Sunkissed Tan Co.", "Sparkle Bingo", "Hollow Oak Cider"),
    "agency": ("Splash News", "Backgrid", "Rex Features", "MEGA Agency", "Shutterstock"),
    "adnet": ("Taboola", "Outbrain", "AdClick Networks"),
    "operator": ("Lucky Lane Gaming Ltd", "Northbay Interactive Ltd"),
    "email": ("exclusive@dailydazzle.example", "showbiz@starwatch.example",
              "tips@redtopexpress.example", "stories@glitzweekly.example"),
    "phone": ("07480 123 456", "0203 615 0101", "07700 900 412"),
    "domain": ("dailydazzle.example", "starwatch.example", "redtopexpress.example"),
}

# fresh-y: written by an author who designs general-news sites of every size and region (city
# dailies, national broadcasters, wire-service client sites, regional weeklies, digital-native
# outlets) and never saw the cleaning rules, as a sealed unseen check (training data since its
# leftovers were read to improve the rules).
FRESH_Y_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Go to homepage", "Flick through today's paper",
        "NEWS · SPORT · BUSINESS · LIFE · ENTERTAINMENT · PROPERTY · MOTORING",
        "Choose your edition: UK | US | Australia | International", "Hide sections list",
        "Your region: {city} (change)", "Puzzles & Games",
        "Watch live   Listen live   Catch-up   Schedules", "Explore {outlet}",
        "Set your location for local news", "Weather in {city}: {n}° and showers",
        "Jump to: Top stories · {section} · Local", "Menu  Search  {outlet}  Subscribe",
        "Nation | World | Pacific | Te Ao",
    )),
    Family("page_meta", ("before",), 2, (
        "{name} with agencies, {city}", "{name}, Chief Reporter",
        "Originally filed {day} {month} at {clock}; last change {n} minutes ago",
        "Long read · settle in for {n} minutes",
        "Pictured above: the scene in {city} (photo: {name})",
        "For subscribers only: free to read today", "Words and pictures: {name}",
        "Appeared in the {weekday} print edition, page {n}",
        "This story is from the wires and has not been edited by our staff",
        "First posted {clock}, {weekday}", "Fact-checked by the {outlet} standards desk",
        "AUDIO: hear this read aloud",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Send to:", "Email  Facebook  X  Bluesky  Reddit",
        "Copied!", "Other ways to share",
        "You have {n} gift articles to give this month", "Save article to My List",
        "Listen later in the app", "Buy a reprint of this photo",
        "{n} Facebook shares · {n} comments", "Print or save as PDF",
        "{n} people sent this to a friend", "Send this to someone who'd like it",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}",
        "{other_title_case}", "{HEADLINE}",
        "{headline} · The Long Read", "{name}: {headline}",
        "{headline} 🎧", "{headline} — on air at {clock}",
        "{headline} ({city}, {weekday})", "In {city}: {other_title_case}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Ads like this one pay for our reporters in {city}",
        "Your video will play after this short message",
        "Created by {outlet} Studio for a commercial partner", "Sponsored by a local business",
        "Remove ads with a subscription", "This section is sponsored by {city} Credit Union",
        "Our journalism relies on advertising. Please consider allowing ads on {outlet}.",
        "BRANDED", "Advertentie",
        "Keep reading – the story continues underneath", "Promoted by {city} Tourism",
        "Paid placement", "AD · CLOSE",
    )),
    Family("labelled_link", ("inside",), 3, (
        "What we know so far: {headline}", "We checked the claims: {headline}",
        "From {year}: {headline}", "You wrote in, we looked into it — {headline}",
        "Listen back to this morning's programme: {headline}",
        "Continued in the next instalment ➝ {headline}",
        "In our leader column: {headline}", "Latest {section} news: {headline}",
        "Yesterday's top story: {headline}", "Why it matters: {headline}",
        "Also from our newsroom: {headline}", "SEE IT ON TONIGHT'S NEWS: {headline}",
        "How we reported it then: {other_title_case}",
        "The story so far: {other_title}",
    )),
    Family("newsletter", ("after",), 2, (
        "{outlet}'s Morning Edition lands in your inbox before 6am, Monday to Saturday.",
        "Email address (required)",
        "Tick here if you'd rather not hear about events and offers from {outlet}.",
        "Yes, send it",
        "Almost done: click the link we just emailed you.",
        "The Evening Wrap: the day's news in five minutes",
        "Subscribe for just $1 for 6 months", "Remind me tomorrow",
        "Got a minute? Our {city} newsletter is free and lands every Thursday.",
        "Please enter a valid email",
        "Want the headlines first? Turn on notifications.",
        "Tailor your briefing: choose up to {n} topics",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Your say: add a comment", "{n} readers have weighed in",
        "Oldest | Newest | Most liked",
        "Only registered subscribers can post. Create your account in under a minute.",
        "House rules for comments", "How did this story make you feel? 😊 😐 😡",
        "Comments are switched off on court reports for legal reasons.",
        "Replies to this comment ({n})",
        "Reply · Like · {n}h", "The views expressed in comments are not those of {outlet}.",
        "Continue with Google", "Mute user",
    )),
    Family("copyright", ("after",), 2, (
        "Printed and published by {outlet} Newspapers Ltd at {city}",
        "All material on this site is the property of {outlet} and may not be reproduced.",
        "Regulated by IPSO. {outlet} © {year}",
        "{outlet} belongs to the {city} Media family of titles",
        "This story was automatically published from a syndicated feed and not edited by "
        "{outlet} staff.",
        "{year} © {outlet} — every right reserved, including text and data mining",
        "Member of the Press Council of Ireland",
        "Content on this page is © {outlet} {year} unless otherwise stated.",
        "{outlet}, part of the Harbourline Network",
        "Photographs © {year} {outlet}; prints available from our photo sales desk",
    )),
    Family("footer_links", ("after",), 1, (
        "Make a complaint about our coverage", "Our code of practice",
        "Syndication & licensing", "Join the team",
        "Newsroom staff directory", "Advertising terms",
        "Ownership & funding", "Old editions",
        "Apps · Podcasts · Newsletters", "Submit a news tip",
        "Cookie settings  Terms  Accessibility",
    )),
    Family("trending_block", ("after",), 2, (
        "Top 5 today\n1 {headline}\n2 {headline}\n3 {other_title}\n4 {headline}\n5 {headline}",
        "Busiest stories on {outlet} right now\n{headline}\n{other_title_case}\n{headline}",
        "News ticker\n{clock} {headline}\n{clock} {headline}\n{clock} {other_title}",
        "More {section} news from {city}\n{headline}\n{headline}",
        "Today's most commented\n{headline} ({n})\n{headline} ({n})\n{headline} ({n})",
        "Around the region\n{city}: {headline}\n{city}: {headline}",
        "Watch next\n{headline}\n{headline}\nMore videos",
        "Chosen by our editors\n{headline}\n{headline}\n{other_title}",
        "HEADLINES AT A GLANCE\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Tonight's bulletin\n— {headline}\n— {headline}\n— {other_title_case}",
        "Because you read this story\n{other_title}\n{headline}",
        "Latest from {outlet}\n{headline}\n{n} minutes ago\n{headline}\n{n} minutes ago",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} spent {n} years on the {beat} round before becoming news editor.",
        "{name} also presents the {weekday} breakfast show",
        "{name} was previously a producer at a regional broadcaster in {city}.",
        "Past columns from {name}",
        "{name} is a freelance journalist who writes about {beat}. Their work has appeared in "
        "national and regional titles.",
        "Reach {name} securely on Signal.",
        "{name} — reporter, {outlet}\nBased in {city}, {name} reports on {beat} and the people it "
        "touches.",
        "{name} studied journalism in {city} and joined the newsroom in {year}.",
        "{n} articles · Follow {name}",
        "{name} was shortlisted for regional journalist of the year in {year}.",
        "Message {name} directly",
        "{name} is our {beat} specialist; before {outlet} she spent a decade in {city}.",
    )),
)
FRESH_Y_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "{Group} fume as {topic} drags on",
    "Live: {Subject} in crisis talks over {topic}",
    "{Group} caught out by {topic}",
    "Ten years on, has {topic} paid off?",
    "How {topic} divided a small town",
    "{Subject} apologises over {topic}",
)
FRESH_Y_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Shire council", "Stevedores' association", "Bus drivers' union",
                "Provincial cabinet", "Cathedral chapter", "Hurling club", "County coroner",
                "Harbourmaster's office", "Fishermen's co-operative", "Night market traders",
                "Borough planning committee", "Tenants' federation", "Regional airline",
                "Amateur dramatic society"),
    "verb": ("throws out", "rubber-stamps", "shelves", "revives", "signs up to", "balks at",
             "steps back from", "pushes ahead with"),
    "object": ("a toll on the coast road", "plans to close the maternity unit",
               "a cap on holiday lets", "the sale of the old drill hall",
               "a curfew for teenagers in the town centre", "a merger with its neighbour",
               "funding for a second bridge", "the move to a four-day school week"),
    "tail": ("after heated meeting", "in split vote", "as deadline looms",
             "despite petition", "after years of delays", "following storm damage"),
    "topic": ("the inner relief road", "the tourist tax", "hospital car park fees",
              "the harbour dredging", "fortnightly rubbish pickups",
              "the winter sailing schedule", "the offshore wind farm",
              "the new catchment areas", "pokies licences"),
    "group": ("islanders", "shift workers", "landlords", "crofters", "market traders",
              "bus commuters", "retirees"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Kestrel Gazette", "Broadwater Evening News", "Highveld Herald Online",
               "The Lantern Standard", "Copperline Broadcasting", "Stonebridge Times-Journal"),
    "first": ("Niamh", "Tendai", "Rhys", "Marisol", "Oskar", "Ifeoma", "Callum", "Leilani",
              "Yusuf", "Greta"),
    "last": ("Fitzgerald", "Moyo", "Pritchard", "Villanueva", "Halvorsen", "Adeyemi",
             "McAllister", "Kahale", "Demir", "Sorensen"),
    "beat": ("courts", "local government", "transport", "the environment", "education",
             "social affairs", "agriculture"),
    "city": ("Cork", "Bulawayo", "Swansea", "Cebu", "Tromsø", "Hobart"),
    "section": ("News", "Politics", "Region", "Business", "Sport", "Lifestyle"),
    "SECTION": ("NEWS", "POLITICS", "REGION", "BUSINESS", "SPORT", "LIFESTYLE"),
    "clock": ("07:12", "08:40", "10:05", "12:58", "15:21", "17:34", "21:03"),
}

# fresh-z: written by an author who never saw the cleaning rules, as a sealed unseen check (never
# training data; read since, in the twelfth session): the furniture of US local TV-station and
# newspaper-chain sites, UK and Irish regional papers, Canadian and New Zealand outlets, and
# digital-native newsletters and Substack-like pages.
FRESH_Z_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "☰ Browse {outlet}",
        "Local · Weather · Traffic · Investigations · Sports · Contests",
        "Watch {outlet} live now", "School & business closings ({n})",
        "Sign in / Register  |  e-Paper  |  Obituaries  |  Classifieds",
        "Home ⟩ Communities ⟩ {city}",
        "Weather alert in effect for {city} — tap for details",
        "News | Sport | What's On | Property | Jobs | Announcements | Motors",
        "Ōtautahi · Tāmaki Makaurau · Te Whanganui-a-Tara · Regions",
        "Local · Provincial · National · World · Opinion · Arts",
        "Posts  Archive  About  Subscribe",
        "Manage my subscription · Help centre · Log out",
        "LIVE RADAR | TRAFFIC CAMS | SCHOOL CLOSINGS",
        "Read {weekday}'s print replica",
        "Browsing: {section}",
    )),
    Family("page_meta", ("before",), 2, (
        "Story by {name} and the {outlet} news team", "Revised {clock} · {month} {day}",
        "{weekday} {month} {day} · last edited {clock}", "{name}, Local Democracy Reporter",
        "Top image courtesy of {name} for {outlet}",
        "☕ Grab a coffee: this one takes about {n} minutes",
        "Free for everyone this week — paid subscribers get the whole back catalogue",
        "Correction appended {day} {month}", "Words: {name} (she/her) · {city}",
        "Filed from {city} at {clock}", "Reporting by {name}; editing by the {section} desk",
        "{name} · Contributing writer",
        "Editor's note: this article was first published on {month} {day} and has been "
        "updated.",
        "🎧 Hear {name} read this story",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Pass it on", "Know someone who'd like this? Forward it along.",
        "f  𝕏  in  ✉  🔗", "Bluesky · Threads · Facebook · Email",
        "🔗 Copy the permalink", "SMS · WhatsApp · Messenger",
        "{n} reposts · {n} likes", "Unlock this story for a friend — free",
        "🔖 Bookmark", "Restack · Reply · Share",
        "Save for my commute", "Text it to a friend",
        "Embed this video",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}",
        "{other_title_case}", "{HEADLINE}",
        "📺 ON AIR | {headline}", "EXCLUSIVE: {other_title_case}",
        "{headline} [NEW DETAILS]", "{outlet} INVESTIGATES ▸ {headline}",
        "{headline}  🔒", "{city} | {headline}",
        "Opinion | {other_title}", "📷 {headline}",
        "Premium  {headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsored Content by {sponsor}", "↓ More of this article below ↓",
        "Presented by {sponsor}", "A word from this week's sponsor, {sponsor}",
        "Ad · Tap to learn more", "Local deals from {sponsor} — shop now",
        "Is this ad bothering you? Let us know", "In partnership with {sponsor}",
        "Ad-free reading is a subscriber perk. Upgrade today.",
        "Thanks to {sponsor} for keeping this newsletter free.",
        "Sponsor message", "Your content will resume in {n} seconds",
        "{sponsor} is proud to support local journalism in {city}",
        "Hide this promotion",
    )),
    Family("labelled_link", ("inside",), 3, (
        "LOCAL ANGLE: {headline}", "New to this saga? Start here: {headline}",
        "From our noon broadcast: {headline}", "What happened next: {headline}",
        "The road to this point ▸ {headline}", "The full timeline: {headline}",
        "Missed it last week? {headline}", "Archive pick: {other_title}",
        "Also on the 6 o'clock news: {headline}", "Read the previous issue: {headline}",
        "Need the basics? {headline}", "Columnist's take: {other_title_case}",
        "Tap to watch ▶ {headline}", "LAST TIME ON THIS STORY: {headline}",
        "This is chapter {n}. The last one: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Breaking news, sent the moment it happens. Sign up for {outlet} alerts.",
        "you@example.com",
        "{letter}: every weekday at {clock}",
        "Become a paid subscriber to get every issue and the full archive.",
        "Chip in $5 a month", "No thanks, take me to the article",
        "One more step — hit the button in the email we've sent you.",
        "Over {n} thousand readers already get {letter}.",
        "We'll never share your email. Unsubscribe anytime.",
        "The {city} Weekender: what's on, where to eat, what to know",
        "Enter your postcode for local alerts", "Switch to the annual plan and save {n}%",
        "Love this? Tell a friend and they'll get a free month.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Have your say below — please keep it civil.", "Sorted by best ▾",
        "Sign in with your subscriber account to reply", "💬 Join {n} neighbours in the thread",
        "Reader discussion: {n} posts", "Comments on this article have closed.",
        "Flag this reply for a moderator", "Read our community guidelines before posting.",
        "Start typing your comment here…", "Show {n} hidden replies",
        "Paid subscribers can comment on this post.",
        "Share your thoughts with the {outlet} community",
        "Comments may be held for review if they include links.",
        "Upvote · Reply · Share",
    )),
    Family("copyright", ("after",), 2, (
        "{outlet} serves {city} and {region}; it is owned by {publisher}. © {year}",
        "{outlet} is published by {publisher}, a company registered in England and Wales.",
        "© {year} {publisher} Ltd, Level {n}, {city}",
        "Some content licensed from {publisher}; redistribution prohibited.",
        "{outlet} receives federal funding for local reporting in {city}.",
        "{outlet} — independent and reader-funded since {year}",
        "© {year} {name} · Privacy ∙ Terms ∙ Collection notice",
        "{outlet} runs on reader support. © {year}",
        "{outlet} is locally owned and edited in {city}.",
        "The {outlet} name and logo are trademarks of {publisher}.",
        "Original reporting © {year} {outlet}; wire copy remains the property of its agency.",
        "{outlet} subscribes to the principles of the regional press council.",
    )),
    Family("footer_links", ("after",), 1, (
        "FCC public file · EEO report · Closed captioning", "Opt out of targeted ads",
        "Jobs with us  ·  Media kit  ·  Reach the newsroom",
        "Buy a photo  Place a notice  Order back issues",
        "Spotted an error? Tell us", "A–Z of topics",
        "Delivery problems? Call customer care", "How we report: standards and ethics",
        "Feeds for your reader", "Cookie choices",
        "Announcements: Births · Marriages · Deaths", "Fix a mistake: corrections desk",
        "Get the app on iPhone or Android",
    )),
    Family("trending_block", ("after",), 2, (
        "Most Viewed\n#1 {headline}\n#2 {other_title}\n#3 {headline}\n#4 {headline}",
        "🔥 Hot right now\n{headline}\n{headline}\n{headline}",
        "Latest headlines\n{clock} | {headline}\n{clock} | {headline}\n{clock} | {other_title}",
        "Elsewhere in the area\n• {headline}\n• {headline}\n• {headline}",
        "Around {region}\n{headline}\n{other_title_case}",
        "Picked for you\n{headline}\n{headline}",
        "Recent posts\n{headline}\n{month} {day}\n{headline}\n{month} {day}",
        "Up next on {outlet}\n▷ {headline}\n▷ {headline}\n▷ {headline}",
        "Weekend reads\n{headline}\n{other_title}\n{headline}",
        "Most shared this week\n{headline}\n{headline}\n{headline}",
        "{SECTION} ROUNDUP\n{HEADLINE}\n{HEADLINE}",
        "Stories you might have missed\n{other_title_case}\n{headline}\n{headline}",
        "What's happening in {city}\n{headline} — {n} min ago\n{headline} — {n} min ago",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a multimedia journalist at {outlet}. Send story tips to {handle}@{domain}.",
        "You can catch {name} weeknights at 5 and 6 on {outlet}.",
        "{name} covers {beat} for {outlet} as part of a local journalism fellowship.",
        "A former teacher, {name} has written this newsletter since {year}.",
        "Follow {name}'s reporting on {beat} ›",
        "{name}\nCovering {beat}\n@{handle}",
        "{name} grew up in {city} and came home to cover {beat} in {year}.",
        "{name} is a Local Democracy Reporter based at {outlet}; the post is publicly funded.",
        "Email the author",
        "{name} writes about {beat} from {city}. Subscribe to get new posts by email.",
        "{name} has won {n} regional press awards for coverage of {beat}.",
        "{name} is on Bluesky at @{handle}.bsky.social",
        "{name}'s reporting is supported by a grant from {sponsor}'s community fund.",
    )),
)
FRESH_Z_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "'We feel forgotten': {group} speak out on {topic}",
    "{month} deadline looms for {group} over {topic}",
    "Explained: why {topic} has {group} so angry",
    "{Subject} faces backlash over {topic}",
    "Town hall erupts over {topic}",
    "{Subject} {verb} {object} in the wake of {topic}",
)
FRESH_Z_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Township board", "Parish council", "County commission",
                "Transit authority", "Regional district board", "Volunteer fire brigade",
                "Iwi trust", "Rural municipality", "Harbour trust", "Library board",
                "Hockey association", "Business improvement district", "Respite care trust",
                "Snowmobile club"),
    "verb": ("green-lights", "votes down", "pauses work on", "drops", "revisits", "expands",
             "tables", "walks back", "fast-tracks"),
    "object": ("a levy for road resurfacing", "plans for a dog park on the old mill site",
               "the bid to rename Main Street", "a 3% property tax increase",
               "funding for the snow-clearing contract", "the ferry timetable shake-up",
               "a freeze on new short-term rentals", "the school bus route changes",
               "a ban on gas leaf blowers", "a proposal to close two branch libraries"),
    "tail": ("after packed public hearing", "amid budget shortfall", "before spring thaw",
             "after months of pushback", "on a 4-3 vote", "as residents pack meeting"),
    "topic": ("the property reassessment", "snow day make-up rules", "the boil-water notice",
              "the bypass roadworks", "ferry cancellations", "the new wheelie-bin collection",
              "GP shortages", "the stormwater levy", "daylight saving",
              "the water meter rollout"),
    "group": ("homeowners", "rural families", "small landlords", "bus riders", "teachers",
              "dairy farmers", "north end residents"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("Tri-Valley NewsChannel 8", "The Ashcombe Advertiser", "Kilbrannagh Champion",
               "The Muskeg Ledger", "Kōwhai Coast Courier", "The Pinewood Dispatch",
               "Thornbury Clarion"),
    "first": ("Brittany", "Siobhan", "Declan", "Aroha", "Mackenzie", "Gurpreet", "Wiremu",
              "Colleen", "Tyler", "Elise"),
    "last": ("Kowalczyk", "Murtagh", "Tremblay", "Ngata", "Pemberton", "Delgado", "Hughes",
             "Sandhu", "MacPhail", "Brennan"),
    "beat": ("city hall", "schools", "weather", "public safety", "housing", "the courts",
             "agriculture", "health"),
    "city": ("Spokane", "Chattanooga", "Galway", "Norwich", "Saskatoon", "Halifax", "Dunedin",
             "Tauranga"),
    "section": ("Local", "Weather", "Politics", "Community", "Sport", "Business"),
    "SECTION": ("LOCAL", "WEATHER", "POLITICS", "COMMUNITY", "SPORT", "BUSINESS"),
    "clock": ("5:42 a.m.", "7:15 a.m.", "11:08 a.m.", "2:30 p.m.", "6:04 p.m.", "10:51 p.m."),
    "sponsor": ("Riverbend Auto Group", "Fenwick & Daughters Plumbing",
                "Northshore Credit Union", "Glenmore Garden Centre", "Maple Crest Dental",
                "Tui Valley Dairy"),
    "publisher": ("Bellwether Local Media", "Cairnside Press Group",
                  "Northern Lights Broadcasting", "Harakeke Media"),
    "domain": ("newsdesk.example.com", "local.example.org", "staff.example.net"),
    "region": ("the Tri-Valley", "the Waikato", "the Annapolis Valley", "North Norfolk",
               "the Kootenays", "the Midlands"),
    "letter": ("The Daybreak Digest", "Cup of Local", "The Thursday Tide",
               "Notes from the County Line"),
}

# fresh-x: written by an author who never saw the cleaning rules, as training data for the furniture
# model (not trained on yet: see bench/furniture_model.py): the furniture of English-language news
# sites in Asia, Africa and the Pacific (e-paper links, WhatsApp and Telegram channel invites, SMS
# and USSD alert codes, mobile-money donation asks, regional edition switchers, prayer-time and
# exchange-rate widgets, "also read" style links), in its own wordings.
FRESH_X_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Counties", "Edition: {region} ▾",
        "Nation  Counties  Business  Africa  Sports  Opinion  Life",
        "You are here: News / {region} / {section}", "Digital copy of today's paper →",
        "Fiji | Samoa | Tonga | Vanuatu | Solomon Islands | PNG",
        "Metro  Provinces  Nation  ASEAN  World", "Lagos · Abuja · Port Harcourt · Kano",
        "MORE ▾", "Jobs  Tenders  Classifieds  Obituaries", "{outlet} Plus",
        "Switch to the {region} edition",
        "{weekday}, {day} {month} {year} | {city} 27°C ☁",
        "Fajr 4:52  Dhuhr 12:18  Asr 3:41  Maghrib 6:20  Isha 7:33",
        "USD/KES 129.45 ▲  GBP/KES 163.20 ▼  EUR/KES 140.08 ▲",
        "Log in | Register | Subscribe from KSh 10 a day", "Elections {year}",
        "Read the paper as it was printed", "Radio  TV  Podcasts  Vernacular",
        "LATEST NEWS",
    )),
    Family("page_meta", ("before",), 2, (
        "By {name} — Senior Writer",
        "Posted {weekday}, {month} {day}, {year} at {clock} EAT", "{n}h ago",
        "From our {city} newsroom",
        "Date: {day}-{month}-{year}", "This article first ran in the {weekday} paper, page {n}",
        "{name} | Filed from {city}", "Audio: Kiswahili | English",
        "👀 {n},{n}{n}{n} reads", "Modified {clock} WAT",
        "Compiled by our regional correspondents", "⏱ {n} min", "{SECTION} › {region}",
        "Story by {name}, with agency inputs", "📷 {name}, {outlet} photographer",
        "{clock} PHT | {month} {day}, {year}", "Special Correspondent",
        "NEWSROOM, {city}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Put this on your WhatsApp Status", "Forward to your family group",
        "Telegram | Signal | Messenger | SMS", "Send to Messenger Lite",
        "{n} shares on WhatsApp", "Short link: {outlet_domain}/s/{n}{n}{n}", "Forward via Signal",
        "Print-ready PDF (A4)", "Save to read offline", "Send to your chama group 📲",
        "{n}{n}{n} forwards", "Zalo  Facebook  Copy", "imo · Telegram · Facebook",
        "Send to my e-Paper clippings", "Post on Status", "Facebook Lite ↗",
        "FB  WA  TG  X",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}", "{other_title}", "{other_title_case}", "{HEADLINE}",
        "{headline} | {region} edition", "{headline} ({region})", "{headline} · posted {clock}",
        "{headline} [e-Paper p.{n}]", "{headline} ▸ watch on {outlet} TV",
        "{headline} — the backstory", "{other_title} (print edition)",
        "{headline} (Kiswahili version)", "SPECIAL REPORT — {headline}", "{headline} — Op-Ed",
        "{headline}", "{headline} [Listen in Pidgin]",
    )),
    Family("advertisement", ("inside",), 3, (
        "Business Promotion", "Send money home with {wallet}: no fees all of {month}",
        "Dial *{n}{n}{n}# for 1GB at KSh 50, valid 24 hours", "Partner content | {sponsor}",
        "Brought to you by {sponsor}", "FEATURED PARTNER",
        "Plots for sale near {city}: 50x100, ready title deeds, pay in instalments",
        "Vacancy: sales agents wanted in {city}. Send CV via WhatsApp",
        "Tender notice: supply of office furniture. Closing date {day} {month}",
        "NOTICE OF AUCTION: motor vehicle KDA {n}{n}{n}A to be sold on {day} {month}",
        "Tired of ads? Go ad-free for ₦{n}00 a month",
        "Listen live: {outlet} FM 98.4", "Classifieds",
        "Hajj & Umrah packages {year}: book early with {sponsor}",
        "Message from the Electoral Commission: check your voter details by SMS to {n}{n}{n}{n}{n}",
        "Ad · {sponsor}", "Made possible by {sponsor}",
        "This page is sponsored. Views in sponsored content are the advertiser's.",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Just In: {headline}", "Top story yesterday — {headline}",
        "Popular on our app: {headline}", "Meanwhile: {headline}",
        "On the same subject: {headline}", "Click here to read: {headline}",
        "Follow-up story >> {headline}", "{region} edition: {headline}",
        "In the e-Paper today: {headline}",
        "Join our WhatsApp channel for updates on {topic}",
        "On Telegram now: {other_title_case}", "On air tonight at 8: {headline}",
        "Roots of the row — {headline}", "Flashback: {headline}", "Rumour vs fact: {headline}",
        "Leader comment: {headline}", "ICYMI → {other_title_case}", "As we reported: {other_title}",
        "Kiswahili: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Join the {outlet} WhatsApp Channel for breaking news",
        "Click to join us on Telegram: @{handle}_updates",
        "Dial *{n}{n}{n}*{n}# to get {outlet} headlines by SMS (KSh 5 per message)",
        "Get the e-Paper on your phone before 5am: from GH₵ {n} a week",
        "Phone number (07XX XXX XXX)", "Daily Digest  ·  Pacific Weekly  ·  Business Brief",
        "Enter your mobile number", "Subscribed ✔", "Pay with M-Pesa, Airtel Money or card",
        "Unlock premium stories for ₦{n}0 a day",
        "Free for 30 days, then KES 299 a month. Cancel any time.",
        "Your number will only be used for news alerts.",
        "Get the morning headlines on Viber every day at 6",
        "Don't miss out: our e-Paper is ready by 4am",
        "Support our journalism: send any amount via M-Pesa Paybill {n}{n}{n}{n}{n}{n}, "
        "account {SECTION}",
        "Donate with MTN MoMo or Vodafone Cash",
        "Star us on Google News ★",
        "Premium  ·  e-Paper  ·  Archives: all for {currency} {n}9 a month",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Air your views", "Keep it civil: comments attacking any tribe, religion or race "
        "will be removed.", "Post as guest", "Your name *",
        "{n} comments so far — add yours", "Answer ↩",
        "Sort by: Best | Newest | Oldest",
        "Send your views on WhatsApp to +254 7{n} {n}{n}{n} {n}{n}{n}",
        "Comment using Facebook", "Expand thread ({n})", "Like · Reply · {n}h",
        "Readers' forum", "Top commenter",
        "Did we get something wrong? Call the newsroom toll-free on 0800 {n}{n}{n} {n}{n}{n}",
        "SMS your opinion: start with the word VIEW and send to 3{n}{n}{n}{n}",
        "Please write in English so all readers can follow.",
        "{n} readers are discussing this",
    )),
    Family("copyright", ("after",), 2, (
        "© {year} {outlet} Ltd. Reproducing this material without consent is an offence "
        "under the Copyright Act.",
        "Material on this site may not be republished without acknowledging {outlet} as the "
        "source.",
        "{outlet} is published by {publisher} and printed at its plant in {city}.",
        "Registered at the GPO as a newspaper",
        "Member, Newspaper Proprietors' Association",
        "{outlet} © {year}, a division of {publisher}",
        "Exchange rates are indicative only and supplied by {bank}.",
        "Prayer times for {city} calculated by the Muslim World League method.",
        "Rates as at {clock}. Source: Central Bank",
        "Fuel prices as set by the Energy Regulatory Commission for the current cycle.",
        "Opinions of columnists are not necessarily those of {outlet} or its editors.",
        "A member of the {publisher} family of newspapers",
        "Web design and hosting by {vendor}",
        "Reg. No. {n}{n}{n}{n}{n}-X · VAT No. 4{n}{n}{n}{n}{n}{n}",
        "{outlet} subscribes to the Code of Conduct for the Practice of Journalism.",
    )),
    Family("footer_links", ("after",), 1, (
        "Our Papers: Daily | Sunday | Taifa | Weekender", "Reader ombudsman", "Vacancies",
        "Subscription & delivery",
        "Contact us on WhatsApp: +256 7{n} {n}{n}{n} {n}{n}{n}", "Order past editions",
        "Editorial charter", "Send us a tip securely",
        "Syndication & photo sales", "Facebook · YouTube · TikTok · WhatsApp Channel",
        "Pump prices this month", "Lotto results", "Bureaus: {region} · {region} · {region}",
        "Place a death notice", "Advertising rates & booking", "Terms · Privacy · e-Paper FAQ",
    )),
    Family("trending_block", ("after",), 2, (
        "Hot right now\n01 {headline}\n02 {headline}\n03 {other_title}\n04 {headline}",
        "Today across {region}\n{headline}\n{headline}\n{headline}",
        "In today's e-Paper\nPage 1: {HEADLINE}\nPage {n}: {headline}\nPage {n}: {headline}",
        "Around the counties\n{region}: {headline}\n{region}: {headline}",
        "Forex\nUSD 1 = KES 129.45\nGBP 1 = KES 163.20\nEUR 1 = KES 140.08",
        "Prayer times, {city}\nFajr 5:02\nDhuhr 12:31\nAsr 3:54\nMaghrib 6:29\nIsha 7:41",
        "Readers who read this also read\n{headline}\n{other_title_case}\n{headline}",
        "On our WhatsApp Channel\n🟢 {headline}\n🟢 {headline}",
        "News ticker\n{clock} — {headline}\n{clock} — {headline}",
        "Around the Pacific\nFiji: {headline}\nSamoa: {headline}\nTonga: {headline}",
        "Sport in brief\n{headline}\n{headline}",
        "Habari kwa Kiswahili\n{headline}\n{headline}",
        "Columns\n{headline} — by {name}\n{other_title}",
        "{SECTION} DESK PICKS\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "For your weekend\n• {headline}\n• {headline}\n• {other_title}",
        "Fuel prices ({month})\nPetrol: {currency} 1{n}{n}.50 per litre\n"
        "Diesel: {currency} 1{n}{n}.20 per litre",
        "More from the {region} edition\n{headline}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a senior reporter at {outlet}, covering {beat} across the region.",
        "{name} is our {city} correspondent.",
        "{name} writes from {city}. Reach the writer on WhatsApp: +234 80{n} {n}{n}{n} "
        "{n}{n}{n}{n}",
        "The author teaches {beat} at the University of {city}.",
        "{name}\nBusiness Writer\n✉ {handle}@{outlet_domain}",
        "{name} has covered {beat} in {city} for {n} years.", "Tweets as @{handle}",
        "{name} freelances from {city}, mostly on {beat}.",
        "Meet the writer: {name}", "{name} — {outlet} Online Editor", "Browse {name}'s stories ›",
        "{name} started at {outlet} as an intern in {year} and now edits the {section} pages.",
        "{name} is an economist and a former member of the central bank's monetary policy "
        "committee.",
        "{name} is a Pacific-based journalist who has reported from {n} island nations.",
        "Follow the writer on Telegram: t.me/{handle}",
        "{name} edits the {region} edition of {outlet}.",
        "Stories by {name}\n{n} articles · {city}",
    )),
)
FRESH_X_HEADLINES = (
    "{Subject} {verb} {object}",
    "Anger in {region} over {topic}",
    "{Subject} {verb} {object} {tail}",
    "Long queues as {group} rush to beat {topic} deadline",
    "High Court suspends {topic} until {month}",
    "How {topic} is changing life in {region}",
    "{Group} down tools over {topic}",
    "Government promises a fix for {topic} by {month}",
)
FRESH_X_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("County assembly", "Revenue authority", "Teachers' service commission",
                "Matatu owners' association", "Cocoa marketing board", "Great council of chiefs",
                "Ports authority", "Boundaries review commission", "Tea growers' cooperative",
                "Rural electrification agency", "Provincial government", "Village savings group",
                "Inter-island shipping line", "Zakat fund board"),
    "verb": ("gazettes", "okays", "halts", "slashes", "probes", "fast-tracks", "shelves",
             "hikes", "unblocks"),
    "object": ("the levy on mobile money transfers", "fee guidelines for day schools",
               "a 40km road to the border post", "ferry fares to the outer islands",
               "maize import permits", "the tender for prepaid meters",
               "licences for boda boda riders", "plans for a cassava processing plant",
               "a solar mini-grid for island schools", "cocoa farm-gate prices"),
    "tail": ("after public outcry", "ahead of the long rains", "before cyclone season",
             "as the shilling weakens", "amid fuel shortage", "after chiefs' meeting",
             "ahead of Eid"),
    "topic": ("the housing levy", "load-shedding", "the new school calendar",
              "the mobile money tax", "the fuel price review", "the census",
              "the cyclone recovery fund", "SIM card re-registration", "the cashless bus fare",
              "the land titling drive"),
    "group": ("traders", "boda boda riders", "smallholder farmers", "market vendors",
              "civil servants", "fishermen", "university students", "islanders"),
    "month": WORDS["month"],
    "weekday": WORDS["weekday"],
    "outlet": ("The Savannah Standard", "Coral Coast Times", "Lagoon Daily Monitor",
               "The Monsoon Chronicle", "Rift Valley Observer", "Pacific Island Sentinel"),
    "outlet_domain": ("savannahstandard.co.ke", "coralcoasttimes.com.fj", "lagoonmonitor.ng",
                      "monsoonchronicle.com.bd"),
    "first": ("Wanjiru", "Chidi", "Siosaia", "Nomvula", "Amina", "Rahul", "Tevita", "Kofi",
              "Nurul", "Akosua", "Mele", "Babajide"),
    "last": ("Kamau", "Adeyemi", "Fifita", "Dlamini", "Otieno", "Rahman", "Tuilagi", "Mensah",
             "Hassan", "Naidu", "Mwale"),
    "beat": ("agriculture", "devolution", "Pacific climate", "mining", "courts and justice",
             "currency markets", "public health", "fisheries"),
    "city": ("Mombasa", "Kumasi", "Suva", "Dar es Salaam", "Chittagong", "Lae", "Kisumu",
             "Apia"),
    "section": ("Nation", "Business", "Pacific", "Africa", "Features", "Politics"),
    "SECTION": ("NATION", "BUSINESS", "PACIFIC", "AFRICA", "FEATURES", "POLITICS"),
    "clock": ("6:45am", "9:10am", "12:35pm", "3:20pm", "7:05pm", "10:50pm"),
    "region": ("Nairobi", "Coast", "Western", "Northern", "Lagos", "Rift Valley", "Fiji",
               "Samoa", "Ashanti", "Mindanao"),
    "wallet": ("M-Pesa", "MTN MoMo", "Airtel Money", "bKash", "GCash", "M-PAiSA"),
    "sponsor": ("Equator Cement", "Jambo Mobile", "Baobab Insurance", "Nyota Bank",
                "Tusker Lane Motors", "Lagoon Foods"),
    "currency": ("KES", "₦", "GH₵", "Tk", "FJ$", "K"),
    "publisher": ("Equatorial Media Group", "Island Press Holdings", "Delta Newspapers Plc"),
    "bank": ("Nyota Bank", "the Reserve Bank", "the Central Bank"),
    "vendor": ("Pixel Savanna", "Bula Web Studio", "Kente Digital"),
}

# fresh-aa: a sealed unseen check (read since, in the thirteenth session; never training data), by
# an author who never saw the cleaning rules: the furniture of
# news-agency and wire-service sites, live blogs, fact-checking sites, long-read magazines of
# politics and ideas, and AMP/mobile and e-edition (print-replica) renderings of news pages.
FRESH_AA_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Skip to key events",
        "WORLD  BUSINESS  MARKETS  POLITICS  PHOTOS  VIDEO  FACT CHECK",
        "Agency home › Text › {section}",
        "For media clients | Contact our sales team",
        "Photo desk  Video desk  Graphics  Audio",
        "English · Français · Español · العربية · Português",
        "Fact checks  Ratings  Claims we checked  Methodology",
        "≡ Sections",
        "Ideas · Politics · Books · Essays · Archive · Print issue",
        "‹ Back to {section}",
        "◀ Prev page | Next page ▶ | Zoom | Thumbnails",
        "Newswire › {section} › Breaking",
        "Read in the {outlet} app ›",
        "Nachrichten · Politik · Wirtschaft · Sport · Video",
        "Media portal login",
        "Current issue  |  Back issues  |  Subscribe  |  Donate",
    )),
    Family("page_meta", ("before",), 2, (
        "LIVE · Updated {n} min ago",
        "Filed {month} {day}, {year}, {clock} GMT",
        "Key events",
        "Show key events only",
        "Auto-refresh ◉ on  ○ off",
        "📌 Pinned",
        "Our rating:\nMOSTLY FALSE",
        "Fact-check by {name} · {month} {day}, {year}",
        "From the {month} {year} issue",
        "This article appears in the {month} {year} print edition.",
        "A{n} · {outlet} · {weekday}, {month} {day}, {year}",
        "Long read · {n} min",
        "Last updated {clock} CET",
        "Photograph: {name}/{outlet}",
        "Mis à jour le {day} {mois} {year}",
        "{n} posts · Refreshes automatically",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share this update",
        "Copy embed code",
        "Download image (JPEG, {n} MB)",
        "Email · X · Facebook · LinkedIn · Reddit · Link",
        "↗ Share",
        "Save to reading list",
        "Listen · Share · Save · Gift",
        "Share this fact-check",
        "Share to Mastodon",
        "Partager : Facebook | X | Courriel",
        "{n} shares · {n} comments",
        "Clip  Share  Print  Listen",
        "Buy photo | License content",
        "Permalink to this post",
        "Compartir: WhatsApp · Telegram · Correo",
        "You have {n} gift links left this month.",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "▶ {headline} ({duration})",
        "{other_title} · {outlet}",
        "{clock} GMT · {headline}",
        "{HEADLINE} ›",
        "{other_title_case} →",
        "{headline}\nRating: False",
        "{headline} | {section}",
        "{headline}\n{n} hours ago",
    )),
    Family("advertisement", ("inside",), 3, (
        "ADVERTISEMENT · SCROLL TO CONTINUE",
        "WERBUNG",
        "Reklama · Advertisement",
        "Sponsored update",
        "Ads help keep our fact-checks free. Members browse without them.",
        "AD FEEDBACK",
        "Close ad ✕",
        "Paid post · Created by {outlet} Brand Studio",
        "This live blog is supported by our sponsor",
        "ADVERTISING FEATURE",
        "Scroll for more ↓",
        "PUBLICIDAD",
        "Flag this ad as inappropriate",
        "Full-page advertisement",
        "Live coverage continues after the ad",
        "Ad ⓘ",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Fact-check ▸ {headline}",
        "Explainer › {headline}",
        "LIVE: {headline}",
        "{other_title_case} — Analysis",
        "Interview › {headline}",
        "From our {year} archive: {headline}",
        "Our earlier fact-check: {other_title}",
        "Video → {headline}",
        "Lire aussi : {headline}",
        "Leia mais: {headline}",
        "{headline} (Photo gallery, {n} images)",
        "FACTBOX-{headline}",
        "Related fact-check › {other_title_case}",
        "Essay | {headline}",
        "{other_title} [VIDEO]",
        "Also in this issue: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the {outlet} Daily Brief: the day's top wire stories, every morning at 6 a.m.",
        "The Ideas Letter\nEssays and arguments, every Sunday.\nSubscribe",
        "Sign up for fact-check alerts",
        "Email address *",
        "Notify me when this live blog is updated",
        "Our weekly roundup of the claims we checked — free, every Friday.",
        "☐ I have read the privacy notice",
        "Subscribe: {n} issues for just £1",
        "Media clients: request a free trial of the {outlet} newswire",
        "Newsletter abonnieren",
        "Recevez notre lettre d'information",
        "Check your inbox to confirm your subscription.",
        "Support independent fact-checking. Donate today.",
        "Get the e-Edition delivered to your inbox at 5 a.m.",
        "SUBSCRIBE ▸",
        "Read every issue on your tablet with the {outlet} app.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Got a question? Send it to our live team",
        "Spotted a claim that needs checking? Send it to us.",
        "Letters: respond to this essay",
        "💬 Join the discussion ({n})",
        "Sort by: Oldest | Newest | Top",
        "Comment as guest",
        "Commentaires ({n})",
        "Have your say on this claim: was our rating fair?",
        "Letters to the editor may be sent to letters@example.org",
        "This conversation is moderated according to our community rules.",
        "Ask our reporters a question — we'll answer in the live blog.",
        "{n} readers have reacted 👍 ❤️ 😮",
        "Feedback on this story? Contact the {outlet} desk",
        "Request a correction",
        "Read the discussion",
        "Kommentieren",
    )),
    Family("copyright", ("after",), 2, (
        "© {year} {outlet}. All rights reserved. Redistribution of {outlet} content, including"
        " by framing or similar means, is prohibited without prior written consent.",
        "Images © {outlet} / {name}",
        "This fact-check is published under a Creative Commons BY-NC-ND 4.0 licence.",
        "© {outlet} {year} — tous droits réservés",
        "Digital replica edition © {year} {outlet}",
        "All photos and video: © {year} {outlet}. For licensing, contact our media sales team.",
        "{outlet}® is a registered trademark.",
        "© {outlet}, {year}. Quotation of short extracts permitted with attribution.",
        "Texts and images on this page are © {outlet} {year} and may only be used by"
        " subscribing media clients.",
        "Copyright © {year} {outlet}, all rights reserved | Print-replica by PageTurn",
    )),
    Family("footer_links", ("after",), 1, (
        "Media clients · Licensing · Newsroom contacts · Careers",
        "Rating scale | Corrections policy | Who funds us",
        "View non-AMP version",
        "↑ Top",
        "Masthead  Submissions  Back issues  Permissions",
        "e-Edition help · Page view · Text view · Archive",
        "Impressum | Datenschutz | Kontakt",
        "Editorial standards · Trust principles · Corrections",
        "Powered by WordPress VIP",
        "Your privacy choices ✓✗",
    )),
    Family("trending_block", ("after",), 2, (
        "Latest from the wire\n{clock} {headline}\n{clock} {headline}\n{clock} {other_title}",
        "MORE FACT-CHECKS\n{headline}\nRating: False\n{headline}\nRating: Misleading",
        "Most shared this week ▾\n1 {headline}\n2 {headline}\n3 {other_title_case}",
        "In this issue\n{headline}\n{headline}\n{headline}\n{headline}",
        "Live now\n● {headline}\n● {headline}",
        "Top photos\n{headline}\n{headline}\n{other_title}",
        "Lo más leído\n{headline}\n{headline}\n{headline}",
        "More in {section} ›\n{other_title_case}\n{headline}\n{headline}",
        "ON THE WIRE\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "In this e-Edition\nA1 {headline}\nA{n} {headline}\nA{n} {other_title}",
        "Previous live blogs\n{headline} – as it happened\n{headline} – as it happened",
        "Read next →\n{headline}\n{other_title_case}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is {outlet}'s chief {beat} correspondent, based in {city}.",
        "{name}\n{outlet} bureau chief, {city}\n@{handle}",
        "This fact-check was researched by {name} and reviewed by a second editor.",
        "{name} is a contributing writer at {outlet} and the author of a forthcoming book"
        " on {beat}.",
        "{name} is a senior fellow at a think tank in {city}, where they work on {beat}.",
        "{name} — photographer, {city}",
        "Live blog team: {name}, with reporting from our {city} bureau",
        "Tips? Reach {name} on Signal: {handle}.{n}",
        "Fact-checker {name} joined the team in {year} after {n} years covering {beat}.",
        "All articles by {name} ›",
        "{name} es corresponsal de {outlet} en {city}.",
        "About our contributor\n{name} writes on {beat} from {city}.",
        "{name} (@{handle}) | {outlet} | {beat}",
        "{name} is an editor on {outlet}'s world desk, responsible for {beat} coverage.",
        "Follow {name}\n✉ Email  X  Bluesky",
        "{name} has contributed to {outlet} since {year}; their last essay was on {beat}.",
    )),
)
FRESH_AA_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "Live: {topic} – latest updates",
    "No, {claim}",
    "The long road to {topic}",
    "Why {group} can't agree on {topic}",
    "{Subject} {verb} {object}, officials say",
    "Against {topic}",
)
FRESH_AA_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Grain export board", "Election monitoring mission", "Coastguard command",
                "Inland statistics bureau", "Customs union secretariat", "Truth commission",
                "Salt miners' federation", "Border mediation panel", "Telecoms ombudsman",
                "Refinery consortium", "Pilots' guild", "Tea auction house",
                "Lithium cooperative", "Cabinet subcommittee", "Forestry inspectorate",
                "Dockworkers' federation"),
    "verb": ("ratifies", "suspends", "contests", "endorses", "overturns", "postpones",
             "tables", "revives", "shelves", "challenges", "secures", "withdraws"),
    "object": ("a ceasefire monitoring deal", "the grain corridor accord",
               "emergency fuel subsidies", "a recount in three provinces", "the salt levy",
               "export quotas for rare earths", "a cross-border rail link",
               "plans for a sovereign wealth fund", "the fishing licence auction",
               "a snap referendum", "curbs on foreign broadcasters", "the pension reform bill"),
    "tail": ("after overnight talks", "in a close vote", "as talks drag on",
             "amid currency slide", "before the summit", "for the first time since 1998",
             "despite boycott", "under pressure from lenders"),
    "topic": ("the grain corridor", "the snap election", "the currency peg",
              "rare-earth exports", "the border talks", "fuel subsidies", "the census count",
              "the pension reform", "drought relief in the south", "the new press law",
              "the ceasefire", "technocratic government"),
    "group": ("diplomats", "exporters", "voters", "farmers", "investors",
              "opposition lawmakers", "election observers", "truckers"),
    "claim": ("that photo of a flooded stadium is not from this week",
              "the finance minister did not resign on live TV",
              "voting machines were not sent abroad for repair",
              "the new press law does not ban foreign reporters",
              "this video of a bridge collapse is five years old",
              "there is no nationwide salt shortage",
              "the ceasefire map shared online is fake",
              "the census does not ask about religion"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "mois": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "clock": ("06:12", "07:58", "09:47", "11:05", "13:38", "15:21", "17:54", "20:09",
              "22:30"),
    "duration": ("0:48", "1:12", "1:59", "2:05", "3:30", "4:17", "6:02"),
    "outlet": ("Meridian Press Agency", "Tidewire News Service", "Agence Lumen Presse",
               "Clearclaim Factcheck", "The Long Argument", "Polity & Prose Quarterly",
               "Kestrel Newswire"),
    "first": ("Ines", "Bogdan", "Farida", "Mateus", "Yuki", "Solveig", "Chidi", "Renata",
              "Arvid", "Leila"),
    "last": ("Varga", "Okonjo", "Lindahl", "Ferreira", "Nakamura", "Abadi", "Kowalczyk",
             "Rourke", "Demir", "Achterberg"),
    "beat": ("energy", "migration", "security", "trade", "climate", "health", "technology",
             "elections", "defence"),
    "city": ("Brussels", "Dakar", "Montevideo", "Tbilisi", "Jakarta", "Ottawa", "Geneva",
             "Addis Ababa"),
    "section": ("Diplomacy", "Elections", "Fact Check", "Ideas", "Economy", "Conflict",
                "Photo"),
}

# fresh-ab: a sealed unseen check (read since, in the thirteenth session; never training data), by
# an author who never saw the cleaning rules: pages as they
# arrive through other renderings and platforms (text-only and print editions, reader mode and
# feed readers, newsletter web views, blog platforms, digitised newspaper archives, cache banners).
FRESH_AB_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Text-only edition | Switch to full site | {section} | Search",
        "[ Home ] [ {section} ] [ Opinion ] [ Weather ] [ Full version ]",
        "Having trouble reading this email? View it in your browser.",
        "\u2190 Back to the {section} front (lite)",
        "Print this page  |  Close window  |  Printer-friendly help",
        "{outlet} \u203a Archive \u203a {year} \u203a {month} \u203a Page {page}",
        "\u00ab Previous issue | Browse by date | Next issue \u00bb",
        "Home \u00b7 Posts \u00b7 Archive \u00b7 About \u00b7 Subscribe",
        "All feeds \u203a {outlet} \u203a {section} ({n} unread)",
        "Mark as read    Star    Open original    Next item \u203a",
        "Open in app  \u00b7  Sign up  \u00b7  Sign in  \u00b7  Write",
        "{archive}\nCaptured {n} times\n{day} {month} {webyear} \u2013 {day} {month} {year}",
        "Low-bandwidth version \u00b7 Go to the regular site \u00b7 Text size: A A A",
        "Jump to: Top stories | Local | {section} | Sport | Weather | Puzzles",
        "lite.{domain} \u2014 news without the weight",
        "{library}\nSearch newspapers \u00bb {outlet} \u00bb {weekday}, {month} {day}, {year}",
    )),
    Family("page_meta", ("before",), 2, (
        "Posted on {month} {day}, {year} by {name}",
        "{name}\n{n} min read \u00b7 {month} {day}, {year}",
        "From: {name} at {outlet} <{handle}@{domain}>\nDate: {weekday}, {day} {month} {year}",
        "Source: {outlet} ({section} feed) \u00b7 fetched {n} minutes ago",
        "This is {cache}'s copy of the page. It is a snapshot of the page as it appeared on "
        "{day} {month} {year} {clock} GMT.",
        "Printed from the {outlet} website on {day} {month} {year}, {clock}",
        "Issue No. {n} \u00b7 the {weekday} edition",
        "Vol. {volume}, No. {n}    {city}, {weekday}, {month} {day}, {oldyear}    Price {cents}",
        "Article text (uncorrected OCR) \u2014 {outlet}, {day} {month} {oldyear}, page {page}",
        "Reader view \u00b7 {domain} \u00b7 {n}\u2013{n} minutes",
        "Filed under {section}, {topic} \u2014 {n} comments",
        "Public post \u00b7 {name} \u00b7 {month} {day}",
        "Updated {clock} \u00b7 text edition",
        "The page you requested was saved by {archive} at {clock} on {month} {day}, {year}.",
        "Sent to you by {name} \u2022 {n} subscribers",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share this post\nCopy link \u00b7 Email \u00b7 Notes \u00b7 More",
        "\U0001f44f {n}    \U0001f4ac {n}    Share",
        "Forward this email to a friend \u2014 it's how this newsletter grows.",
        "[Print] [Email this story] [Text size +/-]",
        "Reshare \u00b7 Like ({n}) \u00b7 Share",
        "Print-friendly version \u00b7 E-mail this page \u00b7 Cite this page",
        "Clip this article  |  Save to my scrapbook  |  Download page as PDF",
        "Share via: Email | SMS | Copy link | QR code",
        "Send to a friend \u2197   Add to reading list",
        "\u2197 Open in browser   \u2606 Star   \u2709 Email   \U0001f517 Copy URL",
        "Gift this article \u2014 {n} gifts left this month",
        "Like   Reply   Share   \u00b7   {n} people liked this",
        "Cite: \u201c{other_title_case},\u201d {outlet}, {day} {month} {oldyear}, p. {page}.",
        "share on {platform} / email / copy link",
        "Save to {reader} \u00b7 Send to e-reader \u00b7 Share",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "[Related] {headline}",
        "Previous post: {other_title_case}",
        "Next in feed: {headline} \u203a",
        "ALSO IN THIS ISSUE: {HEADLINE}",
        "More from {outlet}\n{headline}\n{other_title}",
        "On the same page: {other_title_case}",
        "\u00bb {headline}",
        "Read next \u2192 {other_title}",
        "{headline} \u2014 {name}, {n} min read",
        "You might also like: {headline}",
        "* {headline} ({n} comments)",
        "Elsewhere in the {month} {day} edition: {headline}",
        "Earlier this week: {headline} ({weekday})",
        "Unread in {section}: {headline}",
        "{other_title}",
        "{headline} \u2014 see page {page}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Today's issue is brought to you by {sponsor}. {pitch}",
        "SPONSORED\n{sponsor}: {pitch}",
        "[ad] {sponsor} \u2014 {pitch}",
        "{oldad} \u2014Advt.",
        "Feed sponsor: {sponsor}. {pitch} (sponsored item)",
        "A message from our partner\n{pitch} Learn more at {sponsor}.",
        "[Advertisement not shown in the text-only edition]",
        "Want to reach {n},000 readers like you? Sponsor a future issue.",
        "Ads keep the lite site free. Remove them for ${price} a month.",
        "PRESENTED BY {SPONSOR}",
        "Paid promotion from {sponsor}: {pitch}",
        "ADVERTISEMENT \u2014 {oldad}",
        "This newsletter is free because of sponsors like {sponsor}. {pitch}",
        "Ad \u00b7 {sponsor} \u00b7 {pitch}",
        "[Display advertisement, {n} column inches \u2014 not transcribed]",
        "\u2014 sponsor \u2014 {pitch} \u2192 {sponsor}",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Keep reading \u2014 {headline} ({n} min)",
        "(Continued on Page {page}, Column {col})",
        "Continued from page {page}",
        "Image: {caption}",
        "This post is for paid subscribers. Subscribe to keep reading",
        "Keep reading with a 7-day free trial",
        "[OCR: {n} lines illegible]",
        "[Embedded content \u2014 open the original to view]",
        "Read the full story on {outlet} \u2192",
        "See also: {other_title_case} ({month} {day}, {year})",
        "[Table omitted in the text-only version. View full site.]",
        "Listen to this post \u00b7 {n} min",
        "\u25b6 Watch the video on the website",
        "Related post: {headline}",
        "Paid members only \u2014 the rest of this post is locked.",
        "[Photo: {caption}]",
        "Figure: tap to expand the chart (opens on the full site)",
        "see {other_title_case}, page {page}",
    )),
    Family("newsletter", ("after",), 2, (
        "Subscribe to {outlet}\n"
        "Independent reporting on {beat} from {city}. Launched {n} months ago",
        "Type your email\u2026    Subscribe",
        "Get the {outlet} feed: paste this address into your reader",
        "You are receiving this because you signed up at {domain}.\n"
        "Unsubscribe | Update preferences | View in browser",
        "Was this forwarded to you? Sign up to get it every {weekday}.",
        "Enjoying {outlet}? Upgrade to paid for ${price}/month and unlock the archive.",
        "Free subscribers get one post a week; paid members get all {n}.",
        "Subscribe to the {section} feed: RSS \u00b7 Atom \u00b7 JSON",
        "Get new posts by email\n[ email address ]  [ Follow ]",
        "Thanks for reading! Subscribe for free to get new posts from {outlet} "
        "and support my work.",
        "Subscribers can search every issue since {oldyear}. Start a free trial",
        "Join {n}00 other readers. No spam; unsubscribe whenever you like.",
        "Get the text edition in your inbox every morning at {clock}.",
        "Pledge your support: {outlet} will be free until it isn't.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "{n} Comments\nLeave a comment",
        "Leave a Reply\nYour email address will not be published. Required fields are marked *",
        "Comments are open to paid subscribers. Already one? Sign in",
        "Responses ({n})\nWhat are your thoughts?",
        "Comments are not shown in the text-only edition. View them on the full site.",
        "Just reply to this email \u2014 I read every one.",
        "{first}{n} \u00b7 {n}h\n{comment}\nReply",
        "Have a correction or a memory of this story? Write to the archive's reference desk.",
        "Join the discussion on the {platform} forum ({n} replies)",
        "Comments are closed for this post.",
        "Pingback: {headline} | {outlet}",
        "Add a private note to this item",
        "{n} comments \u00b7 Top \u00b7 Latest \u00b7 Discussion",
        "Log in to comment \u00b7 Community guidelines",
        "Correct this text: help us fix OCR errors on this page ({n} lines corrected so far)",
    )),
    Family("copyright", ("after",), 2, (
        "\u00a9 {year} {outlet}. All rights reserved. Text-only edition.",
        "\u00a9 {year} {name} \u00b7 Published with {platform}",
        "Reproduced from the {outlet} archive for personal research use only.",
        "This item appeared in a feed published by {outlet}; copyright remains with the publisher.",
        "Copyright \u00a9 {year} {outlet}, all rights reserved.\nOur mailing address is: {street}",
        "Content \u00a9 {outlet}; digitisation \u00a9 {year} {library}.",
        "Printed from {domain}. For personal, non-commercial use only.",
        "Published before 1929; in the public domain in the United States.",
        "Text: CC BY-NC 4.0, {name}, {year}",
        "Please don't forward paid posts beyond your household. \u00a9 {name} {year}",
        "{archive} is not affiliated with {outlet}. Archived copies are provided as is.",
        "All material copyright the {outlet} Company, {oldyear}\u2013{year}.",
        "{outlet} \u00b7 {street} \u00b7 \u00a9 {year}",
    )),
    Family("footer_links", ("after",), 1, (
        "Unsubscribe \u00b7 Manage preferences \u00b7 View online \u00b7 Forward",
        "Privacy \u2219 Terms \u2219 Collection notice",
        "Full site | Text-only | Top of page",
        "RSS | Atom | OPML export | Help",
        "About the archive \u00b7 Search tips \u00b7 Title list \u00b7 Contact the reference desk",
        "Start writing \u00b7 Get the app \u00b7 Powered by {platform}",
        "Log in \u00b7 Entries feed \u00b7 Comments feed \u00b7 {platform}.org",
        "Report abuse \u00b7 Content guidelines \u00b7 Status \u00b7 Careers",
        "Why is this page cached? \u00b7 Remove outdated content",
        "Back to top \u2191 | Desktop site | Accessibility",
        "Want to change how you get these emails?\n"
        "You can update your preferences or unsubscribe from this list.",
        "Archive \u00b7 Recommendations \u00b7 About \u00b7 Sitemap",
    )),
    Family("trending_block", ("after",), 2, (
        "Most read in the lite edition\n1. {headline}\n2. {headline}\n3. {other_title}",
        "Top posts\n{headline}\n{other_title_case}\n{headline}",
        "In this issue:\n\u2022 {headline}\n\u2022 {headline}\n\u2022 {headline}",
        "Unread ({n})\n{headline} \u2014 {outlet}\n{headline} \u2014 {outlet}",
        "Popular on {platform} this week\n{headline}\n{headline}",
        "On this date, {month} {day}\n{n} years ago: {headline}\n{n} years ago: {other_title}",
        "Recent Posts\n{headline}\n{headline}\n{headline}",
        "Popular\n01 {headline}\n02 {headline}\n03 {headline}",
        "Recommended from {platform}\n{headline}\n{name} \u00b7 {n} min read",
        "Trending searches in the archive: {topic} \u00b7 {oldyear} \u00b7 {city}",
        "Other articles on this page\n{other_title}\n{HEADLINE}",
        "Most forwarded this month\n\u2014 {headline}\n\u2014 {headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "Written by {name}\n{n}K followers \u00b7 Writer for {outlet}",
        "About the author\n"
        "{name} writes about {beat} from {city}. This newsletter is reader-funded.",
        "{name} is an independent journalist covering {beat}. Previously at the {outlet}.",
        "Posted by {name}, who has covered {beat} in {city} since {year}.",
        "I'm {name}, and I write {outlet} from {city} every {weekday}. Thanks for reading.",
        "{name}\nFollow \u00b7 {n} posts \u00b7 mostly {beat}",
        "Special correspondent of the {outlet}",
        "Written by {name} \u00b7 Edited by {first} {last}",
        "Got a tip? Reach {name} at {handle} on {platform}, or reply to this email.",
        "About {outlet}\nA one-person newsroom on {beat} in {city}, started in {year}.",
        "{name} (@{handle}) is the {beat} editor at {outlet}.",
        "Feed author: {name} <{handle}@{domain}>",
        "{name} has been writing about {beat} for {n} years. Her archive is below.",
        "{name} \u2014 reporter, {city}. More posts by {first} \u203a",
    )),
)

FRESH_AB_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "Why {Subject} {verb} {object}",
    "{Subject} {verb} {object}; {n} {group} object",
    "Notes on {topic}: {Subject} {verb} {object}",
    "What the fight over {topic} means for {group}",
    "{Subject} {verb} {object} (part {n})",
    "The week in {topic}, No. {n}",
    "{Subject} {verb} {object} \u2014 and what comes next",
    "Letter from {city}: {topic} and the {group}",
    "Q&A: {first} {last} on {topic}",
)

FRESH_AB_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": (
        "Brackwater ferry board", "Hollinmoor parish council", "Saltings co-op",
        "Upper Fennick school board", "Larkspur Mills union", "Eastbrook tram society",
        "Cinder Lane allotment group", "Greyhaven port authority", "Wintermere library board",
        "Coldwick water board", "Pellingham rowing club", "Mossbank tenants' union",
        "Ashcombe hospice trust", "Drayfield growers' association", "Kilnsey bus users' group",
        "Vellacott bakers' guild", "Thornwick volunteer fire crew", "Rookhill glassworks",
        "Lanternfield county clerk", "Quayside market committee",
    ),
    "verb": (
        "shelves", "revives", "quietly rewrites", "pushes back on", "sues over", "votes down",
        "rethinks", "reopens", "audits", "balks at", "wins reprieve for", "doubles",
        "publishes", "loses bid for", "backs", "pauses",
    ),
    "object": (
        "night-bus pilot", "pier repairs", "reading-room hours", "flood-wall design",
        "rent freeze", "harbour dredging plan", "microfilm fund", "paper mill sale",
        "winter shelter rota", "tide-gauge records", "market hall lease", "post office closure",
        "school lunch contract", "bridge toll", "library late fees", "allotment waiting list",
    ),
    "tail": (
        "after long delay", "despite objections", "for a second year", "again",
        "at stormy meeting", "ahead of spring vote", "in leaked memo", "without a public vote",
        "as costs climb", "after reader complaints",
    ),
    "group": (
        "readers", "subscribers", "members", "residents", "tenants", "volunteers",
        "archivists", "commuters", "ratepayers",
    ),
    "topic": (
        "local budgets", "the housing list", "river levels", "school closures", "press freedom",
        "microfilm", "the bus network", "the night economy", "coastal erosion", "old court rolls",
        "the mill closures", "rents",
    ),
    "first": (
        "Maren", "Tobias", "Ingrid", "Callum", "Priya", "Odette", "Wendell", "Nadia", "Rufus",
        "Esme", "Joaquin", "Hattie", "Lionel", "Saoirse", "Dev", "Greta",
    ),
    "last": (
        "Quillfeather", "Abernethy", "Okonkwo-Hale", "Strand", "Pemberton", "Varga", "Lindqvist",
        "Achterberg", "Moss", "Calloway", "Nakashima", "Brannock", "Fairweather", "Doyle-Ruiz",
    ),
    "outlet": (
        "Brackwater Tribune", "Hollin Valley Gazette", "Saltings Letter", "Marrowgate Evening Star",
        "Quiet Desk", "Fennick Weekly Argus", "Lanternfield Record", "Rookhill Free Press",
        "Undertow Dispatch", "Margin Notes Weekly", "Long Tide Ledger", "Cobble & Ink",
    ),
    "beat": (
        "housing", "the courts", "city hall", "the waterfront", "schools", "climate and coasts",
        "labour", "local history", "transport", "public health",
    ),
    "city": (
        "Brackwater", "Marrowgate", "Port Ellery", "Hollinford", "Lanternfield", "Kestrelby",
        "Fennick Bay", "Rookhill",
    ),
    "section": (
        "Local", "Politics", "Courts", "Business", "Opinion", "Letters", "Obituaries",
        "Community", "Sport", "Arts",
    ),
    "month": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "platform": ("Quillpost", "Letterfold", "Inkspool", "Pressleaf", "Paperlane", "Brightquire"),
    "reader": ("Skimmer", "Feedwell", "Nettle Reader", "Harrowfeed"),
    "archive": (
        "the Tidewrack Web Archive", "Keepsake Archive", "Chronofile", "the Amberpage Archive",
    ),
    "cache": ("Seekwell", "Findlark", "Searchmoor"),
    "library": (
        "Fennick County Historical Newspapers", "the Lantern Digital Newspaper Library",
        "Old Print Online", "the Regional Press Archive",
    ),
    "domain": (
        "brackwatertribune.net", "hollinvalley.news", "saltingsletter.quillpost.com",
        "marginnotes.inkspool.net", "longtideledger.org",
    ),
    "sponsor": (
        "Kettlewick Tea Co.", "Brindle Mutual Insurance", "Moorfield Credit Union",
        "Larchmont Print Shop", "Tallow & Wick", "Otterline Broadband", "Greenstile Bikes",
    ),
    "SPONSOR": ("KETTLEWICK TEA CO.", "MOORFIELD CREDIT UNION", "OTTERLINE BROADBAND"),
    "pitch": (
        "Loose-leaf tea, roasted in small batches, delivered monthly.",
        "Switch your home insurance in ten minutes and get your first month free.",
        "Savings accounts that pay 4.1% and a branch you can walk into.",
        "Wedding invitations, posters and zines printed while you wait.",
        "Fibre to the door, no contract, from $29 a month.",
        "Try a cargo bike for a week before you buy one.",
    ),
    "oldad": (
        "FOR SALE \u2014 Forty acres, good house and barn, near the depot. Apply at this office.",
        "WANTED \u2014 Reliable boy for delivery work. Must have bicycle. Apply at this office.",
        "Dr. Fairweather's Tonic Bitters cure dyspepsia and that tired feeling. 50 cents a bottle.",
        "LOST \u2014 Brown leather purse on Main street Saturday. Reward if returned.",
        "Moss & Varga, Dry Goods \u2014 Spring bonnets just received. Lowest prices in the county.",
    ),
    "caption": (
        "a ferry leaves the harbour at dusk", "volunteers sort donations at the hall",
        "the old mill from the river path", "councillors at Tuesday's meeting",
        "photo by the author",
    ),
    "comment": (
        "Thank you for covering this. Nobody else in town is.",
        "My grandfather worked at that mill for forty years. Brought back memories.",
        "Respectfully, I think you've got the timeline wrong here.",
        "Sharing this with our residents' group.",
        "Is there a link to the full council minutes?",
    ),
    "street": (
        "PO Box 214, Brackwater", "12 Quayside Row, Port Ellery", "3 Mill Yard, Hollinford",
    ),
    "page": ("1", "2", "3", "4", "5", "6", "8", "12", "A1", "A4", "B2", "C6"),
    "col": ("1", "2", "3", "4", "5", "6", "7", "8"),
    "clock": ("06:00", "07:30", "12:14", "18:45", "21:02", "6 a.m.", "noon"),
    "price": ("3", "5", "6", "8", "10"),
    "cents": ("Two Cents", "Three Cents", "Five Cents", "One Penny"),
    "volume": ("XII", "XXIV", "XLI", "LVIII", "LXXIII", "CIV"),
    "webyear": ("2004", "2007", "2009", "2011", "2013"),
    "oldyear": ("1898", "1912", "1926", "1937", "1951", "1968"),
}

# fresh-ac: a sealed unseen check (read since, in the thirteenth session), by an author who never
# saw the cleaning rules; never training data. Genre: what sits inside and around articles in
# modern templates (social embeds, video players, polls, quizzes, maps, galleries, consent and
# paywall overlays, live tickers, footers).
FRESH_AC_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Skip to main content\nSkip to site navigation\nAccessibility help",
        "Home | {section} | {beat} | Video | Podcasts | Newsletters | Games | Puzzles",
        "Menu\nSearch\nSign in\nSubscribe for $1",
        ("We care about your privacy\nWe and our 212 partners store and/or access information on"
         " a device, such as cookies, and process personal data to personalise ads and content,"
         " measure performance and develop services.\nAccept all\nReject all\nManage options"),
        "Translate this page\nSelect Language ▾\nPowered by Lingvo Translate",
        "Listen to this article · {n} min\nText-to-speech by Voxreader · Speed 1x",
        "Jump to:\nWhat happened\nWhat we know so far\nWhat happens next\nTimeline",
        ("You have 2 free articles remaining this month. Subscribe for unlimited access."
         "\nAlready a subscriber? Log in"),
        "Text size  A  A+  A++  |  High contrast  |  Dyslexia-friendly font",
        "News  Sport  Business  Opinion  Culture  Lifestyle  Weather  Obituaries",
        ("Turn on notifications? Get breaking news alerts from {outlet} as they happen."
         "\nNot now\nAllow"),
        "Edition: US ▾   Today's Paper   My Account",
        "In this article\n1. The vote\n2. Who is affected\n3. Reaction\n4. What comes next",
        ("This site uses cookies to improve your experience. By continuing to browse, you agree"
         " to our use of cookies. Learn more   Got it"),
        ("Ad blocker detected\nWe rely on ads to fund local journalism. Please add {outlet} to"
         " your allow list.\nHow do I do this?\nI've turned it off"),
        "English | Español | Français | Tiếng Việt | 中文",
        "close menu\nsearch {outlet}\nlog in / register",
    )),
    Family("page_meta", ("before",), 2, (
        "By {name} | {month} {day}, {year}, {clock}",
        "Published {weekday}, {month} {day}, {year} · Updated {n} minutes ago",
        "{section} › {beat}",
        "{name}, {beat} reporter\n{month} {day}, {year}",
        "Posted on {month} {day}, {year} at {clock} | Last updated at {clock}",
        ("Editor's note: This story has been updated with a statement from {Subject} and new"
         " figures released {weekday}."),
        "Lead image: {name} for {outlet}",
        "Reading time: about {n} minutes",
        "Fact checked by {first} {last}",
        "This article is more than {n} months old",
        "Reporting by {name}; editing by {first} {last}; graphics by {first} {last}",
        "Updated {clock} ET, {month} {day}, {year}",
        "ANALYSIS | {beat}",
        "Listen (audio, {duration})",
        "{first} {last} and {name}\n{weekday} {day} {month} {year}",
        "Originally published in {month} {year}; refreshed with the latest figures",
        "Key points\n• What we know\n• What we don't know yet",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share\nFacebook\nChirp\nEmail\nCopy link",
        "Share this article: Chirp | Pictogram | Threadly | ChatLoop | Email",
        "↗ {count} shares",
        "Gift this article\nYou have {n} gift articles remaining this month",
        "Copy link\nLink copied!",
        "Save  Share  Comment ({n})",
        "Share on Chirp (opens in new window)",
        "Print   Email   Aa Text size",
        "SHARE ON PINWHEEL",
        "Send to a friend ✉",
        "Post to Threadly\nShare via email\nMore sharing options ⋯",
        "♥ {count}   💬 {n}   ↗ Share",
        "Follow {outlet} on Chirp, Pictogram and VidTube",
        "Email this story | Print this story | Reprints & permissions",
        "share\ntweet\npin\nemail",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}",
        "RELATED: {other_title}",
        "WATCH ▶ {headline}",
        "Up next\n{headline}\nAutoplay in 5 seconds   Cancel",
        "LIVE UPDATES\n{clock}  {headline}\n{clock}  {headline}\n{clock}  {other_title}",
        "More videos\n{headline} {duration}\n{other_title} {duration}\n{headline} {duration}",
        "Read more: {other_title_case}",
        "{HEADLINE}",
        "Latest: {headline}",
        "More from {outlet} {section}\n{headline}\n{other_title}",
        "Catch up: {headline} — here's everything we know",
        "Recommended for you\n{headline}\n{headline}\n{other_title_case}",
        "SEE ALSO | {headline}",
        "Just in: {headline}",
        "▶ {duration}\n{headline}",
        "Explainer: {topic}, in {n} charts",
        "{clock} — {other_title}\n{clock} — {headline}",
        "Keep reading\n{other_title}",
    )),
    Family("advertisement", ("inside",), 3, (
        "ADVERTISEMENT\nContinue reading below",
        "View this post on Pictogram\nA post shared by {acct_name} (@{acct})\n{count} likes",
        "Watch on VidTube\n{headline}\n{count} views · {n} days ago",
        "Story continues below advertisement",
        "Your video will begin after this ad\nAd · 0:15\nSkip in 5",
        ("Sponsored · Brightline Solar\nHomeowners in {city} are switching to solar. See if your"
         " roof qualifies\nLearn More"),
        "POLL\nShould {city} {pollq}?\nYes\nNo\nNot sure\nVote now\nSee results",
        ("This content is not available due to your privacy preferences.\nUpdate your settings"
         " here to see it."),
        "Loading video…\nThis video can't be played right now\nTry again",
        "QUIZ\nHow well do you know {topic}?\nQuestion 1 of 10\nStart the quiz",
        ("Subscriber exclusive\nContinue reading with a {outlet} subscription\n$1 for 6 months"
         "\nSubscribe now\nAlready a subscriber? Sign in"),
        "ADVERTISEMENT - SCROLL TO CONTINUE",
        "Paid Post\nHow one {city} family cut its energy bill in half",
        "Ad Feedback\nReport this ad",
        ("Content from Chirp\nThis embed may use cookies and other technologies. To view it,"
         " select Allow and continue.\nAllow and continue"),
        "Sponsored Links by Adnexa\nSurgeons baffled: the $9 gadget {group} swear by",
        "Question {n} of 50\n{quiz}\nNext question →",
        "Mute\nCC\n0:00 / {duration}\nFullscreen",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Interactive map: Tap a {region} for details\nSource: {source_org}. Map: {name}/{outlet}",
        ("@{acct}\n{postline}\n{clock} · {month} {day}, {year}\n{count} Reposts  {count} Likes"
         "\nRead {n} replies"),
        "See the full gallery: {other_title_case} ({n} photos)",
        "Chart: {topic} by the numbers\nSource: {source_org}\nGet the data · Embed · Download",
        "RELATED COVERAGE\n• {other_title}\n• {headline}",
        "Watch the full video on VidTube ›",
        "1 of {n}\nExpand\nImage credit: {name}/{outlet}\n‹ Previous  Next ›",
        "LISTEN: {headline} ({duration})",
        "Timeline: {topic} since {year}",
        "Can't see the map? Open it in a new window.",
        "Explore the data: {topic} in your {region}",
        "From our partners: {other_title}",
        "Take our quiz: {quiz}",
        "Jump to: Key points · Map · Timeline · Reaction",
        "A post shared by {acct_name} (@{acct})\nPosted on {month} {day}, {year} at {clock}",
        "PHOTOS: {other_title_case}",
        "Hover over or tap a bar to see the figures for each year\nSource: {source_org}",
        "Get {beat} news in your inbox → sign up here",
    )),
    Family("newsletter", ("after",), 2, (
        ("Sign up for {outlet}'s {beat} newsletter\nEnter your email\nSign up\nBy signing up,"
         " you agree to our Terms of Use and Privacy Policy."),
        "Get the Morning Brief, the day's top stories delivered at 6 a.m.",
        "Thanks for signing up! Check your inbox to confirm your subscription.",
        "Never miss a story. Turn on {section} alerts in the {outlet} app.",
        "NEWSLETTER\nThe Week in {beat}\nEvery {weekday}. Free.",
        "Email address*\nSubscribe\nYou can unsubscribe at any time.",
        "Like this? Get {first}'s column in your inbox every {weekday}",
        "Want more on {topic}? Sign up for our free newsletter",
        "Join {count} readers who start their day with {outlet}",
        "This form is protected by CaptchaShield and its Privacy Policy and Terms apply.",
        "Please enter a valid email address.",
        "Get breaking news on ChatLoop: join the {outlet} channel",
        "Subscribe to our podcast on Loopcast, Podwave or wherever you listen",
        "📩 The {section} Dispatch lands in inboxes every {weekday} morning. It's free.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Comments ({n})\nSign in to join the conversation",
        "💬 {n} Comments",
        "Join the discussion\nSort by: Newest | Oldest | Most liked",
        "Comments are closed for this article.",
        "What do you think about {topic}? Tell us in the comments below.",
        "View {n} more replies ▾",
        "Community guidelines · Report a comment",
        "No comments yet. Start the conversation.",
        "Older comments ▸ load more",
        "Comment as a guest\nName\nEmail (will not be published)\nPost comment",
        "Comments are moderated and may take up to {n} hours to appear.",
        "{first} {last} · {n}h ago\nReply · Like {n}",
        "Conversation powered by Talkspace",
        "Did we get something wrong? Contact the newsroom.",
        "Got a tip about {topic}? Message us securely.",
    )),
    Family("copyright", ("after",), 2, (
        "Copyright © {year} {outlet}, a division of Harbourline Media. All rights reserved.",
        "Copyright {year} {outlet} Media Group, LLC",
        ("This material may not be published, broadcast, rewritten or redistributed in whole or"
         " in part without permission."),
        ("Correction, {month} {day}: An earlier version of this article misstated the number of"
         " {group} affected by the change."),
        "All content © {outlet}, {year}. Images © their respective owners.",
        "Map data © OpenTerrain contributors",
        "Embedded posts from Chirp, Pictogram and VidTube are subject to those platforms' terms.",
        "Parts of this article were machine-translated and reviewed by an editor.",
        ("Clarification: This story was updated on {month} {day} to make clear that the figures"
         " are estimates."),
        "{outlet} is a registered trademark of Harbourline Media Inc.",
        "Powered by Newsdesk CMS · © {year}",
        "Photos courtesy of {name}; used with permission.",
        ("An automated voice reads this article. The audio version may contain errors;"
         " the text is the official record."),
        "© Copyright {outlet} {year}",
    )),
    Family("footer_links", ("after",), 1, (
        "About Us | Contact | Careers | Advertise | Privacy Policy | Terms of Service",
        "Cookie Settings\nDo Not Sell or Share My Personal Information",
        "Accessibility statement · Sitemap · RSS feeds",
        "Help Center\nManage Subscription\ne-Edition\nArchives",
        "Back to top ↑",
        "Follow us\nChirp\nPictogram\nVidTube\nThreadly",
        "Corrections policy · Ethics code · Masthead · Submit a letter",
        "Download the {outlet} app\nGet it on AppHub\nAvailable on PlayMart",
        "Privacy | Terms | Ad Choices | Your privacy choices",
        "Site language: English (US) ▾",
        "Report an error",
        "Site Feedback   Contact the newsroom   Licensing",
        "{section}\nLocal\nNation\nWorld\nWeather\nTraffic",
    )),
    Family("trending_block", ("after",), 2, (
        "Trending\n1 {headline}\n2 {other_title}\n3 {headline}",
        "Most read\n{other_title}\n{headline}\n{headline}",
        "Popular on {outlet} right now\n{headline}\n{other_title_case}",
        "TRENDING NOW: {headline}",
        "Most watched\n{duration}  {headline}\n{duration}  {other_title}",
        "What people are reading\n{other_title}\n{headline}",
        "Hot topics: {topic} · {city} · {beat}",
        "Don't miss these\n{other_title_case}\n{headline}\n{headline}",
        "#1 most shared · {headline}",
        "In case you missed it\n→ {headline}\n→ {other_title}",
        "Trending searches: {topic}, {city} weather, {beat}",
        "Editors' picks\n{headline}\n{headline}\n{other_title}",
        "01\n{headline}\n02\n{other_title}\n03\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} covers {beat} for {outlet}. Follow on Chirp @{handle}.",
        "About the author\n{name}\n{beat} correspondent\nView all articles by {name} →",
        ("{name} joined {outlet} in {year} after six years reporting on {topic}. They live in"
         " {city}."),
        "{name} is a data reporter who builds the maps and charts you see on {outlet}.",
        "More by {name}",
        "{name}\n@{handle}\nFollow",
        ("{first} {last} contributed reporting from {city}. {name} can be reached at"
         " {handle}@{outlet_domain}."),
        "{name} | Senior {beat} Editor",
        "Email the author · Follow {name} on Threadly",
        "{name} has written for {outlet} since {year}, mostly about {topic} and {beat}.",
        ("Written by {name}, a visual journalist at {outlet}; additional photo research by"
         " {first} {last}."),
        "{name} is {outlet}'s {city} bureau chief.",
        "Contact {name}: {handle}@{outlet_domain} or on Chirp at @{handle}",
    )),
)
FRESH_AC_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "{Subject} {verb} {object}: what {group} need to know",
    "{Group} in {city} brace for changes to {topic}",
    "Watch live: {Subject} {verb} {object}",
    "How {topic} is reshaping {city}, in maps",
    "{Subject} {verb} {object}, sources say",
    "{n} things to know as {Subject} {verb} {object}",
    "In photos: {topic} across {city}",
    "Poll: most {group} back plan on {topic}",
    "{Subject} {verb} {object} — and {group} are not happy",
)
FRESH_AC_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Corvell Aerospace", "Harrowgate Borough Council", "Quillmoor University",
                "The Velmont Transit Authority", "Governor Adaeze Lindqvist",
                "The Tamsin Valley Water Board", "Senator Rufus Ashgrove", "Brightmarsh Energy",
                "The Lowmere Port Authority", "Mayor Celeste Varga-Holm",
                "The Ardenwick Hospital Trust", "Kestrel Rail"),
    "verb": ("delays", "scraps", "approves", "rejects", "unveils", "pauses", "defends",
             "revives", "fast-tracks", "walks back", "signs off on", "sues over"),
    "object": ("its downtown stadium plan", "a four-day school week", "the night-bus overhaul",
               "a ban on short-term rentals", "plans for a second runway",
               "the riverside flood wall", "a fare freeze", "a $40 million budget gap",
               "new limits on groundwater pumping", "the harbour dredging contract",
               "a tuition hike", "the merger of two rural clinics"),
    "tail": ("after a heated hearing", "in a late-night vote", "despite a petition",
             "as deadline looms", "amid backlash from residents", "for the second time this year",
             "weeks before the election", "after years of delays"),
    "group": ("commuters", "renters", "farmers", "nurses", "parents", "students",
              "shop owners", "retirees"),
    "topic": ("housing costs", "the wildfire season", "the transit strike", "school budgets",
              "water rationing", "the county election", "flood insurance", "the heat wave"),
    "first": ("Maren", "Tobias", "Ines", "Dario", "Priya", "Colm", "Yuki", "Adaora", "Felix",
              "Sunniva"),
    "last": ("Okonjo", "Halvorsen", "Brandt", "Quintero", "Mehta", "Dunleavy", "Sato",
             "Achterberg", "Ruiz-Pell", "Whitcombe"),
    "outlet": ("The Meridian Ledger", "Harbourline News", "Plainsview Post", "The Daily Lantern",
               "Copperfield Evening Wire", "Northgate Courier Digital", "The Ridgeback Sentinel",
               "Tidewater Now"),
    "outlet_domain": ("meridianledger.com", "harbourline.news", "plainsviewpost.com",
                      "dailylantern.org", "copperfieldtrib.com"),
    "beat": ("transportation", "climate", "education", "City Hall", "health care", "courts",
             "housing", "data"),
    "city": ("Velmont", "Harrowgate", "Lowmere", "Ardenwick", "Port Tamsin", "Quill Falls",
             "Brightmarsh", "Ostby"),
    "section": ("Local", "Politics", "Climate", "Metro", "Investigations", "Nation", "World",
                "Business"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "clock": ("9:14 AM", "11:02 a.m.", "2:47 p.m.", "6:30 PM", "12:05 p.m.", "7:58 a.m.",
              "10:21 PM", "4:16 p.m."),
    "duration": ("2:37", "0:58", "4:12", "1:45", "12:09", "3:03", "0:31", "8:20"),
    "count": ("1,204", "38.6K", "212", "4,981", "17K", "903", "2.1M", "61"),
    "acct": ("velmontfire", "harrowgate_pd", "tamsinwater", "quillmooru", "lowmereport",
             "stormwatch_ostby", "kestrelrail", "mayorvargaholm"),
    "acct_name": ("Velmont Fire Rescue", "Harrowgate Police", "Tamsin Valley Water",
                  "Quillmoor University", "Port of Lowmere", "Ostby Storm Watch",
                  "Kestrel Rail", "Celeste Varga-Holm"),
    "postline": ("Crews are on scene. Please avoid the area and follow us for updates.",
                 "Thank you to everyone who showed up tonight. This is just the beginning.",
                 "UPDATE: All lanes are now reopened. Expect residual delays.",
                 "We are aware of the outage and working to restore service as soon as possible.",
                 "Huge turnout at the hearing this evening 👇"),
    "region": ("county", "precinct", "ward", "ZIP code", "district", "neighborhood"),
    "source_org": ("State Election Office", "County Assessor", "National Weather Bureau",
                   "Velmont Open Data", "Tamsin Valley Water Board", "U.S. Census Office"),
    "pollq": ("ban gas leaf blowers", "build the new stadium", "keep the four-day school week",
              "raise transit fares", "allow short-term rentals downtown"),
    "quiz": ("Can you name every bridge in the city?",
             "Which year had the wettest spring on record?",
             "Test your knowledge of this week's news",
             "Who said it: the mayor or the council?"),
}

# --- fresh-ad: a sealed unseen check, by an author who never saw the cleaning rules. Genre: ----
# longform, investigative, data and explanatory journalism (chapters, pull quotes, methodology and
# source notes, audio narration, series navigation, tip lines, donation and republishing asks).
FRESH_AD_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Jump to: The findings · The money · The response · How we did it",
        "Chapter 1: The Warning\nChapter 2: The Money\nChapter 3: The Fallout\n"
        "Epilogue: What Comes Next",
        "IN THIS STORY  The deal  |  The inspections  |  The families  |  What's next",
        "{section} › Special Reports › {series}",
        "Investigations   Data   Explainers   Podcasts   Events   About   Donate",
        "← Back to the series: {series}",
        "Contents\nIntroduction\nThe Paper Trail\nThe Inspectors\nThe Families\nMethodology",
        "{part_of} · {series}",
        "Overview | Key findings | Interactive map | Methodology | Read the documents",
        "Data desk / {section} / {topic}",
        "Skip to chapters",
        "Chapters ▾",
        "Previous chapter: {chapter}    Next chapter: {chapter}",
        "{outlet}  —  investigating {beat} since {year}",
        "explainers / {topic} / what you need to know",
        "Part One   Part Two   Part Three   Part Four   Read the full series",
    )),
    Family("page_meta", ("before",), 2, (
        "By {name} and {first} {last}, {outlet}\n{month} {day}, {year}, {clock}",
        "This article was produced in partnership with {partner}.",
        "Published {month} {day}, {year} · {n} min read",
        "Reporting by {name}; data analysis by {first} {last}; graphics by {first} {last}; "
        "editing by {first} {last}",
        "Updated {weekday}, {month} {day} at {clock}: This story has been updated with a response "
        "from {respondent}.",
        "Correction, {month} {day}: An earlier version of this article misstated when the "
        "contract was signed. It was signed in {year}.",
        "{section} · Investigation",
        "Photography by {first} {last} for {outlet}",
        "Illustration by {first} {last}; source images via public records",
        "an investigation by {outlet} and {partner}",
        "{n} min listen | {n} min read",
        "Explainer | Updated {month} {day}, {year}",
        "This story is part of {series}, a {outlet} series on {topic}.",
        "This story was co-reported with {partner} and is co-published there.",
        "Filed under: {topic}, {beat}, Data",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share this investigation",
        "Copy link   Email   Facebook   X   LinkedIn   Print",
        "Share\nPost\nEmail\nRepublish",
        "Gift this article — you have {n} gifts left this month",
        "Save for later · Share · Listen · Print",
        "Republish this story for free",
        "Send this story to someone who needs to read it",
        "Share this chart",
        "Embed this graphic  </>   Share   Download PNG",
        "{n} people shared this story",
        "Share on Bluesky · Mastodon · Threads · Copy URL",
        "Print PDF | Share | Cite this",
        "Cite this article: {name}, “{chapter},” {outlet}, {month} {day}, {year}.",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}",
        "Read next: {other_title_case}",
        "Next in the series: {headline}",
        "Previously in this series\n{other_title}\n{headline}",
        "RELATED INVESTIGATION: {HEADLINE}",
        "From the archive ({year}): {other_title}",
        "Continue to the next chapter: {chapter} →",
        "Catch up on the backstory → {headline}",
        "Explainer: {other_title_case}",
        "Our earlier reporting\n• {headline}\n• {other_title}\n• {headline}",
        "{headline} →",
        "More from our {beat} investigation: {other_title}",
        "From the data desk: {headline}",
        "Read {part_of}: {headline}",
        "{other_title_case} | {n} min read",
        "What happened after we published: {headline}",
        "Podcast episode: {other_title_case}",
        "Impact: {headline}",
    )),
    Family("advertisement", ("inside",), 3, (
        "{outlet} is a nonprofit newsroom. Investigations like this one take months and cost tens "
        "of thousands of dollars. Will you chip in?\nDonate now",
        "Before you keep reading: {outlet} relies on readers, not advertisers. Become a member for "
        "${n} a month.",
        "This investigation was made possible by readers like you.\nGive today →",
        "DONATE\nYour gift will be matched, up to $50,000, through {month} {day}.",
        "Support independent, nonprofit investigative journalism.",
        "Underwriting support for {outlet}'s {beat} coverage comes from {foundation}.",
        "Listen to this article · {n} min\nNarrated by {narrator}\n▶ Play    1x    Download",
        "Audio: This story is narrated by {narrator}. Produced by {first} {last}.",
        "Join us live: {outlet} reporters discuss the investigation on {weekday}, {month} {day} at "
        "{clock}. RSVP free",
        "Our journalism is free to read and free to republish. That's only possible because "
        "{n},000 readers chip in.",
        "Yes, I'll give ${n}\nGive monthly\nOther amount",
        "Support for this story was provided by {foundation}. Funders have no say in our "
        "editorial decisions.",
        "Got a minute? Take our {n}-question reader survey and help us decide what to investigate "
        "next.",
        "Want more stories like this? Our {beat} reporting is funded by members. Join today.",
        "Double your impact: every donation is matched through midnight {weekday}.",
        "listen to this story ▶ 0:00 / {n}:00",
        "This audio is generated by an automated voice. Tell us what you think of it.",
        "Order the book: {series} by {name}, out {month} {day} from {publisher}",
    )),
    Family("labelled_link", ("inside",), 3, (
        "How we reported this story\nWe reviewed {n},000 pages of {records} obtained through "
        "public records requests and interviewed more than {n} people. Read our full methodology.",
        "Source: {source}. Graphic by {first} {last}/{outlet}",
        "Note: Dollar figures are adjusted for inflation. Data for the most recent year is "
        "preliminary and may be revised.",
        "Key findings\n• {n} percent of the cases we reviewed were never investigated.\n"
        "• At least {n} people died after complaints were closed.\n"
        "• The state fined the operator in only {n} cases.",
        "“{pullquote}”\n— {first} {last}, {role}",
        "Chapter {chapter_no}\n{chapter}",
        "Read the document: {doc} (PDF, {n} pages)",
        "Methodology: How we analyzed {n} years of {topic} data →",
        "Timeline: How the deal unfolded\n{month} {day}: The contract is signed\n"
        "{month} {day}: The first complaint is filed\n{month} {day}: Inspectors visit\n"
        "Today: The investigation continues",
        "Explore the data: Search our database of {n},000 {records} by ZIP code",
        "What is a tax lien? When an owner falls behind on property taxes, the county can sell "
        "the debt to a private investor, who may add fees and interest.",
        "Interactive: Tap a county to see its numbers. Best viewed on a larger screen.",
        "Jump to chapter:  1  ·  2  ·  3  ·  4  ·  5",
        "By the numbers\n{n}\npeople died in custody since {year}\n${n} million\n"
        "paid out in settlements",
        "Footnotes\n1. {doc}, obtained by {outlet}.\n2. Interview with the author, {month} {day}, "
        "{year}.\n3. {source}.",
        "[{n}] Figures obtained through a public records request; the agency disputes them. ↩",
        "You've read {n}% of this story. Keep going ↓",
        "Do you know more about {topic}? Contact {name} securely on Signal at @{handle}.{n}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get our investigations delivered to your inbox. Sign up for {newsletter}, our weekly "
        "newsletter.",
        "Sign up for {newsletter}\nEmail address\nSubscribe",
        "Stay on the story: get an alert when we publish the next chapter of {series}.",
        "Want the data behind our stories? Subscribe to {newsletter}, a note from our data desk "
        "every other {weekday}.",
        "Enter your email\nBy signing up, you agree to our privacy policy. You can unsubscribe at "
        "any time.",
        "Never miss an investigation.\nWe only email you when there's something worth reading.",
        "{newsletter} lands every {weekday} morning: one story, read slowly.",
        "Explainers, in your inbox. Every {weekday}, our editors untangle one thing in the news.",
        "Thanks for reading to the end. Here's how to get our next investigation first:",
        "This story first appeared in {newsletter}. Sign up here.",
        "JOIN {n},000 READERS WHO GET OUR WEEKLY DISPATCH",
        "Follow the series\nGet an email when new chapters of {series} are published\nYour email\n"
        "Notify me",
        "Sign up to receive our reporting on {beat} in {city}.",
        "Subscribe to the podcast: Apple Podcasts · Spotify · Pocket Casts · RSS",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Have you been affected by {topic}? We want to hear from you. Share your experience in "
        "confidence.",
        "Do you have a tip? Email tips@{domain} or reach us on Signal at (415) 555-0163.",
        "How to contact us securely\nSignal: (415) 555-0187\nSecureDrop: available via Tor\n"
        "Mail: P.O. Box {n}{n}, {city}",
        "Join the conversation\n{n} comments",
        "Comments are closed for this story, but you can send us a letter to the editor.",
        "What questions do you still have about {topic}? Ask our reporters, and we may answer them "
        "in a follow-up.",
        "We read every response. We will not publish your name or any part of your story without "
        "your permission.",
        "Know something about {topic} we should investigate? Tell us.",
        "Did we get something wrong? Report a correction.",
        "Show comments ({n})",
        "Comment policy: Be civil. Stay on topic. A moderator reviews comments before they appear.",
        "Help us report this story: Are you a {insider}? Fill out our short questionnaire.",
        "Leave an anonymous voicemail on our tip line: (888) 555-0142",
    )),
    Family("copyright", ("after",), 2, (
        "© {year} {outlet}, a nonprofit newsroom. All rights reserved.",
        "Except where noted, this work is licensed under CC BY-NC-ND 4.0. Photographs are "
        "excluded.",
        "Republish this article\nYou may republish our articles for free, online or in print, "
        "under a Creative Commons license. Please credit {outlet} and do not edit our stories "
        "beyond changes of style or time.",
        "{outlet} is a registered 501(c)(3) nonprofit. Donations are tax-deductible to the full "
        "extent allowed by law.",
        "Photos and illustrations may not be republished without permission. Charts: CC BY 4.0.",
        "Copyright {year}, {outlet} Inc. Data released under the Open Database License.",
        "Text © {outlet}; graphics © {first} {last}. Reuse requires permission.",
        "The code and data for this analysis are available on GitHub under the MIT license.",
        "All content copyright {year} {outlet} unless otherwise noted",
        "{outlet} follows the code of ethics of the Nonprofit Newsroom Compact.",
        "published under a CC BY-ND license; see our republishing guidelines",
        "Funding disclosure: {outlet} is supported by foundations and individual donors; a full "
        "list appears on our supporters page.",
        "{outlet}, {n} {street}, {city}",
        "©{year} {outlet} — independent, nonprofit, nonpartisan",
    )),
    Family("footer_links", ("after",), 1, (
        "About Us | Our Staff | Ethics Policy | Corrections | Financials | Donate | Contact",
        "Investigations\nData\nExplainers\nPodcast\nEvents\nJobs",
        "Masthead · Annual report · Funders · Privacy policy · Republishing guidelines",
        "Send a tip    Newsletters    Donate    Careers",
        "Code of ethics — Diversity report — Transparency — Terms of use",
        "Follow us on Bluesky, Instagram, YouTube and LinkedIn",
        "RSS feed | Accessibility statement | Cookie settings",
        "Back to the top of the story ↑",
        "Our data: GitHub · Data store · Methodology archive",
        "About {outlet}\nOur mission\nBoard of directors\nIRS Form 990",
        "privacy policy   terms of service   do not sell my info",
        "Contact the newsroom · Press inquiries · Licensing · Reprints",
        "Donate  ·  Become a member  ·  Give stock  ·  Planned giving  ·  Donor privacy",
    )),
    Family("trending_block", ("after",), 2, (
        "Most Read\n1. {other_title_case}\n2. {headline}\n3. {other_title_case}",
        "Popular this week\n{headline}\n{other_title}\n{headline}",
        "More investigations\n{headline} — {n} min read\n{other_title} — {n} min read",
        "Recent explainers\n{other_title}\n{headline}",
        "Trending on {outlet}: {headline}",
        "What readers are sharing\n• {other_title}\n• {headline}",
        "Top stories\n{HEADLINE}\n{HEADLINE}",
        "Also in {series}\nPart 1: {headline}\nPart 2: {headline}\nPart 3: {other_title_case}",
        "The latest from our data desk\n{headline}\n{headline}",
        "Editors' picks\n{other_title_case}\n{headline}",
        "Our award-winning investigations\n{headline}\n{other_title_case}\n{headline}",
        "most read\n{headline}\n{other_title}",
        "You might also like: {other_title_case} · {headline}",
        "Read more about {topic}\n{headline}\n{other_title}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a senior reporter at {outlet} covering {beat}. Contact them at "
        "{handle}@{domain}.",
        "{name} covers {beat} for {outlet}'s investigative unit. Before that, they spent {n} years "
        "at a daily newspaper in {city}.",
        "About the author\n{name} is a data reporter who builds databases out of paper records.",
        "{name} is a freelance journalist based in {city}. This is their first story for {outlet}.",
        "{name} reported this story as a {fellow}.",
        "{name}\nInvestigative Reporter\n{handle}@{domain}\nSignal: @{handle}.{n}",
        "{first} {last} contributed research. {first} {last} contributed reporting from {city}.",
        "{name} is an investigative reporter whose work on {topic} led to {n} state inquiries. "
        "Read more of their work.",
        "Written by {name} · Edited by {first} {last} · Fact-checked by {first} {last} · "
        "Copy edited by {first} {last}",
        "{name} can be reached at {handle}@{domain} or by mail at P.O. Box {n}, {city}.",
        "{name} is the author of {series}, forthcoming from {publisher}.",
        "More by {name} →",
        "Reporter {name} has covered {beat} in {city} since {year}.",
        "Design and development by {first} {last}. Photo editing by {first} {last}. Audio "
        "production by {narrator}.",
    )),
)
FRESH_AD_HEADLINES = (
    "{Subject} {verb} {object}",
    "{Subject} {verb} {object} {tail}",
    "How {group} ended up paying for {topic}",
    "What {n} years of {topic} records tell us",
    "Mapped: Where {topic} hits {group} hardest",
    "{Group} were promised help. {Subject} {verb} {object}",
    "The hidden cost of {topic}, explained",
    "We analyzed {n},000 {records}. Here is what we found",
    "Why {topic} keeps failing {group}",
    "{Subject} {verb} {object}. Then the money ran out",
    "Chart: the slow collapse of {topic}",
)
FRESH_AD_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("A Tidewater County sheriff", "The state's largest nursing-home chain",
                "A private prison contractor", "The Harrowgate Water Authority",
                "A donor-backed charter network", "The regional utility Corvane Power",
                "A little-known federal office", "A Gulf Coast refinery",
                "The city's towing contractor", "A Brisbury hospital system"),
    "verb": ("quietly rewrote", "hid", "ignored", "spent millions fighting", "lobbied to kill",
             "played down", "buried", "failed to disclose", "sat on", "shrugged off"),
    "object": ("safety warnings for a decade", "the state's inspection rules",
               "complaints from its own staff", "hundreds of death reports", "a federal audit",
               "tenant complaints", "the water-testing results", "a whistleblower's memo",
               "the county's poorest residents"),
    "tail": ("while regulators looked away", "for more than a decade", "and no one stopped it",
             "despite repeated warnings", "behind closed doors", "until reporters asked"),
    "group": ("tenants", "farmworkers", "nurses", "retirees", "rural voters", "small landlords",
              "foster families", "veterans", "public defenders", "bus drivers"),
    "topic": ("eviction filings", "nursing-home staffing", "wildfire insurance", "jail deaths",
              "school bus contracts", "groundwater pumping", "medical debt", "police overtime",
              "lead service lines", "prison phone fees", "opioid settlement money",
              "tax-lien sales"),
    "records": ("inspection reports", "court filings", "death certificates", "internal emails",
                "invoices", "complaint logs", "property records", "autopsy reports"),
    "first": ("Marisol", "Dev", "Tova", "Ignatius", "Priya", "Kwame", "Hollis", "Ines",
              "Rafferty", "Yuki", "Odette", "Caspian"),
    "last": ("Brannigan", "Oyelaran", "Vasquez-Hart", "Lindqvist", "Achterberg", "Moreau",
             "Tsang", "Pellegrino", "Kowalczyk", "Ferreira"),
    "outlet": ("The Plumbline", "Lantern Ledger", "Cinderwood Review", "Open Docket Project",
               "Fathom Desk", "Northlight Investigative", "Tallgrass Inquirer",
               "The Long Count"),
    "domain": ("plumbline.org", "lanternledger.org", "opendocket.news", "fathomdesk.org",
               "tallgrassinquirer.org"),
    "beat": ("prisons and jails", "public health", "housing", "the environment", "labor",
             "campaign finance", "child welfare", "policing"),
    "city": ("Baltimore", "Tulsa", "Fresno", "Cleveland", "Albuquerque", "Savannah", "Spokane",
             "Milwaukee"),
    "section": ("Investigations", "Data", "Explainers", "Features", "The Long Read",
                "Accountability"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "clock": ("5 a.m. EDT", "6:00 a.m. ET", "11:30 a.m. CT", "2:15 p.m. PT", "7 p.m. EST",
              "9:45 a.m. MT"),
    "chapter": ("The Warning", "The Money", "The Inspectors", "The Cover-Up", "The Families",
                "What Comes Next", "A Paper Trail", "The Deal", "The Reckoning", "Aftermath"),
    "chapter_no": ("One", "Two", "Three", "Four", "Five", "Six"),
    "part_of": ("Part 1 of 4", "Part 2 of 3", "Part 3 of 5", "Part 4 of 4", "Part 2 of 6"),
    "series": ("Drowned Acres", "The Lien Machine", "Locked Out", "Bad Water", "Paper Shields",
               "Dead Reckoning", "Unchecked"),
    "partner": ("the Coastal Reporting Collaborative", "Prairie Public Media",
                "the Marlow Journalism Lab at Easton University", "the Ridgeback Herald"),
    "foundation": ("the Hallett Family Foundation", "the Birchwood Trust",
                   "the Okonkwo Fund for Public Interest Reporting", "the Sayre Foundation"),
    "narrator": ("Vivian Okafor", "Theo Brandvold", "Lucia Ferrante", "Samuel Achebe-Ross"),
    "respondent": ("the company", "the sheriff's office", "the state health department",
                   "the governor's office", "the water authority"),
    "source": ("State Department of Corrections death records, 2010-2023",
               "County assessor's office; analysis of tax-lien sale records",
               "U.S. Census Bureau, American Community Survey 5-year estimates",
               "Federal inspection reports obtained through FOIA",
               "State court filings compiled from the online docket"),
    "doc": ("The 2019 audit", "The settlement agreement", "Inspection report, Unit 4",
            "Internal memo from the compliance office", "The sheriff's use-of-force policy"),
    "pullquote": ("They knew. Every one of them knew, and they let it keep happening.",
                  "Nobody ever came to check on him.",
                  "It's cheaper to pay the fine than to fix the problem.",
                  "We were told the water was safe to drink.",
                  "I filed the complaint three times. Nothing happened."),
    "role": ("a former inspector", "a retired nurse", "the mother of a former resident",
             "a state lawmaker", "a former company executive"),
    "insider": ("current or former state inspector", "nursing-home worker", "jail medical staffer",
                "tenant facing eviction", "county employee"),
    "newsletter": ("The Dig", "Paper Trail Weekly", "The Footnote", "Slow News Saturday",
                   "The Explainer Desk"),
    "fellow": ("Bramwell investigative fellow", "Sorensen data journalism fellow",
               "member of our Local Accountability Corps"),
    "street": ("Cooper Street, Suite 300", "Ninth Avenue", "Old Mill Road, Floor 2"),
    "publisher": ("Halloway Press", "Greyfield Books", "Marchbank & Lowe"),
}

# --- fresh-ae: a sealed unseen check, by an author who never saw the cleaning rules. Genre: ----
# republished wire copy and its surroundings: syndication partners and portals, scraper and SEO
# content farms, RSS mirrors, forum reposts, coupon and stock-photo portals, opinion and letters.
FRESH_AE_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "Home • Mail • News • Finance • Sports • Weather • More",
        "{outlet} » {section} » Syndicated",
        "Board index ‹ {board} ‹ News Reposts",
        "OPINION  Editorials  Columns  Letters  Cartoons",
        "« Previous Thread | Next Thread »",
        "Home / News / Wire Stories / Page {n}",
        "Login | Register | FAQ | Members | Search",
        "Deals · Coupons · Cashback · Gift Cards · Top Stores",
        "All sources ▾   Newest first ▾   Mark all as read",
        "Home » Uncategorized » {other_title_case}",
        "OPINION",
        "☰  {outlet}  ⌕",
        "Thread Tools ▾  Search this Thread ▾  Display Modes ▾",
        "Go to page: 1 2 3 … {n}  Next ›",
        "Letters to the Editor",
    )),
    Family("page_meta", ("before",), 2, (
        "Originally published by {partner} on {month} {day}, {year}.",
        "by {username} » {weekday} {month} {day}, {year} {clock}",
        "Opinion by {name} | {weekday}, {month} {day}, {year}",
        "{partner} · {n}h ago",
        "Source: {partner} / Via: {domain}",
        "Guest column",
        "This post was generated automatically from an RSS feed; {outlet} staff did not edit it.",
        "OP: {username} — thread opened {month} {day}, {year}",
        "READER MAILBAG",
        "Guest essay · {name}, {city}",
        "Editorial Board | {outlet}",
        "Fetched {n} minutes ago from {partner}",
        "Topic: {other_title_case}  (Read {n}{n} times)",
        "Image: {stock} / representative picture",
        "Views: {n},{n}0 | Replies: {n}",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Pin it · Flip it · Tweet it · Mail it",
        "Like {n}  ·  Reblog  ·  Permalink",
        "Bookmark with: Digg | del.icio.us | Reddit | StumbleUpon",
        "Email to a friend · Printer-friendly version · RSS",
        "Repost ↻ {n}",
        "SHARE THIS COUPON",
        "Click to tweet this quote",
        "↗ Share   ♡ Save   ⚑ Report",
        "Watch thread  |  Share  |  Bookmark",
        "Found this helpful? Pass it on to someone who would like it.",
        "Share on Mastodon · Bluesky · Threads",
        "Send this thread to:\nFacebook\nReddit\nPinterest",
        "{n} reposts · {n} saves",
        "Share your view on this letter",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}",
        "{other_title}",
        "{other_title_case} - {outlet}",
        "{headline} | {partner}",
        "{HEADLINE}",
        "{headline} »",
        "Re: {other_title}",
        "{headline} ({n} replies)",
        "{headline} [VIDEO]",
        "{headline}… Read more",
        "{other_title_case} – {partner}",
        "▸ {headline}",
        "{headline} - Opinion",
        "{headline} — {name}",
        "{headline} ({month} {day}, {year})",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsored Links",
        "Ads by {adnet}",
        "Sponsored searches\n{search}\n{search}\n{search}",
        "Top Deal Today: Save up to {n}% at {store} with code {code}",
        "Get Deal ›",
        "(Story continues after the sponsored listings)",
        "Ad · {domain}",
        "Get {n}% Cash Back — Shop Now",
        "You may qualify for a rebate. Check your ZIP code now.",
        "This post contains affiliate links. We may earn a commission if you buy through them.",
        "~ sponsored ~",
        "Deals picked by our shopping partners",
        "Content by {adnet} | Sponsored",
        "Download {n},000+ royalty-free {tag} images — start your free trial",
        "Remove ads by upgrading to a Supporting Member.",
        "AD ▾ article continues",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Also see → {headline}",
        "Similar post on {domain}: {other_title_case}",
        "(via {partner})",
        "Quote from: {username} on {month} {day}, {year}",
        "Letters: {headline}",
        "From our archives ({year}): {headline}",
        "Wire feed · {partner}: {headline}",
        "Counterpoint: {headline}",
        "Syndicated partner story ▹ {headline}",
        "Buzzing in the forums » {headline}",
        "Hot topic » {headline}",
        "Interesting: {other_title}",
        "You might like | {headline}",
        "Full story here ⇒ {headline}",
        "[Link] {headline}",
        "Our editorial: {headline}",
        "RELATED THREAD: {other_title_case}",
        "{username} wrote:",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the Opinion Digest: our columnists' sharpest arguments, every Sunday morning.",
        "Never miss a coupon — get exclusive codes by email",
        "Your e-mail address:\n[ Subscribe ]",
        "Follow this feed: RSS · Atom · JSON",
        "Enter your email for daily {partner} headlines",
        "Join {n},{n}3 other subscribers",
        "No spam, ever. One-click unsubscribe.",
        "Want the argument without the noise? Sign up for {newsletter}.",
        "{newsletter} lands in your inbox every weekday at 6 a.m.",
        "Subscribe to get new deals delivered. We respect your privacy.",
        "Sign up for the digest\nEmail *\nI agree to the terms",
        "Register now to unlock member-only boards and turn off ads.",
        "GET THE BEST DEALS FIRST",
        "Get {outlet}'s top stories on your phone. Download the free app.",
    )),
    Family("comment_prompt", ("after",), 2, (
        "Reply With Quote",
        "Quote  ·  Reply  ·  Report post",
        "Edited {n} times in total, most recently by {username} at {clock}.",
        "Have an opinion on this issue? Send us a letter of up to 250 words.",
        "Letters must include your full name, address and daytime phone number. They may be"
        " edited for length and clarity.",
        "Create an account or sign in to join this discussion.",
        "Sent from my {device} using {app}",
        "#{n}",
        "👍 {n}   Reply   ⋯",
        "Click to expand...",
        "{n} users thanked {username} for this post",
        "Jump to new replies ({n})",
        "This thread is closed to new replies.",
        "Disagree? Submit a response op-ed of 600 to 750 words to opinion@{domain}.",
        "Email me when someone replies to this thread",
    )),
    Family("copyright", ("after",), 2, (
        "The views expressed in this article are the writer's own and do not necessarily"
        " reflect those of {outlet}.",
        "Copyright © {year} {partner}. Used with permission.",
        "Distributed by {partner} for {outlet}. Redistribution prohibited.",
        "All trademarks and copyrights belong to their respective owners.",
        "DISCLAIMER: This content is aggregated automatically. {outlet} claims no ownership of"
        " third-party articles; contact us for removal.",
        "Forum software by {forumsw} © {year}",
        "Image licensed from {stock}; people shown are models, used for illustration only.",
        "© {year} {outlet} | Content from {partner} is licensed and may not be republished.",
        "(c) {year}, {partner} Inc.",
        "Letters reflect the opinions of their writers, not those of the editorial board.",
        "Prices and coupons were accurate at time of publishing; {outlet} may earn a commission.",
        "Republished under license. Original story © {partner} {year}",
        "ALL SYNDICATED CONTENT REMAINS THE PROPERTY OF ITS ORIGINAL PUBLISHER",
        "{forumsw} v{n}.{n} | theme: Midnight Slate",
    )),
    Family("footer_links", ("after",), 1, (
        "Archives | Tag cloud | Sitemap | RSS",
        "DMCA | Content removal request | Contact",
        "Forum Rules · Help · Contact Staff · Mark Forums Read",
        "Times shown in UTC · Now: {clock}",
        "Submit an op-ed · Letter guidelines · Corrections policy",
        "Contact Us - {outlet} - Archive - Top",
        "Affiliate disclosure  ·  How we find deals  ·  Partner with us",
        "Who's online: {n} members and {n}{n} guests",
        "Page generated in 0.{n}{n} seconds",
        "Tags: {tag}, {tag}, {tag}, {tag}",
        "Comments feed | Entries (RSS)",
        "Syndication partners: {partner}, {partner} and {partner}",
        "Go to top ⇧",
        "Privacy · Terms · Do Not Sell My Info · Ad Choices · Feed Help",
    )),
    Family("trending_block", ("after",), 2, (
        "See also\n{other_title}\n{headline}\n{headline}",
        "Related searches\n{search}\n{search}\n{search}\n{search}",
        "Similar threads\n{other_title_case}\n{headline}\n{headline}",
        "Elsewhere on the {partner} wire:\n• {headline}\n• {headline}\n• {headline}",
        "MORE OPINION\n{headline} — {name}\n{headline}\n{headline}",
        "Popular tags\n{tag} · {tag} · {tag} · {tag} · {tag}",
        "Newest in {board}\n{other_title_case}\n{headline}\n{other_title_case}\n{headline}",
        "Top Coupons\n{n}% off at {store}\nFree shipping at {store}\n${n} off orders at {store}",
        "Hottest debates this week\n1) {headline} ({n})\n2) {headline} ({n})\n3) {headline} ({n})",
        "Around the internet (sponsored)\n{clickbait}\n{clickbait}",
        "Today's letters\n{headline}\n{headline}",
        "Active topics\n{headline} — last post by {username}\n{other_title} — last post by"
        " {username}",
        "Also in the feed\n{HEADLINE}\n{HEADLINE}\n{HEADLINE}",
        "Previous: {other_title_case}\nNext: {headline}",
        "{headline}\n{headline}\n{other_title}\nView more stories »",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} is a retired {role} who lives in {city}.",
        "{name} writes a weekly column on {beat}. Reach {name} at {handle}@{domain}.",
        "— {name}, {city}",
        "{username}\n{rank}\nJoined: {month} {year}\nPosts: {n}{n}\nLocation: {city}",
        "--\n{sigquote}",
        "{name} is a syndicated columnist whose work appears in more than {n}0 newspapers.",
        "{name} is an adjunct professor at {college} and sits on our community advisory board.",
        "Contributor — {name} | @{handle} | Views own.",
        "OPINION COLUMNIST\n{name}\nFollow on X @{handle} · Email",
        "{name} was a {role} for {n} years before turning to writing about {beat}.",
        "Deals editor {name} tests every offer; we only recommend what we'd buy ourselves.",
        "Guest writer {name} ({role}, {city}) contributed this commentary.",
        "{name} reports for {partner}; this story was distributed by {partner} and republished"
        " here under a licensing agreement.",
        "{name}, of {city}, served two terms on the county commission.",
    )),
)
FRESH_AE_HEADLINES = (
    "{Subject} {verb} {object}, officials confirm",
    "Opinion: {Subject} {verb} {object}",
    "{Subject} {verb} {object} – here's why it matters",
    "Letters: {topic} and the rest of us",
    "Why I changed my mind about {topic}",
    "{Group} deserve better than {topic}",
    "{Subject} {verb} {object} {tail} (UPDATED)",
    "{n} photos of {topic} that will surprise you",
    "The case against {topic}",
    "{Subject} {verb} {object}; critics cry foul",
    "Are {group} really better off with {topic}?",
    "Our view: {topic} needs a rethink",
    "{Subject} quietly {verb} {object} {tail}",
)
FRESH_AE_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Statehouse budget panel", "Port commissioners", "Rural electric co-op",
                "Teachers' pension fund", "Downtown improvement district", "Lottery commission",
                "Parks and rec board", "Tollway authority", "Water conservancy district",
                "Homeowners' association", "Community college trustees", "Snowplow contractors",
                "Oyster growers' cooperative", "Zoning appeals board", "Ferry pilots' guild",
                "Fairgrounds board"),
    "verb": ("greenlights", "shelves", "blocks", "revisits", "overhauls", "walks back",
             "fast-tracks", "caps", "freezes", "expands", "probes", "sues over"),
    "object": ("a plan to toll the bypass", "property tax relief", "its own ethics rules",
               "the stadium subsidy", "a cap on short-term rentals", "free bus fares for seniors",
               "the landfill expansion", "a four-day school week", "new curbside fees",
               "the downtown casino pitch", "overtime for park rangers",
               "a ban on gas leaf blowers"),
    "tail": ("after a heated hearing", "in a 4-3 vote", "over the mayor's objection",
             "with little notice", "as a deadline looms", "amid lawsuit threats"),
    "topic": ("curbside recycling fees", "the bypass toll", "short-term rentals",
              "standardized testing", "daylight saving time", "the sales tax holiday",
              "campus free speech", "rural broadband", "jury duty pay", "ballot drop boxes",
              "cellphone bans in schools", "the gas tax"),
    "group": ("taxpayers", "homeowners", "small landlords", "retirees", "first-time voters",
              "gig workers", "rural families", "substitute teachers"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "outlet": ("Vantoro News", "FeedLark", "The Hollin Bay Gazette", "Trumbull Courier-Sentinel",
               "ClickDrift Daily", "Marrowfield Forums", "NewsNook Portal", "DealQuarry"),
    "first": ("Ottilie", "Bram", "Neveen", "Casimir", "Rosalind", "Tobiah", "Yusra", "Leopold",
              "Marisol", "Emrys"),
    "last": ("Penhallow", "Achterberg", "Oduya", "Thistlewood", "Brannigan", "Kowalczyk",
             "Abernethy", "Ferreira", "Villalobos", "Strand"),
    "beat": ("foreign policy", "labor and the economy", "the courts", "urban planning",
             "faith and public life", "the media", "rural affairs", "school reform"),
    "city": ("Dayton", "Spokane", "Leeds", "Wollongong", "Halifax", "Tulsa", "Cork"),
    "section": ("Opinion", "Letters", "Commentary", "Wire", "Community", "Editorials",
                "Columnists"),
    "partner": ("Corvane Wire", "Meridian Press Service", "Tallis Syndicate",
                "Northlight Features", "Bellwether Content Exchange", "Greyhaven News Agency"),
    "username": ("grumpy_lurker77", "OldSaltDave", "mapleleaf_mom", "the_real_kev",
                 "NightOwlReader", "TaxpayerTom", "quietriot42", "Beemer_Bob"),
    "rank": ("Senior Member", "Gold Poster", "Junior Member", "Moderator", "Forum Veteran",
             "Banned"),
    "board": ("Current Events", "Off-Topic Lounge", "World News & Politics", "Local Chatter"),
    "clock": ("7:42 am", "11:05 PM", "2:18 pm", "9:30 AM", "12:57 am", "5:06 p.m."),
    "domain": ("newsnookportal.example", "feedlark.example", "dailyclickdrift.example",
               "hollinbaygazette.example"),
    "stock": ("Shutterframe", "PixelVault Stock", "Dreamfold Images", "iStockade"),
    "adnet": ("Clickvane", "Adzuno", "RevLayer", "Taboodle Native"),
    "search": ("cheap car insurance quotes", "best senior living near me",
               "online degree programs", "how to refinance a mortgage", "solar panels cost",
               "free credit score check", "walk-in bathtubs for seniors",
               "hearing aids price comparison", "cheap flights this weekend",
               "best high-yield savings accounts", "used trucks for sale by owner"),
    "store": ("Bargain Barn", "ShopRiver", "Kettle & Cart", "GearHollow", "Peony Home"),
    "code": ("SAVE20NOW", "FREESHIP", "EXTRA15", "WELCOME10", "FLASHDEAL"),
    "tag": ("breaking", "politics", "world", "economy", "viral", "trending", "news today",
            "latest update", "usa", "weather", "elections",
            "celebrity", "health tips", "money", "local", "top 10"),
    "newsletter": ("The Counterweight", "Ledger Letters", "Morning Op-Ed", "Both Sides Now"),
    "device": ("Pixel 7", "SM-G991U", "iPhone", "moto g"),
    "app": ("Tapatalk", "the ForumHub app", "BoardReader"),
    "forumsw": ("Threadwright", "BoardKeeper Pro", "PostNest"),
    "sigquote": ("If it ain't broke, upgrade it anyway.",
                 "Retired, not expired. Proud grandpa of four.",
                 "Opinions are mine; typos are my phone's.",
                 "Member since the dial-up days."),
    "role": ("high school principal", "county prosecutor", "nurse practitioner",
             "Navy officer", "dairy farmer", "city planner"),
    "college": ("Brookhaven Community College", "Lakeshore State University",
                "St. Aldric College"),
    "clickbait": ("Doctors stunned by this one kitchen trick",
                  "Seniors are switching to this new phone plan",
                  "The real reason pilots never eat the same meal",
                  "Here's what a new roof should cost in your area",
                  "She bought a storage unit for $100 and found this",
                  "Homeowners in your state are claiming this overlooked credit",
                  "The one stock a retired trader says to hold forever",
                  "Why dermatologists are begging people to stop doing this"),
}

# --- fresh-af: a sealed unseen check, by an author who never saw the cleaning rules. Genre: ----
# finance, markets and sports pages that carry wire stories (quote widgets, disclaimers, scores,
# odds and fantasy prompts) and their mobile-app, AMP and in-app webview renderings.
FRESH_AF_FAMILIES: tuple[Family, ...] = (
    Family("navigation", ("before",), 3, (
        "☰  Quotes · Movers · Calendars · Funds · {section}",
        "Tap to open this story in the {outlet} app ›",
        "Markets ▾   Scores ▾   Watchlist   Sign in",
        "LIVE SCORES | FIXTURES | TABLES | TRANSFERS | {section}",
        "‹ Back to the ticker board",
        "Equities / Rates / FX / Energy / Metals / Digital assets",
        "Search symbols, clubs or players",
        "{section} › Wire copy › {weekday}",
        "My Teams  ·  My Stocks  ·  My Alerts",
        "You are on the lightweight page. Load the full {outlet} site instead",
        "Pre-market | Intraday | After-hours",
        "≡ MENU   {outlet}   ⌕",
        "Swipe left for the next wire story →",
        "Tabs: Overview · Chart · Headlines · Filings · Holders",
        "Match centre ▸ Commentary ▸ Line-ups ▸ Report",
        "Continue in browser  |  Open the app",
        "Fixtures ◂ Round {n} ▸ Results",
    )),
    Family("page_meta", ("before",), 2, (
        "Wire copy · filed {day} {month} {year}, 06:{n} GMT",
        "Prices as of the closing auction, {weekday} {day} {month}",
        "Quotes delayed by at least 15 minutes unless flagged RT",
        "≈ {n} min read · {section} desk",
        "Syndicated from the wires; headline and standfirst by {outlet}",
        "Symbols in this story: KRVN  HLTX  ODMB",
        "Refreshed {n} min ago · source: agency feed",
        "FULL-TIME REPORT | {weekday} {day} {month} {year}",
        "Filed under: earnings · guidance · {section}",
        "Text size  A−  A+     ☾ Night reading: off",
        "You're reading the accelerated mobile version of this page",
        "Sent from {city} by {name}, with agency reporting",
        "🔊 Hear it read · {n} min  |  Aa",
        "Kick-off 19:45 local · report posted {n} minutes after the final whistle",
        "Market status: CLOSED · reopens {weekday} 09:00",
    )),
    Family("share_bar", ("before", "after"), 2, (
        "Share this quote card",
        "Send via  ✉  WhatsApp  Telegram  Signal  ⋯",
        "📤 Send  ·  🔖 Keep  ·  🔔 Follow {section}",
        "Full-time report URL now on your clipboard — paste away",
        "Long-press the headline to pass it on",
        "Passed on {n}0 times from inside the app",
        "Share the price chart ↗",
        "Post to your feed | Drop in a chat | Grab the URL",
        "SEND  ▸  Threads  ▸  Bluesky  ▸  LinkedIn",
        "Forward this story to your trading group",
        "Tap ⋮ for more sharing options",
        "＋ Add to my reading queue",
        "Send the scoreline to a mate",
        "↗ {n}  ·  💬 {n}  ·  ☆ Save",
    )),
    Family("teaser_headline", ("before", "inside", "after"), 2, (
        "{headline}",
        "{other_title}",
        "{other_title_case}",
        "{HEADLINE}",
        "▶ {headline} · 1:{n}",
        "{headline}  ⟶",
        "LIVE ● {headline}",
        "{other_title_case} | Market view",
        "{headline} (clip, {n} sec)",
        "{headline} 📈",
        "{other_title} ›",
        "FT ⚽ {headline}",
        "{headline} — continue in the app",
        "◆ {HEADLINE}",
    )),
    Family("advertisement", ("inside",), 3, (
        "Sponsored · Trade with Vellmark: no dealing fees for your first {n} days",
        "BOOKMAKER PROMOTION\n"
        "Bet within your means. Over-18s only. Free support: the Fairplay Line.",
        "Odds boost ▸ Harbour City to win and both sides to score @ 4/1\n"
        "T&Cs apply · 18+ · Keep it fun",
        "Promoted by Cardle Brokerage — the value of investments can fall as well as rise",
        "— paid placement; the report resumes under it —",
        "Spread bets are complex products. {n}% of Kessock Markets retail accounts lost money"
        " last quarter.",
        "Open a Quillon tax-free account in five minutes\n"
        "Download it from the App Store · Find it on Google Play",
        "This match centre is presented by Orrin Sportsbook",
        "ⓘ Partner content · Hide",
        "MATCHDAY CLUB: stake £10, get £30 in free-bet tokens*\n"
        "*New accounts only. Set a deposit limit before you play.",
        "Fantasy Manager Pro: pick your XI before Friday's deadline ▸",
        "Live prices powered by Telvane Feeds",
        "Swipe up to skip this promotion",
        "Worried about your betting? The Level Head helpline is free, confidential and open "
        "all night.",
        "Sponsored widget\nGold $2,3{n}.40 ▲  ·  Brent ${n}.10 ▼  ·  EUR/USD 1.0{n} ▲",
        "The {section} hub is funded by Palisade Wealth, which has no say over our reporting",
    )),
    Family("labelled_link", ("inside",), 3, (
        "Closing bell: {headline}",
        "Stock to watch ▸ {headline}",
        "Post-match verdict | {headline}",
        "Broker note: {other_title_case}",
        "Earnings preview — {headline}",
        "Transfer wire: {headline}",
        "📊 Chart of the session: {headline}",
        "FX desk: {headline}",
        "Only in the {outlet} app: {headline}",
        "Player marks » {headline}",
        "Commodities corner: {headline}",
        "From the touchline: {headline}",
        "RATES • {headline}",
        "Tap to open: {other_title}",
        "Before kick-off: {headline}",
        "Odds movers: {headline}",
    )),
    Family("newsletter", ("after",), 2, (
        "Get the opening-bell note in your inbox at 7:30 a.m., Monday to Friday.",
        "Turn on alerts for {section}?   [Maybe later]   [Turn on]",
        "Never miss a goal: switch on score notifications for your club",
        "The {outlet} Close — one email after every trading session.",
        "▢ Send me the weekly dividend digest",
        "🔔 Ping me when KRVN moves more than 5% in a day",
        "{n},000 traders start their day with our pre-market note. Join them.",
        "Set a price alert on this stock",
        "Matchday mailer: confirmed line-ups in your inbox an hour before kick-off",
        "{outlet} would like to send you notifications. You can change this later in Settings.",
        "GET THE FULL-TIME BRIEFING EVERY WEEKEND",
        "Almost there — tap the link we just emailed you to confirm.",
        "Weekly fantasy tips, free: drop your email here",
        "Add {Club} to My Teams to get a buzz for every goal",
    )),
    Family("comment_prompt", ("after",), 2, (
        "What's your call on this one: buy, hold or sell? Have your say below.",
        "Rate the match: ☆☆☆☆☆",
        "{n} supporters are arguing about this",
        "Jump into the match thread ›",
        "Talk about this ticker in the Community tab",
        "Fan vote: who was the best player on the pitch?\n"
        "○ Home keeper   ○ Away striker   ○ Nobody",
        "Lock in your score prediction before kick-off",
        "Open the app to reply",
        "Investor chatter ({n})",
        "Sort by: Top · Newest · Bullish · Bearish",
        "House rules: posts that tip shares or link to betting sites will be taken down.",
        "Was this market update useful?   👍   👎",
        "Reply to @{handle}",
        "Discuss · {n} posts from verified holders",
    )),
    Family("copyright", ("after",), 2, (
        "© {year} {outlet} Markets Ltd. Price data © Telvane Feeds.",
        "Nothing here is investment advice. {outlet} does not recommend buying or selling any"
        " security.",
        "Quotes come from the exchanges and may lag by 20 minutes or more.",
        "This page is for information only and is not an offer or solicitation to trade.",
        "Agency copy reproduced under licence; all rights stay with the originating wire.",
        "Odds correct when published and liable to change. 18+. Please play responsibly.",
        "Fixture data © {year} Leaguefile, used under licence",
        "{outlet} app v{n}.2.1 · © {year}",
        "Prices shown in US dollars unless noted. Past returns do not predict future ones.",
        "REPRODUCING QUOTES OR SCORES FROM {outlet} REQUIRES A DATA LICENCE",
        "Consensus built from {n} brokerage analysts; {outlet} holds no position.",
        "Ledgerline Media plc, registered in Marrowgate, company no. 0{n}712290",
        "Scores and statistics supplied by Pitchdata Live",
        "Analyst ratings are third-party opinions, not endorsements by {outlet}.",
    )),
    Family("footer_links", ("after",), 1, (
        "Help · Get the app · Data providers · Corrections",
        "App Store ⬇   |   Google Play ⬇",
        "Terms of use | Privacy | Cookie choices | Market data terms",
        "Safer gambling",
        "Our parent company's shareholders\nJobs on the desk\nSponsor a match centre",
        "Report a price error",
        "⇧ Top of page",
        "Switch to light theme ☀",
        "Sitemap · Feeds · Service status",
        "Exchanges and delay times",
        "How our ratings work\nMethodology\nWrite to the markets desk",
        "Responsible play resources",
        "View the full desktop site",
        "Accessibility help  ·  Text-only edition",
        "Widget settings · Reset watchlist",
    )),
    Family("trending_block", ("after",), 2, (
        "Top movers\n▲ {headline}\n▼ {headline}\n▲ {other_title}",
        "Most-watched tickers today\n1 · {headline}\n2 · {headline}\n3 · {headline}\n"
        "4 · {headline}",
        "HOT IN THE APP\n{headline}\n{other_title_case}\n{headline}",
        "Around the grounds\n⚽ {headline}\n🏉 {headline}\n🏏 {headline}",
        "People holding KRVN also read\n{headline}\n{headline}\n{other_title}",
        "Keep swiping for more from the wires →\n{headline}\n{headline}\n{headline}",
        "Full-time elsewhere\n{headline}\n{other_title}\n{headline}\n{headline}",
        "Markets now\n• {headline}\n• {headline}\n• {headline}",
        "Next up in {section} ▾\n{headline}\n{other_title_case}\n{headline}",
        "Pushed to phones today\n🔔 {headline} (morning alert)\n🔔 {headline} (lunchtime alert)\n"
        "🔔 {headline} (evening alert)",
        "Earnings season so far\n— {headline}\n— {headline}\n— {headline}",
        "Fans are reading\n{headline}\n{headline}\n{headline}\n{other_title}",
        "Sector heat map: the stories behind it\n{headline}\n{headline}\n{headline}",
        "League leaders' news\n{headline}\n{other_title}\n{headline}",
    )),
    Family("author_bio", ("after",), 2, (
        "{name} reports on {beat} for {outlet} from {city}.",
        "{name} spent {n} years on a trading floor before joining {outlet} to write about {beat}.",
        "Markets reporter\n{name}\nCovers {beat} · Follow in the app",
        "Follow {name} to get an alert whenever a new story of theirs lands.",
        "{name} has tracked {beat} since the {year} season.",
        "Put a question to {name} about {beat} in the app's Ask the Desk tab.",
        "About {name}: {beat} correspondent, {city} bureau",
        "{name} holds no positions in the securities named in this report.",
        "By {name} · @{handle} · {beat}",
        "{name} anchors {outlet}'s {beat} coverage and hosts its Saturday phone-in.",
        "{name} (@{handle}) runs the {section} live feed on market days.",
        "{name}\n{beat} · {city}\n{n} stories this month",
        "Before covering {beat}, {name} kept the books for a lower-league club in {city}.",
        "{name} writes the {outlet} Close and has reported from the {city} exchange floor.",
    )),
)
FRESH_AF_HEADLINES = (
    "{Subject} shares {move} after {catalyst}",
    "{Club} {result} {Rival} to {stake}",
    "{Index} {drift} as traders eye {macro}",
    "{Broker} lifts {Subject} to {rating}",
    "Why {Subject} investors are watching {macro}",
    "{Club} sign {position} from {Rival}",
    "{Commodity} hits {span} high on {catalyst}",
    "{Club} manager under pressure after {setback}",
    "{Subject} to cut {n}0 jobs at its {city} plant",
    "Five things that moved the {Index} this week",
    "{Club} supporters react to {setback}",
    "{Currency} slips against the dollar ahead of {macro}",
    "Is {Subject} a takeover target?",
)
FRESH_AF_WORDS: dict[str, tuple[str, ...]] = {
    "Subject": ("Kerravon Mining", "Holtex Pharma", "Odmund Shipping", "Quillvex Software",
                "Brambleton Foods", "Sarnath Telecom", "Corvane Airways", "Tessly Retail",
                "Ulmore Utilities", "Fenwright Motors", "Pellagh Bank", "Driscane Energy"),
    "move": ("jump", "slide", "rally", "tumble", "edge higher", "sink", "surge", "drift lower"),
    "catalyst": ("a profit warning", "a surprise dividend", "weak orders", "a bid approach",
                 "a supply glitch", "upbeat guidance", "a regulator's ruling",
                 "a strike at the docks"),
    "Club": ("Harbour City", "Marrowgate Athletic", "Port Ellery Rovers", "Halvik United",
             "Sallow Bay Wanderers", "New Carden Town", "Brennick Albion", "Ostry Vale"),
    "Rival": ("Kettering Cross", "Lowmoor Celtic", "Dunhallow Rangers", "Westreach FC",
              "Tamsford Borough", "Greyfold County", "Aldwick Swifts"),
    "result": ("edge past", "thrash", "hold", "stun", "beat", "draw with"),
    "stake": ("reach the semi-finals", "go top", "stay in the hunt", "end a long drought",
              "seal promotion", "escape the drop zone"),
    "Index": ("Carden 40", "Northsea All-Share", "Pacific Rim 200", "Tessaro Tech Index",
              "Meridian Small-Cap Index"),
    "drift": ("climbs", "slips", "treads water", "hits a record", "posts a third daily loss"),
    "macro": ("inflation data", "a central bank meeting", "the jobs report",
              "rising bond yields", "stalled oil supply talks", "the budget vote"),
    "Broker": ("Dunmere Securities", "Kessock Capital", "Arlow & Finch", "Threnody Partners",
               "Sovell Research"),
    "rating": ("buy", "outperform", "overweight", "neutral", "strong buy"),
    "position": ("a winger", "a centre-back", "a veteran goalkeeper", "a teenage striker",
                 "a holding midfielder"),
    "Commodity": ("Copper", "Cocoa", "Nickel", "Wheat", "Silver", "Natural gas"),
    "span": ("six-month", "two-year", "record", "decade", "four-week"),
    "setback": ("a fifth straight defeat", "a cup exit", "a red card row",
                "a penalty miss", "a home thrashing"),
    "Currency": ("The rand", "The krona", "The peso", "Sterling", "The won", "The lira"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "outlet": ("Tallyport Markets", "The Ledgerline", "Pitchside Courant", "Kestrel Bourse Wire",
               "Brightwater Scoreline"),
    "first": ("Odette", "Ruairi", "Tamsin", "Yusuf", "Bettina", "Lachlan", "Nkechi", "Henrik"),
    "last": ("Quennell", "Varga-Holm", "Ashdown", "Okafor-Ries", "Penhallow", "Strand",
             "Matsuda", "Delacourt"),
    "beat": ("commodities", "small-cap stocks", "currency markets", "the transfer market",
             "club finances", "racing", "bond markets", "cricket"),
    "city": ("Port Ellery", "Marrowgate", "Halvik", "New Carden", "Sallow Bay", "Brennick"),
    "section": ("Equities", "Match Centre", "Rates & FX", "Personal Finance", "Motorsport",
                "Cricket"),
}

BANKS: dict[str, TemplateBank] = {bank.name: bank for bank in (
    BENCH,
    TemplateBank("fresh-a", FRESH_A_FAMILIES, FRESH_A_HEADLINES, FRESH_A_WORDS, ("fresh-a",)),
    TemplateBank("fresh-b", FRESH_B_FAMILIES, FRESH_B_HEADLINES, FRESH_B_WORDS, ("fresh-b",)),
    TemplateBank("fresh-c", FRESH_C_FAMILIES, FRESH_C_HEADLINES, FRESH_C_WORDS, ("fresh-c",)),
    TemplateBank("fresh-d", FRESH_D_FAMILIES, FRESH_D_HEADLINES, FRESH_D_WORDS, ("fresh-d",)),
    TemplateBank("fresh-e", FRESH_E_FAMILIES, FRESH_E_HEADLINES, FRESH_E_WORDS, ("fresh-e",)),
    TemplateBank("fresh-f", FRESH_F_FAMILIES, FRESH_F_HEADLINES, FRESH_F_WORDS, ("fresh-f",)),
    TemplateBank("fresh-g", FRESH_G_FAMILIES, FRESH_G_HEADLINES, FRESH_G_WORDS, ("fresh-g",)),
    TemplateBank("fresh-h", FRESH_H_FAMILIES, FRESH_H_HEADLINES, FRESH_H_WORDS, ("fresh-h",)),
    TemplateBank("fresh-i", FRESH_I_FAMILIES, FRESH_I_HEADLINES, FRESH_I_WORDS, ("fresh-i",)),
    TemplateBank("fresh-j", FRESH_J_FAMILIES, FRESH_J_HEADLINES, FRESH_J_WORDS, ("fresh-j",)),
    # fresh-k: an unseen check, by an author who never saw the cleaning rules (training data
    # since its leftovers were read to improve the rules; so are fresh-j and fresh-y).
    TemplateBank("fresh-k", FRESH_K_FAMILIES, FRESH_K_HEADLINES, FRESH_K_WORDS, ("fresh-k",)),
    # fresh-l: written by an author who never saw the cleaning rules, as training data for the
    # furniture model.
    TemplateBank("fresh-l", FRESH_L_FAMILIES, FRESH_L_HEADLINES, FRESH_L_WORDS, ("fresh-l",)),
    # fresh-m: by an author who never saw the cleaning rules, as training data for the furniture
    # model (business, finance and technology portals).
    TemplateBank("fresh-m", FRESH_M_FAMILIES, FRESH_M_HEADLINES, FRESH_M_WORDS, ("fresh-m",)),
    # fresh-n: by an author who never saw the cleaning rules (sports and fan-site furniture),
    # written as training data for the furniture model.
    TemplateBank("fresh-n", FRESH_N_FAMILIES, FRESH_N_HEADLINES, FRESH_N_WORDS, ("fresh-n",)),
    # fresh-o: training data for the furniture model, by an author who never saw the cleaning
    # rules (English editions of outlets abroad and public broadcasters).
    TemplateBank("fresh-o", FRESH_O_FAMILIES, FRESH_O_HEADLINES, FRESH_O_WORDS, ("fresh-o",)),
    # fresh-p: training data for the furniture model, written by an author who never saw the
    # cleaning rules (lifestyle, entertainment, celebrity and men's and women's magazines).
    TemplateBank("fresh-p", FRESH_P_FAMILIES, FRESH_P_HEADLINES, FRESH_P_WORDS, ("fresh-p",)),
    # fresh-q: written by an author who never saw the cleaning rules, as training data for the
    # furniture model (press-release services, government and NGO newsrooms, investor relations).
    TemplateBank("fresh-q", FRESH_Q_FAMILIES, FRESH_Q_HEADLINES, FRESH_Q_WORDS, ("fresh-q",)),
    # fresh-r: training data for the furniture model, by an author who never saw the cleaning
    # rules (hyperlocal, nonprofit and community newsrooms).
    TemplateBank("fresh-r", FRESH_R_FAMILIES, FRESH_R_HEADLINES, FRESH_R_WORDS, ("fresh-r",)),
    # fresh-s: training data for the furniture model, by an author who never saw the cleaning
    # rules (science, health and education publishers and university news offices).
    TemplateBank("fresh-s", FRESH_S_FAMILIES, FRESH_S_HEADLINES, FRESH_S_WORDS, ("fresh-s",)),
    # fresh-t: by an author who never saw the cleaning rules (news apps and aggregator portals that
    # syndicate wire copy); written as training data, not trained on yet (see
    # bench/furniture_model.py): an unseen check for now.
    TemplateBank("fresh-t", FRESH_T_FAMILIES, FRESH_T_HEADLINES, FRESH_T_WORDS, ("fresh-t",)),
    # fresh-u: by an author who never saw the cleaning rules (radio stations, public broadcasters
    # and podcast-first newsrooms); written as training data, not trained on yet (see
    # bench/furniture_model.py): an unseen check for now.
    TemplateBank("fresh-u", FRESH_U_FAMILIES, FRESH_U_HEADLINES, FRESH_U_WORDS, ("fresh-u",)),
    # fresh-v: by an author who never saw the cleaning rules (tabloid, celebrity and entertainment
    # news sites); written as training data, not trained on yet (see bench/furniture_model.py): an
    # unseen check for now.
    TemplateBank("fresh-v", FRESH_V_FAMILIES, FRESH_V_HEADLINES, FRESH_V_WORDS, ("fresh-v",)),
    # fresh-w: by an author who never saw the cleaning rules (trade and business-to-business
    # publications, legal and policy newsletters); written as training data, not trained on yet (see
    # bench/furniture_model.py): an unseen check for now.
    TemplateBank("fresh-w", FRESH_W_FAMILIES, FRESH_W_HEADLINES, FRESH_W_WORDS, ("fresh-w",)),
    # fresh-x: by an author who never saw the cleaning rules (English-language news sites in Asia,
    # Africa and the Pacific); written as training data, not trained on yet (see
    # bench/furniture_model.py): an unseen check for now.
    TemplateBank("fresh-x", FRESH_X_FAMILIES, FRESH_X_HEADLINES, FRESH_X_WORDS, ("fresh-x",)),
    # fresh-y: by an author who never saw the cleaning rules (general-news sites of every size
    # and region); sealed until its leftovers were read to improve the rules, now training data.
    TemplateBank("fresh-y", FRESH_Y_FAMILIES, FRESH_Y_HEADLINES, FRESH_Y_WORDS, ("fresh-y",)),
    # fresh-z: a sealed unseen check until its leftovers were read, by an author who never saw the
    # cleaning rules (US local TV and newspaper-chain sites, UK and Irish regional papers,
    # Canadian and New Zealand outlets, newsletter-first pages); never training data.
    TemplateBank("fresh-z", FRESH_Z_FAMILIES, FRESH_Z_HEADLINES, FRESH_Z_WORDS, ("fresh-z",)),
    # fresh-aa: a sealed unseen check until its leftovers were read, by an author who never saw
    # the cleaning rules (news-agency
    # and wire-service sites, live blogs, fact-checking sites, long-read magazines of politics
    # and ideas, AMP/mobile and e-edition renderings); never training data.
    TemplateBank("fresh-aa", FRESH_AA_FAMILIES, FRESH_AA_HEADLINES, FRESH_AA_WORDS, ("fresh-aa",)),
    # fresh-ab: a sealed unseen check until its leftovers were read, by an author who never saw
    # the cleaning rules (text-only,
    # print and reader-mode renderings, feed readers, newsletter web views, blog and newsletter
    # platforms, digitised newspaper archives, cache snapshots); never training data.
    TemplateBank("fresh-ab", FRESH_AB_FAMILIES, FRESH_AB_HEADLINES, FRESH_AB_WORDS, ("fresh-ab",)),
    # fresh-ac: a sealed unseen check until its leftovers were read (in the thirteenth session),
    # by an author who never saw the cleaning rules (embeds, video players, polls, quizzes, maps,
    # galleries, consent and paywall overlays, live tickers and footers inside and around
    # articles); never training data.
    TemplateBank("fresh-ac", FRESH_AC_FAMILIES, FRESH_AC_HEADLINES, FRESH_AC_WORDS, ("fresh-ac",)),
    # fresh-ad: a sealed unseen check until its leftovers were read (in the fourteenth session),
    # by an author who never saw the cleaning rules (longform, investigative, data and
    # explanatory journalism: chapters, pull quotes, methodology notes, audio narration, series
    # navigation, tip lines, donation asks); never training data.
    TemplateBank("fresh-ad", FRESH_AD_FAMILIES, FRESH_AD_HEADLINES, FRESH_AD_WORDS, ("fresh-ad",)),
    # fresh-ae: a sealed unseen check, by an author who never saw the cleaning rules (syndication
    # and portal pages, scraper sites, RSS mirrors, forum reposts, opinion and letters pages).
    TemplateBank("fresh-ae", FRESH_AE_FAMILIES, FRESH_AE_HEADLINES, FRESH_AE_WORDS, ("fresh-ae",)),
    # fresh-af: a sealed unseen check, by an author who never saw the cleaning rules (finance,
    # sports and app renderings).
    TemplateBank("fresh-af", FRESH_AF_FAMILIES, FRESH_AF_HEADLINES, FRESH_AF_WORDS, ("fresh-af",)),
)}

# Items per page region: (fewest, most).
BEFORE_ITEMS = (1, 4)
INSIDE_ITEMS = (1, 3)
AFTER_ITEMS = (2, 5)


class InjectedLine(NamedTuple):
    text: str
    family: str
    template: str  # "<family>/<index>"
    position: str  # "before", "inside", "after"


class NoisyDocument(NamedTuple):
    doc_id: str
    half: str
    title: str
    lines: tuple[str, ...]  # the noisy text, original and injected lines in page order
    injected: tuple[int, ...]  # indexes into ``lines`` of the injected lines
    labels: tuple[InjectedLine, ...]  # one per index in ``injected``

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def half_indexes(n: int, half: str) -> list[int]:
    """Template indexes of one half: even for "tuning", odd for "held_out"."""
    return [i for i in range(n) if i % 2 == HALVES.index(half)]


def _page_headline(title: str, case: bool) -> str:
    # Pages print a headline without the wire's closing full stop.
    text = re.sub(r"\s*\.$", "", title)
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split()) if case else text


class _Page:
    """Fills placeholders for one noisy page: the site's values fixed, the rest drawn."""

    def __init__(self, rng: random.Random, half: str, other_titles: Sequence[str],
                 bank: TemplateBank = BENCH) -> None:
        self.rng, self.other_titles, self.bank, self.half = rng, other_titles, bank, half
        self.used: set[str] = set()  # templates already on this page
        self.headlines: set[str] = set()
        patterns = bank.headline_patterns
        self.patterns = [patterns[i] for i in bank.indexes(len(patterns), half)]
        words = self.words = bank.words
        first, last = rng.choice(words["first"]), rng.choice(words["last"])
        self.fixed = {
            "outlet": rng.choice(words["outlet"]), "name": f"{first} {last}",
            "handle": f"{first}{last}".lower(), "beat": rng.choice(words["beat"]),
            "city": rng.choice(words["city"]), "section": rng.choice(words["section"]),
            "year": str(rng.randint(2015, 2025)),
        }

    def value(self, key: str) -> str:
        if key in self.fixed:
            return self.fixed[key]
        if key == "headline":
            # A few tries for a headline not yet on the page: a repeat is an easy signal.
            for _ in range(5):
                headline = self.fill(self.rng.choice(self.patterns))
                if headline not in self.headlines:
                    break
            self.headlines.add(headline)
            return headline
        if key in ("other_title", "other_title_case"):
            if not self.other_titles:  # no other documents: a generated headline instead
                return self.value("headline")
            return _page_headline(self.rng.choice(self.other_titles), key == "other_title_case")
        if key == "n":
            return str(self.rng.randint(2, 48))
        if key == "day":
            return str(self.rng.randint(1, 28))
        if key == "HEADLINE":  # a headline as a page shouts it, in capitals
            return self.value("headline").upper()
        if key == "Group":
            return self.rng.choice(self.words["group"]).capitalize()
        return self.rng.choice(self.words[key])

    def fill(self, template: str) -> str:
        return PLACEHOLDER_RE.sub(lambda m: self.value(m[1]), template)


def _draw_item(page: _Page, position: str) -> list[InjectedLine]:
    rng = page.rng
    families = [f for f in page.bank.families if position in f.positions]
    family = rng.choices(families, weights=[f.weight for f in families])[0]
    allowed = page.bank.indexes(len(family.templates), page.half)
    fresh = [i for i in allowed if f"{family.name}/{i}" not in page.used]
    index = rng.choice(fresh or allowed)
    page.used.add(f"{family.name}/{index}")
    return [InjectedLine(line, family.name, f"{family.name}/{index}", position)
            for line in page.fill(family.templates[index]).split("\n")]


# A template line that is only borrowed slots ("{headline}", "01. {headline}", "{clock}
# {other_title}"): another story's headline, noise only by where it stands on the page.
SLOTS_ONLY_RE = re.compile(r"^[^A-Za-z]*(?:\{[A-Za-z_]+\}[^A-Za-z]*)+$")


def template_fills(bank: TemplateBank, half: str, seed: int, per_template: int,
                   other_titles: Sequence[str]) -> list[InjectedLine]:
    """Every template of ``half`` filled ``per_template`` times, each on a page of its own,
    line by line; lines whose template is only borrowed slots (``SLOTS_ONLY_RE``) left out."""
    rng = random.Random(seed)
    fills: list[InjectedLine] = []
    for family in bank.families:
        for index in bank.indexes(len(family.templates), half):
            template = family.templates[index]
            parts = template.split("\n")
            for _ in range(per_template):
                page = _Page(rng, half, other_titles, bank)
                for part, line in zip(parts, page.fill(template).split("\n"), strict=True):
                    if not SLOTS_ONLY_RE.match(part):
                        fills.append(InjectedLine(line, family.name, f"{family.name}/{index}",
                                                  family.positions[0]))
    return fills


def without_noise(doc: Document) -> NoisyDocument:
    """The document as it is: what cleaning does to the story alone."""
    return NoisyDocument(doc.doc_id, "none", doc.title, doc.lines, (), ())


def inject_noise(doc: Document, half: str, seed: int, other_titles: Sequence[str] = (),
                 bank: TemplateBank = BENCH) -> NoisyDocument:
    """The document as a scraped page: noise items before, between and after its lines.

    Deterministic in (seed, doc id, half). ``other_titles`` are other documents' titles that
    teasers may show; ones equal to a line of this document are never used, so an injected
    line is always told apart from story text.
    """
    rng = random.Random(f"{seed}/{doc.doc_id}/{half}")
    own = {squash(line) for line in (doc.title, *doc.lines)}
    titles = [t for t in other_titles if squash(_page_headline(t, False)) not in own
              and squash(t) not in own]
    page = _Page(rng, half, titles, bank)
    before = [_draw_item(page, "before") for _ in range(rng.randint(*BEFORE_ITEMS))]
    # Inside items go in the gaps between two story lines, at most one per gap.
    gaps = list(range(1, len(doc.lines)))
    chosen = sorted(rng.sample(gaps, min(len(gaps), rng.randint(*INSIDE_ITEMS))))
    inside = {gap: _draw_item(page, "inside") for gap in chosen}
    after = [_draw_item(page, "after") for _ in range(rng.randint(*AFTER_ITEMS))]

    lines: list[str] = []
    injected: list[int] = []
    labels: list[InjectedLine] = []

    def add(item: Iterable[InjectedLine]) -> None:
        for label in item:
            injected.append(len(lines))
            labels.append(label)
            lines.append(label.text)

    for item in before:
        add(item)
    for i, line in enumerate(doc.lines):
        add(inside.get(i, ()))
        lines.append(line)
    for item in after:
        add(item)
    return NoisyDocument(doc.doc_id, half, doc.title, tuple(lines), tuple(injected),
                         tuple(labels))


# --- systems: what each makes of the noisy text -----------------------------------------------


class Output(NamedTuple):
    body: str
    removed: dict[str, str]  # removed line (squashed) -> the cleaning's reason, when it says


def no_cleaning(noisy: NoisyDocument) -> Output:
    return Output(noisy.text, {})


def wirestream(noisy: NoisyDocument,
               furniture_model: FurnitureModel | Literal["shipped"] | None = "shipped") -> Output:
    """The project's text path: the first line is the title, the rest is cleaned (by the
    rules and ``furniture_model``: see ``clean_story``)."""
    [raw] = parse_text_story(f"{noisy.title}\n{noisy.text}".encode(), source="bench",
                             origin=noisy.doc_id)
    cleaned = clean_story(raw.title, raw.text, furniture_model=furniture_model)
    return Output(cleaned.body, {squash(n.text): n.reason for n in cleaned.noise})


def justext_same_lines(noisy: NoisyDocument) -> Output:
    """jusText's classifier on the same lines, each line given to it as one paragraph."""
    import justext  # a reference only: the bench extra installs it

    page = "".join(f"<p>{html.escape(line)}</p>" for line in noisy.lines)
    classified = justext.justext(f"<html><body>{page}</body></html>".encode(),
                                 justext.get_stoplist("English"))
    return Output("\n".join(p.text for p in classified if not p.is_boilerplate), {})


SYSTEMS: dict[str, Callable[[NoisyDocument], Output]] = {
    "no_cleaning": no_cleaning,
    "justext_same_lines": justext_same_lines,
    "wirestream": wirestream,
}


# --- scoring ------------------------------------------------------------------------------------


class LostLine(NamedTuple):
    text: str
    kind: str  # "table" (has a digit: score lines, standings, prices, datelines) or "prose"
    reason: str | None  # the cleaning's reason, when it recorded one


class DocScore(NamedTuple):
    doc_id: str
    f1: float
    original_kinds: tuple[str, ...]  # line_kind of each original line
    lost: tuple[LostLine, ...]
    injected: tuple[InjectedLine, ...]
    left: tuple[InjectedLine, ...]


def line_kind(line: str) -> str:
    return "table" if DIGIT_RE.search(line) else "prose"


def _take(body: list[str], line: str, *, whole: bool) -> bool:
    """Consume one occurrence of ``line`` (squashed) from the body's squashed lines: a whole
    line, or (``whole=False``) a run of words inside one, as when a cleaner joins lines."""
    if whole:
        if line in body:
            body.remove(line)
            return True
        return False
    for i, got in enumerate(body):
        padded = f" {got} "
        if f" {line} " in padded:
            body[i] = padded.replace(f" {line} ", " ", 1).strip()
            return True
    return False


def score_document(doc: Document, noisy: NoisyDocument, output: Output) -> DocScore:
    """F1 against the clean document; injected lines left and original lines lost, by line."""
    body = [squash(line) for line in output.body.splitlines() if line.strip()]
    originals = [squash(line) for line in doc.lines]
    injected = [squash(label.text) for label in noisy.labels]
    # Whole lines first, so a short line ("1") is not matched inside a longer one it is not.
    kept = [_take(body, line, whole=True) for line in originals]
    left = [_take(body, line, whole=True) for line in injected]
    kept = [k or _take(body, line, whole=False) for k, line in zip(kept, originals, strict=True)]
    left = [k or _take(body, line, whole=False) for k, line in zip(left, injected, strict=True)]
    lost = tuple(LostLine(line, line_kind(line), output.removed.get(key))
                 for line, key, k in zip(doc.lines, originals, kept, strict=True) if not k)
    return DocScore(doc.doc_id, token_f1(output.body, doc.text),
                    tuple(line_kind(line) for line in doc.lines), lost, noisy.labels,
                    tuple(label for label, k in zip(noisy.labels, left, strict=True) if k))


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _cut(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def summarise(scores: Sequence[DocScore]) -> dict[str, object]:
    """Distribution of F1 and the line counts over one system's documents for one half."""
    f1s = sorted(s.f1 for s in scores)
    injected = sum(len(s.injected) for s in scores)
    left = sum(len(s.left) for s in scores)
    per_doc_left = [len(s.left) / len(s.injected) for s in scores if s.injected]
    lost = collections.Counter(line.kind for s in scores for line in s.lost)
    original = collections.Counter(kind for s in scores for kind in s.original_kinds)
    reasons = collections.Counter(f"{line.kind}:{line.reason}" for s in scores
                                  for line in s.lost)
    worst = sorted(scores, key=lambda s: (s.f1, -len(s.left), s.doc_id))[:WORST]
    return {
        "documents": len(scores),
        "mean_f1": round(statistics.fmean(f1s), 4),
        "median_f1": round(statistics.median(f1s), 4),
        "p5_f1": round(f1s[int(0.05 * (len(f1s) - 1))], 4),
        "min_f1": round(f1s[0], 4),
        "injected_lines": injected,
        "injected_left_share": _share(left, injected),
        "injected_left_mean_per_doc": (round(statistics.fmean(per_doc_left), 4)
                                       if per_doc_left else None),
        "docs_losing_original_share": _share(sum(bool(s.lost) for s in scores), len(scores)),
        "original_lines": dict(original),
        "original_lines_lost": {kind: lost[kind] for kind in ("table", "prose")},
        "lost_by_kind_and_reason": dict(reasons.most_common()),
        "worst": [
            {"doc_id": s.doc_id, "f1": round(s.f1, 4),
             "lost": [f"[{line.kind}:{line.reason}] {_cut(line.text)}" for line in s.lost],
             "left": [f"[{label.template}] {_cut(label.text)}" for label in s.left]}
            for s in worst
        ],
    }


def by_family(scores: Sequence[DocScore], bank: TemplateBank = BENCH) -> dict[str, object]:
    """Share of injected lines left, per family, per position and per template."""
    tables: dict[str, dict[str, list[int]]] = {"families": {}, "positions": {}, "templates": {}}
    for s in scores:
        left = collections.Counter(s.left)
        for label in s.injected:
            kept = left[label] > 0
            if kept:
                left[label] -= 1
            for table, key in (("families", label.family), ("positions", label.position),
                               ("templates", label.template)):
                counts = tables[table].setdefault(key, [0, 0])
                counts[0] += 1
                counts[1] += kept
    result: dict[str, object] = {
        table: {key: {"lines": n, "left": k, "left_share": _share(k, n)}
                for key, (n, k) in sorted(rows.items())}
        for table, rows in tables.items() if table != "templates"
    }
    # Templates: only the ones that leave lines, most left first, with their text.
    leaky = sorted(((k / n, n, key) for key, (n, k) in tables["templates"].items() if k),
                   reverse=True)
    result["templates_left"] = [
        {"template": key, "text": _cut(bank.family(key.split("/")[0]).templates[
            int(key.split("/")[1])].replace("\n", " / ")), "lines": n,
         "left_share": round(share, 4)}
        for share, n, key in leaky[:20]
    ]
    return result


def borrowed_titles(documents: Sequence[Document], bank: TemplateBank, half: str) -> list[str]:
    """The titles ``half``'s teasers borrow: a pool of their own per bench half (every other
    document's title), so a rule fitted to one half's teasers has not seen the other's; a fresh
    bank borrows from every document."""
    return [doc.title for n, doc in enumerate(documents)
            if len(bank.halves) == 1 or n % 2 == HALVES.index(half)]


def run(documents: Sequence[Document], seed: int, systems: Iterable[str] = tuple(SYSTEMS),
        halves: Iterable[str] | None = None,
        bank: TemplateBank = BENCH) -> dict[tuple[str, str], list[DocScore]]:
    """Scores per (system, half) for every document (halves: all of the bank's)."""
    results: dict[tuple[str, str], list[DocScore]] = collections.defaultdict(list)
    for half in bank.halves if halves is None else halves:
        titles = borrowed_titles(documents, bank, half)
        for doc in documents:
            noisy = inject_noise(doc, half, seed, titles, bank)
            for system in systems:
                results[(system, half)].append(score_document(doc, noisy, SYSTEMS[system](noisy)))
    return results


def spread(items: Sequence[Document], n: int | None) -> list[Document]:
    """``n`` documents evenly spaced over the corpus (all of them without ``n``)."""
    if n is None or n >= len(items):
        return list(items)
    return [items[i * len(items) // n] for i in range(n)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=None,
                        help="an evenly spaced subset of this many documents (default: all)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--templates", choices=tuple(BANKS), default=BENCH.name,
                        help="the template bank: the bench's two halves (default) or a fresh "
                             "bank in wordings the halves lack")
    args = parser.parse_args(argv)
    bank = BANKS[args.templates]
    if not CONLL.exists():
        sys.exit(f"{CONLL} is absent: the corpora are third-party text read at run time")
    documents = spread([d for split in SPLITS for d in conll_documents(split)], args.docs)
    results = run(documents, args.seed, bank=bank)
    if bank is BENCH:
        # Lines cleaning removes from the stories alone are not the noise's doing: shown apart
        # (once, with the default bank: no template is involved).
        alone = [score_document(doc, without_noise(doc), wirestream(without_noise(doc)))
                 for doc in documents]
        print(json.dumps({"result": "noise_injection_clean_input", "system": "wirestream",
                          **summarise(alone)}), flush=True)
    for (system, half), scores in results.items():
        print(json.dumps({"result": "noise_injection", "system": system, "templates": half,
                          "seed": args.seed, **summarise(scores)}), flush=True)
    for (system, half), scores in results.items():
        print(json.dumps({"result": "noise_injection_families", "system": system,
                          "templates": half, **by_family(scores, bank)}), flush=True)


if __name__ == "__main__":
    main()
