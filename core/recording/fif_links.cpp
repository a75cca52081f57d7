// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/fif_links.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

namespace alfee::core {
namespace {

// FIF's numbers (MNE's io/constants.py).
constexpr qint32 kFileId = 100, kBlockStart = 104, kBlockEnd = 105, kRefBlock = 118;
constexpr qint32 kRefRole = 115, kRefFileNum = 117, kRefFileName = 118;
constexpr qint32 kRolePrevious = 1, kRoleNext = 2;
constexpr int kMostTags = 10000000;  // more than a 2 GB part of 1 s buffers holds
constexpr int kMostParts = 1000;

struct TagHead {
    qint32 kind = 0, type = 0, size = 0, next = 0;
};

bool readHead(QFile& f, TagHead* t) {
    char raw[16];
    if (f.read(raw, 16) != 16) return false;
    *t = {qFromBigEndian<qint32>(raw), qFromBigEndian<qint32>(raw + 4),
          qFromBigEndian<qint32>(raw + 8), qFromBigEndian<qint32>(raw + 12)};
    return t->size >= 0;
}

qint32 readInt(QFile& f, const TagHead& t) {
    char raw[4];
    return t.size >= 4 && f.read(raw, 4) == 4 ? qFromBigEndian<qint32>(raw) : 0;
}

// What a reference block's tag says about the part it names.
void noteReference(QFile& f, const TagHead& t, qint32* role, FifLinks* links) {
    if (t.kind == kRefRole) *role = readInt(f, t);
    if (*role == kRolePrevious) links->continuesAnother = true;
    if (*role != kRoleNext) return;
    if (t.kind == kRefFileName) links->next = QString::fromUtf8(f.read(t.size)).remove(QChar(0));
    if (t.kind == kRefFileNum) links->nextNumber = readInt(f, t);
}

}  // namespace

FifLinks readFifLinks(const QString& path) {
    FifLinks links;
    QFile f(path);
    TagHead t;
    if (path.endsWith(".gz", Qt::CaseInsensitive) || !f.open(QIODevice::ReadOnly) ||
        !readHead(f, &t) || t.kind != kFileId)
        return links;
    QVector<qint32> blocks;
    qint32 role = 0;
    for (int n = 0; n < kMostTags; ++n) {
        const qint64 data = f.pos();
        if (t.kind == kBlockStart) blocks << readInt(f, t), role = 0;
        if (t.kind == kBlockEnd && !blocks.isEmpty()) blocks.pop_back();
        if (!blocks.isEmpty() && blocks.back() == kRefBlock) noteReference(f, t, &role, &links);
        if (t.next == -1 || !f.seek(t.next > 0 ? qint64(t.next) : data + t.size)) break;
        if (!readHead(f, &t)) break;
    }
    return links;
}

QString nextFifPartName(const QString& current, const FifLinks& links) {
    if (!links.next.isEmpty() || links.nextNumber <= 0) return links.next;
    const QString base = QFileInfo(current).fileName();
    const qsizetype dot = base.indexOf('.');
    if (dot < 0) return {};
    qsizetype dash = base.lastIndexOf('-');
    bool numbered = false;
    if (dash >= 0 && dot > dash) base.mid(dash + 1, dot - dash - 1).toInt(&numbered);
    if (!numbered) dash = dot;
    return base.left(dash) + "-" + QString::number(links.nextNumber) + base.mid(dot);
}

QStringList laterFifParts(const QString& path) {
    QStringList parts;
    QSet<QString> seen{QFileInfo(path).canonicalFilePath()};
    for (QString part = path; parts.size() < kMostParts;) {
        const QString name = nextFifPartName(part, readFifLinks(part));
        const QString next = QFileInfo(part).dir().filePath(name);
        if (name.isEmpty() || QFileInfo(name).fileName() != name || !QFileInfo::exists(next) ||
            seen.contains(QFileInfo(next).canonicalFilePath()))
            break;
        seen.insert(QFileInfo(next).canonicalFilePath());
        parts << next, part = next;
    }
    return parts;
}

}  // namespace alfee::core
