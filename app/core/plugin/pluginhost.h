#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <mutex>

class QPluginLoader;

namespace Dossier {

struct PluginInfo final
{
    QString id;
    QString kind; // "ocr", "scan", "export"
    QString name;
    QString version;
    int apiVersion = 0;
    int priority = 0;
    QJsonObject capabilities;
    QString path;
    QString iid;
};

// Finds plugins, reads their JSON metadata *without loading them*, skips (and remembers why) any whose
// metadata, IID or API version does not fit, and loads the best one of a kind on request.
class PluginHost final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kApiVersion = 1;

    explicit PluginHost(QObject* parent = nullptr);
    ~PluginHost() override;

    // Default search path: $DOSSIER_PLUGIN_PATH, then <app>/../plugins, <app>/../lib/dossier/plugins.
    static QStringList defaultSearchPaths();
    void scan(const QStringList& searchPaths = defaultSearchPaths());

    const QList<PluginInfo>& plugins() const { return m_plugins; }
    const QStringList& skipped() const { return m_skipped; } // "path: reason"

    // Ranked by: preferred id (user choice), then capability match, then priority.
    QList<PluginInfo> ranked(const QString& kind, const QString& preferredId = {}) const;

    // Loads the plugin and returns its root object cast to the interface, or an error.
    template <typename Interface> Result<Interface*> load(const QString& kind, const QString& preferredId = {})
    {
        auto obj = loadObject(kind, preferredId, qobject_interface_iid<Interface*>());
        if (!obj)
            return obj.error();
        if (auto* iface = qobject_cast<Interface*>(obj.value()))
            return iface;
        return Error(QStringLiteral("plugin_interface"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The %1 plugin does not implement the expected interface."),
                     {kind});
    }

private:
    Result<QObject*> loadObject(const QString& kind, const QString& preferredId, const char* iid);

    QList<PluginInfo> m_plugins;
    QStringList m_skipped;
    QList<QPluginLoader*> m_loaders;
    std::mutex m_loadMutex;
};

} // namespace Dossier
