#include "pagesetup.h"

#include <QMarginsF>
#include <QPageSize>

using namespace Qt::StringLiterals;

namespace entente {

QPageLayout PageSetup::pageLayout() const
{
    const QPageSize size(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    // Room for binding at the sides and for printers that cannot print to the edge. The header
    // and footer sit inside this frame, so nothing is ever lost to a printer's margin.
    return QPageLayout(size, orientation, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
}

QString PageSetup::paperCode(Paper paper)
{
    return paper == Paper::Letter ? u"letter"_s : u"a4"_s;
}

std::optional<PageSetup::Paper> PageSetup::paperFromCode(QStringView code)
{
    if (code.compare(u"a4", Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (code.compare(u"letter", Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

} // namespace entente
