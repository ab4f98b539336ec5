"""Information extractors scored by newsgold, and the plugin interface for others.

Built in (entry point group ``newsgold.extractors``): ``spacy`` (entities),
``dates`` (DATE with a normalised ``value``), ``quotes`` (QUOTE, speaker PERSON,
``said_by``) and, with the ``quotes-peer`` extra, ``textacy-quotes``.
Importing this package does not import spaCy; extractors load it on first use.
"""

from newsgold.extractors.base import Extractor
from newsgold.extractors.predictions_file import parse_pred_option, predictions_file_extractor
from newsgold.extractors.registry import available_extractors, get_extractor

__all__ = [
    "Extractor",
    "available_extractors",
    "get_extractor",
    "parse_pred_option",
    "predictions_file_extractor",
]
