#pragma once

#include "domain/cataloguetemplate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Dossier {

class TemplateDraftHistory;

// The items of one volume of a template draft as a table the administrator edits in place: code (a new code is a
// rename: desks carry the documents), name, titles and keywords (separated by 、 or a comma), may repeat, required.
// Every change is an edit of the draft through its history (undoable); one the draft refuses is told by refused().
// Items new in the draft, and items changed, are tinted.
class TemplateItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Titles, Keywords, Repeat, Required, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit TemplateItemsModel(TemplateDraftHistory* history, QObject* parent = nullptr);

    // "main" (正卷) or "secondary" (副卷): the items of that volume and those of every volume.
    void setVolume(const QString& kind);
    QString volume() const { return m_volume; }
    QString codeAt(int row) const;
    int rowOf(const QString& code) const;
    static QStringList splitList(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void refused(const QString& why);

private:
    void reload();
    QVariant tint(const TemplateItem& it) const;
    QString tip(const TemplateItem& it) const;

    TemplateDraftHistory* m_history;
    QString m_volume = QStringLiteral("main");
    QList<TemplateItem> m_items;
};

} // namespace Dossier
