// Fuzz target: the 案号 parser (CaseNumber::parse), which reads what clerks type, what OCR reads off a cover and
// what a QR code or the network carries. Invariants: a parsed 案号 formats to its canonical form, which parses to
// itself and formats the same again; its file key is safe for a file name.
#include "fuzzsupport.h"

#include "domain/casenumber.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    DossierFuzz::startQt(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return -1; // a 案号 is a short line; longer inputs teach nothing
    const QString text = QString::fromUtf8(DossierFuzz::bytesOf(data, size));
    const auto cn = Dossier::CaseNumber::parse(text);
    if (!cn) {
        FUZZ_CHECK(cn.error().code() == QLatin1String("case_no_invalid"), cn.error().code());
        FUZZ_CHECK(!cn.error().english().isEmpty(), text);
        return 0;
    }
    const QString canonical = cn->toString();
    const auto again = Dossier::CaseNumber::parse(canonical);
    FUZZ_CHECK(again.ok(), canonical);
    FUZZ_CHECK(*again == *cn, canonical);
    FUZZ_CHECK(again->toString() == canonical, canonical);
    FUZZ_CHECK(cn->year >= 1949 && cn->year <= 2200, canonical);
    FUZZ_CHECK(cn->sequence > 0 && cn->sequence <= 999999, canonical);
    FUZZ_CHECK(Dossier::CaseNumber::typeCodes().contains(cn->typeCode), canonical);
    // ASCII digits only, no path separators or spaces: the key names files and images.
    static const QRegularExpression key(
        QStringLiteral("^[0-9]{4}-(最高法|[^-/\\\\\\s.0-9][0-9]{0,4})-[^-/\\\\\\s.]+-[0-9]{1,6}$"));
    FUZZ_CHECK(key.match(cn->fileKey()).hasMatch(), cn->fileKey());
    return 0;
}
