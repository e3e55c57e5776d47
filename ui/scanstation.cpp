#include "scanstation.h"

#include "camerapanel.h"
#include "scanpanel.h"
#include "station/scanjob.h"
#include "thumbnailstrip.h"

#include <QAction>
#include <QDockWidget>
#include <QMessageBox>

namespace Dossier {

ScanStation::ScanStation(PluginHost* plugins, Profile profile, ThumbnailStrip* thumbs, QWidget* window,
                         std::function<StationSettings()> settings)
    : QObject(window), m_profile(std::move(profile)), m_thumbs(thumbs), m_window(window),
      m_settings(std::move(settings)), m_job(new ScanJob(plugins, this)), m_panel(new ScanPanel(plugins, window)),
      m_action(new QAction(tr("&Scan"), window))
{
    m_action->setObjectName(QStringLiteral("scan"));
    m_action->setShortcut(Qt::Key_F5);
    m_action->setToolTip(tr("Scan with these settings (F5)"));
    connect(m_action, &QAction::triggered, this, &ScanStation::scan);
    m_panel->addSeparator();
    m_panel->addAction(m_action);
    connect(m_job, &ScanJob::refused, this, [this](const QString& why) {
        // Refused on start, or by the job before the scanner ran (涉密): nothing is running any more.
        setRunning(false);
        Q_EMIT finished();
        Q_EMIT message(why, 10000);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Scan"), why, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("scanRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_job, &ScanJob::pageScanned, this, [this](int index, const QString&, const QImage& thumb) {
        m_thumbs->addSheet(QStringLiteral("%1#%2").arg(m_device).arg(index), tr("Sheet %1").arg(index), thumb);
        Q_EMIT message(tr("Scanned %1 pages…").arg(index));
    });
    connect(m_job, &ScanJob::scanFinished, this, [this](int pages, const QString& problem) {
        Q_EMIT recognising();
        Q_EMIT progress(0, pages);
        Q_EMIT message(problem.isEmpty() ? tr("%1 pages scanned; recognising…").arg(pages) : problem);
    });
    connect(m_job, &ScanJob::pageProcessed, this,
            [this](int done, int total, const QString& source) { Q_EMIT pageProcessed(done, total, source); });
    connect(m_job, &ScanJob::finished, this, [this](bool ok, const QString& problem, int pages, int failed) {
        setRunning(false);
        m_thumbs->markCatalogued();
        Q_EMIT finished();
        Q_EMIT message(ok ? tr("%1 pages scanned and catalogued.").arg(pages)
                          : tr("%1 pages, %2 failed. %3").arg(pages).arg(failed).arg(problem),
                       15000);
    });
}

QDockWidget* ScanStation::cameraDock(std::function<void(const QString& file)> import)
{
    // The camera panel (and Qt Multimedia with it) is made the first time the dock is shown: start-up stays
    // fast and a desk without a camera never loads the media back end.
    auto* dock = new QDockWidget(tr("Document camera"), m_window);
    dock->setObjectName(QStringLiteral("cameraDock"));
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("showCamera"));
    toggle->setShortcut(Qt::Key_F6);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock, import = std::move(import)](bool visible) {
        if (!visible || dock->widget())
            return;
        auto* camera = new CameraPanel(dock);
        dock->setWidget(camera);
        camera->setCaptureFolder(m_profile.filePath(QStringLiteral("incoming/camera")));
        connect(camera, &CameraPanel::caseShown, this, [this](const QString& caseNo) {
            m_panel->setCaseNumber(caseNo);
            Q_EMIT message(tr("Case %1 chosen from its label.").arg(caseNo), 8000);
        });
        connect(camera, &CameraPanel::pageCaptured, this, import);
    });
    return dock;
}

bool ScanStation::isRunning() const
{
    return m_job->isRunning();
}

void ScanStation::cancel()
{
    m_job->cancel();
}

void ScanStation::setRunning(bool running)
{
    m_action->setEnabled(!running);
    Q_EMIT runningChanged(running);
}

void ScanStation::scan()
{
    if (m_job->isRunning())
        return;
    bool ok = false;
    const QString caseNo = m_panel->caseNumber(&ok);
    if (!ok) {
        Q_EMIT message(tr("The case number is not valid; correct it or leave it empty (separator sheets)."), 10000);
        return;
    }
    if (caseNo.isEmpty() &&
        QMessageBox::question(m_window, tr("Scan"),
                              tr("No case number is given. Only pages that follow a separator sheet will go into a "
                                 "dossier; the others stay unassigned. Scan anyway?")) != QMessageBox::Yes) {
        m_panel->setFocus();
        return;
    }
    if (m_panel->device().isEmpty()) {
        Q_EMIT message(tr("No scanner is chosen."), 10000);
        return;
    }
    if (m_askOperator && !m_askOperator())
        return;
    const StationSettings settings = m_settings();
    ScanJobOptions o;
    o.profile = m_profile;
    o.device = m_panel->device();
    o.settings = m_panel->settings();
    o.caseNo = caseNo;
    o.jobs = settings.workers();
    o.operatorName = settings.operatorName;
    o.languages = settings.ocrLanguages;
    o.templateId = settings.templateId;
    if (m_canStart && !m_canStart()) {
        Q_EMIT message(tr("Wait until the import in progress is done."), 8000);
        return;
    }
    if (!m_job->start(o))
        return;
    m_thumbs->startBatchOnNextSheet(); // a refused scan leaves the last batch's sheets in view
    m_device = o.device;
    setRunning(true);
    Q_EMIT progress(0, 0);
    Q_EMIT message(tr("Scanning from %1…").arg(o.device));
}

} // namespace Dossier
