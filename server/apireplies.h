#pragma once

// The API's shared pieces (api.cpp, apiuploads.cpp): a request's context and the replies they build.

#include "api.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Dossier::Server {

struct Api::Context
{
    const HttpRequest& request;
    const QStringList& segments;
    QString user;
    Viewer* viewer;
    ServerStore& store;
};

Reply jsonReply(int status, const QJsonObject& o);
// 500; the error goes to the log only.
Reply internalError(const Error& e);
Reply busy(const QString& message); // 429
// Parses the body as a JSON object; on failure fills `failure`. (Its size was checked by the route.)
std::optional<QJsonObject> jsonBody(const HttpRequest& request, Reply& failure);
Reply forbidden(const QString& message);
Reply notFound(const QString& message = QStringLiteral("No such resource."));

} // namespace Dossier::Server
