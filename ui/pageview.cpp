#include "pageview.h"
#include "common/workerpool.h"

#include <QFutureWatcher>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QImageReader>
#include <QWheelEvent>
#include <QtConcurrent>

namespace Dossier {
namespace {
constexpr double kScenePerMm = 4.0; // scene units per millimetre (≈ 100 dpi at zoom 1)
}

PageView::PageView(QWidget* parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::SmoothPixmapTransform | QPainter::Antialiasing);
    setBackgroundBrush(QColor(0x70, 0x70, 0x70));
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
}

void PageView::clear()
{
    ++m_loadId;
    scene()->clear();
    m_paper = nullptr;
    m_pixmap = nullptr;
    m_highlight = nullptr;
    m_image = QImage();
}

void PageView::setPage(const VolumePage& page)
{
    clear();
    m_page = page;
    m_geometry = VolumeBuilder::geometry(page);
    m_line = -1;
    const int id = m_loadId;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id != m_loadId)
            return; // another page was chosen meanwhile
        m_image = watcher->result();
        rebuild();
    });
    // Up to ~200 dpi of the master is plenty for the screen; JPEG decodes scaled, cheaply.
    watcher->setFuture(QtConcurrent::run(workerPool(), [path = page.masterPath, pixels = page.pixels, dpi = page.dpi] {
        QImageReader reader(path);
        reader.setAutoTransform(false);
        if (pixels.isValid() && dpi > 200)
            reader.setScaledSize(pixels * (200.0 / dpi));
        return reader.read();
    }));
}

void PageView::setShowProcessed(bool processed)
{
    m_processed = processed;
    rebuild();
}

void PageView::rebuild()
{
    scene()->clear();
    m_paper = nullptr;
    m_highlight = nullptr;
    m_pixmap = nullptr;
    if (m_image.isNull())
        return;
    const QPixmap pm = QPixmap::fromImage(m_image);
    // master pixels of the (possibly reduced) image → master pixels of the original
    const QTransform fromLoaded = QTransform::fromScale(double(m_page.pixels.width()) / m_image.width(),
                                                        double(m_page.pixels.height()) / m_image.height());
    if (m_processed) {
        const QRectF page(QPointF(0, 0), m_geometry.size * kScenePerMm);
        m_paper = scene()->addRect(page, Qt::NoPen, Qt::white);
        m_paper->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
        auto* inner = new QGraphicsRectItem(
            QRectF(m_geometry.paper.topLeft() * kScenePerMm, m_geometry.paper.size() * kScenePerMm), m_paper);
        inner->setPen(Qt::NoPen);
        inner->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
        m_pixmap = new QGraphicsPixmapItem(pm, inner);
        m_pixmap->setTransformationMode(Qt::SmoothTransformation);
        m_pixmap->setTransform(fromLoaded * m_geometry.masterToPage * QTransform::fromScale(kScenePerMm, kScenePerMm));
        scene()->setSceneRect(page);
    } else {
        m_pixmap = scene()->addPixmap(pm);
        m_pixmap->setTransformationMode(Qt::SmoothTransformation);
        m_pixmap->setTransform(fromLoaded *
                               QTransform::fromScale(25.4 / m_page.dpi * kScenePerMm, 25.4 / m_page.dpi * kScenePerMm));
        scene()->setSceneRect(m_pixmap->sceneBoundingRect());
    }
    m_highlight = scene()->addRect(QRectF(), QPen(QColor(0xe6, 0x7e, 0x22), 1.2), QColor(0xf3, 0x9c, 0x12, 60));
    m_highlight->setZValue(10);
    highlightLine(m_line);
    if (m_fit)
        fitWidth();
}

void PageView::highlightLine(int line)
{
    m_line = line;
    if (!m_highlight)
        return;
    if (line < 0 || line >= m_page.ocr.lines.size()) {
        m_highlight->setVisible(false);
        return;
    }
    const QRect b = m_page.ocr.lines.at(line).box;
    const double k = m_geometry.workingToMm;
    QRectF mm(b.x() * k, b.y() * k, b.width() * k, b.height() * k);
    mm.adjust(-0.8, -0.6, 0.8, 0.6);
    QPolygonF area = QPolygonF(QRectF(mm.topLeft() * kScenePerMm, mm.size() * kScenePerMm));
    if (!m_processed) // back into the scanned master's frame
        area = (QTransform::fromScale(kScenePerMm, kScenePerMm).inverted() * m_geometry.masterToPage.inverted() *
                QTransform::fromScale(25.4 / m_page.dpi * kScenePerMm, 25.4 / m_page.dpi * kScenePerMm))
                   .map(area);
    m_highlight->setRect(area.boundingRect());
    m_highlight->setVisible(true);
    ensureVisible(m_highlight, 40, 40);
}

QRectF PageView::highlightedRect() const
{
    return m_highlight && m_highlight->isVisible() ? m_highlight->sceneBoundingRect() : QRectF();
}

void PageView::zoomBy(double factor)
{
    m_fit = false;
    const double current = transform().m11();
    if (current * factor < 0.05 || current * factor > 8)
        return;
    scale(factor, factor);
}

void PageView::fitWidth()
{
    m_fit = true;
    const QRectF r = sceneRect();
    if (r.isEmpty())
        return;
    const double k = (viewport()->width() - 16) / r.width();
    setTransform(QTransform::fromScale(k, k));
    centerOn(r.center().x(), r.top());
}

void PageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitWidth();
}

} // namespace Dossier
