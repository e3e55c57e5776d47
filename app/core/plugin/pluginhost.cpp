#include "plugin/pluginhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPlugins, "dossier.plugins")

namespace Dossier {

PluginHost::PluginHost(QObject* parent) : QObject(parent) {}

PluginHost::~PluginHost()
{
    // Plugin instances are owned by their loaders; unloading at exit is not needed and risky for engines
    // holding thread-local state, so the libraries simply stay loaded.
    qDeleteAll(m_loaders);
}

QStringList PluginHost::defaultSearchPaths()
{
    QStringList paths;
    const QByteArray env = qgetenv("DOSSIER_PLUGIN_PATH");
    if (!env.isEmpty())
        paths << QString::fromLocal8Bit(env).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString app = QCoreApplication::applicationDirPath();
    paths << app + QStringLiteral("/../plugins") << app + QStringLiteral("/../lib/dossier/plugins")
          << app + QStringLiteral("/../lib/x86_64-linux-gnu/dossier/plugins");
    return paths;
}

void PluginHost::scan(const QStringList& searchPaths)
{
    m_plugins.clear();
    m_skipped.clear();
    QStringList seen;
    for (const QString& root : searchPaths) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (!QLibrary::isLibrary(path) || seen.contains(path))
                continue;
            seen << path;
            QPluginLoader loader(path);
            const QJsonObject meta = loader.metaData();
            if (meta.isEmpty()) {
                m_skipped << path + QStringLiteral(": no plugin metadata");
                continue;
            }
            const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
            PluginInfo info;
            info.path = path;
            info.iid = meta.value(QStringLiteral("IID")).toString();
            info.id = data.value(QStringLiteral("id")).toString();
            info.kind = data.value(QStringLiteral("kind")).toString();
            info.name = data.value(QStringLiteral("name")).toString();
            info.version = data.value(QStringLiteral("version")).toString();
            info.apiVersion = data.value(QStringLiteral("apiVersion")).toInt();
            info.priority = data.value(QStringLiteral("priority")).toInt();
            info.capabilities = data.value(QStringLiteral("capabilities")).toObject();
            QString why;
            if (info.id.isEmpty() || info.kind.isEmpty())
                why = QStringLiteral("metadata lacks id or kind");
            else if (info.apiVersion != kApiVersion)
                why = QStringLiteral("API version %1, host speaks %2").arg(info.apiVersion).arg(kApiVersion);
            else if (!info.iid.startsWith(QLatin1String("org.dossier.")))
                why = QStringLiteral("IID %1 is not a Dossier interface").arg(info.iid);
            if (!why.isEmpty()) {
                m_skipped << path + QStringLiteral(": ") + why;
                qCWarning(lcPlugins) << "skipped plugin" << path << why;
                continue;
            }
            m_plugins << info;
        }
    }
}

QList<PluginInfo> PluginHost::ranked(const QString& kind, const QString& preferredId) const
{
    QList<PluginInfo> out;
    for (const PluginInfo& p : m_plugins)
        if (p.kind == kind)
            out << p;
    std::stable_sort(out.begin(), out.end(), [&](const PluginInfo& a, const PluginInfo& b) {
        const bool pa = a.id == preferredId, pb = b.id == preferredId;
        if (pa != pb)
            return pa;
        return a.priority > b.priority;
    });
    return out;
}

Result<QObject*> PluginHost::loadObject(const QString& kind, const QString& preferredId, const char* iid)
{
    // Workers load plugins too (the pipeline's OCR engine): one at a time, and loaders without a QObject
    // parent, since the host lives in another thread. They are deleted with the host.
    const std::lock_guard lock(m_loadMutex);
    const QList<PluginInfo> candidates = ranked(kind, preferredId);
    QStringList reasons;
    for (const PluginInfo& p : candidates) {
        if (p.iid != QLatin1String(iid)) {
            reasons << p.path + QStringLiteral(": IID ") + p.iid;
            continue;
        }
        auto* loader = new QPluginLoader(p.path);
        QObject* instance = loader->instance();
        if (!instance) {
            reasons << p.path + QStringLiteral(": ") + loader->errorString();
            m_skipped << reasons.back();
            qCWarning(lcPlugins) << "cannot load plugin" << p.path << loader->errorString();
            delete loader;
            continue;
        }
        m_loaders << loader;
        return instance;
    }
    return Error(QStringLiteral("plugin_missing"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "No usable %1 plugin was found (%2)."),
                 {kind, reasons.isEmpty() ? QStringLiteral("none installed") : reasons.join(QStringLiteral("; "))});
}

} // namespace Dossier
