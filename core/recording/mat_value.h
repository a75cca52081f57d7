// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MATLAB files (v5, v7 and v7.3) read through libmatio, as the values an EEGLAB dataset holds:
// numbers, text, structs and struct arrays.

#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

struct matvar_t;
struct _mat_t;

namespace alfee::core {

// A view of one MATLAB value (owned by its MatFile); a null view where a value is absent.
class MatValue {
  public:
    MatValue() = default;
    explicit MatValue(matvar_t* var) : var_(var) {}

    bool isNull() const { return var_ == nullptr; }
    bool isEmpty() const;  // null, or no elements
    bool isText() const;
    bool isNumeric() const;
    bool isStruct() const;
    qint64 elements() const;       // product of the dimensions
    QVector<qint64> dims() const;  // MATLAB's dimensions, first fastest

    QString text() const;  // a char array's text (rows joined), or a number as %g
    // The first element as a number (text that is a number too); NaN when there is none.
    double number() const;
    // Every element as float, in MATLAB's order; false (with *why) for a non-numeric value.
    bool toFloats(QVector<float>* out, QString* why) const;
    // A field of element `index` of a struct (array); null when absent.
    MatValue field(const char* name, qint64 index = 0) const;

  private:
    matvar_t* var_ = nullptr;
};

// An opened MATLAB file; the variables read stay alive as long as the file.
class MatFile {
  public:
    // Null, with *why (libmatio's reason), when it is not a MATLAB file libmatio reads.
    static std::unique_ptr<MatFile> open(const QString& path, QString* why);
    ~MatFile();
    MatFile(const MatFile&) = delete;
    MatFile& operator=(const MatFile&) = delete;

    // The variable read whole; null when the file has none of that name.
    MatValue read(const char* name);
    bool isVersion73() const;

  private:
    MatFile() = default;
    _mat_t* mat_ = nullptr;
    QVector<matvar_t*> read_;
};

}  // namespace alfee::core
