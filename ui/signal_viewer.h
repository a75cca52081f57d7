#pragma once
// The signal viewer: stacked channels of a montage, clinical scaling, keyboard paging,
// annotations as labelled spans. Reads only the page on screen (core::PageReader).

#include <QWidget>
#include <memory>

#include "core/recording/recording.h"
#include "core/viewer/page_reader.h"

class QCustomPlot;
class QComboBox;
class QCheckBox;
class QLabel;
class QToolButton;

namespace alfee::ui {

// A page-at-a-time EEG browser for one recording.
class SignalViewer : public QWidget {
    Q_OBJECT
  public:
    explicit SignalViewer(QWidget* parent = nullptr);
    ~SignalViewer() override;

    // Opens `path` with the mapping (the label rules' mapping when none is given).
    bool openRecording(const QString& path, QString* error,
                       const core::ChannelMapping* mapping = nullptr);
    bool hasRecording() const { return rec_ != nullptr; }
    const core::RecordingInfo* info() const;

    void goTo(double seconds);  // first second of the page, clamped to the recording
    void nextPage() { goTo(start_ + page_); }
    void previousPage() { goTo(start_ - page_); }
    void setPageSeconds(double seconds);
    void setMicrovoltsPerDivision(double uv);
    void setMontageIndex(int index);  // 0 as recorded, 1 average, 2 linked ears, 3 double banana
    void setFilters(const core::ViewFilters& filters);
    // Shows or hides one trace of the current montage (channel selection).
    void setTraceShown(int trace, bool shown);

    double pageStart() const { return start_; }
    double pageSeconds() const { return page_; }
    double microvoltsPerDivision() const { return gain_; }
    int drawnSampleCount() const { return drawn_; }
    int traceCount() const { return traceCount_; }
    QCustomPlot* plot() const { return plot_; }

  signals:
    void pageChanged(double start, double end);
    void problem(const QString& message);

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    QWidget* makeToolbar();
    void fillChannelMenu();
    void redraw();
    void drawAnnotations();
    void applyColours();
    double duration() const;

    std::unique_ptr<core::Recording> rec_;
    std::unique_ptr<core::PageReader> reader_;
    core::ViewFilters filters_;
    QCustomPlot* plot_ = nullptr;
    QComboBox *pageBox_ = nullptr, *gainBox_ = nullptr, *montageBox_ = nullptr;
    QCheckBox *bandpassBox_ = nullptr, *notchBox_ = nullptr;
    QLabel* status_ = nullptr;
    QToolButton* channels_ = nullptr;
    QVector<bool> shown_;
    double start_ = 0, page_ = 10, gain_ = 50;
    int drawn_ = 0, traceCount_ = 0;
};

}  // namespace alfee::ui
