#pragma once

#include "storage/pagerepository.h"
#include "storage/profile.h"

#include <QHash>
#include <QListWidget>

#include <optional>

namespace Dossier {

// The sheets of the batch in progress, left to right: each as scanned or imported ("stored"), then what the
// pipeline made of it ("recognised", with badges: error, blank?, low dpi, skewed, colour!, low OCR), then
// "catalogued". A click or Enter on a sheet asks for its page (sheetChosen).
class ThumbnailStrip final : public QListWidget
{
    Q_OBJECT

public:
    explicit ThumbnailStrip(Profile profile, QWidget* parent = nullptr);

    // Empties the strip now, or when the next sheet arrives (a refused scan leaves the last batch in view).
    void startBatch();
    void startBatchOnNextSheet() { m_clearOnNext = true; }
    void addSheet(const QString& source, const QString& label, const QImage& thumb);
    // The pipeline is done with this sheet: its outcome is read off the GUI thread, then shown.
    void markProcessed(const QString& source);
    void markCatalogued();

Q_SIGNALS:
    void sheetChosen(const QString& source);

private:
    void showBadges(QListWidgetItem* item, const QString& source,
                    const std::optional<PageRepository::Outcome>& outcome);

    Profile m_profile;
    QHash<QString, QListWidgetItem*> m_bySource;
    bool m_clearOnNext = false;
};

} // namespace Dossier
