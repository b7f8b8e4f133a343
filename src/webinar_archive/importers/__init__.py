"""Turning outside material (web pages, folders, JSON, CSV) into session drafts."""
