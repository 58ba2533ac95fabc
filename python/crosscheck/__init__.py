"""crosscheck: quantitative claims out of news reports, reconciled across sources.

The engine is Rust (``crosscheck._core``); this package is the thin, typed Python on top.

Examples
--------
>>> import crosscheck as cx
>>> cx.parse_quantity("3.6 million")
Quantity(low=3550000.0, high=3650000.0, value=3600000.0, approx=False, unit='count', modifier=None)
>>> [(m.text, m.kind) for m in cx.find_quantities("In 2018, nearly 700,000 people fled.")]
[('2018', 'year'), ('nearly 700,000', 'cardinal')]
"""

from __future__ import annotations

from crosscheck import accessor as accessor  # registers DataFrame.crosscheck
from crosscheck._core import (
    CrosscheckError,
    Lexicon,
    LexiconError,
    Mention,
    Quantity,
    __version__,
    find_quantities,
    parse_quantity,
)
from crosscheck.claims import extract
from crosscheck.frame import quantities
from crosscheck.reconcile import Reconciliation, reconcile

__all__ = [
    "CrosscheckError",
    "Lexicon",
    "LexiconError",
    "Mention",
    "Quantity",
    "Reconciliation",
    "__version__",
    "extract",
    "find_quantities",
    "parse_quantity",
    "quantities",
    "reconcile",
]
