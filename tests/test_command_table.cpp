// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one command table of `alfee` and `alfee-model` (app/cli/command_table.h): every command
// has a function in the process that runs it and none in the other, and both programs answer
// with the table's commands.
#include <QTest>

#include "app/cli/cli_command_functions.h"
#include "app/cli/command_table.h"
#include "app/cli/model_command_functions.h"

using namespace alfee::cli;

class TestCommandTable : public QObject {
    Q_OBJECT
  private slots:
    void everyCommandRunsInItsProcess();
    void unknownAndInternalCommandsAreRefused();
    void helpListsTheListedCommands();
};

void TestCommandTable::everyCommandRunsInItsProcess() {
    QSet<QString> names;
    for (const CommandInfo& c : commandTable()) {
        const QString name = QString::fromLatin1(c.name);
        QVERIFY2(!names.contains(name), qPrintable("twice in the table: " + name));
        names.insert(name);
        const bool cli = cliCommandFunctions().contains(name);
        const bool model = modelCommandFunctions().contains(name);
        QVERIFY2(cli == (c.runner == Runner::Cli), qPrintable(name));
        QVERIFY2(model == (c.runner == Runner::Model), qPrintable(name));
        QCOMPARE(findCommand(name), &c);
    }
    for (const QString& name : cliCommandFunctions().keys() + modelCommandFunctions().keys())
        QVERIFY2(names.contains(name), qPrintable("a function without a table entry: " + name));
}

void TestCommandTable::unknownAndInternalCommandsAreRefused() {
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runAlfee({"nosuch"}, out, err), int(kUsage));
    QVERIFY(errText.contains("unknown command 'nosuch'"));
    errText.clear();
    // Internal commands of alfee-model are not commands of alfee.
    QCOMPARE(runAlfee({"export-weights"}, out, err), int(kUsage));
    QVERIFY(errText.contains("unknown command 'export-weights'"));
    // alfee-model runs only its own commands.
    errText.clear();
    QCOMPARE(dispatch({"info"}, out, err, Runner::Model, modelCommandFunctions()), int(kUsage));
    QVERIFY(errText.contains("run through alfee"));
}

void TestCommandTable::helpListsTheListedCommands() {
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runAlfee({"--help"}, out, err), int(kOk));
    for (const CommandInfo& c : commandTable()) {
        const QString line = "  " + QString::fromLatin1(c.name).leftJustified(10) + " ";
        QVERIFY2(outText.contains(line) == (*c.summary != 0), qPrintable(c.name));
    }
}

QTEST_GUILESS_MAIN(TestCommandTable)
#include "test_command_table.moc"
