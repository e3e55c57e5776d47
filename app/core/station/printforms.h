#pragma once

#include <dossier/result.h>

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace Dossier {

class Profile;

struct CaseRef final
{
    QString caseNo;    // normalised 案号
    QString dossierId; // D011000
    QString court;
};

// The sheets a clerk prints: QR separator sheets that start each dossier in the scanner's feed (the pipeline
// reads their payload DOSSIER-SEP|<dossier id>|<案号>), and case labels (一案一码, DOSSIER-CASE|…) for
// the paper folders that go into the warehouse. Painted with QPainter on any paged device: a printer, its
// preview, or a PDF file.
namespace PrintForms {

QString separatorPayload(const CaseRef& c);
QString caseLabelPayload(const CaseRef& c);

// One A4 separator sheet per case.
Status separatorSheets(QPagedPaintDevice* device, const QList<CaseRef>& cases);
// Labels of 90 × 50 mm, two columns × five rows on A4.
Status caseLabels(QPagedPaintDevice* device, const QList<CaseRef>& cases);

} // namespace PrintForms

// The profile's dossier id for a case: the existing one, else the next free "D" + six digits.
Result<QString> dossierIdFor(const Profile& profile, const QString& caseNo);

} // namespace Dossier
