"""Pilot tests of the review loop: dialogs, annotation keys, saving, recovery."""
