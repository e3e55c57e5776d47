#pragma once

#include "stationsettings.h"
#include "storage/profile.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QDockWidget;
class QWidget;

namespace Dossier {

class PluginHost;
class ScanJob;
class ScanPanel;
class ThumbnailStrip;

// The scan bar (案号, scanner, feeder, mode, resolution) and F5: checks the 案号 and the scanner, asks for the
// 扫描人 once, then scans on a worker while the sheets fill the thumbnail strip, and recognises and catalogues
// them. A 涉密 case is refused with the reason shown. The window hears of it through the signals.
class ScanStation final : public QObject
{
    Q_OBJECT

public:
    ScanStation(PluginHost* plugins, Profile profile, ThumbnailStrip* thumbs, QWidget* window,
                std::function<StationSettings()> settings);

    ScanPanel* panel() const { return m_panel; }
    QAction* scanAction() const { return m_action; }
    // False while another of the window's jobs runs.
    void setCanStart(std::function<bool()> canStart) { m_canStart = std::move(canStart); }
    // Asks for the 扫描人 when none is set; false: not given.
    void setAskOperator(std::function<bool()> ask) { m_askOperator = std::move(ask); }

    // The document camera's dock (F6 toggles it): a case label it reads chooses the case; each captured page
    // goes to `import`.
    QDockWidget* cameraDock(std::function<void(const QString& file)> import);

    void scan();
    bool isRunning() const;
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(int done, int total); // total 0: no measure yet
    void recognising();                 // scanning is over, recognition starts
    void pageProcessed(int done, int total, const QString& source);
    void finished(); // done, failed or refused: the catalogue may have changed
    void message(const QString& text, int timeoutMs = 0);

private:
    void setRunning(bool running);

    Profile m_profile;
    ThumbnailStrip* m_thumbs;
    QWidget* m_window;
    std::function<StationSettings()> m_settings;
    std::function<bool()> m_canStart;
    std::function<bool()> m_askOperator;
    ScanJob* m_job;
    ScanPanel* m_panel;
    QAction* m_action;
    QString m_device; // of the scan in progress: the sheets' sources are named after it
};

} // namespace Dossier
