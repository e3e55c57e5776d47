#include "formprinter.h"

#include "archive/volume.h"
#include "domain/casenumber.h"
#include "station/dbworker.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Dossier {

FormPrinter::FormPrinter(Profile profile, DbWorker* db, QWidget* window, std::function<QString()> currentCase)
    : QObject(window), m_profile(std::move(profile)), m_db(db), m_window(window), m_currentCase(std::move(currentCase))
{
    makeActions();
}

void FormPrinter::makeActions()
{
    auto* separators = new QAction(tr("Print &separator sheets…"), m_window);
    separators->setObjectName(QStringLiteral("printSeparators"));
    separators->setShortcut(QKeySequence::Print);
    connect(separators, &QAction::triggered, this, [this] {
        const QStringList cases = askCaseNumbers(tr("Separator sheets"));
        if (!cases.isEmpty())
            print(Form::SeparatorSheets, cases);
    });
    auto* labels = new QAction(tr("Print case &labels…"), m_window);
    labels->setObjectName(QStringLiteral("printLabels"));
    labels->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(labels, &QAction::triggered, this, [this] {
        const QStringList cases = askCaseNumbers(tr("Case labels"));
        if (!cases.isEmpty())
            print(Form::CaseLabels, cases);
    });
    m_actions = {separators, labels};
}

QStringList FormPrinter::askCaseNumbers(const QString& title)
{
    // The current dossier's case is offered first; one 案号 a line.
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, title, tr("Case numbers (案号), one a line:"),
                                                        m_currentCase ? m_currentCase() : QString(), &ok);
    return ok ? text.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
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
