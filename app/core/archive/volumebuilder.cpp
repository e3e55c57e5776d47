#include "archive/volumebuilder.h"

#include "archive/anonymiser.h"
#include "archive/formpainter.h"
#include "common/clock.h"
#include "imaging/qrcode.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QUuid>

#include <cmath>

namespace Dossier {
namespace {

constexpr double kA4W = 210.0, kA4H = 297.0;

QString imageFormat(const QString& ext)
{
    const QString e = ext.toLower();
    if (e == QLatin1String("jpg") || e == QLatin1String("jpeg"))
        return QStringLiteral("jpeg");
    if (e.startsWith(QLatin1String("tif")))
        return QStringLiteral("tiff");
    return e;
}

QString chineseDate(const QDate& d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QRectF mapBox(const QRect& r, double k)
{
    return QRectF(r.x() * k, r.y() * k, r.width() * k, r.height() * k);
}

// The invisible text of one page: one run per OCR word, each stretched to reach the next word of its line
// so that no gap (hence no invented space) separates them; a space only where the line has one.
QList<ExportText> textRuns(const OcrPage& ocr, double k, const QList<QStringList>* replaced, QList<QRectF>* wordBoxes)
{
    QList<ExportText> out;
    for (qsizetype li = 0; li < ocr.lines.size(); ++li) {
        const OcrLine& line = ocr.lines.at(li);
        const QRectF lb = mapBox(line.box, k);
        if (line.words.isEmpty()) {
            if (!line.text.isEmpty())
                out.append(ExportText{line.text, lb});
            continue;
        }
        // Where the line's text puts a space before a word.
        QList<bool> spaceBefore(line.words.size(), false);
        qsizetype pos = 0;
        for (qsizetype wi = 0; wi < line.words.size(); ++wi) {
            const QString& wt = line.words.at(wi).text;
            bool space = false;
            while (pos < line.text.size() && line.text.at(pos).isSpace()) {
                space = true;
                ++pos;
            }
            spaceBefore[wi] = space && wi > 0;
            const qsizetype at = line.text.indexOf(wt, pos);
            if (at >= 0 && at - pos <= 2)
                pos = at + wt.size();
        }
        auto textOf = [&](qsizetype wi) {
            return replaced && li < replaced->size() && wi < replaced->at(li).size() ? replaced->at(li).at(wi)
                                                                                     : line.words.at(wi).text;
        };
        // Runs laid left to right without overlap: Tesseract's word boxes may overlap or span the line.
        double prevRight = lb.left();
        for (qsizetype wi = 0; wi < line.words.size(); ++wi) {
            QString text = textOf(wi);
            const QRectF wb = mapBox(line.words.at(wi).box, k);
            if (wordBoxes)
                wordBoxes->append(wb);
            if (text.isEmpty())
                continue;
            const double left = std::max(wb.left(), prevRight);
            const double minWidth = 0.25 * lb.height() * double(text.size());
            double right = std::max(wb.right(), left + minWidth);
            for (qsizetype nj = wi + 1; nj < line.words.size(); ++nj) {
                if (textOf(nj).isEmpty())
                    continue;
                const QRectF nb = mapBox(line.words.at(nj).box, k);
                if (spaceBefore.at(nj))
                    text += QLatin1Char(' ');
                right = std::max(nb.left(), left + minWidth);
                break;
            }
            out.append(ExportText{text, QRectF(left, lb.top(), right - left, lb.height())});
            prevRight = right;
        }
    }
    return out;
}

QByteArray encode(const QImage& img, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QImageWriter w(&buf, format);
    if (quality >= 0)
        w.setQuality(quality);
    if (qstrcmp(format, "jpeg") == 0)
        w.setOptimizedWrite(true);
    w.write(img);
    return bytes;
}

class Builder
{
public:
    Builder(const Volume& v, const VolumeBuilder::Options& o, ExportDocument& doc)
        : m_v(v), m_o(o), m_doc(doc), m_paint(doc), m_anon(v.info.namesToHide())
    {
    }

    QString anon(const QString& s) const
    {
        if (m_o.variant != ExportVariant::Anonymised)
            return s;
        QString out = s;
        for (const auto& [name, repl] : m_anon.names())
            out.replace(name, repl);
        return out;
    }

    ExportPage blankForm(const QString& label) const
    {
        ExportPage p;
        p.size = QSizeF(kA4W, kA4H);
        p.label = label;
        return p;
    }

    void cover()
    {
        const CaseInfo& c = m_v.info;
        ExportPage p = blankForm(QStringLiteral("封面"));
        using F = FormPainter::Face;
        m_paint.text(p, c.court.isEmpty() ? QStringLiteral("人民法院") : c.court, {kA4W / 2, 42}, 9, F::SerifBold,
                     Qt::AlignHCenter);
        m_paint.text(p, QStringLiteral("诉 讼 卷 宗"), {kA4W / 2, 68}, 14, F::SerifBold, Qt::AlignHCenter);
        m_paint.text(p, c.volumeKindName().split(QString()).join(QLatin1Char(' ')).trimmed(), {kA4W / 2, 84}, 8,
                     F::Serif, Qt::AlignHCenter);
        auto join = [](const QStringList& l) { return l.join(QStringLiteral("、")); };
        QList<QPair<QString, QString>> rows = {
            {QStringLiteral("案　　号"), c.caseNo},
            {QStringLiteral("案　　由"), anon(c.cause)},
            {QStringLiteral("原　　告"), anon(join(c.plaintiffs))},
            {QStringLiteral("被　　告"), anon(join(c.defendants))},
        };
        if (!c.thirdParties.isEmpty())
            rows.append({QStringLiteral("第 三 人"), anon(join(c.thirdParties))});
        rows.append({QStringLiteral("审 判 员"), c.judge});
        rows.append({QStringLiteral("书 记 员"), c.clerk});
        rows.append({QStringLiteral("收案日期"), chineseDate(c.received)});
        rows.append({QStringLiteral("结案日期"), chineseDate(c.closed)});
        rows.append({QStringLiteral("结案方式"), c.result});
        rows.append({QStringLiteral("保管期限"), c.retentionName()});
        rows.append({QStringLiteral("本卷页数"), QStringLiteral("共 %1 页").arg(m_v.numberedPages())});
        const double left = 28, labelW = 36, right = kA4W - 28, rowH = 10.5;
        double y = 98;
        m_paint.line(p, {left, y}, {right, y}, 0.4);
        for (const auto& [label, value] : rows) {
            m_paint.textIn(p, label, QRectF(left, y, labelW, rowH), 5, F::Serif, Qt::AlignHCenter);
            m_paint.textIn(p, value, QRectF(left + labelW, y, right - left - labelW, rowH), 5, F::Serif);
            m_paint.line(p, {left + labelW, y}, {left + labelW, y + rowH}, 0.25);
            y += rowH;
            m_paint.line(p, {left, y}, {right, y}, 0.25);
        }
        m_paint.line(p, {left, 98}, {left, y}, 0.4);
        m_paint.line(p, {right, 98}, {right, y}, 0.4);
        m_paint.line(p, {left, y}, {right, y}, 0.4);

        // 一案一码: the case's QR code, with its text beside it.
        const QImage qr = QrCode::image(VolumeBuilder::caseCode(c.caseNo, c.dossierId));
        if (!qr.isNull()) {
            const double side = 32, qx = left, qy = kA4H - 30 - side;
            ExportImage img;
            img.data = encode(qr, "png");
            img.format = QStringLiteral("png");
            img.pixels = qr.size();
            img.toPage =
                QTransform::fromScale(side / qr.width(), side / qr.height()) * QTransform::fromTranslate(qx, qy);
            p.images.append(img);
            m_paint.text(p, QStringLiteral("一案一码"), {qx + side + 5, qy + 10}, 4.5, F::Sans);
            m_paint.text(p, QStringLiteral("卷宗编号：%1").arg(c.dossierId), {qx + side + 5, qy + 18}, 3.8, F::Sans);
            m_paint.text(p, QStringLiteral("档号：%1").arg(m_v.fileKey()), {qx + side + 5, qy + 25}, 3.8, F::Sans);
        }
        m_doc.bookmarks.append({QStringLiteral("封面"), int(m_doc.pages.size()), 0});
        m_doc.pages.append(p);
    }

    void toc()
    {
        using F = FormPainter::Face;
        const double left = 15, right = kA4W - 15, headH = 11, rowH = 10;
        const double cols[] = {left, left + 16, left + 16 + 102, left + 16 + 102 + 30, right};
        const double top = 52, bottom = kA4H - 18;
        const int perPage = int((bottom - top - headH) / rowH);
        const int pages = std::max(1, int((m_v.documents.size() + perPage - 1) / perPage));
        for (int pg = 0; pg < pages; ++pg) {
            ExportPage p = blankForm(pages > 1 ? QStringLiteral("卷内目录%1").arg(pg + 1) : QStringLiteral("卷内目录"));
            m_paint.text(p, QStringLiteral("卷 内 目 录"), {kA4W / 2, 28}, 9, F::SerifBold, Qt::AlignHCenter);
            m_paint.text(p, QStringLiteral("案号：%1　　%2").arg(m_v.caseNo, m_v.info.volumeKindName()), {left, 44}, 4,
                         F::Serif);
            if (pages > 1)
                m_paint.text(p, QStringLiteral("第 %1 页 / 共 %2 页").arg(pg + 1).arg(pages), {right, 44}, 3.6,
                             F::Serif, Qt::AlignRight);
            const QStringList heads = {QStringLiteral("序号"), QStringLiteral("文件材料名称"), QStringLiteral("页号"),
                                       QStringLiteral("备注")};
            double y = top;
            for (int i = 0; i < 4; ++i)
                m_paint.textIn(p, heads.at(i), QRectF(cols[i], y, cols[i + 1] - cols[i], headH), 4.5, F::SerifBold,
                               Qt::AlignHCenter);
            y += headH;
            const qsizetype first = qsizetype(pg) * perPage;
            const qsizetype last = std::min<qsizetype>(m_v.documents.size(), first + perPage);
            for (qsizetype k = first; k < last; ++k) {
                const VolumeDocument& d = m_v.documents.at(k);
                const QString range = d.firstPage == 0 ? QStringLiteral("—")
                                      : d.firstPage == d.lastPage
                                          ? QString::number(d.firstPage)
                                          : QStringLiteral("%1–%2").arg(d.firstPage).arg(d.lastPage);
                m_paint.textIn(p, QString::number(k + 1), QRectF(cols[0], y, cols[1] - cols[0], rowH), 4, F::Serif,
                               Qt::AlignHCenter);
                m_paint.textIn(p, anon(documentName(d)), QRectF(cols[1], y, cols[2] - cols[1], rowH), 4, F::Serif);
                m_paint.textIn(p, range, QRectF(cols[2], y, cols[3] - cols[2], rowH), 4, F::Serif, Qt::AlignHCenter);
                m_paint.textIn(p, remark(d), QRectF(cols[3], y, cols[4] - cols[3], rowH), 3.5, F::Serif);
                y += rowH;
            }
            // the grid
            const double tableBottom = top + headH + rowH * (last - first);
            for (double c : cols)
                m_paint.line(p, {c, top}, {c, tableBottom}, c == left || c == right ? 0.4 : 0.25);
            m_paint.line(p, {left, top}, {right, top}, 0.4);
            for (double ry = top + headH; ry <= tableBottom + 0.01; ry += rowH)
                m_paint.line(p, {left, ry}, {right, ry}, ry >= tableBottom - 0.01 ? 0.4 : 0.25);
            if (pg == 0)
                m_doc.bookmarks.append({QStringLiteral("卷内目录"), int(m_doc.pages.size()), 0});
            m_doc.pages.append(p);
        }
    }

    QString documentName(const VolumeDocument& d) const { return d.title.isEmpty() ? d.typeName : d.title; }

    QString remark(const VolumeDocument& d) const
    {
        int blanks = 0, colour = 0;
        for (int idx : d.pages) {
            const VolumePage& p = m_v.pages.at(idx);
            blanks += p.kind == QLatin1String("blank");
            colour += p.flags.contains(QLatin1String("colour_required"));
        }
        QStringList r;
        if (colour)
            r << QStringLiteral("彩色%1页").arg(colour);
        if (blanks)
            r << QStringLiteral("空白%1页").arg(blanks);
        return r.join(QStringLiteral("，"));
    }

    void recordNote()
    {
        using F = FormPainter::Face;
        const CaseInfo& c = m_v.info;
        ExportPage p = blankForm(QStringLiteral("备考表"));
        m_paint.text(p, QStringLiteral("备 考 表"), {kA4W / 2, 34}, 9, F::SerifBold, Qt::AlignHCenter);
        m_paint.text(p, QStringLiteral("案号：%1　　%2").arg(m_v.caseNo, c.volumeKindName()), {25, 50}, 4, F::Serif);
        const QRectF box(25, 56, kA4W - 50, 170);
        m_paint.rect(p, box, 0.4);
        int blanks = 0, colour = 0, grey = 0, bitonal = 0, lowDpi = 0;
        for (const VolumePage& pg : m_v.pages) {
            blanks += pg.kind == QLatin1String("blank");
            colour += pg.colourMode == QLatin1String("colour");
            grey += pg.colourMode == QLatin1String("grey");
            bitonal += pg.colourMode == QLatin1String("bitonal");
            lowDpi += pg.flags.contains(QLatin1String("low_dpi"));
        }
        QStringList lines = {
            QStringLiteral("本卷共有文件材料 %1 件，%2 页。").arg(m_v.documents.size()).arg(m_v.numberedPages()),
            QStringLiteral("另有空白页 %1 页，不编页号。").arg(blanks),
            QStringLiteral("本卷经数字化，影像 %1 幅（彩色 %2、灰度 %3、黑白 %4）。")
                .arg(m_v.pages.size())
                .arg(colour)
                .arg(grey)
                .arg(bitonal),
        };
        if (lowDpi)
            lines << QStringLiteral("其中 %1 幅扫描分辨率低于 300 dpi。").arg(lowDpi);
        if (m_o.variant == ExportVariant::Anonymised)
            lines << QStringLiteral("本件为隐名处理本，原件影像未作改动。");
        else if (m_o.variant == ExportVariant::Access)
            lines << QStringLiteral("本件为阅览本，影像经压缩，不作归档之用。");
        double y = box.top() + 14;
        for (const QString& l : lines) {
            m_paint.text(p, l, {box.left() + 10, y}, 4.5, F::Serif);
            y += 10;
        }
        const double by = box.bottom() + 16;
        m_paint.text(p, QStringLiteral("立卷人：%1").arg(anon(c.filedBy)), {box.left(), by}, 4.5, F::Serif);
        m_paint.text(p, QStringLiteral("检查人：%1").arg(anon(c.checkedBy)), {box.left() + 80, by}, 4.5, F::Serif);
        m_paint.text(p, QStringLiteral("立卷时间：%1").arg(chineseDate(c.filedOn)), {box.left(), by + 12}, 4.5,
                     F::Serif);
        m_doc.bookmarks.append({QStringLiteral("备考表"), int(m_doc.pages.size()), 0});
        m_doc.pages.append(p);
    }

    // The page number, top right, in the first place near the corner that covers no OCR word.
    void pageNumber(ExportPage& p, int number, const QList<QRectF>& words)
    {
        const QString s = QString::number(number);
        const double size = 4.2, w = m_paint.width(s, size, FormPainter::Face::Sans);
        const double margin = 8;
        for (int step = 0; step < 60; ++step) {
            const double dy = (step % 10) * 3.0, dx = (step / 10) * 8.0;
            const double xr = p.size.width() - margin - dx, top = margin + dy;
            const QRectF r(xr - w - 0.8, top - 0.8, w + 1.6, size + 1.6);
            bool free = true;
            for (const QRectF& b : words)
                if (b.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(r)) {
                    free = false;
                    break;
                }
            if (free) {
                m_paint.text(p, s, {xr, top + 0.9 * size}, size, FormPainter::Face::Sans, Qt::AlignRight, false);
                return;
            }
        }
    }

    Result<QImage> render(const VolumePage& page, const PageGeometry& g, double dpi, bool colour,
                          const QList<QRectF>& black) const
    {
        QImageReader reader(page.masterPath);
        reader.setAutoTransform(false);
        reader.setAllocationLimit(1024);
        const QImage master = reader.read();
        if (master.isNull())
            return Error(QStringLiteral("image_corrupt"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "The master image %1 could not be read: %2"),
                         {page.masterPath, reader.errorString()});
        const double k = dpi / 25.4;
        QImage out(QSize(int(std::lround(g.size.width() * k)), int(std::lround(g.size.height() * k))),
                   QImage::Format_RGB32);
        out.fill(Qt::white);
        QPainter painter(&out);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setClipRect(QRectF(g.paper.x() * k, g.paper.y() * k, g.paper.width() * k, g.paper.height() * k));
        painter.setTransform(g.masterToPage * QTransform::fromScale(k, k));
        painter.drawImage(QPointF(0, 0), master);
        painter.setClipping(false);
        painter.resetTransform();
        for (const QRectF& b : black)
            painter.fillRect(QRectF(b.x() * k, b.y() * k, b.width() * k, b.height() * k), Qt::black);
        painter.end();
        if (colour)
            return out;
        QImage grey = out.convertToFormat(QImage::Format_Grayscale8);
        // Levels: paper to white, ink kept dark — the scan's paper tone and speckle cost most of the bytes.
        uchar lut[256];
        for (int v = 0; v < 256; ++v)
            lut[v] = uchar(std::clamp((v - 40) * 255 / (205 - 40), 0, 255));
        for (int y = 0; y < grey.height(); ++y) {
            uchar* s = grey.scanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                s[x] = lut[s[x]];
        }
        return grey;
    }

    Status contentPage(const VolumePage& page, VolumeBuilder::Stats* stats)
    {
        const PageGeometry g = VolumeBuilder::geometry(page);
        ExportPage p;
        p.size = g.size;
        p.label = page.number > 0 ? QString::number(page.number) : QStringLiteral("空白");
        Anonymiser::Page redaction;
        const bool anonymised = m_o.variant == ExportVariant::Anonymised;
        if (anonymised) {
            redaction = m_anon.apply(page.ocr);
            if (stats) {
                stats->redacted += redaction.redacted;
                stats->renamed += redaction.renamed;
            }
        }
        QList<QRectF> words;
        p.texts = textRuns(page.ocr, g.workingToMm, anonymised ? &redaction.words : nullptr, &words);

        ExportImage img;
        img.toPage = g.masterToPage;
        img.pixels = page.pixels;
        if (m_o.variant == ExportVariant::Archival) {
            img.path = page.masterPath;
            img.format = imageFormat(page.format);
            // Only the paper is shown: the scanner's edges, turned into view by the straightening, stay
            // in the master.
            if (g.paper != QRectF(QPointF(0, 0), g.size))
                img.clip.addRect(g.paper);
        } else {
            const bool colour = page.flags.contains(QLatin1String("colour_required"));
            QList<QRectF> black;
            for (const QRect& b : redaction.boxes)
                black << mapBox(b, g.workingToMm).adjusted(-0.4, -0.4, 0.4, 0.4);
            // Access copies aim at ≤ 100 KB a page; the anonymised copy stays sharper (it is for publication).
            double dpi = anonymised ? 200 : (colour ? 100 : 150);
            const int budget = anonymised ? 250 * 1024 : 95 * 1024;
            QByteArray bytes;
            QImage r;
            for (int attempt = 0; attempt < 4; ++attempt, dpi *= 0.8) {
                auto rendered = render(page, g, dpi, colour, black);
                if (!rendered)
                    return rendered.error();
                r = *rendered;
                for (int q = 55; q >= 25; q -= 10) {
                    bytes = encode(r, "jpeg", q);
                    if (bytes.size() <= budget)
                        break;
                }
                if (bytes.size() <= budget)
                    break;
            }
            img.data = bytes;
            img.format = QStringLiteral("jpeg");
            img.pixels = r.size();
            img.toPage = QTransform::fromScale(g.size.width() / r.width(), g.size.height() / r.height());
        }
        p.images.append(img);
        if (page.number > 0)
            pageNumber(p, page.number, words);
        m_doc.pages.append(p);
        return Ok{};
    }

    const Volume& m_v;
    const VolumeBuilder::Options& m_o;
    ExportDocument& m_doc;
    FormPainter m_paint;
    Anonymiser m_anon;
};

} // namespace

QString VolumeBuilder::caseCode(const QString& caseNo, const QString& dossierId)
{
    return QStringLiteral("DOSSIER-CASE|%1|%2").arg(dossierId, caseNo);
}

PageGeometry VolumeBuilder::geometry(const VolumePage& page)
{
    const PageTransform& t = page.transform;
    const QRect crop = t.crop.isValid() && !t.crop.isEmpty() ? t.crop : QRect(QPoint(0, 0), page.pixels);
    const double w = crop.width(), h = crop.height();
    const int k = ((t.quarterTurns % 4) + 4) % 4;
    QTransform turn;
    if (k == 1)
        turn = QTransform(0, 1, -1, 0, h, 0); // (x, y) → (h − y, x)
    else if (k == 2)
        turn = QTransform(-1, 0, 0, -1, w, h);
    else if (k == 3)
        turn = QTransform(0, -1, 1, 0, 0, w); // (x, y) → (y, w − x)
    const double tw = k % 2 ? h : w, th = k % 2 ? w : h;
    // Straightening: a counter-clockwise turn by `skew` degrees about the centre (y points down).
    const double a = t.skew * M_PI / 180.0, c = std::cos(a), s = std::sin(a);
    const QTransform rotate = QTransform::fromTranslate(-tw / 2, -th / 2) * QTransform(c, -s, s, c, 0, 0) *
                              QTransform::fromTranslate(tw / 2, th / 2);
    const double mm = 25.4 / std::max(1, page.dpi);
    PageGeometry g;
    g.size = QSizeF(tw * mm, th * mm);
    g.masterToPage = QTransform::fromTranslate(-crop.x(), -crop.y()) * turn * rotate * QTransform::fromScale(mm, mm);
    g.workingToMm = mm / (t.scale > 0 ? t.scale : 1.0);
    // The largest upright rectangle inside the straightened crop: what is shown of the page.
    const double sa = std::abs(s), ca = std::cos(a);
    const double ix = (g.size.height() / 2) * sa + (g.size.width() / 2) * (1 - ca);
    const double iy = (g.size.width() / 2) * sa + (g.size.height() / 2) * (1 - ca);
    g.paper = QRectF(QPointF(0, 0), g.size).adjusted(ix, iy, -ix, -iy);
    return g;
}

Result<ExportDocument> VolumeBuilder::build(const Volume& volume, const Options& options,
                                            const std::atomic_bool& cancel, Stats* stats)
{
    if (volume.info.classified)
        return Error(
            QStringLiteral("case_classified"),
            QT_TRANSLATE_NOOP("Dossier::Error",
                              "Case %1 is marked classified (涉密): it is not digitised or exported (standard 15.3)."),
            {volume.caseNo});
    ExportDocument doc;
    const CaseInfo& c = volume.info;
    const QString variantName = options.variant == ExportVariant::Access       ? QStringLiteral("阅览本")
                                : options.variant == ExportVariant::Anonymised ? QStringLiteral("隐名本")
                                                                               : QStringLiteral("归档本");
    doc.identifier =
        QUuid::createUuidV5(QUuid(QStringLiteral("{6f1d3c52-8f0e-4f7b-9a43-2f7c1e0d5b21}")),
                            volume.caseNo + QLatin1Char('|') + volume.dossierId + QLatin1Char('|') + variantName)
            .toString(QUuid::WithoutBraces);
    doc.title = volume.caseNo + QLatin1Char(' ') + c.volumeKindName() +
                (options.variant == ExportVariant::Archival ? QString() : QLatin1Char(' ') + variantName);
    doc.author = c.court;
    doc.subject = c.cause;
    doc.keywords = {volume.caseNo, c.cause, c.volumeKindName()};
    doc.keywords.removeAll(QString());
    doc.creatorTool = options.creatorTool;
    doc.created = options.created.isValid() ? options.created : Clock::currentDateTimeUtc();
    doc.metadata = {
        {QStringLiteral("ArchivalCode"), QStringLiteral("档号"), volume.fileKey()},
        {QStringLiteral("CaseNumber"), QStringLiteral("案号"), volume.caseNo},
        {QStringLiteral("Title"), QStringLiteral("题名"), doc.title},
        {QStringLiteral("Responsible"), QStringLiteral("责任者"), c.court},
        {QStringLiteral("Cause"), QStringLiteral("案由"), c.cause},
        {QStringLiteral("DossierId"), QStringLiteral("卷宗编号"), volume.dossierId},
        {QStringLiteral("VolumeKind"), QStringLiteral("卷别"), c.volumeKindName()},
        {QStringLiteral("Pages"), QStringLiteral("页数"), QString::number(volume.numberedPages())},
        {QStringLiteral("Images"), QStringLiteral("影像数"), QString::number(volume.pages.size())},
        {QStringLiteral("Retention"), QStringLiteral("保管期限"), c.retentionName()},
        {QStringLiteral("DateClosed"), QStringLiteral("结案日期"), c.closed.toString(Qt::ISODate)},
        {QStringLiteral("FiledBy"), QStringLiteral("立卷人"), c.filedBy},
        {QStringLiteral("CheckedBy"), QStringLiteral("检查人"), c.checkedBy},
        {QStringLiteral("Edition"), QStringLiteral("版本"), variantName},
    };

    Builder b(volume, options, doc);
    b.cover();
    b.toc();
    for (qsizetype k = 0; k < volume.documents.size(); ++k) {
        const VolumeDocument& d = volume.documents.at(k);
        if (!d.pages.isEmpty())
            doc.bookmarks.append(
                {QStringLiteral("%1 %2").arg(k + 1).arg(b.anon(b.documentName(d))), int(doc.pages.size()), 1});
        for (int idx : d.pages) {
            if (cancel.load())
                return Error(QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Dossier::Error", "Cancelled."));
            if (auto s = b.contentPage(volume.pages.at(idx), stats); !s)
                return s.error();
        }
    }
    b.recordNote();
    return doc;
}

} // namespace Dossier
