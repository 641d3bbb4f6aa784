# An XML report writer: a tree built with Element/SubElement/Comment/PI/QName, escaping of text and
# attribute values (quotes, <, &, newlines, tabs, carriage returns), indent, ElementTree.write to a
# file and to streams with every encoding/declaration choice, method='html' and 'text',
# short_empty_elements, register_namespace and the ns0/ns1 prefixes, default_namespace, dump.
import io
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

rows = [('alpha', 3, 'ok'), ('b<e>ta', 0, 'fail: "disk" & \'net\''), ('gamma\u00e9', 12, 'ok\r\nline2\tx')]
report = ET.Element('report', {'generated': '1970-01-01', 'by': 'Loopline "bot"'})
report.append(ET.Comment(' totals & details '))
report.append(ET.ProcessingInstruction('xml-stylesheet', 'type="text/xsl" href="r.xsl"'))
summary = ET.SubElement(report, 'summary', count=str(len(rows)))
summary.text = 'Runs < 10 & > 0'
for name, n, status in rows:
    row = ET.SubElement(report, 'row', name=name)
    ET.SubElement(row, 'count').text = str(n)
    st = ET.SubElement(row, 'status', note=status)
    st.text = status
    ET.SubElement(row, 'empty')
    row.tail = 'after row'
print(ET.tostring(report))
ET.indent(report)
print(ET.tostring(report, encoding='unicode'))
ET.indent(report, space='\t', level=1)
print(ET.tostring(report, encoding='unicode')[:120])
for kw in [{}, {'encoding': 'utf-8'}, {'encoding': 'UTF-8'}, {'encoding': 'us-ascii'}, {'encoding': 'latin-1'},
           {'encoding': 'unicode', 'xml_declaration': True}, {'encoding': 'utf-8', 'xml_declaration': True},
           {'xml_declaration': False, 'encoding': 'iso-8859-1'}, {'short_empty_elements': False},
           {'method': 'text'}, {'method': 'html'}, {'method': 'text', 'encoding': 'unicode'}]:
    print(kw, ET.tostring(summary, **kw))
page = ET.fromstring('<html><head><script>if (a &lt; b &amp;&amp; c) x()</script><style>p&gt;b{}</style>'
                     '</head><body><br/><img src="a.png" alt="&quot;x&quot; &lt; &amp;"/><p class="a&gt;b">'
                     'one<br/>two &amp; three</p><div/><INPUT/><!-- c&d --></body></html>')
print(ET.tostring(page, method='html'))
print(ET.tostring(page, method='html', encoding='unicode', short_empty_elements=False))

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'report.xml')
ET.ElementTree(report).write(path, encoding='utf-8', xml_declaration=True)
with open(path, 'rb') as f:
    data = f.read()
print(len(data), data[:60])
ET.ElementTree(summary).write(path)
with open(path, 'rb') as f:
    print(f.read())
buf = io.StringIO()
ET.ElementTree(summary).write(buf, encoding='unicode')
print(buf.getvalue())
os.remove(path)
os.rmdir(folder)

ns = ET.Element('{urn:a}doc', {'{urn:b}id': '7', 'plain': 'p'})
ET.SubElement(ns, '{urn:a}part').text = 'x'
ET.SubElement(ns, '{urn:c}part', {'{http://www.w3.org/XML/1998/namespace}lang': 'en'})
ET.SubElement(ns, ET.QName('urn:b', 'q')).set('ref', ET.QName('urn:a', 'part'))
print(ET.tostring(ns))
ET.register_namespace('aa', 'urn:a')
print(ET.tostring(ns, encoding='unicode'))
try:
    ET.register_namespace('ns3', 'urn:z')
except ValueError as e:
    print('ValueError', e)
only_ns = ET.Element('{urn:a}doc')
ET.SubElement(only_ns, '{urn:a}part')
print(ET.tostring(only_ns, default_namespace='urn:a'))
try:
    ET.tostring(ns, default_namespace='urn:a')
except ValueError as e:
    print('ValueError', e)
wrapper = ET.Element(None)
wrapper.text = 'loose '
ET.SubElement(wrapper, 'x').tail = ' end'
print(ET.tostring(wrapper))
ET.dump(summary)
ET.dump(ET.ElementTree(ET.fromstring('<a>t</a>')))
e = ET.Element('t')
e.tail = 'tail\n'
ET.dump(e)
sys.stdout.flush()
