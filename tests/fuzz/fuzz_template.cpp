// Fuzz target: a catalogue template as JSON (what an administrator imports, and what the server publishes to every
// desk), through CatalogueTemplate::fromJson and, for one it accepts, the version rules (TemplateVersions: check
// against the built-in template, diff, describe, carry) and title matching. Invariants: an accepted template
// writes back to JSON that reads as the same template; carrying a code lands on a code it has, and a code of the
// template's own version stays where it is.
#include "fuzzsupport.h"

#include "domain/cataloguetemplate.h"
#include "domain/templateversions.h"

#include <QJsonDocument>

using namespace Dossier;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    DossierFuzz::startQt(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(DossierFuzz::bytesOf(data, size));
    const auto t = CatalogueTemplate::fromJson(doc.object());
    if (!t) {
        FUZZ_CHECK(!t.error().code().isEmpty() && !t.error().english().isEmpty(), t.error().code());
        // The same object as a release of a template (its other JSON from the network).
        // Any verdict: read for crashes only.
        (void)TemplateVersions::Release::fromJson(QStringLiteral("civil-first-instance"), doc.object());
        return 0;
    }
    const QJsonObject json = t->toJson();
    const auto again = CatalogueTemplate::fromJson(json);
    FUZZ_CHECK(again.ok(), again ? QString() : again.error().english());
    FUZZ_CHECK(*again == *t, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));

    static const CatalogueTemplate builtin = *CatalogueTemplate::builtin(QStringLiteral("civil-first-instance"));
    (void)TemplateVersions::check(*t, {builtin}); // any verdict: only that it gives one
    (void)TemplateVersions::check(*t, {*t});      // as above
    const auto changes = TemplateVersions::diff(builtin, *t);
    (void)TemplateVersions::describe(changes, builtin, *t); // any lines: for crashes only
    for (const TemplateItem& item : t->items) {
        FUZZ_CHECK(t->item(item.code) != nullptr, item.code);
        const QString title = item.titles.value(0, item.name);
        (void)t->match(title); // any match: for crashes only
        for (int from = 0; from < t->version && from < 64; ++from) {
            const auto place = TemplateVersions::carry(*t, from, item.code, title);
            FUZZ_CHECK(!place || t->item(place->code) != nullptr, item.code);
        }
        // A document of this very version stays what it is.
        const auto same = TemplateVersions::carry(*t, t->version, item.code, title);
        FUZZ_CHECK(same && same->code == item.code && same->volume == t->volumeOf(item.code), item.code);
    }
    const QString id = TemplateVersions::versionId(t->id, t->version);
    const auto parsed = TemplateVersions::parseVersionId(id);
    FUZZ_CHECK(parsed && parsed->first == t->id && parsed->second == t->version, id);
    return 0;
}
