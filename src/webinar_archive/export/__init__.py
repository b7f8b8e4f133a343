"""Writing the catalogue out: PDF briefs (reportlab), JSON and CSV exchange."""
