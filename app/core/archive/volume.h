#pragma once

#include "archive/caseinfo.h"
#include "imaging/pageanalyzer.h"

#include <dossier/ocrtypes.h>
#include <dossier/result.h>

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Dossier {

class Profile;

// One scanned page of a volume as the archive outputs need it.
struct VolumePage final
{
    qint64 id = 0;
    QString sha256;
    QString format; // master file extension: jpg, png, tif
    QString masterPath;
    QString kind; // content / blank
    int dpi = 300;
    QSize pixels; // of the master
    PageTransform transform;
    OcrPage ocr; // boxes in working-image pixels (transform.cleanedSize)
    QStringList flags;
    QString colourMode; // colour / grey / bitonal
    int number = 0;     // volume page number (content pages from 1); 0: not numbered
    int document = -1;  // index into Volume::documents
};

struct VolumeDocument final
{
    qint64 id = 0; // documents row
    QString docType;
    QString typeName; // from the template
    QString title;
    int firstPage = 0; // volume page numbers; 0 when the document has only unnumbered pages
    int lastPage = 0;
    QList<int> pages; // indices into Volume::pages
};

// The name of the court with this 案号 court code (resources/courts.json), or empty when not listed.
QString courtName(const QString& courtCode);

// A dossier's main volume as stored in the profile: documents in catalogue order, pages in order.
struct Volume final
{
    qint64 dossierRowId = 0;
    QString caseNo;
    QString dossierId;
    QString templateId;
    QString templateName;
    CaseInfo info; // what the pages state, overridden by what was entered (cases.info)
    QList<VolumeDocument> documents;
    QList<VolumePage> pages;

    int numberedPages() const;
    // The DA/T 31 key of the volume: <案号 file key>-Z-1 (Z: 正卷, F: 副卷).
    QString fileKey() const;

    // What a load reads of the pages: everything (the archive), or all but their OCR words and boxes (the reader,
    // which reads a page's OCR when it needs it: Volume::page).
    enum class Detail { Full, Reading };
    // One volume of a dossier: its 正卷 (kind "main") or its 副卷 ("secondary").
    static Result<Volume> load(const Profile& profile, const QString& caseNo, const QString& dossierId,
                               Detail detail = Detail::Full, const QString& kind = QStringLiteral("main"));
    // The main volume of the case's first dossier.
    static Result<Volume> loadMain(const Profile& profile, const QString& caseNo, Detail detail = Detail::Full);
    // Stores what a clerk entered for the case's cover (overriding what the pages state; the 涉密 mark as given).
    static Status saveCaseInfo(const Profile& profile, const QString& caseNo, const CaseInfo& entered);
    // One stored page (number and document left unset).
    static Result<VolumePage> page(const Profile& profile, qint64 pageId);
};

} // namespace Dossier
