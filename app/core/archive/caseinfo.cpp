#include "archive/caseinfo.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace Dossier {
namespace {

QString dateString(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate parseDate(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        if (!x.toString().isEmpty())
            out << x.toString();
    return out;
}

QDate chineseDate(const QRegularExpressionMatch& m, int first)
{
    return QDate(m.captured(first).toInt(), m.captured(first + 1).toInt(), m.captured(first + 2).toInt());
}

const QString kDate = QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

QList<QDate> datesIn(const QString& text)
{
    static const QRegularExpression re(kDate);
    QList<QDate> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QDate d = chineseDate(it.next(), 1);
        if (d.isValid())
            out << d;
    }
    return out;
}

// OCR misreads a character here and there; the same name read several times agrees on most of them.
// Variants one character away from a more frequent name of the same length are merged into it, and each
// position of the winning form takes the character most variants agree on.
QStringList consensus(const QList<QPair<QString, int>>& counted)
{
    QList<QPair<QString, int>> items = counted;
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    auto distance1 = [](const QString& a, const QString& b) {
        if (a.size() != b.size())
            return false;
        int diff = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            diff += a.at(i) != b.at(i);
        return diff == 1;
    };
    QStringList out;
    QList<bool> used(items.size(), false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (used[i])
            continue;
        QList<QPair<QString, int>> group{items.at(i)};
        for (qsizetype j = i + 1; j < items.size(); ++j)
            if (!used[j] && distance1(items.at(i).first, items.at(j).first)) {
                group << items.at(j);
                used[j] = true;
            }
        QString best = items.at(i).first;
        for (qsizetype k = 0; k < best.size(); ++k) {
            QHash<QChar, int> votes;
            for (const auto& [variant, n] : group)
                votes[variant.at(k)] += n;
            int top = votes.value(best.at(k)); // a tie keeps the most frequent (then first-read) form
            for (auto it = votes.cbegin(); it != votes.cend(); ++it)
                if (it.value() > top)
                    top = it.value(), best[k] = it.key();
        }
        out << best;
    }
    return out;
}

// OCR reads a 1 in a date as ] | l or I now and then: "2024年1]月2日".
QString fixDigits(QString text)
{
    static const QRegularExpression one(QStringLiteral("(?<=[0-9年])[\\]|lI](?=[0-9月日])"));
    return text.replace(one, QStringLiteral("1"));
}

QString firstCapture(const QRegularExpression& re, const QString& text)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

using Counted = QList<QPair<QString, int>>; // name, times read

// One more reading of `name`.
void countReading(Counted& list, const QString& name)
{
    for (auto& [n, c] : list)
        if (n == name) {
            ++c;
            return;
        }
    list.append({name, 1});
}

// Everything read from the pages before the votes: each name with the number of times it was read, the
// fallback cause, and which kinds of closing document the volume holds.
struct Readings
{
    QHash<QString, int> courts;
    Counted plaintiffs, defendants, thirdParties, judges, clerks;
    QString causeFallback;
    bool judgment = false, mediation = false, withdrawn = false, ruling = false;
};

// "原告：张三" and the like: each party name under the side its role puts it on.
void readParties(const QString& text, Readings& in)
{
    static const QRegularExpression party(
        QStringLiteral("(?:^|[\\s，。；])(被上诉人|上诉人|申请执行人|被执行人|被申请人|申请人|原告|被告|第三人)"
                       "(?:（[^）\\n]{0,12}）)?\\s*[:：]\\s*([^，,。；;（(、:：\\s]{2,30})"),
        QRegularExpression::MultilineOption);
    for (auto it = party.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString role = m.captured(1), name = m.captured(2);
        countReading((role == QStringLiteral("原告") || role == QStringLiteral("上诉人") ||
                      role == QStringLiteral("申请人") || role == QStringLiteral("申请执行人"))
                         ? in.plaintiffs
                     : role == QStringLiteral("第三人") ? in.thirdParties
                                                        : in.defendants,
                     name);
    }
}

// The 案由 (first stated wins, else "…纠纷一案" as a fallback), the judges, the clerks and the courts named.
void readCauseAndPeople(const QString& text, CaseInfo& c, Readings& in)
{
    static const QRegularExpression causeRe(QStringLiteral("案由\\s*[:：]\\s*([^\\s，。；:：]{2,20})"));
    static const QRegularExpression causeCase(QStringLiteral("([\\p{Han}]{2,20}?纠纷)一案"));
    static const QRegularExpression judgeRe(QStringLiteral("(?:审判长|审判员)\\s*[:：]\\s*([\\p{Han}]{2,4})"));
    static const QRegularExpression clerkRe(QStringLiteral("书记员\\s*[:：]\\s*([\\p{Han}]{2,4})"));
    static const QRegularExpression courtRe(QStringLiteral("([\\p{Han}]{2,16}?人民法院)"));
    if (c.cause.isEmpty())
        c.cause = firstCapture(causeRe, text);
    if (in.causeFallback.isEmpty())
        in.causeFallback = firstCapture(causeCase, text);
    for (auto it = judgeRe.globalMatch(text); it.hasNext();)
        countReading(in.judges, it.next().captured(1));
    for (auto it = clerkRe.globalMatch(text); it.hasNext();)
        countReading(in.clerks, it.next().captured(1));
    for (auto it = courtRe.globalMatch(text); it.hasNext();) {
        QString name = it.next().captured(1);
        // "地点南通市…" / "本院即南通市…": keep from the place name on (drop a leading field word).
        for (const QString& lead : {QStringLiteral("地点"), QStringLiteral("本院"), QStringLiteral("诉至")})
            if (name.startsWith(lead))
                name = name.mid(lead.size());
        if (name.size() >= 6)
            ++in.courts[name];
    }
}

// 收案 from "于…立案" or the acceptance notice's last date; 结案 from the pronouncement record's 时间 or the
// judgment's latest date.
void readDates(const QString& type, const QString& text, CaseInfo& c)
{
    static const QRegularExpression filedRe(QStringLiteral("于") + kDate + QStringLiteral("\\s*立案"));
    static const QRegularExpression timeRe(QStringLiteral("时间\\s*[:：]\\s*") + kDate);
    if (!c.received.isValid())
        if (const auto m = filedRe.match(text); m.hasMatch())
            c.received = chineseDate(m, 1);
    if (type == QLatin1String("acceptance_notice") && !c.received.isValid()) {
        const QList<QDate> ds = datesIn(text);
        if (!ds.isEmpty())
            c.received = ds.last();
    }
    if (type == QLatin1String("pronouncement_record")) {
        if (const auto m = timeRe.match(text); m.hasMatch())
            c.closed = chineseDate(m, 1);
    }
    if (type == QLatin1String("judgment") && !c.closed.isValid()) {
        const QList<QDate> ds = datesIn(text);
        if (!ds.isEmpty())
            c.closed = *std::max_element(ds.begin(), ds.end());
    }
}

// Which closing documents there are (for 结案方式), and the 备考表's 立卷人, 检查人 and 立卷时间.
void readClosingAndRecordNote(const QString& type, const QString& text, CaseInfo& c, Readings& in)
{
    static const QRegularExpression filedByRe(QStringLiteral("立卷人\\s*[:：]\\s*([\\p{Han}]{2,4})"));
    static const QRegularExpression checkedByRe(QStringLiteral("检查人\\s*[:：]\\s*([\\p{Han}]{2,4})"));
    static const QRegularExpression filedOnRe(QStringLiteral("立卷时间\\s*[:：]\\s*") + kDate);
    if (type == QLatin1String("judgment")) {
        in.judgment = in.judgment || text.contains(QStringLiteral("判决书"));
        in.ruling = in.ruling || text.contains(QStringLiteral("裁定书"));
    }
    in.mediation = in.mediation || type == QLatin1String("mediation");
    in.withdrawn = in.withdrawn || text.contains(QStringLiteral("撤回起诉"));
    if (type == QLatin1String("record_note")) {
        c.filedBy = firstCapture(filedByRe, text);
        c.checkedBy = firstCapture(checkedByRe, text);
        if (const auto m = filedOnRe.match(text); m.hasMatch())
            c.filedOn = chineseDate(m, 1);
    }
}

// The parties, judge and clerk by vote over their readings; every reading is kept as a name variant.
void settleNames(const Readings& in, CaseInfo& c)
{
    for (const auto* list : {&in.plaintiffs, &in.defendants, &in.thirdParties})
        for (const auto& [name, n] : *list)
            if (!c.nameVariants.contains(name))
                c.nameVariants << name;
    c.plaintiffs = consensus(in.plaintiffs);
    c.defendants = consensus(in.defendants);
    c.thirdParties = consensus(in.thirdParties);
    c.judge = consensus(in.judges).value(0);
    c.clerk = consensus(in.clerks).value(0);
    // The 备考表 names the same people: a misread there is corrected by the names read elsewhere.
    for (QString* name : {&c.filedBy, &c.checkedBy})
        for (const QString& known : {c.judge, c.clerk})
            if (name->size() == known.size() && !known.isEmpty()) {
                int diff = 0;
                for (qsizetype i = 0; i < known.size(); ++i)
                    diff += name->at(i) != known.at(i);
                if (diff == 1)
                    *name = known;
            }
}

// "你诉闫洋劳务合同纠纷" → "劳务合同纠纷": drop everything up to the last party name or 诉. Empty when too
// little is left to be a cause.
QString causeFromFallback(const QString& causeFallback, const CaseInfo& c)
{
    QString s = causeFallback;
    qsizetype cut = s.lastIndexOf(QStringLiteral("诉"));
    cut = cut >= 0 ? cut + 1 : 0;
    for (const QString& n : c.plaintiffs + c.defendants + c.thirdParties) {
        const qsizetype at = s.lastIndexOf(n);
        if (at >= 0)
            cut = std::max(cut, at + n.size());
    }
    s = s.mid(cut);
    if (s.startsWith(QStringLiteral("与")) || s.startsWith(QStringLiteral("之间")))
        s = s.mid(1);
    return s.size() >= 4 ? s : QString();
}

// The court most often named (OCR variants merged); empty when none was read.
QString voteCourt(const QHash<QString, int>& courts)
{
    Counted courtList;
    for (auto it = courts.cbegin(); it != courts.cend(); ++it)
        courtList.append({it.key(), it.value()});
    std::sort(courtList.begin(), courtList.end()); // a stable order before the vote
    return consensus(courtList).value(0);
}

// 结案方式: mediation, then withdrawal, then judgment, then ruling decides.
QString resultOf(const Readings& in)
{
    return in.mediation   ? QStringLiteral("调解")
           : in.withdrawn ? QStringLiteral("撤诉")
           : in.judgment  ? QStringLiteral("判决")
           : in.ruling    ? QStringLiteral("裁定")
                          : QString();
}

} // namespace

QJsonObject CaseInfo::toJson() const
{
    return {{QStringLiteral("case_no"), caseNo},
            {QStringLiteral("dossier_id"), dossierId},
            {QStringLiteral("court"), court},
            {QStringLiteral("volume_kind"), volumeKind},
            {QStringLiteral("cause"), cause},
            {QStringLiteral("plaintiffs"), QJsonArray::fromStringList(plaintiffs)},
            {QStringLiteral("defendants"), QJsonArray::fromStringList(defendants)},
            {QStringLiteral("third_parties"), QJsonArray::fromStringList(thirdParties)},
            {QStringLiteral("name_variants"), QJsonArray::fromStringList(nameVariants)},
            {QStringLiteral("judge"), judge},
            {QStringLiteral("clerk"), clerk},
            {QStringLiteral("received"), dateString(received)},
            {QStringLiteral("closed"), dateString(closed)},
            {QStringLiteral("result"), result},
            {QStringLiteral("retention"), retention},
            {QStringLiteral("filed_by"), filedBy},
            {QStringLiteral("checked_by"), checkedBy},
            {QStringLiteral("filed_on"), dateString(filedOn)},
            {QStringLiteral("classified"), classified}};
}

CaseInfo CaseInfo::fromJson(const QJsonObject& o)
{
    CaseInfo c;
    c.caseNo = o.value(QStringLiteral("case_no")).toString();
    c.dossierId = o.value(QStringLiteral("dossier_id")).toString();
    c.court = o.value(QStringLiteral("court")).toString();
    c.volumeKind = o.value(QStringLiteral("volume_kind")).toString(QStringLiteral("main"));
    c.cause = o.value(QStringLiteral("cause")).toString();
    c.plaintiffs = stringList(o.value(QStringLiteral("plaintiffs")));
    c.defendants = stringList(o.value(QStringLiteral("defendants")));
    c.thirdParties = stringList(o.value(QStringLiteral("third_parties")));
    c.nameVariants = stringList(o.value(QStringLiteral("name_variants")));
    c.judge = o.value(QStringLiteral("judge")).toString();
    c.clerk = o.value(QStringLiteral("clerk")).toString();
    c.received = parseDate(o.value(QStringLiteral("received")));
    c.closed = parseDate(o.value(QStringLiteral("closed")));
    c.result = o.value(QStringLiteral("result")).toString();
    c.retention = o.value(QStringLiteral("retention")).toString(QStringLiteral("long"));
    c.filedBy = o.value(QStringLiteral("filed_by")).toString();
    c.checkedBy = o.value(QStringLiteral("checked_by")).toString();
    c.filedOn = parseDate(o.value(QStringLiteral("filed_on")));
    c.classified = o.value(QStringLiteral("classified")).toBool();
    return c;
}

void CaseInfo::fillFrom(const CaseInfo& o)
{
    auto fill = [](auto& mine, const auto& theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    fill(caseNo, o.caseNo);
    fill(dossierId, o.dossierId);
    fill(court, o.court);
    fill(cause, o.cause);
    fill(plaintiffs, o.plaintiffs);
    fill(defendants, o.defendants);
    fill(thirdParties, o.thirdParties);
    for (const QString& n : o.nameVariants)
        if (!nameVariants.contains(n))
            nameVariants << n;
    fill(judge, o.judge);
    fill(clerk, o.clerk);
    fill(result, o.result);
    fill(filedBy, o.filedBy);
    fill(checkedBy, o.checkedBy);
    if (!received.isValid())
        received = o.received;
    if (!closed.isValid())
        closed = o.closed;
    if (!filedOn.isValid())
        filedOn = o.filedOn;
    classified = classified || o.classified;
}

CaseInfo CaseInfo::fromPages(const QList<QPair<QString, QString>>& documents)
{
    CaseInfo c;
    c.retention.clear();
    c.volumeKind.clear();
    Readings in;
    for (const auto& [type, rawText] : documents) {
        const QString text = fixDigits(rawText);
        readParties(text, in);
        readCauseAndPeople(text, c, in);
        readDates(type, text, c);
        readClosingAndRecordNote(type, text, c, in);
    }
    settleNames(in, c);
    if (c.cause.isEmpty() && !in.causeFallback.isEmpty())
        if (const QString cause = causeFromFallback(in.causeFallback, c); !cause.isEmpty())
            c.cause = cause;
    if (const QString court = voteCourt(in.courts); !court.isEmpty())
        c.court = court;
    c.result = resultOf(in);
    return c;
}

QString CaseInfo::volumeKindName() const
{
    return volumeKind == QLatin1String("secondary") ? QStringLiteral("副卷") : QStringLiteral("正卷");
}

QString CaseInfo::retentionName() const
{
    if (retention == QLatin1String("permanent"))
        return QStringLiteral("永久");
    if (retention == QLatin1String("short"))
        return QStringLiteral("短期");
    return QStringLiteral("长期");
}

QStringList CaseInfo::parties() const
{
    return plaintiffs + defendants + thirdParties;
}

QStringList CaseInfo::namesToHide() const
{
    QStringList out = parties();
    for (const QString& n : nameVariants)
        if (!out.contains(n))
            out << n;
    return out;
}

} // namespace Dossier
