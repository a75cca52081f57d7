#include "core/dataset/event_coverage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace alfee::core {
namespace {

double median(QVector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

QString windowsPastEventsWarning(const DatasetSpec& spec, RecordingStore& store) {
    if (spec.label.source != LabelRule::Source::Annotation) return {};
    QHash<QString, QVector<double>> durations;  // by annotation text
    QString error;
    const QRegularExpression filter(spec.recordingFilter);
    for (const StoredRecording& r : store.list(&error)) {
        if (!filter.match(r.fileName()).hasMatch()) continue;
        for (const Annotation& a : store.annotations(r.id, &error))
            if (a.hasDuration() && a.durationSeconds() > 0)
                durations[a.text] << a.durationSeconds();
    }
    QStringList tooShort;
    for (const auto& [name, text] : spec.label.classes) {
        if (!durations.contains(text)) continue;
        const double typical = median(durations[text]);
        if (typical < spec.windowSeconds)
            tooShort << QCoreApplication::translate("alfee::core", "%1 lasts %2 s")
                            .arg(text)
                            .arg(typical, 0, 'g', 3);
    }
    if (tooShort.isEmpty()) return {};
    return QCoreApplication::translate(
               "alfee::core",
               "%1 s windows run past the events they are labelled from (median: %2)")
        .arg(spec.windowSeconds)
        .arg(tooShort.join(", "));
}

}  // namespace alfee::core
