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

void keepHeadingsWithTheirText(QTextDocument& document, qreal pageHeight, qreal keepWith) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0) continue;
        const QRectF r = layout->blockBoundingRect(b);  // laid out again after each break
        const qreal inPage = std::fmod(r.top(), pageHeight);
        if (inPage < 1 || inPage + r.height() + keepWith <= pageHeight) continue;
        QTextCursor cursor(b);
        QTextBlockFormat f = b.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(f);
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
