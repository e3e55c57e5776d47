// Bad input and crashes: the real dossier-cli on the corpus' bad/ files and a kill -9 in the middle of a run.
#include "common/fsutil.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Dossier;

class TestRobustness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFilesAlone_data();
    void badFilesAlone();
    void badFilesInBatch();
    void killDuringRunThenResume();
    void pagesWithoutSeparator();

private:
    QString cli() const { return Test::binDir() + QStringLiteral("/dossier-cli"); }
};

void TestRobustness::badFilesAlone_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code"); // expected error code, or "" when the page is processed and flagged
    QTest::addColumn<QString>("flag");
    QTest::newRow("bomb png") << "bomb-100k-by-100k.png"
                              << "image_too_large"
                              << "";
    QTest::newRow("bomb tif") << "bomb-100k-by-100k.tif"
                              << "image_too_large"
                              << "";
    QTest::newRow("deep pdf") << "deep-nesting.pdf"
                              << "pdf_too_complex"
                              << "";
    QTest::newRow("empty") << "empty.jpg"
                           << "file_empty"
                           << "";
    QTest::newRow("encrypted") << "encrypted.pdf"
                               << "pdf_encrypted"
                               << "";
    QTest::newRow("js") << "js-openaction.pdf"
                        << "pdf_active_content"
                        << "";
    QTest::newRow("low dpi") << "low-dpi-100.jpg"
                             << ""
                             << "low_dpi";
    QTest::newRow("lying header") << "low-dpi-lying-header.jpg"
                                  << ""
                                  << "low_dpi";
    QTest::newRow("not image") << "not-an-image.tif"
                               << "format_unsupported"
                               << "";
    QTest::newRow("seal bitonal") << "seal-page-bitonal.tif"
                                  << ""
                                  << "colour_required";
    QTest::newRow("truncated jpg") << "truncated.jpg"
                                   << "image_corrupt"
                                   << "";
    QTest::newRow("truncated pdf") << "truncated.pdf"
                                   << "pdf_truncated"
                                   << "";
}

void TestRobustness::badFilesAlone()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, flag);
    QTemporaryDir tmp;
    const auto r = Test::run(cli(),
                             {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--profile"),
                              tmp.filePath(QStringLiteral("p")), QStringLiteral("--out"),
                              tmp.filePath(QStringLiteral("out")), Test::corpusDir() + QStringLiteral("/bad/") + file},
                             30000);
    QVERIFY2(!r.crashed, r.err.constData());
    QVERIFY2(r.seconds < 10.0, qPrintable(QStringLiteral("%1 took %2 s").arg(file).arg(r.seconds)));
    QVERIFY2(r.peakRssKb < 1024 * 1024, qPrintable(QStringLiteral("peak %1 MB").arg(r.peakRssKb / 1024)));
    const QJsonObject report = Test::readJson(tmp.filePath(QStringLiteral("out/report.json")));
    const QJsonArray pages = report.value(QStringLiteral("pages")).toArray();
    QVERIFY(!pages.isEmpty());
    const QJsonObject p = pages.first().toObject();
    if (code.isEmpty()) {
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY2(p.value(QStringLiteral("flags")).toArray().contains(flag), qPrintable(file));
    } else {
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        const QJsonObject e = p.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        // told in Chinese and in English
        QVERIFY(e.value(QStringLiteral("message_en")).toString().size() > 10);
        const QString zh = e.value(QStringLiteral("message_zh")).toString();
        QVERIFY2(zh != e.value(QStringLiteral("message_en")).toString(), qPrintable(zh));
        QVERIFY(
            std::any_of(zh.begin(), zh.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }));
    }
}

void TestRobustness::badFilesInBatch()
{
    QTemporaryDir tmp;
    QDir().mkpath(tmp.filePath(QStringLiteral("in")));
    const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
    for (const QString& f : {QStringLiteral("0001.jpg"), QStringLiteral("0002.jpg"), QStringLiteral("0003.jpg")})
        QVERIFY(QFile::copy(plain + f, tmp.filePath(QStringLiteral("in/a-") + f)));
    const QString bad = Test::corpusDir() + QStringLiteral("/bad/");
    for (const QString& f : QDir(bad).entryList(QDir::Files))
        QVERIFY(QFile::copy(bad + f, tmp.filePath(QStringLiteral("in/b-") + f)));
    QVERIFY(QFile::copy(plain + QStringLiteral("0004.jpg"), tmp.filePath(QStringLiteral("in/c-0004.jpg"))));
    const auto r = Test::run(cli(), {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--profile"),
                                     tmp.filePath(QStringLiteral("p")), QStringLiteral("--out"),
                                     tmp.filePath(QStringLiteral("out")), tmp.filePath(QStringLiteral("in"))});
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.peakRssKb < 1024 * 1024, qPrintable(QStringLiteral("peak %1 MB").arg(r.peakRssKb / 1024)));
    const QJsonObject report = Test::readJson(tmp.filePath(QStringLiteral("out/report.json")));
    const QJsonArray pages = report.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 4 + QDir(bad).entryList(QDir::Files).size());
    int good = 0;
    for (const QJsonValue& v : pages) {
        const QJsonObject p = v.toObject();
        const QString src = p.value(QStringLiteral("source")).toString();
        if (src.contains(QLatin1String("/a-")) || src.contains(QLatin1String("/c-"))) {
            QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            ++good;
        }
    }
    QCOMPARE(good, 4);
    // the good pages after the bad ones are still catalogued into the dossier of the separator
    const QJsonArray dossiers = report.value(QStringLiteral("dossiers")).toArray();
    QCOMPARE(dossiers.size(), 1);
}

void TestRobustness::killDuringRunThenResume()
{
    QTemporaryDir tmp;
    QDir().mkpath(tmp.filePath(QStringLiteral("in")));
    const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
    QStringList files = QDir(plain).entryList(QDir::Files, QDir::Name);
    files = files.mid(0, 50);
    QCOMPARE(files.size(), 50);
    QMap<QString, QString> shaOf;
    for (const QString& f : files) {
        QVERIFY(QFile::copy(plain + f, tmp.filePath(QStringLiteral("in/") + f)));
        QFile in(plain + f);
        QVERIFY(in.open(QIODevice::ReadOnly));
        shaOf.insert(f, FsUtil::sha256Hex(in.readAll()));
    }
    const QString profile = tmp.filePath(QStringLiteral("p"));
    const QStringList args{
        QStringLiteral("process"), QStringLiteral("--quiet"),           QStringLiteral("--jobs"),
        QStringLiteral("2"),       QStringLiteral("--profile"),         profile,
        QStringLiteral("--out"),   tmp.filePath(QStringLiteral("out")), tmp.filePath(QStringLiteral("in"))};
    QProcess p;
    p.start(cli(), args);
    QVERIFY(p.waitForStarted());
    // Kill it once some pages are done and others are not.
    const QString dbPath = profile + QStringLiteral("/dossier.sqlite");
    int doneBefore = 0;
    for (int i = 0; i < 600 && doneBefore < 5; ++i) {
        QThread::msleep(100);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(dbPath);
        if (QFile::exists(dbPath) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM pages WHERE status='done'")) && q.next())
                doneBefore = q.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }
    QVERIFY(::kill(pid_t(p.processId()), SIGKILL) == 0);
    p.waitForFinished();
    QVERIFY2(doneBefore >= 5 && doneBefore < 50, qPrintable(QString::number(doneBefore)));

    const auto r = Test::run(cli(), args);
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = Test::readJson(tmp.filePath(QStringLiteral("out/report.json")));
    const QJsonArray pages = report.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 50);
    QVERIFY(report.value(QStringLiteral("stats")).toObject().value(QStringLiteral("reused")).toInt() >= doneBefore);
    for (const QJsonValue& v : pages) {
        const QJsonObject pg = v.toObject();
        const QString name = pg.value(QStringLiteral("source")).toString().section(QLatin1Char('/'), -1);
        QCOMPARE(pg.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(pg.value(QStringLiteral("sha256")).toString(), shaOf.value(name));
    }
    // every page exactly once in the profile, its master on disk with a matching hash
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(dbPath);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT sha256) FROM pages")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 50);
        QCOMPARE(q.value(1).toInt(), 50);
        QVERIFY(q.exec(QStringLiteral("SELECT sha256, master_format FROM pages")));
        while (q.next()) {
            const QString sha = q.value(0).toString();
            QFile m(profile + QStringLiteral("/masters/%1/%2.%3").arg(sha.left(2), sha, q.value(1).toString()));
            QVERIFY2(m.open(QIODevice::ReadOnly), qPrintable(m.fileName()));
            QCOMPARE(FsUtil::sha256Hex(m.readAll()), sha);
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestRobustness::pagesWithoutSeparator()
{
    const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
    for (const bool withCase : {true, false}) {
        QTemporaryDir tmp;
        QStringList args{QStringLiteral("process"),   QStringLiteral("--quiet"),
                         QStringLiteral("--profile"), tmp.filePath(QStringLiteral("p")),
                         QStringLiteral("--out"),     tmp.filePath(QStringLiteral("out"))};
        if (withCase)
            args << QStringLiteral("--case") << QStringLiteral("(2024)苏0602民初17号");
        args << plain + QStringLiteral("0002.jpg") << plain + QStringLiteral("0003.jpg");
        const auto r = Test::run(cli(), args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = Test::readJson(tmp.filePath(QStringLiteral("out/report.json")));
        const QJsonArray pages = report.value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), 2);
        if (withCase) {
            QCOMPARE(pages.at(0).toObject().value(QStringLiteral("case_no")).toString(),
                     QStringLiteral("（2024）苏0602民初17号"));
            QCOMPARE(pages.at(1).toObject().value(QStringLiteral("doc_type")).toString(),
                     QStringLiteral("acceptance_notice"));
            QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("out/（2024）苏0602民初17号/catalogue.json"))));
            QCOMPARE(report.value(QStringLiteral("unassigned")).toArray().size(), 0);
        } else {
            QVERIFY(pages.at(0).toObject().value(QStringLiteral("case_no")).isNull());
            QCOMPARE(report.value(QStringLiteral("unassigned")).toArray().size(), 2);
        }
    }
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "testrobustness.moc"
