#pragma once

#include <QPageLayout>
#include <QString>

#include <optional>

namespace entente {

// The paper a report is laid out on: A4 or US Letter, portrait or landscape, with the same
// margins in every case so that reports look alike whatever the paper.
struct PageSetup
{
    enum class Paper {
        A4,
        Letter
    };

    Paper paper = Paper::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;

    // The page size and margins for QPdfWriter or QPrinter.
    QPageLayout pageLayout() const;

    // "a4" and "letter": the codes of the command line and the settings.
    static QString paperCode(Paper paper);
    static std::optional<Paper> paperFromCode(QStringView code);

    friend bool operator==(const PageSetup &, const PageSetup &) = default;
};

} // namespace entente
