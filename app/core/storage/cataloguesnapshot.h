#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Dossier {

// The whole catalogue of a profile as the window's tree shows it, read in five statements (not one per
// dossier and document): dossiers, their documents in order, the documents' processed pages in order, and
// the records with an open sync conflict. Read on a worker thread; a value, handed to the GUI thread.
struct CatalogueSnapshot final
{
    struct Dossier
    {
        qint64 id = 0;
        QString caseNo, dossierId;
        QString templateId; // the template it was catalogued with
    };
    struct Document
    {
        qint64 id = 0, dossierRowId = 0, volumeId = 0;
        int position = 0;
        QString docType, title, uid;
        QString volumeKind; // "main" (正卷) or "secondary" (副卷)
    };
    struct Page
    {
        qint64 id = 0, documentId = 0;
        QString source, kind, sha256, format, text, uid;
        QStringList flags;
        int pageInDocument = 0;
    };
    QList<Dossier> dossiers;   // by 案号
    QList<Document> documents; // by dossier, its 正卷 first, then position
    QList<Page> pages;         // by document, then position
    QSet<QString> conflicted;  // uids of records with an open sync conflict
    QList<Page> unassigned;    // processed pages in no document (documentId 0), oldest first

    static Result<CatalogueSnapshot> read(QSqlDatabase db);
};

} // namespace Dossier
