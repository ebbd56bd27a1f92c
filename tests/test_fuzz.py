"""Hostile and broken input: ``parse`` gives a ``Letter`` or raises ``InvalidInput``, nothing else.

Fuzzing with hypothesis (arbitrary text and bytes, very long lines, deep Markdown,
thousands of footnote markers, unclosed ``<sup>``, NUL bytes, truncated letters) plus
inputs built to trigger catastrophic regex backtracking, which must simply finish.
There are no timed assertions here: the 1 MB adversarial timing is in
``benchmarks/bench.py``.

Example counts are modest so the suite stays fast on CI; under a hypothesis profile
with more than 100 examples (``--hypothesis-profile=<a long profile>``) every test
here runs at least that many.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import kamerparse
import kamerparse._api as api
from kamerparse import InvalidInput, Letter

_BASE: int = settings().max_examples


def examples(n: int) -> int:
    """``n`` examples normally; more when a long profile is loaded, fewer under a short one."""
    return min(n, _BASE) if _BASE <= 100 else max(n, _BASE)


def fuzz(n: int) -> settings:
    return settings(
        max_examples=examples(n),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def parse_total(data: str | bytes, **kwargs: object) -> Letter | None:
    """Parse; a Letter or ``None`` for InvalidInput. Any other exception fails the test.

    A Letter must also serialise: the JSON dump is part of "never a traceback".
    """
    try:
        letter = kamerparse.parse(data, **kwargs)  # type: ignore[arg-type]
    except InvalidInput as e:
        message = str(e)  # says what is wrong
        assert message
        return None
    assert isinstance(letter, Letter)
    kamerparse.to_json(letter)
    for d in letter.diagnostics:
        if d.span is not None:
            assert 0 <= d.span.start <= d.span.end <= len(letter.text)
    return letter


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text("utf-8")


# Words and marks that the parsers look for, to steer random text toward their code paths.
_TOKENS = (
    "Nr. ", "nr. ", "29 521", "21 501-02", "33 000 X", "Den Haag, ", "25 november 2022",
    "Vergaderjaar 2022–2023", "BRIEF VAN DE MINISTER VAN DEFENSIE", "Aan de Voorzitter van de ",
    "Tweede Kamer", "Eerste Kamer", "Hoogachtend,", "De Minister van Defensie,", "K.H. Ollongren",
    "<sup>1</sup>", "<sup>", "</sup>", "¹", "1)", "X Noot", "Naar boven", "---", "**", "#", "> ",
    "- ", "1.1 ", "2. ", "\n", "\n\n", " ", ".", ",", "Retouradres ", "Datum ", "Betreft ",
    "Geachte Voorzitter,", "Pagina 1 van 8", "HERDRUK", "AZ", "Kamerstuk ", "d.d. ",
)
tokens_text = st.lists(
    st.one_of(st.sampled_from(_TOKENS), st.text(max_size=12)), max_size=80
).map("".join)


# --- totality --------------------------------------------------------------------------


@fuzz(60)
@given(st.text())
def test_any_text(text: str) -> None:
    parse_total(text)


@fuzz(60)
@given(tokens_text)
def test_text_made_of_letter_parts(text: str) -> None:
    parse_total(text)


@fuzz(60)
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    parse_total(data)


@fuzz(30)
@given(st.sampled_from((*_TOKENS, "x", "1", " ", "a b", "\t")), st.integers(1_000, 40_000))
def test_very_long_lines(token: str, times: int) -> None:
    parse_total("Den Haag, 3 maart 2023\n\n" + token.replace("\n", " ") * times)


@fuzz(20)
@given(
    st.sampled_from(("> ", "#", "**", "*", "_", "  - ", "[", "<sup>", "`")),
    st.integers(50, 5_000),
)
def test_deeply_nested_markdown(mark: str, depth: int) -> None:
    closing = mark[::-1].replace("[", "]").replace("<sup>", "</sup>")
    parse_total(mark * depth + "Nr. 12" + closing * depth + "\n\ntekst\n")
    parse_total("\n".join(mark * i + "regel" for i in range(1, min(depth, 400))))


@fuzz(15)
@given(
    st.sampled_from(("<sup>{n}</sup>", "aan{n}. ", "{n}) ", "¹", "<sup>{n}", "X Noot{n} ")),
    st.integers(1, 4_000),
)
def test_thousands_of_footnote_markers(form: str, count: int) -> None:
    body = "".join(form.format(n=i % 999 + 1) for i in range(count))
    notes = "\n\n".join(f"<sup>{i}</sup> noot {i}" for i in range(1, min(count, 500)))
    parse_total(f"Den Haag, 3 maart 2023\n\n{body}\n\n---\n\n{notes}\n")


@fuzz(20)
@given(st.integers(0, 200), st.integers(1, 3_000))
def test_unclosed_sup(position: int, repeats: int) -> None:
    parse_total("tekst " * position + "<sup>" * repeats + "1 2 3")


@fuzz(40)
@given(st.text(max_size=200), st.integers(0, 200))
def test_nul_characters_are_invalid_input(text: str, at: int) -> None:
    at = min(at, len(text))
    data = text[:at] + "\x00" + text[at:]
    with pytest.raises(InvalidInput):
        kamerparse.parse(data)
    with pytest.raises(InvalidInput):
        kamerparse.parse(data.encode("utf-8"))


def test_lone_surrogates_are_invalid_input() -> None:
    with pytest.raises(InvalidInput):
        kamerparse.parse("Den Haag, 3 maart 2023 \udc81 tekst")


# --- encodings -------------------------------------------------------------------------


def test_cp1252_and_utf8_bom_decode_like_utf8(seed_text: str) -> None:
    # The seed has «», –, ë, ï (all in cp1252) and one ş (not): write that one as s.
    text = seed_text.replace("ş", "s")
    reference = kamerparse.parse(text.encode("utf-8"))
    as_cp1252 = text.encode("cp1252")
    assert as_cp1252 != text.encode("utf-8")
    assert kamerparse.parse(as_cp1252).text == reference.text
    assert kamerparse.parse(codecs.BOM_UTF8 + text.encode("utf-8")).text == reference.text
    assert kamerparse.to_jsonable(kamerparse.parse(as_cp1252))["sections"] == (
        kamerparse.to_jsonable(reference)["sections"]
    )


@fuzz(40)
@given(st.text(alphabet=st.characters(codec="cp1252", exclude_characters="\x00"), min_size=1))
def test_cp1252_text_decodes(text: str) -> None:
    data = text.encode("cp1252")
    # Bytes that are also valid UTF-8 are read as UTF-8 (the rule); skip those.
    assume(data == text.encode("utf-8") or not _is_utf8(data))
    letter = parse_total(data)
    utf8 = parse_total(text.encode("utf-8"))
    assert (letter is None) == (utf8 is None)
    if letter is not None and utf8 is not None:
        assert letter.text == utf8.text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@fuzz(40)
@given(
    st.text(alphabet=st.characters(codec="ascii", min_codepoint=32), max_size=200),
    st.sampled_from((b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")),
    st.integers(0, 200),
)
def test_undecodable_bytes_are_invalid_input(prefix: str, bad: bytes, at: int) -> None:
    """Bytes that are neither UTF-8 nor cp1252 (cp1252 leaves 0x81 0x8D 0x8F 0x90 0x9D
    undefined) raise InvalidInput naming the problem."""
    raw = prefix.encode("ascii")
    at = min(at, len(raw))
    with pytest.raises(InvalidInput, match="undecodable"):
        kamerparse.parse(raw[:at] + bad + raw[at:] + b" Den Haag")


# --- truncated letters -----------------------------------------------------------------


@fuzz(40)
@given(st.data())
def test_truncated_seed(seed_text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(seed_text)), label="end")
    start = data.draw(st.integers(0, min(end, 2_000)), label="start")
    parse_total(seed_text[start:end])
    parse_total(seed_text[start:end].encode("utf-8")[: max(0, end - start - 1)])


# --- catastrophic backtracking: these must finish (timing is in the benchmark) ------------

ADVERSARIAL = {
    "digits": "1" * 60_000,
    "digits-spaced": "29 521 " * 8_000,
    "spaces": "a" + " " * 60_000 + "b",
    "dots": "." * 60_000,
    "initials": "A." * 30_000 + " Jansen",
    "nr-repeated": "nr. " * 15_000,
    "Nr-numbers": "Nr. 1 " * 10_000,
    "kamerstuk-refs": "Kamerstuk 29 521, nr. " * 3_000,
    "dates": "25 november 2022 " * 4_000,
    "den-haag": "Den Haag, " * 6_000,
    "sup-unclosed": "<sup>" * 12_000,
    "sup-digits": "<sup>1" * 10_000,
    "markdown-deep": ">" * 30_000 + " tekst",
    "emphasis": "**" * 30_000,
    "dashes": "-" * 60_000,
    "roman": "X" * 60_000,
    "hyphen-joins": "over-\n" * 10_000,
    "blank-lines": "\n" * 60_000 + "x",
    "capitals": "BRIEF VAN DE MINISTER VAN " * 3_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_completes(name: str) -> None:
    parse_total(ADVERSARIAL[name])


def test_adversarial_inside_a_real_letter(seed_text: str) -> None:
    cut = len(seed_text) // 2
    for name in ("digits", "spaces", "dots", "nr-repeated", "sup-unclosed"):
        parse_total(seed_text[:cut] + ADVERSARIAL[name] + seed_text[cut:])


# --- size limit: checked before any work ----------------------------------------------


def test_input_above_max_bytes_is_refused_before_any_work(
    seed_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("work started on an oversized input")

    monkeypatch.setattr(api, "detect_format", no_work)
    monkeypatch.setattr(api, "get_reader", no_work)
    limit = 1_000
    with pytest.raises(InvalidInput, match="too large"):
        kamerparse.parse(seed_text, max_bytes=limit)
    with pytest.raises(InvalidInput, match="too large"):
        kamerparse.parse(seed_text.encode("utf-8"), max_bytes=limit)
    # a str over the limit only once encoded (ë is two bytes in UTF-8)
    with pytest.raises(InvalidInput, match="too large"):
        kamerparse.parse("ë" * 600, max_bytes=limit)
    # parse_file checks the size on disk before reading the file
    big = tmp_path / "big.txt"
    big.write_text(seed_text, "utf-8")
    monkeypatch.setattr(Path, "read_bytes", no_work)
    with pytest.raises(InvalidInput, match="too large"):
        kamerparse.parse_file(big, max_bytes=limit)


def test_default_limit_is_documented_and_several_megabytes() -> None:
    assert 2 * 1024 * 1024 <= kamerparse.DEFAULT_MAX_BYTES <= 64 * 1024 * 1024
    assert str(kamerparse.DEFAULT_MAX_BYTES) in (
        Path(__file__).resolve().parent.parent / "docs" / "cli.md"
    ).read_text("utf-8")


def test_just_under_the_limit_parses(seed_text: str) -> None:
    data = seed_text.encode("utf-8")
    assert isinstance(kamerparse.parse(data, max_bytes=len(data)), Letter)
