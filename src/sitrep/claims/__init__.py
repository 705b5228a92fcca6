"""Claims: attribution (quotes and reported speech), stance and claims built on it.

Importing this package registers the ``sitrep_attribution`` spaCy factory."""
from .attribution import Attribution, extract

__all__ = ["Attribution", "extract"]
