// dossier: the workstation's GUI executable (wiring only).
#include "common/i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dossier"));
    QApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QCommandLineParser p;
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                                  QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    p.addOptions({profile, lang});
    p.process(app);
    Dossier::I18n::install(p.value(lang));
    Dossier::MainWindow w(p.value(profile));
    w.show();
    return app.exec();
}
