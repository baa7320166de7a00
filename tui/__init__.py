"""briefing-tui: review, annotate and save intelligence briefings in the terminal."""

__version__ = "0.1.0"
