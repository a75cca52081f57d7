// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
        // Version 2: the run registry (experiments, runs and everything a run records).
        {
            "CREATE TABLE experiments (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
            " created_at TEXT NOT NULL)",
            "CREATE TABLE runs ("
            " id INTEGER PRIMARY KEY, experiment_id INTEGER REFERENCES experiments(id),"
            " kind TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL,"
            " message TEXT NOT NULL DEFAULT '', config_json TEXT NOT NULL,"
            " dataset TEXT NOT NULL, dataset_hash TEXT NOT NULL, program_version TEXT NOT NULL,"
            " device TEXT NOT NULL, threads INTEGER NOT NULL, seed INTEGER NOT NULL,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, ended_at TEXT,"
            " pid INTEGER NOT NULL, host TEXT NOT NULL, step INTEGER NOT NULL DEFAULT 0,"
            " epoch INTEGER NOT NULL DEFAULT 0, skipped_steps INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE run_params (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE "
            "CASCADE,"
            " key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (run_id, key))",
            "CREATE TABLE run_metrics (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE "
            "CASCADE,"
            " key TEXT NOT NULL, step INTEGER NOT NULL, epoch INTEGER NOT NULL, value REAL,"
            " time TEXT NOT NULL)",
            "CREATE INDEX run_metrics_by_run ON run_metrics(run_id, key, step)",
            "CREATE TABLE run_checkpoints ("
            " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, path TEXT NOT NULL,"
            " step INTEGER NOT NULL, epoch INTEGER NOT NULL, sha256 TEXT NOT NULL,"
            " best INTEGER NOT NULL, created_at TEXT NOT NULL)",
            "CREATE TABLE run_results ("
            " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            " source TEXT NOT NULL, split TEXT NOT NULL, subject TEXT NOT NULL,"
            " n_windows INTEGER NOT NULL, classes_json TEXT NOT NULL, metrics_json TEXT NOT NULL,"
            " confusion_json TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE INDEX run_results_by_run ON run_results(run_id)",
            "CREATE TABLE run_predictions ("
            " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
            " source TEXT NOT NULL, recording TEXT NOT NULL, onset_s REAL NOT NULL,"
            " subject TEXT NOT NULL, split TEXT NOT NULL, true_label INTEGER,"
            " probabilities_json TEXT NOT NULL)",
            "CREATE INDEX run_predictions_by_run ON run_predictions(run_id)",
        },
        // Version 3: what an EEG-BIDS import knows beyond the files: entities, line frequency
        // and reference of each recording, and the dataset's participants.tsv rows.
        {
            "CREATE TABLE bids_recordings ("
            " recording_id INTEGER PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,"
            " root TEXT NOT NULL, subject TEXT NOT NULL, session TEXT NOT NULL,"
            " task TEXT NOT NULL, acquisition TEXT NOT NULL, run TEXT NOT NULL,"
            " line_freq REAL, reference TEXT NOT NULL, bad_channels TEXT NOT NULL)",
            "CREATE TABLE participants ("
            " subject TEXT PRIMARY KEY, root TEXT NOT NULL, metadata_json TEXT NOT NULL)",
        },
        // Version 4: studies (folds x arms x seeds of ordinary runs) and the run of each cell.
        {
            "CREATE TABLE studies (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " config_json TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE TABLE study_runs ("
            " study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,"
            " arm TEXT NOT NULL, fold INTEGER NOT NULL, seed INTEGER NOT NULL,"
            " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
            " test_subjects_json TEXT NOT NULL, PRIMARY KEY (study_id, arm, fold, seed))",
        },
        // Version 5: annotations edited in the workspace (the files are never written): the
        // channels an annotation concerns (a JSON array of file labels; '' for all of them),
        // and when the user last edited a recording's annotations (NULL: as its file has them).
        {
            "ALTER TABLE annotations ADD COLUMN channels TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE recordings ADD COLUMN annotations_edited_at TEXT",
        },
    };
    return migrations;
}

}  // namespace alfee::core
