#include "readerview.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Dossier {
namespace {
constexpr int kMargin = 12; // pixels around and between pages
constexpr double kMinZoom = 0.3, kMaxZoom = 20.0;
} // namespace

ReaderView::ReaderView(SheetCache* cache, QWidget* parent) : QAbstractScrollArea(parent), m_cache(cache)
{
    setObjectName(QStringLiteral("readerView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setAutoFillBackground(true);
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Window, QColor(0x5a, 0x5e, 0x63));
    viewport()->setPalette(pal);
    connect(m_cache, &SheetCache::ready, viewport(), [this](int sheet, int) {
        if (sheet >= 0 && sheet < m_rects.size() && !m_rects.at(sheet).isEmpty())
            viewport()->update();
    });
}

void ReaderView::setVolume(std::shared_ptr<const BoundVolume> volume)
{
    m_volume = std::move(volume);
    m_marks.clear();
    m_current = 0;
    relayout();
    verticalScrollBar()->setValue(0);
    updateCurrent();
    viewport()->update();
}

int ReaderView::sheetCount() const
{
    return m_volume ? int(m_volume->sheets.size()) : 0;
}

QSizeF ReaderView::turnedSize(int sheet) const
{
    const QSizeF s = m_volume->sheets.at(sheet).size;
    return m_rotation % 2 ? s.transposed() : s;
}

QList<int> ReaderView::rowOf(int sheet) const
{
    if (!m_twoUp)
        return {sheet};
    const int first = sheet - sheet % 2; // sheets 0–1, 2–3, … face each other
    QList<int> row{first};
    if (first + 1 < sheetCount())
        row << first + 1;
    return row;
}

void ReaderView::relayout()
{
    m_rects.clear();
    if (!m_volume || m_volume->sheets.isEmpty()) {
        verticalScrollBar()->setRange(0, 0);
        horizontalScrollBar()->setRange(0, 0);
        return;
    }
    const int n = sheetCount();
    const int perRow = m_twoUp ? 2 : 1;
    double widest = 0, tallest = 0;
    for (int i = 0; i < n; ++i) {
        widest = std::max(widest, turnedSize(i).width());
        tallest = std::max(tallest, turnedSize(i).height());
    }
    const double availW = std::max(50, viewport()->width() - 2 * kMargin - (perRow - 1) * kMargin);
    const double availH = std::max(50, viewport()->height() - 2 * kMargin);
    if (m_fit == Fit::Width)
        m_zoom = availW / (widest * perRow);
    else if (m_fit == Fit::Page)
        m_zoom = std::min(availW / (widest * perRow), availH / tallest);
    m_zoom = std::clamp(m_zoom, kMinZoom, kMaxZoom);
    m_rects.resize(n);
    double y = kMargin, contentW = 0;
    for (int first = 0; first < n; first += perRow) {
        const QList<int> row = rowOf(first);
        const bool shown = m_continuous || row.contains(m_current);
        if (!shown)
            continue;
        double rowW = (row.size() - 1) * kMargin, rowH = 0;
        for (int s : row) {
            rowW += turnedSize(s).width() * m_zoom;
            rowH = std::max(rowH, turnedSize(s).height() * m_zoom);
        }
        contentW = std::max(contentW, rowW + 2 * kMargin);
        double x = std::max<double>(kMargin, (viewport()->width() - rowW) / 2);
        for (int s : row) {
            const QSizeF sz = turnedSize(s) * m_zoom;
            m_rects[s] = QRectF(QPointF(x, y), sz);
            x += sz.width() + kMargin;
        }
        y += rowH + kMargin;
    }
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setRange(0, std::max(0, int(y) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, int(contentW) - viewport()->width()));
}

void ReaderView::goToSheet(int sheet, const QRectF& focus)
{
    if (!m_volume || sheet < 0 || sheet >= sheetCount())
        return;
    const bool relay = !m_continuous && !rowOf(m_current).contains(sheet);
    m_current = sheet;
    if (relay)
        relayout();
    const QRectF r = m_rects.value(sheet);
    int top = int(r.top()) - kMargin;
    if (!focus.isNull()) {
        // the region a third of the way down the view, so that the lines before it show too
        const QRectF f = sheetTransform(sheet).mapRect(focus).translated(horizontalScrollBar()->value(),
                                                                         verticalScrollBar()->value());
        top = int(f.top() - viewport()->height() / 3.0);
        if (f.left() < horizontalScrollBar()->value() ||
            f.right() > horizontalScrollBar()->value() + viewport()->width())
            horizontalScrollBar()->setValue(int(f.center().x() - viewport()->width() / 2.0));
    }
    verticalScrollBar()->setValue(top);
    m_current = sheet;
    Q_EMIT currentSheetChanged(m_current);
    prefetchAround();
    viewport()->update();
}

void ReaderView::nextPage()
{
    const QList<int> row = rowOf(m_current);
    goToSheet(std::min(sheetCount() - 1, row.last() + 1));
}

void ReaderView::previousPage()
{
    const QList<int> row = rowOf(m_current);
    goToSheet(std::max(0, row.first() - 1));
}

// Lays the pages out again (zoom, fit, turn, one or two pages, a new size) keeping the reader's place: the same
// point of the current page stays in the middle of the view.
void ReaderView::relayoutKeepingPlace()
{
    const int keep = m_current;
    const QRectF before = m_rects.value(keep);
    const double middle = verticalScrollBar()->value() + viewport()->height() / 2.0;
    const double share = before.isEmpty() ? 0 : std::clamp((middle - before.top()) / before.height(), 0.0, 1.0);
    relayout();
    const QRectF after = m_rects.value(keep);
    if (after.isEmpty())
        return goToSheet(keep);
    verticalScrollBar()->setValue(int(after.top() + share * after.height() - viewport()->height() / 2.0));
    if (m_current != keep) { // the page in the middle is still the one read
        m_current = keep;
        Q_EMIT currentSheetChanged(keep);
    }
    prefetchAround();
    viewport()->update();
}

void ReaderView::setContinuous(bool continuous)
{
    m_continuous = continuous;
    relayoutKeepingPlace();
}

void ReaderView::setTwoUp(bool twoUp)
{
    m_twoUp = twoUp;
    relayoutKeepingPlace();
}

void ReaderView::setFit(Fit fit)
{
    m_fit = fit;
    if (fit != Fit::Page)
        return relayoutKeepingPlace();
    relayout(); // a whole page in view: its top at the top
    goToSheet(m_current);
}

void ReaderView::zoomBy(double factor)
{
    m_fit = Fit::Free;
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    relayoutKeepingPlace();
}

void ReaderView::rotateBy(int quarterTurns)
{
    m_rotation = ((m_rotation + quarterTurns) % 4 + 4) % 4;
    relayoutKeepingPlace();
}

void ReaderView::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    viewport()->update();
}

void ReaderView::setSelectedMark(const QString& uid)
{
    m_selected = uid;
    viewport()->update();
}

QTransform ReaderView::sheetTransform(int sheet) const
{
    const QRectF r = m_rects.value(sheet);
    const QSizeF s = m_volume->sheets.at(sheet).size * m_zoom; // unturned, pixels
    QTransform t = QTransform::fromScale(m_zoom, m_zoom);
    t *= QTransform::fromTranslate(-s.width() / 2, -s.height() / 2);
    t *= QTransform().rotate(90.0 * m_rotation);
    t *= QTransform::fromTranslate(r.center().x() - horizontalScrollBar()->value(),
                                   r.center().y() - verticalScrollBar()->value());
    return t;
}

QPointF ReaderView::mapToViewport(int sheet, const QPointF& mm) const
{
    return sheetTransform(sheet).map(mm);
}

QRectF ReaderView::markOnViewport(int sheet, const QRectF& mm) const
{
    if (sheet < 0 || sheet >= m_rects.size() || m_rects.at(sheet).isEmpty())
        return {};
    return sheetTransform(sheet).mapRect(mm);
}

int ReaderView::sheetAt(const QPoint& pos) const
{
    const QPointF content = pos + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_rects.at(i).contains(content))
            return i;
    return -1;
}

int ReaderView::pictureWidth(int sheet) const
{
    const double px = m_volume->sheets.at(sheet).size.width() * m_zoom * devicePixelRatioF();
    return SheetCache::bucket(int(std::ceil(px)));
}

void ReaderView::updateCurrent()
{
    if (!m_volume || !m_continuous)
        return;
    const double line = verticalScrollBar()->value() + viewport()->height() * 0.3;
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_rects.at(i).isEmpty() || m_rects.at(i).bottom() + kMargin < line)
            continue;
        if (i != m_current) {
            m_current = i;
            Q_EMIT currentSheetChanged(i);
            prefetchAround();
        }
        return;
    }
}

void ReaderView::prefetchAround()
{
    if (!m_volume)
        return;
    QList<int> ahead;
    for (int d : {1, 2, -1, 3, 4, -2}) // the next pages first: a reader mostly reads on
        ahead << m_current + d * (m_twoUp ? 2 : 1);
    if (m_twoUp)
        for (int i = 0, n = int(ahead.size()); i < n; ++i)
            ahead << ahead.at(i) + 1;
    m_cache->prefetch(ahead, pictureWidth(std::clamp(m_current, 0, sheetCount() - 1)));
}

void ReaderView::scrollContentsBy(int dx, int dy)
{
    QAbstractScrollArea::scrollContentsBy(dx, dy);
    updateCurrent();
    viewport()->update();
}

void ReaderView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_volume)
        relayoutKeepingPlace();
    else
        relayout();
}

void ReaderView::paintSheet(QPainter& p, int sheet)
{
    const QSizeF size = m_volume->sheets.at(sheet).size;
    const QTransform t = sheetTransform(sheet);
    const QRectF onScreen = t.mapRect(QRectF(QPointF(0, 0), size));
    p.fillRect(onScreen.translated(2, 2), QColor(0, 0, 0, 60)); // the sheet's shadow
    QImage fallback;
    const QImage sharp = m_cache->image(sheet, pictureWidth(sheet), &fallback);
    const QImage& shown = sharp.isNull() ? fallback : sharp;
    p.save();
    p.setTransform(t);
    if (shown.isNull()) {
        p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(QRectF(QPointF(0, 0), size), shown);
    }
    p.restore();
    if (shown.isNull()) {
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawText(onScreen, Qt::AlignCenter, tr("Loading page…"));
    }
    if (!sharp.isNull())
        Q_EMIT sheetPainted(sheet);
}

void ReaderView::paintMarks(QPainter& p, int sheet)
{
    p.save();
    // a mark stays on its sheet (a region drawn past the paper's edge is cut there)
    p.setClipRect(sheetTransform(sheet).mapRect(QRectF(QPointF(0, 0), m_volume->sheets.at(sheet).size)));
    for (const Mark& m : std::as_const(m_marks)) {
        if (m.sheet != sheet)
            continue;
        const QRectF r = sheetTransform(sheet).mapRect(m.rect);
        const bool selected = !m.uid.isEmpty() && m.uid == m_selected;
        QColor c = m.colour.isValid() ? m.colour : QColor(0xff, 0xc1, 0x07);
        switch (m.style) {
        case Mark::Style::Hit:
        case Mark::Style::CurrentHit: {
            const bool current = m.style == Mark::Style::CurrentHit;
            c = current ? QColor(0xff, 0x6d, 0x00) : QColor(0x21, 0x96, 0xf3);
            p.fillRect(r, QColor(c.red(), c.green(), c.blue(), current ? 90 : 60));
            p.setPen(QPen(c, current ? 2.5 : 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-1, -1, 1, 1));
            break;
        }
        case Mark::Style::Highlight:
            p.fillRect(r, QColor(c.red(), c.green(), c.blue(), selected ? 120 : 80));
            break;
        case Mark::Style::Box:
            p.setPen(QPen(c, selected ? 3 : 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            break;
        case Mark::Style::Comment: {
            const QRectF pin(r.topRight() + QPointF(-18, 0), QSizeF(18, 16));
            p.setPen(QPen(c.darker(150), 1));
            p.setBrush(c);
            p.drawRoundedRect(pin, 3, 3);
            break;
        }
        }
        if (selected) {
            p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-3, -3, 3, 3));
        }
    }
    p.restore();
}

void ReaderView::paintEvent(QPaintEvent*)
{
    if (!m_volume)
        return;
    QPainter p(viewport());
    const QRectF visible(QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value()),
                         QSizeF(viewport()->size()));
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_rects.at(i).isEmpty() || !m_rects.at(i).intersects(visible))
            continue;
        paintSheet(p, i);
        paintMarks(p, i);
    }
    if (!m_band.isNull()) {
        p.setPen(QPen(QColor(0x21, 0x96, 0xf3), 1, Qt::DashLine));
        p.setBrush(QColor(0x21, 0x96, 0xf3, 40));
        p.drawRect(m_band);
    }
}

void ReaderView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ReaderView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        nextPage();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previousPage();
        return;
    case Qt::Key_Home:
        goToSheet(0);
        return;
    case Qt::Key_End:
        goToSheet(sheetCount() - 1);
        return;
    case Qt::Key_Right:
        if (!m_continuous)
            return nextPage();
        break;
    case Qt::Key_Left:
        if (!m_continuous)
            return previousPage();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomBy(1.2);
    case Qt::Key_Minus:
        return zoomBy(1 / 1.2);
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ReaderView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_volume)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    // a mark under the pointer is chosen (the smallest, when several overlap)
    QString hit;
    double area = 0;
    for (const Mark& m : std::as_const(m_marks)) {
        const QRectF r = markOnViewport(m.sheet, m.rect);
        if (!m.uid.isEmpty() && r.contains(pos) && (hit.isEmpty() || r.width() * r.height() < area)) {
            hit = m.uid;
            area = r.width() * r.height();
        }
    }
    if (!hit.isEmpty()) {
        Q_EMIT markClicked(hit);
        return;
    }
    m_dragSheet = sheetAt(pos);
    m_dragFrom = pos;
    m_band = QRect();
}

void ReaderView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragSheet < 0)
        return QAbstractScrollArea::mouseMoveEvent(event);
    m_band = QRect(m_dragFrom, event->position().toPoint()).normalized();
    viewport()->update();
}

void ReaderView::mouseReleaseEvent(QMouseEvent* event)
{
    const int sheet = m_dragSheet;
    const QRect band = m_band;
    m_dragSheet = -1;
    m_band = QRect();
    viewport()->update();
    if (sheet < 0 || band.width() < 6 || band.height() < 6)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const QRectF page(QPointF(0, 0), m_volume->sheets.at(sheet).size);
    const QRectF mm = sheetTransform(sheet).inverted().mapRect(QRectF(band)).intersected(page);
    if (!mm.isEmpty())
        Q_EMIT regionSelected(sheet, mm, event->globalPosition().toPoint());
}

} // namespace Dossier
