"""Shapes of the generalisation harness beyond the ones the cleaners were written for, one module
per artefact class: dates, date lines and reading times (generalisation_shapes_dates), bylines and
source lines (_bylines), comment threads (_threads), dumps of every grammar (_dumps), article text
that looks like an artefact (_negatives), credits, prompts and donation widgets (_widgets). Every
generator returns the lines and their gold; this module gathers their names for the harnesses.

The word data is the harness's own, written apart from cleaners/lang on purpose: a shape the
language files miss is a finding, not a test to adjust.
"""
from .generalisation_shapes_dates import (MONTHS, MONTH_NUMBERS, WEEKDAYS, DATE_FORMATS, TIME_FORMATS,
                                          TIME_JOINS, LABELS, READING, date, UPDATED, date_line, reading)
from .generalisation_shapes_bylines import (BY, ROLES, AND, SOURCE, NAMES, LATIN_NAMES, AGENCIES, names,
                                            byline, source_line)
from .generalisation_shapes_threads import (WROTE, ON, REPLY_TO, COMMENTS, TEXTS, BULLETS, INDENTS, HEADERS,
                                            AGO, REPLY_CONTROL, MORE, thread)
from .generalisation_shapes_dumps import TITLE_KEYS, dump
from .generalisation_shapes_negatives import NNBSP, NEGATIVES, CODE_SAMPLE, BY_HEADLINES, negatives
from .generalisation_shapes_widgets import (CREDIT, ENLARGE, APPEALS, CURRENCIES, credit, enlarge, appeal,
                                            ladder)

__all__ = ["MONTHS", "MONTH_NUMBERS", "WEEKDAYS", "DATE_FORMATS", "TIME_FORMATS", "TIME_JOINS", "LABELS",
           "READING", "date", "UPDATED", "date_line", "reading", "BY", "ROLES", "AND", "SOURCE", "NAMES",
           "LATIN_NAMES", "AGENCIES", "names", "byline", "source_line", "WROTE", "ON", "REPLY_TO", "COMMENTS",
           "TEXTS", "BULLETS", "INDENTS", "HEADERS", "AGO", "REPLY_CONTROL", "MORE", "thread", "TITLE_KEYS",
           "dump", "NNBSP", "NEGATIVES", "CODE_SAMPLE", "BY_HEADLINES", "negatives", "CREDIT", "ENLARGE",
           "APPEALS", "CURRENCIES", "credit", "enlarge", "appeal", "ladder"]
