"""Use cases of the archive (no Qt, no SQLAlchemy): what the CLI and the GUI both call."""
