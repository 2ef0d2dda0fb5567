"""One base exception for the project and its few subclasses."""


class AugenhoeheError(Exception):
    """Base class of every error the project raises on purpose."""


class ValidationError(AugenhoeheError):
    """Input that breaks a domain rule; the message is German and meant for the user."""


class ConflictError(AugenhoeheError):
    """Someone else changed the object since it was loaded (optimistic locking)."""


class NotFound(AugenhoeheError):
    """The object does not exist, or the actor may not know that it exists."""


class PermissionDenied(AugenhoeheError):
    """The actor may not see or change this object."""


class NotAllowedUnderRegime(ValidationError):
    """The action does not exist under the legal regime of the case's date."""
