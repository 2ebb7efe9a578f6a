"""Exceptions: one root, one subclass per kind of failure, picklable, with structured fields."""

from __future__ import annotations


class DetenteError(Exception):
    """Root of every error detente raises on purpose.

    ``stage`` names the stage, ``article_id`` the article (when there is one) and
    ``origin`` the file (and line) it came from, so a message can always say where.
    """

    stage = "detente"

    def __init__(self, message: str, *, article_id: str | None = None, origin: str | None = None):
        super().__init__(message)
        self.message = message
        self.article_id = article_id
        self.origin = origin

    def __reduce__(self):
        return (_rebuild, (type(self), self.message, self.article_id, self.origin))

    def __str__(self) -> str:
        where = self.origin or self.article_id
        return f"{where}: {self.message}" if where else self.message


def _rebuild(cls, message, article_id, origin):
    return cls(message, article_id=article_id, origin=origin)


class UsageError(DetenteError):
    """Bad arguments from a caller: a wrong option value, a missing file."""

    stage = "usage"


class PipelineError(DetenteError):
    """The stages do not fit together: one reads a field no earlier stage writes (raised
    when the pipeline is built, before any article is read)."""

    stage = "pipeline"


class StageError(DetenteError):
    """A stage failed on one article; ``stage`` names it and the original error is chained
    (``__cause__``). The article becomes a rejection naming the stage."""

    def __init__(self, message: str, *, stage: str = "coding", article_id: str | None = None,
                 origin: str | None = None):
        super().__init__(message, article_id=article_id, origin=origin)
        self.stage = stage

    def __reduce__(self):
        return (_rebuild_stage_error, (self.message, self.stage, self.article_id, self.origin))


def _rebuild_stage_error(message, stage, article_id, origin):
    return StageError(message, stage=stage, article_id=article_id, origin=origin)


class NlpError(DetenteError):
    """The language pipeline could not be loaded or run."""

    stage = "nlp"


class ResourceError(DetenteError):
    """A data file (dictionary, ontology, gazetteer) is missing or malformed."""

    stage = "resources"


class ActorError(DetenteError):
    """An actor dictionary (bundled or the user's ``--actors`` file) is malformed."""

    stage = "actors"


class StoreError(DetenteError):
    """The database could not be opened, migrated or written."""

    stage = "store"


class EvaluationError(DetenteError):
    """A gold file could not be read."""

    stage = "evaluate"
