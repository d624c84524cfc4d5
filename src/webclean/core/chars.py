"""Character classes every stage shares: one definition of what a Chinese character is.

>>> import re
>>> re.findall(f"[{HAN}]+", "Hello 中文 𠀀 世界")
['中文', '世界']
"""
from __future__ import annotations

import re

__all__ = ["HAN", "HAN_RE"]

#: The Han ideographs of the Basic Multilingual Plane as a regex class body: CJK Extension A, the
#: Unified Ideographs and the Compatibility Ideographs (the supplementary planes are rare on the web).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
