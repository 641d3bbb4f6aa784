# PEP 765 (3.14): `return`, `break` or `continue` leaving a `finally` block draws a SyntaxWarning
# when the file is compiled, before anything runs; not for a loop or a function inside the block.
# 3.11-3.13 say nothing. The statements still behave as before.
print("start")


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(swallow())
for i in range(3):
    try:
        print("try", i)
    finally:
        if i:
            break
        for j in range(2):
            continue
        else:
            continue


def nested():
    try:
        pass
    finally:

        def inner():
            return 2

        try:
            pass
        except Exception:
            return 3
        while True:
            break
        return inner()


print(nested())
while True:
    try:
        break
    finally:
        print("cleanup")
print("end")
