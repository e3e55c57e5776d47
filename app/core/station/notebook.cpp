#include "station/notebook.h"

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

Result<Volume> NoteBook::mainVolume(const Profile& profile, const QString& caseNo)
{
    return Volume::loadMain(profile, caseNo, Volume::Detail::Reading); // numbers, not words
}

QString NoteBook::textIn(const OcrPage& ocr, const QRect& region)
{
    QString out;
    for (const OcrLine& line : ocr.lines) {
        if (!line.box.isNull() && !line.box.intersects(region))
            continue; // a line stored without its box is looked at word by word
        QString lineText;
        for (const OcrWord& w : line.words) {
            const QRect meet = w.box.intersected(region);
            // a word counts when the region covers at least half of its height and a part of its width
            if (meet.isEmpty() || meet.height() * 2 < w.box.height())
                continue;
            const QList<uint> chars = w.text.toUcs4(); // by character: 𠮷 is one, not two halves
            if (meet.width() >= w.box.width() * 9 / 10 || chars.size() <= 1) {
                appendPiece(lineText, w.text);
                continue;
            }
            // a region over part of a run of characters: the characters it covers, by their share of the width
            const double per = double(w.box.width()) / double(chars.size());
            const int n = int(chars.size());
            const int from = std::clamp(int((meet.left() - w.box.left()) / per + 0.5), 0, n);
            const int to = std::clamp(int((meet.right() + 1 - w.box.left()) / per + 0.5), from, n);
            appendPiece(lineText,
                        QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()) + from, to - from));
        }
        if (!lineText.isEmpty())
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + lineText;
    }
    return out;
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
