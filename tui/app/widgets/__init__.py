"""Widgets of the review app: item lists, panes, detail and source views."""
