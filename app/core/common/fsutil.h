#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QString>

namespace Dossier::FsUtil {

// Writes bytes to a temporary file beside `path`, fsyncs it, renames it over `path` and fsyncs the directory:
// once this returns Ok the file survives a power cut or a kill -9.
Status writeDurably(const QString& path, const QByteArray& bytes);

// fsync a directory (after a rename or a file creation in it).
bool syncDirectory(const QString& dirPath);

Result<QByteArray> readFile(const QString& path, qint64 maxBytes);

QString sha256Hex(const QByteArray& bytes);

} // namespace Dossier::FsUtil
