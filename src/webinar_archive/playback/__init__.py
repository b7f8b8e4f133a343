"""Media playback behind a small backend interface (VLC and a fake)."""
