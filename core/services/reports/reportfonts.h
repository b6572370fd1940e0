#pragma once

#include <QString>

namespace entente {

// The typefaces of every report: DejaVu Sans and DejaVu Serif, which cover Latin and Cyrillic
// alike and are embedded in the PDF, so a report looks the same on any machine that opens it.
// When fontconfig does not know them (a bare container, an offscreen platform) they are loaded
// from the files of Debian's fonts-dejavu-core.
class ReportFonts
{
public:
    ReportFonts() = delete;

    // Makes the families available; safe to call from any thread, any number of times. Needs a
    // QGuiApplication.
    static void ensureLoaded();
    static QString sans();
    static QString serif();
    // Whether DejaVu was found; when not, the reports fall back to the default family.
    static bool available();
};

} // namespace entente
