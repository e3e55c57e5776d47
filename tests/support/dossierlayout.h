#pragma once

#include "dossierdata.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier::Test {

// A piece of a generated document, typeset by render() in the document's style.
struct Block final
{
    enum class Kind {
        CourtLine, // the court's name above the title, centred
        Title,     // centred, larger (letter-spaced in some styles)
        Subtitle,  // centred, body size: （第二次）, （签发稿）
        DocNumber, // the document number under the title (right or centred)
        Paragraph, // flowed, first line indented two characters
        Line,      // flowed, not indented
        Right,     // one line ending at the right margin
        Signature, // lines kept together at the right: 具状人、审判长 … and the date
        Table,     // ruled; the widths are fractions of the text width
        Photo,     // a grey picture of `height` mm (evidence)
        Gap,       // half a line of white
    };
    Kind kind = Kind::Paragraph;
    QStringList texts;
    QList<QStringList> rows;
    QList<double> widths;
    double height = 0;
};

Block para(const QString& text);
Block plain(const QString& text);
Block right(const QString& text);
Block signature(const QStringList& lines);
Block table(const QList<QStringList>& rows, const QList<double>& widths);
Block photo(double heightMm);
Block gap();

// A document as its paper shows it: what it is (the truth) and what is printed.
struct DocSpec final
{
    QString code;  // the doc_type it must be catalogued as
    QString title; // as printed; empty when it has none
    QList<Block> blocks;
    bool courtIssued = false; // the court's name over the title, a seal over the date in some styles
};

// Title, document number and court line in front of the blocks (what render() lays out first).
DocSpec courtDocument(const QString& code, const QString& title, const CaseFacts& c, bool docNumber);
DocSpec partyDocument(const QString& code, const QString& title);

// How a document is typeset and printed.
struct Style final
{
    QString family;
    double bodyPt = 12, titlePt = 18, spacing = 1.5; // line pitch: spacing × the type size
    double leftMm = 28, rightMm = 26, topMm = 30, bottomMm = 25;
    double titleSpacingEm = 0; // letters of the title spread apart
    bool titleBold = false;
    bool courtLine = true; // court documents print the court's name over the title
    bool docNumberRight = true;
    bool redHeader = false; // court line and title printed in red (a colour scan keeps them; red is pale in grey)
    bool seal = false;      // the court's seal over its name or the date on the last page
    int footer = 0;         // 0 none, 1 "第 1 页 共 3 页", 2 "- 1 -"
    int dpi = 300;
};

Style randomStyle(Rng& rng, int dpi, const QStringList& families);

struct RenderedPage final
{
    QImage image;      // the printed sheet, before the scanner
    QStringList lines; // what is printed on it, in reading order
    bool colour = false;
};

QList<RenderedPage> render(const DocSpec& doc, const Style& style);

// A separator sheet (QR payload DOSSIER-SEP|id|案号) as printed for a dossier.
QImage separatorSheet(const CaseFacts& c, int dpi);

} // namespace Dossier::Test
