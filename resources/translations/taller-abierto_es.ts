<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE">
<context>
    <name>main</name>
    <message>
        <source>Run an open-government co-creation workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file (.taller) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::ActivityKinds</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::AgendaDocument</name>
    <message>
        <source>Workshop programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
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
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n people are expected to take part.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 min presentation)
(%2 min questions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::AgendaPage</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The programme runs %1 past the event&apos;s end (%2).&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free before the event&apos;s end (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::AgendaRepository</name>
    <message>
        <source>The activity &quot;%1&quot; names mesa %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::AgendaTableModel</name>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::AttendeeRepository</name>
    <message>
        <source>Document %1 is already registered for this event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::DocumentPrinter</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::DocumentTypes</name>
    <message>
        <source>DNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreigner&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNI has only digits; &quot;%1&quot; has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A DNI has exactly 8 digits; &quot;%1&quot; has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A document number has only letters and digits; &quot;%1&quot; has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This document number should have 6 to 12 letters or digits; &quot;%1&quot; has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taller::EventDetailsPage</name>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target a&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pecific objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts: check the times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::EventDocument</name>
    <message>
        <source>edit event details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::EventFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Taller Abierto event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Taller Abierto event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Taller Abierto event file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, it will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Taller Abierto event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Taller Abierto (file format %2; this version reads up to %3). Update Taller Abierto to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::EventHeader</name>
    <message>
        <source>date to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::EventRepository</name>
    <message>
        <source>The event file has no event details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::EventTemplates</name>
    <message>
        <source>Palacio de Hierro open data workshop (La Libertad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sample attendees cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::MainWindow</name>
    <message>
        <source>Taller Abierto events (*.taller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;Palacio de Hierro workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export programme as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Taller Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Taller Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Taller Abierto %1&lt;/h3&gt;&lt;p&gt;For the facilitators of open-government co-creation workshops: the programme, the registration desk, the working tables, the plenary and the Acta de Compromisos, on one laptop and without internet.&lt;/p&gt;&lt;p&gt;Each event is one &lt;i&gt;.taller&lt;/i&gt; file, saved as you work.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::MesaRepository</name>
    <message>
        <source>A mesa needs a code, such as M1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::MesasPage</name>
    <message>
        <source>Mesas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::PrintedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::Sectors</name>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::SqlStatement</name>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::StartPage</name>
    <message>
        <source>Taller Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare and run an open-government co-creation workshop: programme, registration desk, working tables, plenary and the Acta de Compromisos. Everything is saved in one .taller file as you work; no internet is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Palacio de Hierro workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme 08:30–14:00, mesas M1–M5, plenary and signing of the acta, ready to adapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with nothing but a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent events yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::cli</name>
    <message>
        <source>Usage: taller-abierto-cli VERB [options] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each verb takes --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; run taller-abierto-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::cli::Invocation</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: taller-abierto-cli %1 %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template to start from: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N fictional attendees to try the registration desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new event file from a template. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new event file, e.g. taller.taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample-attendees takes a whole number from 0 to 1000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from the template &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the event&apos;s title, date, venue, times and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered attendees: %1, checked in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the programme: each activity with its times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presentation + %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the workshop programme to a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event file from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the event&apos;s details and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the programme to PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taller::migrations</name>
    <message>
        <source>Could not upgrade the event file to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
