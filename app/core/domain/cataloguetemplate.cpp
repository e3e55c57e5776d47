#include "domain/cataloguetemplate.h"

#include "domain/textutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// Resources of a static library must be registered explicitly.
static void initCoreResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Dossier {

Result<CatalogueTemplate> CatalogueTemplate::fromJson(const QJsonObject& o)
{
    CatalogueTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.version = o.value(QStringLiteral("version")).toInt();
    t.name = o.value(QStringLiteral("name")).toString();
    t.evidenceAfter = o.value(QStringLiteral("evidence_after")).toString();
    t.evidenceCode = o.value(QStringLiteral("evidence_code")).toString();
    t.fallbackCode = o.value(QStringLiteral("fallback_code")).toString(QStringLiteral("other"));
    for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject io = v.toObject();
        TemplateItem it;
        it.code = io.value(QStringLiteral("code")).toString();
        it.name = io.value(QStringLiteral("name")).toString();
        it.generated = io.value(QStringLiteral("generated")).toBool();
        for (const QJsonValue& tv : io.value(QStringLiteral("titles")).toArray())
            it.titles << tv.toString();
        for (const QJsonValue& kv : io.value(QStringLiteral("keywords")).toArray())
            it.keywords << kv.toString();
        if (it.code.isEmpty())
            return Error(QStringLiteral("template_invalid"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Template %1: an item has no code."), {t.id});
        t.items << it;
    }
    if (t.id.isEmpty() || t.items.isEmpty())
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Template %1: an item has no code."), {t.id});
    return t;
}

QStringList CatalogueTemplate::builtinIds()
{
    initCoreResources();
    QStringList ids;
    for (const QString& f : QDir(QStringLiteral(":/dossier/templates")).entryList({QStringLiteral("*.json")}))
        ids << f.chopped(5);
    return ids;
}

Result<CatalogueTemplate> CatalogueTemplate::builtin(const QString& id)
{
    initCoreResources();
    QFile f(QStringLiteral(":/dossier/templates/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("template_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Unknown catalogue template \"%1\" (known: %2)."),
                     {id, builtinIds().join(QStringLiteral(", "))});
    return fromJson(QJsonDocument::fromJson(f.readAll()).object());
}

const TemplateItem* CatalogueTemplate::item(const QString& code) const
{
    for (const TemplateItem& it : items)
        if (it.code == code)
            return &it;
    return nullptr;
}

int CatalogueTemplate::order(const QString& code) const
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].code == code)
            return int(i);
    return int(items.size());
}

CatalogueTemplate::Match CatalogueTemplate::match(const QString& titleLine) const
{
    const QString line = TextUtil::lettersOnly(titleLine);
    Match best;
    if (line.isEmpty())
        return best;
    for (const TemplateItem& it : items) {
        for (const QString& title : it.titles) {
            const QString t = TextUtil::lettersOnly(title);
            double score = TextUtil::similarity(line, t);
            // "民事起诉状" contains "起诉状"; a prefix such as "关于…的" may stand before a title.
            if (line.size() > t.size() && line.endsWith(t))
                score = std::max(score, 0.9 + 0.01 * double(t.size()));
            if (score > best.score) {
                best.score = score;
                best.code = it.code;
                best.matchedTitle = title;
            }
        }
    }
    if (best.score < 0.66)
        return {};
    return best;
}

} // namespace Dossier
