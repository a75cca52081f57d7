#include "ui/signal_viewer.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace alfee::ui {
namespace {

const double kPageChoices[] = {1, 2, 5, 10, 20, 30, 60};
const double kGainChoices[] = {5, 10, 20, 50, 100, 200, 500, 1000};

core::Montage montageAt(int index) {
    switch (index) {
        case 1:
            return {"average", core::Montage::Kind::Average, {}};
        case 2:
            return {"linked ears", core::Montage::Kind::LinkedEars, {}};
        case 3:
            return core::Montage::doubleBanana();
        default:
            return {"as recorded", core::Montage::Kind::AsRecorded, {}};
    }
}

}  // namespace

SignalViewer::SignalViewer(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    plot_ = new QCustomPlot(this);
    plot_->setFocusPolicy(Qt::NoFocus);
    plot_->setNotAntialiasedElements(QCP::aeAll);  // many points: speed before smoothness
    plot_->xAxis->setLabel(tr("Time (s)"));
    status_ = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeToolbar());
    layout->addWidget(plot_, 1);
    layout->addWidget(status_);
    applyColours();
}

SignalViewer::~SignalViewer() = default;

QWidget* SignalViewer::makeToolbar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 2);
    pageBox_ = new QComboBox(bar);
    for (double s : kPageChoices) pageBox_->addItem(tr("%1 s/page").arg(s), s);
    pageBox_->setCurrentIndex(3);
    gainBox_ = new QComboBox(bar);
    for (double g : kGainChoices) gainBox_->addItem(tr("%1 µV/div").arg(g), g);
    gainBox_->setCurrentIndex(3);
    montageBox_ = new QComboBox(bar);
    montageBox_->addItems(
        {tr("As recorded"), tr("Average reference"), tr("Linked ears"), tr("Double banana")});
    bandpassBox_ = new QCheckBox(tr("Band-pass 0.5-45 Hz"), bar);
    notchBox_ = new QCheckBox(tr("Notch 50 Hz"), bar);
    channels_ = new QToolButton(bar);
    channels_->setText(tr("Channels"));
    channels_->setPopupMode(QToolButton::InstantPopup);
    channels_->setMenu(new QMenu(channels_));
    for (QWidget* w : {static_cast<QWidget*>(pageBox_), static_cast<QWidget*>(gainBox_),
                       static_cast<QWidget*>(montageBox_), static_cast<QWidget*>(bandpassBox_),
                       static_cast<QWidget*>(notchBox_), static_cast<QWidget*>(channels_)}) {
        w->setFocusPolicy(Qt::NoFocus);
        row->addWidget(w);
    }
    row->addStretch();
    connect(pageBox_, &QComboBox::activated, this,
            [this](int i) { setPageSeconds(pageBox_->itemData(i).toDouble()); });
    connect(gainBox_, &QComboBox::activated, this,
            [this](int i) { setMicrovoltsPerDivision(gainBox_->itemData(i).toDouble()); });
    connect(montageBox_, &QComboBox::activated, this, &SignalViewer::setMontageIndex);
    auto filtersChanged = [this] {
        core::ViewFilters f = filters_;
        f.bandpass = bandpassBox_->isChecked();
        f.notch = notchBox_->isChecked();
        setFilters(f);
    };
    connect(bandpassBox_, &QCheckBox::toggled, this, filtersChanged);
    connect(notchBox_, &QCheckBox::toggled, this, filtersChanged);
    return bar;
}

bool SignalViewer::openRecording(const QString& path, QString* error,
                                 const core::ChannelMapping* mapping) {
    auto rec = core::Recording::open(path, error);
    if (!rec) return false;
    rec_ = std::move(rec);
    const core::ChannelMapping m =
        mapping ? *mapping : core::ChannelMapping::fromRecording(rec_->info());
    reader_ = std::make_unique<core::PageReader>(*rec_, m);
    montageBox_->setCurrentIndex(0);
    start_ = 0;
    fillChannelMenu();
    redraw();
    return true;
}

const core::RecordingInfo* SignalViewer::info() const {
    return rec_ ? &rec_->info() : nullptr;
}

double SignalViewer::duration() const {
    return rec_ ? rec_->info().recordedSeconds() : 0.0;
}

void SignalViewer::goTo(double seconds) {
    start_ = std::clamp(seconds, 0.0, std::max(0.0, duration() - page_));
    redraw();
}

void SignalViewer::setPageSeconds(double seconds) {
    page_ = seconds;
    for (int i = 0; i < pageBox_->count(); ++i)
        if (pageBox_->itemData(i).toDouble() == seconds) pageBox_->setCurrentIndex(i);
    goTo(start_);
}

void SignalViewer::setMicrovoltsPerDivision(double uv) {
    gain_ = uv;
    for (int i = 0; i < gainBox_->count(); ++i)
        if (gainBox_->itemData(i).toDouble() == uv) gainBox_->setCurrentIndex(i);
    redraw();
}

void SignalViewer::setMontageIndex(int index) {
    if (!reader_) return;
    QString error;
    if (!reader_->setMontage(montageAt(index), &error)) {
        emit problem(tr("Montage not available: %1").arg(error));
        montageBox_->setCurrentIndex(0);
        reader_->setMontage(montageAt(0), &error);
    } else {
        montageBox_->setCurrentIndex(index);
    }
    fillChannelMenu();
    redraw();
}

void SignalViewer::setFilters(const core::ViewFilters& filters) {
    filters_ = filters;
    bandpassBox_->setChecked(filters.bandpass);
    notchBox_->setChecked(filters.notch);
    redraw();
}

void SignalViewer::fillChannelMenu() {
    QMenu* menu = channels_->menu();
    menu->clear();
    const QStringList names = reader_->traceNames();
    shown_ = QVector<bool>(names.size(), true);
    reader_->setShown(shown_);
    for (int i = 0; i < names.size(); ++i) {
        QAction* a = menu->addAction(names[i]);
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, i](bool on) { setTraceShown(i, on); });
    }
}

void SignalViewer::setTraceShown(int trace, bool shown) {
    if (!reader_ || trace < 0 || trace >= shown_.size()) return;
    shown_[trace] = shown;
    reader_->setShown(shown_);
    redraw();
}

void SignalViewer::keyPressEvent(QKeyEvent* event) {
    const int step = gainBox_->currentIndex();
    switch (event->key()) {
        case Qt::Key_PageDown:
        case Qt::Key_Right:
            nextPage();
            break;
        case Qt::Key_PageUp:
        case Qt::Key_Left:
            previousPage();
            break;
        case Qt::Key_Home:
            goTo(0);
            break;
        case Qt::Key_End:
            goTo(duration());
            break;
        // Gain up means more amplitude on screen: fewer microvolts per division.
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            setMicrovoltsPerDivision(kGainChoices[std::max(0, step - 1)]);
            break;
        case Qt::Key_Minus:
            setMicrovoltsPerDivision(
                kGainChoices[std::min<int>(std::size(kGainChoices) - 1, step + 1)]);
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

void SignalViewer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        redraw();
    }
    QWidget::changeEvent(event);
}

void SignalViewer::applyColours() {
    const QPalette p = palette();
    plot_->setBackground(p.color(QPalette::Base));
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(p.color(QPalette::Text)));
        axis->setTickPen(QPen(p.color(QPalette::Text)));
        axis->setSubTickPen(QPen(p.color(QPalette::Text)));
        axis->setTickLabelColor(p.color(QPalette::Text));
        axis->setLabelColor(p.color(QPalette::Text));
        axis->grid()->setPen(QPen(p.color(QPalette::Mid), 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
}

void SignalViewer::redraw() {
    plot_->clearGraphs();
    plot_->clearItems();
    drawn_ = 0;
    traceCount_ = 0;
    if (!reader_) {
        plot_->replot();
        return;
    }
    QVector<core::Trace> traces;
    QString error;
    const int pixels = std::max(100, plot_->axisRect()->width());
    if (!reader_->read(start_, page_, pixels, filters_, &traces, &error)) {
        emit problem(error);
        return;
    }
    traceCount_ = traces.size();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const QPen pen(palette().color(QPalette::Text), 1);
    for (int i = 0; i < traces.size(); ++i) {
        const double offset = traces.size() - 1 - i;  // first trace at the top
        QVector<double> y(traces[i].y.size());
        for (int k = 0; k < y.size(); ++k) y[k] = offset + traces[i].y[k] / gain_;
        QCPGraph* g = plot_->addGraph();
        g->setPen(pen);
        g->setAdaptiveSampling(false);
        g->setData(traces[i].x, y, true);
        drawn_ += y.size();
        ticker->addTick(offset, traces[i].name);
    }
    plot_->yAxis->setTicker(ticker);
    QFont labels = font();
    labels.setPointSizeF(traces.size() > 40 ? 6.5 : traces.size() > 24 ? 8 : 9);
    plot_->yAxis->setTickLabelFont(labels);
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setRange(-1, traces.size());
    plot_->xAxis->setRange(start_, start_ + page_);
    drawAnnotations();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    status_->setText(tr("%1 - %2 s of %3 s, %4 traces, %5 points drawn")
                         .arg(start_, 0, 'f', 1)
                         .arg(start_ + page_, 0, 'f', 1)
                         .arg(duration(), 0, 'f', 1)
                         .arg(traceCount_)
                         .arg(drawn_));
    emit pageChanged(start_, start_ + page_);
}

void SignalViewer::drawAnnotations() {
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlpha(70);
    for (const core::Annotation& a : rec_->info().annotations) {
        const double on = a.onsetSeconds(), off = on + std::max(a.durationSeconds(), page_ / 400);
        if (off < start_ || on > start_ + page_) continue;
        // A band along the top for the event's extent and a line at its onset: back-to-back
        // events (EEGMMIDB's T0/T1/T2) would otherwise tint the whole page.
        auto* span = new QCPItemRect(plot_);
        span->topLeft->setCoords(on, traceCount_);
        span->bottomRight->setCoords(off, traceCount_ - 0.9);
        span->setPen(Qt::NoPen);
        span->setBrush(fill);
        auto* line = new QCPItemStraightLine(plot_);
        line->point1->setCoords(on, 0);
        line->point2->setCoords(on, 1);
        line->setPen(QPen(highlight, 1, Qt::DashLine));
        auto* label = new QCPItemText(plot_);
        label->position->setCoords(on, traceCount_ - 0.2);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setText(a.text);
        label->setColor(palette().color(QPalette::Text));
        label->setClipToAxisRect(true);
    }
}

}  // namespace alfee::ui
