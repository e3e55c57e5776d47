#pragma once

#include <QJsonObject>
#include <QString>

namespace Dossier::Bench {

// The reader's figures (bench_reader_view.cpp): a `pages`-page dossier made under `workDir` (kept there and
// reused), opened in the reader window; fills pages, first_page_ms, flip_*_ms, peak_rss_mb and the QtPdf peer.
bool benchReaderView(const QString& workDir, int pages, QJsonObject& out);

} // namespace Dossier::Bench
