"""Scoring extractors against the gold set: matching, metrics, intervals, reports.

>>> from newsgold.eval import score_documents, paired_test
"""

from newsgold.eval.scoring import ScoreResult, paired_test, score_documents

__all__ = ["ScoreResult", "paired_test", "score_documents"]
