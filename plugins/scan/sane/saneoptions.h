#pragma once

#include <dossier/result.h>

#include <sane/sane.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

// The options of an open SANE handle, found by *name* ("mode", "resolution", "source" …): option numbers differ
// between backends, and descriptors are looked up afresh on every call because setting one option may change
// the others (SANE_INFO_RELOAD_OPTIONS). Only active options are seen; an inactive option counts as absent.
class SaneOptions final
{
public:
    // The values a numeric (int or fixed) option accepts.
    struct Numbers final
    {
        bool isRange = false;
        double min = 0;
        double max = 0;
        double quant = 0;                // 0: any value in [min, max]
        QList<double> list;              // when not a range; empty when unconstrained
        bool covers(double value) const; // within the bounds (an in-between value may be rounded)
        bool offers(double value) const; // exactly one of the values
        QString describe() const;        // "1-1200" or "75, 150, 300"
    };

    explicit SaneOptions(SANE_Handle handle) : m_handle(handle) {}

    bool has(const char* name) const { return find(name) != nullptr; }
    bool settable(const char* name) const;
    // The values a string-list option offers (empty when absent or unconstrained).
    QStringList strings(const char* name) const;
    std::optional<Numbers> numbers(const char* name) const;
    std::optional<double> number(const char* name) const;

    Status setString(const char* name, const QString& value);
    Status setNumber(const char* name, double value);

private:
    const SANE_Option_Descriptor* find(const char* name, SANE_Int* index = nullptr) const;

    SANE_Handle m_handle;
};

} // namespace Dossier
