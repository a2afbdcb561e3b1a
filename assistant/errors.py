"""One tree of exceptions; the shells (CLI, app) turn them into exit codes and messages."""


class SpinewiseError(Exception):
    """Base of every error Spinewise raises on purpose; the message says what to do."""


class ConfigError(SpinewiseError):
    """A setting is wrong or something it names cannot be found."""


class ModelNotFoundError(ConfigError):
    """The embedding model is neither bundled nor a local folder."""


class StoreError(SpinewiseError):
    """The vector store or keyword index cannot be read or written."""


class EmptyIndexError(StoreError):
    """A question was asked before anything was ingested."""


class LoadError(SpinewiseError):
    """One source file cannot be turned into articles; ingestion reports it and goes on."""


class InvalidQuestionError(SpinewiseError):
    """The question is empty, too long or not text."""
