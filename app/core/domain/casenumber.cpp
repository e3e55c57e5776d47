#include "domain/casenumber.h"

#include <QRegularExpression>

#include <algorithm>

namespace Dossier {
namespace {

const QString kProvinces = QStringLiteral("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵军");

Error invalid(const QString& text, const char* why)
{
    return Error(QStringLiteral("case_no_invalid"), why, {text});
}

QString normaliseWidth(const QString& in)
{
    QString s;
    s.reserve(in.size());
    for (QChar c : in) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            s += QChar(u - 0xFF10 + '0');
        else if (u == '(' || u == 0x3014 || u == '[' || u == 0x3010 || u == 0xFF3B)
            s += QChar(0xFF08);
        else if (u == ')' || u == 0x3015 || u == ']' || u == 0x3011 || u == 0xFF3D)
            s += QChar(0xFF09);
        else if (!c.isSpace())
            s += c;
    }
    return s;
}

} // namespace

const QStringList& CaseNumber::typeCodes()
{
    // Longest first so that 民辖终 wins over 民辖, 执恢 over 执.
    static const QStringList codes = [] {
        QStringList l = {
            QStringLiteral("民初"),   QStringLiteral("民终"),   QStringLiteral("民申"),   QStringLiteral("民再"),
            QStringLiteral("民抗"),   QStringLiteral("民监"),   QStringLiteral("民辖"),   QStringLiteral("民辖终"),
            QStringLiteral("民辖监"), QStringLiteral("民催"),   QStringLiteral("民督"),   QStringLiteral("民督监"),
            QStringLiteral("民特"),   QStringLiteral("民特监"), QStringLiteral("民他"),   QStringLiteral("民请"),
            QStringLiteral("民撤"),   QStringLiteral("民算"),   QStringLiteral("刑初"),   QStringLiteral("刑终"),
            QStringLiteral("刑申"),   QStringLiteral("刑再"),   QStringLiteral("刑抗"),   QStringLiteral("刑核"),
            QStringLiteral("刑更"),   QStringLiteral("刑医"),   QStringLiteral("刑没"),   QStringLiteral("刑监"),
            QStringLiteral("刑他"),   QStringLiteral("刑辖"),   QStringLiteral("刑请"),   QStringLiteral("行初"),
            QStringLiteral("行终"),   QStringLiteral("行申"),   QStringLiteral("行再"),   QStringLiteral("行抗"),
            QStringLiteral("行监"),   QStringLiteral("行审"),   QStringLiteral("行审复"), QStringLiteral("行他"),
            QStringLiteral("行辖"),   QStringLiteral("行赔初"), QStringLiteral("行赔终"), QStringLiteral("执"),
            QStringLiteral("执恢"),   QStringLiteral("执保"),   QStringLiteral("执异"),   QStringLiteral("执复"),
            QStringLiteral("执监"),   QStringLiteral("执协"),   QStringLiteral("执他"),   QStringLiteral("执配"),
            QStringLiteral("破"),     QStringLiteral("破申"),   QStringLiteral("破终"),   QStringLiteral("强清"),
            QStringLiteral("司救民"), QStringLiteral("司救刑"), QStringLiteral("司救行"), QStringLiteral("司救执"),
            QStringLiteral("法赔"),   QStringLiteral("委赔"),   QStringLiteral("赔他"),   QStringLiteral("司惩"),
            QStringLiteral("认台"),   QStringLiteral("认港"),   QStringLiteral("认澳"),   QStringLiteral("协外"),
        };
        std::stable_sort(l.begin(), l.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return l;
    }();
    return codes;
}

Result<CaseNumber> CaseNumber::parse(const QString& text)
{
    const QString s = normaliseWidth(text);
    static const QRegularExpression head(QStringLiteral("^\\x{FF08}(\\d{4})\\x{FF09}(.+)$"));
    const auto m = head.match(s);
    if (!m.hasMatch())
        return invalid(text, QT_TRANSLATE_NOOP("Dossier::Error",
                                               "\"%1\" is not a case number: it must start with the year in brackets, "
                                               "e.g. （2024）苏0602民初1234号."));
    CaseNumber cn;
    cn.year = m.captured(1).toInt();
    if (cn.year < 1949 || cn.year > 2200)
        return invalid(text, QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\": the year is out of range."));
    QString rest = m.captured(2);
    if (rest.endsWith(QChar(0x53F7))) // 号
        rest.chop(1);

    qsizetype pos = 0;
    if (rest.startsWith(QStringLiteral("最高法"))) {
        cn.courtCode = QStringLiteral("最高法");
        pos = 3;
    } else {
        if (rest.isEmpty() || !kProvinces.contains(rest.front()))
            return invalid(text, QT_TRANSLATE_NOOP("Dossier::Error",
                                                   "\"%1\": the court code must start with a province character."));
        // ASCII digits only (full-width ones are ASCII by now): QChar::isDigit() took any script's digits, so that
        // 苏०६ (Devanagari) was a court of its own beside 苏06, in the 案号 and in file names.
        qsizetype digits = 0;
        while (1 + digits < rest.size() && rest.at(1 + digits).unicode() >= u'0' &&
               rest.at(1 + digits).unicode() <= u'9')
            ++digits;
        if (digits != 0 && digits != 2 && digits != 4)
            return invalid(text, QT_TRANSLATE_NOOP("Dossier::Error",
                                                   "\"%1\": the court code has 0, 2 or 4 digits after the province."));
        cn.courtCode = rest.left(1 + digits);
        pos = 1 + digits;
    }
    for (const QString& code : typeCodes()) {
        if (QStringView(rest).mid(pos).startsWith(code)) {
            cn.typeCode = code;
            break;
        }
    }
    if (cn.typeCode.isEmpty())
        return invalid(text, QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\": unknown case type code."));
    pos += cn.typeCode.size();
    const QString seq = rest.mid(pos);
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{1,6}$"));
    if (!digitsOnly.match(seq).hasMatch() || seq.toInt() <= 0)
        return invalid(text, QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\": the sequence number is missing or invalid."));
    cn.sequence = seq.toInt();
    return cn;
}

QString CaseNumber::toString() const
{
    return QStringLiteral("（%1）%2%3%4号").arg(year).arg(courtCode, typeCode).arg(sequence);
}

QString CaseNumber::fileKey() const
{
    return QStringLiteral("%1-%2-%3-%4").arg(year).arg(courtCode, typeCode).arg(sequence);
}

} // namespace Dossier
