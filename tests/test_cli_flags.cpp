// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every numeric flag of every command, as a user mistypes it: 0, -1, abc and 1e30. Each is either
// refused with the flag named, at once (a --batch of 0 once looped for ever and grew to 10 GB),
// or, where the value is valid, taken (the command then goes on to its next step). The flags come
// from the commands' own table (app/cli/numeric_flags.h), and each command's --help is read to
// check that the table holds every numeric flag it offers.
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/cli/command_table.h"
#include "app/cli/numeric_flags.h"
#include "test_support.h"

using namespace alfee::cli;
using namespace alfee::tests;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
    qint64 ms = 0;
};

Run runAlfee(const QStringList& args) {
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(ALFEE_CLI_PATH), args);
    if (!p.waitForFinished(30000)) p.kill(), p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), clock.elapsed()};
}

// Value names that stand for numbers in the usage text.
bool numericValueName(const QString& name) {
    return QStringList{"N", "S", "X", "K", "HZ"}.contains(name);
}

// The flags `alfee ARGS --help` lists with a value, by value name; empty when it shows no help.
QHash<QString, QString> flagsInHelp(const QStringList& args) {
    const Run help = runAlfee(args + QStringList{"--help"});
    QHash<QString, QString> flags;
    if (help.code != 0 || !help.out.contains("--help")) return flags;
    flags["help"] = "";
    static const QRegularExpression line(R"(^\s+(?:-\w, )?--([\w-]+) <([^>]+)>)",
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(help.out)); it.hasNext();) {
        const auto m = it.next();
        flags[m.captured(1)] = m.captured(2);
    }
    return flags;
}

// The command line whose help lists a command's flags: "export reconstruction" for the internal
// export-reconstruction of alfee-model, "dataset" for "dataset create".
QStringList helpCommand(const QString& command) {
    QStringList words = command.split(' ');
    if (words[0].startsWith("export-")) words = QStringList{"export", words[0].mid(7)};
    if (words[0] == "dataset") words = {"dataset"};
    return words;
}

}  // namespace

class TestCliFlags : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void everyNumericFlagIsInTheTable();
    void badNumbersAreRefusedByFlagAtOnce();

  private:
    // The command line each command of the table runs with a flag added: valid up to the flag,
    // it ends quickly where the value is valid too (a missing run, an empty folder, a dry run).
    QStringList baseOf(const QString& command) const;

    QTemporaryDir dir_;
    QString workspace_, recording_, empty_;
};

void TestCliFlags::initTestCase() {
    workspace_ = dir_.filePath("ws.alfee");
    recording_ = testData("S001R04.edf");
    empty_ = dir_.filePath("empty");
    QVERIFY(QDir().mkpath(empty_));
    QCOMPARE(runAlfee({"workspace", "init", "--workspace", workspace_}).code, 0);
    QCOMPARE(runAlfee({"import", "--workspace", workspace_, recording_}).code, 0);
}

QStringList TestCliFlags::baseOf(const QString& command) const {
    const QStringList classes = {"--class", "a=_1", "--class", "b=_2"};
    const QHash<QString, QStringList> bases = {
        {"read", {"read", recording_, "--channel", "C3"}},
        {"dataset create",
         {"dataset", "create", "x", "--workspace", workspace_, "--task", "motor-imagery",
          "--label-from", "annotation", "--class", "left=T1", "--class", "right=T2", "--window",
          "4", "--dry-run"}},
        {"pretrain", {"pretrain", "--workspace", workspace_, "--data", empty_}},
        {"finetune",
         QStringList{"finetune", "--workspace", workspace_, "--data", empty_} + classes},
        {"evaluate",
         QStringList{"evaluate", "--workspace", workspace_, "--run", "99", "--data", empty_} +
             classes},
        {"infer", {"infer", "--workspace", workspace_, "--run", "99", recording_}},
        {"demo", {"demo", "--dir", dir_.filePath("demo")}},
        {"study", QStringList{"study", "--workspace", workspace_, "--data", empty_} + classes},
        {"export reconstruction",
         {"export", "reconstruction", "--workspace", workspace_, "--run", "99", recording_,
          dir_.filePath("out.edf")}},
    };
    return bases.value(command);
}

// Each command's --help against the table: a flag with a numeric value (N, S, X, K, HZ) that the
// table lacks would be read without the checks; a table row the help lacks is stale.
void TestCliFlags::everyNumericFlagIsInTheTable() {
    QStringList commands;
    for (const CommandInfo& c : commandTable()) commands << QString::fromLatin1(c.name);
    for (const CommandFlags& c : numericFlagTable())
        QVERIFY2(commands.contains(c.command.section(' ', 0, 0)),
                 qPrintable("not a command of the table: " + c.command));
    for (const QString& command : commands) {
        const QStringList help = helpCommand(command);
        const QString key =
            command == "dataset" ? "dataset create" : help.join(' ').replace("export-", "export ");
        const QVector<alfee::core::OptionSpec> table = numericFlags(key);
        const QHash<QString, QString> flags = flagsInHelp(help);
        QVERIFY2(!flags.isEmpty(), qPrintable("no help from alfee " + help.join(' ')));
        for (auto it = flags.begin(); it != flags.end(); ++it) {
            const bool inTable = alfee::core::findOption(table, it.key()) != nullptr;
            QVERIFY2(
                inTable == numericValueName(it.value()),
                qPrintable(QStringLiteral("%1 --%2 <%3>: %4 the numeric flag table")
                               .arg(key, it.key(), it.value(), inTable ? "in" : "missing from")));
        }
        for (const alfee::core::OptionSpec& s : table)
            QVERIFY2(flags.contains(s.flag), qPrintable(key + ": the help lacks " + s.dashed()));
    }
}

void TestCliFlags::badNumbersAreRefusedByFlagAtOnce() {
    int refused = 0, taken = 0;
    qint64 slowestRefusal = 0;
    for (const CommandFlags& c : numericFlagTable()) {
        const QStringList base = baseOf(c.command);
        QVERIFY2(!base.isEmpty(), qPrintable("no command line for " + c.command));
        for (const alfee::core::OptionSpec& s : c.specs)
            for (const QString value : {"0", "-1", "abc", "1e30"}) {
                const QString what = c.command + " " + s.dashed() + " " + value;
                const Run r = runAlfee(base + QStringList{s.dashed(), value});
                QJsonValue parsed;
                QString problem;
                const QString err = QString::fromUtf8(r.err);
                const bool namesTheFlag =
                    err.contains(s.dashed() + " takes") || err.contains(s.dashed() + " must");
                if (!s.parse(value, &parsed, &problem)) {
                    QVERIFY2(r.code != 0, qPrintable(what + ": accepted"));
                    QVERIFY2(err.contains(s.dashed()), qPrintable(what + ": " + err));
                    QVERIFY2(r.ms < 1000,
                             qPrintable(what + QStringLiteral(": refused after %1 ms").arg(r.ms)));
                    slowestRefusal = std::max(slowestRefusal, r.ms), ++refused;
                } else {
                    QVERIFY2(!namesTheFlag, qPrintable(what + ": a valid value refused: " + err));
                    QVERIFY2(r.code >= 0, qPrintable(what + ": did not end"));
                    ++taken;
                }
            }
    }
    qInfo("%d bad values refused (the slowest after %lld ms), %d valid values taken", refused,
          slowestRefusal, taken);
}

QTEST_GUILESS_MAIN(TestCliFlags)
#include "test_cli_flags.moc"
