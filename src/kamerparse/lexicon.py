"""Dutch language data, and nothing else.

Plain immutable data (tuples, frozensets, mappings) used by :mod:`kamerparse.patterns`
to build the regexes. No parser module holds a Dutch word of its own: add it here.
Each part below belongs to one stage; keep additions in their part.
"""

from __future__ import annotations

from types import MappingProxyType

# --- calendar --------------------------------------------------------------------------

#: Month names in order (index + 1 is the month number) with accepted abbreviations.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("januari", "jan."),
    ("februari", "feb.", "febr."),
    ("maart", "mrt."),
    ("april", "apr."),
    ("mei",),
    ("juni", "jun."),
    ("juli", "jul."),
    ("augustus", "aug."),
    ("september", "sep.", "sept."),
    ("oktober", "okt."),
    ("november", "nov."),
    ("december", "dec."),
)

#: Weekday names (Monday first).
WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

# --- header ----------------------------------------------------------------------------

VERGADERJAAR_WORDS: tuple[str, ...] = ("Vergaderjaar",)
STUK_NUMBER_WORDS: tuple[str, ...] = ("Nr.", "nr.", "Nr", "nr")
REPRINT_WORDS: tuple[str, ...] = ("HERDRUK", "Herdruk")
#: Lines of the publication site's flattened metadata table and its page furniture.
OB_TABLE_HEADINGS: tuple[str, ...] = (
    "Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer",
    "Datum publicatie",
)
OB_PAGE_TITLE_LINES: tuple[str, ...] = ("Kamerstuk", "Kamerstukken")
OB_BACK_TO_TOP: tuple[str, ...] = ("Naar boven",)
OB_FOOTNOTE_HEADINGS: tuple[str, ...] = ("X Noot", "XNoot", "Noot")
#: ``Noot 1: text`` footnotes of re-posts (rijksbegroting.nl).
NOTE_LABELS: tuple[str, ...] = ("Noot",)

# --- chambers --------------------------------------------------------------------------

#: Phrases naming a chamber, mapped to the chamber's canonical name.
CHAMBER_NAMES: MappingProxyType[str, str] = MappingProxyType(
    {
        "Tweede Kamer": "Tweede Kamer",
        "Eerste Kamer": "Eerste Kamer",
    }
)
#: Roman chamber numerals used in citations (``Kamerstukken II``).
CHAMBER_NUMERALS: MappingProxyType[str, str] = MappingProxyType(
    {"I": "Eerste Kamer", "II": "Tweede Kamer"}
)

# --- title: document types and senders -------------------------------------------------

#: Upper-case title openings and the document type they announce.
DOCUMENT_TYPES: tuple[tuple[str, str], ...] = (
    ("BRIEF", "letter"),
    ("MOTIE", "motion"),
    ("GEWIJZIGDE MOTIE", "motion"),
    ("VERSLAG", "report"),
    ("EINDVERSLAG", "report"),
    ("VOORLOPIG VERSLAG", "report"),
    ("NOTA", "other"),
    ("NOTITIE", "other"),
    ("AMENDEMENT", "other"),
    ("GEWIJZIGD AMENDEMENT", "other"),
    ("VOORSTEL VAN WET", "other"),
    ("MEMORIE VAN TOELICHTING", "other"),
    ("LIJST VAN VRAGEN EN ANTWOORDEN", "other"),
)
#: Site labels that announce a letter (``Brief regering : ...``).
LETTER_LABELS: tuple[str, ...] = ("Brief regering",)

#: Titles of office a sender or signatory holds, singular and plural (upper case is
#: matched case-insensitively). Longest first matters only for the pattern builder.
ROLE_TITLES: tuple[tuple[str, str], ...] = (
    ("Minister-President", "Minister-Presidenten"),
    ("Minister", "Ministers"),
    ("Staatssecretaris", "Staatssecretarissen"),
    ("Minister voor", "Ministers voor"),
)
#: The ``van`` / ``voor`` that link a title to its portfolio.
ROLE_LINKS: tuple[str, ...] = ("van", "voor")
#: Words that join senders in a title.
SENDER_JOINERS: tuple[str, ...] = ("en", ",")
#: Words written in lower case inside a role (``Minister van Justitie en Veiligheid``).
ROLE_LOWERCASE_WORDS: tuple[str, ...] = (
    "van", "voor", "en", "de", "der", "het", "in", "op", "aan", "met", "te",
)
#: Articles that open a role in a title or signature (dropped from the normalised role).
ROLE_ARTICLES: tuple[str, ...] = ("de", "het")

# --- opening ---------------------------------------------------------------------------

ADDRESSEE_OPENERS: tuple[str, ...] = ("Aan de", "Aan het", "De Voorzitter", "Aan")
#: The word that opens an addressee line, and the articles before ``Voorzitter``.
ADDRESSEE_TO: tuple[str, ...] = ("Aan",)
ADDRESSEE_ARTICLES: tuple[str, ...] = ("de", "De")
ADDRESSEE_HEADS: tuple[str, ...] = ("Voorzitter",)
#: Places a date line names (case as written; ``DEN HAAG`` is matched case-insensitively).
PLACES: tuple[str, ...] = (
    "Den Haag",
    "'s-Gravenhage",
    "’s-Gravenhage",
    "Rijswijk",
    "Brussel",
    "Amsterdam",
    "Utrecht",
    "Zoetermeer",
)
#: Spellings of places broken by PDF text extraction, and the place they stand for.
PLACE_VARIANTS: MappingProxyType[str, str] = MappingProxyType({"D en Haag": "Den Haag"})
#: Words that open a date line of a non-letter document (motion, report).
DATELINE_VERBS: MappingProxyType[str, str] = MappingProxyType(
    {"Vastgesteld": "report", "Voorgesteld": "motion", "Gepubliceerd": "other"}
)
LETTERHEAD_DATE_LABELS: tuple[str, ...] = ("Datum",)
LETTERHEAD_SUBJECT_LABELS: tuple[str, ...] = ("Betreft", "Onderwerp")
LETTERHEAD_RETURN_ADDRESS: tuple[str, ...] = ("Retouradres",)
SALUTATIONS: tuple[str, ...] = (
    "Geachte Voorzitter",
    "Zeer geachte Voorzitter",
    "Geachte voorzitter",
    "Zeer geachte voorzitter",
    "Geachte heer Voorzitter",
    "Geachte mevrouw de Voorzitter",
)

# letterhead reader (readers/letterhead.py): the fields and sidebar of a letter as sent.

#: Sidebar and reference labels of a ministry letterhead, each with the number of value
#: lines that may follow a label standing alone on its line (``Bezoekadres`` then street
#: and postcode). A label may also carry its value on the same line (``Kenmerk DWH/AK``).
LETTERHEAD_SIDEBAR_LABELS: MappingProxyType[str, int] = MappingProxyType(
    {
        "Directoraat-generaal": 1,
        "Directie": 1,
        "Afdeling": 1,
        "Bezoekadres": 2,
        "Postadres": 2,
        "Overheidsidentificatienr": 1,
        "Overheidsidentificatienummer": 1,
        "Ons kenmerk": 1,
        "Onze referentie": 1,
        "Uw kenmerk": 1,
        "Uw referentie": 1,
        "Uw brief": 1,
        "Uw brief van": 1,
        "Kenmerk": 1,
        "Behandeld": 1,
        "Contactpersoon": 1,
        "Inlichtingen": 1,
        "Doorkiesnummer": 1,
        "Bijlage(n)": 1,
        "Bijlagen": 1,
        "Bijlage": 1,
        "Blad": 1,
        "Datum": 1,
        "Aantal pagina's": 1,
    }
)
#: ``Pagina 1 van 8`` page furniture: the word before and the word between the numbers.
LETTERHEAD_PAGE_WORDS: tuple[str, str] = ("Pagina", "van")
#: One-letter labels of the sidebar's telephone and fax lines (``T 070 379 8911``).
LETTERHEAD_PHONE_LABELS: tuple[str, ...] = ("T", "F", "M")
#: Words that open a postal address line of an address block or sidebar.
LETTERHEAD_POSTBOX: tuple[str, ...] = ("Postbus",)
#: Words after a line-final hyphen that show a suspended compound (``kennis- en``):
#: the hyphen stays and a space follows.
LETTERHEAD_SUSPENDED_JOINERS: tuple[str, ...] = ("en", "of", "en/of", "tot", "noch")

# --- closing and signatures ------------------------------------------------------------

CLOSINGS: tuple[str, ...] = (
    "Hoogachtend",
    "Met vriendelijke groet",
    "Met vriendelijke groeten",
    "Met de meeste hoogachting",
)
#: "Mede namens" opens a list of other office holders in the body: not signatories.
ON_BEHALF_OF: tuple[str, ...] = ("Mede namens", "mede namens", "Namens", "namens")
#: Site furniture that may follow a signature.
SIGNATURE_TRAILERS: tuple[str, ...] = (
    "Ondertekenaars",
    "Eerste ondertekenaar",
    "Mede ondertekenaar",
    "Deel:",
    "Lees ook",
)
#: The print footer of a Kamerstuk page (``KST107985 ISSN 0921 - 7371 Sdu Uitgevers``),
#: which transcriptions of the PDF keep between the letter and what follows it.
PRINT_FOOTER_CUES: tuple[str, ...] = ("KST", "ISSN")
#: Letterhead signatures (readers/letterhead.py): academic titles before initials
#: (``drs. J. Klijnsma``) and lower-case name particles (``H.A.M. de Wit``).
LETTERHEAD_NAME_TITLES: tuple[str, ...] = ("drs.", "dr.", "mr.", "ir.", "ing.", "prof.", "ds.")
LETTERHEAD_NAME_PARTICLES: tuple[str, ...] = (
    "de",
    "den",
    "der",
    "van",
    "von",
    "ten",
    "ter",
    "te",
    "het",
    "'t",
    "in",
    "op",
    "la",
    "le",
    "du",
)
# layout robustness (issue #10): words the layout-independent rules read.

#: Site chrome that follows a re-posted letter (besides SIGNATURE_TRAILERS).
SITE_CHROME_TRAILERS: tuple[str, ...] = ("Copyright", "©")
#: Words after a sentence-case document type that show it opens a title (``Brief van de
#: minister ...``, ``Brief aan de ...``), not a sentence of the body.
TITLE_LINKS: tuple[str, ...] = ("van", "aan")
#: A two-word title of office written without its hyphen (``MINISTER PRESIDENT``).
ROLE_TITLE_SPACED: MappingProxyType[str, str] = MappingProxyType(
    {"Minister President": "Minister-President"}
)
#: Words a line of running text or a heading cannot end with: in hard-wrapped text a
#: line ending in one continues on the next, whatever case that starts with (``... Kamer
#: der`` / ``Staten-Generaal``; ``... Zaken en`` / ``Koninkrijksrelaties,``).
LINE_CONTINUING_WORDS: tuple[str, ...] = (
    "en", "of", "van", "der", "den", "de", "het", "een", "voor", "in", "op", "aan", "met",
    "te", "tot", "over", "door", "bij", "naar", "om", "dat", "die",
)
#: Functions a signatory who is no minister signs with (``Namens de Algemene
#: Rekenkamer,`` / ``De voorzitter,`` / ``A.B. Naam``), and the line that opens such a
#: signature.
SIGNATORY_FUNCTIONS: tuple[str, ...] = ("Voorzitter", "President", "Griffier", "Secretaris")
SIGNING_ON_BEHALF: tuple[str, ...] = ("Namens",)
#: Headings that open an attachment after the signature (its own text, not the letter's).
ATTACHMENT_HEADINGS: tuple[str, ...] = ("Bijlage", "Bijlagen", "BIJLAGE", "BIJLAGEN")
#: Addressees besides the chair (``Aan de leden van de vaste commissie voor ...``).
ADDRESSEE_MEMBERS: tuple[str, ...] = ("leden",)
#: Page furniture words of re-posted and converted PDFs (``Pagina 6 van 7`` and the
#: letter-spaced ``P agina 6 van 7``; ``Blz. 2``).
PAGE_FURNITURE_WORDS: tuple[str, ...] = ("Pagina", "pagina", "Blz.", "blz.", "Blad", "Page")

#: Members' motions end with this phrase before the member's name.
MOTION_CLOSING: tuple[str, ...] = (
    "en gaat over tot de orde van de dag",
    "en gaan over tot de orde van de dag",  # a slip seen in real moties
)

# --- body ------------------------------------------------------------------------------

#: Abbreviations that end with a full stop but do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "d.d.",
        "jl.",
        "j.l.",
        "a.s.",
        "nr.",
        "nrs.",
        "Nr.",
        "i.v.m.",
        "o.a.",
        "m.b.t.",
        "t.a.v.",
        "t.b.v.",
        "t.z.t.",
        "e.d.",
        "e.a.",
        "bijv.",
        "bv.",
        "z.s.m.",
        "m.n.",
        "d.w.z.",
        "i.p.v.",
        "incl.",
        "excl.",
        "ca.",
        "resp.",
        "art.",
        "blz.",
        "p.",
        "vs.",
        "mln.",
        "mld.",
        "mrd.",
        "max.",
        "min.",
        "Kamerstuknr.",
        "St.",
        "Stb.",
        "Stcrt.",
    }
)

# --- dated events (issue: dated events) ------------------------------------------------

#: Seasons and their TIMEX3 codes (``najaar`` -> ``FA``).
SEASONS: MappingProxyType[str, str] = MappingProxyType(
    {
        "voorjaar": "SP",
        "lente": "SP",
        "zomer": "SU",
        "najaar": "FA",
        "herfst": "FA",
        "winter": "WI",
    }
)
#: Ordinal words for quarters, halves and recurring weekdays (``laatste`` is the last one).
TIME_ORDINALS: MappingProxyType[str, int] = MappingProxyType(
    {
        "eerste": 1,
        "tweede": 2,
        "derde": 3,
        "vierde": 4,
        "1e": 1,
        "2e": 2,
        "3e": 3,
        "4e": 4,
        "1ste": 1,
        "2de": 2,
        "3de": 3,
        "4de": 4,
    }
)
TIME_LAST_ORDINALS: tuple[str, ...] = ("laatste",)
QUARTER_WORDS: tuple[str, ...] = ("kwartaal",)
HALF_WORDS: tuple[str, ...] = ("helft", "jaarhelft", "halfjaar")
#: ``van`` between a quarter/half/season and its year (``het eerste kwartaal van 2023``).
PERIOD_OF: tuple[str, ...] = ("van",)
#: Articles that may open a period (``het eerste kwartaal``, ``de zomer``).
PERIOD_ARTICLES: tuple[str, ...] = ("het", "de")
#: ``het jaar 2014``: words naming a year that are part of the expression.
YEAR_NOUNS: tuple[str, ...] = ("het jaar", "het kalenderjaar")

#: Modifiers that are part of the expression's text, with their TIMEX3 ``mod``.
INNER_MODIFIERS: MappingProxyType[str, str] = MappingProxyType(
    {
        "begin": "START",
        "begin van": "START",
        "het begin van": "START",
        "aan het begin van": "START",
        "eind": "END",
        "einde": "END",
        "eind van": "END",
        "einde van": "END",
        "aan het eind van": "END",
        "aan het einde van": "END",
        "ultimo": "END",
        "medio": "MID",
        "half": "MID",
        "halverwege": "MID",
    }
)
#: Words before an expression that set its ``mod`` but are not part of its text.
OUTER_MODIFIERS: MappingProxyType[str, str] = MappingProxyType(
    {
        "tot en met": "ON_OR_BEFORE",
        "t/m": "ON_OR_BEFORE",
        "tot": "ON_OR_BEFORE",
        "uiterlijk": "ON_OR_BEFORE",
        "vóór": "BEFORE",
        "voor": "BEFORE",
        "voorafgaand aan": "BEFORE",
        "na": "AFTER",
        "sinds": "AFTER",
        "vanaf": "AFTER",
        "met ingang van": "AFTER",
        "per": "AFTER",
    }
)
#: Outer modifiers that are ambiguous before a year or period: ``Voor 2023 heeft
#: Nederland het voornemen`` means "for 2023". Before a year, quarter, half or interval
#: they set no ``mod``; before a day, month or season they mean "before".
AMBIGUOUS_BEFORE: tuple[str, ...] = ("voor",)
#: Outer modifiers that put an expression without a year in the past (``sinds januari``).
PAST_ANCHORING_MODIFIERS: tuple[str, ...] = ("sinds",)
#: Prepositions allowed between an outer modifier and the expression (``uiterlijk in``).
MODIFIER_LINKS: tuple[str, ...] = ("in", "op")

#: After a day or month: the most recent one on or before the letter's date.
PAST_SUFFIXES: tuple[str, ...] = ("jl.", "j.l.", "jongstleden")
#: After a day or month: the next one after the letter's date.
FUTURE_SUFFIXES: tuple[str, ...] = ("a.s.", "aanstaande")
#: Before a month or season: the most recent one (``afgelopen juli``).
PAST_PREFIXES: tuple[str, ...] = ("afgelopen", "jongstleden")
#: Before a month or season: the next one (``komende maart``).
FUTURE_PREFIXES: tuple[str, ...] = ("komende", "komend", "aanstaande", "volgende", "volgend")
#: Before a season: this year's (``dit najaar``, ``deze zomer``).
THIS_PREFIXES: tuple[str, ...] = ("dit", "deze")
#: Relative years, months and days with their offset from the letter's date.
RELATIVE_YEARS: MappingProxyType[str, int] = MappingProxyType(
    {
        "dit jaar": 0,
        "dit kalenderjaar": 0,
        "vorig jaar": -1,
        "verleden jaar": -1,
        "volgend jaar": 1,
        "komend jaar": 1,
    }
)
RELATIVE_MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {"deze maand": 0, "vorige maand": -1, "volgende maand": 1}
)
RELATIVE_DAYS: MappingProxyType[str, int] = MappingProxyType(
    {"vandaag": 0, "heden": 0, "gisteren": -1, "morgen": 1}
)
#: Words in a sentence that make a month or day without a year future or past:
#: ``wordt in maart verwacht`` in a November letter is next March.
FUTURE_CUES: tuple[str, ...] = (
    "zal",
    "zullen",
    "zult",
    "verwacht",
    "verwachten",
    "gaat",
    "gaan",
    "voornemens",
    "voorzien",
)
PAST_CUES: tuple[str, ...] = ("had", "hadden", "werd", "werden", "was", "waren", "vond", "vonden")

#: Connectors that join two expressions into an interval (``2014–2019``,
#: ``30 september tot 2 oktober``); ``en`` only after ``tussen``.
INTERVAL_CONNECTORS: tuple[str, ...] = ("tot en met", "t/m", "tot", "-", "–", "—")
INTERVAL_OPENERS: tuple[str, ...] = ("van", "tussen")
#: The openers after which ``en`` joins an interval (``tussen 2014 en 2019``).
INTERVAL_OPENERS_WITH_AND: tuple[str, ...] = ("tussen",)
INTERVAL_AND: tuple[str, ...] = ("en",)
#: Nouns that open an interval and are part of its text.
INTERVAL_NOUNS: tuple[str, ...] = (
    "de periode",
    "de periode van",
    "het weekend van",
    "het weekeinde van",
)
#: Words that coordinate expressions sharing a year or ``jl.`` (``september en oktober jl.``).
COORDINATORS: tuple[str, ...] = ("en", "of", ",")

#: Number words for durations; ``anderhalf`` is 1.5, ``half`` 0.5.
TIMEX_NUMBER_WORDS: MappingProxyType[str, float] = MappingProxyType(
    {
        "een": 1,
        "één": 1,
        "twee": 2,
        "drie": 3,
        "vier": 4,
        "vijf": 5,
        "zes": 6,
        "zeven": 7,
        "acht": 8,
        "negen": 9,
        "tien": 10,
        "elf": 11,
        "twaalf": 12,
        "dertien": 13,
        "veertien": 14,
        "vijftien": 15,
        "zestien": 16,
        "zeventien": 17,
        "achttien": 18,
        "negentien": 19,
        "twintig": 20,
        "vierentwintig": 24,
        "dertig": 30,
        "zesendertig": 36,
        "veertig": 40,
        "achtenveertig": 48,
        "vijftig": 50,
        "honderd": 100,
        "anderhalf": 1.5,
        "anderhalve": 1.5,
        "een half": 0.5,
        "een halve": 0.5,
    }
)
#: Duration units: word -> (ISO-8601 designator, multiplier). ``kwartaal`` is 3 months.
TIMEX_DURATION_UNITS: MappingProxyType[str, tuple[str, int]] = MappingProxyType(
    {
        "uur": ("H", 1),
        "uren": ("H", 1),
        "dag": ("D", 1),
        "dagen": ("D", 1),
        "week": ("W", 1),
        "weken": ("W", 1),
        "maand": ("M", 1),
        "maanden": ("M", 1),
        "kwartaal": ("M", 3),
        "kwartalen": ("M", 3),
        "jaar": ("Y", 1),
        "jaren": ("Y", 1),
        "decennium": ("Y", 10),
        "decennia": ("Y", 10),
    }
)
#: Recurring expressions (TIMEX3 ``set``) and their period.
RECURRING: MappingProxyType[str, str] = MappingProxyType(
    {
        "jaarlijks": "P1Y",
        "jaarlijkse": "P1Y",
        "per jaar": "P1Y",
        "elk jaar": "P1Y",
        "ieder jaar": "P1Y",
        "elke maand": "P1M",
        "iedere maand": "P1M",
        "per maand": "P1M",
        "maandelijks": "P1M",
        "maandelijkse": "P1M",
        "per kwartaal": "P3M",
        "elk kwartaal": "P3M",
        "ieder kwartaal": "P3M",
        "per week": "P1W",
        "wekelijks": "P1W",
        "wekelijkse": "P1W",
        "elke week": "P1W",
        "iedere week": "P1W",
        "dagelijks": "P1D",
        "dagelijkse": "P1D",
        "per dag": "P1D",
        "elke dag": "P1D",
        "iedere dag": "P1D",
    }
)
#: ``iedere derde woensdag in mei``: a recurring weekday, optionally in a month.
RECURRING_EACH: tuple[str, ...] = ("iedere", "elke")
RECURRING_IN: tuple[str, ...] = ("in", "van")

#: Words before a number that make it an identifier, never a year
#: (``nr. 2013``, ``Kamerstukken II 2012–2013``, ``Postbus 2001``).
YEAR_BLOCKING_LABELS: tuple[str, ...] = (
    "nr.",
    "nrs.",
    "nr",
    "nummer",
    "Kamerstuk",
    "Kamerstukken",
    "Kamerstuknr.",
    "Handelingen",
    "Aanhangsel Handelingen",
    "Stb.",
    "Stcrt.",
    "Staatsblad",
    "Staatscourant",
    "artikel",
    "art.",
    "Postbus",
    "Vergaderjaar",
    "vergaderjaar",
    "blz.",
    "pagina",
    "Pagina",
    "kenmerk",
    "Kenmerk",
)
#: Words after a number that make it an amount, never a year (``2000 euro``).
YEAR_BLOCKING_UNITS: tuple[str, ...] = (
    "%",
    "procent",
    "euro",
    "miljoen",
    "miljard",
    "mln",
    "mld",
    "personen",
    "mensen",
    "militairen",
    "km",
    "kilometer",
    "meter",
    "ton",
    "kg",
    "uur",
)
#: Vague phrases that are not events (documented; they must never produce an event).
VAGUE_TIME_PHRASES: tuple[str, ...] = (
    "de afgelopen jaren",
    "de komende jaren",
    "het afgelopen jaar",
    "de afgelopen maanden",
    "de komende periode",
    "binnenkort",
    "onlangs",
    "tot op heden",
    "tot heden",
    "op korte termijn",
)
#: Phrases containing an expression that are not events (``tot op heden`` is "so far").
NOT_EVENT_PHRASES: tuple[str, ...] = ("tot op heden", "tot heden")

# dated events: the relation an outer modifier gives (``bound``), relative weeks (issue 13)
#: The relation the words before an expression give it (``DatedEvent.bound``), apart from
#: its own ``mod``: ``tot eind juni 2024`` is ``mod`` END, ``bound`` until.
OUTER_MODIFIER_BOUNDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "tot en met": "until-inclusive",
        "t/m": "until-inclusive",
        "tot": "until",
        "uiterlijk": "until-inclusive",
        "vóór": "before",
        "voor": "before",
        "voorafgaand aan": "before",
        "na": "after",
        "sinds": "since",
        "vanaf": "from",
        "met ingang van": "from",
        "per": "from",
    }
)
#: Relative weeks with their offset from the letter's date (an ISO week value).
RELATIVE_WEEKS: MappingProxyType[str, int] = MappingProxyType(
    {"deze week": 0, "vorige week": -1, "afgelopen week": -1, "volgende week": 1, "komende week": 1}
)

# --- references, mandates, contributions (issue: decisions) ----------------------------

# References to other parliamentary documents.

#: Words that open a citation of a Kamerstuk (matched case-insensitively, whole word).
KAMERSTUK_CUES: tuple[str, ...] = (
    "Kamerstuk",
    "Kamerstukken",
    "Kamerstuknr.",
    "Kamerstuknummer",
    "Kamerbrief",
    "Kamerbrieven",
)
#: Words that open a citation of the Handelingen (minutes).
HANDELINGEN_CUES: tuple[str, ...] = ("Handelingen",)
#: Words that open a citation of the Aanhangsel (written questions and answers), each
#: followed by one of :data:`HANDELINGEN_CUES`.
AANHANGSEL_CUES: tuple[str, ...] = (
    "Aanhangsel",
    "Aanhangsel van de",
    "Aanhangsel bij de",
    "Aanhangsel der",
)
#: The ``nr.`` before a stuk number (singular, then plural forms).
NUMBER_CUES: tuple[str, ...] = ("nr.", "nr", "nummer")
NUMBER_CUES_PLURAL: tuple[str, ...] = ("nrs.", "nrs", "nummers")
#: Words joining the numbers of a list (``nrs. 434 en 440``).
LIST_JOINERS: tuple[str, ...] = ("en", ",")
#: The word before the item number of a Handelingen citation (``nr. 4, item 12``).
ITEM_CUES: tuple[str, ...] = ("item",)

# References: joint dossiers and Eerste Kamer stuk letters (issue 10).

#: Words joining the dossiers of a joint citation (``30 306/30 307, letter D``,
#: ``36 600 B en 36 600 C, nr. 6``).
DOSSIER_JOINERS: tuple[str, ...] = ("/", "en")
#: The word before an Eerste Kamer stuk letter (``30 306, letter D``).
STUK_LETTER_CUES: tuple[str, ...] = ("letter",)

# Mandate decisions.

#: Missions as they are named in letters (longest match wins; matched case-sensitively).
MISSION_NAMES: tuple[str, ...] = (
    "MINUSMA",
    "MINUSCA",
    "MONUSCO",
    "UNMISS",
    "UNIFIL",
    "UNDOF",
    "UNTSO",
    "UNAMA",
    "UNSMIL",
    "UNAMI",
    "UNMIK",
    "UNFICYP",
    "EUTM Mali",
    "EUTM Somalia",
    "EUTM RCA",
    "EUTM Mozambique",
    "EUCAP Sahel Mali",
    "EUCAP Sahel Niger",
    "EUCAP Somalia",
    "EUCAP Nestor",
    "EUBAM Libië",
    "EUBAM Rafah",
    "EULEX Kosovo",
    "EUMM Georgië",
    "EUAM Irak",
    "EUAM Oekraïne",
    "EUPOL COPPS",
    "EUFOR Althea",
    "EUNAVFOR Atalanta",
    "EUNAVFOR MED Irini",
    "EUNAVFOR Med Sophia",
    "EUPM Moldavië",
    "EUMPM Niger",
    "Taakgroep Takuba",
    "Takuba",
    "Operatie Barkhane",
    "Resolute Support",
    "Inherent Resolve",
    "Operation Inherent Resolve",
    "NATO Mission Iraq",
    "Sea Guardian",
    "Operatie Atalanta",
    "Atalanta",
    "Irini",
    "KFOR",
    "ISAF",
    "MFO",
    "UNMIL",
    "EMASoH",
    "Agenor",
    "enhanced Forward Presence",
    "eFP",
)
#: Whole words naming a mandate (``mandaat``; compounds such as ``Mandaatregeling`` or
#: ``missiemandaat`` are different words and do not count).
MANDATE_NOUNS: tuple[str, ...] = ("mandaat", "mandaten")
#: Words that make a sentence about the national (Dutch) mandate, not a mission's own
#: mandate from the UN Security Council or the EU Council.
NATIONAL_ACTORS: tuple[str, ...] = (
    "kabinet",
    "regering",
    "Nederland",
    "nationale",
    "Nederlandse",
    "wij",
    "ik",
)
#: Verb forms of each mandate action, mapped to the action (see records.MandateAction).
#: Nouns (``verlenging``) announce, they do not decide, and are left out on purpose.
MANDATE_ACTION_VERBS: MappingProxyType[str, str] = MappingProxyType(
    {
        "verlengen": "extend",
        "verlengd": "extend",
        "verlengt": "extend",
        "beëindigen": "end",
        "beëindigd": "end",
        "beëindigt": "end",
        "stoppen": "end",
        "gestopt": "end",
        "starten": "start",
        "gestart": "start",
        "aangaan": "start",
        "aangegaan": "start",
        "vaststellen": "start",
        "voortzetten": "continue",
        "voortgezet": "continue",
        "continueren": "continue",
        "gecontinueerd": "continue",
        "wijzigen": "change",
        "gewijzigd": "change",
        "aanpassen": "change",
        "aangepast": "change",
        "uitbreiden": "change",
        "uitgebreid": "change",
        "verhogen": "change",
        "verhoogd": "change",
        "verlagen": "change",
        "verlaagd": "change",
        "voort te zetten": "continue",
        "uit te breiden": "change",
        "aan te passen": "change",
        "te stoppen": "end",
    }
)
#: Words that make a sentence a decision (present or perfect tense, or a ``zal``).
DECISION_MARKERS: tuple[str, ...] = (
    "besluit",
    "besloten",
    "heeft besloten",
    "zal",
    "zullen",
    "wordt",
    "worden",
    "verlengt",
    "beëindigt",
    "stemt in",
)
#: Past-tense words that make a sentence report a past decision (``decided`` is false).
PAST_DECISION_MARKERS: tuple[str, ...] = (
    "besloot",
    "besloten had",
    "had besloten",
    "hadden besloten",
    "eerder besloten",
    "werd",
    "werden",
    "verlengde",
    "beëindigde",
    "destijds",
)
#: Past times (``12 mei jl.``, ``vorig jaar``; a past year after ``in``) that make a
#: perfect-tense decision (``heeft ... besloten``) a reported one, unless a present-tense
#: marker says the letter itself decides (``Zoals op 3 november jl. gemeld, besluit ...``).
PAST_TIME_MARKERS: tuple[str, ...] = ("jl.", "vorig jaar", "vorige maand", "afgelopen jaar")
PRESENT_DECISION_MARKERS: tuple[str, ...] = ("besluit", "besluiten", "zal", "zullen", "stemt in")
#: Words that make a sentence hypothetical: no decision.
HEDGES: tuple[str, ...] = (
    "kan",
    "kunnen",
    "zou",
    "zouden",
    "indien",
    "mocht",
    "mochten",
    "eventueel",
    "eventuele",
    "overweegt",
    "onderzoekt",
    "bezien",
    "verzoekt",
)
#: Negation turning ``verlengen`` into ``not_extend`` (and ``beëindigen`` stays ``end``).
NEGATIONS: tuple[str, ...] = ("niet", "geen")
#: Words before a personnel count, and those that make it approximate.
MAXIMUM_WORDS: tuple[str, ...] = ("maximaal", "max.", "ten hoogste", "hooguit", "tot")
APPROXIMATE_WORDS: tuple[str, ...] = ("ongeveer", "circa", "ca.", "zo'n", "rond de", "bijna")
#: Nouns counting people in a mandate (plural forms; ``man`` as in ``200 man``).
PERSONNEL_NOUNS: tuple[str, ...] = (
    "personen",
    "persoon",
    "militairen",
    "militair",
    "man",
    "functionarissen",
    "politiefunctionarissen",
    "stafofficieren",
    "stafofficier",
    "officieren",
    "experts",
    "deskundigen",
    "medewerkers",
    "trainers",
    "adviseurs",
    "agenten",
    "marechaussees",
)
#: Phrases that open the list of a mandate's parts.
COMPOSITION_CUES: tuple[str, ...] = ("bestaat uit", "bestaande uit", "bestaan uit", "waarvan")
#: Phrases marking a combined mandate shared with other missions.
SHARED_CUES: tuple[str, ...] = ("gecombineerd mandaat", "gezamenlijk mandaat", "gedeeld mandaat")
#: The word joining the other mission(s) of a combined mandate.
SHARED_WITH_JOINERS: tuple[str, ...] = ("met",)
#: Words opening a condition of a decision.
CONDITION_CUES: tuple[str, ...] = ("mits", "onder voorwaarde dat", "op voorwaarde dat")
#: ``tot en met 30 juni 2024``: words before the last date a mandate covers.
UNTIL_CUES: tuple[str, ...] = ("tot en met", "t/m", "tot")
#: ``per 1 januari 2023``: words before the first date.
START_CUES: tuple[str, ...] = ("per", "vanaf", "met ingang van", "m.i.v.")
#: ``eind juni 2024``: the end of the month (or year) that follows.
END_OF_PERIOD_WORDS: tuple[str, ...] = ("eind", "einde", "ultimo")

# Dutch number words, composed as in ``honderdtwintig`` and ``tweeëntwintig``.

NUMBER_UNITS: MappingProxyType[str, int] = MappingProxyType(
    {
        "een": 1,
        "één": 1,
        "twee": 2,
        "drie": 3,
        "vier": 4,
        "vijf": 5,
        "zes": 6,
        "zeven": 7,
        "acht": 8,
        "negen": 9,
    }
)
NUMBER_TEENS: MappingProxyType[str, int] = MappingProxyType(
    {
        "tien": 10,
        "elf": 11,
        "twaalf": 12,
        "dertien": 13,
        "veertien": 14,
        "vijftien": 15,
        "zestien": 16,
        "zeventien": 17,
        "achttien": 18,
        "negentien": 19,
    }
)
NUMBER_TENS: MappingProxyType[str, int] = MappingProxyType(
    {
        "twintig": 20,
        "dertig": 30,
        "veertig": 40,
        "vijftig": 50,
        "zestig": 60,
        "zeventig": 70,
        "tachtig": 80,
        "negentig": 90,
    }
)
#: The ``en`` joining unit and ten (``eenentwintig``), and the form after a unit ending in
#: ``e`` (``tweeëntwintig``).
NUMBER_TENS_JOINER = "en"
NUMBER_TENS_JOINER_AFTER_E = "ën"
NUMBER_HUNDRED: tuple[str, ...] = ("honderd",)
NUMBER_THOUSAND: tuple[str, ...] = ("duizend",)

# Financial contributions.

#: Currency symbols and words, mapped to ISO 4217 codes.
CURRENCIES: MappingProxyType[str, str] = MappingProxyType(
    {
        "€": "EUR",
        "EUR": "EUR",
        "euro": "EUR",
        "US$": "USD",
        "USD": "USD",
        "dollar": "USD",
        "Amerikaanse dollar": "USD",
        "$": "USD",
        "£": "GBP",
        "GBP": "GBP",
        "pond": "GBP",
    }
)
#: Magnitude words after an amount and their power of ten.
AMOUNT_MULTIPLIERS: MappingProxyType[str, int] = MappingProxyType(
    {
        "duizend": 3,
        "dzd.": 3,
        "miljoen": 6,
        "mln.": 6,
        "mln": 6,
        "mio": 6,
        "miljard": 9,
        "mld.": 9,
        "mld": 9,
        "mrd.": 9,
        "mrd": 9,
    }
)
#: Stems of words that make an amount a contribution (money committed), matched at the
#: start of a word anywhere in the amount's sentence.
CONTRIBUTION_STEMS: tuple[str, ...] = (
    "bijdrage",
    "bijdragen",
    "bijgedragen",
    "draagt",
    "steun",
    "financi",
    "toegezegd",
    "toezeg",
    "zegde",
    "beschikbaar",
    "subsidie",
    "investe",
    "uitgetrokken",
    "uittrekken",
    "gereserveerd",
    "reserveert",
    "budget",
    "donatie",
    "ondersteun",
    "vervolgst",
    "fonds",
)
#: Words making a contribution recurring, mapped to records.Recurrence values.
RECURRENCE_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "jaarlijks": "yearly",
        "jaarlijkse": "yearly",
        "per jaar": "yearly",
        "elk jaar": "yearly",
        "ieder jaar": "yearly",
        "structureel": "yearly",
        "structurele": "yearly",
        "maandelijks": "monthly",
        "maandelijkse": "monthly",
        "per maand": "monthly",
    }
)
#: The word before a contribution's recipient (``5 miljoen euro aan EUCAP Sahel Niger``).
RECIPIENT_CUES: tuple[str, ...] = ("aan",)
#: Articles skipped before a recipient's name.
RECIPIENT_ARTICLES: tuple[str, ...] = ("de", "het", "een")
#: Words before the last year of a contribution's open period (``tot en met 2024``). A
#: year range is a period whatever stands before it (``in de periode 2019–2022``).
PERIOD_UNTIL_CUES: tuple[str, ...] = ("tot en met", "t/m")
#: Words announcing this letter's decision on money (present or perfect tense, future).
CONTRIBUTION_DECISION_MARKERS: tuple[str, ...] = (
    "besloten",
    "besluit",
    "zal",
    "zullen",
    "stelt",
    "stellen",
    "trekt",
    "maakt",
)
#: Words making a contribution reported rather than decided (past tense, ongoing state).
CONTRIBUTION_PAST_MARKERS: tuple[str, ...] = (
    "leverde",
    "leverden",
    "besloot",
    "zegde",
    "droeg",
    "stelde",
    "bestaat uit",
    "heeft bijgedragen",
    "werd",
    "werden",
)
#: Lower-case words that may stand inside a recipient's name (``Académie Internationale de
#: Lutte contre le Terrorisme``); trailing ones are dropped.
NAME_CONNECTORS: tuple[str, ...] = (
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "van",
    "voor",
    "der",
    "of",
    "for",
    "the",
    "and",
    "et",
    "contre",
    "pour",
)
#: The preposition of a past year that makes a decision reported (``In 2021 besloot``).
PAST_YEAR_PREPOSITIONS: tuple[str, ...] = ("in", "In")
#: Verb phrases that start a contribution to a mission, counted only with a named mission
#: and a personnel count in the same sentence (``besloten ... met maximaal 150 militairen
#: bij te dragen aan MINUSMA``).
MANDATE_START_PHRASES: tuple[str, ...] = (
    "bij te dragen",
    "in te zetten",
    "deel te nemen",
    "uit te zenden",
)
#: Words that turn a verb into a noun phrase (``het verlengen van``): no decision.
NOMINALISERS: tuple[str, ...] = ("het", "de", "bij het", "voor het")
#: Owners of a mandate that is not the national one (``het mandaat van de Raad``).
FOREIGN_MANDATE_OWNERS: tuple[str, ...] = (
    "van de Raad",
    "van de VN",
    "van de Verenigde Naties",
    "van de Veiligheidsraad",
    "van de VN-Veiligheidsraad",
    "van de EU",
    "van de Europese Unie",
    "van de NAVO",
    "van de missie",
    "van de Commissie",
)
#: Words before a duration (``voor de periode van achttien maanden``).
DURATION_CUES: tuple[str, ...] = ("voor", "van", "gedurende", "met")
#: ``het mandaat van de onderzoekscommissie``: a mandate owned by a body named after these
#: words is not a mission's; a sentence naming no mission then decides nothing.
MANDATE_OWNER_LINKS: tuple[str, ...] = ("van de", "van het", "voor de", "voor het")
#: Words opening a sentence that continues the one before (``Deze steun bestaat uit een
#: jaarlijkse bijdrage van 3,5 miljoen euro``): its contribution takes the period stated
#: there (``... deze steun tot en met 2024 te continueren``) when it states none itself.
BACK_REFERENCE_OPENERS: tuple[str, ...] = ("Deze", "Dit", "Die", "Daarmee", "Hiermee", "Hiervan")

# --- Word letters as sent (readers/docx.py, issue #11) -----------------------------------

#: Paragraph styles of a ministry letterhead template (Rijkshuisstijl, e.g. Justice and
#: Security 2024), lower case: paragraphs in these styles before the letter's text are
#: its letterhead (address, date and subject, sender and reference blocks), not its body.
DOCX_LETTERHEAD_STYLES: frozenset[str] = frozenset(
    {
        "adres",
        "datumonderwerp",
        "referentiegegevens",
        "referentiegegevens0",
        "referentiekopjes",
        "referentiegegevparagraaf",
        "afzendgegevens",
        "afzendgegevens-bold",
        "afzendkopje",
        "huisstijl-retouradres",
        "huisstijl-rubricering",
        "kixcode",
        "clausule",
        "witregel1",
        "witregel2",
        "koptekst",
    }
)
#: Typed note numbers of a Word letter (``1)``, ``[1]``): the brackets around the digits.
DOCX_TYPED_NOTE_BRACKETS: tuple[tuple[str, str], ...] = (("", ")"), ("[", "]"))

# --- Word style names (readers/docx.py, w2, issue #12) -----------------------------------

#: Dutch names of Word's heading styles (``Kop 2``), besides Word's own ``heading N``:
#: the name, a number after it, is a heading of that level.
DOCX_HEADING_STYLE_WORDS: tuple[str, ...] = ("kop",)
#: Words that make a paragraph style a list style wherever they stand in its name
#: (``Lijstalinea``), besides a name that starts with Word's own ``List``.
DOCX_LIST_STYLE_WORDS: tuple[str, ...] = ("lijst",)

# --- section parsers (sections/, issue #12) ----------------------------------------------

#: A chamber name that starts with this word (lower case) names the Eerste Kamer; any
#: other names the Tweede Kamer (header's kameraanduiding, an addressee line).
FIRST_CHAMBER_WORD = "eerste"
