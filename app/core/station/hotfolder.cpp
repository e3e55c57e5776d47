#include "station/hotfolder.h"

#include "common/workerpool.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace Dossier {
namespace {

const QStringList& scanPatterns()
{
    static const QStringList p = {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                  QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.pdf")};
    return p;
}

} // namespace

HotFolder::HotFolder(QObject* parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_timer(new QTimer(this))
{
    // The watcher answers quickly; the timer settles files and covers shares where no change is signalled.
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &HotFolder::look);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_timer->isActive())
            m_timer->start();
    });
}

void HotFolder::setSettleInterval(int ms)
{
    m_timer->setInterval(ms);
}

void HotFolder::setFolder(const QString& folder)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_seen.clear();
    m_handedOver.clear();
    m_folder = folder;
    m_timer->stop();
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return;
    m_watcher->addPath(folder);
    m_timer->start();
}

void HotFolder::look()
{
    // The folder is listed on a worker: a slow network share must not stall the window.
    if (m_folder.isEmpty() || m_listing)
        return;
    m_listing = true;
    auto* watcher = new QFutureWatcher<QFileInfoList>(this);
    connect(watcher, &QFutureWatcher<QFileInfoList>::finished, this, [this, watcher, folder = m_folder] {
        m_listing = false;
        watcher->deleteLater();
        if (folder == m_folder) // not changed meanwhile
            settle(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [folder = m_folder] {
        return QDir(folder).entryInfoList(scanPatterns(), QDir::Files | QDir::Readable, QDir::Name);
    }));
}

void HotFolder::settle(const QFileInfoList& files)
{
    QStringList ready;
    QSet<QString> present;
    for (const QFileInfo& fi : files) {
        const QString path = fi.absoluteFilePath();
        present.insert(path);
        if (m_handedOver.contains(path))
            continue;
        Seen& s = m_seen[path];
        const bool same = s.size == fi.size() && s.modified == fi.lastModified();
        s.size = fi.size();
        s.modified = fi.lastModified();
        if (same && fi.size() > 0) {
            ready << path;
            m_handedOver.insert(path);
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = present.contains(it.key()) ? std::next(it) : m_seen.erase(it);
    if (!ready.isEmpty())
        Q_EMIT filesReady(ready);
}

void HotFolder::finish(const QStringList& files, const QStringList& failed)
{
    for (const QString& path : files) {
        const QFileInfo fi(path);
        const QString sub = failed.contains(path) ? QLatin1String(kFailed) : QLatin1String(kImported);
        QDir dir(fi.absolutePath());
        dir.mkpath(sub);
        QString target = dir.filePath(sub + QLatin1Char('/') + fi.fileName());
        for (int n = 2; QFileInfo::exists(target); ++n)
            target =
                dir.filePath(QStringLiteral("%1/%2-%3.%4").arg(sub, fi.completeBaseName()).arg(n).arg(fi.suffix()));
        if (QFile::rename(path, target)) {
            m_handedOver.remove(path);
            m_seen.remove(path);
        }
    }
}

} // namespace Dossier
