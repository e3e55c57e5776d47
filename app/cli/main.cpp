#include "pipeline/pageprocessor.h"
#include "plugin/pluginhost.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QElapsedTimer>
#include <cstdio>

using namespace Dossier;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    PluginHost host;
    host.scan();
    auto engine = host.load<OcrEngine>(QStringLiteral("ocr"));
    if (!engine) { fprintf(stderr, "%s\n", qPrintable(engine.error().english())); return 1; }
    auto session = engine.value()->createSession({});
    if (!session) { fprintf(stderr, "%s\n", qPrintable(session.error().english())); return 1; }
    for (const QString& path : app.arguments().mid(1)) {
        QFile f(path); f.open(QIODevice::ReadOnly);
        QElapsedTimer t; t.start();
        auto r = PageProcessor::process(f.readAll(), 0, session->get());
        if (!r) { printf("%s\t{\"error\":\"%s\"}\n", qPrintable(path), qPrintable(r.error().english())); continue; }
        QJsonObject o{{QStringLiteral("kind"), r->kind}, {QStringLiteral("rotation"), r->rotation}, {QStringLiteral("skew"), r->skew},
            {QStringLiteral("dpi"), r->dpi}, {QStringLiteral("flags"), QJsonArray::fromStringList(r->flags)}, {QStringLiteral("ink"), r->inkRatio},
            {QStringLiteral("conf"), r->ocr.meanConfidence}, {QStringLiteral("scale"), r->transform.scale}, {QStringLiteral("ms"), double(t.elapsed())},
            {QStringLiteral("sep"), r->separatorPayload}, {QStringLiteral("text"), r->text()}};
        printf("%s\t%s\n", qPrintable(path), QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        fflush(stdout);
    }
    return 0;
}
