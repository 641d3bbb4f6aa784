# `ast`: literal_eval, which reads a Python literal from text with Python's own syntax (the
# simulator's parser) and CPython's rules for what counts as a literal. The syntax tree itself
# (parse, dump, walk, NodeVisitor, the node classes) is not simulated.

import _stdlib_native


def literal_eval(node_or_string):
    return _stdlib_native.literal_eval(node_or_string)
