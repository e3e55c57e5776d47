#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QString>

namespace Dossier::I18n {

// Installs the application translator for `locale` ("zh_CN" default, "en") from the embedded catalogues.
bool install(const QString& locale);
// The error's message in simplified Chinese and in English, independent of the installed language.
QString chinese(const Error& e);
// {code, message: "中文 / English", message_zh, message_en}
QJsonObject errorJson(const Error& e);

} // namespace Dossier::I18n
