#include "models/delegationsmodel.h"
#include "models/roles.h"
#include "sample/samplecatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestDelegationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPartiesAndMembersAsATree();
    void picksATypedAndAChosenPerson();
    void oneHeadPerDelegation();
    void reordersMembersInProtocolOrder();
    void addsAndRemovesParties();
    void withdrawnPartyKeepsItsDelegation();
    void changesARole();

private:
    static Meeting sample() { return SampleCatalogue::jointCollegium(1, 2); }
};

void TestDelegationsModel::showsPartiesAndMembersAsATree()
{
    DelegationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCountryNames({{u"RUS"_s, u"Russia"_s}, {u"BLR"_s, u"Belarus"_s}});
    Meeting m = sample();
    m.delegations[0].members[0].nameLatin = u"Sergey Lavrov"_s;
    m.delegations[0].members[0].nameNative = u"Сергей Лавров"_s;
    model.setMeeting(m.parties, m.delegations);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DelegationColumn::Name).data().toString(), u"Russia"_s);
    QCOMPARE(model.index(0, DelegationColumn::Position).data().toString(), u"Host"_s);
    QCOMPARE(model.index(1, DelegationColumn::Position).data(Qt::EditRole).toString(), u"guest"_s);
    const QModelIndex russia = model.index(0, 0);
    QCOMPARE(model.rowCount(russia), 1);
    const QModelIndex lavrov = model.index(0, DelegationColumn::Name, russia);
    QCOMPARE(lavrov.data().toString(), u"Sergey Lavrov (Сергей Лавров)"_s);
    QCOMPARE(lavrov.data(Role::Id).toLongLong(), 1);
    QCOMPARE(lavrov.parent(), russia);
    QCOMPARE(model.index(0, DelegationColumn::Head, russia)
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Checked);
    QCOMPARE(model.countryOf(lavrov), u"RUS"_s);
    QCOMPARE(model.parties(), m.parties);
    QCOMPARE(model.delegations(), m.delegations);
}

void TestDelegationsModel::picksATypedAndAChosenPerson()
{
    DelegationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Meeting m = sample();
    model.setMeeting(m.parties, m.delegations);
    QSignalSpy edited(&model, &DelegationsModel::edited);

    const QModelIndex added = model.addMember(1);
    QCOMPARE(edited.count(), 0); // an empty row is not an edit yet
    QVERIFY(!added.data(Role::Problem).toString().isEmpty());
    QVERIFY(!model.index(1, DelegationColumn::Head, added.parent())
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>());

    QVERIFY(model.setData(added, u"Vladimir Makei"_s));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(added.data(Qt::EditRole).toString(), u"Vladimir Makei"_s); // kept as typed
    QCOMPARE(added.data(Role::Problem).toString(),
             u"“Vladimir Makei” is not in the catalogue: choose a person, or create one"_s);
    QCOMPARE(model.delegations().at(1).members.at(1).personId, 0);

    const PersonChoice choice{7, u"Vladimir Makei"_s, u"Уладзімір Макей"_s,
                              u"Head of the Presidential Administration"_s};
    QVERIFY(model.setData(added, QVariant::fromValue(choice), Role::Id));
    QCOMPARE(added.data(Role::Id).toLongLong(), 7);
    QCOMPARE(added.data(Role::Problem).toString(), QString());
    QCOMPARE(added.siblingAtColumn(DelegationColumn::Position).data().toString(), choice.position);
    QVERIFY(model.setData(added.siblingAtColumn(DelegationColumn::Position),
                          u"Head of Administration"_s));
    QCOMPARE(model.delegations().at(1).members.at(1).position, u"Head of Administration"_s);
    QCOMPARE(edited.count(), 3);
}

void TestDelegationsModel::oneHeadPerDelegation()
{
    DelegationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Meeting m = sample();
    model.setMeeting(m.parties, m.delegations);
    const QModelIndex second = model.addMember(0);
    model.setData(second, QVariant::fromValue(PersonChoice{5, u"Grigory Karasin"_s, {}, {}}),
                  Role::Id);
    const QModelIndex head = second.siblingAtColumn(DelegationColumn::Head);
    QVERIFY(model.setData(head, Qt::Checked, Qt::CheckStateRole));
    const auto members = model.delegations().at(0).members;
    QVERIFY(!members.at(0).head);
    QVERIFY(members.at(1).head);
}

void TestDelegationsModel::reordersMembersInProtocolOrder()
{
    DelegationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Meeting m = sample();
    model.setMeeting(m.parties, m.delegations);
    const QModelIndex second = model.addMember(0);
    model.setData(second, QVariant::fromValue(PersonChoice{5, u"Grigory Karasin"_s, {}, {}}),
                  Role::Id);
    QVERIFY(!model.moveMember(second, 1)); // already last
    QVERIFY(model.moveMember(second, -1));
    QCOMPARE(model.delegations().at(0).members.at(0).personId, 5);
    QCOMPARE(model.delegations().at(0).members.at(1).personId, 1);
    QVERIFY(model.moveMember(model.index(0, 0, model.index(0, 0)), 1));
    QCOMPARE(model.delegations().at(0).members.at(0).personId, 1);
    model.removeMember(model.index(1, 0, model.index(0, 0)));
    QCOMPARE(model.delegations(), m.delegations);
}

void TestDelegationsModel::addsAndRemovesParties()
{
    DelegationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Meeting m = sample();
    model.setMeeting(m.parties, m.delegations);
    QCOMPARE(model.addParty(u"KAZ"_s, PartyRole::Participant), 2);
    QCOMPARE(model.addParty(u"RUS"_s, PartyRole::Guest), 0); // takes part already
    QCOMPARE(model.parties().size(), 3);
    QCOMPARE(model.delegations().size(), 2); // no delegation until someone is named
    model.removeParty(0);
    QCOMPARE(model.parties().at(0).country, u"BLR"_s);
    QCOMPARE(model.delegations().size(), 1);
}

void TestDelegationsModel::withdrawnPartyKeepsItsDelegation()
{
    DelegationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCountryNames({{u"RUS"_s, u"Russia"_s}, {u"BLR"_s, u"Belarus"_s}});
    const Meeting m = sample();
    model.setMeeting(m.parties, m.delegations);
    QSignalSpy edited(&model, &DelegationsModel::edited);

    // Belarus stops taking part; its delegation stays, and the meeting says what is wrong.
    model.withdrawParty(1);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.takesPart(1));
    QCOMPARE(model.parties(), QList<Party>{m.parties.at(0)});
    QCOMPARE(model.delegations(), m.delegations);
    Meeting after = m;
    after.parties = model.parties();
    after.delegations = model.delegations();
    QCOMPARE(after.validate().size(), 1);
    QCOMPARE(after.validate().at(0).message,
             u"a delegation of BLR, which is not taking part in the meeting"_s);
    QVERIFY(!model.index(1, DelegationColumn::Name).data(Role::Problem).toString().isEmpty());
    QCOMPARE(model.index(1, DelegationColumn::Position).data(Role::Code).toString(), QString());

    // A role given back makes it a party again, where it was.
    QVERIFY(model.setData(model.index(1, DelegationColumn::Position), u"guest"_s));
    QVERIFY(model.takesPart(1));
    QCOMPARE(model.parties(), m.parties);
    QVERIFY(model.index(1, DelegationColumn::Name).data(Role::Problem).toString().isEmpty());

    // Withdrawn again, then removed: the delegation goes with it.
    model.withdrawParty(1);
    model.withdrawParty(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.delegations().size(), 1);
    // A country with nobody in its delegation goes at once.
    QCOMPARE(model.addParty(u"KAZ"_s, PartyRole::Participant), 1);
    model.withdrawParty(1);
    QCOMPARE(model.rowCount(), 1);

    // A meeting that arrives with a delegation of a country not taking part shows it as such
    // (and does not quietly make the country a participant).
    model.setMeeting({m.parties.at(0)}, m.delegations);
    QVERIFY(!model.takesPart(1));
    QCOMPARE(model.parties().size(), 1);
    QCOMPARE(model.addParty(u"BLR"_s, PartyRole::Host), 1);
    QCOMPARE(model.parties().at(1).role, PartyRole::Host);
}

void TestDelegationsModel::changesARole()
{
    DelegationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Meeting m = sample();
    model.setMeeting(m.parties, m.delegations);
    QVERIFY(model.setData(model.index(1, DelegationColumn::Position), u"host"_s));
    QCOMPARE(model.parties().at(1).role, PartyRole::Host);
    QVERIFY(!model.setData(model.index(1, DelegationColumn::Position), u"nonsense"_s));
    QVERIFY(!(model.flags(model.index(0, DelegationColumn::Name)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestDelegationsModel)
#include "tst_delegationsmodel.moc"
