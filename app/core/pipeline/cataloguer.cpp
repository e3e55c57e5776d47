#include "pipeline/cataloguer.h"

#include "domain/textutil.h"

#include <algorithm>

namespace Dossier {
namespace {

bool endsLikeSentence(const QString& s)
{
    static const QString stops = QStringLiteral("：:，,。；;、");
    return !s.isEmpty() && stops.contains(s.back());
}

// run()'s walk over the batch in feed order: the dossier being filled and what the next page needs to know
// about the pages before it.
class BatchWalk
{
public:
    BatchWalk(const CatalogueTemplate& tmpl, const QList<Cataloguer::PageIn>& pages, Cataloguer::Result& r)
        : m_template(tmpl), m_pages(pages), m_r(r)
    {
        m_r.pages.resize(pages.size());
    }

    // A separator sheet (or the default case number) opens a dossier; the pages after it belong to it.
    void startDossier(const QString& caseNo, const QString& id)
    {
        Cataloguer::Dossier d;
        d.caseNo = caseNo;
        d.dossierId = id.isNull() ? QStringLiteral("") : id; // "" when given by --case: never null
        m_r.dossiers << d;
        m_current = int(m_r.dossiers.size() - 1);
        m_sawEvidenceList = false;
        m_pendingBlanks.clear();
        m_volumePage = 0;
    }

    bool inDossier() const { return m_current >= 0; }

    // A blank (verso) page belongs to the document before it, or to the first document if none has started.
    void addBlank(int i)
    {
        Cataloguer::Dossier& d = enter(i);
        Cataloguer::PageOut& out = m_r.pages[i];
        if (d.documents.isEmpty()) {
            m_pendingBlanks << i;
            return;
        }
        out.document = int(d.documents.size() - 1);
        d.documents.last().pages << i;
        out.docType = d.documents.last().docType;
        out.title = d.documents.last().title;
    }

    // A content page starts a document where it has a title (or none has started yet), else continues one.
    void addContent(int i)
    {
        Cataloguer::Dossier& d = enter(i);
        const Cataloguer::PageIn& p = m_pages.at(i);
        QStringList candidates;
        const QString title = Cataloguer::findTitle(p.ocr, p.size, &candidates);
        if (!title.isEmpty() || d.documents.isEmpty())
            startDocument(d, p, title, candidates);
        continuePage(d, i);
    }

    // Documents of a single page (or of blanks only) end where they start.
    void finish()
    {
        for (Cataloguer::Dossier& d : m_r.dossiers)
            for (Cataloguer::Document& doc : d.documents)
                if (doc.firstPage > doc.lastPage)
                    doc.lastPage = doc.firstPage;
    }

private:
    // Adds page `i` to the current dossier.
    Cataloguer::Dossier& enter(int i)
    {
        Cataloguer::Dossier& d = m_r.dossiers[m_current];
        d.pages << i;
        m_r.pages[i].dossier = m_current;
        return d;
    }

    // The document type: the first title-like line the template knows; else evidence while an evidence list
    // precedes, else the fallback. The title: that line, the page's title, its first line, or the type's name.
    QPair<QString, QString> classify(const Cataloguer::PageIn& p, const QString& title,
                                     const QStringList& candidates) const
    {
        QString docType;
        QString docTitle = title.trimmed();
        for (const QString& c : candidates) {
            const auto m = m_template.match(c);
            if (!m.code.isEmpty()) {
                docType = m.code;
                docTitle = c.trimmed();
                break;
            }
        }
        if (docType.isEmpty())
            docType = m_sawEvidenceList && !m_template.evidenceCode.isEmpty() ? m_template.evidenceCode
                                                                              : m_template.fallbackCode;
        if (docTitle.isEmpty()) {
            const QString first = p.ocr.lines.isEmpty() ? QString() : p.ocr.lines.first().text;
            docTitle = first.left(20);
        }
        if (docTitle.trimmed().isEmpty()) {
            const TemplateItem* item = m_template.item(docType);
            docTitle = item ? item->name : docType;
        }
        return {docType, docTitle};
    }

    // Opens a document at page `p`; the blanks fed before the first document of the dossier join it.
    void startDocument(Cataloguer::Dossier& d, const Cataloguer::PageIn& p, const QString& title,
                       const QStringList& candidates)
    {
        const auto [docType, docTitle] = classify(p, title, candidates);
        // Untitled pages after an evidence list are evidence until another kind of document starts.
        if (docType == m_template.evidenceAfter)
            m_sawEvidenceList = true;
        else if (docType != m_template.evidenceCode && docType != m_template.fallbackCode)
            m_sawEvidenceList = false;
        Cataloguer::Document doc;
        doc.docType = docType;
        doc.title = docTitle.simplified();
        doc.firstPage = m_volumePage + 1;
        d.documents << doc;
        for (int b : std::as_const(m_pendingBlanks)) {
            m_r.pages[b].document = int(d.documents.size() - 1);
            d.documents.last().pages << b;
        }
        m_pendingBlanks.clear();
    }

    // Page `i` is the next volume page of the dossier's last document.
    void continuePage(Cataloguer::Dossier& d, int i)
    {
        Cataloguer::Document& doc = d.documents.last();
        Cataloguer::PageOut& out = m_r.pages[i];
        ++m_volumePage;
        doc.lastPage = m_volumePage;
        doc.pages << i;
        out.document = int(d.documents.size() - 1);
        out.volumePage = m_volumePage;
        out.docType = doc.docType;
        out.title = doc.title;
        int n = 0;
        for (int pi : std::as_const(doc.pages))
            if (m_pages.at(pi).kind == QLatin1String("content"))
                ++n;
        out.pageInDocument = n;
    }

    const CatalogueTemplate& m_template;
    const QList<Cataloguer::PageIn>& m_pages;
    Cataloguer::Result& m_r;
    int m_current = -1; // index of the dossier being filled
    bool m_sawEvidenceList = false;
    QList<int> m_pendingBlanks; // blanks before the dossier's first document
    int m_volumePage = 0;
};

} // namespace

Cataloguer::Cataloguer(CatalogueTemplate tmpl) : m_template(std::move(tmpl)) {}

QString Cataloguer::findTitle(const OcrPage& ocr, QSize size, QStringList* candidates)
{
    QList<const OcrLine*> lines;
    for (const OcrLine& l : ocr.lines)
        if (!TextUtil::lettersOnly(l.text).isEmpty())
            lines << &l;
    if (lines.isEmpty() || size.isEmpty())
        return {};
    QList<int> heights;
    for (const OcrLine* l : lines)
        heights << l->box.height();
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double median = heights.at(heights.size() / 2);

    QString title;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, lines.size()); ++i) {
        const OcrLine& l = *lines.at(i);
        if (l.box.top() > size.height() * 0.4)
            break;
        const QString letters = TextUtil::lettersOnly(l.text);
        const bool shortLine = letters.size() >= 2 && letters.size() <= 24;
        const bool centred = std::abs(l.box.center().x() - size.width() / 2.0) < size.width() * 0.1 &&
                             l.box.width() < size.width() * 0.7;
        const bool large = l.box.height() >= 1.25 * median;
        if (!shortLine || endsLikeSentence(l.text.trimmed()) || !(centred || large))
            break;
        if (candidates)
            *candidates << l.text;
        if (title.isEmpty())
            title = l.text;
    }
    return title;
}

Cataloguer::Result Cataloguer::run(const QList<PageIn>& pages, const QString& defaultCaseNo) const
{
    Result r;
    BatchWalk walk(m_template, pages, r);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageIn& p = pages.at(i);
        if (p.kind == QLatin1String("separator")) {
            walk.startDossier(p.separatorCaseNo, p.separatorDossierId);
            continue;
        }
        if (p.kind == QLatin1String("error"))
            continue;
        // Pages before the first separator go to the default case, or stay unassigned without one.
        if (!walk.inDossier()) {
            if (defaultCaseNo.isEmpty()) {
                r.unassigned << int(i);
                continue;
            }
            walk.startDossier(defaultCaseNo, QString());
        }
        if (p.kind == QLatin1String("blank"))
            walk.addBlank(int(i));
        else
            walk.addContent(int(i));
    }
    walk.finish();
    return r;
}

} // namespace Dossier
