"""Scoring extractors against the gold set: matching, metrics, intervals, reports."""
