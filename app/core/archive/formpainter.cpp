#include "archive/formpainter.h"

#include <QFontMetricsF>
#include <QPainterPath>

namespace Dossier {
namespace {

constexpr double kUnits = 100.0; // glyph outlines are made at a 100-pixel em

QFont makeFont(const QString& family, QFont::Weight weight)
{
    QFont f(family);
    f.setPixelSize(int(kUnits));
    f.setWeight(weight);
    f.setStyleStrategy(QFont::PreferOutline);
    f.setKerning(false);
    return f;
}

// Characters one by one (a surrogate pair is one character).
QStringList characters(const QString& s)
{
    QStringList out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size()) {
            out << s.mid(i, 2);
            ++i;
        } else {
            out << QString(s.at(i));
        }
    }
    return out;
}

} // namespace

FormPainter::FormPainter(ExportDocument& document)
    : m_doc(document), m_serif(makeFont(QStringLiteral("Noto Serif CJK SC"), QFont::Normal)),
      m_serifBold(makeFont(QStringLiteral("Noto Serif CJK SC"), QFont::Bold)),
      m_sans(makeFont(QStringLiteral("Noto Sans CJK SC"), QFont::Normal))
{
}

const QFont& FormPainter::font(Face face) const
{
    return face == Face::Serif ? m_serif : face == Face::SerifBold ? m_serifBold : m_sans;
}

double FormPainter::width(const QString& text, double size, Face face) const
{
    return QFontMetricsF(font(face)).horizontalAdvance(text) * size / kUnits;
}

int FormPainter::glyph(Face face, const QString& ch)
{
    const QString key = QString::number(int(face)) + ch;
    if (auto it = m_glyphs.constFind(key); it != m_glyphs.cend())
        return it.value();
    QPainterPath p;
    p.setFillRule(Qt::WindingFill);
    p.addText(QPointF(0, 0), font(face), ch);
    p.setFillRule(Qt::WindingFill);
    const int index = int(m_doc.shapes.size());
    m_doc.shapes.append(p);
    m_glyphs.insert(key, index);
    return index;
}

double FormPainter::text(ExportPage& page, const QString& text, QPointF baseline, double size, Face face,
                         Qt::Alignment align, bool searchable)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font(face));
    const double scale = size / kUnits;
    const double total = fm.horizontalAdvance(text) * scale;
    double x = baseline.x();
    if (align & Qt::AlignHCenter)
        x -= total / 2;
    else if (align & Qt::AlignRight)
        x -= total;
    const double left = x;
    for (const QString& ch : characters(text)) {
        if (!ch.at(0).isSpace()) {
            const int g = glyph(face, ch);
            page.shapes.append(ExportShape{g, QTransform(scale, 0, 0, scale, x, baseline.y()), Qt::black});
        }
        x += fm.horizontalAdvance(ch) * scale;
    }
    if (searchable)
        page.texts.append(ExportText{text, QRectF(left, baseline.y() - 0.88 * size, total, size)});
    return total;
}

void FormPainter::textIn(ExportPage& page, const QString& text, const QRectF& box, double size, Face face,
                         Qt::Alignment align, double minSize)
{
    if (text.isEmpty())
        return;
    const double pad = 1.5;
    const double avail = box.width() - 2 * pad;
    double s = size;
    while (s > minSize && width(text, s, face) > avail)
        s -= 0.25;
    // Wrap what still does not fit, character by character (Chinese has no word spaces to respect).
    QStringList lines;
    QString cur;
    for (const QString& ch : characters(text)) {
        if (!cur.isEmpty() && width(cur + ch, s, face) > avail) {
            lines << cur;
            cur.clear();
        }
        cur += ch;
    }
    if (!cur.isEmpty())
        lines << cur;
    const double lineH = s * 1.25;
    double y = box.center().y() - lineH * double(lines.size()) / 2 + s * 0.88 + (lineH - s) / 2;
    for (const QString& l : lines) {
        const double x = (align & Qt::AlignHCenter) ? box.center().x()
                         : (align & Qt::AlignRight) ? box.right() - pad
                                                    : box.left() + pad;
        this->text(page, l, QPointF(x, y), s, face, align);
        y += lineH;
    }
}

void FormPainter::line(ExportPage& page, QPointF a, QPointF b, double width)
{
    QPainterPath p;
    p.moveTo(a);
    p.lineTo(b);
    page.paths.append(ExportPath{p, QColor(), Qt::black, width});
}

void FormPainter::rect(ExportPage& page, const QRectF& r, double width)
{
    QPainterPath p;
    p.addRect(r);
    page.paths.append(ExportPath{p, QColor(), Qt::black, width});
}

} // namespace Dossier
