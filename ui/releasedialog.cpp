#include "releasedialog.h"

#include "commands/savedraft.h"
#include "duplicatewarningdialog.h"
#include "extract/cataloguereleaselookup.h"
#include "extract/releaseextractor.h"
#include "fieldlabels.h"
#include "releasetextedit.h"
#include "storage/duplicatefinder.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QTableWidget *reviewTable(const QStringList &headings, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headings.size()), parent);
    table->setHorizontalHeaderLabels(headings);
    table->setAccessibleName(name);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ReleaseDialog::ReleaseDialog(const Catalogue &catalogue, UndoSession &session, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_text(new ReleaseTextEdit(this))
    , m_hasPublished(new QCheckBox(tr("&Published on"), this))
    , m_published(new QDateEdit(QDate::currentDate(), this))
    , m_evidence(reviewTable({tr("Field"), tr("Proposed"), tr("Confidence"), tr("From the text")},
                             tr("Proposed fields with the sentences they come from"), this))
    , m_people(reviewTable({tr("New person"), tr("Post"), tr("Country"), tr("As written")},
                           tr("People the catalogue does not know yet"), this))
    , m_status(new QLabel(this))
    , m_readLater(new QTimer(this))
{
    setObjectName(u"releaseDialog"_s);
    setWindowTitle(tr("New Meeting from Press Release"));
    m_hasPublished->setObjectName(u"hasPublished"_s);
    m_published->setObjectName(u"published"_s);
    m_published->setCalendarPopup(true);
    m_published->setAccessibleName(tr("Publication date"));
    m_published->setEnabled(false);
    m_evidence->setObjectName(u"evidence"_s);
    m_people->setObjectName(u"newPeople"_s);
    m_status->setObjectName(u"draftStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_hasPublished->setToolTip(tr("Dates without a year (“on 25 November”) and weekdays are read "
                                  "against this day, which wins over any date on the page."));

    m_readLater->setSingleShot(true);
    m_readLater->setInterval(400);
    connect(m_readLater, &QTimer::timeout, this, &ReleaseDialog::readNow);
    connect(m_text, &QPlainTextEdit::textChanged, m_readLater, qOverload<>(&QTimer::start));
    connect(m_text, &ReleaseTextEdit::fileRefused, this,
            [this](const QString &problem) { m_status->setText(problem); });
    connect(m_hasPublished, &QCheckBox::toggled, m_published, &QWidget::setEnabled);
    connect(m_hasPublished, &QCheckBox::toggled, m_readLater, qOverload<>(&QTimer::start));
    connect(m_published, &QDateEdit::dateChanged, m_readLater, qOverload<>(&QTimer::start));
    connect(m_evidence, &QTableWidget::currentCellChanged, this,
            [this](int row) { showSentence(row); });

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasPublished);
    dateRow->addWidget(m_published);
    dateRow->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *textLabel = new QLabel(tr("&Text of the release:"), left);
    textLabel->setBuddy(m_text);
    leftLayout->addWidget(textLabel);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addLayout(dateRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *evidenceLabel = new QLabel(tr("What Entente &reads from it:"), right);
    evidenceLabel->setBuddy(m_evidence);
    rightLayout->addWidget(evidenceLabel);
    rightLayout->addWidget(m_evidence, 3);
    auto *peopleLabel = new QLabel(tr("New &people (added when the meeting is saved):"), right);
    peopleLabel->setBuddy(m_people);
    rightLayout->addWidget(peopleLabel);
    rightLayout->addWidget(m_people, 1);
    rightLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save Meeting"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveDraft"_s);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1180, 720);
    showDraft();
}

void ReleaseDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void ReleaseDialog::setPublished(QDate day)
{
    m_hasPublished->setChecked(day.isValid());
    if (day.isValid())
        m_published->setDate(day);
}

QDate ReleaseDialog::published() const
{
    return m_hasPublished->isChecked() ? m_published->date() : QDate();
}

void ReleaseDialog::readNow()
{
    m_readLater->stop();
    m_draft.reset();
    const QString text = m_text->toPlainText();
    if (!text.trimmed().isEmpty()) {
        const CatalogueReleaseLookup lookup(m_catalogue);
        auto draft = ReleaseExtractor(lookup).extract(text, published());
        if (!draft) {
            m_status->setText(draft.error().message);
            m_save->setEnabled(false);
            return;
        }
        m_draft = std::move(*draft);
    }
    showDraft();
}

void ReleaseDialog::showDraft()
{
    m_evidence->setRowCount(0);
    m_people->setRowCount(0);
    m_save->setEnabled(false);
    if (!m_draft) {
        m_status->setText(tr("Nothing is saved until you review the meeting and choose Save "
                             "Meeting."));
        return;
    }
    const QLocale locale;
    for (const Evidence &e : std::as_const(m_draft->evidence)) {
        const int row = m_evidence->rowCount();
        m_evidence->insertRow(row);
        m_evidence->setItem(row, 0, cell(FieldLabels::label(e.field)));
        auto *value = cell(e.value.isEmpty() ? tr("(left empty)") : e.value);
        if (!e.flag.isEmpty()) {
            value->setForeground(QColor(0xb0, 0x1c, 0x1c));
            value->setToolTip(e.note);
        }
        m_evidence->setItem(row, 1, value);
        m_evidence->setItem(row, 2, cell(locale.toString(qRound(e.confidence * 100)) + u" %"_s));
        m_evidence->setItem(row, 3, cell(e.sentence.isEmpty() ? e.note : e.sentence));
    }
    for (const NewPerson &p : std::as_const(m_draft->newPeople)) {
        const int row = m_people->rowCount();
        m_people->insertRow(row);
        m_people->setItem(row, 0, cell(p.displayName()));
        m_people->setItem(row, 1, cell(p.title));
        m_people->setItem(row, 2, cell(p.country));
        m_people->setItem(row, 3, cell(p.asWritten));
    }
    m_evidence->resizeColumnsToContents();
    m_evidence->setColumnWidth(1, std::min(m_evidence->columnWidth(1), 260));
    m_people->resizeColumnsToContents();

    if (!m_draft->meetingLike) {
        m_status->setText(tr("This text does not describe a meeting: no meeting format, party or "
                             "person was found."));
        return;
    }
    QStringList problems;
    for (const FieldProblem &p : m_draft->problems())
        problems.append(p.field + u": "_s + p.message);
    if (!problems.isEmpty()) {
        m_status->setText(tr("Cannot be saved yet: %1. Correct the text or give the publication "
                             "date.")
                              .arg(problems.join(u"; "_s)));
        return;
    }
    const QString subEvents = m_draft->subEvents.isEmpty() ? QString()
                                                           : tr(" with %n sub-event(s)", nullptr,
                                                                int(m_draft->subEvents.size()));
    m_status->setText(tr("Ready: “%1”, %2%3. Review the fields, then save; the meeting opens in "
                         "the editor.")
                          .arg(m_draft->meeting.title,
                               displaySpan(m_draft->meeting.start, m_draft->meeting.end, locale),
                               subEvents));
    m_save->setEnabled(true);
}

void ReleaseDialog::showSentence(int row)
{
    if (!m_draft || row < 0 || row >= m_draft->evidence.size())
        return;
    const Evidence &e = m_draft->evidence.at(row);
    if (e.start < 0 || e.end <= e.start)
        return;
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(int(e.start));
    cursor.setPosition(int(e.end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

bool ReleaseDialog::save()
{
    if (m_readLater->isActive())
        readNow();
    if (!m_draft || !m_save->isEnabled())
        return false;
    auto duplicates = DuplicateFinder(m_catalogue).probableDuplicates(m_draft->meeting);
    if (duplicates && !duplicates->isEmpty()) {
        DuplicateWarningDialog warning(*duplicates, this);
        const int outcome = warning.exec();
        if (outcome == DuplicateWarningDialog::OpenExisting) {
            Q_EMIT openMeetingRequested(warning.chosenMeeting());
            reject();
            return false;
        }
        if (outcome != DuplicateWarningDialog::CreateAnyway)
            return false;
    }
    auto id = SaveDraft::save(m_session, *m_draft);
    if (!id) {
        QMessageBox::warning(this, tr("Cannot Save the Meeting"), id.error().message);
        return false;
    }
    m_saved = *id;
    return true;
}

} // namespace entente
