#include "formprinter.h"

#include "archive/volume.h"
#include "domain/casenumber.h"
#include "station/dbworker.h"

#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Dossier {

FormPrinter::FormPrinter(Profile profile, DbWorker* db, QWidget* window)
    : QObject(window), m_profile(std::move(profile)), m_db(db), m_window(window)
{
}

void FormPrinter::print(Form form, const QStringList& caseNumbers, const QString& pdfPath,
                        const std::function<void(bool)>& done)
{
    // The dossiers' ids are read on the DB worker; the sheets are drawn here when they arrive.
    auto lookUp = [profile = m_profile, caseNumbers] {
        QPair<QList<CaseRef>, QStringList> found; // the references, and what is wrong with the rest
        for (const QString& line : caseNumbers) {
            if (line.trimmed().isEmpty())
                continue;
            auto cn = CaseNumber::parse(line.trimmed());
            auto id = cn ? dossierIdFor(profile, cn->toString()) : Result<QString>(cn.error());
            if (!id)
                found.second << id.error().message();
            else
                found.first.append({cn->toString(), *id, courtName(cn->courtCode)});
        }
        return found;
    };
    m_db->run(this, lookUp, [this, form, pdfPath, done](const QPair<QList<CaseRef>, QStringList>& found) {
        const bool ok = printRefs(form, found.first, found.second, pdfPath);
        if (done)
            done(ok);
    });
}

bool FormPrinter::printRefs(Form form, const QList<CaseRef>& refs, const QStringList& wrong, const QString& pdfPath)
{
    if (!wrong.isEmpty() || refs.isEmpty()) {
        QMessageBox::warning(m_window, tr("Print"),
                             wrong.isEmpty() ? tr("No case number given.") : wrong.join(QLatin1Char('\n')));
        return false;
    }
    auto paint = [form, refs](QPagedPaintDevice* device) {
        return form == Form::SeparatorSheets ? PrintForms::separatorSheets(device, refs)
                                             : PrintForms::caseLabels(device, refs);
    };
    if (!pdfPath.isEmpty()) {
        QPdfWriter writer(pdfPath);
        writer.setResolution(600);
        writer.setTitle(form == Form::SeparatorSheets ? tr("Separator sheets") : tr("Case labels"));
        const Status s = paint(&writer);
        Q_EMIT message(s ? tr("Written to %1.").arg(pdfPath) : s.error().message(), 8000);
        return s.ok();
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(form == Form::SeparatorSheets ? tr("Separator sheets") : tr("Case labels"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&paint, this](QPrinter* p) {
        if (const Status s = paint(p); !s)
            Q_EMIT message(s.error().message(), 8000);
    });
    preview.exec();
    return true;
}

} // namespace Dossier
