// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The training option tables (core/engine/training_option.h): every row of the fine-tuning
// and pretraining tables is consistent (flags and keys unique, defaults within range and
// readable back from their text), out-of-range values are refused with the flag named, the run
// config JSON round-trips, and the reproducing command line, read back by the command line's
// own parser, gives the same settings.
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "app/cli/training_commands.h"
#include "cli_run.h"
#include "core/engine/finetune_options.h"
#include "core/engine/pretrain_options.h"
#include "core/engine/run_registry.h"
#include "core/report/reproducing_command.h"

using namespace alfee::core;
using alfee::tests::CliRun;
using alfee::tests::demoFolder;
using alfee::tests::runAlfee;

Q_DECLARE_METATYPE(alfee::core::OptionSpec)

namespace {

QVector<OptionSpec> fineTuneSpecs() {
    return specsOf(fineTuneOptionTable());
}

QVector<OptionSpec> pretrainSpecs() {
    return specsOf(pretrainOptionTable());
}

bool numeric(const OptionSpec& s) {
    return s.type == OptionType::Integer || s.type == OptionType::Real;
}

// The keys of `json` that the command line carries: everything but runtime-only rows.
QJsonObject withoutRuntimeOnly(QJsonObject json, const QVector<OptionSpec>& specs) {
    for (const OptionSpec& s : specs)
        if (s.inCommand == InCommand::Never && !s.key.isEmpty()) json.remove(s.key);
    return json;
}

// Parses `command` ("alfee finetune ...") with the flags `add` declares.
template <typename Add>
bool parseCommand(const QStringList& command, Add add, QCommandLineParser* parser) {
    add(*parser);
    parser->addOption({"workspace", "Workspace", "FILE"});
    return parser->parse(QStringList{"alfee"} + command.mid(2));
}

FineTuneOptions someFineTuning() {
    FineTuneOptions o;
    o.workspace = "/tmp/ws.alfee";
    o.dataPaths = {"/data/lab one", "/data/s02.edf"};
    o.spec.name = "files";
    o.spec.label.classes = {{"rest", "_1$"}, {"task", "_2$"}};
    o.from = "/models/start.alfee-ckpt";
    o.adaptSteps = 40;
    o.epochs = 3, o.batch = 7, o.lr = 3e-4, o.patience = 2, o.seed = 12345678901;
    o.weightDecay = 0.01, o.warmupFraction = 0.25, o.clipNorm = 0.5, o.maxBadSteps = 5;
    o.device = "cpu", o.deterministic = true;
    return o;
}

}  // namespace

class TestTrainingOptions : public QObject {
    Q_OBJECT
  private slots:
    void everyRowIsConsistent_data();
    void everyRowIsConsistent();
    void outOfRangeIsRefusedByFlag_data();
    void outOfRangeIsRefusedByFlag();
    void configJsonRoundTrips();
    void reproducingCommandReadsBackTheSameFineTuning();
    void reproducingCommandReadsBackTheSameBaseline();
    void aProbesCommandLeavesOutWhatOnlyGradientTrainingUses();
    void reproducingCommandReadsBackTheSamePretraining();
    void flagsOutsideTheKindOfRunAreRefused();
    void adaptStepsRunsAPretrainingRunFirst();
};

void TestTrainingOptions::everyRowIsConsistent_data() {
    QTest::addColumn<QVector<OptionSpec>>("specs");
    QTest::newRow("finetune") << fineTuneSpecs();
    QTest::newRow("pretrain") << pretrainSpecs();
}

void TestTrainingOptions::everyRowIsConsistent() {
    QFETCH(QVector<OptionSpec>, specs);
    QSet<QString> flags, keys;
    for (const OptionSpec& s : specs) {
        const QString name = s.flag.isEmpty() ? s.key : s.flag;
        QVERIFY2(!s.flag.isEmpty() || !s.key.isEmpty(), "a row with neither flag nor key");
        if (!s.flag.isEmpty()) {
            QVERIFY2(!flags.contains(s.flag), qPrintable("flag twice: " + s.flag));
            flags << s.flag;
            QVERIFY2(!s.help.isEmpty(), qPrintable("no help: " + name));
            QVERIFY2(s.type == OptionType::Switch || !s.valueName.isEmpty(), qPrintable(name));
        }
        if (!s.key.isEmpty()) {
            QVERIFY2(!keys.contains(s.key), qPrintable("key twice: " + s.key));
            keys << s.key;
        }
        QVERIFY2(s.use != 0, qPrintable(name));
        QVERIFY2(s.rangeProblem(s.defaultValue).isEmpty(),
                 qPrintable(name + ": " + s.rangeProblem(s.defaultValue)));
        QVERIFY2(s.minimum <= s.maximum, qPrintable(name));
        if (!s.onlyWith.isEmpty()) QVERIFY2(keys.contains(s.onlyWith), qPrintable(name));
        if (s.type == OptionType::Switch || s.flag.isEmpty()) continue;
        // The default as the command line writes it reads back as the default.
        const QString text = s.text(s.defaultValue);
        if (text.isEmpty()) continue;  // an empty path: not written
        QJsonValue back;
        QString error;
        QVERIFY2(s.parse(text, &back, &error), qPrintable(name + ": " + error));
        QCOMPARE(back.toVariant(), s.defaultValue.toVariant());
    }
}

void TestTrainingOptions::outOfRangeIsRefusedByFlag_data() {
    QTest::addColumn<OptionSpec>("spec");
    for (const QVector<OptionSpec>& specs : {fineTuneSpecs(), pretrainSpecs()})
        for (const OptionSpec& s : specs)
            if (!s.flag.isEmpty() && (numeric(s) || !s.choices.isEmpty()))
                QTest::newRow(qPrintable(s.flag)) << s;
}

void TestTrainingOptions::outOfRangeIsRefusedByFlag() {
    QFETCH(OptionSpec, spec);
    QJsonValue value;
    QString error;
    if (!spec.choices.isEmpty()) {
        QVERIFY(!spec.parse("nosuch", &value, &error));
        QVERIFY2(error.startsWith(spec.dashed() + " takes one of "), qPrintable(error));
        return;
    }
    QVERIFY(!spec.parse("abc", &value, &error));
    QVERIFY2(error.startsWith(spec.dashed() + " takes a"), qPrintable(error));
    QVERIFY(std::isfinite(spec.minimum));  // every number has a lower bound
    const double below = spec.exclusiveMinimum ? spec.minimum : spec.minimum - 1;
    QVERIFY(!spec.parse(QString::number(below, 'g', 17), &value, &error));
    QVERIFY2(error.startsWith(spec.dashed() + " must be"), qPrintable(error));
    if (std::isfinite(spec.maximum)) {
        QVERIFY(!spec.parse(QString::number(spec.maximum + 1, 'g', 17), &value, &error));
        QVERIFY2(error == spec.dashed() + " must be at most " + spec.text(spec.maximum),
                 qPrintable(error));
    }
    if (spec.type == OptionType::Integer) {
        QVERIFY(!spec.parse("2.5", &value, &error));
        QCOMPARE(error, spec.dashed() + " takes a whole number, not '2.5'");
    }
}

void TestTrainingOptions::configJsonRoundTrips() {
    const FineTuneOptions f = someFineTuning();
    QCOMPARE(FineTuneOptions::fromJson(f.toJson()).toJson(), f.toJson());
    // A run recorded before an option existed reads it at its default.
    QJsonObject old = f.toJson();
    old.remove("adapt_steps"), old.remove("max_bad_steps");
    const FineTuneOptions read = FineTuneOptions::fromJson(old);
    QCOMPARE(read.adaptSteps, FineTuneOptions().adaptSteps);
    QCOMPARE(read.maxBadSteps, FineTuneOptions().maxBadSteps);
    QCOMPARE(read.epochs, 3);
    // A baseline run stores its own settings, not the model's.
    FineTuneOptions b = f;
    b.baseline = "bandpower", b.baselineC = 0.25;
    QVERIFY(b.toJson().contains("c") && !b.toJson().contains("epochs"));
    QCOMPARE(FineTuneOptions::fromJson(b.toJson()).baselineC, 0.25);
    PretrainOptions p;
    p.sources = {{{"/data/a"}, {}, "motor-imagery"}};
    p.steps = 33, p.lr = 2e-4, p.windowSeconds = 4, p.subjectPattern = "(S\\d+)";
    QCOMPARE(PretrainOptions::fromJson(p.toJson()).toJson(), p.toJson());
}

void TestTrainingOptions::reproducingCommandReadsBackTheSameFineTuning() {
    const FineTuneOptions o = someFineTuning();
    RunRecord run;
    run.kind = "finetune", run.config = o.toJson();
    const QStringList command = reproducingCommand(run);
    QVERIFY(command.join(' ').contains("--adapt-steps 40"));
    QCommandLineParser parser;
    QVERIFY2(parseCommand(command, alfee::cli::addFineTuneFlags, &parser),
             qPrintable(parser.errorText()));
    FineTuneOptions back;
    QString error;
    QVERIFY2(alfee::cli::fineTuneOptions(parser, &back, &error), qPrintable(error));
    QCOMPARE(withoutRuntimeOnly(back.toJson(), fineTuneSpecs()),
             withoutRuntimeOnly(o.toJson(), fineTuneSpecs()));
}

void TestTrainingOptions::reproducingCommandReadsBackTheSameBaseline() {
    FineTuneOptions o = someFineTuning();
    o.baseline = "bandpower", o.baselineC = 0.125;
    RunRecord run;
    run.kind = "baseline", run.config = o.toJson();
    const QStringList command = reproducingCommand(run);
    QVERIFY(command.join(' ').contains("--baseline-c 0.125"));
    QVERIFY(!command.contains("--epochs"));
    QCommandLineParser parser;
    QVERIFY(parseCommand(command, alfee::cli::addFineTuneFlags, &parser));
    FineTuneOptions back;
    QString error;
    QVERIFY2(alfee::cli::fineTuneOptions(parser, &back, &error), qPrintable(error));
    QCOMPARE(back.toJson(), o.toJson());
}

// A frozen encoder's probe has no epochs, rates or steps: its command leaves them out, and reads
// back to the same run in every option the probe uses.
void TestTrainingOptions::aProbesCommandLeavesOutWhatOnlyGradientTrainingUses() {
    FineTuneOptions o = someFineTuning();
    o.adaptSteps = 0;
    o.freeze = "encoder", o.withBandPower = true, o.subjectCentring = true, o.probeC = 0.25;
    o.align = "euclidean", o.layerDecay = 0.65, o.labelSmoothing = 0.1;
    RunRecord run;
    run.kind = "finetune", run.config = o.toJson();
    const QStringList command = reproducingCommand(run);
    for (const char* flag :
         {"--epochs", "--lr", "--patience", "--weight-decay", "--warmup-fraction", "--clip-norm",
          "--max-bad-steps", "--layer-decay", "--label-smoothing"})
        QVERIFY2(!command.contains(flag), qPrintable(command.join(' ')));
    for (const char* flag : {"--freeze", "--with-band-power", "--subject-centring", "--probe-c",
                             "--align", "--batch", "--seed"})
        QVERIFY2(command.contains(flag), qPrintable(flag + (" in " + command.join(' '))));
    QCommandLineParser parser;
    QVERIFY(parseCommand(command, alfee::cli::addFineTuneFlags, &parser));
    FineTuneOptions back;
    QString error;
    QVERIFY2(alfee::cli::fineTuneOptions(parser, &back, &error), qPrintable(error));
    QJsonObject expected = withoutRuntimeOnly(o.toJson(), fineTuneSpecs());
    QJsonObject got = withoutRuntimeOnly(back.toJson(), fineTuneSpecs());
    for (const OptionSpec& spec : fineTuneSpecs())
        if (spec.gradientsOnly) expected.remove(spec.key), got.remove(spec.key);
    QCOMPARE(got, expected);
}

void TestTrainingOptions::reproducingCommandReadsBackTheSamePretraining() {
    PretrainOptions o;
    o.workspace = "/tmp/ws.alfee";
    o.sources = {{{"/data/a"}, {}, "motor-imagery"}, {{}, "rest", {}}};
    o.size = "S", o.steps = 33, o.batch = 5, o.lr = 2e-4, o.seed = 9, o.windowSeconds = 4;
    o.validationSubjects = 2, o.subjectPattern = "(S\\d+)", o.weightDecay = 0.02;
    o.deterministic = true;
    RunRecord run;
    run.kind = "pretrain", run.config = o.toJson();
    const QStringList command = reproducingCommand(run);
    QCommandLineParser parser;
    QVERIFY2(parseCommand(command, alfee::cli::addPretrainFlags, &parser),
             qPrintable(parser.errorText()));
    PretrainOptions back;
    QString error;
    QVERIFY2(alfee::cli::pretrainOptions(parser, command, &back, &error), qPrintable(error));
    QCOMPARE(withoutRuntimeOnly(back.toJson(), pretrainSpecs()),
             withoutRuntimeOnly(o.toJson(), pretrainSpecs()));
}

void TestTrainingOptions::flagsOutsideTheKindOfRunAreRefused() {
    const QStringList data{"alfee", "--data",  "/data/s01.edf", "--class",
                           "a=_1$", "--class", "b=_2$"};
    const QVector<QPair<QStringList, QString>> cases = {
        {{"--baseline", "bandpower", "--epochs", "3"},
         "--epochs does not apply to the band-power baseline"},
        {{"--baseline-c", "2"}, "--baseline-c applies to --baseline runs only"},
        {{"--baseline", "svm"}, "--baseline takes one of bandpower, not 'svm'"},
        {{"--scratch", "--adapt-steps", "5"}, "--adapt-steps adapts a pretrained checkpoint"},
        {{"--lr", "0"}, "--lr must be positive"},
        {{"--patience", "0"}, "--patience must be 1 or more"}};
    for (const auto& [flags, message] : cases) {
        QCommandLineParser parser;
        alfee::cli::addFineTuneFlags(parser);
        parser.addOption({"workspace", "Workspace", "FILE"});
        QVERIFY(parser.parse(data + flags));
        FineTuneOptions o;
        QString error;
        QVERIFY2(!alfee::cli::fineTuneOptions(parser, &o, &error), qPrintable(flags.join(' ')));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
}

// `alfee finetune --adapt-steps N`: a pretraining run of N steps on the recordings the filter
// keeps, from the shipped checkpoint, then fine-tuning from its weights, which records it.
void TestTrainingOptions::adaptStepsRunsAPretrainingRunFirst() {
    QTemporaryDir dir;
    const QString workspace = dir.filePath("ws.alfee");
    const QString demo = QStringLiteral(ALFEE_TEST_DATA_DIR) + "/../../resources/demo";
    const CliRun run = runAlfee({"finetune",
                                 "--workspace",
                                 workspace,
                                 "--data",
                                 demo,
                                 "--filter",
                                 "^Subject0[0-3]",
                                 "--class",
                                 "rest=_1",
                                 "--class",
                                 "task=_2",
                                 "--split",
                                 "0.5,0.25,0.25",
                                 "--adapt-steps",
                                 "2",
                                 "--epochs",
                                 "1",
                                 "--batch",
                                 "8",
                                 "--name",
                                 "adapted",
                                 "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const qint64 fineTune = QJsonDocument::fromJson(run.out).object()["run"].toInteger();
    QVERIFY(fineTune > 0);
    const CliRun list = runAlfee({"runs", "list", "--workspace", workspace, "--json"});
    QVERIFY2(list.code == 0, list.err.constData());
    QJsonObject adaptation, tuned;
    for (const QJsonValue& r : QJsonDocument::fromJson(list.out).array()) {
        if (r["kind"] == "pretrain") adaptation = r.toObject();
        if (r["kind"] == "finetune") tuned = r.toObject();
    }
    QCOMPARE(adaptation["name"].toString(), QStringLiteral("adapted (adaptation)"));
    QCOMPARE(adaptation["status"].toString(), QStringLiteral("finished"));
    QCOMPARE(adaptation["step"].toInteger(), 2);
    QCOMPARE(tuned["run"].toInteger(), fineTune);
    const CliRun show =
        runAlfee({"runs", "show", QString::number(fineTune), "--workspace", workspace, "--json"});
    const QJsonObject config = QJsonDocument::fromJson(show.out).object()["config"].toObject();
    QCOMPARE(config["adaptation_run"].toInteger(), adaptation["run"].toInteger());
    QVERIFY2(
        config["adapted_checkpoint"].toString().endsWith(
            QStringLiteral(".runs/%1/pretrained.alfee-ckpt").arg(adaptation["run"].toInteger())),
        qPrintable(config["adapted_checkpoint"].toString()));
    QCOMPARE(config["from"].toString(), QString());  // the bundled checkpoint, as asked
    QCOMPARE(config["adapt_steps"].toInteger(), 2);  // its reproducing command adapts again
    const CliRun pretrain =
        runAlfee({"runs", "show", QString::number(adaptation["run"].toInteger()), "--workspace",
                  workspace, "--json"});
    const QJsonObject summary = QJsonDocument::fromJson(pretrain.out)
                                    .object()["config"]
                                    .toObject()["data_summary"]
                                    .toObject();
    // Subject00-03 (what --filter keeps), two runs each; of them the training and validation
    // subjects (3 of 4 with this split), not the test subject.
    QCOMPARE(summary["subjects"].toInt(), 3);
    QCOMPARE(summary["recordings"].toInt(), 6);
}

QTEST_GUILESS_MAIN(TestTrainingOptions)
#include "test_training_options.moc"
