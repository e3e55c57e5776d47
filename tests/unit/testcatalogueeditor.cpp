// The clerk's catalogue edits on a real profile database: every edit is stored, logged and undoable.
#include "pipeline/batchrunner.h"
#include "station/catalogueeditor.h"
#include "station/volumemove.h"
#include "storage/database.h"
#include "storage/profile.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dossier;

class TestCatalogueEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Profile m_profile;
    qint64 m_volume = 0;
    QList<qint64> m_docs, m_pages;

    QSqlDatabase db() const { return m_profile.database(); }

    // A volume of 3 documents: 起诉状 (pages 1–2 + a blank back), 受理通知书 (page 4), 判决书 (pages 5–6).
    void makeVolume()
    {
        auto opened = Profile::open(m_tmp.filePath(QStringLiteral("p%1").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(opened.ok());
        m_profile = *opened;
        auto q = [this](const QString& sql, const QVariantList& b = {}) {
            auto r = execSql(db(), sql, b);
            if (!r)
                qWarning() << sql << r.error().english();
            return r ? r->lastInsertId().toLongLong() : -1;
        };
        const qint64 c =
            q(QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES('（2024）苏0602民初1号', 'now')"));
        const qint64 d =
            q(QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) VALUES(?, 'D1', "
                             "'civil-first-instance-main', 'now')"),
              {c});
        m_volume = q(QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1)"), {d});
        m_docs.clear();
        m_pages.clear();
        const QList<QPair<QString, QStringList>> docs = {
            {QStringLiteral("complaint"),
             {QStringLiteral("content"), QStringLiteral("content"), QStringLiteral("blank")}},
            {QStringLiteral("acceptance_notice"), {QStringLiteral("content")}},
            {QStringLiteral("judgment"), {QStringLiteral("content"), QStringLiteral("content")}}};
        int n = 0;
        for (qsizetype k = 0; k < docs.size(); ++k) {
            const qint64 doc =
                q(QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) VALUES(?,?,?,?)"),
                  {m_volume, int(k), docs[k].first, QStringLiteral("")});
            m_docs << doc;
            for (qsizetype i = 0; i < docs[k].second.size(); ++i)
                m_pages << q(
                    QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, kind, document_id, "
                                   "position, created_at) VALUES(?,?,?,'done',?,?,?,'now')"),
                    {QStringLiteral("k%1").arg(n), QStringLiteral("s%1").arg(n), n, docs[k].second.at(i), doc, int(i)}),
                    ++n;
        }
    }

    QList<QList<qint64>> pagesByDocument(const CatalogueEditor& e)
    {
        QList<QList<qint64>> out;
        const auto state = e.load();
        for (const auto& d : state->documents)
            out << d.pages;
        return out;
    }

private Q_SLOTS:
    void init() { makeVolume(); }

    // A clerk moves the 受理通知书 to the 副卷 and back (issue 15): it keeps its id and pages, the 副卷 is made,
    // the 正卷 keeps its order, the dossier is marked edited, each move is audited; undo puts it where it was.
    void moveBetweenVolumes()
    {
        const auto volumeOf = [this](qint64 doc) {
            auto r = execSql(db(),
                             QStringLiteral("SELECT v.kind || ':' || d.position FROM documents d JOIN volumes v "
                                            "ON v.id = d.volume_id WHERE d.id=?"),
                             {doc});
            return r && r->next() ? r->value(0).toString() : QString();
        };
        auto moved = VolumeMove::run(m_profile, m_docs[1], QStringLiteral("secondary"), QStringLiteral("clerk"));
        QVERIFY(moved.ok());
        QCOMPARE(moved->fromKind, QStringLiteral("main"));
        QCOMPARE(moved->fromPosition, 1);
        QCOMPARE(volumeOf(m_docs[1]), QStringLiteral("secondary:0"));
        CatalogueEditor main(m_profile, m_volume, QStringLiteral("clerk"));
        QCOMPARE(pagesByDocument(main).size(), 2); // the complaint and the judgment stay, in order
        QCOMPARE(main.load()->documents.last().id, m_docs[2]);
        auto pages = execSql(db(), QStringLiteral("SELECT count(*) FROM pages WHERE document_id=?"), {m_docs[1]});
        QVERIFY(pages && pages->next());
        QCOMPARE(pages->value(0).toInt(), 1);
        auto edited = execSql(db(), QStringLiteral("SELECT count(*) FROM dossiers WHERE edited_at IS NOT NULL"));
        QVERIFY(edited && edited->next());
        QCOMPARE(edited->value(0).toInt(), 1);
        QVERIFY(moved->undo(m_profile, QStringLiteral("clerk")).ok());
        QCOMPARE(volumeOf(m_docs[1]), QStringLiteral("main:1"));
        QCOMPARE(main.load()->documents.at(1).id, m_docs[1]);
        QVERIFY(moved->redo(m_profile, QStringLiteral("clerk")).ok());
        QCOMPARE(volumeOf(m_docs[1]), QStringLiteral("secondary:0"));
        auto audit = execSql(db(), QStringLiteral("SELECT group_concat(action, '|') FROM audit_log"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("move to volume|undo move to volume|redo move to volume"));
        QCOMPARE(VolumeMove::run(m_profile, m_docs[0], QStringLiteral("third"), QStringLiteral("clerk")).error().code(),
                 QStringLiteral("volume_unknown"));
        QCOMPARE(VolumeMove::run(m_profile, 9999, QStringLiteral("main"), QStringLiteral("clerk")).error().code(),
                 QStringLiteral("document_unknown"));
    }

    // The window's move (Ctrl+Shift+V) through the editors of both volumes on one dossier stack: a 正卷 edit, the
    // move, a 副卷 edit of the moved document, then three undos in that order give the catalogue back as it was.
    void moveBetweenVolumesOnTheDossierStack()
    {
        const auto where = [this](qint64 doc) {
            auto r = execSql(db(),
                             QStringLiteral("SELECT v.kind || ':' || d.position || ':' || d.title FROM documents d "
                                            "JOIN volumes v ON v.id = d.volume_id WHERE d.id=?"),
                             {doc});
            return r && r->next() ? r->value(0).toString() : QString();
        };
        QUndoStack stack;
        CatalogueEditor main(m_profile, m_volume, QStringLiteral("clerk"), nullptr, &stack);
        QCOMPARE(main.undoStack(), &stack);
        QVERIFY(main.setTitle(m_docs[2], QStringLiteral("判决书（正本）")).ok());
        QVERIFY(main.moveToVolume(m_docs[1], QStringLiteral("secondary")).ok());
        QCOMPARE(where(m_docs[1]), QStringLiteral("secondary:0:"));
        QCOMPARE(main.moveToVolume(m_docs[1], QStringLiteral("secondary")).error().code(),
                 QStringLiteral("document_not_in_volume"));
        auto secondaryVolume = execSql(db(), QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {m_docs[1]});
        QVERIFY(secondaryVolume && secondaryVolume->next());
        CatalogueEditor secondary(m_profile, secondaryVolume->value(0).toLongLong(), QStringLiteral("clerk"), nullptr,
                                  &stack);
        QVERIFY(secondary.setTitle(m_docs[1], QStringLiteral("受理通知书（内部）")).ok());
        QCOMPARE(stack.count(), 3);
        QCOMPARE(stack.text(1), QStringLiteral("Move to the 副卷"));
        stack.undo();
        QCOMPARE(where(m_docs[1]), QStringLiteral("secondary:0:"));
        stack.undo();
        QCOMPARE(where(m_docs[1]), QStringLiteral("main:1:"));
        stack.undo();
        QCOMPARE(where(m_docs[2]), QStringLiteral("main:2:"));
        QCOMPARE(pagesByDocument(main).size(), 3);
        stack.redo();
        stack.redo();
        QCOMPARE(where(m_docs[1]), QStringLiteral("secondary:0:"));
        QCOMPARE(where(m_docs[2]), QStringLiteral("main:1:判决书（正本）"));
        // A document already in the volume it is sent to is refused, and nothing is logged for it.
        QCOMPARE(
            VolumeMove::run(m_profile, m_docs[1], QStringLiteral("secondary"), QStringLiteral("clerk")).error().code(),
            QStringLiteral("document_in_volume"));
    }

    void moveUndoRedo()
    {
        CatalogueEditor e(m_profile, m_volume, QStringLiteral("clerk1"));
        const auto before = e.load();
        QVERIFY(before.ok());
        QCOMPARE(before->documents.size(), 3);
        // Page 2 of the complaint belongs to the notice, in front of its page.
        QVERIFY(e.movePages({m_pages[1]}, m_docs[1], 0).ok());
        QCOMPARE(pagesByDocument(e),
                 (QList<QList<qint64>>{{m_pages[0], m_pages[2]}, {m_pages[1], m_pages[3]}, {m_pages[4], m_pages[5]}}));
        QCOMPARE(e.undoStack()->count(), 1);
        e.undoStack()->undo();
        QCOMPARE(*e.load(), *before);
        e.undoStack()->redo();
        QCOMPARE(pagesByDocument(e).at(1), (QList<qint64>{m_pages[1], m_pages[3]}));
        // page_in_document is renumbered over content pages; the blank back has none.
        auto q = execSql(db(), QStringLiteral("SELECT page_in_document FROM pages WHERE id=?"), {m_pages[3]});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 2);
        q = execSql(db(), QStringLiteral("SELECT page_in_document FROM pages WHERE id=?"), {m_pages[2]});
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).isNull());
        // Every step is in the audit log, with who did it.
        q = execSql(db(), QStringLiteral("SELECT action, actor FROM audit_log ORDER BY id"));
        QStringList actions;
        while (q && q->next()) {
            actions << q->value(0).toString();
            QCOMPARE(q->value(1).toString(), QStringLiteral("clerk1"));
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("move pages"), QStringLiteral("undo move pages"),
                                       QStringLiteral("redo move pages")}));
    }

    void movingTheLastPageDropsTheDocumentAndUndoBringsItBack()
    {
        CatalogueEditor e(m_profile, m_volume, QStringLiteral("clerk1"));
        const auto before = *e.load();
        QVERIFY(e.movePages({m_pages[3]}, m_docs[0], -1).ok());
        QCOMPARE(e.load()->documents.size(), 2);
        e.undoStack()->undo();
        QCOMPARE(*e.load(), before); // the notice is back, with its own id
    }

    void insertAndReplaceAreUndoableAndKeepTheOldPage()
    {
        CatalogueEditor e(m_profile, m_volume, QStringLiteral("clerk1"));
        const auto before = *e.load();
        auto add = [this](const QString& key) {
            auto r =
                execSql(db(),
                        QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, kind, created_at) "
                                       "VALUES(?, 'rescan', 0, 'done', 'content', 'now')"),
                        {key});
            return r ? r->lastInsertId().toLongLong() : -1;
        };
        const qint64 inserted = add(QStringLiteral("new1")), replacement = add(QStringLiteral("new2"));
        // A re-scanned sheet goes in as the notice's first page.
        QVERIFY(e.insertPage(inserted, m_docs[1], 0).ok());
        QCOMPARE(pagesByDocument(e).at(1), (QList<qint64>{inserted, m_pages[3]}));
        QVERIFY(!e.insertPage(inserted, m_docs[2], 0).ok()); // already in the volume
        // Page 5 is replaced by its re-scan: same place, the old page kept as removed.
        QVERIFY(e.replacePage(m_pages[4], replacement, QStringLiteral("rescanned")).ok());
        QCOMPARE(pagesByDocument(e).at(2), (QList<qint64>{replacement, m_pages[5]}));
        QVERIFY(e.load()->removed.contains(m_pages[4]));
        auto q = execSql(db(), QStringLiteral("SELECT status FROM pages WHERE id=?"), {m_pages[4]});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("removed"));
        // Undoing both gives the volume back as it was; the inserted page belongs to no document.
        e.undoStack()->undo();
        e.undoStack()->undo();
        QCOMPARE(*e.load(), before);
        q = execSql(db(), QStringLiteral("SELECT document_id FROM pages WHERE id=?"), {inserted});
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).isNull());
        e.undoStack()->redo();
        QCOMPARE(pagesByDocument(e).at(1), (QList<qint64>{inserted, m_pages[3]}));
    }

    void splitMergeTypeTitleReorder()
    {
        CatalogueEditor e(m_profile, m_volume, QStringLiteral("clerk2"));
        const auto before = *e.load();
        QVERIFY(e.splitAt(m_pages[5]).ok());
        auto s = *e.load();
        QCOMPARE(s.documents.size(), 4);
        QCOMPARE(s.documents.at(3).pages, QList<qint64>{m_pages[5]});
        const qint64 newDoc = s.documents.at(3).id;
        QVERIFY(newDoc > 0);
        QVERIFY(e.setType(newDoc, QStringLiteral("pronouncement_record"), QStringLiteral("宣判笔录")).ok());
        QVERIFY(e.moveDocument(newDoc, 0).ok());
        s = *e.load();
        QCOMPARE(s.documents.first().docType, QStringLiteral("pronouncement_record"));
        QCOMPARE(s.documents.first().title, QStringLiteral("宣判笔录"));
        QVERIFY(e.setTitle(m_docs[0], QStringLiteral("民事起诉状")).ok());
        QVERIFY(e.mergeWithPrevious(m_docs[1]).ok());
        QCOMPARE(e.load()->documents.size(), 3);
        QVERIFY(!e.splitAt(m_pages[0]).ok());       // already the first page of its document
        QVERIFY(!e.mergeWithPrevious(newDoc).ok()); // now the first document
        QVERIFY(!e.movePages({999999}, m_docs[0], 0).ok());
        while (e.undoStack()->canUndo())
            e.undoStack()->undo();
        QCOMPARE(*e.load(), before);
    }

    void removingAPageNeedsAReasonAndIsLogged()
    {
        CatalogueEditor e(m_profile, m_volume, QStringLiteral("clerk3"));
        const auto r = e.removePage(m_pages[2], QString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QStringLiteral("reason_required"));
        QVERIFY(e.removePage(m_pages[2], QStringLiteral("空白背面")).ok());
        QCOMPARE(e.load()->removed, QList<qint64>{m_pages[2]});
        QVERIFY(!e.load()->documents.first().pages.contains(m_pages[2]));
        auto q = execSql(db(), QStringLiteral("SELECT details FROM audit_log WHERE action='remove page'"));
        QVERIFY(q && q->next());
        QCOMPARE(QJsonDocument::fromJson(q->value(0).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("空白背面"));
        q = execSql(db(), QStringLiteral("SELECT status FROM pages WHERE id=?"), {m_pages[2]});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("removed"));
        e.undoStack()->undo();
        QVERIFY(e.load()->documents.first().pages.contains(m_pages[2]));
        QVERIFY(e.load()->removed.isEmpty());
    }

    void editsSurviveAReopenAndMarkTheDossier()
    {
        {
            CatalogueEditor e(m_profile, m_volume, QStringLiteral("clerk1"));
            QVERIFY(e.movePages({m_pages[4]}, m_docs[1], -1).ok());
        }
        CatalogueEditor again(m_profile, m_volume, QStringLiteral("clerk1"));
        QCOMPARE(pagesByDocument(again).at(1), (QList<qint64>{m_pages[3], m_pages[4]}));
        auto q = execSql(db(), QStringLiteral("SELECT edited_at FROM dossiers"));
        QVERIFY(q && q->next());
        QVERIFY(!q->value(0).isNull());
        auto v = CatalogueEditor::volumeOf(m_profile, QStringLiteral("（2024）苏0602民初1号"), QStringLiteral("D1"));
        QVERIFY(v.ok());
        QCOMPARE(*v, m_volume);
    }
};

QTEST_MAIN(TestCatalogueEditor)
#include "testcatalogueeditor.moc"
