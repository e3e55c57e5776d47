#!/usr/bin/env python3
"""Writes the small PDF seeds of fuzz_pdf: valid files of one and more pages (text, vector paths, a JPEG and a
Flate image, an object stream-free xref), which the fuzzer mutates."""
import os, sys, zlib

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'seeds', 'pdf')
here = os.path.dirname(__file__)

def pdf(objects):
    """objects: list of bytes (object bodies, numbered from 1); object 1 is the catalog."""
    data = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b'%d 0 obj\n' % i + body + b'\nendobj\n'
    xref = len(data)
    data += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for off in offsets:
        data += b'%010d 00000 n \n' % off
    data += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return data

def stream(dict_entries, payload):
    return b'<< ' + dict_entries + b' /Length %d >>\nstream\n' % len(payload) + payload + b'\nendstream'

def pages(kids_count, first_kid):
    kids = b' '.join(b'%d 0 R' % (first_kid + 2 * i) for i in range(kids_count))
    return b'<< /Type /Pages /Kids [' + kids + b'] /Count %d >>' % kids_count

text = b'BT /F1 24 Tf 72 720 Td (Minshi qisuzhuang) Tj ET 0 0 1 RG 2 w 72 700 m 540 700 l S'
font = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
seeds = {}

# One A4 page of text and a line.
seeds['text-a4.pdf'] = pdf([
    b'<< /Type /Catalog /Pages 2 0 R >>', pages(1, 3),
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream(b'', text), font])

# Two pages of other sizes, the second Flate-compressed and rotated.
seeds['two-pages.pdf'] = pdf([
    b'<< /Type /Catalog /Pages 2 0 R >>', pages(2, 3),
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> >> >>',
    stream(b'', text),
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 300] /Rotate 90 /Contents 6 0 R >>',
    stream(b'/Filter /FlateDecode', zlib.compress(b'1 0 0 rg 10 10 100 100 re f')), font])

# A scanned page: a JPEG image drawn over the page, and a Flate grey image.
jpeg = open(os.path.join(here, '..', 'seeds', 'image', 'grey.jpg'), 'rb').read()
grey = zlib.compress(bytes((x * 8 + y) % 256 for y in range(16) for x in range(16)))
seeds['scan.pdf'] = pdf([
    b'<< /Type /Catalog /Pages 2 0 R >>', pages(1, 3),
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /CropBox [10 10 585 832] /Contents 4 0 R '
    b'/Resources << /XObject << /Im1 5 0 R /Im2 6 0 R >> >> >>',
    stream(b'', b'q 595 0 0 842 0 0 cm /Im1 Do Q q 100 0 0 100 50 50 cm /Im2 Do Q'),
    stream(b'/Type /XObject /Subtype /Image /Width 40 /Height 30 /ColorSpace /DeviceGray /BitsPerComponent 8 '
           b'/Filter /DCTDecode', jpeg),
    stream(b'/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 '
           b'/Filter /FlateDecode', grey)])

os.makedirs(out, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)
