#pragma once

#include "pipeline/pageresult.h"

#include <dossier/ocrengine.h>

#include <QByteArray>

namespace Dossier {

// One page from master bytes to a PageResult: image work, separator, QC flags, OCR with the orientation
// decided by recognition confidence. Used from worker threads, one OcrSession each.
class PageProcessor final
{
public:
    static constexpr const char* kSeparatorPrefix = "DOSSIER-SEP|";

    // `forcedTurns` (0–3 clockwise quarter turns from the master) is a clerk's decision: it replaces the
    // orientation the pipeline would choose, and no other orientation is tried.
    static Result<PageResult> process(const QByteArray& master, int tiffPage, OcrSession* ocr, int forcedTurns = -1);
    // A separator sheet's payload (decoded from its QR code, starting with kSeparatorPrefix) into `r`: kind
    // separator, the dossier id and the 案号 in its canonical form (flag separator_case_invalid when it is none).
    static void readSeparatorPayload(const QString& payload, PageResult& r);
};

} // namespace Dossier
