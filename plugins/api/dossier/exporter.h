#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPainterPath>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTransform>
#include <QtPlugin>

#include <functional>

namespace Dossier {

// The page model an exporter writes. Units are millimetres, origin at the page's top-left corner, y down.
// The core builds it (geometry, text placement, generated pages); an exporter only serialises it.

// An image placed on the page. The exporter embeds the file's own coded data where its format allows it
// (JPEG, G4, PNG pass through without recompression) and decodes it only where it must.
struct ExportImage final
{
    QString path;      // the image file (a page master), or
    QByteArray data;   // the file's bytes (generated images); used when non-empty
    QString format;    // "jpeg", "png", "tiff"
    QSize pixels;      // width × height in pixels
    QTransform toPage; // image pixel (x right, y down; 0..width, 0..height) → page millimetres
    QPainterPath clip; // page area the image is clipped to (mm); empty: the whole page
};

// A filled and/or stroked vector path in page millimetres (rules, boxes).
struct ExportPath final
{
    QPainterPath path;
    QColor fill;              // invalid: not filled
    QColor stroke;            // invalid: not stroked
    double strokeWidth = 0.2; // mm
};

// A reusable shape (a glyph outline) drawn at a place: ExportDocument::shapes[shape] mapped by toPage.
struct ExportShape final
{
    int shape = -1;
    QTransform toPage;
    QColor colour = Qt::black;
};

// Invisible text (the OCR layer, and the searchable text of generated pages). The exporter spreads the
// characters evenly over `box`, so that consecutive runs of one line join without a gap and copy-paste
// gives exactly `text` — no space is invented between Han characters.
struct ExportText final
{
    QString text;
    QRectF box; // mm; its height is the font size
};

struct ExportPage final
{
    QSizeF size;               // mm
    QString label;             // page label: "封面", "1", …
    QList<ExportImage> images; // drawn first, in order
    QList<ExportPath> paths;
    QList<ExportShape> shapes;
    QList<ExportText> texts; // invisible, on top
};

struct ExportBookmark final
{
    QString title;
    int page = 0; // index into pages
    int level = 0;
};

// A descriptive metadata item (DA/T 46): a stable ASCII key for XMP, its standard Chinese name for OFD.
struct ExportMeta final
{
    QString key;  // "ArchivalCode"
    QString name; // "档号"
    QString value;
};

struct ExportDocument final
{
    QString identifier; // a stable UUID-like id of this dossier volume
    QString title;      // 案号 + volume
    QString author;     // the court
    QString subject;
    QStringList keywords;
    QString creatorTool; // "Dossier Workstation 0.3.0"
    QDateTime created;
    QString language = QStringLiteral("zh-CN");
    QList<ExportMeta> metadata;
    QList<QPainterPath> shapes; // glyph outlines, in their own units (scaled by ExportShape::toPage)
    QList<ExportPage> pages;
    QList<ExportBookmark> bookmarks;
};

// Called after each page; returning false cancels the export (the partial file is removed).
using ExportProgress = std::function<bool(int done, int total)>;

// The plugin's interface. Implementations must be reentrant: write() and check() may run on several
// worker threads at once.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual QString format() const = 0;     // "pdfa", "ofd"
    virtual QString fileSuffix() const = 0; // "pdf", "ofd"
    virtual Result<Ok> write(const ExportDocument& document, const QString& path,
                             const ExportProgress& progress) const = 0;
    // Structural check of a file of this format. The list names every rule broken (empty: valid).
    // An error means the file could not be read at all.
    virtual Result<QStringList> check(const QString& path) const = 0;
    // The text of every page, pages separated by form feeds.
    virtual Result<QString> extractText(const QString& path) const = 0;
};

} // namespace Dossier

#define DossierExporter_iid "org.dossier.Exporter/1"
Q_DECLARE_INTERFACE(Dossier::Exporter, DossierExporter_iid)
