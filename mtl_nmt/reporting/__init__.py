"""Reports of training runs: log parsing, tables, CSV and figures (one DPI and colour scheme)."""
