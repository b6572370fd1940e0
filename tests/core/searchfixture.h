#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace entente {
class Catalogue;
}

namespace entente::test {

// A small catalogue for search tests: seven foreign ministers and colleagues with names in Latin
// and Cyrillic (aliases in Belarusian), meetings dated to the day, the month and the year, a
// multi-day visit and a sub-event, a topic with a sub-topic, documents and overlapping and
// open-ended terms of office.
struct SearchFixture
{
    // People
    qint64 ivanov = 0; // Igor Ivanov, RUS: foreign minister 1998-09..2004-03, then Secretary
                       // of the Security Council 2004-03..2007-07 (both in March 2004)
    qint64 fyodorov = 0; // Pyotr Fyodorov / Пётр Фёдоров, RUS: foreign minister from 2004-03, open
    qint64 antonovich = 0; // Ivan Antonovich, BLR: foreign minister 2000-11..2003-03
    qint64 senko = 0; // Vladimir Senko / Владимир Сенько, alias Уладзімір Сянько, BLR
    qint64 tokayev = 0;  // Kassym-Jomart Tokayev / Касым-Жомарт Токаев, KAZ
    qint64 nazarov = 0;  // Talbak Nazarov / Талбак Назаров, TJK
    qint64 plassnik = 0; // Ursula Plassnik, AUT: no positions recorded

    // Topics: Energy > Gas transit; Security
    qint64 energy = 0;
    qint64 gasTransit = 0;
    qint64 security = 0;

    // Meetings (all top-level except oneToOne)
    qint64 talksMinsk = 0;    // 2001-06-14, Minsk, BLR host + RUS, talks, agreement signed
    qint64 visitAstana = 0;   // 2003-05-20..23, Astana, KAZ host + RUS, official visit
    qint64 oneToOne = 0;      // 2003-05-21, sub-event of visitAstana
    qint64 dushanbe = 0;      // 2004-03-10, Dushanbe, TJK host + RUS, working visit, planned
    qint64 phone = 0;         // 2004-03-20, RUS + BLR, telephone call
    qint64 vienna = 0;        // 2005-02-01..02, Vienna, AUT host + RUS, cancelled
    qint64 consultations = 0; // November 2009 (month), Moscow, RUS host + BLR
    qint64 boards = 0;        // 2009-11-25, Moscow, RUS host + BLR
    qint64 messages = 0;      // 2010 (year), RUS + TJK, exchange of messages

    QList<qint64> topLevel() const
    {
        return {talksMinsk, visitAstana, dushanbe, phone, vienna, consultations, boards, messages};
    }

    static Result<SearchFixture> build(const Catalogue &catalogue);
};

} // namespace entente::test
