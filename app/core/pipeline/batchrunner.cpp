#include "pipeline/batchrunner.h"

#include "common/fsutil.h"
#include "common/i18n.h"
#include "domain/casenumber.h"
#include "domain/textutil.h"
#include "pipeline/pageprocessor.h"
#include "pipeline/templatelibrary.h"
#include "plugin/pluginhost.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/pagerepository.h"

#include <dossier/ocrengine.h>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>

#include <cmath>
#include <map>
#include <optional>

namespace Dossier {

// One input of the batch: the file, its page row once stored, and why it failed if it did.
struct BatchEntry
{
    InputItem item;
    qint64 pageId = 0;
    std::optional<Error> error;
    bool reused = false;
};

namespace {

// A fixed set of OCR sessions shared by the workers: each task borrows one.
class SessionPool final
{
public:
    void add(std::unique_ptr<OcrSession> s)
    {
        m_all.push_back(std::move(s));
        m_free.push_back(m_all.back().get());
        m_sem.release();
    }
    OcrSession* acquire()
    {
        m_sem.acquire();
        QMutexLocker l(&m_mutex);
        OcrSession* s = m_free.back();
        m_free.pop_back();
        return s;
    }
    void release(OcrSession* s)
    {
        {
            QMutexLocker l(&m_mutex);
            m_free.push_back(s);
        }
        m_sem.release();
    }

private:
    std::vector<std::unique_ptr<OcrSession>> m_all;
    std::vector<OcrSession*> m_free;
    QMutex m_mutex;
    QSemaphore m_sem;
};

// A page as cataloguing and the report see it, read back once processing is over.
struct Row
{
    bool ok = false;
    PageRow page;
    Cataloguer::PageIn in{QStringLiteral("error"), {}, {}, {}, {}};
    std::optional<Error> error;
};

// Processes one stored page on a worker thread; the outcome (result or error) is recorded on its row.
void processOne(const Profile& profile, SessionPool& sessions, qint64 pageId, const QString& sha, const QString& ext)
{
    PageRepository pages(profile.database());
    const auto process = [&]() -> Status {
        auto bytes = profile.masters().read(sha, ext);
        if (!bytes)
            return bytes.error();
        OcrSession* session = sessions.acquire();
        auto r = PageProcessor::process(*bytes, 0, session);
        sessions.release(session);
        if (!r)
            return r.error();
        return pages.saveProcessed(pageId, r->toRow());
    };
    if (const Status outcome = process(); !outcome)
        if (auto recorded = pages.recordError(pageId, outcome.error()); !recorded)
            qWarning("page %lld: its error could not be recorded: %s", pageId,
                     qPrintable(recorded.error().english())); // the report still shows it: the row is not done
}

} // namespace

Result<CatalogueTemplate> BatchRunner::templateFor(const Profile& profile, const QString& id)
{
    return TemplateLibrary(profile).current(id);
}

QStringList BatchRunner::volumesOf(const CatalogueTemplate& tmpl, const QList<Cataloguer::Document>& documents)
{
    QStringList out;
    QString last = QStringLiteral("main");
    for (const Cataloguer::Document& doc : documents) {
        const TemplateItem* item = tmpl.item(doc.docType);
        if (!item || item->volume != QLatin1String("all"))
            last = tmpl.volumeOf(doc.docType);
        out << last;
    }
    return out;
}

Cataloguer::PageIn BatchRunner::cataloguerInput(const PageRow& page)
{
    return {page.kind, page.caseNo, page.separatorPayload.section(QLatin1Char('|'), 1, 1),
            PageResult::ocrFromJson(page.ocr), PageTransform::fromJson(page.transform).cleanedSize};
}

namespace {

QString formatFamily(const QString& f)
{
    return f.startsWith(QLatin1String("tif")) ? QStringLiteral("tiff") : f;
}

// The package folder of a case (as the archive names it): the 案号 with '/' made safe.
QString packageDirName(const QString& caseNo)
{
    return QString(caseNo).replace(QLatin1Char('/'), QLatin1Char('_'));
}

} // namespace

// Everything one run carries from stage to stage.
struct BatchRunner::Batch
{
    Batch(const BatchOptions& o, const std::atomic_bool& c) : options(o), cancel(c), profile(o.profile) {}
    const BatchOptions& options;
    const std::atomic_bool& cancel;
    const Profile& profile;
    QElapsedTimer timer;
    std::optional<CatalogueTemplate> tmpl; // the batch's (chosen in the settings, or --template)
    QList<CatalogueTemplate> templates;    // each dossier's: the one its 案号's type code takes, else the batch's
    QString defaultCase;
    int jobs = 1;
    SessionPool sessions;
    qint64 batchId = 0;
    QList<BatchEntry> entries;
    QList<Row> rows;
    Cataloguer::Result cat;
    BatchSummary summary;
};

BatchRunner::BatchRunner(PluginHost* plugins, QObject* parent) : QObject(parent), m_plugins(plugins) {}

BatchRunner::~BatchRunner() = default;

Result<BatchSummary> BatchRunner::run(const BatchOptions& options, const std::atomic_bool& cancel)
{
    if (!options.profile.isOpen())
        return Error(QStringLiteral("profile_not_open"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "No profile is open for the batch."));
    Batch b(options, cancel);
    b.timer.start();
    if (auto s = prepare(b); !s)
        return s.error();
    if (auto s = storeAndProcess(b); !s)
        return s.error();
    if (b.cancel.load())
        return Error(QStringLiteral("cancelled"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The batch was cancelled; stored pages are kept and a re-run resumes."));
    if (auto s = readBack(b); !s)
        return s.error();
    if (auto s = catalogue(b); !s)
        return s.error();
    if (auto s = report(b); !s)
        return s.error();
    return b.summary;
}

// The template, the default case and one OCR session per worker; the batch's row.
Status BatchRunner::prepare(Batch& b)
{
    PageRepository pages(b.profile.database());
    auto tmpl = templateFor(b.profile, b.options.templateId);
    if (!tmpl)
        return tmpl.error();
    b.tmpl = std::move(tmpl.value());
    if (!b.options.caseNo.isEmpty()) {
        auto cn = CaseNumber::parse(b.options.caseNo);
        if (!cn)
            return cn.error();
        b.defaultCase = cn->toString();
    }
    auto engine = m_plugins->load<OcrEngine>(QStringLiteral("ocr"), b.options.ocrPlugin);
    if (!engine)
        return engine.error();
    b.jobs = std::max(1, b.options.jobs);
    for (int i = 0; i < b.jobs; ++i) {
        OcrOptions o;
        o.languages = b.options.languages;
        auto session = engine.value()->createSession(o);
        if (!session)
            return session.error();
        b.sessions.add(std::move(session.value()));
    }
    const BatchOptions& o = b.options;
    auto batch = pages.beginBatch({{QStringLiteral("inputs"), QJsonArray::fromStringList(o.inputs)},
                                   {QStringLiteral("jobs"), b.jobs},
                                   {QStringLiteral("languages"), o.languages},
                                   {QStringLiteral("template"), o.templateId},
                                   {QStringLiteral("case"), b.defaultCase},
                                   {QStringLiteral("device"), o.device},
                                   {QStringLiteral("operator"), o.operatorName}});
    if (!batch)
        return batch.error();
    b.batchId = *batch;
    return Ok{};
}

// Stores every master durably in feed order and queues its processing on the workers; returns once all of
// them are done. A page already done by an earlier run is reused; one stored but not processed is processed.
Status BatchRunner::storeAndProcess(Batch& b)
{
    Q_EMIT stageChanged(QStringLiteral("store"));
    QList<InputItem> items = expandInputs(b.options.inputs);
    for (InputItem& it : items)
        if (const auto label = b.options.sourceLabels.constFind(it.path); label != b.options.sourceLabels.cend())
            it.source = *label;
    const int total = int(items.size());
    std::atomic_int processed{0};
    // Declared after everything its tasks use: on any return, its destructor waits for them first.
    QThreadPool pool;
    pool.setMaxThreadCount(b.jobs);
    MasterLoader loader;
    PageRepository pages(b.profile.database());
    b.entries.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        BatchEntry e;
        e.item = items.at(i);
        QString sha, ext;
        if (!b.cancel.load())
            if (auto s = storeOne(b, pages, loader, int(i), e, &sha, &ext); !s)
                return s;
        if (e.pageId != 0 && !e.reused && !e.error) {
            Q_EMIT pageStored(int(i), e.item.source);
            pool.start([this, &b, &processed, total, pageId = e.pageId, sha, ext, source = e.item.source] {
                if (!b.cancel.load())
                    processOne(b.profile, b.sessions, pageId, sha, ext);
                Q_EMIT pageProcessed(++processed, total, source);
            });
        }
        b.entries << e;
    }
    Q_EMIT stageChanged(QStringLiteral("process"));
    pool.waitForDone();
    return Ok{};
}

// One input: its page row found or made, its master stored. A page that cannot be read is remembered with
// its error (the batch goes on); a database that fails stops the batch (its error is returned).
Status BatchRunner::storeOne(Batch& b, PageRepository& pages, MasterLoader& loader, int index, BatchEntry& e,
                             QString* sha, QString* ext)
{
    if (e.item.kind == InputItem::Kind::Invalid) {
        e.error = e.item.error;
        return Ok{};
    }
    auto key = loader.sourceKey(e.item);
    if (!key) {
        e.error = key.error();
        return Ok{};
    }
    // Scanned sheets are distinct pages even when their images are identical (a blank back, a test target).
    if (b.options.sourceLabels.contains(e.item.path))
        key.value() += QLatin1Char('@') + e.item.path;
    auto known = pages.bySourceKey(*key);
    if (!known)
        return known.error();
    if (*known) {
        e.pageId = (*known)->id;
        *sha = (*known)->sha256;
        *ext = (*known)->masterFormat;
        e.reused = (*known)->status == QLatin1String("done");
        if (e.reused || !sha->isEmpty())
            return Ok{};
    }
    const PageRepository::NewPage page{*key, e.item.source, b.batchId, index, b.options.operatorName};
    auto master = loader.load(e.item);
    if (!master) {
        e.error = master.error();
        // Remembered so that the desk shows the failure; no master was stored.
        if (e.pageId != 0)
            return pages.recordError(e.pageId, master.error());
        auto failed = pages.insertFailed(page, master.error());
        if (!failed)
            return failed.error();
        e.pageId = *failed;
        return Ok{};
    }
    auto stored = b.profile.masters().put(master->bytes, master->extension);
    if (!stored) {
        e.error = stored.error();
        return Ok{};
    }
    *sha = stored->sha256;
    *ext = master->extension;
    // The master is on disk (fsynced) before its row is committed, and before any processing.
    if (e.pageId != 0)
        return pages.markStored(e.pageId, *sha, *ext, master->bytes.size());
    auto inserted = pages.insertStored(page, *sha, *ext, master->bytes.size());
    if (!inserted)
        return inserted.error();
    e.pageId = *inserted;
    return Ok{};
}

// Reads every page back as processing left it.
Status BatchRunner::readBack(Batch& b)
{
    PageRepository pages(b.profile.database());
    b.rows.resize(b.entries.size());
    for (qsizetype i = 0; i < b.entries.size(); ++i) {
        const BatchEntry& e = b.entries.at(i);
        Row& row = b.rows[i];
        if (e.pageId == 0) {
            row.error = e.error.value_or(Error(QStringLiteral("cancelled"), "cancelled"));
            continue;
        }
        auto page = pages.read(e.pageId);
        if (!page)
            return page.error();
        row.page = std::move(page.value());
        if (row.page.status != QLatin1String("done")) {
            row.error = e.error          ? *e.error
                        : row.page.error ? *row.page.error
                                         : Error(QStringLiteral("page_unprocessed"),
                                                 QT_TRANSLATE_NOOP("Dossier::Error", "The page was not processed."));
            continue;
        }
        row.ok = true;
        row.in = cataloguerInput(row.page);
    }
    flagMixedFormats(b);
    return Ok{};
}

// DA/T 31: one master format per batch. Pages in a minority format are flagged.
void BatchRunner::flagMixedFormats(Batch& b)
{
    std::map<QString, int> formats;
    for (const Row& row : std::as_const(b.rows))
        if (row.ok && row.page.kind != QLatin1String("separator"))
            ++formats[formatFamily(row.page.masterFormat)];
    if (formats.size() <= 1)
        return;
    QString major;
    int best = -1;
    for (const auto& [f, n] : formats)
        if (n > best)
            best = n, major = f;
    for (Row& row : b.rows)
        if (row.ok && row.page.kind != QLatin1String("separator") && formatFamily(row.page.masterFormat) != major &&
            !row.page.flags.contains(QLatin1String("mixed_format")))
            row.page.flags << QStringLiteral("mixed_format");
}

// A dossier whose 案号 takes another template than the batch's (a 刑初 case in a batch of 民初 ones) is
// catalogued again, its pages alone, by its own.
void BatchRunner::catalogueByCase(Batch& b, int dossier)
{
    Cataloguer::Dossier& d = b.cat.dossiers[dossier];
    auto own = TemplateLibrary(b.profile).forCase(d.caseNo, b.tmpl->id);
    b.templates << (own ? *own : *b.tmpl);
    if (!own || own->id == b.tmpl->id)
        return;
    QList<Cataloguer::PageIn> in;
    for (int idx : std::as_const(d.pages))
        in << b.rows.at(idx).in;
    Cataloguer::Result again = Cataloguer(*own).run(in, d.caseNo);
    if (again.dossiers.size() != 1)
        return; // the pages of one dossier make one: nothing else can come back
    d.documents = again.dossiers.first().documents;
    for (Cataloguer::Document& doc : d.documents)
        for (int& idx : doc.pages)
            idx = d.pages.at(idx);
    for (qsizetype k = 0; k < d.pages.size(); ++k) {
        Cataloguer::PageOut out = again.pages.at(k);
        out.dossier = dossier;
        b.cat.pages[d.pages.at(k)] = out;
    }
}

// Content pages are numbered from 1 in each volume: the 副卷's documents start their own count.
void BatchRunner::numberByVolume(Batch& b, int dossier)
{
    Cataloguer::Dossier& d = b.cat.dossiers[dossier];
    const QStringList volumes = volumesOf(b.templates.at(dossier), d.documents);
    QHash<QString, int> last;
    for (qsizetype k = 0; k < d.documents.size(); ++k) {
        Cataloguer::Document& doc = d.documents[k];
        int& n = last[volumes.at(k)];
        doc.firstPage = n + 1;
        for (int idx : std::as_const(doc.pages))
            if (b.cat.pages[idx].volumePage > 0)
                b.cat.pages[idx].volumePage = ++n;
        doc.lastPage = std::max(n, doc.firstPage);
    }
}

// Splits the batch into dossiers and documents and stores them, all in one transaction: a failed statement
// rolls the whole catalogue back and is reported. Each document goes to its volume (正卷, 副卷). A catalogue a
// clerk has edited is kept: pages it does not hold yet go to its last document.
Status BatchRunner::catalogue(Batch& b)
{
    Q_EMIT stageChanged(QStringLiteral("catalogue"));
    QList<Cataloguer::PageIn> in;
    for (const Row& row : std::as_const(b.rows))
        in << row.in;
    b.cat = Cataloguer(*b.tmpl).run(in, b.defaultCase);
    b.templates.clear();
    for (qsizetype k = 0; k < b.cat.dossiers.size(); ++k) {
        catalogueByCase(b, int(k));
        numberByVolume(b, int(k));
    }

    QSqlDatabase db = b.profile.database();
    Transaction tx(db);
    CatalogueRepository catalogue(db);
    const auto place = [&](const Cataloguer::Dossier& d, const CatalogueTemplate& tmpl) -> Status {
        auto volume = catalogue.ensureMainVolume(d.caseNo, d.dossierId, tmpl.id, tmpl.version);
        if (!volume)
            return volume.error();
        if (volume->editedByHand) {
            QList<qint64> pageIds;
            for (int idx : d.pages)
                pageIds << b.entries.at(idx).pageId;
            return catalogue.appendToLastDocument(volume->volumeId, pageIds, d.caseNo);
        }
        QHash<QString, QList<CatalogueRepository::NewDocument>> docs;
        const QStringList volumes = volumesOf(tmpl, d.documents);
        for (qsizetype k = 0; k < d.documents.size(); ++k) {
            const Cataloguer::Document& doc = d.documents.at(k);
            CatalogueRepository::NewDocument nd{doc.docType, doc.title, {}};
            for (int idx : doc.pages)
                nd.pages << CatalogueRepository::PlacedPage{
                    b.entries.at(idx).pageId, b.cat.pages.at(idx).pageInDocument, b.rows.at(idx).page.flags};
            docs[volumes.at(k)] << nd;
        }
        if (auto s = catalogue.replaceDocuments(volume->volumeId, docs.value(QStringLiteral("main")), d.caseNo); !s)
            return s;
        if (!docs.contains(QStringLiteral("secondary")))
            return Ok{};
        auto dossier = catalogue.dossierOfVolume(volume->volumeId);
        auto secondary = dossier ? catalogue.ensureVolumeOf(*dossier, QStringLiteral("secondary")) : dossier;
        if (!secondary)
            return secondary.error();
        return catalogue.replaceDocuments(*secondary, docs.value(QStringLiteral("secondary")), d.caseNo);
    };
    for (qsizetype k = 0; k < b.cat.dossiers.size(); ++k)
        if (auto s = place(b.cat.dossiers.at(k), b.templates.at(k)); !s)
            return s;
    if (auto s = PageRepository(db).finishBatch(b.batchId); !s)
        return s;
    return tx.commit();
}

// The report entry of every page, in feed order.
QJsonArray BatchRunner::pagesReport(Batch& b)
{
    QJsonArray out;
    for (qsizetype i = 0; i < b.entries.size(); ++i) {
        const Row& row = b.rows.at(i);
        const Cataloguer::PageOut& po = b.cat.pages.at(i);
        QJsonObject p{{QStringLiteral("source"), b.entries.at(i).item.source}};
        ++b.summary.pages;
        if (b.entries.at(i).reused)
            ++b.summary.reused;
        if (!row.ok) {
            ++b.summary.failed;
            p[QStringLiteral("status")] = QStringLiteral("error");
            p[QStringLiteral("error")] = I18n::errorJson(*row.error);
            out.append(p);
            continue;
        }
        const bool separator = row.page.kind == QLatin1String("separator");
        const QString caseNo = separator         ? row.page.caseNo
                               : po.dossier >= 0 ? b.cat.dossiers.at(po.dossier).caseNo
                                                 : QString();
        const bool inDocument = po.document >= 0;
        p[QStringLiteral("status")] = QStringLiteral("ok");
        p[QStringLiteral("kind")] = row.page.kind;
        p[QStringLiteral("case_no")] = caseNo.isEmpty() ? QJsonValue() : QJsonValue(caseNo);
        p[QStringLiteral("document")] = inDocument ? QJsonValue(po.document) : QJsonValue();
        p[QStringLiteral("doc_type")] = inDocument ? QJsonValue(po.docType) : QJsonValue();
        p[QStringLiteral("title")] = inDocument ? QJsonValue(po.title) : QJsonValue();
        p[QStringLiteral("page_in_document")] = po.pageInDocument > 0 ? QJsonValue(po.pageInDocument) : QJsonValue();
        p[QStringLiteral("rotation")] = row.page.rotation;
        p[QStringLiteral("skew")] = row.page.skew;
        p[QStringLiteral("dpi")] = row.page.dpi;
        p[QStringLiteral("colour_mode")] = row.page.colourMode;
        p[QStringLiteral("flags")] = QJsonArray::fromStringList(row.page.flags);
        p[QStringLiteral("text")] = row.page.text;
        p[QStringLiteral("sha256")] = row.page.sha256;
        out.append(p);
    }
    return out;
}

// DA/T 31 image names: <案号 key>-Z-<volume>-<running number>, every image of the volume in order, no gaps.
QJsonArray BatchRunner::imageList(const Batch& b, const Cataloguer::Dossier& d)
{
    const auto cn = CaseNumber::parse(d.caseNo);
    const QString key = cn ? cn->fileKey() : packageDirName(d.caseNo);
    QJsonArray images;
    int n = 0;
    for (int idx : d.pages) {
        const Cataloguer::PageOut& po = b.cat.pages.at(idx);
        images.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("%1-Z-1-%2").arg(key).arg(++n, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("page"), po.volumePage > 0 ? QJsonValue(po.volumePage) : QJsonValue()},
            {QStringLiteral("document"), po.document >= 0 ? QJsonValue(po.document) : QJsonValue()},
            {QStringLiteral("kind"), b.rows.at(idx).page.kind},
            {QStringLiteral("source"), b.entries.at(idx).item.source},
            {QStringLiteral("sha256"), b.rows.at(idx).page.sha256}});
    }
    return images;
}

// A dossier's report entry; with an output folder, its catalogue.json too.
Result<QJsonObject> BatchRunner::dossierReport(const Batch& b, int dossier)
{
    const Cataloguer::Dossier& d = b.cat.dossiers.at(dossier);
    const CatalogueTemplate& tmpl = b.templates.at(dossier);
    const QStringList volumes = volumesOf(tmpl, d.documents);
    QJsonArray docs;
    for (qsizetype k = 0; k < d.documents.size(); ++k) {
        const Cataloguer::Document& doc = d.documents.at(k);
        const TemplateItem* item = tmpl.item(doc.docType);
        QJsonArray sources;
        for (int idx : doc.pages)
            sources.append(b.entries.at(idx).item.source);
        docs.append(QJsonObject{{QStringLiteral("index"), int(k)},
                                {QStringLiteral("doc_type"), doc.docType},
                                {QStringLiteral("type_name"), item ? item->name : QString()},
                                {QStringLiteral("volume"), volumes.at(k)},
                                {QStringLiteral("title"), doc.title},
                                {QStringLiteral("pages"), QJsonArray{doc.firstPage, doc.lastPage}},
                                {QStringLiteral("sources"), sources}});
    }
    if (!b.options.outDir.isEmpty()) {
        const QJsonObject catalogue{{QStringLiteral("case_no"), d.caseNo},
                                    {QStringLiteral("dossier_id"), d.dossierId},
                                    {QStringLiteral("volume"), QStringLiteral("main")},
                                    {QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), tmpl.id},
                                                                             {QStringLiteral("version"), tmpl.version},
                                                                             {QStringLiteral("name"), tmpl.name}}},
                                    {QStringLiteral("documents"), docs},
                                    {QStringLiteral("images"), imageList(b, d)}};
        const QString file =
            QDir(b.options.outDir).filePath(packageDirName(d.caseNo) + QStringLiteral("/catalogue.json"));
        if (auto w = FsUtil::writeDurably(file, QJsonDocument(catalogue).toJson(QJsonDocument::Indented)); !w)
            return w.error();
    }
    return QJsonObject{{QStringLiteral("case_no"), d.caseNo},
                       {QStringLiteral("dossier_id"), d.dossierId},
                       {QStringLiteral("documents"), docs},
                       {QStringLiteral("outputs"), QJsonObject()}};
}

// The summary and report.json (with an output folder).
Status BatchRunner::report(Batch& b)
{
    const QJsonArray pagesJson = pagesReport(b);
    QJsonArray dossiersJson;
    for (qsizetype k = 0; k < b.cat.dossiers.size(); ++k) {
        auto dj = dossierReport(b, int(k));
        if (!dj)
            return dj.error();
        dossiersJson.append(*dj);
    }
    QJsonArray unassigned;
    for (int idx : std::as_const(b.cat.unassigned))
        unassigned.append(b.entries.at(idx).item.source);
    BatchSummary& summary = b.summary;
    summary.seconds = double(b.timer.elapsed()) / 1000.0;
    const double ppm = summary.seconds > 0 ? summary.pages * 60.0 / summary.seconds : 0;
    summary.report = QJsonObject{
        {QStringLiteral("pages"), pagesJson},
        {QStringLiteral("dossiers"), dossiersJson},
        {QStringLiteral("unassigned"), unassigned},
        {QStringLiteral("stats"), QJsonObject{{QStringLiteral("pages"), summary.pages},
                                              {QStringLiteral("failed"), summary.failed},
                                              {QStringLiteral("reused"), summary.reused},
                                              {QStringLiteral("seconds"), std::round(summary.seconds * 100) / 100},
                                              {QStringLiteral("pages_per_minute"), std::round(ppm * 10) / 10},
                                              {QStringLiteral("jobs"), b.jobs}}}};
    if (b.options.outDir.isEmpty())
        return Ok{};
    return FsUtil::writeDurably(QDir(b.options.outDir).filePath(QStringLiteral("report.json")),
                                QJsonDocument(summary.report).toJson(QJsonDocument::Indented));
}

} // namespace Dossier
