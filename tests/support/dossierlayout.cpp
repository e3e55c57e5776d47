#include "dossierlayout.h"

#include "imaging/qrcode.h"
#include "pagepainter.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Dossier::Test {

Block para(const QString& text)
{
    return {Block::Kind::Paragraph, {text}, {}, {}, 0};
}

Block plain(const QString& text)
{
    return {Block::Kind::Line, {text}, {}, {}, 0};
}

Block right(const QString& text)
{
    return {Block::Kind::Right, {text}, {}, {}, 0};
}

Block signature(const QStringList& lines)
{
    return {Block::Kind::Signature, lines, {}, {}, 0};
}

Block table(const QList<QStringList>& rows, const QList<double>& widths)
{
    return {Block::Kind::Table, {}, rows, widths, 0};
}

Block photo(double heightMm)
{
    return {Block::Kind::Photo, {}, {}, {}, heightMm};
}

Block gap()
{
    return {Block::Kind::Gap, {}, {}, {}, 0};
}

DocSpec courtDocument(const QString& code, const QString& title, const CaseFacts& c, bool docNumber)
{
    DocSpec d{code, title, {}, true};
    d.blocks << Block{Block::Kind::CourtLine, {c.courtFull}, {}, {}, 0}
             << Block{Block::Kind::Title, {title}, {}, {}, 0};
    if (docNumber)
        d.blocks << Block{Block::Kind::DocNumber, {c.caseNo}, {}, {}, 0};
    return d;
}

DocSpec partyDocument(const QString& code, const QString& title)
{
    DocSpec d{code, title, {}, false};
    if (!title.isEmpty())
        d.blocks << Block{Block::Kind::Title, {title}, {}, {}, 0};
    return d;
}

Style randomStyle(Rng& rng, int dpi, const QStringList& families)
{
    Style s;
    s.family = rng.pick(families);
    static const double sizes[] = {10.5, 11, 12, 12, 14, 14, 15, 16};
    s.bodyPt = sizes[rng.range(0, 7)];
    s.titlePt = s.bodyPt + rng.range(3, 10);
    s.spacing = std::round(rng.real(1.0, 2.0) * 10) / 10 + 0.25; // line pitch = type size × (1.25 … 2.25)
    s.leftMm = rng.range(20, 35);
    s.rightMm = rng.range(18, 30);
    s.topMm = rng.range(20, 40);
    s.bottomMm = rng.range(18, 30);
    s.titleSpacingEm = rng.chance(0.35) ? rng.real(0.3, 1.0) : 0;
    s.titleBold = rng.chance(0.5);
    s.courtLine = rng.chance(0.7);
    s.docNumberRight = rng.chance(0.6);
    s.redHeader = rng.chance(0.15);
    s.seal = rng.chance(0.45);
    s.footer = rng.chance(0.7) ? 0 : rng.range(1, 2);
    s.dpi = dpi;
    return s;
}

namespace {

// One thing placed on a page: a line of text, a row of a table or a picture.
struct Item
{
    enum class Type { Text, Row, Photo } type = Type::Text;
    QString text;
    QFont font;
    double x = 0, height = 0, letterSpacing = 0;
    QList<QStringList> cells; // a row: the lines of each cell
    QList<double> widths;     // a row: cell widths in px
    bool keepWithNext = false, red = false, sealHere = false;
};

// Turns the blocks of a document into items, in order, with their positions across the page.
class Typesetter
{
public:
    Typesetter(const DocSpec& doc, const Style& s) : m_doc(doc), m_s(s)
    {
        const double px = s.dpi / 25.4;
        m_pageW = 210 * px;
        m_left = s.leftMm * px;
        m_width = m_pageW - (s.leftMm + s.rightMm) * px;
        m_body = pageFont(s.family, s.bodyPt, s.dpi);
        m_pitch = m_body.pixelSize() * s.spacing;
    }

    QList<Item> items()
    {
        for (const Block& b : m_doc.blocks)
            add(b);
        return m_items;
    }

private:
    void text(const QString& t, const QFont& f, double x, double height, bool keep = false)
    {
        Item it;
        it.text = t;
        it.font = f;
        it.x = x;
        it.height = height;
        it.keepWithNext = keep;
        m_items << it;
    }

    double widthOf(const QString& t, const QFont& f, double spacing = 0) const
    {
        return QFontMetricsF(f).horizontalAdvance(t) + spacing * std::max<qsizetype>(0, t.size() - 1);
    }

    void heading(const Block& b)
    {
        const bool title = b.kind == Block::Kind::Title;
        if (b.kind == Block::Kind::CourtLine && !(m_s.courtLine && m_doc.courtIssued))
            return;
        QFont f = pageFont(m_s.family, title ? m_s.titlePt : (m_s.titlePt + m_s.bodyPt) / 2, m_s.dpi);
        f.setBold(title && m_s.titleBold);
        const double spacing = title ? m_s.titleSpacingEm * f.pixelSize() : 0;
        const double w = widthOf(b.texts.value(0), f, spacing);
        text(b.texts.value(0), f, m_left + (m_width - w) / 2, f.pixelSize() * (title ? 2.0 : 1.6), true);
        m_items.last().letterSpacing = spacing;
        m_items.last().red = m_s.redHeader && m_doc.courtIssued;
    }

    void flowed(const QString& t, int indent)
    {
        const QFontMetricsF fm(m_body);
        const double in = indent * fm.horizontalAdvance(QChar(0x56FD));
        const QStringList lines = wrapLines(t, fm, m_width, in);
        for (qsizetype i = 0; i < lines.size(); ++i)
            text(lines.at(i), m_body, m_left + (i == 0 ? in : 0), m_pitch);
    }

    void add(const Block& b)
    {
        const double right = m_left + m_width;
        switch (b.kind) {
        case Block::Kind::CourtLine:
        case Block::Kind::Title:
            heading(b);
            break;
        case Block::Kind::Subtitle:
            text(b.texts.value(0), m_body, m_left + (m_width - widthOf(b.texts.value(0), m_body)) / 2, m_pitch, true);
            break;
        case Block::Kind::DocNumber: {
            const double w = widthOf(b.texts.value(0), m_body);
            text(b.texts.value(0), m_body, m_s.docNumberRight ? right - w : m_left + (m_width - w) / 2, m_pitch * 1.3);
            break;
        }
        case Block::Kind::Paragraph:
        case Block::Kind::Line:
            for (const QString& t : b.texts)
                flowed(t, b.kind == Block::Kind::Paragraph ? 2 : 0);
            break;
        case Block::Kind::Right:
            text(b.texts.value(0), m_body, right - widthOf(b.texts.value(0), m_body), m_pitch);
            break;
        case Block::Kind::Signature:
            signatureBlock(b.texts);
            break;
        case Block::Kind::Table:
            rows(b);
            break;
        case Block::Kind::Photo: {
            Item it;
            it.type = Item::Type::Photo;
            it.x = m_left + m_width * 0.1;
            it.widths = {m_width * 0.8};
            it.height = b.height * m_s.dpi / 25.4 + m_pitch * 0.5;
            m_items << it;
            break;
        }
        case Block::Kind::Gap:
            text(QString(), m_body, m_left, m_pitch * 0.5);
            break;
        }
    }

    // Lines at the right, as wide as the widest, kept together; the seal goes over the court's name or the date.
    void signatureBlock(const QStringList& lines)
    {
        double widest = 0;
        for (const QString& l : lines)
            widest = std::max(widest, widthOf(l, m_body));
        const double x = m_left + m_width - widest - m_body.pixelSize() * 2;
        qsizetype sealLine = lines.size() - 1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).endsWith(tx("人民法院")))
                sealLine = i;
        text(QString(), m_body, m_left, m_pitch * 0.6, true);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            text(lines.at(i), m_body, x, m_pitch, i + 1 < lines.size());
            m_items.last().sealHere = m_doc.courtIssued && i == sealLine;
        }
    }

    void rows(const Block& b)
    {
        const QFontMetricsF fm(m_body);
        for (const QStringList& row : b.rows) {
            Item it;
            it.type = Item::Type::Row;
            it.font = m_body;
            it.x = m_left;
            int most = 1;
            for (qsizetype c = 0; c < b.widths.size(); ++c) {
                const double w = b.widths.at(c) * m_width;
                it.widths << w;
                it.cells << wrapLines(row.value(c), fm, w - m_body.pixelSize() * 0.8);
                most = std::max<int>(most, int(it.cells.last().size()));
            }
            it.height = most * m_body.pixelSize() * 1.3 + m_body.pixelSize() * 0.9;
            m_items << it;
        }
        text(QString(), m_body, m_left, m_pitch * 0.5);
    }

    const DocSpec& m_doc;
    const Style& m_s;
    QFont m_body;
    double m_pageW = 0, m_left = 0, m_width = 0, m_pitch = 0;
    QList<Item> m_items;
};

// The pages of a list of items: a new page where the next item (and those kept with it) would cross the bottom.
QList<QList<QPair<Item, double>>> paginate(const QList<Item>& items, double top, double bottom)
{
    QList<QList<QPair<Item, double>>> pages(1);
    double y = top;
    for (qsizetype i = 0; i < items.size(); ++i) {
        double need = items.at(i).height;
        for (qsizetype k = i; k + 1 < items.size() && items.at(k).keepWithNext && need < (bottom - top) / 3; ++k)
            need += items.at(k + 1).height;
        if (y + need > bottom && !pages.last().isEmpty()) {
            pages.append(QList<QPair<Item, double>>());
            y = top;
        }
        pages.last().append({items.at(i), y});
        y += items.at(i).height;
    }
    return pages;
}

void drawRow(PageWriter& w, const Item& it, double y, QStringList& lines)
{
    QPainter& p = w.painter();
    const QFontMetricsF fm(it.font);
    p.setPen(QPen(Qt::black, std::max(2, it.font.pixelSize() / 18)));
    double x = it.x;
    for (qsizetype c = 0; c < it.widths.size(); ++c) {
        p.drawRect(QRectF(x, y, it.widths.at(c), it.height));
        double ty = y + it.font.pixelSize() * 0.45;
        for (const QString& l : it.cells.at(c)) {
            w.line(l, it.font, QPointF(x + it.font.pixelSize() * 0.4, ty + fm.ascent()));
            ty += it.font.pixelSize() * 1.3;
            lines << l;
        }
        x += it.widths.at(c);
    }
    p.setPen(Qt::black);
}

RenderedPage drawPage(const QList<QPair<Item, double>>& placed, const Style& s, int number, int total)
{
    RenderedPage out{blankA4(s.dpi), {}, false};
    PageWriter w(&out.image, false);
    QPointF sealAt(-1, -1);
    for (const auto& [it, y] : placed) {
        if (it.type == Item::Type::Row) {
            drawRow(w, it, y, out.lines);
        } else if (it.type == Item::Type::Photo) {
            w.photo(QRectF(it.x, y, it.widths.value(0), it.height * 0.9), 90 + int(y) % 90);
        } else if (!it.text.isEmpty()) {
            w.painter().setPen(it.red ? QColor(220, 20, 30) : QColor(Qt::black));
            w.line(it.text, it.font, QPointF(it.x, y + QFontMetricsF(it.font).ascent()), it.letterSpacing);
            out.lines << it.text;
            out.colour = out.colour || it.red;
            if (it.sealHere)
                sealAt = QPointF(it.x + QFontMetricsF(it.font).horizontalAdvance(it.text) / 2, y);
        }
    }
    w.painter().setPen(Qt::black);
    if (s.footer && total > 1) {
        const QFont f = pageFont(s.family, std::min(s.bodyPt, 10.5), s.dpi);
        const QString t =
            s.footer == 1 ? tx("第 %1 页 共 %2 页").arg(number).arg(total) : QStringLiteral("- %1 -").arg(number);
        QList<DrawnLine> unused;
        w.centred(unused, t, f, out.image.height() - s.bottomMm * s.dpi / 25.4 * 0.6);
        out.lines << t;
    }
    if (s.seal && sealAt.x() >= 0 && number == total) {
        w.seal(sealAt, 42 * s.dpi / 25.4, tx("人民法院"));
        out.colour = true;
    }
    return out;
}

} // namespace

QList<RenderedPage> render(const DocSpec& doc, const Style& style)
{
    const double px = style.dpi / 25.4;
    const QList<Item> items = Typesetter(doc, style).items();
    const auto pages = paginate(items, style.topMm * px, (297 - style.bottomMm - (style.footer ? 6 : 0)) * px);
    QList<RenderedPage> out;
    for (qsizetype i = 0; i < pages.size(); ++i)
        out << drawPage(pages.at(i), style, int(i + 1), int(pages.size()));
    return out;
}

QImage separatorSheet(const CaseFacts& c, int dpi)
{
    QImage page = blankA4(dpi);
    PageWriter w(&page, false);
    const double px = dpi / 25.4;
    QList<DrawnLine> unused;
    w.centred(unused, tx("卷宗分隔页"), pageFont(QStringLiteral("Noto Sans CJK SC"), 26, dpi), 40 * px);
    QrCode::paint(w.painter(), QRectF(55 * px, 80 * px, 100 * px, 100 * px),
                  QStringLiteral("DOSSIER-SEP|%1|%2").arg(c.dossierId, c.caseNo));
    w.centred(unused, c.caseNo, pageFont(QStringLiteral("Noto Sans CJK SC"), 18, dpi), 200 * px);
    return page;
}

} // namespace Dossier::Test
