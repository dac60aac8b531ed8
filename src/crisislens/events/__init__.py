"""The event coder's pieces that are not the per-article engine: dictionary readers and generators."""
