#pragma once

#include <QObject>
#include <QTcpServer>

#include <atomic>

namespace Dossier::Test {

// A TCP proxy on loopback between a client and a server that misbehaves on purpose: it delays every chunk it
// forwards, and it resets a connection once it has carried `resetAfterBytes` bytes towards the server (the
// count restarts for each connection). Runs on its own thread, so a blocking client in the test's thread
// still gets served. For fault injection only: the server and client on either side are the real ones.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    FaultProxy(quint16 targetPort, QObject* parent = nullptr);
    ~FaultProxy() override;

    quint16 port() const { return m_port; }
    void setDelayMs(int ms) { m_delayMs.store(ms); }
    void setResetAfterBytes(qint64 bytes) { m_resetAfter.store(bytes); } // 0: never
    void setDropReplies(int count)
    {
        m_dropReplies.store(count);
    } // the next `count` replies are lost (requests arrive)
    qint64 resets() const { return m_resets.load(); }

private:
    class Worker;
    Worker* m_worker;
    class QThread* m_thread;
    quint16 m_port = 0;
    std::atomic_int m_delayMs{0};
    std::atomic<qint64> m_resetAfter{0};
    std::atomic_int m_dropReplies{0};
    std::atomic<qint64> m_resets{0};
};

} // namespace Dossier::Test
