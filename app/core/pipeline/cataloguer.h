#pragma once

#include "domain/cataloguetemplate.h"

#include <dossier/ocrtypes.h>

#include <QList>
#include <QSize>
#include <QString>

namespace Dossier {

// Splits a batch (pages in feed order) into dossiers at separator sheets, and each dossier into documents:
// a new document where a title is recognised; continuation pages and verso blanks stay with their document.
class Cataloguer final
{
public:
    struct PageIn
    {
        QString kind; // separator / content / blank / error
        QString separatorCaseNo;
        QString separatorDossierId;
        OcrPage ocr;
        QSize size; // of the image the OCR boxes refer to
    };
    struct Document
    {
        QString docType;
        QString title;
        int firstPage = 0; // volume page numbers (content pages, 1-based)
        int lastPage = 0;
        QList<int> pages; // indices into the batch
    };
    struct Dossier
    {
        QString caseNo;
        QString dossierId;
        QList<Document> documents;
        QList<int> pages; // all batch indices of the dossier (not the separator)
    };
    struct PageOut
    {
        int dossier = -1;       // index into dossiers, -1: unassigned / separator
        int document = -1;      // index in its dossier
        int pageInDocument = 0; // 1-based among content pages; 0 for blanks
        int volumePage = 0;     // 1-based content page number in the volume; 0 for blanks
        QString docType;
        QString title;
    };
    struct Result
    {
        QList<Dossier> dossiers;
        QList<PageOut> pages;
        QList<int> unassigned;
    };

    explicit Cataloguer(CatalogueTemplate tmpl);
    Result run(const QList<PageIn>& pages, const QString& defaultCaseNo) const;

    // The title line of a page (short, centred or larger than the body, near the top), if any;
    // `candidates` receives the title-like lines at the top in order.
    static QString findTitle(const OcrPage& ocr, QSize size, QStringList* candidates = nullptr);

private:
    CatalogueTemplate m_template;
};

} // namespace Dossier
