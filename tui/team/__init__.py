"""tui.team: see the package's modules."""
