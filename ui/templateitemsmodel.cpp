#include "templateitemsmodel.h"

#include "station/templatedrafthistory.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace Dossier {

TemplateItemsModel::TemplateItemsModel(TemplateDraftHistory* history, QObject* parent)
    : QAbstractTableModel(parent), m_history(history)
{
    // Shown again once the edit that changed it has returned (an edit comes from this model's own setData).
    connect(history, &TemplateDraftHistory::changed, this, &TemplateItemsModel::reload, Qt::QueuedConnection);
    reload();
}

void TemplateItemsModel::setVolume(const QString& kind)
{
    m_volume = kind;
    reload();
}

void TemplateItemsModel::reload()
{
    beginResetModel();
    m_items = m_history->state().draft.itemsOf(m_volume);
    endResetModel();
}

QString TemplateItemsModel::codeAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).code : QString();
}

int TemplateItemsModel::rowOf(const QString& code) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).code == code)
            return int(i);
    return -1;
}

QStringList TemplateItemsModel::splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\n]+"));
    QStringList out;
    for (const QString& s : text.split(separators, Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

int TemplateItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TemplateItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Titles:
        return tr("Titles");
    case Keywords:
        return tr("Keywords");
    case Repeat:
        return tr("Repeats");
    case Required:
        return tr("Required");
    default:
        return {};
    }
}

// New items green, changed ones amber, those of every volume (cover, 卷内目录, 备考表) grey.
QVariant TemplateItemsModel::tint(const TemplateItem& it) const
{
    const TemplateDraftState& s = m_history->state();
    const QString origin = s.originOf(it.code);
    const TemplateItem* was = s.base.item(origin);
    if (!was)
        return QBrush(QColor(0xe3, 0xf4, 0xe1));
    if (!(*was == it))
        return QBrush(QColor(0xff, 0xf3, 0xd6));
    return {};
}

QString TemplateItemsModel::tip(const TemplateItem& it) const
{
    const TemplateDraftState& s = m_history->state();
    const QString origin = s.originOf(it.code);
    if (origin.isEmpty())
        return tr("New in version %1").arg(s.draft.version);
    if (origin != it.code)
        return tr("Was %1 in version %2: desks give its documents the new code").arg(origin).arg(s.base.version);
    if (it.generated)
        return tr("Made by the software (every volume has one)");
    return {};
}

QVariant TemplateItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const TemplateItem& it = m_items.at(index.row());
    if (role == CodeRole)
        return it.code;
    if (role == Qt::BackgroundRole)
        return tint(it);
    if (role == Qt::ToolTipRole)
        return tip(it);
    if (role == Qt::ForegroundRole && it.volume == QLatin1String("all"))
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::CheckStateRole && (index.column() == Repeat || index.column() == Required))
        return (index.column() == Repeat ? it.repeat : it.required) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code:
        return it.code;
    case Name:
        return it.name;
    case Titles:
        return it.titles.join(QStringLiteral("、"));
    case Keywords:
        return it.keywords.join(QStringLiteral("、"));
    default:
        return {};
    }
}

Qt::ItemFlags TemplateItemsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Repeat || index.column() == Required)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool TemplateItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size())
        return false;
    const QString code = m_items.at(index.row()).code;
    const TemplateDraftState& s = m_history->state();
    Result<TemplateDraftState> next = s;
    QString what;
    if (role == Qt::CheckStateRole && (index.column() == Repeat || index.column() == Required)) {
        const bool on = value.toInt() == Qt::Checked;
        next = index.column() == Repeat ? s.setRepeat(code, on) : s.setRequired(code, on);
        what = index.column() == Repeat ? tr("may repeat: %1").arg(code) : tr("required: %1").arg(code);
    } else if (role == Qt::EditRole) {
        const QString text = value.toString();
        switch (index.column()) {
        case Code:
            next = s.renameCode(code, text.trimmed());
            what = tr("rename %1 → %2").arg(code, text.trimmed());
            break;
        case Name:
            next = s.setName(code, text);
            what = tr("name of %1").arg(code);
            break;
        case Titles:
            next = s.setTitles(code, splitList(text));
            what = tr("titles of %1").arg(code);
            break;
        case Keywords:
            next = s.setKeywords(code, splitList(text));
            what = tr("keywords of %1").arg(code);
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (const Status done = m_history->apply(next, what); !done) {
        Q_EMIT refused(done.error().message());
        return false;
    }
    return true;
}

} // namespace Dossier
