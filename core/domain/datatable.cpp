#include "datatable.h"

#include "domain/logging.h"

#include <QFile>

namespace entente {

QList<QStringList> readDataTable(const QString &resourcePath, qsizetype columns)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcIo) << "cannot read the data file" << resourcePath << file.errorString();
        return {};
    }
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(u'\t');
        for (QString &field : fields)
            field = field.trimmed();
        while (fields.size() < columns)
            fields.append(QString());
        rows.append(fields);
    }
    return rows;
}

} // namespace entente
