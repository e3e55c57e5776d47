#pragma once

#include "station/printforms.h"
#include "storage/profile.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace Dossier {

class DbWorker;

// Separator sheets and case labels (一案一码) for a list of 案号: each 案号 checked and its dossier id looked up
// (issued when new) on the DB worker, then drawn into a PDF file or through the print preview over `window`.
class FormPrinter final : public QObject
{
    Q_OBJECT

public:
    enum class Form { SeparatorSheets, CaseLabels };

    // `currentCase`: the 案号 offered first when asking which cases to print for.
    FormPrinter(Profile profile, DbWorker* db, QWidget* window, std::function<QString()> currentCase = {});

    // Print separator sheets (Ctrl+P) and case labels (Ctrl+Shift+P): each asks for the 案号 first.
    const QList<QAction*>& actions() const { return m_actions; }

    // Into `pdfPath` when given, else the print preview; done(ok) follows (false, with the reason told, on a bad
    // 案号 or a failed drawing).
    void print(Form form, const QStringList& caseNumbers, const QString& pdfPath = {},
               const std::function<void(bool)>& done = {});

Q_SIGNALS:
    void message(const QString& text, int timeoutMs);

private:
    void makeActions();
    QStringList askCaseNumbers(const QString& title);
    bool printRefs(Form form, const QList<CaseRef>& refs, const QStringList& wrong, const QString& pdfPath);

    Profile m_profile;
    DbWorker* m_db;
    QWidget* m_window;
    std::function<QString()> m_currentCase;
    QList<QAction*> m_actions;
};

} // namespace Dossier
