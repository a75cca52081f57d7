// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/fif_source.h"

#include <zlib.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/recording/fif_links.h"
#include "core/recording/whole_file.h"

namespace alfee::core {

namespace {

// Times beyond about the year 5000 are damage, not dates; in 100 ns units they would overflow.
constexpr double kLatestStartSeconds = 1e11;

// FIF's numbers (MNE's io/constants.py).
enum : qint32 {
    kFileId = 100,
    kBlockStart = 104,
    kBlockEnd = 105,
    kNchan = 200,
    kSfreq = 201,
    kChInfo = 203,
    kMeasDate = 204,
    kComment = 206,
    kFirstSample = 208,
    kRefRole = 115,
    kRefFileNum = 117,
    kRefFileName = 118,
    kDataBuffer = 300,
    kDataSkip = 301,
    kDataSkipSamp = 303,
    kBaselineMin = 3568,
    kBaselineMax = 3569,
};
enum : qint32 {
    kMeasInfoBlock = 101,
    kRawBlock = 102,
    kContinuousBlock = 112,
    kRefBlock = 118,
    kIasRawBlock = 119,
    kProjItemBlock = 314,
    kCtfCompBlock = 370,
    kAnnotationsBlock = 3810,
};
enum : qint32 { kShort = 2, kInt = 3, kFloat = 4, kDouble = 5, kDauPack16 = 16 };
constexpr qint32 kRoleNextFile = 2;  // FIFFV_ROLE_NEXT_FILE
constexpr int kMostParts = 1000;     // a split recording of 2 TB in MNE's 2 GB parts

struct Tag {
    qint32 kind = 0, type = 0, size = 0, next = 0;
    qint64 data = 0;  // position of the content
};

// A raw data buffer: its tag, how many samples per channel it holds, and the part it is in.
struct Buffer {
    Tag tag;
    qint64 samples = 0;
    int part = 0;
};

template <typename T>
T be(const QByteArray& bytes, qint64 at) {
    return qFromBigEndian<T>(bytes.constData() + at);
}

float beFloat(const QByteArray& bytes, qint64 at) {
    const quint32 raw = be<quint32>(bytes, at);
    float v;
    std::memcpy(&v, &raw, sizeof v);
    return v;
}

double beDouble(const QByteArray& bytes, qint64 at) {
    const quint64 raw = be<quint64>(bytes, at);
    double v;
    std::memcpy(&v, &raw, sizeof v);
    return v;
}

QString unitText(qint32 unit, qint32 mul) {
    const QString base = unit == 107 ? "V" : unit == 112 ? "T" : unit == 201 ? "T/m" : "";
    if (base.isEmpty() || mul == 0) return base;
    if (mul == -3) return "m" + base;
    if (mul == -6) return "u" + base;
    if (mul == -9) return "n" + base;
    return QStringLiteral("1e%1 %2").arg(mul).arg(base);
}

// A .fif.gz as MNE writes it: one gzip stream, inflated whole (up to kMaxWholeFileBytes).
bool gunzip(QByteArray* bytes, QString* why) {
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) return false;  // 16: gzip wrapping
    QByteArray out;
    char buffer[1 << 16];
    z.next_in = reinterpret_cast<Bytef*>(bytes->data());
    z.avail_in = uInt(bytes->size());
    int status = Z_OK;
    while (status == Z_OK && out.size() <= kMaxWholeFileBytes) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END) {
        *why = QCoreApplication::translate("alfee::core",
                                           "its gzip compression is damaged or cut short");
        return false;
    }
    *bytes = std::move(out);
    return true;
}

}  // namespace

// One pass over the tags of each part of a recording held in memory: the file itself, then the
// files a split recording continues in (MNE writes parts of 2 GB at most, each a FIF file with
// its own measurement info and a reference to the next part's file name).
class FifParse {
  public:
    FifParse(FifSource& s, QVector<HeaderIssue>* issues) : src_(s), issues_(issues) {}

    // Reads the tags of the next part; its data continues the parts before.
    bool part(QByteArray bytes, QString* why) {
        parts_ << std::move(bytes);
        bytes_ = &parts_.back();
        blocks_.clear(), nextFile_.clear(), nextNumber_ = 0, role_ = 0;
        Tag tag;
        if (!tagAt(0, &tag) || tag.kind != kFileId) {
            *why = QCoreApplication::translate(
                "alfee::core", "not a FIF file (it does not start with a file id tag)");
            return false;
        }
        qint64 pos = 0;
        for (qint64 guard = 0; guard < bytes_->size() / 16 + 1 && tagAt(pos, &tag); ++guard) {
            if (!handle(tag, why)) return false;
            if (tag.next == -1) break;
            pos = tag.next > 0 ? qint64(tag.next) : tag.data + tag.size;
        }
        return true;
    }

    // The file the part just read continues in (fif_links.h); empty at the end.
    QString nextFile(const QString& current) const {
        return nextFifPartName(current, {nextFile_, nextNumber_, false});
    }

    int partsRead() const { return int(parts_.size()); }

  private:
    bool tagAt(qint64 pos, Tag* t) const {
        const QByteArray& b = *bytes_;
        if (pos < 0 || pos + 16 > b.size()) return false;
        *t = {be<qint32>(b, pos), be<qint32>(b, pos + 4), be<qint32>(b, pos + 8),
              be<qint32>(b, pos + 12), pos + 16};
        return t->size >= 0 && t->data + t->size <= b.size();
    }
    qint32 block() const { return blocks_.isEmpty() ? 0 : blocks_.back(); }
    qint32 intAt(const Tag& t, int i = 0) const {
        return t.size >= 4 * (i + 1) ? be<qint32>(*bytes_, t.data + 4 * i) : 0;
    }

    bool handle(const Tag& t, QString* why) {
        if (t.kind == kBlockStart) blocks_ << intAt(t);
        if (t.kind == kBlockEnd && !blocks_.isEmpty()) blocks_.pop_back();
        if (t.kind == kBlockStart && intAt(t) == kProjItemBlock && parts_.size() == 1)
            ++projectors_;
        if (t.kind == kBlockStart && intAt(t) == kCtfCompBlock) compensation_ = true;
        // Each part repeats the measurement info; MNE takes the annotations of the first.
        const bool first = parts_.size() == 1;
        if (block() == kMeasInfoBlock && first) measInfo(t);
        if (block() == kAnnotationsBlock && first) annotation(t);
        if (block() == kRefBlock) reference(t);
        const bool raw =
            block() == kRawBlock || block() == kContinuousBlock || block() == kIasRawBlock;
        return !raw || rawData(t, why);
    }

    // A reference block names the file before or after this part; MNE follows the next one.
    void reference(const Tag& t) {
        if (t.kind == kRefRole) role_ = intAt(t);
        if (role_ != kRoleNextFile) return;
        if (t.kind == kRefFileName)
            nextFile_ = QString::fromUtf8(bytes_->mid(t.data, t.size)).remove(QChar(0));
        if (t.kind == kRefFileNum) nextNumber_ = intAt(t);
    }

    void measInfo(const Tag& t) {
        if (t.kind == kNchan) nchan_ = intAt(t);
        if (t.kind == kSfreq && t.size >= 4) sfreq_ = beFloat(*bytes_, t.data);
        if (t.kind == kMeasDate && t.size >= 8)
            measDate_ = intAt(t) + intAt(t, 1) / 1e6, dated_ = true;
        if (t.kind == kChInfo && t.size >= 96) channel(t.data);
    }

    // The 96-byte channel info: scan no, log no, kind, range, cal, coil type, loc[12], unit,
    // unit multiplier, name[16].
    void channel(qint64 at) {
        SignalInfo s;
        s.headerIndex = src_.info_.signalInfos.size();
        const qint32 kind = be<qint32>(*bytes_, at + 8);
        src_.calibration_ << double(beFloat(*bytes_, at + 12)) * double(beFloat(*bytes_, at + 16)) *
                                 std::pow(10.0, be<qint32>(*bytes_, at + 76));
        s.unit = unitText(be<qint32>(*bytes_, at + 72), 0);
        s.transducer = kind == 2     ? "EEG"
                       : kind == 1   ? "MEG"
                       : kind == 3   ? "STIM"
                       : kind == 202 ? "EOG"
                       : kind == 402 ? "ECG"
                       : kind == 302 ? "EMG"
                                     : "";
        const QByteArray name = bytes_->mid(at + 80, 16);
        s.label = QString::fromLatin1(name.left(name.indexOf('\0') < 0 ? 16 : name.indexOf('\0')));
        s.samplesPerRecord = 1;
        src_.info_.signalInfos << s;
    }

    void annotation(const Tag& t) {
        QVector<float>* target = t.kind == kBaselineMin   ? &onsets_
                                 : t.kind == kBaselineMax ? &ends_
                                                          : nullptr;
        for (qint64 i = 0; target && i + 4 <= t.size; i += 4)
            *target << beFloat(*bytes_, t.data + i);
        if (t.kind == kComment) names_ = QString::fromUtf8(bytes_->mid(t.data, t.size)).split(':');
        if (t.kind == kMeasDate) annotationsFromMeasDate_ = true;
    }

    bool rawData(const Tag& t, QString* why) {
        if (t.kind == kFirstSample && parts_.size() == 1) firstSample_ = intAt(t);
        if (t.kind == kDataSkip) pendingBuffers_ += intAt(t);  // of the next buffer's size
        if (t.kind == kDataSkipSamp) pending_ += intAt(t);
        if (t.kind != kDataBuffer) return true;
        const int width = t.type == kDouble                            ? 8
                          : (t.type == kShort || t.type == kDauPack16) ? 2
                                                                       : 4;
        if (nchan_ <= 0 || src_.info_.signalInfos.size() != nchan_ ||
            !(t.type == kShort || t.type == kInt || t.type == kFloat || t.type == kDouble ||
              t.type == kDauPack16)) {
            *why = QCoreApplication::translate(
                "alfee::core",
                "a data buffer comes before the channel info, or of a type this reader does not "
                "know");
            return false;
        }
        const qint64 n = t.size / (qint64(width) * nchan_);
        pending_ += pendingBuffers_ * n, pendingBuffers_ = 0;
        if (pending_ > 0 || segments_.isEmpty()) startSegment();
        buffers_.push_back({t, n, int(parts_.size()) - 1});
        segments_.back().recordCount += n;
        stored_ += n;
        return true;
    }

    void startSegment() {
        segments_.push_back({stored_, 0, (stored_ + skipped_ + pending_) / sfreq_});
        skipped_ += pending_, pending_ = 0;
    }

  public:
    bool finish(QString* why) {
        RecordingInfo& info = src_.info_;
        if (nchan_ <= 0 || !(sfreq_ > 0) || info.signalInfos.size() != nchan_ || stored_ == 0) {
            *why = QCoreApplication::translate(
                "alfee::core",
                "no raw data with its channel info and sampling rate (an evoked or epochs file?)");
            return false;
        }
        info.format = QStringLiteral("FIF");
        info.records = stored_, info.recordDuration = 1.0 / sfreq_;
        info.segments = segments_;
        if (dated_) setStart();
        decodeBuffers();
        describeSignals();
        makeAnnotations();
        sayWhatIsNotApplied();
        return true;
    }

  private:
    void setStart() {
        const double t = measDate_ + firstSample_ / sfreq_;
        if (!(std::abs(t) < kLatestStartSeconds)) {  // NaN too (found by fuzz/)
            warn(QCoreApplication::translate(
                "alfee::core", "its measurement date is not a time: the start is left unknown"));
            return;
        }
        src_.info_.start = QDateTime::fromSecsSinceEpoch(qint64(std::floor(t)), Qt::UTC);
        src_.info_.startSubsecond100ns = std::llround((t - std::floor(t)) * 1e7);
    }

    void decodeBuffers() {
        src_.samples_.resize(nchan_);
        for (auto& channel : src_.samples_) channel.reserve(size_t(stored_));
        for (const Buffer& b : buffers_)
            for (qint64 i = 0; i < b.samples; ++i)
                for (int c = 0; c < nchan_; ++c)
                    src_.samples_[c].push_back(
                        float(stored(b, i * nchan_ + c) * src_.calibration_[c]));
    }

    double stored(const Buffer& b, qint64 k) const {
        const QByteArray& bytes = parts_[b.part];
        const Tag& t = b.tag;
        switch (t.type) {
            case kShort:
            case kDauPack16:
                return be<qint16>(bytes, t.data + 2 * k);
            case kInt:
                return be<qint32>(bytes, t.data + 4 * k);
            case kFloat:
                return beFloat(bytes, t.data + 4 * k);
            default:
                return beDouble(bytes, t.data + 8 * k);
        }
    }

    void describeSignals() {
        for (int c = 0; c < nchan_; ++c) {
            SignalInfo& s = src_.info_.signalInfos[c];
            s.rateHz = sfreq_, s.samples = stored_;
            const auto [low, high] =
                std::minmax_element(src_.samples_[c].begin(), src_.samples_[c].end());
            s.physMin = *low, s.physMax = *high;
            const double cal = src_.calibration_[c] != 0 ? src_.calibration_[c] : 1.0;
            s.digMin = std::llround(s.physMin / cal), s.digMax = std::llround(s.physMax / cal);
        }
    }

    // MNE times annotations from the measurement start (with a date in their block): from the
    // first sample here.
    void makeAnnotations() {
        const double shift = annotationsFromMeasDate_ ? firstSample_ / sfreq_ : 0.0;
        const double end = src_.info_.durationSeconds();
        int outside = 0;
        for (int i = 0; i < onsets_.size() && i < names_.size(); ++i) {
            const double onset = onsets_[i] - shift;
            if (!(onset >= 0 && onset < end)) {  // NaN too (found by fuzz/)
                ++outside;
                continue;
            }
            Annotation a;
            a.onset100ns = std::llround(onset * 1e7);
            if (i < ends_.size() && ends_[i] > onsets_[i] &&
                double(ends_[i]) - onsets_[i] < kLatestStartSeconds)
                a.duration100ns = std::llround((double(ends_[i]) - onsets_[i]) * 1e7);
            a.text = QString(names_[i]).replace("{COLON}", ":");
            src_.info_.annotations << a;
        }
        if (outside)
            warn(QCoreApplication::translate("alfee::core",
                                             "%1 annotations lie outside the data and are left out")
                     .arg(outside));
    }

    void sayWhatIsNotApplied() {
        if (projectors_ > 0)
            warn(QCoreApplication::translate(
                     "alfee::core", "%1 projectors (SSP) are stored in the file and not applied")
                     .arg(projectors_));
        if (compensation_)
            warn(QCoreApplication::translate(
                "alfee::core", "CTF compensation is stored in the file and not applied"));
    }

  public:
    void warn(const QString& what) {
        issues_->push_back({HeaderIssue::Severity::Warning, QStringLiteral("FIF"), what});
    }

  private:
    FifSource& src_;
    QVector<HeaderIssue>* issues_;
    QVector<QByteArray> parts_;          // every part read, in order
    const QByteArray* bytes_ = nullptr;  // the part being read
    QVector<qint32> blocks_;
    QString nextFile_;  // this part's reference to the next part
    qint32 nextNumber_ = 0, role_ = 0;
    int nchan_ = 0, projectors_ = 0;
    double sfreq_ = 0, measDate_ = 0;
    bool dated_ = false, compensation_ = false, annotationsFromMeasDate_ = false;
    qint64 firstSample_ = 0, stored_ = 0, skipped_ = 0, pending_ = 0, pendingBuffers_ = 0;
    QVector<Buffer> buffers_;
    QVector<Segment> segments_;
    QVector<float> onsets_, ends_;
    QStringList names_;
};

namespace {

bool readPart(const QString& path, QByteArray* bytes, QString* why) {
    if (!readWholeFile(path, bytes, why)) return false;
    return !path.endsWith(".gz", Qt::CaseInsensitive) || gunzip(bytes, why);
}

// The file a part names as the next one, in the same folder; empty (and said) when the name is
// not a plain file name, the file is missing, or the parts go round in a circle.
QString nextPart(const QString& current, const QString& name, const QSet<QString>& seen,
                 FifParse& parse) {
    if (name.isEmpty()) return {};
    const QString path = QFileInfo(current).dir().filePath(name);
    QString problem;
    if (QFileInfo(name).fileName() != name)
        problem = QCoreApplication::translate("alfee::core", "is not a file name");
    else if (!QFileInfo::exists(path))
        problem = QCoreApplication::translate("alfee::core", "is not there");
    else if (seen.contains(QFileInfo(path).canonicalFilePath()) || seen.size() >= kMostParts)
        problem = QCoreApplication::translate("alfee::core", "is a part already read");
    if (problem.isEmpty()) return path;
    parse.warn(QCoreApplication::translate("alfee::core",
                                           "the recording continues in '%1', which %2: the %3 "
                                           "part(s) before it are read")
                   .arg(name, problem)
                   .arg(parse.partsRead()));
    return {};
}

}  // namespace

std::unique_ptr<FifSource> FifSource::open(const QString& path, QVector<HeaderIssue>* issues,
                                           QString* why) {
    std::unique_ptr<FifSource> source(new FifSource);
    source->info_.path = path;
    FifParse parse(*source, issues);
    QSet<QString> seen;
    for (QString part = path; !part.isEmpty();) {
        QByteArray bytes;
        QString problem;
        if (!readPart(part, &bytes, &problem) || !parse.part(std::move(bytes), &problem)) {
            *why = part == path ? problem
                                : QCoreApplication::translate("alfee::core",
                                                              "its part '%1' cannot be read: %2")
                                      .arg(QFileInfo(part).fileName(), problem);
            return nullptr;
        }
        seen.insert(QFileInfo(part).canonicalFilePath());
        part = nextPart(part, parse.nextFile(part), seen, parse);
    }
    if (!parse.finish(why)) return nullptr;
    return source;
}

bool FifSource::readPhysical(int signal, qint64 start, qint64 count, double* out, QString*) {
    std::copy_n(samples_[signal].begin() + start, count, out);
    return true;
}

bool FifSource::readDigital(int signal, qint64 start, qint64 count, qint32* out, QString*) {
    const double cal = calibration_[signal] != 0 ? calibration_[signal] : 1.0;
    for (qint64 i = 0; i < count; ++i)
        out[i] = qint32(std::clamp(std::round(samples_[signal][size_t(start + i)] / cal),
                                   -2147483647.0, 2147483647.0));
    return true;
}

}  // namespace alfee::core
