#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

struct TemplateItem final
{
    QString code;
    QString name;
    QStringList titles;
    QStringList keywords;   // words of the body that tell this kind of document when its title cannot be read
    bool generated = false; // cover, ToC: made by the software, not scanned
};

// An ordered list of document types for a volume kind (编目模板), versioned data pushed by admins.
class CatalogueTemplate final
{
public:
    QString id;
    int version = 0;
    QString name;
    QString evidenceAfter; // an unknown title after this item is evidence
    QString evidenceCode;
    QString fallbackCode;
    QList<TemplateItem> items;

    static Result<CatalogueTemplate> fromJson(const QJsonObject& o);
    // Built-in templates shipped in the resources (":/dossier/templates/<id>.json").
    static Result<CatalogueTemplate> builtin(const QString& id);
    static QStringList builtinIds();

    const TemplateItem* item(const QString& code) const;
    int order(const QString& code) const;

    struct Match
    {
        QString code;
        QString matchedTitle;
        double score = 0;
    };
    // The item whose title best matches a recognised title line (tolerant of OCR slips); score 0 if none.
    Match match(const QString& titleLine) const;
};

} // namespace Dossier
