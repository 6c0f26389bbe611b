"""Admin hooks that keep each agency inside its own portal."""
