#include "defaultcatalogue.h"

#include "sample/samplecatalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace entente::DefaultCatalogue {

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) %
           u"/catalogue.entente"_s;
}

Result<std::unique_ptr<Catalogue>> open(const QString &requested, bool createIfMissing,
                                        Catalogue::Mode mode)
{
    const bool isDefault = requested.isEmpty();
    const QString file = isDefault ? path() : requested;
    const bool existed = QFileInfo::exists(file);
    Catalogue::Options options;
    options.mode = (isDefault && !existed) ? Catalogue::Mode::ReadWrite : mode;
    options.createIfMissing = isDefault || createIfMissing;
    if (isDefault && !existed)
        QDir().mkpath(QFileInfo(file).absolutePath());

    auto catalogue = Catalogue::open(file, options);
    if (!catalogue || existed || !isDefault)
        return catalogue;
    if (auto sample = SampleCatalogue::write(**catalogue); !sample)
        return sample.error();
    return catalogue;
}

} // namespace entente::DefaultCatalogue
