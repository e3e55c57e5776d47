#include "archive/anonymiser.h"

#include <QHash>
#include <QRegularExpression>

namespace Dossier {
namespace {

bool isNaturalPerson(const QString& name)
{
    static const QRegularExpression han(QStringLiteral("^\\p{Han}{2,4}$"));
    if (!han.match(name).hasMatch())
        return false;
    for (const char* org : {"公司", "厂", "银行", "局", "院", "中心", "委员会", "合作社", "店", "部", "所", "行", "社"})
        if (name.endsWith(QString::fromUtf8(org)))
            return false;
    return true;
}

QString surnameOf(const QString& name)
{
    static const QStringList compound =
        QStringLiteral("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 呼延 端木 百里 "
                       "东郭 南宫 西门 独孤 申屠 太史 闻人")
            .split(QLatin1Char(' '));
    for (const QString& c : compound)
        if (name.startsWith(c) && name.size() > c.size())
            return c;
    return name.left(1);
}

struct Char
{
    int line;
    int word;
    QRect box;
};

} // namespace

Anonymiser::Anonymiser(const QStringList& parties)
{
    QHash<QString, QStringList> bySurname;
    QStringList people;
    for (const QString& p : parties)
        if (isNaturalPerson(p) && !people.contains(p))
            people << p;
    for (const QString& p : people)
        bySurname[surnameOf(p)] << p;
    static const QStringList order = QStringLiteral("甲 乙 丙 丁 戊 己 庚 辛 壬 癸").split(QLatin1Char(' '));
    // Longer names first, so that 石强远 is replaced before a 石强 that it contains.
    std::sort(people.begin(), people.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& p : people) {
        const QString s = surnameOf(p);
        const QStringList& same = bySurname.value(s);
        QString repl = s + QStringLiteral("某");
        if (same.size() > 1)
            repl += order.value(int(same.indexOf(p)), QString::number(same.indexOf(p) + 1));
        m_names.append({p, repl});
    }
}

Anonymiser::Page Anonymiser::apply(const OcrPage& page) const
{
    Page out;
    QString joined;
    QList<Char> chars;
    for (qsizetype li = 0; li < page.lines.size(); ++li) {
        const OcrLine& line = page.lines.at(li);
        out.words.append(QStringList());
        for (qsizetype wi = 0; wi < line.words.size(); ++wi) {
            const OcrWord& w = line.words.at(wi);
            out.words.last().append(QString());
            const qsizetype n = std::max<qsizetype>(1, w.text.size());
            for (qsizetype ci = 0; ci < w.text.size(); ++ci) {
                const int x0 = w.box.left() + int(w.box.width() * ci / n);
                const int x1 = w.box.left() + int(w.box.width() * (ci + 1) / n);
                chars.append(Char{int(li), int(wi), QRect(x0, w.box.top(), std::max(1, x1 - x0), w.box.height())});
                joined += w.text.at(ci);
            }
        }
    }
    QStringList repl;
    repl.reserve(joined.size());
    for (QChar c : joined)
        repl << QString(c);
    QList<bool> boxed(joined.size(), false);

    auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (joined.at(i).isSpace() || boxed.at(i))
                continue;
            repl[i] = QStringLiteral("×");
            boxed[i] = true;
            ++out.redacted;
        }
    };
    struct Pattern
    {
        QRegularExpression re;
        int group;
    };
    static const QList<Pattern> patterns = {
        {QRegularExpression(QStringLiteral("(?<![0-9])[1-9]\\d{16}[\\dXx](?![0-9])")), 0}, // 公民身份号码
        {QRegularExpression(QStringLiteral("(?<![0-9])1[3-9]\\d{9}(?![0-9])")), 0},        // 手机
        {QRegularExpression(QStringLiteral("(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])")), 0},  // 固定电话
        {QRegularExpression(QStringLiteral("(?<![0-9])\\d{12,19}(?![0-9])")), 0},          // 银行账号
        {QRegularExpression(QStringLiteral("(?:账号|账户|卡号)\\s*[:：]?\\s*([0-9][0-9\\s]{8,30}[0-9])")), 1},
        {QRegularExpression(QStringLiteral("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
                                           "[A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}")),
         0}, // 车牌
        {QRegularExpression(QStringLiteral("(?:不动产权|房权证|房产证|产权证)[^0-9]{0,8}([0-9]{4,})")), 1},
        {QRegularExpression(QStringLiteral("(?:(?<=[，,：:\\s])住(?:所地|址|所)?|地址|户籍地|现住|现居住地|经常居住地)"
                                           "\\s*[:：]?\\s*([^，,。；;：:]{3,40})")),
         1}, // 住址
    };
    for (const Pattern& p : patterns)
        for (auto it = p.re.globalMatch(joined); it.hasNext();) {
            const auto m = it.next();
            blank(m.capturedStart(p.group), m.capturedEnd(p.group));
        }
    for (const auto& [name, replacement] : m_names) {
        const QString surname = surnameOf(name);
        for (qsizetype at = joined.indexOf(name); at >= 0; at = joined.indexOf(name, at + name.size())) {
            bool already = false;
            for (qsizetype i = at; i < at + name.size(); ++i)
                already = already || boxed.at(i);
            if (already)
                continue;
            const qsizetype given = at + surname.size();
            repl[given] = replacement.mid(surname.size());
            boxed[given] = true;
            for (qsizetype i = given + 1; i < at + name.size(); ++i) {
                repl[i].clear();
                boxed[i] = true;
            }
            ++out.renamed;
        }
    }
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const Char& c = chars.at(i);
        out.words[c.line][c.word] += repl.at(i);
        if (boxed.at(i))
            out.boxes << c.box;
    }
    return out;
}

} // namespace Dossier
