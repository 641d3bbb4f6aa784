"""A release helper driving child processes: a version bump by a python child, shell checks
with && and ||, JSON through stdin, getstatusoutput, and error handling for each failure kind."""
import json
import subprocess
import sys

BUMP = r"""
import json, sys
cfg = json.load(sys.stdin)
major, minor, patch = map(int, cfg["version"].split("."))
part = sys.argv[1]
if part == "major":
    major, minor, patch = major + 1, 0, 0
elif part == "minor":
    minor, patch = minor + 1, 0
elif part == "patch":
    patch += 1
else:
    print(f"unknown part {part!r}", file=sys.stderr)
    sys.exit(2)
cfg["version"] = f"{major}.{minor}.{patch}"
json.dump(cfg, sys.stdout, sort_keys=True)
"""


def bump(cfg, part):
    proc = subprocess.run([sys.executable, "-c", BUMP, part], input=json.dumps(cfg), capture_output=True,
                          text=True)
    if proc.returncode:
        raise RuntimeError(f"bump {part} failed ({proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


cfg = {"name": "loopkit", "version": "1.4.9"}
for part in ["patch", "minor", "major", "micro"]:
    try:
        cfg = bump(cfg, part)
        print(f"bump {part:5} -> {cfg['version']}")
    except RuntimeError as e:
        print(e)

checks = {
    "lint": "echo lint ok && true",
    "tests": "false || echo 'tests: retry passed'",
    "docs": "echo building docs; exit 4",
    "tag": f"printf 'v%s\\n' {cfg['version']}",
    "notes": "echo 'line one'; echo 'line two'",
}
failed = []
for name, cmd in checks.items():
    status, output = subprocess.getstatusoutput(cmd)
    mark = "ok " if status == 0 else f"E{status}"
    print(f"[{mark}] {name:5} {output.replace(chr(10), ' / ')}")
    if status:
        failed.append(name)

cp = subprocess.run("echo ready", shell=True, stdout=subprocess.PIPE)
print(cp)
cp.check_returncode()
cp = subprocess.run(["sh", "-c", "exit 5"])
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e.returncode, e.cmd)
try:
    subprocess.check_call([sys.executable, "-c", "raise SystemExit('fatal: no remote')"], stderr=subprocess.DEVNULL)
except subprocess.CalledProcessError as e:
    print("check_call:", e.returncode, e.cmd[1:])
merged = subprocess.run([sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr)"],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print("merged:", merged.stdout.split())
print("call:", subprocess.call("exit 7", shell=True), subprocess.getoutput("echo  spaced   words"))
print("failed checks:", failed, "release", "blocked" if failed else "ready")
