"""tui.generate: see the package's modules."""
