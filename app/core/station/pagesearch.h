#pragma once

#include <dossier/result.h>

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace Dossier {

class Profile;

struct SearchRequest final
{
    QString text; // what to find: 2 characters or more for a word; spaces, line breaks, 全角/半角 and case ignored
    QString caseNo; // 案号; empty: every case of the profile
    int offset = 0; // hits (pages) to skip: the next batch of a long list
    int limit = 50;
};

// A page that holds the text, with where the text is on its processed image.
struct SearchHit final
{
    qint64 pageId = 0;
    QString source, caseNo, dossierId, title;
    QString snippet;                 // about 20 characters each side of its first occurrence
    int document = -1;               // the document's place in its volume (0-based)
    int pageInDocument = 0;          // 0: unnumbered
    int volumePage = 0;              // the page's number in its volume; 0: unnumbered (a blank)
    QList<QList<QRect>> occurrences; // per occurrence on the page, in reading order: its boxes
    QSize imageSize;                 // the processed (working) image the boxes are in

    QList<QRect> boxes() const;
};

struct SearchResults final
{
    int totalPages = 0;          // pages of the scope that hold the text (the hits listed are some of them)
    qint64 totalOccurrences = 0; // occurrences on them: the M of "N/M"
    QList<SearchHit> hits;       // in reading order: case, dossier, volume, document, page
};

// The reader's search (and dossier-cli search): one case or every case of the profile. Boxes are worked out for
// the hits returned only. Runs SQL: call it off the GUI thread.
Result<SearchResults> searchPages(const Profile& profile, const SearchRequest& request);

} // namespace Dossier
