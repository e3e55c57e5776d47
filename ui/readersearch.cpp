#include "readersearch.h"

#include "station/dbworker.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

#include <string_view>
#include <tuple>

namespace Dossier {
namespace {
constexpr int kBatch = 100; // pages a search lists at once; more are read when the reader goes past them
}

ReaderSearchPanel::ReaderSearchPanel(Profile profile, DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_profile(std::move(profile)), m_worker(worker), m_input(new QLineEdit(this)),
      m_scope(new QComboBox(this)), m_count(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("readerSearch"));
    m_input->setObjectName(QStringLiteral("searchInput"));
    m_input->setPlaceholderText(tr("Search the pages (Ctrl+F)"));
    m_input->setClearButtonEnabled(true);
    m_input->setMinimumWidth(200);
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->addItem(tr("This case"));
    m_scope->addItem(tr("All my cases"));
    m_count->setObjectName(QStringLiteral("searchCount"));
    m_count->setMinimumWidth(70);
    m_list->setObjectName(QStringLiteral("searchHits"));
    m_list->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_scope);
    layout->addLayout(row);
    auto* arrows = new QHBoxLayout;
    for (const auto& [text, slot, name] : {std::tuple{tr("◀ Previous"), &ReaderSearchPanel::previous, "searchPrevious"},
                                           std::tuple{tr("Next ▶"), &ReaderSearchPanel::next, "searchNext"}}) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(name == std::string_view("searchNext") ? tr("Next hit (F3)") : tr("Previous hit (Shift+F3)"));
        connect(b, &QPushButton::clicked, this, slot);
        arrows->addWidget(b);
    }
    arrows->addStretch();
    arrows->addWidget(m_count);
    layout->addLayout(arrows);
    layout->addWidget(m_list);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { search(m_input->text()); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_text.isEmpty())
            search(m_text);
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const QVariant hit = item->data(Qt::UserRole + 1);
        if (!hit.isValid())
            return; // the "more pages" row
        const SearchHit& h = m_results.hits.value(hit.toInt());
        if (h.occurrences.isEmpty()) // found in the text, but no box on the page: the page itself
            return Q_EMIT hitChosen(h.caseNo, h.pageId, QRect());
        choose(item->data(Qt::UserRole).toInt()); // the page's first occurrence
    });
}

QList<QAction*> ReaderSearchPanel::actions()
{
    auto* find = new QAction(tr("Find…"), this);
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        Q_EMIT shown();
        m_input->setFocus();
        m_input->selectAll();
    });
    auto* nextAction = new QAction(tr("Next hit"), this);
    nextAction->setObjectName(QStringLiteral("nextHit"));
    nextAction->setShortcut(
        QKeySequence(Qt::Key_F3)); // not FindNext: on some desktops that is also Ctrl+G (go to page)
    connect(nextAction, &QAction::triggered, this, &ReaderSearchPanel::next);
    auto* previousAction = new QAction(tr("Previous hit"), this);
    previousAction->setObjectName(QStringLiteral("previousHit"));
    previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(previousAction, &QAction::triggered, this, &ReaderSearchPanel::previous);
    return {find, nextAction, previousAction};
}

void ReaderSearchPanel::setCase(const QString& caseNo, std::shared_ptr<const BoundVolume> volume)
{
    const bool sameScope = m_scope->currentIndex() == 1;
    m_caseNo = caseNo;
    m_volume = std::move(volume);
    if (!sameScope) { // hits of the case closed are gone (a search still running for it too); all cases stay
        ++m_generation;
        m_results = {};
        m_current = -1;
        fillList();
    }
    Q_EMIT marksChanged();
}

void ReaderSearchPanel::search(const QString& text)
{
    m_text = text.trimmed();
    m_results = {};
    m_current = -1;
    m_loadedOccurrences = 0;
    ++m_generation;
    fillList();
    Q_EMIT marksChanged();
    if (m_text.isEmpty())
        return;
    m_count->setText(tr("…"));
    run(0);
}

void ReaderSearchPanel::run(int offset)
{
    if (m_loadingMore)
        return; // the next batch is being read already (F3 held down)
    m_loadingMore = offset > 0;
    SearchRequest request;
    request.text = m_text;
    request.caseNo = m_scope->currentIndex() == 0 ? m_caseNo : QString();
    request.offset = offset;
    request.limit = kBatch;
    m_worker->run(
        this, [profile = m_profile, request] { return searchPages(profile, request); },
        [this, offset, generation = m_generation](const Result<SearchResults>& found) {
            m_loadingMore = false;
            if (generation != m_generation || offset != (offset == 0 ? 0 : int(m_results.hits.size())))
                return; // a newer search was asked meanwhile, or this batch is not the next one
            if (!found) {
                m_count->setText(QString());
                m_list->clear();
                m_list->addItem(found.error().message());
                return Q_EMIT searched();
            }
            received(*found, offset);
        });
}

void ReaderSearchPanel::received(const SearchResults& results, int offset)
{
    const bool first = offset == 0;
    if (first)
        m_results = results;
    else
        m_results.hits += results.hits;
    m_loadedOccurrences = 0;
    for (const SearchHit& h : std::as_const(m_results.hits))
        m_loadedOccurrences += int(h.occurrences.size());
    fillList();
    if (first && !m_results.hits.isEmpty())
        choose(0);
    else if (!first)
        choose(m_current + 1); // the next batch was read to go on
    m_count->setText(countText());
    Q_EMIT marksChanged();
    Q_EMIT searched();
}

QString ReaderSearchPanel::countText() const
{
    if (m_text.isEmpty())
        return {};
    if (m_results.totalOccurrences == 0)
        return tr("no hits");
    return tr("%1/%2").arg(m_current + 1).arg(m_results.totalOccurrences);
}

void ReaderSearchPanel::fillList()
{
    m_list->clear();
    int occurrence = 0;
    for (const SearchHit& h : std::as_const(m_results.hits)) {
        QString where = h.volumePage > 0 ? tr("p. %1").arg(h.volumePage) : tr("unnumbered page");
        if (const int sheet = h.caseNo == m_caseNo ? m_volume->sheetOfPage(h.pageId) : -1;
            sheet >= 0 && m_volume->volumes.volumes.size() > 1) // which of the case's volumes
            where = m_volume->volumes.names.value(m_volume->sheets.at(sheet).part) + QLatin1Char(' ') + where;
        QString line = m_scope->currentIndex() == 1 ? h.caseNo + QLatin1Char(' ') : QString();
        line += QStringLiteral("%1 · %2 (%3)\n%4").arg(where, h.title).arg(h.occurrences.size()).arg(h.snippet);
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, occurrence);
        item->setData(Qt::UserRole + 1, int(m_list->count() - 1)); // the hit (page) it lists
        occurrence += int(h.occurrences.size());
    }
    if (m_results.totalPages > m_results.hits.size())
        m_list->addItem(tr("… %n more page(s): press F3 past the last hit to read them", nullptr,
                           m_results.totalPages - int(m_results.hits.size())));
}

std::pair<int, int> ReaderSearchPanel::locate(int occurrence) const
{
    int seen = 0;
    for (int i = 0; i < m_results.hits.size(); ++i) {
        const int n = int(m_results.hits.at(i).occurrences.size());
        if (occurrence < seen + n)
            return {i, occurrence - seen};
        seen += n;
    }
    return {-1, -1};
}

void ReaderSearchPanel::choose(int occurrence)
{
    const auto [hit, within] = locate(occurrence);
    if (hit < 0)
        return;
    m_current = occurrence;
    m_count->setText(countText());
    const SearchHit& h = m_results.hits.at(hit);
    QRect box;
    for (const QRect& r : h.occurrences.at(within))
        box = box.isNull() ? r : box.united(r);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole + 1).toInt() == hit && m_list->item(i)->data(Qt::UserRole + 1).isValid())
            m_list->setCurrentRow(i);
    Q_EMIT marksChanged();
    Q_EMIT hitChosen(h.caseNo, h.pageId, box);
}

void ReaderSearchPanel::next()
{
    if (m_results.totalOccurrences == 0)
        return;
    if (m_current + 1 < m_loadedOccurrences)
        return choose(m_current + 1);
    if (m_results.hits.size() < m_results.totalPages)
        return run(int(m_results.hits.size())); // read the next batch, then go on
    choose(0);                                  // past the last: round to the first
}

void ReaderSearchPanel::previous()
{
    if (m_loadedOccurrences == 0)
        return;
    choose(m_current > 0 ? m_current - 1 : m_loadedOccurrences - 1);
}

QList<ReaderView::Mark> ReaderSearchPanel::marks() const
{
    QList<ReaderView::Mark> out;
    if (!m_volume)
        return out;
    const auto [currentHit, currentWithin] = locate(m_current);
    for (int i = 0; i < m_results.hits.size(); ++i) {
        const SearchHit& h = m_results.hits.at(i);
        const int sheet = h.caseNo == m_caseNo ? m_volume->sheetOfPage(h.pageId) : -1;
        if (sheet < 0)
            continue;
        for (int o = 0; o < h.occurrences.size(); ++o)
            for (const QRect& r : h.occurrences.at(o)) {
                ReaderView::Mark m;
                m.sheet = sheet;
                m.rect = m_volume->toMm(sheet, r);
                m.style = i == currentHit && o == currentWithin ? ReaderView::Mark::Style::CurrentHit
                                                                : ReaderView::Mark::Style::Hit;
                out << m;
            }
    }
    return out;
}

} // namespace Dossier
