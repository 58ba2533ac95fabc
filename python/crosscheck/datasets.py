"""Example corpora shipped inside the package.

The texts are read with :mod:`importlib.resources`, so they load the same way from a source
checkout, an editable install or an installed wheel, and need no network.

Datasets
--------
idlib-2020
    Five real news reports, from different outlets, on the clashes between Turkish and Syrian
    forces in Idlib province on 2020-02-03 and 2020-02-10: the same events told with different
    numbers, attributions and wording. Load it with :func:`load_idlib`.
"""

from __future__ import annotations

import csv
import io
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["load_idlib"]

_IDLIB = "idlib-2020"


def load_idlib() -> pd.DataFrame:
    """Load the bundled idlib-2020 corpus: five news reports, one row each.

    Returns
    -------
    pandas.DataFrame
        One row per report, in the order of the corpus manifest, with the columns

        ``id`` : str
            The report's id, ``"000"`` to ``"004"``.
        ``text`` : str
            The report exactly as stored (UTF-8, line endings and quirks untouched), so that
            the offsets crosscheck returns index straight into it.
        ``published`` : datetime64[ns]
            The day the report was published.

    See Also
    --------
    crosscheck.quantities : every number phrase in a list of texts, as a DataFrame.

    Examples
    --------
    >>> from crosscheck.datasets import load_idlib
    >>> docs = load_idlib()
    >>> docs.shape
    (5, 3)
    >>> list(docs.columns)
    ['id', 'text', 'published']
    >>> docs["id"].tolist()
    ['000', '001', '002', '003', '004']
    >>> str(docs["published"].dtype)
    'datetime64[ns]'
    >>> docs.loc[0, "published"].strftime("%Y-%m-%d")
    '2020-02-10'
    >>> "A hundred and one troops" in docs.loc[0, "text"]
    True
    """
    import pandas as pd

    root = resources.files("crosscheck") / "data" / _IDLIB
    manifest = (root / "manifest.csv").read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(manifest, newline="")))
    # Bytes, then decode: reading in text mode would translate line endings and shift offsets.
    texts = [(root / row["file"]).read_bytes().decode("utf-8") for row in rows]
    published = pd.to_datetime([row["published"] for row in rows], format="%Y-%m-%d")
    return pd.DataFrame(
        {
            "id": pd.Series([row["id"] for row in rows], dtype=str),
            "text": pd.Series(texts, dtype=str),
            "published": pd.Series(published, dtype="datetime64[ns]"),
        }
    )
