"""Conformance of crosscheck's quantity grammar against test suites written by others.

The suites live in ``tests/data`` (MIT, copied unchanged with their licences):

* ``recognizers-text/``: Microsoft Recognizers-Text's English specs for the Number models
  (NumberModel, NumberRangeModel, PercentModel, OrdinalModel and their variants) and the
  NumberWithUnit models (Age, Currency, Dimension, Temperature). JSON with a BOM; ``End`` is
  inclusive; ``Text`` is lowercased, so spans are compared by offsets, never by text.
* ``quantulum3/``: quantulum3's English test set (``quantities.json``, ``quantities.ambiguity
  .json``) with ``surface``, ``value`` and ``unit`` per quantity, and ``errors.json``, inputs
  that once crashed it and must not crash us. ``expand.json`` tests quantulum3's number-to-words
  expansion, which crosscheck does not do; it is kept with the suite but not scored.

Each case runs :func:`crosscheck.find_quantities` on its input and passes when our mentions
answer the case's expected results under the conventions below. A case whose answer we give
differently *by design* is listed, with the reason, in ``tests/data/conformance_allowlist.toml``;
its pass rate is ``passed / (cases - allowlisted)``. An entry may exempt only some expected
results of a case (``only``, e.g. the year in "Voyager 2 in 1979"); our mentions over them are
then set aside too, and the rest of the case is scored.

How the suites' conventions map onto ours
-----------------------------------------

Spans. Our mention must start and end where the expected result does, or cover it with only
words that our convention puts inside a mention: a leading modifier (``more than`` 20), a
currency prefix (``$`` 20) or a unit (20 ``km``), never another number. An expected span that
is longer than ours fails.

A period or an apostrophe that ends an expected span ("50 deg.", "six weeks'") may be left
out of ours: a trailing period is sentence punctuation for us and "'" a possessive.

Values. What a phrase *writes* is compared, not our interval's representative value, which
moves with the modifier (:func:`written_values`): a bare number, "about N" and ranges write
``value`` (and ``low``/``high``); "more than N" and "at least N" write ``low`` (``N + 1`` for
whole-number strict bounds under our conventions, so ``low - 1`` is accepted for "more than");
"nearly N", "fewer than N" and "up to N" write ``high`` (likewise ``high + 1``). Values compare
with a relative tolerance of 1e-6.

Which of our mentions a suite judges (:class:`Scope`). Each scorer names the kinds of mention
that the suite is about (``required``: every one of them must match an expected result, or it is
an extra) and the kinds that may answer an expected result without being required
(``optional``). Example: in NumberModel our ``$20`` currency mention answers the expected bare
number 20, but a currency mention that matches nothing is not an extra number, because
Recognizers-Text reports bare numbers only. Years, dates, times, identifiers and phone numbers
never answer a number; where a suite expects numbers there, the case is allowlisted.

Ranges. A range mention (``modifier == "range"``) answers up to two expected numbers: one equal
to its ``low`` and one to its ``high``, each inside its span.

NumberRangeModel. Expected ``value`` strings such as ``[20,30)``, ``(20,35]``, ``[20,)`` are
intervals; ours are always closed, so brackets are honoured as follows (:func:`bounds_match`):
a closed end must equal our bound; a strict end ``(N`` accepts ``N`` or, for a whole ``N``,
``N + 1`` (our "more than 20" starts at 21), and ``N)`` accepts ``N`` or ``N - 1`` (which also
admits Recognizers' half-open ``[20,30)`` for "between 20 and 30", our closed [20, 30]); an open
end (``[20,)``) accepts any bound strictly beyond the other end, because our "more than" ranges
are bounded by a margin and our "up to" ranges start at 0. One mention answers an interval only
if its modifier states that shape (:func:`shape_fits`): open above needs "more than" or "at
least", open below "up to" or "less than", two ends a range. Required mentions are those with a
bounding modifier (``more_than``, ``at_least``, ``at_most``, ``less_than``, ``range``); a
bare number may answer a point range ``[N,N]`` ("equal to N"); two of our bounded mentions, one
for each end, may together answer one expected range ("more than 10 and less than 20"), each
overlapping its span. Spans here only need to overlap: Recognizers' range spans include words
such as "equal to" that we do not keep.

quantulum3 writes a range as ``value`` and ``uncertainty``: one of our mentions must overlap it
with ``low == value - uncertainty`` and ``high == value + uncertainty``.

Units. Expected unit names (``Dollar``, ``Square meter``, ``pound sterling``...) map to our
codes through the tables below; an expected result whose unit is not in a table is an error of
this harness, never a silent pass. Expected results without a value (a unit word alone, "convert
10 celsius to *fahrenheit*", a bare "percent") are not scored: we only report amounts. A case
left with no scored result by that rule is listed in the allowlist.

Run ``python tests/conformance.py`` for the table, ``-v FILE`` to list a file's failing cases.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found]

import crosscheck

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ALLOWLIST = DATA / "conformance_allowlist.toml"
UNITS_TOML = HERE.parent / "src" / "lexicon" / "units.toml"

REL_TOL = 1e-6

QUANTITY_KINDS = frozenset(
    {"cardinal", "fraction", "percent", "currency", "measure", "age", "ordinal"}
)
UNIT_KINDS = frozenset({"percent", "currency", "measure", "age"})
BOUND_MODIFIERS = frozenset({"more_than", "at_least", "at_most", "less_than", "range"})
LOWER_MODIFIERS = frozenset({"more_than", "at_least"})
UPPER_MODIFIERS = frozenset({"at_most", "less_than"})

# --- unit tables -------------------------------------------------------------------------------
# Each maps a suite's unit name to the set of our codes that answer it (src/lexicon/units.toml).
# An empty set is a unit we have no code for: the expected result fails.

RT_CURRENCY: dict[str, frozenset[str]] = {
    k: frozenset(v)
    for k, v in {
        # "Dollar" without a country is what Recognizers-Text calls a bare "$": USD for us.
        "Dollar": {"USD"},
        "United States dollar": {"USD"},
        "Canadian dollar": {"CAD"},
        "Australian dollar": {"AUD"},
        "Hong Kong dollar": {"HKD"},
        "New Zealand dollar": {"NZD"},
        "Euro": {"EUR"},
        # "Pound" without a country is a bare "£" or "pounds": sterling.
        "Pound": {"GBP"},
        "British pound": {"GBP"},
        "Pence": {"GBX"},
        "Penny": {"GBX", "cent"},
        "Cent": {"cent"},
        "Japanese yen": {"JPY"},
        "Chinese yuan": {"CNY"},
        # "Franc" without a country: any franc is a right answer.
        "Franc": {"CHF", "FRF", "BEF", "LUF", "XOF", "XAF", "CDF", "RWF"},
        "Swiss franc": {"CHF"},
        "Turkish lira": {"TRY"},
        # "Rupee" without a country: any rupee.
        "Rupee": {"INR", "PKR", "LKR", "NPR"},
        "Sri Lankan rupee": {"LKR"},
        "Mexican peso": {"MXN"},
        "Finnish markka": {"FIM"},
        "Peseta": {"ESP"},
        "Netherlands guilder": {"NLG"},
        "Costa Rican colón": {"CRC"},
        "Georgian lari": {"GEL"},
        "Lao kip": {"LAK"},
        "Bitcoin": {"BTC"},
        # Subunits we have no code for.
        "Sen": set(),
        "Satoshi": set(),
    }.items()
}

RT_DIMENSION: dict[str, frozenset[str]] = {
    k: frozenset(v)
    for k, v in {
        "Meter": {"m"},
        "Kilometer": {"km"},
        "Decimeter": {"dm"},
        "Millimeter": {"mm"},
        "Picometer": {"pm"},
        "Mile": {"mi"},
        "Foot": {"ft"},
        "Inch": {"in"},
        "Turn": {"turn"},
        "Square meter": {"m2"},
        "Square kilometer": {"km2"},
        "Acre": {"acre"},
        "Pound": {"lb"},
        "Ounce": {"oz"},
        "Kilogram": {"kg"},
        "Microgram": {"ug"},
        "Gram": {"g"},
        # Recognizers' "Ton" and "Metric ton" are both our "t" ("ton", "tons", "tonnes").
        "Ton": {"t"},
        "Metric ton": {"t"},
        "Milliliter": {"ml"},
        "Gallon": {"gal"},
        "Barrel": {"bbl"},
        "Cubic foot": {"ft3"},
        "Cup": {"cup"},
        "Tablespoon": {"tbsp"},
        "Teaspoon": {"tsp"},
        "Bit": {"bit"},
        "Megabit": {"Mbit"},
        "Megabyte": {"MB"},
        "Mile per hour": {"mph"},
        "Kilometer per hour": {"km/h"},
        "Degree": {"deg"},
        "Radian": {"rad"},
        # Units we have no code for.
        "Dram": set(),
        "Meter per millisecond": {"m/ms"},
        "Centimeter per millisecond": {"cm/ms"},
        "Kilometer per millisecond": {"km/ms"},
    }.items()
}

RT_TEMPERATURE: dict[str, frozenset[str]] = {
    "C": frozenset({"C"}),
    "F": frozenset({"F"}),
    # A temperature in "degrees" without a scale: our angle/degree unit.
    "Degree": frozenset({"deg"}),
}

RT_AGE: dict[str, frozenset[str]] = {
    "Year": frozenset({"year"}),
    "Month": frozenset({"month"}),
    "Week": frozenset({"week"}),
    "Day": frozenset({"day"}),
    # "a man of age 87": years.
    "Age": frozenset({"year"}),
}

QUANTULUM_UNITS: dict[str, frozenset[str]] = {
    k: frozenset(v)
    for k, v in {
        # A plain number: our cardinals ("count") and fractions ("fraction").
        "dimensionless": {"count", "fraction"},
        "percentage": {"%"},
        "dollar": {"USD"},
        "euro": {"EUR"},
        "pound sterling": {"GBP"},
        "cent": {"cent"},
        "penny": {"GBX", "cent"},
        "metre": {"m"},
        "kilometre": {"km"},
        "mile": {"mi"},
        "inch": {"in"},
        "nanometre": {"nm"},
        "picometre": {"pm"},
        "attometre": set(),
        "square kilometre": {"km2"},
        "square mile": {"mi2"},
        "cubic kilometre": {"km3"},
        # quantulum3 reads "ml" as cubic centimetres; they are the same unit.
        "cubic centimetre": {"cm3", "ml"},
        "litre": {"l"},
        "centilitre": {"cl"},
        "gallon": {"gal"},
        "cup": {"cup"},
        "tablespoon": {"tbsp"},
        "milligram": {"mg"},
        "kilogram": {"kg"},
        "pound-mass": {"lb"},
        "tonne": {"t"},
        "year": {"year"},
        "month": {"month"},
        "week": {"week"},
        "day": {"day"},
        "hour": {"hour"},
        "degree Celsius": {"C"},
        "degree fahrenheit": {"F"},
        "kelvin": {"K"},
        "kilometre per hour": {"km/h"},
        "electronvolt": {"eV"},
        "teraelectronvolt": {"TeV"},
        "watt hour": {"Wh"},
        "megawatt hour": {"MWh"},
        "gigahertz": {"GHz"},
        "bit": {"bit"},
        "byte": {"byte"},
        "megabyte": {"MB"},
        "exabyte": {"EB"},
        "kibibyte": {"KiB"},
        "milligray": {"mGy"},
        "inverse second": {"Hz"},
        # Units we have no code for: counts of a unit ("a dozen" is 12 for us), compound and
        # scientific units outside news English.
        "dozen": set(),
        "baker's dozen": set(),
        "gross": set(),
        "dime": set(),
        "gigayear": {"Gyr"},
        "megayear": {"Myr"},
        "inverse femtobarn": set(),
        "count per week": {"count/week"},
        "watt per minute": {"W/minute"},
        "dollar per hour": {"USD/hour"},
        "dollar per kilogram": {"USD/kg"},
        "kilometre per square second": set(),
        "ton per day": {"t/d", "t/day"},
        "joule second": set(),
        "joule per square metre per year": set(),
        "candela second": set(),
        "kilogram per cubic centimetre": {"kg/cm3"},
        "minute of arc": set(),
        "second of arc": set(),
        # quantities.ambiguity.json
        "minute": {"minute"},
        "watt": {"W"},
        "gray": {"Gy"},
        "british thermal unit": {"BTU"},
        "degree Fahrenheit": {"F"},
        "kilobit per second": {"kbit/s"},
        "litre per kilometre": {"l/km"},
        "barn": set(),
    }.items()
}


def unit_dimensions() -> dict[str, str]:
    """Our unit codes and their dimensions, read from the lexicon."""
    with UNITS_TOML.open("rb") as f:
        lexicon = tomllib.load(f)
    return {u["code"]: u["dimension"] for u in lexicon["unit"]}


DIMENSIONS = unit_dimensions()

# --- data model --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """One expected result, with code-point offsets (``end`` exclusive)."""

    start: int
    end: int
    text: str
    type: str
    value: float | None = None
    unit: str | None = None
    # A range ``[low, high]``; ``None`` for an open end. ``*_strict`` for ``(`` and ``)``.
    low: float | None = None
    high: float | None = None
    low_strict: bool = False
    high_strict: bool = False
    is_range: bool = False

    def describe(self) -> str:
        if self.is_range:
            lo = "" if self.low is None else fmt(self.low)
            hi = "" if self.high is None else fmt(self.high)
            bracket = ("(" if self.low_strict or self.low is None else "[") + lo + ","
            bracket += hi + (")" if self.high_strict or self.high is None else "]")
            what = bracket
        else:
            what = "None" if self.value is None else fmt(self.value)
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.text!r}@{self.start}-{self.end} {self.type} {what}{unit}"


@dataclass
class Case:
    file: str
    index: int
    input: str
    expected: list[Expected]
    not_supported: str = ""

    @property
    def python_not_supported(self) -> bool:
        return "python" in self.not_supported.lower()


@dataclass
class Outcome:
    case: Case
    passed: bool
    problems: list[str]
    allowlisted: str | None = None
    exempted: list[Expected] = field(default_factory=list)


@dataclass(frozen=True)
class Scope:
    """Which of our mentions a suite judges.

    ``required(m)``: the mention is the suite's business; unmatched, it is an extra.
    ``optional(m)``: the mention may answer an expected result but is not an extra otherwise.
    """

    required: Callable[[Any], bool]
    optional: Callable[[Any], bool] = lambda m: False


def fmt(x: float) -> str:
    if math.isnan(x):
        return "(no number)"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.6g}"


def describe_mention(m: Any) -> str:
    q = m.quantity
    if q is None:
        return f"{m.text!r}@{m.start}-{m.end} {m.kind}"
    mod = f" {q.modifier}" if q.modifier else ""
    span = (
        fmt(q.value)
        if q.low == q.high == q.value
        else (f"{fmt(q.value)} [{fmt(q.low)}, {fmt(q.high)}]")
    )
    return f"{m.text!r}@{m.start}-{m.end} {m.kind} {span} {q.unit}{mod}"


# --- loaders -----------------------------------------------------------------------------------

RANGE_RE = re.compile(r"^([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])$")


def to_float(s: Any) -> float | None:
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    s = str(s).strip().rstrip("%")
    if s in ("", "null", "None"):
        return None
    try:
        return float(s)
    except ValueError:  # "end+0" (a relative ordinal): a result no number of ours can answer
        return math.nan


def load_recognizers(rel: str) -> list[Case]:
    path = DATA / rel
    raw = json.loads(path.read_text(encoding="utf-8-sig"))
    cases = []
    for i, item in enumerate(raw):
        text = item["Input"]
        expected = []
        for r in item["Results"]:
            start, end = r["Start"], r["End"] + 1
            if text[start:end].lower() != r["Text"].lower():
                raise ValueError(f"{rel}#{i}: span {start}-{end} is not {r['Text']!r}")
            res = r.get("Resolution") or {}
            value = res.get("value")
            if r["TypeName"] == "numberrange":
                m = RANGE_RE.match(str(value))
                if not m:
                    raise ValueError(f"{rel}#{i}: range {value!r}")
                expected.append(
                    Expected(
                        start,
                        end,
                        r["Text"],
                        r["TypeName"],
                        low=to_float(m.group(2)),
                        high=to_float(m.group(3)),
                        low_strict=m.group(1) == "(",
                        high_strict=m.group(4) == ")",
                        is_range=True,
                    )
                )
            else:
                expected.append(
                    Expected(
                        start,
                        end,
                        r["Text"],
                        r["TypeName"],
                        value=to_float(value),
                        unit=res.get("unit"),
                    )
                )
        cases.append(Case(rel, i, text, expected, item.get("NotSupported", "")))
    return cases


def locate(text: str, surface: str, taken: list[tuple[int, int]]) -> tuple[int, int]:
    """The first occurrence of ``surface`` in ``text`` that no earlier result took."""
    at = 0
    while True:
        i = text.find(surface, at)
        if i < 0:
            raise ValueError(f"{surface!r} not in {text!r}")
        j = i + len(surface)
        if all(j <= s or i >= e for s, e in taken):
            return i, j
        at = i + 1


def load_quantulum(rel: str) -> list[Case]:
    raw = json.loads((DATA / rel).read_text(encoding="utf-8"))
    cases = []
    for i, item in enumerate(raw):
        text = item["req"]
        taken: list[tuple[int, int]] = []
        expected = []
        for r in item["res"]:
            start, end = locate(text, r["surface"], taken)
            taken.append((start, end))
            value = float(r["value"])
            unc = r.get("uncertainty")
            if unc:  # quantulum3 writes a range as its midpoint and half-width
                expected.append(
                    Expected(
                        start,
                        end,
                        r["surface"],
                        "range",
                        unit=r["unit"],
                        low=value - unc,
                        high=value + unc,
                        is_range=True,
                    )
                )
            else:
                expected.append(Expected(start, end, r["surface"], "quantity", value, r["unit"]))
        cases.append(Case(rel, i, text, expected))
    return cases


# --- matching ----------------------------------------------------------------------------------


def close(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def is_whole(x: float) -> bool:
    return math.isfinite(x) and x == int(x)


def written_values(q: Any) -> list[float]:
    """The numbers a phrase may have written, given our interval (see the module docstring)."""
    mod = q.modifier
    if mod in (None, "about"):
        return [q.value]
    if mod == "range":
        return [q.low, q.high]
    if mod == "more_than":
        return [q.low, q.low - 1] if is_whole(q.low) else [q.low]
    if mod == "at_least":
        return [q.low]
    if mod in ("less_than", "nearly"):
        return [q.high, q.high + 1] if is_whole(q.high) else [q.high]
    if mod == "at_most":
        return [q.high]
    return [q.value]


DIGIT = re.compile(r"\d")
# A period or an apostrophe that ends an expected span ("50 deg.", "six weeks'") is sentence
# punctuation or a possessive for us, never part of a mention.
TRAILING_PUNCTUATION = ".'\u2019"


def span_covers(text: str, e: Expected, m: Any) -> bool:
    """Our span equals the expected one or adds only a modifier, a prefix or a unit."""
    end = e.end
    while end > e.start + 1 and text[end - 1] in TRAILING_PUNCTUATION:
        end -= 1
    if m.start > e.start or m.end < end:
        return False
    q = m.quantity
    left, right = text[m.start : e.start], text[end : m.end]
    if DIGIT.search(left) or DIGIT.search(right):
        return False
    has_mod = q is not None and q.modifier is not None
    if left.strip() and not (has_mod or m.kind == "currency"):
        return False
    return not (right.strip() and not (has_mod or m.kind in UNIT_KINDS))


def value_matches(e: Expected, m: Any) -> bool:
    q = m.quantity
    if q is None or e.value is None:
        return False
    return any(close(v, e.value) for v in written_values(q))


UnitTable = dict[str, frozenset[str]]


def unit_matches(e: Expected, m: Any, table: UnitTable | None) -> bool:
    if table is None:
        return True
    assert e.unit is not None
    return m.quantity is not None and m.quantity.unit in table[e.unit]


def match_numbers(
    text: str,
    expected: Sequence[Expected],
    mentions: Sequence[Any],
    scope: Scope,
    units: UnitTable | None,
) -> list[str]:
    """Match expected numbers to our mentions; the problems, empty when the case passes."""
    problems: list[str] = []
    candidates = [m for m in mentions if scope.required(m) or scope.optional(m)]
    used: dict[int, set[str]] = {}  # mention index -> which ends of a range are taken
    for e in expected:
        if e.is_range:  # quantulum3 ranges: one of our range mentions with both ends
            hit = next(
                (
                    i
                    for i, m in enumerate(candidates)
                    if i not in used
                    and m.quantity is not None
                    and m.start < e.end
                    and e.start < m.end
                    and close(m.quantity.low, e.low or 0.0)
                    and close(m.quantity.high, e.high or 0.0)
                    and unit_matches(e, m, units)
                ),
                None,
            )
            if hit is None:
                problems.append(f"missing {e.describe()}")
            else:
                used[hit] = {"low", "high"}
            continue
        found = None
        for i, m in enumerate(candidates):
            q = m.quantity
            if q is None or not unit_matches(e, m, units):
                continue
            if q.modifier == "range":
                if not (m.start <= e.start and e.end <= m.end):
                    continue
                taken = used.get(i, set())
                for end_name, bound in (("low", q.low), ("high", q.high)):
                    if end_name not in taken and e.value is not None and close(bound, e.value):
                        found = (i, end_name)
                        break
                if found:
                    break
            elif i not in used and span_covers(text, e, m) and value_matches(e, m):
                found = (i, "all")
                break
        if found is None:
            problems.append(f"missing {e.describe()}")
        else:
            i, end_name = found
            used.setdefault(i, set()).add(end_name)
    for i, m in enumerate(candidates):
        if i not in used and scope.required(m):
            problems.append(f"extra {describe_mention(m)}")
    return problems


def bounds_match(e: Expected, low: float, high: float) -> bool:
    """Our closed [low, high] against an expected interval (see the module docstring)."""
    if e.low is None:
        low_ok = e.high is not None and low < e.high
    elif e.low_strict:
        low_ok = close(low, e.low) or (is_whole(e.low) and close(low, e.low + 1))
    else:
        low_ok = close(low, e.low)
    if e.high is None:
        high_ok = e.low is not None and high > e.low
    elif e.high_strict:
        high_ok = close(high, e.high) or (is_whole(e.high) and close(high, e.high - 1))
    else:
        high_ok = close(high, e.high)
    return low_ok and high_ok


def shape_fits(e: Expected, modifier: str | None) -> bool:
    """Whether one mention with this modifier can state the expected interval at all: an
    interval open above needs a lower bound ("more than", "at least"), one open below an upper
    bound, one with two ends a range, and a point ``[N,N]`` a bare number."""
    if e.high is None:
        return modifier in LOWER_MODIFIERS
    if e.low is None:
        return modifier in UPPER_MODIFIERS
    if close(e.low, e.high) and not (e.low_strict or e.high_strict):
        return modifier is None
    return modifier == "range"


def overlaps(e: Expected, m: Any) -> bool:
    return m.start < e.end and e.start < m.end


def match_ranges(text: str, expected: Sequence[Expected], mentions: Sequence[Any]) -> list[str]:
    del text
    problems: list[str] = []
    amounts = [m for m in mentions if m.quantity is not None]
    used: set[int] = set()

    def bounded(m: Any) -> bool:
        return m.quantity.modifier in BOUND_MODIFIERS

    for e in expected:
        near = [(i, m) for i, m in enumerate(amounts) if i not in used and overlaps(e, m)]
        hit: list[int] | None = None
        for i, m in near:
            if shape_fits(e, m.quantity.modifier) and bounds_match(
                e, m.quantity.low, m.quantity.high
            ):
                hit = [i]
                break
        if hit is None and e.low is not None and e.high is not None:
            lows = [(i, m) for i, m in near if m.quantity.modifier in LOWER_MODIFIERS]
            highs = [(i, m) for i, m in near if m.quantity.modifier in UPPER_MODIFIERS]
            for i, lo in lows:
                for j, hi in highs:
                    if bounds_match(e, lo.quantity.low, hi.quantity.high):
                        hit = [i, j]
                        break
                if hit:
                    break
        if hit is None:
            problems.append(f"missing {e.describe()}")
        else:
            used.update(hit)
    for i, m in enumerate(amounts):
        if i not in used and bounded(m):
            problems.append(f"extra {describe_mention(m)}")
    return problems


# --- suites ------------------------------------------------------------------------------------


def kind_in(*kinds: str) -> Callable[[Any], bool]:
    ks = frozenset(kinds)
    return lambda m: m.kind in ks and m.quantity is not None


def measure_of(*dims: str) -> Callable[[Any], bool]:
    ds = frozenset(dims)
    return lambda m: (
        m.kind == "measure" and m.quantity is not None and DIMENSIONS.get(m.quantity.unit) in ds
    )


def measure_with_unit(*codes: str) -> Callable[[Any], bool]:
    cs = frozenset(codes)
    return lambda m: m.kind == "measure" and m.quantity is not None and m.quantity.unit in cs


NUMBER_SCOPE = Scope(
    required=kind_in("cardinal", "fraction"),
    optional=kind_in("currency", "percent", "measure", "age"),
)
PERCENT_SCOPE = Scope(required=lambda m: m.kind == "percent" and m.quantity is not None)
ORDINAL_SCOPE = Scope(required=kind_in("ordinal"))
AGE_SCOPE = Scope(required=kind_in("age"), optional=measure_of("duration"))
CURRENCY_SCOPE = Scope(required=kind_in("currency"))
# Our "deg" is "degrees" of an angle or of a temperature whose scale is not written: it answers
# an expected angle (DimensionModel) or scale-less temperature (TemperatureModel), and is an
# extra in neither, because Recognizers-Text tells the two apart by context and we do not.
DIMENSION_SCOPE = Scope(
    required=lambda m: (
        measure_of("length", "area", "volume", "mass", "speed", "data", "angle")(m)
        and m.quantity.unit != "deg"
    ),
    optional=kind_in("measure"),
)
TEMPERATURE_SCOPE = Scope(required=measure_of("temperature"), optional=measure_with_unit("deg"))
QUANTULUM_SCOPE = Scope(
    required=kind_in("cardinal", "fraction", "percent", "currency", "measure", "age")
)


@dataclass(frozen=True)
class Suite:
    """One suite file: how to load it, which of our mentions it judges, its unit table."""

    file: str
    load: Callable[[str], list[Case]]
    scope: Scope | None  # None: a NumberRangeModel file, scored by match_ranges
    units: UnitTable | None = None  # None: units are not compared
    target: float | None = None  # the pass rate tests/test_conformance.py asserts

    def score(self, case: Case, mentions: Sequence[Any]) -> list[str]:
        expected = scored(case)
        if self.scope is None:
            return match_ranges(case.input, expected, mentions)
        return match_numbers(case.input, expected, mentions, self.scope, self.units)


def scored(case: Case) -> list[Expected]:
    """The expected results a case is scored on: those with a value (or a range)."""
    return [e for e in case.expected if e.is_range or e.value is not None]


def unmapped_units(suite: Suite, cases: Iterable[Case]) -> set[str]:
    """Expected unit names that the suite's table does not know (a bug of this harness)."""
    if suite.units is None:
        return set()
    return {e.unit or "" for c in cases for e in scored(c) if e.unit not in suite.units}


RT = "recognizers-text/"
RTN, RTU = RT + "Number/", RT + "NumberWithUnit/"
QL = "quantulum3/"
SUITES: list[Suite] = [
    Suite(RTN + "NumberModel.json", load_recognizers, NUMBER_SCOPE, target=0.95),
    Suite(RTN + "NumberRangeModel.json", load_recognizers, None, target=0.95),
    Suite(RTN + "PercentModel.json", load_recognizers, PERCENT_SCOPE, target=0.90),
    Suite(RTN + "OrdinalModel.json", load_recognizers, ORDINAL_SCOPE, target=0.90),
    Suite(RTU + "AgeModel.json", load_recognizers, AGE_SCOPE, RT_AGE, 0.90),
    Suite(RTU + "CurrencyModel.json", load_recognizers, CURRENCY_SCOPE, RT_CURRENCY, 0.90),
    Suite(RTU + "DimensionModel.json", load_recognizers, DIMENSION_SCOPE, RT_DIMENSION, 0.90),
    Suite(RTU + "TemperatureModel.json", load_recognizers, TEMPERATURE_SCOPE, RT_TEMPERATURE, 0.90),
    Suite(QL + "quantities.json", load_quantulum, QUANTULUM_SCOPE, QUANTULUM_UNITS, 0.90),
    # Reported, not asserted.
    Suite(RTN + "NumberModelExperimentalMode.json", load_recognizers, NUMBER_SCOPE),
    Suite(RTN + "NumberModelPercentMode.json", load_recognizers, NUMBER_SCOPE),
    Suite(RTN + "NumberRangeModelExperimentalMode.json", load_recognizers, None),
    Suite(RTN + "PercentModelPercentMode.json", load_recognizers, PERCENT_SCOPE),
    Suite(RTN + "OrdinalModelSuppressExtendedTypes.json", load_recognizers, ORDINAL_SCOPE),
    Suite(QL + "quantities.ambiguity.json", load_quantulum, QUANTULUM_SCOPE, QUANTULUM_UNITS),
]
SUITES_BY_FILE = {s.file: s for s in SUITES}
ERRORS_FILE = "quantulum3/errors.json"


# --- allowlist ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AllowEntry:
    file: str
    input: str
    reason: str
    only: tuple[str, ...] = ()  # expected Texts exempted; empty: the whole case


def load_allowlist(path: Path = ALLOWLIST) -> list[AllowEntry]:
    with path.open("rb") as f:
        doc = tomllib.load(f)
    entries = []
    for item in doc.get("case", []):
        unknown = set(item) - {"file", "input", "reason", "only"}
        if unknown or not item.get("reason", "").strip():
            raise ValueError(f"bad allowlist entry {item!r}")
        entries.append(
            AllowEntry(item["file"], item["input"], item["reason"], tuple(item.get("only", ())))
        )
    return entries


def stale_entries(entries: Iterable[AllowEntry]) -> list[str]:
    """Entries whose file, input or exempted result no longer exists."""
    stale = []
    loaded: dict[str, list[Case]] = {}
    for entry in entries:
        suite = SUITES_BY_FILE.get(entry.file)
        if suite is None:
            stale.append(f"{entry.file}: no such suite")
            continue
        cases = loaded.setdefault(entry.file, suite.load(entry.file))
        matching = [c for c in cases if c.input == entry.input]
        if not matching:
            stale.append(f"{entry.file}: no case {entry.input!r}")
            continue
        for text in entry.only:
            if not any(e.text.lower() == text.lower() for c in matching for e in c.expected):
                stale.append(f"{entry.file}: {entry.input!r} expects no {text!r}")
    return stale


def passing_allowlisted(entries: Sequence[AllowEntry]) -> list[str]:
    """Whole-case entries whose case now passes as the suite expects: no longer a difference
    of convention, so the entry must go (an allowlist lists only what we answer differently)."""
    out = []
    for file in sorted({e.file for e in entries if not e.only}):
        suite = SUITES_BY_FILE.get(file)
        if suite is None:
            continue
        listed = {e.input for e in entries if e.file == file and not e.only}
        for o in run_suite(suite, allow=[]):
            # a case with nothing scored "passes" trivially; it stays listed (see the module doc)
            if o.passed and o.case.input in listed and scored(o.case):
                out.append(f"{file}: {o.case.input!r} passes")
    return out


# --- running -----------------------------------------------------------------------------------


def run_suite(suite: Suite, allow: Sequence[AllowEntry] | None = None) -> list[Outcome]:
    entries = load_allowlist() if allow is None else allow
    mine = [a for a in entries if a.file == suite.file]
    cases = suite.load(suite.file)
    unknown = unmapped_units(suite, cases)
    if unknown:
        raise KeyError(f"{suite.file}: no unit mapping for {sorted(unknown)}")
    outcomes = []
    for case in cases:
        hits = [a for a in mine if a.input == case.input]
        whole = next((a for a in hits if not a.only), None)
        exempt = {t.lower() for a in hits for t in a.only}
        exempted = [e for e in case.expected if e.text.lower() in exempt]
        kept = [e for e in case.expected if e.text.lower() not in exempt]
        # Our mentions over an exempted result answer it our way: neither scored nor extras.
        mentions = [
            m
            for m in crosscheck.find_quantities(case.input)
            if not any(m.start < e.end and e.start < m.end for e in exempted)
        ]
        problems = suite.score(
            Case(case.file, case.index, case.input, kept, case.not_supported), mentions
        )
        outcomes.append(
            Outcome(
                case,
                not problems,
                problems,
                allowlisted=whole.reason if whole else None,
                exempted=exempted,
            )
        )
    return outcomes


@dataclass
class Summary:
    file: str
    cases: int
    passed: int
    allowlisted: int
    failed: int
    py_ns_cases: int
    py_ns_passed: int
    target: float | None

    @property
    def rate(self) -> float:
        scored = self.cases - self.allowlisted
        return self.passed / scored if scored else 1.0


def summarize(suite: Suite, outcomes: Sequence[Outcome]) -> Summary:
    counted = [o for o in outcomes if o.allowlisted is None]
    py_ns = [o for o in counted if o.case.python_not_supported]
    return Summary(
        suite.file,
        len(outcomes),
        sum(o.passed for o in counted),
        len(outcomes) - len(counted),
        sum(not o.passed for o in counted),
        len(py_ns),
        sum(o.passed for o in py_ns),
        suite.target,
    )


def check_errors() -> list[str]:
    """Inputs that once crashed quantulum3: ours must return, not raise."""
    failures = []
    for text in json.loads((DATA / ERRORS_FILE).read_text(encoding="utf-8")):
        try:
            crosscheck.find_quantities(text)
            crosscheck.parse_quantity(text)
        except Exception as exc:  # reported, not hidden
            failures.append(f"{text!r}: {type(exc).__name__}: {exc}")
    return failures


def find_suite(name: str) -> Suite:
    if name in SUITES_BY_FILE:
        return SUITES_BY_FILE[name]
    exact = [s for s in SUITES if Path(s.file).name == name or Path(s.file).stem == name]
    if len(exact) == 1:
        return exact[0]
    partial = [s for s in SUITES if name.lower() in s.file.lower()]
    if len(partial) == 1:
        return partial[0]
    options = ", ".join(s.file for s in (exact or partial or SUITES))
    raise SystemExit(f"{name!r} names no single suite; one of: {options}")


def print_table(summaries: Sequence[Summary]) -> None:
    header = (
        f"{'file':<62} {'cases':>5} {'passed':>6} {'allow':>5} {'failed':>6} "
        f"{'rate':>7} {'target':>6}  py-NS"
    )
    print(header)
    print("-" * len(header))
    for s in summaries:
        target = f"{s.target:.0%}" if s.target is not None else "-"
        flag = "" if s.target is None or s.rate >= s.target else "  BELOW"
        py_ns = f"{s.py_ns_passed}/{s.py_ns_cases}" if s.py_ns_cases else "-"
        print(
            f"{s.file:<62} {s.cases:>5} {s.passed:>6} {s.allowlisted:>5} {s.failed:>6} "
            f"{s.rate:>7.1%} {target:>6}  {py_ns}{flag}"
        )


def print_failures(suite: Suite, outcomes: Sequence[Outcome], show_allowlisted: bool) -> None:
    for o in outcomes:
        if o.passed and not (show_allowlisted and o.exempted):
            continue
        if o.allowlisted is not None and not show_allowlisted:
            continue
        tag = "ALLOWLISTED" if o.allowlisted is not None else "FAIL"
        ns = f"  [NotSupported: {o.case.not_supported}]" if o.case.not_supported else ""
        print(f"\n{tag} #{o.case.index}: {o.case.input!r}{ns}")
        if o.allowlisted is not None:
            print(f"  reason: {o.allowlisted}")
        for e in o.case.expected:
            mark = " (exempted)" if e in o.exempted else ""
            print(f"  expected {e.describe()}{mark}")
        for p in o.problems:
            print(f"  - {p}")
        mentions = crosscheck.find_quantities(o.case.input)
        ours = "; ".join(describe_mention(m) for m in mentions) or "nothing"
        print(f"  ours: {ours}")
    del suite


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "-v",
        "--verbose",
        metavar="FILE",
        action="append",
        default=[],
        help="list the failing cases of FILE (a path, a name or a stem)",
    )
    parser.add_argument(
        "--allowlisted", action="store_true", help="with -v, also list allowlisted cases"
    )
    args = parser.parse_args(argv)
    allow = load_allowlist()
    summaries = []
    details = {find_suite(name).file for name in args.verbose}
    for suite in SUITES:
        outcomes = run_suite(suite, allow)
        summaries.append(summarize(suite, outcomes))
        if suite.file in details:
            print(f"=== {suite.file}")
            print_failures(suite, outcomes, args.allowlisted)
            print()
    print_table(summaries)
    errors = check_errors()
    print(
        "\nrate = passed / (cases - allowlisted); py-NS = passed / scored among the cases that "
        "Recognizers-Text marks NotSupported for its Python port"
    )
    print(f"{ERRORS_FILE}: {'ok' if not errors else '; '.join(errors)}")
    stale = stale_entries(allow) + passing_allowlisted(allow)
    if stale:
        print("stale allowlist entries:\n  " + "\n  ".join(stale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
