#include "searchreportwriter.h"

#include "reports/horizontalbarchart.h"
#include "reports/meetingselection.h"
#include "reports/pagecanvas.h"
#include "reports/stackedbarchart.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Characters of a title or place shown in a table cell: a dozen lines of its column at most.
constexpr qsizetype cellLimit = 300;

} // namespace

SearchReportWriter::SearchReportWriter(PageCanvas &canvas, const ReportOptions &options,
                                       const DisplayLabels &labels)
    : m_canvas(canvas)
    , m_options(options)
    , m_labels(labels)
    , m_locale(options.locale)
{}

SearchReportWriter::~SearchReportWriter() = default;

void SearchReportWriter::titlePage(const MeetingSelection &selection, qint64 meetings)
{
    const ReportStyle &style = m_canvas.style();
    m_canvas.newPage();
    m_canvas.setY(m_canvas.body().top() + m_canvas.body().height() * 0.2);

    QFont kicker = style.label;
    kicker.setBold(true);
    m_canvas.paragraph(tr("SEARCH REPORT"), kicker, style.accent);
    m_canvas.space(8);
    QFont title = style.title;
    title.setPointSizeF(style.title.pointSizeF() * 1.35);
    m_canvas.paragraph(m_options.effectiveTitle(), title, style.ink);
    m_canvas.space(10);
    m_canvas.rule(style.accent, 1.5);
    m_canvas.space(18);

    const qreal labelWidth = m_canvas.pt(92);
    m_canvas.labelValue(tr("Covers"), selection.description, labelWidth);
    m_canvas.space(3);
    m_canvas.labelValue(tr("Query"),
                        selection.query.isEmpty() ? tr("None: every meeting") : selection.query,
                        labelWidth);
    m_canvas.space(3);
    m_canvas.labelValue(tr("Meetings"), m_locale.toString(meetings), labelWidth);
    m_canvas.space(3);
    m_canvas.labelValue(tr("Catalogue"), m_options.catalogueName, labelWidth);
    m_canvas.space(3);
    const QDateTime made =
        m_options.madeAt.isValid() ? m_options.madeAt : QDateTime::currentDateTime();
    m_canvas.labelValue(tr("Made"), displayMoment(made, m_locale), labelWidth);

    m_canvas.space(40);
    m_canvas.paragraph(tr("Dates are given as precisely as they are recorded: a meeting known "
                          "only to the month or the year is shown with its month or year. "
                          "Sub-events appear in the dossier of the meeting they belong to."),
                       style.small, style.muted, 0);
}

void SearchReportWriter::figureBoxes(const QList<std::pair<qint64, QString>> &figures)
{
    const ReportStyle &style = m_canvas.style();
    const qreal gap = m_canvas.pt(10);
    const qreal count = qreal(figures.size());
    const qreal boxWidth = (m_canvas.width() - gap * (count - 1)) / count;
    const qreal pad = m_canvas.pt(9);
    qreal height = 0;
    std::vector<std::pair<WrappedText, WrappedText>> texts;
    for (const auto &[value, caption] : figures) {
        WrappedText number =
            m_canvas.wrap(m_locale.toString(value), style.figure, boxWidth - 2 * pad);
        WrappedText words = m_canvas.wrap(caption, style.label, boxWidth - 2 * pad);
        height = std::max(height, number.height() + words.height());
        texts.emplace_back(std::move(number), std::move(words));
    }
    height += 2 * pad + m_canvas.pt(2);
    m_canvas.ensureSpace(height);
    if (QPainter *p = m_canvas.painter()) {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const qreal x = m_canvas.left() + qreal(i) * (boxWidth + gap);
            const QRectF box(x, m_canvas.y(), boxWidth, height);
            p->fillRect(box, style.panelFill);
            p->fillRect(QRectF(x, m_canvas.y(), m_canvas.pt(2.5), height), style.accent);
            p->setPen(style.accent);
            texts.at(i).first.draw(p, QPointF(x + pad, m_canvas.y() + pad));
            p->setPen(style.muted);
            texts.at(i).second.draw(
                p,
                QPointF(x + pad, m_canvas.y() + pad + texts.at(i).first.height() + m_canvas.pt(2)));
        }
    }
    m_canvas.advance(height);
}

void SearchReportWriter::summary(const ReportFigures &figures)
{
    const ReportStyle &style = m_canvas.style();
    m_canvas.newPage();
    m_canvas.heading(tr("Summary"), m_canvas.pt(80));

    const QString home = homeCountry(figures);
    qint64 counterparts = figures.meetingsByCountry.size();
    if (!home.isEmpty())
        --counterparts;
    figureBoxes(
        {{figures.meetings, tr("meetings")},
         {counterparts, home.isEmpty() ? tr("countries and organisations taking part")
                                       : tr("counterparts of %1").arg(m_labels.country(home))},
         {qint64(figures.heads.size()), tr("ministers and other heads of delegation")},
         {figures.documents, tr("outcome documents")}});

    const bool landscape = m_canvas.width() > m_canvas.body().height();
    // As many named countries as there are colours; the rest together in grey.
    const SeriesCounts byYear = countryChart(figures, m_labels, int(style.series.size()));
    StackedBarChart yearChart(byYear, style, m_canvas.device());
    yearChart.setAxisTitles(tr("Year"), tr("Meetings"));
    ChartBlock years{
        home.isEmpty() ? tr("Meetings per year by party") : tr("Meetings per year by counterpart"),
        home.isEmpty() ? tr("Each meeting counts once for every country or organisation "
                            "taking part.")
                       : tr("Meetings of %1, by the other country or organisation taking "
                            "part; a meeting with several counterparts counts once for each.")
                             .arg(m_labels.country(home)),
        byYear.isEmpty() ? tr("No meetings to chart.") : QString(),
        m_canvas.pt(landscape ? 230 : 235), [&](QPainter *p, const QRectF &r) {
            yearChart.draw(p, r);
        }};

    const LabelledCounts topics = topicChart(figures, 10);
    HorizontalBarChart topicBars(topics, style, m_canvas.device());
    topicBars.setValueTitle(tr("Meetings"));
    ChartBlock topicBlock{tr("Most frequent topics"),
                          tr("The topics discussed at the most meetings, most frequent first."),
                          topics.isEmpty() ? tr("No topics recorded for these meetings.")
                                           : QString(),
                          topicBars.preferredHeight(), [&](QPainter *p, const QRectF &r) {
                              topicBars.draw(p, r);
                          }};

    if (landscape) {
        // Side by side: the page is wide and short.
        const qreal gap = m_canvas.pt(24);
        const qreal left = (m_canvas.width() - gap) * 0.58;
        const qreal right = m_canvas.width() - gap - left;
        years.height = std::max(m_canvas.pt(150),
                                std::min(years.height, m_canvas.remaining() - m_canvas.pt(60)));
        topicBlock.height = years.height;
        m_canvas.space(14);
        const qreal height =
            std::max(chartColumn(years, 0, left, false), chartColumn(topicBlock, 0, right, false));
        m_canvas.ensureSpace(height);
        chartColumn(years, m_canvas.left(), left, true);
        chartColumn(topicBlock, m_canvas.left() + left + gap, right, true);
        m_canvas.advance(height);
        return;
    }
    for (const ChartBlock *block : {&years, &topicBlock}) {
        m_canvas.space(14);
        const qreal height = chartColumn(*block, 0, m_canvas.width(), false);
        m_canvas.ensureSpace(height);
        chartColumn(*block, m_canvas.left(), m_canvas.width(), true);
        m_canvas.advance(height);
    }
}

qreal SearchReportWriter::chartColumn(const ChartBlock &block, qreal x, qreal width, bool draw)
{
    const ReportStyle &style = m_canvas.style();
    const WrappedText heading = m_canvas.wrap(block.heading, style.heading, width);
    const WrappedText note = m_canvas.wrap(block.note, style.small, width);
    const WrappedText empty = m_canvas.wrap(block.empty, style.body, width);
    const qreal top = m_canvas.y();
    qreal y = top;
    QPainter *p = draw ? m_canvas.painter() : nullptr;
    if (p)
        p->setPen(style.accent);
    heading.draw(p, QPointF(x, y));
    y += heading.height() + m_canvas.pt(1.5);
    if (p) {
        p->setPen(QPen(style.rule, m_canvas.pt(0.6)));
        p->drawLine(QPointF(x, y), QPointF(x + width, y));
        p->setPen(style.muted);
    }
    y += m_canvas.pt(5);
    note.draw(p, QPointF(x, y));
    y += note.height() + m_canvas.pt(6);
    if (!block.empty.isEmpty()) {
        empty.draw(p, QPointF(x, y));
        return y + empty.height() - top;
    }
    if (p)
        block.draw(p, QRectF(x, y, width, block.height));
    return y + block.height - top;
}

void SearchReportWriter::beginTable(qint64 meetings)
{
    const ReportStyle &style = m_canvas.style();
    m_canvas.newPage();
    m_canvas.heading(tr("Meetings"), m_canvas.pt(60));
    if (meetings == 0) {
        m_canvas.paragraph(tr("No meetings match."), style.body, style.muted);
        return;
    }
    m_canvas.paragraph(tr("In date order; %1 in all.").arg(m_locale.toString(meetings)),
                       style.small, style.muted);
    m_canvas.space(6);
    m_table =
        std::make_unique<TableWriter>(m_canvas, QList<TableColumn>{{tr("Date"), 1.2},
                                                                   {tr("Title"), 3.1},
                                                                   {tr("Place"), 1.3},
                                                                   {tr("Heads of delegation"), 2.1},
                                                                   {tr("Documents"), 1.75}});
}

QString SearchReportWriter::compactSpan(const PartialDate &start, const PartialDate &end) const
{
    const auto one = [&](const PartialDate &d) {
        switch (d.precision()) {
        case DatePrecision::Day:
            return m_locale.toString(d.firstDay(), u"d MMM yyyy"_s);
        case DatePrecision::Month:
            return m_locale.toString(d.firstDay(), u"MMM yyyy"_s);
        case DatePrecision::Year:
            return QString::number(d.yearPart());
        }
        return d.toIso();
    };
    if (!start.isValid())
        return start.toIso();
    if (end.isNull() || end == start)
        return one(start);
    if (start.precision() == DatePrecision::Day && end.precision() == DatePrecision::Day &&
        start.yearPart() == end.yearPart() && start.monthPart() == end.monthPart())
        return QString::number(start.dayPart()) + u'–' + one(end);
    return one(start) + u" – "_s + one(end);
}

void SearchReportWriter::addRow(const ReportRow &row)
{
    if (!m_table)
        return;
    QStringList heads;
    for (const ReportRow::Head &h : row.heads)
        heads.append(m_labels.country(h.country) + u": "_s + h.name);
    QStringList documents;
    for (const ReportRow::Document &d : row.documents)
        documents.append(m_labels.documentKind(d.kind) + u", "_s +
                         m_labels.documentAction(d.action).toLower());
    QStringList place;
    if (!row.place.isEmpty())
        place.append(row.place);
    if (!row.placeCountry.isEmpty())
        place.append(m_labels.country(row.placeCountry));
    // A sub-event listed on its own (its meeting is not in the report) says so.
    const QString title = row.parentId ? u"↳ "_s + row.title : row.title;
    // A row is never taller than a page: long cells are cut with a mark (the dossier has all).
    m_table->addRow({compactSpan(row.start, row.end), clippedText(title, cellLimit),
                     clippedText(place.join(u", "_s), cellLimit), heads.join(u'\n'),
                     documents.join(u'\n')});
}

int SearchReportWriter::tableHeaderCount() const
{
    return m_table ? m_table->headerCount() : 0;
}

QString SearchReportWriter::homeCountry(const ReportFigures &figures)
{
    QString best;
    int bestCount = 0;
    for (auto it = figures.meetingsByCountry.cbegin(); it != figures.meetingsByCountry.cend();
         ++it) {
        // Ties go to the country that hosted more, then to the code, so the choice is stable.
        const int hosted = figures.meetingsHosted.value(it.key());
        const int bestHosted = figures.meetingsHosted.value(best);
        if (it.value() > bestCount ||
            (it.value() == bestCount &&
             (hosted > bestHosted || (hosted == bestHosted && it.key() < best)))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return figures.meetings > 0 && bestCount * 2 >= figures.meetings ? best : QString();
}

SeriesCounts SearchReportWriter::countryChart(const ReportFigures &figures,
                                              const DisplayLabels &labels, int maxSeries)
{
    SeriesCounts chart;
    const QString home = homeCountry(figures);
    QList<std::pair<QString, int>> countries;
    for (auto it = figures.meetingsByCountry.cbegin(); it != figures.meetingsByCountry.cend();
         ++it) {
        if (it.key() != home)
            countries.append({it.key(), it.value()});
    }
    if (countries.isEmpty())
        return chart;
    std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second
                                    : labels.country(a.first) < labels.country(b.first);
    });
    const bool withOther = countries.size() > maxSeries;
    const qsizetype named = withOther ? maxSeries - 1 : countries.size();

    QList<int> years;
    for (auto it = figures.countryByYear.cbegin(); it != figures.countryByYear.cend(); ++it) {
        if (it.key() > 0)
            years.append(it.key());
    }
    if (years.isEmpty())
        return chart;
    const int first = *std::min_element(years.cbegin(), years.cend());
    const int last = *std::max_element(years.cbegin(), years.cend());
    for (int year = first; year <= last; ++year)
        chart.categories.append(QString::number(year));

    for (qsizetype i = 0; i < named; ++i)
        chart.series.append(labels.country(countries.at(i).first));
    if (withOther)
        chart.series.append(QCoreApplication::translate("SearchReportWriter", "Others"));
    chart.lastIsOther = withOther;
    chart.values.resize(chart.series.size());
    for (QList<int> &row : chart.values)
        row.fill(0, chart.categories.size());
    for (int year = first; year <= last; ++year) {
        const QHash<QString, int> counts = figures.countryByYear.value(year);
        for (qsizetype i = 0; i < countries.size(); ++i) {
            const qsizetype series = std::min(i, named);
            chart.values[series][year - first] += counts.value(countries.at(i).first);
        }
    }
    return chart;
}

LabelledCounts SearchReportWriter::topicChart(const ReportFigures &figures, int maxTopics)
{
    QList<std::pair<QString, int>> topics;
    for (auto it = figures.topicCounts.cbegin(); it != figures.topicCounts.cend(); ++it)
        topics.append({figures.topicNames.value(it.key()), it.value()});
    std::sort(topics.begin(), topics.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    LabelledCounts chart;
    for (qsizetype i = 0; i < std::min<qsizetype>(topics.size(), maxTopics); ++i) {
        chart.labels.append(topics.at(i).first);
        chart.values.append(topics.at(i).second);
    }
    return chart;
}

} // namespace entente
