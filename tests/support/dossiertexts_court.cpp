// The documents the court issues for the main volume: notices, service receipts, summons, the hearing record, the
// judgment or mediation, the pronouncement record and the 备考表.
#include "dossiertexts.h"

namespace Dossier::Test {

QStringList judgeLines(const CaseFacts& c, const QDate& date)
{
    QStringList out;
    if (c.simpleProcedure) {
        out << tx("审判员  %1").arg(c.judge);
    } else {
        out << tx("审判长  %1").arg(c.judge) << tx("审判员  %1").arg(c.judge2) << tx("人民陪审员  %1").arg(c.assessor);
    }
    out << chineseDate(date);
    if (c.assistant.size() % 2)
        out << tx("法官助理  %1").arg(c.assistant);
    out << tx("书记员  %1").arg(c.clerk);
    return out;
}

namespace {

QStringList courtClosing(const CaseFacts& c, const QDate& date, Rng& rng)
{
    return rng.chance(0.5) ? QStringList{c.court, chineseDate(date)} : QStringList{chineseDate(date), c.court};
}

QString contact(Rng& rng, const CaseFacts& c)
{
    return tx("联系人：%1  联系电话：0513-%2")
        .arg(rng.chance(0.5) ? c.clerk : c.assistant)
        .arg(rng.range(80000000, 89999999));
}

} // namespace

DocSpec acceptanceNoticeDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("acceptance_notice"),
                              rng.pick({"受理案件通知书", "受理案件通知书", "案件受理通知书"}), c, true);
    d.blocks << plain(c.plaintiff.name + tx("："));
    d.blocks << para(
        rng.pick({"你（单位）诉%1%2一案的起诉状已于%3收到。经审查，起诉符合法定受理条件，本院决定立案审理。",
                  "你方与%1%2一案，本院经审查认为符合受理条件，已于%3立案受理。"})
            .arg(c.defendant.name, c.cause, arabicDate(c.filed)));
    d.blocks << para(tx("现将有关事项通知如下："));
    d.blocks << para(tx("一、在诉讼过程中，当事人必须依法行使诉讼权利，有权行使民事诉讼法规定的各项权利，同时也必须遵守"
                        "诉讼秩序，履行诉讼义务。"));
    d.blocks << para(
        tx("二、应在接到本通知之日起七日内预交案件受理费。逾期不交又不提出缓交申请的，按自动撤回起诉处理。"));
    if (rng.chance(0.6))
        d.blocks << para(tx("三、本案适用%1程序审理，由审判员%2独任审判。")
                             .arg(c.simpleProcedure ? tx("简易") : tx("普通"), c.judge));
    d.blocks << para(contact(rng, c));
    d.blocks << signature(courtClosing(c, c.filed, rng));
    return d;
}

DocSpec feeNoticeDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("fee_notice"),
                              rng.pick({"诉讼费缴纳通知书", "交纳诉讼费用通知书", "诉讼费缴纳通知书"}), c, true);
    const qint64 fee = std::max<qint64>(50, c.amount / 40);
    d.blocks << plain(c.plaintiff.name + tx("："));
    d.blocks << para(tx("你诉%1%2一案，依照《诉讼费用交纳办法》的规定，应预交案件受理费%3。")
                         .arg(c.defendant.name, c.cause, money(fee)));
    d.blocks << para(
        rng.pick({"请于接到本通知次日起七日内向本院交纳。逾期未交纳又未提出缓交、减交、免交申请的，按撤诉处理。",
                  "限你于收到本通知之日起七日内缴纳，逾期不缴纳的，本院将按照自动撤回起诉处理。"}));
    d.blocks << table({{tx("收款单位"), c.court},
                       {tx("开户银行"), tx("中国农业银行南通分行营业部")},
                       {tx("账号"), QStringLiteral("1072 0101 0400 %1").arg(rng.range(1000, 9999))},
                       {tx("金额"), money(fee)}},
                      {0.3, 0.7});
    d.blocks << signature(courtClosing(c, c.filed, rng));
    return d;
}

DocSpec responseNoticeDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("response_notice"), tx("应诉通知书"), c, true);
    d.blocks << plain(c.defendant.name + tx("："));
    d.blocks << para(
        tx("本院受理%1，现将起诉状副本送达给你。依照《中华人民共和国民事诉讼法》的规定，现将有关事项通知如下：")
            .arg(versus(c)));
    d.blocks << para(tx("一、你应当在收到起诉状副本之日起十五日内向本院提交答辩状，并按对方当事人的人数提出副本。"));
    d.blocks << para(tx("二、当事人应当对自己提出的主张提供证据。你应在举证期限内向本院提交证据材料，逾期提交的，"
                        "应当承担相应的法律后果。"));
    d.blocks << para(
        tx("三、你可以委托一至二人作为诉讼代理人。委托他人代为诉讼的，须向本院提交由委托人签名或者盖章的授权委托书。"));
    if (rng.chance(0.6))
        d.blocks << para(
            tx("四、本院可以通过电子方式向你送达诉讼文书，请你填写送达地址确认书并及时告知地址变更情况。"));
    d.blocks << para(contact(rng, c));
    d.blocks << signature(courtClosing(c, c.filed.addDays(rng.range(1, 5)), rng));
    return d;
}

DocSpec evidenceNoticeDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("evidence_notice"), tx("举证通知书"), c, true);
    d.blocks << plain((rng.chance(0.5) ? c.plaintiff.name : c.defendant.name) + tx("："));
    d.blocks << para(
        tx("本院受理%1，根据《最高人民法院关于民事诉讼证据的若干规定》，现将有关举证事项通知如下：").arg(versus(c)));
    d.blocks << para(
        tx("一、当事人对自己提出的诉讼请求所依据的事实或者反驳对方诉讼请求所依据的事实，应当提供证据加以证明。"
           "没有证据或者证据不足以证明当事人的事实主张的，由负有举证责任的当事人承担不利的后果。"));
    d.blocks << para(
        tx("二、本案的举证期限为%1日，自收到本通知书的次日起计算。").arg(rng.pick({"十五", "三十", "十"})));
    d.blocks << para(tx("三、当事人向人民法院提供证据，应当提供原件或者原物。提交外文书证的，必须附有中文译本。"));
    d.blocks << para(tx("四、当事人申请证人出庭作证、申请鉴定或者申请调查收集证据的，应当在举证期限届满前提出。"));
    d.blocks << signature(courtClosing(c, c.filed.addDays(rng.range(1, 5)), rng));
    return d;
}

DocSpec serviceReceiptDoc(Rng& rng, const CaseFacts& c)
{
    const bool electronic = rng.chance(0.3);
    DocSpec d =
        courtDocument(QStringLiteral("service_receipt"), electronic ? tx("电子送达凭证") : tx("送达回证"), c, false);
    const Person& to = rng.chance(0.5) ? c.plaintiff : c.defendant;
    const QDate when = c.filed.addDays(rng.range(2, 20));
    d.blocks << table({{tx("案号"), c.caseNo},
                       {tx("案由"), c.cause},
                       {tx("受送达人"), to.name},
                       {tx("送达地址"), to.address},
                       {tx("送达文书"),
                        rng.pick({"起诉状副本、应诉通知书、举证通知书、传票", "判决书", "受理案件通知书、缴费通知书"})},
                       {tx("送达方式"), electronic ? tx("电子送达") : rng.pick({"直接送达", "邮寄送达", "留置送达"})},
                       {tx("受送达人签收"), electronic ? tx("已阅读") : QString()},
                       {tx("送达日期"), arabicDate(when)},
                       {tx("送达人"), c.assistant},
                       {tx("备注"), QString()}},
                      {0.3, 0.7});
    d.blocks << signature({c.court, chineseDate(when)});
    return d;
}

DocSpec summonsDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("summons"), rng.pick({"传票", "传 票"}), c, rng.chance(0.4));
    const Person& to = rng.chance(0.5) ? c.plaintiff : c.defendant;
    d.blocks << table({{tx("案号"), c.caseNo},
                       {tx("案由"), c.cause},
                       {tx("被传唤人"), to.name},
                       {tx("工作单位或住址"), to.address},
                       {tx("传唤事由"), tx("开庭审理")},
                       {tx("应到时间"), tx("%1上午9时00分").arg(arabicDate(c.hearing))},
                       {tx("应到处所"), tx("本院第%1法庭").arg(chineseNumber(rng.range(1, 9)))}},
                      {0.3, 0.7});
    d.blocks << plain(tx("注意事项：")) << para(tx("一、被传唤人必须准时到达应到处所。"))
             << para(tx("二、本传票由被传唤人携带来院报到。"))
             << para(tx("三、被传唤人收到传票后，应在送达回证上签名或者盖章。"));
    d.blocks << signature({c.court, chineseDate(c.hearing.addDays(-rng.range(10, 20)))});
    return d;
}

namespace {

QStringList hearingTalk(Rng& rng, const CaseFacts& c)
{
    const QString chair = c.simpleProcedure ? tx("审判员") : tx("审判长");
    QStringList t;
    t << tx("书记员：请肃静。现在宣布法庭纪律：全体人员应当遵守法庭规则，关闭通讯工具，未经许可不得录音、录像和摄影。")
      << tx("书记员：报告审判%1，当事人及诉讼代理人已到庭，法庭纪律宣布完毕。")
             .arg(c.simpleProcedure ? tx("员") : tx("长"))
      << tx("%1：现在开庭。首先核对当事人身份。").arg(chair) << tx("原告：%1，身份情况同起诉状。").arg(c.plaintiff.name)
      << tx("被告：%1，身份情况同答辩状。").arg(c.defendant.name)
      << tx("%1：双方对对方出庭人员身份有无异议？").arg(chair) << tx("原告：无异议。") << tx("被告：无异议。")
      << tx("%1：本院今天依法公开开庭审理%2。依照法律规定，当事人享有申请回避的权利，双方是否申请回避？")
             .arg(chair, versus(c))
      << tx("原告：不申请。") << tx("被告：不申请。")
      << tx("%1：下面进行法庭调查，由原告陈述诉讼请求及事实和理由。").arg(chair)
      << tx("原告：诉讼请求及事实与理由同起诉状。");
    const int rounds = rng.range(10, 26);
    for (int i = 0; i < rounds; ++i) {
        t << chair + tx("：") +
                 rng.pick({"被告对原告陈述的事实有何意见？", "原告对被告提交的证据发表质证意见。",
                           "双方之间的款项是如何交付的？", "被告是否认可收到该笔款项？", "有无其他证据向法庭提交？",
                           "原告主张的利息是如何计算的？"});
        t << rng.pick({"原告：", "被告：", "原告代理人：", "被告代理人："}) +
                 rng.pick({"我方认可收到部分款项，但金额与原告主张不一致，具体以银行流水为准。",
                           "对证据的真实性无异议，但对证明目的有异议，该证据不能证明对方主张的全部事实。",
                           "款项是通过银行转账交付的，有转账记录为证，另有部分是现金交付。",
                           "没有其他证据提交了，我方的意见以书面代理词为准。",
                           "利息按照合同约定的年利率计算，自逾期之日起算至实际付清之日。",
                           "我方曾多次催讨，对方一直拖延不还，这些在聊天记录里都有体现。"});
    }
    t << tx("%1：法庭调查结束。下面进行法庭辩论。").arg(chair) << tx("原告：坚持诉讼请求。")
      << tx("被告：坚持答辩意见。") << tx("%1：双方是否愿意调解？").arg(chair) << tx("原告：愿意在本金范围内调解。")
      << tx("被告：暂时无法调解。")
      << tx("%1：因双方意见分歧较大，本庭不再主持调解，本案将择期宣判。现在休庭。").arg(chair);
    return t;
}

} // namespace

DocSpec hearingRecordDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("hearing_record"),
                              rng.pick({"庭审笔录", "庭审笔录", "开庭笔录", "庭 审 笔 录"}), c, false);
    if (rng.chance(0.2))
        d.blocks << Block{Block::Kind::Subtitle, {tx("（第一次）")}, {}, {}, 0};
    d.blocks << plain(tx("时间：%1上午9时00分至11时%2分").arg(arabicDate(c.hearing)).arg(rng.range(10, 50)))
             << plain(tx("地点：本院第%1法庭").arg(chineseNumber(rng.range(1, 9))))
             << plain(tx("案号：%1").arg(c.caseNo)) << plain(tx("案由：%1").arg(c.cause))
             << plain(c.simpleProcedure
                          ? tx("审判人员：审判员%1").arg(c.judge)
                          : tx("审判人员：审判长%1，审判员%2，人民陪审员%3").arg(c.judge, c.judge2, c.assessor))
             << plain(tx("书记员：%1").arg(c.clerk)) << plain(tx("记录如下："));
    for (const QString& l : hearingTalk(rng, c))
        d.blocks << plain(l);
    d.blocks << signature(
        {tx("原告（签名）："), tx("被告（签名）："), tx("审判人员（签名）："), tx("书记员（签名）：")});
    return d;
}

DocSpec judgmentDoc(Rng& rng, const CaseFacts& c)
{
    const bool ruling = rng.chance(0.1);
    DocSpec d = courtDocument(QStringLiteral("judgment"), ruling ? tx("民事裁定书") : tx("民事判决书"), c, true);
    d.blocks << para(partyLine(tx("原告"), c.plaintiff)) << para(partyLine(tx("被告"), c.defendant));
    d.blocks << para(
        tx("%1，本院于%2立案后，依法适用%3程序，公开开庭进行了审理。原告%4、被告%5到庭参加诉讼。本案现已审理终结。")
            .arg(versus(c), arabicDate(c.filed), c.simpleProcedure ? tx("简易") : tx("普通"), c.plaintiff.name,
                 c.defendant.name));
    if (ruling) {
        d.blocks << para(tx("本院在审理过程中，原告%1于%2向本院提出撤诉申请。")
                             .arg(c.plaintiff.name, arabicDate(c.decided.addDays(-3))))
                 << para(tx(
                        "本院认为，原告的撤诉申请符合法律规定，应予准许。依照《中华人民共和国民事诉讼法》第一百四十八条"
                        "第一款规定，裁定如下："))
                 << para(tx("准许原告%1撤回起诉。").arg(c.plaintiff.name))
                 << para(tx("案件受理费减半收取%1，由原告负担。").arg(money(std::max<qint64>(25, c.amount / 80))));
        d.blocks << signature(judgeLines(c, c.decided));
        return d;
    }
    d.blocks << para(tx("%1向本院提出诉讼请求：%2").arg(c.plaintiff.name, claims(rng, c).join(QString())));
    d.blocks << para(
        tx("事实和理由：原告与被告之间存在%1关系，被告至今未履行付款义务，故诉至法院。").arg(c.cause.chopped(2)));
    d.blocks << para(tx("%1辩称，%2")
                         .arg(c.defendant.name, rng.pick({"原告主张的金额与事实不符，请求驳回原告的诉讼请求。",
                                                          "对欠款事实无异议，但目前经济困难，请求分期履行。"})));
    d.blocks << para(
        tx("当事人围绕诉讼请求依法提交了证据，本院组织当事人进行了证据交换和质证。原告提交的证据有：1.%1，"
           "证明双方之间的法律关系；2.银行转账记录，证明原告已履行交付义务；3.微信聊天记录，证明原告多次催讨的"
           "事实。被告对证据1、2的真实性无异议，对证据3的证明目的有异议。被告提交了还款凭证一份。对当事人无"
           "异议的证据，本院予以确认并在卷佐证。根据当事人陈述和经审查确认的证据，本院认定事实如下：")
            .arg(rng.pick({"借条", "合同", "结算单", "欠条"})));
    d.blocks << para(
        tx("%1，原告与被告形成%2关系。原告依约履行了义务，被告未按约定支付%3。经原告催要，被告至今未予给付。")
            .arg(arabicDate(c.filed.addMonths(-rng.range(8, 20))), c.cause.chopped(2), c.subject));
    d.blocks << para(
        tx("另查明，被告于%1向原告转账%2，备注为“还款”。原告认可收到该款，但主张系偿还双方之间的其他欠款。")
            .arg(arabicDate(c.filed.addMonths(-rng.range(1, 6))), money(c.amount / 10)));
    d.blocks << para(
        tx("本院认为，依法成立的合同，对当事人具有法律约束力。当事人应当按照约定全面履行自己的义务。被告未按约定"
           "履行付款义务，应承担继续履行的违约责任。"));
    d.blocks << para(
        tx("关于被告已付款项的性质。被告主张其已归还部分款项，原告虽主张该款系偿还其他欠款，但未能提供证据证明"
           "双方之间存在其他债务，本院对原告的该项主张不予采信，被告已付款项应从欠款中予以扣除。"));
    d.blocks << para(
        rng.pick({"关于利息。双方约定的利率未超过合同成立时一年期贷款市场报价利率四倍，原告主张按约定利率计算"
                  "利息，于法有据，本院予以支持。",
                  "关于律师费。双方对律师费的负担未作约定，原告主张由被告承担律师费，缺乏合同依据，本院不予支持。"}));
    d.blocks << para(
        tx("综上所述，依照《中华人民共和国民法典》第四百六十五条、第五百零九条、第五百七十七条，《中华人民共和国"
           "民事诉讼法》第六十七条规定，判决如下："));
    d.blocks << para(tx("一、被告%1于本判决发生法律效力之日起十日内支付原告%2%3；")
                         .arg(c.defendant.name, c.plaintiff.name, money(c.amount)));
    d.blocks << para(tx("二、驳回原告%1的其他诉讼请求。").arg(c.plaintiff.name));
    d.blocks << para(
        tx("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
           "加倍支付迟延履行期间的债务利息。"));
    d.blocks << para(
        tx("案件受理费%1，由被告%2负担。").arg(money(std::max<qint64>(50, c.amount / 40)), c.defendant.name));
    d.blocks << para(tx("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                        "上诉于%1。")
                         .arg(c.appealCourt));
    d.blocks << signature(judgeLines(c, c.decided));
    if (rng.chance(0.2))
        d.blocks
            << plain(tx("附：本判决适用的法律条文"))
            << para(tx("《中华人民共和国民法典》第五百零九条 当事人应当按照约定"
                       "全面履行自己的义务。"))
            << para(tx("第五百七十七条 当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救"
                       "措施或者赔偿损失等违约责任。"));
    return d;
}

DocSpec mediationDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("mediation"), tx("民事调解书"), c, true);
    d.blocks << para(partyLine(tx("原告"), c.plaintiff)) << para(partyLine(tx("被告"), c.defendant));
    d.blocks << para(tx("案由：%1。").arg(c.cause));
    d.blocks << para(tx("原告向本院提出诉讼请求：%1").arg(claims(rng, c).join(QString())));
    d.blocks << para(tx("本案审理过程中，经本院主持调解，当事人自愿达成如下协议："));
    d.blocks << para(
        tx("一、被告%1于%2前支付原告%3%4；")
            .arg(c.defendant.name, arabicDate(c.decided.addMonths(2)), c.plaintiff.name, money(c.amount * 8 / 10)));
    d.blocks << para(tx("二、案件受理费减半收取，由被告负担。"));
    d.blocks << para(tx("上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"));
    d.blocks << signature(judgeLines(c, c.decided));
    return d;
}

DocSpec pronouncementRecordDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = courtDocument(QStringLiteral("pronouncement_record"), tx("宣判笔录"), c, false);
    d.blocks << plain(tx("时间：%1下午2时30分").arg(arabicDate(c.decided.addDays(rng.range(0, 5)))))
             << plain(tx("地点：本院第%1法庭").arg(chineseNumber(rng.range(1, 9))))
             << plain(tx("案号：%1").arg(c.caseNo)) << plain(tx("审判人员：%1").arg(c.judge))
             << plain(tx("书记员：%1").arg(c.clerk))
             << plain(tx("当事人：原告%1，被告%2").arg(c.plaintiff.name, c.defendant.name))
             << para(tx("审判员：现在宣判%1。（宣读判决书主文）").arg(versus(c)))
             << para(
                    tx("审判员：如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于%1。当事人是否听清？")
                        .arg(c.appealCourt))
             << plain(tx("原告：听清了。")) << plain(tx("被告：听清了。")) << plain(tx("审判员：宣判完毕。"));
    d.blocks << signature({tx("原告（签名）："), tx("被告（签名）："), tx("审判员（签名）："), tx("书记员（签名）：")});
    return d;
}

DocSpec recordNoteDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = partyDocument(QStringLiteral("record_note"), rng.pick({"备考表", "卷内备考表", "备 考 表"}));
    d.blocks << plain(tx("本卷共计材料      件，      页。")) << gap() << plain(tx("情况说明："))
             << para(tx("本卷材料齐全完整，已按规定顺序排列并编写页号。")) << gap() << gap()
             << plain(tx("立卷人：%1").arg(c.clerk)) << plain(tx("检查人：%1").arg(c.judge))
             << plain(tx("立卷时间：%1").arg(arabicDate(c.decided.addDays(rng.range(10, 40)))));
    return d;
}

} // namespace Dossier::Test
