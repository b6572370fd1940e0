#pragma once

#include <QCoreApplication>
#include <QString>

namespace entente {

// Why writing a file failed, in words a person can act on. Qt's buffered writers report a full
// disk as "Unknown error"; the disk's free space says what happened.
class WriteFailure
{
    Q_DECLARE_TR_FUNCTIONS(WriteFailure)

public:
    WriteFailure() = delete;

    // `systemReason` is the device's errorString(); `path` the file being written.
    static QString reason(const QString &path, const QString &systemReason);
};

} // namespace entente
