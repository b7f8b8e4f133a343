"""Persistence of the catalogue: SQLAlchemy models, migrations, repositories and the file store."""
