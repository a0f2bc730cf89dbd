"""Read an amount of money at a position: '£3.2bn', '$1.5 million', '€40m', '2,000 euros', '50p',
'US$3 trillion', 'Rs 20', '20 dollars 43 cents'.

The currency is an ISO 4217 code. Conventions: '$' and 'dollars' alone are US dollars, 'p',
'pence' and 'pennies' are sterling, and 'cents' and '¢' are US cents. Names shared by several
currencies ('dinars', 'riyals', 'francs') keep `currency` None and give the name instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .number import Read, read_number

# Written before the number, longest first: symbols, codes and a few names.
_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR",
    "¥": "JPY", "₹": "INR", "₪": "ILS", "₩": "KRW", "₽": "RUB", "₺": "TRY", "Rs.": "INR",
    "Rs": "INR", "RM": "MYR",
}  # fmt: skip
ISO_CODES = frozenset(
    """USD GBP EUR JPY CNY INR CAD AUD NZD CHF HKD SGD SEK NOK DKK PLN CZK HUF RUB TRY ZAR BRL
    MXN ARS KRW ILS EGP SAR QAR AED KWD LBP BGN MYR MNT UAH NGN KES PKR BDT THB IDR PHP VND
    RON ISK JOD IQD IRR""".split()
)
# Written after the number (lower case): currency names and their plurals.
_NAMES = {
    "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD",
    "us dollar": "USD", "us dollars": "USD", "pound": "GBP", "pounds": "GBP",
    "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "quid": "GBP",
    "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "rand": "ZAR", "shekel": "ILS", "shekels": "ILS", "hryvnia": "UAH",
    "hryvnias": "UAH", "ringgit": "MYR", "ringgits": "MYR", "malaysia ringgit": "MYR",
    "malaysia ringgits": "MYR", "malaysian ringgit": "MYR", "malaysian ringgits": "MYR",
    "tugrik": "MNT", "tugriks": "MNT", "kuwaiti dinar": "KWD", "kuwaiti dinars": "KWD",
    "jordanian dinar": "JOD", "jordanian dinars": "JOD", "iraqi dinar": "IQD",
    "iraqi dinars": "IQD", "lebanese pound": "LBP", "lebanese pounds": "LBP",
    "egyptian pound": "EGP", "egyptian pounds": "EGP", "egyptianpound": "EGP", "le": "EGP",
    "l.e": "EGP", "l.e.": "EGP", "geneh": "EGP", "genihat masriya": "EGP",
    "qatari riyal": "QAR", "qatari riyals": "QAR", "saudi riyal": "SAR",
    "saudi riyals": "SAR", "saudiriyal": "SAR", "swiss franc": "CHF", "swiss francs": "CHF",
    "canadian dollar": "CAD", "canadian dollars": "CAD", "australian dollar": "AUD",
    "australian dollars": "AUD", "naira": "NGN", "lira": "TRY", "zloty": "PLN",
    "rs": "INR", "rm": "MYR",
}  # fmt: skip
# Names that several currencies share: no ISO code can be chosen from the name alone.
_AMBIGUOUS = {"dinar": "dinar", "dinars": "dinar", "riyal": "riyal", "riyals": "riyal",
              "rial": "rial", "rials": "rial", "franc": "franc", "francs": "franc",
              "peso": "peso", "pesos": "peso", "krona": "krona", "kronor": "krona",
              "krone": "krone", "kroner": "krone"}  # fmt: skip
# Hundredths of a currency, and the currency they imply when no other is named.
_MINOR = {"cent": "USD", "cents": "USD", "c": "USD", "¢": "USD", "penny": "GBP",
          "pennies": "GBP", "pence": "GBP", "p": "GBP", "sen": "MYR", "sens": "MYR",
          "kopiyka": "UAH", "kopiykas": "UAH", "kopecks": "RUB", "paise": "INR"}  # fmt: skip

# A currency written just before a number: '£', 'US$', 'Rs ', 'EUR ' (read again by read_money).
SYMBOLS = "$£€¥₹₪₩₽₺"  # written before the number
_PREFIX_BEFORE = re.compile(rf"(?:[A-Z]{{1,3}}\$|U\.S\.\$|[{SYMBOLS}]|Rs\.?|RM|[A-Z]{{3}})\s?$")
# the characters _PREFIX_BEFORE can end with, before its space
_PREFIX_ENDS = frozenset(f"{SYMBOLS}.sABCDEFGHIJKLMNOPQRSTUVWXYZ")


def prefix_before(text: str, start: int, lowest: int) -> re.Match[str] | None:
    """The currency written right before `start` ('£', 'US$', 'Rs ', 'EUR '), beginning no
    earlier than `lowest`. Each ends with a symbol, a capital, 's' or '.', then at most one space
    (two when the second is a line break, before which '$' matches too): a look at that
    character rules out nearly every number before the pattern is tried."""
    end = start
    if end > lowest and text[end - 1].isspace():
        end -= 1
        if text[start - 1] == "\n" and end > lowest and text[end - 1].isspace():
            end -= 1
    if end <= lowest or text[end - 1] not in _PREFIX_ENDS:
        return None
    return _PREFIX_BEFORE.search(text, lowest, start)


_SUFFIX_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "US$": "USD", "¢": "¢"}
_ISO = "|".join(sorted(ISO_CODES))
_PREFIX = re.compile(
    "(?:"
    + "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True))
    + rf"|(?P<iso>{_ISO})(?![A-Za-z])"
    + r"|(?P<prefix_name>(?i:(?:malaysian?\s+)?ringgits?))\b"
    + r")\s*"
)
_NAME_AFTER = re.compile(
    r"\s*(?P<name>"
    + "|".join(re.escape(n) for n in sorted([*_NAMES, *_AMBIGUOUS], key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_CODE_OR_SYMBOL_AFTER = re.compile(rf"\s*(?:(?P<iso>{_ISO})(?![A-Za-z])|(?P<symbol>US\$|\$|€|£|¢))")
# 'c' and 'p' only in lower case: '35C' is a temperature
_MINOR_AFTER = re.compile(
    r"\s*(?P<minor>(?i:cents?|penny|pennies|pence|sens?|kopiykas?|kopecks|paise)|c|¢|p)"
    r"(?![A-Za-z])"
)
# any of the three above, tried in one pattern by currency_after
_ANY_AFTER = re.compile(
    "|".join(
        f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"
        for p in (_NAME_AFTER, _CODE_OR_SYMBOL_AFTER, _MINOR_AFTER)
    )
)
_LETTERS_AFTER = re.compile(r"\s*([A-Za-z]*)")
# The letters each name, code or hundredth opens with ('us' for 'US$', 'l' for 'l.e.')
_LEADS = frozenset(
    re.match(r"[a-z]*", written.lower()).group()
    for written in (*_NAMES, *_AMBIGUOUS, *ISO_CODES, *_MINOR, "US$")
) - {""}
_AND = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_WORD_GOES_ON = re.compile(r"\s*[^\s.,;:!?)]")
_ARTICLE = re.compile(r"(?i:an?)\s+")


@dataclass(frozen=True, slots=True)
class Money:
    value: float
    currency: str | None  # ISO 4217, or None when only an ambiguous name was written
    name: str | None  # the currency name as written when `currency` is None
    end: int


def read_money(text: str, pos: int, limit: int | None = None) -> Money | None:
    """Money at `pos`: a currency before or after a number, and any hundredths after it."""
    limit = len(text) if limit is None else limit
    money = read_money_before_number(text, pos, limit)
    if money is not None:
        return money
    number = read_number(text, pos, limit)
    return None if number is None else money_after_number(text, number, limit)


def read_money_before_number(text: str, pos: int, limit: int) -> Money | None:
    """Money at `pos` whose currency comes first ('£3.2bn', 'US$4.7 billion') or that opens
    with an article ('a dollar')."""
    article = _ARTICLE.match(text, pos, limit)
    if article:  # "a dollar", "a US$4.7 billion"
        money = _with_prefix(text, article.end(), limit) or _one_named(text, article.end(), limit)
        if money:
            return money
    return _with_prefix(text, pos, limit)


def _with_prefix(text: str, pos: int, limit: int) -> Money | None:
    prefix = _PREFIX.match(text, pos, limit)
    if not prefix:
        return None
    number = read_number(text, prefix.end(), limit)
    if number is None or number.value < 0:
        return None
    code = _prefix_code(prefix)
    end = _trailing_code(text, number.end, limit, code)
    return _add_minor(text, Money(number.value, code, None, end), limit)


def _prefix_code(prefix: re.Match[str]) -> str:
    if prefix.group("iso"):
        return prefix.group("iso")
    if prefix.group("prefix_name"):
        return "MYR"
    return _PREFIXES[prefix.group(0).strip()]


def _trailing_code(text: str, end: int, limit: int, code: str) -> int:
    """'$10 US', 'EUR 20 euros' restate the currency: take it into the phrase."""
    after = _NAME_AFTER.match(text, end, limit)
    if after and _NAMES.get(after.group("name").lower()) == code:
        return after.end()
    return end


def money_after_number(text: str, number: Read, limit: int) -> Money | None:
    """Money whose currency follows `number`, read at the amount's start: '2,000 euros',
    '50p', '20 dollars 43 cents'."""
    if number.value < 0:
        return None
    named = _NAME_AFTER.match(text, number.end, limit)
    if named:
        name = named.group("name").lower()
        if name in _AMBIGUOUS:
            money = Money(number.value, None, _AMBIGUOUS[name], named.end())
        else:
            money = Money(number.value, _NAMES[name], None, named.end())
        return _add_minor(text, money, limit)
    coded = _CODE_OR_SYMBOL_AFTER.match(text, number.end, limit)
    if coded and coded.group("symbol") != "¢":
        code = coded.group("iso") or _SUFFIX_SYMBOLS[coded.group("symbol")]
        return _add_minor(text, Money(number.value, code, None, coded.end()), limit)
    minor = _MINOR_AFTER.match(text, number.end, limit)
    if minor:  # "50p", "10 cents": hundredths alone
        currency = _MINOR[minor.group("minor").lower()]
        return Money(_hundredths(number.value), currency, None, minor.end())
    return None


def _one_named(text: str, pos: int, limit: int) -> Money | None:
    """'a dollar', 'a pound': one of the named currency."""
    named = _NAME_AFTER.match(text, pos, limit)
    if not named or named.start("name") != pos:
        return None
    name = named.group("name").lower()
    if name in _AMBIGUOUS:
        return Money(1, None, _AMBIGUOUS[name], named.end())
    return Money(1, _NAMES[name], None, named.end())


def _add_minor(text: str, money: Money, limit: int) -> Money:
    """'$20 and 43c', '20 dollars 43 cents', '3 GBP and one', '$20 43': hundredths after."""
    joiner = _AND.match(text, money.end, limit)
    if joiner.end() >= limit or not text[joiner.end()].isalnum():
        return money  # no number can start here: '£3.2bn, £4bn'
    number = read_number(text, joiner.end(), limit)
    if number is None or not float(number.value).is_integer() or not 0 < number.value < 100:
        return money
    end = number.end
    minor = _MINOR_AFTER.match(text, end, limit)
    if minor:
        end = minor.end()
    elif _NAME_AFTER.match(text, end, limit) or _CODE_OR_SYMBOL_AFTER.match(text, end, limit):
        return money  # "20 dollars 43 euros" is two amounts, not one
    if not minor and _WORD_GOES_ON.match(text, end, limit):
        return money  # a bare "43" is cents only at the end ("$20 43"), not "£305m three years"
    value = round(money.value + number.value / 100, 10)
    return Money(value, money.currency, money.name, end)


def _hundredths(value: float) -> float:
    return round(value / 100, 10)


def currency_after(text: str, pos: int) -> bool:
    """Whether a currency name, code, symbol or hundredths follow `pos` (a cheap check). A word
    that opens none of them, or no word and no '$', rules one out before the pattern is tried;
    not near a non-ASCII character, which IGNORECASE may fold to an ASCII letter ('K', 'ſ')."""
    after = _LETTERS_AFTER.match(text, pos)
    word_end = after.end()
    if text[word_end : word_end + 20].isascii():
        word = after.group(1)
        if (word.lower() not in _LEADS) if word else not text.startswith("$", word_end):
            return False
    return _ANY_AFTER.match(text, pos) is not None
