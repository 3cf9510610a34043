"""Persian app calls that close their line (cleaners/lang/fa.toml ``closing_call``): "... را دانلود کنید"; a sentence
reporting a download stays."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("line", [
    "اپلیکیشن ایران‌نما را از بازار و مایکت دانلود کنید",
    "نسخه جدید اپ را از سایت ما دانلود کنید",
])
def test_a_persian_app_call_closing_its_line_goes(line):
    doc = run_cleaner(ReaderCalls, "\n\n".join([SENTENCES["fa"], line, SENTENCES["fa"]]), language="fa")
    assert texts(doc) == [SENTENCES["fa"], SENTENCES["fa"]]


def test_a_sentence_reporting_a_download_stays():
    line = "به گفته وزارت ارتباطات، بیش از یک میلیون نفر این برنامه را در هفته نخست دانلود کردند."
    doc = run_cleaner(ReaderCalls, "\n\n".join([SENTENCES["fa"], line, SENTENCES["fa"]]), language="fa")
    assert line in texts(doc)
