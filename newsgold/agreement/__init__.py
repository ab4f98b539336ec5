"""Inter-annotator agreement over span documents, independent of the annotation tool.

:mod:`newsgold.agreement.pairwise` has the pairwise figures (span F1 per label,
said_by, DATE values, token kappa); the gold builder
(:mod:`newsgold.goldset`) writes them to ``agreement.json`` / ``agreement.md``.
"""

from newsgold.agreement.pairwise import agreement_markdown, agreement_report, content_key, pair_agreement, token_labels

__all__ = ["agreement_markdown", "agreement_report", "content_key", "pair_agreement", "token_labels"]
