#include "stationsettings.h"

#include <QDir>
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

} // namespace

StationSettings StationSettings::load()
{
    const QSettings s;
    StationSettings d;
    d.profileDir = s.value(key("profile"), d.profileDir).toString();
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
    return d;
}

void StationSettings::save() const
{
    QSettings s;
    s.setValue(key("profile"), profileDir);
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
