#include "station/printforms.h"

#include "archive/volumebuilder.h"
#include "imaging/qrcode.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace Dossier {
namespace {

Error printFailed()
{
    return Error(QStringLiteral("print_failed"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The printer or the PDF file could not be opened for printing."));
}

QFont font(double sizeMm, QPainter& p, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    // Sizes in millimetres whatever the device's resolution.
    f.setPixelSize(std::max(1, int(sizeMm / 25.4 * p.device()->logicalDpiY())));
    f.setBold(bold);
    return f;
}

// Millimetres → device pixels.
struct Mm
{
    double k;
    QRectF r(double x, double y, double w, double h) const { return QRectF(x * k, y * k, w * k, h * k); }
};

} // namespace

QString PrintForms::separatorPayload(const CaseRef& c)
{
    return QStringLiteral("DOSSIER-SEP|%1|%2").arg(c.dossierId, c.caseNo);
}

QString PrintForms::caseLabelPayload(const CaseRef& c)
{
    return VolumeBuilder::caseCode(c.caseNo, c.dossierId);
}

Status PrintForms::separatorSheets(QPagedPaintDevice* device, const QList<CaseRef>& cases)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(device))
        return printFailed();
    const Mm mm{device->logicalDpiX() / 25.4};
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (i > 0)
            device->newPage();
        const CaseRef& c = cases.at(i);
        p.setPen(Qt::black);
        p.setFont(font(12, p, true));
        p.drawText(mm.r(0, 25, 210, 18), Qt::AlignCenter, QStringLiteral("卷 宗 分 隔 页"));
        p.setFont(font(7, p, true));
        p.drawText(mm.r(0, 52, 210, 12), Qt::AlignCenter, c.caseNo);
        p.setFont(font(4.5, p));
        p.drawText(mm.r(0, 66, 210, 8), Qt::AlignCenter, QStringLiteral("卷宗编号：%1").arg(c.dossierId));
        if (!c.court.isEmpty())
            p.drawText(mm.r(0, 75, 210, 8), Qt::AlignCenter, c.court);
        if (!QrCode::paint(p, mm.r(55, 95, 100, 100), separatorPayload(c))) {
            p.end();
            return printFailed();
        }
        p.setFont(font(4, p));
        p.drawText(mm.r(20, 210, 170, 30), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   QStringLiteral("请将本页放在该卷宗材料的第一页之前，一同放入扫描仪。\n"
                                  "扫描时本页自动识别为分隔页，不计入卷宗页数。"));
        p.setFont(font(3, p));
        p.drawText(mm.r(0, 280, 210, 6), Qt::AlignCenter, separatorPayload(c));
    }
    p.end();
    return Ok{};
}

Status PrintForms::caseLabels(QPagedPaintDevice* device, const QList<CaseRef>& cases)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(device))
        return printFailed();
    const Mm mm{device->logicalDpiX() / 25.4};
    const double w = 90, h = 50, left = 15, top = 23.5;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const int slot = int(i % 10);
        if (i > 0 && slot == 0)
            device->newPage();
        const CaseRef& c = cases.at(i);
        const double x = left + (slot % 2) * w, y = top + (slot / 2) * h;
        p.setPen(QPen(Qt::gray, 0.2 * mm.k, Qt::DashLine));
        p.drawRect(mm.r(x, y, w, h)); // cutting guide
        p.setPen(Qt::black);
        QrCode::paint(p, mm.r(x + 3, y + 5, 40, 40), caseLabelPayload(c));
        p.setFont(font(4.2, p, true));
        p.drawText(mm.r(x + 45, y + 6, w - 48, 18), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, c.caseNo);
        p.setFont(font(3.2, p));
        p.drawText(mm.r(x + 45, y + 25, w - 48, 7), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("卷宗编号：%1").arg(c.dossierId));
        p.drawText(mm.r(x + 45, y + 32, w - 48, 12), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   c.court.isEmpty() ? QStringLiteral("一案一码") : c.court + QStringLiteral(" · 一案一码"));
    }
    p.end();
    return Ok{};
}

Result<QString> dossierIdFor(const Profile& profile, const QString& caseNo)
{
    CatalogueRepository catalogue(profile.database());
    auto known = catalogue.dossierIdOf(caseNo);
    if (!known)
        return known.error();
    if (!known->isEmpty())
        return *known;
    // The next number after every "D" + digits id the profile knows (scanned separators included).
    auto ids = catalogue.knownDossierIds();
    if (!ids)
        return ids.error();
    int highest = 100000;
    static const QRegularExpression id(QStringLiteral("^D(\\d{6})$"));
    for (const QString& existing : std::as_const(*ids))
        if (const auto m = id.match(existing); m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    const QString next = QStringLiteral("D%1").arg(highest + 1, 6, 10, QLatin1Char('0'));
    // Remember it, so that a second sheet for another new case does not get the same id.
    if (auto s = catalogue.recordIssuedDossierId(caseNo, next); !s)
        return s.error();
    return next;
}

} // namespace Dossier
