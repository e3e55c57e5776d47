#pragma once

#include "pipeline/cataloguer.h"
#include "pipeline/inputs.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Dossier {

class MasterLoader;
class PageRepository;
struct PageRow;
class PluginHost;
struct BatchEntry;

struct BatchOptions final
{
    Profile profile; // opened
    QString outDir;  // where report.json and <case>/catalogue.json go; empty: none written
    int jobs = 2;
    QString languages = QStringLiteral("chi_sim");
    QString templateId = QStringLiteral("civil-first-instance");
    QString caseNo;    // dossier for pages before any separator
    QString ocrPlugin; // preferred OCR plugin id
    QStringList inputs;
    QHash<QString, QString> sourceLabels; // absolute file path → the name to report (e.g. "test:0#3")
    QString device;                       // the scanner, "vendor model (name)", when the pages come from one
    QString operatorName;                 // who feeds the pages (DA/T 31 image metadata)
};

struct BatchSummary final
{
    QJsonObject report; // the report.json document
    int pages = 0;
    int failed = 0;
    int reused = 0; // pages completed by an earlier run
    double seconds = 0;
};

// Runs a batch through the pipeline: masters stored durably in feed order, then image work + OCR on `jobs`
// worker threads, then cataloguing into dossiers and documents. Blocking: call it from a worker thread in
// the GUI. Re-running on the same profile resumes: completed pages are reused, none is lost or doubled.
class BatchRunner final : public QObject
{
    Q_OBJECT

public:
    explicit BatchRunner(PluginHost* plugins, QObject* parent = nullptr);
    ~BatchRunner() override;

    Result<BatchSummary> run(const BatchOptions& options, const std::atomic_bool& cancel);

    // The catalogue template new dossiers get: the version of `id` this desk uses (TemplateLibrary::current: the
    // built-in one, or one an administrator published and released to this desk).
    static Result<CatalogueTemplate> templateFor(const Profile& profile, const QString& id);
    // Which volume each document goes to: its item's (正卷, 副卷); an item every volume has (a scanned 备考表)
    // stays in the volume of the document before it.
    static QStringList volumesOf(const CatalogueTemplate& tmpl, const QList<Cataloguer::Document>& documents);
    // A processed page as the cataloguer takes it.
    static Cataloguer::PageIn cataloguerInput(const PageRow& page);

Q_SIGNALS:
    void pageStored(int index, const QString& source);
    void pageProcessed(int done, int total, const QString& source);
    void stageChanged(const QString& stage);

private:
    struct Batch;
    // The stages of a run, in order.
    Status prepare(Batch& b);
    Status storeAndProcess(Batch& b);
    Status storeOne(Batch& b, PageRepository& pages, MasterLoader& loader, int index, BatchEntry& e, QString* sha,
                    QString* ext);
    Status readBack(Batch& b);
    static void flagMixedFormats(Batch& b);
    Status catalogue(Batch& b);
    static void catalogueByCase(Batch& b, int dossier);
    static void numberByVolume(Batch& b, int dossier);
    Status report(Batch& b);
    static QJsonArray pagesReport(Batch& b);
    static Result<QJsonObject> dossierReport(const Batch& b, int dossier);
    static QJsonArray imageList(const Batch& b, const Cataloguer::Dossier& d);

    PluginHost* m_plugins;
};

} // namespace Dossier
