#!/usr/bin/env python3
"""Writes tests/data/desk-schema/v1.sql … v11.sql: a desk database of each past schema version, with data.

Each file is PRAGMA user_version=k, the desk migrations 0001 … k as they are (app/core/storage/migrations/desk),
then rows of what version k had. testschema builds a database from it and opens it through Database::open.
The rows are the same in every version where their table and columns exist; a column added by migration m
appears from version m on. Run from anywhere; it overwrites the eleven files.
"""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MIGRATIONS = os.path.join(ROOT, "app/core/storage/migrations/desk")
OUT = os.path.join(ROOT, "tests/data/desk-schema")

OCR = ('{"lines":[{"b":[120,200,1800,60],"c":91,"t":"Contract 民事起诉状","w":[{"b":[120,200,400,60],"c":93,'
       '"t":"Contract"},{"b":[560,200,1360,60],"c":89,"t":"民事起诉状"}]}]}')
TRANSFORM = '{"crop":[12,8,2456,3500],"quarter_turns":0,"scale":1,"size":[2456,3500],"skew":0.4}'
INFO = ('{"case_no":"(2023)京0105民初1234号","checked_by":"王芳","classified":false,"clerk":"赵磊",'
        '"closed":"2023-11-30","cause":"买卖合同纠纷","court":"北京市朝阳区人民法院","defendants":["李四"],'
        '"dossier_id":"D-2023-0001","filed_by":"赵磊","filed_on":"2023-12-05","judge":"陈静","name_variants":[],'
        '"plaintiffs":["张三"],"received":"2023-03-14","result":"调解","retention":"永久","third_parties":[],'
        '"volume_kind":"main"}')
PAGE_BODY = ('{"case_no":"(2023)京0105民初1234号","document":"d0c-0001","kind":"content","page_in_document":1,'
             '"position":0,"sha256":"' + "a" * 64 + '"}')

# table → list of rows; a row is a list of (column, value, since-version). Strings are SQL text as written.
def q(s):
    return "'" + s.replace("'", "''") + "'"

ROWS = {
    "cases": [
        [("id", 1, 1), ("case_no", q("(2023)京0105民初1234号"), 1), ("year", 2023, 1), ("court_code", q("0105"), 1),
         ("type_code", q("民初"), 1), ("sequence", 1234, 1), ("classified", 0, 1), ("cause", q("买卖合同纠纷"), 1),
         ("created_at", q("2023-12-01T09:00:00.000Z"), 1), ("info", q(INFO), 2)],
        [("id", 2, 1), ("case_no", q("(2024)京0105刑初77号"), 1), ("year", 2024, 1), ("court_code", q("0105"), 1),
         ("type_code", q("刑初"), 1), ("sequence", 77, 1), ("classified", 1, 1), ("cause", "NULL", 1),
         ("created_at", q("2024-01-08T10:30:00.000Z"), 1)],
    ],
    "dossiers": [
        [("id", 1, 1), ("case_id", 1, 1), ("external_id", q("D-2023-0001"), 1),
         ("template_id", q("civil-first-instance-main"), 1), ("created_at", q("2023-12-01T09:00:01.000Z"), 1),
         ("edited_at", q("2023-12-02T15:20:00.000Z"), 3), ("submitted_at", q("2023-12-03T08:00:00.000Z"), 4),
         ("submitted_by", q("王芳"), 4)],
        [("id", 2, 1), ("case_id", 2, 1), ("external_id", q("D-2024-0002"), 1),
         ("template_id", q("civil-first-instance-main"), 1), ("created_at", q("2024-01-08T10:30:01.000Z"), 1)],
    ],
    "volumes": [
        [("id", 1, 1), ("dossier_id", 1, 1), ("kind", q("main"), 1), ("number", 1, 1)],
        [("id", 2, 1), ("dossier_id", 2, 1), ("kind", q("main"), 1), ("number", 1, 1)],
    ],
    "documents": [
        [("id", 1, 1), ("volume_id", 1, 1), ("position", 0, 1), ("doc_type", q("起诉状"), 1),
         ("title", q("民事起诉状"), 1), ("revision", 2, 1), ("uid", q("d0c-0001"), 5)],
        [("id", 2, 1), ("volume_id", 1, 1), ("position", 1, 1), ("doc_type", q("证据"), 1),
         ("title", q("证据材料; 合同 'A' -- 第一份"), 1), ("revision", 1, 1), ("uid", q("d0c-0002"), 5)],
        [("id", 3, 1), ("volume_id", 2, 1), ("position", 0, 1), ("doc_type", q("卷宗封面"), 1),
         ("title", q("卷宗封面"), 1), ("revision", 1, 1)],
    ],
    "batches": [
        [("id", 1, 1), ("started_at", q("2023-12-01T09:00:00.000Z"), 1),
         ("finished_at", q("2023-12-01T09:04:10.000Z"), 1),
         ("options", q('{"case":"(2023)京0105民初1234号","device":"scanner-2","inputs":["/scans/2023-12-01"],'
                       '"jobs":2,"languages":"chi_sim+eng","operator":"赵磊",'
                       '"template":"civil-first-instance-main"}'), 1),
         ("status", q("done"), 1)],
    ],
}

def page(pid, doc, pos, pind, status, text, flags, removed=None, uid=None, error=None):
    row = [("id", pid, 1), ("source_key", q("scanner-2/2023-12-01/%03d" % pid), 1),
           ("source", q("/scans/2023-12-01/scan-%02d.tif" % pid), 1), ("batch_id", 1, 1),
           ("feed_index", pid - 1, 1), ("created_at", q("2023-12-01T09:0%d:00.000Z" % pid), 1)]
    row.append(("scanned_by", q("赵磊"), 8))  # from version 8 on a page remembers its batch's operator
    if error:
        row += [("status", q("error"), 1), ("error_code", q("image_unreadable"), 1),
                ("error_text", q("The image %1 cannot be read."), 1), ("error_args", q('["scan-%02d.tif"]' % pid), 1),
                ("processed_at", q("2023-12-01T09:04:00.000Z"), 1)]
        return row
    row += [("sha256", q(("%x" % pid) * 64), 1), ("master_format", q("tif"), 1), ("master_bytes", 2500000 + pid, 1),
            ("kind", q("content"), 1), ("case_no", "NULL", 1), ("document_id", doc, 1), ("position", pos, 1),
            ("page_in_document", pind, 1), ("title_line", q("民事起诉状") if pind == 1 else "NULL", 1),
            ("rotation", 0, 1), ("skew", 0.4, 1), ("dpi", 300, 1), ("colour_mode", q("gray"), 1),
            ("width", 2456, 1), ("height", 3500, 1), ("flags", q(flags), 1), ("text", q(text), 1),
            ("ocr_confidence", 91.0, 1), ("ocr", q(OCR), 1), ("transform", q(TRANSFORM), 1),
            ("processed_at", q("2023-12-01T09:03:00.000Z"), 1), ("status", q("done"), 1)]
    if removed is not None:  # from version 3 on the clerk's removal is kept; before, the page stays in its document
        row.append(("__removed", removed, 3))
    if uid:
        row.append(("uid", q(uid), 5))
    return row

ROWS["pages"] = [
    page(1, 1, 0, 1, "done", "Contract 民事起诉状 原告：张三；被告：李四; 诉讼请求 -- 见 'A'", '["low_dpi"]', uid="p4g-0001"),
    page(2, 1, 1, 2, "done", "第二页 事实与理由", "[]", uid="p4g-0002"),
    page(3, 2, 0, 1, "done", "证据 合同 编号 HT-2023-17", '["blank_suggested","residual_skew"]', uid="p4g-0003"),
    page(4, None, None, None, "error", None, None, error=True),
    page(5, 2, 1, 2, "done", "附页", '["low_ocr_confidence"]', removed=1),
]
ROWS["processing_records"] = [
    [("id", i, 1), ("page_id", p, 1), ("step", q(step), 1), ("params", q(params), 1), ("engine", q(engine), 1),
     ("at", q("2023-12-01T09:03:00.000Z"), 1)]
    for i, (p, step, params, engine) in enumerate([(1, "image", TRANSFORM, "leptonica"),
                                                    (1, "ocr", '{"confidence":91}', "tesseract 5.3.0"),
                                                    (3, "image", TRANSFORM, "leptonica")], 1)]
ROWS["outputs"] = [
    [("id", 1, 2), ("dossier_id", 1, 2), ("kind", q("pdfa"), 2), ("path", q("/archive/2023-1234/main.pdf"), 2),
     ("sha256", q("c" * 64), 2), ("bytes", 1048576, 2), ("created_at", q("2023-12-04T10:00:00Z"), 2),
     ("verified_at", q("2023-12-04T10:00:00Z"), 2)],
    [("id", 2, 2), ("dossier_id", 1, 2), ("kind", q("copy"), 2), ("path", q("/mnt/copy/2023-1234"), 2),
     ("created_at", q("2023-12-04T10:01:00Z"), 2), ("verified_at", q("2023-12-04T10:01:00Z"), 2)],
]
ROWS["audit_log"] = [
    [("id", 1, 3), ("at", q("2023-12-02T15:20:00.000Z"), 3), ("actor", q("赵磊"), 3), ("dossier_id", 1, 3),
     ("action", q("set title"), 3), ("details", q('{"document":2,"title":"证据材料; 合同 \'A\' -- 第一份"}'), 3)],
    [("id", 2, 3), ("at", q("2024-01-08T10:29:00.000Z"), 3), ("actor", q("赵磊"), 3), ("dossier_id", "NULL", 3),
     ("action", q("scan refused: classified"), 3),
     ("details", q('{"case_no":"(2024)京0105刑初77号","device":"scanner-2"}'), 3)],
]
ROWS["settings"] = [
    [("key", q("print/seal"), 3), ("value", q("档案专用章"), 3)],
    [("key", q("sync/server"), 3), ("value", q("https://dossier.example/api"), 3)],
    # A template an administrator published before versions were kept (a setting until version 10; 11 moves it).
    [("key", q("template:civil-first-instance-main"), 3),
     ("value", q('{"id":"civil-first-instance-main","version":2,"name":"民事一审正卷","items":['
                 '{"code":"complaint","name":"起诉状","titles":["起诉状"]},{"code":"other","name":"其他材料"}]}'), 3)],
]
# From version 11 on that template is a row of its own (what migration 11 made of the setting).
TEMPLATE_BODY = ('{"id":"civil-first-instance-main","version":2,"name":"民事一审正卷","items":['
                 '{"code":"complaint","name":"起诉状","titles":["起诉状"]},{"code":"other","name":"其他材料"}]}')
ROWS["templates"] = [
    [("id", q("civil-first-instance-main"), 11), ("version", 2, 11), ("status", q("published"), 11),
     ("body", q(TEMPLATE_BODY), 11), ("saved_at", q("2024-04-01T00:00:00Z"), 11)],
]
UNTIL = {("settings", 2): 10} # (table, row index) → the last version that has the row
ROWS["qc_reviews"] = [
    [("id", 1, 3), ("dossier_id", 1, 3), ("document_id", 1, 3), ("kind", q("sample"), 3), ("reviewer", q("王芳"), 3),
     ("result", q("ok"), 3), ("note", q("页码连续"), 3), ("at", q("2023-12-02T16:00:00.000Z"), 3)],
]
ROWS["sync_records"] = [
    [("kind", q("page"), 5), ("rec_id", q("p4g-0001"), 5), ("case_no", q("(2023)京0105民初1234号"), 5),
     ("volume", q("main"), 5), ("revision", 3, 5), ("deleted", 0, 5), ("body", q(PAGE_BODY), 5)],
    [("kind", q("document"), 5), ("rec_id", q("d0c-0001"), 5), ("case_no", q("(2023)京0105民初1234号"), 5),
     ("volume", q("main"), 5), ("revision", 2, 5), ("deleted", 0, 5),
     ("body", q('{"doc_type":"起诉状","position":0,"title":"民事起诉状"}'), 5)],
]
ROWS["sync_outbox"] = [
    [("id", 1, 5), ("op_id", q("op-6f1c"), 5), ("kind", q("document"), 5), ("rec_id", q("d0c-0002"), 5),
     ("case_no", q("(2023)京0105民初1234号"), 5), ("volume", q("main"), 5), ("base_revision", 0, 5),
     ("deleted", 0, 5), ("body", q('{"doc_type":"证据","position":1,"title":"证据材料; 合同 \'A\' -- 第一份"}'), 5),
     ("created_at", q("2024-02-01T08:00:00.000Z"), 5), ("attempts", 2, 5), ("last_error", q("timeout"), 5)],
]
ROWS["sync_conflicts"] = [
    [("id", 1, 5), ("kind", q("document"), 5), ("rec_id", q("d0c-0001"), 5),
     ("kept_body", q('{"title":"民事起诉状"}'), 5), ("other_body", q('{"title":"起诉状（修改）"}'), 5),
     ("other_from", q("desk-2"), 5), ("at", q("2024-02-02T09:00:00.000Z"), 5),
     ("resolved_at", q("2024-02-03T09:00:00.000Z"), 5), ("resolved_by", q("王芳"), 6),
     ("resolution", q("current"), 6)],
]
ROWS["notes"] = [
    [("id", 1, 9), ("uid", q("n0te-0001"), 9), ("case_no", q("(2023)京0105民初1234号"), 9), ("author", q("陈静"), 9),
     ("kind", q("highlight"), 9), ("page_id", 1, 9), ("box", q("[120,200,400,60]"), 9), ("quote", q("民事起诉状"), 9),
     ("colour", q("yellow"), 9), ("tags", q('["争点"]'), 9), ("body", q("合同 'A' -- 第一份"), 9),
     ("created_at", q("2024-03-01T08:00:00.000Z"), 9), ("updated_at", q("2024-03-01T08:00:00.000Z"), 9)],
    [("id", 2, 9), ("uid", q("n0te-0002"), 9), ("case_no", q("(2023)京0105民初1234号"), 9), ("author", q("陈静"), 9),
     ("kind", q("fact"), 9), ("colour", q("yellow"), 9), ("status", q("disputed"), 9), ("links", q('["n0te-0001"]'), 9),
     ("position", 1, 9), ("created_at", q("2024-03-01T08:01:00.000Z"), 9),
     ("updated_at", q("2024-03-01T08:01:00.000Z"), 9)],
]
ORDER = ["cases", "dossiers", "volumes", "documents", "batches", "pages", "processing_records", "outputs",
         "audit_log", "settings", "templates", "qc_reviews", "sync_records", "sync_outbox", "sync_conflicts", "notes"]
SINCE = {"outputs": 2, "audit_log": 3, "settings": 3, "templates": 11, "qc_reviews": 3, "sync_records": 5, "sync_outbox": 5,
         "sync_conflicts": 5, "notes": 9}
FTS = [(1, "Contract 民 事 起 诉 状 原 告 ： 张 三 ； 被 告 ： 李 四 ; 诉 讼 请 求 -- 见 'A'"),
       (2, "第 二 页 事 实 与 理 由"), (3, "证 据 合 同 编 号 HT-2023-17")]

def val(v):
    return "NULL" if v is None else str(v)

def row_sql(table, row, k):
    cols = []
    for c, v, since in row:
        if since > k:
            continue
        if c == "__removed":  # version 3 on: the page was removed by the clerk (kept aside, out of its document)
            cols = [x for x in cols if x[0] not in ("status", "document_id", "position", "page_in_document")]
            cols += [("status", q("removed")), ("document_id", "NULL"), ("position", "NULL"),
                     ("page_in_document", "NULL"), ("removed_volume", val(v))]
            continue
        cols.append((c, val(v)))
    return "INSERT INTO %s(%s) VALUES(%s);" % (table, ", ".join(c for c, _ in cols), ", ".join(v for _, v in cols))

def fixture(k):
    out = ["PRAGMA user_version=%d;" % k,
           "-- A desk database of schema version %d with data, written by scripts/make-desk-fixtures.py." % k,
           "-- testschema builds it and opens it through Database::open, which migrates it to the current version.",
           ""]
    for m in range(1, k + 1):
        out.append(open(os.path.join(MIGRATIONS, "%04d.sql" % m), encoding="utf-8").read().rstrip("\n"))
        out.append("")
    out.append("-- Rows of version %d." % k)
    for table in ORDER:
        if SINCE.get(table, 1) > k:
            continue
        for i, row in enumerate(ROWS[table]):
            if k <= UNTIL.get((table, i), k):
                out.append(row_sql(table, row, k))
    for rowid, body in FTS:
        out.append("INSERT INTO page_fts(rowid, body) VALUES(%d, %s);" % (rowid, q(body)))
    return "\n".join(out) + "\n"

for k in range(1, 12):
    with open(os.path.join(OUT, "v%d.sql" % k), "w", encoding="utf-8") as f:
        f.write(fixture(k))
