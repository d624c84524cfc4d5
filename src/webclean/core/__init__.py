"""Shared foundations every stage may use: characters and scripts, data files, plausibility, dates, URLs."""
