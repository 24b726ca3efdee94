"""A small Prometheus registry: counters, gauges, fixed-bucket histograms, text format 0.0.4.

Everything runs in one event loop, so updates need no lock; label values are passed
positionally, in the order the metric declared its label names.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import ClassVar, Final, TypeVar

CONTENT_TYPE: Final = "text/plain; version=0.0.4; charset=utf-8"
# Request latencies in seconds, from a cache hit to a slow export.
DEFAULT_BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                          5.0, 10.0)


class _Metric:
    """One metric family: a name, a help line, label names and a value per label tuple."""

    kind: ClassVar[str]

    def __init__(self, name: str, help_text: str, labels: Sequence[str] = ()) -> None:
        self.name = name
        self.help_text = help_text
        self.label_names = tuple(labels)

    def _key(self, values: tuple[str, ...]) -> tuple[str, ...]:
        if len(values) != len(self.label_names):
            raise ValueError(f"{self.name} takes labels {self.label_names}, got {values}")
        return values

    def _labels(self, values: tuple[str, ...], extra: str = "") -> str:
        pairs = [f'{n}="{_escape_label(v)}"' for n, v in zip(self.label_names, values,
                                                              strict=True)]
        if extra:
            pairs.append(extra)
        return "{" + ",".join(pairs) + "}" if pairs else ""

    def samples(self) -> Iterator[str]:
        """The sample lines of this family."""
        raise NotImplementedError

    def render(self) -> Iterator[str]:
        """The HELP and TYPE lines, then the samples."""
        yield f"# HELP {self.name} {_escape_help(self.help_text)}"
        yield f"# TYPE {self.name} {self.kind}"
        yield from self.samples()


class Counter(_Metric):
    """A value that only goes up (name it `..._total`)."""

    kind = "counter"

    def __init__(self, name: str, help_text: str, labels: Sequence[str] = ()) -> None:
        super().__init__(name, help_text, labels)
        self._values: dict[tuple[str, ...], float] = {}

    def inc(self, *labels: str, amount: float = 1.0) -> None:
        """Add `amount` (never negative) to the series of `labels`."""
        if amount < 0:
            raise ValueError("a counter cannot go down")
        key = self._key(labels)
        self._values[key] = self._values.get(key, 0.0) + amount

    def value(self, *labels: str) -> float:
        """The current value of one series (0 when never incremented)."""
        return self._values.get(labels, 0.0)

    def samples(self) -> Iterator[str]:
        """One line per series."""
        for key, value in sorted(self._values.items()):
            yield f"{self.name}{self._labels(key)} {_number(value)}"


class Gauge(Counter):
    """A value that goes up and down, or is set outright."""

    kind = "gauge"

    def set(self, value: float, *labels: str) -> None:
        """Make the series of `labels` equal to `value`."""
        self._values[self._key(labels)] = float(value)

    def inc(self, *labels: str, amount: float = 1.0) -> None:
        """Add `amount` (which may be negative) to the series of `labels`."""
        key = self._key(labels)
        self._values[key] = self._values.get(key, 0.0) + amount


class Histogram(_Metric):
    """Observations counted into fixed buckets, with their sum and count."""

    kind = "histogram"

    def __init__(self, name: str, help_text: str, labels: Sequence[str] = (),
                 buckets: Sequence[float] = DEFAULT_BUCKETS) -> None:
        super().__init__(name, help_text, labels)
        if list(buckets) != sorted(set(buckets)) or not buckets:
            raise ValueError("buckets must be distinct and increasing")
        self.buckets = tuple(float(b) for b in buckets if not math.isinf(b))
        # Per series: a count per bucket (the last one is +Inf), then the sum.
        self._series: dict[tuple[str, ...], tuple[list[int], list[float]]] = {}

    def observe(self, value: float, *labels: str) -> None:
        """Count `value` in the series of `labels`."""
        key = self._key(labels)
        series = self._series.get(key)
        if series is None:
            series = self._series[key] = ([0] * (len(self.buckets) + 1), [0.0])
        # `le` buckets are inclusive: a value equal to a bound belongs to that bucket.
        series[0][bisect_left(self.buckets, value)] += 1
        series[1][0] += value

    def count(self, *labels: str) -> int:
        """How many observations the series of `labels` holds."""
        series = self._series.get(labels)
        return sum(series[0]) if series else 0

    def samples(self) -> Iterator[str]:
        """Cumulative buckets, `+Inf`, sum and count per series."""
        for key, (counts, total) in sorted(self._series.items()):
            cumulative = 0
            for bound, count in zip((*self.buckets, math.inf), counts, strict=True):
                cumulative += count
                le = 'le="' + _number(bound) + '"'
                yield f"{self.name}_bucket{self._labels(key, le)} {cumulative}"
            yield f"{self.name}_sum{self._labels(key)} {_number(total[0])}"
            yield f"{self.name}_count{self._labels(key)} {cumulative}"


_M = TypeVar("_M", bound=_Metric)


class MetricsRegistry:
    """The metric families of a process, rendered together."""

    def __init__(self) -> None:
        self._metrics: dict[str, _Metric] = {}

    def counter(self, name: str, help_text: str, labels: Sequence[str] = ()) -> Counter:
        """Register and return a counter."""
        return self._add(Counter(name, help_text, labels))

    def gauge(self, name: str, help_text: str, labels: Sequence[str] = ()) -> Gauge:
        """Register and return a gauge."""
        return self._add(Gauge(name, help_text, labels))

    def histogram(self, name: str, help_text: str, labels: Sequence[str] = (),
                  buckets: Sequence[float] = DEFAULT_BUCKETS) -> Histogram:
        """Register and return a histogram."""
        return self._add(Histogram(name, help_text, labels, buckets))

    def _add(self, metric: _M) -> _M:
        if metric.name in self._metrics:
            raise ValueError(f"metric {metric.name} is already registered")
        self._metrics[metric.name] = metric
        return metric

    def render(self) -> str:
        """Every family in the Prometheus text exposition format 0.0.4."""
        lines = [line for metric in self._metrics.values() for line in metric.render()]
        return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if math.isnan(value):
        return "NaN"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _escape_label(value: str) -> str:
    return value.replace("\\", r"\\").replace("\n", r"\n").replace('"', r"\"")


def _escape_help(value: str) -> str:
    return value.replace("\\", r"\\").replace("\n", r"\n")
