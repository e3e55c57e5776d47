#include "stationsettings.h"

#include "storage/profile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThread>

#include <algorithm>

namespace Dossier {
namespace {

constexpr auto kGroup = "station/";

QString key(const char* name)
{
    return QLatin1String(kGroup) + QLatin1String(name);
}

StationSettings read(const QSettings& s)
{
    StationSettings d;
    d.ocrLanguages = s.value(key("ocrLanguages"), d.ocrLanguages).toString();
    d.ocrWorkers = s.value(key("ocrWorkers"), d.ocrWorkers).toInt();
    d.templateId = s.value(key("template"), d.templateId).toString();
    d.operatorName = s.value(key("operator"), d.operatorName).toString();
    d.outputDir = s.value(key("outputDir"), d.outputDir).toString();
    d.archiveTargets = s.value(key("archiveTargets"), d.archiveTargets).toStringList();
    d.accessCopy = s.value(key("accessCopy"), d.accessCopy).toBool();
    d.anonymise = s.value(key("anonymise"), d.anonymise).toBool();
    d.hotFolder = s.value(key("hotFolder"), d.hotFolder).toString();
    d.serverUrl = s.value(key("server"), d.serverUrl).toString();
    d.alternateServers = s.value(key("alternateServers"), d.alternateServers).toStringList();
    return d;
}

// Before settings moved into the profile they were kept per user, in a file named after no organisation.
bool takeOverLegacy(const Profile& profile, StationSettings* out)
{
    const QSettings legacy(QStringLiteral("Unknown Organization"), QStringLiteral("dossier"));
    if (!legacy.contains(key("server")) && !legacy.contains(key("operator")))
        return false;
    const QString legacyProfile = legacy.value(key("profile")).toString();
    const QString was = QFileInfo(legacyProfile.isEmpty() ? Profile::defaultDir() : legacyProfile).absoluteFilePath();
    if (was != QFileInfo(profile.dir()).absoluteFilePath())
        return false; // another profile: it starts with the defaults, not with someone else's desk
    *out = read(legacy);
    return true;
}

} // namespace

StationSettings StationSettings::load(const Profile& profile)
{
    StationSettings d;
    if (QFileInfo::exists(profile.settingsPath())) {
        const QSettings s(profile.settingsPath(), QSettings::IniFormat);
        d = read(s);
    } else if (takeOverLegacy(profile, &d)) {
        d.save(profile);
    }
    d.profileDir = profile.dir();
    return d;
}

void StationSettings::save(const Profile& profile) const
{
    QSettings s(profile.settingsPath(), QSettings::IniFormat);
    s.setValue(key("ocrLanguages"), ocrLanguages);
    s.setValue(key("ocrWorkers"), ocrWorkers);
    s.setValue(key("template"), templateId);
    s.setValue(key("operator"), operatorName);
    s.setValue(key("outputDir"), outputDir);
    s.setValue(key("archiveTargets"), archiveTargets);
    s.setValue(key("accessCopy"), accessCopy);
    s.setValue(key("anonymise"), anonymise);
    s.setValue(key("hotFolder"), hotFolder);
    s.setValue(key("server"), serverUrl);
    s.setValue(key("alternateServers"), alternateServers);
    s.sync();
    const QString chosen = profileDir.isEmpty() ? Profile::defaultDir() : profileDir;
    if (QFileInfo(chosen).absoluteFilePath() != QFileInfo(profile.dir()).absoluteFilePath())
        QSettings().setValue(key("profile"), profileDir);
}

QString StationSettings::chosenProfileDir()
{
    return QSettings().value(key("profile")).toString();
}

int StationSettings::workers() const
{
    return ocrWorkers > 0 ? ocrWorkers : std::max(1, QThread::idealThreadCount());
}

QString StationSettings::operatorOrUser() const
{
    return operatorName.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("clerk")) : operatorName;
}

QString StationSettings::packagesDir(const QString& profile) const
{
    return outputDir.isEmpty() ? QDir(profile).filePath(QStringLiteral("packages")) : outputDir;
}

} // namespace Dossier
