# Short options clustered (-vvq) or with attached values (-n3), long options abbreviated (--verb) or ambiguous.
import argparse
p = argparse.ArgumentParser(prog="t")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", action="store_true")
p.add_argument("-n", "--number", type=int, default=1)
p.add_argument("--name")
p.add_argument("--names")
print(p.parse_args(["-vvq", "-n3", "--verb", "--num", "7", "--name=x"]))
print(p.parse_args(["-qv", "-v", "--names", "a"]))
try:
    p.parse_args(["--nam", "z"])
except SystemExit as e:
    print("exit", e.code)
