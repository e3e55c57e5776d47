<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Dossier::Archiver</name>
    <message>
        <source>The package has no manifest (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest line &quot;%1&quot; is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest (the file has changed or is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the package but not in its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds neither a PDF/A nor an OFD file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::AuditHistory</name>
    <message>
        <source>Set document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan refused: classified case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other version from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited: its fields do not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry before it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its link to the entry before it was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier&apos;s own chain is broken here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain was truncated: it ends before the head the server recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history was rewritten after it was synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (dossier %2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::AuditHistoryDialog</name>
    <message>
        <source>Reading and verifying the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the desk&apos;s audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Verified: the dossier&apos;s %n entries are intact in the desk&apos;s audit chain (%1 entries checked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Broken at entry %1: the history was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::BoundVolume</name>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::CameraPanel</name>
    <message>
        <source>&amp;Capture page (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not take the picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document camera is connected. Connect one (USB, UVC) and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a case label to choose the case; Space captures a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder to keep captured pages in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 recognised from its label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::CaseInfoDialog</name>
    <message>
        <source>Case details — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent (永久)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long term (长期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short term (短期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified (涉密): not to be digitised or exported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ause (案由):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plaintiffs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defendants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Third parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk (书记员):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;osed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rete&amp;ntion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filed by (立卷人):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecked by (检查人):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the pages; correct what the recognition got wrong. Names are separated by 、.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::CatalogueActions</name>
    <message>
        <source>Catalogue</source>
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
        <source>Move to the &amp;previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;next document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split: a new document starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join with the previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document t&amp;itle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of this document (卷内目录 item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in the 卷内目录:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank back of a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator or test sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this page removed? (The reason is logged; the image stays in the profile.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the other &amp;volume (正卷 ↔ 副卷)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to move to the other volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the 副卷: parties and lawyers will not see it (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the 正卷 (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::CatalogueEditor</name>
    <message numerus="yes">
        <source>Move %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Split document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the 副卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the 正卷</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::Cli</name>
    <message>
        <source>Process scanned pages into catalogued dossiers; writes OUT/report.json and OUT/&lt;case&gt;/catalogue.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder (default: current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel OCR workers (default: cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+eng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue template id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number for pages before any separator sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files, PDFs or folders, in feed order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages (%2 failed, %3 already done) in %4 s: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan pages from a SANE scanner and process them like &apos;process&apos; does. Each page is stored the moment it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner device, e.g. test:0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adf, duplex or flatbed (default: adf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour, grey or bitonal (default: grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (default: 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N pages (default: until the feeder is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the scanners and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device is required (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --mode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner gave no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default: 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No search text given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive formats to write per dossier: pdfa, ofd or pdfa,ofd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a small access copy (PDF) for reading and sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write an anonymised copy (PDF, 隐名处理).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the verified archive package into DIR (repeat for each copy; three make a dossier archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person digitising (image metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1 (use pdfa, ofd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify archive packages, PDF/A and OFD files: every structure rule and every SHA-256. Exit 0 when all holds, 2 when something is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the text of an OFD file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package folder, a PDF or an OFD file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (again) the archive outputs of a dossier already in the profile, e.g. after correcting its cover details; prints the outputs as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier id, when the case has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with the case details for the cover (court, cause, plaintiffs, defendants, judge, clerk, received, closed, result, retention, filed_by, checked_by, filed_on, classified); stored in the profile, overriding what was read from the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has the dossiers: %2. Choose one with --dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object of case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to dossier-server; the session is kept in the system keyring, never in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --user and --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push this desk&apos;s changes and pull everyone else&apos;s; exit 0 once everything is pushed and pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the dossiers of the profile with their pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate authorities to trust for an HTTPS server (kept for later syncs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over the recognised text of the catalogued pages of one case or of every case in the profile; prints the pages found as JSON, in reading order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this case only (案号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a private note to a page of a case; prints it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note add needs --case and --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your private notes on a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note list needs --case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one of your private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s id, as note list prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note delete needs the note&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your hearing outline (庭审提纲) of a case, from your reading notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case (案号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odt (default) or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outline export needs --case, --out and --format odt or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dossier-cli note add|list|delete …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number (案号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case needs a case number such as （2024）苏0602民初1234号; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user a case on the server (archive administrators, and chiefs of the case&apos;s court), with the session of login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the user relates to the case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case member add needs --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relation must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members of a case on the server, with the session of login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dossier-cli case member add --case 案号 --user NAME --relation RELATION
       dossier-cli case member list --case 案号 [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is offline_trial, evidence_return, appeal_transfer or archive_room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--volumes takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a movement of a case&apos;s paper in the warehouse: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse %1 needs --case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a case&apos;s paper is, and its history: by 案号 or by a scanned label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 案号, or a case label&apos;s or separator sheet&apos;s payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse find needs one code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a case event that starts or stops a statutory clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse event needs --case and --kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every running statutory clock, and those done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shelf&apos;s inventory: its scanned labels against what the desk says is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse inventory needs --location and a readable --scanned file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a year of the holiday calendar to every desk (archive administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s calendar as JSON: {&quot;year&quot;, &quot;holidays&quot;, &quot;working_days&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dossier-cli warehouse checkin|supplement|lend|return|recall|checkout|move|request|find|overdue|event|deadlines|inventory …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case (案号), or its scanned label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page: its number in the case&apos;s first volume, or volume-page (2-15) when the case has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region of the page, in processed-image pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight, box, comment (default), focus, fact or question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow (default), red, green, blue, purple, orange, grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact&apos;s status: undisputed, disputed or open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count as if today were DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes of paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf place: zone-rack-shelf-box (A-03-2-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items, comma-separated (证据原件,…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the paper goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a loan is due back (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a loan is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why paper leaves: offline_trial, evidence_return, appeal_transfer or archive_room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval&apos;s reference (offline trial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move everything under this place (a whole shelf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this borrower&apos;s loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of the labels scanned, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published version (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare from this published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample case (案号) held on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to these accounts first (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to these courts first (court codes, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to this version (default: the one before the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue templates this desk holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (v%1 held, not released here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is not held on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template&apos;s items, volume by volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a draft (a file) or a published version (an id, with --version) changes against an earlier version (--from, default: the one before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier version of %1 to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: v%2 → v%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a draft against every published version this desk holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue a sample dossier with a draft, side by side with its catalogue today (nothing is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What publishing a draft would change (from the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a version of a template (archive administrators): to everyone, or first to the accounts and courts named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 v%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll a template back to an earlier version, for everyone (archive administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a published version to everyone, or to the accounts and courts named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk holds no earlier version of %1 to go back to: name it with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rolled back to v%2 for everyone; dossiers already carried to a later version keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dossier-cli template list|show|diff|validate|test|impact|publish|release|rollback …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the desk&apos;s audit chain and every dossier&apos;s: an edited, deleted, reordered or truncated entry is named. Exit 0: intact, 2: broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the server for the head it recorded; hold the chain against the desk&apos;s record of its last push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be asked for this desk&apos;s audit head (%1); the desk&apos;s own record of its last push is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (held against the head last pushed to the server: entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain of desk %1: %2 entries, %3 dossiers, intact%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain of desk %1: %2 entries, BROKEN at %3 place(s)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dossier-cli &lt;command&gt; [options]
Commands:
  process   process images, PDFs and folders into catalogued dossiers
  scan      scan from a SANE scanner and process the pages
  search    full-text search over the pages of the profile
  export    write the archive outputs of a dossier in the profile
  login     sign in to dossier-server (the session goes to the system keyring)
  sync      push this desk&apos;s changes and pull everyone else&apos;s
  dossier list   the dossiers of the profile and their pages (--json)
  template list|show|diff|validate|test   catalogue templates and drafts
  template publish|release|rollback   versions of a template (administrators)
  calendar push  publish a year of the holiday calendar (administrators)
  note add|list|delete   your private notes on the pages of a case
  outline export  your hearing outline (庭审提纲) of a case, as ODT or PDF
  case member add|list   give users a case on the server, list its members
  warehouse …   the 中间库: checkin, lend, return, checkout, move, request, find, overdue, deadlines
  audit verify   verify the audit log&apos;s hash chain (desk and dossiers)
  verify    verify archive packages, PDF/A and OFD files
  plugins   list the plugins found and those skipped
  version   print the version
Run &apos;dossier-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (held against the head the server recorded: entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dossier-cli audit verify [--profile DIR] [--json] [--offline]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server of the same court, for a sync when this one cannot be reached (repeatable; kept for later syncs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::Clock</name>
    <message>
        <source>Appeal: hand over to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: archive in the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: send to the second instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing: send the closing notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing: archive in the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::DeskJobs</name>
    <message numerus="yes">
        <source>Queued: %n input(s) wait for the batch in progress.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Storing pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages imported, %2 failed, in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages imported, %2 of them in no dossier: the batch had neither a separator sheet nor a 案号. They are under “Pages in no dossier”; choose them and assign them to a case (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some inputs could not be processed; the rest were kept:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::DossierActions</name>
    <message>
        <source>Turn &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;upside down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert a re-scanned page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place with a re-scanned page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a page from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with a page from a fil&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page in the dossier tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the batch in progress is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page replaced; the old one is kept in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page turned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning one sheet from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality check and submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign pages to a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose pages under “Pages in no dossier” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign pages to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 案号 of the case these %1 pages belong to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages assigned to %1: %2 documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dossier in the tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not read the history of dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::DossierBrowser</name>
    <message>
        <source>Recognised text of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is not catalogued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straightened and cropped as in the archive (M switches to the page as scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::DossierModel</name>
    <message>
        <source>Dossier / document / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank page (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below 300 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still skewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low OCR confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator with a wrong case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another desk too: review it with Ctrl+Shift+F8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages in no dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages without a separator sheet or 案号: choose them and assign them to a case (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>副卷 (for the court only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 副卷 holds the court&apos;s internal records (deliberations, reports, approvals). Parties and lawyers never see it; it is exported as a package of its own. Move a document here or back with Ctrl+Shift+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::Error</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number: it must start with the year in brackets, e.g. （2024）苏0602民初1234号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the court code must start with a province character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the court code has 0, 2 or 4 digits after the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown case type code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the sequence number is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown catalogue template &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image is damaged or truncated and cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a supported image: the content is not JPEG, PNG or TIFF (nor PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels, beyond the limit of %3 megapixels: refused as a possible decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was cancelled; stored pages are kept and a re-run resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is encrypted (password protected); it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and has no readable page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is truncated (no end-of-file marker): the file was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF contains JavaScript or launch actions; such a file is refused as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF nests objects more than %1 levels deep; refused as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable %1 plugin was found (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 plugin does not implement the expected interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was written by a newer version (schema %1; this program knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored master %1 does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR engine was given an image it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition failed on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR language &quot;%1&quot; is not installed (looked in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR engine could not start with languages &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent an image in a form that cannot be read (frame type %1, %2 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned page (%1 x %2 pixels) does not fit in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not be started: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner has no setting called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner refused the setting %1 = %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of scanners is not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 has no flatbed (its sources: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 has no document feeder (its sources: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan both sides of a page (its sources: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan in colour (its modes: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan in greyscale (its modes: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan in black and white (its modes: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 sent no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page from the scanner %1 does not fit in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 does not let its resolution be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 cannot scan at %2 dpi (it offers %3 dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned page could not be encoded as an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exporter plugin for the format %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier %1 of case %2 in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 of case %2 has no processed pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master image %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is marked classified (涉密): it is not digitised or exported (standard 15.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an OFD (ZIP) package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD package has no readable entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OFD entry %1 is damaged (its data or checksum is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image could not be read for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF/A file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be parsed as PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text extraction from PDF is done with pdftotext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That page or document is not in this volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page already begins its document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first document has no document before it to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a page needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or the PDF file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page %1 in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check needs the name of the person who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner gave no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot keep the sign-in (%1); nothing was stored in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the server: run login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server session has expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page image %1 is missing from the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled; it resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found that page image %1 does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent page image %1 with another SHA-256 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an archive administrator may publish templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version cannot be taken here: keep the current one or edit the catalogue by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not trusted (%2). Install the court&apos;s certificate authority, or sign in with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 record&apos;s field &quot;%2&quot; is not valid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long or with control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an integer in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the dossier&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a dossier of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template has no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the conflict&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record has the unknown kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, too long or with control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not main or secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 record of %2 KB is larger than allowed (%3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a page image name (a SHA-256 and jpg, png or tif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not give out the page image %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its dossier %1 is not on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its document %1 is not on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is open for the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was not processed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The schema migrations in %1 are unreadable or numbered with a gap (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version (schema %1; this program knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database migration %1, statement %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not a processed page of a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a name of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UTC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality check review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check&apos;s reviewer name may have at most %1 characters, and its note at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its document %1 is in another case or volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown note kind or status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--box takes x,y,w,h in pixels, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume of case %1 has no page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume of case %1 could not be bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note&apos;s field &quot;%1&quot; is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long or has control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag is empty, too long or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link is not a note&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a page&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight, a box or a bookmark needs its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a region of its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of the note colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a fact&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a fact to prove has a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing outline could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not in a dossier of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search for: the text has no letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note has no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a note of %1, not of the user signed in (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its page %1 is not on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its page %1 is in another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an archive administrator, or a chief of the court of %1, may give the case members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see the members of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this relation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time, or a time to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar is not valid at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, or not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is not in the calendar&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, empty or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holiday ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holiday is longer than 15 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, empty or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working day must be a Saturday or a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day is both a holiday and a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, or not a year from 2000 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar is too large: %1 bytes (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar is not JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement of paper needs an id of at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number (案号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement of paper needs the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement of paper has a field that is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement of paper needs who recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count of volumes must be 0 to %1, and of items at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of paper needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shelf place: zone-rack-shelf-box, such as A-03-2-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs the number of volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan needs a borrower and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is before the loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-out needs a reason: offline_trial, evidence_return, appeal_transfer or archive_room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-out for an offline trial needs the approval&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning original evidence needs the name of who receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement adds volumes or items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of %1 is already checked in (%2): record a supplement or a return instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of %1 is not in the warehouse (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of %1 cannot leave: it is not in the warehouse (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of %1 is not lent (%2): nothing to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of %1 is not lent (%2): nothing to recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a case label nor a case number (案号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk move goes from one place to another of the same kind (&quot;%1&quot; → &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case event: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case event needs its date, no later than today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan request needs who asks for the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar has no case and no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the record&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movement of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record of this kind is never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case event needs an id of at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case event needs the time it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case event needs its date, no later than the day it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case event needs who recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an archive administrator may publish the holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: an item&apos;s code &quot;%2&quot; is not a code (a-z, 0-9, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: item %2 has no name, or one too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: item %2 belongs to no volume (main, secondary or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: the titles or keywords of item %2 are not a list of short texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: a migration step (%2) is not well formed: rename takes one code to one, split one to several, merge several to one, move one code to a volume, retire one code (to another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: a migration must go from an earlier version to a later one, no later than this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: the code %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 names the item %2, which it does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: a migration step leads to the item %2, which this version does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: its id, version (1 or more), name, former ids or case types are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 has no items, or too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: its migrations are not in version order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the record&apos;s template and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration from version %1 to %2, published with version %3, is missing or changed: published migrations stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new migration starts from version %1, but the last published version is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of %1 (%2) catalogued with version %3 would have no type: add a rename, merge, split or retire step for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) goes from %3 to %4: add a move step, so that desks move its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The titles or keywords of %1 changed: new batches are classified by them; dossiers already catalogued keep their types unless they are processed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is not newer than the published version %3: versions increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version of %1 is checked against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release of template %1 is not valid: it names a version (1 or more), the version the others keep, and accounts or court codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of template %2 arrived with other contents than the one held: a published version never changes, the one held is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no volume &quot;%1&quot; (main or secondary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1 in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft of %1 was made from another version than the newest published one (%2): it is set aside, and a new draft starts from version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: a small letter first, then small letters, digits or _ (64 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft already has an item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was the code of another item in version %2: documents of that item would be taken for this one. Choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be removed: the template sends unrecognised documents or evidence to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another item of the draft to take the documents of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays where it is: an item of every volume, or a volume&apos;s fallback, does not move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no volume %1 in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the server: sign in with F8 (sync) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is not in this volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is in that volume already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no audit desk id (settings audit.desk_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not what the protocol says (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this desk&apos;s audit log: its history differs from what was synced before (%1). Nothing was sent or deleted; ask the archive administrator to run dossier-cli audit verify on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps this desk&apos;s audit log under another user: sign in as the desk&apos;s user to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not record audit chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most eight alternate servers can be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the address of a server (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: nothing answers there (the connection was refused).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::FormPrinter</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case number given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;separator sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print case &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case numbers (案号), one a line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::HolidayPanel</name>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice it is taken from (国务院办公厅 2026-11-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the calendar desks hold now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this year to every desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend day worked (调休上班)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ working day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− working day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk holds a calendar of %1 yet: fill in the days of each holiday from the State Council&apos;s notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid. Desks hold a calendar of %1 now; publishing replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid. Desks hold no calendar of %1 yet: its deadlines are uncertain until it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the calendar of %1 to every desk? The statutory periods of every 中间库 desk are counted on it from their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message>
        <source>Dossier Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scanned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of scanned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages/min, about %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hot folder: %n new file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed on two desks while offline: review them (Ctrl+Shift+F8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The profile %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is scanning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded as 扫描人 (who digitised the pages) on every page of this desk.
It can be changed in the settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was started: the name of the person scanning is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描人: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in as a reader of cases: the reader opens in place of the scan station and its catalogue tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates and calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::Movement</name>
    <message>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return of original evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::MovementDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证据原件, 光盘 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone-rack-shelf-box, e.g. A-03-2-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (recipient or destination):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the paper against the electronic dossier (%1 volumes, %2 pages): untick what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case label (一案一码)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::Note</name>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact to prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undisputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::NoteDialog</name>
    <message>
        <source>Quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::OfdExporter</name>
    <message>
        <source>%1 refers to an external resource (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package entry %1 points outside the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no OFD.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFD.xml&apos;s root element is not OFD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFD.xml has no Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFD.xml is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document type is &quot;%1&quot;, not OFD-A (GB/T 42133).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFD.xml names no DocRoot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document.xml is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document.xml has no MaxUnitID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource file %1 is missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1&apos;s size (%2 × %3) is not in millimetres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 shows an image whose resource is not declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1&apos;s image is not in a Background layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has text in a font that is not declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has text outside the Body layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 draws visible text over its scanned image (the text layer must have Fill=&quot;false&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object has no valid ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID %1 is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID %1 is above MaxUnitID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is not in its declared format %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no cases yet. Sync (F8) to receive the cases you are a member of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case %1 on this desk. Sync (F8) if it was given to you recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a case number or part of it, a party or a cause — or scan the case label (or show it to the camera: F6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::PaperState</name>
    <message>
        <source>in the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::PdfaExporter</name>
    <message>
        <source>The file is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer has no file identifier (ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no XMP metadata stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP metadata does not declare PDF/A part 2 (pdfaid:part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP metadata does not declare conformance level U (pdfaid:conformance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PDF/A OutputIntent with an embedded ICC profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document runs an action when opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document contains JavaScript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document refers to an external resource or program (%1 action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document refers to an external file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream uses LZW compression, which PDF/A forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font is not embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font has no ToUnicode map, so its text cannot be copied as Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::QcDialog</name>
    <message>
        <source>Quality check — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic checks (every page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not match (required when rejecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does &amp;not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample for a second person (≥5% of the documents):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · dossier %2 · %3 documents, %4 numbered pages · scanned by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (pages %3–%4) — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>卷内目录 row %1: %2 · type %3 · pages %4–%5
Page %6 of %7 of this document (volume page %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what does not match before rejecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on %1. Submitting again writes the package anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks hold: the dossier can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to submit:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the archive package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted. The package is in %1, with %2 verified copies: archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted. The package is in %1; %2 verified copies (three are needed to count as archived — add backup folders in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the second person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;scan this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows the page; the buttons below take you to it or re-scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::QualityCheck</name>
    <message>
        <source>unnumbered page (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of the case was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution at least 300 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages with colour (seals, photos) scanned in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognised with good confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One master format in the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document has a type and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has colour content but was scanned in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still skewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: low recognition confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in another file format than the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 has no numbered page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 of the sample is not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 does not match its images: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 was checked by the person who scanned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2 (volume page %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2 (unnumbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderNotesPanel</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page no longer in the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Dispute focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Fact to prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the chosen annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links the annotation chosen in the Annotations list to this reading note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reading note first, then the annotation to cite in the Annotations list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the annotation to cite in the Annotations list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderSearchPanel</name>
    <message>
        <source>Search the pages (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnumbered page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more page(s): press F3 past the last hit to read them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderView</name>
    <message>
        <source>Loading page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderWindow</name>
    <message>
        <source>Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing outline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That page is no longer in the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes go on the scanned pages; this sheet is made by the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks go on the scanned pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the bookmark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>庭审提纲 %1.odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document (*.odt);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the volume (e.g. 1-5, 8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of the volume matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n page(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case with Ctrl+O, or scan its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Dossier reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by the case label (camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing %n page(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not take the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the sync; the reader closes when it has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page of the volume (Ctrl+G): its number, or volume-page such as 2-15 when the case has several volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of this volume (e.g. 1-5, 8), or of another with its number first (2:1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 documents in %4 volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading before the hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for the paper of %1: the warehouse sees it at the next sync (F8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::ScanJob</name>
    <message>
        <source>The scanner gave no page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::ScanPanel</name>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案号, e.g. （2024）苏0602民初1234号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a case number yet: （年份）法院代字 类型代字 序号 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::ScanStation</name>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with these settings (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1 pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages scanned; recognising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages scanned and catalogued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages, %2 failed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number is not valid; correct it or leave it empty (separator sheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case number is given. Only pages that follow a separator sheet will go into a dossier; the others stay unassigned. Scan anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the import in progress is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 chosen from its label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR &amp;languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per processor core (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR &amp;workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator (立卷人):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One folder a line; each receives a verified copy (three make a dossier archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an access copy for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an anonymised copy (隐名处理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile folder is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages are Tesseract names joined by +, e.g. chi_sim+eng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court&apos;s other servers (same database), separated by spaces: a sync goes on with them when the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternate servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate servers are at most eight http:// or https:// addresses, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address must not hold a user name or password: they are asked when you sign in, and kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::SyncConflicts</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a document not on this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this desk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::SyncConflictsDialog</name>
    <message>
        <source>&amp;Keep the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version (in the dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version in the dossier stays; the other one is marked as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier takes the other version as a catalogue edit (Ctrl+Z undoes it); the next sync sends it to every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every record is the same on every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on two desks while offline. Both versions are kept; the current one is in the dossier on every desk. Keep it, or use the other version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: the other version was made by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the current version can be kept here; change the catalogue by hand if the other is right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::SyncController</name>
    <message>
        <source>Wait until the batch in progress is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: page image %1 of %2 sent… (Esc cancels; the next sync resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 changes sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 records received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 conflicts (both versions kept), %4 refused, %5 set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records from the server that this desk cannot take are kept aside, with the reason, and tried again at every sync; everything else is in the dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::SyncEngine</name>
    <message>
        <source>A %1 of %2 was set aside: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page image has not reached the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page image is not one this desk may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server found it malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change to a %1 of %2: %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not have the document it reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review once recorded is never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quality check review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your note &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 could not be put back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 of %2: you may not change it. It stays on this desk only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused your change to %1 of %2: you may not change it. The server&apos;s version is back on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 recorded at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case event %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server holds another record under its id, and records of paper are never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 of %2: you may not record it. It is taken off this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) changed type or volume with a new template version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n type(s) a clerk chose by hand were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A type chosen by hand had to change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place in the new template version, kept as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable, trying the next one: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateConsole</name>
    <message>
        <source>Templates and calendar — Dossier Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial cataloguing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar of %1 is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an archive administrator: the server will refuse to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main volume (正卷)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary volume (副卷)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What desks do to documents already catalogued (the migration):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;other volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split into two…</source>
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
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to &amp;everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 to %2; others v%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case on this desk is catalogued with this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server what publishing this draft would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · draft of version %2 (from version %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: documents keep their types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;main volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;secondary volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item of the secondary volume (副卷)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item of the main volume (正卷)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 to the other volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now belongs to the other volume: desks move its documents there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 into two items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every change of the draft of %1? (Ctrl+Z brings it back while this window is open.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>副卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code of %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents of %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents of %1 merged into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents of %1 split into %2, by their titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents of %1 move to the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents of %1 become %2 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by the software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is version %1 as published: edit an item to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the server would refuse this version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1 can be published: against version %2, %3 item(s) changed and %4 migration step(s); %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 (published) against version %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 as shipped: %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cataloguing %1 with the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the draft catalogues it as it is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) would be catalogued otherwise (marked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dossiers&lt;/b&gt; catalogued with this template on the server: %1 (%2 would change).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Documents&lt;/b&gt;: %3; %4 would change type or volume; %5 would have no type.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Desks&lt;/b&gt; whose documents change: %6 %7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Dossiers per version: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b71c1c&apos;&gt;Documents without a type would keep their old one: add a step for them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cannot be published: see 差异.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publish version %1 of %2? Every desk that receives it carries its dossiers to it (%n step(s) of migration), and new batches are catalogued with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give version %1 of %2 to every desk? Until now only %3 have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is released to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every desk version %1 of %2 again, in place of version %3?

Dossiers already carried to version %3 keep it: their documents keep the types version %3 gave them and are not changed back. New batches are catalogued with version %1. To undo a change for those dossiers as well, publish a new version that reverses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is released to everyone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateDialogs</name>
    <message>
        <source>Part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small letters, digits, _ (president_review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the 卷内目录 names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title lines that name it, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words of its text, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of %1 (%2) already catalogued keep a type: which one, on every desk, when this version arrives?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire: they become the volume&apos;s other material (其他材料)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename into another item: they take its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with another item: the two become one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To every desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First to these accounts and courts (a staged rollout; the others keep the version they use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court codes (苏0602, 苏06), separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateItemsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was %1 in version %2: desks give its documents the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by the software (every volume has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may repeat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keywords of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::TemplateVersions</name>
    <message>
        <source>secondary volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::ThumbnailStrip</name>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be processed (%1); the master is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks blank: remove it with Del if it is the back of a sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 300 dpi: scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still skewed after straightening (%1°).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a red seal or colour content: scan it in colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition confidence is low: check the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier::WarehouseWindow</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone or rack, e.g. A-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shelf scanned, e.g. A-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue loans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (uncertain: no holiday calendar for that year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory periods (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate warehouse ledger, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should not be here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf is as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing, %2 misplaced, %3 should not be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a loan to recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate warehouse — Dossier Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a case label or type a case number (案号), then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return each scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a case label or type a case number (案号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory: scan every label on the shelf, then press Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return mode: every label scanned records the paper&apos;s return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) scanned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Returned: %1, back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting records (the paper cannot be in two places):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the case&apos;s label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loan is past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case event (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal materials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-dossier sent to the second instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing notice received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case event — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 on %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the whole shelf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the shelf to move first (e.g. A-03), then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the whole shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move everything under %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n case(s) from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What a scan does (F5 look up, F6 return, F7 inventory); F9 scans by the document camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan by camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a row opens the case; Ctrl+L lends it to who asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not lent (%2): nothing returned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
