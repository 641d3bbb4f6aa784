# Which filter matches a warning: message regex (case-insensitive, from the start), category
# and its subclasses, module regex (from the start), line; the first match wins, else defaultaction.
import warnings


class A(UserWarning):
    pass


class B(A):
    pass


shown = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append(message)


def outcome(message, category, module, lineno, registry=None):
    # (showwarning is replaced once: catch_warnings here would change the filters, emptying registries)
    before = len(shown)
    try:
        warnings.warn_explicit(message, category, "f.py", lineno, module, registry)
    except Warning as e:
        return "raised " + type(e).__name__
    return "shown" if len(shown) > before else "-"


FILTERS = [
    [("ignore", "", Warning, "", 0)],
    [("error", "disk", Warning, "", 0)],
    [("error", "DISK", A, "", 0)],
    [("error", "full", Warning, "", 0)],
    [("error", ".*full", Warning, "", 0)],
    [("error", "", B, "", 0)],
    [("error", "", Warning, "app", 0)],
    [("error", "", Warning, r"app\Z", 0)],
    [("error", "", Warning, "", 7)],
    [("ignore", "", A, "", 0), ("error", "", Warning, "", 0)],
    [("error", "", Warning, "", 0), ("ignore", "", A, "", 0)],
]
WARNINGS = [
    ("disk full", UserWarning, "app", 7),
    ("Disk full", A, "app.db", 3),
    ("disk full", B, "lib", 7),
    ("low memory", RuntimeWarning, "app", 1),
]
for filters in FILTERS:
    with warnings.catch_warnings():
        warnings.resetwarnings()
        for action, message, category, module, lineno in reversed(filters):
            warnings.filterwarnings(action, message, category, module, lineno)
        print([f[0] for f in warnings.filters], [outcome(*w) for w in WARNINGS])

# No filter matches: defaultaction decides.
with warnings.catch_warnings():
    warnings.resetwarnings()
    for action in ("error", "ignore", "always", "default"):
        warnings.defaultaction = action
        print(action, outcome("x", UserWarning, "m", 1))
    warnings.defaultaction = "default"

# The registries: "default" once per (text, category, line); "module" and "once" once per
# (text, category) in the registry; "once" without a registry: warnings.onceregistry.
for action in ("default", "module", "once", "always"):
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        registry = {}
        seen = [outcome(t, UserWarning, "m", n, registry) for t, n in [("a", 1), ("a", 1), ("a", 2), ("b", 2)]]
        keys = sorted(repr(k) for k in registry if k != "version")
        print(action, seen, keys)
with warnings.catch_warnings():
    warnings.simplefilter("once")
    warnings.onceregistry.clear()
    print([outcome("c", UserWarning, "m", n) for n in (1, 2)], sorted(k for k in warnings.onceregistry if k != "version"))
# A change to the filters empties a registry.
with warnings.catch_warnings():
    registry = {}
    warnings.simplefilter("default")
    print(outcome("d", UserWarning, "m", 1, registry), outcome("d", UserWarning, "m", 1, registry))
    warnings.simplefilter("default")
    print(outcome("d", UserWarning, "m", 1, registry), len(registry))
# warn_explicit's module defaults to the file name without .py.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.filterwarnings("error", module="tools/run")
    try:
        warnings.warn_explicit("m", UserWarning, "tools/run.py", 1)
    except UserWarning as e:
        print("module from file name:", e)
    warnings.filterwarnings("always")
    warnings.warn_explicit("m", UserWarning, "", 1)
    print([(str(w.message), w.filename) for w in log])
