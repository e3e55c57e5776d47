// The documents of the 副卷: internal records the parties never see.
#include "dossiertexts.h"

namespace Dossier::Test {

namespace {

QStringList meetingHead(Rng& rng, const CaseFacts& c, const QDate& date)
{
    return {tx("时间：%1%2").arg(arabicDate(date), rng.pick({"上午9时", "下午3时", "下午2时30分"})),
            tx("地点：本院%1").arg(rng.pick({"第三会议室", "审判委员会会议室", "民一庭办公室"})),
            tx("案号：%1").arg(c.caseNo), tx("案由：%1").arg(c.cause)};
}

} // namespace

DocSpec fileReviewRecordDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = partyDocument(QStringLiteral("file_review_record"), rng.pick({"阅卷笔录", "阅 卷 笔 录"}));
    d.blocks << plain(tx("阅卷人：%1").arg(c.judge))
             << plain(tx("阅卷时间：%1").arg(arabicDate(c.hearing.addDays(-rng.range(3, 12)))))
             << plain(tx("案号：%1").arg(c.caseNo)) << plain(tx("阅卷摘要："));
    d.blocks << para(tx("原告%1起诉称，被告%2欠付%3%4未还，请求判令被告支付并承担诉讼费用。")
                         .arg(c.plaintiff.name, c.defendant.name, c.subject, money(c.amount)));
    d.blocks << para(
        tx("被告%1答辩称，%2")
            .arg(c.defendant.name, rng.pick({"金额有异议，部分款项已经归还。", "双方不存在该法律关系。"})));
    d.blocks << para(tx("原告提交的证据有：借据、转账记录、聊天记录等，被告提交的证据有：还款凭证。"));
    d.blocks << plain(tx("需要查明的问题："))
             << para(tx("一、款项是否实际交付；二、被告已还款项的数额；三、利息约定是否合法。"));
    d.blocks << signature({tx("阅卷人：%1").arg(c.judge)});
    return d;
}

DocSpec trialReportDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = partyDocument(QStringLiteral("trial_report"), rng.pick({"案件审理报告", "审理报告", "案件审理报告"}));
    d.blocks << plain(tx("案号：%1").arg(c.caseNo));
    d.blocks << plain(tx("一、当事人及其他诉讼参与人的基本情况")) << para(partyLine(tx("原告"), c.plaintiff))
             << para(partyLine(tx("被告"), c.defendant));
    d.blocks << plain(tx("二、案件由来和审理经过"))
             << para(tx("%1，本院于%2立案受理，依法适用%3程序，于%4公开开庭进行了审理。")
                         .arg(versus(c), arabicDate(c.filed), c.simpleProcedure ? tx("简易") : tx("普通"),
                              arabicDate(c.hearing)));
    d.blocks << plain(tx("三、当事人的诉辩意见")) << para(tx("原告诉称：%1").arg(claims(rng, c).join(QString())))
             << para(tx("被告辩称：对原告主张的部分事实有异议，请求依法驳回原告的诉讼请求。"));
    d.blocks << plain(tx("四、审理查明的事实"))
             << para(tx("经审理查明，原告与被告之间存在%1关系，原告已履行相应义务，被告尚欠%2未付。")
                         .arg(c.cause.chopped(2), money(c.amount)));
    d.blocks << plain(tx("五、证据分析与认定"))
             << para(tx(
                    "原告提交的证据一（书面凭证）、证据二（转账记录），被告对真实性无异议，本院予以采信；证据三（聊天"
                    "记录）系原告手机中保存，经当庭核对原始载体，与打印件一致，可以证明原告催讨的事实。被告提交的还款"
                    "凭证，原告对真实性认可，但对关联性有异议。"))
             << para(tx("综合全案证据，可以认定双方之间存在真实的%1关系，原告已实际履行主要义务，被告尚未足额付款。")
                         .arg(c.cause.chopped(2)));
    d.blocks << plain(tx("六、需要说明的问题"))
             << para(rng.pick(
                    {"关于利息标准问题，原告主张的利率未超过合同成立时一年期贷款市场报价利率的四倍，应予支持。",
                     "关于诉讼时效问题，原告提供的催款记录可以证明诉讼时效中断，被告的抗辩不能成立。"}));
    d.blocks << plain(tx("七、处理意见"))
             << para(tx("合议庭%1意见认为，应判决被告支付原告%2。").arg(rng.pick({"一致", "多数"}), money(c.amount)));
    d.blocks << signature({tx("承办人：%1").arg(c.judge), arabicDate(c.decided.addDays(-rng.range(3, 10)))});
    return d;
}

DocSpec deliberationRecordDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = partyDocument(QStringLiteral("deliberation_record"),
                              rng.pick({"合议庭评议笔录", "合议庭评议笔录", "评议笔录"}));
    for (const QString& l : meetingHead(rng, c, c.decided.addDays(-rng.range(2, 8))))
        d.blocks << plain(l);
    d.blocks << plain(tx("主持人：审判长%1").arg(c.judge))
             << plain(tx("合议庭成员：%1、%2、%3").arg(c.judge, c.judge2, c.assessor))
             << plain(tx("书记员：%1").arg(c.clerk));
    d.blocks << para(tx("审判长%1：今天评议%2。先由承办人介绍案情。").arg(c.judge, versus(c)));
    d.blocks << para(
        tx("审判员%1：本案事实清楚，被告欠款有借据和转账记录证实，其抗辩缺乏证据支持。我的意见是支持原告的诉讼请求。")
            .arg(c.judge2));
    d.blocks << para(tx("人民陪审员%1：同意承办人意见。利息部分应按照法律规定的上限予以调整。").arg(c.assessor));
    d.blocks << para(tx("审判长%1：我同意以上意见。").arg(c.judge));
    d.blocks << plain(tx("评议结论：")) << para(tx("判决被告支付原告%1，驳回原告其他诉讼请求。").arg(money(c.amount)));
    d.blocks << signature(
        {tx("合议庭成员（签名）：%1 %2 %3").arg(c.judge, c.judge2, c.assessor), tx("书记员（签名）：%1").arg(c.clerk)});
    return d;
}

DocSpec committeeRecordDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d = partyDocument(QStringLiteral("committee_record"),
                              rng.pick({"审判委员会讨论记录", "审委会讨论笔录", "审判委员会讨论记录"}));
    for (const QString& l : meetingHead(rng, c, c.decided.addDays(-rng.range(1, 5))))
        d.blocks << plain(l);
    d.blocks << plain(tx("主持人：院长%1").arg(c.assistant))
             << plain(tx("出席委员：%1、%2、%3等九人").arg(c.judge2, c.assessor, c.lawyer))
             << plain(tx("列席人员：%1（承办法官）").arg(c.judge)) << plain(tx("记录人：%1").arg(c.clerk));
    d.blocks << para(tx("承办法官%1汇报案情（详见审理报告）。合议庭的意见是支持原告的诉讼请求。").arg(c.judge));
    d.blocks << para(
        tx("委员%1：本案的争议焦点在于款项性质的认定，现有证据能够形成完整的证据链。同意合议庭意见。").arg(c.judge2));
    d.blocks << para(tx("委员%1：同意。但对于利息的计算起点应当再予核实。").arg(c.assessor));
    d.blocks << plain(tx("决定：")) << para(tx("经讨论，审判委员会决定：同意合议庭的处理意见。"));
    d.blocks << signature({tx("主持人（签名）："), tx("记录人（签名）：%1").arg(c.clerk)});
    return d;
}

DocSpec judgmentDraftDoc(Rng& rng, const CaseFacts& c)
{
    DocSpec d =
        partyDocument(QStringLiteral("judgment_draft"), rng.pick({"裁判文书签发稿", "裁判文书签发稿", "判决书原稿"}));
    d.blocks << table({{tx("案号"), c.caseNo},
                       {tx("案由"), c.cause},
                       {tx("文书种类"), tx("民事判决书")},
                       {tx("承办人"), c.judge},
                       {tx("合议庭意见"), tx("同意")},
                       {tx("审核人意见"), tx("文书格式规范，事实表述清楚，同意签发。")},
                       {tx("签发人"), c.judge2},
                       {tx("签发日期"), arabicDate(c.decided)},
                       {tx("印制份数"), QString::number(rng.range(5, 9))}},
                      {0.3, 0.7});
    d.blocks << plain(tx("附：判决书正文（见后）")) << signature({tx("承办人：%1").arg(c.judge)});
    return d;
}

DocSpec approvalFormDoc(Rng& rng, const CaseFacts& c)
{
    const QString what = rng.pick({"延长审理期限", "财产保全", "诉讼费用缓交", "简易程序转普通程序"});
    DocSpec d = partyDocument(QStringLiteral("approval_form"), what + tx("审批表"));
    d.blocks << table({{tx("案号"), c.caseNo},
                       {tx("案由"), c.cause},
                       {tx("当事人"), tx("原告%1；被告%2").arg(c.plaintiff.name, c.defendant.name)},
                       {tx("立案日期"), arabicDate(c.filed)},
                       {tx("申请事由"), tx("因案情复杂，需要%1，特提请审批。").arg(what)},
                       {tx("承办人意见"), tx("拟同意。 %1").arg(c.judge)},
                       {tx("庭长意见"), tx("同意。")},
                       {tx("院领导意见"), rng.chance(0.5) ? tx("同意。") : QString()}},
                      {0.3, 0.7});
    d.blocks << right(arabicDate(c.hearing.addDays(rng.range(-10, 10))));
    return d;
}

DocSpec internalRequestDoc(Rng& rng, const CaseFacts& c)
{
    const bool reply = rng.chance(0.3);
    DocSpec d = partyDocument(QStringLiteral("internal_request"), reply ? tx("批复") : tx("请示"));
    d.blocks << plain(reply ? c.court + tx("：") : c.appealCourt + tx("："));
    d.blocks << para(tx("关于%1法律适用问题，").arg(versus(c)) +
                     (reply ? tx("你院的请示收悉。经研究，答复如下：本案应当依照民法典的相关规定处理。")
                            : tx("因对借款利息的认定存在较大分歧，特此请示，请予批复。")));
    d.blocks << para(
        rng.pick({"合议庭多数意见认为应当支持原告的请求；少数意见认为应当予以调整。", "以上意见供参考。"}));
    d.blocks << signature({reply ? c.appealCourt : c.court, arabicDate(c.decided.addDays(-rng.range(5, 20)))});
    return d;
}

} // namespace Dossier::Test
