"""The error catalogue: every error a user can cause, with a message a person understands."""


class SitrepError(Exception):
    """Base of all errors sitrep reports to users; the CLI prints `str(err)` on one line."""

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(SitrepError):
    """The input could not be read as an article (empty, binary, undecodable, too large...)."""


class UnsupportedInput(InputError):
    """A file of a type sitrep does not read."""


class NotEnglish(InputError):
    """The article is not in English; sitrep's pipeline is English-only."""


class StoreError(SitrepError):
    """The database could not be opened or written."""


class ModelMissing(SitrepError):
    """The spaCy model or the gazetteer index is not installed."""
