#pragma once
// Reads a file through EDFlib, the reference implementation of EDF+ (for files it accepts).

#include <QMutex>
#include <memory>

#include "core/recording/sample_source.h"

struct edf_hdr_struct;

namespace alfee::core {

// An EDFlib handle; EDFlib calls on one file are not thread-safe, so each read holds a lock.
class EdflibSource : public SampleSource {
public:
    // Null when EDFlib refuses the file; *refusal then says EDFlib's reason.
    static std::unique_ptr<EdflibSource> open(const QString& path, QString* refusal);
    ~EdflibSource() override;

    QString name() const override { return QStringLiteral("EDFlib"); }
    const RecordingInfo& info() const override { return info_; }
    bool readPhysical(int signal, qint64 start, qint64 count, double* out,
                      QString* error) override;
    bool readDigital(int signal, qint64 start, qint64 count, qint32* out, QString* error) override;

    static QString describeError(int code);

private:
    EdflibSource() = default;
    void fillInfo(const edf_hdr_struct& hdr, const QString& path);
    bool seek(int signal, qint64 start, QString* error);

    int handle_ = -1;
    QMutex mutex_;
    RecordingInfo info_;
};

}  // namespace alfee::core
