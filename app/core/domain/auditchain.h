#pragma once

// The audit log's hash chain (issue 16, standard 16): every entry carries the hash of the entry before it on the
// desk (prev_hash) and of the entry before it on the same dossier (dossier_prev), and its own hash over a canonical
// form of its fields and those two. Pure code: the desk (storage/auditrepository) and dossier-server
// (server/storage/auditrepository, the recorded desk heads) both use it.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Dossier::AuditChain {

// One entry of a desk's chain, as stored (and as sent to the server).
struct Link final
{
    qint64 seq = 0;
    QString at;
    QString actor;
    qint64 dossierId = 0; // 0: no dossier
    QString action;
    QString details; // compact JSON or empty
    QString prevHash;
    QString dossierPrev;
    QString hash;

    QJsonObject toJson() const;
    // Strict: every field of the right type and size, hashes of 64 lowercase hex digits or empty.
    static std::optional<Link> fromJson(const QJsonValue& v);
};

// The chain's head: the last entry's seq and hash (0, "" for an empty chain).
struct Head final
{
    qint64 seq = 0;
    QString hash;
    bool operator==(const Head&) const = default;
};

// SHA-256 (lowercase hex) over the compact JSON of `fields`: the canonical form of an entry is a JSON array of its
// fields in a fixed order, led by a tag naming the form.
QString hashFields(const QJsonArray& fields);
// A desk entry's hash: ["dossier-desk-audit/1", desk id, seq, at, actor, dossier, action, details, prev, dossier_prev].
QString linkHash(const QString& deskId, const Link& l);

bool isHash(const QString& s);   // 64 lowercase hex digits
bool isDeskId(const QString& s); // a UUID in lowercase, 8-4-4-4-12

// What is wrong with one entry.
struct Break final
{
    enum class Kind { Edited, Deleted, Reordered, Relinked, Duplicated, DossierChain, Truncated, Rewritten };
    Kind kind = Kind::Edited;
    qint64 seq = 0;
    qint64 dossierId = 0;
    QString action;
    QString what; // English, for logs and the CLI's English line

    static QString kindName(Kind k); // edited, deleted, …
};

struct Report final
{
    qint64 entries = 0;
    qint64 dossiers = 0;
    Head head;
    QList<Break> breaks;
    bool ok() const { return breaks.isEmpty(); }
};

// Walks `links` (in seq order, ties as stored) as the desk chain and as one chain per dossier. `pushed`: the head
// the server recorded (or the desk's record of its last push): a chain that ends before it, or differs at its seq,
// is truncated or rewritten.
Report verify(const QString& deskId, const QList<Link>& links, const std::optional<Head>& pushed = std::nullopt);

// Checks that `links` extend `from` (a recorded head): seq from.seq+1 on without a gap, the first linking to
// from.hash, each to the one before, each hash right. Empty: they do. Otherwise the first problem, in English.
QString extends(const QString& deskId, const Head& from, const QList<Link>& links);

} // namespace Dossier::AuditChain
