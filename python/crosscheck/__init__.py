"""crosscheck: quantitative claims out of news reports, reconciled across sources.

The engine is Rust (``crosscheck._core``); this package is the thin, typed Python on top.

The five-line tour (the bundled reports, their claims, one reconciled account):

>>> import crosscheck as cx
>>> docs = cx.datasets.load_idlib()
>>> claims = cx.extract(docs["text"], ids=docs["id"], published=docs["published"])
>>> rec = cx.reconcile(claims)
>>> rec.clusters.loc[rec.clusters["verdict"] != "single", ["what", "side", "verdict"]].head(3)
       what   side verdict
0    target  Syria   agree
1   soldier  Syria   agree
2   soldier Turkey   agree

Examples
--------
>>> cx.parse_quantity("3.6 million")
Quantity(low=3550000.0, high=3650000.0, value=3600000.0, approx=False, unit='count', modifier=None)
>>> [(m.text, m.kind) for m in cx.find_quantities("In 2018, nearly 700,000 people fled.")]
[('2018', 'year'), ('nearly 700,000', 'cardinal')]
"""

from __future__ import annotations

from crosscheck import accessor as accessor  # registers DataFrame.crosscheck
from crosscheck import datasets, display, io, plot
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
from crosscheck.reconcile import Reconciliation, reconcile, stories

__all__ = [
    "CrosscheckError",
    "Lexicon",
    "LexiconError",
    "Mention",
    "Quantity",
    "Reconciliation",
    "__version__",
    "datasets",
    "display",
    "extract",
    "find_quantities",
    "io",
    "parse_quantity",
    "plot",
    "quantities",
    "reconcile",
    "stories",
]
