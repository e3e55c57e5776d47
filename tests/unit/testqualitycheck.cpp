// DA/T 31 §12 acceptance on a real profile database: automatic checks name the failing pages, the sample is
// ≥ 5% of the documents and reproducible, and a dossier is ready only when a second person confirmed it.
#include "archive/volume.h"
#include "mockclock.h"
#include "pipeline/batchrunner.h"
#include "station/qualitycheck.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class TestQualityCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Profile m_profile;
    QList<qint64> m_pages;

    QSqlDatabase db() const { return m_profile.database(); }

    // `documents` documents of one content page each; page 2 is at 150 dpi, page 3 has a seal but is grey.
    void makeVolume(int documents)
    {
        auto opened = Profile::open(m_tmp.filePath(QStringLiteral("p%1").arg(documents)));
        QVERIFY(opened.ok());
        m_profile = *opened;
        auto q = [this](const QString& sql, const QVariantList& b = {}) {
            auto r = execSql(db(), sql, b);
            return r ? r->lastInsertId().toLongLong() : -1;
        };
        const qint64 c =
            q(QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES('（2024）苏0602民初9号', 'now')"));
        const qint64 d =
            q(QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) VALUES(?, 'D9', "
                             "'civil-first-instance-main', 'now')"),
              {c});
        const qint64 v = q(QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1)"), {d});
        m_pages.clear();
        for (int k = 0; k < documents; ++k) {
            const qint64 doc =
                q(QStringLiteral(
                      "INSERT INTO documents(volume_id, position, doc_type, title) VALUES(?,?,'evidence','证据')"),
                  {v, k});
            const int dpi = k == 1 ? 150 : 300;
            const QString flags = k == 1   ? QStringLiteral("[\"low_dpi\"]")
                                  : k == 2 ? QStringLiteral("[\"colour_required\"]")
                                           : QStringLiteral("[]");
            m_pages << q(
                QStringLiteral(
                    "INSERT INTO pages(source_key, source, feed_index, status, kind, document_id, position, dpi, "
                    "flags, colour_mode, sha256, master_format, created_at) "
                    "VALUES(?,?,?,'done','content',?,0,?,?,'grey','00','jpg','now')"),
                {QStringLiteral("k%1").arg(k), QStringLiteral("s%1").arg(k), k, doc, dpi, flags});
        }
    }

    Volume volume()
    {
        auto v = Volume::load(m_profile, QStringLiteral("（2024）苏0602民初9号"), QStringLiteral("D9"));
        return v ? *v : Volume();
    }

private Q_SLOTS:
    void automaticChecksNameTheFailingPages()
    {
        makeVolume(20);
        const auto checks = QualityCheck::automaticChecks(volume(), m_profile);
        QHash<QString, QualityCheck::Check> byCode;
        for (const auto& c : checks)
            byCode.insert(c.code, c);
        QVERIFY(!byCode.value(QStringLiteral("dpi")).passed);
        QCOMPARE(byCode.value(QStringLiteral("dpi")).problems.size(), 1);
        QVERIFY(byCode.value(QStringLiteral("dpi")).problems.first().contains(QStringLiteral("150")));
        QVERIFY(!byCode.value(QStringLiteral("colour")).passed);
        QVERIFY(byCode.value(QStringLiteral("skew")).passed);
        QVERIFY(byCode.value(QStringLiteral("catalogue")).passed);
        QVERIFY(byCode.value(QStringLiteral("errors")).passed);
    }

    void sampleIsFivePercentAndReproducible()
    {
        makeVolume(20);
        const Volume v20 = volume();
        QCOMPARE(QualityCheck::sample(v20, 7).size(), 1);
        makeVolume(41);
        const Volume v41 = volume();
        const QList<int> a = QualityCheck::sample(v41, 7);
        QCOMPARE(a.size(), 3); // ⌈41 × 5%⌉
        QCOMPARE(QualityCheck::sample(v41, 7), a);
        bool differs = false;
        for (quint32 seed = 8; seed < 20 && !differs; ++seed)
            differs = QualityCheck::sample(v41, seed) != a;
        QVERIFY(differs);
        for (int k : a)
            QVERIFY(k >= 0 && k < 41);
    }

    void readyOnlyAfterASecondPersonConfirms()
    {
        makeVolume(20);
        Volume v = volume();
        const QList<int> sampled = QualityCheck::sample(v, 1);
        QStringList why;
        QVERIFY(!QualityCheck::readyToSubmit(m_profile, v, sampled, QStringLiteral("clerk"), &why));
        QVERIFY(why.size() >= 3); // dpi, colour, the unchecked sample
        // The clerk rescans in colour at 300 dpi (here: the flags are cleared), then checks the sample himself.
        QVERIFY(execSql(db(), QStringLiteral("UPDATE pages SET flags='[]', dpi=300")).ok());
        v = volume();
        const qint64 doc = v.documents.at(sampled.first()).id;
        QVERIFY(!QualityCheck::recordReview(m_profile, v, {doc, QString(), true, {}}).ok()); // who checked?
        QVERIFY(QualityCheck::recordReview(m_profile, v, {doc, QStringLiteral("clerk"), true, {}}).ok());
        QVERIFY(!QualityCheck::readyToSubmit(m_profile, v, sampled, QStringLiteral("clerk"), &why));
        QCOMPARE(why.size(), 1); // checked by the one who scanned it
        QVERIFY(QualityCheck::recordReview(m_profile, v,
                                           {doc, QStringLiteral("checker"), false, QStringLiteral("第2页缺失")})
                    .ok());
        QVERIFY(!QualityCheck::readyToSubmit(m_profile, v, sampled, QStringLiteral("clerk"), &why));
        QVERIFY(why.first().contains(QStringLiteral("第2页缺失")));
        QVERIFY(QualityCheck::recordReview(m_profile, v, {doc, QStringLiteral("checker"), true, {}}).ok());
        QVERIFY2(QualityCheck::readyToSubmit(m_profile, v, sampled, QStringLiteral("clerk"), &why),
                 qPrintable(why.join(QLatin1Char('\n'))));
        QCOMPARE(QualityCheck::reviews(m_profile, v)->size(), 3);
    }

    // Submission is stamped with the desk's clock, which a test sets (the 中间库's deadlines will count from it).
    void submissionIsStampedByTheDesksClock()
    {
        makeVolume(2);
        const Volume v = volume();
        const QDateTime when(QDate(2026, 10, 8), QTime(9, 30), Qt::UTC);
        {
            Test::MockClock clock(when);
            QCOMPARE(Clock::today(), when.toLocalTime().date());
            QVERIFY_RESULT(QualityCheck::markSubmitted(m_profile, v, QStringLiteral("checker")));
            clock.advanceDays(3);
            QCOMPARE(Clock::currentDateTimeUtc(), when.addDays(3));
        }
        QCOMPARE(QualityCheck::submittedAt(m_profile, v), when.toString(Qt::ISODateWithMs));
        QVERIFY(qAbs(Clock::currentDateTimeUtc().secsTo(QDateTime::currentDateTimeUtc())) <
                60); // the system clock again
        auto q = execSql(db(), QStringLiteral("SELECT at FROM audit_log WHERE action='submit'"));
        QVERIFY_RESULT(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), when.toString(Qt::ISODateWithMs));
    }
};

QTEST_MAIN(TestQualityCheck)
#include "testqualitycheck.moc"
