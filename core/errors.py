"""The error catalogue: every error we raise on purpose, each saying how to fix the problem."""
from __future__ import annotations


class BilateralLensError(Exception):
    """Base of all errors the product raises deliberately; pages and the CLI catch only these."""


class SettingError(BilateralLensError):
    """A setting from the environment has a value we cannot use."""


class StoreError(BilateralLensError):
    """The store directory is missing, locked or damaged."""


class StoreNotFound(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(f"no corpus store at {path}: run `bilateral-lens ingest PATH --store {path}` first")


class StoreLocked(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(f"the store {path} is being written by another process; try again when it finishes")


class UnknownTable(BilateralLensError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"unknown table {name!r}: choose one of {', '.join(known)}")


class InputProblem(BilateralLensError):
    """One input (file, line or row) could not be read; the message is its one-line reason."""


class CorrectionError(BilateralLensError):
    """A correction names a target that does not exist or a value that cannot be used; the message says which."""


class ReadOnly(BilateralLensError):
    def __init__(self, what: str) -> None:
        super().__init__(f"this deployment is read-only (BILATERAL_LENS_READ_ONLY=1): {what} cannot be made here; "
                         "an administrator unsets it to make them")
