"""Benchmarks: each prints JSON with its numbers next to a baseline measured in the same run."""
