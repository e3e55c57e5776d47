#pragma once

#include "common/clock.h"

#include <QMutex>

namespace Dossier::Test {

// A clock a test sets (after KeePassXC's MockClock): while one exists, the desk's Clock reads it.
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime& nowUtc) : m_now(nowUtc.toUTC()) { install(this); }
    ~MockClock() override { install(nullptr); }
    MockClock(const MockClock&) = delete;
    MockClock& operator=(const MockClock&) = delete;

    void set(const QDateTime& nowUtc)
    {
        QMutexLocker lock(&m_mutex);
        m_now = nowUtc.toUTC();
    }
    void advanceSeconds(qint64 s)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(s);
    }
    void advanceDays(int days)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addDays(days);
    }

protected:
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace Dossier::Test
