"""Optional compiled build of the parser (everything else is in ``pyproject.toml``).

By default salarykit installs as pure Python. With ``SALARYKIT_COMPILE=1`` the modules of the
parsing pipeline are compiled to C extensions with mypyc (the compiler of mypy, from its type
annotations), which reads a phrase about twice as fast; the Python sources stay the reference
and a test checks that the compiled build reads exactly what they read. It needs mypy and a C
compiler at build time::

    python3 -m pip install "mypy==2.4.1" setuptools wheel
    SALARYKIT_COMPILE=1 python3 -m pip install --no-build-isolation .

Docstrings of compiled functions are not run as doctests, and an editable install would shadow
later edits of the sources: use it for throughput, not for development.
"""

from __future__ import annotations

import os

from setuptools import setup

# the parsing pipeline: the modules every call of parse() runs through
COMPILED = [
    "salarykit/_numbers.py",
    "salarykit/_parse_text.py",
    "salarykit/_lexicon.py",
    "salarykit/_parse_stages.py",
    "salarykit/_parse.py",
]

ext_modules = []
if os.environ.get("SALARYKIT_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
