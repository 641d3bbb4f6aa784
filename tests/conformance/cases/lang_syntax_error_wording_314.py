# Syntax errors 3.14 words anew, through compile(), exec() and eval(): an `elif` after the `else`
# block of an if/for/while/try ("'elif' block follows an 'else' block", at the elif; an elif inside
# the else block stays "invalid syntax"), and a string prefix of letters that do not combine
# ("'u' and 'b' prefixes are incompatible", at the prefix, before a later error; a name that is not
# all prefix letters, or repeats one, stays "invalid syntax"; the prefix error replaces a parser error
# anywhere, as a tokenizer error does). 3.11-3.13 say "invalid syntax" for all.
programs = {
    "if/else/elif": "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n",
    "if/elif/else/elif": "if x:\n    pass\nelif z:\n    pass\nelse:\n    pass\nelif y:\n    pass\n",
    "one-line blocks": "if x: pass\nelse: pass\nelif y: pass\n",
    "for/else/elif": "for i in x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n",
    "while/else/elif": "while x:\n    pass\nelse:\n    pass\n# a comment\nelif y:\n    pass\n",
    "try/else/elif": "try:\n    pass\nexcept E:\n    pass\nelse:\n    pass\nelif y:\n    pass\n",
    "in a def": "def f():\n    if x:\n        pass\n    else:\n        pass\n    elif y:\n        pass\n",
    "elif inside else": "if x:\n    pass\nelse:\n    pass\n    elif y:\n        pass\n",
    "else/else": "if x:\n    pass\nelse:\n    pass\nelse:\n    pass\n",
    "elif after a plain statement": "x = 1\nelif y:\n    pass\n",
    "prefix before a later error": "s = ub'a'\nx = (\n",
    "error before a prefix": "x = = 1\ns = ub'a'\n",
    "unterminated string before a prefix": "x = 'a\ns = ub'a'\n",
}
for p in ["ub", "bu", "Ub", "bU", "ur", "ru", "uf", "fu", "ut", "fb", "bf", "tb", "bt", "ft", "tf",
          "rbu", "urb", "rub", "rb", "Rb", "rf", "fr", "tr", "u", "rr", "bb", "uu", "xb", "bx", "abc", "ubx"]:
    programs[f"prefix {p}"] = f"s = {p}'a'\n"

for label, src in programs.items():
    try:
        compile(src, "prog.py", "exec")
        print(f"{label}: compiles")
    except SyntaxError as e:
        print(f"{label}: {e.msg} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} {e.text!r}")

for run in (exec, eval):
    try:
        run("bu'x'")
    except SyntaxError as e:
        print(run.__name__, e.msg, e.filename, e.offset)
