// The judge's reader and the paper: where the case's paper is in the 中间库 (status, place, who holds it until
// when, loan requests), from the warehouse's records this desk holds, and a loan request in the judge's name that a
// warehouse clerk then hands out.
#include "readerwindow.h"
#include "station/dbworker.h"
#include "station/warehouse.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Dossier {

QAction* ReaderWindow::paperAction()
{
    auto* a = new QAction(tr("Paper dossier…"), this);
    a->setObjectName(QStringLiteral("paperStatus"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(a, &QAction::triggered, this, &ReaderWindow::showPaper);
    addAction(a);
    return a;
}

void ReaderWindow::showPaper()
{
    if (m_caseNo.isEmpty())
        return message(tr("Open a case first."));
    m_worker->run(
        this, [profile = m_profile, caseNo = m_caseNo] { return Warehouse(profile, {}).find(caseNo); },
        [this](const Result<Warehouse::View>& view) {
            if (!view)
                return message(view.error().message(), 10000);
            const PaperState& s = view->state;
            QStringList lines{tr("The paper of %1: %2.").arg(view->caseNo, PaperState::statusName(s.status))};
            if (!s.location.isEmpty())
                lines << tr("Place: %1").arg(s.location);
            if (s.status == PaperState::Status::Lent)
                lines << tr("Lent to %1 until %2.").arg(s.holder, s.due.toString(Qt::ISODate));
            for (const Movement& r : s.requests)
                lines << tr("Asked for by %1 on %2.")
                             .arg(r.holder, r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
            QMessageBox box(QMessageBox::Information, tr("Paper dossier"), lines.join(QLatin1Char('\n')),
                            QMessageBox::Close, this);
            box.setObjectName(QStringLiteral("paperBox"));
            bool asked = false;
            for (const Movement& r : s.requests)
                asked |= r.holder == m_author;
            QPushButton* ask = asked || s.status == PaperState::Status::Unknown
                                   ? nullptr
                                   : box.addButton(tr("Ask for the paper…"), QMessageBox::ActionRole);
            box.exec();
            if (ask && box.clickedButton() == static_cast<QAbstractButton*>(ask)) {
                bool ok = false;
                const QString purpose = QInputDialog::getText(this, tr("Ask for the paper"), tr("What for:"),
                                                              QLineEdit::Normal, tr("reading before the hearing"), &ok);
                if (ok)
                    requestPaper(purpose);
            }
        });
}

void ReaderWindow::requestPaper(const QString& purpose)
{
    Movement m;
    m.caseNo = m_caseNo;
    m.kind = Movement::Kind::Request;
    m.holder = m_author;
    m.purpose = purpose.trimmed();
    m_worker->run(
        this, [profile = m_profile, author = m_author, m] { return Warehouse(profile, author).record(m); },
        [this](const Result<Movement>& done) {
            message(
                done ? tr("Asked for the paper of %1: the warehouse sees it at the next sync (F8).").arg(done->caseNo)
                     : done.error().message(),
                10000);
            Q_EMIT paperRequested(done.ok());
        });
}

} // namespace Dossier
