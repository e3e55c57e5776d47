#include "station/pageintake.h"

#include "pipeline/inputs.h"
#include "pipeline/pageprocessor.h"
#include "plugin/pluginhost.h"
#include "storage/masterstore.h"
#include "storage/pagerepository.h"

#include <dossier/ocrengine.h>

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

namespace Dossier {

PageIntake::PageIntake(PluginHost* plugins, Profile profile, QString languages)
    : m_plugins(plugins), m_profile(std::move(profile)), m_languages(std::move(languages))
{
}

PageIntake::~PageIntake() = default;

Result<OcrSession*> PageIntake::session()
{
    if (m_session)
        return m_session.get();
    auto engine = m_plugins->load<OcrEngine>(QStringLiteral("ocr"));
    if (!engine)
        return engine.error();
    OcrOptions o;
    o.languages = m_languages;
    auto s = engine.value()->createSession(o);
    if (!s)
        return s.error();
    m_session = std::move(s.value());
    return m_session.get();
}

Result<qint64> PageIntake::addFile(const QString& file)
{
    const QList<InputItem> items = expandInputs({file});
    if (items.isEmpty())
        return Error(QStringLiteral("input_unreadable"), QT_TRANSLATE_NOOP("Dossier::Error", "Cannot read %1."),
                     {QFileInfo(file).fileName()});
    if (items.first().error)
        return *items.first().error;
    MasterLoader loader;
    auto master = loader.load(items.first());
    if (!master)
        return master.error();
    // A sheet scanned again by hand is a new page, even when its bytes equal an earlier one's.
    const QString key =
        QStringLiteral("manual:%1@%2").arg(master->sourceKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return addMaster(master->bytes, master->extension, items.first().source, key, -1);
}

Result<qint64> PageIntake::turned(qint64 pageId, int quarterTurns)
{
    auto master = PageRepository(m_profile.database()).master(pageId);
    if (!master)
        return master.error();
    const QString sha = master->sha256, ext = master->format, source = master->source;
    const int turns = ((master->rotation / 90 + quarterTurns) % 4 + 4) % 4;
    auto bytes = m_profile.masters().read(sha, ext);
    if (!bytes)
        return bytes.error();
    const QString key =
        QStringLiteral("turned:%1:%2@%3").arg(sha).arg(turns).arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return addMaster(*bytes, ext, source, key, turns);
}

Result<qint64> PageIntake::addMaster(const QByteArray& bytes, const QString& extension, const QString& source,
                                     const QString& sourceKey, int forcedTurns)
{
    auto stored = m_profile.masters().put(bytes, extension);
    if (!stored)
        return stored.error();
    PageRepository pages(m_profile.database());
    // The master is on disk (fsynced) before its row is committed, and before any processing.
    auto inserted = pages.insertStored({sourceKey, source, 0, 0, {}}, stored->sha256, extension, bytes.size());
    if (!inserted)
        return inserted.error();
    const qint64 pageId = *inserted;
    QMutexLocker lock(&m_mutex);
    auto ocr = session();
    if (!ocr)
        return ocr.error();
    auto r = PageProcessor::process(bytes, 0, *ocr, forcedTurns);
    if (!r)
        return r.error();
    if (auto saved = pages.saveProcessed(pageId, r->toRow()); !saved)
        return saved.error();
    return pageId;
}

} // namespace Dossier
