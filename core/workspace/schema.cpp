#include "core/workspace/schema.h"

namespace alfee::core {

const QVector<QStringList>& workspaceMigrations() {
    static const QVector<QStringList> migrations = {
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE recordings ("
            " id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,"
            " bytes INTEGER NOT NULL, format TEXT NOT NULL, reader TEXT NOT NULL,"
            " start TEXT, duration_s REAL NOT NULL, signal_count INTEGER NOT NULL,"
            " annotation_count INTEGER NOT NULL, header_json TEXT NOT NULL,"
            " mapping_json TEXT NOT NULL, warnings TEXT NOT NULL, imported_at TEXT NOT NULL)",
            "CREATE TABLE channels ("
            " recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,"
            " signal INTEGER NOT NULL, label TEXT NOT NULL, rate_hz REAL NOT NULL,"
            " samples INTEGER NOT NULL, unit TEXT NOT NULL, type TEXT NOT NULL,"
            " electrode TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (recording_id, signal))",
            "CREATE TABLE annotations ("
            " recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,"
            " onset_s REAL NOT NULL, duration_s REAL, text TEXT NOT NULL)",
            "CREATE INDEX annotations_by_recording ON annotations(recording_id)",
            "CREATE TABLE montages (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
            " json TEXT NOT NULL)",
            "CREATE TABLE datasets ("
            " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, spec_json TEXT NOT NULL,"
            " summary_json TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE TABLE dataset_items ("
            " dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,"
            " recording_id INTEGER NOT NULL REFERENCES recordings(id),"
            " onset_s REAL NOT NULL, label INTEGER NOT NULL, subject TEXT NOT NULL,"
            " split TEXT NOT NULL)",
            "CREATE INDEX items_by_dataset ON dataset_items(dataset_id)",
        },
    };
    return migrations;
}

}  // namespace alfee::core
