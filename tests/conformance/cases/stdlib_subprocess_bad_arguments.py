# Wrong calls of subprocess fail as CPython's do, before any child starts: no program in an empty
# list, a bufsize that is not an int, arguments that are not a command.
import subprocess

for args, kwargs in [
    ((), {}),
    (([],), {}),
    ((["echo", "hi"], "x"), {}),
    ((None,), {}),
    ((["echo", "hi"],), {"bufsize": 1.5}),
]:
    try:
        subprocess.run(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)

print(subprocess.run(["echo", "still fine"], capture_output=True, text=True).stdout, end="")
