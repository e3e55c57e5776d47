#pragma once

#include <dossier/result.h>

#include <QString>
#include <QStringList>

namespace Dossier {

// 案号 per the SPC rules (法〔2015〕137号): （YYYY）<court code><type code><sequence>号.
// Accepts full- and half-width brackets and digits, 〔〕 and [] brackets, stray spaces and a missing 号;
// normalises to full-width brackets and ASCII digits.
class CaseNumber final
{
public:
    int year = 0;
    QString courtCode; // 苏0602, 苏06, 苏, 最高法
    QString typeCode;  // 民初, 执恢 …
    int sequence = 0;

    static Result<CaseNumber> parse(const QString& text);
    static const QStringList& typeCodes();

    QString toString() const; // （2024）苏0602民初1234号
    // A form safe for file names and image names: 2024-苏0602-民初-1234
    QString fileKey() const;
    bool operator==(const CaseNumber&) const = default;
};

} // namespace Dossier
