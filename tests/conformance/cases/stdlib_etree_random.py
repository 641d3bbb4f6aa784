# Property vectors for ElementTree: seeded random trees (tags with and without namespaces,
# attributes with quotes, <, &, whitespace and non-ASCII, text and tails with markup characters,
# comments and processing instructions) serialized with tostring in several encodings and parsed
# back; the reparsed tree must serialize to the same bytes, and the bytes themselves are printed
# for a few so that the exact escaping is compared with CPython.
import random
import xml.etree.ElementTree as ET

random.seed(2024)
TAGS = ['a', 'b', 'item', 'x-y', 'n.1', '_u', '{urn:p}p', '{urn:q}q']
ATTRS = ['k', 'id', 'data-v', '{urn:p}attr', 'z_']
PIECES = ['plain', ' ', '<', '>', '&', '"', "'", '\t', '\n', '\r', 'caf\u00e9', '\u20ac', '\U0001F600', ']]>', '&amp;']


def words(limit):
    return ''.join(random.choice(PIECES) for _ in range(random.randint(0, limit)))


def build(depth):
    node = ET.Element(random.choice(TAGS))
    for _ in range(random.randint(0, 3)):
        node.set(random.choice(ATTRS), words(4))
    if random.random() < 0.6:
        node.text = words(5)
    for _ in range(random.randint(0, 3) if depth < 4 else 0):
        r = random.random()
        if r < 0.1:
            kid = ET.Comment(words(3).replace('-', '').replace('\r', ''))
        elif r < 0.15:
            kid = ET.PI('target', 'data here')
        else:
            kid = build(depth + 1)
        if random.random() < 0.5:
            kid.tail = words(4)
        node.append(kid)
    return node


def canonical(node):
    # Line ends read back as '\n' (XML normalizes them), so compare trees after the same change.
    return ET.tostring(node, encoding='unicode').replace('\r', '')


same = 0
for trial in range(60):
    tree = build(0)
    encoding = random.choice(['unicode', 'us-ascii', 'utf-8', 'latin-1', 'utf-16'])
    data = ET.tostring(tree, encoding=encoding)
    back = ET.fromstring(data)
    first = ET.tostring(back, encoding='unicode')
    again = ET.tostring(ET.fromstring(ET.tostring(back)), encoding='unicode')
    ok = first == again
    same += ok
    if trial < 8 or not ok:
        print(trial, encoding, len(data), ok)
        print('  ', data if encoding != 'utf-16' else len(data))
        print('  ', first)
print('stable', same, 'of 60')

events_seen = {}
for trial in range(20):
    text = ET.tostring(build(0), encoding='unicode')
    pull = ET.XMLPullParser(['start', 'end', 'comment', 'pi', 'start-ns', 'end-ns'])
    cuts = sorted(random.sample(range(len(text)), min(4, len(text))))
    for start, end in zip([0] + cuts, cuts + [len(text)]):
        pull.feed(text[start:end])
    pull.close()
    for event, _ in pull.read_events():
        events_seen[event] = events_seen.get(event, 0) + 1
    tree = ET.fromstring(text)
    print(trial, len(text), len(list(tree.iter())), ascii(''.join(tree.itertext())[:30]))
print(sorted(events_seen.items()))
