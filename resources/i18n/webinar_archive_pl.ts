<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Nie można otworzyć biblioteki</translation>
    </message>
    <message>
        <source>The library could not be opened.

%1</source>
        <translation>Nie udało się otworzyć biblioteki.

%1</translation>
    </message>
</context>
<context>
    <name>AuthorityPane</name>
    <message>
        <source>Filter</source>
        <translation>Filtruj</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Other spellings, separated by &apos;;&apos;</source>
        <translation>Inne pisownie, oddzielone znakiem „;”</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Scal z…</translation>
    </message>
    <message>
        <source>Select two entries that are the same, then choose which one to keep</source>
        <translation>Zaznacz dwa wpisy oznaczające to samo, a potem wybierz, który zachować</translation>
    </message>
    <message>
        <source>Sessions of the selected entry</source>
        <translation>Sesje zaznaczonego wpisu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Aliasy:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesje:</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Picture</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Wystąpienia</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Nagranie</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Rozdziały</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odnośniki</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Eksportuj notatkę</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Briefs</source>
        <translation>
            <numerusform>Eksportuj %n notatkę</numerusform>
            <numerusform>Eksportuj %n notatki</numerusform>
            <numerusform>Eksportuj %n notatek</numerusform>
        </translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Co eksportować</translation>
    </message>
    <message>
        <source>One booklet: cover, contents, all briefs</source>
        <translation>Jeden zeszyt: okładka, spis treści, wszystkie notatki</translation>
    </message>
    <message>
        <source>One PDF per session, into a folder</source>
        <translation>Osobny PDF dla każdej sesji, do folderu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>An overview page after the cover: charts of the series</source>
        <translation>Strona przeglądu po okładce: wykresy serii</translation>
    </message>
    <message>
        <source>“%1”, as one PDF.</source>
        <translation>„%1” jako jeden PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions selected.</source>
        <translation>
            <numerusform>Zaznaczono %n sesję.</numerusform>
            <numerusform>Zaznaczono %n sesje.</numerusform>
            <numerusform>Zaznaczono %n sesji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Rozmiar papieru:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sekcje:</translation>
    </message>
    <message>
        <source>QR codes for links and the recording</source>
        <translation>Kody QR dla odnośników i nagrania</translation>
    </message>
    <message>
        <source>&amp;Archive name:</source>
        <translation>Nazwa &amp;archiwum:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Zapisz w</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Open the PDF when done</source>
        <translation>Otwórz PDF po zakończeniu</translation>
    </message>
    <message>
        <source>Remember these options for this library</source>
        <translation>Zapamiętaj te ustawienia dla tej biblioteki</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Bez logo</translation>
    </message>
    <message>
        <source>Open the folder when done</source>
        <translation>Otwórz folder po zakończeniu</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <source>The booklet cannot be made.</source>
        <translation>Nie można utworzyć zeszytu.</translation>
    </message>
    <message>
        <source>There is no booklet to make.</source>
        <translation>Nie ma z czego utworzyć zeszytu.</translation>
    </message>
    <message>
        <source>The series “%1” has no sessions.</source>
        <translation>Seria „%1” nie ma sesji.</translation>
    </message>
    <message>
        <source>Folder for the Briefs</source>
        <translation>Folder na notatki</translation>
    </message>
    <message>
        <source>Save Brief As</source>
        <translation>Zapisz notatkę jako</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The brief options were not saved.</source>
        <translation>Nie zapisano ustawień notatek.</translation>
    </message>
    <message>
        <source>Exporting brief…</source>
        <translation>Eksportowanie notatki…</translation>
    </message>
    <message>
        <source>Exporting briefs…</source>
        <translation>Eksportowanie notatek…</translation>
    </message>
    <message>
        <source>%1 briefs saved in %2</source>
        <translation>Zapisane notatki (%1) w %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages)</source>
        <translation>Zapisano %1 (stron: %2)</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Eksport się nie powiódł.</translation>
    </message>
    <message>
        <source>The briefs could not be exported.</source>
        <translation>Nie udało się wyeksportować notatek.</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Lata</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Wszystkie sesje</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Ostatnio dodane</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Zapisane wyszukiwania</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Niekompletne</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Bez nagrania</translation>
    </message>
    <message>
        <source>No slides</source>
        <translation>Bez slajdów</translation>
    </message>
    <message>
        <source>Speaker without organisation</source>
        <translation>Prelegent bez organizacji</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Narrow the search to %1</source>
        <translation>Zawęź wyszukiwanie do: %1</translation>
    </message>
    <message>
        <source>More… (%1 in all)</source>
        <translation>Więcej… (łącznie %1)</translation>
    </message>
    <message>
        <source>Browse by series, year, speaker and more</source>
        <translation>Przeglądaj według serii, roku, prelegenta i nie tylko</translation>
    </message>
</context>
<context>
    <name>BulkEditController</name>
    <message>
        <source>The sessions cannot be edited.</source>
        <translation>Nie można edytować tych sesji.</translation>
    </message>
    <message>
        <source>The sessions were not changed.</source>
        <translation>Sesje nie zostały zmienione.</translation>
    </message>
    <message>
        <source>Edit %1 Sessions</source>
        <translation>Edycja sesji (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln session(s).</source>
        <translation>
            <numerusform>Zmieniono %Ln sesję.</numerusform>
            <numerusform>Zmieniono %Ln sesje.</numerusform>
            <numerusform>Zmieniono %Ln sesji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing %1 sessions</source>
        <translation>Edytowanie sesji (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln session(s) as they were.</source>
        <translation>
            <numerusform>Cofnięto: %Ln sesja jest taka jak przedtem.</numerusform>
            <numerusform>Cofnięto: %Ln sesje są takie jak przedtem.</numerusform>
            <numerusform>Cofnięto: %Ln sesji jest takich jak przedtem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the edit of %1 sessions</source>
        <translation>Cofanie edycji sesji (%1)</translation>
    </message>
    <message>
        <source>The edit was not undone.</source>
        <translation>Nie cofnięto edycji.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %Ln session(s) again.</source>
        <translation>
            <numerusform>Ponownie zmieniono %Ln sesję.</numerusform>
            <numerusform>Ponownie zmieniono %Ln sesje.</numerusform>
            <numerusform>Ponownie zmieniono %Ln sesji.</numerusform>
        </translation>
    </message>
    <message>
        <source>The edit was not made again.</source>
        <translation>Nie wykonano ponownie edycji.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Prawa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Edit Selected Sessions</source>
        <translation>Edycja zaznaczonych sesji</translation>
    </message>
    <message>
        <source>The %1 selected sessions</source>
        <translation>Zaznaczone sesje (%1)</translation>
    </message>
    <message>
        <source>All %1 sessions shown (the whole search or filter)</source>
        <translation>Wszystkie pokazane sesje (%1): całe wyszukiwanie lub filtr</translation>
    </message>
    <message>
        <source>Sessions to edit</source>
        <translation>Sesje do edycji</translation>
    </message>
    <message>
        <source>Set on every session</source>
        <translation>Ustaw w każdej sesji</translation>
    </message>
    <message>
        <source>&lt;i&gt;Now&lt;/i&gt;</source>
        <translation>&lt;i&gt;Teraz&lt;/i&gt;</translation>
    </message>
    <message>
        <source>empty: clear it</source>
        <translation>puste: wyczyść</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nowa wartość: %1</translation>
    </message>
    <message>
        <source>Shift dates by</source>
        <translation>Przesuń daty o</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Tags and speakers</source>
        <translation>Tagi i prelegenci</translation>
    </message>
    <message>
        <source>tags to add, separated by commas</source>
        <translation>tagi do dodania, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>tags to remove, separated by commas</source>
        <translation>tagi do usunięcia, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>person to add to every session</source>
        <translation>osoba do dodania do każdej sesji</translation>
    </message>
    <message>
        <source>their organisation (optional)</source>
        <translation>jej organizacja (opcjonalnie)</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Dodaj tagi</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Usuń tagi</translation>
    </message>
    <message>
        <source>Speaker to add</source>
        <translation>Prelegent do dodania</translation>
    </message>
    <message>
        <source>Organisation of the speaker to add</source>
        <translation>Organizacja dodawanego prelegenta</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Dodaj prelegenta</translation>
    </message>
    <message>
        <source>Search and replace</source>
        <translation>Znajdź i zamień</translation>
    </message>
    <message>
        <source>find in titles</source>
        <translation>znajdź w tytułach</translation>
    </message>
    <message>
        <source>replace with</source>
        <translation>zamień na</translation>
    </message>
    <message>
        <source>find in summaries</source>
        <translation>znajdź w streszczeniach</translation>
    </message>
    <message>
        <source>Find in titles</source>
        <translation>Znajdź w tytułach</translation>
    </message>
    <message>
        <source>Replace in titles with</source>
        <translation>Zamień w tytułach na</translation>
    </message>
    <message>
        <source>Find in summaries</source>
        <translation>Znajdź w streszczeniach</translation>
    </message>
    <message>
        <source>Replace in summaries with</source>
        <translation>Zamień w streszczeniach na</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement)</source>
        <translation>Wyrażenie regularne (\1 w zamienniku)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Nothing to change yet.</source>
        <translation>Na razie nie ma nic do zmiany.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Potem</translation>
    </message>
    <message>
        <source>The first changes</source>
        <translation>Pierwsze zmiany</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>(various)</source>
        <translation>(różne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>All have: %1</source>
        <translation>Wszystkie mają: %1</translation>
    </message>
    <message>
        <source>Some have: %1</source>
        <translation>Niektóre mają: %1</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>Na razie brak tagów.</translation>
    </message>
    <message>
        <source>No session would change (they already are as asked).</source>
        <translation>Żadna sesja się nie zmieni (już są takie, jak trzeba).</translation>
    </message>
    <message>
        <source>%1 of %2 sessions will change. The first changes:</source>
        <translation>Zmieni się sesji: %1 z %2. Pierwsze zmiany:</translation>
    </message>
    <message>
        <source>Nothing can be applied yet:</source>
        <translation>Na razie nie można nic zastosować:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Czas trwania (minuty)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Adres źródłowy</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Pobrano</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Prawa</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odnośniki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Session Changed Elsewhere</source>
        <translation>Sesja zmieniona gdzie indziej</translation>
    </message>
    <message>
        <source>Someone saved this session while you were editing it. These fields now differ between their saved version and yours:</source>
        <translation>Ktoś zapisał tę sesję, gdy ją edytowałeś. Te pola różnią się teraz między zapisaną wersją a twoją:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Ich (zapisana)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoja</translation>
    </message>
    <message>
        <source>%1
(not changed by you: theirs is kept)</source>
        <translation>%1
(nie zmieniłeś tego: zostaje ich wersja)</translation>
    </message>
    <message>
        <source>Reload (discard mine)</source>
        <translation>Wczytaj ponownie (odrzuć moje)</translation>
    </message>
    <message>
        <source>Overwrite (keep mine)</source>
        <translation>Nadpisz (zachowaj moje)</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Nie można otworzyć: %1.</translation>
    </message>
    <message>
        <source>It is missing: %1. Use Locate… or attach it again.</source>
        <translation>Brak pliku: %1. Użyj „Znajdź…” albo dołącz go ponownie.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Nie udało się otworzyć: %1.</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 files. Install one (for a PDF, a PDF viewer) or open the file from your file manager; it is at %2</source>
        <translation>Żaden program na tym komputerze nie otwiera plików %1. Zainstaluj taki (dla PDF: przeglądarkę PDF) albo otwórz plik z menedżera plików; znajduje się w %2</translation>
    </message>
    <message>
        <source>such</source>
        <translation>tego typu</translation>
    </message>
    <message>
        <source>No file manager could show it. The folder is at %1</source>
        <translation>Żaden menedżer plików nie mógł go pokazać. Folder znajduje się w %1</translation>
    </message>
    <message>
        <source>The page could not be opened.</source>
        <translation>Nie udało się otworzyć strony.</translation>
    </message>
    <message>
        <source>No web browser on this computer opened it. Copy the address into a browser: %1</source>
        <translation>Żadna przeglądarka na tym komputerze jej nie otworzyła. Skopiuj adres do przeglądarki: %1</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Your archive is empty</source>
        <translation>Archiwum jest puste</translation>
    </message>
    <message>
        <source>Keep every webinar session you attend or organise: who spoke, for which organisation, the slides, the recording and a summary of what was said.

Start with the demo session to see how a catalogued session looks, or add your own.</source>
        <translation>Zachowaj każdą sesję webinaru, w której uczestniczysz lub którą organizujesz: kto mówił, w imieniu jakiej organizacji, slajdy, nagranie i streszczenie tego, co powiedziano.

Zacznij od sesji demonstracyjnej, aby zobaczyć, jak wygląda skatalogowana sesja, albo dodaj własną.</translation>
    </message>
    <message>
        <source>Create the Demo Session</source>
        <translation>Utwórz sesję demonstracyjną</translation>
    </message>
    <message>
        <source>Add a Session</source>
        <translation>Dodaj sesję</translation>
    </message>
    <message>
        <source>Import a Session Page…</source>
        <translation>Importuj stronę sesji…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Webinar Archive</source>
        <translation>Webinar Archive</translation>
    </message>
    <message>
        <source>This looks like a fault in Webinar Archive; the details are in its log.</source>
        <translation>Wygląda to na błąd w programie Webinar Archive; szczegóły są w jego dzienniku.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Coś poszło nie tak.</translation>
    </message>
</context>
<context>
    <name>FolderReviewDialog</name>
    <message>
        <source>Review the folder import</source>
        <translation>Przegląd importu z folderu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) have a problem: see the marked lines.</source>
        <translation>
            <numerusform>%Ln plik ma problem: zobacz oznaczone wiersze.</numerusform>
            <numerusform>%Ln pliki mają problem: zobacz oznaczone wiersze.</numerusform>
            <numerusform>%Ln plików ma problem: zobacz oznaczone wiersze.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Co zostanie zaimportowane</translation>
    </message>
    <message>
        <source>Session / file</source>
        <translation>Sesja / plik</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Trafi do</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nie zostanie zaimportowany</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Untick a session to leave its folder out; select a new one to correct its title, date or series. Nothing is saved until you click Import; files are copied into the library, the originals stay as they are.</source>
        <translation>Odznacz sesję, aby pominąć jej folder; zaznacz nową, aby poprawić jej tytuł, datę lub serię. Nic nie zostanie zapisane, dopóki nie klikniesz „Importuj”; pliki są kopiowane do biblioteki, a oryginały pozostają bez zmian.</translation>
    </message>
    <message>
        <source>new session</source>
        <translation>nowa sesja</translation>
    </message>
    <message>
        <source>adds to session %1</source>
        <translation>dodaje do sesji %1</translation>
    </message>
    <message>
        <source>the date “%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>„%1” nie jest datą: wpisz ją jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>the session needs a title.</source>
        <translation>sesja musi mieć tytuł.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new session(s)</source>
        <translation>
            <numerusform>%Ln nowa sesja</numerusform>
            <numerusform>%Ln nowe sesje</numerusform>
            <numerusform>%Ln nowych sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln known session(s) get more files</source>
        <translation>
            <numerusform>%Ln znana sesja dostaje kolejne pliki</numerusform>
            <numerusform>%Ln znane sesje dostają kolejne pliki</numerusform>
            <numerusform>%Ln znanych sesji dostaje kolejne pliki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) to attach</source>
        <translation>
            <numerusform>%Ln plik do dołączenia</numerusform>
            <numerusform>%Ln pliki do dołączenia</numerusform>
            <numerusform>%Ln plików do dołączenia</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>Z %1: %2.</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Seria: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importuj %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Elsewhere in the window</source>
        <translation>W innych miejscach okna</translation>
    </message>
    <message>
        <source>Player (while it has the focus)</source>
        <translation>Odtwarzacz (gdy ma fokus)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>Webinar Archive User Guide</source>
        <translation>Podręcznik użytkownika Webinar Archive</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>The user guide could not be read (%1). Reinstalling the application brings it back.</source>
        <translation>Nie udało się odczytać podręcznika użytkownika (%1). Ponowna instalacja programu go przywróci.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading %1</source>
        <translation>Odczytywanie: %1</translation>
    </message>
    <message>
        <source>Reading the session page</source>
        <translation>Odczytywanie strony sesji</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>No session was found in that page.</source>
        <translation>Na tej stronie nie znaleziono sesji.</translation>
    </message>
    <message>
        <source>No session folder was found in %1: a session folder holds a recording, slides, a saved page or a summary.md.</source>
        <translation>W %1 nie znaleziono folderu sesji: folder sesji zawiera nagranie, slajdy, zapisaną stronę albo plik summary.md.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importowanie: %1</translation>
    </message>
    <message>
        <source>Downloading linked files</source>
        <translation>Pobieranie plików z odnośników</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Pobieranie anulowane.</translation>
    </message>
    <message>
        <source>The files downloaded before the cancel stay attached; run it again to finish.</source>
        <translation>Pliki pobrane przed anulowaniem pozostają dołączone; uruchom pobieranie ponownie, aby je dokończyć.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %1 of %Ln linked file(s).</source>
        <translation>
            <numerusform>Pobrano %1 z %Ln pliku z odnośników.</numerusform>
            <numerusform>Pobrano %1 z %Ln plików z odnośników.</numerusform>
            <numerusform>Pobrano %1 z %Ln plików z odnośników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation>
            <numerusform>%Ln się nie powiódł.</numerusform>
            <numerusform>%Ln się nie powiodły.</numerusform>
            <numerusform>%Ln się nie powiodło.</numerusform>
        </translation>
    </message>
    <message>
        <source>No links to files were found.</source>
        <translation>Nie znaleziono odnośników do plików.</translation>
    </message>
    <message>
        <source>Download Linked Files</source>
        <translation>Pobierz pliki z odnośników</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>The page did not say this clearly: check it before importing.</source>
        <translation>Strona nie podaje tego jednoznacznie: sprawdź przed importem.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>np. pl</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>W bibliotece</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Dodaj prelegenta</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Usuń prelegenta</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odnośniki</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Dodaj odnośnik</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Usuń odnośnik</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Sesja musi mieć tytuł.</translation>
    </message>
    <message>
        <source>Date: “%1” is not YYYY-MM-DD.</source>
        <translation>Data: „%1” nie ma postaci RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>Time: “%1” is not HH:MM.</source>
        <translation>Godzina: „%1” nie ma postaci GG:MM.</translation>
    </message>
    <message>
        <source>matches existing: %1</source>
        <translation>pasuje do istniejącej: %1</translation>
    </message>
    <message>
        <source>“%1” could be any of %2: not guessed, saved as a new organisation; write the full name to link one</source>
        <translation>„%1” może oznaczać każdą z %2: bez zgadywania, zapisana jako nowa organizacja; wpisz pełną nazwę, aby powiązać jedną z nich</translation>
    </message>
    <message>
        <source>new organisation</source>
        <translation>nowa organizacja</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sesja %1: %2</translation>
    </message>
    <message>
        <source>Review the Import</source>
        <translation>Przegląd importu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Not imported: %1. Check the page; if it does describe a session, choose Import Anyway.</source>
        <translation>Nie zaimportowano: %1. Sprawdź stronę; jeśli rzeczywiście opisuje sesję, wybierz „Importuj mimo to”.</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>Importuj mimo to</translation>
    </message>
    <message numerus="yes">
        <source>Download the files behind %n link(s) to slides, agendas and recordings after importing</source>
        <translation>
            <numerusform>Po imporcie pobierz pliki z %n odnośnika do slajdów, programów i nagrań</numerusform>
            <numerusform>Po imporcie pobierz pliki z %n odnośników do slajdów, programów i nagrań</numerusform>
            <numerusform>Po imporcie pobierz pliki z %n odnośników do slajdów, programów i nagrań</numerusform>
        </translation>
    </message>
    <message>
        <source>Session found</source>
        <translation>Znaleziona sesja</translation>
    </message>
    <message numerus="yes">
        <source>Import %n</source>
        <translation>
            <numerusform>Importuj %n</numerusform>
            <numerusform>Importuj %n</numerusform>
            <numerusform>Importuj %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSourceDialog</name>
    <message>
        <source>Import Sessions</source>
        <translation>Import sesji</translation>
    </message>
    <message>
        <source>https://… or a saved page or folder on this computer</source>
        <translation>https://… albo zapisana strona lub folder na tym komputerze</translation>
    </message>
    <message>
        <source>Saved Page…</source>
        <translation>Zapisana strona…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>…or paste the text of the session page here</source>
        <translation>…albo wklej tutaj tekst strony sesji</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Odczytaj</translation>
    </message>
    <message>
        <source>Web address, saved page or folder:</source>
        <translation>Adres internetowy, zapisana strona lub folder:</translation>
    </message>
    <message>
        <source>Saved Session Page</source>
        <translation>Zapisana strona sesji</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Strony internetowe (*.html *.htm);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Folder of Session Files</source>
        <translation>Folder z plikami sesji</translation>
    </message>
    <message>
        <source>Nothing is at %1: check the name, or choose it with Saved Page… or Folder…. A web address starts with https://.</source>
        <translation>Pod %1 nic nie ma: sprawdź nazwę albo wybierz ją przyciskiem „Zapisana strona…” lub „Folder…”. Adres internetowy zaczyna się od https://.</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <source>Rename Tag…</source>
        <translation>Zmień nazwę tagu…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Scal z…</translation>
    </message>
    <message>
        <source>Rename Organisation…</source>
        <translation>Zmień nazwę organizacji…</translation>
    </message>
    <message>
        <source>Rename Series…</source>
        <translation>Zmień nazwę serii…</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>There is nothing to merge it into.</source>
        <translation>Nie ma z czym tego scalić.</translation>
    </message>
    <message>
        <source>Merge “%1” into which one? Its sessions move there and it is deleted.</source>
        <translation>Z czym scalić „%1”? Jego sesje zostaną tam przeniesione, a on sam usunięty.</translation>
    </message>
    <message>
        <source>Rename Series</source>
        <translation>Zmiana nazwy serii</translation>
    </message>
    <message>
        <source>Merge Series</source>
        <translation>Scalanie serii</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Zmiana nazwy tagu</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Scalanie tagów</translation>
    </message>
    <message>
        <source>Rename Organisation</source>
        <translation>Zmiana nazwy organizacji</translation>
    </message>
    <message>
        <source>Merge Organisations</source>
        <translation>Scalanie organizacji</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Zmiana nie została zapisana.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The window is in English: the chosen language is not available (%1).</source>
        <translation>Okno jest po angielsku: wybrany język jest niedostępny (%1).</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Checking the library…</source>
        <translation>Sprawdzanie biblioteki…</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Naprawiono</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) no record knows to the library&apos;s quarantine folder (nothing is deleted)</source>
        <translation>
            <numerusform>Przenieś %Ln plik, którego nie zna żaden rekord, do folderu kwarantanny biblioteki (nic nie zostanie usunięte)</numerusform>
            <numerusform>Przenieś %Ln pliki, których nie zna żaden rekord, do folderu kwarantanny biblioteki (nic nie zostanie usunięte)</numerusform>
            <numerusform>Przenieś %Ln plików, których nie zna żaden rekord, do folderu kwarantanny biblioteki (nic nie zostanie usunięte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the search index</source>
        <translation>Odbuduj indeks wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln partial copy(ies) left by an interrupted program</source>
        <translation>
            <numerusform>Usuń %Ln niepełną kopię pozostawioną przez przerwany program</numerusform>
            <numerusform>Usuń %Ln niepełne kopie pozostawione przez przerwany program</numerusform>
            <numerusform>Usuń %Ln niepełnych kopii pozostawionych przez przerwany program</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair will:</source>
        <translation>Naprawa:</translation>
    </message>
    <message>
        <source>No record is removed.</source>
        <translation>Żaden rekord nie zostanie usunięty.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) are left for you to decide (missing or changed files: locate them, or remove them from their sessions).</source>
        <translation>
            <numerusform>%Ln problem pozostaje do twojej decyzji (brakujące lub zmienione pliki: odszukaj je albo usuń z ich sesji).</numerusform>
            <numerusform>%Ln problemy pozostają do twojej decyzji (brakujące lub zmienione pliki: odszukaj je albo usuń z ich sesji).</numerusform>
            <numerusform>%Ln problemów pozostaje do twojej decyzji (brakujące lub zmienione pliki: odszukaj je albo usuń z ich sesji).</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair the Library</source>
        <translation>Naprawa biblioteki</translation>
    </message>
    <message>
        <source>Nothing to repair</source>
        <translation>Nie ma nic do naprawienia</translation>
    </message>
    <message>
        <source>Repairing the library…</source>
        <translation>Naprawianie biblioteki…</translation>
    </message>
    <message>
        <source>Locate Missing Files: Choose a Folder to Search (Subfolders Too)</source>
        <translation>Znajdź brakujące pliki: wybierz folder do przeszukania (również podfoldery)</translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation>Znajdź „%1”</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Looking for missing files…</source>
        <translation>Szukanie brakujących plików…</translation>
    </message>
    <message>
        <source>“%1” was found and reconnected.</source>
        <translation>Znaleziono „%1” i połączono go ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other missing file(s) in the same folder were reconnected too.</source>
        <translation>
            <numerusform>Ponownie połączono też %Ln inny brakujący plik z tego samego folderu.</numerusform>
            <numerusform>Ponownie połączono też %Ln inne brakujące pliki z tego samego folderu.</numerusform>
            <numerusform>Ponownie połączono też %Ln innych brakujących plików z tego samego folderu.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in that folder: no file there has its recorded size and content. Nothing was changed for it.</source>
        <translation>„%1” nie ma w tym folderze: żaden plik nie ma tam zapisanego rozmiaru i zawartości. Nic w nim nie zmieniono.</translation>
    </message>
    <message>
        <source>No file is missing: nothing to locate.</source>
        <translation>Nie brakuje żadnego pliku: nie ma czego szukać.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln missing file(s) were found and reconnected.</source>
        <translation>
            <numerusform>Znaleziono i ponownie połączono %1 z %Ln brakującego pliku.</numerusform>
            <numerusform>Znaleziono i ponownie połączono %1 z %Ln brakujących plików.</numerusform>
            <numerusform>Znaleziono i ponownie połączono %1 z %Ln brakujących plików.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locate Missing Files</source>
        <translation>Znajdź brakujące pliki</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>Kopia zapasowa do</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Tworzenie kopii zapasowej biblioteki…</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Kopia zapasowa nie została zapisana.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln file(s) (%1) to %2</source>
        <translation>
            <numerusform>Skopiowano %Ln plik (%1) do %2</numerusform>
            <numerusform>Skopiowano %Ln pliki (%1) do %2</numerusform>
            <numerusform>Skopiowano %Ln plików (%1) do %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up the catalogue to %1</source>
        <translation>Skopiowano katalog do %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) linked in place are recorded by path, not copied: back them up where they are.</source>
        <translation>
            <numerusform>%Ln plik połączony w miejscu jest zapisany jako ścieżka, nie skopiowany: zrób jego kopię tam, gdzie jest.</numerusform>
            <numerusform>%Ln pliki połączone w miejscu są zapisane jako ścieżki, nie skopiowane: zrób ich kopię tam, gdzie są.</numerusform>
            <numerusform>%Ln plików połączonych w miejscu jest zapisanych jako ścieżki, nie skopiowanych: zrób ich kopię tam, gdzie są.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the library, so not in the backup: %1</source>
        <translation>Poza biblioteką, więc poza kopią zapasową: %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Utwórz kopię</translation>
    </message>
    <message>
        <source>Backup Archive</source>
        <translation>Archiwum kopii zapasowej</translation>
    </message>
    <message>
        <source>Restore Into (an Empty Folder)</source>
        <translation>Przywróć do (pustego folderu)</translation>
    </message>
    <message>
        <source>Restoring a backup…</source>
        <translation>Przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Kopia zapasowa nie została przywrócona.</translation>
    </message>
    <message>
        <source>Restored %1 and %2 into %3, every file checked against its hash.</source>
        <translation>Przywrócono %1 i %2 do %3; każdy plik sprawdzono z jego skrótem.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesję</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln plik</numerusform>
            <numerusform>%Ln pliki</numerusform>
            <numerusform>%Ln plików</numerusform>
        </translation>
    </message>
    <message>
        <source>The library open now is unchanged. To work in the restored library, start Webinar Archive with: webinar-archive --library &quot;%1&quot;</source>
        <translation>Otwarta teraz biblioteka pozostaje bez zmian. Aby pracować w przywróconej bibliotece, uruchom Webinar Archive poleceniem: webinar-archive --library &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) the catalogue names were not in the archive (a backup without files): copy them into its files folder, or use Library → Locate Missing Files… there.</source>
        <translation>
            <numerusform>%Ln pliku wymienionego w katalogu nie było w archiwum (kopia bez plików): skopiuj go do jej folderu files albo użyj tam „Biblioteka → Znajdź brakujące pliki…”.</numerusform>
            <numerusform>%Ln plików wymienionych w katalogu nie było w archiwum (kopia bez plików): skopiuj je do jej folderu files albo użyj tam „Biblioteka → Znajdź brakujące pliki…”.</numerusform>
            <numerusform>%Ln plików wymienionych w katalogu nie było w archiwum (kopia bez plików): skopiuj je do jej folderu files albo użyj tam „Biblioteka → Znajdź brakujące pliki…”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are linked in place where they were: check they exist.</source>
        <translation>
            <numerusform>%Ln plik jest połączony w miejscu, w którym był: sprawdź, czy istnieje.</numerusform>
            <numerusform>%Ln pliki są połączone w miejscu, w którym były: sprawdź, czy istnieją.</numerusform>
            <numerusform>%Ln plików jest połączonych w miejscu, w którym były: sprawdź, czy istnieją.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatyczne kopie zapasowe są wyłączone.</translation>
    </message>
    <message>
        <source>The catalogue is copied every %1; the last %2 are kept.</source>
        <translation>Katalog jest kopiowany co %1; przechowywane są ostatnie kopie (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies)</source>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the backup settings…</source>
        <translation>Zapisywanie ustawień kopii zapasowych…</translation>
    </message>
    <message>
        <source>Automatic backup of the catalogue written to %1</source>
        <translation>Automatyczną kopię katalogu zapisano w %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1 (Library → Backup Settings…)</source>
        <translation>Automatyczna kopia zapasowa się nie powiodła: %1 (Biblioteka → Ustawienia kopii zapasowych…)</translation>
    </message>
    <message>
        <source>Automatic backup…</source>
        <translation>Automatyczna kopia zapasowa…</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Brakujące pliki</translation>
    </message>
    <message>
        <source>Changed or unreadable files</source>
        <translation>Zmienione lub nieczytelne pliki</translation>
    </message>
    <message>
        <source>Files no record knows (orphans)</source>
        <translation>Pliki, których nie zna żaden rekord (osierocone)</translation>
    </message>
    <message>
        <source>The search index</source>
        <translation>Indeks wyszukiwania</translation>
    </message>
    <message>
        <source>Partial copies left by an interrupted program</source>
        <translation>Niepełne kopie pozostawione przez przerwany program</translation>
    </message>
    <message>
        <source>In the app: Locate Missing Files… searches a folder (and its subfolders) for them; Locate… in a session&apos;s Files tab finds one file.</source>
        <translation>W programie: „Znajdź brakujące pliki…” przeszukuje folder (i jego podfoldery); „Znajdź…” na karcie Pliki sesji odszukuje jeden plik.</translation>
    </message>
    <message>
        <source>In the app: Locate Missing Files… finds the originals; a changed copy in the library is moved to quarantine first.</source>
        <translation>W programie: „Znajdź brakujące pliki…” odszukuje oryginały; zmieniona kopia w bibliotece jest najpierw przenoszona do kwarantanny.</translation>
    </message>
    <message>
        <source>In the app: Repair… moves them to the quarantine folder; nothing is deleted.</source>
        <translation>W programie: „Napraw…” przenosi je do folderu kwarantanny; nic nie jest usuwane.</translation>
    </message>
    <message>
        <source>In the app: Repair… rebuilds the index.</source>
        <translation>W programie: „Napraw…” odbudowuje indeks.</translation>
    </message>
    <message>
        <source>In the app: Repair… removes them.</source>
        <translation>W programie: „Napraw…” je usuwa.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i jeszcze %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Używany przez</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Co zrobić:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Co sprawdzono</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded file(s)</source>
        <translation>
            <numerusform>%Ln zapisany plik</numerusform>
            <numerusform>%Ln zapisane pliki</numerusform>
            <numerusform>%Ln zapisanych plików</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB read and hashed</source>
        <translation>Odczytano i obliczono skróty: %1 MB</translation>
    </message>
    <message>
        <source>Search index (indexed/in the catalogue): %1</source>
        <translation>Indeks wyszukiwania (zaindeksowane/w katalogu): %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partial copy(ies) of an interrupted program were removed when the library opened.</source>
        <translation>
            <numerusform>Przy otwieraniu biblioteki usunięto %Ln niepełną kopię przerwanego programu.</numerusform>
            <numerusform>Przy otwieraniu biblioteki usunięto %Ln niepełne kopie przerwanego programu.</numerusform>
            <numerusform>Przy otwieraniu biblioteki usunięto %Ln niepełnych kopii przerwanego programu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found: the catalogue, its %Ln file(s) and the search index are sound.</source>
        <translation>
            <numerusform>Nie znaleziono problemów: katalog, jego %Ln plik i indeks wyszukiwania są w porządku.</numerusform>
            <numerusform>Nie znaleziono problemów: katalog, jego %Ln pliki i indeks wyszukiwania są w porządku.</numerusform>
            <numerusform>Nie znaleziono problemów: katalog, jego %Ln plików i indeks wyszukiwania są w porządku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>Znaleziono %Ln problem.</numerusform>
            <numerusform>Znaleziono %Ln problemy.</numerusform>
            <numerusform>Znaleziono %Ln problemów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair… can fix %1 of them without losing anything.</source>
        <translation>„Napraw…” może usunąć %1 z nich bez utraty czegokolwiek.</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>Przeniesiono %1 do %2</translation>
    </message>
    <message>
        <source>Removed the partial copy %1</source>
        <translation>Usunięto niepełną kopię %1</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index (%Ln session(s))</source>
        <translation>
            <numerusform>Odbudowano indeks wyszukiwania (%Ln sesja)</numerusform>
            <numerusform>Odbudowano indeks wyszukiwania (%Ln sesje)</numerusform>
            <numerusform>Odbudowano indeks wyszukiwania (%Ln sesji)</numerusform>
        </translation>
    </message>
    <message>
        <source>copied back into the library</source>
        <translation>skopiowano z powrotem do biblioteki</translation>
    </message>
    <message>
        <source>linked at %1</source>
        <translation>połączono w %1</translation>
    </message>
    <message>
        <source>%1: found at %2, %3</source>
        <translation>%1: znaleziono w %2, %3</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nie znaleziono: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Sprawdź bibliotekę</translation>
    </message>
    <message>
        <source>Checks the catalogue database, that every file a session names is there with its recorded size, files that no record knows, and the search index. Nothing is changed.</source>
        <translation>Sprawdza bazę danych katalogu, czy każdy plik wymieniony w sesji jest na miejscu i ma zapisany rozmiar, pliki, których nie zna żaden rekord, oraz indeks wyszukiwania. Nic nie jest zmieniane.</translation>
    </message>
    <message>
        <source>Full check (hash every file)</source>
        <translation>Pełne sprawdzenie (skrót każdego pliku)</translation>
    </message>
    <message>
        <source>Reads every file to find changed content too; takes as long as copying them.</source>
        <translation>Odczytuje każdy plik, aby wykryć także zmienioną zawartość; trwa tyle, co ich kopiowanie.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Library Check</source>
        <translation>Sprawdzenie biblioteki</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Napraw…</translation>
    </message>
    <message>
        <source>Locate Missing Files…</source>
        <translation>Znajdź brakujące pliki…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Kopia zapasowa biblioteki</translation>
    </message>
    <message>
        <source>a .tar or .tar.gz file</source>
        <translation>plik .tar lub .tar.gz</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Include files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <source>The catalogue is always in the backup. With “Include files”, every copy kept in the library goes in too, checked against its hash; files linked in place are listed but not copied. The app can stay open while it runs.</source>
        <translation>Katalog zawsze trafia do kopii zapasowej. Z opcją „Dołącz pliki” trafia tam też każda kopia przechowywana w bibliotece, sprawdzona z jej skrótem; pliki połączone w miejscu są wymienione, ale nie kopiowane. Program może pozostać otwarty w trakcie.</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Archiwum:</translation>
    </message>
    <message>
        <source>a backup archive (.tar, .tar.gz)</source>
        <translation>archiwum kopii zapasowej (.tar, .tar.gz)</translation>
    </message>
    <message>
        <source>an empty or new folder</source>
        <translation>pusty lub nowy folder</translation>
    </message>
    <message>
        <source>A new library is built in the folder; the library open now is not changed. Every file is checked against the archive&apos;s manifest before the restore says it is done; a damaged or altered archive is refused and nothing is kept.</source>
        <translation>W folderze powstaje nowa biblioteka; otwarta teraz biblioteka się nie zmienia. Każdy plik jest sprawdzany z manifestem archiwum, zanim przywracanie się zakończy; uszkodzone lub zmienione archiwum jest odrzucane i nic nie zostaje.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Backup archive:</source>
        <translation>Archiwum kopii:</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Przywróć do:</translation>
    </message>
    <message>
        <source>Backup Settings</source>
        <translation>Ustawienia kopii zapasowych</translation>
    </message>
    <message>
        <source>When the library is opened and the newest automatic copy is older than this, the catalogue is copied to the library&apos;s backups folder. Copies made before upgrades and archives you wrote with Back Up… are never deleted.</source>
        <translation>Gdy biblioteka jest otwierana, a najnowsza automatyczna kopia jest starsza niż to, katalog jest kopiowany do folderu backups biblioteki. Kopie sprzed aktualizacji i archiwa zapisane przez „Utwórz kopię zapasową…” nigdy nie są usuwane.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> kopii</translation>
    </message>
    <message>
        <source>Copy the catalogue every:</source>
        <translation>Kopiuj katalog co:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Zachowuj ostatnie:</translation>
    </message>
    <message>
        <source>Automatic copies</source>
        <translation>Automatyczne kopie</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>W %1</translation>
    </message>
    <message>
        <source>No automatic copy yet</source>
        <translation>Jeszcze nie ma automatycznej kopii</translation>
    </message>
</context>
<context>
    <name>LibraryOpen</name>
    <message>
        <source>Opening the library…</source>
        <translation>Otwieranie biblioteki…</translation>
    </message>
    <message>
        <source>Open the library</source>
        <translation>Otwórz bibliotekę</translation>
    </message>
    <message>
        <source>Stopping after the current step; what is done is kept…</source>
        <translation>Zatrzymywanie po bieżącym kroku; to, co zrobione, zostaje zachowane…</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Zatrzymaj i zakończ</translation>
    </message>
    <message>
        <source>Opening the Library</source>
        <translation>Otwieranie biblioteki</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%2, zaznaczono %1</translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation>Otwórz stronę źródłową</translation>
    </message>
    <message>
        <source>Transcribe Recordings Without Subtitles…</source>
        <translation>Transkrybuj nagrania bez napisów…</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <source>Slides, documents and recordings (*.pdf *.pptx *.ppt *.odp *.docx *.odt *.txt *.md *.html *.mp4 *.m4v *.mkv *.webm *.mov *.avi *.wmv *.3gp *.3g2 *.mp3 *.m4a *.m4b *.ogg *.oga *.opus *.flac *.wav *.srt *.vtt);;All files (*)</source>
        <translation>Slajdy, dokumenty i nagrania (*.pdf *.pptx *.ppt *.odp *.docx *.odt *.txt *.md *.html *.mp4 *.m4v *.mkv *.webm *.mov *.avi *.wmv *.3gp *.3g2 *.mp3 *.m4a *.m4b *.ogg *.oga *.opus *.flac *.wav *.srt *.vtt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Select a session first, then drop files onto the window.</source>
        <translation>Najpierw zaznacz sesję, potem upuść pliki na okno.</translation>
    </message>
    <message>
        <source>Drop to attach to “%1”</source>
        <translation>Upuść, aby dołączyć do „%1”</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Dołączanie plików</translation>
    </message>
    <message numerus="yes">
        <source>Attached %Ln file(s).</source>
        <translation>
            <numerusform>Dołączono %Ln plik.</numerusform>
            <numerusform>Dołączono %Ln pliki.</numerusform>
            <numerusform>Dołączono %Ln plików.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not attached.</source>
        <translation>Nie dołączono: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files were not attached.</source>
        <translation>
            <numerusform>Nie dołączono %Ln pliku.</numerusform>
            <numerusform>Nie dołączono %Ln plików.</numerusform>
            <numerusform>Nie dołączono %Ln plików.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files attached, with warnings.</source>
        <translation>Pliki dołączono, z ostrzeżeniami.</translation>
    </message>
    <message>
        <source>The file cannot be shown.</source>
        <translation>Nie można pokazać pliku.</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>Slajdy: %1</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>Strony: %1</translation>
    </message>
    <message>
        <source>Transcribe Recordings</source>
        <translation>Transkrypcja nagrań</translation>
    </message>
    <message>
        <source>Every recording has a transcript or subtitles already.</source>
        <translation>Każde nagranie ma już transkrypcję lub napisy.</translation>
    </message>
    <message>
        <source>No recording of the selected sessions is without a transcript or subtitles.</source>
        <translation>Każde nagranie zaznaczonych sesji ma już transkrypcję lub napisy.</translation>
    </message>
    <message numerus="yes">
        <source>Transcribe %Ln recording(s) without subtitles, %1 min of sound, on this computer?

It takes about as long as they play. You can go on working meanwhile; Cancel keeps the recordings already done, and the queue survives a restart.</source>
        <translation>
            <numerusform>Przetranskrybować na tym komputerze %Ln nagranie bez napisów (%1 min dźwięku)?

Trwa to mniej więcej tyle, ile jego odtwarzanie. W tym czasie możesz dalej pracować; „Anuluj” zachowuje nagrania już gotowe, a kolejka przetrwa ponowne uruchomienie.</numerusform>
            <numerusform>Przetranskrybować na tym komputerze %Ln nagrania bez napisów (%1 min dźwięku)?

Trwa to mniej więcej tyle, ile ich odtwarzanie. W tym czasie możesz dalej pracować; „Anuluj” zachowuje nagrania już gotowe, a kolejka przetrwa ponowne uruchomienie.</numerusform>
            <numerusform>Przetranskrybować na tym komputerze %Ln nagrań bez napisów (%1 min dźwięku)?

Trwa to mniej więcej tyle, ile ich odtwarzanie. W tym czasie możesz dalej pracować; „Anuluj” zachowuje nagrania już gotowe, a kolejka przetrwa ponowne uruchomienie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation>Nie można pokazać pliku PDF.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>Nie można pokazać tego pliku PDF: %1</translation>
    </message>
    <message>
        <source>Remove Material</source>
        <translation>Usuń materiał</translation>
    </message>
    <message>
        <source>Remove “%1” from this session?</source>
        <translation>Usunąć „%1” z tej sesji?</translation>
    </message>
    <message>
        <source>Remove Recording</source>
        <translation>Usuń nagranie</translation>
    </message>
    <message>
        <source>Remove the recording “%1” with its chapters and notes?</source>
        <translation>Usunąć nagranie „%1” wraz z jego rozdziałami i notatkami?</translation>
    </message>
    <message>
        <source>Add Subtitles</source>
        <translation>Dodaj napisy</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt *.sbv);;All files (*)</source>
        <translation>Napisy (*.srt *.vtt *.sbv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Some subtitle files were not added as they are.</source>
        <translation>Niektóre pliki napisów nie zostały dodane w obecnej postaci.</translation>
    </message>
    <message>
        <source>WebVTT, speakers as voices (*.vtt)</source>
        <translation>WebVTT, prelegenci jako głosy (*.vtt)</translation>
    </message>
    <message>
        <source>SubRip (*.srt)</source>
        <translation>SubRip (*.srt)</translation>
    </message>
    <message>
        <source>Export Subtitles</source>
        <translation>Eksportuj napisy</translation>
    </message>
    <message>
        <source>The subtitles were not written.</source>
        <translation>Napisy nie zostały zapisane.</translation>
    </message>
    <message>
        <source>Subtitles written to %1.</source>
        <translation>Zapisano napisy w %1.</translation>
    </message>
    <message>
        <source>Remove Subtitles</source>
        <translation>Usuń napisy</translation>
    </message>
    <message>
        <source>Remove the subtitles “%1” and their transcript?</source>
        <translation>Usunąć napisy „%1” i ich transkrypcję?</translation>
    </message>
    <message>
        <source>The file was not removed.</source>
        <translation>Plik nie został usunięty.</translation>
    </message>
    <message>
        <source>Converting %1 to PDF</source>
        <translation>Konwersja %1 do PDF</translation>
    </message>
    <message>
        <source>Converting to PDF</source>
        <translation>Konwersja do PDF</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Slajd %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <source>No text could be extracted.</source>
        <translation>Nie udało się wydobyć tekstu.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nowa sesja</translation>
    </message>
    <message>
        <source>The session was not created.</source>
        <translation>Sesja nie została utworzona.</translation>
    </message>
    <message>
        <source>The demo session was not added.</source>
        <translation>Sesja demonstracyjna nie została dodana.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln session(s).</source>
        <translation>
            <numerusform>Przywrócono %Ln sesję.</numerusform>
            <numerusform>Przywrócono %Ln sesje.</numerusform>
            <numerusform>Przywrócono %Ln sesji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln session(s) to the trash.</source>
        <translation>
            <numerusform>Przeniesiono %Ln sesję do kosza.</numerusform>
            <numerusform>Przeniesiono %Ln sesje do kosza.</numerusform>
            <numerusform>Przeniesiono %Ln sesji do kosza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln session(s) in the trash for good, with their copied files? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć na zawsze %Ln sesję z kosza wraz z jej skopiowanymi plikami? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %Ln sesje z kosza wraz z ich skopiowanymi plikami? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %Ln sesji z kosza wraz z ich skopiowanymi plikami? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Opróżnij kosz</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Opróżnianie kosza</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln session(s) for good.</source>
        <translation>
            <numerusform>Usunięto na zawsze %Ln sesję.</numerusform>
            <numerusform>Usunięto na zawsze %Ln sesje.</numerusform>
            <numerusform>Usunięto na zawsze %Ln sesji.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Webinar Archive</source>
        <translation>O programie Webinar Archive</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A desktop archive for recorded webinar sessions: who spoke, for which organisation, their slides, the recording and a summary.&lt;/p&gt;&lt;p&gt;Library: %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Archiwum nagranych sesji webinarów na komputerze: kto mówił, w imieniu jakiej organizacji, slajdy, nagranie i streszczenie.&lt;/p&gt;&lt;p&gt;Biblioteka: %3&lt;/p&gt;&lt;p&gt;Na licencji GNU GPL w wersji 3 lub późniejszej.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Search&lt;/b&gt; looks in titles, summaries, speakers, slides, documents, transcripts and notes; accents and case do not matter.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;open data&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;both words (the last may be the start of a word)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;open data&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-webinar&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;without this word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;health OR care&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;speaker:morgan&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a speaker&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;org:&quot;EU Commission&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a speaker&apos;s organisation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;series:&lt;/tt&gt; &lt;tt&gt;theme:&lt;/tt&gt; &lt;tt&gt;tag:&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words in that field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2020&lt;/tt&gt; &lt;tt&gt;year:2018..2020&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sessions of those years&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;date:2020-09&lt;/tt&gt; &lt;tt&gt;date:2020-01..2020-06&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a date range&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;has:recording&lt;/tt&gt; &lt;tt&gt;has:slides&lt;/tt&gt; &lt;tt&gt;has:transcript&lt;/tt&gt; &lt;tt&gt;has:notes&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sessions with these&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;lang:en&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;language of the session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:draft&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;draft, catalogued or reviewed&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wyszukiwanie&lt;/b&gt; przeszukuje tytuły, streszczenia, prelegentów, slajdy, dokumenty, transkrypcje i notatki; znaki diakrytyczne i wielkość liter nie mają znaczenia. Nazwy filtrów (&lt;tt&gt;speaker:&lt;/tt&gt;, &lt;tt&gt;year:&lt;/tt&gt; i inne), ich wartości (&lt;tt&gt;has:recording&lt;/tt&gt;) oraz &lt;tt&gt;OR&lt;/tt&gt; i &lt;tt&gt;NOT&lt;/tt&gt; wpisuje się po angielsku, jak w przykładach poniżej.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;open data&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;oba słowa (ostatnie może być początkiem słowa)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;open data&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;dokładnie ta fraza&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-webinar&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;bez tego słowa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;health OR care&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;jedno z dwóch słów&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;speaker:morgan&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;prelegent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;org:&quot;EU Commission&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;organizacja prelegenta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;series:&lt;/tt&gt; &lt;tt&gt;theme:&lt;/tt&gt; &lt;tt&gt;tag:&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;słowa w tym polu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;year:2020&lt;/tt&gt; &lt;tt&gt;year:2018..2020&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sesje z tych lat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;date:2020-09&lt;/tt&gt; &lt;tt&gt;date:2020-01..2020-06&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;zakres dat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;has:recording&lt;/tt&gt; &lt;tt&gt;has:slides&lt;/tt&gt; &lt;tt&gt;has:transcript&lt;/tt&gt; &lt;tt&gt;has:notes&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;sesje, które je mają (nagranie, slajdy, transkrypcję, notatki)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;lang:en&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;język sesji&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:draft&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;szkic (draft), skatalogowana (catalogued) lub sprawdzona (reviewed)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Drop to attach</source>
        <translation>Upuść, aby dołączyć</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nowa sesja</translation>
    </message>
    <message>
        <source>Add an empty session and edit it</source>
        <translation>Dodaj pustą sesję i ją edytuj</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Przenieś do &amp;kosza</translation>
    </message>
    <message>
        <source>Move the selected sessions to the trash</source>
        <translation>Przenieś zaznaczone sesje do kosza</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <source>Take the selected sessions out of the trash</source>
        <translation>Wyjmij zaznaczone sesje z kosza</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Opróżnij kosz…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Edytuj zaznaczone…</translation>
    </message>
    <message>
        <source>Set series, tags, status… on all the selected sessions at once</source>
        <translation>Ustaw serię, tagi, status… we wszystkich zaznaczonych sesjach naraz</translation>
    </message>
    <message>
        <source>Transcr&amp;ibe Recordings of Selected…</source>
        <translation>Transkr&amp;ybuj nagrania zaznaczonych…</translation>
    </message>
    <message>
        <source>Transcribe the selected sessions&apos; recordings that have no transcript yet</source>
        <translation>Transkrybuj nagrania zaznaczonych sesji, które nie mają jeszcze transkrypcji</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Zapi&amp;sz wyszukiwanie…</translation>
    </message>
    <message>
        <source>Keep the current search in the sidebar under a name</source>
        <translation>Zachowaj bieżące wyszukiwanie w panelu bocznym pod nazwą</translation>
    </message>
    <message>
        <source>&amp;Rebuild Search Index</source>
        <translation>&amp;Odbuduj indeks wyszukiwania</translation>
    </message>
    <message>
        <source>Index every session again (after a crash or a restore from backup)</source>
        <translation>Zaindeksuj ponownie każdą sesję (po awarii lub przywróceniu kopii zapasowej)</translation>
    </message>
    <message>
        <source>&amp;Check Library…</source>
        <translation>&amp;Sprawdź bibliotekę…</translation>
    </message>
    <message>
        <source>Check the catalogue, its files and the search index; repair what is safe</source>
        <translation>Sprawdź katalog, jego pliki i indeks wyszukiwania; napraw to, co bezpieczne</translation>
    </message>
    <message>
        <source>&amp;Locate Missing Files…</source>
        <translation>&amp;Znajdź brakujące pliki…</translation>
    </message>
    <message>
        <source>Search a folder for files that were moved or renamed, and reconnect them</source>
        <translation>Przeszukaj folder w poszukiwaniu przeniesionych lub przemianowanych plików i połącz je ponownie</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Utwórz &amp;kopię zapasową…</translation>
    </message>
    <message>
        <source>Write the catalogue, and optionally its files, to one archive file</source>
        <translation>Zapisz katalog (i opcjonalnie jego pliki) w jednym pliku archiwum</translation>
    </message>
    <message>
        <source>R&amp;estore Backup…</source>
        <translation>&amp;Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <source>Rebuild a library from a backup archive in an empty folder</source>
        <translation>Odtwórz bibliotekę z archiwum kopii zapasowej w pustym folderze</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>&amp;Ustawienia kopii zapasowych…</translation>
    </message>
    <message>
        <source>Automatic copies of the catalogue: how often, and how many to keep</source>
        <translation>Automatyczne kopie katalogu: jak często i ile zachowywać</translation>
    </message>
    <message>
        <source>Edit &amp;Title</source>
        <translation>Edytuj &amp;tytuł</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Dołącz pliki…</translation>
    </message>
    <message>
        <source>Attach slides, documents or recordings to the selected session</source>
        <translation>Dołącz slajdy, dokumenty lub nagrania do zaznaczonej sesji</translation>
    </message>
    <message>
        <source>&amp;People and Organisations…</source>
        <translation>&amp;Osoby i organizacje…</translation>
    </message>
    <message>
        <source>Export &amp;Brief…</source>
        <translation>Eksportuj no&amp;tatkę…</translation>
    </message>
    <message>
        <source>Save the selected sessions as PDF briefs</source>
        <translation>Zapisz zaznaczone sesje jako notatki PDF</translation>
    </message>
    <message>
        <source>Export Series &amp;Booklet…</source>
        <translation>Eksportuj &amp;zeszyt serii…</translation>
    </message>
    <message>
        <source>Save every session of the selected series as one PDF booklet</source>
        <translation>Zapisz wszystkie sesje zaznaczonej serii jako jeden zeszyt PDF</translation>
    </message>
    <message>
        <source>Create the &amp;Demo Session</source>
        <translation>&amp;Utwórz sesję demonstracyjną</translation>
    </message>
    <message>
        <source>&amp;Import a Session Page…</source>
        <translation>&amp;Importuj stronę sesji…</translation>
    </message>
    <message>
        <source>&amp;Download Linked Files</source>
        <translation>&amp;Pobierz pliki z odnośników</translation>
    </message>
    <message>
        <source>Download the slides, agendas and recordings the selected sessions link to</source>
        <translation>Pobierz slajdy, programy i nagrania, do których prowadzą odnośniki zaznaczonych sesji</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Webinar Archive</source>
        <translation>&amp;O programie Webinar Archive</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>&amp;Panel przeglądania</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesja</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteka</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, -word, speaker:, year:2020 …</source>
        <translation>Szukaj: słowa, &quot;fraza&quot;; filtry po angielsku: year:2020 …</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
    <message>
        <source>Save Search… (Ctrl+Shift+S)</source>
        <translation>Zapisz wyszukiwanie… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Odtwarzacz</translation>
    </message>
    <message>
        <source>No media player is available.</source>
        <translation>Odtwarzacz multimediów jest niedostępny.</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slajdy</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Napisy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>1 cue</source>
        <translation>1 napis</translation>
    </message>
    <message>
        <source>%1 cues</source>
        <translation>Napisy: %1</translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>Dołącz pliki…</translation>
    </message>
    <message>
        <source>or drop files or a folder onto the window</source>
        <translation>albo upuść pliki lub folder na okno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Convert to PDF for Preview</source>
        <translation>Przekształć do PDF na potrzeby podglądu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Wskaż…</translation>
    </message>
    <message>
        <source>The file is missing: point to where it is now to reconnect it</source>
        <translation>Brak pliku: wskaż, gdzie jest teraz, aby go ponownie połączyć</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <source>Play the recording here, in the window&apos;s player</source>
        <translation>Odtwórz nagranie tutaj, w odtwarzaczu okna</translation>
    </message>
    <message>
        <source>Open in Another App</source>
        <translation>Otwórz w innym programie</translation>
    </message>
    <message>
        <source>Open the file in the program the system uses for it</source>
        <translation>Otwórz plik w programie, którego system używa dla tego rodzaju plików</translation>
    </message>
    <message>
        <source>Add Subtitles…</source>
        <translation>Dodaj napisy…</translation>
    </message>
    <message>
        <source>Attach subtitle files (SRT, WebVTT) to the selected recording</source>
        <translation>Dołącz pliki napisów (SRT, WebVTT) do zaznaczonego nagrania</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transkrybuj</translation>
    </message>
    <message>
        <source>Turn what is said into a searchable transcript, on this computer (offline)</source>
        <translation>Zamień to, co zostało powiedziane, w przeszukiwalną transkrypcję, na tym komputerze (offline)</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Nagrania</translation>
    </message>
    <message>
        <source> (linked)</source>
        <translation> (połączony)</translation>
    </message>
    <message>
        <source>Subtitles: %1</source>
        <translation>Napisy: %1</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (brak pliku)</translation>
    </message>
    <message>
        <source>The file of “%1” is missing (moved, renamed or on a drive that is not mounted). Locate… finds it again.</source>
        <translation>Brak pliku „%1” (przeniesiony, przemianowany lub na niepodłączonym dysku). Wskaż… odnajdzie go ponownie.</translation>
    </message>
    <message>
        <source>Export Subtitles “%1”…</source>
        <translation>Eksportuj napisy „%1”…</translation>
    </message>
    <message>
        <source>Remove Subtitles “%1”</source>
        <translation>Usuń napisy „%1”</translation>
    </message>
    <message>
        <source>Remove Recording</source>
        <translation>Usuń nagranie</translation>
    </message>
    <message>
        <source>Remove Subtitles</source>
        <translation>Usuń napisy</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>&amp;Overview…</source>
        <translation>Prze&amp;gląd…</translation>
    </message>
    <message>
        <source>Charts of the archive: sessions by year, series, organisation and speaker, and what is missing</source>
        <translation>Wykresy archiwum: sesje według lat, serii, organizacji i prelegentów oraz czego brakuje</translation>
    </message>
    <message>
        <source>The overview could not be counted</source>
        <translation>Nie udało się policzyć przeglądu</translation>
    </message>
    <message>
        <source>Save the Overview as PNG</source>
        <translation>Zapisz przegląd jako PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>The overview was not saved</source>
        <translation>Przegląd nie został zapisany</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable, or choose another place.</source>
        <translation>Nie można zapisać %1. Sprawdź, czy folder istnieje i można w nim zapisywać, albo wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>%1 (none yet)</source>
        <translation>%1 (jeszcze brak)</translation>
    </message>
    <message>
        <source>%1 hours recorded</source>
        <translation>Godziny nagrań: %1</translation>
    </message>
    <message>
        <source>%1 minutes recorded</source>
        <translation>Minuty nagrań: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>Series shown</source>
        <translation>Pokazane serie</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Wszystkie serie</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Sessions per year</source>
        <translation>Sesje w kolejnych latach</translation>
    </message>
    <message>
        <source>Sessions per month, latest 24 months</source>
        <translation>Sesje w kolejnych miesiącach, ostatnie 24 miesiące</translation>
    </message>
    <message>
        <source>Sessions per series</source>
        <translation>Sesje według serii</translation>
    </message>
    <message>
        <source>Organisations that appear most</source>
        <translation>Najczęściej występujące organizacje</translation>
    </message>
    <message>
        <source>Speakers who appear most</source>
        <translation>Najczęściej występujący prelegenci</translation>
    </message>
    <message>
        <source>Hours of recordings per year</source>
        <translation>Godziny nagrań w kolejnych latach</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Czego brakuje</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Zapisz jako P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the charts as one PNG image</source>
        <translation>Zapisz wykresy jako jeden obraz PNG</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s)</source>
        <translation>
            <numerusform>%Ln nagranie</numerusform>
            <numerusform>%Ln nagrania</numerusform>
            <numerusform>%Ln nagrań</numerusform>
        </translation>
    </message>
    <message>
        <source>%2: %1 sessions</source>
        <translation>%2 — sesje: %1</translation>
    </message>
    <message>
        <source>Minutes of recordings per year</source>
        <translation>Minuty nagrań w kolejnych latach</translation>
    </message>
    <message>
        <source>%2: %1 minutes</source>
        <translation>%2 — minuty: %1</translation>
    </message>
    <message>
        <source>%2: %1 hours</source>
        <translation>%2 — godziny: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without a recording</source>
        <translation>
            <numerusform>%Ln sesja bez nagrania</numerusform>
            <numerusform>%Ln sesje bez nagrania</numerusform>
            <numerusform>%Ln sesji bez nagrania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without slides</source>
        <translation>
            <numerusform>%Ln sesja bez slajdów</numerusform>
            <numerusform>%Ln sesje bez slajdów</numerusform>
            <numerusform>%Ln sesji bez slajdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) with a speaker without an organisation</source>
        <translation>
            <numerusform>%Ln sesja z prelegentem bez organizacji</numerusform>
            <numerusform>%Ln sesje z prelegentem bez organizacji</numerusform>
            <numerusform>%Ln sesji z prelegentem bez organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without a date, left out of the charts by time.</source>
        <translation>
            <numerusform>%Ln sesja bez daty, pominięta na wykresach w czasie.</numerusform>
            <numerusform>%Ln sesje bez daty, pominięte na wykresach w czasie.</numerusform>
            <numerusform>%Ln sesji bez daty, pominiętych na wykresach w czasie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous or next bar</source>
        <translation>Poprzedni lub następny słupek</translation>
    </message>
    <message>
        <source>First or last bar</source>
        <translation>Pierwszy lub ostatni słupek</translation>
    </message>
    <message>
        <source>List the bar&apos;s sessions</source>
        <translation>Pokaż listę sesji słupka</translation>
    </message>
    <message>
        <source>Overview charts (while one has the focus)</source>
        <translation>Wykresy przeglądu (gdy jeden z nich ma fokus)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous Page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Dopasuj stronę</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> z %1</translation>
    </message>
</context>
<context>
    <name>PeopleManager</name>
    <message>
        <source>Also: %1</source>
        <translation>Także: %1</translation>
    </message>
    <message>
        <source>Two selected: Merge Into… keeps one and folds the other into it.</source>
        <translation>Zaznaczono dwa: Scal z… zachowuje jeden wpis i włącza do niego drugi.</translation>
    </message>
    <message>
        <source>Select one entry to rename it, or two duplicates to merge them.</source>
        <translation>Zaznacz jeden wpis, aby zmienić jego nazwę, albo dwa duplikaty, aby je scalić.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <source>Keep which one? The other becomes its alias and its sessions move to it.</source>
        <translation>Który zachować? Drugi stanie się jego aliasem, a jego sesje przejdą do niego.</translation>
    </message>
    <message>
        <source>Remove Unused Records</source>
        <translation>Usuń nieużywane wpisy</translation>
    </message>
    <message>
        <source>Every person and organisation is named by at least one session.</source>
        <translation>Każda osoba i organizacja występuje w co najmniej jednej sesji.</translation>
    </message>
</context>
<context>
    <name>PeopleManagerDialog</name>
    <message>
        <source>People and Organisations</source>
        <translation>Osoby i organizacje</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Remove Unused People and Organisations…</source>
        <translation>Usuń nieużywane osoby i organizacje…</translation>
    </message>
    <message>
        <source>Delete the people and organisations that no session names (0 sessions)</source>
        <translation>Usuń osoby i organizacje, których nie wymienia żadna sesja (0 sesji)</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>Chapter %1</source>
        <translation>Rozdział %1</translation>
    </message>
    <message>
        <source>A chapter already starts at %1.</source>
        <translation>W %1 zaczyna się już rozdział.</translation>
    </message>
    <message>
        <source>Chapter “%1” added at %2. Right-click it to rename it or tie it to a speaker.</source>
        <translation>Dodano rozdział „%1” w %2. Kliknij go prawym przyciskiem, aby zmienić nazwę lub przypisać prelegenta.</translation>
    </message>
    <message>
        <source>Rename Chapter</source>
        <translation>Zmień nazwę rozdziału</translation>
    </message>
    <message>
        <source>Title of the chapter at %1:</source>
        <translation>Tytuł rozdziału w %1:</translation>
    </message>
    <message>
        <source>Add Chapter Here (%1)</source>
        <translation>Dodaj rozdział tutaj (%1)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Set Start to Current Time (%1)</source>
        <translation>Ustaw początek na bieżący czas (%1)</translation>
    </message>
    <message>
        <source>Tie to Speaker</source>
        <translation>Przypisz prelegenta</translation>
    </message>
    <message>
        <source>No Speaker</source>
        <translation>Bez prelegenta</translation>
    </message>
    <message>
        <source>Delete Chapter</source>
        <translation>Usuń rozdział</translation>
    </message>
    <message>
        <source>No chapters imported: %1</source>
        <translation>Nie zaimportowano rozdziałów: %1</translation>
    </message>
    <message>
        <source>Imported %1 chapters.</source>
        <translation>Zaimportowane rozdziały: %1.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Pominięto: %1</translation>
    </message>
    <message>
        <source>The chapters could not be written: %1</source>
        <translation>Nie udało się zapisać rozdziałów: %1</translation>
    </message>
    <message>
        <source>Chapters written to %1.</source>
        <translation>Rozdziały zapisano w %1.</translation>
    </message>
    <message>
        <source>Import Chapters</source>
        <translation>Importuj rozdziały</translation>
    </message>
    <message>
        <source>Chapter lists (*.txt *.vtt);;All files (*)</source>
        <translation>Listy rozdziałów (*.txt *.vtt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Chapter list, one &apos;mm:ss Title&apos; a line (*.txt)</source>
        <translation>Lista rozdziałów, jeden „mm:ss Tytuł” w wierszu (*.txt)</translation>
    </message>
    <message>
        <source>WebVTT chapters (*.vtt)</source>
        <translation>Rozdziały WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Export Chapters</source>
        <translation>Eksportuj rozdziały</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Odtwarzanie</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Odtwórz / wstrzymaj</translation>
    </message>
    <message>
        <source>Add Chapter Here</source>
        <translation>Dodaj rozdział tutaj</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Zrób zrzut klatki</translation>
    </message>
    <message>
        <source>Import Chapters…</source>
        <translation>Importuj rozdziały…</translation>
    </message>
    <message>
        <source>Export Chapters…</source>
        <translation>Eksportuj rozdziały…</translation>
    </message>
    <message>
        <source>Transcribe This Recording</source>
        <translation>Transkrybuj to nagranie</translation>
    </message>
    <message>
        <source>Show Player</source>
        <translation>Pokaż odtwarzacz</translation>
    </message>
    <message>
        <source>Player: %1 — %2</source>
        <translation>Odtwarzacz: %1 — %2</translation>
    </message>
    <message>
        <source>The recording file is missing</source>
        <translation>Brak pliku nagrania</translation>
    </message>
    <message>
        <source>%1

The file was moved, deleted or is on a drive that is not connected. Chapters, notes and the transcript are still here.</source>
        <translation>%1

Plik został przeniesiony, usunięty lub jest na niepodłączonym dysku. Rozdziały, notatki i transkrypcja nadal tu są.</translation>
    </message>
    <message>
        <source>The recording file is missing: %1</source>
        <translation>Brak pliku nagrania: %1</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Odtwarzacz</translation>
    </message>
    <message>
        <source>Note saved at %1.</source>
        <translation>Notatkę zapisano w %1.</translation>
    </message>
    <message>
        <source>Shown in the Recording at Current Time (%1)</source>
        <translation>Pokazywany w nagraniu w bieżącym czasie (%1)</translation>
    </message>
    <message>
        <source>Shown in the Recording at Current Time</source>
        <translation>Pokazywany w nagraniu w bieżącym czasie</translation>
    </message>
    <message>
        <source>Not Tied to a Time in the Recording</source>
        <translation>Niepowiązany z czasem w nagraniu</translation>
    </message>
    <message>
        <source>This material belongs to another session.</source>
        <translation>Ten materiał należy do innej sesji.</translation>
    </message>
    <message>
        <source>“%1” is shown at %2.</source>
        <translation>„%1” jest pokazywany w %2.</translation>
    </message>
    <message>
        <source>Now shown: %1</source>
        <translation>Teraz pokazywany: %1</translation>
    </message>
    <message>
        <source>“%1” belongs to the session “%2”.</source>
        <translation>„%1” należy do sesji „%2”.</translation>
    </message>
    <message>
        <source>The snapshot could not be saved.</source>
        <translation>Nie udało się zapisać zrzutu klatki.</translation>
    </message>
    <message>
        <source>Adding the snapshot to the session</source>
        <translation>Dodawanie zrzutu klatki do sesji</translation>
    </message>
    <message>
        <source>Adding the snapshot</source>
        <translation>Dodawanie zrzutu klatki</translation>
    </message>
    <message>
        <source>Snapshot added to the session&apos;s materials.</source>
        <translation>Zrzut klatki dodano do materiałów sesji.</translation>
    </message>
    <message>
        <source>Snapshot not added: %1</source>
        <translation>Nie dodano zrzutu klatki: %1</translation>
    </message>
</context>
<context>
    <name>PlayerEngine</name>
    <message>
        <source>The recording could not be played.</source>
        <translation>Nie udało się odtworzyć nagrania.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Play / pause</source>
        <translation>Odtwórz / wstrzymaj</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>10 sekund wstecz</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>10 sekund naprzód</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 sekund wstecz</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 sekund naprzód</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Głośniej</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Ciszej</translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation>Pełny ekran wł. / wył.</translation>
    </message>
    <message>
        <source>Mute on / off</source>
        <translation>Wyciszenie wł. / wył.</translation>
    </message>
    <message>
        <source>Add a chapter at the current time</source>
        <translation>Dodaj rozdział w bieżącym czasie</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Zamknij pełny ekran</translation>
    </message>
    <message>
        <source>Type a note at the current time…</source>
        <translation>Wpisz notatkę w bieżącym czasie…</translation>
    </message>
    <message>
        <source>Pause while typing</source>
        <translation>Wstrzymuj podczas pisania</translation>
    </message>
    <message>
        <source>Make chapter from note</source>
        <translation>Utwórz rozdział z notatki</translation>
    </message>
    <message>
        <source>Unknown language — {name}</source>
        <translation>Nieznany język — {name}</translation>
    </message>
    <message>
        <source> (machine-made, {engine})</source>
        <translation> (maszynowa, {engine})</translation>
    </message>
    <message>
        <source>Track {n}</source>
        <translation>Ścieżka {n}</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Nagranie dźwiękowe</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesja bez tytułu</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Od początku</translation>
    </message>
    <message>
        <source>Resume at {time}?</source>
        <translation>Wznowić od {time}?</translation>
    </message>
    <message>
        <source>Install VLC to play recordings. On Debian or Ubuntu:
sudo apt install vlc
or just the parts needed here:
sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output</source>
        <translation>Zainstaluj VLC, aby odtwarzać nagrania. W Debianie lub Ubuntu:
sudo apt install vlc
albo tylko potrzebne tu części:
sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output</translation>
    </message>
    <message>
        <source>Install VLC (version 3) from videolan.org to play recordings.</source>
        <translation>Zainstaluj VLC (wersję 3) z videolan.org, aby odtwarzać nagrania.</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Odtwórz (Spacja)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Back 60 seconds</source>
        <translation>60 sekund wstecz</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>10 sekund wstecz (J)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>10 sekund naprzód (L)</translation>
    </message>
    <message>
        <source>Forward 60 seconds</source>
        <translation>60 sekund naprzód</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Szybkość odtwarzania</translation>
    </message>
    <message>
        <source>No audio tracks</source>
        <translation>Brak ścieżek dźwiękowych</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <source>Audio track</source>
        <translation>Ścieżka dźwiękowa</translation>
    </message>
    <message>
        <source>No subtitles</source>
        <translation>Brak napisów</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Napisy</translation>
    </message>
    <message>
        <source>Subtitle track</source>
        <translation>Ścieżka napisów</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Zrzut klatki</translation>
    </message>
    <message>
        <source>Save this frame</source>
        <translation>Zapisz tę klatkę</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Pełny ekran (F)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Wycisz (M)</translation>
    </message>
    <message>
        <source>Volume (Up/Down)</source>
        <translation>Głośność (Góra/Dół)</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Rozdziały</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Transcript shown</source>
        <translation>Pokazywana transkrypcja</translation>
    </message>
    <message>
        <source>Which transcript to follow: a person&apos;s, or one made on this computer</source>
        <translation>Którą transkrypcję śledzić: wykonaną przez człowieka czy utworzoną na tym komputerze</translation>
    </message>
    <message>
        <source>VLC is not available</source>
        <translation>VLC jest niedostępny</translation>
    </message>
    <message>
        <source>No video frame to take a snapshot of.</source>
        <translation>Brak klatki wideo do zrzutu.</translation>
    </message>
    <message>
        <source>Snapshot saved: {name}</source>
        <translation>Zapisano zrzut klatki: {name}</translation>
    </message>
    <message>
        <source>Nothing is playing</source>
        <translation>Nic nie jest odtwarzane</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Wstrzymaj (Spacja)</translation>
    </message>
</context>
<context>
    <name>RecordingFormat</name>
    <message>
        <source>%1 video</source>
        <translation>wideo %1</translation>
    </message>
    <message>
        <source>%1 audio</source>
        <translation>dźwięk %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>wideo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>dźwięk</translation>
    </message>
    <message>
        <source>no sound</source>
        <translation>bez dźwięku</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Przesuń w dół</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Counting the search results by series, year and people failed: %1</source>
        <translation>Nie udało się policzyć wyników wyszukiwania według serii, lat i osób: %1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Najpierw wpisz wyszukiwanie, potem je zapisz.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Zapisz wyszukiwanie</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nazwa zapisanego wyszukiwania:</translation>
    </message>
    <message>
        <source>The search could not be saved.</source>
        <translation>Nie udało się zapisać wyszukiwania.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Zmień nazwę zapisanego wyszukiwania</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Usuń zapisane wyszukiwanie</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>Usunąć zapisane wyszukiwanie „%1”?</translation>
    </message>
    <message>
        <source>Rebuilding the search index was stopped at %1 of %2 sessions; search waits until it is finished: Tools &gt; Rebuild Search Index goes on from there.</source>
        <translation>Przebudowywanie indeksu wyszukiwania zatrzymano na %1 z %2 sesji; wyszukiwanie zaczeka, aż zostanie dokończone: Narzędzia &gt; Odbuduj indeks wyszukiwania wznowi je od tego miejsca.</translation>
    </message>
    <message numerus="yes">
        <source>The search index was rebuilt: %Ln session(s).</source>
        <translation>
            <numerusform>Indeks wyszukiwania przebudowano: %Ln sesja.</numerusform>
            <numerusform>Indeks wyszukiwania przebudowano: %Ln sesje.</numerusform>
            <numerusform>Indeks wyszukiwania przebudowano: %Ln sesji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Przebudowywanie indeksu wyszukiwania</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>No session matches.</source>
        <translation>Żadna sesja nie pasuje.</translation>
    </message>
    <message>
        <source>1 session matches</source>
        <translation>Pasuje 1 sesja</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) match</source>
        <translation>
            <numerusform>Pasuje %Ln sesja</numerusform>
            <numerusform>Pasują %Ln sesje</numerusform>
            <numerusform>Pasuje %Ln sesji</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 shown; scroll for more)</source>
        <translation> (pokazano %1; przewiń, aby zobaczyć więcej)</translation>
    </message>
    <message>
        <source> · common words: title matches first</source>
        <translation> · częste słowa: najpierw trafienia w tytule</translation>
    </message>
    <message>
        <source>These words are in too many sessions to rank by relevance. Sessions with them in the title come first, then those with them among the speakers, organisations, series, theme or tags, then the rest. A small group is ranked by relevance, a large one lists the most recently added first. Add a word or a filter to narrow the search.</source>
        <translation>Te słowa występują w zbyt wielu sesjach, aby ułożyć je według trafności. Najpierw są sesje, które mają je w tytule, potem te, które mają je wśród prelegentów, organizacji, serii, tematu lub tagów, a potem pozostałe. Mała grupa jest ułożona według trafności, duża – od ostatnio dodanych. Dodaj słowo lub filtr, aby zawęzić wyszukiwanie.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>series</source>
        <translation>seria</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>streszczenie</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>prelegent</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacja</translation>
    </message>
    <message>
        <source>slide %1 of %2</source>
        <translation>slajd %1 z %2</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>slajd %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>strona %1 z %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>strona %1</translation>
    </message>
    <message>
        <source>%1 in the recording</source>
        <translation>%1 w nagraniu</translation>
    </message>
    <message>
        <source>note at %1</source>
        <translation>notatka w %1</translation>
    </message>
    <message>
        <source>chapter at %1</source>
        <translation>rozdział w %1</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit Title</source>
        <translation>Edycja tytułu</translation>
    </message>
    <message>
        <source>Edit Series</source>
        <translation>Edycja serii</translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation>Edycja tematu</translation>
    </message>
    <message>
        <source>Edit Date</source>
        <translation>Edycja daty</translation>
    </message>
    <message>
        <source>Edit Start Time</source>
        <translation>Edycja godziny rozpoczęcia</translation>
    </message>
    <message>
        <source>Edit Time Zone</source>
        <translation>Edycja strefy czasowej</translation>
    </message>
    <message>
        <source>Edit Duration</source>
        <translation>Edycja czasu trwania</translation>
    </message>
    <message>
        <source>Edit Language</source>
        <translation>Edycja języka</translation>
    </message>
    <message>
        <source>Edit Status</source>
        <translation>Edycja stanu</translation>
    </message>
    <message>
        <source>Edit Rights</source>
        <translation>Edycja praw</translation>
    </message>
    <message>
        <source>Edit Source URL</source>
        <translation>Edycja adresu źródła</translation>
    </message>
    <message>
        <source>Edit Notes</source>
        <translation>Edycja notatek</translation>
    </message>
    <message>
        <source>Edit Summary</source>
        <translation>Edycja streszczenia</translation>
    </message>
    <message>
        <source>Edit Speakers</source>
        <translation>Edycja prelegentów</translation>
    </message>
    <message>
        <source>Edit Links</source>
        <translation>Edycja odnośników</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Edycja tagów</translation>
    </message>
</context>
<context>
    <name>SessionEditorController</name>
    <message>
        <source>%1 (recording)</source>
        <translation>%1 (nagranie)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>The session was not saved.</source>
        <translation>Sesja nie została zapisana.</translation>
    </message>
</context>
<context>
    <name>SessionEditorView</name>
    <message>
        <source>Select a session to see and edit its details.</source>
        <translation>Zaznacz sesję, aby zobaczyć i edytować jej szczegóły.</translation>
    </message>
    <message>
        <source>This session is in the trash. Restore it to edit it.</source>
        <translation>Ta sesja jest w koszu. Przywróć ją, aby ją edytować.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odnośniki</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>gg:mm</translation>
    </message>
    <message>
        <source>e.g. Europe/Brussels</source>
        <translation>np. Europe/Warsaw</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Strefa czasowa:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>np. pl</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Comma-separated tags</source>
        <translation>Tagi oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Private notes about this session</source>
        <translation>Prywatne notatki o tej sesji</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>S&amp;eries:</source>
        <translation>S&amp;eria:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Godzina rozpoczęcia:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Czas trw&amp;ania:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;URL źródła:</translation>
    </message>
    <message>
        <source>&amp;Rights:</source>
        <translation>&amp;Prawa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>Summary in Markdown</source>
        <translation>Streszczenie w Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Catalogued</source>
        <translation>Skatalogowana</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Sprawdzona</translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Catalogued</source>
        <translation>Skatalogowana</translation>
    </message>
    <message>
        <source>Fit Columns to Window</source>
        <translation>Dopasuj kolumny do okna</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Domyślny systemu (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Webinar Archive.</source>
        <translation>Nowy język będzie używany od następnego uruchomienia programu Webinar Archive.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1: nie powiodło się.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1: anulowano.</translation>
    </message>
</context>
<context>
    <name>SpeakersTable</name>
    <message>
        <source>Speaker</source>
        <translation>Prelegent</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Otwarcie</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Zamknięcie</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>Dyskutant</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Przewodniczący</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Wystąpienie główne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Nagranie</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Prezentacje</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Więcej informacji</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueue</name>
    <message>
        <source>Transcribing %1 (%2 of %3): %4 of %5 min</source>
        <translation>Transkrypcja %1 (%2 z %3): %4 z %5 min</translation>
    </message>
    <message>
        <source>Transcribing %1: %2 of %3 min</source>
        <translation>Transkrypcja %1: %2 z %3 min</translation>
    </message>
    <message>
        <source>, under a minute left</source>
        <translation>, zostało mniej niż minutę</translation>
    </message>
    <message>
        <source>, about %1 min left</source>
        <translation>, zostało około %1 min</translation>
    </message>
    <message>
        <source>Transcription Settings…</source>
        <translation>Ustawienia transkrypcji…</translation>
    </message>
    <message>
        <source>The recordings could not be queued for transcription.</source>
        <translation>Nie udało się dodać nagrań do kolejki transkrypcji.</translation>
    </message>
    <message>
        <source>Transcribing</source>
        <translation>Transkrypcja</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s), %1 min of sound, still wait to be transcribed from last time.

Yes transcribes them now, in the background. No leaves them queued for later (this question comes back at the next start). Discard empties the queue.</source>
        <translation>
            <numerusform>%Ln nagranie, %1 min dźwięku, nadal czeka na transkrypcję od ostatniego razu.

Tak – transkrybuje je teraz, w tle. Nie – zostawia je w kolejce na później (to pytanie wróci przy następnym uruchomieniu). Odrzuć – opróżnia kolejkę.</numerusform>
            <numerusform>%Ln nagrania, %1 min dźwięku, nadal czekają na transkrypcję od ostatniego razu.

Tak – transkrybuje je teraz, w tle. Nie – zostawia je w kolejce na później (to pytanie wróci przy następnym uruchomieniu). Odrzuć – opróżnia kolejkę.</numerusform>
            <numerusform>%Ln nagrań, %1 min dźwięku, nadal czeka na transkrypcję od ostatniego razu.

Tak – transkrybuje je teraz, w tle. Nie – zostawia je w kolejce na później (to pytanie wróci przy następnym uruchomieniu). Odrzuć – opróżnia kolejkę.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcription Queue</source>
        <translation>Kolejka transkrypcji</translation>
    </message>
    <message numerus="yes">
        <source>Transcribed %Ln recording(s), now found by search.</source>
        <translation>
            <numerusform>Przetranskrybowano %Ln nagranie, teraz można je wyszukać.</numerusform>
            <numerusform>Przetranskrybowano %Ln nagrania, teraz można je wyszukać.</numerusform>
            <numerusform>Przetranskrybowano %Ln nagrań, teraz można je wyszukać.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) could not be transcribed.</source>
        <translation>
            <numerusform>Nie udało się przetranskrybować %Ln nagrania.</numerusform>
            <numerusform>Nie udało się przetranskrybować %Ln nagrań.</numerusform>
            <numerusform>Nie udało się przetranskrybować %Ln nagrań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing half transcribed was kept. Keep the %Ln recording(s) not done in the queue, to transcribe later?</source>
        <translation>
            <numerusform>Nic częściowo przetranskrybowanego nie zostało zachowane. Zostawić %Ln nieukończone nagranie w kolejce do późniejszej transkrypcji?</numerusform>
            <numerusform>Nic częściowo przetranskrybowanego nie zostało zachowane. Zostawić %Ln nieukończone nagrania w kolejce do późniejszej transkrypcji?</numerusform>
            <numerusform>Nic częściowo przetranskrybowanego nie zostało zachowane. Zostawić %Ln nieukończonych nagrań w kolejce do późniejszej transkrypcji?</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcription Stopped</source>
        <translation>Transkrypcja zatrzymana</translation>
    </message>
</context>
<context>
    <name>TranscriptionSettings</name>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Size&lt;/th&gt;&lt;th&gt;Download&lt;/th&gt;&lt;th&gt;Speed on a CPU&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Rozmiar&lt;/th&gt;&lt;th&gt;Pobieranie&lt;/th&gt;&lt;th&gt;Szybkość na CPU&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;faster-whisper&apos;s &lt;b&gt;%1&lt;/b&gt; model is not on this computer yet. Download it now (%2 MB, once, from Hugging Face) into %3?&lt;/p&gt;&lt;p&gt;Nothing else leaves or reaches the computer: the recordings are heard here. The sizes (speed: seconds of speech per second of work on a 4-core CPU, roughly):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modelu &lt;b&gt;%1&lt;/b&gt; dla faster-whisper nie ma jeszcze na tym komputerze. Pobrać go teraz (%2 MB, jednorazowo, z Hugging Face) do %3?&lt;/p&gt;&lt;p&gt;Nic innego nie opuszcza komputera ani do niego nie trafia: nagrania są odsłuchiwane tutaj. Rozmiary (szybkość: sekundy mowy na sekundę pracy na 4-rdzeniowym CPU, w przybliżeniu):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Download a Speech Model?</source>
        <translation>Pobrać model mowy?</translation>
    </message>
    <message>
        <source>Transcription Settings</source>
        <translation>Ustawienia transkrypcji</translation>
    </message>
    <message>
        <source>pocketsphinx (English, built in)</source>
        <translation>pocketsphinx (angielski, wbudowany)</translation>
    </message>
    <message>
        <source>faster-whisper (many languages, needs a model)</source>
        <translation>faster-whisper (wiele języków, wymaga modelu)</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Język wypowiedzi</translation>
    </message>
    <message>
        <source>faster-whisper model</source>
        <translation>Model faster-whisper</translation>
    </message>
    <message>
        <source>A size to download once, or the folder of a model you have</source>
        <translation>Rozmiar do jednorazowego pobrania albo folder posiadanego modelu</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Silnik:</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Język wypowiedzi:</translation>
    </message>
    <message>
        <source>faster-whisper model:</source>
        <translation>Model faster-whisper:</translation>
    </message>
    <message>
        <source>Everything is heard on this computer; a model is downloaded only when you agree to it.</source>
        <translation>Wszystko jest odsłuchiwane na tym komputerze; model jest pobierany tylko za twoją zgodą.</translation>
    </message>
    <message>
        <source>Model Folder</source>
        <translation>Folder modelu</translation>
    </message>
</context>
<context>
    <name>UnusedRecords</name>
    <message>
        <source>… and %1 more</source>
        <translation>… i jeszcze %1</translation>
    </message>
    <message>
        <source>Remove Unused Records</source>
        <translation>Usuń nieużywane wpisy</translation>
    </message>
    <message>
        <source>No session names “%1” any more. Remove it from the catalogue?</source>
        <translation>Żadna sesja nie wymienia już „%1”. Usunąć z katalogu?</translation>
    </message>
    <message numerus="yes">
        <source>No session names these %Ln people and organisations any more. Remove them?</source>
        <translation>
            <numerusform>Żadna sesja nie wymienia już tej %Ln osoby lub organizacji. Usunąć?</numerusform>
            <numerusform>Żadna sesja nie wymienia już tych %Ln osób i organizacji. Usunąć je?</numerusform>
            <numerusform>Żadna sesja nie wymienia już tych %Ln osób i organizacji. Usunąć je?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their aliases and notes go with them. Sessions are not changed.</source>
        <translation>Ich aliasy i notatki zostaną usunięte razem z nimi. Sesje nie zmienią się.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>The unused records were not removed.</source>
        <translation>Nieużywane wpisy nie zostały usunięte.</translation>
    </message>
</context>
</TS>
