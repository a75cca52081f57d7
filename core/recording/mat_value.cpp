// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/mat_value.h"

#include <matio.h>

#include <QByteArray>
#include <QFile>
#include <cmath>
#include <cstring>
#include <mutex>

#include "core/recording/trial_read.h"

namespace alfee::core {

namespace {

// libmatio reports problems through a log function (stderr by default): the last message of
// this thread becomes the reason a file is refused.
thread_local QString lastMatioMessage;

void keepMatioMessage(int, char* message) {
    lastMatioMessage = QString::fromUtf8(message).trimmed();
}

void routeMatioMessages() {
    static std::once_flag once;
    std::call_once(once, [] { Mat_LogInitFunc("alfee", keepMatioMessage); });
}

template <typename T, typename Out>
void appendAs(const void* data, qint64 n, QVector<Out>* out) {
    const T* values = static_cast<const T*>(data);
    for (qint64 i = 0; i < n; ++i) out->push_back(Out(values[i]));
}

// Every element of a real numeric array converted to Out; false for any other class.
template <typename Out>
bool convert(const matvar_t* v, qint64 n, QVector<Out>* out) {
    out->clear();
    out->reserve(n);
    switch (v->class_type) {
        case MAT_C_DOUBLE:
            appendAs<double>(v->data, n, out);
            return true;
        case MAT_C_SINGLE:
            appendAs<float>(v->data, n, out);
            return true;
        case MAT_C_INT8:
            appendAs<qint8>(v->data, n, out);
            return true;
        case MAT_C_UINT8:
            appendAs<quint8>(v->data, n, out);
            return true;
        case MAT_C_INT16:
            appendAs<qint16>(v->data, n, out);
            return true;
        case MAT_C_UINT16:
            appendAs<quint16>(v->data, n, out);
            return true;
        case MAT_C_INT32:
            appendAs<qint32>(v->data, n, out);
            return true;
        case MAT_C_UINT32:
            appendAs<quint32>(v->data, n, out);
            return true;
        case MAT_C_INT64:
            appendAs<qint64>(v->data, n, out);
            return true;
        case MAT_C_UINT64:
            appendAs<quint64>(v->data, n, out);
            return true;
        default:
            return false;
    }
}

// In the trial child: every variable read whole, as EeglabSource reads them.
int readEveryVariable(const char* name) {
    mat_t* mat = Mat_Open(name, MAT_ACC_RDONLY);
    if (!mat) return kTrialRefused;
    while (matvar_t* var = Mat_VarReadNext(mat)) Mat_VarFree(var);
    Mat_Close(mat);
    return 0;
}

}  // namespace

bool MatValue::isEmpty() const {
    return !var_ || elements() == 0;
}

bool MatValue::isText() const {
    return var_ && var_->class_type == MAT_C_CHAR;
}

bool MatValue::isNumeric() const {
    return var_ && var_->class_type >= MAT_C_DOUBLE && var_->class_type <= MAT_C_UINT64 &&
           !var_->isComplex;
}

bool MatValue::isStruct() const {
    return var_ && var_->class_type == MAT_C_STRUCT;
}

qint64 MatValue::elements() const {
    if (!var_ || var_->rank <= 0) return 0;
    qint64 n = 1;
    for (int i = 0; i < var_->rank; ++i) n *= qint64(var_->dims[i]);
    return n;
}

QVector<qint64> MatValue::dims() const {
    QVector<qint64> d;
    for (int i = 0; var_ && i < var_->rank; ++i) d << qint64(var_->dims[i]);
    return d;
}

QString MatValue::text() const {
    if (isNumeric() && !isEmpty()) return QString::number(number(), 'g', 12);
    if (!isText() || isEmpty() || !var_->data) return {};
    const qint64 n = elements();
    QString s;
    if (var_->data_size == 2) {
        s = QString::fromUtf16(static_cast<const char16_t*>(var_->data), n);
    } else if (var_->data_type == MAT_T_UTF8) {
        s = QString::fromUtf8(static_cast<const char*>(var_->data), n);
    } else {  // MATLAB v5 stores 8-bit char data as Latin-1
        s = QString::fromLatin1(static_cast<const char*>(var_->data), n);
    }
    return s.remove(QChar(0)).trimmed();
}

double MatValue::number() const {
    if (isText()) {
        bool ok = false;
        const double v = text().toDouble(&ok);
        return ok ? v : std::nan("");
    }
    if (!isNumeric() || isEmpty() || !var_->data) return std::nan("");
    QVector<double> values;
    return convert(var_, 1, &values) ? values[0] : std::nan("");
}

bool MatValue::toFloats(QVector<float>* out, QString* why) const {
    if (isNumeric() && var_->data && convert(var_, elements(), out)) return true;
    *why = QStringLiteral("'%1' is not a real numeric array")
               .arg(QString::fromUtf8(var_ && var_->name ? var_->name : ""));
    return false;
}

MatValue MatValue::field(const char* name, qint64 index) const {
    if (!isStruct() || index < 0 || index >= elements()) return {};
    return MatValue(Mat_VarGetStructFieldByName(var_, name, size_t(index)));
}

std::unique_ptr<MatFile> MatFile::open(const QString& path, QString* why) {
    routeMatioMessages();
    lastMatioMessage.clear();
    const QByteArray name = QFile::encodeName(path);
    if (!survivesTrialRead(
            QStringLiteral("libmatio"), [&] { return readEveryVariable(name.constData()); }, why))
        return nullptr;
    std::unique_ptr<MatFile> file(new MatFile);
    file->mat_ = Mat_Open(name.constData(), MAT_ACC_RDONLY);
    if (!file->mat_) {
        *why = lastMatioMessage.isEmpty()
                   ? QStringLiteral("not a MATLAB file (v5, v7 or v7.3) that libmatio reads")
                   : lastMatioMessage;
        return nullptr;
    }
    return file;
}

MatFile::~MatFile() {
    for (matvar_t* v : read_) Mat_VarFree(v);
    if (mat_) Mat_Close(mat_);
}

MatValue MatFile::read(const char* name) {
    matvar_t* v = Mat_VarRead(mat_, name);
    if (v) read_ << v;
    return MatValue(v);
}

bool MatFile::isVersion73() const {
    return Mat_GetVersion(mat_) == MAT_FT_MAT73;
}

}  // namespace alfee::core
