"""Import the few NLTK modules brief uses without running `nltk/__init__.py`.

`import nltk` executes a package initialiser that pulls in most of NLTK and, through
`nltk.collocations`, all of `scipy.stats`: two to four seconds before the first sentence is
split. brief needs three leaf modules (Punkt, the Treebank word tokenizer, Snowball), which
import only a handful of small siblings. So the packages on the way (`nltk`, `nltk.stem`,
`nltk.tokenize`, `nltk.corpus`) are registered as lazy stand-ins: submodules import normally
through them, and the first access to anything else runs the real package initialiser in
place, so code elsewhere that does `import nltk; nltk.word_tokenize(...)` still works.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

LAZY_PACKAGES = ("nltk", "nltk.stem", "nltk.tokenize", "nltk.corpus")


class LazyPackage(types.ModuleType):
    """A package whose `__init__` runs only when a non-submodule attribute is first needed."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or self.__dict__.get("_brief_initialised"):
            raise AttributeError(name)
        full = f"{self.__name__}.{name}"
        if importlib.util.find_spec(full) is not None:
            return importlib.import_module(full)
        if self.__name__ == "nltk.corpus" and name == "stopwords":
            # nltk.stem.snowball imports this name at import time but uses it only when asked to
            # ignore stop words; hand it a proxy instead of loading every corpus reader.
            return CorpusProxy(name)
        self.__dict__["_brief_initialised"] = True
        spec = self.__spec__
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(self)
        return getattr(self, name)


class CorpusProxy:
    """Stands for `nltk.corpus.<name>` until it is used, then loads the real one."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        corpus = sys.modules["nltk.corpus"]
        if not corpus.__dict__.get("_brief_initialised"):
            corpus.__dict__["_brief_initialised"] = True
            spec = corpus.__spec__
            assert spec is not None and spec.loader is not None
            spec.loader.exec_module(corpus)
        return getattr(getattr(corpus, self._name), attribute)


def install() -> None:
    """Register the lazy stand-ins, unless NLTK is already imported (then nothing is needed)."""
    if "nltk" in sys.modules:
        return
    for name in LAZY_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.submodule_search_locations is None:
            return  # not an installed package: let the ordinary import report it
        module = LazyPackage(name)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        module.__file__ = spec.origin
        module.__path__ = list(spec.submodule_search_locations)
        module.__package__ = name
        sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
