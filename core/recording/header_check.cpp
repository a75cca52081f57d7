// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/header_check.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alfee::core {
namespace {

using Severity = HeaderIssue::Severity;

class Checker {
  public:
    explicit Checker(const EdfHeader& h) : h_(h) {}

    QVector<HeaderIssue> run() {
        checkVersion();
        checkPrintable();
        checkCounts();
        checkDateTime();
        if (h_.isPlus()) checkPlusFields();
        for (int i = 0; i < h_.signalHeaders.size(); ++i) checkSignal(i);
        checkDuplicateLabels();
        checkFileSize();
        return issues_;
    }

  private:
    void add(Severity s, const QString& where, const QString& what) {
        issues_.push_back({s, where, what});
    }
    void warn(const QString& where, const QString& what) { add(Severity::Warning, where, what); }
    void error(const QString& where, const QString& what) { add(Severity::Error, where, what); }

    QString signalName(int i) const {
        return QStringLiteral("signal %1 '%2'")
            .arg(i + 1)
            .arg(QString::fromLatin1(h_.signalHeaders[i].label));
    }

    void checkVersion() {
        if (h_.bdf && h_.version.mid(1) != "BIOSEMI")
            warn("version", "a BDF file should start with 0xFF followed by 'BIOSEMI'");
        if (!h_.bdf && h_.version != "0       ")
            warn("version", QStringLiteral("'%1' where EDF wants '0' and seven spaces")
                                .arg(QString::fromLatin1(h_.version)));
    }

    static bool printable(const QByteArray& text) {
        for (char c : text)
            if (static_cast<unsigned char>(c) < 32 || static_cast<unsigned char>(c) > 126)
                return false;
        return true;
    }

    void checkPrintable() {
        const std::pair<const char*, const QByteArray*> fields[] = {{"patient", &h_.patient},
                                                                    {"recording", &h_.recording},
                                                                    {"start date", &h_.startDate},
                                                                    {"start time", &h_.startTime},
                                                                    {"reserved", &h_.reserved}};
        for (const auto& [name, text] : fields)
            if (!printable(*text)) warn(name, "holds characters outside printable ASCII (32..126)");
        for (int i = 0; i < h_.signalHeaders.size(); ++i) {
            const auto& s = h_.signalHeaders[i];
            for (const QByteArray* t : {&s.label, &s.transducer, &s.unit, &s.prefilter})
                if (!printable(*t)) {
                    warn(signalName(i), "a text field holds characters outside printable ASCII");
                    break;
                }
        }
    }

    void checkCounts() {
        if (!h_.headerBytesOk || h_.headerBytes != 256LL * (h_.signalCount + 1))
            error("header size", QCoreApplication::translate(
                                     "alfee::core", "says '%1' bytes, but %2 signals need %3")
                                     .arg(QString::fromLatin1(h_.headerBytesText))
                                     .arg(h_.signalCount)
                                     .arg(256 * (h_.signalCount + 1)));
        if (h_.signalCount < 1) error("number of signals", "the file has no signals");
        if (!h_.recordsOk)
            error("number of data records",
                  QCoreApplication::translate("alfee::core", "'%1' is not a whole number")
                      .arg(QString::fromLatin1(h_.recordsText)));
        else if (h_.records == -1)
            warn("number of data records", "is -1 (recording not closed); counted from file size");
        else if (h_.records < 0)
            error("number of data records",
                  QCoreApplication::translate("alfee::core", "is negative (%1)").arg(h_.records));
        if (!h_.durationOk || h_.recordDuration < 0)
            error("data record duration",
                  QCoreApplication::translate("alfee::core", "'%1' is not a duration in seconds")
                      .arg(QString::fromLatin1(h_.durationText)));
        else if (h_.recordDuration == 0 && !h_.dataSignals().isEmpty())
            error("data record duration", "is 0 s although the file has data signals");
    }

    void checkDateTime() {
        static const QRegularExpression pattern(R"(^\d\d\.\d\d\.\d\d$)");
        if (!pattern.match(QString::fromLatin1(h_.startDate)).hasMatch())
            warn("start date",
                 QStringLiteral("'%1' is not dd.mm.yy").arg(QString::fromLatin1(h_.startDate)));
        if (!pattern.match(QString::fromLatin1(h_.startTime)).hasMatch())
            warn("start time",
                 QStringLiteral("'%1' is not hh.mm.ss").arg(QString::fromLatin1(h_.startTime)));
    }

    void checkPlusFields() {
        const bool mismatched =
            h_.bdf ? h_.reserved.startsWith("EDF+") : h_.reserved.startsWith("BDF+");
        if (mismatched)
            warn("reserved", QStringLiteral("a %1 file says '%2'; read as %3")
                                 .arg(h_.bdf ? "BDF" : "EDF")
                                 .arg(QString::fromLatin1(h_.reserved.left(5)))
                                 .arg(h_.isDiscontinuous() ? "discontinuous" : "continuous"));
        if (h_.patient.split(' ').size() < 4)
            warn("patient",
                 "EDF+ wants four space-separated subfields (code, sex, birthdate, "
                 "name)");
        if (!h_.recording.startsWith("Startdate "))
            warn("recording", "EDF+ wants this field to start with 'Startdate '");
        if (h_.annotationSignals().isEmpty())
            warn("signals", "an EDF+ file without an annotation signal; read as plain EDF");
    }

    void checkSignal(int i) {
        const auto& s = h_.signalHeaders[i];
        const QString name = signalName(i);
        if (!s.samplesOk || s.samplesPerRecord < 1) {
            error(name, QCoreApplication::translate(
                            "alfee::core", "samples per record '%1' is not a positive number")
                            .arg(QString::fromLatin1(s.samplesText)));
            return;
        }
        if (!s.digMinOk || !s.digMaxOk || !s.physMinOk || !s.physMaxOk) {
            error(name, "a physical or digital minimum or maximum is not a number");
            return;
        }
        const qint64 lo = h_.bdf ? -8388608 : -32768, hi = h_.bdf ? 8388607 : 32767;
        if (s.digMin < lo || s.digMax > hi)
            error(name, QCoreApplication::translate(
                            "alfee::core", "digital range %1..%2 exceeds the %3-bit range %4..%5")
                            .arg(s.digMin)
                            .arg(s.digMax)
                            .arg(h_.bdf ? 24 : 16)
                            .arg(lo)
                            .arg(hi));
        if (s.digMin >= s.digMax)
            error(name, QCoreApplication::translate(
                            "alfee::core", "digital minimum %1 is not below the maximum %2")
                            .arg(s.digMin)
                            .arg(s.digMax));
        if (s.physMin == s.physMax)
            error(name, QCoreApplication::translate("alfee::core",
                                                    "physical minimum equals the maximum (%1)")
                            .arg(s.physMin));
        if (h_.isPlus() && s.isAnnotation(h_.bdf)) checkAnnotationSignal(i);
    }

    void checkAnnotationSignal(int i) {
        const auto& s = h_.signalHeaders[i];
        const QString name = signalName(i);
        if (!s.unit.trimmed().isEmpty())
            warn(name, QStringLiteral("physical dimension '%1' where EDF+ wants blanks")
                           .arg(QString::fromLatin1(s.unit)));
        if (!s.prefilter.trimmed().isEmpty())
            warn(name, QStringLiteral("prefilter '%1' where EDF+ wants blanks")
                           .arg(QString::fromLatin1(s.prefilter)));
        if (!s.transducer.trimmed().isEmpty())
            warn(name, QStringLiteral("transducer '%1' where EDF+ wants blanks")
                           .arg(QString::fromLatin1(s.transducer)));
        const qint64 lo = h_.bdf ? -8388608 : -32768, hi = h_.bdf ? 8388607 : 32767;
        if (s.digMin != lo || s.digMax != hi)
            warn(name, QStringLiteral("digital range %1..%2 where EDF+ wants %3..%4")
                           .arg(s.digMin)
                           .arg(s.digMax)
                           .arg(lo)
                           .arg(hi));
    }

    void checkDuplicateLabels() {
        QStringList seen;
        for (int i : h_.dataSignals()) {
            const QString label = QString::fromLatin1(h_.signalHeaders[i].label);
            if (seen.contains(label))
                warn(signalName(i), "the same label is used by an earlier signal");
            seen << label;
        }
    }

    void checkFileSize() {
        if (!h_.headerBytesOk || !h_.recordsOk || h_.records < 0) return;
        const qint64 recordBytes = h_.recordBytes();
        const qint64 expected = h_.headerBytes + h_.records * recordBytes;
        if (h_.fileBytes == expected) return;
        const QString promise =
            QCoreApplication::translate("alfee::core",
                                        "the header promises %1 bytes (%2 records of %3 "
                                        "bytes after a %4-byte header) but the file has %5")
                .arg(expected)
                .arg(h_.records)
                .arg(recordBytes)
                .arg(h_.headerBytes)
                .arg(h_.fileBytes);
        if (h_.fileBytes < expected)
            error("file size",
                  promise + QCoreApplication::translate("alfee::core", ": the file is truncated"));
        else
            error("file size", promise + QCoreApplication::translate(
                                             "alfee::core",
                                             ": extra bytes, the file is damaged (a text-mode "
                                             "copy that turned LF into CR LF does this)"));
    }

    const EdfHeader& h_;
    QVector<HeaderIssue> issues_;
};

}  // namespace

QVector<HeaderIssue> checkEdfHeader(const EdfHeader& header) {
    return Checker(header).run();
}

}  // namespace alfee::core
