"""Type stubs for the Rust extension ``crosscheck._core``."""

from collections.abc import Iterable
from typing import Any, final

__all__ = [
    "CrosscheckError",
    "Lexicon",
    "LexiconError",
    "Mention",
    "Quantity",
    "__version__",
    "_claim_columns",
    "_quantity_columns",
    "_reconcile",
    "_stories",
    "find_quantities",
    "parse_quantity",
]

__version__: str

class CrosscheckError(Exception):
    """Base class of the errors crosscheck raises."""

class LexiconError(CrosscheckError):
    """A lexicon could not be loaded."""

@final
class Quantity:
    """An amount as an interval: ``low <= value <= high``."""

    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def value(self) -> float: ...
    @property
    def approx(self) -> bool: ...
    @property
    def unit(self) -> str: ...
    @property
    def modifier(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Mention:
    """One number phrase found in a text; ``text == source[start:end]``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def quantity(self) -> Quantity | None: ...
    @property
    def is_count(self) -> bool: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Lexicon:
    """The built-in lexicons, optionally extended with TOML.

    The TOML has the shape of the files in ``src/lexicon/``: ``[[unit]]``, ``[before]`` and
    ``[after]`` modifiers, ``[events.<event>]`` (``verbs``, ``nouns``, ``not``,
    ``subject_verbs``), ``[counted.<class>]`` (``family``, ``nouns``), ``[[actor]]``,
    ``[[place]]``, ``[[source]]``, ``[[institution]]``, ``[attribution]``, ``[hedges]``,
    ``[revisions]``; the number words, ``[numbers.<table>]`` (``units``, ``teens``,
    ``tens``, ``scales``, ``ordinals``, ``fraction_nouns``, ``scale_suffixes``, …: e.g.
    ``[numbers.tens] fourscore = 80``); the words read around a number, ``[grammar]``
    (``year_cues``, ``count_nouns``, ``identifier_nouns``, …); and the segmenter's words,
    ``[sentences]`` (``abbreviations``, ``starters``, ``line_continues_after``); and calendar
    words (``[[calendar.month]]`` and ``[[calendar.weekday]]`` with ``number``, ``names``,
    ``abbreviations``).
    """

    def __new__(cls, toml: str | None = None) -> Lexicon: ...
    def extend(self, toml: str) -> Lexicon: ...
    @property
    def units(self) -> list[str]: ...

def parse_quantity(phrase: str, lexicon: Lexicon | None = None) -> Quantity | None: ...
def find_quantities(text: str, lexicon: Lexicon | None = None) -> list[Mention]: ...
def _quantity_columns(
    texts: Iterable[str], threads: int | None = None, lexicon: Lexicon | None = None
) -> dict[str, list[Any]]: ...
def _claim_columns(
    texts: Iterable[Any],
    published: list[str | None],
    threads: int | None = None,
    lexicon: Lexicon | None = None,
    first: int = 0,
) -> dict[str, Any]: ...
def _stories(
    texts: list[str],
    published: list[int | None],
    lexicon: Lexicon | None = None,
) -> list[int]: ...
def _reconcile(
    columns: dict[str, list[Any]],
    policy: str = "ucdp",
    threads: int | None = None,
    lexicon: Lexicon | None = None,
) -> dict[str, Any]: ...
