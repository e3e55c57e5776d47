// The documents parties file: complaint, defence, evidence list and evidence, power of attorney, applications.
#include "dossiertexts.h"

namespace Dossier::Test {

QString partyLine(const QString& role, const Person& p)
{
    return role + tx("：") + p.description() + (p.company ? QString() : tx("联系电话%1。").arg(p.phone));
}

QString versus(const CaseFacts& c)
{
    return tx("原告%1与被告%2%3一案").arg(c.plaintiff.name, c.defendant.name, c.cause);
}

QStringList claims(Rng& rng, const CaseFacts& c)
{
    QStringList out;
    out << tx("一、判令被告%1向原告支付%2%3").arg(c.defendant.name, c.subject, money(c.amount)) +
               (rng.chance(0.6) ? tx("及自%1起按年利率%2%计算至实际清偿之日止的利息；")
                                      .arg(arabicDate(c.filed.addMonths(-rng.range(3, 20))))
                                      .arg(c.rate)
                                : tx("；"));
    if (rng.chance(0.4))
        out << tx("二、判令被告承担原告为实现债权支出的律师费%1；").arg(money(qint64(rng.range(3, 20)) * 1000));
    out << tx("%1、本案诉讼费用由被告负担。").arg(chineseNumber(int(out.size()) + 1));
    return out;
}

namespace {

QStringList factParagraphs(Rng& rng, const CaseFacts& c)
{
    const QDate start = c.filed.addMonths(-rng.range(6, 30));
    QStringList out;
    out << rng.pick({"%1，原告与被告经朋友介绍相识。%2，被告以资金周转困难为由向原告提出%3，双方约定%3金额为%4，"
                     "期限为%5个月。",
                     "%1，原告与被告建立业务往来关系。%2，双方签订书面协议，约定由原告向被告提供相应服务，被告"
                     "应支付%3%4，并于%5个月内付清。"})
               .arg(arabicDate(start), arabicDate(start.addDays(rng.range(10, 60))), c.subject, money(c.amount))
               .arg(rng.range(3, 24));
    out << tx("原告依约履行了自己的义务，并通过银行转账方式向被告交付了相应款项，被告亦出具了书面凭证予以确认。");
    if (rng.chance(0.6))
        out << tx("合同履行期间，被告曾于%1支付部分款项，此后便以经营困难、资金紧张为由一再拖延。原告考虑到双方"
                  "多年的合作关系，多次给予宽限，但被告始终未能按照承诺履行。")
                   .arg(arabicDate(start.addMonths(rng.range(2, 5))));
    out << rng.pick({"期限届满后，原告多次通过电话、微信等方式向被告催要，被告均以各种理由推脱，至今未履行付款义务。",
                     "此后被告仅支付了少部分款项，余款经原告多次催讨未果。被告的行为已严重损害了原告的合法权益。",
                     "到期后被告未按约定履行，原告曾委托律师向其发送律师函，被告收函后仍置之不理。"});
    if (rng.chance(0.7))
        out << tx("原告认为，双方之间的%1关系合法有效，受法律保护。被告理应按照约定全面履行义务，其拒不履行的行为"
                  "已构成违约，应当承担继续履行、支付逾期利息等违约责任。")
                   .arg(c.cause.chopped(2));
    if (rng.chance(0.5))
        out << tx("另，原告为催讨款项及提起本案诉讼，支出了交通费、律师费等合理费用，该费用系因被告违约所致，"
                  "亦应由被告承担。");
    if (rng.chance(0.5))
        out << tx("为此，原告根据《中华人民共和国民法典》第五百零九条、第五百七十七条以及《中华人民共和国民事诉讼法》"
                  "第一百二十二条的规定，特向贵院提起诉讼，请求依法判如所请。");
    else
        out << tx("综上，为维护原告的合法权益，特依法提起诉讼，望判如所请。");
    return out;
}

} // namespace

DocSpec complaintDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d =
        partyDocument(QStringLiteral("complaint"), rng.pick({"民事起诉状", "民事起诉状", "起诉状", "起 诉 状"}));
    d.blocks << para(partyLine(tx("原告"), c.plaintiff));
    if (rng.chance(0.5))
        d.blocks << para(tx("委托诉讼代理人：%1，%2律师。").arg(c.lawyer, c.lawFirm));
    d.blocks << para(partyLine(tx("被告"), c.defendant));
    d.blocks << plain(rng.pick({"诉讼请求：", "诉讼请求"}));
    for (const QString& l : claims(rng, c))
        d.blocks << para(l);
    d.blocks << plain(rng.pick({"事实与理由：", "事实和理由：", "事实与理由"}));
    for (const QString& p : factParagraphs(rng, c))
        d.blocks << para(p);
    d.blocks << para(tx("此致")) << plain(c.court);
    QStringList sign{tx("具状人：%1").arg(c.plaintiff.name), arabicDate(c.filed.addDays(-rng.range(1, 10)))};
    if (rng.chance(0.3))
        sign.prepend(tx("起诉人（签名）："));
    d.blocks << signature(sign);
    if (rng.chance(0.5))
        d.blocks << plain(tx("附：本状副本%1份；证据材料%2份。").arg(rng.range(1, 3)).arg(rng.range(2, 9)));
    return d;
}

DocSpec defenceDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = partyDocument(QStringLiteral("defence"), rng.pick({"民事答辩状", "民事答辩状", "答辩状", "答 辩 状"}));
    d.blocks << para(partyLine(tx("答辩人"), c.defendant));
    d.blocks << para(tx("被答辩人：%1，住%2。").arg(c.plaintiff.name, c.plaintiff.address));
    d.blocks << para(rng.pick({"答辩人因被答辩人诉答辩人%1一案，现提出答辩意见如下：",
                               "答辩人就被答辩人起诉答辩人%1一案，依法提出如下答辩意见："})
                         .arg(c.cause));
    d.blocks << para(rng.pick({"一、被答辩人主张的%1金额与事实不符。答辩人实际收到的款项远低于起诉状所述数额，"
                               "其余部分系被答辩人单方计算，缺乏证据支持。",
                               "一、答辩人与被答辩人之间并不存在起诉状所称的法律关系，被答辩人所述的%1实为双方"
                               "合伙经营期间的往来款，不应由答辩人个人承担。"})
                         .arg(c.subject));
    d.blocks << para(tx("二、被答辩人主张的利息标准明显过高，超出了法律保护的范围，对超出部分答辩人不予认可。"));
    if (rng.chance(0.6))
        d.blocks << para(tx("三、答辩人曾于%1通过转账方式向被答辩人归还部分款项，被答辩人在起诉时对此隐瞒不提，"
                            "请法院依法查明。")
                             .arg(arabicDate(c.filed.addMonths(-rng.range(1, 5)))));
    if (rng.chance(0.5))
        d.blocks << para(tx("此外，被答辩人的部分诉讼请求已超过诉讼时效，依法不应得到支持。"));
    d.blocks << para(rng.pick({"综上所述，请求人民法院依法驳回被答辩人的诉讼请求。",
                               "综上，被答辩人的诉讼请求缺乏事实和法律依据，恳请法院查明事实，依法驳回。"}));
    d.blocks << para(tx("此致")) << plain(c.court);
    d.blocks << signature({tx("答辩人：%1").arg(c.defendant.name), arabicDate(c.filed.addDays(rng.range(12, 25)))});
    return d;
}

DocSpec evidenceListDoc(Rng& rng, const CaseFacts& c, const QStringList& items)
{
    DocSpec d =
        partyDocument(QStringLiteral("evidence_list"), rng.pick({"证据目录", "证据目录", "证据清单", "证 据 目 录"}));
    d.blocks << plain(tx("案号：%1").arg(c.caseNo)) << plain(tx("提交人：%1").arg(c.plaintiff.name));
    QList<QStringList> rows{{tx("序号"), tx("证据名称"), tx("证明目的"), tx("页码")}};
    int page = 1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int pages = rng.range(1, 3);
        rows << QStringList{QString::number(i + 1), items.at(i),
                            rng.chance(0.3) ? tx("证明双方存在%1关系及金额").arg(c.cause.chopped(2))
                                            : rng.pick({"证明原告已实际交付款项", "证明被告至今未履行义务",
                                                        "证明原告多次催讨的事实", "证明被告的主体身份"}),
                            pages == 1 ? QString::number(page)
                                       : QStringLiteral("%1-%2").arg(page).arg(page + pages - 1)};
        page += pages;
    }
    d.blocks << table(rows, {0.1, 0.32, 0.43, 0.15});
    d.blocks << signature({tx("提交人：%1").arg(c.plaintiff.name), arabicDate(c.filed)});
    return d;
}

DocSpec powerOfAttorneyDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = partyDocument(QStringLiteral("power_of_attorney"), rng.pick({"授权委托书", "授 权 委 托 书"}));
    d.blocks << para(tx("委托人：%1，住%2。").arg(c.plaintiff.name, c.plaintiff.address));
    d.blocks << para(tx("受托人：%1，%2律师，联系电话%3。").arg(c.lawyer, c.lawFirm, c.defendant.phone.right(11)));
    d.blocks << para(tx("现委托上列受托人在%1与%2%3一案中，作为我方的诉讼代理人。")
                         .arg(c.plaintiff.name, c.defendant.name, c.cause));
    d.blocks << para(rng.pick({"代理人的代理权限为：特别授权，包括代为起诉、应诉，代为承认、放弃、变更诉讼请求，"
                               "进行和解，提起反诉或者上诉，代为签收法律文书。",
                               "代理权限：一般代理。代为参加庭审、提交证据、发表代理意见、签收法律文书。"}));
    d.blocks << para(tx("代理期限：自本委托书签署之日起至本案一审终结之日止。"));
    d.blocks << signature({tx("委托人：%1").arg(c.plaintiff.name), tx("受托人：%1").arg(c.lawyer),
                           arabicDate(c.filed.addDays(-rng.range(1, 5)))});
    return d;
}

DocSpec otherDoc(Rng& rng, const CaseFacts& c)
{
    const int kind = rng.range(0, 2);
    if (kind == 0) {
        DocSpec d =
            partyDocument(QStringLiteral("other"), rng.pick({"财产保全申请书", "延期开庭申请书", "调查取证申请书"}));
        d.blocks << para(tx("申请人：%1，住%2。").arg(c.plaintiff.name, c.plaintiff.address));
        d.blocks << para(tx("被申请人：%1，住%2。").arg(c.defendant.name, c.defendant.address));
        d.blocks << plain(tx("请求事项：")) << para(tx("请求人民法院依法准许申请人的申请。"));
        d.blocks << plain(tx("事实与理由："))
                 << para(tx("申请人与被申请人%1一案，贵院已经立案受理。因案件审理需要，申请人特提出本申请，"
                            "请予准许。")
                             .arg(c.cause));
        d.blocks << para(tx("此致")) << plain(c.court)
                 << signature({tx("申请人：%1").arg(c.plaintiff.name), arabicDate(c.hearing.addDays(-10))});
        return d;
    }
    DocSpec d = partyDocument(QStringLiteral("other"), kind == 1 ? tx("情况说明") : tx("调查笔录"));
    if (kind == 2)
        d.blocks << plain(tx("时间：%1上午10时").arg(arabicDate(c.hearing.addDays(-rng.range(3, 9)))))
                 << plain(tx("调查人：%1  记录人：%2").arg(c.assistant, c.clerk))
                 << plain(tx("问：你与本案当事人是什么关系？")) << plain(tx("答：我是%1的邻居。").arg(c.plaintiff.name))
                 << plain(tx("问：你是否知道双方之间款项往来的情况？")) << plain(tx("答：听说过，具体金额我不清楚。"))
                 << plain(tx("以上笔录我看过，和我说的一样。"));
    else
        d.blocks << para(tx("关于%1，现就有关情况说明如下：").arg(versus(c)))
                 << para(tx("我方在收到起诉状副本后，已与对方多次协商，但未能达成一致意见。我方愿意在法院主持下进行"
                            "调解，特此说明。"))
                 << signature({tx("说明人：%1").arg(c.defendant.name), arabicDate(c.hearing.addDays(-3))});
    return d;
}

DocSpec evidenceDoc(Rng& rng, const CaseFacts& c, bool titled, QString* name)
{
    const Person& to = c.defendant;
    if (!titled) {
        DocSpec d = partyDocument(QStringLiteral("evidence"), QString());
        const int kind = rng.range(0, 2);
        *name = kind == 0 ? tx("身份证复印件") : kind == 1 ? tx("微信聊天记录") : tx("现场照片");
        if (kind == 0) {
            d.blocks << plain(tx("姓名 %1").arg(c.plaintiff.company ? c.plaintiff.representative : c.plaintiff.name))
                     << plain(tx("性别 %1    民族 汉").arg(c.plaintiff.sex.isEmpty() ? tx("男") : c.plaintiff.sex))
                     << plain(tx("出生 %1").arg(
                            arabicDate(c.plaintiff.born.isValid() ? c.plaintiff.born : QDate(1980, 5, 6))))
                     << plain(tx("住址 %1").arg(c.plaintiff.address)) << gap()
                     << plain(tx("公民身份号码 %1").arg(c.plaintiff.id)) << gap() << photo(45)
                     << plain(tx("中华人民共和国 居民身份证")) << plain(tx("签发机关 南通市公安局崇川分局"))
                     << plain(tx("有效期限 2016.03.18-2036.03.18")) << gap() << plain(tx("此复印件与原件一致"));
            return d;
        }
        if (kind == 1) {
            QDate day = c.filed.addMonths(-rng.range(2, 8));
            for (int i = 0; i < rng.range(10, 24); ++i) {
                const bool mine = rng.chance(0.5);
                d.blocks << plain(
                    tx("%1  %2 %3:%4")
                        .arg(mine ? c.plaintiff.name : to.name, day.toString(QStringLiteral("yyyy-MM-dd")))
                        .arg(rng.range(8, 22))
                        .arg(rng.range(0, 59), 2, 10, QLatin1Char('0')));
                d.blocks << para(mine ? rng.pick({"上次说的钱什么时候能还？", "已经过了约定的日子了，请尽快处理。",
                                                  "你给个准话，到底哪天还？", "我这边也急用，麻烦抓紧。"})
                                      : rng.pick({"最近手头紧，再宽限几天。", "下个月一定还你。", "好的，我尽快。",
                                                  "等工程款下来就给你。"}));
                day = day.addDays(rng.range(0, 12));
            }
            return d;
        }
        for (int i = 1; i <= rng.range(1, 2); ++i)
            d.blocks << photo(rng.range(70, 100))
                     << plain(tx("图%1：%2").arg(i).arg(rng.pick({"现场照片", "货物照片", "房屋现状"})));
        return d;
    }
    *name = rng.pick({"借条", "欠条", "收条", "借款合同", "转账凭证"});
    DocSpec d = partyDocument(QStringLiteral("evidence"), *name);
    if (*name == tx("借款合同")) {
        d.blocks << para(tx("出借人（甲方）：%1").arg(c.plaintiff.name)) << para(tx("借款人（乙方）：%1").arg(to.name));
        d.blocks << para(tx("第一条 借款金额：甲方同意向乙方出借%1，以银行转账方式交付。").arg(money(c.amount)))
                 << para(tx("第二条 借款期限：自借款交付之日起%1个月，乙方应按期归还本金。").arg(rng.range(6, 36)))
                 << para(tx("第三条 借款利息：年利率为%1%，按月结息，逾期还款的按日万分之五计收违约金。").arg(c.rate));
        for (const char* clause :
             {"第四条 担保：乙方以其名下财产提供担保，保证期间为借款期限届满之日起三年。",
              "第五条 甲方的权利义务：甲方有权监督借款的使用情况，了解乙方的经营状况和财务活动。",
              "第六条 乙方的权利义务：乙方应按合同约定的用途使用借款，不得挪作他用，并按期还本付息。",
              "第七条 违约责任：乙方未按约定期限归还借款的，应当承担逾期利息及甲方为实现债权支出的费用。",
              "第八条 争议解决：因本合同发生的争议，由双方协商解决；协商不成的，向甲方住所地人民法院起诉。",
              "第九条 本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。"})
            d.blocks << para(tx(clause));
        d.blocks << signature({tx("甲方（签字）：%1").arg(c.plaintiff.name), tx("乙方（签字）：%1").arg(to.name),
                               arabicDate(c.filed.addMonths(-14))});
    } else if (*name == tx("转账凭证")) {
        d.blocks << table(
            {{tx("交易日期"), arabicDate(c.filed.addMonths(-13))},
             {tx("付款户名"), c.plaintiff.name},
             {tx("付款账号"), QStringLiteral("6222 0211 %1 %2").arg(rng.range(1000, 9999)).arg(rng.range(100, 999))},
             {tx("收款户名"), to.name},
             {tx("交易金额"), money(c.amount)},
             {tx("交易状态"), tx("成功")}},
            {0.35, 0.65});
        d.blocks << plain(tx("本回单仅证明交易已经受理，不作为收款方入账依据。"));
    } else {
        const QString verb = *name == tx("收条") ? tx("今收到") : *name == tx("欠条") ? tx("今欠") : tx("今借到");
        d.blocks << para(tx("%1%2人民币%3，用于%4。")
                             .arg(verb, c.plaintiff.name, money(c.amount), rng.pick({"经营周转", "购房", "家庭开支"})))
                 << para(tx("约定于%1前归还。").arg(arabicDate(c.filed.addMonths(-2))))
                 << signature({tx("立据人：%1").arg(to.name), arabicDate(c.filed.addMonths(-14))});
    }
    return d;
}

} // namespace Dossier::Test
