#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dossier::Bench {

// The reader's figures (bench_reader_view.cpp): a `pages`-page dossier made under `workDir` (kept there and
// reused), opened in the reader window; fills pages, first_page_ms, flip_*_ms, peak_rss_mb and the QtPdf peer.
// The p-quantile (0…1) of the figures, the nearest one (bench_reader.cpp).
double percentile(QList<double> v, double p);

bool benchReaderView(const QString& workDir, int pages, QJsonObject& out);

} // namespace Dossier::Bench
