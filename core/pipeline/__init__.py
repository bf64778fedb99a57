"""Ingest → clean → (annotate) pipeline stages."""
