"""The worst-case benchmarks' forked child: a result comes back, an error is reported with its type, a call past
its cap is killed (None), never waited on."""
import time

import pytest

from benchmarks.capped import ChildError, run_capped


def _double(x):
    return 2 * x


def _fail(message):
    raise ValueError(message)


def _sleep(seconds):
    time.sleep(seconds)
    return "woke"


def test_the_childs_result_comes_back():
    assert run_capped(_double, (21,), cap=30) == 42


def test_an_error_in_the_child_is_reported_with_its_type():
    with pytest.raises(ChildError, match="ValueError: bad input"):
        run_capped(_fail, ("bad input",), cap=30)


def test_a_call_past_its_cap_gives_none():
    assert run_capped(_sleep, (60,), cap=0.5) is None
