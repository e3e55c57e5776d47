#pragma once

#include <dossier/result.h>

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace Dossier::Server {

class ServerStore;

// Threads that do the server's slow work — database, disk, password hashing — each with its own database
// connection, off the accepting thread. The queue is bounded: when it is full, submit() says no and the
// request gets 503 with Retry-After at once, instead of every request waiting longer (back-pressure).
class Workers final
{
public:
    using Job = std::function<void(ServerStore&)>;
    struct Options
    {
        QString name;
        int threads = 2;
        int queueLimit = 256;
        int niceness = 0; // > 0: these threads yield the CPU to the others (password hashing)
    };
    Workers(QString dataDir, QString databaseUrl, Options options);
    ~Workers();
    Workers(const Workers&) = delete;
    Workers& operator=(const Workers&) = delete;

    // Starts the threads; fails when one of them cannot open the database.
    Status start();
    bool submit(Job job);
    int queued() const;

private:
    void run(std::promise<Status>* opened);

    QString m_dataDir;
    QString m_databaseUrl;
    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

// Failed sign-ins, per user and per address: after a few, the next attempts are refused for a time that
// doubles with each further failure (no password is checked meanwhile, so a flood costs nothing). Thread safe.
class LoginGuard final
{
public:
    static constexpr int kFreeFailuresPerUser = 5;
    static constexpr int kFreeFailuresPerAddress = 20;
    static constexpr qint64 kFirstLockMs = 2000;
    static constexpr qint64 kMaxLockMs = 15 * 60 * 1000;

    // Milliseconds the attempt must wait (0: it may go on); times are milliseconds since the epoch.
    qint64 wait(const QString& user, const QString& address, qint64 nowMs) const;
    // Records a failure; returns the lock it starts, in milliseconds (0: none).
    qint64 failed(const QString& user, const QString& address, qint64 nowMs);
    void succeeded(const QString& user);

private:
    struct Count
    {
        int failures = 0;
        qint64 last = 0;
    };
    static qint64 lockFor(const Count& c, int free);
    mutable std::mutex m_mutex;
    std::map<QString, Count> m_users;
    std::map<QString, Count> m_addresses;
};

} // namespace Dossier::Server
