#include "searchaccuracy.h"

#include "domain/textutil.h"
#include "station/pagesearch.h"
#include "storage/profile.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <random>

namespace Dossier::Test {

namespace {

QString folded(const QString& s)
{
    const QList<char32_t> c = TextUtil::fold(s).chars;
    return QString::fromUcs4(c.constData(), c.size());
}

QStringList sample(const QSet<QString>& all, int n, unsigned seed)
{
    QStringList list(all.cbegin(), all.cend());
    std::sort(list.begin(), list.end());
    std::mt19937 rng(seed);
    std::shuffle(list.begin(), list.end(), rng);
    return list.mid(0, n);
}

} // namespace

QList<QPair<QString, QStringList>> searchWords(const QList<TruthPage>& truth)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]+"));
    static const QRegularExpression name(
        QStringLiteral("(?:原告|被告|具状人|代理人|审判员|审判长|书记员|借款人|出借人|受送达人|第三人|送达人)[：:]\\s*"
                       "([\\x{4e00}-\\x{9fff}]{2,3})(?=[，。,（(\\s]|$)"));
    static const QRegularExpression number(QStringLiteral("\\d{6,}"));
    QSet<QString> pairs, phrases, names, numbers;
    for (const TruthPage& p : truth) {
        for (const QString& line : p.text.split(QLatin1Char('\n')))
            for (auto it = han.globalMatch(line); it.hasNext();) {
                const QString run = it.next().captured();
                for (qsizetype i = 0; i + 2 <= run.size(); ++i)
                    pairs << run.mid(i, 2);
                for (int n : {4, 6})
                    for (qsizetype i = 0; i + n <= run.size(); ++i)
                        phrases << run.mid(i, n);
            }
        for (auto it = name.globalMatch(p.text); it.hasNext();)
            names << it.next().captured(1);
        for (auto it = number.globalMatch(QString(p.text).remove(QLatin1Char('\n'))); it.hasNext();) {
            const QString n = it.next().captured();
            numbers << n << n.right(6);
        }
    }
    const QStringList legal{
        QStringLiteral("原告"), QStringLiteral("被告"), QStringLiteral("借条"), QStringLiteral("本院"),
        QStringLiteral("判决"), QStringLiteral("利息"), QStringLiteral("证据"), QStringLiteral("合同"),
        QStringLiteral("送达"), QStringLiteral("诉讼"), QStringLiteral("事实"), QStringLiteral("理由"),
        QStringLiteral("法院"), QStringLiteral("签名"), QStringLiteral("日期"), QStringLiteral("传票"),
        QStringLiteral("开庭"), QStringLiteral("上诉"), QStringLiteral("借款"), QStringLiteral("还款"),
        QStringLiteral("身份"), QStringLiteral("地址"), QStringLiteral("电话"), QStringLiteral("代理"),
        QStringLiteral("材料"), QStringLiteral("审理"), QStringLiteral("请求"), QStringLiteral("法律"),
        QStringLiteral("规定"), QStringLiteral("期限")};
    QStringList sortedNames(names.cbegin(), names.cend()), sortedNumbers(numbers.cbegin(), numbers.cend());
    std::sort(sortedNames.begin(), sortedNames.end());
    std::sort(sortedNumbers.begin(), sortedNumbers.end());
    return {{QStringLiteral("2 characters"), sample(pairs, 60, 13)},
            {QStringLiteral("legal words"), legal},
            {QStringLiteral("names"), sortedNames},
            {QStringLiteral("numbers and tails"), sortedNumbers},
            {QStringLiteral("phrases"), sample(phrases, 40, 17)}};
}

QList<SearchScore> scoreSearch(const Profile& profile, const QList<TruthPage>& truth,
                               const QList<QPair<QString, QStringList>>& words, QStringList* problems)
{
    QList<SearchScore> scores;
    SearchScore total{QStringLiteral("all")};
    for (const auto& [kind, list] : words) {
        SearchScore s{kind, int(list.size())};
        for (const QString& w : list) {
            const auto found = searchPages(profile, {w, QString(), 0, 10000});
            QSet<QString> listed;
            if (found)
                for (const SearchHit& h : found->hits)
                    listed << h.source.section(QLatin1Char('/'), -1);
            else
                *problems << w + QStringLiteral(": ") + found.error().english();
            for (const TruthPage& t : truth) {
                const bool holds = folded(t.text).contains(folded(w)), listedHere = listed.contains(t.file);
                s.found += holds && listedHere;
                s.missed += holds && !listedHere;
                s.wrong += !holds && listedHere;
                if (holds != listedHere)
                    *problems << QStringLiteral("%1 %2 on %3")
                                     .arg(holds ? QStringLiteral("missed") : QStringLiteral("wrong"), w, t.file);
            }
        }
        total.words += s.words;
        total.found += s.found;
        total.missed += s.missed;
        total.wrong += s.wrong;
        scores << s;
    }
    scores << total;
    return scores;
}

QString describe(const SearchScore& s)
{
    return QStringLiteral("%1: %2 words, recall %3% (%4 of %5 pages), precision %6% (%7 wrong)")
        .arg(s.kind)
        .arg(s.words)
        .arg(s.recall() * 100, 0, 'f', 1)
        .arg(s.found)
        .arg(s.found + s.missed)
        .arg(s.precision() * 100, 0, 'f', 1)
        .arg(s.wrong);
}

} // namespace Dossier::Test
