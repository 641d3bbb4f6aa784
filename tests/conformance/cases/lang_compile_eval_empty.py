# compile() and eval() of text with no expression (nothing, blank lines, comments, a last line of blanks): CPython's SyntaxError, its line, offset and text.
for t in ["", "\n", "# c", "  ", "  \n", " # c", "\n\n", "\n  ", "\t", "\n# x\n"]:
    try: compile(t, "x", "eval")
    except SyntaxError as e: print(repr(t), repr(e.args), e.end_lineno, e.end_offset)
    try: eval(t)
    except SyntaxError as e: print(repr(t), repr(e.args), e.end_lineno, e.end_offset)
