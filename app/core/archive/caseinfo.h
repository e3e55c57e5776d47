#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// What the 封面 and 备考表 of a volume say about the case. Filled from the case's own pages where the OCR
// text states it (parties, 案由, judge, clerk, court, dates), overridden by what a clerk enters.
struct CaseInfo final
{
    QString caseNo;
    QString dossierId;
    QString court;                               // 南通市崇川区人民法院
    QString volumeKind = QStringLiteral("main"); // main 正卷 / secondary 副卷
    QString cause;                               // 案由
    QStringList plaintiffs;                      // 原告 / 上诉人 / 申请人 / 申请执行人
    QStringList defendants;                      // 被告 / 被上诉人 / 被申请人 / 被执行人
    QStringList thirdParties;
    QStringList nameVariants;                   // every reading of a party's name on the pages (OCR misreads included)
    QString judge;                              // 审判长 / 审判员
    QString clerk;                              // 书记员
    QDate received;                             // 收案 (立案) date
    QDate closed;                               // 结案 date
    QString result;                             // 结案方式: 判决 / 调解 / 撤诉 / 裁定
    QString retention = QStringLiteral("long"); // permanent 永久 / long 长期 / short 短期
    QString filedBy;                            // 立卷人
    QString checkedBy;                          // 检查人
    QDate filedOn;                              // 立卷时间
    bool classified = false;                    // 涉密

    QJsonObject toJson() const;
    static CaseInfo fromJson(const QJsonObject& o);
    // Fills the empty fields of *this from `other`.
    void fillFrom(const CaseInfo& other);

    // Reads what the pages of a dossier state. `documents` are (doc_type, page texts) in volume order.
    static CaseInfo fromPages(const QList<QPair<QString, QString>>& documents);

    // The archival forms are Chinese documents whatever the interface language (DA/T 31, the court's rules).
    QString volumeKindName() const; // 正卷 / 副卷
    QString retentionName() const;  // 永久 / 长期 / 短期
    QStringList parties() const;    // every named party
    // What an anonymised copy must hide: the parties and every other reading of their names.
    QStringList namesToHide() const;
};

} // namespace Dossier
