#include "backup.h"

#include "blobstore.h"
#include "storage/serverdatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Dossier::Server {
namespace {

const QString kSqliteCopy = QStringLiteral("server.sqlite");
const QString kPostgresDump = QStringLiteral("server.pgdump");

Error failed(const char* what, const QStringList& args = {})
{
    return Error(QStringLiteral("backup_failed"), what, args);
}

// pg_dump or pg_restore with the URL's target in the environment (the password never on a command line).
Status runPostgresTool(const QString& program, const QStringList& args, const ServerDatabase::PostgresTarget& t)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), t.host);
    env.insert(QStringLiteral("PGPORT"), QString::number(t.port));
    env.insert(QStringLiteral("PGUSER"), t.user);
    env.insert(QStringLiteral("PGPASSWORD"), t.password);
    env.insert(QStringLiteral("PGDATABASE"), t.database);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return failed("%1 cannot be started (is postgresql-client installed?).", {program});
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(-1);
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return failed("%1 failed: %2", {program, QString::fromUtf8(p.readAllStandardError()).trimmed().left(2000)});
    return Ok{};
}

// Copies every image under from/ to to/ (same layout), each checked against the SHA-256 that is its name.
Result<ServerBackup::Summary> copyBlobs(const QString& from, const QString& to)
{
    ServerBackup::Summary s;
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString sha = it.fileName();
        if (!BlobStore::isSha256(sha))
            continue; // not an image (a file a crash left half written has another name)
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return failed("Cannot read the image %1.", {path});
        const QString target = to + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
        QFile out(target + QStringLiteral(".part"));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly))
            return failed("Cannot write %1.", {target});
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            hash.addData(chunk);
            if (out.write(chunk) != chunk.size())
                return failed("Cannot write %1.", {target});
        }
        out.close();
        if (QString::fromLatin1(hash.result().toHex()) != sha)
            return failed("The image %1 does not match its SHA-256: it is damaged.", {path});
        QFile::remove(target); // a copy left by an earlier run is replaced
        if (!QFile::rename(target + QStringLiteral(".part"), target))
            return failed("Cannot write %1.", {target});
        ++s.blobs;
        s.bytes += in.size();
    }
    return s;
}

} // namespace

Result<ServerBackup::Summary> ServerBackup::backup(const QString& dataDir, const QString& databaseUrl,
                                                   const QString& toDir)
{
    if (QDir(toDir).exists() && !QDir(toDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
        return failed("The backup folder %1 is not empty.", {toDir});
    if (!QDir().mkpath(toDir))
        return failed("Cannot create %1.", {toDir});
    QJsonObject manifest{{QStringLiteral("format"), 1},
                         {QStringLiteral("made_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("server_version"), QStringLiteral(DOSSIER_VERSION)}};
    if (databaseUrl.isEmpty()) {
        if (auto s = ServerDatabase::copySqlite(dataDir, toDir + QLatin1Char('/') + kSqliteCopy); !s)
            return s.error();
        manifest.insert(QStringLiteral("database"), QStringLiteral("sqlite"));
    } else {
        auto t = ServerDatabase::postgresTarget(databaseUrl);
        if (!t)
            return t.error();
        if (auto s = runPostgresTool(QStringLiteral("pg_dump"),
                                     {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                                      QStringLiteral("--no-privileges"), QStringLiteral("--schema=") + t->schema,
                                      QStringLiteral("--file=") + toDir + QLatin1Char('/') + kPostgresDump},
                                     *t);
            !s)
            return s.error();
        manifest.insert(QStringLiteral("database"), QStringLiteral("postgresql"));
        manifest.insert(QStringLiteral("schema"), t->schema);
    }
    auto copied = copyBlobs(dataDir + QStringLiteral("/blobs"), toDir + QStringLiteral("/blobs"));
    if (!copied)
        return copied.error();
    manifest.insert(QStringLiteral("blobs"), copied->blobs);
    manifest.insert(QStringLiteral("bytes"), copied->bytes);
    QFile m(toDir + QStringLiteral("/manifest.json"));
    if (!m.open(QIODevice::WriteOnly) || m.write(QJsonDocument(manifest).toJson()) < 0)
        return failed("Cannot write %1.", {m.fileName()});
    return *copied;
}

Result<ServerBackup::Summary> ServerBackup::restore(const QString& fromDir, const QString& dataDir,
                                                    const QString& databaseUrl)
{
    QFile m(fromDir + QStringLiteral("/manifest.json"));
    const QJsonObject manifest =
        m.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(m.readAll()).object() : QJsonObject();
    const QString kind = manifest.value(QStringLiteral("database")).toString();
    if (manifest.value(QStringLiteral("format")).toInt() != 1 || kind.isEmpty())
        return failed("%1 is not a dossier-server backup (its manifest.json is missing or unknown).", {fromDir});
    if ((kind == QLatin1String("sqlite")) != databaseUrl.isEmpty())
        return failed("This backup is of a %1 database: restore it into the same kind.", {kind});
    if (databaseUrl.isEmpty()) {
        if (QFile::exists(ServerDatabase::sqliteFile(dataDir)))
            return failed("%1 has a database already: restore into a fresh data folder.", {dataDir});
        if (!QDir().mkpath(dataDir) ||
            !QFile::copy(fromDir + QLatin1Char('/') + kSqliteCopy, ServerDatabase::sqliteFile(dataDir)))
            return failed("Cannot copy the database into %1.", {dataDir});
    } else {
        auto t = ServerDatabase::postgresTarget(databaseUrl);
        if (!t)
            return t.error();
        if (t->schema != manifest.value(QStringLiteral("schema")).toString())
            return failed("The backup is of the schema %1: restore it into a database URL naming that schema.",
                          {manifest.value(QStringLiteral("schema")).toString()});
        // --exit-on-error: a schema that exists already (not a fresh server) stops it before anything is written.
        if (auto s =
                runPostgresTool(QStringLiteral("pg_restore"),
                                {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                 QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                                 QStringLiteral("--dbname=") + t->database, fromDir + QLatin1Char('/') + kPostgresDump},
                                *t);
            !s)
            return s.error();
    }
    return copyBlobs(fromDir + QStringLiteral("/blobs"), dataDir + QStringLiteral("/blobs"));
}

} // namespace Dossier::Server
