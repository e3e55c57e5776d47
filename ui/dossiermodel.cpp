#include "dossiermodel.h"

#include "domain/cataloguetemplate.h"
#include "storage/cataloguesnapshot.h"
#include "storage/masterstore.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QMimeData>
#include <QSet>

namespace Dossier {

DossierModel::DossierModel(QObject* parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Dossier / document / page"), tr("Pages"), tr("Type / QC")});
}

DossierModel::~DossierModel() = default;

namespace {

// Documents and pages changed on two desks while offline are marked until the clerk settles them.
QBrush conflictBrush()
{
    return QBrush(QColor(0xa4, 0x26, 0x2c));
}

} // namespace

void DossierModel::apply(const CatalogueSnapshot& snapshot, const MasterStore& masters,
                         const QHash<QString, CatalogueTemplate>& templates)
{
    m_templates = templates;
    removeRows(0, rowCount());
    QHash<qint64, QList<const CatalogueSnapshot::Document*>> docsOf;
    for (const CatalogueSnapshot::Document& d : snapshot.documents)
        docsOf[d.dossierRowId].append(&d);
    QHash<qint64, QList<const CatalogueSnapshot::Page*>> pagesOf;
    for (const CatalogueSnapshot::Page& p : snapshot.pages)
        pagesOf[p.documentId].append(&p);
    for (const CatalogueSnapshot::Dossier& dossier : snapshot.dossiers) {
        auto* caseItem = new QStandardItem(dossier.caseNo);
        tag(caseItem, dossier, 0);
        QStandardItem* secondary = nullptr; // the 副卷's heading, when the dossier has one
        int pageCount = 0, secondaryCount = 0;
        for (const CatalogueSnapshot::Document* doc : docsOf.value(dossier.id)) {
            const bool inSecondary = doc->volumeKind == QLatin1String("secondary");
            if (inSecondary && !secondary) {
                secondary = new QStandardItem(tr("副卷 (for the court only)"));
                tag(secondary, dossier, doc->volumeId);
                secondary->setData(doc->volumeKind, VolumeKindRole);
                secondary->setForeground(QColor(0x6a, 0x3d, 0x9a));
                secondary->setToolTip(tr("The 副卷 holds the court's internal records (deliberations, reports, "
                                         "approvals). Parties and lawyers never see it; it is exported as a "
                                         "package of its own. Move a document here or back with Ctrl+Shift+V."));
            }
            if (!inSecondary && caseItem->data(VolumeIdRole).isNull())
                caseItem->setData(doc->volumeId, VolumeIdRole); // the case row stands for its 正卷
            const QList<QStandardItem*> row = documentRow(snapshot, dossier, *doc, pagesOf.value(doc->id), masters);
            (inSecondary ? secondaryCount : pageCount) += row.at(1)->text().toInt();
            (inSecondary ? secondary : caseItem)->appendRow(row);
        }
        if (secondary) {
            auto* count = new QStandardItem(QString::number(secondaryCount));
            count->setEditable(false);
            auto* note = new QStandardItem(tr("not for parties"));
            note->setEditable(false);
            note->setToolTip(secondary->toolTip());
            caseItem->appendRow({secondary, count, note});
        }
        auto* total = new QStandardItem(QString::number(pageCount + secondaryCount));
        total->setEditable(false);
        appendRow({caseItem, total, new QStandardItem(dossier.dossierId)});
    }
    appendUnassigned(snapshot, masters);
}

void DossierModel::tag(QStandardItem* item, const CatalogueSnapshot::Dossier& dossier, qint64 volumeId)
{
    item->setEditable(false);
    item->setData(dossier.caseNo, CaseNoRole);
    item->setData(dossier.dossierId, DossierIdRole);
    if (volumeId > 0)
        item->setData(volumeId, VolumeIdRole);
}

// A 卷内目录 row: the document, its page count and its type, with its pages beneath.
QList<QStandardItem*> DossierModel::documentRow(const CatalogueSnapshot& snapshot,
                                                const CatalogueSnapshot::Dossier& dossier,
                                                const CatalogueSnapshot::Document& doc,
                                                const QList<const CatalogueSnapshot::Page*>& pages,
                                                const MasterStore& masters) const
{
    const QString conflictTip = tr("Changed on another desk too: review it with Ctrl+Shift+F8.");
    const auto t = m_templates.constFind(dossier.templateId);
    const TemplateItem* typeItem = t != m_templates.cend() ? t->item(doc.docType) : nullptr;
    const QString title = doc.title.isEmpty() && typeItem ? typeItem->name : doc.title;
    auto* docItem = new QStandardItem(tr("%1. %2").arg(doc.position + 1).arg(title));
    tag(docItem, dossier, doc.volumeId);
    docItem->setData(doc.id, DocumentIdRole);
    docItem->setData(doc.docType, DocTypeRole);
    docItem->setData(doc.volumeKind, VolumeKindRole);
    int n = 0;
    for (const CatalogueSnapshot::Page* page : pages) {
        const QString label = page->kind == QLatin1String("blank") ? tr("Blank page (suggested)")
                                                                   : tr("Page %1").arg(page->pageInDocument);
        auto* pageItem = new QStandardItem(label);
        tag(pageItem, dossier, doc.volumeId);
        pageItem->setData(page->id, PageIdRole);
        pageItem->setData(masters.pathFor(page->sha256, page->format), MasterPathRole);
        pageItem->setData(page->text, TextRole);
        pageItem->setData(doc.id, DocumentIdRole);
        pageItem->setData(doc.volumeKind, VolumeKindRole);
        pageItem->setData(page->kind, KindRole);
        pageItem->setData(page->source, SourceRole);
        pageItem->setToolTip(page->source);
        QStringList flags;
        for (const QString& f : page->flags)
            flags << flagLabel(f);
        if (!page->uid.isEmpty() && snapshot.conflicted.contains(page->uid)) {
            flags.prepend(tr("sync conflict"));
            pageItem->setForeground(conflictBrush());
            pageItem->setToolTip(conflictTip);
        }
        auto* notes = new QStandardItem(flags.join(QStringLiteral(" · ")));
        notes->setEditable(false);
        docItem->appendRow({pageItem, new QStandardItem(), notes});
        if (page->kind != QLatin1String("blank"))
            ++n;
    }
    auto* count = new QStandardItem(QString::number(n));
    count->setEditable(false);
    auto* type = new QStandardItem(typeItem ? typeItem->name : doc.docType);
    type->setEditable(false);
    if (!doc.uid.isEmpty() && snapshot.conflicted.contains(doc.uid)) {
        docItem->setForeground(conflictBrush());
        docItem->setToolTip(conflictTip);
        type->setText(type->text() + QStringLiteral(" · ") + tr("sync conflict"));
        type->setForeground(conflictBrush());
    }
    return {docItem, count, type};
}

void DossierModel::appendUnassigned(const CatalogueSnapshot& snapshot, const MasterStore& masters)
{
    if (snapshot.unassigned.isEmpty())
        return;
    auto* root = new QStandardItem(tr("Pages in no dossier"));
    root->setEditable(false);
    root->setData(true, UnassignedRole);
    root->setForeground(QColor(0xb0, 0x00, 0x20));
    root->setToolTip(tr("Pages without a separator sheet or 案号: choose them and assign them to a case "
                        "(Ctrl+Shift+A)."));
    for (const CatalogueSnapshot::Page& page : snapshot.unassigned) {
        // A file by its name (the whole path in the tool tip), a scanner sheet as "test:0#3".
        const QString name = page.source.startsWith(QLatin1Char('/')) ? QFileInfo(page.source).fileName() : page.source;
        auto* pageItem = new QStandardItem(name.isEmpty() ? tr("Page (id %1)").arg(page.id) : name);
        pageItem->setEditable(false);
        pageItem->setData(true, UnassignedRole);
        pageItem->setData(page.id, PageIdRole);
        pageItem->setData(masters.pathFor(page.sha256, page.format), MasterPathRole);
        pageItem->setData(page.text, TextRole);
        pageItem->setData(page.kind, KindRole);
        pageItem->setData(page.source, SourceRole);
        pageItem->setToolTip(page.source);
        QStringList flags;
        for (const QString& f : page.flags)
            flags << flagLabel(f);
        auto* notes = new QStandardItem(flags.join(QStringLiteral(" · ")));
        notes->setEditable(false);
        root->appendRow({pageItem, new QStandardItem(), notes});
    }
    auto* count = new QStandardItem(QString::number(snapshot.unassigned.size()));
    count->setEditable(false);
    auto* hint = new QStandardItem(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText));
    hint->setEditable(false);
    hint->setToolTip(root->toolTip());
    appendRow({root, count, hint});
}

QModelIndex DossierModel::unassignedRow() const
{
    for (int r = rowCount() - 1; r >= 0; --r)
        if (index(r, 0).data(UnassignedRole).toBool())
            return index(r, 0);
    return {};
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
    // A document row under its case, or under the case's 副卷 heading.
    const QModelIndexList hits =
        match(index(0, 0), DocumentIdRole, documentId, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& hit : hits)
        if (!hit.data(PageIdRole).isValid())
            return hit;
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
