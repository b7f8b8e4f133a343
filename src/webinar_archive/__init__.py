"""Webinar Archive: a desktop archive for recorded webinar sessions."""

__version__ = "0.1.0"
APP_NAME = "Webinar Archive"
APP_ID = "webinar-archive"
