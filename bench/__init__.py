"""The benchmark suite of issue 8: ``python -m bench`` (or ``make bench``).

Every figure is printed as a ratio against a baseline measured in the same run on the same
machine (raw libyaml parse and dump, a minimal Textual app, one 60 Hz frame), so the numbers
mean the same on a fast laptop and a small server.
"""
