#!/usr/bin/env python3
"""Writes the seeds of fuzz_syncfeed: pages of the change feed, one per record kind and one with all of them."""
import json, os, sys

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'seeds', 'syncfeed')
root = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'resources')
case = '（2024）苏0602民初1234号'
doc = '3f2b8c1e-0a4d-4c6e-9b1f-2d3c4e5f6a7b'
page = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d'
stamp = '2024-05-06T07:08:09.123Z'
tmpl = json.load(open(os.path.join(root, 'templates', 'civil-first-instance.json'), encoding='utf-8'))
cal = json.load(open(os.path.join(root, 'holidays', '2025.json'), encoding='utf-8'))

def rec(kind, id, body, case_no=case, volume=None, revision=1, deleted=False):
    return {'kind': kind, 'id': id, 'case_no': case_no, 'volume': volume, 'revision': revision,
            'deleted': deleted, 'body': body, 'updated_by': 'clerk'}

records = {
    'case': rec('case', case, {'case_no': case, 'info': {'cause': '借款合同纠纷'}, 'classified': False}),
    'dossier': rec('dossier', case + '|D011000', {'dossier_id': 'D011000', 'template_id': 'civil-first-instance',
                   'submitted_at': '', 'submitted_by': '', 'archived': False, 'template_version': 2}, volume='main'),
    'document': rec('document', doc, {'dossier': case + '|D011000', 'position': 1, 'doc_type': 'complaint',
                    'title': '民事起诉状', 'type_by_hand': True}, volume='main'),
    'page': rec('page', page, {'document': doc, 'position': 1, 'page_in_document': 1, 'kind': 'content',
                'sha256': 'ab' * 32, 'format': 'jpg', 'bytes': 654251, 'rotation': 0, 'skew': -1.5, 'dpi': 300,
                'colour_mode': 'grey', 'width': 2480, 'height': 3508, 'flags': ['low_dpi'], 'text': '民事起诉状',
                'ocr_confidence': 91.5, 'ocr': None, 'transform': None, 'source': 'batch-01/0002.jpg',
                'scanned_by': '张三'}, volume='main'),
    'qc_review': rec('qc_review', '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f', {'document': doc, 'reviewer': '李四',
                     'result': 'ok', 'note': '', 'at': stamp}, volume='main'),
    'note': rec('note', '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', {'author': 'judge', 'kind': 'fact', 'page': page,
                'quote': '借款', 'colour': 'yellow', 'tags': ['争议'], 'text': '借款是否交付', 'status': 'open',
                'links': [], 'position': 0, 'created_at': stamp, 'updated_at': stamp, 'box': [0.1, 0.2, 0.3, 0.1]}),
    'movement': rec('movement', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', {'kind': 'checkin', 'at': stamp,
                    'by': 'clerk', 'desk': 'desk-1', 'location': 'A-03-2-15', 'volumes': 2,
                    'items': ['正卷']}),
    'case_event': rec('case_event', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', {'kind': 'case_closed',
                      'date': '2024-05-06', 'at': stamp, 'by': 'clerk'}),
    'calendar': rec('calendar', '2025', cal, case_no=None),
    'template': rec('template', 'civil-first-instance@%d' % tmpl.get('version', 1), tmpl, case_no=None),
    'template_release': rec('template_release', 'civil-first-instance', {'version': 2, 'previous': 1,
                            'accounts': ['judge'], 'courts': ['苏0602']}, case_no=None),
    'conflict': rec('conflict', 'document/' + doc + '/0123456789abcdef', {'kind': 'document', 'id': doc,
                    'body': {'dossier': case + '|D011000', 'position': 2, 'doc_type': 'defence', 'title': '答辩状'},
                    'from': 'desk-2'}, volume='main'),
    'deleted-page': rec('page', page, {}, volume='main', revision=7, deleted=True),
}
os.makedirs(out, exist_ok=True)
for name, r in records.items():
    with open(os.path.join(out, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'changes': [{'seq': 1, 'record': r}], 'next': 1, 'more': False}, f, ensure_ascii=False)
with open(os.path.join(out, 'all.json'), 'w', encoding='utf-8') as f:
    json.dump({'changes': [{'seq': i + 1, 'record': r} for i, r in enumerate(records.values())],
               'next': len(records), 'more': True}, f, ensure_ascii=False)
