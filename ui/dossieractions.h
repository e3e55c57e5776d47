#pragma once

#include "stationsettings.h"
#include "storage/profile.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace Dossier {

class CatalogueActions;
class DbWorker;
class DeskJobs;
class DossierBrowser;
class PluginHost;
class ScanPanel;

// What the desk's actions act through: the window's parts.
struct DeskParts
{
    Profile profile;
    DbWorker* db = nullptr;
    PluginHost* plugins = nullptr;
    DossierBrowser* browser = nullptr;
    CatalogueActions* catalogue = nullptr;
    DeskJobs* jobs = nullptr;
    ScanPanel* scanPanel = nullptr;
    QWidget* window = nullptr;
    std::function<StationSettings()> settings;
    std::function<bool()> jobRunning; // an import, a scan, a page operation or a sync
};

// What a clerk does to the page or dossier chosen in the tree: turn, insert or replace a page (from the scanner or
// a file; re-processed on the desk's job queue, then placed undoably), the case details (Ctrl+D), quality check
// and submission (F9), and giving the pages in no dossier a case (Ctrl+Shift+A).
class DossierActions final : public QObject
{
    Q_OBJECT

public:
    explicit DossierActions(const DeskParts& desk);

    enum class PageOp { TurnRight, TurnLeft, Turn180, InsertFile, ReplaceFile, InsertScan, ReplaceScan };
    void pageOperation(PageOp op, const QString& givenFile = {});
    void editCaseDetails();
    void openQualityCheck();
    void assignToCase();
    void showHistory(); // 卷宗 ▸ 历史记录… (Ctrl+Shift+H), for the roles AuditHistory::maySee allows

    const QList<QAction*>& pageActions() const { return m_pageActions; }
    const QList<QAction*>& dossierActions() const { return m_dossierActions; } // details, QC, assign, history

Q_SIGNALS:
    void message(const QString& text, int timeoutMs = 0);

private:
    void makePageActions();
    void makeDossierActions();

    Profile m_profile;
    DbWorker* m_db;
    PluginHost* m_plugins;
    DossierBrowser* m_browser;
    CatalogueActions* m_catalogue;
    DeskJobs* m_jobs;
    ScanPanel* m_scanPanel;
    QWidget* m_window;
    std::function<StationSettings()> m_settings;
    std::function<bool()> m_jobRunning;
    QList<QAction*> m_pageActions;
    QList<QAction*> m_dossierActions;
};

} // namespace Dossier
