# With nothing on its standard input (python3 < /dev/null), input() writes its prompt and raises
# EOFError; sys.stdin reads as empty. An uncaught EOFError ends the program with its traceback.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    input("anything? ")
except EOFError as e:
    print("caught", type(e).__name__, e.args)
print(input(None))
