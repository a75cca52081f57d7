#include "core/engine/finetune_options.h"

#include <QJsonArray>

#include "core/resources/resource_location.h"

namespace alfee::core {

QJsonObject FineTuneOptions::toJson() const {
    return {{"datasets", QJsonArray::fromStringList(datasets)},
            {"data", QJsonArray::fromStringList(dataPaths)},
            {"spec", spec.toJson()},
            {"from", from},
            {"scratch", scratch},
            {"size", size},
            {"epochs", epochs},
            {"batch", batch},
            {"lr", lr},
            {"weight_decay", weightDecay},
            {"warmup_fraction", warmupFraction},
            {"clip_norm", clipNorm},
            {"patience", patience},
            {"checkpoint_every", checkpointEvery},
            {"max_bad_steps", maxBadSteps},
            {"seed", qint64(seed)},
            {"device", device},
            {"threads", threads},
            {"deterministic", deterministic}};
}

FineTuneOptions FineTuneOptions::fromJson(const QJsonObject& o) {
    FineTuneOptions f;
    for (const QJsonValue& v : o["datasets"].toArray()) f.datasets << v.toString();
    for (const QJsonValue& v : o["data"].toArray()) f.dataPaths << v.toString();
    QString ignored;
    DatasetSpec::fromJson(o["spec"].toObject(), &f.spec, &ignored);
    f.from = o["from"].toString();
    f.scratch = o["scratch"].toBool();
    f.size = o["size"].toString(f.size);
    f.epochs = o["epochs"].toInt(f.epochs);
    f.batch = o["batch"].toInt(f.batch);
    f.lr = o["lr"].toDouble(f.lr);
    f.weightDecay = o["weight_decay"].toDouble(f.weightDecay);
    f.warmupFraction = o["warmup_fraction"].toDouble(f.warmupFraction);
    f.clipNorm = o["clip_norm"].toDouble(f.clipNorm);
    f.patience = o["patience"].toInt(f.patience);
    f.checkpointEvery = o["checkpoint_every"].toInt(f.checkpointEvery);
    f.maxBadSteps = o["max_bad_steps"].toInt(f.maxBadSteps);
    f.seed = quint64(o["seed"].toInteger(qint64(f.seed)));
    f.device = o["device"].toString(f.device);
    f.threads = o["threads"].toInt(f.threads);
    f.deterministic = o["deterministic"].toBool();
    return f;
}

QString FineTuneOptions::validate() const {
    if (datasets.isEmpty() && dataPaths.isEmpty()) return "give --data PATH... or --dataset NAME";
    if (!datasets.isEmpty() && !dataPaths.isEmpty()) return "give --data or --dataset, not both";
    if (!from.isEmpty() && scratch) return "give --from or --scratch, not both";
    if (epochs < 1) return "--epochs must be 1 or more";
    if (batch < 1) return "--batch must be 1 or more";
    if (!(lr > 0)) return "--lr must be positive";
    if (patience < 1) return "--patience must be 1 or more (epochs without a better validation)";
    if (checkpointEvery < 1) return "--checkpoint-every must be 1 or more";
    if (threads < 0) return "--threads must be 0 (every core) or more";
    if (!dataPaths.isEmpty()) {
        const QString problem = spec.validate();
        if (!problem.isEmpty()) return problem;
    }
    return {};
}

QString bundledCheckpoint() {
    return findResource(QStringLiteral("checkpoints/alfee-tiny-pretrained.alfee-ckpt"));
}

}  // namespace alfee::core
