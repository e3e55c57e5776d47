#include "pipeline/cataloguer.h"

#include "domain/textutil.h"
#include "pipeline/pagecues.h"
#include "pipeline/typescorer.h"

#include <algorithm>

namespace Dossier {
namespace {

// A title read well enough: below it, the words of the page decide when they speak clearly for another item.
constexpr double kSureTitle = 0.8;
// Keywords decide a document's type (and may start one) when the best item scores this much, this far ahead.
constexpr double kKeywordScore = 1.5;
constexpr double kKeywordLead = 0.75;
constexpr double kKeywordStart = 2.5; // a document started by its words alone, with no layout cue

// run()'s walk over the batch in feed order: the dossier being filled and what the next page needs to know
// about the pages before it.
class BatchWalk
{
public:
    BatchWalk(const CatalogueTemplate& tmpl, const QList<Cataloguer::PageIn>& pages, Cataloguer::Result& r)
        : m_template(tmpl), m_scorer(tmpl), m_pages(pages), m_r(r)
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
        m_prevClosing = false;
        m_prevRunsOn = false;
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

    // A content page starts a document where the layout or the words say so (or none has started yet), else
    // continues one.
    void addContent(int i)
    {
        Cataloguer::Dossier& d = enter(i);
        const Cataloguer::PageIn& p = m_pages.at(i);
        const PageCues cues = PageCues::read(p.ocr, p.size);
        const Decision decision = decide(d, cues);
        if (decision.start || d.documents.isEmpty())
            startDocument(d, p, decision, cues);
        continuePage(d, i);
        m_prevClosing = cues.closing;
        m_prevRunsOn = cues.runsOn;
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

    struct Decision
    {
        bool start = false;
        QString code;  // the type, when the page starts a document
        QString title; // the title line it was known by
    };

    // The template item whose title best matches one of the page's headings.
    CatalogueTemplate::Match titleOf(const PageCues& cues) const
    {
        CatalogueTemplate::Match best;
        for (const QString& h : cues.headings)
            if (const auto m = m_template.match(h); m.score > best.score) {
                best = m;
                best.matchedTitle = h;
            }
        return best;
    }

    // The type by the page's words, when they speak clearly for one item.
    QString byKeywords(const PageCues& cues, double atLeast) const
    {
        const TypeScorer::Score k = m_scorer.best(cues.text);
        return k.score >= atLeast && k.score - k.runnerUp >= kKeywordLead ? k.code : QString();
    }

    // Whether the page opens a document and of what type: a title the template knows; else the layout's cues (a
    // footer's page number, a document number under the top, an unknown title, the page before ended with a
    // signature block and a date) with the type from the words; else the words alone when they name another item
    // strongly and nothing of the current one, and the text before did not run on.
    Decision decide(const Cataloguer::Dossier& d, const PageCues& cues) const
    {
        Decision out;
        const CatalogueTemplate::Match title = titleOf(cues);
        const QString current = d.documents.isEmpty() ? QString() : d.documents.last().docType;
        if (!title.code.isEmpty()) {
            const QString words = title.score < kSureTitle ? byKeywords(cues, kKeywordScore) : QString();
            const bool overruled = !words.isEmpty() && m_scorer.score(cues.text, title.code) == 0;
            return {true, overruled ? words : title.code, title.matchedTitle};
        }
        const QString words = byKeywords(cues, kKeywordScore);
        if (cues.footerPage >= 2)
            out.start = false;
        else
            out.start = cues.footerPage == 1 || cues.docNumber || !cues.headings.isEmpty() || m_prevClosing;
        if (!out.start && !current.isEmpty() && !words.isEmpty() && words != current && cues.footerPage < 2 &&
            !m_prevRunsOn)
            out.start = m_scorer.best(cues.text).score >= kKeywordStart && m_scorer.score(cues.text, current) == 0;
        out.code = words.isEmpty() ? untitledType() : words;
        out.title = cues.headings.value(0);
        return out;
    }

    // A document without a known title or clear words: evidence while an evidence list precedes, else the fallback.
    QString untitledType() const
    {
        return m_sawEvidenceList && !m_template.evidenceCode.isEmpty() ? m_template.evidenceCode
                                                                       : m_template.fallbackCode;
    }

    // The title of a new document: the line it was known by, the page's first line, or its type's name.
    QString titleFor(const Cataloguer::PageIn& p, const Decision& decision) const
    {
        QString docTitle = decision.title.trimmed();
        if (docTitle.isEmpty()) {
            const QString first = p.ocr.lines.isEmpty() ? QString() : p.ocr.lines.first().text;
            docTitle = first.left(20);
        }
        if (docTitle.trimmed().isEmpty()) {
            const TemplateItem* item = m_template.item(decision.code);
            docTitle = item ? item->name : decision.code;
        }
        return docTitle;
    }

    // Opens a document at page `p`; the blanks fed before the first document of the dossier join it.
    void startDocument(Cataloguer::Dossier& d, const Cataloguer::PageIn& p, Decision decision, const PageCues& cues)
    {
        if (decision.code.isEmpty())
            decision.code = untitledType();
        if (decision.title.isEmpty())
            decision.title = cues.headings.value(0);
        // Untitled pages after an evidence list are evidence until another kind of document starts.
        if (decision.code == m_template.evidenceAfter)
            m_sawEvidenceList = true;
        else if (decision.code != m_template.evidenceCode && decision.code != m_template.fallbackCode)
            m_sawEvidenceList = false;
        Cataloguer::Document doc;
        doc.docType = decision.code;
        doc.title = titleFor(p, decision).simplified();
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
    TypeScorer m_scorer;
    const QList<Cataloguer::PageIn>& m_pages;
    Cataloguer::Result& m_r;
    int m_current = -1; // index of the dossier being filled
    bool m_sawEvidenceList = false;
    bool m_prevClosing = false; // the last content page ended with a signature block and a date
    bool m_prevRunsOn = false;  // the last content page's text ran on overleaf
    QList<int> m_pendingBlanks; // blanks before the dossier's first document
    int m_volumePage = 0;
};

} // namespace

Cataloguer::Cataloguer(CatalogueTemplate tmpl) : m_template(std::move(tmpl)) {}

QString Cataloguer::findTitle(const OcrPage& ocr, QSize size, QStringList* candidates)
{
    const PageCues cues = PageCues::read(ocr, size);
    if (candidates)
        *candidates << cues.headings;
    return cues.headings.value(0);
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
