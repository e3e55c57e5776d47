#include "storage/profile.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Dossier {

struct Profile::Data final
{
    QString dir;
    QString databasePath;
    MasterStore masters;
};

Result<Profile> Profile::open(const QString& dir)
{
    const QString absolute = QFileInfo(dir.isEmpty() ? defaultDir() : dir).absoluteFilePath();
    const QString dbPath = QDir(absolute).filePath(QStringLiteral("dossier.sqlite"));
    if (auto s = Database::open(dbPath); !s)
        return s.error();
    Profile p;
    p.d = std::make_shared<const Data>(
        Data{absolute, dbPath, MasterStore(QDir(absolute).filePath(QStringLiteral("masters")))});
    return p;
}

QString Profile::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/dossier");
}

QString Profile::dir() const
{
    return d ? d->dir : QString();
}

QString Profile::databasePath() const
{
    return d ? d->databasePath : QString();
}

QSqlDatabase Profile::database() const
{
    return Database::connection(databasePath());
}

const MasterStore& Profile::masters() const
{
    static const MasterStore none{QString()};
    return d ? d->masters : none;
}

QString Profile::settingsPath() const
{
    return filePath(QStringLiteral("settings.ini"));
}

QString Profile::filePath(const QString& relative) const
{
    return d ? QDir(d->dir).filePath(relative) : QString();
}

} // namespace Dossier
