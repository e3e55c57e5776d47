#pragma once

#include "storage/profile.h"

#include <dossier/result.h>

#include <QMutex>
#include <QString>

#include <memory>

namespace Dossier {

class OcrSession;
class PluginHost;

// Pages a clerk adds by hand: a re-scanned sheet to insert or to replace a page, or a page turned by a quarter.
// Each becomes a new page row, processed like any other (master stored and fsynced first, never altered), that
// belongs to no document yet; the catalogue editor then places it, undoably, so the old page stays in the
// profile. Blocking: call from a worker thread. One OCR session is kept for the calls, one at a time.
class PageIntake final
{
public:
    PageIntake(PluginHost* plugins, Profile profile, QString languages = QStringLiteral("chi_sim"));
    ~PageIntake();

    // The first page of an image, TIFF or PDF file.
    Result<qint64> addFile(const QString& file);
    // The page's master again, turned by `quarterTurns` clockwise from how the page shows now.
    Result<qint64> turned(qint64 pageId, int quarterTurns);

private:
    Result<qint64> addMaster(const QByteArray& bytes, const QString& extension, const QString& source,
                             const QString& sourceKey, int forcedTurns);
    Result<OcrSession*> session();

    PluginHost* m_plugins;
    Profile m_profile;
    QString m_languages;
    QMutex m_mutex;
    std::unique_ptr<OcrSession> m_session;
};

} // namespace Dossier
