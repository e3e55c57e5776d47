// Templates as the court's data, end to end through the real dossier-server on loopback (issue 15). A clerk's
// desk catalogues a dossier whose pages include 副卷 documents (合议庭评议笔录, 审理报告, rendered here) into both
// volumes; the export makes two packages (the 副卷's without access or anonymised copies). An administrator's
// version that would orphan catalogued documents is refused; one with a rename and a split is published, reaches
// the clerk's desk through sync and rewrites its catalogue as its migration says (audited), keeping the type the
// clerk chose by hand; the reading desks get the rewritten records. A party's desk receives neither the 副卷's
// records nor its images. A staged release reaches only the account named; a rollback reaches everyone.
#include "serverprocess.h"
#include "station/catalogueeditor.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QDir>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

const QString kCase = QStringLiteral("（2026）苏0602民初9201号");
const QString kTemplate = QStringLiteral("civil-first-instance");

// A page of a 副卷 document as a printer makes it, 300 dpi A4: a centred title in larger type, then body lines.
void renderPage(const QString& path, const QString& title, const QStringList& body)
{
    QImage img(2480, 3508, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter p(&img);
    QFont f(QStringLiteral("Noto Serif CJK SC"));
    f.setPixelSize(110);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRect(0, 300, 2480, 180), Qt::AlignHCenter | Qt::AlignVCenter, title);
    f.setPixelSize(58);
    p.setFont(f);
    int y = 620;
    for (const QString& line : body) {
        p.drawText(QRect(300, y, 1900, 90), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 110;
    }
    p.end();
    img.save(path);
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestTemplateSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    QString desk(const QString& name) const { return m_tmp.filePath(name); }

    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return Test::run(Test::binDir() + QStringLiteral("/dossier-cli"), args, input);
    }
    // dossier-cli template SUB --profile ADM ARGS…
    Test::ProcessResult admin(const QString& sub, const QStringList& args)
    {
        return cli(
            QStringList{QStringLiteral("template"), sub, QStringLiteral("--profile"), desk(QStringLiteral("ADM"))} +
            args);
    }

    Result<SyncSummary> syncAs(const QString& prof, const QString& user)
    {
        return Test::syncAs(m_url, prof, user, QStringLiteral("pw-") + user);
    }

    QStringList column(const QString& prof, const QString& sql)
    {
        QStringList out;
        auto q = execSql(Test::openProfile(prof).database(), sql);
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }
    // "volume:type" of every document, in catalogue order.
    QStringList catalogue(const QString& prof)
    {
        return column(prof, QStringLiteral("SELECT v.kind || ':' || d.doc_type FROM documents d JOIN volumes v ON "
                                           "v.id = d.volume_id ORDER BY v.kind, d.position"));
    }

    // Version 2 of the shipped civil template: hearing_record renamed trial_record; defence split into defence
    // and defence_opinion (答辩意见书) by the document's title.
    QJsonObject version2(bool withSteps)
    {
        QFile f(QStringLiteral(":/dossier/templates/civil-first-instance.json"));
        Q_INIT_RESOURCE(resources);
        const bool opened = f.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        QJsonObject t = QJsonDocument::fromJson(f.readAll()).object();
        t.insert(QStringLiteral("version"), 2);
        QJsonArray items;
        for (const QJsonValue& v : t.value(QStringLiteral("items")).toArray()) {
            QJsonObject it = v.toObject();
            const QString code = it.value(QStringLiteral("code")).toString();
            if (code == QLatin1String("hearing_record"))
                it.insert(QStringLiteral("code"), QStringLiteral("trial_record"));
            items.append(it);
            if (code == QLatin1String("defence"))
                items.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("defence_opinion")},
                                         {QStringLiteral("name"), QStringLiteral("答辩意见书")},
                                         {QStringLiteral("titles"), QJsonArray{QStringLiteral("答辩意见书")}}});
        }
        t.insert(QStringLiteral("items"), items);
        if (withSteps)
            t.insert(
                QStringLiteral("migrations"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("from_version"), 1},
                    {QStringLiteral("to_version"), 2},
                    {QStringLiteral("steps"),
                     QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("rename")},
                                            {QStringLiteral("from"), QJsonArray{QStringLiteral("hearing_record")}},
                                            {QStringLiteral("to"), QJsonArray{QStringLiteral("trial_record")}}},
                                QJsonObject{{QStringLiteral("op"), QStringLiteral("split")},
                                            {QStringLiteral("from"), QJsonArray{QStringLiteral("defence")}},
                                            {QStringLiteral("to"), QJsonArray{QStringLiteral("defence"),
                                                                              QStringLiteral("defence_opinion")}}}}}}});
        return t;
    }
    QString write(const QString& name, const QJsonObject& o)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase();
    void catalogueIntoBothVolumes();
    void exportTwoPackages();
    void refusedThenPublished();
    void migrationReachesTheClerk();
    void partySeesNoSecondary();
    void stagedReleaseAndRollback();
};

void TestTemplateSync::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString data = m_tmp.filePath(QStringLiteral("server"));
    for (const auto& [name, role, scope] :
         {std::tuple{"clerkC", "archive_clerk", "苏0602"}, std::tuple{"clerkD", "archive_clerk", "苏0602"},
          std::tuple{"judgeJ", "judge", ""}, std::tuple{"partyP", "party", ""},
          std::tuple{"admin", "archive_admin", ""}}) {
        const QString why =
            Test::ServerProcess::addUser(data, QString::fromUtf8(name), QString::fromUtf8(role),
                                         QStringLiteral("pw-") + QString::fromUtf8(name), QString::fromUtf8(scope));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    const QString why = m_server.start({data, {}, 0, {}, {}});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_url = m_server.url();
    auto login = cli({QStringLiteral("login"), QStringLiteral("--profile"), desk(QStringLiteral("ADM")),
                      QStringLiteral("--server"), m_url, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--password-stdin")},
                     "pw-admin\n");
    QVERIFY2(login.exitCode == 0, login.err.constData());
    for (const auto& [user, relation] : {std::pair{"judgeJ", "judge"}, std::pair{"partyP", "party"}}) {
        auto added =
            cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--profile"),
                 desk(QStringLiteral("ADM")), QStringLiteral("--case"), kCase, QStringLiteral("--user"),
                 QString::fromUtf8(user), QStringLiteral("--relation"), QString::fromUtf8(relation)});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
}

// Three 正卷 pages of the corpus and two 副卷 pages: cataloguing routes each document to its volume.
void TestTemplateSync::catalogueIntoBothVolumes()
{
    const QString batch = m_tmp.filePath(QStringLiteral("batch"));
    QVERIFY(QDir().mkpath(batch));
    const QString corpus = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
    QStringList inputs;
    for (const char* f : {"0002.jpg", "0006.jpg", "0014.tif"})
        inputs << corpus + QLatin1String(f);
    renderPage(batch + QStringLiteral("/f1.png"), QStringLiteral("合议庭评议笔录"),
               {QStringLiteral("时间：二〇二六年三月五日"), QStringLiteral("地点：本院第三评议室"),
                QStringLiteral("合议庭成员：审判长刘明，审判员周红、吴军"),
                QStringLiteral("评议意见：原告的诉讼请求有事实依据，应予支持。")});
    renderPage(batch + QStringLiteral("/f2.png"), QStringLiteral("案件审理报告"),
               {QStringLiteral("一、案件由来及审理经过"), QStringLiteral("原告诉被告民间借贷纠纷一案，本院立案受理。"),
                QStringLiteral("二、承办人意见"), QStringLiteral("建议判决被告偿还借款本金及利息。")});
    inputs << batch + QStringLiteral("/f1.png") << batch + QStringLiteral("/f2.png");
    const auto run = cli(QStringList{QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--profile"),
                                     desk(QStringLiteral("C")), QStringLiteral("--case"), kCase,
                                     QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("out"))} +
                         inputs);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(catalogue(desk(QStringLiteral("C"))),
             (QStringList{QStringLiteral("main:complaint"), QStringLiteral("main:defence"),
                          QStringLiteral("main:hearing_record"), QStringLiteral("secondary:deliberation_record"),
                          QStringLiteral("secondary:trial_report")}));
    const QJsonObject report = readJson(m_tmp.filePath(QStringLiteral("out/report.json")));
    const QJsonArray docs = report[QStringLiteral("dossiers")][0][QStringLiteral("documents")].toArray();
    QCOMPARE(docs.last()[QStringLiteral("volume")].toString(), QStringLiteral("secondary"));
    // Pages are numbered in each volume: the 副卷 starts again at 1.
    QCOMPARE(docs.at(3)[QStringLiteral("pages")].toArray(), (QJsonArray{1, 1}));
    QCOMPARE(docs.at(4)[QStringLiteral("pages")].toArray(), (QJsonArray{2, 2}));
    QVERIFY_RESULT(syncAs(desk(QStringLiteral("C")), QStringLiteral("clerkC")));
}

// Each volume is a package of its own: the 副卷's files are …-F-1, with no access or anonymised copy; both verify.
void TestTemplateSync::exportTwoPackages()
{
    const QString out = m_tmp.filePath(QStringLiteral("export"));
    const auto run =
        cli({QStringLiteral("export"), QStringLiteral("--profile"), desk(QStringLiteral("C")), QStringLiteral("--case"),
             kCase, QStringLiteral("--out"), out, QStringLiteral("--access-copy")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList packages = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(packages.size(), 2);
    const QString secondary = packages.filter(QStringLiteral("-F")).value(0);
    QVERIFY2(!secondary.isEmpty(), qPrintable(packages.join(QLatin1Char(' '))));
    const QStringList files = QDir(out + QLatin1Char('/') + secondary).entryList(QDir::Files);
    QVERIFY2(!files.filter(QStringLiteral("-F-1.pdf")).isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    QVERIFY(!files.filter(QStringLiteral("-F-1.ofd")).isEmpty());
    QVERIFY(files.filter(QStringLiteral("access")).isEmpty());
    const QString main = packages.value(packages.indexOf(secondary) == 0 ? 1 : 0);
    QVERIFY(!QDir(out + QLatin1Char('/') + main).entryList(QDir::Files).filter(QStringLiteral("access")).isEmpty());
    for (const QString& pkg : packages) {
        const auto v = cli({QStringLiteral("verify"), out + QLatin1Char('/') + pkg});
        QVERIFY2(v.exitCode == 0, v.out.constData());
    }
    // The 副卷's PDF says so on its cover.
    const auto text = Test::run(QStringLiteral("pdftotext"), {out + QLatin1Char('/') + secondary + QLatin1Char('/') +
                                                                  files.filter(QStringLiteral("-F-1.pdf")).first(),
                                                              QStringLiteral("-")});
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("副")));
}

// A version that drops hearing_record without saying where its documents go is refused, with the reason; the
// same with a rename and a split is published.
void TestTemplateSync::refusedThenPublished()
{
    const QString bad = write(QStringLiteral("bad.json"), version2(false));
    const auto validate = admin(QStringLiteral("validate"), {bad});
    QCOMPARE(validate.exitCode, 1);
    QVERIFY2(validate.err.contains("hearing_record"), validate.err.constData());
    // Past the desk's own check (a desk that does not hold version 1 would not know): the server refuses it too.
    const auto refused = admin(QStringLiteral("publish"), {bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("hearing_record"), refused.err.constData());

    const QString good = write(QStringLiteral("good.json"), version2(true));
    const auto diff = admin(QStringLiteral("diff"), {good});
    QCOMPARE(diff.exitCode, 0);
    QVERIFY2(diff.out.contains("defence_opinion") && diff.out.contains("rename hearing_record"), diff.out.constData());
    const auto impact = admin(QStringLiteral("impact"), {good});
    QVERIFY2(impact.exitCode == 0, impact.err.constData());
    const QJsonObject figures = QJsonDocument::fromJson(impact.out).object();
    QCOMPARE(figures[QStringLiteral("dossiers")].toInt(), 1);
    QCOMPARE(figures[QStringLiteral("documents")].toInt(), 5);
    QCOMPARE(figures[QStringLiteral("documents_changed")].toInt(), 1); // hearing_record (defence stays by title)
    QCOMPARE(figures[QStringLiteral("desks")].toInt(), 1);
    const auto published = admin(QStringLiteral("publish"), {good});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    // A version once published never changes, and versions increase.
    QCOMPARE(admin(QStringLiteral("publish"), {good}).exitCode, 1);
}

void TestTemplateSync::migrationReachesTheClerk()
{
    const QString c = desk(QStringLiteral("C"));
    // The clerk retitles the defence by hand, as 答辩意见书, keeping its type: the split would take it by its title.
    Profile profile = Test::openProfile(c);
    const QString dossierId = column(c, QStringLiteral("SELECT external_id FROM dossiers")).value(0);
    auto volume = CatalogueEditor::volumeOf(profile, kCase, dossierId);
    QVERIFY_RESULT(volume);
    CatalogueEditor editor(profile, *volume, QStringLiteral("clerkC"));
    auto state = editor.load();
    QVERIFY_RESULT(state);
    QVERIFY_RESULT(editor.setType(state->documents.at(1).id, QStringLiteral("defence"), QStringLiteral("答辩意见书")));

    auto s = syncAs(c, QStringLiteral("clerkC"));
    QVERIFY_RESULT(s);
    QCOMPARE(s->migrated, 1);
    QCOMPARE(catalogue(c),
             (QStringList{QStringLiteral("main:complaint"), QStringLiteral("main:defence"),
                          QStringLiteral("main:trial_record"), QStringLiteral("secondary:deliberation_record"),
                          QStringLiteral("secondary:trial_report")}));
    QVERIFY2(s->templateNotes.join(QLatin1Char('\n')).contains(QLatin1Char('1')),
             qPrintable(s->templateNotes.join(QLatin1Char('\n'))));
    QCOMPARE(column(c, QStringLiteral("SELECT template_id || '@' || template_version FROM dossiers")),
             QStringList{QStringLiteral("civil-first-instance@2")});
    // Audited: the rename, and the clerk's choice kept.
    const QStringList audit = column(c, QStringLiteral("SELECT details FROM audit_log WHERE action='template "
                                                       "migration' ORDER BY id"));
    QCOMPARE(audit.size(), 2);
    QVERIFY(audit.join(QLatin1Char('\n')).contains(QStringLiteral("\"to\":\"trial_record\"")));
    QVERIFY(audit.join(QLatin1Char('\n')).contains(QStringLiteral("\"kept\":true")));
    // The judge's desk reads the rewritten catalogue from the server.
    QVERIFY_RESULT(syncAs(desk(QStringLiteral("J")), QStringLiteral("judgeJ")));
    QCOMPARE(catalogue(desk(QStringLiteral("J"))), catalogue(c));
    QCOMPARE(column(desk(QStringLiteral("J")), QStringLiteral("SELECT count(*) FROM audit_log WHERE action='template "
                                                              "migration'")),
             QStringList{QStringLiteral("0")}); // a reading desk carries nothing itself
}

// The party's desk gets the 正卷 and nothing of the 副卷: no record, no image.
void TestTemplateSync::partySeesNoSecondary()
{
    const QString p = desk(QStringLiteral("P"));
    QVERIFY_RESULT(syncAs(p, QStringLiteral("partyP")));
    QCOMPARE(catalogue(p), (QStringList{QStringLiteral("main:complaint"), QStringLiteral("main:defence"),
                                        QStringLiteral("main:trial_record")}));
    const QStringList secondaryImages =
        column(desk(QStringLiteral("C")), QStringLiteral("SELECT p.sha256 FROM pages p JOIN documents d ON d.id = "
                                                         "p.document_id JOIN volumes v ON v.id = d.volume_id WHERE "
                                                         "v.kind = 'secondary'"));
    QCOMPARE(secondaryImages.size(), 2);
    const Profile party = Test::openProfile(p);
    for (const QString& sha : secondaryImages) {
        QVERIFY2(!QFile::exists(party.masters().pathFor(sha, QStringLiteral("png"))), qPrintable(sha));
        QCOMPARE(column(p, QStringLiteral("SELECT count(*) FROM pages WHERE sha256='%1'").arg(sha)),
                 QStringList{QStringLiteral("0")});
    }
    QCOMPARE(column(p, QStringLiteral("SELECT count(*) FROM pages")), QStringList{QStringLiteral("3")});
}

// Version 3 released to clerkD first: clerkC keeps version 2; then a rollback to 2 for everyone.
void TestTemplateSync::stagedReleaseAndRollback()
{
    QJsonObject v3 = version2(true);
    v3.insert(QStringLiteral("version"), 3);
    QJsonArray items = v3.value(QStringLiteral("items")).toArray();
    items.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("hearing_notes")},
                             {QStringLiteral("name"), QStringLiteral("庭前会议笔录")},
                             {QStringLiteral("titles"), QJsonArray{QStringLiteral("庭前会议笔录")}}});
    v3.insert(QStringLiteral("items"), items);
    const auto published = admin(QStringLiteral("publish"), {write(QStringLiteral("v3.json"), v3),
                                                             QStringLiteral("--accounts"), QStringLiteral("clerkD")});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    const auto versionAt = [&](const QString& prof, const QString& user) {
        if (!syncAs(prof, user))
            return -1;
        const auto list = cli({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--profile"), prof});
        for (const QJsonValue& t : QJsonDocument::fromJson(list.out).array())
            if (t[QStringLiteral("id")].toString() == kTemplate)
                return t[QStringLiteral("version")].toInt();
        return 0;
    };
    QCOMPARE(versionAt(desk(QStringLiteral("D")), QStringLiteral("clerkD")), 3);
    QCOMPARE(versionAt(desk(QStringLiteral("C")), QStringLiteral("clerkC")), 2);
    const auto rolled = admin(QStringLiteral("rollback"), {kTemplate, QStringLiteral("--to"), QStringLiteral("2")});
    QVERIFY2(rolled.exitCode == 0, rolled.err.constData());
    QCOMPARE(versionAt(desk(QStringLiteral("D")), QStringLiteral("clerkD")), 2);
    QCOMPARE(versionAt(desk(QStringLiteral("C")), QStringLiteral("clerkC")), 2);
}

QTEST_MAIN(TestTemplateSync)
#include "testtemplatesync.moc"
