"""The recording player: an engine over a media backend and the widget that shows it."""
