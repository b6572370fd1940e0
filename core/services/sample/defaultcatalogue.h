#pragma once

#include "domain/error.h"
#include "storage/catalogue.h"

#include <memory>

namespace entente {

// The catalogue a new user starts with: in the per-user data folder, created on first use and
// holding the sample meeting.
namespace DefaultCatalogue {
QString path();
// Opens `path` (the default one when empty). A missing default catalogue is created with the
// sample; a missing other one only when `createIfMissing`, and empty.
// `progress`: see Catalogue::Options.
Result<std::unique_ptr<Catalogue>>
open(const QString &path, bool createIfMissing, Catalogue::Mode mode = Catalogue::Mode::ReadWrite,
     std::function<void(Catalogue::OpeningStep, qint64, qint64)> progress = {});
} // namespace DefaultCatalogue

} // namespace entente
