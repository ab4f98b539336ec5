"""newsgold: a human-made gold set for news articles, and extractors scored against it.

Core pieces shared by every area: the label schema (:mod:`newsgold.schema`),
the span document format (:mod:`newsgold.spandoc`), corpus reading
(:mod:`newsgold.corpus`) and the console script (:mod:`newsgold.cli`).
"""
