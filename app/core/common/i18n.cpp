#include "common/i18n.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTranslator>

namespace Dossier::I18n {
namespace {

QTranslator* chineseCatalogue()
{
    static QTranslator* t = [] {
        auto* tr = new QTranslator;
        if (!tr->load(QStringLiteral(":/i18n/dossier_zh_CN.qm"))) {
            delete tr;
            return static_cast<QTranslator*>(nullptr);
        }
        return tr;
    }();
    return t;
}

} // namespace

bool install(const QString& locale)
{
    if (locale.startsWith(QLatin1String("en")))
        return true; // the source language
    static QTranslator appTranslator;
    static QTranslator qtTranslator;
    const bool ok = appTranslator.load(QStringLiteral(":/i18n/dossier_%1.qm").arg(locale));
    if (ok)
        QCoreApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(QStringLiteral("qt_") + locale, QStringLiteral("/usr/share/qt6/translations")))
        QCoreApplication::installTranslator(&qtTranslator);
    return ok;
}

QString chinese(const Error& e)
{
    if (QTranslator* t = chineseCatalogue()) {
        const QString zh = t->translate("Dossier::Error", e.sourceText().toUtf8().constData());
        if (!zh.isEmpty())
            return e.substitute(zh);
    }
    return e.english();
}

QJsonObject errorJson(const Error& e)
{
    const QString zh = chinese(e), en = e.english();
    return {{QStringLiteral("code"), e.code()},
            {QStringLiteral("message"), zh == en ? en : zh + QStringLiteral(" / ") + en},
            {QStringLiteral("message_zh"), zh},
            {QStringLiteral("message_en"), en}};
}

} // namespace Dossier::I18n
