"""tui.export: see the package's modules."""
