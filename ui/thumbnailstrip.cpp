#include "thumbnailstrip.h"

#include "common/workerpool.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Dossier {
namespace {

constexpr int kSourceRole = Qt::UserRole;
constexpr int kStatusRole = Qt::UserRole + 1;
constexpr int kLabelRole = Qt::UserRole + 2;

} // namespace

ThumbnailStrip::ThumbnailStrip(Profile profile, QWidget* parent) : QListWidget(parent), m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("thumbnails"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setIconSize(QSize(110, 150));
    setGridSize(QSize(150, 225));
    setMovement(QListView::Static);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setFixedHeight(250);
    auto choose = [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT sheetChosen(item->data(kSourceRole).toString());
    };
    connect(this, &QListWidget::itemClicked, this, choose);
    connect(this, &QListWidget::itemActivated, this, choose);
}

void ThumbnailStrip::startBatch()
{
    m_clearOnNext = false;
    clear();
    m_bySource.clear();
}

void ThumbnailStrip::addSheet(const QString& source, const QString& label, const QImage& thumb)
{
    if (m_clearOnNext)
        startBatch();
    auto* item = new QListWidgetItem(thumb.isNull() ? QIcon() : QIcon(QPixmap::fromImage(thumb)),
                                     label + QLatin1Char('\n') + tr("stored"), this);
    item->setData(kSourceRole, source);
    item->setData(kLabelRole, label);
    item->setToolTip(source);
    m_bySource.insert(source, item);
    scrollToItem(item);
}

void ThumbnailStrip::markCatalogued()
{
    for (int i = 0; i < count(); ++i)
        if (QListWidgetItem* it = item(i); it->data(kStatusRole).toString() == QLatin1String("done"))
            it->setText(it->text().replace(tr("recognised"), tr("catalogued")));
}

void ThumbnailStrip::markProcessed(const QString& source)
{
    if (!m_bySource.contains(source))
        return;
    // What the pipeline found (the latest page of that sheet), read off the GUI thread.
    auto* watcher = new QFutureWatcher<Result<std::optional<PageRepository::Outcome>>>(this);
    connect(watcher, &QFutureWatcher<Result<std::optional<PageRepository::Outcome>>>::finished, this,
            [this, watcher, source] {
                const auto outcome = watcher->result();
                watcher->deleteLater();
                if (QListWidgetItem* item = m_bySource.value(source))
                    showBadges(item, source, outcome ? *outcome : std::nullopt);
            });
    watcher->setFuture(QtConcurrent::run(workerPool(), [profile = m_profile, source] {
        return PageRepository(profile.database()).latestOutcome(source);
    }));
}

void ThumbnailStrip::showBadges(QListWidgetItem* item, const QString& source,
                                const std::optional<PageRepository::Outcome>& outcome)
{
    const QString label = item->data(kLabelRole).toString();
    if (!outcome) {
        item->setText(label + QLatin1Char('\n') + tr("recognised"));
        return;
    }
    const QString& status = outcome->status;
    const QStringList& flags = outcome->flags;
    QStringList badges, tips;
    if (status == QLatin1String("error")) {
        badges << tr("error");
        tips << tr("Could not be processed (%1); the master is kept.").arg(outcome->errorCode);
    }
    if (outcome->kind == QLatin1String("separator"))
        badges << tr("separator");
    if (flags.contains(QLatin1String("blank_suggested")))
        badges << tr("blank?"), tips << tr("Looks blank: remove it with Del if it is the back of a sheet.");
    if (flags.contains(QLatin1String("low_dpi")))
        badges << tr("%1 dpi").arg(outcome->dpi), tips << tr("Below 300 dpi: scan it again.");
    if (flags.contains(QLatin1String("residual_skew")))
        badges << tr("skewed"), tips << tr("Still skewed after straightening (%1°).").arg(outcome->skew, 0, 'f', 1);
    if (flags.contains(QLatin1String("colour_required")))
        badges << tr("colour!"), tips << tr("Has a red seal or colour content: scan it in colour.");
    if (flags.contains(QLatin1String("low_ocr_confidence")))
        badges << tr("OCR %1%").arg(qRound(outcome->ocrConfidence)),
            tips << tr("Recognition confidence is low: check the text.");
    item->setData(kStatusRole, status);
    item->setText(label + QLatin1Char('\n') + tr("recognised") +
                  (badges.isEmpty() ? QString() : QLatin1Char('\n') + badges.join(QStringLiteral(" · "))));
    item->setToolTip((QStringList{source} + tips).join(QLatin1Char('\n')));
    if (status == QLatin1String("error") || flags.contains(QLatin1String("colour_required")) ||
        flags.contains(QLatin1String("low_dpi")))
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    else if (!badges.isEmpty())
        item->setForeground(QColor(0x9a, 0x60, 0x00));
}

} // namespace Dossier
