// dossier-cli scan against SANE's test backend: a real (virtual) scanner through the real SANE plugin.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class TestCliScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adfBatch_data();
    void adfBatch();
    void unknownDevice();

private:
    QTemporaryDir m_config;
};

void TestCliScan::initTestCase()
{
    QFile dll(m_config.filePath(QStringLiteral("dll.conf")));
    QVERIFY(dll.open(QIODevice::WriteOnly));
    dll.write("test\n");
    dll.close();
    QFile conf(m_config.filePath(QStringLiteral("test.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("number_of_devices 1\nmode Gray\ndepth 8\ntest-picture \"Grid\"\nbr_x 210.0\nbr_y 297.0\n");
    conf.close();
    qputenv("SANE_CONFIG_DIR", QFile::encodeName(m_config.path()));
    qputenv("LC_MESSAGES", "C"); // see testsanescan: keeps the backend's thread cancel away from libc's catalogues
}

void TestCliScan::adfBatch_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QString>("colourMode");
    QTest::newRow("grey 200 dpi, feeder until empty") << "grey" << 200 << 0 << "grey";
    QTest::newRow("colour 150 dpi, 3 pages") << "colour" << 150 << 3 << "colour";
    QTest::newRow("bitonal 300 dpi, 4 pages") << "bitonal" << 300 << 4 << "bitonal";
}

void TestCliScan::adfBatch()
{
    QFETCH(QString, mode);
    QFETCH(int, dpi);
    QFETCH(int, pages);
    QFETCH(QString, colourMode);
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("p"));
    const auto r = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                             {QStringLiteral("scan"),       QStringLiteral("--quiet"),
                              QStringLiteral("--device"),   QStringLiteral("test:0"),
                              QStringLiteral("--source"),   QStringLiteral("adf"),
                              QStringLiteral("--mode"),     mode,
                              QStringLiteral("--dpi"),      QString::number(dpi),
                              QStringLiteral("--pages"),    QString::number(pages),
                              QStringLiteral("--case"),     QStringLiteral("（2024）苏0602民初77号"),
                              QStringLiteral("--profile"),  profile,
                              QStringLiteral("--out"),      tmp.filePath(QStringLiteral("out")),
                              QStringLiteral("--format"),   QStringLiteral("pdfa"),
                              QStringLiteral("--operator"), QStringLiteral("测试员")},
                             120000);
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = Test::readJson(tmp.filePath(QStringLiteral("out/report.json")));
    const QJsonArray list = report.value(QStringLiteral("pages")).toArray();
    const int expected = pages > 0 ? pages : 10; // the test backend's feeder holds 10 sheets
    QCOMPARE(list.size(), expected);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject p = list.at(i).toObject();
        QCOMPARE(p.value(QStringLiteral("source")).toString(), QStringLiteral("test:0#%1").arg(i + 1));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(p.value(QStringLiteral("colour_mode")).toString(), colourMode);
        QVERIFY2(std::abs(p.value(QStringLiteral("dpi")).toInt() - dpi) <= 2,
                 qPrintable(QString::number(p.value(QStringLiteral("dpi")).toInt())));
        QCOMPARE(p.value(QStringLiteral("case_no")).toString(), QStringLiteral("（2024）苏0602民初77号"));
        QCOMPARE(p.value(QStringLiteral("sha256")).toString().size(), 64);
    }
    // every sheet is its own page in the profile, its master stored; the staging folder is gone
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
    db.setDatabaseName(profile + QStringLiteral("/dossier.sqlite"));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pages WHERE status='done'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), expected);
        QVERIFY(q.exec(QStringLiteral("SELECT sha256, master_format FROM pages")));
        while (q.next()) {
            const QString sha = q.value(0).toString();
            QVERIFY(QFile::exists(profile +
                                  QStringLiteral("/masters/%1/%2.%3").arg(sha.left(2), sha, q.value(1).toString())));
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("scan"));
    QVERIFY(QDir(profile + QStringLiteral("/incoming")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

    // The archive package names the scanner and the operator of every image (DA/T 31) and verifies.
    const QString package = tmp.filePath(QStringLiteral("out/（2024）苏0602民初77号"));
    const QJsonArray images =
        Test::readJson(package + QStringLiteral("/images.json")).value(QStringLiteral("images")).toArray();
    QCOMPARE(images.size(), expected);
    for (const QJsonValue& v : images) {
        const QJsonObject i = v.toObject();
        QVERIFY2(i.value(QStringLiteral("device")).toString().contains(QStringLiteral("test:0")),
                 qPrintable(i.value(QStringLiteral("device")).toString()));
        QVERIFY(i.value(QStringLiteral("device")).toString().size() >
                QStringLiteral("test:0").size() + 3); // vendor, model
        QCOMPARE(i.value(QStringLiteral("operator")).toString(), QStringLiteral("测试员"));
        QCOMPARE(i.value(QStringLiteral("dpi_x")).toInt() / 10, dpi / 10);
    }
    const auto v = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"), {QStringLiteral("verify"), package});
    QVERIFY2(v.exitCode == 0, v.out.constData());
}

void TestCliScan::unknownDevice()
{
    QTemporaryDir tmp;
    const auto r = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                             {QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("nosuch:0"),
                              QStringLiteral("--profile"), tmp.filePath(QStringLiteral("p")), QStringLiteral("--out"),
                              tmp.filePath(QStringLiteral("out"))},
                             60000);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("nosuch:0"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliScan)
#include "testcliscan.moc"
