#pragma once
// A run of the registry as one self-contained HTML page (no external file, no script): what
// was run, on what data, the metrics per split, per subject next to the band-power baseline's
// on the same data and split when one was run, the confusion matrix, the curves as inline SVG,
// the program version and the command line that runs it again. Every user or file text is
// escaped.

#include <QString>

namespace alfee::core {

class Workspace;

// The page; empty with *error when the run cannot be read.
QString runReportHtml(Workspace& workspace, qint64 run, QString* error);

}  // namespace alfee::core
