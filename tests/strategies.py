"""Synthetic letters built from parts, rendered in each of the three text layouts.

A :class:`SyntheticLetter` is the *spec* of a letter: its dossier, stuk, senders, date,
numbered sections, footnotes and signatories. :func:`render_letter` writes it in one of
:data:`LAYOUTS`; parsing the rendering should give back what the spec holds
(``tests/test_synthetic.py``). The Dutch words come from :mod:`kamerparse.lexicon`
(months, role titles, links, articles, closings, labels); the running text is made of
pseudo-words that are never a lexicon word, so no rule fires on it by accident.

Two ways to get letters:

* :func:`letters` — a hypothesis strategy of ``(spec, layout, text)``;
* :func:`random_letters` — ``n`` letters from a seeded :class:`random.Random`, the same
  every run (for benchmarks: ``random_letters(1000, seed=0)``).

:func:`paragraph_text` gives a body paragraph as ``Letter.text`` must hold it, and
:meth:`SyntheticLetter.marker_counts` how many markers each footnote has in a layout.

Layouts:

``kamerstuk-md``
    the Kamerstuk print layout as Markdown converted from the PDF (like the seed):
    ``Vergaderjaar 2022–2023``, ``**29 521**``, ``**Nr. 12**``, ``# **1. Title**``,
    ``### *Subheading*``, ``<sup>1</sup>`` markers, footnote paragraphs (after ``---``)
    at a page bottom, between paragraphs or inside one, a word hyphenated across it.
``ob-page-text``
    the publication site's page text: the flattened metadata table (sometimes),
    ``29 521 Title``, ``Nr. 291 BRIEF VAN ...``, markers glued to words (``aan1.``),
    ``X Noot``/``XNoot`` blocks at the end, ``Naar boven``.
``letterhead``
    the ministry letter as sent: ``Retouradres``, address block, ``Datum``, ``Betreft``,
    ``Geachte Voorzitter,``, body wrapped at 80 columns, notes as ``N text`` lines at the
    page bottom followed by ``Pagina k van n``, ``Hoogachtend,``, function and name.
"""

from __future__ import annotations

import datetime
import random
import textwrap
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import attrs
from attrs import frozen
from hypothesis import strategies as st

from kamerparse import lexicon
from kamerparse.readers.base import to_superscript

T = TypeVar("T")

LAYOUTS: tuple[str, ...] = ("kamerstuk-md", "ob-page-text", "letterhead")

# --- vocabulary, from the lexicon --------------------------------------------------------

_MONTH_NAMES = tuple(forms[0] for forms in lexicon.MONTHS)
#: Singular and plural of the plain titles (``Minister``, ``Staatssecretaris``).
_TITLES: tuple[tuple[str, str], ...] = tuple(
    (single, plural)
    for single, plural in lexicon.ROLE_TITLES
    if " " not in single and "-" not in single
)
_VAN, _VOOR = lexicon.ROLE_LINKS[0], lexicon.ROLE_LINKS[1]
_ARTICLE = lexicon.ROLE_ARTICLES[0]  # "de"
_AND = next(j for j in lexicon.SENDER_JOINERS if j.isalpha())  # "en"
_CHAMBERS = tuple(lexicon.CHAMBER_NAMES)  # ("Tweede Kamer", "Eerste Kamer")
_LETTER = next(word for word, kind in lexicon.DOCUMENT_TYPES if kind == "letter")  # BRIEF
_PLACE = lexicon.PLACES[0]

#: Portfolios a minister or state secretary holds (link, name): made-up test data.
PORTFOLIOS: tuple[tuple[str, str], ...] = (
    (_VAN, "Defensie"),
    (_VAN, "Buitenlandse Zaken"),
    (_VOOR, "Buitenlandse Handel en Ontwikkelingssamenwerking"),
    (_VAN, "Justitie en Veiligheid"),
    (_VAN, "Financiën"),
    (_VAN, "Binnenlandse Zaken en Koninkrijksrelaties"),
    (_VAN, "Infrastructuur en Waterstaat"),
    (_VAN, "Volksgezondheid, Welzijn en Sport"),
    (_VAN, "Economische Zaken en Klimaat"),
    (_VOOR, "Klimaat en Energie"),
)
DOSSIER_SUFFIXES: tuple[str, ...] = ("IV", "V", "VII", "X", "XII", "A", "B")
#: Eerste Kamer stuk letters (no I, V, X, L, C, D, M: those read as Roman numerals).
_STUK_LETTERS = "ABEFGHJKNOPRSTUWYZ"


def _lexicon_words() -> frozenset[str]:
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            for token in value.replace(",", " ").replace("-", " ").split():
                words.add(token.casefold().strip(".:;'’"))
        elif isinstance(value, tuple | list | frozenset | set):
            for item in value:
                walk(item)
        elif hasattr(value, "items"):
            for key, item in value.items():
                walk(key)
                walk(item)

    for name in dir(lexicon):
        if name.isupper():
            walk(getattr(lexicon, name))
    return frozenset(words)


_BLOCKED = _lexicon_words()
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


# --- the spec ----------------------------------------------------------------------------


@frozen(kw_only=True)
class Role:
    title: str  # Minister / Staatssecretaris
    link: str  # van / voor
    portfolio: str

    @property
    def role(self) -> str:
        """The role as kamerparse normalises it: ``Minister van Defensie``."""
        return f"{self.title} {self.link} {self.portfolio}"


@frozen(kw_only=True)
class Dossier:
    main: int  # 29521
    sub: int | None = None  # 2 -> "-02"
    suffix: str | None = None  # "X"
    title: str

    @property
    def number(self) -> str:
        """Normalised: ``29521``, ``21501-02``, ``33000-X``."""
        out = str(self.main)
        if self.sub is not None:
            out += f"-{self.sub:02d}"
        if self.suffix is not None:
            out += f"-{self.suffix}"
        return out

    @property
    def printed(self) -> str:
        """As a header prints it: ``29 521``, ``21 501-02``, ``33 000 X``."""
        digits = str(self.main)
        out = f"{digits[:-3]} {digits[-3:]}"
        if self.sub is not None:
            out += f"-{self.sub:02d}"
        if self.suffix is not None:
            out += f" {self.suffix}"
        return out


@frozen(kw_only=True)
class Paragraph:
    sentences: tuple[str, ...]
    #: footnote number whose marker ends this paragraph's last word, if any
    marker: str | None = None
    #: an earlier footnote referred to again, its marker ending the first sentence
    again: str | None = None
    #: kamerstuk-md: a page break inside this paragraph (a footnote block sits in it) at
    #: the ``break_at``-th place where the text runs on mid-sentence; ``hyphenate`` splits
    #: the word there (``samenwerkingsover-`` ... ``eenkomst``)
    break_at: int | None = None
    hyphenate: bool = False


@frozen(kw_only=True)
class Section:
    number: str  # "1", "1.2"
    title: str
    paragraphs: tuple[Paragraph, ...]
    #: an unnumbered sub-heading before the paragraphs (``### *Politiek*``): not a section
    subheading: str | None = None

    @property
    def level(self) -> int:
        return self.number.count(".") + 1

    @property
    def parent(self) -> str | None:
        return self.number.rsplit(".", 1)[0] if "." in self.number else None


@frozen(kw_only=True)
class Signature:
    role: Role
    name: str
    one_line: bool  # "De Minister van Defensie, K.H. Ollongren" on one line
    name_first: bool  # letterhead: name above the function


@frozen(kw_only=True)
class SyntheticLetter:
    dossier: Dossier
    stuk: str  # "12" or an Eerste Kamer letter "AZ"
    senders: tuple[Role, ...]
    plural_title: bool  # "DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN"
    date: datetime.date
    intro: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    footnotes: tuple[tuple[str, str], ...]  # (number, text), numbered in marker order
    signatures: tuple[Signature, ...]
    # layout variants (they change the rendering, not what parsing must find)
    metadata_table: bool = False  # ob-page-text: the flattened metadata table on top
    note_heading: str = lexicon.OB_FOOTNOTE_HEADINGS[0]  # "X Noot" or "XNoot"
    bold_headings: bool = True  # kamerstuk-md: "# **1. Title**" or "# 1. Title"
    separators: bool = True  # kamerstuk-md: "---" before a footnote paragraph

    def marker_counts(self, layout: str = "kamerstuk-md") -> tuple[tuple[str, int], ...]:
        """How many markers refer to each footnote in ``layout``.

        A letter as sent (letterhead, from a word processor) numbers every marker anew,
        so it never refers to a note twice: the letterhead rendering drops ``again``.
        """
        paragraphs = [p for _, p in body_paragraphs(self)]
        twice = layout != "letterhead"
        return tuple(
            (n, sum((p.marker == n) + (twice and p.again == n) for p in paragraphs))
            for n, _ in self.footnotes
        )

    @property
    def chamber(self) -> str:
        return _CHAMBERS[1] if self.stuk.isalpha() else _CHAMBERS[0]

    @property
    def vergaderjaar(self) -> str:
        y = self.date.year
        return f"{y}-{y + 1}" if self.date.month >= 9 else f"{y - 1}-{y}"

    @property
    def title_line(self) -> str:
        """``BRIEF VAN DE MINISTER VAN DEFENSIE EN DE STAATSSECRETARIS VAN ...`` (upper case)."""
        if self.plural_title:
            plural = next(p for s, p in _TITLES if s == self.senders[0].title)
            parts = [f"{s.link} {s.portfolio}" for s in self.senders]
            body = f"{_ARTICLE} {plural} " + _join(parts, f" {_AND} ")
        else:
            body = _join([f"{_ARTICLE} {s.role}" for s in self.senders], f" {_AND} ")
        return f"{_LETTER} {_VAN} {body}".upper()


def _join(parts: Sequence[str], last: str) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + last + parts[-1]


# --- building a spec from choices --------------------------------------------------------


class Chooser(Protocol):
    def integer(self, low: int, high: int) -> int: ...

    def choice(self, options: Sequence[T]) -> T: ...

    def boolean(self) -> bool: ...


class _DrawChooser:
    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def integer(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))

    def choice(self, options: Sequence[T]) -> T:
        return self._draw(st.sampled_from(options))

    def boolean(self) -> bool:
        return self._draw(st.booleans())


class _RandomChooser:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def integer(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)

    def choice(self, options: Sequence[T]) -> T:
        return self._rng.choice(options)

    def boolean(self) -> bool:
        return self._rng.random() < 0.5


def _word(c: Chooser) -> str:
    while True:
        word = "".join(
            c.choice(_CONSONANTS) + c.choice(_VOWELS) for _ in range(c.integer(2, 4))
        )
        if c.boolean():
            word += c.choice(_CONSONANTS)
        if word not in _BLOCKED:
            return word


def _phrase(c: Chooser, low: int, high: int) -> str:
    """Capitalised words, no final full stop (a title)."""
    words = [_word(c) for _ in range(c.integer(low, high))]
    return " ".join(words).capitalize()


def _sentence(c: Chooser) -> str:
    return _phrase(c, 4, 12) + "."


def _name(c: Chooser) -> str:
    initials = "".join(c.choice("ABCDEGHJKLMNPRSTW") + "." for _ in range(c.integer(1, 3)))
    surname = _word(c).capitalize()
    if c.integer(0, 3) == 0:
        surname += "-" + _word(c).capitalize()
    if c.integer(0, 4) == 0:
        surname = f"{_VAN} {surname}"
    return f"{initials} {surname}"


def build_letter(c: Chooser) -> SyntheticLetter:
    """One letter spec from the choices ``c`` makes."""
    sub = suffix = None
    kind = c.integer(0, 3)
    if kind == 1:
        sub = c.integer(1, 12)
    elif kind == 2:
        suffix = c.choice(DOSSIER_SUFFIXES)
    dossier = Dossier(main=c.integer(20000, 36999), sub=sub, suffix=suffix, title=_phrase(c, 2, 6))
    if c.integer(0, 3) == 0:
        stuk = c.choice(_STUK_LETTERS) + (c.choice(_STUK_LETTERS) if c.boolean() else "")
    else:
        stuk = str(c.integer(1, 2999))

    n_senders = c.integer(1, 4)
    portfolios = list(PORTFOLIOS)
    senders: list[Role] = []
    for i in range(n_senders):
        link, portfolio = portfolios.pop(c.integer(0, len(portfolios) - 1))
        title = _TITLES[0][0] if i == 0 or c.integer(0, 2) else c.choice(_TITLES)[0]
        senders.append(Role(title=title, link=link, portfolio=portfolio))
    plural = (
        n_senders >= 2
        and len({s.title for s in senders}) == 1
        and all(s.link == _VAN for s in senders)
        and c.boolean()
    )

    date = datetime.date(c.integer(1995, 2030), c.integer(1, 12), c.integer(1, 28))

    notes: list[tuple[str, str]] = []

    def paragraph() -> Paragraph:
        sentences = tuple(_sentence(c) for _ in range(c.integer(1, 3)))
        # a second marker goes at the end of the first sentence: only when there are two
        again = None
        if notes and len(sentences) >= 2 and c.integer(0, 3) == 0:
            again = c.choice([n for n, _ in notes])
        marker = None
        if len(notes) < 6 and c.integer(0, 2) == 0:
            marker = str(len(notes) + 1)
            notes.append((marker, _sentence(c)))
        break_at = c.integer(0, 50) if c.boolean() else None
        return Paragraph(
            sentences=sentences,
            marker=marker,
            again=again,
            break_at=break_at,
            hyphenate=break_at is not None and c.boolean(),
        )

    intro = tuple(paragraph() for _ in range(c.integer(1, 2)))
    if c.integer(0, 3) == 0:
        # "Mede namens de Minister van ...": another office holder, not a signatory
        link, portfolio = c.choice(portfolios)
        other = Role(title=c.choice(_TITLES)[0], link=link, portfolio=portfolio)
        opening = f"{lexicon.ON_BEHALF_OF[0]} {_ARTICLE} {other.role} {_phrase(c, 3, 8).lower()}."
        first = intro[0]
        intro = (attrs.evolve(first, sentences=(opening, *first.sentences[1:])), *intro[1:])
    sections: list[Section] = []
    for top in range(1, c.integer(0, 3) + 1):
        sections.append(
            Section(number=str(top), title=_phrase(c, 1, 6), paragraphs=(paragraph(),))
        )
        for sub_no in range(1, c.integer(0, 3) + 1):
            sections.append(
                Section(
                    number=f"{top}.{sub_no}",
                    title=_phrase(c, 1, 6),
                    paragraphs=tuple(paragraph() for _ in range(c.integer(1, 2))),
                    subheading=_word(c).capitalize() if c.integer(0, 2) == 0 else None,
                )
            )
    signatures = tuple(
        Signature(role=s, name=_name(c), one_line=c.boolean(), name_first=c.boolean())
        for s in senders
    )
    return SyntheticLetter(
        dossier=dossier,
        stuk=stuk,
        senders=tuple(senders),
        plural_title=plural,
        date=date,
        intro=intro,
        sections=tuple(sections),
        footnotes=tuple(notes),
        signatures=signatures,
        metadata_table=c.boolean(),
        note_heading=c.choice(lexicon.OB_FOOTNOTE_HEADINGS[:2]),
        bold_headings=c.boolean(),
        separators=c.boolean(),
    )


# --- renderers ---------------------------------------------------------------------------


def _date_text(d: datetime.date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def _addressee(letter: SyntheticLetter) -> str:
    opener = lexicon.ADDRESSEE_OPENERS[0]  # "Aan de"
    head = lexicon.ADDRESSEE_HEADS[0]  # "Voorzitter"
    return f"{opener} {head} {_VAN} {_ARTICLE} {letter.chamber} der Staten-Generaal"


def _paragraph_text(p: Paragraph, marker: Callable[[str], str], *, glued: bool) -> str:
    """The paragraph with its markers: glued before a sentence's full stop, or after it."""
    sentences = list(p.sentences)
    if p.again is not None:
        first = sentences[0]
        sentences[0] = (
            first[:-1] + marker(p.again) + "." if glued else first + marker(p.again)
        )
    text = " ".join(sentences)
    if p.marker is None:
        return text
    if glued:
        return text[:-1] + marker(p.marker) + "."
    return text + marker(p.marker)


def body_paragraphs(letter: SyntheticLetter) -> list[tuple[Section | None, Paragraph]]:
    out: list[tuple[Section | None, Paragraph]] = [(None, p) for p in letter.intro]
    for s in letter.sections:
        out.extend((s, p) for p in s.paragraphs)
    return out


def _note_text(letter: SyntheticLetter, number: str) -> str:
    return dict(letter.footnotes)[number]


def _split_at_page_break(text: str, p: Paragraph) -> tuple[str, str] | None:
    """``text`` cut where a page break falls mid-sentence (after a word, before a
    lower-case word), the word there hyphenated across the cut if ``p.hyphenate``."""
    if p.break_at is None:
        return None
    words = text.split(" ")
    places = [k for k in range(1, len(words)) if words[k - 1].isalpha() and words[k].isalpha()]
    if not places:
        return None
    k = places[p.break_at % len(places)]
    left, right = words[:k], words[k:]
    if p.hyphenate and len(right[0]) >= 4:
        word = right[0]
        left.append(word[:2] + "-")
        right[0] = word[2:]
    return " ".join(left), " ".join(right)


def paragraph_text(p: Paragraph, layout: str) -> str:
    """The paragraph as ``Letter.text`` must hold it: one line, markers as superscripts."""
    if layout == "letterhead":
        p = attrs.evolve(p, again=None)
    return _paragraph_text(p, to_superscript, glued=layout != "kamerstuk-md")


def render_kamerstuk_md(letter: SyntheticLetter) -> str:
    vj = letter.vergaderjaar.replace("-", "–")
    stuk_line = (
        f"**{letter.stuk}**" if letter.stuk.isalpha()
        else f"**{lexicon.STUK_NUMBER_WORDS[0]} {letter.stuk}**"
    )  # fmt: skip
    blocks = [
        f"{lexicon.VERGADERJAAR_WORDS[0]} {vj}",
        f"**{letter.dossier.printed}**",
        f"**{letter.dossier.title}**",
        stuk_line,
        f"**{letter.title_line}**",
        _addressee(letter),
        f"{_PLACE}, {_date_text(letter.date)}",
    ]

    def note_blocks(numbers: list[str]) -> list[str]:
        out = ["---"] if letter.separators else []
        return out + [f"<sup>{n}</sup> {_note_text(letter, n)}" for n in numbers]

    body = body_paragraphs(letter)
    pending: list[str] = []
    current: Section | None = None
    for i, (section, p) in enumerate(body):
        if section is not None and section is not current:
            current = section
            hashes = "#" * section.level
            number = section.number + ("." if section.level == 1 else "")
            heading = f"{number} {section.title}"
            if letter.bold_headings:
                heading = f"**{heading}**"
            blocks.append(f"{hashes} {heading}")
            if section.subheading is not None:
                blocks.append(f"{hashes}# *{section.subheading}*")
        text = _paragraph_text(p, lambda n: f"<sup>{n}</sup>", glued=False)
        split = _split_at_page_break(text, p) if pending else None
        if split is not None:
            # the notes of the page sit at its bottom, inside this paragraph
            blocks += [split[0], *note_blocks(pending), split[1]]
            pending = []
        else:
            blocks.append(text)
        if p.marker is not None:
            pending.append(p.marker)
        following = body[i + 1] if i + 1 < len(body) else None
        runs_on = (
            following is not None
            and following[0] is section
            and _split_at_page_break(
                _paragraph_text(following[1], lambda n: f"<sup>{n}</sup>", glued=False),
                following[1],
            )
            is not None
        )
        if pending and not runs_on:
            blocks += note_blocks(pending)
            pending = []
    for sig in letter.signatures:
        role = f"{_ARTICLE.capitalize()} {sig.role.role},"
        blocks.append(f"{role} {sig.name}" if sig.one_line else f"{role}  \n{sig.name}")
    return "\n\n" + "\n\n".join(blocks) + "\n"


def render_ob_page_text(letter: SyntheticLetter) -> str:
    stuk = letter.stuk if letter.stuk.isalpha() else f"{lexicon.STUK_NUMBER_WORDS[0]} {letter.stuk}"
    blocks = []
    if letter.metadata_table:
        number = letter.dossier.number
        blocks += [
            lexicon.OB_PAGE_TITLE_LINES[0],
            f"{lexicon.OB_TABLE_HEADINGS[0]}\n{letter.chamber} der Staten-Generaal"
            f"{letter.vergaderjaar}{number} {lexicon.STUK_NUMBER_WORDS[1]} {letter.stuk}",
        ]
    blocks += [
        f"{letter.dossier.printed} {letter.dossier.title}",
        f"{stuk} {letter.title_line}",
        _addressee(letter),
        f"{_PLACE}, {_date_text(letter.date)}",
    ]
    current: Section | None = None
    for section, p in body_paragraphs(letter):
        if section is not None and section is not current:
            current = section
            number = section.number + ("." if section.level == 1 else "")
            blocks.append(f"{number} {section.title}")
            if section.subheading is not None:
                blocks.append(section.subheading)
        blocks.append(_paragraph_text(p, str, glued=True))
    for sig in letter.signatures:
        role = f"{_ARTICLE.capitalize()} {sig.role.role},"
        blocks.append(f"{role} {sig.name}" if sig.one_line else f"{role}\n\n{sig.name}")
    text = "\n\n".join(blocks) + "\n\n"
    for number, note in letter.footnotes:
        text += f"\n{letter.note_heading}\n{number}\n\n{note}\n\n"
    return text + f"{lexicon.OB_BACK_TO_TOP[0]}\n"


def render_letterhead(letter: SyntheticLetter) -> str:
    lines = [
        f"> {lexicon.LETTERHEAD_RETURN_ADDRESS[0]} Postbus 20401 2500 EK {_PLACE}",
        f"{_ARTICLE.capitalize()} {lexicon.ADDRESSEE_HEADS[0]} {_VAN} {_ARTICLE} {letter.chamber}",
        "der Staten-Generaal",
        "Prinses Irenestraat 6",
        f"2595 BD {_PLACE.upper()}",
        f"{lexicon.LETTERHEAD_DATE_LABELS[0]} {_date_text(letter.date)}",
        f"{lexicon.LETTERHEAD_SUBJECT_LABELS[0]} {letter.dossier.title}",
        f"{lexicon.SALUTATIONS[0]},",
    ]
    pages = 1 + sum(1 for _, p in body_paragraphs(letter) if p.marker is not None)
    page = 1
    current: Section | None = None
    for section, p in body_paragraphs(letter):
        if section is not None and section is not current:
            current = section
            number = section.number + ("." if section.level == 1 else "")
            lines.append(f"{number} {section.title}")
            if section.subheading is not None:
                lines.append(section.subheading)
        text = _paragraph_text(attrs.evolve(p, again=None), str, glued=True)
        lines.extend(textwrap.wrap(text, 80, break_long_words=False, break_on_hyphens=False))
        if p.marker is not None:
            lines.append(f"{p.marker} {_note_text(letter, p.marker)}")
            lines.append(f"Pagina {page} van {pages}")
            page += 1
    lines.append(f"{lexicon.CLOSINGS[0]},")
    for sig in letter.signatures:
        function = sig.role.role
        if sig.name_first:
            lines.extend([sig.name, function])
        else:
            lines.extend([f"{_ARTICLE.capitalize()} {function},", sig.name])
        lines.append("")
    lines.append(f"Pagina {pages} van {pages}")
    return "\n".join(lines) + "\n"


_RENDERERS: dict[str, Callable[[SyntheticLetter], str]] = {
    "kamerstuk-md": render_kamerstuk_md,
    "ob-page-text": render_ob_page_text,
    "letterhead": render_letterhead,
}


def render_letter(letter: SyntheticLetter, layout: str = "kamerstuk-md") -> str:
    """``letter`` as text in ``layout`` (one of :data:`LAYOUTS`)."""
    return _RENDERERS[layout](letter)


# --- public entry points -----------------------------------------------------------------


@st.composite
def letter_specs(draw: st.DrawFn) -> SyntheticLetter:
    """A hypothesis strategy of letter specs."""
    return build_letter(_DrawChooser(draw))


def letters(
    layouts: Sequence[str] = LAYOUTS,
) -> st.SearchStrategy[tuple[SyntheticLetter, str, str]]:
    """``(spec, layout, rendered text)`` for every layout in ``layouts``."""
    return st.tuples(letter_specs(), st.sampled_from(tuple(layouts))).map(
        lambda pair: (pair[0], pair[1], render_letter(pair[0], pair[1]))
    )


def random_letters(
    n: int, *, seed: int = 0, layouts: Sequence[str] = LAYOUTS
) -> list[tuple[SyntheticLetter, str, str]]:
    """``n`` letters ``(spec, layout, text)``, the same for the same ``seed``."""
    rng = random.Random(seed)
    chooser = _RandomChooser(rng)
    out = []
    for i in range(n):
        spec = build_letter(chooser)
        layout = layouts[i % len(layouts)]
        out.append((spec, layout, render_letter(spec, layout)))
    return out
