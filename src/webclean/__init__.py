"""webclean: turn scraped Chinese web pages into clean, trustworthy records.

>>> import webclean
>>> rec = webclean.clean("首页 > 新闻 > 正文\\n\\n一个标题\\n\\n正文第一段，说明了事情的经过。")
>>> rec.title
'一个标题'

The pipeline, one package per stage (see ``docs/architecture.md``)::

    decode -> repair -> parse -> strip -> extract -> normalise
"""
from __future__ import annotations

from .corpus import near_duplicates
from .decode.charset import Decoded, decode
from .options import Options
from .pipeline import Cleaner, clean
from .record import Evidence, Record, Removal, Repair, Signals
from .repair.mojibake import repair_text, repair_text_with_repairs

__version__ = "0.1.0"

__all__ = ["clean", "Cleaner", "Options", "Record", "Repair", "Removal", "Evidence", "Signals", "repair_text",
           "repair_text_with_repairs", "decode", "Decoded", "near_duplicates", "__version__"]
