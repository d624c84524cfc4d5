"""Thin adapters for engines and frameworks, each an optional extra.

``spark`` (a DataFrame in, the DataFrame plus record columns out),
``datatrove`` (an extractor step, where datatrove users put trafilatura) and
``scrapy`` (an item pipeline). All of them go through :mod:`webclean.arrow`'s
record row, so a record has the same fields everywhere.
"""
