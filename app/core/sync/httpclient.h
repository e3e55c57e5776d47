#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Dossier {

// A blocking HTTP client for the sync engine (runs its own event loop; use it from one thread). Every call
// has a deadline; network failures are Errors with code "network" and are safe to retry, a refused connection
// (no server listening) is "connection_refused", an untrusted certificate "tls". Requests go through
// the QNetworkAccessManager its owner gives (the sync's, or a fake answering in-process in protocol tests).
class HttpClient final
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QJsonObject json() const;
        QString errorCode() const; // error.code of a JSON error body
        QString errorMessage() const;
    };

    // Over `nam`, owned by the caller: it lives on the thread that uses this client and outlives it.
    HttpClient(QUrl base, QNetworkAccessManager* nam);
    // For a standalone tool (a benchmark): over a QNetworkAccessManager of its own.
    explicit HttpClient(QUrl base);
    ~HttpClient();

    void setToken(const QString& token) { m_token = token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Certificate authorities trusted besides the system's (a court's own CA for an HTTPS server).
    void setCaCertificates(const QList<QSslCertificate>& cas) { m_cas = cas; }
    QList<QSslCertificate> caCertificates() const { return m_cas; }
    QUrl base() const { return m_base; }

    Result<Reply> request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                          const QHash<QByteArray, QByteArray>& headers = {});
    Result<Reply> json(const QByteArray& method, const QString& path, const QJsonObject& body);

private:
    QUrl m_base;
    QString m_token;
    QList<QSslCertificate> m_cas;
    int m_timeoutMs = 60000;
    std::unique_ptr<QNetworkAccessManager> m_own; // only for the standalone constructor
    QNetworkAccessManager* m_nam = nullptr;
};

} // namespace Dossier
