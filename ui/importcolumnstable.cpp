#include "importcolumnstable.h"

#include "fieldlabels.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace entente {

ImportColumnsTable::ImportColumnsTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(u"importColumns"_s);
    setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Read as")});
    setAccessibleName(tr("Columns of the file"));
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
}

void ImportColumnsTable::setColumns(const QStringList &header, const QStringList &firstValues,
                                    const CsvColumns &columns)
{
    clearContents();
    setRowCount(int(header.size()));
    m_fields.clear();
    const QStringList fields = CsvColumns::knownFields();
    for (int row = 0; row < header.size(); ++row) {
        setItem(row, 0, new QTableWidgetItem(header.at(row)));
        QString sample = firstValues.value(row).simplified();
        if (sample.size() > 80)
            sample = sample.left(79) + u'…';
        setItem(row, 1, new QTableWidgetItem(sample));
        auto *combo = new QComboBox(this);
        combo->setAccessibleName(tr("Read column “%1” as").arg(header.at(row)));
        combo->addItem(tr("Leave out"), QString());
        for (const QString &field : fields)
            combo->addItem(FieldLabels::label(field), field);
        const QString field = columns.field(row);
        m_fields.append(field);
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { fieldChosen(row); });
        setCellWidget(row, 2, combo);
    }
}

void ImportColumnsTable::fieldChosen(int row)
{
    auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 2));
    const QString field = combo->currentData().toString();
    // A field read from one column only: the column that had it before lets go of it.
    for (int other = 0; other < m_fields.size(); ++other) {
        if (other != row && !field.isEmpty() && m_fields.at(other) == field) {
            m_fields[other].clear();
            auto *otherCombo = qobject_cast<QComboBox *>(cellWidget(other, 2));
            const QSignalBlocker blocker(otherCombo);
            otherCombo->setCurrentIndex(0);
        }
    }
    m_fields[row] = field;
    Q_EMIT columnsChanged();
}

CsvColumns ImportColumnsTable::columns() const
{
    return CsvColumns(m_fields);
}

} // namespace entente
