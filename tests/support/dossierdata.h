#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <random>

namespace Dossier::Test {

// UTF-8 text of the generated dossiers (the project builds with QT_NO_CAST_FROM_ASCII).
inline QString tx(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The one source of chance of a generated set: every choice is drawn from it, so a seed gives the same set.
class Rng final
{
public:
    explicit Rng(unsigned seed) : m_engine(seed) {}
    int range(int lo, int hi); // inclusive
    double real(double lo, double hi);
    bool chance(double p);
    QString pick(std::initializer_list<const char*> options);
    QString pick(const QStringList& options);
    unsigned seed(); // a seed for a dependent generator
    std::mt19937& engine() { return m_engine; }

private:
    std::mt19937 m_engine;
};

struct Person final
{
    QString name, sex, nation, address, id, phone;
    QDate born;
    bool company = false;        // a company: `name` is its name, `representative` speaks for it
    QString representative;      // 法定代表人
    QString description() const; // "张三，男，1985年3月12日出生，汉族，住……"
};

// The facts of one fictional civil case that every document of its dossier repeats.
struct CaseFacts final
{
    QString court;       // 南通市崇川区人民法院
    QString courtFull;   // 江苏省南通市崇川区人民法院
    QString appealCourt; // 江苏省南通市中级人民法院
    QString caseNo;      // （2024）苏0602民初3201号
    QString dossierId;
    QString cause;   // 案由: 民间借贷纠纷
    QString subject; // what the money was for
    Person plaintiff, defendant;
    QString lawyer, lawFirm;
    QString judge, judge2, assessor, clerk, assistant;
    bool simpleProcedure = true; // 简易程序: one judge
    QDate filed, hearing, decided;
    qint64 amount = 0; // 元
    double rate = 0;   // yearly interest, %
};

CaseFacts makeCase(Rng& rng, int index);

// 2024年3月5日 / 二〇二四年三月五日
QString arabicDate(const QDate& d);
QString chineseDate(const QDate& d);
QString chineseNumber(int n); // 1..99: 一 … 九十九
QString money(qint64 yuan);   // 128500 → "128500元" or "128,500元" or "人民币128500元"

} // namespace Dossier::Test
