#include "station/notebook.h"

#include "domain/hitboxes.h"
#include "domain/textutil.h"
#include "storage/noterepository.h"
#include "storage/syncrepository.h"

namespace Dossier {
namespace {

Error noNote(const QString& uid)
{
    return Error(QStringLiteral("note_unknown"), QT_TRANSLATE_NOOP("Dossier::Error", "You have no note %1."), {uid});
}

// Joins recognised pieces as the OCR lines do: no space between wide (Han) characters, one between others.
void appendPiece(QString& out, const QString& piece)
{
    if (piece.isEmpty())
        return;
    if (!out.isEmpty() && !out.back().isSpace() && !TextUtil::isWide(out.back()) && !TextUtil::isWide(piece.front()))
        out += QLatin1Char(' ');
    out += piece;
}

} // namespace

NoteBook::NoteBook(Profile profile, QString author) : m_profile(std::move(profile)), m_author(std::move(author)) {}

Result<QString> NoteBook::authorFor(const Profile& profile)
{
    SyncRepository repo(profile.database());
    auto user = repo.setting(QStringLiteral("sync.user"));
    if (!user)
        return user.error();
    return user->isEmpty() ? NoteRepository::localAuthor() : *user;
}

Result<CaseVolumes> NoteBook::volumes(const Profile& profile, const QString& caseNo)
{
    auto account = SyncRepository(profile.database()).account();
    if (!account)
        return account.error();
    return CaseVolumes::load(profile, caseNo,
                             account->seesSecondary() ? CaseVolumes::Secondary::Include
                                                      : CaseVolumes::Secondary::Exclude); // numbers, not words
}

namespace {
// The characters a region covers: at least half of each one's box.
QList<PlacedCharacter> charactersIn(const OcrPage& ocr, const QRect& region)
{
    QList<PlacedCharacter> out;
    for (const PlacedCharacter& c : placedCharacters(ocr)) {
        const QRect meet = c.box.intersected(region);
        if (!meet.isEmpty() && 2 * qint64(meet.width()) * meet.height() >= qint64(c.box.width()) * c.box.height())
            out << c;
    }
    return out;
}
} // namespace

QString NoteBook::textIn(const OcrPage& ocr, const QRect& region)
{
    QString out, piece;
    int line = -1, word = -1;
    QString lineText;
    const auto endLine = [&] {
        appendPiece(lineText, piece);
        if (!lineText.isEmpty())
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + lineText;
        lineText.clear();
        piece.clear();
    };
    for (const PlacedCharacter& c : charactersIn(ocr, region)) {
        if (c.line != line)
            endLine();
        else if (c.word != word) { // the words of a line: joined as the line's text joins them
            appendPiece(lineText, piece);
            piece.clear();
        }
        line = c.line;
        word = c.word;
        piece += QString::fromUcs4(&c.c, 1);
    }
    endLine();
    return out;
}

QRect NoteBook::snapToText(const OcrPage& ocr, const QRect& region)
{
    QRect out;
    for (const PlacedCharacter& c : charactersIn(ocr, region))
        out = out.isNull() ? c.box : out.united(c.box);
    return out.isNull() ? region : out;
}

Status NoteBook::checkPage(const Note& note) const
{
    if (note.pageId <= 0)
        return Ok{};
    auto caseNo = NoteRepository(m_profile.database()).caseOfPage(note.pageId);
    if (!caseNo)
        return caseNo.error();
    if (*caseNo != note.caseNo)
        return Error(QStringLiteral("note_page_elsewhere"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Page %1 is not in a dossier of case %2."),
                     {QString::number(note.pageId), note.caseNo});
    return Ok{};
}

Result<Note> NoteBook::add(Note note)
{
    note.author = m_author;
    note.uid.clear();
    note.deleted = false;
    if (auto bad = note.check())
        return *bad;
    if (auto s = checkPage(note); !s)
        return s.error();
    if (note.pageId > 0 && !note.box.isNull() && note.quote.isEmpty()) {
        auto page = Volume::page(m_profile, note.pageId);
        if (!page)
            return page.error();
        note.quote = textIn(page->ocr, note.box).left(4000);
    }
    return NoteRepository(m_profile.database()).add(note);
}

Result<Note> NoteBook::update(const Note& changed)
{
    NoteRepository repo(m_profile.database());
    auto old = repo.find(changed.uid, m_author);
    if (!old)
        return old.error();
    if (!*old)
        return noNote(changed.uid);
    Note n = changed;
    n.author = m_author;
    n.caseNo = (*old)->caseNo;
    n.pageUid.clear(); // this desk's page row is what counts here
    if (auto bad = n.check())
        return *bad;
    if (auto s = checkPage(n); !s)
        return s.error();
    auto done = repo.update(n);
    if (!done)
        return done.error();
    auto stored = repo.find(n.uid, m_author);
    if (!stored)
        return stored.error();
    if (!*stored)
        return noNote(n.uid);
    return **stored;
}

Status NoteBook::remove(const QString& uid)
{
    auto done = NoteRepository(m_profile.database()).remove(uid, m_author);
    if (!done)
        return done.error();
    return *done ? Status(Ok{}) : Status(noNote(uid));
}

Result<QList<Note>> NoteBook::list(const QString& caseNo)
{
    return NoteRepository(m_profile.database()).list(caseNo, m_author);
}

Result<QList<Note>> NoteBook::onPage(qint64 pageId)
{
    return NoteRepository(m_profile.database()).onPage(pageId, m_author);
}

Status NoteBook::reorder(const QStringList& uids)
{
    return NoteRepository(m_profile.database()).reorder(uids, m_author);
}

} // namespace Dossier
