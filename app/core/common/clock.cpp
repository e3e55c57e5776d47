#include "common/clock.h"

#include <atomic>

namespace Dossier {
namespace {

std::atomic<const Clock*> g_clock{nullptr};

} // namespace

void Clock::install(const Clock* clock)
{
    g_clock.store(clock);
}

QDateTime Clock::currentDateTimeUtc()
{
    const Clock* c = g_clock.load();
    return c ? c->nowUtc() : QDateTime::currentDateTimeUtc();
}

QString Clock::stamp()
{
    return currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDate Clock::today()
{
    return currentDateTimeUtc().toLocalTime().date();
}

} // namespace Dossier
