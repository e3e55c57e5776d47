#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

namespace Dossier {

// The desk's one database worker: reads and writes that a window asks for run here, one after another, in the
// order they were asked (so a tree read asked after an edit sees the edit), never on the GUI thread, which
// only gets the result. After qBittorrent's DBResumeDataStorage::Worker: one thread, a queue of jobs.
class DbWorker final : public QObject
{
    Q_OBJECT

public:
    explicit DbWorker(QObject* parent = nullptr) : QObject(parent)
    {
        m_pool.setMaxThreadCount(1); // one after another, in order
        m_pool.setExpiryTimeout(-1); // one thread, and so one database connection, for the window's life
    }
    ~DbWorker() override { m_pool.waitForDone(); }

    // Runs `work` on the worker, then `done(result)` on `context`'s thread, unless `context` is gone by then.
    template <class Work, class Done> void run(QObject* context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work>;
        ++m_pending;
        auto* watcher = new QFutureWatcher<R>(this);
        connect(watcher, &QFutureWatcher<R>::finished, this,
                [this, watcher, context = QPointer<QObject>(context), done = std::move(done)] {
                    watcher->deleteLater();
                    --m_pending;
                    if (!context)
                        return Q_EMIT idleChanged();
                    if constexpr (std::is_void_v<R>)
                        done();
                    else
                        done(watcher->result());
                    Q_EMIT idleChanged();
                });
        watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
        Q_EMIT idleChanged();
    }
    // Runs `work` on the worker; nobody waits for it (its result is told through signals of its own).
    template <class Work> void post(Work work)
    {
        run(this, std::move(work), [](auto&&...) {});
    }
    bool isIdle() const { return m_pending == 0; }
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    void idleChanged();

private:
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace Dossier
