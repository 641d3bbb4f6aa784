# ElementTree's argument checks: what fromstring accepts (str and bytes-like) and refuses, a
# missing file for parse, a path that is not a string, and the element checks of SubElement,
# append, insert and remove, whose messages name the argument's position by version (remove's
# never does).
import xml.etree.ElementTree as ET

for data in [None, 123, ['<a/>'], bytearray(b'<a/>'), memoryview(b'<b/>'), b'<c/>', '<d/>']:
    try:
        print(type(data).__name__, ET.fromstring(data).tag)
    except Exception as x:
        print(type(data).__name__, type(x).__name__, x)
try:
    ET.parse('/nonexistent/file.xml')
except Exception as x:
    # (the errno is left out: Pyodide's Emscripten numbers it 44)
    print(type(x).__name__, x.strerror, x.filename)
e = ET.Element('a')
for path in [3, None]:
    try:
        e.find(path)
    except Exception as x:
        print(type(x).__name__, x)
print(e.get('x', 5), ET.Element('a', {1: 2}).attrib)
for action in [lambda: ET.SubElement(None, 'x'), lambda: ET.SubElement(3, 'x'), lambda: e.append(None),
               lambda: e.append('s'), lambda: e.insert(0, None), lambda: e.remove(None), lambda: e.remove(2),
               lambda: e.extend([None]), lambda: e.__setitem__(slice(0, 1), [1])]:
    try:
        action()
    except Exception as x:
        print(type(x).__name__, x)
