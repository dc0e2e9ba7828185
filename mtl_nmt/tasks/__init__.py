from . import multilingual_scheduled  # noqa: F401
