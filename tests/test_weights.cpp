// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Weights for other tools: the safetensors reader and writer, `alfee export weights`, and the
// round trip LibTorch -> PyTorch (python/alfee_torch) -> LibTorch on windows of a real recording.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/engine/finetune_options.h"
#include "core/modeling/model_loading.h"
#include "core/modeling/safetensors.h"
#include "core/modeling/weights_file.h"
#include "core/modeling/window_batch.h"
#include "test_support.h"

using namespace alfee;
using namespace alfee::core;

namespace {

QString python() {
    return QStringLiteral("/usr/bin/python3");
}

// Three 10 s windows of EEGMMIDB S001R04 (64 electrodes) as the bundled checkpoint's
// preprocessing makes them.
model::Batch realWindows(LoadedModel& m) {
    EvaluationOptions o;
    o.checkpoint = bundledCheckpoint();
    o.dataPaths = {tests::testData("S001R04.edf")};
    QVector<PreparedWindow> windows;
    for (const double onset : {0.0, 10.0, 20.0}) {
        o.onsetSeconds = onset;
        windows << windowOfOptions(o, m.data);
    }
    return makeBatch(windows);
}

struct Outputs {
    std::vector<at::Tensor> logits;
    at::Tensor embeddings;
};

Outputs outputsOf(model::AlfeeSession& session, const model::Batch& batch) {
    session.model()->eval();
    return {session.fineTuneLogits(batch), session.embeddings(batch)};
}

double maxDiff(const at::Tensor& a, const at::Tensor& b) {
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

}  // namespace

class TestWeights : public QObject {
    Q_OBJECT

  private slots:
    void safetensorsRoundTrip() {
        QTemporaryDir dir;
        SafetensorsContent in;
        in.tensors = {{"a.weight", torch::randn({3, 5})},
                      {"b", torch::arange(7, torch::kLong)},
                      {"mask", torch::tensor({true, false, true})},
                      {"half", torch::randn({4}).to(torch::kBFloat16)},
                      {"empty", torch::empty({0, 3})}};
        in.metadata = {{"format", "test"}, {"text", "ä \"quoted\"\nline"}};
        QString error;
        QVERIFY2(writeSafetensors(dir.filePath("t.safetensors"), in, &error), qPrintable(error));
        const auto out = readSafetensors(dir.filePath("t.safetensors"), &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(out->metadata, in.metadata);
        QCOMPARE(out->tensors.size(), in.tensors.size());
        for (const auto& [name, tensor] : in.tensors) {
            const auto it = std::find_if(out->tensors.begin(), out->tensors.end(),
                                         [&](const auto& t) { return t.first == name; });
            QVERIFY2(it != out->tensors.end(), name.c_str());
            QCOMPARE(it->second.scalar_type(), tensor.scalar_type());
            QVERIFY(it->second.sizes() == tensor.sizes());
            QVERIFY(torch::equal(it->second, tensor));
        }
        QVERIFY(looksLikeSafetensors(dir.filePath("t.safetensors")));
        QVERIFY(!looksLikeSafetensors(bundledCheckpoint()));
    }

    void damagedFilesFailWithTheirName() {
        QTemporaryDir dir;
        SafetensorsContent in;
        in.tensors = {{"w", torch::randn({64})}};
        QString error;
        const QString good = dir.filePath("good.safetensors");
        QVERIFY(writeSafetensors(good, in, &error));
        const QByteArray bytes = tests::readAll(good);
        const QString cut = dir.filePath("cut.safetensors");
        QVERIFY(tests::writeAll(cut, bytes.left(bytes.size() - 10)));
        QVERIFY(!readSafetensors(cut, &error));
        QVERIFY2(error.contains(cut) && error.contains("byte range"), qPrintable(error));
        const QString garbled = dir.filePath("garbled.safetensors");
        QVERIFY(tests::writeAll(garbled, bytes.left(8) + QByteArray(bytes.size() - 8, 'x')));
        QVERIFY(!readSafetensors(garbled, &error));
        QVERIFY2(error.contains(garbled) && error.contains("JSON"), qPrintable(error));
        // Shapes that would allocate wildly or not at all are refused before any allocation.
        for (const QByteArray& shape :
             {QByteArray("[-1]"), QByteArray("[1000000000000,1000000]")}) {
            const QByteArray header =
                "{\"w\":{\"dtype\":\"F32\",\"shape\":" + shape + ",\"data_offsets\":[0,4]}}";
            QByteArray file(8, '\0');
            file[0] = char(header.size());
            const QString path = dir.filePath("shape.safetensors");
            QVERIFY(tests::writeAll(path, file + header + QByteArray(4, '\0')));
            QVERIFY(!readSafetensors(path, &error));
            QVERIFY2(error.contains("shape"), qPrintable(error));
        }
        QVERIFY(!readWeightsFile(good, torch::kCPU, &error));  // no ALFEE metadata
        QVERIFY2(error.contains(good) && error.contains("not ALFEE weights"), qPrintable(error));
    }

    void exportCommandWritesTheCheckpointsWeights() {
        QTemporaryDir dir;
        const QString out = dir.filePath("tiny.safetensors");
        QProcess cli;
        cli.start(ALFEE_CLI_PATH, {"export", "weights", bundledCheckpoint(), out, "--json"});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(cli.readAllStandardOutput().contains("\"size\":\"tiny\""));
        QString error;
        auto exported = readWeightsFile(out, torch::kCPU, &error);
        QVERIFY2(exported, qPrintable(error));
        auto original = readCheckpoint(bundledCheckpoint(), torch::kCPU);
        QCOMPARE(model::weightsChecksum(exported->model), model::weightsChecksum(original.model));
        QCOMPARE(exported->meta.preprocessJson, original.meta.preprocessJson);
        QCOMPARE(exported->meta.config.serialize(), original.meta.config.serialize());
        cli.start(ALFEE_CLI_PATH, {"export", "weights", "no-such-run", out, "--workspace",
                                   dir.filePath("empty.alfee")});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY(cli.exitCode() != 0);
    }

    // LibTorch -> PyTorch -> LibTorch changes no output beyond 1e-5.
    void pytorchRoundTrip() {
        QTemporaryDir dir;
        EvaluationOptions o;
        o.device = "cpu";
        LoadedModel m = loadModel(bundledCheckpoint(), o, false);
        const model::Batch batch = realWindows(m);
        const Outputs before = outputsOf(*m.session, batch);
        const QString weights = dir.filePath("w.safetensors"),
                      inputs = dir.filePath("in.safetensors");
        QString error;
        model::CheckpointMeta meta = readCheckpoint(bundledCheckpoint(), torch::kCPU).meta;
        QVERIFY2(writeWeightsFile(weights, m.session->model(), meta, &error), qPrintable(error));
        SafetensorsContent in;
        in.tensors = {{"patches", batch.patches},
                      {"channels", batch.channels},
                      {"valid", batch.valid},
                      {"embeddings", before.embeddings}};
        for (size_t i = 0; i < before.logits.size(); ++i)
            in.tensors.push_back({"logits" + std::to_string(i), before.logits[i]});
        QVERIFY(writeSafetensors(inputs, in, &error));

        QProcess py;
        const QString script =
            QStringLiteral(ALFEE_TEST_DATA_DIR) + "/../acceptance/weights_roundtrip.py";
        const QString back = dir.filePath("from_pytorch.safetensors");
        py.start(python(), {script, weights, inputs, back});
        if (!py.waitForFinished(300000)) QFAIL("python3 did not finish");
        if (py.exitCode() == 77) QSKIP("python3-torch is not installed");
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject r = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        qInfo(
            "PyTorch vs LibTorch on %d real windows of %d channels: logits %.3g, embeddings %.3g "
            "(largest %.3g)",
            r["windows"].toInt(), r["channels"].toInt(), r["logits_max_abs_diff"].toDouble(),
            r["embeddings_max_abs_diff"].toDouble(), r["embeddings_max_abs"].toDouble());
        QCOMPARE(r["windows"].toInt(), 3);
        QVERIFY(r["logits_max_abs_diff"].toDouble() < 1e-5);
        QVERIFY(r["embeddings_max_abs_diff"].toDouble() < 1e-5);

        model::LoadedCheckpoint again = readCheckpoint(back, torch::kCPU);
        model::AlfeeSession session(again.model, torch::kCPU);
        const Outputs after = outputsOf(session, batch);
        QVERIFY(maxDiff(after.embeddings, before.embeddings) < 1e-5);
        QVERIFY(maxDiff(after.logits[0], before.logits[0]) < 1e-5);
        QCOMPARE(again.meta.preprocessJson, meta.preprocessJson);  // classes and preprocessing kept
    }
};

QTEST_GUILESS_MAIN(TestWeights)
#include "test_weights.moc"
