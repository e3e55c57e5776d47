#include "pipeline/batchrunner.h"

#include "common/fsutil.h"
#include "common/i18n.h"
#include "domain/casenumber.h"
#include "domain/textutil.h"
#include "pipeline/pageprocessor.h"
#include "plugin/pluginhost.h"
#include "storage/database.h"
#include "storage/masterstore.h"

#include <dossier/ocrengine.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSemaphore>
#include <QStandardPaths>
#include <QThreadPool>

#include <cmath>
#include <map>
#include <optional>

namespace Dossier {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

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

struct Entry
{
    InputItem item;
    qint64 pageId = 0;
    std::optional<Error> error;
    bool reused = false;
};

QString errorArgs(const Error& e)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.args())).toJson(QJsonDocument::Compact));
}

Error errorFromRow(const QString& code, const QString& text, const QString& args)
{
    QStringList a;
    for (const QJsonValue& v : QJsonDocument::fromJson(args.toUtf8()).array())
        a << v.toString();
    return Error(code, text.toUtf8().constData(), a);
}

Status recordError(QSqlDatabase db, qint64 pageId, const Error& e)
{
    return execSql(db,
                   QStringLiteral("UPDATE pages SET status='error', error_code=?, error_text=?, error_args=?, "
                                  "processed_at=? WHERE id=?"),
                   {e.code(), e.sourceText(), errorArgs(e), now(), pageId})
               ? Status(Ok{})
               : Status(Database::sqlError(db));
}

void processOne(const QString& dbPath, const MasterStore& store, SessionPool& sessions, qint64 pageId,
                const QString& sha, const QString& ext)
{
    QSqlDatabase db = Database::connection(dbPath);
    auto bytes = store.read(sha, ext);
    if (!bytes) {
        (void)recordError(db, pageId, bytes.error());
        return;
    }
    OcrSession* session = sessions.acquire();
    auto r = PageProcessor::process(*bytes, 0, session);
    sessions.release(session);
    if (!r) {
        (void)recordError(db, pageId, r.error());
        return;
    }
    if (auto saved = r->save(db, pageId); !saved)
        (void)recordError(db, pageId, saved.error());
}

// The catalogue template for new dossiers: a version an administrator published through the server (received
// by sync) when it is newer than the built-in one.
Result<CatalogueTemplate> templateFor(QSqlDatabase db, const QString& id)
{
    auto builtin = CatalogueTemplate::builtin(id);
    auto q = execSql(db, QStringLiteral("SELECT value FROM settings WHERE key=?"), {QStringLiteral("template:") + id});
    if (q && q->next()) {
        auto published = CatalogueTemplate::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        if (published && (!builtin || published->version >= builtin->version))
            return published;
    }
    return builtin;
}

QString formatFamily(const QString& f)
{
    return f.startsWith(QLatin1String("tif")) ? QStringLiteral("tiff") : f;
}

} // namespace

// DA/T 31 image names: <案号 key>-Z-<volume>-<running number>, every image of the volume in order, no gaps.
template <typename Rows, typename Entries>
static QJsonArray imageList(const Cataloguer::Dossier& d, const Cataloguer::Result& cat, const Rows& rows,
                            const Entries& entries)
{
    const auto cn = CaseNumber::parse(d.caseNo);
    const QString key = cn ? cn->fileKey() : QString(d.caseNo).replace(QLatin1Char('/'), QLatin1Char('_'));
    QJsonArray images;
    int n = 0;
    for (int idx : d.pages) {
        const auto& row = rows.at(idx);
        const Cataloguer::PageOut& po = cat.pages.at(idx);
        images.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("%1-Z-1-%2").arg(key).arg(++n, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("page"), po.volumePage > 0 ? QJsonValue(po.volumePage) : QJsonValue()},
            {QStringLiteral("document"), po.document >= 0 ? QJsonValue(po.document) : QJsonValue()},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("source"), entries.at(idx).item.source},
            {QStringLiteral("sha256"), row.sha}});
    }
    return images;
}

BatchRunner::BatchRunner(PluginHost* plugins, QObject* parent) : QObject(parent), m_plugins(plugins) {}

QString BatchRunner::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/dossier");
}

QString BatchRunner::databasePath(const QString& profileDir)
{
    return profileDir + QStringLiteral("/dossier.sqlite");
}

QString BatchRunner::mastersPath(const QString& profileDir)
{
    return profileDir + QStringLiteral("/masters");
}

Result<BatchSummary> BatchRunner::run(const BatchOptions& options, const std::atomic_bool& cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QString profile = options.profileDir.isEmpty() ? defaultProfileDir() : options.profileDir;
    const QString dbPath = databasePath(profile);
    if (auto s = Database::open(dbPath); !s)
        return s.error();
    auto tmpl = templateFor(Database::connection(dbPath), options.templateId);
    if (!tmpl)
        return tmpl.error();
    QString defaultCase;
    if (!options.caseNo.isEmpty()) {
        auto cn = CaseNumber::parse(options.caseNo);
        if (!cn)
            return cn.error();
        defaultCase = cn->toString();
    }
    auto engine = m_plugins->load<OcrEngine>(QStringLiteral("ocr"), options.ocrPlugin);
    if (!engine)
        return engine.error();
    const int jobs = std::max(1, options.jobs);
    SessionPool sessions;
    for (int i = 0; i < jobs; ++i) {
        OcrOptions o;
        o.languages = options.languages;
        auto s = engine.value()->createSession(o);
        if (!s)
            return s.error();
        sessions.add(std::move(s.value()));
    }

    Q_EMIT stageChanged(QStringLiteral("store"));
    QList<InputItem> items = expandInputs(options.inputs);
    for (InputItem& it : items)
        if (const auto label = options.sourceLabels.constFind(it.path); label != options.sourceLabels.cend())
            it.source = *label;
    QSqlDatabase db = Database::connection(dbPath);
    const QJsonObject optionsJson{{QStringLiteral("inputs"), QJsonArray::fromStringList(options.inputs)},
                                  {QStringLiteral("jobs"), jobs},
                                  {QStringLiteral("languages"), options.languages},
                                  {QStringLiteral("template"), options.templateId},
                                  {QStringLiteral("case"), defaultCase},
                                  {QStringLiteral("device"), options.device},
                                  {QStringLiteral("operator"), options.operatorName}};
    auto batchInsert = execSql(db, QStringLiteral("INSERT INTO batches(started_at, options, status) VALUES(?,?,?)"),
                               {now(), QString::fromUtf8(QJsonDocument(optionsJson).toJson(QJsonDocument::Compact)),
                                QStringLiteral("running")});
    if (!batchInsert)
        return batchInsert.error();
    const qint64 batchId = batchInsert->lastInsertId().toLongLong();

    MasterStore store(mastersPath(profile));
    MasterLoader loader;
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    std::atomic_int processed{0};
    int queued = 0;
    QList<Entry> entries;
    entries.reserve(items.size());

    auto queue = [&](qint64 pageId, const QString& sha, const QString& ext, const QString& source) {
        ++queued;
        pool.start([&, pageId, sha, ext, source] {
            if (!cancel.load())
                processOne(dbPath, store, sessions, pageId, sha, ext);
            const int done = ++processed;
            Q_EMIT pageProcessed(done, int(items.size()), source);
        });
    };

    for (qsizetype i = 0; i < items.size(); ++i) {
        Entry e;
        e.item = items.at(i);
        if (cancel.load()) {
            entries << e;
            continue;
        }
        if (e.item.kind == InputItem::Kind::Invalid) {
            e.error = e.item.error;
            entries << e;
            continue;
        }
        auto key = loader.sourceKey(e.item);
        if (!key) {
            e.error = key.error();
            entries << e;
            continue;
        }
        // Scanned sheets are distinct pages even when their images are identical (a blank back, a test target).
        if (options.sourceLabels.contains(e.item.path))
            key.value() += QLatin1Char('@') + e.item.path;
        auto existing = execSql(
            db, QStringLiteral("SELECT id, status, sha256, master_format FROM pages WHERE source_key=?"), {*key});
        if (!existing)
            return existing.error();
        QString sha, ext;
        if (existing->next()) {
            e.pageId = existing->value(0).toLongLong();
            sha = existing->value(2).toString();
            ext = existing->value(3).toString();
            if (existing->value(1).toString() == QLatin1String("done")) {
                e.reused = true;
                entries << e;
                continue;
            }
        }
        if (sha.isEmpty()) {
            auto master = loader.load(e.item);
            if (!master) {
                e.error = master.error();
                // Remember the failure so that the desk shows it; no master was stored.
                if (e.pageId == 0) {
                    auto ins =
                        execSql(db,
                                QStringLiteral("INSERT INTO pages(source_key, source, batch_id, feed_index, status, "
                                               "error_code, error_text, error_args, created_at) "
                                               "VALUES(?,?,?,?,'error',?,?,?,?)"),
                                {*key, e.item.source, batchId, int(i), master.error().code(),
                                 master.error().sourceText(), errorArgs(master.error()), now()});
                    if (ins)
                        e.pageId = ins->lastInsertId().toLongLong();
                } else {
                    (void)recordError(db, e.pageId, master.error());
                }
                entries << e;
                continue;
            }
            auto stored = store.put(master->bytes, master->extension);
            if (!stored) {
                e.error = stored.error();
                entries << e;
                continue;
            }
            sha = stored->sha256;
            ext = master->extension;
            // The master is on disk (fsynced) before its row is committed, and before any processing.
            if (e.pageId == 0) {
                auto ins = execSql(db,
                                   QStringLiteral("INSERT INTO pages(source_key, source, batch_id, feed_index, sha256, "
                                                  "master_format, master_bytes, status, created_at) "
                                                  "VALUES(?,?,?,?,?,?,?,'stored',?)"),
                                   {*key, e.item.source, batchId, int(i), sha, ext, master->bytes.size(), now()});
                if (!ins)
                    return ins.error();
                e.pageId = ins->lastInsertId().toLongLong();
            } else {
                (void)execSql(db,
                              QStringLiteral("UPDATE pages SET sha256=?, master_format=?, master_bytes=?, "
                                             "status='stored' WHERE id=?"),
                              {sha, ext, master->bytes.size(), e.pageId});
            }
        }
        Q_EMIT pageStored(int(i), e.item.source);
        queue(e.pageId, sha, ext, e.item.source);
        entries << e;
    }
    Q_EMIT stageChanged(QStringLiteral("process"));
    pool.waitForDone();
    if (cancel.load())
        return Error(QStringLiteral("cancelled"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The batch was cancelled; stored pages are kept and a re-run resumes."));

    // ---- cataloguing -------------------------------------------------------------------------------------
    Q_EMIT stageChanged(QStringLiteral("catalogue"));
    struct Row
    {
        QString status, kind, sepCase, sepId, sha, format, colour, text;
        QStringList flags;
        int rotation = 0, dpi = 0;
        double skew = 0;
        OcrPage ocr;
        QSize size;
        std::optional<Error> error;
    };
    QList<Row> rows(entries.size());
    QList<Cataloguer::PageIn> catIn(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry& e = entries[i];
        Row& row = rows[i];
        catIn[i].kind = QStringLiteral("error");
        if (e.pageId == 0) {
            row.status = QStringLiteral("error");
            row.error = e.error.value_or(Error(QStringLiteral("cancelled"), "cancelled"));
            continue;
        }
        auto q = execSql(db,
                         QStringLiteral("SELECT status, kind, case_no, separator_payload, sha256, master_format, "
                                        "colour_mode, text, flags, rotation, dpi, skew, ocr, transform, error_code, "
                                        "error_text, error_args FROM pages WHERE id=?"),
                         {e.pageId});
        if (!q || !q->next())
            return q ? Database::sqlError(db) : q.error();
        row.status = q->value(0).toString();
        if (row.status != QLatin1String("done")) {
            row.status = QStringLiteral("error");
            row.error = e.error
                            ? *e.error
                            : errorFromRow(q->value(14).toString(), q->value(15).toString(), q->value(16).toString());
            continue;
        }
        row.kind = q->value(1).toString();
        row.sepCase = q->value(2).toString();
        row.sepId = q->value(3).toString().section(QLatin1Char('|'), 1, 1);
        row.sha = q->value(4).toString();
        row.format = q->value(5).toString();
        row.colour = q->value(6).toString();
        row.text = q->value(7).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(8).toString().toUtf8()).array())
            row.flags << v.toString();
        row.rotation = q->value(9).toInt();
        row.dpi = q->value(10).toInt();
        row.skew = q->value(11).toDouble();
        row.ocr = PageResult::ocrFromJson(QJsonDocument::fromJson(q->value(12).toString().toUtf8()).object());
        row.size =
            PageTransform::fromJson(QJsonDocument::fromJson(q->value(13).toString().toUtf8()).object()).cleanedSize;
        catIn[i] = Cataloguer::PageIn{row.kind, row.sepCase, row.sepId, row.ocr, row.size};
    }

    // DA/T 31: one master format per batch. Pages in a minority format are flagged.
    std::map<QString, int> formats;
    for (const Row& row : rows)
        if (row.status == QLatin1String("done") && row.kind != QLatin1String("separator"))
            ++formats[formatFamily(row.format)];
    if (formats.size() > 1) {
        QString major;
        int best = -1;
        for (const auto& [f, n] : formats)
            if (n > best)
                best = n, major = f;
        for (Row& row : rows)
            if (row.status == QLatin1String("done") && row.kind != QLatin1String("separator") &&
                formatFamily(row.format) != major && !row.flags.contains(QLatin1String("mixed_format")))
                row.flags << QStringLiteral("mixed_format");
    }

    const Cataloguer cataloguer(*tmpl);
    const Cataloguer::Result cat = cataloguer.run(catIn, defaultCase);

    // Persist cases, dossiers, the main volume and its documents.
    {
        Transaction tx(db);
        for (const Cataloguer::Dossier& d : cat.dossiers) {
            auto cn = CaseNumber::parse(d.caseNo);
            (void)execSql(
                db,
                QStringLiteral("INSERT INTO cases(case_no, year, court_code, type_code, sequence, created_at) "
                               "VALUES(?,?,?,?,?,?) ON CONFLICT(case_no) DO NOTHING"),
                {d.caseNo, cn ? cn->year : 0, cn ? cn->courtCode : QString(), cn ? cn->typeCode : QString(),
                 cn ? cn->sequence : 0, now()});
            auto caseId = execSql(db, QStringLiteral("SELECT id FROM cases WHERE case_no=?"), {d.caseNo});
            if (!caseId || !caseId->next())
                return Database::sqlError(db);
            const qint64 cid = caseId->value(0).toLongLong();
            (void)execSql(db,
                          QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) "
                                         "VALUES(?,?,?,?) ON CONFLICT(case_id, external_id) DO NOTHING"),
                          {cid, d.dossierId, tmpl->id, now()});
            auto did = execSql(db, QStringLiteral("SELECT id FROM dossiers WHERE case_id=? AND external_id=?"),
                               {cid, d.dossierId});
            if (!did || !did->next())
                return Database::sqlError(db);
            const qint64 dossierId = did->value(0).toLongLong();
            (void)execSql(db,
                          QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1) "
                                         "ON CONFLICT(dossier_id, kind, number) DO NOTHING"),
                          {dossierId});
            auto vid =
                execSql(db, QStringLiteral("SELECT id FROM volumes WHERE dossier_id=? AND kind='main'"), {dossierId});
            if (!vid || !vid->next())
                return Database::sqlError(db);
            const qint64 volumeId = vid->value(0).toLongLong();
            // A catalogue a clerk has edited is kept: pages it does not hold yet go to its last document.
            if (auto edited = execSql(db, QStringLiteral("SELECT edited_at FROM dossiers WHERE id=?"), {dossierId});
                edited && edited->next() && !edited->value(0).isNull()) {
                auto last = execSql(
                    db, QStringLiteral("SELECT id FROM documents WHERE volume_id=? ORDER BY position DESC LIMIT 1"),
                    {volumeId});
                const qint64 lastDoc = last && last->next() ? last->value(0).toLongLong() : 0;
                for (int idx : d.pages) {
                    auto has = execSql(db, QStringLiteral("SELECT document_id, status FROM pages WHERE id=?"),
                                       {entries[idx].pageId});
                    if (!has || !has->next() || !has->value(0).isNull() ||
                        has->value(1).toString() == QLatin1String("removed") || lastDoc == 0)
                        continue;
                    (void)execSql(
                        db,
                        QStringLiteral("UPDATE pages SET document_id=?, position=(SELECT coalesce(max(position),-1)+1 "
                                       "FROM pages WHERE document_id=?), case_no=? WHERE id=?"),
                        {lastDoc, lastDoc, d.caseNo, entries[idx].pageId});
                }
                continue;
            }
            (void)execSql(db,
                          QStringLiteral("UPDATE pages SET document_id=NULL WHERE document_id IN "
                                         "(SELECT id FROM documents WHERE volume_id=?)"),
                          {volumeId});
            (void)execSql(db, QStringLiteral("DELETE FROM documents WHERE volume_id=?"), {volumeId});
            for (qsizetype k = 0; k < d.documents.size(); ++k) {
                const Cataloguer::Document& doc = d.documents.at(k);
                auto ins = execSql(db,
                                   QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) "
                                                  "VALUES(?,?,?,?)"),
                                   {volumeId, int(k), doc.docType, doc.title});
                if (!ins)
                    return ins.error();
                const qint64 docId = ins->lastInsertId().toLongLong();
                for (qsizetype pi = 0; pi < doc.pages.size(); ++pi) {
                    const int idx = doc.pages.at(pi);
                    const Cataloguer::PageOut& po = cat.pages.at(idx);
                    (void)execSql(
                        db,
                        QStringLiteral("UPDATE pages SET document_id=?, position=?, page_in_document=?, "
                                       "case_no=?, flags=? WHERE id=?"),
                        {docId, int(pi), po.pageInDocument > 0 ? QVariant(po.pageInDocument) : QVariant(), d.caseNo,
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray::fromStringList(rows[idx].flags)).toJson(QJsonDocument::Compact)),
                         entries[idx].pageId});
                }
            }
        }
        (void)execSql(db, QStringLiteral("UPDATE batches SET finished_at=?, status='done' WHERE id=?"),
                      {now(), batchId});
        if (auto c = tx.commit(); !c)
            return c.error();
    }

    // ---- report -------------------------------------------------------------------------------------------
    BatchSummary summary;
    QJsonArray pagesJson;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Row& row = rows.at(i);
        const Cataloguer::PageOut& po = cat.pages.at(i);
        QJsonObject p{{QStringLiteral("source"), entries[i].item.source}};
        ++summary.pages;
        if (entries[i].reused)
            ++summary.reused;
        if (row.status != QLatin1String("done")) {
            ++summary.failed;
            p[QStringLiteral("status")] = QStringLiteral("error");
            p[QStringLiteral("error")] = I18n::errorJson(*row.error);
            pagesJson.append(p);
            continue;
        }
        const bool inDossier = po.dossier >= 0;
        const QString caseNo = row.kind == QLatin1String("separator") ? row.sepCase
                               : inDossier                            ? cat.dossiers.at(po.dossier).caseNo
                                                                      : QString();
        p[QStringLiteral("status")] = QStringLiteral("ok");
        p[QStringLiteral("kind")] = row.kind;
        p[QStringLiteral("case_no")] = caseNo.isEmpty() ? QJsonValue() : QJsonValue(caseNo);
        p[QStringLiteral("document")] = po.document >= 0 ? QJsonValue(po.document) : QJsonValue();
        p[QStringLiteral("doc_type")] = po.document >= 0 ? QJsonValue(po.docType) : QJsonValue();
        p[QStringLiteral("title")] = po.document >= 0 ? QJsonValue(po.title) : QJsonValue();
        p[QStringLiteral("page_in_document")] = po.pageInDocument > 0 ? QJsonValue(po.pageInDocument) : QJsonValue();
        p[QStringLiteral("rotation")] = row.rotation;
        p[QStringLiteral("skew")] = row.skew;
        p[QStringLiteral("dpi")] = row.dpi;
        p[QStringLiteral("colour_mode")] = row.colour;
        p[QStringLiteral("flags")] = QJsonArray::fromStringList(row.flags);
        p[QStringLiteral("text")] = row.text;
        p[QStringLiteral("sha256")] = row.sha;
        pagesJson.append(p);
    }

    QJsonArray dossiersJson;
    for (const Cataloguer::Dossier& d : cat.dossiers) {
        QJsonArray docs;
        for (qsizetype k = 0; k < d.documents.size(); ++k) {
            const Cataloguer::Document& doc = d.documents.at(k);
            const TemplateItem* item = tmpl->item(doc.docType);
            QJsonArray sources;
            for (int idx : doc.pages)
                sources.append(entries[idx].item.source);
            docs.append(QJsonObject{{QStringLiteral("index"), int(k)},
                                    {QStringLiteral("doc_type"), doc.docType},
                                    {QStringLiteral("type_name"), item ? item->name : QString()},
                                    {QStringLiteral("title"), doc.title},
                                    {QStringLiteral("pages"), QJsonArray{doc.firstPage, doc.lastPage}},
                                    {QStringLiteral("sources"), sources}});
        }
        QJsonObject dj{{QStringLiteral("case_no"), d.caseNo},
                       {QStringLiteral("dossier_id"), d.dossierId},
                       {QStringLiteral("documents"), docs},
                       {QStringLiteral("outputs"), QJsonObject()}};
        if (!options.outDir.isEmpty()) {
            QJsonObject catalogue{{QStringLiteral("case_no"), d.caseNo},
                                  {QStringLiteral("dossier_id"), d.dossierId},
                                  {QStringLiteral("volume"), QStringLiteral("main")},
                                  {QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), tmpl->id},
                                                                           {QStringLiteral("version"), tmpl->version},
                                                                           {QStringLiteral("name"), tmpl->name}}},
                                  {QStringLiteral("documents"), docs},
                                  {QStringLiteral("images"), imageList(d, cat, rows, entries)}};
            const QString dir = options.outDir + QLatin1Char('/') + Archiver::packageDirName(d.caseNo);
            if (auto w = FsUtil::writeDurably(dir + QStringLiteral("/catalogue.json"),
                                              QJsonDocument(catalogue).toJson(QJsonDocument::Indented));
                !w)
                return w.error();
            if (options.archive && !cancel.load()) {
                Q_EMIT stageChanged(QStringLiteral("archive"));
                Archiver archiver(m_plugins);
                connect(&archiver, &Archiver::progress, this, &BatchRunner::archiveProgress, Qt::DirectConnection);
                auto outputs = archiver.archive(options.profileDir, options.outDir, d.caseNo, d.dossierId,
                                                *options.archive, cancel);
                if (outputs) {
                    dj[QStringLiteral("outputs")] = *outputs;
                    if (!outputs->value(QStringLiteral("archived")).toBool() && !options.archive->targets.isEmpty())
                        ++summary.archiveFailures;
                } else {
                    dj[QStringLiteral("outputs")] =
                        QJsonObject{{QStringLiteral("error"), I18n::errorJson(outputs.error())},
                                    {QStringLiteral("archived"), false}};
                    ++summary.archiveFailures;
                }
            }
        }
        dossiersJson.append(dj);
    }
    QJsonArray unassigned;
    for (int idx : cat.unassigned)
        unassigned.append(entries[idx].item.source);

    summary.seconds = double(timer.elapsed()) / 1000.0;
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
                                              {QStringLiteral("jobs"), jobs}}}};
    if (!options.outDir.isEmpty()) {
        if (auto w = FsUtil::writeDurably(options.outDir + QStringLiteral("/report.json"),
                                          QJsonDocument(summary.report).toJson(QJsonDocument::Indented));
            !w)
            return w.error();
    }
    return summary;
}

} // namespace Dossier
