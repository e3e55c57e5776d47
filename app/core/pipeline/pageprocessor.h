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

    static Result<PageResult> process(const QByteArray& master, int tiffPage, OcrSession* ocr);
};

} // namespace Dossier
