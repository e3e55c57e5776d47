// Unit tests for Dossier::Database: migrations, WAL, refusal of newer schemas, per-thread connections.
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using Dossier::Database;

namespace {

// A connection of the test's own, outside Database's bookkeeping, to look at the file as another program would.
class RawConnection final
{
public:
    explicit RawConnection(const QString& path) : m_name(QStringLiteral("raw-") + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

Dossier::Status insertCase(QSqlDatabase db, const QString& caseNo)
{
    auto r = Dossier::execSql(db, QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES (?, ?)"),
                              {caseNo, QStringLiteral("2024-01-01T00:00:00Z")});
    if (!r)
        return r.error();
    return Dossier::Ok{};
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFileMigrates();
    void reopenIsIdempotent();
    void refusesNewerSchema();
    void execSqlReportsErrors();
    void transactionRollsBackUnlessCommitted();
    void connectionFromAnotherThread();
    void concurrentWritersFromThreads();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("profile/dossier.sqlite")); // the folder does not exist yet
}

void TestDatabase::newFileMigrates()
{
    const auto s = Database::open(m_path);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().english()));
    QSqlDatabase db = Database::connection(m_path);
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL

    // Seen from an independent connection: the schema and the WAL mode are in the file, not only in ours.
    RawConnection raw(m_path);
    QVERIFY(raw.db().isOpen());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    const QStringList tables = raw.db().tables();
    for (const char* t :
         {"cases", "dossiers", "volumes", "documents", "batches", "pages", "processing_records", "page_fts"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);

    // Foreign keys are enforced on Database's connections.
    auto bad = Dossier::execSql(db, QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, "
                                                   "created_at) VALUES (999, 'x', 't', 'now')"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), QStringLiteral("db_error"));
}

void TestDatabase::reopenIsIdempotent()
{
    QVERIFY(Database::open(m_path).ok());
    QSqlDatabase db = Database::connection(m_path);
    QVERIFY(insertCase(db, QStringLiteral("（2024）苏0602民初1号")).ok());
    const QString schema = scalar(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toString();
    QVERIFY(!schema.isEmpty());

    for (int i = 0; i < 2; ++i) {
        const auto s = Database::open(m_path);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().english()));
    }
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toString(), schema);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt(), 1); // data kept

    // The same thread gets the same connection back.
    QCOMPARE(Database::connection(m_path).connectionName(), db.connectionName());
}

void TestDatabase::refusesNewerSchema()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    {
        RawConnection raw(m_path);
        QVERIFY(raw.db().isOpen());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future(x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::kSchemaVersion + 1)));
    }
    const auto s = Database::open(m_path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), QStringLiteral("db_too_new"));
    QVERIFY(s.error().english().contains(QString::number(Database::kSchemaVersion + 1)));

    // Refused means untouched: no migration ran.
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion + 1);
    QCOMPARE(raw.db().tables(), QStringList{QStringLiteral("future")});
}

void TestDatabase::execSqlReportsErrors()
{
    QVERIFY(Database::open(m_path).ok());
    QSqlDatabase db = Database::connection(m_path);
    auto syntax = Dossier::execSql(db, QStringLiteral("SELEC nothing"));
    QVERIFY(!syntax.ok());
    QCOMPARE(syntax.error().code(), QStringLiteral("db_error"));
    QVERIFY(!syntax.error().args().value(0).isEmpty()); // carries SQLite's reason

    QVERIFY(insertCase(db, QStringLiteral("A")).ok());
    const auto dup = insertCase(db, QStringLiteral("A")); // case_no is UNIQUE
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code(), QStringLiteral("db_error"));

    auto sel =
        Dossier::execSql(db, QStringLiteral("SELECT case_no FROM cases WHERE case_no = ?"), {QStringLiteral("A")});
    QVERIFY(sel.ok());
    QVERIFY(sel->next());
    QCOMPARE(sel->value(0).toString(), QStringLiteral("A"));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    QVERIFY(Database::open(m_path).ok());
    QSqlDatabase db = Database::connection(m_path);
    {
        Dossier::Transaction tx(db);
        QVERIFY(insertCase(db, QStringLiteral("rolled back")).ok());
    }
    {
        Dossier::Transaction tx(db);
        QVERIFY(insertCase(db, QStringLiteral("committed")).ok());
        QVERIFY(tx.commit().ok());
        QVERIFY(!tx.commit().ok()); // once only
    }
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(case_no) FROM cases")).toString(),
             QStringLiteral("committed"));
}

void TestDatabase::connectionFromAnotherThread()
{
    QVERIFY(Database::open(m_path).ok());
    const QString mainName = Database::connection(m_path).connectionName();

    QString threadName;
    bool threadOpen = false;
    QString threadError;
    std::unique_ptr<QThread> t(QThread::create([&] {
        QSqlDatabase db = Database::connection(m_path);
        threadName = db.connectionName();
        threadOpen = db.isOpen();
        if (auto s = insertCase(db, QStringLiteral("（2024）苏0602民初2号")); !s)
            threadError = s.error().english();
        if (Database::connection(m_path).connectionName() != threadName)
            threadError = QStringLiteral("a second call in the thread gave another connection");
    }));
    t->start();
    QVERIFY(t->wait(30000));

    QVERIFY(threadOpen);
    QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
    QVERIFY(!threadName.isEmpty());
    QVERIFY(threadName != mainName); // one connection per thread
    // The thread's connection is removed when the thread ends.
    QTRY_VERIFY(!QSqlDatabase::contains(threadName));

    // Read back in the main thread what the other thread committed.
    QSqlDatabase db = Database::connection(m_path);
    QCOMPARE(scalar(db, QStringLiteral("SELECT case_no FROM cases")).toString(),
             QStringLiteral("（2024）苏0602民初2号"));
}

void TestDatabase::concurrentWritersFromThreads()
{
    QVERIFY(Database::open(m_path).ok());
    constexpr int kThreads = 4;
    constexpr int kRows = 50;
    QStringList errors[kThreads];
    std::vector<std::unique_ptr<QThread>> threads;
    for (int n = 0; n < kThreads; ++n) {
        threads.emplace_back(QThread::create([this, n, &errors] {
            QSqlDatabase db = Database::connection(m_path);
            for (int i = 0; i < kRows; ++i) {
                Dossier::Transaction tx(db);
                if (auto s = insertCase(db, QStringLiteral("T%1-%2").arg(n).arg(i)); !s)
                    errors[n] << s.error().english();
                else if (auto c = tx.commit(); !c)
                    errors[n] << c.error().english();
            }
        }));
    }
    for (auto& t : threads)
        t->start();
    for (auto& t : threads)
        QVERIFY(t->wait(120000));
    for (int n = 0; n < kThreads; ++n)
        QVERIFY2(errors[n].isEmpty(), qPrintable(errors[n].join(QLatin1Char('\n'))));
    QCOMPARE(scalar(Database::connection(m_path), QStringLiteral("SELECT count(*) FROM cases")).toInt(),
             kThreads * kRows);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "testdatabase.moc"
