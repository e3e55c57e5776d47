#pragma once

#include "common/workerpool.h"
#include "storage/profile.h"
#include "sync/syncengine.h"

#include <dossier/result.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <functional>

namespace Dossier {

class DbWorker;

// An administrator's requests to dossier-server from a window (publish a template, release it, preview its impact,
// publish a year of the holiday calendar): who is signed in is read on the DB worker, the token from the keyring
// (asynchronously, on the window's thread), and the request runs on the worker pool through SyncEngine; the window
// only gets the answer. Busy while any request runs.
class ServerJobs final : public QObject
{
    Q_OBJECT

public:
    ServerJobs(Profile profile, DbWorker* db, QObject* parent = nullptr);

    bool isBusy() const { return m_running > 0; }
    // Runs `work` with an engine holding the token, then `done` with its result on this object's thread.
    template <class R> void run(std::function<Result<R>(SyncEngine&)> work, std::function<void(const Result<R>&)> done)
    {
        setBusy(+1);
        withToken([this, work = std::move(work), done = std::move(done)](const Result<QString>& token) {
            if (!token) {
                setBusy(-1);
                return done(token.error());
            }
            auto* watcher = new QFutureWatcher<Result<R>>(this);
            connect(watcher, &QFutureWatcher<Result<R>>::finished, this, [this, watcher, done] {
                watcher->deleteLater();
                setBusy(-1);
                done(watcher->result());
            });
            watcher->setFuture(QtConcurrent::run(workerPool(), [profile = m_profile, t = *token, work]() {
                SyncEngine engine(profile);
                engine.setToken(t);
                return work(engine);
            }));
        });
    }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void withToken(std::function<void(const Result<QString>&)> then);
    void setBusy(int change); // +1 a request starts, -1 one ends

    Profile m_profile;
    DbWorker* m_db;
    int m_running = 0;
};

} // namespace Dossier
