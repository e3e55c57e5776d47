#include "domain/auditchain.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Dossier::AuditChain {
namespace {

constexpr qsizetype kMaxText = 200;
constexpr qsizetype kMaxDetails = 16 * 1024;

QString text(const QJsonObject& o, const char* key, qsizetype max, bool* ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString() || v.toString().size() > max)
        *ok = false;
    return v.toString();
}

qint64 integer(const QJsonObject& o, const char* key, bool* ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 9007199254740991.0 || d != static_cast<double>(static_cast<qint64>(d)))
        *ok = false;
    return static_cast<qint64>(d);
}

QString shortHash(const QString& h)
{
    return h.isEmpty() ? QStringLiteral("(none)") : h.left(12);
}

} // namespace

QJsonObject Link::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("at"), at},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("dossier"), dossierId},
            {QStringLiteral("action"), action},
            {QStringLiteral("details"), details},
            {QStringLiteral("prev_hash"), prevHash},
            {QStringLiteral("dossier_prev"), dossierPrev},
            {QStringLiteral("hash"), hash}};
}

std::optional<Link> Link::fromJson(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    if (o.size() > 9)
        return std::nullopt;
    bool ok = true;
    Link l;
    l.seq = integer(o, "seq", &ok);
    l.at = text(o, "at", kMaxText, &ok);
    l.actor = text(o, "actor", kMaxText, &ok);
    l.dossierId = integer(o, "dossier", &ok);
    l.action = text(o, "action", kMaxText, &ok);
    l.details = text(o, "details", kMaxDetails, &ok);
    l.prevHash = text(o, "prev_hash", 64, &ok);
    l.dossierPrev = text(o, "dossier_prev", 64, &ok);
    l.hash = text(o, "hash", 64, &ok);
    if (!ok || l.seq < 1 || l.action.isEmpty() || !isHash(l.hash) || (!l.prevHash.isEmpty() && !isHash(l.prevHash)) ||
        (!l.dossierPrev.isEmpty() && !isHash(l.dossierPrev)))
        return std::nullopt;
    return l;
}

QString hashFields(const QJsonArray& fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString linkHash(const QString& deskId, const Link& l)
{
    return hashFields({QStringLiteral("dossier-desk-audit/1"), deskId, l.seq, l.at, l.actor, l.dossierId, l.action,
                       l.details, l.prevHash, l.dossierPrev});
}

bool isHash(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

bool isDeskId(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

QString Break::kindName(Kind k)
{
    switch (k) {
    case Kind::Edited:
        return QStringLiteral("edited");
    case Kind::Deleted:
        return QStringLiteral("deleted");
    case Kind::Reordered:
        return QStringLiteral("reordered");
    case Kind::Relinked:
        return QStringLiteral("relinked");
    case Kind::Duplicated:
        return QStringLiteral("duplicated");
    case Kind::DossierChain:
        return QStringLiteral("dossier_chain");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::Rewritten:
        return QStringLiteral("rewritten");
    }
    return {};
}

namespace {

Break brk(Break::Kind k, const Link& l, const QString& what)
{
    return Break{k, l.seq, l.dossierId, l.action, what};
}

// The desk chain: seq order, links to the entry before, hashes.
void walkDesk(const QString& deskId, const QList<Link>& links, Report& r)
{
    QHash<QString, qint64> seqOfHash;
    for (const Link& l : links)
        seqOfHash.insert(l.hash, l.seq);
    const Link* prev = nullptr;
    for (const Link& l : links) {
        const qint64 expected = prev ? prev->seq + 1 : 1;
        const QString prevHash = prev ? prev->hash : QString();
        bool linkReported = false;
        if (prev && l.seq == prev->seq) {
            r.breaks << brk(Break::Kind::Duplicated, l, QStringLiteral("entry %1 appears twice").arg(l.seq));
            linkReported = true;
        } else if (l.seq > expected) {
            r.breaks << brk(
                Break::Kind::Deleted, l,
                l.seq - expected == 1
                    ? QStringLiteral("entry %1 before it is missing (deleted)").arg(expected)
                    : QStringLiteral("entries %1 to %2 before it are missing (deleted)").arg(expected).arg(l.seq - 1));
            linkReported = true;
        }
        const bool hashOk = linkHash(deskId, l) == l.hash;
        if (!linkReported && l.prevHash != prevHash) {
            const auto other = seqOfHash.constFind(l.prevHash);
            if (other != seqOfHash.constEnd() && *other != l.seq)
                r.breaks << brk(Break::Kind::Reordered, l,
                                QStringLiteral("it was written after entry %1 but stands after entry %2")
                                    .arg(*other)
                                    .arg(prev ? prev->seq : 0));
            else if (hashOk)
                r.breaks << brk(
                    Break::Kind::Relinked, l,
                    QStringLiteral("it names %1 as the entry before it, which is not entry %2's hash %3")
                        .arg(shortHash(l.prevHash), QString::number(prev ? prev->seq : 0), shortHash(prevHash)));
            else
                r.breaks << brk(Break::Kind::Edited, l,
                                QStringLiteral("its fields and its link were changed (its hash does not match them)"));
            linkReported = true;
        }
        if (!hashOk && !linkReported)
            r.breaks << brk(Break::Kind::Edited, l,
                            QStringLiteral("its stored hash is %1 but its fields hash to %2")
                                .arg(shortHash(l.hash), shortHash(linkHash(deskId, l))));
        prev = &l;
    }
}

// One chain per dossier, in seq order: each names the dossier's entry before it.
void walkDossiers(const QList<Link>& links, Report& r)
{
    QHash<qint64, QString> last;
    for (const Link& l : links) {
        if (l.dossierId <= 0)
            continue;
        const QString before = last.value(l.dossierId);
        if (l.dossierPrev != before)
            r.breaks << brk(Break::Kind::DossierChain, l,
                            QStringLiteral("dossier %1's entry before it was %2, it names %3")
                                .arg(QString::number(l.dossierId), shortHash(before), shortHash(l.dossierPrev)));
        last.insert(l.dossierId, l.hash);
    }
    r.dossiers = last.size();
}

void compareWithPushed(const QList<Link>& links, const Head& pushed, Report& r)
{
    if (pushed.seq <= 0)
        return;
    const qint64 lastSeq = links.isEmpty() ? 0 : links.last().seq;
    if (lastSeq < pushed.seq) {
        Link none;
        none.seq = lastSeq;
        if (!links.isEmpty())
            none = links.last();
        r.breaks << brk(Break::Kind::Truncated, none,
                        QStringLiteral("the chain ends at entry %1 but the server recorded entry %2 (truncated)")
                            .arg(lastSeq)
                            .arg(pushed.seq));
        return;
    }
    for (const Link& l : links)
        if (l.seq == pushed.seq && l.hash != pushed.hash) {
            r.breaks << brk(Break::Kind::Rewritten, l,
                            QStringLiteral("entry %1's hash %2 is not the %3 the server recorded (history rewritten)")
                                .arg(QString::number(l.seq), shortHash(l.hash), shortHash(pushed.hash)));
            return;
        }
}

} // namespace

Report verify(const QString& deskId, const QList<Link>& links, const std::optional<Head>& pushed)
{
    Report r;
    r.entries = links.size();
    if (!links.isEmpty())
        r.head = Head{links.last().seq, links.last().hash};
    walkDesk(deskId, links, r);
    walkDossiers(links, r);
    if (pushed)
        compareWithPushed(links, *pushed, r);
    std::stable_sort(r.breaks.begin(), r.breaks.end(), [](const Break& a, const Break& b) { return a.seq < b.seq; });
    return r;
}

QString extends(const QString& deskId, const Head& from, const QList<Link>& links)
{
    qint64 seq = from.seq;
    QString hash = from.hash;
    for (const Link& l : links) {
        if (l.seq != seq + 1)
            return QStringLiteral("entry %1 follows entry %2").arg(l.seq).arg(seq);
        if (l.prevHash != hash)
            return QStringLiteral("entry %1 does not link to entry %2").arg(l.seq).arg(seq);
        if (linkHash(deskId, l) != l.hash)
            return QStringLiteral("entry %1's hash does not match its fields").arg(l.seq);
        seq = l.seq;
        hash = l.hash;
    }
    return {};
}

} // namespace Dossier::AuditChain
