#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Dossier::Server {

// OWASP's advice for PBKDF2-HMAC-SHA256 (2023). Hashes of fewer rounds are made again at the next sign-in.
inline constexpr int kPbkdf2Iterations = 600000;

// pbkdf2-sha256$iterations$salt_b64$hash_b64 (OpenSSL's PBKDF2: ~0.3 s here, on a worker thread)
QString hashPassword(const QString& password, int iterations = kPbkdf2Iterations);
bool verifyPassword(const QString& password, const QString& stored);
int passwordIterations(const QString& stored); // 0 when not a hash of ours
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// 32 random bytes, base64url without padding; only its digest (hex SHA-256) is stored.
QByteArray newToken();
QString tokenDigest(const QByteArray& token);

// The standard roles (15.4), and the 中间库's warehouse_clerk (issue 14).
const QStringList& roles();
bool isRole(const QString& role);
bool isChiefRole(const QString& role); // division_chief, vice_president, president
// The court code of a 案号 (（2024）苏0602民初1号 → 苏0602); empty when it does not parse. Cached.
QString courtCodeOf(const QString& caseNo);
// The normalised 案号, or an empty string when it does not parse.
QString normaliseCaseNo(const QString& caseNo);

// Who is asking, and the case sets their visibility depends on (loaded once per request).
struct Viewer final
{
    QString name;
    QString role;
    QString scope;
    QSet<QString> memberCases;
    QSet<QString> createdCases;  // archive_clerk: first writer of a record of the case
    QSet<QString> archivedCases; // archive_staff

    bool isAdmin() const { return role == QLatin1String("archive_admin"); }
    bool isWarehouseClerk() const { return role == QLatin1String("warehouse_clerk"); }
    bool inScope(const QString& caseNo) const;
    // An archive or warehouse clerk's court codes: the case's court code starts with the clerk's scope (苏0602,
    // 苏06, 苏).
    bool servesCourt(const QString& caseNo) const;
    // The 中间库's records (movements of paper, case events) are seen by the warehouse clerks of the case's court
    // and by whoever sees the case's 正卷 by the rules below — its judges, chiefs, trial managers, archive staff and
    // clerks, administrators — but never by a party or a lawyer. Templates and the holiday calendar: by everyone.
    bool canSee(const QString& kind, const QString& caseNo, const QString& volume) const;
    // caseKnown: the case already has records on the server. The 中间库's records are written by the warehouse
    // clerks of the case's court (or of a case they are a member of) and administrators; a loan request by whoever
    // sees them (WritePath checks it is in their own name). The holiday calendar: administrators only.
    bool canWrite(const QString& kind, const QString& caseNo, bool caseKnown) const;
    bool canManageMembers(const QString& caseNo) const;
};

} // namespace Dossier::Server
