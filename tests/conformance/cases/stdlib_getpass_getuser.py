# getpass.getuser: the first of LOGNAME, USER, LNAME and USERNAME that is set and not empty, else
# the password database's name for the process's user (root, as the recorders run). The program
# sets the variables itself, so the machine's own environment does not matter until all are gone.
# Not recorded on 3.14: Pyodide has no password database (no pwd module), so there getuser() fails.
import getpass
import os

NAMES = ("LOGNAME", "USER", "LNAME", "USERNAME")
for name in NAMES:
    os.environ.pop(name, None)
print("none set:", getpass.getuser())

os.environ["USERNAME"] = "win-user"
print(getpass.getuser())
os.environ["LNAME"] = "lname-user"
print(getpass.getuser())
os.environ["USER"] = "deploy"
print(getpass.getuser())
os.environ["LOGNAME"] = "ana"
print(getpass.getuser())
os.environ["LOGNAME"] = ""
print("empty LOGNAME:", getpass.getuser())
del os.environ["USER"]
print("no USER:", getpass.getuser())
os.environ["LNAME"] = ""
os.environ["USERNAME"] = ""
print("all empty:", getpass.getuser())


def greeting():
    user = os.getenv("USER") or getpass.getuser()
    home = os.path.join("/home", user) if user != "root" else "/root"
    return f"Hello {user}, your files are in {home}"


print(greeting())
os.environ["USER"] = "sam"
print(greeting())
