#pragma once

#include "storage/volumerepository.h"

#include <dossier/result.h>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Dossier {

class Profile;

class PluginHost;
class Exporter;
struct Volume;
struct VolumePage;

struct ArchiveOptions final
{
    QStringList formats = {QStringLiteral("pdfa"), QStringLiteral("ofd")};
    bool accessCopy = false;
    bool anonymise = false;
    QStringList targets;    // --archive-to folders; each receives a verified copy of the package
    int requiredCopies = 3; // standard 15.2: at least three backup copies
    QString operatorName;   // who did the digitisation (DA/T 31 image metadata)
    QString creatorTool;    // "Dossier Workstation 0.3.0"
};

// Writes a dossier's archive package: a folder OUT/<case>/ holding the PDF/A and OFD of its volume (and on
// request an access copy and an anonymised copy), catalogue.json, images.json (DA/T 31 metadata of every
// page image), package.json and manifest-sha256.txt (every file's SHA-256, BagIt-like). Then copies the
// package to each target and re-reads every copy; the dossier counts as archived only when
// `requiredCopies` copies verify.
class Archiver final : public QObject
{
    Q_OBJECT

public:
    explicit Archiver(PluginHost* plugins, QObject* parent = nullptr);

    // Returns report.json's `outputs` object for the dossier (paths relative to outDir, copies absolute).
    Result<QJsonObject> archive(const Profile& profile, const QString& outDir, const QString& caseNo,
                                const QString& dossierId, const ArchiveOptions& options,
                                const std::atomic_bool& cancel);

    // Writes the archive outputs of every dossier of a batch (its report.json object, in outDir next to their
    // catalogue.json), records each one's outputs in the report and writes report.json again. Returns how many
    // dossiers failed: outputs not written or not verified, or fewer verified copies than required.
    Result<int> archiveBatch(const Profile& profile, const QString& outDir, QJsonObject& report,
                             const ArchiveOptions& options, const std::atomic_bool& cancel);

    // Checks a package folder, a PDF or an OFD: every structure rule and every hash. The list is empty when
    // all holds; an error means the path could not be read at all.
    static Result<QStringList> verify(const QString& path, PluginHost& plugins);

    // The text of a PDF or OFD file, as its exporter reads it back.
    static Result<QString> extractText(const QString& path, PluginHost& plugins);

    // The package folder's name for a case: the 案号 with '/' made safe.
    static QString packageDirName(const QString& caseNo);

    static constexpr const char* kManifest = "manifest-sha256.txt";

Q_SIGNALS:
    void progress(const QString& stage, int done, int total);

private:
    // The steps of archive(), in order.
    Status writeExports(const Volume& v, const QString& dir, const ArchiveOptions& options, const QDateTime& created,
                        const std::atomic_bool& cancel, QJsonObject& outputs);
    static Status writeCatalogue(const Volume& v, const QString& dir);
    static Status writeImages(const Profile& profile, const Volume& v, const QString& dir,
                              const ArchiveOptions& options);
    static QJsonObject imageEntry(const Volume& v, const VolumePage& p, const VolumeRepository::PageOrigin& origin,
                                  const ArchiveOptions& options, int n);
    static Status writePackage(const Volume& v, const QString& dir, const ArchiveOptions& options,
                               const QDateTime& created);
    static Status writeManifest(const QString& dir);
    void copyToTargets(const QString& dir, const QString& package, const ArchiveOptions& options, QJsonObject& outputs);
    Result<QJsonObject> archiveVolume(const Profile& profile, const QString& outDir, const QString& package,
                                      const Volume& v, const ArchiveOptions& options, const std::atomic_bool& cancel);
    Status copyPackage(const QString& dir, const QString& dest);

    Result<Exporter*> exporter(const QString& format);
    PluginHost* m_plugins;
};

} // namespace Dossier
