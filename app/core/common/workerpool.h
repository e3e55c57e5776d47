#pragma once

#include <QThreadPool>

namespace Dossier {

// The threads for the desk's background work (batches, scanner listing, page decoding, archiving). Not Qt's
// global pool: Qt's raster painting splits large fills into jobs on the global pool and waits for them, so a
// long job there would freeze the window's painting.
inline QThreadPool* workerPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(8);
        p->setExpiryTimeout(60000);
        return p;
    }();
    return pool;
}

} // namespace Dossier
