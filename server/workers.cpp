#include "workers.h"

#include "serverstore.h"

#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <future>

namespace Dossier::Server {

Workers::Workers(QString dataDir, QString databaseUrl, Options options)
    : m_dataDir(std::move(dataDir)), m_databaseUrl(std::move(databaseUrl)), m_options(std::move(options))
{
}

Workers::~Workers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& t : m_threads)
        t->wait();
}

Status Workers::start()
{
    for (int i = 0; i < m_options.threads; ++i) {
        auto opened = std::make_shared<std::promise<Status>>(); // the thread may still hold it after get()
        auto ready = opened->get_future();
        m_threads.emplace_back(QThread::create([this, opened] { run(opened.get()); }));
        m_threads.back()->setObjectName(m_options.name);
        m_threads.back()->start();
        Status s = ready.get();
        if (!s)
            return s;
    }
    return Ok{};
}

void Workers::run(std::promise<Status>* opened)
{
    // Per thread on Linux: this one yields to the rest of the server. Best effort: unprivileged may fail.
    if (m_options.niceness > 0)
        (void)::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), m_options.niceness); // see above
    auto store = ServerStore::open(m_dataDir, m_databaseUrl);
    if (!store) {
        opened->set_value(store.error());
        return;
    }
    opened->set_value(Ok{});
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping && m_queue.empty())
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        job(**store);
    }
}

bool Workers::submit(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || int(m_queue.size()) >= m_options.queueLimit)
            return false;
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

int Workers::queued() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

// ---- sign-in failures

qint64 LoginGuard::lockFor(const Count& c, int free)
{
    if (c.failures < free)
        return 0;
    const int doublings = std::min(c.failures - free, 10);
    return std::min<qint64>(kFirstLockMs << doublings, kMaxLockMs);
}

qint64 LoginGuard::wait(const QString& user, const QString& address, qint64 now) const
{
    std::lock_guard lock(m_mutex);
    qint64 w = 0;
    if (const auto it = m_users.find(user); it != m_users.end())
        w = std::max(w, it->second.last + lockFor(it->second, kFreeFailuresPerUser) - now);
    if (const auto it = m_addresses.find(address); it != m_addresses.end())
        w = std::max(w, it->second.last + lockFor(it->second, kFreeFailuresPerAddress) - now);
    return std::max<qint64>(w, 0);
}

qint64 LoginGuard::failed(const QString& user, const QString& address, qint64 now)
{
    std::lock_guard lock(m_mutex);
    const auto bump = [now](Count& c) {
        if (now - c.last > kMaxLockMs) // quiet for long: forgiven
            c.failures = 0;
        ++c.failures;
        c.last = now;
    };
    // Bounded memory under a flood of invented names and addresses: past 100,000, all are forgotten.
    for (auto* m : {&m_users, &m_addresses})
        if (m->size() > 100000)
            m->clear();
    Count& u = m_users[user];
    Count& a = m_addresses[address];
    bump(u);
    bump(a);
    return std::max(lockFor(u, kFreeFailuresPerUser), lockFor(a, kFreeFailuresPerAddress));
}

void LoginGuard::succeeded(const QString& user)
{
    std::lock_guard lock(m_mutex);
    m_users.erase(user);
}

} // namespace Dossier::Server
