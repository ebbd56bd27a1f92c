"""``python -m kamerparse._rx``: compile every pattern of the package into the cache file
(for an install whose folder is read-only at run time: run it once at install time)."""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import sys

import kamerparse
import kamerparse._rx as rx


def main() -> int:
    for info in pkgutil.walk_packages(kamerparse.__path__, "kamerparse."):
        if info.name.endswith("__main__"):
            continue
        with contextlib.suppress(ImportError):  # an optional extra (dask) not installed
            importlib.import_module(info.name)
    made = rx.registry()
    for pattern in made:
        pattern.compiled()
    rx._CACHE.save()
    where = rx.CACHE_FILE if rx.CACHE_FILE.is_file() else "nowhere (cache off or not writable)"
    print(f"{len(made)} patterns compiled; cache: {where}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
