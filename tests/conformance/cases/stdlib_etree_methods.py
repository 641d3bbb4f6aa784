# ElementTree's three output methods side by side over one tree with comments, PIs, void and
# non-void HTML elements in mixed case, script text, empty text, attribute values with every
# escaped character and QName values: tostring and tostringlist (the serializer's own pieces)
# for 'xml', 'html' and 'text', with and without short empty elements.
import xml.etree.ElementTree as ET

e = ET.Element('html')
e.append(ET.Comment('a<b&c'))
e.append(ET.PI('p', 'x<y'))
b = ET.SubElement(e, 'BR')
b.tail = 't<'
ET.SubElement(e, 'Div')
ET.SubElement(e, 'Script').text = 'a<b && c>d'
ET.SubElement(e, 'style').text = 'p > a { }'
ET.SubElement(e, 'p', {'a': 'x\n"<>&\t\r', 'b': "'"}).text = ''
ET.SubElement(e, 'img', src='a.png').tail = '\n'
ET.SubElement(e, '{urn:u}q', {'ref': ET.QName('urn:u', 'v')}).text = 'ns'
for method in ('html', 'xml', 'text'):
    for short in (True, False):
        print(method, short, ET.tostring(e, method=method, encoding='unicode', short_empty_elements=short))
    print(ET.tostringlist(e, method=method, encoding='unicode'))
    print(ET.tostring(e, method=method))
