// Benchmark (not a test): the audit chain (issue 16) on a desk of N entries (default 100,000) over 1,000 dossiers.
//  - append rate: entries appended one by one, each in its own transaction (as a clerk's edits are), and in one
//    transaction (as a migration or an import appends many);
//  - verification: the whole chain read and verified (the desk chain and every dossier chain), as
//    `dossier-cli audit verify` does.
//   bench_audit [--entries N] [--single N]
#include "domain/auditchain.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Dossier;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("entries"), QStringLiteral("Entries in the chain."), QStringLiteral("N"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("single"), QStringLiteral("Entries appended one transaction each."),
                 QStringLiteral("N"), QStringLiteral("2000")});
    p.process(app);
    const int total = std::max(1, p.value(QStringLiteral("entries")).toInt());
    const int single = std::clamp(p.value(QStringLiteral("single")).toInt(), 1, total);
    QTemporaryDir dir;
    Profile profile = Test::openProfile(dir.path());
    QSqlDatabase db = profile.database();
    constexpr int kDossiers = 1000;
    {
        Transaction tx(db);
        for (int i = 1; i <= kDossiers; ++i) {
            (void)execSql(db, QStringLiteral("INSERT INTO cases(id, case_no, created_at) VALUES(?, ?, 'x')"),
                          {i, QStringLiteral("（2024）苏0602民初%1号").arg(i)}); // checked by the chain's size below
            (void)execSql(db,
                          QStringLiteral("INSERT INTO dossiers(id, case_id, external_id, template_id, created_at) "
                                         "VALUES(?, ?, ?, 'civil-first-instance-main', 'x')"),
                          {i, i, QStringLiteral("D-%1").arg(i)});
        }
        if (!tx.commit())
            qFatal("cannot make the dossiers");
    }
    AuditRepository repo(db);
    const QJsonObject details{{QStringLiteral("document"), 12},
                              {QStringLiteral("title"), QStringLiteral("民事起诉状")}};
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < single; ++i)
        if (!repo.record(QStringLiteral("赵磊"), 1 + i % kDossiers, QStringLiteral("set title"), details))
            qFatal("append failed");
    const double singleSecs = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    {
        Transaction tx(db);
        for (int i = single; i < total; ++i)
            if (!repo.record(QStringLiteral("赵磊"), 1 + i % kDossiers, QStringLiteral("set title"), details))
                qFatal("append failed");
        if (!tx.commit())
            qFatal("commit failed");
    }
    const double bulkSecs = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    auto chain = repo.chain();
    const double readSecs = double(t.nsecsElapsed()) / 1e9;
    if (!chain || chain->size() != total)
        qFatal("the chain has the wrong size");
    t.restart();
    const AuditChain::Report r = AuditChain::verify(repo.deskId().value(), *chain);
    const double verifySecs = double(t.nsecsElapsed()) / 1e9;
    std::printf("audit chain of %d entries over %d dossiers: %s\n", total, kDossiers, r.ok() ? "intact" : "BROKEN");
    std::printf("append, one transaction each: %d entries in %.2f s = %.0f entries/s\n", single, singleSecs,
                single / singleSecs);
    std::printf("append, one transaction: %d entries in %.2f s = %.0f entries/s\n", total - single, bulkSecs,
                (total - single) / std::max(bulkSecs, 1e-9));
    std::printf("verify %d entries: read %.3f s + verify %.3f s = %.3f s\n", total, readSecs, verifySecs,
                readSecs + verifySecs);
    return r.ok() ? 0 : 2;
}
