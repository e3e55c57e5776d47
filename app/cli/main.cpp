// dossier-cli: batch processing and automation with JSON reports.
#include "clicommands.h"

#include "common/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    // QtPdf renders through QtGui; no window is ever shown, so the offscreen platform is enough.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/dossier-runtime-" + QByteArray::number(getuid());
        mkdir(dir.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    Dossier::I18n::install(qEnvironmentVariable("DOSSIER_LANG", QStringLiteral("zh_CN")));
    return Dossier::Cli::run(app.arguments());
}
