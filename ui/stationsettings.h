#pragma once

#include <QString>
#include <QStringList>

namespace Dossier {

class Profile;

// What a desk is set up with. Kept in the profile (its settings.ini), so that a second profile on the same
// machine starts with its own operator, server and folders. Only the choice of which profile to open is kept
// per user of the machine (chosenProfileDir); the profile given on the command line wins over it.
struct StationSettings final
{
    QString profileDir; // the profile this desk opens at the next start; load() gives the open one
    QString ocrLanguages = QStringLiteral("chi_sim");
    int ocrWorkers = 0; // 0: one per core
    QString templateId = QStringLiteral("civil-first-instance");
    QString operatorName;       // who scans at this desk (扫描人); empty: not given yet, the window asks
    QString outputDir;          // where submitted dossiers' packages go; empty: <profile>/packages
    QStringList archiveTargets; // backup folders receiving a verified copy (three make it archived)
    bool accessCopy = true;
    bool anonymise = false;
    QString hotFolder;                                           // watched for files to import; empty: none
    QString serverUrl = QStringLiteral("http://127.0.0.1:8765"); // dossier-server (sync)
    QStringList alternateServers; // the court's other servers, tried in turn when serverUrl cannot be reached

    // The profile's settings. A profile that has none yet and is the one this user used before settings
    // moved into profiles takes over that user's old settings once.
    static StationSettings load(const Profile& profile);
    // Into the profile; a changed profileDir becomes this user's choice for the next start.
    void save(const Profile& profile) const;

    // The profile this user of the machine opens when none is named (empty: the default profile).
    static QString chosenProfileDir();

    int workers() const;
    // Who acts, as the audit log names them and the sign-in offers: the operator, else the computer's login.
    // (Never the 扫描人 of a page: that is operatorName or nothing.)
    QString operatorOrUser() const;
    QString packagesDir(const QString& profile) const;
};

} // namespace Dossier
