// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/viewer/signal_viewer.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/viewer/annotation_list.h"
#include "ui/viewer/annotation_mouse.h"
#include "ui/viewer/annotation_tools.h"
#include "ui/viewer/channel_chooser.h"
#include "ui/viewer/overview_strip.h"
#include "ui/viewer/recording_annotations.h"
#include "ui/viewer/trace_plot.h"

namespace alfee::ui {
namespace {

const double kPageChoices[] = {1, 2, 5, 10, 20, 30, 60, 120, 300};
const double kGainChoices[] = {5, 10, 20, 50, 100, 200, 500, 1000};
enum StackPage { kHintPage, kPlotPage, kAnnotationPage };

core::Montage asRecorded() {
    return {QStringLiteral("as recorded"), core::Montage::Kind::AsRecorded, {}};
}

bool sameMontage(const core::Montage& a, const core::Montage& b) {
    return a.kind == b.kind && a.pairs == b.pairs;
}

}  // namespace

SignalViewer::SignalViewer(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    plot_ = new TracePlot(this);
    annotationOnly_ = new AnnotationList(this);
    hint_ = new QLabel(emptyHint(), this);
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);
    stack_ = new QStackedWidget(this);
    stack_->insertWidget(kHintPage, hint_);
    stack_->insertWidget(kPlotPage, plot_);
    stack_->insertWidget(kAnnotationPage, annotationOnly_);
    status_ = new QLabel(this);
    cursor_ = new QLabel(this);
    cursor_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(4, 0, 4, 2);
    statusRow->addWidget(status_, 1);
    statusRow->addWidget(cursor_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeToolbar());
    overview_ = new OverviewStrip(this);
    layout->addWidget(overview_);
    layout->addWidget(stack_, 1);
    layout->addLayout(statusRow);
    connect(plot_, &TracePlot::widthChanged, this, [this] {
        if (reader_ && plot_->pixelWidth() != readWidth_) redraw();
    });
    connect(plot_, &TracePlot::wheelTurned, this, &SignalViewer::wheelTurned);
    connect(plot_, &TracePlot::cursorText, cursor_, &QLabel::setText);
    connect(plot_, &TracePlot::lanesChanged, this, [this] {
        if (reader_ && !traces_.isEmpty()) showStatus();
    });
    connect(annotationOnly_, &AnnotationList::jumpRequested, this, &SignalViewer::goTo);
    connect(overview_, &OverviewStrip::jumpRequested, this,
            [this](double seconds) { goTo(seconds - page_ / 2); });
    RecordingAnnotations* shown = annotationTools_->annotations();
    connect(shown, &RecordingAnnotations::changed, this, [this] {
        overview_->setAnnotations(annotations());
        if (!opening_) redraw();  // openRecording() draws once it is set up
        emit annotationsChanged();
    });
    connect(shown, &RecordingAnnotations::undoStackChanged, this, &SignalViewer::undoStackChanged);
    connect(annotationTools_, &AnnotationTools::problem, this, &SignalViewer::problem);
    // Its file's own annotations, read-only, as for a file opened outside the workspace.
    connect(shown, &RecordingAnnotations::recordingGone, this, [this] {
        annotationTools_->setAnnotating(false);
        if (rec_) annotationTools_->annotations()->showFile(rec_->info().annotations);
    });
    connect(annotationTools_, &AnnotationTools::exported, this, [this](const QStringList& files) {
        emit problem(tr("Annotations written to %1").arg(files.join(", ")));
    });
    clear();
}

SignalViewer::~SignalViewer() {
    // The children go after the members: an edge box losing its focus then must not redraw
    // from a reader that is already gone.
    for (QDoubleSpinBox* edge : {lowBox_, highBox_}) edge->disconnect(this);
}

QString SignalViewer::emptyHint() const {
    return tr(
        "No recording open.\n\nDouble-click a recording in the Datasets tab to view it here, "
        "or import EDF/BDF files there first (File > Import recordings).");
}

QWidget* SignalViewer::makeToolbar() {
    auto* bar = new QWidget(this);
    // The toolbar sets no minimum width (its controls wrap instead): the window can be narrow.
    bar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(4, 2, 4, 2);
    rows->setSpacing(2);
    firstRow_ = new QHBoxLayout;
    secondRow_ = new QHBoxLayout;
    rows->addLayout(firstRow_);
    rows->addLayout(secondRow_);
    file_ = new QLabel(bar);
    QFont bold = file_->font();
    bold.setBold(true);
    file_->setFont(bold);
    pageBox_ = new QComboBox(bar);
    for (double s : kPageChoices) pageBox_->addItem(tr("%1 s/page").arg(s), s);
    pageBox_->setCurrentIndex(3);
    gainBox_ = new QComboBox(bar);
    for (double g : kGainChoices) gainBox_->addItem(tr("%1 µV/div").arg(g), g);
    gainBox_->setCurrentIndex(3);
    gainBox_->setToolTip(tr("EEG scale; EOG, ECG and EMG keep their ratio to it (+ and - keys)"));
    montageBox_ = new QComboBox(bar);
    montageBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    channels_ = new ChannelChooser(bar);
    annotationTools_ = new AnnotationTools(plot_, bar);
    filterControls_ = makeFilterControls(bar);
    firstRow_->addWidget(file_);
    firstRow_->addSpacing(8);
    for (QWidget* w :
         {static_cast<QWidget*>(pageBox_), static_cast<QWidget*>(gainBox_),
          static_cast<QWidget*>(montageBox_), filterControls_, static_cast<QWidget*>(channels_)}) {
        // Whole labels or none: squeezed, "Band-pass" read "Band-p" and the edges "0.50 H".
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        firstRow_->addWidget(w);
    }
    firstRow_->addStretch();
    // Editing on a row of its own: the first row's controls keep their whole labels.
    annotationTools_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    secondRow_->addWidget(annotationTools_);
    secondRow_->addStretch();
    // Paging keys belong to the viewer: the toolbar takes no focus, except the band edges,
    // which are typed into (Enter or leaving the box applies them, and gives the keys back).
    for (QWidget* w : bar->findChildren<QWidget*>()) w->setFocusPolicy(Qt::NoFocus);
    for (QWidget* typed : {static_cast<QWidget*>(lowBox_), static_cast<QWidget*>(highBox_),
                           static_cast<QWidget*>(annotationTools_->labelBox())}) {
        typed->setFocusPolicy(Qt::ClickFocus);
        for (QWidget* inner : typed->findChildren<QWidget*>())
            inner->setFocusPolicy(Qt::ClickFocus);
    }
    connect(annotationTools_, &AnnotationTools::keysBack, this, [this] { setFocus(); });
    connect(pageBox_, &QComboBox::activated, this,
            [this](int i) { setPageSeconds(pageBox_->itemData(i).toDouble()); });
    connect(gainBox_, &QComboBox::activated, this,
            [this](int i) { setMicrovoltsPerDivision(gainBox_->itemData(i).toDouble()); });
    connect(montageBox_, &QComboBox::activated, this, &SignalViewer::setMontageIndex);
    connect(channels_, &ChannelChooser::shownChanged, this, &SignalViewer::setShownTraces);
    return bar;
}

// The filters go to a second row when one row would not hold every control at its size.
void SignalViewer::placeFilterControls() {
    const bool inFirst = firstRow_->indexOf(filterControls_) >= 0;
    int needed = 16 + file_->sizeHint().width();
    for (QWidget* w :
         {static_cast<QWidget*>(pageBox_), static_cast<QWidget*>(gainBox_),
          static_cast<QWidget*>(montageBox_), filterControls_, static_cast<QWidget*>(channels_)})
        needed += w->sizeHint().width() + firstRow_->spacing();
    const bool fits = width() >= needed;
    if (fits == inFirst) return;
    if (fits) {
        secondRow_->removeWidget(filterControls_);
        firstRow_->insertWidget(firstRow_->indexOf(channels_), filterControls_);
    } else {
        firstRow_->removeWidget(filterControls_);
        secondRow_->insertWidget(0, filterControls_);
    }
}

void SignalViewer::resizeEvent(QResizeEvent* event) {
    placeFilterControls();
    QWidget::resizeEvent(event);
}

QWidget* SignalViewer::makeFilterControls(QWidget* bar) {
    auto* box = new QWidget(bar);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    bandpassBox_ = new QCheckBox(tr("Band-pass"), box);
    lowBox_ = new QDoubleSpinBox(box);
    lowBox_->setObjectName("lowEdge");
    lowBox_->setRange(0.01, 100);
    lowBox_->setDecimals(2);
    lowBox_->setValue(filters_.lowHz);
    lowBox_->setSuffix(tr(" Hz"));
    highBox_ = new QDoubleSpinBox(box);
    highBox_->setObjectName("highEdge");
    highBox_->setRange(1, 5000);
    highBox_->setDecimals(1);
    highBox_->setValue(filters_.highHz);
    highBox_->setSuffix(tr(" Hz"));
    notchBox_ = new QComboBox(box);
    notchBox_->addItem(tr("No notch"), 0.0);
    notchBox_->addItem(tr("Notch 50 Hz"), 50.0);
    notchBox_->addItem(tr("Notch 60 Hz"), 60.0);
    dcBox_ = new QCheckBox(tr("Remove DC"), box);
    dcBox_->setChecked(filters_.removeDc);
    dcBox_->setToolTip(tr("Subtract each trace's mean over the page (display only)"));
    for (QWidget* w : {static_cast<QWidget*>(bandpassBox_), static_cast<QWidget*>(lowBox_),
                       static_cast<QWidget*>(highBox_), static_cast<QWidget*>(notchBox_),
                       static_cast<QWidget*>(dcBox_)})
        row->addWidget(w);
    connect(bandpassBox_, &QCheckBox::toggled, this, &SignalViewer::filtersEdited);
    connect(dcBox_, &QCheckBox::toggled, this, &SignalViewer::filtersEdited);
    // Arrow keys and the wheel step an edge at once; typed digits wait for Enter (no keyboard
    // tracking), so that "3" of "30" is not applied on the way. Steps in a row are applied once.
    edgeTimer_ = new QTimer(this);
    edgeTimer_->setSingleShot(true);
    edgeTimer_->setInterval(150);
    connect(edgeTimer_, &QTimer::timeout, this, &SignalViewer::filtersEdited);
    for (QDoubleSpinBox* edge : {lowBox_, highBox_}) {
        edge->setKeyboardTracking(false);
        connect(edge, &QDoubleSpinBox::valueChanged, edgeTimer_, qOverload<>(&QTimer::start));
        connect(edge, &QDoubleSpinBox::editingFinished, this, [this] {
            edgeTimer_->stop();
            filtersEdited();
            setFocus();
        });
    }
    connect(notchBox_, &QComboBox::activated, this, &SignalViewer::filtersEdited);
    return box;
}

void SignalViewer::filtersEdited() {
    core::ViewFilters f = filters_;
    f.bandpass = bandpassBox_->isChecked();
    f.lowHz = lowBox_->value();
    f.highHz = highBox_->value();
    f.notch = notchBox_->currentData().toDouble() > 0;
    if (f.notch) f.notchHz = notchBox_->currentData().toDouble();
    f.removeDc = dcBox_->isChecked();
    setFilters(f);
}

void SignalViewer::setFilters(const core::ViewFilters& filters) {
    if (filters.bandpass && filters.lowHz >= filters.highHz) {
        emit problem(tr("The band-pass needs its low edge below its high edge (%1 >= %2 Hz)")
                         .arg(filters.lowHz)
                         .arg(filters.highHz));
        return;
    }
    filters_ = filters;
    const QSignalBlocker b1(bandpassBox_), b2(lowBox_), b3(highBox_), b4(dcBox_), b5(notchBox_);
    bandpassBox_->setChecked(filters.bandpass);
    lowBox_->setValue(filters.lowHz);
    highBox_->setValue(filters.highHz);
    notchBox_->setCurrentIndex(!filters.notch ? 0 : filters.notchHz == 60.0 ? 2 : 1);
    dcBox_->setChecked(filters.removeDc);
    redraw();
}

void SignalViewer::clear() {
    rec_.reset();
    reader_.reset();
    traces_.clear();
    montages_.clear();
    montageBox_->clear();
    channels_->setChannels({}, {});
    annotationTools_->annotations()->clear();
    annotationTools_->setRecording({}, {});
    annotationTools_->setAnnotating(false);
    plot_->clear();
    overview_->setRecording(0, {});
    overview_->setVisible(false);
    file_->setText(tr("No recording"));
    file_->setToolTip(QString());
    status_->clear();
    cursor_->clear();
    stack_->setCurrentIndex(kHintPage);
    emit recordingChanged(QString());
}

bool SignalViewer::openRecording(const QString& path, QString* error,
                                 const core::ChannelMapping* mapping) {
    auto rec = core::Recording::open(path, error);
    if (!rec) return false;
    rec_ = std::move(rec);
    const core::ChannelMapping m =
        mapping ? *mapping : core::ChannelMapping::fromRecording(rec_->info());
    reader_ = std::make_unique<core::PageReader>(*rec_, m);
    file_->setText(QFileInfo(path).fileName());
    file_->setToolTip(QFileInfo(path).absoluteFilePath());
    start_ = 0;
    traces_.clear();
    // The readout was of a point of the previous recording.
    cursor_->clear();
    QStringList labels;
    for (const core::SignalInfo& s : rec_->info().signalInfos) labels << s.label;
    annotationTools_->setRecording(path, labels);
    annotationTools_->select(-1);
    annotationTools_->setAnnotating(false);
    opening_ = true;
    annotationTools_->annotations()->showFile(rec_->info().annotations);
    opening_ = false;
    if (rec_->info().signalInfos.isEmpty()) {  // an annotation-only file (a hypnogram)
        annotationOnly_->setAnnotations(rec_->info().annotations);
        stack_->setCurrentIndex(kAnnotationPage);
        overview_->setVisible(false);
        montageBox_->clear();
        channels_->setChannels({}, {});
        status_->setText(
            tr("%n annotation(s), no signals", nullptr, rec_->info().annotations.size()));
    } else {
        stack_->setCurrentIndex(kPlotPage);
        overview_->setRecording(duration(), reader_->timeline().gaps(0, duration()));
        overview_->setVisible(true);
        fillMontages();
        fillChannels();
        redraw();
    }
    emit recordingChanged(path);
    return true;
}

void SignalViewer::setDocument(WorkspaceDocument* document) {
    annotationTools_->annotations()->setDocument(document);
}

bool SignalViewer::showWorkspaceRecording(qint64 id, QString* error) {
    return annotationTools_->annotations()->showRecording(id, error);
}

const QVector<core::Annotation>& SignalViewer::annotations() const {
    return annotationTools_->annotations()->list();
}

QUndoStack* SignalViewer::undoStack() const {
    return annotationTools_->annotations()->undoStack();
}

const core::RecordingInfo* SignalViewer::info() const {
    return rec_ ? &rec_->info() : nullptr;
}

double SignalViewer::duration() const {
    return reader_ ? reader_->timeline().duration() : 0.0;
}

bool SignalViewer::showsAnnotationsOnly() const {
    return stack_->currentIndex() == kAnnotationPage;
}

QString SignalViewer::statusText() const {
    return status_->text();
}

QString SignalViewer::cursorText() const {
    return cursor_->text();
}

QCustomPlot* SignalViewer::plot() const {
    return plot_->plot();
}

int SignalViewer::drawnSampleCount() const {
    return plot_->drawnPoints();
}

QStringList SignalViewer::traceNames() const {
    QStringList names;
    for (const core::Trace& t : traces_) names << t.name;
    return names;
}

void SignalViewer::fillMontages() {
    montages_ = {{tr("As recorded"), asRecorded()},
                 {tr("Average reference"), {tr("average"), core::Montage::Kind::Average, {}}}};
    // Only what applies here: linked ears with both ears, the banana with one of its pairs.
    const QStringList electrodes = reader_->electrodes();
    const core::Montage ears{tr("linked ears"), core::Montage::Kind::LinkedEars, {}};
    if (ears.appliesTo(electrodes)) montages_.push_back({tr("Linked ears (A1, A2)"), ears});
    if (core::Montage::doubleBanana().appliesTo(electrodes))
        montages_.push_back({tr("Double banana"), core::Montage::doubleBanana()});
    builtInMontages_ = montages_.size();
    montageBox_->clear();
    for (const NamedMontage& m : montages_) montageBox_->addItem(m.label);
    montageBox_->setCurrentIndex(0);
}

QStringList SignalViewer::montageNames() const {
    QStringList names;
    for (const NamedMontage& m : montages_) names << m.label;
    return names;
}

void SignalViewer::setMontageIndex(int index) {
    if (index >= 0 && index < montages_.size()) setMontage(montages_[index].montage);
}

bool SignalViewer::setMontage(const core::Montage& montage) {
    if (!reader_) return false;
    int index = -1;
    for (int i = 0; i < montages_.size() && index < 0; ++i)
        if (sameMontage(montages_[i].montage, montage)) index = i;
    if (index < 0) {  // the montage editor's own scheme: one entry, the latest
        montages_.resize(builtInMontages_);
        while (montageBox_->count() > builtInMontages_) montageBox_->removeItem(builtInMontages_);
        montages_.push_back({tr("Montage editor: %1").arg(montage.name), montage});
        montageBox_->addItem(montages_.back().label);
        index = montages_.size() - 1;
    }
    QString error;
    const bool ok = reader_->setMontage(montage, &error);
    if (!ok) {
        emit problem(tr("Montage not available: %1").arg(error));
        reader_->setMontage(asRecorded(), &error);
        index = 0;
    }
    montageBox_->setCurrentIndex(index);
    fillChannels();
    redraw();
    return ok;
}

void SignalViewer::fillChannels() {
    QVector<bool> shown;
    for (int i = 0; i < reader_->traceNames().size(); ++i)
        shown << (reader_->traceType(i) != core::DisplayType::Stim);  // status: hidden at first
    reader_->setShown(shown);
    channels_->setChannels(reader_->traceNames(), shown);
}

void SignalViewer::setShownTraces(const QVector<bool>& shown) {
    if (!reader_) return;
    reader_->setShown(shown);
    if (channels_->shown() != shown) channels_->setChannels(reader_->traceNames(), shown);
    redraw();
}

void SignalViewer::setTraceShown(int trace, bool shown) {
    QVector<bool> all = channels_->shown();
    if (trace < 0 || trace >= all.size()) return;
    all[trace] = shown;
    setShownTraces(all);
}

void SignalViewer::goTo(double seconds) {
    start_ = std::clamp(seconds, 0.0, std::max(0.0, duration() - page_));
    redraw();
}

void SignalViewer::nextPage() {
    if (!reader_) return;
    double target = start_ + page_;
    const double data = reader_->timeline().nextData(target);
    if (data >= target + page_ && data < duration()) target = data;  // skip a page of gap
    goTo(target);
}

void SignalViewer::previousPage() {
    if (!reader_) return;
    double target = start_ - page_;
    const double end = reader_->timeline().dataEndBefore(start_);
    if (end <= std::max(0.0, target)) target = end - page_;  // only gap in between
    goTo(target);
}

void SignalViewer::scrollByFraction(double fraction) {
    goTo(start_ + fraction * page_);
}

void SignalViewer::setPageSeconds(double seconds) {
    page_ = seconds;
    for (int i = 0; i < pageBox_->count(); ++i)
        if (pageBox_->itemData(i).toDouble() == seconds) pageBox_->setCurrentIndex(i);
    goTo(start_);
}

void SignalViewer::setMicrovoltsPerDivision(double uv) {
    scales_.zoom(uv / microvoltsPerDivision());
    for (int i = 0; i < gainBox_->count(); ++i)
        if (gainBox_->itemData(i).toDouble() == uv) gainBox_->setCurrentIndex(i);
    rescale();
}

// A new scale redraws the page already read: nothing to read again at the same width.
void SignalViewer::rescale() {
    if (!reader_ || traces_.isEmpty() || readWidth_ != plot_->pixelWidth()) return redraw();
    plot_->setPage(traces_, start_, page_, scales_);
}

void SignalViewer::zoomGain(int direction) {
    // More amplitude on screen means fewer microvolts per division.
    const int i =
        std::clamp(gainBox_->currentIndex() - direction, 0, int(std::size(kGainChoices)) - 1);
    setMicrovoltsPerDivision(kGainChoices[i]);
}

void SignalViewer::wheelTurned(int steps, Qt::KeyboardModifiers modifiers) {
    if (modifiers & Qt::ControlModifier)
        zoomGain(-steps);
    else if (modifiers & Qt::ShiftModifier)
        plot_->scrollLanes(steps * 3);
    else if (steps > 0)
        for (int i = 0; i < steps; ++i) nextPage();
    else
        for (int i = 0; i < -steps; ++i) previousPage();
}

void SignalViewer::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_PageDown:
            nextPage();
            break;
        case Qt::Key_PageUp:
            previousPage();
            break;
        case Qt::Key_Right:
            scrollByFraction(0.1);
            break;
        case Qt::Key_Left:
            scrollByFraction(-0.1);
            break;
        case Qt::Key_Down:
            plot_->scrollLanes(1);
            break;
        case Qt::Key_Up:
            plot_->scrollLanes(-1);
            break;
        case Qt::Key_Home:
            goTo(0);
            break;
        case Qt::Key_End:
            goTo(duration());
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomGain(1);
            break;
        case Qt::Key_Minus:
            zoomGain(-1);
            break;
        default:
            if (annotationKey(event->key())) break;
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

// A: annotate mode on or off; M: a marker at the time under the mouse; Delete: the selected
// annotation goes.
bool SignalViewer::annotationKey(int key) {
    if (!reader_ || stack_->currentIndex() != kPlotPage) return false;
    if (key == Qt::Key_A) {
        annotationTools_->setAnnotating(!annotationTools_->annotating());
    } else if (key == Qt::Key_M) {
        const QPoint at = plot()->mapFromGlobal(QCursor::pos());
        const bool inside = plot()->axisRect()->rect().contains(at);
        annotationTools_->addMarker(inside ? annotationTools_->mouse()->secondsAt(at.x())
                                           : start_ + page_ / 2);
    } else if (key == Qt::Key_Delete) {
        annotationTools_->deleteSelected();
    } else {
        return false;
    }
    return true;
}

void SignalViewer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) redraw();
    QWidget::changeEvent(event);
}

void SignalViewer::redraw() {
    if (!reader_ || stack_->currentIndex() != kPlotPage) return;
    QString error;
    readWidth_ = plot_->pixelWidth();
    if (!reader_->read(start_, page_, readWidth_, filters_, &traces_, &error)) {
        emit problem(error);
        return;
    }
    plot_->setDecorations(reader_->timeline().gaps(start_, start_ + page_),
                          reader_->timeline().joins(start_, start_ + page_), annotations());
    plot_->setPage(traces_, start_, page_, scales_);
    overview_->setPage(start_, page_);
    showStatus();
    emit pageChanged(start_, start_ + page_);
}

// Which lanes are on screen too when not all are: "21 of 21 traces" read as if all were.
void SignalViewer::showStatus() {
    QString text = tr("%1 - %2 s of %3 s, %4 of %5 traces")
                       .arg(start_, 0, 'f', 1)
                       .arg(start_ + page_, 0, 'f', 1)
                       .arg(duration(), 0, 'f', 1)
                       .arg(traces_.size())
                       .arg(reader_->traceNames().size());
    const int first = plot_->firstLane(), shown = plot_->visibleLanes();
    if (shown < traces_.size())
        text += tr(", %1-%2 on screen (Up/Down or Shift+wheel for the others)")
                    .arg(first + 1)
                    .arg(std::min<int>(first + shown, traces_.size()));
    status_->setText(text);
}

}  // namespace alfee::ui
