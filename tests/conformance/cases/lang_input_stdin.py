# input() and sys.stdin read the program's standard input (lang_input_stdin.stdin beside this file):
# prompts go to stdout, lines come without their newline, a '\r' before it stays, and at the end
# input() raises EOFError. In a coroutine, input() blocks the loop like any blocking call.
import asyncio
import contextlib
import io
import sys

name = input("name? ")
print("hello", repr(name))
count = int(input())
print("sum", sum(int(input(f"[{i}] ")) for i in range(count)))
print(repr(sys.stdin.readline()), repr(sys.stdin.read(3)), repr(sys.stdin.readline(2)))


async def ask(label, delay):
    await asyncio.sleep(delay)
    answer = input(f"{label}> ")
    print(label, "got", repr(answer), "at", asyncio.get_running_loop().time())
    return answer


async def main():
    answers = await asyncio.gather(ask("slow", 0.2), ask("fast", 0.1))
    print(answers)


asyncio.run(main())
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest, len(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(sys.stdin, sys.stdin.isatty(), sys.stdin.fileno(), sys.stdin.name, sys.stdin.readable(), sys.stdin.writable())
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)

sys.stdin = io.StringIO("from a StringIO\nsecond")
print(input("p> "), "|", input())
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    sys.stdin = io.StringIO("quiet\n")
    value = input("hidden prompt ")
print(repr(captured.getvalue()), value)
sys.stdin = sys.__stdin__
try:
    sys.stdin.read("3")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
sys.stdin.close()
try:
    sys.stdin.readline()
except ValueError as e:
    print("ValueError:", e)
