#include "deskjobs.h"

#include "common/workerpool.h"
#include "pipeline/batchrunner.h"
#include "station/pageintake.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QJsonArray>
#include <QTimer>
#include <QtConcurrent>

namespace Dossier {

DeskJobs::DeskJobs(PluginHost* plugins, Profile profile, std::function<StationSettings()> settings, QObject* parent)
    : QObject(parent), m_plugins(plugins), m_profile(std::move(profile)), m_settings(std::move(settings))
{
}

DeskJobs::~DeskJobs()
{
    m_cancel.store(true);
    workerPool()->waitForDone(); // the jobs hold the runner, the intake and this queue's cancel flag
    delete m_intake;
}

void DeskJobs::setRunning(bool running)
{
    m_running = running;
    Q_EMIT runningChanged(running);
}

void DeskJobs::importPaths(const QStringList& paths, const std::function<void(const QStringList&)>& done)
{
    m_pending.append({paths, done});
    if (!m_running && (!m_canStart || m_canStart()))
        runNext();
    else
        Q_EMIT message(tr("Queued: %n input(s) wait for the batch in progress.", nullptr, int(paths.size())), 8000);
}

void DeskJobs::runNext()
{
    if (m_pending.isEmpty() || m_running || (m_canStart && !m_canStart()))
        return;
    runImport(m_pending.takeFirst());
}

void DeskJobs::runImport(const Pending& job)
{
    setRunning(true);
    m_cancel.store(false);
    Q_EMIT message(tr("Storing pages…"));
    Q_EMIT batchStarted();
    auto* runner = new BatchRunner(m_plugins);
    runner->moveToThread(nullptr);
    // Each stored page gets its thumbnail, made on the worker thread that stored it.
    connect(
        runner, &BatchRunner::pageStored, runner,
        [this](int index, const QString& source) {
            QImage thumb;
            if (QFileInfo(source).isFile()) {
                QImageReader reader(source);
                if (const QSize size = reader.size(); size.isValid())
                    reader.setScaledSize(size.scaled(160, 220, Qt::KeepAspectRatio));
                thumb = reader.read();
            }
            Q_EMIT sheetStored(source, QStringLiteral("%1 · %2").arg(index + 1).arg(QFileInfo(source).fileName()),
                               thumb); // queued to the window
        },
        Qt::DirectConnection);
    connect(
        runner, &BatchRunner::pageProcessed, this,
        [this](int done, int total, const QString& source) {
            Q_EMIT pageProcessed(done, total, source);
            Q_EMIT message(tr("Processed %1 of %2: %3").arg(done).arg(total).arg(source));
        },
        Qt::QueuedConnection);
    const StationSettings settings = m_settings();
    BatchOptions o;
    o.profile = m_profile;
    o.jobs = settings.workers();
    o.languages = settings.ocrLanguages;
    o.templateId = settings.templateId;
    o.operatorName = settings.operatorName; // empty: not recorded (the window asks for it before its imports)
    o.caseNo = m_caseNo ? m_caseNo() : QString();
    o.inputs = job.paths;
    auto* watcher = new QFutureWatcher<Result<BatchSummary>>(this);
    connect(watcher, &QFutureWatcher<Result<BatchSummary>>::finished, this, [this, watcher, runner, job] {
        const Result<BatchSummary> r = watcher->result();
        watcher->deleteLater();
        delete runner;
        setRunning(false);
        Q_EMIT batchFinished();
        const QStringList failedInputs = report(r, job);
        // A cancelled batch leaves its inputs where they are, to be taken again.
        if (job.done && !(!r && r.error().code() == QLatin1String("cancelled")))
            job.done(failedInputs);
        QTimer::singleShot(0, this, &DeskJobs::runNext);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [runner, o, this] { return runner->run(o, m_cancel); }));
}

QStringList DeskJobs::report(const Result<BatchSummary>& r, const Pending& job)
{
    QStringList failedInputs;
    if (!r) {
        Q_EMIT message(r.error().message());
        if (r.error().code() != QLatin1String("cancelled"))
            Q_EMIT problem(tr("Import"), r.error().message());
        failedInputs = r.error().code() == QLatin1String("cancelled") ? QStringList() : job.paths;
    } else {
        Q_EMIT message(
            tr("%1 pages imported, %2 failed, in %3 s.").arg(r->pages).arg(r->failed).arg(r->seconds, 0, 'f', 1));
        if (const qsizetype loose = r->report.value(QStringLiteral("unassigned")).toArray().size(); loose > 0) {
            const QString text = tr("%1 pages imported, %2 of them in no dossier: the batch had neither a separator "
                                    "sheet nor a 案号. They are under “Pages in no dossier”; choose them and assign "
                                    "them to a case (Ctrl+Shift+A).")
                                     .arg(r->pages)
                                     .arg(loose);
            Q_EMIT message(text);
            Q_EMIT problem(tr("Import"), text);
        }
        QStringList lines;
        for (const QJsonValue& v : r->report.value(QStringLiteral("pages")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("status")).toString() != QLatin1String("error"))
                continue;
            const QString source = p.value(QStringLiteral("source")).toString();
            lines << source + QStringLiteral(": ") +
                         p.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            for (const QString& in : job.paths)
                if (source.startsWith(QFileInfo(in).fileName()) || source.startsWith(in))
                    failedInputs << in;
        }
        if (!lines.isEmpty())
            Q_EMIT problem(
                tr("Import"),
                tr("Some inputs could not be processed; the rest were kept:\n\n%1").arg(lines.join(QLatin1Char('\n'))));
    }
    return failedInputs;
}

bool DeskJobs::runPageJob(const QString& what, PageWork work, std::function<void(const Result<qint64>&)> done)
{
    if (m_running || (m_canStart && !m_canStart()))
        return false;
    if (!m_intake)
        m_intake = new PageIntake(m_plugins, m_profile, m_settings().ocrLanguages);
    setRunning(true);
    m_cancel.store(false);
    Q_EMIT message(what);
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, done = std::move(done)] {
        const Result<qint64> r = watcher->result();
        watcher->deleteLater();
        setRunning(false);
        done(r);
        QTimer::singleShot(0, this, &DeskJobs::runNext);
    });
    watcher->setFuture(
        QtConcurrent::run(workerPool(), [this, work = std::move(work)] { return work(*m_intake, m_cancel); }));
    return true;
}

} // namespace Dossier
