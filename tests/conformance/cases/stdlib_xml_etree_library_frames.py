# Parse errors of xml.etree.ElementTree.fromstring/XML and fromstringlist come out of the C
# parser's feed or close, called from ElementTree.py's lines, which the traceback shows (the
# library's folder and the program's path shortened; the last error is left uncaught).
import os
import traceback
import xml.etree.ElementTree as ET

LIB = os.path.dirname(os.path.dirname(os.path.dirname(ET.__file__)))


def show(f, *args):
    try:
        f(*args)
    except ET.ParseError:
        print(traceback.format_exc().replace(LIB, '<lib>').replace(__file__, '<program>').replace(os.path.basename(__file__), '<program>'), end='')


show(ET.fromstring, '<a>')
show(ET.XML, '<a></b>')
show(ET.fromstringlist, ['<a>', '<b></a>'])
show(ET.fromstringlist, ['<a>', '<b/>'])
ET.fromstring('<root><unclosed></root>')
