# Imports of modules that do not exist: CPython imports the package first, so a missing package is
# the one named; a standard-library package has no such submodule; a module that is not a package
# has none at all.
import asyncio


def attempt(label, f):
    try:
        f()
    except ImportError as e:
        print(label, type(e).__name__, e, repr(e.name))


def helpers_net():
    import helpers.net


def from_helpers_net():
    from helpers.net import fetch


def json_nothing():
    import json.nothing


def asyncio_nothing():
    import asyncio.nothing


def os_nothing():
    import os.nothing


def from_os_nothing():
    from os.nothing import x


def collections_nothing():
    import collections.abc.nothing


def deep_missing():
    import plugins.storage.s3


for label, f in [
    ("helpers.net", helpers_net),
    ("from helpers.net", from_helpers_net),
    ("json.nothing", json_nothing),
    ("asyncio.nothing", asyncio_nothing),
    ("os.nothing", os_nothing),
    ("from os.nothing", from_os_nothing),
    ("collections.abc.nothing", collections_nothing),
    ("plugins.storage.s3", deep_missing),
]:
    attempt(label, f)


async def main():
    try:
        import uvloop
    except ModuleNotFoundError as e:
        print("fallback to asyncio's loop:", e.name)
    await asyncio.sleep(0.1)
    print("done")


asyncio.run(main())
