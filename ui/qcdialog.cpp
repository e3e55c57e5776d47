#include "qcdialog.h"

#include "common/workerpool.h"
#include "station/dbworker.h"

#include "archive/archiver.h"
#include "pageview.h"
#include "station/qualitycheck.h"

#include <QDialogButtonBox>

#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

namespace Dossier {
namespace {

constexpr int kPageRole = Qt::UserRole + 1; // a finding's page

} // namespace

// The automatic checks, what to do about a finding, and the sample for a second person.
QWidget* QcDialog::buildChecksPane()
{
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_checks, 3);
    // A finding about a page: shown here, then found in the tree, or re-scanned there (the old page is kept).
    m_showInTree = new QPushButton(tr("Show in the &tree"), this);
    m_showInTree->setObjectName(QStringLiteral("qcShowInTree"));
    m_rescan = new QPushButton(tr("Re-&scan this page"), this);
    m_rescan->setObjectName(QStringLiteral("qcRescan"));
    m_showInTree->setEnabled(false);
    m_rescan->setEnabled(false);
    auto* fixes = new QHBoxLayout;
    fixes->addWidget(m_showInTree);
    fixes->addWidget(m_rescan);
    fixes->addStretch();
    leftLayout->addLayout(fixes);
    connect(m_checks, &QTreeWidget::currentItemChanged, this, &QcDialog::showFinding);
    connect(m_showInTree, &QPushButton::clicked, this, [this] { Q_EMIT pageChosen(findingPage(), false); });
    connect(m_rescan, &QPushButton::clicked, this, [this] { Q_EMIT pageChosen(findingPage(), true); });
    leftLayout->addWidget(new QLabel(tr("Sample for a second person (≥5% of the documents):"), this));
    leftLayout->addWidget(m_sampleList, 2);
    return left;
}

QcDialog::QcDialog(PluginHost* plugins, DbWorker* db, Profile profile, StationSettings settings, QString caseNo,
                   QString dossierId, QWidget* parent)
    : QDialog(parent), m_plugins(plugins), m_db(db), m_profile(std::move(profile)), m_settings(std::move(settings)),
      m_caseNo(std::move(caseNo)), m_dossierId(std::move(dossierId)), m_header(new QLabel(this)),
      m_checks(new QTreeWidget(this)), m_sampleList(new QListWidget(this)), m_view(new PageView(this)),
      m_pageLabel(new QLabel(this)), m_reviewer(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("qcDialog"));
    setWindowTitle(tr("Quality check — %1").arg(m_caseNo));
    m_header->setObjectName(QStringLiteral("qcHeader"));
    m_header->setTextFormat(Qt::PlainText);

    m_checks->setObjectName(QStringLiteral("qcChecks"));
    m_checks->setHeaderLabels({tr("Automatic checks (every page)")});
    m_checks->setRootIsDecorated(true);

    m_sampleList->setObjectName(QStringLiteral("qcSample"));
    connect(m_sampleList, &QListWidget::currentRowChanged, this, &QcDialog::showSampleDocument);

    auto* prev = new QPushButton(tr("◀ Previous page"), this);
    prev->setShortcut(Qt::Key_PageUp);
    auto* next = new QPushButton(tr("Next page ▶"), this);
    next->setShortcut(Qt::Key_PageDown);
    connect(prev, &QPushButton::clicked, this, [this] { showSamplePage(-1); });
    connect(next, &QPushButton::clicked, this, [this] { showSamplePage(+1); });
    m_pageLabel->setObjectName(QStringLiteral("qcPage"));
    m_pageLabel->setWordWrap(true);

    m_reviewer->setObjectName(QStringLiteral("qcReviewer"));
    m_note->setObjectName(QStringLiteral("qcNote"));
    m_note->setPlaceholderText(tr("What does not match (required when rejecting)"));
    auto* matches = new QPushButton(tr("&Matches"), this);
    matches->setObjectName(QStringLiteral("qcMatches"));
    matches->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* mismatch = new QPushButton(tr("Does &not match"), this);
    mismatch->setObjectName(QStringLiteral("qcMismatch"));
    connect(matches, &QPushButton::clicked, this, [this] { review(true); });
    connect(mismatch, &QPushButton::clicked, this, [this] { review(false); });

    auto* reviewBox = new QFormLayout;
    reviewBox->addRow(tr("Checked by:"), m_reviewer);
    reviewBox->addRow(tr("Note:"), m_note);
    auto* reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(prev);
    reviewButtons->addWidget(next);
    reviewButtons->addStretch();
    reviewButtons->addWidget(matches);
    reviewButtons->addWidget(mismatch);

    QWidget* left = buildChecksPane();
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pageLabel);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addLayout(reviewBox);
    rightLayout->addLayout(reviewButtons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({420, 560});

    m_status->setObjectName(QStringLiteral("qcStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("qcProgress"));
    m_progress->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("&Submit for archiving"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("qcSubmit"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_submit, &QPushButton::clicked, this, &QcDialog::submit);
    connect(m_close, &QPushButton::clicked, this, [this] { reject(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1100, 760);
    m_submit->setEnabled(false); // until the dossier is read
    m_header->setText(tr("Reading the dossier…"));
    reload();
}

QcDialog::~QcDialog()
{
    m_cancel.store(true);
    m_future.waitForFinished();
}

void QcDialog::reject()
{
    if (m_running) {
        m_cancel.store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

Result<QcDialog::State> QcDialog::read(const Profile& profile, const QString& caseNo, const QString& dossierId)
{
    auto v = Volume::load(profile, caseNo, dossierId);
    if (!v)
        return v.error();
    State s;
    s.volume = *v;
    s.operatorName = QualityCheck::operatorOf(profile, s.volume);
    // The sample is the same each time the dossier is opened, so that earlier confirmations still count.
    s.sample = QualityCheck::sample(s.volume, qHash(s.volume.caseNo + QLatin1Char('|') + s.volume.dossierId, 0));
    s.checks = QualityCheck::automaticChecks(s.volume, profile);
    if (auto rs = QualityCheck::reviews(profile, s.volume)) // none confirmed when the profile cannot say
        for (const QualityCheck::Review& r : *rs)
            s.latest.insert(r.documentId, r);
    s.ready = QualityCheck::readyToSubmit(profile, s.volume, s.sample, s.operatorName, &s.why);
    s.submittedAt = QualityCheck::submittedAt(profile, s.volume);
    return s;
}

void QcDialog::reload()
{
    m_db->run(
        this,
        [profile = m_profile, caseNo = m_caseNo, dossierId = m_dossierId] { return read(profile, caseNo, dossierId); },
        [this](const Result<State>& state) { show(state); });
}

void QcDialog::show(const Result<State>& state)
{
    if (!state) {
        m_header->setText(state.error().message());
        m_submit->setEnabled(false);
        return;
    }
    m_volume = state->volume;
    m_operator = state->operatorName;
    m_sample = state->sample;
    m_ready = state->ready;
    m_why = state->why;
    m_submittedAt = state->submittedAt;
    // The sample is confirmed by a second person: the desk's own operator is offered only if someone else scanned.
    m_reviewer->setPlaceholderText(tr("Name of the second person"));
    if (m_reviewer->text().isEmpty() && m_settings.operatorOrUser() != m_operator)
        m_reviewer->setText(m_settings.operatorOrUser());
    m_header->setText(tr("%1 · dossier %2 · %3 documents, %4 numbered pages · scanned by %5")
                          .arg(m_volume.caseNo, m_volume.dossierId)
                          .arg(m_volume.documents.size())
                          .arg(m_volume.numberedPages())
                          .arg(m_operator.isEmpty() ? tr("(not recorded)") : m_operator));

    m_checks->clear();
    for (const QualityCheck::Check& c : state->checks) {
        auto* item =
            new QTreeWidgetItem(m_checks, {(c.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + c.title});
        item->setData(0, Qt::UserRole, c.code);
        item->setForeground(0, c.passed ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
        for (qsizetype i = 0; i < c.problems.size(); ++i) {
            auto* problem = new QTreeWidgetItem(item, {c.problems.at(i)});
            problem->setData(0, kPageRole, c.pages.value(i));
            if (c.pages.value(i) > 0)
                problem->setToolTip(0, tr("Enter shows the page; the buttons below take you to it or re-scan it."));
        }
        item->setExpanded(!c.passed);
    }

    const int row = std::max(0, m_sampleList->currentRow());
    m_sampleList->clear();
    for (int k : m_sample) {
        const VolumeDocument& d = m_volume.documents.at(k);
        QString review = tr("not checked yet");
        if (const auto it = state->latest.constFind(d.id); it != state->latest.cend())
            review = it->matches ? tr("confirmed by %1").arg(it->reviewer)
                                 : tr("rejected by %1: %2").arg(it->reviewer, it->note);
        auto* item = new QListWidgetItem(tr("%1. %2 (pages %3–%4) — %5")
                                             .arg(k + 1)
                                             .arg(d.title.isEmpty() ? d.typeName : d.title)
                                             .arg(d.firstPage)
                                             .arg(d.lastPage)
                                             .arg(review),
                                         m_sampleList);
        item->setData(Qt::UserRole, k);
    }
    m_sampleList->setCurrentRow(std::min(row, m_sampleList->count() - 1));
    updateReadiness();
}

qint64 QcDialog::findingPage() const
{
    const QTreeWidgetItem* item = m_checks->currentItem();
    return item ? item->data(0, kPageRole).toLongLong() : 0;
}

void QcDialog::showFinding()
{
    const qint64 id = findingPage();
    m_showInTree->setEnabled(id > 0 && !m_running);
    m_rescan->setEnabled(id > 0 && !m_running);
    const auto page =
        std::find_if(m_volume.pages.cbegin(), m_volume.pages.cend(), [id](const VolumePage& p) { return p.id == id; });
    if (id <= 0 || page == m_volume.pages.cend())
        return;
    m_view->setPage(*page);
    m_pageLabel->setText(tr("Finding: %1").arg(m_checks->currentItem()->text(0)));
}

void QcDialog::showSampleDocument(int row)
{
    m_pageInDocument = 0;
    if (row < 0 || row >= m_sample.size()) {
        m_view->clear();
        return;
    }
    showSamplePage(0);
}

void QcDialog::showSamplePage(int step)
{
    const int row = m_sampleList->currentRow();
    if (row < 0 || row >= m_sample.size())
        return;
    const VolumeDocument& d = m_volume.documents.at(m_sample.at(row));
    if (d.pages.isEmpty())
        return;
    m_pageInDocument = std::clamp(m_pageInDocument + step, 0, int(d.pages.size()) - 1);
    const VolumePage& p = m_volume.pages.at(d.pages.at(m_pageInDocument));
    m_view->setPage(p);
    m_pageLabel->setText(
        tr("卷内目录 row %1: %2 · type %3 · pages %4–%5\nPage %6 of %7 of this document (volume page %8)")
            .arg(m_sample.at(row) + 1)
            .arg(d.title.isEmpty() ? d.typeName : d.title, d.typeName)
            .arg(d.firstPage)
            .arg(d.lastPage)
            .arg(m_pageInDocument + 1)
            .arg(d.pages.size())
            .arg(p.number > 0 ? QString::number(p.number) : tr("unnumbered")));
}

void QcDialog::review(bool matches)
{
    const int row = m_sampleList->currentRow();
    if (row < 0 || row >= m_sample.size())
        return;
    if (!matches && m_note->text().trimmed().isEmpty()) {
        m_note->setFocus();
        m_status->setText(tr("Say what does not match before rejecting."));
        return;
    }
    QualityCheck::Review r;
    r.documentId = m_volume.documents.at(m_sample.at(row)).id;
    r.reviewer = m_reviewer->text().trimmed();
    r.matches = matches;
    r.note = m_note->text().trimmed();
    m_db->run(
        this, [profile = m_profile, volume = m_volume, r] { return QualityCheck::recordReview(profile, volume, r); },
        [this, row](const Status& recorded) {
            if (!recorded) {
                QMessageBox::warning(this, windowTitle(), recorded.error().message());
                return;
            }
            m_note->clear();
            m_sampleList->setCurrentRow(row + 1 < m_sampleList->count() ? row + 1 : row); // on to the next one
            reload();
        });
}

void QcDialog::updateReadiness()
{
    const bool ready = m_ready;
    const QStringList& why = m_why;
    const QString& submittedAt = m_submittedAt;
    m_submit->setEnabled(ready && !m_running);
    if (!submittedAt.isEmpty())
        m_status->setText(tr("Submitted on %1. Submitting again writes the package anew.")
                              .arg(QDateTime::fromString(submittedAt, Qt::ISODateWithMs)
                                       .toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    else
        m_status->setText(ready ? tr("All checks hold: the dossier can be submitted.")
                                : tr("Not ready to submit:\n• %1").arg(why.join(QStringLiteral("\n• "))));
}

void QcDialog::submit()
{
    if (m_running)
        return;
    if (!m_ready) { // as last read (every review reads it again)
        m_status->setText(tr("Not ready to submit:\n• %1").arg(m_why.join(QStringLiteral("\n• "))));
        return;
    }
    m_running = true;
    m_cancel.store(false);
    m_submit->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Writing the archive package…"));
    ArchiveOptions o;
    o.accessCopy = m_settings.accessCopy;
    o.anonymise = m_settings.anonymise;
    o.targets = m_settings.archiveTargets;
    o.operatorName = m_operator.isEmpty() ? m_settings.operatorName : m_operator; // never the login name
    o.creatorTool = QStringLiteral("Dossier Workstation %1").arg(QStringLiteral(DOSSIER_VERSION));
    const QString outDir = m_settings.packagesDir(m_profile.dir());
    QDir().mkpath(outDir);
    auto* archiver = new Archiver(m_plugins);
    archiver->moveToThread(nullptr);
    connect(
        archiver, &Archiver::progress, this,
        [this](const QString& stage, int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_progress->setFormat(QStringLiteral("%1 %p%").arg(stage));
        },
        Qt::QueuedConnection);
    auto* watcher = new QFutureWatcher<Result<QJsonObject>>(this);
    connect(watcher, &QFutureWatcher<Result<QJsonObject>>::finished, this, [this, watcher, archiver, outDir] {
        const Result<QJsonObject> r = watcher->result();
        watcher->deleteLater();
        delete archiver;
        m_running = false;
        m_progress->setVisible(false);
        m_close->setText(tr("Close"));
        if (!r) {
            m_status->setText(tr("The package could not be written: %1").arg(r.error().message()));
            m_submit->setEnabled(true);
            return;
        }
        const QString package = QDir(outDir).filePath(r->value(QStringLiteral("package")).toString());
        const bool archived = r->value(QStringLiteral("archived")).toBool();
        const int copies = int(r->value(QStringLiteral("copies")).toArray().size());
        m_db->run(
            this,
            [profile = m_profile, volume = m_volume, reviewer = m_reviewer->text().trimmed()]() -> Result<QString> {
                if (const Status s = QualityCheck::markSubmitted(profile, volume, reviewer); !s)
                    return s.error();
                return QualityCheck::submittedAt(profile, volume);
            },
            [this, package, archived, copies](const Result<QString>& submittedAt) {
                if (!submittedAt) {
                    m_status->setText(submittedAt.error().message());
                    return;
                }
                m_submittedAt = *submittedAt;
                updateReadiness();
                m_status->setText(archived ? tr("Submitted. The package is in %1, with %2 verified copies: archived.")
                                                 .arg(package)
                                                 .arg(copies)
                                           : tr("Submitted. The package is in %1; %2 verified copies (three are needed "
                                                "to count as archived — add backup folders in the settings).")
                                                 .arg(package)
                                                 .arg(copies));
                Q_EMIT submitted(package);
            });
    });
    m_future = QtConcurrent::run(workerPool(), [archiver, this, outDir, o] {
        return archiver->archive(m_profile, outDir, m_volume.caseNo, m_volume.dossierId, o, m_cancel);
    });
    watcher->setFuture(m_future);
}

} // namespace Dossier
