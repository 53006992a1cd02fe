"""The compiled parser (everything else is in ``pyproject.toml``).

With ``SALARYKIT_COMPILE=1`` the modules of the parsing pipeline are compiled to C extensions
with mypyc (the compiler of mypy, from its type annotations), which reads a phrase more than
three times as fast (docs/parsing.md, "Performance"); the Python sources stay the reference
and a test checks that the compiled build reads exactly what they read. The build backend
(``_build/backend.py``) sets it for wheels, so that ``pip install .`` compiles the parser, and
falls back to pure Python when the machine cannot (no C compiler, no Python headers).
Editable installs stay pure Python: docstrings of compiled functions are not run as doctests,
and a compiled module would shadow later edits of its source.

To compile in place by hand (what ``scripts/build_compiled.py`` does in a copy)::

    SALARYKIT_COMPILE=1 python3 setup.py build_ext --inplace
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

    # the modules the pipeline imports are type-checked for their types only, quietly: a wheel
    # is built without the stubs of pandas or requests, which the pipeline never uses
    ext_modules = mypycify(["--follow-imports=silent", *COMPILED], opt_level="3")

setup(ext_modules=ext_modules)
