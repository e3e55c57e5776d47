// Unit tests for Dossier::Cataloguer and PageCues: documents found and typed by the template's titles and keywords
// and by the layout a clerk reads (title lines, document number, closing block, footers), on OCR pages made here.
#include "domain/cataloguetemplate.h"
#include "pipeline/cataloguer.h"
#include "pipeline/pagecues.h"
#include "pipeline/typescorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Dossier;

namespace {

// A page at 150 dpi: 1240 × 1754 px, text from x = 150 to 1090, body lines 22 px high.
constexpr int kW = 1240, kH = 1754, kLeft = 150, kRight = 1090, kBody = 22;

OcrLine at(const QString& text, int x, int y, int w, int h)
{
    return {text, QRect(x, y, w, h), 90, {}};
}

OcrLine title(const QString& text, int y = 150)
{
    const int w = int(text.size()) * 40;
    return at(text, (kW - w) / 2, y, w, 40);
}

OcrLine body(const QString& text, int y)
{
    return at(text, kLeft, y, std::min(kRight - kLeft, int(text.size()) * kBody), kBody);
}

OcrLine right(const QString& text, int y)
{
    const int w = int(text.size()) * kBody;
    return at(text, kRight - w, y, w, kBody);
}

// A page of body lines from `top`, one every 40 px; `closing` adds a court and a date at the right.
QList<OcrLine> bodyLines(const QStringList& lines, int top, bool closing = false)
{
    QList<OcrLine> out;
    int y = top;
    for (const QString& l : lines) {
        out << body(l, y);
        y += 40;
    }
    if (closing)
        out << right(QStringLiteral("南通市崇川区人民法院"), y + 40)
            << right(QStringLiteral("二〇二四年三月五日"), y + 80);
    return out;
}

Cataloguer::PageIn content(const QList<OcrLine>& lines)
{
    Cataloguer::PageIn p{QStringLiteral("content"), {}, {}, {}, QSize(kW, kH)};
    p.ocr.lines = lines;
    return p;
}

CatalogueTemplate civil()
{
    auto t = CatalogueTemplate::builtin(QStringLiteral("civil-first-instance-main"));
    if (!t)
        qFatal("the built-in template does not load");
    return *t;
}

// The type and the document index of every page.
QStringList typesOf(const Cataloguer::Result& r)
{
    QStringList out;
    for (const Cataloguer::PageOut& p : r.pages)
        out << QStringLiteral("%1:%2").arg(p.document).arg(p.docType);
    return out;
}

const QString kCase = QStringLiteral("（2024）苏0602民初3201号");

} // namespace

class TestCataloguer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateAndNumberLines_data();
    void dateAndNumberLines();
    void cuesOfAPage();
    void shortTitleFindsItsItem();
    void missedTitleDocumentNumberStarts();
    void closingBlockEndsDocument();
    void footerKeepsContinuation();
    void speakerLineIsNoTitle();
    void textRunningOnContinues();
    void wordsAloneStartDocument();
    void typesComeFromTheTemplate();
    void looseKeywords();
};

void TestCataloguer::dateAndNumberLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("date");
    QTest::addColumn<bool>("number");
    QTest::newRow("arabic date") << QStringLiteral("2024年3月5日") << true << false;
    QTest::newRow("chinese date") << QStringLiteral("二〇二四年十二月二十三日") << true << false;
    QTest::newRow("date after a label") << QStringLiteral("日期：2024年10月9日") << true << false;
    QTest::newRow("year partly misread") << QStringLiteral("二@〇二五年九月十四日") << true << false;
    QTest::newRow("date in a sentence") << QStringLiteral("原告于2024年3月5日起诉。") << false << false;
    QTest::newRow("case number") << kCase << false << true;
    QTest::newRow("half-width case number") << QStringLiteral("(2023)苏0684民初88号") << false << true;
    QTest::newRow("case number misread") << QStringLiteral("（2024）苏O602民初32O1号") << false << true;
    QTest::newRow("case number after a label") << QStringLiteral("案号：（2024）苏0602民初3201号") << false << false;
    QTest::newRow("a sentence") << QStringLiteral("本院受理原告张三诉被告李四一案") << false << false;
}

void TestCataloguer::dateAndNumberLines()
{
    QFETCH(QString, line);
    QFETCH(bool, date);
    QFETCH(bool, number);
    QCOMPARE(PageCues::isDateLine(line), date);
    QCOMPARE(PageCues::isDocumentNumber(line), number);
}

void TestCataloguer::cuesOfAPage()
{
    QList<OcrLine> lines{title(QStringLiteral("江苏省南通市崇川区人民法院"), 100),
                         title(QStringLiteral("民事判决书"), 160), right(kCase, 220)};
    lines << bodyLines({QStringLiteral("原告：张三，男，1980年1月1日出生，汉族，住南通市崇川区工农路1号。"),
                        QStringLiteral("被告：李四，住南通市崇川区濠河路2号，原告与被告借款合同纠纷一案，本院于")},
                       280);
    lines.last().box.setRight(kRight);
    lines << at(QStringLiteral("第 1 页 共 3 页"), 560, 1650, 120, 18);
    const PageCues cues = PageCues::read({lines, 90, 0, {}}, QSize(kW, kH));
    QCOMPARE(cues.headings, (QStringList{QStringLiteral("江苏省南通市崇川区人民法院"), QStringLiteral("民事判决书")}));
    QVERIFY(cues.docNumber);
    QVERIFY(!cues.closing);
    QVERIFY(cues.runsOn); // the last line is full and ends mid-sentence
    QCOMPARE(cues.footerPage, 1);
    QVERIFY(!cues.text.contains(QStringLiteral("第1页")));

    const PageCues end = PageCues::read(
        {bodyLines({QStringLiteral("如不服本判决，可以在判决书送达之日起十五日内上诉。")}, 200, true), 90, 0, {}},
        QSize(kW, kH));
    QVERIFY(end.closing);
    QVERIFY(end.headings.isEmpty());
    QVERIFY(!end.runsOn);
}

void TestCataloguer::shortTitleFindsItsItem()
{
    QList<OcrLine> lines{title(QStringLiteral("起诉状"))};
    lines << bodyLines({QStringLiteral("原告：张三，住南通市。"), QStringLiteral("被告：李四，住南通市。"),
                        QStringLiteral("诉讼请求：")},
                       250);
    QList<OcrLine> misread{title(QStringLiteral("起诉伏"))}; // one character misread: the words decide
    misread << bodyLines({QStringLiteral("原告：王五。"), QStringLiteral("诉讼请求：判令被告还款。"),
                          QStringLiteral("事实与理由：被告借款未还。")},
                         250);
    const auto r = Cataloguer(civil()).run({content(lines), content(misread)}, kCase);
    QCOMPARE(typesOf(r), (QStringList{QStringLiteral("0:complaint"), QStringLiteral("1:complaint")}));
}

void TestCataloguer::missedTitleDocumentNumberStarts()
{
    QList<OcrLine> hearing{title(QStringLiteral("庭审笔录"))};
    hearing << bodyLines({QStringLiteral("时间：2024年5月4日上午9时"),
                          QStringLiteral("书记员：请肃静，现在宣布法庭纪律。"),
                          QStringLiteral("审判员：现在开庭，首先核对当事人身份。")},
                         250);
    const QList<OcrLine> more = bodyLines({QStringLiteral("原告：坚持诉讼请求。"), QStringLiteral("审判员：现在休庭。"),
                                           QStringLiteral("原告（签名）：")},
                                          150);
    // The judgment's court line and title did not come out (printed in red); its number did.
    QList<OcrLine> judgment{right(kCase, 220)};
    judgment << bodyLines({QStringLiteral("原告：张三，住南通市。"), QStringLiteral("被告：李四，住南通市。"),
                           QStringLiteral("原告与被告借款合同纠纷一案，本案现已审理终结。"),
                           QStringLiteral("本院认为，被告应当还款。判决如下：")},
                          280);
    const auto r = Cataloguer(civil()).run({content(hearing), content(more), content(judgment)}, kCase);
    QCOMPARE(typesOf(r), (QStringList{QStringLiteral("0:hearing_record"), QStringLiteral("0:hearing_record"),
                                      QStringLiteral("1:judgment")}));
}

void TestCataloguer::closingBlockEndsDocument()
{
    QList<OcrLine> notice{title(QStringLiteral("应诉通知书")), right(kCase, 220)};
    notice << bodyLines({QStringLiteral("李四："),
                         QStringLiteral("本院受理原告张三诉你借款合同纠纷一案，现将起诉状副本送达给你。"),
                         QStringLiteral("你应当在收到起诉状副本之日起十五日内向本院提交答辩状。")},
                        280, true);
    // The defence's title was not read at all: the page before ended, and its words say what it is.
    const QList<OcrLine> defence =
        bodyLines({QStringLiteral("答辩人：李四，住南通市。"), QStringLiteral("被答辩人：张三，住南通市。"),
                   QStringLiteral("答辩人就被答辩人起诉一案，提出答辩意见如下：")},
                  150);
    const auto r = Cataloguer(civil()).run({content(notice), content(defence)}, kCase);
    QCOMPARE(typesOf(r), (QStringList{QStringLiteral("0:response_notice"), QStringLiteral("1:defence")}));
}

void TestCataloguer::footerKeepsContinuation()
{
    QList<OcrLine> first{title(QStringLiteral("民事判决书")), right(kCase, 220)};
    first << bodyLines({QStringLiteral("原告：张三。"), QStringLiteral("被告：李四。")}, 280);
    first << at(QStringLiteral("第 1 页 共 2 页"), 560, 1650, 120, 18);
    // A short centred line at the top of the second page, and a date at its end: the footer says page 2.
    QList<OcrLine> second{title(QStringLiteral("附：相关法律条文"), 150)};
    second << bodyLines({QStringLiteral("《中华人民共和国民法典》第五百零九条。")}, 250, true);
    second << at(QStringLiteral("第 2 页 共 2 页"), 560, 1650, 120, 18);
    const auto r = Cataloguer(civil()).run({content(first), content(second)}, kCase);
    QCOMPARE(typesOf(r), (QStringList{QStringLiteral("0:judgment"), QStringLiteral("0:judgment")}));
}

void TestCataloguer::speakerLineIsNoTitle()
{
    QList<OcrLine> first{title(QStringLiteral("庭审笔录"))};
    first << bodyLines({QStringLiteral("审判员：现在开庭。"), QStringLiteral("原告：到庭。")}, 250);
    // A speaker's line at the top of the next page, its box made taller by a speck: not a title.
    QList<OcrLine> second{at(QStringLiteral("审判员：有无其他证据向法庭提交？"), kLeft, 150, 360, 36)};
    second << bodyLines({QStringLiteral("原告：没有了。"), QStringLiteral("被告：没有。")}, 200);
    const auto r = Cataloguer(civil()).run({content(first), content(second)}, kCase);
    QCOMPARE(typesOf(r), (QStringList{QStringLiteral("0:hearing_record"), QStringLiteral("0:hearing_record")}));
}

void TestCataloguer::textRunningOnContinues()
{
    QList<OcrLine> first{title(QStringLiteral("民事起诉状"))};
    first << bodyLines(
        {QStringLiteral("原告：张三。"),
         QStringLiteral("事实与理由：原告与被告签订合同后依约交付了货物，被告却以各种理由拒不支付货款并")},
        250);
    first.last().box.setWidth(kRight - kLeft);
    // The next page names no kind of its own and the text ran on: it continues the complaint.
    const QList<OcrLine> second = bodyLines({QStringLiteral("拖延至今。"), QStringLiteral("此致")}, 150);
    const auto r = Cataloguer(civil()).run({content(first), content(second)}, kCase);
    QCOMPARE(typesOf(r), (QStringList{QStringLiteral("0:complaint"), QStringLiteral("0:complaint")}));
}

void TestCataloguer::wordsAloneStartDocument()
{
    QList<OcrLine> receipt{title(QStringLiteral("送达回证"))};
    receipt << bodyLines({QStringLiteral("受送达人：张三"), QStringLiteral("送达文书：传票")}, 250);
    // No title, number or closing block: the words name a power of attorney strongly, and nothing of a receipt.
    const QList<OcrLine> power =
        bodyLines({QStringLiteral("委托人：张三。"), QStringLiteral("受托人：王律师。"),
                   QStringLiteral("代理权限：特别授权。"), QStringLiteral("代理期限：至本案一审终结。")},
                  150);
    const auto r = Cataloguer(civil()).run({content(receipt), content(power)}, kCase);
    QCOMPARE(typesOf(r), (QStringList{QStringLiteral("0:service_receipt"), QStringLiteral("1:power_of_attorney")}));
}

void TestCataloguer::typesComeFromTheTemplate()
{
    // A template of other kinds of documents: nothing in the code knows them.
    const QJsonObject o =
        QJsonDocument::fromJson(R"({"id": "t", "version": 1, "name": "申请类", "fallback_code": "misc", "items": [
        {"code": "request", "name": "申请书", "titles": ["申请书"], "keywords": ["申请人", "被申请人", "请求事项"]},
        {"code": "note", "name": "说明", "titles": ["情况说明"], "keywords": ["特此说明", "说明人"]},
        {"code": "misc", "name": "其他", "titles": []}]})")
            .object();
    const auto t = CatalogueTemplate::fromJson(o);
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().english()));
    QCOMPARE(t->items.first().keywords,
             (QStringList{QStringLiteral("申请人"), QStringLiteral("被申请人"), QStringLiteral("请求事项")}));
    QList<OcrLine> request{title(QStringLiteral("财产保全申请书"))};
    request << bodyLines({QStringLiteral("申请人：张三。")}, 250, true);
    QList<OcrLine> unreadable{title(QStringLiteral("倩况悦明"))}; // a title read wrong: an unknown heading
    unreadable << bodyLines({QStringLiteral("关于本案的情况，特此说明。"), QStringLiteral("说明人：李四")}, 250);
    QList<OcrLine> unknown{title(QStringLiteral("收条"))};
    unknown << bodyLines({QStringLiteral("今收到张三人民币一万元。")}, 250);
    const auto r = Cataloguer(*t).run({content(request), content(unreadable), content(unknown)}, kCase);
    QCOMPARE(typesOf(r),
             (QStringList{QStringLiteral("0:request"), QStringLiteral("1:note"), QStringLiteral("2:misc")}));
}

void TestCataloguer::looseKeywords()
{
    QVERIFY(TypeScorer::containsLoosely(QStringLiteral("本院认为被告应当还款判决如卞"), QStringLiteral("判决如下")));
    QVERIFY(!TypeScorer::containsLoosely(QStringLiteral("判决书"), QStringLiteral("判决如下")));
    QVERIFY(!TypeScorer::containsLoosely(QStringLiteral("被告人"), QStringLiteral("原告"))); // short words: exactly
}

QTEST_GUILESS_MAIN(TestCataloguer)
#include "testcataloguer.moc"
