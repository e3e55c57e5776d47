#pragma once
// The record codec: the one place that maps the profile's catalogue rows to the records desks and
// dossier-server exchange, and records from the feed back to rows. Pure: no database, no network.
#include "domain/note.h"
#include "domain/paper.h"
#include "domain/statutoryclock.h"
#include "storage/synccataloguerepository.h"
#include "sync/syncrecords.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QString>

namespace Dossier::RecordCodec {

// JSON forms: canonical is the server's and every desk's form of a body (QJsonObject keeps its keys sorted).
QByteArray canonical(const QJsonObject& o);
QString compact(const QJsonObject& o);
QString compactValue(const QJsonValue& v); // an object or array as compact JSON; empty otherwise
QJsonObject parse(const QString& s);
QJsonValue parseValue(const QString& s); // an object or array; undefined otherwise

// Row → record (as the server should have it).
SyncRecord fromCase(const SyncCaseRow& row);
SyncRecord fromDossier(const SyncDossierRow& row);
SyncRecord fromDocument(const SyncDocumentRow& row);
SyncRecord fromPage(const SyncPageRow& row);
SyncRecord fromReview(const SyncReviewRow& row);
// A private note: id its uid, no volume, body Note::toJson() (its page named by uid).
SyncRecord fromNote(const Note& note);
// A movement of paper and a case event (the 中间库): id the uid, of the case, no volume, body toJson().
SyncRecord fromMovement(const Movement& movement);
SyncRecord fromCaseEvent(const CaseEventRecord& event);

// Record (checked against the schema) → row.
SyncCaseRow toCase(const SyncRecord& r);
SyncDossierRow toDossier(const SyncRecord& r);
SyncDocumentRow toDocument(const SyncRecord& r);
SyncPageRow toPage(const SyncRecord& r);
SyncReviewRow toReview(const SyncRecord& r);
// The note a record carries (deleted when the record is a deletion); its page row is for the caller to find.
Note toNote(const SyncRecord& r);
Movement toMovement(const SyncRecord& r);
CaseEventRecord toCaseEvent(const SyncRecord& r);

// A record as the user knows it, in the current language, for a message: the document "起诉状", page 3, the
// dossier D-1, your note "借款是否交付"… (`body` the record's body; a kind's name when it says nothing more).
QString describe(const QString& kind, const QJsonObject& body);

// The dossier a document record belongs to: its case number and the dossier's external id.
QPair<QString, QString> dossierOf(const SyncRecord& document);
// The document a page record is in, or a qc_review record reviews (its uid; empty: none).
QString documentOf(const SyncRecord& pageOrReview);

} // namespace Dossier::RecordCodec
