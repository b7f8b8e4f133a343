<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BriefDialog</name>
    <message numerus="yes">
        <source>Export %n Briefs</source>
        <translation>
            <numerusform>Export %n Brief</numerusform>
            <numerusform>Export %n Briefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions selected.</source>
        <translation>
            <numerusform>%n session selected.</numerusform>
            <numerusform>%n sessions selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditController</name>
    <message numerus="yes">
        <source>Changed %Ln session(s).</source>
        <translation>
            <numerusform>Changed %Ln session.</numerusform>
            <numerusform>Changed %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln session(s) as they were.</source>
        <translation>
            <numerusform>Undone: %Ln session as it was.</numerusform>
            <numerusform>Undone: %Ln sessions as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln session(s) again.</source>
        <translation>
            <numerusform>Changed %Ln session again.</numerusform>
            <numerusform>Changed %Ln sessions again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderReviewDialog</name>
    <message numerus="yes">
        <source>%Ln file(s) have a problem: see the marked lines.</source>
        <translation>
            <numerusform>%Ln file has a problem: see the marked lines.</numerusform>
            <numerusform>%Ln files have a problem: see the marked lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new session(s)</source>
        <translation>
            <numerusform>%Ln new session</numerusform>
            <numerusform>%Ln new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln known session(s) get more files</source>
        <translation>
            <numerusform>%Ln known session gets more files</numerusform>
            <numerusform>%Ln known sessions get more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) to attach</source>
        <translation>
            <numerusform>%Ln file to attach</numerusform>
            <numerusform>%Ln files to attach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Downloaded %1 of %Ln linked file(s).</source>
        <translation>
            <numerusform>Downloaded %1 of %Ln linked file.</numerusform>
            <numerusform>Downloaded %1 of %Ln linked files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation>
            <numerusform>%Ln failed.</numerusform>
            <numerusform>%Ln failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message numerus="yes">
        <source>Download the files behind %n link(s) to slides, agendas and recordings after importing</source>
        <translation>
            <numerusform>Download the files behind %n link to slides, agendas and recordings after importing</numerusform>
            <numerusform>Download the files behind %n links to slides, agendas and recordings after importing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n</source>
        <translation>
            <numerusform>Import %n</numerusform>
            <numerusform>Import %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source>Move %Ln file(s) no record knows to the library&apos;s quarantine folder (nothing is deleted)</source>
        <translation>
            <numerusform>Move %Ln file no record knows to the library&apos;s quarantine folder (nothing is deleted)</numerusform>
            <numerusform>Move %Ln files no record knows to the library&apos;s quarantine folder (nothing is deleted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln partial copy(ies) left by an interrupted program</source>
        <translation>
            <numerusform>Remove %Ln partial copy left by an interrupted program</numerusform>
            <numerusform>Remove %Ln partial copies left by an interrupted program</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) are left for you to decide (missing or changed files: locate them, or remove them from their sessions).</source>
        <translation>
            <numerusform>%Ln problem is left for you to decide (missing or changed files: locate them, or remove them from their sessions).</numerusform>
            <numerusform>%Ln problems are left for you to decide (missing or changed files: locate them, or remove them from their sessions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other missing file(s) in the same folder were reconnected too.</source>
        <translation>
            <numerusform>%Ln other missing file in the same folder was reconnected too.</numerusform>
            <numerusform>%Ln other missing files in the same folder were reconnected too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln missing file(s) were found and reconnected.</source>
        <translation>
            <numerusform>%1 of %Ln missing file was found and reconnected.</numerusform>
            <numerusform>%1 of %Ln missing files were found and reconnected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln file(s) (%1) to %2</source>
        <translation>
            <numerusform>Backed up %Ln file (%1) to %2</numerusform>
            <numerusform>Backed up %Ln files (%1) to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) linked in place are recorded by path, not copied: back them up where they are.</source>
        <translation>
            <numerusform>%Ln file linked in place is recorded by path, not copied: back it up where it is.</numerusform>
            <numerusform>%Ln files linked in place are recorded by path, not copied: back them up where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) the catalogue names were not in the archive (a backup without files): copy them into its files folder, or use Library → Locate Missing Files… there.</source>
        <translation>
            <numerusform>%Ln file the catalogue names was not in the archive (a backup without files): copy it into its files folder, or use Library → Locate Missing Files… there.</numerusform>
            <numerusform>%Ln files the catalogue names were not in the archive (a backup without files): copy them into its files folder, or use Library → Locate Missing Files… there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are linked in place where they were: check they exist.</source>
        <translation>
            <numerusform>%Ln file is linked in place where it was: check it exists.</numerusform>
            <numerusform>%Ln files are linked in place where they were: check they exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies)</source>
        <translation>
            <numerusform>%Ln copy</numerusform>
            <numerusform>%Ln copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded file(s)</source>
        <translation>
            <numerusform>%Ln recorded file</numerusform>
            <numerusform>%Ln recorded files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partial copy(ies) of an interrupted program were removed when the library opened.</source>
        <translation>
            <numerusform>%Ln partial copy of an interrupted program was removed when the library opened.</numerusform>
            <numerusform>%Ln partial copies of an interrupted program were removed when the library opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found: the catalogue, its %Ln file(s) and the search index are sound.</source>
        <translation>
            <numerusform>No problems found: the catalogue, its %Ln file and the search index are sound.</numerusform>
            <numerusform>No problems found: the catalogue, its %Ln files and the search index are sound.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln problem found.</numerusform>
            <numerusform>%Ln problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index (%Ln session(s))</source>
        <translation>
            <numerusform>Rebuilt the search index (%Ln session)</numerusform>
            <numerusform>Rebuilt the search index (%Ln sessions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %Ln file(s).</source>
        <translation>
            <numerusform>Attached %Ln file.</numerusform>
            <numerusform>Attached %Ln files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files were not attached.</source>
        <translation>
            <numerusform>%Ln file was not attached.</numerusform>
            <numerusform>%Ln files were not attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transcribe %Ln recording(s) without subtitles, %1 min of sound, on this computer?

It takes about as long as they play. You can go on working meanwhile; Cancel keeps the recordings already done, and the queue survives a restart.</source>
        <translation>
            <numerusform>Transcribe %Ln recording without subtitles, %1 min of sound, on this computer?

It takes about as long as it plays. You can go on working meanwhile; Cancel keeps the recordings already done, and the queue survives a restart.</numerusform>
            <numerusform>Transcribe %Ln recordings without subtitles, %1 min of sound, on this computer?

It takes about as long as they play. You can go on working meanwhile; Cancel keeps the recordings already done, and the queue survives a restart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln session(s).</source>
        <translation>
            <numerusform>Restored %Ln session.</numerusform>
            <numerusform>Restored %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln session(s) to the trash.</source>
        <translation>
            <numerusform>Moved %Ln session to the trash.</numerusform>
            <numerusform>Moved %Ln sessions to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln session(s) in the trash for good, with their copied files? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln session in the trash for good, with its copied files? This cannot be undone.</numerusform>
            <numerusform>Delete the %Ln sessions in the trash for good, with their copied files? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln session(s) for good.</source>
        <translation>
            <numerusform>Deleted %Ln session for good.</numerusform>
            <numerusform>Deleted %Ln sessions for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s)</source>
        <translation>
            <numerusform>%Ln recording</numerusform>
            <numerusform>%Ln recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without a recording</source>
        <translation>
            <numerusform>%Ln session without a recording</numerusform>
            <numerusform>%Ln sessions without a recording</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without slides</source>
        <translation>
            <numerusform>%Ln session without slides</numerusform>
            <numerusform>%Ln sessions without slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) with a speaker without an organisation</source>
        <translation>
            <numerusform>%Ln session with a speaker without an organisation</numerusform>
            <numerusform>%Ln sessions with a speaker without an organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without a date, left out of the charts by time.</source>
        <translation>
            <numerusform>%Ln session without a date, left out of the charts by time.</numerusform>
            <numerusform>%Ln sessions without a date, left out of the charts by time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <source>The search index was rebuilt: %Ln session(s).</source>
        <translation>
            <numerusform>The search index was rebuilt: %Ln session.</numerusform>
            <numerusform>The search index was rebuilt: %Ln sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln session(s) match</source>
        <translation>
            <numerusform>%Ln session matches</numerusform>
            <numerusform>%Ln sessions match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptionQueue</name>
    <message numerus="yes">
        <source>%Ln recording(s), %1 min of sound, still wait to be transcribed from last time.

Yes transcribes them now, in the background. No leaves them queued for later (this question comes back at the next start). Discard empties the queue.</source>
        <translation>
            <numerusform>%Ln recording, %1 min of sound, still waits to be transcribed from last time.

Yes transcribes it now, in the background. No leaves it queued for later (this question comes back at the next start). Discard empties the queue.</numerusform>
            <numerusform>%Ln recordings, %1 min of sound, still wait to be transcribed from last time.

Yes transcribes them now, in the background. No leaves them queued for later (this question comes back at the next start). Discard empties the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transcribed %Ln recording(s), now found by search.</source>
        <translation>
            <numerusform>Transcribed %Ln recording, now found by search.</numerusform>
            <numerusform>Transcribed %Ln recordings, now found by search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) could not be transcribed.</source>
        <translation>
            <numerusform>%Ln recording could not be transcribed.</numerusform>
            <numerusform>%Ln recordings could not be transcribed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing half transcribed was kept. Keep the %Ln recording(s) not done in the queue, to transcribe later?</source>
        <translation>
            <numerusform>Nothing half transcribed was kept. Keep the %Ln recording not done in the queue, to transcribe later?</numerusform>
            <numerusform>Nothing half transcribed was kept. Keep the %Ln recordings not done in the queue, to transcribe later?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnusedRecords</name>
    <message numerus="yes">
        <source>No session names these %Ln people and organisations any more. Remove them?</source>
        <translation>
            <numerusform>No session names these %Ln people and organisations any more. Remove them?</numerusform>
            <numerusform>No session names these %Ln people and organisations any more. Remove them?</numerusform>
        </translation>
    </message>
</context>
</TS>
