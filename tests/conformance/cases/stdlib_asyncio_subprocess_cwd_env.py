# asyncio's children with cwd= and env=: a shell's cd and $VAR, a Python child's os.environ and
# working directory, and a cwd that is not there, raised at the call.
import asyncio
import os
import sys
import tempfile

d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "a", "b"))


async def main():
    p = await asyncio.create_subprocess_shell("cd a && echo $GREETING from $PWD; cd zz; echo $?", cwd=d,
                                              env={"GREETING": "hey"}, stdout=asyncio.subprocess.PIPE,
                                              stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print(out.decode().replace(d, "D"), err.decode(), p.returncode)
    p = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import os; print(os.environ['K'], sorted(os.environ), os.path.basename(os.getcwd()))",
        cwd=os.path.join(d, "a", "b"), env={"K": "v", "LANG": "C.UTF-8"}, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate()
    print(out.decode(), p.returncode)
    try:
        await asyncio.create_subprocess_exec("echo", cwd=os.path.join(d, "zz"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename.replace(d, "D"))
    print(os.getcwd() == d)


asyncio.run(main())
