#pragma once

#include <QMainWindow>

#include <atomic>

class QLabel;
class QScrollArea;
class QPlainTextEdit;
class QProgressBar;
class QTreeView;
class QAction;

namespace Dossier {

class DossierModel;
class PluginHost;

// The workstation's main window: the profile's dossiers, a page viewer with its OCR text, and import of
// files and folders through the pipeline on a worker thread (progress, cancel).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString& profileDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    void importPaths(const QStringList& paths);

private:
    void showPage(const QModelIndex& index);
    void setBusy(bool busy);
    void selectFirstPage();
    void showImage();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QString m_profileDir;
    PluginHost* m_plugins;
    DossierModel* m_model;
    QTreeView* m_tree;
    QLabel* m_image;
    QScrollArea* m_scroll = nullptr;
    QString m_currentPage;
    QPlainTextEdit* m_text;
    QProgressBar* m_progress;
    QAction* m_importFiles;
    QAction* m_importFolder;
    QAction* m_cancel;
    std::atomic_bool m_cancelFlag{false};
};

} // namespace Dossier
