#include "rowsmimedata.h"

#include "io/csvwriter.h"

#include <QAbstractItemModel>
#include <QMimeData>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

QMimeData *rowsAsMimeData(const QAbstractItemModel &model, const QList<int> &rows,
                          const QList<int> &columns)
{
    QStringList text;
    QStringList csv;
    const auto add = [&](const QStringList &cells) {
        QStringList plain;
        QStringList quoted;
        for (const QString &cell : cells) {
            // A tab or line break inside a cell would split it in the plain text.
            plain.append(QString(cell).replace(u'\t', u' ').replace(u'\n', u' '));
            quoted.append(CsvWriter::field(cell, true));
        }
        text.append(plain.join(u'\t'));
        csv.append(quoted.join(u','));
    };
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    add(header);
    for (int row : rows) {
        QStringList cells;
        for (int column : columns)
            cells.append(model.index(row, column).data(Qt::DisplayRole).toString());
        add(cells);
    }
    auto *data = new QMimeData;
    data->setText(text.join(u'\n') + u'\n');
    data->setData(u"text/csv"_s, (csv.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
    return data;
}

} // namespace entente
