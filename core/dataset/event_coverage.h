#pragma once
// Whether a dataset's windows fit the events they are labelled from: 10 s windows on EEGMMIDB's
// 4.1 s T1/T2 events mostly hold what came after the event, which a user should be told.

#include <QString>

#include "core/dataset/dataset_spec.h"
#include "core/workspace/recording_store.h"

namespace alfee::core {

// Empty when every labelled class's events last at least a window (or the labels come from file
// names); otherwise one sentence naming the window and the median event durations.
QString windowsPastEventsWarning(const DatasetSpec& spec, RecordingStore& store);

}  // namespace alfee::core
