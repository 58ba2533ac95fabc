"""The ``DataFrame.crosscheck`` accessor: crosscheck on the columns of a DataFrame.

Registered when :mod:`crosscheck` is imported, the way pandas extensions are::

    claims = news.crosscheck.extract(text="body", id="url", published="date")
    rec = claims.crosscheck.reconcile()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from crosscheck.reconcile import Reconciliation


@pd.api.extensions.register_dataframe_accessor("crosscheck")
class CrosscheckAccessor:
    """crosscheck on a DataFrame's columns (``df.crosscheck``).

    Examples
    --------
    >>> import crosscheck, pandas as pd
    >>> news = pd.DataFrame({"body": ["Floods displaced 2,000 people on Monday."],
    ...                      "day": pd.to_datetime(["2021-03-17"])})
    >>> claims = news.crosscheck.extract(text="body", published="day")
    >>> claims[["mention", "event", "date_from"]].values.tolist()
    [['2,000', 'displace', Timestamp('2021-03-15 00:00:00')]]
    >>> claims.crosscheck.reconcile().clusters["verdict"].tolist()
    ['single']
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def _column(self, name: str | None, what: str) -> pd.Series | None:
        if name is None:
            return None
        if name not in self._frame.columns:
            raise KeyError(f"{what}={name!r} is not a column; columns: {list(self._frame.columns)}")
        return self._frame[name]

    def extract(
        self,
        text: str = "text",
        id: str | None = None,  # the name users pass
        published: str | None = None,
        **options: Any,
    ) -> Any:
        """:func:`crosscheck.extract` on the column ``text``, with ids and days from columns.

        Without ``id``, the ids are the DataFrame's index as strings.
        """
        from crosscheck.claims import extract

        texts = self._column(text, "text")
        assert texts is not None
        ids = self._column(id, "id")
        ids_list = ids.tolist() if ids is not None else [str(i) for i in self._frame.index]
        days = self._column(published, "published")
        return extract(texts, ids=ids_list, published=days, **options)

    def quantities(self, text: str = "text", id: str | None = None, **options: Any) -> pd.DataFrame:
        """:func:`crosscheck.quantities` on the column ``text``."""
        from crosscheck.frame import quantities

        texts = self._column(text, "text")
        assert texts is not None
        ids = self._column(id, "id")
        ids_list = ids.tolist() if ids is not None else [str(i) for i in self._frame.index]
        return quantities(texts, ids=ids_list, **options)

    def reconcile(self, policy: str = "ucdp", **options: Any) -> Reconciliation:
        """:func:`crosscheck.reconcile` on this claims table."""
        from crosscheck.reconcile import reconcile

        return reconcile(self._frame, policy=policy, **options)  # type: ignore[arg-type]
