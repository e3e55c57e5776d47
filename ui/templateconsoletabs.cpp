// The console's tabs (差异, 试编目, 影响) and its requests to the server (发布, 全部推广, 回滚).
#include "templateconsole.h"

#include "domain/templateversions.h"
#include "serverjobs.h"
#include "station/dbworker.h"
#include "station/templatedrafthistory.h"
#include "storage/database.h"
#include "storage/templaterepository.h"
#include "templatedialogs.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Dossier {
namespace {

QListWidgetItem* line(QListWidget* list, const QString& text, const QColor& colour = {})
{
    auto* item = new QListWidgetItem(text, list);
    if (colour.isValid())
        item->setForeground(colour);
    return item;
}

QString volumeName(const QString& kind)
{
    return kind == QLatin1String("secondary") ? QCoreApplication::translate("Dossier::TemplateConsole", "副卷")
                                              : QCoreApplication::translate("Dossier::TemplateConsole", "正卷");
}

void fillTrial(QTableWidget* table, const QList<TemplateTrial::Document>& docs,
               const QList<TemplateTrial::Document>& other, const QColor& differs)
{
    table->setRowCount(0);
    for (const TemplateTrial::Document& d : docs) {
        const int r = table->rowCount();
        table->insertRow(r);
        const QStringList cells = {volumeName(d.volume), d.typeName, d.title,
                                   d.firstPage == d.lastPage
                                       ? QString::number(d.firstPage)
                                       : QStringLiteral("%1–%2").arg(d.firstPage).arg(d.lastPage)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!other.contains(d))
                item->setBackground(differs);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

// A version the server accepted, kept on this desk as the server keeps it: the version, and the release the server
// records with it (api: releaseFor) — to the accounts and courts named, the others keeping what they had; or to
// everyone, recorded when a release was recorded before. The draft goes.
Status keepPublished(const Profile& profile, const CatalogueTemplate& version, const QStringList& accounts,
                     const QStringList& courts, int newestBefore)
{
    TemplateRepository repo(profile.database());
    Transaction tx(profile.database());
    if (auto kept = repo.putPublished(version.id, version.version, version.toJson()); !kept)
        return kept.error();
    auto now = repo.release(version.id);
    if (!now)
        return now.error();
    TemplateVersions::Release r;
    r.id = version.id;
    r.version = version.version;
    r.accounts = accounts;
    r.courts = courts;
    if (r.everyone()) {
        r.previous = version.version;
    } else if (*now) {
        auto before = TemplateVersions::Release::fromJson(version.id, **now);
        r.previous = !before ? newestBefore : before->everyone() ? before->version : before->previous;
    } else {
        r.previous = newestBefore;
    }
    if (*now || !r.everyone())
        if (auto s = repo.putRelease(version.id, r.toJson()); !s)
            return s;
    if (auto s = repo.dropDraft(version.id); !s)
        return s;
    return tx.commit();
}

} // namespace

QWidget* TemplateConsole::buildDiffTab()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    m_verdict = new QLabel(box);
    m_verdict->setObjectName(QStringLiteral("checkVerdict"));
    m_verdict->setWordWrap(true);
    v->addWidget(m_verdict);
    m_diff = new QListWidget(box);
    m_diff->setObjectName(QStringLiteral("diffList"));
    m_diff->setWordWrap(true);
    v->addWidget(m_diff, 1);
    return box;
}

QWidget* TemplateConsole::buildTrialTab()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_trialCase = new QComboBox(box);
    m_trialCase->setObjectName(QStringLiteral("trialCase"));
    m_trialCase->setEditable(true); // a 案号 may be typed too
    auto* run = new QPushButton(tr("Try the draft"), box);
    run->setObjectName(QStringLiteral("trialRun"));
    connect(run, &QPushButton::clicked, this, &TemplateConsole::runTrial);
    row->addWidget(new QLabel(tr("Case:"), box));
    row->addWidget(m_trialCase, 1);
    row->addWidget(run);
    v->addLayout(row);
    m_trialSummary = new QLabel(box);
    m_trialSummary->setObjectName(QStringLiteral("trialSummary"));
    m_trialSummary->setWordWrap(true);
    v->addWidget(m_trialSummary);
    auto* sides = new QHBoxLayout;
    for (auto [table, name, title] : {std::tuple{&m_trialToday, "trialToday", tr("Today")},
                                      std::tuple{&m_trialDraft, "trialDraft", tr("With the draft")}}) {
        auto* side = new QVBoxLayout;
        side->addWidget(new QLabel(title, box));
        *table = new QTableWidget(0, 4, box);
        (*table)->setObjectName(QLatin1String(name));
        (*table)->setHorizontalHeaderLabels({tr("Vol."), tr("Type"), tr("Title"), tr("Pages")});
        (*table)->verticalHeader()->hide();
        (*table)->setEditTriggers(QAbstractItemView::NoEditTriggers);
        side->addWidget(*table, 1);
        sides->addLayout(side, 1);
    }
    v->addLayout(sides, 1);
    return box;
}

QWidget* TemplateConsole::buildImpactTab()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    auto* ask = new QPushButton(tr("Ask the server"), box);
    ask->setObjectName(QStringLiteral("impactRun"));
    connect(ask, &QPushButton::clicked, this, &TemplateConsole::previewImpact);
    m_impact = new QLabel(box);
    m_impact->setObjectName(QStringLiteral("impactText"));
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::RichText);
    m_impact->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    v->addWidget(ask, 0, Qt::AlignLeft);
    v->addWidget(m_impact, 1);
    return box;
}

// The draft's migration a step a line, with the items' names: what desks do to the documents catalogued.
QStringList TemplateConsole::stepLines() const
{
    const TemplateDraftState& s = m_history->state();
    const auto label = [&s](const QString& code) {
        const TemplateItem* it = s.draft.item(code) ? s.draft.item(code) : s.base.item(code);
        return it ? QStringLiteral("%1 (%2)").arg(it->name, code) : code;
    };
    const auto labels = [&](const QStringList& codes) {
        QStringList out;
        for (const QString& c : codes)
            out << label(c);
        return out.join(QStringLiteral("、"));
    };
    QStringList out;
    for (const TemplateStep& st : s.steps()) {
        const QString from = st.from.value(0);
        if (st.op == QLatin1String("rename") && s.originOf(st.to.value(0)) == from)
            out << tr("code of %1: %2 → %3").arg(s.draft.item(st.to.value(0))->name, from, st.to.value(0));
        else if (st.op == QLatin1String("rename"))
            out << tr("documents of %1 → %2").arg(label(from), label(st.to.value(0)));
        else if (st.op == QLatin1String("merge"))
            out << tr("documents of %1 merged into %2").arg(label(from), label(st.to.value(0)));
        else if (st.op == QLatin1String("split"))
            out << tr("documents of %1 split into %2, by their titles").arg(label(from), labels(st.to));
        else if (st.op == QLatin1String("move"))
            out << tr("documents of %1 move to the %2").arg(label(from), volumeName(st.volume));
        else
            out << tr("documents of %1 become %2 (retired)").arg(label(from), label(s.draft.fallbackFor(st.volume)));
    }
    return out;
}

// Item by item, what `to` changes in `from`, with the fields named as the table names them.
QStringList TemplateConsole::diffLines(const CatalogueTemplate& from, const CatalogueTemplate& to) const
{
    const QHash<QString, QString> fields{
        {QStringLiteral("name"), tr("name")},         {QStringLiteral("titles"), tr("titles")},
        {QStringLiteral("keywords"), tr("keywords")}, {QStringLiteral("repeat"), tr("may repeat")},
        {QStringLiteral("required"), tr("required")}, {QStringLiteral("generated"), tr("made by the software")},
        {QStringLiteral("order"), tr("order")}};
    const auto volume = [this](const QString& kind) {
        return kind == QLatin1String("all") ? tr("every volume") : volumeName(kind);
    };
    QStringList out;
    for (const TemplateVersions::ItemChange& c : TemplateVersions::diff(from, to)) {
        using Kind = TemplateVersions::ItemChange::Kind;
        const TemplateItem* was = from.item(c.code);
        const TemplateItem* now = to.item(c.code);
        const QString label = QStringLiteral("%1 (%2)").arg((now ? now : was)->name, c.code);
        if (c.kind == Kind::Added) {
            out << tr("+ %1, %2").arg(label, volume(now->volume));
        } else if (c.kind == Kind::Removed) {
            out << tr("− %1").arg(label);
        } else if (c.fields.contains(QLatin1String("volume"))) {
            out << tr("~ %1: %2 → %3").arg(label, volume(was->volume), volume(now->volume));
        } else {
            QStringList named;
            for (const QString& f : c.fields)
                named << fields.value(f, f);
            out << tr("~ %1: %2").arg(label, named.join(QStringLiteral("、")));
        }
    }
    return out;
}

// The differences from the newest published version (an item whose code changed is one item), the migration, and
// what the checks of every published version say.
void TemplateConsole::showDiff()
{
    const TemplateDraftState& s = m_history->state();
    const CatalogueTemplate draft = s.result();
    m_diff->clear();
    const TemplateVersions::Check check = TemplateVersions::check(draft, m_published);
    for (const Error& e : check.errors)
        line(m_diff, tr("✗ %1").arg(e.message()), QColor(0xb7, 0x1c, 0x1c));
    for (const Error& e : check.warnings)
        line(m_diff, tr("⚠ %1").arg(e.message()), QColor(0xe6, 0x51, 0x00));
    CatalogueTemplate renamed = s.base; // the base under the codes its items have now
    for (TemplateItem& it : renamed.items)
        if (const auto f = s.fates.value(it.code); f.kind == TemplateDraftState::Fate::Kind::Keep)
            it.code = f.to.value(0, it.code);
    renamed.migrations.clear();
    CatalogueTemplate items = draft;
    items.migrations.clear();
    const QStringList lines = diffLines(renamed, items);
    const QStringList steps = stepLines();
    for (const QString& l : std::as_const(lines))
        line(m_diff, l,
             l.startsWith(QLatin1Char('+')) ? QColor(0x2e, 0x7d, 0x32)
             : l.startsWith(QChar(0x2212))  ? QColor(0xb7, 0x1c, 0x1c)
                                            : QColor());
    for (const QString& l : steps)
        line(m_diff, QStringLiteral("→ ") + l, QColor(0x15, 0x65, 0xc0));
    if (!s.isChanged()) {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("The draft is version %1 as published: edit an item to begin.").arg(s.base.version));
    } else if (!check.ok()) {
        m_verdict->setStyleSheet(QStringLiteral("color:#b71c1c"));
        m_verdict->setText(
            tr("%n problem(s): the server would refuse this version.", nullptr, int(check.errors.size())));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color:#2e7d32"));
        m_verdict->setText(tr("Version %1 can be published: against version %2, %3 item(s) changed and %4 migration "
                              "step(s); %n warning(s).",
                              nullptr, int(check.warnings.size()))
                               .arg(draft.version)
                               .arg(s.base.version)
                               .arg(lines.size())
                               .arg(steps.size()));
    }
}

// A published version, as it differs from the one before it.
void TemplateConsole::showVersion(int version)
{
    m_diff->clear();
    const CatalogueTemplate* now = nullptr;
    const CatalogueTemplate* before = nullptr;
    for (const CatalogueTemplate& t : std::as_const(m_published)) {
        if (t.version < version)
            before = &t;
        if (t.version == version)
            now = &t;
    }
    if (!now)
        return;
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(before ? tr("Version %1 (published) against version %2:").arg(version).arg(before->version)
                              : tr("Version %1 as shipped: %n item(s).", nullptr, int(now->items.size())).arg(version));
    if (before)
        for (const QString& l : diffLines(*before, *now))
            line(m_diff, l);
    m_tabs->setCurrentIndex(0);
}

void TemplateConsole::runTrial()
{
    const QString caseNo = m_trialCase->currentText().trimmed();
    if (caseNo.isEmpty())
        return;
    m_trialSummary->setText(tr("Cataloguing %1 with the draft…").arg(caseNo));
    m_db->run(
        this,
        [profile = m_profile, draft = m_history->state().result(), caseNo] {
            return TemplateTrial::run(profile, draft, caseNo);
        },
        [this](const Result<TemplateTrial>& trial) {
            if (!trial) {
                m_trialSummary->setText(trial.error().message());
                return;
            }
            showTrial(*trial);
            Q_EMIT trialShown();
        });
}

void TemplateConsole::showTrial(const TemplateTrial& trial)
{
    const QColor differs(0xff, 0xe0, 0xb2);
    fillTrial(m_trialToday, trial.today, trial.draft, differs);
    fillTrial(m_trialDraft, trial.draft, trial.today, differs);
    m_trialSummary->setText(trial.differences == 0 ? tr("%1: the draft catalogues it as it is today.").arg(trial.caseNo)
                                                   : tr("%1: %n document(s) would be catalogued otherwise (marked).",
                                                        nullptr, trial.differences)
                                                         .arg(trial.caseNo));
}

void TemplateConsole::previewImpact()
{
    m_impact->setText(tr("Asking the server…"));
    m_server->run<QJsonObject>(
        [draft = m_history->state().result().toJson()](SyncEngine& e) { return e.templateImpact(draft); },
        [this](const Result<QJsonObject>& impact) {
            if (!impact) {
                m_impact->setText(impact.error().message().toHtmlEscaped());
                return tell(impact.error().message(), true);
            }
            showImpact(*impact);
            Q_EMIT impactShown();
        });
}

void TemplateConsole::showImpact(const QJsonObject& o)
{
    const auto n = [&o](const char* key) { return o.value(QLatin1String(key)).toInt(); };
    QStringList accounts;
    for (const QJsonValue& a : o.value(QStringLiteral("accounts")).toArray())
        accounts << a.toString().toHtmlEscaped();
    QStringList versions;
    const QJsonObject byVersion = o.value(QStringLiteral("by_version")).toObject();
    for (auto it = byVersion.begin(); it != byVersion.end(); ++it)
        versions << tr("v%1: %2").arg(it.key()).arg(it.value().toInt());
    QString html =
        tr("<p><b>Dossiers</b> catalogued with this template on the server: %1 (%2 would change).</p>"
           "<p><b>Documents</b>: %3; %4 would change type or volume; %5 would have no type.</p>"
           "<p><b>Desks</b> whose documents change: %6 %7</p>")
            .arg(n("dossiers"))
            .arg(n("dossiers_changed"))
            .arg(n("documents"))
            .arg(n("documents_changed"))
            .arg(n("orphans"))
            .arg(n("desks"))
            .arg(accounts.isEmpty() ? QString() : QStringLiteral("(%1)").arg(accounts.join(QStringLiteral(", "))));
    if (!versions.isEmpty())
        html += tr("<p>Dossiers per version: %1</p>").arg(versions.join(QStringLiteral(", ")));
    if (n("orphans") > 0)
        html += tr("<p style='color:#b71c1c'>Documents without a type would keep their old one: add a step for "
                   "them.</p>");
    m_impact->setText(html);
    m_tabs->setCurrentIndex(2);
}

void TemplateConsole::publish()
{
    const TemplateDraftState s = m_history->state();
    const CatalogueTemplate version = s.result();
    const TemplateVersions::Check check = TemplateVersions::check(version, m_published);
    if (!s.isChanged() || !check.ok()) {
        m_tabs->setCurrentIndex(0);
        return tell(tr("The draft cannot be published: see 差异."), true);
    }
    const auto stage = TemplateDialogs::askStage(
        this, tr("Publish version %1 of %2? Every desk that receives it carries its dossiers to it (%n step(s) of "
                 "migration), and new batches are catalogued with it.",
                 nullptr, int(s.steps().size()))
                  .arg(version.version)
                  .arg(version.name));
    if (!stage)
        return;
    tell(tr("Publishing version %1…").arg(version.version));
    m_server->run<QStringList>(
        [json = version.toJson(), stage = *stage](SyncEngine& e) {
            return e.pushTemplate(json, stage.accounts, stage.courts);
        },
        [this, version, stage = *stage, base = s.base.version](const Result<QStringList>& warnings) {
            if (!warnings) {
                m_tabs->setCurrentIndex(0);
                return tell(warnings.error().message(), true);
            }
            // Kept here at once, as the server keeps it: a later sync brings the same.
            m_db->run(
                this,
                [profile = m_profile, version, stage, base] {
                    return keepPublished(profile, version, stage.accounts, stage.courts, base);
                },
                [this, version, warnings = *warnings](const Status& kept) {
                    if (!kept)
                        tell(kept.error().message(), true);
                    afterServerChange(
                        tr("Version %1 of %2 is published.").arg(version.version).arg(version.name) +
                        (warnings.isEmpty() ? QString() : QLatin1Char(' ') + warnings.join(QLatin1Char(' '))));
                    Q_EMIT published(version.id, version.version);
                });
        });
}

void TemplateConsole::widenRelease()
{
    const TemplateDrafts::Overview* o = overviewOf(m_id);
    if (!o || o->released == 0)
        return;
    if (QMessageBox::question(this, tr("Release to everyone"),
                              tr("Give version %1 of %2 to every desk? Until now only %3 have it.")
                                  .arg(o->released)
                                  .arg(o->name, (o->accounts + o->courts).join(QStringLiteral(", ")))) !=
        QMessageBox::Yes)
        return;
    TemplateVersions::Release r;
    r.id = o->id;
    r.version = r.previous = o->released;
    release(r.toJson(), r.version, tr("Version %1 of %2 is released to everyone.").arg(r.version).arg(o->name));
}

void TemplateConsole::rollBack()
{
    const TemplateDrafts::Overview* o = overviewOf(m_id);
    if (!o || o->versions.size() < 2)
        return;
    const int newest = o->versions.last();
    const int before = o->versions.at(o->versions.size() - 2);
    if (QMessageBox::warning(this, tr("Roll back"),
                             tr("Give every desk version %1 of %2 again, in place of version %3?\n\nDossiers already "
                                "carried to version %3 keep it: their documents keep the types version %3 gave them "
                                "and are not changed back. New batches are catalogued with version %1. To undo a "
                                "change for those dossiers as well, publish a new version that reverses it.")
                                 .arg(before)
                                 .arg(o->name)
                                 .arg(newest),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    TemplateVersions::Release r;
    r.id = o->id;
    r.version = r.previous = before;
    release(r.toJson(), before, tr("Version %1 of %2 is released to everyone again.").arg(before).arg(o->name));
}

void TemplateConsole::release(const QJsonObject& body, int version, const QString& done)
{
    tell(tr("Releasing…"));
    m_server->run<Ok>([id = m_id, body](SyncEngine& e) { return e.releaseTemplate(id, body); },
                      [this, body, version, done](const Status& s) {
                          if (!s)
                              return tell(s.error().message(), true);
                          m_db->run(
                              this,
                              [profile = m_profile, id = m_id, body] {
                                  return TemplateRepository(profile.database()).putRelease(id, body);
                              },
                              [this, version, done](const Status& kept) {
                                  if (!kept)
                                      tell(kept.error().message(), true);
                                  afterServerChange(done);
                                  Q_EMIT released(m_id, version);
                              });
                      });
}

// The server changed: the list shows it (the desk holds what the server recorded; F8 brings the rest).
void TemplateConsole::afterServerChange(const QString& text)
{
    tell(text);
    refresh();
}

} // namespace Dossier
