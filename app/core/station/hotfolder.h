#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace Dossier {

// A watched folder (a network scanner or another program drops scans into it). A file is handed over once it
// has stopped growing: same size and time on two looks `settleMs` apart, so a file still being written is
// never read half. After the import, finish() moves each file into imported/ or failed/ beside it, so that
// nothing is taken twice and nothing is lost.
class HotFolder final : public QObject
{
    Q_OBJECT

public:
    explicit HotFolder(QObject* parent = nullptr);

    void setFolder(const QString& folder); // empty: stop watching
    QString folder() const { return m_folder; }
    void setSettleInterval(int ms);
    // Takes the files of a finished import out of the folder; `failed` (a subset) go to failed/.
    void finish(const QStringList& files, const QStringList& failed);

    static constexpr const char* kImported = "imported";
    static constexpr const char* kFailed = "failed";

Q_SIGNALS:
    void filesReady(const QStringList& files);

private:
    void look();
    void settle(const QFileInfoList& files);

    QString m_folder;
    QFileSystemWatcher* m_watcher;
    QTimer* m_timer;
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        bool stable = false;
    };
    QHash<QString, Seen> m_seen;
    QSet<QString> m_handedOver;
    bool m_listing = false; // a listing is running on a worker
};

} // namespace Dossier
