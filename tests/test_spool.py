"""rkt_xl.spool: what goes into the temporary file comes back, by handle and in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rkt_xl.spool import Spool

items = st.lists(st.one_of(st.text(max_size=20), st.integers(), st.tuples(st.text(max_size=5), st.none())),
                 max_size=30)


@settings(max_examples=50, deadline=None)
@given(items)
def test_round_trip_by_handle_and_in_order(values):
    spool = Spool()
    handles = [spool.put(v) for v in values]
    assert handles == list(range(len(values))) and len(spool) == len(values)
    assert list(spool) == values
    assert [spool.get(h) for h in reversed(handles)] == values[::-1]
    spool.close()


def test_puts_after_reads_append_and_close_twice():
    spool = Spool()
    assert list(spool) == []
    spool.put("a")
    assert spool.get(0) == "a"
    spool.put(("b", 2))
    assert list(spool) == ["a", ("b", 2)]
    spool.close()
    spool.close()
