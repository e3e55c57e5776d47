#include "dossiermodel.h"

#include "domain/cataloguetemplate.h"
#include "storage/database.h"
#include "storage/masterstore.h"
#include "storage/profile.h"

#include <QBrush>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSet>

namespace Dossier {

DossierModel::DossierModel(QObject* parent) : QStandardItemModel(parent)
{
    if (auto t = CatalogueTemplate::builtin(QStringLiteral("civil-first-instance-main")))
        m_template = std::make_unique<CatalogueTemplate>(std::move(t.value()));
    setHorizontalHeaderLabels({tr("Dossier / document / page"), tr("Pages"), tr("Type / QC")});
}

DossierModel::~DossierModel() = default;

void DossierModel::reload(const Profile& profile)
{
    removeRows(0, rowCount());
    QSqlDatabase db = profile.database();
    const MasterStore& store = profile.masters();
    // Documents and pages changed on two desks while offline are marked until the clerk settles them.
    QSet<QString> conflicted;
    if (auto q = execSql(db, QStringLiteral("SELECT rec_id FROM sync_conflicts WHERE resolved_at IS NULL")))
        while (q->next())
            conflicted.insert(q->value(0).toString());
    const QBrush conflictBrush(QColor(0xa4, 0x26, 0x2c));
    auto dossiers = execSql(db, QStringLiteral("SELECT d.id, c.case_no, d.external_id FROM dossiers d "
                                               "JOIN cases c ON c.id = d.case_id ORDER BY c.case_no"));
    if (!dossiers)
        return;
    while (dossiers->next()) {
        auto* caseItem = new QStandardItem(dossiers->value(1).toString());
        caseItem->setEditable(false);
        int pageCount = 0;
        auto docs = execSql(
            db,
            QStringLiteral("SELECT doc.id, doc.position, doc.doc_type, doc.title, v.id, doc.uid FROM documents doc "
                           "JOIN volumes v ON v.id = doc.volume_id WHERE v.dossier_id=? "
                           "ORDER BY doc.position"),
            {dossiers->value(0)});
        while (docs && docs->next()) {
            const TemplateItem* typeItem = m_template ? m_template->item(docs->value(2).toString()) : nullptr;
            const QString title =
                docs->value(3).toString().isEmpty() && typeItem ? typeItem->name : docs->value(3).toString();
            auto* docItem = new QStandardItem(tr("%1. %2").arg(docs->value(1).toInt() + 1).arg(title));
            docItem->setEditable(false);
            docItem->setData(docs->value(0), DocumentIdRole);
            docItem->setData(docs->value(4), VolumeIdRole);
            docItem->setData(docs->value(2), DocTypeRole);
            auto pages =
                execSql(db,
                        QStringLiteral("SELECT id, source, kind, flags, sha256, master_format, text, "
                                       "page_in_document, uid FROM pages WHERE document_id=? AND status='done' "
                                       "ORDER BY position"),
                        {docs->value(0)});
            int n = 0;
            while (pages && pages->next()) {
                const QString kind = pages->value(2).toString();
                const QString label = kind == QLatin1String("blank") ? tr("Blank page (suggested)")
                                                                     : tr("Page %1").arg(pages->value(7).toInt());
                auto* pageItem = new QStandardItem(label);
                pageItem->setEditable(false);
                pageItem->setData(pages->value(0), PageIdRole);
                pageItem->setData(store.pathFor(pages->value(4).toString(), pages->value(5).toString()),
                                  MasterPathRole);
                pageItem->setData(pages->value(6), TextRole);
                pageItem->setData(docs->value(0), DocumentIdRole);
                pageItem->setData(docs->value(4), VolumeIdRole);
                pageItem->setData(kind, KindRole);
                pageItem->setToolTip(pages->value(1).toString());
                QStringList flags;
                for (const QJsonValue& v : QJsonDocument::fromJson(pages->value(3).toString().toUtf8()).array())
                    flags << flagLabel(v.toString());
                if (const QString uid = pages->value(8).toString(); !uid.isEmpty() && conflicted.contains(uid)) {
                    flags.prepend(tr("sync conflict"));
                    pageItem->setForeground(conflictBrush);
                    pageItem->setToolTip(tr("Changed on another desk too: review it with Ctrl+Shift+F8."));
                }
                auto* notes = new QStandardItem(flags.join(QStringLiteral(" · ")));
                notes->setEditable(false);
                docItem->appendRow({pageItem, new QStandardItem(), notes});
                if (kind != QLatin1String("blank"))
                    ++n;
            }
            pageCount += n;
            auto* count = new QStandardItem(QString::number(n));
            count->setEditable(false);
            auto* type = new QStandardItem(typeItem ? typeItem->name : docs->value(2).toString());
            type->setEditable(false);
            if (const QString uid = docs->value(5).toString(); !uid.isEmpty() && conflicted.contains(uid)) {
                docItem->setForeground(conflictBrush);
                docItem->setToolTip(tr("Changed on another desk too: review it with Ctrl+Shift+F8."));
                type->setText(type->text() + QStringLiteral(" · ") + tr("sync conflict"));
                type->setForeground(conflictBrush);
            }
            caseItem->appendRow({docItem, count, type});
        }
        auto* total = new QStandardItem(QString::number(pageCount));
        total->setEditable(false);
        appendRow({caseItem, total, new QStandardItem(dossiers->value(2).toString())});
    }
}

namespace {
const QString kPagesMime = QStringLiteral("application/x-dossier-pages");
}

QModelIndex DossierModel::findPage(qint64 pageId) const
{
    const QModelIndexList hits = match(index(0, 0), PageIdRole, pageId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

QModelIndex DossierModel::findDocument(qint64 documentId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex dossier = index(r, 0);
        for (int k = 0; k < rowCount(dossier); ++k) {
            const QModelIndex doc = index(k, 0, dossier);
            if (doc.data(DocumentIdRole).toLongLong() == documentId && !doc.data(PageIdRole).isValid())
                return doc;
        }
    }
    return {};
}

QString DossierModel::flagLabel(const QString& code)
{
    if (code == QLatin1String("blank_suggested"))
        return tr("looks blank");
    if (code == QLatin1String("low_dpi"))
        return tr("below 300 dpi");
    if (code == QLatin1String("residual_skew"))
        return tr("still skewed");
    if (code == QLatin1String("colour_required"))
        return tr("needs colour");
    if (code == QLatin1String("low_ocr_confidence"))
        return tr("low OCR confidence");
    if (code == QLatin1String("mixed_format"))
        return tr("other file format");
    if (code == QLatin1String("separator_case_invalid"))
        return tr("separator with a wrong case number");
    return code;
}

Qt::ItemFlags DossierModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QStandardItemModel::flags(index) & ~(Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    if (!index.isValid())
        return f;
    const QModelIndex first = index.siblingAtColumn(0);
    if (first.data(PageIdRole).isValid())
        f |= Qt::ItemIsDragEnabled;
    else if (first.data(DocumentIdRole).isValid())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList DossierModel::mimeTypes() const
{
    return {kPagesMime};
}

QMimeData* DossierModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray ids;
    QSet<qint64> seen;
    qint64 volume = 0;
    for (const QModelIndex& i : indexes) {
        const QModelIndex first = i.siblingAtColumn(0);
        const qint64 id = first.data(PageIdRole).toLongLong();
        if (id <= 0 || seen.contains(id))
            continue;
        seen.insert(id);
        volume = first.data(VolumeIdRole).toLongLong();
        ids += QByteArray::number(id) + ' ';
    }
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kPagesMime, QByteArray::number(volume) + ':' + ids.trimmed());
    return data;
}

bool DossierModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    if (!data || !data->hasFormat(kPagesMime) || !parent.isValid())
        return false;
    const QModelIndex target = parent.siblingAtColumn(0);
    if (!target.data(DocumentIdRole).isValid() || target.data(PageIdRole).isValid())
        return false;
    const qint64 volume = data->data(kPagesMime).split(':').value(0).toLongLong();
    return volume == target.data(VolumeIdRole).toLongLong();
}

bool DossierModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<QByteArray> parts = data->data(kPagesMime).split(':');
    QList<qint64> pages;
    for (const QByteArray& id : parts.value(1).split(' '))
        if (id.toLongLong() > 0)
            pages << id.toLongLong();
    const QModelIndex target = parent.siblingAtColumn(0);
    // Emitted after the drop returns: the view must not see its model rebuilt under it.
    QMetaObject::invokeMethod(
        this,
        [this, volume = parts.value(0).toLongLong(), pages, doc = target.data(DocumentIdRole).toLongLong(), row] {
            Q_EMIT movePagesRequested(volume, pages, doc, row);
        },
        Qt::QueuedConnection);
    return false; // nothing is moved by the view itself; the reload shows the result
}

} // namespace Dossier
