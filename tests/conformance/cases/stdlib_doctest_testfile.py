"""doctest.testfile: a text file's examples run as one test named after the file, quietly, verbosely
and without the report; globs and extraglobs; failures reported at the file's lines; the errors of
its path arguments."""
import doctest
import os

TEXT = """The examples of a text file
===========================

    >>> total = 1 + 1
    >>> total
    2
    >>> print(greeting)
    hello
    >>> print('x')
    y

A second block, after prose:

    >>> [n * total for n in range(3)]
    [0, 2, 4]
    >>> 1 / 0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('7')
    8
"""

with open("doctest_tmp.txt", "w") as f:
    f.write(TEXT)

print(doctest.testfile("doctest_tmp.txt", module_relative=False, extraglobs={"greeting": "hello"}))
print(doctest.testfile("doctest_tmp.txt", module_relative=False, globs={"greeting": "hi"}, report=False))
print(
    doctest.testfile(
        "doctest_tmp.txt", module_relative=False, name="renamed", verbose=True, globs={"greeting": "hello"}
    )
)
with open("doctest_tmp.txt", "w") as f:
    f.write(">>> __name__\n'__main__'\n>>> 2 ** 10\n1024\n")
print(doctest.testfile("doctest_tmp.txt", module_relative=False))
print(doctest.testfile("doctest_tmp.txt", module_relative=False, globs={"__name__": "other"}, report=False))
os.remove("doctest_tmp.txt")

for kwargs in ({"module_relative": False, "package": "os"}, {}):
    try:
        doctest.testfile("/absolute.txt", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    doctest.testfile("missing_tmp.txt", module_relative=False)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
