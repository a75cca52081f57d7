#include "core/recording/biosig_trial.h"

#include <biosig.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>
#include <csignal>
#include <vector>

#include "core/recording/recording_formats.h"

namespace alfee::core {
namespace {

constexpr int kRefused = 3;       // sopen said no: not a crash
constexpr int kTrialMs = 300000;  // a large file read whole on a slow disk

// Sizes BiosigSource::loadAll would refuse are not read here either (it refuses them itself).
bool plausibleSize(size_t samples, size_t channels, qint64 fileBytes) {
    return channels > 0 && samples <= size_t(fileBytes) / channels &&
           samples * channels <= (size_t(4) << 30) / sizeof(biosig_data_type);
}

// In the child: only C and BioSig from here on (the parent's threads and locks are not here).
[[noreturn]] void readInChild(const char* name, qint64 fileBytes) {
    // A crash here must end this process plainly, not run the handlers it inherited (a crash
    // reporter, a sanitizer's or fuzzer's) as if the parent had crashed.
    for (int signal : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) std::signal(signal, SIG_DFL);
    const int devnull = ::open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        ::dup2(devnull, STDOUT_FILENO);
        ::dup2(devnull, STDERR_FILENO);
    }
    HDRTYPE* hdr = sopen(name, "r", constructHDR(0, 0));
    if (!hdr || serror2(hdr)) ::_exit(kRefused);
    biosig_reset_flag(
        hdr, BIOSIG_FLAG_UCAL | BIOSIG_FLAG_OVERFLOWDETECTION | BIOSIG_FLAG_ROW_BASED_CHANNELS);
    for (size_t i = 0; i < biosig_get_number_of_events(hdr); ++i) {
        uint16_t type = 0, channel = 0;
        uint32_t position = 0, duration = 0;
        const char* description = nullptr;
        biosig_get_nth_event(hdr, i, &type, &position, &channel, &duration, nullptr, &description);
    }
    const size_t channels = biosig_get_number_of_channels(hdr);
    const size_t samples = biosig_get_number_of_samples(hdr);
    if (plausibleSize(samples, channels, fileBytes)) {
        std::vector<biosig_data_type> block(samples * channels);
        sread(block.data(), 0, biosig_get_number_of_records(hdr), hdr);
    }
    sclose(hdr);
    ::_exit(0);
}

}  // namespace

bool biosigSurvivesTrialRead(const QString& path, QString* why) {
    const QByteArray name = QFile::encodeName(path);
    const qint64 bytes = recordingFileBytes(path);
    const pid_t child = ::fork();
    if (child < 0) return true;  // no process to spare: read it as before
    if (child == 0) readInChild(name.constData(), bytes);
    int status = 0;
    QElapsedTimer clock;
    clock.start();
    while (::waitpid(child, &status, WNOHANG) == 0) {
        if (clock.elapsed() > kTrialMs) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            *why = QStringLiteral("BioSig did not finish reading it in %1 s").arg(kTrialMs / 1000);
            return false;
        }
        ::usleep(2000);
    }
    if (WIFSIGNALED(status)) {
        *why = QStringLiteral("BioSig crashes reading it (%1 in a trial read)")
                   .arg(QString::fromLatin1(strsignal(WTERMSIG(status))));
        return false;
    }
    if (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != kRefused) {
        *why = QStringLiteral("BioSig gives up on it (it ends the process with status %1)")
                   .arg(WEXITSTATUS(status));
        return false;
    }
    return true;
}

}  // namespace alfee::core
