// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/modeling/safetensors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstring>

namespace alfee::core {
namespace {

struct TypeName {
    const char* name;
    at::ScalarType type;
};
constexpr TypeName kTypes[] = {{"F32", at::kFloat},     {"F64", at::kDouble}, {"F16", at::kHalf},
                               {"BF16", at::kBFloat16}, {"I64", at::kLong},   {"I32", at::kInt},
                               {"U8", at::kByte},       {"BOOL", at::kBool}};

std::optional<at::ScalarType> typeOfName(const QString& name) {
    for (const TypeName& t : kTypes)
        if (name == QLatin1String(t.name)) return t.type;
    return std::nullopt;
}

QString nameOfType(at::ScalarType type) {
    for (const TypeName& t : kTypes)
        if (t.type == type) return QString::fromLatin1(t.name);
    return {};
}

QByteArray headerOf(const SafetensorsContent& content, QString* error) {
    QJsonObject header;
    qint64 offset = 0;
    for (const auto& [name, tensor] : content.tensors) {
        const QString type = nameOfType(tensor.scalar_type());
        if (type.isEmpty()) {
            *error = QString::fromStdString(name) + ": no safetensors type";
            return QByteArray();
        }
        QJsonArray shape;
        for (const int64_t d : tensor.sizes()) shape.append(qint64(d));
        const qint64 bytes = qint64(tensor.numel() * tensor.element_size());
        header.insert(QString::fromStdString(name),
                      QJsonObject{{"dtype", type},
                                  {"shape", shape},
                                  {"data_offsets", QJsonArray{offset, offset + bytes}}});
        offset += bytes;
    }
    QJsonObject metadata;
    for (auto it = content.metadata.begin(); it != content.metadata.end(); ++it)
        metadata.insert(it.key(), it.value());
    if (!metadata.isEmpty()) header.insert("__metadata__", metadata);
    QByteArray text = QJsonDocument(header).toJson(QJsonDocument::Compact);
    text.append(QByteArray((8 - text.size() % 8) % 8, ' '));  // the data starts 8-byte aligned
    return text;
}

QByteArray lengthPrefix(quint64 length) {
    QByteArray bytes(8, '\0');
    for (int i = 0; i < 8; ++i) bytes[i] = char((length >> (8 * i)) & 0xff);
    return bytes;
}

quint64 lengthOf(const QByteArray& prefix) {
    quint64 length = 0;
    for (int i = 7; i >= 0; --i) length = (length << 8) | quint8(prefix[i]);
    return length;
}

// One tensor of the header, copied out of the data area.
std::optional<at::Tensor> tensorOf(const QJsonObject& entry, const char* data, qint64 dataBytes,
                                   QString* why) {
    const auto type = typeOfName(entry.value("dtype").toString());
    if (!type) {
        *why = "unknown type " + entry.value("dtype").toString();
        return std::nullopt;
    }
    std::vector<int64_t> shape;
    qint64 elements = 1;  // checked before anything is allocated: the header is untrusted
    for (const QJsonValue d : entry.value("shape").toArray()) {
        const qint64 n = d.toInteger(-1);
        if (n < 0 || (n > 0 && elements > (qint64(1) << 40) / n)) {
            *why = "its shape is not a list of sizes";
            return std::nullopt;
        }
        shape.push_back(n);
        elements *= n;
    }
    const QJsonArray range = entry.value("data_offsets").toArray();
    const qint64 begin = range.at(0).toInteger(-1), end = range.at(1).toInteger(-1);
    const qint64 bytes = elements * qint64(c10::elementSize(*type));
    if (range.size() != 2 || begin < 0 || end < begin || end > dataBytes || end - begin != bytes) {
        *why = "its byte range does not fit the file or its shape";
        return std::nullopt;
    }
    at::Tensor t = torch::empty(shape, torch::TensorOptions().dtype(*type));
    if (bytes > 0) std::memcpy(t.data_ptr(), data + begin, size_t(bytes));
    return t;
}

}  // namespace

bool writeSafetensors(const QString& path, const SafetensorsContent& content, QString* error) {
    QString why;
    const QByteArray header = headerOf(content, &why);
    if (header.isEmpty()) {
        *error = path + ": " + why;
        return false;
    }
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) && file.write(lengthPrefix(header.size())) == 8 &&
              file.write(header) == header.size();
    for (const auto& [name, tensor] : content.tensors) {
        if (!ok) break;
        const at::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
        const qint64 bytes = qint64(t.numel() * t.element_size());
        ok = file.write(static_cast<const char*>(t.data_ptr()), bytes) == bytes;
    }
    if (ok && file.commit()) return true;
    *error = path + ": cannot be written (" + file.errorString() + ")";
    return false;
}

std::optional<SafetensorsContent> readSafetensors(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": cannot be opened (" + file.errorString() + ")";
        return std::nullopt;
    }
    const QByteArray blob = file.readAll();
    const quint64 length = blob.size() >= 8 ? lengthOf(blob.left(8)) : 0;
    if (blob.size() < 8 || length > quint64(blob.size() - 8)) {
        *error = path + ": not a safetensors file (truncated header)";
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(blob.mid(8, qsizetype(length)), &parse);
    if (!doc.isObject()) {
        *error = path + ": the header is not JSON (" + parse.errorString() + ")";
        return std::nullopt;
    }
    const char* data = blob.constData() + 8 + length;
    const qint64 dataBytes = blob.size() - 8 - qint64(length);
    SafetensorsContent out;
    const QJsonObject header = doc.object();
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == "__metadata__") {
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m)
                out.metadata.insert(m.key(), m.value().toString());
            continue;
        }
        QString why;
        auto t = tensorOf(it.value().toObject(), data, dataBytes, &why);
        if (!t) {
            *error = path + ": tensor " + it.key() + ": " + why;
            return std::nullopt;
        }
        out.tensors.push_back({it.key().toStdString(), *t});
    }
    return out;
}

bool looksLikeSafetensors(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    const QByteArray start = file.read(9);
    return start.size() == 9 && lengthOf(start.left(8)) < quint64(file.size()) && start[8] == '{';
}

}  // namespace alfee::core
