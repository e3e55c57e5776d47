#include "pipeline/pageresult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

QJsonArray boxJson(const QRect& r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

QRect boxFrom(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return a.size() == 4 ? QRect(a[0].toInt(), a[1].toInt(), a[2].toInt(), a[3].toInt()) : QRect();
}

} // namespace

ProcessedPageRow PageResult::toRow() const
{
    ProcessedPageRow r;
    r.kind = kind;
    r.separatorPayload = separatorPayload;
    r.separatorCaseNo = separatorCaseNo;
    r.rotation = rotation;
    r.skew = skew;
    r.dpi = dpi;
    r.colourMode = colourMode;
    r.width = width;
    r.height = height;
    r.flags = flags;
    r.text = text();
    r.ocrConfidence = double(ocr.meanConfidence);
    r.ocrEngine = ocr.engine;
    r.ocr = ocrToJson(ocr);
    r.transform = transform.toJson();
    return r;
}

QJsonObject PageResult::ocrToJson(const OcrPage& page)
{
    QJsonArray lines;
    for (const OcrLine& l : page.lines) {
        QJsonArray words;
        for (const OcrWord& w : l.words)
            words.append(QJsonObject{{QStringLiteral("t"), w.text},
                                     {QStringLiteral("b"), boxJson(w.box)},
                                     {QStringLiteral("c"), qRound(w.confidence)}});
        lines.append(QJsonObject{{QStringLiteral("t"), l.text},
                                 {QStringLiteral("b"), boxJson(l.box)},
                                 {QStringLiteral("c"), qRound(l.confidence)},
                                 {QStringLiteral("w"), words}});
    }
    return {{QStringLiteral("engine"), page.engine},
            {QStringLiteral("confidence"), page.meanConfidence},
            {QStringLiteral("lines"), lines}};
}

OcrPage PageResult::ocrFromJson(const QJsonObject& o)
{
    OcrPage page;
    page.engine = o.value(QStringLiteral("engine")).toString();
    page.meanConfidence = float(o.value(QStringLiteral("confidence")).toDouble());
    for (const QJsonValue& lv : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject lo = lv.toObject();
        OcrLine l;
        l.text = lo.value(QStringLiteral("t")).toString();
        l.box = boxFrom(lo.value(QStringLiteral("b")));
        l.confidence = float(lo.value(QStringLiteral("c")).toDouble());
        for (const QJsonValue& wv : lo.value(QStringLiteral("w")).toArray()) {
            const QJsonObject wo = wv.toObject();
            l.words.append(OcrWord{wo.value(QStringLiteral("t")).toString(), boxFrom(wo.value(QStringLiteral("b"))),
                                   float(wo.value(QStringLiteral("c")).toDouble())});
            page.characterCount += int(l.words.back().text.size());
        }
        page.lines.append(l);
    }
    return page;
}

} // namespace Dossier
