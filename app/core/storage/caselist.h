#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Dossier {

// The cases of a profile as the reader lists them to open one: 案号, what the case is about, its parties as
// entered, how many pages its dossiers hold and how many notes the reader's user has on it. Classified (涉密)
// cases are listed with their mark (they cannot be opened).
struct CaseSummary final
{
    QString caseNo, dossierId, cause;
    QStringList plaintiffs, defendants;
    int pages = 0;
    int notes = 0;
    bool classified = false;

    static Result<QList<CaseSummary>> readAll(QSqlDatabase db, const QString& author);
};

} // namespace Dossier
