#pragma once

#include "domain/cataloguetemplate.h"
#include "station/templatedraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace Dossier {

// The console's small questions, each a modal dialog.
class TemplateDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::TemplateDialogs)

public:
    // Asks for `parts` new items (1: an item added; 2: the two an item is split into), each a code, a name, titles
    // and keywords; `seed` fills the first part. Nothing when cancelled.
    static std::optional<QList<TemplateItem>> askItems(QWidget* parent, const QString& title, int parts,
                                                       const TemplateItem& seed = {});

    // What becomes of the documents of an item removed, among the other items of the draft.
    struct Removal
    {
        ItemRemoval how = ItemRemoval::Retire;
        QString into;
    };
    static std::optional<Removal> askRemoval(QWidget* parent, const TemplateItem& item,
                                             const QList<TemplateItem>& others);

    // To whom a version is published: everyone, or first the accounts and courts typed (a staged rollout).
    struct Stage
    {
        QStringList accounts, courts;
    };
    static std::optional<Stage> askStage(QWidget* parent, const QString& what);
};

} // namespace Dossier
