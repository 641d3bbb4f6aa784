import string
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.capwords('hello  world foo'), string.Template('$who likes ${what}, $$5').substitute(who='tim', what='kung pao'), string.Template('$a $b').safe_substitute(a=1))
try:
    string.Template('$a').substitute()
except KeyError as e: print('KeyError', e)
