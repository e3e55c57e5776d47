// Search and hit boxes on held-out pages (issue 13), through the real pipeline (dossier-cli process).
//
// HELD OUT: these pages are not tuning material. They are made in heldoutpages.cpp, in fonts, layouts and words the
// corpus does not have, to tell whether search holds on dossiers nobody tuned it to. Do not adjust the pipeline, the
// index, the search or the boxes to them; the thresholds below were set once, under the first measurement with a
// margin for other machines, and are not to be raised by working on these pages.
#include "domain/textutil.h"
#include "heldoutpages.h"
#include "imaging/pageanalyzer.h"
#include "searchaccuracy.h"
#include "station/pagesearch.h"
#include "storage/pagerepository.h"
#include "storage/profile.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace Dossier;

namespace {

double iou(const QRectF& a, const QRectF& b)
{
    const QRectF i = a.intersected(b);
    const double inter = i.isEmpty() ? 0 : i.width() * i.height();
    const double uni = a.width() * a.height() + b.width() * b.height() - inter;
    return uni > 0 ? inter / uni : 0;
}

// Where a rectangle of the page as drawn lies on the working (OCR) image: turned as the scan turned it, then as
// PageAnalyzer made the working image — cropped, scaled, turned clockwise by quarters, straightened by a rotation
// about the working image's centre.
QRectF toWorking(const QRectF& r, double scanSkew, const PageTransform& t)
{
    QTransform scan;
    scan.translate(2480 / 2.0, 3508 / 2.0);
    scan.rotate(scanSkew);
    scan.translate(-2480 / 2.0, -3508 / 2.0);
    const QPointF c(t.cleanedSize.width() / 2.0, t.cleanedSize.height() / 2.0);
    QTransform straighten;
    straighten.translate(c.x(), c.y());
    straighten.rotate(-t.skew);
    straighten.translate(-c.x(), -c.y());
    QPolygonF corners = scan.map(QPolygonF(r));
    for (QPointF& p : corners) {
        p = (p - QPointF(t.crop.topLeft())) * t.scale;
        QSizeF size = QSizeF(t.crop.size()) * t.scale;
        for (int q = 0; q < t.quarterTurns; ++q) { // clockwise: (x, y) → (height − y, x)
            p = QPointF(size.height() - p.y(), p.x());
            size.transpose();
        }
        p = straighten.map(p);
    }
    return corners.boundingRect();
}

// The true boxes of `word` on one page: its occurrences within one line (those across a line break are left out
// of the box measure: a single rectangle cannot be compared), the ink of their characters joined.
QList<QRectF> trueBoxes(const Test::HeldOutPage& page, const QString& word)
{
    const QList<char32_t> n = TextUtil::fold(word).chars;
    QList<QRectF> boxes;
    for (const Test::DrawnLine& line : page.lines) {
        const TextUtil::Folded f = TextUtil::fold(line.text);
        for (auto it = f.chars.cbegin(); (it = std::search(it, f.chars.cend(), n.cbegin(), n.cend())) != f.chars.cend();
             it += n.size()) {
            QRectF ink;
            for (qsizetype k = it - f.chars.cbegin(), end = k + n.size(); k < end; ++k)
                ink = ink.united(line.chars.at(f.at.at(k)).ink);
            boxes << ink;
        }
    }
    return boxes;
}

struct BoxScore
{
    int occurrences = 0, boxed = 0, good = 0; // good: IoU ≥ 0.5
    double iouSum = 0, shiftSum = 0;          // shift: box centre right of the truth's, in character heights
};

} // namespace

class TestSearchHeldOut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchAccuracy();
    void boxAccuracy();
    void totalsCountCataloguedPagesOnly();

private:
    QList<QPair<QString, QStringList>> allWords() const;

    QTemporaryDir m_tmp;
    QList<Test::HeldOutPage> m_pages;
    QList<Test::TruthPage> m_truth;
};

void TestSearchHeldOut::initTestCase()
{
    if (qEnvironmentVariableIsSet("DOSSIER_HELDOUT_KEEP")) { // to look at the pages and what was read
        m_tmp.setAutoRemove(false);
        qInfo().noquote() << "held-out pages kept in" << m_tmp.path();
    }
    QString why;
    QElapsedTimer clock;
    clock.start();
    m_pages = Test::heldOutPages(&why);
    QVERIFY2(!m_pages.isEmpty(), qPrintable(why));
    const qint64 rendered = clock.restart();
    // The feed: the first page once more, before any separator sheet (a loose page: in no case, never listed nor
    // counted), a corpus separator sheet (to put the pages in a case: search lists catalogued pages), the pages.
    const QString feed = m_tmp.filePath(QStringLiteral("feed"));
    QVERIFY(QDir().mkpath(feed));
    QImage again = m_pages.front().scan.copy();
    again.fill(QColor(200, 200, 200)); // not the same image (the store would take it for the same page)
    QPainter(&again).drawImage(0, 0, m_pages.front().scan, 0, 0, -1, again.height() - 40);
    QVERIFY(again.save(feed + QStringLiteral("/0000.jpg"), "JPEG", 85));
    QVERIFY(QFile::copy(Test::corpusDir() + QStringLiteral("/plain/batch-01/0001.jpg"),
                        feed + QStringLiteral("/0001.jpg")));
    for (const Test::HeldOutPage& p : std::as_const(m_pages)) {
        QVERIFY(p.scan.save(feed + QLatin1Char('/') + p.file, "JPEG", 85));
        m_truth.append({p.file, p.text()});
    }
    const auto run = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                               {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                                QStringLiteral("2"), QStringLiteral("--profile"), m_tmp.filePath(QStringLiteral("p")),
                                QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("out")), feed});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    qInfo().noquote() << QStringLiteral("%1 pages rendered in %2 s, processed in %3 s")
                             .arg(m_pages.size())
                             .arg(double(rendered) / 1000, 0, 'f', 1)
                             .arg(double(clock.elapsed()) / 1000, 0, 'f', 1);
    const QJsonArray pages =
        Test::readJson(m_tmp.filePath(QStringLiteral("out/report.json"))).value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), m_pages.size() + 2);
    QVERIFY(pages.at(0).toObject().value(QStringLiteral("document")).isNull()); // the loose page
    for (qsizetype i = 2; i < pages.size(); ++i) { // each page read, and in a document of the case
        const QJsonObject r = pages.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY2(r.value(QStringLiteral("document")).isDouble(), qPrintable(m_pages.at(i - 2).file));
        qInfo().noquote() << QStringLiteral("%1 (%2, %3): skew %4° (scanned at %5°), CER %6")
                                 .arg(m_pages.at(i - 2).file, m_pages.at(i - 2).font, m_pages.at(i - 2).layout)
                                 .arg(r.value(QStringLiteral("skew")).toDouble(), 0, 'f', 2)
                                 .arg(m_pages.at(i - 2).skewDeg)
                                 .arg(double(TextUtil::levenshtein(
                                          TextUtil::compareForm(m_truth.at(i - 2).text),
                                          TextUtil::compareForm(r.value(QStringLiteral("text")).toString()))) /
                                          double(TextUtil::compareForm(m_truth.at(i - 2).text).size()),
                                      0, 'f', 3);
    }
}

QList<QPair<QString, QStringList>> TestSearchHeldOut::allWords() const
{
    QList<QPair<QString, QStringList>> words = Test::heldOutWords();
    // The corpus test's general classes, sampled from these pages' truth (its name and number classes follow
    // the corpus's wording; the held-out classes above replace them).
    for (const auto& c : Test::searchWords(m_truth))
        if (c.first == QLatin1String("2 characters") || c.first == QLatin1String("legal words") ||
            c.first == QLatin1String("phrases"))
            words << c;
    return words;
}

void TestSearchHeldOut::searchAccuracy()
{
    const Profile profile = Test::openProfile(m_tmp.filePath(QStringLiteral("p")));
    QStringList problems;
    const QList<Test::SearchScore> scores = Test::scoreSearch(profile, m_truth, allWords(), &problems);
    for (const Test::SearchScore& s : scores)
        qInfo().noquote() << "held-out search" << Test::describe(s);
    for (const QString& p : std::as_const(problems))
        qInfo().noquote() << "  " << p;
    QVERIFY(scores.last().found > 150); // enough (word, page) pairs to measure
    QHash<QString, Test::SearchScore> by;
    for (const Test::SearchScore& s : scores)
        by.insert(s.kind, s);
    // Set once from the first measurement (see the top of the file), a margin below it. Measured on the twelve pages:
    // all 92.6% recall (names 63.6%: 仉, 禤, 郗, 靳, 皇甫 misread; IDs and phones 100%; amounts 80%; latin 81.8%),
    // precision 100%.
    QVERIFY2(by.value(QStringLiteral("all")).recall() >= 0.85, "held-out recall below 85%");
    QVERIFY2(by.value(QStringLiteral("all")).precision() >= 0.95, "held-out precision below 95%");
    for (const auto& [kind, least] : {std::pair{QStringLiteral("ID numbers"), 0.9},
                                      {QStringLiteral("phones"), 0.9},
                                      {QStringLiteral("amounts"), 0.6},
                                      {QStringLiteral("latin"), 0.6},
                                      {QStringLiteral("names"), 0.5}})
        QVERIFY2(by.value(kind).recall() >= least,
                 qPrintable(QStringLiteral("%1: recall below %2%").arg(kind).arg(least * 100)));
}

void TestSearchHeldOut::boxAccuracy()
{
    const Profile profile = Test::openProfile(m_tmp.filePath(QStringLiteral("p")));
    PageRepository pages(profile.database());
    BoxScore score;
    QSet<QString> turned; // pages the pipeline turned by a quarter (wrongly: they were fed upright)
    for (const auto& [kind, words] : allWords())
        for (const QString& w : words) {
            const auto found = searchPages(profile, {w, QString(), 0, 1000});
            QVERIFY_RESULT(found);
            for (const SearchHit& h : found->hits) {
                const auto page = std::find_if(m_pages.cbegin(), m_pages.cend(), [&](const Test::HeldOutPage& p) {
                    return h.source.endsWith(QLatin1Char('/') + p.file);
                });
                if (page == m_pages.cend()) // the separator sheet
                    continue;
                const auto row = pages.read(h.pageId);
                QVERIFY_RESULT(row);
                const PageTransform t = PageTransform::fromJson(row->transform);
                if (t.quarterTurns != 0)
                    turned.insert(page->file);
                for (const QRectF& truth : trueBoxes(*page, w)) {
                    const QRectF want = toWorking(truth, page->skewDeg, t);
                    ++score.occurrences;
                    QRectF best;
                    for (const QRect& r : h.boxes())
                        if (iou(r, want) > iou(best, want))
                            best = r;
                    if (best.isEmpty()) // misread here: no box to measure
                        continue;
                    ++score.boxed;
                    score.iouSum += iou(best, want);
                    score.good += iou(best, want) >= 0.5;
                    score.shiftSum += (best.center().x() - want.center().x()) / want.height();
                }
            }
        }
    const double mean = score.iouSum / std::max(1, score.boxed);
    qInfo().noquote() << QStringLiteral("held-out boxes: %1 occurrences on pages found, %2 boxed; mean IoU %3, IoU ≥ "
                                        "0.5 for %4%, mean shift %5 character heights to the right")
                             .arg(score.occurrences)
                             .arg(score.boxed)
                             .arg(mean, 0, 'f', 3)
                             .arg(100.0 * score.good / std::max(1, score.boxed), 0, 'f', 1)
                             .arg(score.shiftSum / std::max(1, score.boxed), 0, 'f', 3);
    if (!turned.isEmpty())
        qInfo().noquote() << "  turned by a quarter (fed upright):" << QStringList(turned.cbegin(), turned.cend());
    // Measured on the twelve pages: mean IoU 0.637 with sub-boxes of Tesseract's word boxes in proportion to the
    // characters (0.634 weighed by advance; IoU < 0.5 for 30%; centres a third of a character right of the ink),
    // 0.793 with runs of words set by advance (IoU < 0.5 for 8%, centres 0.04 of a character right).
    QVERIFY(score.boxed > 100);
    QVERIFY2(mean >= 0.72, "hit boxes: mean IoU with the true character boxes below 0.72");
    QVERIFY2(score.good >= 0.85 * score.boxed, "hit boxes: IoU below 0.5 for more than 15% of them");
}

// The totals (N of "N/M") are the pages listed and the occurrences outlined on them, the loose page (the first page
// again, before the separator) neither listed nor counted: words over every case (a 2-character word is one term
// of the index, counted from the index's own entry), a phrase, one case.
void TestSearchHeldOut::totalsCountCataloguedPagesOnly()
{
    const Profile profile = Test::openProfile(m_tmp.filePath(QStringLiteral("p")));
    const QString caseNo = QStringLiteral("（2024）苏0602民初8411号"); // the corpus separator's
    for (const auto& [word, inCase] : {std::pair{QStringLiteral("原告"), QString()},
                                       {QStringLiteral("被告"), QString()},
                                       {QStringLiteral("借款"), QString()},
                                       {QStringLiteral("人民法院"), QString()},
                                       {QStringLiteral("原告"), caseNo},
                                       {QStringLiteral("公民身份号码"), caseNo}}) {
        const auto found = searchPages(profile, {word, inCase, 0, 1000});
        QVERIFY_RESULT(found);
        qint64 occurrences = 0;
        for (const SearchHit& h : found->hits) {
            QVERIFY2(!h.source.endsWith(QStringLiteral("/0000.jpg")), qPrintable(word)); // the loose page
            occurrences += h.occurrences.size();
        }
        QVERIFY2(found->totalPages > 1, qPrintable(word));
        QCOMPARE(found->totalPages, int(found->hits.size()));
        QCOMPARE(found->totalOccurrences, occurrences);
    }
}

QTEST_MAIN(TestSearchHeldOut)
#include "testsearchheldout.moc"
