#pragma once

#include <QDate>
#include <QDateTime>

namespace Dossier {

// The time as the desk sees it. Everything that stamps or counts time asks here, so that a test can set a fake
// "today" (tests/support/mockclock.h) — the 中间库's statutory deadlines need one. Thread-safe to read.
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    // ISO 8601 with milliseconds, UTC: how the profile stores a moment.
    static QString stamp();
    static QDate today(); // local date

protected:
    Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Makes `clock` the one in use (nullptr: the system clock again). For tests.
    static void install(const Clock* clock);
};

} // namespace Dossier
