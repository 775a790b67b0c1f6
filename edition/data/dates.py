"""Dates as the texts give them: ISO 8601 at a stated precision (day, month, year, decade, range).

Small pure functions that raise `ValueError` with the reason, tested as a table of cases.
A date stands for the span it names: "1986" is all of 1986, "1986-07" all of July.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
FORMS = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}
PRECISIONS = [*FORMS, "decade", "range"]


def parse(text: str) -> tuple[date, date, str]:
    """`text` as (first day, last day, precision); ValueError if it is not an ISO date."""
    match = ISO.match(text or "")
    if not match:
        raise ValueError(f'"{text}" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)')
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    if not 1 <= month <= 12:
        raise ValueError(f'"{text}" is not a date: month {month} does not exist')
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, 1), date(year, month, last), "month"
    if not 1 <= day <= last:
        raise ValueError(f'"{text}" is not a date: {calendar.month_name[month]} {year} has no day {day}')
    return date(year, month, day), date(year, month, day), "day"


def check_stated(value: str, precision: str, end_value: str | None) -> tuple[date, date]:
    """The span of a chronology row's date; ValueError(column, message) when it is malformed."""
    end_value = end_value or None
    if precision in FORMS:
        start, end, found = _parse_as("date", value)
        if found != precision:
            raise ValueError("date", f'"{value}" is not a date at precision "{precision}" ({FORMS[precision]})')
        if end_value:
            raise ValueError("end_date", f'end_date "{end_value}" is given, but precision "{precision}" has none '
                                         "(only a range or a decade has an end)")
        return start, end
    if precision == "decade":
        start, _, found = _parse_as("date", value)
        if found != "year" or int(value) % 10:
            raise ValueError("date", f'"{value}" is not the first year of a decade (precision "decade": YYY0)')
        expected = str(int(value) + 9)
        if end_value != expected:
            raise ValueError("end_date", f'end_date of the decade {value}s must be {expected}, not "{end_value or ""}"')
        return start, date(int(expected), 12, 31)
    if precision == "range":
        start, _, _ = _parse_as("date", value)
        if not end_value:
            raise ValueError("end_date", 'precision "range" needs an end_date')
        end_start, end, _ = _parse_as("end_date", end_value)
        if end_start <= start:
            raise ValueError("end_date", f'end_date "{end_value}" is not after date "{value}"')
        return start, end
    raise ValueError("precision", f'"{precision}" is not a precision (day, month, year, decade, range)')


def _parse_as(column: str, value: str) -> tuple[date, date, str]:
    try:
        return parse(value)
    except ValueError as error:
        raise ValueError(column, str(error)) from None

