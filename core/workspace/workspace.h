// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One SQLite file that holds a lab's recordings, mappings, montages and datasets.

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace alfee::core {

// An open workspace. Every change runs in a transaction; the schema is versioned and migrated
// forward on open. Not thread-safe: use one Workspace per thread.
class Workspace {
  public:
    static constexpr int kSchemaVersion = 5;

    // Creates a new workspace file; fails if the file exists.
    static std::unique_ptr<Workspace> create(const QString& path, QString* error);
    // Opens an existing workspace and migrates it to kSchemaVersion.
    static std::unique_ptr<Workspace> open(const QString& path, QString* error);
    // Opens `path`, or creates the workspace there when nothing is there yet.
    static std::unique_ptr<Workspace> openOrCreate(const QString& path, QString* error);
    ~Workspace();

    QString path() const { return path_; }
    QSqlDatabase& db() { return db_; }
    int schemaVersion();

    // Runs `body` in a transaction: committed when it returns true, rolled back otherwise (the
    // workspace is then unchanged). *error names the workspace and the problem.
    bool transact(const std::function<bool(QString*)>& body, QString* error);

  private:
    Workspace() = default;
    bool connect(const QString& path, QString* error);
    bool migrate(QString* error);

    QString path_;
    QString connection_;
    QSqlDatabase db_;
};

}  // namespace alfee::core
