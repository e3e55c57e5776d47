<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Usage: dossier-cli &lt;command&gt; [options]
Commands:
  process   process images, PDFs and folders into catalogued dossiers
  scan      scan from a SANE scanner and process the pages
  search    full-text search over the pages of the profile
  plugins   list the plugins found and those skipped
  version   print the version
Run &apos;dossier-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over the recognised text of every page in the profile; prints JSON.</source>
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
        <source>Template %1: an item has no code.</source>
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
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message>
        <source>Dossier Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a page to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised text of the page</source>
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
        <source>Some inputs could not be processed; the rest were kept:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
