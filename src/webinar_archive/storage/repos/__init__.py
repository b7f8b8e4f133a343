"""Repositories per aggregate, each working inside one unit of work and returning domain records."""
