// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The `alfee` command line end to end, as a user runs it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "test_support.h"

using namespace alfee::tests;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run runAlfee(const QStringList& args, const QString& workdir = {}) {
    QProcess p;
    if (!workdir.isEmpty()) p.setWorkingDirectory(workdir);
    p.start(QStringLiteral(ALFEE_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
  private slots:
    void infoJsonHasTheDocumentedFields();
    void readJsonGivesPhysicalSamples();
    void badInputExitsNonZeroWithOneMessage();
    void repairWritesACompliantCopy();
    void badInputLeavesTheWorkspaceUnchanged();
    void datasetCreateShowsCountsPerClassSubjectAndSplit();
    void modelInfoRunsTheLibTorchTool();
    void unknownCommandShowsUsage();
    void trainingOptionsAreCheckedFlagByFlag();

  private:
    QTemporaryDir tmp_;
};

void TestCli::infoJsonHasTheDocumentedFields() {
    const Run r = runAlfee({"info", "--json", testData("S001R04.edf")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["format"].toString(), QStringLiteral("EDF+"));
    QCOMPARE(o["duration_s"].toDouble(), 125.0);
    const QJsonArray sigs = o["signals"].toArray();
    QCOMPARE(sigs.size(), 64);
    const QJsonObject fc5 = sigs[0].toObject();
    QCOMPARE(fc5["label"].toString(), QStringLiteral("Fc5."));
    QCOMPARE(fc5["rate_hz"].toDouble(), 160.0);
    QCOMPARE(fc5["samples"].toInt(), 20000);
    QCOMPARE(fc5["unit"].toString(), QStringLiteral("uV"));
    QCOMPARE(fc5["electrode"].toString(), QStringLiteral("FC5"));
    const QJsonArray ann = o["annotations"].toArray();
    QCOMPARE(ann.size(), 30);
    QCOMPARE(ann[1].toObject()["text"].toString(), QStringLiteral("T2"));
    QCOMPARE(ann[1].toObject()["onset_s"].toDouble(), 4.2);
    QCOMPARE(ann[1].toObject()["duration_s"].toDouble(), 4.1);
    QVERIFY(!o["warnings"].toArray().isEmpty());
    const Run two =
        runAlfee({"info", "--json", testData("S001R04.edf"), testData("short_psg.edf")});
    QCOMPARE(QJsonDocument::fromJson(two.out).array().size(), 2);
}

void TestCli::readJsonGivesPhysicalSamples() {
    const Run r = runAlfee({"read", "--json", testData("Subject00_2.edf"), "--channel", "EEG Cz",
                            "--start", "0", "--count", "5"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray s = o["samples"].toArray();
    QCOMPARE(s.size(), 5);
    const QJsonObject ref = QJsonDocument::fromJson(readAll(testData("dsp.json"))).object();
    const QJsonArray first = ref["input"].toObject()["first20"].toArray();
    for (int i = 0; i < 5; ++i) QVERIFY(std::abs(s[i].toDouble() - first[i].toDouble()) < 1e-9);
    const Run missing =
        runAlfee({"read", "--json", testData("Subject00_2.edf"), "--channel", "Nope"});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("no channel 'Nope'"));
}

void TestCli::badInputExitsNonZeroWithOneMessage() {
    QVERIFY(writeAll(tmp_.filePath("empty.edf"), {}));
    const QByteArray good = readAll(testData("Subject00_2.edf"));
    QVERIFY(writeAll(tmp_.filePath("truncated.edf"), good.left(good.size() / 2)));
    for (const QString& path : {tmp_.filePath("missing.edf"), tmp_.path(),
                                tmp_.filePath("empty.edf"), tmp_.filePath("truncated.edf")}) {
        const Run r = runAlfee({"info", path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("error: " + path.toUtf8() + ":"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::repairWritesACompliantCopy() {
    const QString out = tmp_.filePath("fixed.edf");
    const Run r = runAlfee({"repair", testData("S001R04.edf"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("accepted by EDFlib"));
    const Run info = runAlfee({"info", "--json", out});
    QCOMPARE(QJsonDocument::fromJson(info.out).object()["reader"].toString(),
             QStringLiteral("EDFlib"));
}

void TestCli::badInputLeavesTheWorkspaceUnchanged() {
    QTemporaryDir dir;
    const QString ws = dir.filePath("ws.alfee");
    QCOMPARE(runAlfee({"workspace", "init", "--workspace", ws}).code, 0);
    QCOMPARE(runAlfee({"import", "--workspace", ws, testData("S001R04.edf")}).code, 0);
    const QByteArray before = runAlfee({"workspace", "info", "--workspace", ws}).out;
    const QByteArray mappingBefore =
        runAlfee({"mapping", "show", "--workspace", ws, "S001R04.edf"}).out;
    const QByteArray good = readAll(testData("Subject00_2.edf"));
    QByteArray crlf = readAll(testData("S001R04.edf"));
    crlf.replace("\n", "\r\n");
    QByteArray magic = good;
    magic[0] = 'Z';
    QVERIFY(writeAll(dir.filePath("empty.edf"), {}));
    QVERIFY(writeAll(dir.filePath("truncated.edf"), good.left(good.size() - 100)));
    QVERIFY(writeAll(dir.filePath("crlf.edf"), crlf));
    QVERIFY(writeAll(dir.filePath("magic.edf"), magic));
    for (const char* name :
         {"missing.edf", "empty.edf", "truncated.edf", "crlf.edf", "magic.edf"}) {
        const Run r = runAlfee({"import", "--workspace", ws, dir.filePath(name)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(dir.filePath(name).toUtf8() + ":"), r.err.constData());
    }
    const Run clash = runAlfee({"mapping", "set", "--workspace", ws, "S001R04.edf", "Fc5.=FC3"});
    QCOMPARE(clash.code, 1);
    QVERIFY(clash.err.contains("mapping clash"));
    QCOMPARE(runAlfee({"workspace", "info", "--workspace", ws}).out, before);
    QCOMPARE(runAlfee({"mapping", "show", "--workspace", ws, "S001R04.edf"}).out, mappingBefore);
}

void TestCli::datasetCreateShowsCountsPerClassSubjectAndSplit() {
    QTemporaryDir dir;
    const QString ws = dir.filePath("ws.alfee");
    runAlfee({"workspace", "init", "--workspace", ws});
    runAlfee({"import", "--workspace", ws, testData("S001R04.edf")});
    const Run created =
        runAlfee({"dataset", "create", "mi", "--workspace", ws, "--task", "motor-imagery",
                  "--label-from", "annotation", "--class", "left=T1", "--class", "right=T2",
                  "--window", "4", "--split", "1,0,0"});
    QCOMPARE(created.code, 0);
    const Run shown = runAlfee({"dataset", "show", "mi", "--workspace", ws});
    QCOMPARE(shown.code, 0);
    QVERIFY(shown.out.contains("left=8 right=7  total=15"));
    QVERIFY(shown.out.contains("S001 train"));
    const Run badTask = runAlfee({"dataset", "create", "x", "--workspace", ws, "--task", "dancing",
                                  "--class", "a=1", "--class", "b=2"});
    QCOMPARE(badTask.code, 1);
    QVERIFY(badTask.err.contains("task 'dancing' is not one of"));
    for (const char* notch : {"abc", "-50", "inf"}) {
        const Run badNotch = runAlfee({"dataset", "create", "y", "--workspace", ws, "--task",
                                       "motor-imagery", "--label-from", "annotation", "--class",
                                       "left=T1", "--class", "right=T2", "--notch", notch});
        QCOMPARE(badNotch.code, 1);
        QVERIFY2(badNotch.err.contains("--notch takes a frequency"), badNotch.err.constData());
    }
    // A workspace whose tables cannot be read is an error, not an empty list.
    const QString broken = dir.filePath("broken.alfee");
    runAlfee({"workspace", "init", "--workspace", broken});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "break");
        db.setDatabaseName(broken);
        QVERIFY(db.open());
        QSqlQuery(db).exec("DROP TABLE dataset_items");
        QSqlQuery(db).exec("DROP TABLE datasets");
        db.close();
    }
    QSqlDatabase::removeDatabase("break");
    const Run info = runAlfee({"workspace", "info", "--workspace", broken});
    QCOMPARE(info.code, 1);
    QVERIFY2(info.err.contains("datasets"), info.err.constData());
}

void TestCli::modelInfoRunsTheLibTorchTool() {
    const Run r = runAlfee({"model", "info", "--size", "S", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["params_total"].toInteger(), 14810479);  // MODEL.md's S: 16.3M in the paper
    QCOMPARE(o["parts"].toObject().size(), 7);
    const Run bad = runAlfee({"model", "info", "--size", "XXL"});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains("no model size 'XXL'"));
}

void TestCli::unknownCommandShowsUsage() {
    const Run r = runAlfee({"frobnicate"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("unknown command"));
}

void TestCli::trainingOptionsAreCheckedFlagByFlag() {
    QTemporaryDir dir;
    const QStringList finetune = {"finetune",
                                  "--workspace",
                                  dir.filePath("ws.alfee"),
                                  "--data",
                                  testData("Subject00_2.edf"),
                                  "--class",
                                  "a=_1$",
                                  "--class",
                                  "b=_2$"};
    // --checkpoint-every after --patience once overwrote the flag that said patience was no
    // number, and patience 0 ended the run before its first epoch.
    const QVector<QPair<QStringList, QByteArray>> cases = {
        {{"--patience", "abc", "--checkpoint-every", "10"},
         "--patience takes a whole number, not 'abc'"},
        {{"--patience", "0"}, "--patience must be 1 or more"},
        {{"--epochs", "2.5"}, "--epochs takes a whole number, not '2.5'"},
        {{"--lr", "fast"}, "--lr takes a number, not 'fast'"},
        {{"--checkpoint-every", "0"}, "--checkpoint-every must be 1 or more"}};
    for (const auto& [flags, message] : cases) {
        const Run r = runAlfee(finetune + flags);
        QVERIFY2(r.code != 0, qPrintable(flags.join(' ')));
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
    const Run pretrain = runAlfee({"pretrain", "--workspace", dir.filePath("ws.alfee"), "--data",
                                   testData("Subject00_2.edf"), "--window", "ten"});
    QVERIFY(pretrain.code != 0);
    QVERIFY2(pretrain.err.contains("--window takes a number, not 'ten'"), pretrain.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
