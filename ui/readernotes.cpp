#include "readernotes.h"

#include "station/dbworker.h"
#include "station/notebook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dossier {
namespace {

constexpr int kUidRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;

QColor colourOf(const QString& name)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("yellow"), QColor(0xff, 0xd6, 0x00)}, {QStringLiteral("red"), QColor(0xe5, 0x39, 0x35)},
        {QStringLiteral("green"), QColor(0x43, 0xa0, 0x47)},  {QStringLiteral("blue"), QColor(0x1e, 0x88, 0xe5)},
        {QStringLiteral("purple"), QColor(0x8e, 0x24, 0xaa)}, {QStringLiteral("orange"), QColor(0xfb, 0x8c, 0x00)},
        {QStringLiteral("grey"), QColor(0x75, 0x75, 0x75)}};
    return colours.value(name, QColor(0xff, 0xd6, 0x00));
}

QIcon swatch(const QString& colour)
{
    QPixmap pm(14, 14);
    pm.fill(colourOf(colour));
    return QIcon(pm);
}

QStringList splitTags(const QString& text)
{
    QStringList out;
    for (QString t : text.split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts))
        if (!(t = t.trimmed()).isEmpty() && !out.contains(t))
            out << t;
    return out;
}

} // namespace

QColor noteColour(const QString& name)
{
    return colourOf(name);
}

NoteDialog::NoteDialog(const Note& note, QWidget* parent) : QDialog(parent), m_note(note)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(Note::kindName(note.kind));
    auto* form = new QFormLayout(this);
    if (!note.quote.isEmpty()) {
        auto* quote = new QLabel(QStringLiteral("“%1”").arg(note.quote.left(300)), this);
        quote->setWordWrap(true);
        form->addRow(tr("Quoted"), quote);
    }
    m_text = new QPlainTextEdit(note.text, this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("Note"), m_text);
    m_colour = new QComboBox(this);
    for (const QString& c : Note::colours())
        m_colour->addItem(swatch(c), Note::colourName(c), c);
    m_colour->setCurrentIndex(std::max(0, int(Note::colours().indexOf(note.colour))));
    form->addRow(tr("Colour"), m_colour);
    if (note.kind == Note::Kind::Fact) {
        m_status = new QComboBox(this);
        for (auto s : {Note::Status::Open, Note::Status::Disputed, Note::Status::Undisputed})
            m_status->addItem(Note::statusName(s), int(s));
        m_status->setCurrentIndex(std::max(0, m_status->findData(int(note.status))));
        form->addRow(tr("Status"), m_status);
    }
    m_tags = new QLineEdit(note.tags.join(QStringLiteral(", ")), this);
    m_tags->setPlaceholderText(tr("separated by commas"));
    form->addRow(tr("Tags"), m_tags);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text->setFocus();
}

Note NoteDialog::note() const
{
    Note n = m_note;
    n.text = m_text->toPlainText().trimmed();
    n.colour = m_colour->currentData().toString();
    n.tags = splitTags(m_tags->text());
    if (m_status)
        n.status = Note::Status(m_status->currentData().toInt());
    return n;
}

ReaderNotesPanel::ReaderNotesPanel(Profile profile, DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_profile(std::move(profile)), m_worker(worker)
{
    setObjectName(QStringLiteral("readerNotes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("readerNotesTabs"));
    tabs->addTab(buildAnnotationTab(), tr("Annotations"));
    tabs->addTab(buildReadingTab(), tr("Reading notes"));
    layout->addWidget(tabs);
}

void ReaderNotesPanel::setCase(const QString& caseNo, std::shared_ptr<const BoundVolume> volume)
{
    m_caseNo = caseNo;
    m_volume = std::move(volume);
    m_notes.clear();
    fillAnnotations();
    fillReadingNotes();
}

void ReaderNotesPanel::setNotes(const QList<Note>& notes)
{
    m_notes = notes;
    fillAnnotations();
    fillReadingNotes();
}

void ReaderNotesPanel::setCurrentSheet(int sheet)
{
    m_sheet = sheet;
    if (!m_annotations || !m_volume)
        return;
    // the list opens at the current page: its first annotation there (or the next one after it) becomes current
    QHash<QString, int> sheetOf;
    for (const Note& n : std::as_const(m_notes))
        sheetOf.insert(n.uid, m_volume->sheetOfPage(n.pageId));
    for (int i = 0; i < m_annotations->count(); ++i)
        if (sheetOf.value(m_annotations->item(i)->data(kUidRole).toString(), -1) >= sheet) {
            const QSignalBlocker quiet(m_annotations);
            m_annotations->setCurrentRow(i);
            m_annotations->scrollToItem(m_annotations->item(i), QAbstractItemView::PositionAtTop);
            return;
        }
}

QString ReaderNotesPanel::pageLabel(const Note& n) const
{
    if (n.pageId <= 0)
        return {};
    const int sheet = m_volume ? m_volume->sheetOfPage(n.pageId) : -1;
    if (sheet < 0)
        return tr("page no longer in the volume");
    const BoundVolume::Sheet& s = m_volume->sheets.at(sheet);
    const QString page = s.number > 0 ? tr("p. %1").arg(s.number) : s.label;
    return m_volume->volumes.volumes.size() > 1 ? m_volume->volumes.names.value(s.part) + QLatin1Char(' ') + page
                                                : page;
}

QString ReaderNotesPanel::selectedAnnotation() const
{
    const QListWidgetItem* item = m_annotations ? m_annotations->currentItem() : nullptr;
    return item ? item->data(kUidRole).toString() : QString();
}

void ReaderNotesPanel::selectNote(const QString& uid)
{
    for (int i = 0; m_annotations && i < m_annotations->count(); ++i)
        if (m_annotations->item(i)->data(kUidRole).toString() == uid) {
            const QSignalBlocker quiet(m_annotations);
            m_annotations->setCurrentRow(i);
        }
}

void ReaderNotesPanel::write(std::function<Status(const Profile&, const QString&)> work)
{
    m_worker->run(
        this, [profile = m_profile, author = m_author, work] { return work(profile, author); },
        [this](const Status& s) {
            if (!s)
                Q_EMIT failed(s.error().message());
            Q_EMIT changed();
        });
}

void ReaderNotesPanel::addNote(const Note& note)
{
    write([note](const Profile& p, const QString& author) {
        auto added = NoteBook(p, author).add(note);
        return added ? Status(Ok{}) : Status(added.error());
    });
}

void ReaderNotesPanel::editNote(const QString& uid)
{
    for (const Note& n : std::as_const(m_notes))
        if (n.uid == uid) {
            NoteDialog dialog(n, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const Note changed = dialog.note();
            write([changed](const Profile& p, const QString& author) {
                auto done = NoteBook(p, author).update(changed);
                return done ? Status(Ok{}) : Status(done.error());
            });
            return;
        }
}

void ReaderNotesPanel::deleteNote(const QString& uid)
{
    if (uid.isEmpty())
        return;
    write([uid](const Profile& p, const QString& author) { return NoteBook(p, author).remove(uid); });
}

void ReaderNotesPanel::newReadingNote(Note::Kind kind)
{
    Note n;
    n.kind = kind;
    n.caseNo = m_caseNo;
    if (kind == Note::Kind::Fact)
        n.status = Note::Status::Open;
    const QString cited = selectedAnnotation();
    if (!cited.isEmpty())
        n.links << cited; // the annotation chosen in the list is cited at once
    NoteDialog dialog(n, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.note().text.isEmpty())
        addNote(dialog.note());
}

QWidget* ReaderNotesPanel::buildAnnotationTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* filters = new QHBoxLayout;
    m_colourFilter = new QComboBox(tab);
    m_colourFilter->setObjectName(QStringLiteral("annotationColourFilter"));
    m_colourFilter->addItem(tr("All colours"), QString());
    for (const QString& c : Note::colours())
        m_colourFilter->addItem(swatch(c), Note::colourName(c), c);
    m_kindFilter = new QComboBox(tab);
    m_kindFilter->setObjectName(QStringLiteral("annotationKindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (auto k : {Note::Kind::Highlight, Note::Kind::Box, Note::Kind::Comment})
        m_kindFilter->addItem(Note::kindName(k), int(k));
    m_tagFilter = new QLineEdit(tab);
    m_tagFilter->setObjectName(QStringLiteral("annotationTagFilter"));
    m_tagFilter->setPlaceholderText(tr("Tag"));
    m_tagFilter->setClearButtonEnabled(true);
    filters->addWidget(m_colourFilter);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_tagFilter, 1);
    layout->addLayout(filters);
    m_annotations = new QListWidget(tab);
    m_annotations->setObjectName(QStringLiteral("annotationList"));
    m_annotations->setWordWrap(true);
    m_annotations->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_annotations, 1);
    auto* buttons = new QHBoxLayout;
    auto* edit = new QPushButton(tr("Edit…"), tab);
    auto* remove = new QPushButton(tr("Delete"), tab);
    remove->setObjectName(QStringLiteral("annotationDelete"));
    buttons->addStretch();
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(m_colourFilter, &QComboBox::currentIndexChanged, this, &ReaderNotesPanel::fillAnnotations);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ReaderNotesPanel::fillAnnotations);
    connect(m_tagFilter, &QLineEdit::textChanged, this, &ReaderNotesPanel::fillAnnotations);
    connect(m_annotations, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        for (const Note& n : std::as_const(m_notes))
            if (n.uid == item->data(kUidRole).toString())
                Q_EMIT jumpTo(n.pageId, n.box);
    });
    connect(m_annotations, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { editNote(item->data(kUidRole).toString()); });
    connect(edit, &QPushButton::clicked, this, [this] { editNote(selectedAnnotation()); });
    connect(remove, &QPushButton::clicked, this, [this] { deleteNote(selectedAnnotation()); });
    return tab;
}

void ReaderNotesPanel::fillAnnotations()
{
    if (!m_annotations)
        return;
    const QString colour = m_colourFilter->currentData().toString();
    const int kind = m_kindFilter->currentData().toInt();
    const QString tag = m_tagFilter->text().trimmed();
    QList<Note> shown;
    for (const Note& n : std::as_const(m_notes))
        if (n.isAnnotation() && (colour.isEmpty() || n.colour == colour) && (kind < 0 || int(n.kind) == kind) &&
            (tag.isEmpty() || n.tags.filter(tag, Qt::CaseInsensitive).size() > 0))
            shown << n;
    auto sheetOf = [this](const Note& n) { return m_volume ? m_volume->sheetOfPage(n.pageId) : -1; };
    std::stable_sort(shown.begin(), shown.end(), [&](const Note& a, const Note& b) {
        return std::pair(sheetOf(a), a.box.y()) < std::pair(sheetOf(b), b.box.y());
    });
    m_annotations->clear();
    for (const Note& n : std::as_const(shown)) {
        QString line = QStringLiteral("%1 · %2").arg(pageLabel(n), Note::kindName(n.kind));
        if (!n.tags.isEmpty())
            line += QStringLiteral(" · #") + n.tags.join(QStringLiteral(" #"));
        if (!n.quote.isEmpty())
            line += QStringLiteral("\n“%1”").arg(QString(n.quote).replace(QLatin1Char('\n'), QString()).left(80));
        if (!n.text.isEmpty())
            line += QLatin1Char('\n') + n.text.left(200);
        auto* item = new QListWidgetItem(swatch(n.colour), line, m_annotations);
        item->setData(kUidRole, n.uid);
    }
    setCurrentSheet(m_sheet);
}

QWidget* ReaderNotesPanel::buildReadingTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* add = new QHBoxLayout;
    const struct
    {
        Note::Kind kind;
        const char* name;
        const char* label;
    } kinds[] = {{Note::Kind::Focus, "newFocus", QT_TR_NOOP("+ Dispute focus")},
                 {Note::Kind::Fact, "newFact", QT_TR_NOOP("+ Fact to prove")},
                 {Note::Kind::Question, "newQuestion", QT_TR_NOOP("+ Question")}};
    for (const auto& k : kinds) {
        auto* b = new QPushButton(tr(k.label), tab);
        b->setObjectName(QString::fromLatin1(k.name));
        connect(b, &QPushButton::clicked, this, [this, kind = k.kind] { newReadingNote(kind); });
        add->addWidget(b);
    }
    layout->addLayout(add);
    m_reading = new QTreeWidget(tab);
    m_reading->setObjectName(QStringLiteral("readingNotes"));
    m_reading->setColumnCount(3);
    m_reading->setHeaderLabels({tr("Note"), tr("Status"), tr("Cited pages")});
    m_reading->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reading->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_reading->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_reading->header()->setStretchLastSection(false);
    m_reading->setDragDropMode(QAbstractItemView::InternalMove);
    m_reading->invisibleRootItem()->setFlags(Qt::ItemIsEnabled); // a note is dropped into a section, not between
    m_reading->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reading->setWordWrap(true);
    for (auto kind : {Note::Kind::Focus, Note::Kind::Fact, Note::Kind::Question}) {
        auto* section = new QTreeWidgetItem(m_reading, {Note::kindName(kind)});
        section->setData(0, kKindRole, int(kind));
        section->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
        QFont f = section->font(0);
        f.setBold(true);
        section->setFont(0, f);
        m_sections << section;
    }
    layout->addWidget(m_reading, 1);
    auto* buttons = new QHBoxLayout;
    auto* cite = new QPushButton(tr("Cite the chosen annotation"), tab);
    cite->setObjectName(QStringLiteral("citeAnnotation"));
    cite->setToolTip(tr("Links the annotation chosen in the Annotations list to this reading note"));
    auto* edit = new QPushButton(tr("Edit…"), tab);
    auto* remove = new QPushButton(tr("Delete"), tab);
    buttons->addWidget(cite);
    buttons->addStretch();
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    auto current = [this] {
        const QTreeWidgetItem* i = m_reading->currentItem();
        return i ? i->data(0, kUidRole).toString() : QString();
    };
    connect(cite, &QPushButton::clicked, this, &ReaderNotesPanel::citeSelected);
    connect(edit, &QPushButton::clicked, this, [this, current] { editNote(current()); });
    connect(remove, &QPushButton::clicked, this, [this, current] { deleteNote(current()); });
    connect(m_reading, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { editNote(item->data(0, kUidRole).toString()); });
    connect(m_reading->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_filling)
            QTimer::singleShot(0, this, &ReaderNotesPanel::dropped);
    });
    return tab;
}

void ReaderNotesPanel::fillReadingNotes()
{
    if (!m_reading)
        return;
    m_filling = true; // the rows put in now are not a drag and drop (the view must still hear of them)
    QHash<QString, Note> byUid;
    for (const Note& n : std::as_const(m_notes))
        byUid.insert(n.uid, n);
    for (QTreeWidgetItem* section : std::as_const(m_sections)) {
        qDeleteAll(section->takeChildren());
        for (const Note& n : std::as_const(m_notes)) {
            if (int(n.kind) != section->data(0, kKindRole).toInt())
                continue;
            QStringList pages;
            if (n.pageId > 0)
                pages << pageLabel(n);
            for (const QString& uid : n.links)
                if (byUid.contains(uid))
                    pages << pageLabel(byUid.value(uid));
            auto* item =
                new QTreeWidgetItem(section, {n.text, Note::statusName(n.status), pages.join(QStringLiteral(", "))});
            item->setData(0, kUidRole, n.uid);
            item->setToolTip(0, n.text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        section->setExpanded(true);
    }
    m_filling = false;
}

void ReaderNotesPanel::citeSelected()
{
    const QTreeWidgetItem* item = m_reading->currentItem();
    const QString annotation = selectedAnnotation();
    if (!item || item->data(0, kUidRole).toString().isEmpty()) {
        Q_EMIT failed(tr("Choose a reading note first, then the annotation to cite in the Annotations list."));
        return;
    }
    if (annotation.isEmpty()) {
        Q_EMIT failed(tr("Choose the annotation to cite in the Annotations list."));
        return;
    }
    for (Note n : std::as_const(m_notes))
        if (n.uid == item->data(0, kUidRole).toString() && !n.links.contains(annotation)) {
            n.links << annotation;
            write([n](const Profile& p, const QString& author) {
                auto done = NoteBook(p, author).update(n);
                return done ? Status(Ok{}) : Status(done.error());
            });
        }
}

// After a drag and drop: each section's order is written; a note dropped into another section takes its kind.
void ReaderNotesPanel::dropped()
{
    QStringList order;
    QList<Note> moved;
    for (QTreeWidgetItem* section : std::as_const(m_sections))
        for (int i = 0; i < section->childCount(); ++i) {
            const QString uid = section->child(i)->data(0, kUidRole).toString();
            order << uid;
            for (const Note& n : std::as_const(m_notes))
                if (n.uid == uid && int(n.kind) != section->data(0, kKindRole).toInt()) {
                    Note changed = n;
                    changed.kind = Note::Kind(section->data(0, kKindRole).toInt());
                    changed.status = changed.kind == Note::Kind::Fact ? Note::Status::Open : Note::Status::None;
                    moved << changed;
                }
        }
    write([order, moved](const Profile& p, const QString& author) {
        NoteBook book(p, author);
        for (const Note& n : moved)
            if (auto done = book.update(n); !done)
                return Status(done.error());
        return book.reorder(order);
    });
}

} // namespace Dossier
