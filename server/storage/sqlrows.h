#pragma once

// Helpers of the repositories in server/storage only: values as they are bound and rows as they are read.

#include "storage/rows.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Dossier::Server::Sql {

// An empty text as SQL NULL.
inline QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Empty but never NULL (a null QString binds as SQL NULL).
inline QString text(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("") : s;
}

inline QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The columns readRecord() reads, of records aliased r.
inline QString recordColumns()
{
    return QStringLiteral(
        "r.kind, r.id, r.case_no, r.volume, r.revision, r.deleted, r.body, r.updated_by, r.updated_at, r.owner");
}

// Reads the record columns starting at `col`.
inline Record readRecord(const QSqlQuery& q, int col)
{
    Record r;
    r.kind = q.value(col).toString();
    r.id = q.value(col + 1).toString();
    r.caseNo = q.value(col + 2).toString();
    r.volume = q.value(col + 3).toString();
    r.revision = q.value(col + 4).toLongLong();
    r.deleted = q.value(col + 5).toInt() != 0;
    r.body = parseObject(q.value(col + 6).toString());
    r.updatedBy = q.value(col + 7).toString();
    r.updatedAt = q.value(col + 8).toString();
    r.owner = q.value(col + 9).toString();
    return r;
}

} // namespace Dossier::Server::Sql
