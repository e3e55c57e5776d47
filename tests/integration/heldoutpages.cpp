#include "heldoutpages.h"

#include <QFontInfo>

#include <algorithm>

namespace Dossier::Test {

namespace {

// The people of the held-out pages: rare surnames (欧阳, 上官, 诸葛, 仉, 皇甫, 禤, 靳, 司马, 郗, 钟离) and common
// ones; ID numbers with a valid check character (three end in X); phones.
struct Person
{
    QString name, id, phone;
};

const QList<Person>& people()
{
    static const QList<Person> p{
        {QStringLiteral("欧阳明轩"), QStringLiteral("110105198503120418"), QStringLiteral("13910457788")},
        {QStringLiteral("上官瑞雪"), QStringLiteral("320602199007230628"), QStringLiteral("18662013345")},
        {QStringLiteral("诸葛云峰"), QStringLiteral("370102197811052319"), QStringLiteral("15251308876")},
        {QStringLiteral("仉志强"), QStringLiteral("13010219690228081X"), QStringLiteral("17712345609")},
        {QStringLiteral("皇甫嘉懿"), QStringLiteral("44030419951201062X"), QStringLiteral("13585092217")},
        {QStringLiteral("禤国栋"), QStringLiteral("450103198206170916"), QStringLiteral("19951476630")},
        {QStringLiteral("靳海燕"), QStringLiteral("410105198809300447"), QStringLiteral("18036251184")},
        {QStringLiteral("司马婉清"), QStringLiteral("510107200001150825"), QStringLiteral("13306283917")},
        {QStringLiteral("郗文博"), QStringLiteral("320583197504081217"), QStringLiteral("15895703342")},
        {QStringLiteral("钟离若曦"), QStringLiteral("33010619930819064X"), QStringLiteral("18914027765")},
        {QStringLiteral("王建华"), QStringLiteral("320611197205201016"), QStringLiteral("13773645521")},
        {QStringLiteral("李秀英"), QStringLiteral("320602196510030662"), QStringLiteral("15006288419")}};
    return p;
}

const Person& person(const QString& name)
{
    const auto& all = people();
    return *std::find_if(all.cbegin(), all.cend(), [&](const Person& p) { return p.name == name; });
}

constexpr int kWidth = 2480; // A4 at 300 dpi
constexpr double kMargin = 250;

QFont fontOf(const HeldOutPage& page, double points)
{
    return pageFont(page.font, points + page.larger, 300);
}

QImage blankPage()
{
    return blankA4(300);
}

// The scan of a page: turned by `skewDeg` (clockwise on the glass, so that `skewDeg` counter-clockwise straightens
// it), paper tone, uneven light, grain and specks, 300 dpi.
QImage scanOf(const QImage& page, double skewDeg, unsigned seed)
{
    ScanSettings s;
    s.skewDeg = skewDeg;
    s.seed = seed;
    return scanned(page, s);
}

} // namespace

QString HeldOutPage::text() const
{
    QStringList t;
    for (const DrawnLine& l : lines)
        t << l.text;
    return t.join(QLatin1Char('\n'));
}

namespace {

// The two looks of a page: as written, and in the next of the four fonts, 1.5 pt larger, with other grain.
struct Look final
{
    bool second = false;
};

HeldOutPage made(const QString& file, const QString& font, const QString& layout, const Look& look)
{
    static const QStringList fonts{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("AR PL UMing CN"),
                                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")};
    HeldOutPage p;
    p.file = look.second ? QStringLiteral("h%1.jpg").arg(file.mid(1, 2).toInt() + 6, 2, 10, QLatin1Char('0')) : file;
    p.font = look.second ? fonts.at((fonts.indexOf(font) + 1) % fonts.size()) : font;
    p.layout = look.second ? layout + QStringLiteral(", 1.5 pt larger") : layout;
    p.larger = look.second ? 1.5 : 0;
    p.seed = look.second ? 1000 : 0;
    return p;
}

// 民事起诉状, Noto Serif CJK SC 12 pt, one column.
HeldOutPage complaint(const Look& look)
{
    HeldOutPage page =
        made(QStringLiteral("h01.jpg"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("12 pt"), look);
    QImage image = blankPage();
    PageWriter w(&image);
    const QFont body = fontOf(page, 12);
    const Person &a = person(QStringLiteral("欧阳明轩")), &b = person(QStringLiteral("上官瑞雪"));
    double y = w.centred(page.lines, QStringLiteral("民事起诉状"), fontOf(page, 20), 300);
    const QStringList paragraphs{
        QStringLiteral("原告：%1，男，1985年3月12日出生，汉族，住北京市朝阳区安慧北里秀园12号楼3单元502室，公民身份号码"
                       "%2，联系电话%3。")
            .arg(a.name, a.id, a.phone),
        QStringLiteral(
            "被告：%1，女，1990年7月23日出生，汉族，住南通市崇川区青年中路88号，公民身份号码%2，联系电话%3。")
            .arg(b.name, b.id, b.phone),
        QStringLiteral(
            "被告：蓝海贸易有限公司（Blue Ocean Trading Co., Ltd.），住所地南通市港闸区永和路16号，法定代表人"
            "王建华。"),
        QStringLiteral("诉讼请求："),
        QStringLiteral(
            "一、判令二被告共同偿还借款本金人民币１２８，５００元及自2023年6月1日起按年利率3.85%计算的利息；"),
        QStringLiteral("二、本案诉讼费用由二被告负担。"),
        QStringLiteral("事实与理由："),
        QStringLiteral(
            "2023年1月15日，被告上官瑞雪以公司资金周转为由向原告借款，原告通过银行转账向其交付１２８，５００元，"
            "约定于同年5月31日前归还。借款到期后，原告多次通过电话及微信（wx_lin2024）催收，二被告均以各种"
            "理由拖延，至今分文未还。"),
        QStringLiteral("为维护原告的合法权益，特依法提起诉讼，请贵院支持原告的诉讼请求。"),
        QStringLiteral("此致"),
        QStringLiteral("南通市崇川区人民法院")};
    for (const QString& p : paragraphs)
        y = w.paragraph(page.lines, p, body, kMargin, kWidth - 2 * kMargin, y);
    y = w.paragraph(page.lines, QStringLiteral("具状人：欧阳明轩"), body, 1500, 800, y + 80, 0);
    w.paragraph(page.lines, QStringLiteral("二〇二四年十月九日"), body, 1500, 800, y, 0);
    page.skewDeg = 0.8;
    page.scan = scanOf(image, page.skewDeg, 101 + page.seed);
    return page;
}

// 调查笔录, AR PL UMing CN 11 pt, two columns.
HeldOutPage interview(const Look& look)
{
    HeldOutPage page =
        made(QStringLiteral("h02.jpg"), QStringLiteral("AR PL UMing CN"), QStringLiteral("two columns"), look);
    QImage image = blankPage();
    PageWriter w(&image);
    const QFont body = fontOf(page, 11);
    const Person &z = person(QStringLiteral("仉志强")), &x = person(QStringLiteral("禤国栋"));
    const double top = w.centred(page.lines, QStringLiteral("调 查 笔 录"), fontOf(page, 20), 300);
    const double column = (kWidth - 2 * kMargin - 120) / 2;
    const QStringList left{
        QStringLiteral("时间：2024年8月21日上午9时30分"),
        QStringLiteral("地点：本院第三调解室"),
        QStringLiteral("调查人：诸葛云峰（审判员）"),
        QStringLiteral("记录人：司马婉清"),
        QStringLiteral("被调查人：%1，男，1969年2月28日出生，公民身份号码%2，手机%3，座机0513-85123456。")
            .arg(z.name, z.id, z.phone),
        QStringLiteral("问：你与禤国栋是什么关系？"),
        QStringLiteral("答：我们是同事，都在蓝海贸易有限公司上班，他负责仓库的收发货。")};
    const QStringList right{
        QStringLiteral("问：2023年3月你是否见过他把iPhone 15 Pro交给原告？"),
        QStringLiteral("答：见过，那天是3月17日，合同编号ABC-2024-0317，货款九千八百六十元，也就是９，８６０元。"),
        QStringLiteral("问：你还有什么补充？"),
        QStringLiteral("答：禤国栋的电话是%1，他现在住在南宁市青秀区。").arg(x.phone),
        QStringLiteral("以上笔录经本人阅读无误。"),
        QStringLiteral("被调查人（签名）：仉志强")};
    double y = top;
    for (const QString& p : left)
        y = w.paragraph(page.lines, p, body, kMargin, column, y, 0);
    y = top;
    for (const QString& p : right)
        y = w.paragraph(page.lines, p, body, kMargin + column + 120, column, y, 0);
    page.skewDeg = -1.1;
    page.scan = scanOf(image, page.skewDeg, 102 + page.seed);
    return page;
}

// 当事人信息表, WenQuanYi Micro Hei 11 pt, a ruled table.
HeldOutPage partiesTable(const Look& look)
{
    HeldOutPage page =
        made(QStringLiteral("h03.jpg"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("table"), look);
    QImage image = blankPage();
    PageWriter w(&image);
    const QFont body = fontOf(page, 11);
    double y = w.centred(page.lines, QStringLiteral("当事人信息表"), fontOf(page, 18), 300);
    QList<QStringList> rows{{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("公民身份号码"),
                             QStringLiteral("联系电话"), QStringLiteral("诉讼地位")}};
    const QStringList names{QStringLiteral("皇甫嘉懿"), QStringLiteral("禤国栋"), QStringLiteral("靳海燕"),
                            QStringLiteral("郗文博"), QStringLiteral("李秀英")};
    const QStringList roles{QStringLiteral("原告"), QStringLiteral("被告"), QStringLiteral("被告"),
                            QStringLiteral("第三人"), QStringLiteral("证人")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Person& p = person(names.at(i));
        rows.append({QString::number(i + 1), p.name, p.id, p.phone, roles.at(i)});
    }
    y = w.table(page.lines, rows, {150, 330, 660, 460, 340}, body, kMargin, y + 40);
    w.paragraph(page.lines,
                QStringLiteral("注：以上信息由当事人于2024年9月2日自行填写并确认，送达邮箱zhang.wei@example.com。"),
                body, kMargin, kWidth - 2 * kMargin, y, 0);
    page.skewDeg = 0.5;
    page.scan = scanOf(image, page.skewDeg, 103 + page.seed);
    return page;
}

// 借款合同, Noto Sans CJK SC 9 pt, one column of small type.
HeldOutPage loanContract(const Look& look)
{
    HeldOutPage page =
        made(QStringLiteral("h04.jpg"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("9 pt"), look);
    QImage image = blankPage();
    PageWriter w(&image);
    const QFont body = fontOf(page, 9);
    const Person &lender = person(QStringLiteral("郗文博")), &borrower = person(QStringLiteral("靳海燕"));
    double y = w.centred(page.lines, QStringLiteral("借款合同"), fontOf(page, 16), 300);
    const QStringList paragraphs{
        QStringLiteral("出借人（甲方）：%1，公民身份号码%2，联系电话%3。").arg(lender.name, lender.id, lender.phone),
        QStringLiteral("借款人（乙方）：%1，公民身份号码%2，联系电话%3。")
            .arg(borrower.name, borrower.id, borrower.phone),
        QStringLiteral(
            "第一条 借款金额：甲方同意向乙方出借人民币２，４００，０００元（大写：贰佰肆拾万元整），以银行转账"
            "方式支付至乙方账户6222 0212 3456 7890 123。"),
        QStringLiteral("第二条 借款期限：自2022年4月1日起至2024年3月31日止，共计二十四个月。乙方应按期归还本金，"
                       "不得挪作他用。"),
        QStringLiteral("第三条 借款利息：年利率为4.35%，按季结息，每季末月的二十日为结息日。逾期还款的，按日万分之五"
                       "计收违约金。"),
        QStringLiteral("第四条 担保：由王建华提供连带责任保证，保证期间为借款期限届满之日起三年。"),
        QStringLiteral("第五条 争议解决：因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方住所地人民法院"
                       "起诉。本合同依照GB/T 19001的要求归档保存。"),
        QStringLiteral("第六条 本合同一式三份，甲乙双方及保证人各执一份，自双方签字之日起生效。通知可发送至电子邮箱"
                       "zhang.wei@example.com。"),
        QStringLiteral("甲方（签字）：郗文博　　　乙方（签字）：靳海燕　　　2022年3月28日")};
    for (const QString& p : paragraphs)
        y = w.paragraph(page.lines, p, body, kMargin, kWidth - 2 * kMargin, y);
    page.skewDeg = -0.6;
    page.scan = scanOf(image, page.skewDeg, 104 + page.seed);
    return page;
}

// 收条, Noto Serif CJK SC 16 pt: large type.
HeldOutPage receipt(const Look& look)
{
    HeldOutPage page =
        made(QStringLiteral("h05.jpg"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("16 pt"), look);
    QImage image = blankPage();
    PageWriter w(&image);
    const QFont body = fontOf(page, 16);
    const Person &payer = person(QStringLiteral("钟离若曦")), &payee = person(QStringLiteral("王建华"));
    double y = w.centred(page.lines, QStringLiteral("收　条"), fontOf(page, 24), 350);
    const QStringList paragraphs{
        QStringLiteral("今收到%1交来的车辆购置款人民币（大写）叁万伍仟元整（小写）￥３５，０００．００。")
            .arg(payer.name),
        QStringLiteral("车辆识别代号：LSVAU2180N2183746。"),
        QStringLiteral("收款人：%1").arg(payee.name),
        QStringLiteral("身份证号：%1").arg(payee.id),
        QStringLiteral("电话：%1").arg(payee.phone),
        QStringLiteral("2024年3月5日")};
    for (const QString& p : paragraphs)
        y = w.paragraph(page.lines, p, body, kMargin, kWidth - 2 * kMargin, y);
    page.skewDeg = 1.3;
    page.scan = scanOf(image, page.skewDeg, 105 + page.seed);
    return page;
}

// 诉讼费用明细表, AR PL UMing CN 10.5 pt: a table of amounts in 全角 digits.
HeldOutPage feeTable(const Look& look)
{
    HeldOutPage page = made(QStringLiteral("h06.jpg"), QStringLiteral("AR PL UMing CN"), QStringLiteral("table"), look);
    QImage image = blankPage();
    PageWriter w(&image);
    const QFont body = fontOf(page, 10.5);
    double y = w.centred(page.lines, QStringLiteral("诉讼费用明细表"), fontOf(page, 18), 300);
    const QList<QStringList> rows{
        {QStringLiteral("项目"), QStringLiteral("金额（元）"), QStringLiteral("缴纳人"), QStringLiteral("缴纳日期")},
        {QStringLiteral("案件受理费"), QStringLiteral("２，８３０．００"), QStringLiteral("欧阳明轩"),
         QStringLiteral("2024年10月9日")},
        {QStringLiteral("财产保全费"), QStringLiteral("６５３．２０"), QStringLiteral("欧阳明轩"),
         QStringLiteral("2024年10月12日")},
        {QStringLiteral("公告费"), QStringLiteral("６００．００"), QStringLiteral("上官瑞雪"),
         QStringLiteral("2024年11月3日")},
        {QStringLiteral("鉴定费"), QStringLiteral("１２，８００．００"), QStringLiteral("诸葛云峰"),
         QStringLiteral("2024年11月20日")},
        {QStringLiteral("合计"), QStringLiteral("１６，８８３．２０"), QString(), QString()}};
    y = w.table(page.lines, rows, {420, 500, 420, 560}, body, kMargin, y + 40);
    w.paragraph(page.lines, QStringLiteral("经办人：司马婉清　　复核人：李秀英"), body, kMargin, kWidth - 2 * kMargin,
                y, 0);
    page.skewDeg = -0.9;
    page.scan = scanOf(image, page.skewDeg, 106 + page.seed);
    return page;
}

} // namespace

QList<HeldOutPage> heldOutPages(QString* why)
{
    for (const QString& family : {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                                  QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Micro Hei")})
        if (QFontInfo(QFont(family)).family() != family) {
            *why = QStringLiteral("font %1 is not installed (scripts/deps.sh test)").arg(family);
            return {};
        }
    QList<HeldOutPage> pages;
    for (const Look look : {Look{false}, Look{true}})
        pages << complaint(look) << interview(look) << partiesTable(look) << loanContract(look) << receipt(look)
              << feeTable(look);
    return pages;
}

QList<QPair<QString, QStringList>> heldOutWords()
{
    QStringList names, ids, phones;
    for (const Person& p : people()) {
        names << p.name;
        ids << p.id << p.id.right(6);
        phones << p.phone;
    }
    ids << QStringLiteral("13010219690228081x"); // typed with a small x
    phones << QStringLiteral("0513-85123456") << QStringLiteral("85123456");
    return {
        {QStringLiteral("names"), names},
        {QStringLiteral("ID numbers"), ids},
        {QStringLiteral("phones"), phones},
        {QStringLiteral("amounts"),
         {QStringLiteral("128500"), QStringLiteral("128,500"), QStringLiteral("9860"), QStringLiteral("2400000"),
          QStringLiteral("35000"), QStringLiteral("2830"), QStringLiteral("653.20"), QStringLiteral("12800"),
          QStringLiteral("16883.20"), QStringLiteral("１２８５００")}},
        {QStringLiteral("latin"),
         {QStringLiteral("Blue Ocean"), QStringLiteral("Trading"), QStringLiteral("iPhone"),
          QStringLiteral("ABC-2024-0317"), QStringLiteral("wx_lin2024"), QStringLiteral("GB/T 19001"),
          QStringLiteral("LSVAU2180N2183746"), QStringLiteral("zhang.wei@example.com"), QStringLiteral("example")}}};
}

} // namespace Dossier::Test
