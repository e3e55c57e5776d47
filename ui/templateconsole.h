#pragma once

#include "domain/cataloguetemplate.h"
#include "station/templatedraft.h"
#include "station/templatetrial.h"
#include "storage/profile.h"

#include <QJsonObject>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QComboBox;
class QTabBar;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dossier {

class DbWorker;
class HolidayPanel;
class ServerJobs;
class SyncController;
class TemplateDraftHistory;
class TemplateItemsModel;

// The administrator's console (issue 15; the archive_admin's window, `dossier --console`, 管理 → 模板与日历…):
// the catalogue templates and their versions on the left; in the centre the draft of the next version of the one
// chosen, its items per volume edited in place from the keyboard (Ins, Del, Ctrl+↑/↓, Ctrl+M, Ctrl+Shift+S, F2),
// every edit undoable (Ctrl+Z, Ctrl+Shift+Z) and the draft kept in the profile as it changes; tabs on the right:
// the differences from the published version with its checks (差异), the draft tried on a case held here, side by
// side with its catalogue today (试编目), what publishing would change on the server's dossiers (影响), and the
// holiday calendar (节假日). 发布 publishes to everyone or to chosen accounts and courts first, 全部推广 widens such
// a release, 回滚 gives everyone the version before. The database is read and written on the DB worker, the server
// asked on the worker pool; this thread only shows.
class TemplateConsole final : public QMainWindow
{
    Q_OBJECT

public:
    explicit TemplateConsole(Profile profile, QWidget* parent = nullptr);
    ~TemplateConsole() override;

    // Reads the templates again; opens the draft of `id` (the one shown when empty).
    void refresh();
    void openTemplate(const QString& id);
    QString templateId() const { return m_id; }
    const TemplateDraftState& draft() const;
    TemplateDraftHistory* history() const { return m_history; }
    HolidayPanel* holidays() const { return m_holidays; }
    bool isBusy() const;

    // What the keys and buttons do.
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void moveToOtherVolume();
    void splitItem();
    void showVolume(const QString& kind);
    void runTrial();
    void previewImpact();
    void publish();
    void widenRelease();
    void rollBack();
    void dropDraft();

Q_SIGNALS:
    void templatesListed();
    void draftOpened(const QString& id);
    void draftSaved();
    void trialShown();
    void impactShown();
    void published(const QString& id, int version);
    void released(const QString& id, int version);
    void problem(const QString& text);

private:
    struct Listed;
    void buildActions();
    QWidget* buildEditor();
    QWidget* buildDiffTab();
    QWidget* buildTrialTab();
    QWidget* buildImpactTab();
    void fillList(const QList<TemplateDrafts::Overview>& templates);
    void listVersion(QTreeWidgetItem* top, const TemplateDrafts::Overview& o, int version);
    void opened(const TemplateDrafts::Opened& o, const QStringList& cases);
    void draftChanged();
    void showDiff();
    QStringList stepLines() const; // the draft's migration, as the administrator reads it
    QStringList diffLines(const CatalogueTemplate& from, const CatalogueTemplate& to) const;
    void showVersion(int version);
    void showTrial(const TemplateTrial& trial);
    void showImpact(const QJsonObject& impact);
    void afterServerChange(const QString& text);
    void tell(const QString& text, bool error = false);
    QString currentCode() const;
    void selectCode(const QString& code);
    const TemplateDrafts::Overview* overviewOf(const QString& id) const;
    void updateActions();
    void release(const QJsonObject& body, int version, const QString& done);

    Profile m_profile;
    DbWorker* m_db;
    ServerJobs* m_server;
    SyncController* m_sync = nullptr;
    TemplateDraftHistory* m_history;
    TemplateItemsModel* m_model = nullptr;
    QString m_id;
    QString m_user;
    QList<TemplateDrafts::Overview> m_templates;
    QList<CatalogueTemplate> m_published; // of the open template, oldest first
    QString m_keepCode;                   // the item to show again once the table is refilled
    int m_openGeneration = 0;

    QTreeWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QTabBar* m_volumes = nullptr;
    QTableView* m_items = nullptr;
    QListWidget* m_steps = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_verdict = nullptr;
    QListWidget* m_diff = nullptr;
    QComboBox* m_trialCase = nullptr;
    QLabel* m_trialSummary = nullptr;
    QTableWidget* m_trialToday = nullptr;
    QTableWidget* m_trialDraft = nullptr;
    QLabel* m_impact = nullptr;
    HolidayPanel* m_holidays = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_publish = nullptr;
    QAction* m_widen = nullptr;
    QAction* m_rollBack = nullptr;
    QAction* m_drop = nullptr;
    QList<QAction*> m_itemActions;
};

} // namespace Dossier
