#include "sync/httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace Dossier {

QJsonObject HttpClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpClient::Reply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpClient::Reply::errorMessage() const
{
    const QString m = json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    return m.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : m;
}

HttpClient::HttpClient(QUrl base, QNetworkAccessManager* nam) : m_base(std::move(base)), m_nam(nam) {}

HttpClient::HttpClient(QUrl base)
    : m_base(std::move(base)), m_own(std::make_unique<QNetworkAccessManager>()), m_nam(m_own.get())
{
}

HttpClient::~HttpClient() = default;

Result<HttpClient::Reply> HttpClient::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                              const QHash<QByteArray, QByteArray>& headers)
{
    QUrl url = m_base;
    const QString query = path.section(QLatin1Char('?'), 1);
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                path.section(QLatin1Char('?'), 0, 0));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_cas.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_cas);
        req.setSslConfiguration(tls);
    }
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        req.setRawHeader(it.key(), it.value());
    if (!body.isEmpty() && !headers.contains("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // HEAD has no body in the reply: only head() tells the network layer not to wait for one.
    QNetworkReply* reply = method == "HEAD" ? m_nam->head(req) : m_nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_timeoutMs);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 && reply->error() == QNetworkReply::SslHandshakeFailedError)
        return Error(QStringLiteral("tls"), // not retried: it will not change by itself
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The server %1 is not trusted (%2). Install the court's certificate authority, "
                                       "or sign in with --ca-file."),
                     {m_base.toString(), reply->errorString()});
    if (status == 0 && reply->error() == QNetworkReply::ConnectionRefusedError)
        return Error(QStringLiteral("connection_refused"), // the machine is there, its server is not running
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server %1 cannot be reached: nothing answers there "
                                                         "(the connection was refused)."),
                     {m_base.toString()});
    if (status == 0)
        return Error(QStringLiteral("network"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server %1 cannot be reached: %2."),
                     {m_base.toString(), deadline.isActive() ? reply->errorString() : QStringLiteral("timeout")});
    Reply r;
    r.status = status;
    r.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    return r;
}

Result<HttpClient::Reply> HttpClient::json(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Dossier
