"""Building a gold folder from annotations, whatever tool they came from.

An annotation tool's client (Label Studio: :mod:`newsgold.annotate.pull`)
only has to supply :class:`~newsgold.goldset.annotations.Annotation` objects
(span documents, who made them, whether one is marked ground truth) and a
description of where they came from. Everything else lives here, once:

* :mod:`~newsgold.goldset.annotations`: choosing the gold annotation of each document;
* :mod:`~newsgold.goldset.diff`: what changed in a document, in words a reviewer reads;
* :mod:`~newsgold.goldset.merge`: the pulled annotations merged into the local folder
  (additions are free, changes need ``force``, deletions need ``prune``);
* :mod:`~newsgold.goldset.folder`: replacing the folder as a whole, so an
  interruption leaves the old folder or the new one, never a mix;
* :mod:`~newsgold.goldset.build`: the files (gold, per-annotator, agreement, provenance).
"""
