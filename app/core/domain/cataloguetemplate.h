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
    QString volume = QStringLiteral("main"); // "main" (正卷), "secondary" (副卷), or "all": every volume has one
    QStringList titles;                      // the title lines that name it, the usual one first
    QStringList keywords;                    // words of its body a clerk recognises it by
    bool generated = false;                  // cover, ToC: made by the software, not scanned
    bool repeat = true;                      // may occur more than once in a volume
    bool required = false;                   // a volume of this kind is incomplete without it

    bool inVolume(const QString& kind) const { return volume == QLatin1String("all") || volume == kind; }
    bool operator==(const TemplateItem&) const = default;
};

// One change a new version of a template makes to the items of the version before it, which desks apply to the
// documents catalogued with that version: rename (from → to), split (from → one of to, by the document's title),
// merge (every from → to), move (from, to the volume `volume`), retire (from → to, or the volume's fallback).
struct TemplateStep final
{
    QString op;
    QStringList from;
    QStringList to;
    QString volume;

    static QStringList ops();
    bool operator==(const TemplateStep&) const = default;
};

// What version `toVersion` changed in version `fromVersion`'s items.
struct TemplateMigration final
{
    int fromVersion = 0;
    int toVersion = 0;
    QList<TemplateStep> steps;

    bool operator==(const TemplateMigration&) const = default;
};

// An ordered list of document types for the volumes of a kind of case (编目模板): the items of its 正卷 and of its
// 副卷, each in the order of the 卷内目录. Data an administrator publishes in versions; every dossier records the
// template and version it was catalogued with, and each version carries the migrations from the versions before.
class CatalogueTemplate final
{
public:
    QString id;
    int version = 0;
    QString name;
    QString nameEn;
    QStringList aliases;   // former ids (civil-first-instance-main) that still name it
    QStringList caseTypes; // 案号 type codes it catalogues (民初)
    QString evidenceAfter; // an unknown title after this item is evidence
    QString evidenceCode;
    QString fallbackCode;          // an unknown document of the 正卷
    QString secondaryFallbackCode; // of the 副卷
    QList<TemplateItem> items;
    QList<TemplateMigration> migrations; // from each earlier version to the next, oldest first

    // Reads and checks a template (codes unique and well formed, the special codes present, sizes bounded: it
    // may come from the network).
    static Result<CatalogueTemplate> fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
    // Built-in templates shipped in the resources (":/dossier/templates/<id>.json"); a former id finds its template.
    static Result<CatalogueTemplate> builtin(const QString& id);
    static QStringList builtinIds();
    // The built-in template for a 案号 type code (民初 → civil-first-instance); empty if none.
    static QString builtinFor(const QString& caseType);

    bool operator==(const CatalogueTemplate&) const = default;
    bool names(const QString& templateId) const { return templateId == id || aliases.contains(templateId); }
    const TemplateItem* item(const QString& code) const;
    int order(const QString& code) const;
    // The volume a document of this type goes to: "main" or "secondary" ("main" for "all" and unknown codes).
    QString volumeOf(const QString& code) const;
    QList<TemplateItem> itemsOf(const QString& volumeKind) const;
    QString fallbackFor(const QString& volumeKind) const;
    // The migration that made this version, if it changed items of the one before.
    const TemplateMigration* lastMigration() const;

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
