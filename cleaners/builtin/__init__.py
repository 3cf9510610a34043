"""Built-in cleaners, one module per family. They are registered through the
``corpus.cleaners`` entry-point group in pyproject.toml, like any third-party cleaner."""
