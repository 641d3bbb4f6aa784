# compile()/eval() of text whose last line is only blanks: an IndentationError ("unexpected indent"),
# a subclass of SyntaxError, where blank lines and comments give a plain SyntaxError.
for text in ["  ", "\t", "\n  ", "", "\n", "# c"]:
    for run in (lambda: compile(text, "x", "eval"), lambda: eval(text)):
        try:
            run()
        except SyntaxError as e:
            print(repr(text), type(e).__name__, e.msg, e.lineno, e.offset)
