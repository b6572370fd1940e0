#pragma once

#include "commands/undosession.h"
#include "labels/displaylabels.h"
#include "meetingeditor.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QApplication>
#include <QTest>

#include <memory>

namespace entente::uitest {

// The sample catalogue open in a MeetingEditor of its own, on screen and active, with the undo
// session the editor saves through.
struct EditorFixture
{
    test::TestCatalogue catalogue;
    SampleCatalogue::Ids ids;
    std::unique_ptr<UndoSession> session;
    DisplayLabels labels;
    std::unique_ptr<MeetingEditor> editor;

    EditorFixture()
    {
        ids = catalogue.addSample();
        session = std::make_unique<UndoSession>(*catalogue);
        labels = *DisplayLabels::load(*catalogue, QLocale());
        editor = std::make_unique<MeetingEditor>();
        editor->setSession(session.get());
        editor->setLabels(labels);
        editor->showMeeting(stored());
        editor->resize(900, 720);
        editor->show();
        QApplication::setActiveWindow(editor.get());
    }
    ~EditorFixture() { editor.reset(); }
    bool ready() { return QTest::qWaitForWindowActive(editor.get()); }

    Meeting stored(qint64 id = 0) const
    {
        return *MeetingRepository(*catalogue).get(id ? id : ids.meeting);
    }
    template<typename T>
    T *field(const QString &name) const
    {
        return editor->findChild<T *>(name);
    }
};

} // namespace entente::uitest
