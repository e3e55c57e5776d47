#pragma once

#include <dossier/exporter.h>

#include <QFont>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Dossier {

// Draws the generated pages (封面, 卷内目录, 备考表, page numbers) into the export page model: text as glyph
// outlines shared through ExportDocument::shapes (so every exporter draws the same letters without needing
// to embed a CJK font), plus an invisible searchable copy of the text; rules as vector paths.
// Sizes and positions are in millimetres; `size` is the em size.
class FormPainter final
{
public:
    enum class Face { Serif, SerifBold, Sans };

    explicit FormPainter(ExportDocument& document);

    double width(const QString& text, double size, Face face) const;
    // Draws one line of text with its baseline at `baseline.y()`, aligned on `baseline.x()` per `align`
    // (left, centre or right). Returns the drawn width.
    double text(ExportPage& page, const QString& text, QPointF baseline, double size, Face face,
                Qt::Alignment align = Qt::AlignLeft, bool searchable = true);
    // Draws text in `box`, shrinking it (down to `minSize`) and wrapping it to fit; vertically centred.
    void textIn(ExportPage& page, const QString& text, const QRectF& box, double size, Face face,
                Qt::Alignment align = Qt::AlignLeft, double minSize = 3.0);
    void line(ExportPage& page, QPointF a, QPointF b, double width = 0.3);
    void rect(ExportPage& page, const QRectF& r, double width = 0.3);

private:
    int glyph(Face face, const QString& ch);
    const QFont& font(Face face) const;

    ExportDocument& m_doc;
    QFont m_serif, m_serifBold, m_sans;
    QHash<QString, int> m_glyphs; // face + character → shape index
};

} // namespace Dossier
