// dossier: the workstation's GUI executable (wiring only).
#include "common/i18n.h"
#include "mainwindow.h"
#include "readerwindow.h"
#include "stationsettings.h"
#include "storage/profile.h"
#include "sync/syncengine.h"
#include "templateconsole.h"
#include "warehousewindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QtConcurrent>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dossier"));
    QApplication::setApplicationName(QStringLiteral("dossier"));
    QApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QCommandLineParser p;
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                                  QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption reader(QStringLiteral("reader"),
                                    QStringLiteral("Open the judge's reader (at the case given with --case)."));
    const QCommandLineOption caseNo(QStringLiteral("case"), QStringLiteral("The case the reader opens."),
                                    QStringLiteral("CASE"));
    const QCommandLineOption warehouse(QStringLiteral("warehouse"),
                                       QStringLiteral("Open the intermediate warehouse's desk (中间库)."));
    const QCommandLineOption console(QStringLiteral("console"),
                                     QStringLiteral("Open the administrator's console (templates and calendar)."));
    p.addOptions({profile, lang, reader, caseNo, warehouse, console});
    p.process(app);
    Dossier::I18n::install(p.value(lang));
    const QString dir = p.isSet(profile) ? p.value(profile) : Dossier::StationSettings::chosenProfileDir();
    // opened (migrated, its search index brought up to date) off the window's thread
    auto opened = QtConcurrent::run([dir] { return Dossier::Profile::open(dir); }).result();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("Dossier::MainWindow", "Dossier Workstation"),
                              QApplication::translate("Dossier::MainWindow", "The profile %1 cannot be opened: %2")
                                  .arg(dir.isEmpty() ? Dossier::Profile::defaultDir() : dir, opened.error().message()));
        return 1;
    }
    // Who signed in last decides the window: a user who reads cases and does not catalogue them (a judge, a chief, a
    // party) gets the reader. Asked off the window's thread, before any window shows.
    const Dossier::SyncAccount account = QtConcurrent::run([profile = opened.value()] {
                                             return Dossier::SyncEngine(profile).signedInAccount();
                                         }).result();
    if (p.isSet(warehouse) || account.role == QLatin1String("warehouse_clerk")) {
        Dossier::WarehouseWindow w(std::move(opened.value()));
        w.show();
        return app.exec();
    }
    if (p.isSet(console) || (!p.isSet(reader) && account.role == QLatin1String("archive_admin"))) {
        Dossier::TemplateConsole c(std::move(opened.value()));
        c.show();
        return app.exec();
    }
    if (p.isSet(reader) || !account.editsCatalogue()) {
        Dossier::ReaderWindow r(std::move(opened.value()));
        r.show();
        if (p.isSet(caseNo))
            r.openCase(p.value(caseNo));
        else
            r.chooseCase();
        return app.exec();
    }
    Dossier::MainWindow w(std::move(opened.value()));
    w.show();
    return app.exec();
}
