"""The kinds are checked in one place: the CLI's usage error says what the API's ValueError or
TypeError says (session 6, final mend)."""

import pytest

from seedreader.errors import UsageError
from seedreader.facts import FactTally
from seedreader.facts.render import check_options


@pytest.mark.parametrize("kind", ["dates", ["date", "percnt"], "x" * 300, [5]])
def test_usage_error_says_what_the_api_says(kind):
    with pytest.raises((ValueError, TypeError)) as api:
        FactTally((), (), (), ()).filtered(kind=kind)
    with pytest.raises(UsageError) as cli:
        check_options("text", kind)
    assert str(cli.value) == str(api.value)


def test_a_long_kind_is_clipped_in_both():
    with pytest.raises(ValueError) as api:
        FactTally((), (), (), ()).filtered(kind="x" * 300)
    assert len(str(api.value)) < 300 and "…" in str(api.value)


def test_known_kinds_pass():
    check_options("json", ["date", "percent", "date"])
    check_options("csv", None)
