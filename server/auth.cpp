#include "auth.h"

#include "domain/casenumber.h"
#include "domain/recordschema.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>

#include <openssl/evp.h>

namespace Dossier::Server {
namespace {

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    auto* gen = QRandomGenerator::system();
    for (int i = 0; i < n; ++i)
        out[i] = char(gen->bounded(256));
    return out;
}

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray pw = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char*>(out.data())) != 1)
        return {}; // never equal to a stored hash
    return out;
}

} // namespace

QString hashPassword(const QString& password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = derive(password, salt, iterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray derived = derive(password, salt, iterations);
    return !derived.isEmpty() && constantTimeEquals(derived, expected);
}

int passwordIterations(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    return parts.size() == 4 && parts[0] == QLatin1String("pbkdf2-sha256") ? parts[1].toInt() : 0;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray newToken()
{
    return randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString tokenDigest(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

const QStringList& roles()
{
    static const QStringList r = {
        QStringLiteral("judge"),          QStringLiteral("panel_member"),   QStringLiteral("judge_assistant"),
        QStringLiteral("division_chief"), QStringLiteral("vice_president"), QStringLiteral("president"),
        QStringLiteral("trial_manager"),  QStringLiteral("archive_staff"),  QStringLiteral("archive_clerk"),
        QStringLiteral("archive_admin"),  QStringLiteral("party"),          QStringLiteral("lawyer"),
        QStringLiteral("warehouse_clerk")};
    return r;
}

bool isRole(const QString& role)
{
    return roles().contains(role);
}

bool isChiefRole(const QString& role)
{
    return role == QLatin1String("division_chief") || role == QLatin1String("vice_president") ||
           role == QLatin1String("president");
}

QString courtCodeOf(const QString& caseNo)
{
    thread_local QHash<QString, QString> cache; // each worker thread its own
    const auto it = cache.constFind(caseNo);
    if (it != cache.constEnd())
        return *it;
    const auto parsed = CaseNumber::parse(caseNo);
    const QString code = parsed ? parsed->courtCode : QString();
    if (cache.size() > 100000)
        cache.clear();
    cache.insert(caseNo, code);
    return code;
}

QString normaliseCaseNo(const QString& caseNo)
{
    const auto parsed = CaseNumber::parse(caseNo);
    return parsed ? parsed->toString() : QString();
}

bool Viewer::inScope(const QString& caseNo) const
{
    if (!isChiefRole(role) || scope.isEmpty() || caseNo.isEmpty())
        return false;
    const QString code = courtCodeOf(caseNo);
    return !code.isEmpty() && code.startsWith(scope);
}

bool Viewer::canSee(const QString& kind, const QString& caseNo, const QString& volume) const
{
    if (RecordSchema::hasNoCase(kind) || isAdmin())
        return true;
    const bool outsider = role == QLatin1String("party") || role == QLatin1String("lawyer");
    const bool secondary = volume == QLatin1String("secondary");
    if (outsider && (secondary || RecordSchema::isAppendOnly(kind)))
        return false; // a 副卷, or where the paper is
    if (caseNo.isEmpty())
        return false;
    if (isWarehouseClerk() && RecordSchema::isAppendOnly(kind) && servesCourt(caseNo))
        return true; // the 中间库's records of their court's cases (the rest of a case only as its member)
    if (memberCases.contains(caseNo))
        return true;
    if (role == QLatin1String("archive_clerk"))
        return createdCases.contains(caseNo);
    if (isChiefRole(role))
        return inScope(caseNo);
    if (role == QLatin1String("trial_manager"))
        return !secondary;
    if (role == QLatin1String("archive_staff"))
        return archivedCases.contains(caseNo);
    return false;
}

bool Viewer::servesCourt(const QString& caseNo) const
{
    const QString code = courtCodeOf(caseNo);
    return !scope.isEmpty() && !code.isEmpty() && code.startsWith(scope);
}

bool Viewer::canWrite(const QString& kind, const QString& caseNo, bool caseKnown) const
{
    if (kind == QLatin1String("calendar"))
        return isAdmin();
    // A template's versions and releases go through PUT /templates (checked against every version published).
    if (kind == QLatin1String("template") || kind == QLatin1String("template_release"))
        return false;
    if (isAdmin())
        return true;
    if (RecordSchema::isAppendOnly(kind))
        return isWarehouseClerk() && !caseNo.isEmpty() && (memberCases.contains(caseNo) || servesCourt(caseNo));
    if (role != QLatin1String("archive_clerk") || kind == QLatin1String("template") || caseNo.isEmpty())
        return false;
    if (memberCases.contains(caseNo)) // made the case's clerk by a chief
        return true;
    // A clerk writes only the courts they serve, and never takes over a case another writer holds.
    return servesCourt(caseNo) && (!caseKnown || createdCases.contains(caseNo));
}

bool Viewer::canManageMembers(const QString& caseNo) const
{
    return isAdmin() || inScope(caseNo);
}

} // namespace Dossier::Server
