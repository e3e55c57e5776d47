#pragma once

#include "station/sheetcache.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>
#include <QRectF>

#include <memory>

namespace Dossier {

// The pages of a bound volume as a judge reads them: continuous scroll or one page at a time, one or two pages
// side by side, fit to width or page, zoom, the view turned by quarter turns. Pictures come from a SheetCache
// (painted off the GUI thread; a smaller picture stands in until the sharp one is ready). Marks — search hits and
// annotations — are drawn over the pages in page millimetres; dragging over a page selects a region.
class ReaderView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Fit { Width, Page, Free };
    struct Mark
    {
        enum class Style { Hit, CurrentHit, Highlight, Box, Comment };
        int sheet = 0;
        QRectF rect; // mm on the sheet
        Style style = Style::Hit;
        QColor colour;
        QString uid; // an annotation's; empty for a hit
    };

    explicit ReaderView(SheetCache* cache, QWidget* parent = nullptr);

    void setVolume(std::shared_ptr<const BoundVolume> volume);
    int sheetCount() const;
    int currentSheet() const { return m_current; }
    // Shows the sheet (its top, or the region `focus` in mm when given) and makes it current.
    void goToSheet(int sheet, const QRectF& focus = {});
    void nextPage();
    void previousPage();

    void setContinuous(bool continuous);
    bool isContinuous() const { return m_continuous; }
    void setTwoUp(bool twoUp);
    bool isTwoUp() const { return m_twoUp; }
    void setFit(Fit fit);
    Fit fit() const { return m_fit; }
    void zoomBy(double factor);
    double zoom() const { return m_zoom; } // screen pixels per millimetre
    // The width the current page's picture is made at (SheetCache::bucket of its size on screen).
    int currentPictureWidth() const { return m_volume && sheetCount() > 0 ? pictureWidth(m_current) : 0; }
    void rotateBy(int quarterTurns);
    int rotation() const { return m_rotation; }

    void setMarks(const QList<Mark>& marks);
    void setSelectedMark(const QString& uid);

    // Where a point of a sheet (mm) is on the viewport now (tests).
    QPointF mapToViewport(int sheet, const QPointF& mm) const;
    // The viewport rectangle a mark is drawn in, or an empty one when its sheet is not laid out (tests).
    QRectF markOnViewport(int sheet, const QRectF& mm) const;

Q_SIGNALS:
    void currentSheetChanged(int sheet);
    // A region dragged over a sheet (mm), released at `globalPos`.
    void regionSelected(int sheet, const QRectF& mm, const QPoint& globalPos);
    void markClicked(const QString& uid);
    // The sharp picture of a sheet has been painted (not a stand-in): what the reader's figures time.
    void sheetPainted(int sheet);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QSizeF turnedSize(int sheet) const; // mm, after the view's rotation
    QList<int> rowOf(int sheet) const;  // the sheets shown beside each other with it
    void relayout();
    void relayoutKeepingPlace();
    void updateCurrent();
    QTransform sheetTransform(int sheet) const; // sheet mm → viewport pixels
    int sheetAt(const QPoint& viewportPos) const;
    int pictureWidth(int sheet) const;
    void paintSheet(QPainter& p, int sheet);
    void paintMarks(QPainter& p, int sheet);
    void prefetchAround();

    SheetCache* m_cache;
    std::shared_ptr<const BoundVolume> m_volume;
    QList<QRectF> m_rects; // content pixels per sheet; empty rectangle: not laid out (single-page mode)
    QList<Mark> m_marks;
    QString m_selected;
    int m_current = 0;
    bool m_continuous = true;
    bool m_twoUp = false;
    Fit m_fit = Fit::Width;
    double m_zoom = 3.0;
    int m_rotation = 0;
    QPoint m_dragFrom;
    QRect m_band; // viewport pixels while a region is dragged
    int m_dragSheet = -1;
};

} // namespace Dossier
