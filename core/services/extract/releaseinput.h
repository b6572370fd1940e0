#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace entente {

// The bytes of a pasted or saved press release as text: UTF-8 (with or without a byte-order
// mark), else Windows-1251, the other encoding Russian pages are saved in. Empty input, binary
// data and anything over maxBytes are refused as Invalid, naming `source`.
namespace ReleaseInput {
constexpr qsizetype maxBytes = 4 * 1024 * 1024;
Result<QString> decode(const QByteArray &bytes, const QString &source);
} // namespace ReleaseInput

} // namespace entente
