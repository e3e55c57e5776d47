#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

#include <QSet>

#include <optional>

namespace Dossier::Server {

class ServerDatabase;

// cases (known to the server, their court code and archived flag) and case_members. Statements only: the caller
// (ServerStore) holds the write lock and the transaction.
class CaseRepository final
{
public:
    explicit CaseRepository(ServerDatabase& db) : m_db(db) {}

    Result<bool> known(const QString& caseNo) const;
    // Those of `cases` the server knows, added to `known` (a few statements for any number).
    Status knownOf(const QStringList& cases, QSet<QString>& known) const;
    Status insert(const QList<CaseRow>& cases); // multi-row INSERTs
    Result<bool> archived(const QString& caseNo) const;
    Status setArchived(const QString& caseNo, bool archived);
    Result<QSet<QString>> createdBy(const QString& user) const;
    Result<QSet<QString>> allArchived() const;

    Result<QSet<QString>> casesOf(const QString& user) const; // the cases the user is a member of
    Result<std::optional<QString>> relation(const QString& caseNo, const QString& user) const;
    Status addMember(const QString& caseNo, const QString& user, const QString& relation);
    Status setRelation(const QString& caseNo, const QString& user, const QString& relation);
    Status removeMemberships(const QString& user);
    Result<QList<MemberRow>> members(const QString& caseNo) const; // by user name

private:
    Result<QSet<QString>> caseSet(const QString& sql, const QVariantList& binds) const;

    ServerDatabase& m_db;
};

} // namespace Dossier::Server
