"""The ministry-letterhead reader (``letterhead-text``) on a made-up letter, the two real
letterhead letters in ``../shared/corpus/text``, and synthetic letters built from parts."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamerparse import lexicon as lx
from kamerparse.readers import RawInput
from kamerparse.readers.base import (
    SUPERSCRIPT_DIGITS,
    Block,
    BlockKind,
    ReadResult,
    Zone,
    from_superscript,
    to_superscript,
)
from kamerparse.readers.letterhead import looks_like_letterhead, read_letterhead_text

EZK = "text/pdftextsplitter-Kamerbrief_innovatie_missie.txt"
BUZA = "text/nieuwsbank-1496382-buza-19990129.txt"

#: A made-up letter in the letterhead layout: furniture in the middle of a sentence,
#: footnotes at page bottoms, line-end hyphens of every kind, role above the name.
EXAMPLE = """\
Retouradres Postbus 20401 2500 EK Den Haag
De Voorzitter van de Tweede Kamer
der Staten-Generaal
Prinses Irenestraat 6
2595 BD D EN HAAG
Datum 3 februari 2024
Betreft Voortgang van het voorbeeldbeleid
Geachte Voorzitter,
Met deze brief informeer ik uw Kamer over de voortgang van het voorbeeldbeleid,
zoals toegezegd in het commissiedebat van 12 januari jl.1 De samenwerkingsover-
eenkomst met de provincies is getekend en de publiek-private aanpak loopt.
Stand van zaken
Het kennis-
en innovatieprogramma start dit voorjaar. Daarnaast is de CE-
transitie in gang gezet, met innovatie-
ecosystemen in drie regio's2. Wij zetten de volgende stappen:
• een eerste stap;
• een tweede stap, die langer is en daarom over twee regels
doorloopt.
Ik blijf uw Kamer informeren over de voortgang, en
1 Kamerstuk 12345, nr. 6.
2 Zie https://www.example.nl/voorbeeld-
beleid/regio.
Directoraat-generaal
Voorbeeldzaken
Bezoekadres
Voorbeeldstraat 1
2500 AA Den Haag
T 070 123 4567
www.rijksoverheid.nl/vz
Ons kenmerk
VZ / 12345
Pagina 1 van 2
Datum
3 februari 2024
Ons kenmerk
VZ / 12345
ik verwacht u voor de zomer een volgende brief te sturen.
Hoogachtend,
de minister van Voorbeeldzaken,
A.B. de Vries
Pagina 2 van 2
"""


def _read(text: str) -> ReadResult:
    return read_letterhead_text(RawInput(text.encode("utf-8")))


def _corpus(corpus_dir: Path, name: str) -> str:
    path = corpus_dir / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path.read_text(encoding="utf-8")


def _zone(result: ReadResult, zone: Zone) -> list[Block]:
    return [b for b in result.blocks if b.zone is zone]


def _part(result: ReadResult, block: Block, name: str) -> str | None:
    for part_name, span in block.parts:
        if part_name == name:
            return span.of(result.text)
    return None


def _body_text(result: ReadResult) -> str:
    return "\n\n".join(b.span.of(result.text) for b in _zone(result, Zone.BODY))


_SQUASH = re.compile(r"[\s\-‐]+")


def _squash(text: str) -> str:
    return _SQUASH.sub("", from_superscript(text))


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def _check_spans(result: ReadResult, src: str) -> None:
    """Every block and part maps back to input holding the same characters in order."""
    text = result.text
    spans = [b.span for b in result.blocks] + [s for b in result.blocks for _, s in b.parts]
    spans += [m.span for m in result.markers]
    assert spans
    for span in spans:
        a, b = result.offsets.span_to_source(span)
        got = _squash(span.of(text))
        source = _squash(src[a:b])
        assert got, span
        assert _is_subsequence(got, source), (span.of(text)[:80], src[a:b][:80])
        # the span starts and ends where its input starts and ends
        assert got[0] == source[0]
        assert got[-1] == source[-1]


def _check_clean_body(result: ReadResult) -> None:
    body = _body_text(result)
    for word in ("Pagina", "Ons kenmerk", "Directoraat-generaal", "Bezoekadres", "Postadres"):
        assert word not in body
    assert "Overheidsidentificatienr" not in body
    assert "www.rijksoverheid.nl" not in body
    for block in _zone(result, Zone.BODY):
        # a footnote line never stays in the flow: no "N Kamerstuk" after a line start
        assert not re.search(r"(?:^|\s)\d{1,2} Kamerstuk", block.span.of(result.text))


# --- the made-up example --------------------------------------------------------------


def test_example_opening_fields() -> None:
    r = _read(EXAMPLE)
    assert r.format == "letterhead-text"
    opening = _zone(r, Zone.OPENING)
    parts = {name: span.of(r.text) for b in opening for name, span in b.parts}
    assert parts == {
        "return_address": "Postbus 20401 2500 EK Den Haag",
        "addressee": "De Voorzitter van de Tweede Kamer der Staten-Generaal",
        "date": "3 februari 2024",
        "subject": "Voortgang van het voorbeeldbeleid",
    }
    assert opening[-1].span.of(r.text) == "Geachte Voorzitter,"
    address = opening[1].span.of(r.text)
    # the PDF spacing artefact "D EN HAAG" is repaired
    assert address.endswith("Prinses Irenestraat 6\n2595 BD DEN HAAG")


def test_example_body_reflow_and_hyphens() -> None:
    r = _read(EXAMPLE)
    body = [(b.kind, b.span.of(r.text)) for b in _zone(r, Zone.BODY)]
    assert body[0][0] is BlockKind.PARAGRAPH
    first = body[0][1]
    assert "jl.¹ De samenwerkingsovereenkomst" in first  # soft hyphen dropped
    assert "publiek-private" in first
    assert body[1] == (BlockKind.HEADING, "Stand van zaken")
    second = body[2][1]
    assert second.startswith("Het kennis- en innovatieprogramma")  # suspended compound
    assert "de CE-transitie" in second  # capital before the hyphen
    assert "innovatie-ecosystemen in drie regio's²." in second  # vowels meet
    assert body[3] == (BlockKind.LIST_ITEM, "• een eerste stap;")
    assert body[4] == (
        BlockKind.LIST_ITEM,
        "• een tweede stap, die langer is en daarom over twee regels doorloopt.",
    )
    # the sentence broken by the footnotes, sidebar and page furniture is one paragraph
    assert body[5] == (
        BlockKind.PARAGRAPH,
        "Ik blijf uw Kamer informeren over de voortgang, en ik verwacht u voor de "
        "zomer een volgende brief te sturen.",
    )
    assert len(body) == 6
    _check_clean_body(r)
    assert "3 februari 2024" not in _body_text(r)


def test_example_footnotes_and_markers() -> None:
    r = _read(EXAMPLE)
    notes = _zone(r, Zone.FOOTNOTE)
    assert [b.number for b in notes] == ["1", "2"]
    assert all(b.kind is BlockKind.FOOTNOTE for b in notes)
    assert [b.span.of(r.text) for b in notes] == [
        "¹ Kamerstuk 12345, nr. 6.",
        "² Zie https://www.example.nl/voorbeeld-beleid/regio.",
    ]
    assert [_part(r, b, "text") for b in notes] == [
        "Kamerstuk 12345, nr. 6.",
        "Zie https://www.example.nl/voorbeeld-beleid/regio.",
    ]
    assert [m.number for m in r.markers] == ["1", "2"]
    assert [m.span.of(r.text) for m in r.markers] == ["¹", "²"]
    # the notes come last, after the signature
    last_other = max(b.span.end for b in r.blocks if b.zone is not Zone.FOOTNOTE)
    assert all(b.span.start > last_other for b in notes)


def test_example_closing_and_signature() -> None:
    r = _read(EXAMPLE)
    assert [b.span.of(r.text) for b in _zone(r, Zone.CLOSING)] == ["Hoogachtend,"]
    (sig,) = _zone(r, Zone.SIGNATURE)
    assert sig.span.of(r.text) == "de minister van Voorbeeldzaken,\nA.B. de Vries"
    assert _part(r, sig, "role") == "minister van Voorbeeldzaken"
    assert _part(r, sig, "name") == "A.B. de Vries"
    _check_spans(r, EXAMPLE)


def test_example_text_layout() -> None:
    r = _read(EXAMPLE)
    assert "\n\n\n" not in r.text
    assert not r.text.startswith("\n")
    starts = [b.span.start for b in r.blocks]
    assert starts == sorted(starts)
    for prev, cur in zip(r.blocks, r.blocks[1:], strict=False):
        assert r.text[prev.span.end : cur.span.start] == "\n\n"


def test_crlf_and_no_salutation() -> None:
    src = EXAMPLE.replace("Geachte Voorzitter,\n", "").replace("\n", "\r\n")
    r = _read(src)
    assert "\r" not in r.text
    assert _part(r, _zone(r, Zone.OPENING)[2], "date") == "3 februari 2024"
    assert len(_zone(r, Zone.FOOTNOTE)) == 2
    _check_spans(r, src)


def test_signature_variants() -> None:
    """Two signatories in mixed order, a wrapped role, and role and name on one line."""
    head = EXAMPLE.split("Hoogachtend,", maxsplit=1)[0]
    tails = {
        "A.B. de Vries\nMinister van Voorbeeldzaken\n\nDe Staatssecretaris van Proefzaken,\n"
        "C. Jansen\n": [
            ("Minister van Voorbeeldzaken", "A.B. de Vries"),
            ("Staatssecretaris van Proefzaken", "C. Jansen"),
        ],
        "De Minister van Binnenlandse Zaken en\nKoninkrijksrelaties,\ndrs. P. van den Berg\n": [
            ("Minister van Binnenlandse Zaken en Koninkrijksrelaties", "drs. P. van den Berg"),
        ],
        "De Minister van Defensie, J.A. Hennis-Plasschaert\nDe Minister-President,\n": [
            ("Minister van Defensie", "J.A. Hennis-Plasschaert"),
            ("Minister-President", None),
        ],
    }
    for tail, want in tails.items():
        src = head + "Hoogachtend,\n" + tail
        r = _read(src)
        got = [(_part(r, b, "role"), _part(r, b, "name")) for b in _zone(r, Zone.SIGNATURE)]
        assert got == want, tail
        _check_spans(r, src)
    # without a closing: the trailing role and name lines
    r = _read(head + "C. Jansen\nStaatssecretaris van Proefzaken\n")
    (sig,) = _zone(r, Zone.SIGNATURE)
    assert (_part(r, sig, "role"), _part(r, sig, "name")) == (
        "Staatssecretaris van Proefzaken",
        "C. Jansen",
    )


def test_labels_in_body_text_stay() -> None:
    """Body lines that start with a sidebar word are body text, not furniture."""
    src = EXAMPLE.replace(
        "Ik blijf uw Kamer informeren",
        "Bijlage 1 bevat de cijfers.\nBijlagen\n- Rapport over de regio.\n"
        "Ik blijf uw Kamer informeren",
    )
    r = _read(src)
    body = [b.span.of(r.text) for b in _zone(r, Zone.BODY)]
    assert "Bijlage 1 bevat de cijfers." in body
    assert "Bijlagen" in body
    assert "- Rapport over de regio." in body
    _check_clean_body(r)


def test_superscript_input() -> None:
    """Markers and note numbers already extracted as superscript digits."""
    src = EXAMPLE.replace("jl.1 De", "jl.¹ De").replace("\n1 Kamerstuk", "\n¹Kamerstuk")
    r = _read(src)
    assert [m.number for m in r.markers] == ["1", "2"]
    notes = _zone(r, Zone.FOOTNOTE)
    assert [b.number for b in notes] == ["1", "2"]
    assert notes[0].span.of(r.text) == "¹ Kamerstuk 12345, nr. 6."
    _check_spans(r, src)


# --- the real letters -----------------------------------------------------------------


@pytest.mark.corpus
def test_ezk_letter(corpus_dir: Path) -> None:
    src = _corpus(corpus_dir, EZK)
    r = _read(src)
    notes = _zone(r, Zone.FOOTNOTE)
    assert [b.number for b in notes] == [str(n) for n in range(1, 16)]
    assert [m.number for m in r.markers] == [str(n) for n in range(1, 16)]
    body_spans = [b.span for b in _zone(r, Zone.BODY)]
    for m in r.markers:
        assert any(s.contains(m.span) for s in body_spans), m
    text = r.text
    for glued in (
        "jl.¹,",
        "innovatiebeleid²",
        "Europe³.",
        "Zweden⁴.",
        "impact⁵.",
        "uitdagingen¹⁵.",
    ):
        assert glued in text
    assert _part(r, notes[0], "text") == "Kamerstuk 33009, nr. 117."
    assert (
        notes[3]
        .span.of(text)
        .endswith("Mission-Oriented Innovation Policies https://stip-pp.oecd.org/moip/")
    )
    assert "sectors/raw-materials/areas" in notes[5].span.of(text)
    _check_clean_body(r)
    body = _body_text(r)
    for note in notes:
        note_text = _part(r, note, "text")
        assert note_text
        assert note_text[:40] not in body
    # body lines broken by page furniture are joined (short fragments only: the corpus
    # text itself stays out of the repository)
    assert "aanpak, en we zien" in body
    assert "Nationale Technologiestrategie, die" in body
    assert "OESO-platform" not in body
    headings = [b.span.of(text) for b in _zone(r, Zone.BODY) if b.kind is BlockKind.HEADING]
    for title in ("Het missiegedreven innovatiebeleid", "Herijking missies", "Energietransitie:"):
        assert title in headings
    assert sum(b.kind is BlockKind.LIST_ITEM for b in _zone(r, Zone.BODY)) >= 20

    opening = {n: s.of(text) for b in _zone(r, Zone.OPENING) for n, s in b.parts}
    assert opening["date"] == "30 mei 2023"
    assert opening["addressee"] == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
    subject_line = next(ln for ln in src.splitlines() if ln.startswith("Betreft "))
    assert opening["subject"] == subject_line.removeprefix("Betreft ").strip()
    assert opening["return_address"] == "Postbus 20401 2500 EK Den Haag"

    (sig,) = _zone(r, Zone.SIGNATURE)
    assert _part(r, sig, "name") == "M.A.M. Adriaansens"
    assert _part(r, sig, "role") == "Minister van Economische Zaken en Klimaat"
    assert [n for n, _ in sig.parts] == ["name", "role"]  # name above the function
    assert not _zone(r, Zone.CLOSING)
    _check_spans(r, src)


@pytest.mark.corpus
def test_buza_letter(corpus_dir: Path) -> None:
    src = _corpus(corpus_dir, BUZA)
    r = _read(src)
    text = r.text
    opening = {n: s.of(text) for b in _zone(r, Zone.OPENING) for n, s in b.parts}
    assert opening["date"] == "29 januari 1999"
    assert opening["addressee"] == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert opening["subject"].startswith("Behandeling Verdrag met Frankrijk")
    assert _zone(r, Zone.OPENING)[-1].span.of(text) == "Zeer geachte Voorzitter,"
    for furniture in ("Behandeld", "Kenmerk", "Blad", "Bijlage(n)", "Ministerie van", "Postbus"):
        assert furniture not in text
    (para,) = _zone(r, Zone.BODY)
    assert para.span.of(text).startswith("Op 10 februari aanstaande")
    (sig,) = _zone(r, Zone.SIGNATURE)
    assert sig.parts[0][0] == "role"
    assert _part(r, sig, "role") == "Minister van Buitenlandse Zaken"
    assert _part(r, sig, "name") is None
    trailer = [b.span.of(text) for b in _zone(r, Zone.TRAILER)]
    assert trailer[-1] == "Lees ook"
    assert trailer[0].startswith("Deel:")
    assert not r.markers
    assert not _zone(r, Zone.FOOTNOTE)
    _check_spans(r, src)


@pytest.mark.corpus
@pytest.mark.parametrize("name", [EZK, BUZA])
def test_deterministic(corpus_dir: Path, name: str) -> None:
    src = _corpus(corpus_dir, name)
    a, b = _read(src), _read(src)
    assert a.text == b.text
    assert a.blocks == b.blocks
    assert a.markers == b.markers
    assert a.offsets == b.offsets


@pytest.mark.corpus
def test_detection(corpus_dir: Path, seed_path: Path) -> None:
    assert looks_like_letterhead(EXAMPLE)
    assert looks_like_letterhead(_corpus(corpus_dir, EZK))
    assert looks_like_letterhead(_corpus(corpus_dir, BUZA))
    assert not looks_like_letterhead(seed_path.read_text(encoding="utf-8"))
    others = sorted((corpus_dir / "ob-page-text").glob("*.txt"))
    assert others
    for path in others:
        assert not looks_like_letterhead(path.read_text(encoding="utf-8")), path.name


@pytest.mark.corpus
def test_pipeline_on_letterhead(corpus_dir: Path) -> None:
    """The lead's pipeline reads the zoned blocks into the letter's fields."""
    kamerparse = pytest.importorskip("kamerparse")
    ezk = kamerparse.parse(_corpus(corpus_dir, EZK))
    assert ezk.source.format == "letterhead-text"
    assert str(ezk.date) == "2023-05-30"
    assert ezk.addressee is not None
    assert ezk.addressee.chamber == "Tweede Kamer"
    assert [(s.role, s.name) for s in ezk.signatories] == [
        ("Minister van Economische Zaken en Klimaat", "M.A.M. Adriaansens")
    ]
    assert [f.number for f in ezk.footnotes] == [str(n) for n in range(1, 16)]
    assert all(len(f.refs) == 1 for f in ezk.footnotes)

    buza = kamerparse.parse(_corpus(corpus_dir, BUZA))
    assert buza.source.format == "letterhead-text"
    assert str(buza.date) == "1999-01-29"
    assert buza.addressee is not None
    assert buza.addressee.chamber == "Tweede Kamer"
    assert [(s.role, s.name) for s in buza.signatories] == [
        ("Minister van Buitenlandse Zaken", None)
    ]
    assert buza.footnotes == ()


# --- synthetic letters from parts -----------------------------------------------------

_WORDS = (
    "beleid",
    "kamer",
    "brief",
    "voortgang",
    "regio",
    "aanpak",
    "uitvoering",
    "middelen",
    "inzet",
    "programma",
    "gemeenten",
    "provincies",
    "onderzoek",
    "het",
    "de",
    "een",
    "met",
    "voor",
    "naar",
    "wordt",
)
_NAMES = ("A.B. de Vries", "J. Jansen", "M.A.M. Bakker", "drs. P. van den Berg")
_WIDTH = 72


@st.composite
def _letters(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]], list[str], tuple[str, str]]:
    """A letterhead letter and what it holds: body blocks, footnote texts, signature."""
    blocks: list[tuple[str, str]] = []  # (kind, expected text)
    lines: list[str] = []
    notes: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            title = draw(st.sampled_from(_WORDS)).capitalize() + " " + draw(st.sampled_from(_WORDS))
            blocks.append(("heading", title))
            lines.append(title)
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=25, max_size=60))
        words[0] = words[0].capitalize()
        if draw(st.booleans()):
            i = draw(st.integers(0, len(words) - 1))
            notes.append(f"Kamerstuk {draw(st.integers(10000, 36999))}, nr. {len(notes) + 1}.")
            words[i] += str(len(notes))
        sentence = " ".join(words) + "."
        wrapped = textwrap.wrap(sentence, _WIDTH)
        if len(wrapped[-1]) > _WIDTH - 30:  # the writer's break: a short last line
            head, _, tail = wrapped[-1].rpartition(" ")
            wrapped[-1:] = [head, tail]
        lines.extend(wrapped)
        expected = " ".join(wrapped)
        expected = re.sub(r"(?<=[a-z])(\d+)", lambda m: to_superscript(m.group(1)), expected)
        blocks.append(("paragraph", expected))
    # page breaks after random lines; a page ends with the notes whose markers are on it
    breaks = sorted(set(draw(st.lists(st.integers(1, len(lines) - 1), max_size=3))))
    out: list[str] = []
    note_no = 0
    for n, line in enumerate(lines):
        out.append(line)
        if n + 1 in breaks:
            seen = " ".join(lines[: n + 1])
            while note_no < len(notes) and re.search(rf"[a-z]{note_no + 1}(?!\d)", seen):
                out.append(f"{note_no + 1} {notes[note_no]}")
                note_no += 1
            out += ["Ons kenmerk", "VZ / 12345", f"Pagina {breaks.index(n + 1) + 1} van 9"]
    role = "Minister van " + draw(st.sampled_from(("Financiën", "Defensie", "Voorbeeldzaken")))
    name = draw(st.sampled_from(_NAMES))
    sig = [name, role] if draw(st.booleans()) else [role + ",", name]
    closing = ["Hoogachtend,"] if draw(st.booleans()) else []
    late_notes = [f"{k + 1} {notes[k]}" for k in range(note_no, len(notes))]
    day = draw(st.integers(1, 28))
    month = draw(st.sampled_from([forms[0] for forms in lx.MONTHS]))
    letter = "\n".join(
        [
            "Retouradres Postbus 20401 2500 EK Den Haag",
            "De Voorzitter van de Tweede Kamer",
            "der Staten-Generaal",
            "Prinses Irenestraat 6",
            "2595 BD DEN HAAG",
            f"Datum {day} {month} 2023",
            "Betreft Voorbeeld",
            "Geachte Voorzitter,",
            *out,
            *closing,
            *sig,
            *late_notes,
            "Pagina 9 van 9",
        ]
    )
    return letter, blocks, notes, (role, name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_letters())
def test_synthetic_letters(
    case: tuple[str, list[tuple[str, str]], list[str], tuple[str, str]],
) -> None:
    letter, blocks, notes, (role, name) = case
    r = _read(letter)
    body = [(b.kind.value, b.span.of(r.text)) for b in _zone(r, Zone.BODY)]
    assert body == blocks
    assert [_part(r, b, "text") for b in _zone(r, Zone.FOOTNOTE)] == notes
    assert [m.number for m in r.markers] == [str(n) for n in range(1, len(notes) + 1)]
    (sig,) = _zone(r, Zone.SIGNATURE)
    assert _part(r, sig, "role") == role
    assert _part(r, sig, "name") == name
    assert _part(r, _zone(r, Zone.OPENING)[2], "date") is not None
    assert not any(ch in SUPERSCRIPT_DIGITS for b in blocks for ch in b[1][:1])
    _check_spans(r, letter)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1 2.-,\n•DatumBetreftPagina van"), max_size=300))
def test_any_text_reads(text: str) -> None:
    """Any text that decodes gives a result whose spans map back."""
    if not text.strip():
        return
    r = _read(text)
    for block in r.blocks:
        assert 0 <= block.span.start <= block.span.end <= len(r.text)
        a, b = r.offsets.span_to_source(block.span)
        assert 0 <= a <= b <= len(text)
