"""Bilingual (single-pair) baselines of a multilingual run for the adaptive schedule."""
