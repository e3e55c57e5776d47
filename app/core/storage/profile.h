#pragma once

#include "storage/masterstore.h"

#include <dossier/result.h>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Dossier {

// A desk's profile: one folder holding the SQLite database (dossier.sqlite), the masters store (masters/) and
// the desk's own settings (settings.ini). Opened once — the folder made, the database opened and migrated —
// and passed to every service that works on it. Cheap to copy (copies share one state) and usable from any
// thread: each thread gets its own database connection.
class Profile final
{
public:
    Profile() = default; // not open: open() makes a usable one

    // Opens the profile in `dir` (the default profile when empty), creating and migrating what is missing.
    static Result<Profile> open(const QString& dir = {});
    // Where the profile lives when none is named: <data location>/dossier.
    static QString defaultDir();

    bool isOpen() const { return d != nullptr; }
    QString dir() const;
    QString databasePath() const;
    // This thread's connection to the profile's database.
    QSqlDatabase database() const;
    const MasterStore& masters() const;
    // The desk's settings file (QSettings, INI): what this desk is set up with travels with its profile.
    QString settingsPath() const;
    // A path inside the profile folder.
    QString filePath(const QString& relative) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Dossier
