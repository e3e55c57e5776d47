#pragma once

#include "archive/boundvolume.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace Dossier {

// The reader's pictures of the sheets of a bound volume, at a few widths: in memory (a bounded cache), on disk
// (JPEG under the profile's cache folder, made once — a scanned sheet is never decoded again from its master for
// the same width and page number), and painted on worker threads, newest request first, so that flipping ahead
// of the painting shows the page asked for last. Thumbnails are the same pictures at a small width.
class SheetCache final : public QObject
{
    Q_OBJECT

public:
    // `folder`: where pictures are kept on disk (created when needed); empty: memory only.
    explicit SheetCache(QString folder, QObject* parent = nullptr);
    ~SheetCache() override;

    // The volume whose sheets are asked for from now on (pending work for the previous one is dropped).
    void setVolume(std::shared_ptr<const BoundVolume> volume);
    std::shared_ptr<const BoundVolume> volume() const { return m_volume; }

    // The width pictures are made at for a sheet shown `px` wide: a few steps, so that zooming reuses them.
    static int bucket(int px);
    // The sheet's picture at `width` (a bucket) when ready; else a null image, the picture is asked for, and
    // ready() follows. `fallback` gets the best other picture of the sheet in memory, if any.
    QImage image(int sheet, int width, QImage* fallback = nullptr);
    // Asks for pictures ahead of need (lower priority than image()).
    void prefetch(const QList<int>& sheets, int width);
    // Puts every scanned sheet's picture at `width` on disk in the background — one at a time, and only while
    // nothing else is asked — so that a flip anywhere in the volume later does not wait for a master.
    void warm(int width);
    // Drops what is asked and not begun (and the warming).
    void cancelPending();

Q_SIGNALS:
    void ready(int sheet, int width);

private:
    struct Job
    {
        int sheet = 0, width = 0;
        quint64 generation = 0;
        bool warm = false; // for the disk only: not kept in memory, nobody waits for it
    };
    void request(int sheet, int width, bool urgent);
    void startWork();
    void work();
    void finished(const Job& job, const QImage& image);
    bool startWarming();
    QString diskPath(const BoundVolume& v, int sheet, int width) const;
    static QImage paint(const BoundVolume& v, int sheet, int width, const QString& diskPath);

    QString m_folder;
    std::shared_ptr<const BoundVolume> m_volume;
    quint64 m_generation = 0;
    QCache<quint64, QImage> m_memory; // key: sheet << 16 | width; cost: KB
    QSet<quint64> m_asked;            // asked and not yet ready
    QList<Job> m_queue;               // the last is taken first (the queue lives on this object's thread only)
    int m_running = 0;
    QList<int> m_warm; // sheets still to put on disk
    int m_warmWidth = 0;
    QThreadPool m_pool;
};

} // namespace Dossier
