#include "documentsmodel.h"

#include "domain/partialdateparser.h"
#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace entente {

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DocumentsModel::setLabels(QHash<QString, QString> kinds, QHash<QString, QString> actions,
                               QHash<QString, QString> countries)
{
    m_kinds = std::move(kinds);
    m_actions = std::move(actions);
    m_countries = std::move(countries);
    if (!m_documents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void DocumentsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

void DocumentsModel::setDocuments(const QList<OutcomeDocument> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

QModelIndex DocumentsModel::addDocument(const QString &kind, const QString &action,
                                        const QStringList &parties, const PartialDate &date)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    OutcomeDocument d;
    d.kind = kind;
    d.action = action;
    d.parties = parties;
    d.date = date;
    m_documents.append(d);
    endInsertRows();
    // Not edited() yet: a document without a title cannot be saved; typing it is the edit.
    return index(row, DocumentColumn::Title);
}

void DocumentsModel::removeDocument(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const qint64 id = m_documents.at(row).id;
    beginRemoveRows({}, row, row);
    m_documents.removeAt(row);
    endRemoveRows();
    if (id > 0) {
        for (int i = 0; i < m_documents.size(); ++i) {
            if (m_documents[i].links.removeIf(
                    [&](const DocumentLink &l) { return l.targetId == id; }))
                Q_EMIT dataChanged(index(i, DocumentColumn::Link), index(i, DocumentColumn::Link));
        }
    }
    Q_EMIT edited();
}

bool DocumentsModel::moveDocument(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount())
        return false;
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    m_documents.move(row, to);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    // The meeting column belongs to the documents view across the catalogue.
    return parent.isValid() ? 0 : DocumentColumn::Meeting;
}

QString DocumentsModel::linkText(const DocumentLink &link)
{
    return tr("%1 “%2”").arg(relationLabel(link.relation), link.targetTitle);
}

QVariant DocumentsModel::displayData(const OutcomeDocument &d, int column) const
{
    // Short dates: the table is narrow.
    const auto date = [&](const PartialDate &p) {
        return PartialDateParser(m_locale).formatShort(p);
    };
    switch (column) {
    case DocumentColumn::Title:
        return d.title;
    case DocumentColumn::Kind:
        return m_kinds.value(d.kind, d.kind);
    case DocumentColumn::Action:
        return m_actions.value(d.action, d.action);
    case DocumentColumn::Date:
        return date(d.date);
    case DocumentColumn::PeriodStart:
        return date(d.periodStart);
    case DocumentColumn::PeriodEnd:
        return date(d.periodEnd);
    case DocumentColumn::Parties: {
        QStringList names;
        for (const QString &code : d.parties)
            names.append(m_countries.value(code, code));
        return names.join(u", "_s);
    }
    case DocumentColumn::Link: {
        QStringList links;
        for (const DocumentLink &l : d.links)
            links.append(linkText(l));
        return links.join(u"; "_s);
    }
    }
    return {};
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutcomeDocument &d = m_documents.at(index.row());
    if (role == Role::Id)
        return d.id;
    if (role == Role::Problem) {
        QStringList problems;
        for (const FieldProblem &p : d.validate())
            problems.append(p.message);
        return problems.join(u"; "_s);
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
        return displayData(d, index.column());
    if (role == Role::Code && index.column() == DocumentColumn::Kind)
        return d.kind;
    if (role == Role::Code && index.column() == DocumentColumn::Action)
        return d.action;
    if (role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DocumentColumn::Title:
        return d.title;
    case DocumentColumn::Kind:
        return d.kind;
    case DocumentColumn::Action:
        return d.action;
    case DocumentColumn::Date:
        return QVariant::fromValue(d.date);
    case DocumentColumn::PeriodStart:
        return QVariant::fromValue(d.periodStart);
    case DocumentColumn::PeriodEnd:
        return QVariant::fromValue(d.periodEnd);
    case DocumentColumn::Parties:
        return d.parties;
    case DocumentColumn::Link:
        return QVariant::fromValue(d.links.value(0));
    }
    return {};
}

bool DocumentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    OutcomeDocument &d = m_documents[index.row()];
    const OutcomeDocument before = d;
    switch (index.column()) {
    case DocumentColumn::Title:
        d.title = value.toString();
        break;
    case DocumentColumn::Kind:
        d.kind = value.toString();
        break;
    case DocumentColumn::Action:
        d.action = value.toString();
        break;
    case DocumentColumn::Date:
    case DocumentColumn::PeriodStart:
    case DocumentColumn::PeriodEnd: {
        const PartialDate date = value.canConvert<PartialDate>()
                                     ? value.value<PartialDate>()
                                     : PartialDate::fromIso(value.toString());
        (index.column() == DocumentColumn::Date          ? d.date
         : index.column() == DocumentColumn::PeriodStart ? d.periodStart
                                                         : d.periodEnd) = date;
        break;
    }
    case DocumentColumn::Parties:
        d.parties = value.toStringList();
        break;
    case DocumentColumn::Link: {
        const auto link = value.value<DocumentLink>();
        if (link.targetId == d.id && d.id != 0)
            return false; // a document does not develop itself
        if (d.links.isEmpty() && link.targetId > 0)
            d.links.append(link);
        else if (link.targetId > 0)
            d.links[0] = link;
        else if (!d.links.isEmpty())
            d.links.removeFirst();
        break;
    }
    default:
        return false;
    }
    if (d == before)
        return false;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags DocumentsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString DocumentsModel::columnTitle(int section)
{
    switch (section) {
    case DocumentColumn::Title:
        return tr("Title");
    case DocumentColumn::Kind:
        return tr("Kind");
    case DocumentColumn::Action:
        return tr("Action");
    case DocumentColumn::Date:
        return tr("Date");
    case DocumentColumn::PeriodStart:
        return tr("Period from");
    case DocumentColumn::PeriodEnd:
        return tr("Period to");
    case DocumentColumn::Parties:
        return tr("Parties");
    case DocumentColumn::Link:
        return tr("Link");
    case DocumentColumn::Meeting:
        return tr("Meeting");
    }
    return {};
}

} // namespace entente
