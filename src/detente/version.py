"""detente's version, in a module of its own so any module can read it without importing the
root package (which imports the whole pipeline)."""

__version__ = "0.1.0"
