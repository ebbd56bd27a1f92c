"""Financial contributions (issue 4, part 3): amounts, recipients, recurrence, period."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import kamerparse
from kamerparse import lexicon
from kamerparse.extract.money import parse_amount
from kamerparse.patterns import FLAGS
from kamerparse.records import Letter, Recurrence

OPENING = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2023\n\n"
CLOSING = "\n\nDe Minister van Defensie,\nK.H. Ollongren\n"


def letter_with(paragraph: str) -> Letter:
    return kamerparse.parse(OPENING + paragraph + CLOSING)


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("3,5 miljoen euro", "EUR", Decimal(3500000)),
        ("350.000 euro", "EUR", Decimal(350000)),
        ("EUR 500 miljoen", "EUR", Decimal(500000000)),
        ("€ 1,2 mld", "EUR", Decimal(1200000000)),
        ("€ 1,2 mld.", "EUR", Decimal(1200000000)),
        ("€1.234.567,89", "EUR", Decimal("1234567.89")),
        ("2,5 mln. euro", "EUR", Decimal(2500000)),
        ("US$ 3 miljoen", "USD", Decimal(3000000)),
    ],
)
def test_amount(text: str, currency: str, amount: Decimal) -> None:
    assert parse_amount(text) == (currency, amount)


@pytest.mark.parametrize("text", ["1,5 miljoen burgers", "350.000", "3,5 miljoen", "euro"])
def test_not_an_amount(text: str) -> None:
    assert parse_amount(text) is None


def test_amount_without_contribution_word_is_no_contribution() -> None:
    letter = letter_with("De schade aan de kazerne bedroeg 3 miljoen euro.")
    assert letter.contributions == ()


def test_fields_through_parse() -> None:
    letter = letter_with(
        "Het kabinet heeft besloten tot een structurele bijdrage van € 2,5 mln. per jaar aan "
        "het Wereldvoedselprogramma (WFP) in de periode 2023–2026."
    )
    (c,) = letter.contributions
    assert c.span.of(letter.text) == c.amount_text == "€ 2,5 mln."
    assert (c.amount, c.currency, c.recipient, c.recurrence, c.period, c.decided) == (
        Decimal(2500000),
        "EUR",
        "WFP",
        Recurrence.YEARLY,
        "2023/2026",
        True,
    )


def test_past_year_is_reported_not_decided() -> None:
    letter = letter_with(
        "In 2019 heeft het kabinet besloten tot een bijdrage van 2 miljoen euro aan UNICEF."
    )
    (c,) = letter.contributions
    assert (c.recipient, c.decided) == ("UNICEF", False)


def test_period_until() -> None:
    letter = letter_with("Nederland zal tot en met 2024 jaarlijks 1 miljoen euro bijdragen.")
    (c,) = letter.contributions
    assert (c.period, c.recurrence, c.decided) == ("../2024", Recurrence.YEARLY, True)


def test_seed(seed_path: Path) -> None:
    letter = kamerparse.parse_file(seed_path)
    got = [
        (c.amount, c.amount_text, c.recipient, c.recurrence, c.period, c.decided)
        for c in letter.contributions
    ]
    assert got == [
        (
            Decimal(4000000),
            "4 miljoen euro",
            "EUCAP Sahel Niger",
            Recurrence.ONCE,
            "2019/2022",
            False,
        ),
        (Decimal(5000000), "5 miljoen euro", "EUCAP Sahel Niger", Recurrence.ONCE, None, True),
        # ``Deze ... steun`` continues ``... deze steun tot en met 2024 te continueren``
        (Decimal(3500000), "3,5 miljoen euro", "GPOI", Recurrence.YEARLY, "../2024", False),
        (Decimal(350000), "350.000 euro", "AILCT", Recurrence.ONCE, None, False),
    ]
    for c in letter.contributions:
        assert c.span.of(letter.text) == c.amount_text
        assert c.currency == "EUR"
        assert c.sentence is not None and c.sentence.contains(c.span)


@pytest.mark.corpus
def test_corpus_has_no_contributions(corpus_dir: Path) -> None:
    """By reading them: no letter in the corpus commits or reports an amount of money."""
    for path in sorted(corpus_dir.rglob("*.txt")):
        assert kamerparse.parse_file(path).contributions == (), path.name


# --- property: amounts in Dutch notation come back ------------------------------------


def dutch(value: Decimal, decimals: int) -> str:
    """``Decimal('1234567.5')`` -> ``1.234.567,50`` (thousands ``.``, decimal comma)."""
    whole, _, frac = f"{value:.{decimals}f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return grouped + ("," + frac if frac else "")


_SYMBOLS = tuple(k for k, v in lexicon.CURRENCIES.items() if v == "EUR" and not k.isalpha())
_CODES = tuple(k for k, v in lexicon.CURRENCIES.items() if v == "EUR" and k.isupper())
_WORDS = tuple(k for k, v in lexicon.CURRENCIES.items() if v == "EUR" and k.islower())


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, Decimal]:
    multipliers = [(None, 0), *lexicon.AMOUNT_MULTIPLIERS.items()]
    word, power = draw(st.sampled_from(multipliers))
    decimals = draw(st.integers(0, 2))
    cents = draw(st.integers(1, 10**9 if word is None else 10**5))
    value = Decimal(cents).scaleb(-decimals)
    number = dutch(value, decimals)
    if word is not None:
        number += f" {word}"
    form = draw(st.sampled_from(("{n} {w}", "{s} {n}", "{s}{n}", "{c} {n}")))
    text = form.format(
        n=number,
        w=draw(st.sampled_from(_WORDS)),
        s=draw(st.sampled_from(_SYMBOLS)),
        c=draw(st.sampled_from(_CODES)),
    )
    return text, value.scaleb(power)


@settings(max_examples=80, deadline=None)
@given(amounts())
def test_rendered_amount_comes_back(case: tuple[str, Decimal]) -> None:
    text, value = case
    assert parse_amount(text) == ("EUR", value)
    letter = letter_with(f"Het kabinet stelt een bijdrage van {text} beschikbaar aan UNICEF.")
    (c,) = letter.contributions
    assert (c.amount, c.amount_text, c.recipient) == (value, text, "UNICEF")


def test_hint_scan_sees_every_currency_character() -> None:
    """Whatever the amount pattern matches (ignoring case) to part of a currency hint, the
    hint scan sees as that part: in the latin-1 bytes with ASCII letters lowered (other
    characters ``?``) after :data:`_FOLDED_TO_HINTS` is replaced, or, for a hint outside
    latin-1, in the text as it is. (Each code point apart, separated by NUL.)"""
    from kamerparse.extract import money

    every = "\x00".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)

    def seen(char: str) -> str:
        if char in money._FOLDED_TO_HINTS:
            return money._FOLDED_TO_HINTS[char]
        return char.lower() if char < "\x80" else char if char <= "\xff" else "?"

    for hint in money._HINTS:
        parts = {hint[i:j] for i in range(len(hint)) for j in range(i + 1, len(hint) + 1)}
        for part in parts:
            for m in regex.finditer(rf"(?i:{regex.escape(part)})", every, FLAGS):
                if "\x00" in m.group():
                    continue
                if hint in money._TEXT_HINTS:
                    assert m.group() == part
                else:
                    assert "".join(map(seen, m.group())) == part, (m.group(), part)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nederland draagt 5 uſd bij aan GPOI.",
        "Nederland draagt USD\u00a0\u00a0  12 bij aan GPOI.",
        "Nederland draagt 12 34 euro bij aan GPOI.",
        "Nederland draagt 1.234.567,5 mln.   Amerikaanse dollar bij aan GPOI.",
    ],
)
def test_amount_next_to_currency_hint(paragraph: str) -> None:
    assert len(letter_with(paragraph).contributions) == 1
