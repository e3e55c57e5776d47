#pragma once

#include "archive/volume.h"
#include "station/qualitycheck.h"
#include "stationsettings.h"
#include "storage/profile.h"

#include <QDialog>
#include <QFuture>
#include <QJsonObject>

#include <dossier/result.h>

#include <atomic>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Dossier {

class DbWorker;
class PageView;
class PluginHost;

// 质量检查 (DA/T 31 §12) of one dossier, then its submission. The automatic checks of every page are listed
// with the pages that fail; a ≥5% sample of documents is shown, page by page beside its 卷内目录 row, for a
// second person to confirm or reject; 提交归档 is possible only when all holds. Submitting writes the archive
// package (PDF/A, OFD, verified copies to the backup folders) in the background, with progress and cancel,
// and marks the dossier submitted.
class QcDialog final : public QDialog
{
    Q_OBJECT

public:
    // Reads and writes the profile on `db`, never on the window's thread.
    QcDialog(PluginHost* plugins, DbWorker* db, Profile profile, StationSettings settings, QString caseNo,
             QString dossierId, QWidget* parent = nullptr);
    ~QcDialog() override;

    // Runs the submission; done() reports the outcome (also used by tests).
    void submit();
    void reject() override; // while submitting: cancels instead

Q_SIGNALS:
    void submitted(const QString& packageDir);
    // A finding's page, to be shown in the tree, and re-scanned there when `rescan`.
    void pageChosen(qint64 pageId, bool rescan);

private:
    QWidget* buildChecksPane();
    // What the dialog shows of the dossier, read off the window's thread.
    struct State
    {
        Volume volume;
        QString operatorName;
        QList<int> sample;
        QList<QualityCheck::Check> checks;
        QHash<qint64, QualityCheck::Review> latest; // by document
        bool ready = false;
        QStringList why;
        QString submittedAt;
    };
    static Result<State> read(const Profile& profile, const QString& caseNo, const QString& dossierId);
    void reload();
    void show(const Result<State>& state);
    void showSampleDocument(int row);
    void showFinding();
    qint64 findingPage() const;
    void showSamplePage(int step);
    void review(bool matches);
    void updateReadiness();

    PluginHost* m_plugins;
    DbWorker* m_db;
    Profile m_profile;
    StationSettings m_settings;
    QString m_caseNo;
    QString m_dossierId;
    Volume m_volume;
    QList<int> m_sample;
    QString m_operator;
    bool m_ready = false;
    QStringList m_why;
    QString m_submittedAt;
    int m_pageInDocument = 0;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    QFuture<Result<QJsonObject>> m_future;

    QLabel* m_header;
    QTreeWidget* m_checks;
    QListWidget* m_sampleList;
    PageView* m_view;
    QLabel* m_pageLabel;
    QLineEdit* m_reviewer;
    QLineEdit* m_note;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_submit;
    QPushButton* m_showInTree = nullptr;
    QPushButton* m_rescan = nullptr;
    QPushButton* m_close;
};

} // namespace Dossier
