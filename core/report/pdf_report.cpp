// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pdf_report.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

namespace alfee::core {

namespace {

// How far below a heading's top its page must reach: the headings right after it and the start
// of the first text under them; all of that text when it is one line (a figure cannot split).
qreal heightKeptWithHeading(QAbstractTextDocumentLayout* layout, const QTextBlock& heading,
                            qreal pageHeight, qreal keepWith) {
    const QRectF top = layout->blockBoundingRect(heading);
    QTextBlock text = heading.next();
    while (text.isValid() && text.blockFormat().headingLevel() > 0) text = text.next();
    if (!text.isValid()) return top.height();
    const QRectF r = layout->blockBoundingRect(text);
    const bool figure = text.layout()->lineCount() <= 1;
    const qreal needed =
        r.top() - top.top() + (figure ? r.height() : std::min(r.height(), keepWith));
    // What no page could hold starts where it is.
    return needed <= pageHeight ? needed : r.top() - top.top() + keepWith;
}

}  // namespace

void keepHeadingsWithTheirText(QTextDocument& document, qreal pageHeight, qreal keepWith) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0) continue;
        const QRectF r = layout->blockBoundingRect(b);
        const qreal inPage = std::fmod(r.top(), pageHeight);
        if (inPage < 1 ||
            inPage + heightKeptWithHeading(layout, b, pageHeight, keepWith) <= pageHeight)
            continue;
        QTextCursor cursor(b);
        QTextBlockFormat f = b.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(f);
        // A format change lays out again only part of the document: what followed a table kept
        // a height of 0 and was never drawn (a report lost its command line). Lay out all of it.
        document.markContentsDirty(0, document.characterCount());
    }
}

namespace {

// Lays the page out at the writer's resolution and paints it page by page with page numbers.
void print(const ReportPage& page, const QString& title, const QString& path) {
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator("ALFEE Workbench");
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    pdf.setResolution(150);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&pdf);
    document.setDocumentMargin(0);
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    for (auto it = page.images.begin(); it != page.images.end(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(page.html);
    const QRect body = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const QSizeF pageSize(body.width(), body.height() - 40);  // room for the page number
    document.setPageSize(pageSize);
    keepHeadingsWithTheirText(document, pageSize.height(), pageSize.height() / 10);
    QPainter painter(&pdf);
    for (int n = 0; n < document.pageCount(); ++n) {
        if (n > 0) pdf.newPage();
        painter.save();
        painter.translate(0, -n * pageSize.height());
        document.drawContents(
            &painter, QRectF(0, n * pageSize.height(), pageSize.width(), pageSize.height()));
        painter.restore();
        painter.setFont(font);
        painter.drawText(
            QRectF(0, pageSize.height(), pageSize.width(), 40), Qt::AlignRight | Qt::AlignBottom,
            QStringLiteral("%1 - page %2 of %3").arg(title).arg(n + 1).arg(document.pageCount()));
    }
}

}  // namespace

bool writeReportPdf(const ReportPage& page, const QString& title, const QString& path,
                    QString* error) {
    // QPdfWriter says nothing when it cannot open its file: try the file first.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = path + ": cannot write: " + probe.errorString();
        return false;
    }
    probe.close();
    print(page, title, path);
    if (QFileInfo(path).size() == 0) {
        *error = path + ": the PDF came out empty";
        return false;
    }
    return true;
}

}  // namespace alfee::core
