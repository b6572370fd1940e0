#include "defaultcatalogue.h"

#include "sample/samplecatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace entente::DefaultCatalogue {

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) %
           u"/catalogue.entente"_s;
}

Result<std::unique_ptr<Catalogue>>
open(const QString &requested, bool createIfMissing, Catalogue::Mode mode,
     std::function<void(Catalogue::OpeningStep, qint64, qint64)> progress)
{
    const bool isDefault = requested.isEmpty();
    const QString file = isDefault ? path() : requested;
    Catalogue::Options options;
    options.mode = mode;
    options.progress = std::move(progress);
    options.createIfMissing = !isDefault && createIfMissing;
    if (!isDefault || QFileInfo::exists(file))
        return Catalogue::open(file, options);

    // The default catalogue is built beside its final name and renamed into place once it holds
    // the sample, so an interrupted first run never leaves a half-made catalogue behind.
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QString building = file % u".new"_s;
    QFile::remove(building);
    {
        Catalogue::Options create;
        create.createIfMissing = true;
        auto fresh = Catalogue::open(building, create);
        if (!fresh)
            return fresh.error();
        if (auto sample = SampleCatalogue::write(**fresh); !sample) {
            fresh->reset();
            QFile::remove(building);
            return sample.error();
        }
    }
    if (!QFile::rename(building, file)) {
        QFile::remove(building);
        return Error{
            Error::Kind::CatalogueUnusable,
            QCoreApplication::translate("DefaultCatalogue", "Cannot create the catalogue %1")
                .arg(file),
            u"rename failed"_s};
    }
    return Catalogue::open(file, options);
}

} // namespace entente::DefaultCatalogue
