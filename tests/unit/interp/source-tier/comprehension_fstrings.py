# Comprehension elements (the source tier's expressions) and f-strings with plain fields.
K = 3


class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"


def parts(n):
    k = 2
    text = " ".join(f"w{i % 7}" for i in range(n))
    pairs = {f"k{i}": i * k + K for i in range(n)}
    sizes = [len(f"{w}:{k}") for w in text.split()]
    return text, pairs, sizes, sum(i * k for i in range(n)), [[f"{i}.{j}" for j in range(i)] for i in range(3)]


def fields(xs):
    return [f"<{x}>" for x in xs], f"{xs[0]}{xs[1]}-{len(xs)}", f"", f"plain"


print(parts(9))
print(fields([1, 2.5, "s", None, True, b"x", Fmt(), (1, 2)]))
print(list(f"{x + 1}" for x in [1, 2, "three"]))
