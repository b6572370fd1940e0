<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>entente: the catalogue %1 is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>entente: the catalogue %1 is damaged: %n problem found.</numerusform><numerusform>entente: the catalogue %1 is damaged: %n problems found.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (%n of them sub-event(s))</source>
        <translation>
            <numerusform> (%n of them sub-event)</numerusform><numerusform> (%n of them sub-events)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n invalid record(s): nothing was imported. Correct the file, or run again with --skip-invalid to import the valid ones.</source>
        <translation>
            <numerusform>%1: %n invalid record: nothing was imported. Correct the file, or run again with --skip-invalid to import the valid ones.</numerusform><numerusform>%1: %n invalid records: nothing was imported. Correct the file, or run again with --skip-invalid to import the valid ones.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) read</source>
        <translation>
            <numerusform>%1: %n record read</numerusform><numerusform>%1: %n records read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n meeting(s) could be imported</source>
        <translation>
            <numerusform>; %n meeting could be imported</numerusform><numerusform>; %n meetings could be imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; imported %n meeting(s)</source>
        <translation>
            <numerusform>; imported %n meeting</numerusform><numerusform>; imported %n meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>DeleteMeetingCommand</name>
    <message numerus="yes">
        <source>delete %n meeting(s)</source>
        <translation>
            <numerusform>delete %n meeting</numerusform><numerusform>delete %n meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>import %n meeting(s) from %1</source>
        <translation>
            <numerusform>import %n meeting from %1</numerusform><numerusform>import %n meetings from %1</numerusform></translation>
    </message>
</context>
<context>
    <name>JsonArrayStream</name>
    <message numerus="yes">
        <source>the file ends after %n meeting(s) without the closing “]”: it is incomplete</source>
        <translation>
            <numerusform>the file ends after %n meeting without the closing “]”: it is incomplete</numerusform><numerusform>the file ends after %n meetings without the closing “]”: it is incomplete</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>entente::BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %n Meeting(s)</source>
        <translation>
            <numerusform>Change %n Meeting</numerusform><numerusform>Change %n Meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>What you set here is changed in all %n selected meeting(s); the rest stays as each meeting has it. One step to undo.</source>
        <translation>
            <numerusform>What you set here is changed in all %n selected meeting; the rest stays as each meeting has it. One step to undo.</numerusform><numerusform>What you set here is changed in all %n selected meetings; the rest stays as each meeting has it. One step to undo.</numerusform></translation>
    </message>
</context>
<context>
    <name>entente::EditingController</name>
    <message numerus="yes">
        <source>Its delegations, outcome documents and %n sub-event(s) are deleted with it.</source>
        <translation>
            <numerusform>Its delegations, outcome documents and %n sub-event is deleted with it.</numerusform><numerusform>Its delegations, outcome documents and %n sub-events are deleted with it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform><numerusform>Copied %n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>entente::ImportDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) in the file.</source>
        <translation>
            <numerusform>%n meeting in the file.</numerusform><numerusform>%n meetings in the file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n meeting(s) can be imported; nothing was written.</source>
        <translation>
            <numerusform>%1 of %n meeting can be imported; nothing was written.</numerusform><numerusform>%1 of %n meetings can be imported; nothing was written.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n meeting(s).</source>
        <translation>
            <numerusform>Imported %1 of %n meeting.</numerusform><numerusform>Imported %1 of %n meetings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n meeting(s) of the file are invalid. Correct the file, or choose to import the valid meetings only.</source>
        <translation>
            <numerusform>Nothing was imported: %n meeting of the file is invalid. Correct the file, or choose to import the valid meetings only.</numerusform><numerusform>Nothing was imported: %n meetings of the file are invalid. Correct the file, or choose to import the valid meetings only.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s). Edit ▸ Undo takes the import back.</source>
        <translation>
            <numerusform>Imported %n meeting. Edit ▸ Undo takes the import back.</numerusform><numerusform>Imported %n meetings. Edit ▸ Undo takes the import back.</numerusform></translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message numerus="yes">
        <source>%n meeting(s) found</source>
        <translation>
            <numerusform>%n meeting found</numerusform><numerusform>%n meetings found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>entente::ReleaseDialog</name>
    <message numerus="yes">
        <source> with %n sub-event(s)</source>
        <translation>
            <numerusform> with %n sub-event</numerusform><numerusform> with %n sub-events</numerusform></translation>
    </message>
</context>
<context>
    <name>entente::SearchBar</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
</context>
</TS>