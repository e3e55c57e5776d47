#include "archive/archiver.h"

#include "archive/volume.h"
#include "archive/volumebuilder.h"
#include "common/clock.h"
#include "common/fsutil.h"
#include "common/i18n.h"
#include "imaging/imagecodec.h"
#include "plugin/pluginhost.h"
#include "storage/profile.h"
#include "storage/volumerepository.h"

#include <dossier/exporter.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

Result<QString> fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file_missing"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be read."), {path});
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Error(QStringLiteral("file_missing"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be read."), {path});
    return QString::fromLatin1(h.result().toHex());
}

QStringList packageFiles(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(dir).relativeFilePath(it.next());
        if (rel != QLatin1String(Archiver::kManifest))
            files << rel;
    }
    files.sort();
    return files;
}

Result<Exporter*> findExporter(PluginHost& host, const QString& format)
{
    for (const PluginInfo& info : host.ranked(QStringLiteral("export")))
        if (info.capabilities.value(QStringLiteral("format")).toString() == format) {
            auto e = host.load<Exporter>(QStringLiteral("export"), info.id);
            if (e && (*e)->format() == format)
                return e;
        }
    return Error(QStringLiteral("exporter_missing"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "No exporter plugin for the format %1 was found."), {format});
}

QString compressionName(const QString& format)
{
    if (format == QLatin1String("jpeg"))
        return QStringLiteral("JPEG (DCT)");
    if (format == QLatin1String("png"))
        return QStringLiteral("Deflate (PNG)");
    if (format == QLatin1String("tiff-g4"))
        return QStringLiteral("CCITT Group 4");
    if (format == QLatin1String("tiff"))
        return QStringLiteral("Deflate (TIFF)");
    return format;
}

Status copyDurably(const QString& from, const QString& to)
{
    auto bytes = FsUtil::readFile(from, qint64(4) << 30);
    if (!bytes)
        return bytes.error();
    return FsUtil::writeDurably(to, *bytes);
}

} // namespace

QString Archiver::packageDirName(const QString& caseNo)
{
    QString s = caseNo;
    s.replace(QLatin1Char('/'), QLatin1Char('_'));
    return s;
}

Archiver::Archiver(PluginHost* plugins, QObject* parent) : QObject(parent), m_plugins(plugins) {}

Result<int> Archiver::archiveBatch(const Profile& profile, const QString& outDir, QJsonObject& report,
                                   const ArchiveOptions& options, const std::atomic_bool& cancel)
{
    int failures = 0;
    QJsonArray dossiers = report.value(QStringLiteral("dossiers")).toArray();
    for (qsizetype i = 0; i < dossiers.size() && !cancel.load(); ++i) {
        QJsonObject d = dossiers.at(i).toObject();
        auto outputs = archive(profile, outDir, d.value(QStringLiteral("case_no")).toString(),
                               d.value(QStringLiteral("dossier_id")).toString(), options, cancel);
        if (outputs) {
            d[QStringLiteral("outputs")] = *outputs;
            if (!outputs->value(QStringLiteral("archived")).toBool() && !options.targets.isEmpty())
                ++failures;
        } else {
            d[QStringLiteral("outputs")] = QJsonObject{{QStringLiteral("error"), I18n::errorJson(outputs.error())},
                                                       {QStringLiteral("archived"), false}};
            ++failures;
        }
        dossiers[i] = d;
    }
    report[QStringLiteral("dossiers")] = dossiers;
    if (auto w = FsUtil::writeDurably(QDir(outDir).filePath(QStringLiteral("report.json")),
                                      QJsonDocument(report).toJson(QJsonDocument::Indented));
        !w)
        return w.error();
    return failures;
}

Result<Exporter*> Archiver::exporter(const QString& format)
{
    return findExporter(*m_plugins, format);
}

Result<QJsonObject> Archiver::archive(const Profile& profile, const QString& outDir, const QString& caseNo,
                                      const QString& dossierId, const ArchiveOptions& options,
                                      const std::atomic_bool& cancel)
{
    auto main = Volume::load(profile, caseNo, dossierId);
    if (!main)
        return main.error();
    auto outputs = archiveVolume(profile, outDir, packageDirName(caseNo), *main, options, cancel);
    if (!outputs)
        return outputs;
    // The 副卷 is a package of its own (…-F-1 files), never with an access or anonymised copy: it is not for
    // parties.
    auto held = VolumeRepository(profile.database()).documents(main->dossierRowId, QStringLiteral("secondary"));
    if (!held)
        return held.error();
    if (!held->isEmpty()) {
        auto secondary = Volume::load(profile, caseNo, dossierId, Volume::Detail::Full, QStringLiteral("secondary"));
        if (!secondary)
            return secondary.error();
        ArchiveOptions internal = options;
        internal.accessCopy = false;
        internal.anonymise = false;
        auto more =
            archiveVolume(profile, outDir, packageDirName(caseNo) + QStringLiteral("-F"), *secondary, internal, cancel);
        if (!more)
            return more;
        outputs->insert(QStringLiteral("secondary"), *more);
    }
    return outputs;
}

// One volume as a package of its own in outDir/<package>: its exports, catalogue, images, package description
// and manifest, verified, copied to the targets, and recorded in the profile.
Result<QJsonObject> Archiver::archiveVolume(const Profile& profile, const QString& outDir, const QString& package,
                                            const Volume& v, const ArchiveOptions& options,
                                            const std::atomic_bool& cancel)
{
    const QString dir = QDir(outDir).absoluteFilePath(package);
    if (!QDir().mkpath(dir))
        return Error(QStringLiteral("folder_unwritable"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The folder %1 cannot be created."), {dir});
    const QDateTime created = Clock::currentDateTimeUtc();
    QJsonObject outputs;
    if (auto s = writeExports(v, dir, options, created, cancel, outputs); !s)
        return s.error();
    if (auto s = writeCatalogue(v, dir); !s)
        return s.error();
    if (auto s = writeImages(profile, v, dir, options); !s)
        return s.error();
    if (auto s = writePackage(v, dir, options, created); !s)
        return s.error();
    if (auto s = writeManifest(dir); !s)
        return s.error();
    if (auto problems = verify(dir, *m_plugins); !problems || !problems->isEmpty())
        return Error(QStringLiteral("package_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The package %1 does not verify: %2"),
                     {dir, problems ? problems->join(QStringLiteral("; ")) : problems.error().english()});
    outputs[QStringLiteral("package")] = package;
    copyToTargets(dir, package, options, outputs);

    // Remember the outputs in the profile (the 副卷's under kinds of their own: its copies do not count for the
    // dossier's). When that fails the package stays written (and verified) on disk; the error says the profile
    // does not know it.
    const QString prefix = v.info.volumeKind == QLatin1String("secondary") ? QStringLiteral("secondary_") : QString();
    QList<QPair<QString, QString>> made;
    for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it)
        if (it.value().isString())
            made.append({prefix + it.key(), QDir(outDir).absoluteFilePath(it.value().toString())});
    for (const QJsonValue& c : outputs.value(QStringLiteral("copies")).toArray())
        made.append({prefix + QStringLiteral("copy"), c.toString()});
    if (auto s = VolumeRepository(profile.database())
                     .recordOutputs(v.dossierRowId, made, Clock::currentDateTimeUtc().toString(Qt::ISODate));
        !s)
        return s.error();
    return outputs;
}

// The volume through each exporter asked for: the archival PDF/A and OFD (built once), an access copy, an
// anonymised copy.
Status Archiver::writeExports(const Volume& v, const QString& dir, const ArchiveOptions& options,
                              const QDateTime& created, const std::atomic_bool& cancel, QJsonObject& outputs)
{
    struct Job
    {
        QString name;   // outputs key
        QString format; // exporter
        ExportVariant variant;
        QString file;
    };
    QList<Job> jobs;
    for (const QString& f : options.formats)
        jobs.append({f, f, ExportVariant::Archival, QString()});
    if (options.accessCopy)
        jobs.append(
            {QStringLiteral("access"), QStringLiteral("pdfa"), ExportVariant::Access, QStringLiteral("-access")});
    if (options.anonymise)
        jobs.append({QStringLiteral("anonymised"), QStringLiteral("pdfa"), ExportVariant::Anonymised,
                     QStringLiteral("-anonymised")});
    std::optional<ExportDocument> archival;
    for (const Job& job : jobs) {
        auto ex = exporter(job.format);
        if (!ex)
            return ex.error();
        ExportDocument doc;
        if (job.variant == ExportVariant::Archival && archival) {
            doc = *archival;
        } else {
            Q_EMIT progress(job.name, 0, int(v.pages.size()));
            VolumeBuilder::Stats stats;
            auto built = VolumeBuilder::build(v, {job.variant, options.creatorTool, created}, cancel, &stats);
            if (!built)
                return built.error();
            doc = std::move(built.value());
            if (job.variant == ExportVariant::Archival)
                archival = doc;
            if (job.variant == ExportVariant::Anonymised)
                outputs[QStringLiteral("anonymised_stats")] =
                    QJsonObject{{QStringLiteral("redacted_characters"), stats.redacted},
                                {QStringLiteral("names_replaced"), stats.renamed}};
        }
        const QString file = v.fileKey() + job.file + QLatin1Char('.') + (*ex)->fileSuffix();
        const QString name = job.name;
        auto w = (*ex)->write(doc, dir + QLatin1Char('/') + file, [this, &cancel, name](int done, int total) {
            Q_EMIT progress(name, done, total);
            return !cancel.load();
        });
        if (!w)
            return w.error();
        outputs[job.name] = QDir(dir).dirName() + QLatin1Char('/') + file;
    }
    return Ok{};
}

// catalogue.json comes from the batch; a volume archived on its own gets one from the profile.
Status Archiver::writeCatalogue(const Volume& v, const QString& dir)
{
    if (QFile::exists(dir + QStringLiteral("/catalogue.json")))
        return Ok{};
    QJsonArray docs;
    for (qsizetype k = 0; k < v.documents.size(); ++k) {
        const VolumeDocument& d = v.documents.at(k);
        docs.append(QJsonObject{{QStringLiteral("index"), int(k)},
                                {QStringLiteral("doc_type"), d.docType},
                                {QStringLiteral("type_name"), d.typeName},
                                {QStringLiteral("title"), d.title},
                                {QStringLiteral("pages"), QJsonArray{d.firstPage, d.lastPage}}});
    }
    const QJsonObject cat{{QStringLiteral("case_no"), v.caseNo},
                          {QStringLiteral("dossier_id"), v.dossierId},
                          {QStringLiteral("volume"), v.info.volumeKind},
                          {QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), v.templateId}}},
                          {QStringLiteral("documents"), docs}};
    return FsUtil::writeDurably(dir + QStringLiteral("/catalogue.json"),
                                QJsonDocument(cat).toJson(QJsonDocument::Indented));
}

// images.json: DA/T 31 metadata of every page image.
Status Archiver::writeImages(const Profile& profile, const Volume& v, const QString& dir, const ArchiveOptions& options)
{
    VolumeRepository volumes(profile.database());
    QJsonArray images;
    for (const VolumePage& p : v.pages) {
        auto origin = volumes.origin(p.id);
        if (!origin)
            return origin.error();
        images.append(imageEntry(v, p, *origin, options, int(images.size()) + 1));
    }
    return FsUtil::writeDurably(
        dir + QStringLiteral("/images.json"),
        QJsonDocument(QJsonObject{{QStringLiteral("case_no"), v.caseNo}, {QStringLiteral("images"), images}})
            .toJson(QJsonDocument::Indented));
}

QJsonObject Archiver::imageEntry(const Volume& v, const VolumePage& p, const VolumeRepository::PageOrigin& origin,
                                 const ArchiveOptions& options, int n)
{
    const QJsonObject& batch = origin.batchOptions;
    QString device = batch.value(QStringLiteral("device")).toString();
    // Who scanned it: its batch's operator, or who the page says scanned it (brought by sync from the desk that
    // scanned it), or else whoever archives it.
    QString operatorName = batch.value(QStringLiteral("operator")).toString();
    if (operatorName.isEmpty())
        operatorName = origin.scannedBy.isEmpty() ? options.operatorName : origin.scannedBy;
    const QString& source = origin.source;
    if (device.isEmpty())
        device = source.contains(QLatin1Char(':')) && !source.startsWith(QLatin1Char('/'))
                     ? QStringLiteral("scanner %1").arg(source.section(QLatin1Char('#'), 0, 0))
                     : QStringLiteral("file import");
    // The format from the image's own header: its first 256 KB (past a large EXIF block), the whole file only
    // when the header is further in (a TIFF's directory may sit at its end).
    QString format = p.format;
    QFile master(p.masterPath);
    if (master.open(QIODevice::ReadOnly)) {
        auto h = ImageCodec::probe(master.read(256 * 1024));
        if (!h && master.size() > 256 * 1024 && master.seek(0))
            h = ImageCodec::probe(master.readAll());
        if (h)
            format = h->format;
    }
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("%1-%2").arg(v.fileKey()).arg(n, 4, 10, QLatin1Char('0'))},
        {QStringLiteral("page"), p.number > 0 ? QJsonValue(p.number) : QJsonValue()},
        {QStringLiteral("document"), p.document},
        {QStringLiteral("time"), origin.storedAt},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("device"), device},
        {QStringLiteral("source"), source},
        {QStringLiteral("software"), options.creatorTool},
        {QStringLiteral("format"), format},
        {QStringLiteral("colour_space"), p.colourMode == QLatin1String("colour")    ? QStringLiteral("sRGB")
                                         : p.colourMode == QLatin1String("bitonal") ? QStringLiteral("bitonal")
                                                                                    : QStringLiteral("grey")},
        {QStringLiteral("compression"), compressionName(format)},
        {QStringLiteral("width"), p.pixels.width()},
        {QStringLiteral("height"), p.pixels.height()},
        {QStringLiteral("dpi_x"), p.dpi},
        {QStringLiteral("dpi_y"), p.dpi},
        {QStringLiteral("flags"), QJsonArray::fromStringList(p.flags)},
        {QStringLiteral("sha256"), p.sha256}};
}

Status Archiver::writePackage(const Volume& v, const QString& dir, const ArchiveOptions& options,
                              const QDateTime& created)
{
    const QJsonObject package{{QStringLiteral("case_no"), v.caseNo},
                              {QStringLiteral("dossier_id"), v.dossierId},
                              {QStringLiteral("archival_code"), v.fileKey()},
                              {QStringLiteral("case"), v.info.toJson()},
                              {QStringLiteral("created"), created.toString(Qt::ISODate)},
                              {QStringLiteral("software"), options.creatorTool},
                              {QStringLiteral("pages"), v.numberedPages()},
                              {QStringLiteral("images"), int(v.pages.size())}};
    return FsUtil::writeDurably(dir + QStringLiteral("/package.json"),
                                QJsonDocument(package).toJson(QJsonDocument::Indented));
}

// The manifest, written last: every other file with its SHA-256.
Status Archiver::writeManifest(const QString& dir)
{
    QByteArray manifest;
    for (const QString& rel : packageFiles(dir)) {
        if (rel.endsWith(QLatin1String(".part")))
            continue;
        auto h = fileSha256(dir + QLatin1Char('/') + rel);
        if (!h)
            return h.error();
        manifest += h->toLatin1() + "  " + rel.toUtf8() + '\n';
    }
    return FsUtil::writeDurably(dir + QLatin1Char('/') + QLatin1String(kManifest), manifest);
}

// Copies: each written beside its final place, moved in, then read back and verified. A copy that fails is
// listed with its error; the dossier is archived once enough copies verify.
void Archiver::copyToTargets(const QString& dir, const QString& package, const ArchiveOptions& options,
                             QJsonObject& outputs)
{
    QJsonArray copies, copyErrors;
    int copyNo = 0;
    for (const QString& target : options.targets) {
        Q_EMIT progress(QStringLiteral("copy"), copyNo++, int(options.targets.size()));
        const QString dest = QDir(target).absoluteFilePath(package);
        if (const Status s = copyPackage(dir, dest); s)
            copies.append(dest);
        else
            copyErrors.append(QJsonObject{{QStringLiteral("target"), target},
                                          {QStringLiteral("code"), s.error().code()},
                                          {QStringLiteral("message"), s.error().english()}});
    }
    outputs[QStringLiteral("copies")] = copies;
    if (!copyErrors.isEmpty())
        outputs[QStringLiteral("copy_errors")] = copyErrors;
    outputs[QStringLiteral("archived")] = copies.size() >= options.requiredCopies;
}

Status Archiver::copyPackage(const QString& dir, const QString& dest)
{
    const QString tmp = dest + QStringLiteral(".part");
    QDir(tmp).removeRecursively();
    const auto fail = [&tmp](const Error& e) {
        QDir(tmp).removeRecursively();
        return Status(e);
    };
    for (const QString& rel : packageFiles(dir) + QStringList{QLatin1String(kManifest)}) {
        if (rel.endsWith(QLatin1String(".part")))
            continue;
        QDir().mkpath(QFileInfo(tmp + QLatin1Char('/') + rel).absolutePath());
        if (const Status s = copyDurably(dir + QLatin1Char('/') + rel, tmp + QLatin1Char('/') + rel); !s)
            return fail(s.error());
    }
    const Error unwritable(QStringLiteral("folder_unwritable"),
                           QT_TRANSLATE_NOOP("Dossier::Error", "The folder %1 cannot be created."), {dest});
    if (QFileInfo::exists(dest) && !QDir(dest).removeRecursively())
        return fail(unwritable);
    if (!QDir().rename(tmp, dest))
        return fail(unwritable);
    auto problems = verify(dest, *m_plugins);
    if (problems && problems->isEmpty())
        return Ok{};
    return fail(Error(QStringLiteral("package_invalid"),
                      QT_TRANSLATE_NOOP("Dossier::Error", "The package %1 does not verify: %2"),
                      {dest, problems ? problems->join(QStringLiteral("; ")) : problems.error().english()}));
}

Result<QString> Archiver::extractText(const QString& path, PluginHost& plugins)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto ex = findExporter(plugins, suffix == QLatin1String("ofd") ? QStringLiteral("ofd") : QStringLiteral("pdfa"));
    if (!ex)
        return ex.error();
    return (*ex)->extractText(path);
}

Result<QStringList> Archiver::verify(const QString& path, PluginHost& plugins)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error(QStringLiteral("file_missing"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be read."), {path});
    auto checkFile = [&plugins](const QString& file) -> Result<QStringList> {
        const QString suffix = QFileInfo(file).suffix().toLower();
        const QString format = suffix == QLatin1String("pdf")   ? QStringLiteral("pdfa")
                               : suffix == QLatin1String("ofd") ? QStringLiteral("ofd")
                                                                : QString();
        if (format.isEmpty())
            return QStringList();
        auto ex = findExporter(plugins, format);
        if (!ex)
            return ex.error();
        return (*ex)->check(file);
    };
    if (fi.isFile())
        return checkFile(path);

    QStringList problems;
    const QString dir = fi.absoluteFilePath();
    QFile mf(dir + QLatin1Char('/') + QLatin1String(kManifest));
    if (!mf.open(QIODevice::ReadOnly))
        return QStringList{tr("The package has no manifest (%1).").arg(QLatin1String(kManifest))};
    QHash<QString, QString> listed;
    const QList<QByteArray> lines = mf.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype sp = line.indexOf(QStringLiteral("  "));
        if (sp != 64) {
            problems << tr("The manifest line \"%1\" is malformed.").arg(line);
            continue;
        }
        listed.insert(line.mid(sp + 2), line.left(64).toLower());
    }
    if (listed.isEmpty())
        problems << tr("The manifest lists no files.");
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QString file = dir + QLatin1Char('/') + it.key();
        auto h = fileSha256(file);
        if (!h) {
            problems << tr("%1 is listed in the manifest but missing.").arg(it.key());
            continue;
        }
        if (*h != it.value())
            problems << tr("%1 does not match its SHA-256 in the manifest (the file has changed or is damaged).")
                            .arg(it.key());
        auto structure = checkFile(file);
        if (!structure)
            problems << tr("%1: %2").arg(it.key(), structure.error().message());
        else
            for (const QString& p : *structure)
                problems << tr("%1: %2").arg(it.key(), p);
    }
    for (const QString& rel : packageFiles(dir))
        if (!listed.contains(rel))
            problems << tr("%1 is in the package but not in its manifest.").arg(rel);
    for (const char* required : {"catalogue.json", "images.json", "package.json"}) {
        const QString name = QString::fromLatin1(required);
        if (!listed.contains(name)) {
            problems << tr("The package has no %1.").arg(name);
            continue;
        }
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::ReadOnly) && !QJsonDocument::fromJson(f.readAll()).isObject())
            problems << tr("%1 is not a valid JSON document.").arg(name);
    }
    bool hasArchive = false;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        hasArchive = hasArchive || it.key().endsWith(QLatin1String(".pdf")) || it.key().endsWith(QLatin1String(".ofd"));
    if (!hasArchive)
        problems << tr("The package holds neither a PDF/A nor an OFD file.");
    return problems;
}

} // namespace Dossier
