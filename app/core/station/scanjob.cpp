#include "station/scanjob.h"
#include "common/workerpool.h"

#include "common/clock.h"
#include "common/i18n.h"
#include "pipeline/batchrunner.h"
#include "pipeline/scancapture.h"
#include "plugin/pluginhost.h"
#include "storage/auditrepository.h"
#include "storage/qcrepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

namespace Dossier {

namespace {

// 涉密 (standard 15.3): a classified case is not scanned; the refusal is logged. Empty: the scan may go on.
QString refusalOf(const ScanJobOptions& o)
{
    if (o.caseNo.isEmpty())
        return {};
    auto classified = QcRepository(o.profile.database()).classified(o.caseNo);
    if (!classified)
        return classified.error().message();
    if (!*classified)
        return {};
    if (auto logged = AuditRepository(o.profile.database())
                          .record(o.operatorName, 0, QStringLiteral("scan refused: classified"),
                                  {{QStringLiteral("case_no"), o.caseNo}, {QStringLiteral("device"), o.device}});
        !logged)
        qWarning("the refused scan could not be logged: %s",
                 qPrintable(logged.error().english())); // the refusal itself still stands
    return Error(QStringLiteral("case_classified"),
                 QT_TRANSLATE_NOOP(
                     "Dossier::Error",
                     "Case %1 is marked classified (涉密): it is not digitised or exported (standard 15.3)."),
                 {o.caseNo})
        .message();
}

} // namespace

ScanJob::ScanJob(PluginHost* plugins, QObject* parent) : QObject(parent), m_plugins(plugins) {}

ScanJob::~ScanJob()
{
    m_cancel.store(true);
    m_future.waitForFinished();
}

bool ScanJob::start(const ScanJobOptions& o)
{
    if (m_running.load())
        return false;
    auto source = m_plugins->load<ScanSource>(QStringLiteral("scan"));
    if (!source) {
        Q_EMIT refused(source.error().message());
        return false;
    }
    m_running.store(true);
    m_cancel.store(false);
    ScanSource* src = *source;
    m_future = QtConcurrent::run(workerPool(), [this, o, src] {
        // Off the window's thread, before the scanner starts.
        if (const QString refusal = refusalOf(o); !refusal.isEmpty()) {
            m_running.store(false);
            Q_EMIT refused(refusal);
            return;
        }
        const QString folder = o.profile.filePath(QStringLiteral("incoming/")) +
                               Clock::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        QDir().mkpath(folder);
        auto captured =
            ScanCapture::capture(src, o.device, o.settings, folder, m_cancel, [this](int page, const QString& file) {
                QImageReader reader(file);
                const QSize size = reader.size();
                if (size.isValid())
                    reader.setScaledSize(size.scaled(160, 220, Qt::KeepAspectRatio));
                Q_EMIT pageScanned(page, file, reader.read());
            });
        if (!captured) {
            QDir(folder).removeRecursively();
            m_running.store(false);
            Q_EMIT finished(false, captured.error().message(), 0, 0);
            return;
        }
        Q_EMIT scanFinished(int(captured->files.size()),
                            captured->stoppedBy ? captured->stoppedBy->message() : QString());
        if (captured->files.isEmpty()) {
            QDir(folder).removeRecursively();
            m_running.store(false);
            Q_EMIT finished(false, tr("The scanner gave no page."), 0, 0);
            return;
        }
        BatchOptions bo;
        bo.profile = o.profile;
        bo.jobs = o.jobs;
        bo.caseNo = o.caseNo;
        bo.inputs = captured->files;
        for (qsizetype i = 0; i < captured->files.size(); ++i)
            bo.sourceLabels.insert(QFileInfo(captured->files.at(i)).absoluteFilePath(),
                                   QStringLiteral("%1#%2").arg(o.device).arg(i + 1));
        bo.device = captured->device;
        bo.operatorName = o.operatorName;
        bo.languages = o.languages;
        bo.templateId = o.templateId;
        BatchRunner runner(m_plugins);
        connect(
            &runner, &BatchRunner::pageProcessed, &runner,
            [this](int done, int total, const QString& s) { Q_EMIT pageProcessed(done, total, s); },
            Qt::DirectConnection);
        auto r = runner.run(bo, m_cancel);
        if (r)
            QDir(folder).removeRecursively(); // the masters are in the profile's store now
        m_running.store(false);
        if (!r)
            Q_EMIT finished(false, r.error().message(), 0, 0);
        else
            Q_EMIT finished(r->failed == 0 && !captured->stoppedBy,
                            captured->stoppedBy ? captured->stoppedBy->message() : QString(), r->pages, r->failed);
    });
    return true;
}

} // namespace Dossier
