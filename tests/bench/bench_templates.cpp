// Benchmark (not a test): templates as data (issue 15) at a court's scale. A desk holding N dossiers (default
// 10,000) of 20 documents each, catalogued with version 1 of the civil template, receives version 2 (a rename, a
// split by title, an item moved to the 副卷, an item retired) and carries every dossier to it
// (TemplateLibrary::migrate: one transaction and audit entries per dossier); and a version checked against 50
// published ones (TemplateVersions::check).
//   bench_templates [--dossiers N] [--json]
#include "domain/templateversions.h"
#include "pipeline/templatelibrary.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/templaterepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Dossier;

namespace {

long peakRssMb()
{
    struct rusage u
    {
    };
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// Version 2 of the shipped civil template: hearing_record → trial_record, judgment split into judgment and ruling
// (by title), approval_form to the 正卷, evidence_notice retired.
CatalogueTemplate version2(const CatalogueTemplate& v1)
{
    CatalogueTemplate t = v1;
    t.version = 2;
    for (TemplateItem& it : t.items) {
        if (it.code == QLatin1String("hearing_record"))
            it.code = QStringLiteral("trial_record");
        if (it.code == QLatin1String("judgment"))
            it.titles = {QStringLiteral("民事判决书"), QStringLiteral("判决书")};
        if (it.code == QLatin1String("approval_form"))
            it.volume = QStringLiteral("main");
    }
    t.items.removeIf([](const TemplateItem& it) { return it.code == QLatin1String("evidence_notice"); });
    TemplateItem ruling;
    ruling.code = QStringLiteral("ruling");
    ruling.name = QStringLiteral("民事裁定书");
    ruling.titles = {QStringLiteral("民事裁定书"), QStringLiteral("裁定书")};
    t.items.insert(t.order(QStringLiteral("judgment")) + 1, ruling);
    t.migrations.append(
        {1,
         2,
         {{QStringLiteral("rename"), {QStringLiteral("hearing_record")}, {QStringLiteral("trial_record")}, {}},
          {QStringLiteral("split"),
           {QStringLiteral("judgment")},
           {QStringLiteral("judgment"), QStringLiteral("ruling")},
           {}},
          {QStringLiteral("move"), {QStringLiteral("approval_form")}, {}, QStringLiteral("main")},
          {QStringLiteral("retire"), {QStringLiteral("evidence_notice")}, {}, {}}}});
    return t;
}

// N dossiers of 20 documents (a fifth of them of types the migration changes), written directly.
bool fill(const Profile& profile, int dossiers)
{
    static const char* kTypes[] = {"complaint",
                                   "acceptance_notice",
                                   "fee_notice",
                                   "response_notice",
                                   "evidence_notice",
                                   "defence",
                                   "evidence_list",
                                   "evidence",
                                   "evidence",
                                   "power_of_attorney",
                                   "service_receipt",
                                   "summons",
                                   "hearing_record",
                                   "hearing_record",
                                   "judgment",
                                   "judgment",
                                   "pronouncement_record",
                                   "appeal",
                                   "record_note",
                                   "other"};
    QSqlDatabase db = profile.database();
    Transaction tx(db);
    for (int d = 0; d < dossiers; ++d) {
        auto c = execSql(db, QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES(?, 'now')"),
                         {QStringLiteral("（2026）苏0602民初%1号").arg(d + 1)});
        if (!c)
            return false;
        auto ds = execSql(db,
                          QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) "
                                         "VALUES(?, 'D', 'civil-first-instance', 'now')"),
                          {c->lastInsertId()});
        if (!ds)
            return false;
        auto v = execSql(db, QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1)"),
                         {ds->lastInsertId()});
        if (!v)
            return false;
        const QVariant volume = v->lastInsertId();
        for (int k = 0; k < 20; ++k) {
            const QString type = QString::fromLatin1(kTypes[k]);
            const QString title = k == 15 ? QStringLiteral("民事裁定书") : type;
            if (!execSql(db,
                         QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) VALUES(?,?,?,?)"),
                         {volume, k, type, title}))
                return false;
        }
    }
    return tx.commit().ok();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption dossiersOpt(QStringLiteral("dossiers"), QStringLiteral("Dossiers on the desk."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({dossiersOpt, json});
    p.addHelpOption();
    p.process(app);
    const int dossiers = p.value(dossiersOpt).toInt();
    QTemporaryDir tmp;
    auto profile = Profile::open(tmp.filePath(QStringLiteral("p")));
    auto v1 = CatalogueTemplate::builtin(QStringLiteral("civil-first-instance"));
    if (!profile || !v1 || !fill(*profile, dossiers)) {
        std::fprintf(stderr, "could not build the desk\n");
        return 1;
    }
    const CatalogueTemplate v2 = version2(*v1);
    QElapsedTimer t;
    t.start();
    QList<CatalogueTemplate> published{*v1};
    for (int v = 2; v <= 50; ++v) { // 49 more versions, each adding an item
        CatalogueTemplate next = published.last();
        next.version = v;
        TemplateItem extra;
        extra.code = QStringLiteral("extra_%1").arg(v);
        extra.name = QStringLiteral("附%1").arg(v);
        next.items.append(extra);
        published << next;
    }
    CatalogueTemplate v51 = published.last();
    v51.version = 51;
    t.restart();
    const auto check = TemplateVersions::check(v51, published);
    const double checkMs = double(t.nsecsElapsed()) / 1e6;
    if (!check.ok() || !TemplateVersions::check(v2, {*v1}).ok()) {
        std::fprintf(stderr, "the versions do not check\n");
        return 1;
    }
    if (!TemplateRepository(profile->database()).putPublished(v2.id, 2, v2.toJson())) {
        std::fprintf(stderr, "could not store version 2\n");
        return 1;
    }
    t.restart();
    auto m = TemplateLibrary(*profile).migrate(QStringLiteral("bench"));
    const double migrateMs = double(t.nsecsElapsed()) / 1e6;
    if (!m || m->dossiers != dossiers) {
        std::fprintf(stderr, "migration failed\n");
        return 1;
    }
    const QJsonObject out{{QStringLiteral("dossiers"), dossiers},
                          {QStringLiteral("documents_changed"), m->documents},
                          {QStringLiteral("migrate_ms"), migrateMs},
                          {QStringLiteral("dossiers_per_s"), dossiers / (migrateMs / 1000.0)},
                          {QStringLiteral("check_50_versions_ms"), checkMs},
                          {QStringLiteral("peak_rss_mb"), qint64(peakRssMb())}};
    if (p.isSet(json)) {
        std::printf("%s\n", QJsonDocument(out).toJson().constData());
        return 0;
    }
    std::printf("templates: %d dossiers of 20 documents carried to version 2 in %.0f ms (%.0f dossiers/s), %d "
                "documents changed\n",
                dossiers, migrateMs, dossiers / (migrateMs / 1000.0), m->documents);
    std::printf("a version checked against 50 published: %.2f ms; peak RSS %ld MB\n", checkMs, peakRssMb());
    return 0;
}
