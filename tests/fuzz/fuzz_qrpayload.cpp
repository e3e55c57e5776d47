// Fuzz target: the payloads of separator sheets and case labels (一案一码), as decoded from a QR code or typed by a
// hand-held scanner into a field: QrCode::caseNumberIn() (labels and the ScanPanel), Warehouse::caseOf() (the
// 中间库's scan of a box or a file) and PageProcessor::readSeparatorPayload() (a separator in a batch). A short
// payload also goes through a QR code and back (QrCode::image, QrCode::decode). Invariants: what names a 案号
// names it in canonical form; a separator not flagged carries a 案号 that parses; a code reads back as written.
#include "fuzzsupport.h"

#include "domain/casenumber.h"
#include "imaging/qrcode.h"
#include "pipeline/pageprocessor.h"
#include "station/warehouse.h"

using namespace Dossier;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    DossierFuzz::startQt(argc, argv, true);
    return 0;
}

namespace {

void roundTrip(const QString& payload)
{
    const QImage modules = QrCode::image(payload);
    if (modules.isNull())
        return; // too long for a QR code: the printers refuse it
    // Four pixels a module, as a print at 300 dpi is read at the least.
    const QImage printed = modules.scaled(modules.size() * 4, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const QString read = QrCode::decode(printed);
    FUZZ_CHECK(read == payload, payload + QStringLiteral(" read as ") + read);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return -1; // more than any QR code holds
    const QString payload = QString::fromUtf8(DossierFuzz::bytesOf(data, size));

    const QString inLabel = QrCode::caseNumberIn(payload);
    FUZZ_CHECK(inLabel.isEmpty() || !inLabel.contains(QLatin1Char('|')), inLabel);

    const auto caseNo = Warehouse::caseOf(payload);
    if (caseNo) {
        const auto cn = CaseNumber::parse(*caseNo);
        FUZZ_CHECK(cn.ok() && cn->toString() == *caseNo, *caseNo);
    } else {
        FUZZ_CHECK(!caseNo.error().english().isEmpty(), payload);
    }

    if (payload.startsWith(QLatin1String(PageProcessor::kSeparatorPrefix))) {
        PageResult r;
        PageProcessor::readSeparatorPayload(payload, r);
        FUZZ_CHECK(r.kind == QLatin1String("separator"), r.kind);
        if (!r.flags.contains(QStringLiteral("separator_case_invalid"))) {
            const auto cn = CaseNumber::parse(r.separatorCaseNo);
            FUZZ_CHECK(cn.ok() && cn->toString() == r.separatorCaseNo, r.separatorCaseNo);
        }
    }
    if (size <= 120)
        roundTrip(payload);
    return 0;
}
