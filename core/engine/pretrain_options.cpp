#include "core/engine/pretrain_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

#include "core/dataset/paradigms.h"
#include "core/dataset/subject_identity.h"

namespace alfee::core {

QJsonObject PretrainOptions::toJson() const {
    QJsonArray list;
    for (const PretrainSource& s : sources)
        list.append(QJsonObject{{"paths", QJsonArray::fromStringList(s.paths)},
                                {"dataset", s.dataset},
                                {"paradigm", s.paradigm}});
    return {{"sources", list},
            {"window_seconds", windowSeconds},
            {"validation_subjects", validationSubjects},
            {"subject_pattern", subjectPattern},
            {"size", size},
            {"from", from},
            {"steps", steps},
            {"batch", batch},
            {"lr", lr},
            {"weight_decay", weightDecay},
            {"warmup_fraction", warmupFraction},
            {"clip_norm", clipNorm},
            {"checkpoint_every", checkpointEvery},
            {"log_every", logEvery},
            {"validation_windows", validationWindows},
            {"max_bad_steps", maxBadSteps},
            {"seed", qint64(seed)},
            {"device", device},
            {"threads", threads},
            {"deterministic", deterministic}};
}

PretrainOptions PretrainOptions::fromJson(const QJsonObject& o) {
    PretrainOptions p;
    for (const QJsonValue& v : o["sources"].toArray()) {
        const QJsonObject s = v.toObject();
        PretrainSource source;
        for (const QJsonValue& path : s["paths"].toArray()) source.paths << path.toString();
        source.dataset = s["dataset"].toString();
        source.paradigm = s["paradigm"].toString();
        p.sources << source;
    }
    p.windowSeconds = o["window_seconds"].toDouble(p.windowSeconds);
    p.validationSubjects = o["validation_subjects"].toInt(p.validationSubjects);
    p.subjectPattern = o["subject_pattern"].toString(p.subjectPattern);
    p.size = o["size"].toString(p.size);
    p.from = o["from"].toString();
    p.steps = o["steps"].toInteger(p.steps);
    p.batch = o["batch"].toInt(p.batch);
    p.lr = o["lr"].toDouble(p.lr);
    p.weightDecay = o["weight_decay"].toDouble(p.weightDecay);
    p.warmupFraction = o["warmup_fraction"].toDouble(p.warmupFraction);
    p.clipNorm = o["clip_norm"].toDouble(p.clipNorm);
    p.checkpointEvery = o["checkpoint_every"].toInt(p.checkpointEvery);
    p.logEvery = o["log_every"].toInt(p.logEvery);
    p.validationWindows = o["validation_windows"].toInt(p.validationWindows);
    p.maxBadSteps = o["max_bad_steps"].toInt(p.maxBadSteps);
    p.seed = quint64(o["seed"].toInteger(qint64(p.seed)));
    p.device = o["device"].toString(p.device);
    p.threads = o["threads"].toInt(p.threads);
    p.deterministic = o["deterministic"].toBool();
    return p;
}

QString PretrainOptions::validate() const {
    if (sources.isEmpty()) return QStringLiteral("give data: --data PATH... or --dataset NAME");
    for (const PretrainSource& s : sources)
        if (!s.paradigm.isEmpty() && !paradigmNames().contains(s.paradigm))
            return QStringLiteral("paradigm '%1' is not one of: %2")
                .arg(s.paradigm, paradigmNames().join(", "));
    if (windowSeconds < 1 || windowSeconds != std::floor(windowSeconds))
        return QStringLiteral("the window must be a whole number of seconds");
    const QRegularExpression subject(subjectPattern);
    if (subjectPattern != kAutoSubjects && (!subject.isValid() || subject.captureCount() < 1))
        return QStringLiteral("--subject-pattern '%1' needs one capture group").arg(subjectPattern);
    if (validationSubjects < 0 || validationWindows < 1)
        return QStringLiteral(
            "validation subjects must be 0 or more, validation windows 1 or more");
    if (steps < 1 || batch < 1 || lr <= 0 || checkpointEvery < 1 || logEvery < 1)
        return QStringLiteral("steps, batch, lr, checkpoint and log intervals must be positive");
    if (batch < distributed.worldSize)
        return QStringLiteral("the batch (%1, over all processes) is smaller than the %2 processes")
            .arg(batch)
            .arg(distributed.worldSize);
    return {};
}

}  // namespace alfee::core
