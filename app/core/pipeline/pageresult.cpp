#include "pipeline/pageresult.h"

#include "domain/textutil.h"
#include "storage/database.h"

#include <QDateTime>
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

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Status PageResult::save(QSqlDatabase db, qint64 pageId) const
{
    const PageResult& p = *this;
    const QString text = p.text();
    Transaction tx(db);
    const QJsonObject transform = p.transform.toJson();
    auto up = execSql(
        db,
        QStringLiteral("UPDATE pages SET status='done', error_code=NULL, error_text=NULL, error_args=NULL, kind=?, "
                       "separator_payload=?, case_no=?, rotation=?, skew=?, dpi=?, colour_mode=?, width=?, height=?, "
                       "flags=?, text=?, ocr_confidence=?, ocr=?, transform=?, processed_at=? WHERE id=?"),
        {p.kind, p.separatorPayload.isEmpty() ? QVariant() : QVariant(p.separatorPayload),
         p.kind == QLatin1String("separator") ? QVariant(p.separatorCaseNo) : QVariant(), p.rotation, p.skew, p.dpi,
         p.colourMode, p.width, p.height,
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.flags)).toJson(QJsonDocument::Compact)), text,
         double(p.ocr.meanConfidence),
         QString::fromUtf8(QJsonDocument(PageResult::ocrToJson(p.ocr)).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(transform).toJson(QJsonDocument::Compact)), now(), pageId});
    if (!up)
        return up.error();
    (void)execSql(
        db, QStringLiteral("INSERT INTO processing_records(page_id, step, params, engine, at) VALUES(?,?,?,?,?)"),
        {pageId, QStringLiteral("image"), QString::fromUtf8(QJsonDocument(transform).toJson(QJsonDocument::Compact)),
         QStringLiteral("leptonica"), now()});
    if (!p.ocr.engine.isEmpty())
        (void)execSql(
            db, QStringLiteral("INSERT INTO processing_records(page_id, step, params, engine, at) VALUES(?,?,?,?,?)"),
            {pageId, QStringLiteral("ocr"), QStringLiteral("{\"confidence\":%1}").arg(double(p.ocr.meanConfidence)),
             p.ocr.engine, now()});
    (void)execSql(db, QStringLiteral("DELETE FROM page_fts WHERE rowid=?"), {pageId});
    if (!text.isEmpty())
        (void)execSql(db, QStringLiteral("INSERT INTO page_fts(rowid, body) VALUES(?, ?)"),
                      {pageId, TextUtil::ftsForm(text)});
    return tx.commit();
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
