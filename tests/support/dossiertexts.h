#pragma once

#include "dossierlayout.h"

namespace Dossier::Test {

// The documents of a fictional civil first-instance dossier, each in one of several wordings. The code of each is
// the doc_type it must be catalogued as (template civil-first-instance-main, and the 副卷 codes).

// Filed by the parties.
DocSpec complaintDoc(Rng& rng, const CaseFacts& c);
DocSpec defenceDoc(Rng& rng, const CaseFacts& c);
DocSpec evidenceListDoc(Rng& rng, const CaseFacts& c, const QStringList& items);
DocSpec powerOfAttorneyDoc(Rng& rng, const CaseFacts& c);
DocSpec otherDoc(Rng& rng, const CaseFacts& c); // an application or statement the template has no item for

// Evidence: titled pieces (借条, 合同, 转账凭证 …) and pieces without a title (an ID card copy, chat records,
// photographs). `titled` says which kind to make.
DocSpec evidenceDoc(Rng& rng, const CaseFacts& c, bool titled, QString* name);

// Issued by the court.
DocSpec acceptanceNoticeDoc(Rng& rng, const CaseFacts& c);
DocSpec feeNoticeDoc(Rng& rng, const CaseFacts& c);
DocSpec responseNoticeDoc(Rng& rng, const CaseFacts& c);
DocSpec evidenceNoticeDoc(Rng& rng, const CaseFacts& c);
DocSpec serviceReceiptDoc(Rng& rng, const CaseFacts& c);
DocSpec summonsDoc(Rng& rng, const CaseFacts& c);
DocSpec hearingRecordDoc(Rng& rng, const CaseFacts& c);
DocSpec judgmentDoc(Rng& rng, const CaseFacts& c);
DocSpec mediationDoc(Rng& rng, const CaseFacts& c);
DocSpec pronouncementRecordDoc(Rng& rng, const CaseFacts& c);
DocSpec recordNoteDoc(Rng& rng, const CaseFacts& c);

// The 副卷.
DocSpec fileReviewRecordDoc(Rng& rng, const CaseFacts& c);
DocSpec trialReportDoc(Rng& rng, const CaseFacts& c);
DocSpec deliberationRecordDoc(Rng& rng, const CaseFacts& c);
DocSpec committeeRecordDoc(Rng& rng, const CaseFacts& c);
DocSpec judgmentDraftDoc(Rng& rng, const CaseFacts& c);
DocSpec approvalFormDoc(Rng& rng, const CaseFacts& c);
DocSpec internalRequestDoc(Rng& rng, const CaseFacts& c);

// Shared wording.
QString partyLine(const QString& role, const Person& p);       // 原告：张三，男，……
QString versus(const CaseFacts& c);                            // 原告张三与被告李四民间借贷纠纷一案
QStringList claims(Rng& rng, const CaseFacts& c);              // 一、判令被告……
QStringList judgeLines(const CaseFacts& c, const QDate& date); // 审判长 … 书记员 …

} // namespace Dossier::Test
