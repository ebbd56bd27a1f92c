"""Dutch number words and Dutch-notation amounts, shared by the mandate and money extractors.

Number words are composed from :mod:`kamerparse.lexicon` parts at import, the way they
are written: ``twee``, ``achttien``, ``eenentwintig``, ``tweeëntwintig``, ``honderd``,
``honderdtwintig``, ``tweehonderdvijftig``, ``duizend`` (1 to 999 and 1000). Every form
goes into :data:`NUMBER_WORDS`, a word -> value table: callers match a word with ``\\p{L}+``
and look it up, so no thousand-way alternation is ever compiled.

Amounts in Dutch notation: ``.`` groups thousands, ``,`` is the decimal comma
(``1.234.567,89``, ``3,5``, ``350.000``).
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

from kamerparse import lexicon as lx


def _compose() -> dict[str, int]:
    below_hundred: dict[str, int] = {}
    below_hundred.update(lx.NUMBER_UNITS)
    below_hundred.update(lx.NUMBER_TEENS)
    below_hundred.update(lx.NUMBER_TENS)
    for ten_word, ten in lx.NUMBER_TENS.items():
        for unit_word, unit in lx.NUMBER_UNITS.items():
            after_e = unit_word.endswith("e")  # twee, drie: tweeëntwintig
            joiner = lx.NUMBER_TENS_JOINER_AFTER_E if after_e else lx.NUMBER_TENS_JOINER
            below_hundred[unit_word + joiner + ten_word] = ten + unit
    words: dict[str, int] = dict(below_hundred)
    for hundred in lx.NUMBER_HUNDRED:
        heads: dict[str, int] = {hundred: 100}
        for unit_word, unit in lx.NUMBER_UNITS.items():
            if unit > 1:
                heads[unit_word + hundred] = unit * 100
        for head, value in heads.items():
            words[head] = value
            for tail, rest in below_hundred.items():
                words[head + tail] = value + rest
    for thousand in lx.NUMBER_THOUSAND:
        words[thousand] = 1000
    return words


#: Every Dutch number word from ``een`` to ``negenhonderdnegenennegentig`` and ``duizend``.
NUMBER_WORDS: MappingProxyType[str, int] = MappingProxyType(_compose())


def word_value(word: str) -> int | None:
    """The value of a Dutch number word (any case), ``None`` when it is not one."""
    return NUMBER_WORDS.get(word.casefold())


def count_value(token: str) -> int | None:
    """The value of a count written in digits (``16``, ``1.200``) or as a word (``twee``)."""
    digits = token.replace(".", "")
    if digits.isdecimal():
        return int(digits)
    return word_value(token)


def dutch_decimal(number: str) -> Decimal:
    """``"1.234,5"`` -> ``Decimal("1234.5")``; ``"350.000"`` -> ``Decimal("350000")``."""
    return Decimal(number.replace(".", "").replace(",", "."))


def scaled(value: Decimal, power: int) -> Decimal:
    """``value * 10**power``, written without a trailing ``.0`` when it is whole."""
    out = value.scaleb(power)
    if out == out.to_integral_value():
        return out.quantize(Decimal(1))
    return out.normalize()
