// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/biosig_trial.h"

#include <biosig.h>

#include <QFile>
#include <vector>

#include "core/recording/recording_formats.h"
#include "core/recording/trial_read.h"

namespace alfee::core {
namespace {

// Sizes BiosigSource::loadAll would refuse are not read here either (it refuses them itself).
bool plausibleSize(size_t samples, size_t channels, qint64 fileBytes) {
    return channels > 0 && samples <= size_t(fileBytes) / channels &&
           samples * channels <= (size_t(4) << 30) / sizeof(biosig_data_type);
}

// In the child: the events and every sample, the way BiosigSource reads them.
int readWhole(const char* name, qint64 fileBytes) {
    HDRTYPE* hdr = sopen(name, "r", constructHDR(0, 0));
    if (!hdr || serror2(hdr)) return kTrialRefused;
    biosig_reset_flag(
        hdr, BIOSIG_FLAG_UCAL | BIOSIG_FLAG_OVERFLOWDETECTION | BIOSIG_FLAG_ROW_BASED_CHANNELS);
    for (size_t i = 0; i < biosig_get_number_of_events(hdr); ++i) {
        uint16_t type = 0, channel = 0;
        uint32_t position = 0, duration = 0;
        const char* description = nullptr;
        biosig_get_nth_event(hdr, i, &type, &position, &channel, &duration, nullptr, &description);
    }
    const size_t channels = biosig_get_number_of_channels(hdr);
    const size_t samples = biosig_get_number_of_samples(hdr);
    if (plausibleSize(samples, channels, fileBytes)) {
        std::vector<biosig_data_type> block(samples * channels);
        sread(block.data(), 0, biosig_get_number_of_records(hdr), hdr);
    }
    sclose(hdr);
    return 0;
}

}  // namespace

bool biosigSurvivesTrialRead(const QString& path, QString* why) {
    const QByteArray name = QFile::encodeName(path);
    const qint64 bytes = recordingFileBytes(path);
    return survivesTrialRead(
        QStringLiteral("BioSig"), [&] { return readWhole(name.constData(), bytes); }, why);
}

}  // namespace alfee::core
