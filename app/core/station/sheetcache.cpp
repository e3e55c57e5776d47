#include "station/sheetcache.h"

#include "archive/sheetrenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

namespace Dossier {
namespace {

constexpr int kMemoryKb = 96 * 1024; // some 40 pages at fit width, greys a quarter of colour
constexpr int kBuckets[] = {160, 400, 800, 1200, 1600, 2400, 3200};
constexpr qsizetype kMaxQueued = 16;                    // pictures asked for and not begun
constexpr qint64 kDiskBytes = 2LL * 1024 * 1024 * 1024; // the pictures kept on disk, all cases together

// Keeps the pictures on disk under `cap` bytes: the least recently written go first (down to 80 % of it).
void trimDisk(const QString& folder, qint64 cap)
{
    QList<QFileInfo> files;
    qint64 total = 0;
    QDirIterator it(folder, {QStringLiteral("*.jpg")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QFileInfo(it.next());
        total += files.last().size();
    }
    if (total <= cap)
        return;
    std::sort(files.begin(), files.end(),
              [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo& f : std::as_const(files)) {
        if (total <= cap * 4 / 5)
            break;
        if (QFile::remove(f.absoluteFilePath()))
            total -= f.size();
    }
}

quint64 keyOf(int sheet, int width)
{
    return (quint64(quint32(sheet)) << 16) | quint64(quint16(width));
}

} // namespace

SheetCache::SheetCache(QString folder, QObject* parent) : QObject(parent), m_folder(std::move(folder))
{
    m_memory.setMaxCost(kMemoryKb);
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    if (!m_folder.isEmpty())
        m_pool.start([folder = m_folder] { trimDisk(folder, kDiskBytes); });
}

SheetCache::~SheetCache()
{
    cancelPending();
    m_pool.waitForDone();
}

int SheetCache::bucket(int px)
{
    for (int b : kBuckets)
        if (px <= b)
            return b;
    return kBuckets[std::size(kBuckets) - 1];
}

void SheetCache::setVolume(std::shared_ptr<const BoundVolume> volume)
{
    cancelPending();
    ++m_generation;
    m_volume = std::move(volume);
    m_memory.clear();
    m_asked.clear();
}

QImage SheetCache::image(int sheet, int width, QImage* fallback)
{
    if (!m_volume || sheet < 0 || sheet >= m_volume->sheets.size())
        return {};
    if (const QImage* hit = m_memory.object(keyOf(sheet, width)))
        return *hit;
    if (fallback) {
        *fallback = QImage();
        for (int b : kBuckets) // the largest picture of the sheet in memory
            if (const QImage* other = m_memory.object(keyOf(sheet, b)))
                *fallback = *other;
    }
    request(sheet, width, true);
    return {};
}

void SheetCache::prefetch(const QList<int>& sheets, int width)
{
    if (!m_volume)
        return;
    for (int s : sheets)
        if (s >= 0 && s < m_volume->sheets.size() && !m_memory.contains(keyOf(s, width)))
            request(s, width, false);
}

void SheetCache::request(int sheet, int width, bool urgent)
{
    const quint64 key = keyOf(sheet, width);
    if (m_asked.contains(key)) {
        if (!urgent)
            return;
        // asked before and still waiting: it becomes the next one painted
        for (qsizetype i = 0; i < m_queue.size(); ++i)
            if (m_queue.at(i).sheet == sheet && m_queue.at(i).width == width) {
                m_queue.append(m_queue.takeAt(i));
                break;
            }
    } else {
        m_asked.insert(key);
        const Job job{sheet, width, m_generation};
        if (urgent)
            m_queue.append(job);
        else
            m_queue.prepend(job);
        // scrolling fast asks for every page passed: the oldest asks (and the prefetches) are dropped
        while (m_queue.size() > kMaxQueued) {
            const Job dropped = m_queue.takeFirst();
            m_asked.remove(keyOf(dropped.sheet, dropped.width));
        }
    }
    startWork();
}

void SheetCache::warm(int width)
{
    m_warm.clear();
    m_warmWidth = width;
    for (int i = 0; m_volume && i < m_volume->sheets.size(); ++i)
        if (m_volume->sheets.at(i).volumePage >= 0)
            m_warm << i;
    startWork();
}

void SheetCache::cancelPending()
{
    m_warm.clear();
    for (const Job& j : std::as_const(m_queue))
        m_asked.remove(keyOf(j.sheet, j.width));
    m_queue.clear();
}

void SheetCache::startWork()
{
    while (m_running < m_pool.maxThreadCount() && !m_queue.isEmpty() && m_volume) {
        const Job job = m_queue.takeLast();
        ++m_running;
        const QString disk = diskPath(*m_volume, job.sheet, job.width);
        m_pool.start([this, job, v = m_volume, disk] {
            const QImage image = paint(*v, job.sheet, job.width, disk);
            QMetaObject::invokeMethod(
                this, [this, job, image] { finished(job, image); }, Qt::QueuedConnection);
        });
    }
    while (m_running == 0 && m_queue.isEmpty() && startWarming()) {
    }
}

// The next sheet to put on disk, when there is one not there yet; false when there is nothing to start.
bool SheetCache::startWarming()
{
    while (!m_warm.isEmpty() && m_volume) {
        const Job job{m_warm.takeFirst(), m_warmWidth, m_generation, true};
        const QString disk = diskPath(*m_volume, job.sheet, job.width);
        if (disk.isEmpty() || m_memory.contains(keyOf(job.sheet, job.width)))
            continue;
        ++m_running;
        m_pool.start([this, job, v = m_volume, disk] {
            if (!QFileInfo::exists(disk))                                 // looked at here, off the window's thread
                static_cast<void>(paint(*v, job.sheet, job.width, disk)); // on disk now; the picture is not kept
            QMetaObject::invokeMethod(
                this, [this, job] { finished(job, QImage()); }, Qt::QueuedConnection);
        });
        return true;
    }
    return false;
}

void SheetCache::finished(const Job& job, const QImage& image)
{
    --m_running;
    if (job.generation == m_generation && !job.warm) {
        m_asked.remove(keyOf(job.sheet, job.width));
        // a picture larger than the whole cache is not kept: telling the view would only make it ask again
        if (!image.isNull() &&
            m_memory.insert(keyOf(job.sheet, job.width), new QImage(image), int(image.sizeInBytes() / 1024) + 1))
            Q_EMIT ready(job.sheet, job.width);
    }
    startWork();
}

QString SheetCache::diskPath(const BoundVolume& v, int sheet, int width) const
{
    const BoundVolume::Sheet& s = v.sheets.at(sheet);
    if (m_folder.isEmpty() || s.volumePage < 0)
        return {}; // generated sheets are drawn from vectors: quicker than reading a picture
    const VolumePage& page = *v.pageOf(sheet);
    const ExportPage& drawn = v.document.pages.at(sheet);
    // what the picture depends on: the master, how it is placed and clipped, the number stamped, the width
    QCryptographicHash h(QCryptographicHash::Sha1);
    const QTransform t = drawn.images.isEmpty() ? QTransform() : drawn.images.first().toPage;
    const QRectF clip = drawn.images.isEmpty() ? QRectF() : drawn.images.first().clip.boundingRect();
    h.addData(QStringLiteral("%1|%2,%3,%4,%5,%6,%7|%8,%9,%10,%11|%12|%13")
                  .arg(page.sha256)
                  .arg(t.m11(), 0, 'g', 10)
                  .arg(t.m12(), 0, 'g', 10)
                  .arg(t.m21(), 0, 'g', 10)
                  .arg(t.m22(), 0, 'g', 10)
                  .arg(t.dx(), 0, 'g', 10)
                  .arg(t.dy(), 0, 'g', 10)
                  .arg(clip.x())
                  .arg(clip.y())
                  .arg(clip.width())
                  .arg(clip.height())
                  .arg(drawn.label)
                  .arg(width)
                  .toUtf8());
    return QStringLiteral("%1/%2/%3.jpg").arg(m_folder, page.sha256.left(2), QString::fromLatin1(h.result().toHex()));
}

QImage SheetCache::paint(const BoundVolume& v, int sheet, int width, const QString& diskPath)
{
    if (!diskPath.isEmpty() && QFileInfo::exists(diskPath)) {
        QImageReader reader(diskPath);
        QImage cached = reader.read();
        if (!cached.isNull() && cached.width() == width)
            return cached;
    }
    QImage image = SheetRenderer::render(v.document, sheet, width);
    if (image.isNull())
        return image;
    if (image.allGray())
        image = image.convertToFormat(QImage::Format_Grayscale8); // a quarter of the memory, a smaller file
    if (!diskPath.isEmpty()) {
        QDir().mkpath(QFileInfo(diskPath).absolutePath());
        QSaveFile f(diskPath);
        // a picture not kept is painted again next time: nothing is lost
        if (f.open(QIODevice::WriteOnly) && image.save(&f, "JPEG", 85))
            static_cast<void>(f.commit());
    }
    return image;
}

} // namespace Dossier
