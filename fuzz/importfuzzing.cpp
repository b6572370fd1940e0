#include "importfuzzing.h"

#include "fuzzcheck.h"
#include "import/csvcolumns.h"
#include "import/csvreader.h"
#include "import/jsonarraystream.h"
#include "import/meetingcsvdecoder.h"
#include "import/meetingjsondecoder.h"
#include "io/meetingcsv.h"

#include <QBuffer>

#include <algorithm>

namespace entente::fuzzing {

namespace {

// Enough records to reach every state of the readers, few enough to stay fast.
constexpr int maxRecords = 200;

void checkRecord(const ImportRecord &record)
{
    for (const ImportProblem &p : record.problems) {
        check(!p.reason.isEmpty(), "every problem says what is wrong");
        check(p.line >= record.line, "a problem is on the record's lines");
    }
    for (const Delegation &d : record.meeting.delegations) {
        for (const DelegationMember &m : d.members)
            check(record.people.contains(m.personId) || record.mentioned.contains(m.personId),
                  "every member is a person of the record");
    }
    check(record.topicPaths.size() == record.meeting.topics.size(), "every topic has its path");
    for (const ImportLink &l : record.links)
        check(l.document >= 0 && l.document < record.meeting.documents.size(),
              "a link belongs to a document of the record");
}

void decodeCsv(const QByteArray &bytes, bool guessed)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    if (!reader.open())
        return;
    auto header = reader.next();
    if (!header || !*header)
        return;
    check((*header)->line >= 1, "lines count from 1");
    const CsvColumns columns =
        guessed ? CsvColumns::guess((*header)->fields) : CsvColumns(MeetingCsv::header());
    MeetingCsvDecoder decoder(columns);
    qint64 line = (*header)->line;
    for (int i = 0; i < maxRecords; ++i) {
        auto record = reader.next();
        if (!record) {
            check(!record.error().message.isEmpty(), "an error says what is wrong");
            return;
        }
        if (!*record)
            return;
        check((*record)->line > line, "records come on later lines");
        check(!(*record)->fields.isEmpty(), "a record has a field");
        const ImportRecord decoded = decoder.decode(**record);
        check(decoded.line == (*record)->line, "a record keeps its line");
        checkRecord(decoded);
        line = (*record)->line;
    }
}

} // namespace

void runCsv(const QByteArray &bytes)
{
    decodeCsv(bytes, true);
    decodeCsv(bytes, false);
}

void runJson(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    JsonArrayStream stream(&buffer, QStringLiteral("fuzz.json"));
    qint64 line = 0;
    for (int i = 0; i < maxRecords; ++i) {
        auto element = stream.next();
        if (!element) {
            check(!element.error().message.isEmpty(), "an error says what is wrong");
            return;
        }
        if (!*element)
            return;
        check((*element)->line >= std::max<qint64>(line, 1), "elements come in file order");
        check((*element)->text.startsWith('{'), "an element is an object");
        const ImportRecord record = MeetingJsonDecoder::decode(**element);
        checkRecord(record);
        line = (*element)->line;
        check(stream.bytesRead() <= bytes.size(), "never more read than there is");
    }
}

} // namespace entente::fuzzing
