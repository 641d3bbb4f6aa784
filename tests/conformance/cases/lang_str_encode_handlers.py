# str.encode's error handlers on UTF-16 and UTF-32 (a lone surrogate replaced, escaped or refused as
# CPython does, not dropped), surrogatepass on UTF-8, ASCII and Latin-1, and the codecs str.encode
# and bytes.decode refuse by name: the bytes-to-bytes ones ('hex', 'base64', ...) and rot13.
TEXT = 'aé€😀\udc80\ud800z'


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8', 'ascii', 'latin-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
        t('%s %s' % (enc, errors), lambda: TEXT.encode(enc, errors))
print('\udc80'.encode('utf-8', 'surrogatepass'), '\ud83d\ude00'.encode('utf-16-le', 'surrogatepass'))
for name in ['hex', 'Base64', 'rot_13', 'zip', 'quopri', 'no-such-codec']:
    t(name, lambda: 'x'.encode(name))
    t(name, lambda: b'x'.decode(name))
    t(name, lambda: str(b'x', name))
    t(name, lambda: bytearray(b'x').decode(name))
