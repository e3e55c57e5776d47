// Runs the real dossier-cli over the corpus batches and measures the pipeline against manifest.json.
#include "cataloguescore.h"
#include "domain/textutil.h"
#include "searchaccuracy.h"
#include "storage/profile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

// Search on the profile just processed against the batch's ground truth (issue 13): recall and precision of the
// pages listed, for 2-character and longer words, at least 95% over every word.
void checkSearchAccuracy(const QString& profileDir, const QJsonArray& truthPages)
{
    QList<Test::TruthPage> truth;
    for (const QJsonValue& v : truthPages) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("kind")).toString() == QLatin1String("separator"))
            continue;
        QStringList lines;
        for (const QJsonValue& l : t.value(QStringLiteral("text")).toArray())
            lines << l.toString();
        truth.append(
            {t.value(QStringLiteral("file")).toString().section(QLatin1Char('/'), -1), lines.join(QLatin1Char('\n'))});
    }
    const auto profile = Profile::open(profileDir);
    QVERIFY(profile.ok());
    QStringList problems;
    const QList<Test::SearchScore> scores = Test::scoreSearch(*profile, truth, Test::searchWords(truth), &problems);
    for (const Test::SearchScore& s : scores)
        qInfo().noquote() << "search" << Test::describe(s);
    for (const QString& p : std::as_const(problems))
        qInfo().noquote() << "  " << p;
    QVERIFY(scores.last().found > 500); // enough pairs to measure
    QVERIFY2(scores.last().recall() >= 0.95, "search recall below 95%");
    QVERIFY2(scores.last().precision() >= 0.95, "search precision below 95%");
}

} // namespace

class TestPipelineAccuracy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
};

void TestPipelineAccuracy::corpus_data()
{
    QTest::addColumn<QString>("batch");
    QTest::newRow("plain") << QStringLiteral("plain");
    QTest::newRow("hard") << QStringLiteral("hard");
}

void TestPipelineAccuracy::corpus()
{
    QFETCH(QString, batch);
    const QString corpus = Test::corpusDir() + QLatin1Char('/') + batch;
    const QJsonObject manifest = Test::readJson(corpus + QStringLiteral("/manifest.json"));
    QVERIFY2(!manifest.isEmpty(), qPrintable(QStringLiteral("no manifest in ") + corpus));
    const QJsonArray truthPages =
        manifest.value(QStringLiteral("batches")).toArray().at(0).toObject().value(QStringLiteral("pages")).toArray();

    QTemporaryDir tmp;
    const QString batchDir = corpus + QStringLiteral("/batch-01");
    const auto run = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                               {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                                QStringLiteral("2"), QStringLiteral("--profile"), tmp.filePath(QStringLiteral("p")),
                                QStringLiteral("--out"), tmp.filePath(QStringLiteral("out")), batchDir});
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = Test::readJson(tmp.filePath(QStringLiteral("out/report.json")));
    const QJsonArray pages = report.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), truthPages.size());

    int sepOk = 0, sepTotal = 0, sepFalse = 0, assignOk = 0, assignTotal = 0, rotOk = 0, rotTotal = 0;
    int blankHit = 0, blankTotal = 0, contentAsBlank = 0, contentTotal = 0, dpiOk = 0, dpiTotal = 0;
    qint64 edits = 0, chars = 0;
    QStringList problems;
    for (qsizetype i = 0; i < truthPages.size(); ++i) {
        const QJsonObject t = truthPages.at(i).toObject();
        const QJsonObject r = pages.at(i).toObject();
        const QString file = t.value(QStringLiteral("file")).toString();
        QVERIFY2(r.value(QStringLiteral("source")).toString().endsWith(file.section(QLatin1Char('/'), -1)),
                 qPrintable(file));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QString kind = t.value(QStringLiteral("kind")).toString();
        const QString rkind = r.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("separator")) {
            ++sepTotal;
            sepOk += rkind == kind;
            continue;
        }
        sepFalse += rkind == QLatin1String("separator");
        ++assignTotal;
        if (r.value(QStringLiteral("case_no")).toString() == t.value(QStringLiteral("case_no")).toString())
            ++assignOk;
        else
            problems << file + QStringLiteral(": case ") + r.value(QStringLiteral("case_no")).toString();
        if (kind == QLatin1String("blank")) {
            ++blankTotal;
            blankHit += rkind == QLatin1String("blank");
            continue;
        }
        ++contentTotal;
        if (rkind == QLatin1String("blank")) {
            ++contentAsBlank;
            problems << file + QStringLiteral(": content called blank");
        }
        const int rot = t.value(QStringLiteral("rotation")).toInt();
        if (rot != 0)
            ++rotTotal;
        if (r.value(QStringLiteral("rotation")).toInt() == rot)
            rotOk += rot != 0;
        else
            problems << file + QStringLiteral(": rotation %1").arg(r.value(QStringLiteral("rotation")).toInt());
        const bool lowDpi = t.value(QStringLiteral("dpi")).toInt(300) < 200;
        ++dpiTotal;
        if (r.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("low_dpi")) == lowDpi)
            ++dpiOk;
        else
            problems << file + QStringLiteral(": low_dpi flag wrong");
        QString truthText;
        for (const QJsonValue& l : t.value(QStringLiteral("text")).toArray())
            truthText += l.toString();
        const QString a = TextUtil::compareForm(truthText),
                      b = TextUtil::compareForm(r.value(QStringLiteral("text")).toString());
        edits += TextUtil::levenshtein(a, b);
        chars += a.size();
    }
    const double cer = double(edits) / double(std::max<qint64>(1, chars));
    // Document types, boundaries and residual skew, as the generated dossiers are scored (cataloguescore).
    const Test::CatalogueScore score = Test::scoreCatalogue(batch, truthPages, pages);
    problems << score.problems;
    const double f1 = score.f1(), skewRate = score.skewShare(0.3);
    const double blankRecall = blankTotal ? double(blankHit) / blankTotal : 1;
    const double blankFalse = contentTotal ? double(contentAsBlank) / contentTotal : 0;
    const double typeAcc = score.typeAccuracy();
    const QJsonObject stats = report.value(QStringLiteral("stats")).toObject();
    qInfo().noquote()
        << QStringLiteral(
               "%1: separators %2/%3, assignment %4/%5, 180° %6/%7, skew≤0.3° %8%, blank recall %9% (content as blank "
               "%10%), type accuracy %11%, boundary F1 %12, CER %13, low_dpi %14/%15, %16 pages/min, peak %17 MB")
               .arg(batch)
               .arg(sepOk)
               .arg(sepTotal)
               .arg(assignOk)
               .arg(assignTotal)
               .arg(rotOk)
               .arg(rotTotal)
               .arg(skewRate * 100, 0, 'f', 1)
               .arg(blankRecall * 100, 0, 'f', 1)
               .arg(blankFalse * 100, 0, 'f', 1)
               .arg(typeAcc * 100, 0, 'f', 1)
               .arg(f1, 0, 'f', 3)
               .arg(cer, 0, 'f', 4)
               .arg(dpiOk)
               .arg(dpiTotal)
               .arg(stats.value(QStringLiteral("pages_per_minute")).toDouble())
               .arg(run.peakRssKb / 1024);
    for (const QString& p : std::as_const(problems))
        qInfo().noquote() << "  " << p;
    QCOMPARE(sepOk, sepTotal);
    QCOMPARE(sepFalse, 0);
    QCOMPARE(assignOk, assignTotal);
    QCOMPARE(rotOk, rotTotal);
    QVERIFY2(skewRate >= 0.95, "skew within 0.3° on fewer than 95% of pages");
    QVERIFY2(blankRecall >= 0.95, "blank recall below 95%");
    QVERIFY2(blankFalse <= 0.02, "more than 2% of content pages called blank");
    QVERIFY2(typeAcc >= 0.95, "document-type accuracy below 95%");
    QVERIFY2(f1 >= 0.95, "document boundary F1 below 0.95");
    QVERIFY2(cer <= 0.02, "OCR character error rate above 0.02");
    QCOMPARE(dpiOk, dpiTotal);

    // Each dossier's catalogue.json links its 卷内目录 to its images: DA/T 31 names without gaps, one per page.
    for (const QJsonValue& dv : report.value(QStringLiteral("dossiers")).toArray()) {
        const QString caseNo = dv.toObject().value(QStringLiteral("case_no")).toString();
        const QJsonObject catalogue =
            Test::readJson(tmp.filePath(QStringLiteral("out/") + caseNo + QStringLiteral("/catalogue.json")));
        const QJsonArray images = catalogue.value(QStringLiteral("images")).toArray();
        int expected = 0;
        for (const QJsonValue& t : truthPages)
            expected += t.toObject().value(QStringLiteral("case_no")).toString() == caseNo &&
                        t.toObject().value(QStringLiteral("kind")).toString() != QLatin1String("separator");
        QCOMPARE(images.size(), expected);
        for (qsizetype k = 0; k < images.size(); ++k)
            QVERIFY(images.at(k)
                        .toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                        .endsWith(QStringLiteral("-Z-1-%1").arg(k + 1, 4, 10, QLatin1Char('0'))));
        const QJsonArray docs = catalogue.value(QStringLiteral("documents")).toArray();
        QVERIFY(!docs.isEmpty());
        QCOMPARE(docs.first().toObject().value(QStringLiteral("pages")).toArray().at(0).toInt(), 1);
    }

    // Full-text search over the profile finds each dossier's loan note (借条) by a phrase inside it.
    const auto search = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                                  {QStringLiteral("search"), QStringLiteral("--profile"),
                                   tmp.filePath(QStringLiteral("p")), QStringLiteral("今借到")});
    QCOMPARE(search.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    int loanNotes = 0;
    for (const QJsonValue& h : hits)
        loanNotes += h.toObject().value(QStringLiteral("title")).toString() == QStringLiteral("借条");
    QVERIFY2(!hits.isEmpty(), search.out.constData());
    QCOMPARE(loanNotes, int(report.value(QStringLiteral("dossiers")).toArray().size()));
    // One case: its pages only, in reading order, each with its page number and boxes inside the image.
    const QString firstCase = hits.first().toObject().value(QStringLiteral("case_no")).toString();
    const auto inCase = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                                  {QStringLiteral("search"), QStringLiteral("--profile"),
                                   tmp.filePath(QStringLiteral("p")), QStringLiteral("--case"), firstCase,
                                   QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("原告")});
    QCOMPARE(inCase.exitCode, 0);
    const QJsonArray caseHits = QJsonDocument::fromJson(inCase.out).array();
    QCOMPARE(caseHits.size(), 3);
    int lastPage = 0;
    for (const QJsonValue& v : caseHits) {
        const QJsonObject h = v.toObject();
        QCOMPARE(h.value(QStringLiteral("case_no")).toString(), firstCase);
        QVERIFY(h.value(QStringLiteral("page")).toInt() > lastPage);
        lastPage = h.value(QStringLiteral("page")).toInt();
        const QJsonArray size = h.value(QStringLiteral("image_size")).toArray();
        QVERIFY(!h.value(QStringLiteral("boxes")).toArray().isEmpty());
        for (const QJsonValue& b : h.value(QStringLiteral("boxes")).toArray())
            QVERIFY(b[0].toInt() >= 0 && b[1].toInt() >= 0 && b[0].toInt() + b[2].toInt() <= size[0].toInt() &&
                    b[1].toInt() + b[3].toInt() <= size[1].toInt());
        QVERIFY(h.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("原告")));
    }
    const auto unknown =
        Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                  {QStringLiteral("search"), QStringLiteral("--profile"), tmp.filePath(QStringLiteral("p")),
                   QStringLiteral("--case"), QStringLiteral("（2099）京0105民初1号"), QStringLiteral("原告")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("There is no case") && unknown.err.contains("case_unknown"), unknown.err.constData());
    checkSearchAccuracy(tmp.filePath(QStringLiteral("p")), truthPages);
}

QTEST_GUILESS_MAIN(TestPipelineAccuracy)
#include "testpipelineaccuracy.moc"
