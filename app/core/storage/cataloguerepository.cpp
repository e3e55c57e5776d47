#include "storage/cataloguerepository.h"

#include "common/clock.h"
#include "domain/casenumber.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

} // namespace

Result<qint64> CatalogueRepository::idOf(const QString& sql, const QVariantList& binds)
{
    auto q = execSql(m_db, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Database::sqlError(*q);
    return q->value(0).toLongLong();
}

Result<CatalogueRepository::VolumeRef> CatalogueRepository::ensureMainVolume(const QString& caseNo,
                                                                             const QString& dossierId,
                                                                             const QString& templateId,
                                                                             int templateVersion)
{
    const auto cn = CaseNumber::parse(caseNo);
    if (auto s = statusOf(execSql(m_db,
                                  QStringLiteral("INSERT INTO cases(case_no, year, court_code, type_code, sequence, "
                                                 "created_at) VALUES(?,?,?,?,?,?) ON CONFLICT(case_no) DO NOTHING"),
                                  {caseNo, cn ? cn->year : 0, cn ? cn->courtCode : QString(),
                                   cn ? cn->typeCode : QString(), cn ? cn->sequence : 0, Clock::stamp()}));
        !s)
        return s.error();
    auto caseId = idOf(QStringLiteral("SELECT id FROM cases WHERE case_no=?"), {caseNo});
    if (!caseId)
        return caseId.error();
    if (auto s = statusOf(execSql(m_db,
                                  QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, "
                                                 "template_version, created_at) VALUES(?,?,?,?,?) "
                                                 "ON CONFLICT(case_id, external_id) DO NOTHING"),
                                  {*caseId, dossierId, templateId, templateVersion, Clock::stamp()}));
        !s)
        return s.error();
    auto dossier = execSql(m_db, QStringLiteral("SELECT id, edited_at FROM dossiers WHERE case_id=? AND external_id=?"),
                           {*caseId, dossierId});
    if (!dossier)
        return dossier.error();
    if (!dossier->next())
        return Database::sqlError(*dossier);
    const qint64 id = dossier->value(0).toLongLong();
    const bool edited = !dossier->value(1).isNull();
    if (auto s = statusOf(execSql(m_db,
                                  QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1) "
                                                 "ON CONFLICT(dossier_id, kind, number) DO NOTHING"),
                                  {id}));
        !s)
        return s.error();
    auto volume = idOf(QStringLiteral("SELECT id FROM volumes WHERE dossier_id=? AND kind='main'"), {id});
    if (!volume)
        return volume.error();
    return VolumeRef{*volume, edited};
}

Status CatalogueRepository::appendToLastDocument(qint64 volumeId, const QList<qint64>& pageIds, const QString& caseNo)
{
    auto last = execSql(
        m_db, QStringLiteral("SELECT id FROM documents WHERE volume_id=? ORDER BY position DESC LIMIT 1"), {volumeId});
    if (!last)
        return last.error();
    if (!last->next())
        return Ok{}; // an edited volume with no document left: the pages stay unplaced, as before
    const qint64 lastDoc = last->value(0).toLongLong();
    for (qint64 page : pageIds) {
        // Only pages still unplaced and not removed; the position follows the document's last page.
        if (auto s = statusOf(
                execSql(m_db,
                        QStringLiteral("UPDATE pages SET document_id=?, position=(SELECT coalesce(max(position),-1)+1 "
                                       "FROM pages WHERE document_id=?), case_no=? WHERE id=? AND document_id IS NULL "
                                       "AND status <> 'removed'"),
                        {lastDoc, lastDoc, caseNo, page}));
            !s)
            return s;
    }
    return Ok{};
}

Status CatalogueRepository::replaceDocuments(qint64 volumeId, const QList<NewDocument>& documents,
                                             const QString& caseNo)
{
    if (auto s = statusOf(execSql(m_db,
                                  QStringLiteral("UPDATE pages SET document_id=NULL WHERE document_id IN "
                                                 "(SELECT id FROM documents WHERE volume_id=?)"),
                                  {volumeId}));
        !s)
        return s;
    if (auto s = statusOf(execSql(m_db, QStringLiteral("DELETE FROM documents WHERE volume_id=?"), {volumeId})); !s)
        return s;
    return insertDocuments(volumeId, documents, caseNo, 0);
}

Status CatalogueRepository::appendDocuments(qint64 volumeId, const QList<NewDocument>& documents, const QString& caseNo)
{
    auto next = execSql(m_db, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM documents WHERE volume_id=?"),
                        {volumeId});
    if (!next)
        return next.error();
    const int first = next->next() ? next->value(0).toInt() : 0;
    if (auto s = insertDocuments(volumeId, documents, caseNo, first); !s)
        return s;
    return statusOf(execSql(m_db,
                            QStringLiteral("UPDATE dossiers SET edited_at=? WHERE id=(SELECT dossier_id FROM volumes "
                                           "WHERE id=?)"),
                            {Clock::stamp(), volumeId}));
}

Status CatalogueRepository::insertDocuments(qint64 volumeId, const QList<NewDocument>& documents, const QString& caseNo,
                                            int first)
{
    for (qsizetype k = 0; k < documents.size(); ++k) {
        const NewDocument& doc = documents.at(k);
        auto ins =
            execSql(m_db, QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) VALUES(?,?,?,?)"),
                    {volumeId, first + int(k), doc.docType, doc.title});
        if (!ins)
            return ins.error();
        const qint64 docId = ins->lastInsertId().toLongLong();
        for (qsizetype i = 0; i < doc.pages.size(); ++i) {
            const PlacedPage& p = doc.pages.at(i);
            const QString flags =
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.flags)).toJson(QJsonDocument::Compact));
            if (auto s =
                    statusOf(execSql(m_db,
                                     QStringLiteral("UPDATE pages SET document_id=?, position=?, page_in_document=?, "
                                                    "case_no=?, flags=? WHERE id=?"),
                                     {docId, int(i), p.pageInDocument > 0 ? QVariant(p.pageInDocument) : QVariant(),
                                      caseNo, flags, p.pageId}));
                !s)
                return s;
        }
    }
    return Ok{};
}

Result<QString> CatalogueRepository::dossierIdOf(const QString& caseNo)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT d.external_id FROM dossiers d JOIN cases c ON c.id = d.case_id "
                                    "WHERE c.case_no=? ORDER BY d.id LIMIT 1"),
                     {caseNo});
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0).toString();
    auto issued = execSql(m_db, QStringLiteral("SELECT value FROM settings WHERE key=?"),
                          {QStringLiteral("issued_dossier_id:") + caseNo});
    if (!issued)
        return issued.error();
    return issued->next() ? issued->value(0).toString() : QString();
}

Result<QStringList> CatalogueRepository::knownDossierIds()
{
    QStringList ids;
    for (const QString& sql : {QStringLiteral("SELECT external_id FROM dossiers"),
                               QStringLiteral("SELECT value FROM settings WHERE key LIKE 'issued_dossier_id:%'")}) {
        auto all = execSql(m_db, sql);
        if (!all)
            return all.error();
        while (all->next())
            ids << all->value(0).toString();
    }
    return ids;
}

Status CatalogueRepository::recordIssuedDossierId(const QString& caseNo, const QString& dossierId)
{
    return statusOf(execSql(m_db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"),
                            {QStringLiteral("issued_dossier_id:") + caseNo, dossierId}));
}

Result<qint64> CatalogueRepository::ensureVolumeOf(qint64 dossierId, const QString& kind)
{
    if (auto s = statusOf(execSql(m_db,
                                  QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, ?, 1) "
                                                 "ON CONFLICT(dossier_id, kind, number) DO NOTHING"),
                                  {dossierId, kind}));
        !s)
        return s.error();
    return idOf(QStringLiteral("SELECT id FROM volumes WHERE dossier_id=? AND kind=? ORDER BY number LIMIT 1"),
                {dossierId, kind});
}

Status CatalogueRepository::moveDocument(qint64 documentId, qint64 toVolumeId, int position)
{
    auto from = execSql(m_db, QStringLiteral("SELECT volume_id, position FROM documents WHERE id=?"), {documentId});
    if (!from)
        return from.error();
    if (!from->next())
        return Error(QStringLiteral("document_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no document %1 in this profile."),
                     {QString::number(documentId)});
    const qint64 fromVolume = from->value(0).toLongLong();
    const int fromPosition = from->value(1).toInt();
    if (fromVolume == toVolumeId)
        return Error(QStringLiteral("document_in_volume"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "This document is in that volume already."));
    if (auto s = statusOf(execSql(m_db,
                                  QStringLiteral("UPDATE documents SET position=position+1 WHERE volume_id=? AND "
                                                 "position>=?"),
                                  {toVolumeId, position}));
        !s)
        return s;
    if (auto s = statusOf(execSql(m_db, QStringLiteral("UPDATE documents SET volume_id=?, position=? WHERE id=?"),
                                  {toVolumeId, position, documentId}));
        !s)
        return s;
    // The volume it left closes up: its 卷内目录 numbers stay 1, 2, 3 …
    return statusOf(execSql(m_db,
                            QStringLiteral("UPDATE documents SET position=position-1 WHERE volume_id=? AND position>?"),
                            {fromVolume, fromPosition}));
}

Result<CatalogueRepository::Place> CatalogueRepository::moveDocumentByHand(qint64 documentId, const QString& kind,
                                                                           int position, const QStringList& order,
                                                                           const QString& actor, const QString& action)
{
    Transaction tx(m_db);
    auto q = execSql(m_db,
                     QStringLiteral("SELECT d.volume_id, d.position, v.dossier_id, d.doc_type, v.kind FROM documents d "
                                    "JOIN volumes v ON v.id = d.volume_id WHERE d.id=?"),
                     {documentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("document_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no document %1 in this profile."),
                     {QString::number(documentId)});
    Place was{q->value(0).toLongLong(), q->value(4).toString(), q->value(1).toInt()};
    const qint64 dossier = q->value(2).toLongLong();
    const QString type = q->value(3).toString();
    auto to = ensureVolumeOf(dossier, kind);
    if (!to)
        return to.error();
    if (position < 0) { // before the first document whose type comes later in the template
        auto later = execSql(m_db,
                             QStringLiteral("SELECT doc_type, position FROM documents WHERE volume_id=? "
                                            "ORDER BY position"),
                             {*to});
        if (!later)
            return later.error();
        position = 0;
        const auto rank = [&order](const QString& code) {
            const qsizetype i = order.indexOf(code);
            return i < 0 ? order.size() : i;
        };
        while (later->next() && rank(later->value(0).toString()) <= rank(type))
            position = later->value(1).toInt() + 1;
    }
    if (auto s = moveDocument(documentId, *to, position); !s)
        return s.error();
    const QString at = Clock::stamp();
    if (auto s = statusOf(execSql(m_db, QStringLiteral("UPDATE dossiers SET edited_at=? WHERE id=?"), {at, dossier}));
        !s)
        return s.error();
    const QJsonObject details{{QStringLiteral("document"), documentId},
                              {QStringLiteral("volume"), kind},
                              {QStringLiteral("position"), position}};
    if (auto s = AuditRepository(m_db).record(actor, dossier, action, details, at); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    was.movedTo = *to;
    return was;
}

Status CatalogueRepository::retype(qint64 documentId, const QString& docType)
{
    return statusOf(execSql(m_db, QStringLiteral("UPDATE documents SET doc_type=?, revision=revision+1 WHERE id=?"),
                            {docType, documentId}));
}

Result<qint64> CatalogueRepository::dossierOfVolume(qint64 volumeId)
{
    return idOf(QStringLiteral("SELECT dossier_id FROM volumes WHERE id=?"), {volumeId});
}

Result<std::optional<qint64>> CatalogueRepository::mainVolumeOf(const QString& caseNo, const QString& dossierId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT v.id FROM volumes v JOIN dossiers d ON d.id = v.dossier_id "
                                    "JOIN cases c ON c.id = d.case_id WHERE c.case_no=? AND d.external_id=? "
                                    "AND v.kind='main'"),
                     {caseNo, dossierId});
    if (!q)
        return q.error();
    return q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::optional<qint64>();
}

Result<CatalogueRepository::VolumeCatalogue> CatalogueRepository::readVolume(qint64 volumeId)
{
    VolumeCatalogue c;
    auto docs = execSql(
        m_db,
        QStringLiteral("SELECT id, doc_type, title, type_by_hand FROM documents WHERE volume_id=? ORDER BY position"),
        {volumeId});
    if (!docs)
        return docs.error();
    while (docs->next())
        c.documents.append({docs->value(0).toLongLong(),
                            docs->value(1).toString(),
                            docs->value(2).toString(),
                            {},
                            docs->value(3).toBool()});
    for (VolumeCatalogue::Document& d : c.documents) {
        auto pages = execSql(
            m_db, QStringLiteral("SELECT id FROM pages WHERE document_id=? AND status='done' ORDER BY position"),
            {d.id});
        if (!pages)
            return pages.error();
        while (pages->next())
            d.pages << pages->value(0).toLongLong();
    }
    auto gone =
        execSql(m_db, QStringLiteral("SELECT id FROM pages WHERE removed_volume=? AND status='removed' ORDER BY id"),
                {volumeId});
    if (!gone)
        return gone.error();
    while (gone->next())
        c.removed << gone->value(0).toLongLong();
    return c;
}

Result<CatalogueRepository::VolumeCatalogue>
CatalogueRepository::writeVolume(qint64 volumeId, qint64 dossierId, VolumeCatalogue catalogue, const QString& actor,
                                 const QString& action, const QJsonObject& details)
{
    Transaction tx(m_db);
    QSet<qint64> existing;
    auto q = execSql(m_db, QStringLiteral("SELECT id FROM documents WHERE volume_id=?"), {volumeId});
    if (!q)
        return q.error();
    while (q->next())
        existing.insert(q->value(0).toLongLong());
    if (auto s = writeDocuments(volumeId, catalogue, existing); !s)
        return s.error();
    if (auto s = unplaceDropped(catalogue, existing); !s)
        return s.error();
    if (auto s = deleteDropped(catalogue, existing); !s)
        return s.error();
    if (auto s = placePages(volumeId, catalogue); !s)
        return s.error();
    const QString at = Clock::stamp();
    if (auto s = statusOf(execSql(m_db, QStringLiteral("UPDATE dossiers SET edited_at=? WHERE id=?"), {at, dossierId}));
        !s)
        return s.error();
    if (auto s = AuditRepository(m_db).record(actor, dossierId, action, details, at); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return catalogue;
}

// Documents kept are updated, new ones made (one an undo brings back keeps its id).
Status CatalogueRepository::writeDocuments(qint64 volumeId, VolumeCatalogue& catalogue, const QSet<qint64>& existing)
{
    for (qsizetype k = 0; k < catalogue.documents.size(); ++k) {
        VolumeCatalogue::Document& d = catalogue.documents[k];
        if (d.title.isNull())
            d.title = QStringLiteral(""); // stored NOT NULL: a null QString would bind as NULL
        if (d.id != 0 && existing.contains(d.id)) {
            if (auto s = statusOf(execSql(
                    m_db,
                    QStringLiteral("UPDATE documents SET position=?, doc_type=?, title=?, type_by_hand=? WHERE id=?"),
                    {int(k), d.docType, d.title, d.typeByHand, d.id}));
                !s)
                return s;
        } else {
            auto ins = d.id != 0 ? execSql(m_db,
                                           QStringLiteral("INSERT INTO documents(id, volume_id, position, doc_type, "
                                                          "title, type_by_hand) VALUES(?,?,?,?,?,?)"),
                                           {d.id, volumeId, int(k), d.docType, d.title, d.typeByHand})
                                 : execSql(m_db,
                                           QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title, "
                                                          "type_by_hand) VALUES(?,?,?,?,?)"),
                                           {volumeId, int(k), d.docType, d.title, d.typeByHand});
            if (!ins)
                return ins.error();
            if (d.id == 0)
                d.id = ins->lastInsertId().toLongLong();
        }
    }
    return Ok{};
}

// Documents the catalogue no longer has go (their pages are unplaced first).
Status CatalogueRepository::deleteDropped(const VolumeCatalogue& catalogue, const QSet<qint64>& existing)
{
    QSet<qint64> kept;
    for (const VolumeCatalogue::Document& d : catalogue.documents)
        kept.insert(d.id);
    for (qint64 id : existing)
        if (!kept.contains(id)) {
            if (auto s = statusOf(
                    execSql(m_db, QStringLiteral("UPDATE pages SET document_id=NULL WHERE document_id=?"), {id}));
                !s)
                return s;
            if (auto s = statusOf(execSql(m_db, QStringLiteral("DELETE FROM documents WHERE id=?"), {id})); !s)
                return s;
        }
    return Ok{};
}

// Pages in the volume before that the catalogue no longer holds (an undone insertion) belong to no document.
Status CatalogueRepository::unplaceDropped(const VolumeCatalogue& catalogue, const QSet<qint64>& existing)
{
    QSet<qint64> held(catalogue.removed.begin(), catalogue.removed.end());
    for (const VolumeCatalogue::Document& d : catalogue.documents)
        held.unite(QSet<qint64>(d.pages.begin(), d.pages.end()));
    QList<qint64> dropped;
    for (qint64 id : existing) {
        auto q = execSql(m_db, QStringLiteral("SELECT id FROM pages WHERE document_id=? AND status='done'"), {id});
        if (!q)
            return q.error();
        while (q->next())
            if (const qint64 page = q->value(0).toLongLong(); !held.contains(page))
                dropped << page;
    }
    for (qint64 page : std::as_const(dropped))
        if (auto s = statusOf(execSql(
                m_db,
                QStringLiteral("UPDATE pages SET document_id=NULL, position=NULL, page_in_document=NULL WHERE id=?"),
                {page}));
            !s)
            return s;
    return Ok{};
}

// Every page at its place and number (blank backs get none); the pages taken out, marked removed.
Status CatalogueRepository::placePages(qint64 volumeId, const VolumeCatalogue& catalogue)
{
    for (const VolumeCatalogue::Document& d : catalogue.documents) {
        int n = 0;
        for (qsizetype i = 0; i < d.pages.size(); ++i) {
            auto kind = execSql(m_db, QStringLiteral("SELECT kind FROM pages WHERE id=?"), {d.pages.at(i)});
            if (!kind)
                return kind.error();
            const bool blank = kind->next() && kind->value(0).toString() == QLatin1String("blank");
            if (auto s =
                    statusOf(execSql(m_db,
                                     QStringLiteral("UPDATE pages SET document_id=?, position=?, page_in_document=?, "
                                                    "status='done', removed_volume=NULL WHERE id=?"),
                                     {d.id, int(i), blank ? QVariant() : QVariant(++n), d.pages.at(i)}));
                !s)
                return s;
        }
    }
    // Pages an undo takes out of `removed` are back in a document above; nothing else to do.
    for (qint64 p : catalogue.removed)
        if (auto s =
                statusOf(execSql(m_db,
                                 QStringLiteral("UPDATE pages SET status='removed', document_id=NULL, position=NULL, "
                                                "page_in_document=NULL, removed_volume=? WHERE id=?"),
                                 {volumeId, p}));
            !s)
            return s;
    return Ok{};
}

Result<CatalogueRepository::CaseDossiers> CatalogueRepository::dossiersOf(const QString& caseNo)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT d.external_id, c.info FROM dossiers d JOIN cases c ON c.id = d.case_id "
                                    "WHERE c.case_no=? ORDER BY d.id"),
                     {caseNo});
    if (!q)
        return q.error();
    CaseDossiers out;
    while (q->next()) {
        out.dossierIds << q->value(0).toString();
        out.caseInfo = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    }
    return out;
}

Result<QList<CatalogueRepository::DossierPages>> CatalogueRepository::allDossierPages()
{
    auto q =
        execSql(m_db, QStringLiteral(
                          "SELECT c.case_no, d.external_id, p.sha256 FROM dossiers d JOIN cases c ON c.id = d.case_id "
                          "JOIN volumes v ON v.dossier_id = d.id LEFT JOIN documents doc ON doc.volume_id = v.id "
                          "LEFT JOIN pages p ON p.document_id = doc.id AND p.status='done' "
                          "ORDER BY c.case_no, d.external_id, v.kind, doc.position, p.position"));
    if (!q)
        return q.error();
    QList<DossierPages> out;
    while (q->next()) {
        const QString caseNo = q->value(0).toString(), dossierId = q->value(1).toString();
        if (out.isEmpty() || out.last().caseNo != caseNo || out.last().dossierId != dossierId)
            out.append({caseNo, dossierId, {}});
        if (!q->value(2).isNull())
            out.last().pageSha256 << q->value(2).toString();
    }
    return out;
}

} // namespace Dossier
