<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityPane</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings, separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two entries that are the same, then choose which one to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Briefs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One booklet: cover, contents, all briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per session, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overview page after the cover: charts of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, as one PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes for links and the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember these options for this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder when done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <source>The booklet cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no booklet to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series “%1” has no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Brief As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief options were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting briefs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 briefs saved in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefs could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker without organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the search to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More… (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse by series, year, speaker and more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditController</name>
    <message>
        <source>The sessions cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Editing %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln session(s) as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the edit of %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln session(s) again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The edit was not made again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Selected Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 sessions shown (the whole search or filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Now&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift dates by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags to add, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags to remove, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person to add to every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation of the speaker to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find in titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find in summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in titles with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in summaries with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(various)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session would change (they already are as asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions will change. The first changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be applied yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this session while you were editing it. These fields now differ between their saved version and yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(not changed by you: theirs is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload (discard mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite (keep mine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is missing: %1. Use Locate… or attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer opens %1 files. Install one (for a PDF, a PDF viewer) or open the file from your file manager; it is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could show it. The folder is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser on this computer opened it. Copy the address into a browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Your archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every webinar session you attend or organise: who spoke, for which organisation, the slides, the recording and a summary of what was said.

Start with the demo session to see how a catalogued session looks, or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Demo Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Session Page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Webinar Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a fault in Webinar Archive; the details are in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderReviewDialog</name>
    <message>
        <source>Review the folder import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) have a problem: see the marked lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a session to leave its folder out; select a new one to correct its title, date or series. Nothing is saved until you click Import; files are copied into the library, the originals stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds to session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date “%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln known session(s) get more files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) to attach</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Elsewhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player (while it has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar Archive User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide could not be read (%1). Reinstalling the application brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the session page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session was found in that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session folder was found in %1: a session folder holds a recording, slides, a saved page or a summary.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading linked files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files downloaded before the cancel stay attached; run it again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %1 of %Ln linked file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No links to files were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Linked Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>The page did not say this clearly: check it before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: “%1” is not YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: “%1” is not HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1. Check the page; if it does describe a session, choose Import Anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Download the files behind %n link(s) to slides, agendas and recordings after importing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSourceDialog</name>
    <message>
        <source>Import Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a saved page or folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the text of the session page here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address, saved page or folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Session Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Session Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is at %1: check the name, or choose it with Saved Page… or Folder…. A web address starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <source>Rename Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to merge it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into which one? Its sessions move there and it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Checking the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) no record knows to the library&apos;s quarantine folder (nothing is deleted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln partial copy(ies) left by an interrupted program</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repair will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) are left for you to decide (missing or changed files: locate them, or remove them from their sessions).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repair the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate Missing Files: Choose a Folder to Search (Subfolders Too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for missing files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was found and reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other missing file(s) in the same folder were reconnected too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in that folder: no file there has its recorded size and content. Nothing was changed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is missing: nothing to locate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln missing file(s) were found and reconnected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locate Missing Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln file(s) (%1) to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up the catalogue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) linked in place are recorded by path, not copied: back them up where they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the library, so not in the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Into (an Empty Folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 and %2 into %3, every file checked against its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The library open now is unchanged. To work in the restored library, start Webinar Archive with: webinar-archive --library &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) the catalogue names were not in the archive (a backup without files): copy them into its files folder, or use Library → Locate Missing Files… there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are linked in place where they were: check they exist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is copied every %1; the last %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup of the catalogue written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1 (Library → Backup Settings…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed or unreadable files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files no record knows (orphans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial copies left by an interrupted program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app: Locate Missing Files… searches a folder (and its subfolders) for them; Locate… in a session&apos;s Files tab finds one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app: Locate Missing Files… finds the originals; a changed copy in the library is moved to quarantine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app: Repair… moves them to the quarantine folder; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app: Repair… rebuilds the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app: Repair… removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB read and hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index (indexed/in the catalogue): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partial copy(ies) of an interrupted program were removed when the library opened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found: the catalogue, its %Ln file(s) and the search index are sound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repair… can fix %1 of them without losing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the partial copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index (%Ln session(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>copied back into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: found at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the catalogue database, that every file a session names is there with its recorded size, files that no record knows, and the search index. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full check (hash every file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every file to find changed content too; takes as long as copying them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate Missing Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .tar or .tar.gz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is always in the backup. With “Include files”, every copy kept in the library goes in too, checked against its hash; files linked in place are listed but not copied. The app can stay open while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup archive (.tar, .tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty or new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new library is built in the folder; the library open now is not changed. Every file is checked against the archive&apos;s manifest before the restore says it is done; a damaged or altered archive is refused and nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the library is opened and the newest automatic copy is older than this, the catalogue is copied to the library&apos;s backups folder. Copies made before upgrades and archives you wrote with Back Up… are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the catalogue every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic copy yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe Recordings Without Subtitles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides, documents and recordings (*.pdf *.pptx *.ppt *.odp *.docx *.odt *.txt *.md *.html *.mp4 *.m4v *.mkv *.webm *.mov *.avi *.wmv *.3gp *.3g2 *.mp3 *.m4a *.m4b *.ogg *.oga *.opus *.flac *.wav *.srt *.vtt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session first, then drop files onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to attach to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached %Ln file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln files were not attached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files attached, with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribing %1: %2 of %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribed %1: %2 cues, now found by search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recording has a transcript or subtitles already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transcribe %Ln recording(s) without subtitles, %1 min of sound, on this computer?

It takes about as long as they play. You can go on working meanwhile; Cancel keeps the recordings already done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recording %1 of %2 (%3): %4 of %5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transcribed %Ln recording(s), now found by search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) could not be transcribed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the recording “%1” with its chapters and notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt *.sbv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some subtitle files were not added as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the subtitles “%1” and their transcript?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1 to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text could be extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo session was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln session(s) to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln session(s) in the trash for good, with their copied files? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln session(s) for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Webinar Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A desktop archive for recorded webinar sessions: who spoke, for which organisation, their slides, the recording and a summary.&lt;/p&gt;&lt;p&gt;Library: %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Search&lt;/b&gt; looks in titles, summaries, speakers, slides, documents, transcripts and notes; accents and case do not matter.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;open data&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;both words (the last may be the start of a word)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;open data&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-webinar&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;health OR care&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;speaker:morgan&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a speaker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;org:&quot;EU Commission&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a speaker&apos;s organisation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;series:&lt;/tt&gt; &lt;tt&gt;theme:&lt;/tt&gt; &lt;tt&gt;tag:&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words in that field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2020&lt;/tt&gt; &lt;tt&gt;year:2018..2020&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sessions of those years&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;date:2020-09&lt;/tt&gt; &lt;tt&gt;date:2020-01..2020-06&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a date range&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;has:recording&lt;/tt&gt; &lt;tt&gt;has:slides&lt;/tt&gt; &lt;tt&gt;has:transcript&lt;/tt&gt; &lt;tt&gt;has:notes&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sessions with these&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;lang:en&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;language of the session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:draft&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;draft, catalogued or reviewed&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty session and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected sessions to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected sessions out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set series, tags, status… on all the selected sessions at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current search in the sidebar under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild Search Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index every session again (after a crash or a restore from backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the catalogue, its files and the search index; repair what is safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate Missing Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a folder for files that were moved or renamed, and reconnect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the catalogue, and optionally its files, to one archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild a library from a backup archive in an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic copies of the catalogue: how often, and how many to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach slides, documents or recordings to the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and Organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected sessions as PDF briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Series &amp;Booklet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every session of the selected series as one PDF booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;Demo Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a Session Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download Linked Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the slides, agendas and recordings the selected sessions link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Webinar Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, -word, speaker:, year:2020 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search… (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media player is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop files or a folder onto the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to PDF for Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing: point to where it is now to reconnect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Subtitles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach subtitle files (SRT, WebVTT) to the selected recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn what is said into a searchable transcript, on this computer (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of “%1” is missing (moved, renamed or on a drive that is not mounted). Locate… finds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Subtitles “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>&amp;Overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the archive: sessions by year, series, organisation and speaker, and what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Overview as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per month, latest 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations that appear most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers who appear most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of recordings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as one PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%2: %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of recordings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2: %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2: %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without a recording</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without slides</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) with a speaker without an organisation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without a date, left out of the charts by time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleManager</name>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two selected: Merge Into… keeps one and folds the other into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one entry to rename it, or two duplicates to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep which one? The other becomes its alias and its sessions move to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Unused Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person and organisation is named by at least one session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleManagerDialog</name>
    <message>
        <source>People and Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Unused People and Organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the people and organisations that no session names (0 sessions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chapter already starts at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter “%1” added at %2. Right-click it to rename it or tie it to a speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the chapter at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Chapter Here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Start to Current Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie to Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chapters imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 chapters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapters could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter lists (*.txt *.vtt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter list, one &apos;mm:ss Title&apos; a line (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebVTT chapters (*.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Chapter Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Chapters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chapters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe This Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file was moved, deleted or is on a drive that is not connected. Chapters, notes and the transcript are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the Recording at Current Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the Recording at Current Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Tied to a Time in the Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material belongs to another session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is shown at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to the session “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the snapshot to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot added to the session&apos;s materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chapter at the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note at the current time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make chapter from note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (machine-made, {engine})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install VLC to play recordings. On Debian or Ubuntu:
sudo apt install vlc
or just the parts needed here:
sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install VLC (version 3) from videolan.org to play recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (Up/Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLC is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video frame to take a snapshot of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Counting the search results by series, year and people failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search index was rebuilt: %Ln session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>No session matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 shown; scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · common words: title matches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are in too many sessions to rank by relevance. Sessions with them in the title come first, then those with them among the speakers, organisations, series, theme or tags, then the rest. A small group is ranked by relevance, a large one lists the most recently added first. Add a word or a filter to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Start Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Time Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditorController</name>
    <message>
        <source>The session was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditorView</name>
    <message>
        <source>Select a session to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is in the trash. Restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Brussels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes about this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Columns to Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of Webinar Archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersTable</name>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnusedRecords</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Unused Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session names “%1” any more. Remove it from the catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No session names these %Ln people and organisations any more. Remove them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their aliases and notes go with them. Sessions are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unused records were not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
