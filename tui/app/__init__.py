"""The Textual layer of briefing-tui: the review app, its screens, widgets and dialogs."""
