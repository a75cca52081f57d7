#include "app/cli/label_options.h"

#include <cmath>

#include "core/electrodes/channel_label.h"

namespace alfee::cli {
namespace {

bool parseClasses(const QStringList& values, DatasetSpec* spec, QString* error) {
    for (const QString& v : values) {
        const int eq = v.indexOf('=');
        if (eq <= 0) {
            *error = QStringLiteral("--class '%1' is not NAME=PATTERN").arg(v);
            return false;
        }
        spec->label.classes.push_back({v.left(eq), v.mid(eq + 1)});
    }
    return true;
}

bool parseSplit(const QString& text, SplitSpec* split, QString* error) {
    const QStringList parts = text.split(',');
    bool ok[3] = {false, false, false};
    if (parts.size() == 3) {
        split->train = parts[0].toDouble(&ok[0]);
        split->validation = parts[1].toDouble(&ok[1]);
        split->test = parts[2].toDouble(&ok[2]);
    }
    if (!ok[0] || !ok[1] || !ok[2])
        *error = QStringLiteral("--split '%1' is not TRAIN,VAL,TEST").arg(text);
    return ok[0] && ok[1] && ok[2];
}

bool parseBand(const QString& text, dsp::PreprocessConfig* c, QString* error) {
    if (text == "off") {
        c->bandpass = false;
        return true;
    }
    const QStringList parts = text.split('-');
    bool okLow = false, okHigh = false;
    if (parts.size() == 2) {
        c->lowHz = parts[0].toDouble(&okLow);
        c->highHz = parts[1].toDouble(&okHigh);
    }
    if (!okLow || !okHigh) *error = QStringLiteral("--band '%1' is not LOW-HIGH or off").arg(text);
    return okLow && okHigh;
}

// 0 (off) or a frequency the notch can have: positive, finite, a number.
bool parseNotch(const QString& text, dsp::PreprocessConfig* config, QString* error) {
    bool ok = false;
    const double hz = text.toDouble(&ok);
    if (!ok || !std::isfinite(hz) || hz < 0) {
        *error = QStringLiteral("--notch takes a frequency in Hz or 0 (off), not '%1'").arg(text);
        return false;
    }
    config->notchHz = hz;
    return true;
}

}  // namespace

void addLabelOptions(QCommandLineParser& p) {
    p.addOptions(
        {{"label-from", "filename or annotation", "SOURCE", "filename"},
         {"class", "NAME=PATTERN (repeat): a regex on file names, or an annotation text", "CLASS"},
         {"filter", "Regex on file names of the recordings to use", "REGEX"},
         {"subject-pattern", "Regex with one group that finds the subject in a file name", "REGEX"},
         {"window", "Window length in seconds", "S", "10"},
         {"stride", "Window stride in seconds (default: the window length)", "S"},
         {"electrodes", "Required electrodes, comma separated (default: all mapped)", "LIST"},
         {"split-seed", "Seed of the subject split", "N", "42"},
         {"split", "Train,validation,test fractions of subjects", "F,F,F", "0.7,0.15,0.15"},
         {"test-subjects",
          "Subjects of the test split, comma separated (cross-validation folds); the others "
          "are shared between train and validation",
          "LIST"},
         {"band", "Band-pass LOW-HIGH in Hz, or off", "BAND", "0.5-45"},
         {"notch", "Notch frequency in Hz (0: off)", "HZ", "50"}});
}

bool specFromLabelOptions(const QCommandLineParser& p, DatasetSpec* spec, QString* error) {
    const QString source = p.value("label-from");
    if (source.startsWith("participant:") && source.size() > 12) {  // a BIDS participants column
        spec->label.source = LabelRule::Source::Participant;
        spec->label.column = source.mid(12);
    } else if (source == "filename" || source == "annotation") {
        spec->label.source =
            source == "filename" ? LabelRule::Source::FileName : LabelRule::Source::Annotation;
    } else {
        *error = "--label-from takes 'filename', 'annotation' or 'participant:COLUMN'";
        return false;
    }
    if (!parseClasses(p.values("class"), spec, error)) return false;
    spec->recordingFilter = p.value("filter");
    if (p.isSet("subject-pattern")) spec->subjectPattern = p.value("subject-pattern");
    bool ok = true;
    spec->windowSeconds = p.value("window").toDouble(&ok);
    if (ok)
        spec->strideSeconds =
            p.isSet("stride") ? p.value("stride").toDouble(&ok) : spec->windowSeconds;
    if (ok) spec->split.seed = p.value("split-seed").toUInt(&ok);
    if (!ok) {
        *error = "--window, --stride and --split-seed take numbers";
        return false;
    }
    for (const QString& e : p.value("electrodes").split(',', Qt::SkipEmptyParts))
        spec->electrodes << normaliseChannelLabel(e);
    if (p.isSet("split") && !parseSplit(p.value("split"), &spec->split, error)) return false;
    spec->split.testSubjects = p.value("test-subjects").split(',', Qt::SkipEmptyParts);
    if (p.isSet("band") && !parseBand(p.value("band"), &spec->preprocess, error)) return false;
    if (p.isSet("notch") && !parseNotch(p.value("notch"), &spec->preprocess, error)) return false;
    const QString problem = spec->validate();
    if (!problem.isEmpty()) *error = problem;
    return problem.isEmpty();
}

}  // namespace alfee::cli
