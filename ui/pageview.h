#pragma once

#include "archive/volume.h"
#include "archive/volumebuilder.h"

#include <QGraphicsView>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace Dossier {

// The page, large: as processed (upright, straightened, cropped — as the archive shows it) or as scanned
// (the master untouched), zoomed with Ctrl+wheel or +/−, panned by dragging; an OCR line can be highlighted
// on the image. Images are read off the GUI thread.
class PageView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PageView(QWidget* parent = nullptr);

    void setPage(const VolumePage& page);
    void clear();
    void setShowProcessed(bool processed);
    bool showsProcessed() const { return m_processed; }
    void highlightLine(int line);   // -1: none
    QRectF highlightedRect() const; // scene coordinates, for tests
    void zoomBy(double factor);
    void fitWidth();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();

    VolumePage m_page;
    PageGeometry m_geometry;
    QImage m_image;
    int m_loadId = 0;
    bool m_processed = true;
    bool m_fit = true;
    int m_line = -1;
    QGraphicsRectItem* m_paper = nullptr;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    QGraphicsRectItem* m_highlight = nullptr;
};

} // namespace Dossier
