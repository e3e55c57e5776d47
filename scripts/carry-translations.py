#!/usr/bin/env python3
"""Fills unfinished zh_CN entries whose source text is already translated elsewhere.

When code moves between classes, tr() strings change context and lupdate marks them unfinished. Run as
    scripts/carry-translations.py translations/dossier_zh_CN.ts OLD.ts
with OLD.ts a copy taken before scripts/update-translations.sh; prints how many were carried.
"""
import sys
import xml.etree.ElementTree as ET

new_path, old_path = sys.argv[1], sys.argv[2]
known = {}
for ts in (old_path, new_path):
    for m in ET.parse(ts).getroot().iter('message'):
        src, tr = m.find('source'), m.find('translation')
        if tr is not None and tr.get('type') not in ('unfinished', 'vanished', 'obsolete'):
            if tr.find('numerusform') is not None:
                known[src.text] = ('n', [f.text for f in tr.findall('numerusform')])
            elif tr.text:
                known[src.text] = ('s', tr.text)

text = open(new_path, encoding='utf-8').read()
tree = ET.parse(new_path)
carried = 0
for m in tree.getroot().iter('message'):
    src, tr = m.find('source'), m.find('translation')
    if tr is None or tr.get('type') != 'unfinished' or src.text not in known:
        continue
    kind, value = known[src.text]
    del tr.attrib['type']
    if kind == 'n':
        for f, v in zip(tr.findall('numerusform'), value):
            f.text = v
    else:
        tr.text = value
    carried += 1
tree.write(new_path, encoding='utf-8', xml_declaration=True)
# Keep the DOCTYPE line lupdate writes.
out = open(new_path, encoding='utf-8').read()
if '<!DOCTYPE TS>' in text and '<!DOCTYPE TS>' not in out:
    out = out.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(new_path, 'w', encoding='utf-8').write(out)
print(f"carried {carried}")
