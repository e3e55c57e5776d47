#include "station/pageintake.h"

#include "pipeline/batchrunner.h"
#include "pipeline/inputs.h"
#include "pipeline/pageprocessor.h"
#include "plugin/pluginhost.h"
#include "storage/database.h"
#include "storage/masterstore.h"

#include <dossier/ocrengine.h>

#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

namespace Dossier {

PageIntake::PageIntake(PluginHost* plugins, QString profileDir, QString languages)
    : m_plugins(plugins), m_profileDir(std::move(profileDir)), m_languages(std::move(languages))
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
    QSqlDatabase db = Database::connection(BatchRunner::databasePath(m_profileDir));
    auto q =
        execSql(db, QStringLiteral("SELECT sha256, master_format, source, rotation FROM pages WHERE id=?"), {pageId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toString().isEmpty())
        return Error(QStringLiteral("page_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no page %1 in this profile."),
                     {QString::number(pageId)});
    const QString sha = q->value(0).toString(), ext = q->value(1).toString(), source = q->value(2).toString();
    const int turns = ((q->value(3).toInt() / 90 + quarterTurns) % 4 + 4) % 4;
    auto bytes = MasterStore(BatchRunner::mastersPath(m_profileDir)).read(sha, ext);
    if (!bytes)
        return bytes.error();
    const QString key =
        QStringLiteral("turned:%1:%2@%3").arg(sha).arg(turns).arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return addMaster(*bytes, ext, source, key, turns);
}

Result<qint64> PageIntake::addMaster(const QByteArray& bytes, const QString& extension, const QString& source,
                                     const QString& sourceKey, int forcedTurns)
{
    const QString dbPath = BatchRunner::databasePath(m_profileDir);
    if (auto s = Database::open(dbPath); !s)
        return s.error();
    auto stored = MasterStore(BatchRunner::mastersPath(m_profileDir)).put(bytes, extension);
    if (!stored)
        return stored.error();
    QSqlDatabase db = Database::connection(dbPath);
    // The master is on disk (fsynced) before its row is committed, and before any processing.
    auto ins = execSql(db,
                       QStringLiteral("INSERT INTO pages(source_key, source, feed_index, sha256, master_format, "
                                      "master_bytes, status, created_at) VALUES(?,?,0,?,?,?,'stored',?)"),
                       {sourceKey, source, stored->sha256, extension, bytes.size(),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!ins)
        return ins.error();
    const qint64 pageId = ins->lastInsertId().toLongLong();
    QMutexLocker lock(&m_mutex);
    auto ocr = session();
    if (!ocr)
        return ocr.error();
    auto r = PageProcessor::process(bytes, 0, *ocr, forcedTurns);
    if (!r)
        return r.error();
    if (auto saved = r->save(db, pageId); !saved)
        return saved.error();
    return pageId;
}

} // namespace Dossier
