"""The recording player: a controller over a media backend and the widget that shows it."""
