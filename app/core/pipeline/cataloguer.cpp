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
    r.pages.resize(pages.size());
    int current = -1;
    bool sawEvidenceList = false;
    QList<int> pendingBlanks;
    int volumePage = 0;

    auto startDossier = [&](const QString& caseNo, const QString& id) {
        Dossier d;
        d.caseNo = caseNo;
        d.dossierId = id.isNull() ? QStringLiteral("") : id; // "" when given by --case: never null
        r.dossiers << d;
        current = int(r.dossiers.size() - 1);
        sawEvidenceList = false;
        pendingBlanks.clear();
        volumePage = 0;
    };

    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageIn& p = pages.at(i);
        PageOut& out = r.pages[i];
        if (p.kind == QLatin1String("separator")) {
            startDossier(p.separatorCaseNo, p.separatorDossierId);
            continue;
        }
        if (p.kind == QLatin1String("error"))
            continue;
        if (current < 0) {
            if (defaultCaseNo.isEmpty()) {
                r.unassigned << int(i);
                continue;
            }
            startDossier(defaultCaseNo, QString());
        }
        Dossier& d = r.dossiers[current];
        d.pages << int(i);
        out.dossier = current;

        if (p.kind == QLatin1String("blank")) {
            if (d.documents.isEmpty()) {
                pendingBlanks << int(i);
                continue;
            }
            out.document = int(d.documents.size() - 1);
            d.documents.last().pages << int(i);
            out.docType = d.documents.last().docType;
            out.title = d.documents.last().title;
            continue;
        }

        QStringList candidates;
        const QString title = findTitle(p.ocr, p.size, &candidates);
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
        const bool newDocument = !title.isEmpty() || d.documents.isEmpty();
        if (newDocument) {
            if (docType.isEmpty())
                docType = sawEvidenceList && !m_template.evidenceCode.isEmpty() ? m_template.evidenceCode
                                                                                : m_template.fallbackCode;
            if (docTitle.isEmpty()) {
                const QString first = p.ocr.lines.isEmpty() ? QString() : p.ocr.lines.first().text;
                docTitle = first.left(20);
            }
            if (docTitle.trimmed().isEmpty()) {
                const TemplateItem* item = m_template.item(docType);
                docTitle = item ? item->name : docType;
            }
            if (docType == m_template.evidenceAfter)
                sawEvidenceList = true;
            else if (docType != m_template.evidenceCode && docType != m_template.fallbackCode)
                sawEvidenceList = false;
            Document doc;
            doc.docType = docType;
            doc.title = docTitle.simplified();
            doc.firstPage = volumePage + 1;
            d.documents << doc;
            // blanks fed before the first document belong to it
            for (int b : std::as_const(pendingBlanks)) {
                r.pages[b].document = int(d.documents.size() - 1);
                d.documents.last().pages << b;
            }
            pendingBlanks.clear();
        }
        Document& doc = d.documents.last();
        ++volumePage;
        doc.lastPage = volumePage;
        doc.pages << int(i);
        out.document = int(d.documents.size() - 1);
        out.volumePage = volumePage;
        out.docType = doc.docType;
        out.title = doc.title;
        int n = 0;
        for (int pi : std::as_const(doc.pages))
            if (pages.at(pi).kind == QLatin1String("content"))
                ++n;
        out.pageInDocument = n;
    }
    for (Dossier& d : r.dossiers)
        for (Document& doc : d.documents)
            if (doc.firstPage > doc.lastPage)
                doc.lastPage = doc.firstPage;
    return r;
}

} // namespace Dossier
