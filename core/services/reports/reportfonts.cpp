#include "reportfonts.h"

#include "domain/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

#include <mutex>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString sansFamily = u"DejaVu Sans"_s;
const QString serifFamily = u"DejaVu Serif"_s;

std::once_flag loadOnce;
bool loaded = false;

void load()
{
    const QStringList known = QFontDatabase::families();
    if (known.contains(sansFamily) && known.contains(serifFamily)) {
        loaded = true;
        return;
    }
    // Only the regular, bold and italic faces the reports use.
    const QString dir = u"/usr/share/fonts/truetype/dejavu"_s;
    const QStringList files = {u"DejaVuSans.ttf"_s,
                               u"DejaVuSans-Bold.ttf"_s,
                               u"DejaVuSans-Oblique.ttf"_s,
                               u"DejaVuSerif.ttf"_s,
                               u"DejaVuSerif-Bold.ttf"_s,
                               u"DejaVuSerif-Italic.ttf"_s,
                               u"DejaVuSerif-BoldItalic.ttf"_s};
    for (const QString &file : files) {
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo::exists(path))
            continue;
        if (QFontDatabase::addApplicationFont(path) < 0)
            qCWarning(lcIo) << "cannot load the report font" << path;
    }
    const QStringList now = QFontDatabase::families();
    loaded = now.contains(sansFamily) && now.contains(serifFamily);
    if (!loaded)
        qCWarning(lcIo) << "DejaVu fonts not found: reports use the default font";
}

} // namespace

void ReportFonts::ensureLoaded()
{
    std::call_once(loadOnce, load);
}

QString ReportFonts::sans()
{
    ensureLoaded();
    return loaded ? sansFamily : QString();
}

QString ReportFonts::serif()
{
    ensureLoaded();
    return loaded ? serifFamily : QString();
}

bool ReportFonts::available()
{
    ensureLoaded();
    return loaded;
}

} // namespace entente
