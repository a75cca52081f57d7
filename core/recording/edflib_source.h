// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a file through EDFlib, the reference implementation of EDF+ (for files it accepts).

#include <memory>

#include "core/recording/sample_source.h"

struct edf_hdr_struct;

namespace alfee::core {

struct EdflibFile;

// A file read through EDFlib. EDFlib opens a file only once, so sources of the same file share
// one handle; EDFlib calls on one handle are not thread-safe, so each read holds its lock.
class EdflibSource : public SampleSource {
  public:
    // Null when EDFlib refuses the file; *refusal then says EDFlib's reason.
    static std::unique_ptr<EdflibSource> open(const QString& path, QString* refusal);
    ~EdflibSource() override;

    QString name() const override { return QStringLiteral("EDFlib"); }
    const RecordingInfo& info() const override;
    bool readPhysical(int signal, qint64 start, qint64 count, double* out, QString* error) override;
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

    static QString describeError(int code);

  private:
    explicit EdflibSource(std::shared_ptr<EdflibFile> file) : file_(std::move(file)) {}
    bool seek(int signal, qint64 start, QString* error);

    std::shared_ptr<EdflibFile> file_;
};

}  // namespace alfee::core
