"""Speed comparisons against peers; never part of the test suite (see docs/performance.md)."""
