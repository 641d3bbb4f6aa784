"""A small ops CLI: argparse subcommands parsed from a list, a JSON config merged with
defaults (ChainMap, deepcopy), pathlib for paths, uuid for run ids, and an async deploy
that reports with textwrap and a custom str subclass / int subclass."""
import argparse
import asyncio
import copy
import json
import uuid
from collections import ChainMap
from pathlib import PurePosixPath

DEFAULTS = {"replicas": 2, "timeout": 1.5, "env": {"LOG_LEVEL": "info"}, "regions": ["eu"]}
CONFIG = '{"replicas": 3, "env": {"LOG_LEVEL": "debug", "FEATURE_X": "on"}, "regions": ["eu", "us"]}'


class Version(str):
    def __new__(cls, text):
        major, minor, patch = (int(p) for p in text.lstrip("v").split("."))
        obj = super().__new__(cls, f"v{major}.{minor}.{patch}")
        obj.parts = (major, minor, patch)
        return obj

    def bump(self, part="patch"):
        major, minor, patch = self.parts
        if part == "major":
            return Version(f"{major + 1}.0.0")
        if part == "minor":
            return Version(f"{major}.{minor + 1}.0")
        return Version(f"{major}.{minor}.{patch + 1}")


class Replicas(int):
    def __new__(cls, n):
        if n < 1:
            raise ValueError("need at least one replica")
        return super().__new__(cls, n)

    def __repr__(self):
        return f"Replicas({int(self)})"


def build_parser():
    p = argparse.ArgumentParser(prog="opsctl", description="deploy things")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("deploy")
    d.add_argument("service")
    d.add_argument("--version", type=Version, default=Version("1.0.0"))
    d.add_argument("--bump", choices=["major", "minor", "patch"])
    d.add_argument("--dry-run", action="store_true")
    s = sub.add_parser("status")
    s.add_argument("services", nargs="*")
    return p


async def deploy_region(region, service, version, replicas, timeout):
    started = asyncio.get_running_loop().time()
    await asyncio.sleep(0.2 * replicas if region == "eu" else 0.35 * replicas)
    return region, round(asyncio.get_running_loop().time() - started, 2) <= timeout


async def main(argv):
    args = build_parser().parse_args(argv)
    config = ChainMap(json.loads(CONFIG), DEFAULTS)
    env = copy.deepcopy(config["env"])
    env["RUN_ID"] = str(uuid.UUID(int=0x1234_5678_9ABC_DEF0_1234_5678_9ABC_DEF0))
    print(args)
    if args.command == "status":
        return sorted(args.services) or ["(all)"]
    version = args.version.bump(args.bump) if args.bump else args.version
    replicas = Replicas(config["replicas"])
    root = PurePosixPath("/srv") / args.service / version
    print(f"deploying {args.service} {version} ({version.parts}) x{replicas!r} to {root} [{root.suffix or 'no suffix'}]")
    print(root.parent, root.name, root.parts[1:], root.with_name("current"), isinstance(version, str), replicas + 1)
    print(json.dumps(env, sort_keys=True), dict(config.maps[1])["timeout"], DEFAULTS["env"])
    if args.dry_run:
        return "dry run"
    results = await asyncio.gather(*(deploy_region(r, args.service, version, replicas, config["timeout"]) for r in config["regions"]))
    return {region: "ok" if ok else "slow" for region, ok in results}


for argv in (["-vv", "deploy", "api", "--version", "2.4.1", "--bump", "minor"], ["status", "web", "api"], ["deploy", "web", "--dry-run"]):
    print("=>", asyncio.run(main(argv)))
try:
    build_parser().parse_args(["deploy"])
except SystemExit as exc:
    print("exit code", exc.code)
