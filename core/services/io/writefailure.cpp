#include "writefailure.h"

#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Less than this left is a full disk for any file an export or a report writes: a page of a PDF
// or a meeting of JSON does not fit.
constexpr qint64 nearlyFull = 256 * 1024;

} // namespace

QString WriteFailure::reason(const QString &path, const QString &systemReason)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.isReady() && storage.bytesAvailable() < nearlyFull)
        return tr("the disk is full (%1 free on %2)")
            .arg(QLocale().formattedDataSize(std::max<qint64>(0, storage.bytesAvailable())),
                 storage.rootPath());
    if (systemReason.isEmpty() || systemReason == u"Unknown error")
        return tr("the system gave no reason");
    return systemReason;
}

} // namespace entente
