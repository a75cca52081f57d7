#include "core/dataset/dataset_store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include "core/workspace/sql_util.h"

namespace alfee::core {
namespace {

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

bool DatasetStore::save(const DatasetBuild& build, bool replace, qint64* id, QString* error) {
    return ws_.transact(
        [&](QString* why) {
            QSqlQuery q(ws_.db());
            if (!execSql(q, "SELECT id FROM datasets WHERE name = ?", {build.spec.name}, why))
                return false;
            if (q.next()) {
                if (!replace) {
                    *why = QStringLiteral("a dataset named '%1' exists already (use --replace)")
                               .arg(build.spec.name);
                    return false;
                }
                if (!execSql(q, "DELETE FROM datasets WHERE name = ?", {build.spec.name}, why))
                    return false;
            }
            if (!execSql(q,
                         "INSERT INTO datasets(name, spec_json, summary_json, created_at) "
                         "VALUES(?,?,?,?)",
                         {build.spec.name, compact(build.spec.toJson()), compact(build.summary()),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         why))
                return false;
            *id = q.lastInsertId().toLongLong();
            for (const DatasetItem& item : build.items)
                if (!execSql(q,
                             "INSERT INTO dataset_items(dataset_id, recording_id, onset_s, label, "
                             "subject, split) VALUES(?,?,?,?,?,?)",
                             {*id, item.recordingId, item.onsetSeconds, item.label, item.subject,
                              item.split},
                             why))
                    return false;
            return true;
        },
        error);
}

std::optional<StoredDataset> DatasetStore::load(const QString& name, QString* error) {
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT id, spec_json, summary_json FROM datasets WHERE name = ?", {name},
                 error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("%1: no dataset named '%2'").arg(ws_.path(), name);
        return std::nullopt;
    }
    StoredDataset d;
    d.id = q.value(0).toLongLong();
    if (!DatasetSpec::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                               &d.spec, error)) {
        *error = QStringLiteral("%1: dataset '%2' has a broken definition: %3")
                     .arg(ws_.path(), name, *error);
        return std::nullopt;
    }
    d.summary = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    if (!execSql(q,
                 "SELECT recording_id, onset_s, label, subject, split FROM dataset_items "
                 "WHERE dataset_id = ? ORDER BY rowid",
                 {d.id}, error))
        return std::nullopt;
    while (q.next())
        d.items.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toInt(),
                           q.value(3).toString(), q.value(4).toString()});
    return d;
}

QStringList DatasetStore::names(QString* error) {
    QStringList out;
    QSqlQuery q(ws_.db());
    if (!execSql(q, "SELECT name FROM datasets ORDER BY name", {}, error)) return out;
    while (q.next()) out << q.value(0).toString();
    return out;
}

}  // namespace alfee::core
