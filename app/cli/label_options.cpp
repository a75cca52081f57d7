// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/label_options.h"

#include "app/cli/numeric_flags.h"
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

// Three fractions, each finite and between 0 and 1 (their sum is checked with the spec).
bool parseSplit(const QString& text, SplitSpec* split, QString* error) {
    const QStringList parts = text.split(',');
    bool ok = parts.size() == 3;
    double* fractions[3] = {&split->train, &split->validation, &split->test};
    for (int k = 0; ok && k < 3; ++k) {
        *fractions[k] = parts[k].toDouble(&ok);
        ok = ok && *fractions[k] >= 0 && *fractions[k] <= 1;
    }
    if (!ok)
        *error =
            QStringLiteral("--split '%1' is not TRAIN,VAL,TEST (fractions from 0 to 1)").arg(text);
    return ok;
}

// LOW-HIGH in Hz with 0 <= LOW < HIGH <= 1000, or off.
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
    const bool ok = okLow && okHigh && c->lowHz >= 0 && c->lowHz < c->highHz && c->highHz <= 1000;
    if (!ok)
        *error = QStringLiteral("--band '%1' is not LOW-HIGH (0 <= LOW < HIGH <= 1000 Hz) or off")
                     .arg(text);
    return ok;
}

// --window, --stride, --split-seed and --notch through their specs (numeric_flags.h).
bool readLabelNumbers(const QCommandLineParser& p, DatasetSpec* spec, QString* error) {
    QJsonObject n;
    if (!readNumericFlags(p, labelNumericFlags(), &n, error)) {
        // "a frequency" says more than the spec's "a number" (and tests/test_cli.cpp asks so).
        if (error->startsWith("--notch "))
            *error = QStringLiteral(
                         "--notch takes a frequency in Hz up to 1000 or 0 (off), not "
                         "'%1'")
                         .arg(p.value("notch"));
        return false;
    }
    spec->windowSeconds = n["window"].toDouble();
    spec->strideSeconds = n["stride"].toDouble(spec->windowSeconds);
    spec->split.seed = quint32(n["split-seed"].toInteger());
    if (p.isSet("notch")) spec->preprocess.notchHz = n["notch"].toDouble();
    return true;
}

}  // namespace

void addLabelOptions(QCommandLineParser& p) {
    p.addOptions(
        {{"label-from", "filename or annotation", "SOURCE", "filename"},
         {"class", "NAME=PATTERN (repeat): a regex on file names, or an annotation text", "CLASS"},
         {"filter", "Regex on file names of the recordings to use", "REGEX"},
         {"subject-pattern", "Regex with one group that finds the subject in a file name", "REGEX"},
         {"electrodes", "Required electrodes, comma separated (default: all mapped)", "LIST"},
         {"split", "Train,validation,test fractions of subjects", "F,F,F", "0.7,0.15,0.15"},
         {"test-subjects",
          "Subjects of the test split, comma separated (cross-validation folds); the others "
          "are shared between train and validation",
          "LIST"},
         {"band", "Band-pass LOW-HIGH in Hz, or off", "BAND", "0.5-45"}});
    addNumericFlags(p, labelNumericFlags());
}

bool checkLabelNumbers(const QCommandLineParser& p, QString* error) {
    DatasetSpec ignored;
    return readLabelNumbers(p, &ignored, error);
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
    if (!readLabelNumbers(p, spec, error)) return false;
    for (const QString& e : p.value("electrodes").split(',', Qt::SkipEmptyParts))
        spec->electrodes << normaliseChannelLabel(e);
    if (p.isSet("split") && !parseSplit(p.value("split"), &spec->split, error)) return false;
    spec->split.testSubjects = p.value("test-subjects").split(',', Qt::SkipEmptyParts);
    if (p.isSet("band") && !parseBand(p.value("band"), &spec->preprocess, error)) return false;
    const QString problem = spec->validate();
    if (!problem.isEmpty()) *error = problem;
    return problem.isEmpty();
}

}  // namespace alfee::cli
