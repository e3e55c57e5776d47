#include "dossiermodel.h"

#include "domain/cataloguetemplate.h"
#include "pipeline/batchrunner.h"
#include "storage/database.h"
#include "storage/masterstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {

DossierModel::DossierModel(QObject* parent) : QStandardItemModel(parent)
{
    if (auto t = CatalogueTemplate::builtin(QStringLiteral("civil-first-instance-main")))
        m_template = std::make_unique<CatalogueTemplate>(std::move(t.value()));
    setHorizontalHeaderLabels({tr("Dossier / document / page"), tr("Pages"), tr("Type / QC")});
}

DossierModel::~DossierModel() = default;

void DossierModel::reload(const QString& profileDir)
{
    removeRows(0, rowCount());
    const QString dbPath = BatchRunner::databasePath(profileDir);
    if (!Database::open(dbPath))
        return;
    QSqlDatabase db = Database::connection(dbPath);
    const MasterStore store(BatchRunner::mastersPath(profileDir));
    auto dossiers = execSql(db, QStringLiteral("SELECT d.id, c.case_no, d.external_id FROM dossiers d "
                                               "JOIN cases c ON c.id = d.case_id ORDER BY c.case_no"));
    if (!dossiers)
        return;
    while (dossiers->next()) {
        auto* caseItem = new QStandardItem(dossiers->value(1).toString());
        caseItem->setEditable(false);
        int pageCount = 0;
        auto docs = execSql(db,
                            QStringLiteral("SELECT doc.id, doc.position, doc.doc_type, doc.title FROM documents doc "
                                           "JOIN volumes v ON v.id = doc.volume_id WHERE v.dossier_id=? "
                                           "ORDER BY doc.position"),
                            {dossiers->value(0)});
        while (docs && docs->next()) {
            auto* docItem = new QStandardItem(
                tr("%1. %2").arg(docs->value(1).toInt() + 1).arg(docs->value(3).toString()));
            docItem->setEditable(false);
            auto pages = execSql(db,
                                 QStringLiteral("SELECT id, source, kind, flags, sha256, master_format, text, "
                                                "page_in_document FROM pages WHERE document_id=? ORDER BY position"),
                                 {docs->value(0)});
            int n = 0;
            while (pages && pages->next()) {
                const QString kind = pages->value(2).toString();
                const QString label = kind == QLatin1String("blank")
                                          ? tr("Blank page (suggested)")
                                          : tr("Page %1").arg(pages->value(7).toInt());
                auto* pageItem = new QStandardItem(label);
                pageItem->setEditable(false);
                pageItem->setData(pages->value(0), PageIdRole);
                pageItem->setData(store.pathFor(pages->value(4).toString(), pages->value(5).toString()),
                                  MasterPathRole);
                pageItem->setData(pages->value(6), TextRole);
                pageItem->setToolTip(pages->value(1).toString());
                QStringList flags;
                for (const QJsonValue& v : QJsonDocument::fromJson(pages->value(3).toString().toUtf8()).array())
                    flags << v.toString();
                auto* notes = new QStandardItem(flags.join(QStringLiteral(", ")));
                notes->setEditable(false);
                docItem->appendRow({pageItem, new QStandardItem(), notes});
                if (kind != QLatin1String("blank"))
                    ++n;
            }
            pageCount += n;
            auto* count = new QStandardItem(QString::number(n));
            count->setEditable(false);
            const TemplateItem* item = m_template ? m_template->item(docs->value(2).toString()) : nullptr;
            auto* type = new QStandardItem(item ? item->name : docs->value(2).toString());
            type->setEditable(false);
            caseItem->appendRow({docItem, count, type});
        }
        auto* total = new QStandardItem(QString::number(pageCount));
        total->setEditable(false);
        appendRow({caseItem, total, new QStandardItem(dossiers->value(2).toString())});
    }
}

} // namespace Dossier
