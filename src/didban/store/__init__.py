"""Storage: the only package that knows SQL. Use ``Store.open()``."""

from didban.store.repository import Store, database_url

__all__ = ["Store", "database_url"]
