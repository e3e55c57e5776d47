#pragma once

#include <QString>
#include <QStringList>

namespace Dossier {

// What a desk is set up with (kept with QSettings, per user of the machine). The profile folder given on the
// command line wins over the stored one.
struct StationSettings final
{
    QString profileDir; // empty: the default profile
    QString ocrLanguages = QStringLiteral("chi_sim");
    int ocrWorkers = 0; // 0: one per core
    QString templateId = QStringLiteral("civil-first-instance-main");
    QString operatorName;       // empty: the login name
    QString outputDir;          // where submitted dossiers' packages go; empty: <profile>/packages
    QStringList archiveTargets; // backup folders receiving a verified copy (three make it archived)
    bool accessCopy = true;
    bool anonymise = false;
    QString hotFolder;                                           // watched for files to import; empty: none
    QString serverUrl = QStringLiteral("http://127.0.0.1:8765"); // dossier-server (sync)

    static StationSettings load();
    void save() const;

    int workers() const;
    QString operatorOrUser() const;
    QString packagesDir(const QString& profile) const;
};

} // namespace Dossier
