#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>

namespace Dossier {

// Rows of text for a QTableView, replaced whole (a list the desk reads again): the view asks only for the rows it
// shows, so ten thousand rows cost what a screenful does. A row may have a text colour.
class RowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RowsModel(QStringList header, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_header(std::move(header))
    {
    }

    struct Row
    {
        QStringList cells;
        QColor colour;
    };
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const Row& row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_header.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row& r = m_rows.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.cells.value(index.column());
        if (role == Qt::ForegroundRole && r.colour.isValid())
            return r.colour;
        return {};
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        return o == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(m_header.value(section)) : QVariant();
    }

private:
    QStringList m_header;
    QList<Row> m_rows;
};

} // namespace Dossier
