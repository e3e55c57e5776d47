#pragma once

// The audit chain as people read it: `dossier-cli audit verify` and the window's History dialog. Verifies the
// desk's chain (domain/auditchain.h) against the head the server recorded, or the desk's record of its last push,
// and words actions, details and breaks in the interface's language.

#include "domain/auditchain.h"
#include "storage/profile.h"
#include "storage/syncrepository.h"

#include <dossier/result.h>

#include <QString>

#include <optional>

namespace Dossier {

struct AuditVerification final
{
    QString deskId;
    AuditChain::Report report;
    std::optional<AuditChain::Head> comparedWith; // the head the chain was held against, if any
    bool serverHead = false;                      // it came from the server (else the desk's own record)
};

// One dossier's history: its entries (oldest first) and the breaks of the desk's chain that touch it.
struct DossierHistory final
{
    QString caseNo;
    qint64 dossierId = 0;
    qint64 chainEntries = 0; // of the whole desk chain, verified
    QList<AuditChain::Link> entries;
    QList<AuditChain::Break> breaks;
};

namespace AuditHistory {

// Reads the whole chain and verifies it; `serverHead`: the head the server recorded (else the local record).
Result<AuditVerification> verify(const Profile& profile,
                                 const std::optional<AuditChain::Head>& serverHead = std::nullopt);
// The dossier's entries and the breaks found in the desk's chain that concern them (or are truncation).
Result<DossierHistory> forDossier(const Profile& profile, qint64 dossierId);
// The same for the dossier the tree names (its case and external id).
Result<DossierHistory> forDossier(const Profile& profile, const QString& caseNo, const QString& dossierId);

// Who may read a dossier's history at this desk (standard 16: supervision): the desk's own clerk (a desk never
// signed in, or an archive clerk), archive administrators, judges, chiefs (division chief, vice president,
// president) and trial managers; not parties, lawyers or others.
bool maySee(const SyncAccount& account);

// "set title" → 修改标题 (in the interface's language); an unknown action as it is.
QString actionText(const QString& action);
// A readable line from an entry's details JSON ("title: 民事起诉状; document 12"); empty for none.
QString detailsText(const QString& details);
// What is wrong, in the interface's language: "第 5 条（卷宗 3，修改标题）：被修改过" (Break::what has the
// particulars, in English).
QString breakText(const AuditChain::Break& b);
QString kindText(AuditChain::Break::Kind k);

} // namespace AuditHistory
} // namespace Dossier
