"""Ingestion: load → clean → chunk → embed → store. Entry point: `ingest.pipeline.ingest`."""

from assistant.offline import keep_offline

keep_offline()
