"""German translations of the engine's and the command line's texts (nnviz_core_de.ts), keyed by
the English source text; scripts/i18n_fill_core.py puts them into entries the .ts file has not
translated yet."""

DE = {
    # --- step explainer: long sums, scaled inputs
    "z = {0}: all {1} terms": "z = {0}: alle {1} Summanden",
    "z = {0}: {1} terms, the {2} largest (by |w·{3}|) listed":
        "z = {0}: {1} Summanden, die {2} größten (nach |w·{3}|) aufgeführt",
    "the other {0} terms, summed = {1}": "die übrigen {0} Summanden, zusammen = {1}",
    "{0} terms with {1} = 0: each is 0": "{0} Summanden mit {1} = 0: jeder ist 0",
    "(the {0} terms above)": "(die {0} Summanden oben)",
    "(the {0} listed)": "(die {0} aufgeführten)",
    "(the other {0})": "(die übrigen {0})",
    "{0} of them have ∂L/∂w = 0 (their input is 0 in this step).":
        "{0} davon haben ∂L/∂w = 0 (ihre Eingabe ist in diesem Schritt 0).",
    "{0} of them do not change in this step (their update is 0).":
        "{0} davon ändern sich in diesem Schritt nicht (ihre Aktualisierung ist 0).",
    "The inputs are the table's values as they are (no scaling).":
        "Die Eingaben sind die Werte der Tabelle, so wie sie sind (nicht skaliert).",
    # the three fill the {1} of "… with the {1} of the training rows" below
    "max": "dem Maximum",
    "min and max": "Minimum und Maximum",
    "mean and std": "Mittelwert und Standardabweichung",
    "The network sees scaled inputs: {0}, with the {1} of the training rows. Sample {2} as the table has it and "
    "as the network sees it:":
        "Das Netz sieht skalierte Eingaben: {0}, mit {1} der Trainingszeilen. Beispiel {2}, wie die Tabelle es hat "
        "und wie das Netz es sieht:",
    "… and {0} more inputs, each the same way.": "… und {0} weitere Eingaben, jede genauso.",
    "The target is scaled too: ": "Auch das Ziel ist skaliert: ",
    "({0} with δ = 0)": "({0} mit δ = 0)",
    "next layer: {0} terms, the {1} largest first": "nächste Schicht: {0} Summanden, die {1} größten zuerst",
    # --- mistakes gallery, drawn digits
    "mistakes are counted for classes, not for a value": "Fehler werden für Klassen gezählt, nicht für einen Wert",
    "the picture has {0} pixels; the network takes {1} inputs": "das Bild hat {0} Pixel; das Netz nimmt {1} Eingaben",
    "a drawn picture can only be added to a table of classes":
        "ein gezeichnetes Bild lässt sich nur einer Tabelle mit Klassen hinzufügen",
    "a pixel of the picture is not a finite number": "ein Pixel des Bildes ist keine endliche Zahl",
    "the label must be one of the {0} classes": "das Label muss eine der {0} Klassen sein",
    "added a drawn {0} to the training data": "Zeichnung „{0}“ zu den Trainingsdaten hinzugefügt",
    # --- Check yourself
    "Type a number, e.g. 0.75, 0,75 or 3/4.": "Gib eine Zahl ein, z. B. 0,75; 0.75 oder 3/4.",
    "That answer is too long to be a number.": "Diese Antwort ist zu lang für eine Zahl.",
    "\"{0}\" is not a number: write e.g. 0.75, 0,75, 3/4 or 1 1/2 (one decimal mark, no thousands separator).":
        "„{0}“ ist keine Zahl: schreib z. B. 0,75; 0.75; 3/4 oder 1 1/2 (ein Dezimalzeichen, kein "
        "Tausendertrennzeichen).",
    "That number is too large.": "Diese Zahl ist zu groß.",
    "A fraction cannot have 0 below the line.": "Ein Bruch kann unter dem Strich nicht 0 haben.",
    "Right within ±{0}: one unit in the last of the {1} significant digits the explainer shows.":
        "Richtig innerhalb von ±{0}: eine Einheit in der letzten der {1} gültigen Ziffern, die der Erklärer zeigt.",
    "Right: {0} (the engine has {1}).": "Richtig: {0} (nnviz hat {1}).",
    "Not quite: {0} is {1} away; within ±{2} counts as right. Try again or press Show.":
        "Nicht ganz: {0} liegt {1} daneben; innerhalb von ±{2} zählt als richtig. Versuch es noch einmal oder "
        "drück „Zeigen“.",
    "new {0}": "{0} neu",
    "loss of the step": "Verlust des Schritts",
    " (sample position {0})": " (Beispiel an Position {0})",
    # --- comparing two runs
    'a compare beat changes one of lr, seed, bias, activation, hidden':
        'ein Vergleichs-Beat ändert eines von lr, seed, bias, activation, hidden',
    'this network has no hidden layer, so no hidden activation to change':
        'dieses Netz hat keine verborgene Schicht, also keine verborgene Aktivierung zum Ändern',
    'a compare beat cannot change {0}':
        'ein Vergleichs-Beat kann {0} nicht ändern',
    'must be a list of at most {0} layer sizes such as [4], not {1}':
        'muss eine Liste von höchstens {0} Schichtgrößen wie [4] sein, nicht {1}',
    "compare: a 'compare' beat changes exactly one of {0}":
        "compare: ein 'compare'-Beat ändert genau eines von {0}",
    "{0}: a 'compare' beat changes exactly one of {1} (it gives {2})":
        "{0}: ein 'compare'-Beat ändert genau eines von {1} (er gibt {2} an)",
    'a compare beat changes exactly one of {0}':
        'ein Vergleichs-Beat ändert genau eines von {0}',
    'no hidden layer':
        'keine verborgene Schicht',
    'hidden {0}':
        'verborgen {0}',
    'lr {0}':
        'lr {0}',
    'seed {0}':
        'Seed {0}',
    'bias on':
        'Bias an',
    'bias off':
        'Bias aus',
    '{0} hidden':
        '{0} verborgen',
    '{0} output':
        '{0} Ausgabe',
    'optimizer {0}':
        'Optimierer {0}',
    'loss {0}':
        'Verlust {0}',
    'full batch':
        'ganzer Batch',
    'batch {0}':
        'Batch {0}',
    'momentum {0}':
        'Momentum {0}',
    'L2 {0}':
        'L2 {0}',
    'L1 {0}':
        'L1 {0}',
    'loss {0} over a batch':
        'Verlust {0} über einen Batch',
    'shuffled':
        'gemischt',
    'in order':
        'der Reihe nach',
    'init {0}':
        'Init {0}',
    'init value {0}':
        'Initwert {0}',
    'inputs {0}':
        'Eingaben {0}',
    'given start weights':
        'vorgegebene Startgewichte',
    'random start weights':
        'zufällige Startgewichte',
    'its start weights':
        'seine Startgewichte',
    'other start weights':
        'andere Startgewichte',
    'Pinned and now: the same settings':
        'Angeheftet und jetzt: dieselben Einstellungen',
    'Pinned: {0} · Now: {1}':
        'Angeheftet: {0} · Jetzt: {1}',
    'pinned':
        'angeheftet',
    'pinned: {0}':
        'angeheftet: {0}',
    'The pinned run was unpinned: it belongs to the lesson before.':
        'Der angeheftete Lauf wurde gelöst: er gehört zur vorigen Lektion.',
    'Pinned this run (epochs 0 to {0}); back at epoch 0. Change one thing (learning rate, seed, bias, activation, a hidden layer) and train again: both curves show, the pinned one dashed.':
        'Diesen Lauf angeheftet (Epochen 0 bis {0}); zurück bei Epoche 0. Ändere eine Sache (Lernrate, Seed, Bias, Aktivierung, eine verborgene Schicht) und trainiere neu: beide Kurven erscheinen, die angeheftete gestrichelt.',
    'No run is pinned.':
        'Kein Lauf ist angeheftet.',
    'Unpinned: only the run now is shown.':
        'Gelöst: nur der jetzige Lauf wird gezeigt.',
    # --- CSV: refusals before reading and while reading, and the sniffer's notes
    '{0}: the file cannot be read (permission denied).':
        '{0}: die Datei kann nicht gelesen werden (keine Berechtigung).',
    '{0}: the file cannot be read ({1}).':
        '{0}: die Datei kann nicht gelesen werden ({1}).',
    'unknown error': 'unbekannter Fehler',
    '{0}: the file is empty.': '{0}: die Datei ist leer.',
    '{0}: the file is empty (it holds only blank lines).':
        '{0}: die Datei ist leer (sie enthält nur Leerzeilen).',
    '{0}: this is a binary file ({1}), not a CSV table; save it as CSV (File › Save As › CSV) and open that.':
        '{0}: das ist eine Binärdatei ({1}), keine CSV-Tabelle; speichere sie als CSV '
        '(Datei › Speichern unter › CSV) und öffne diese.',
    '{0}: this is a binary file ({1}), not a CSV table.':
        '{0}: das ist eine Binärdatei ({1}), keine CSV-Tabelle.',
    '{0}: this is a binary file, not a CSV table; save it as CSV (File › Save As › CSV) and open that.':
        '{0}: das ist eine Binärdatei, keine CSV-Tabelle; speichere sie als CSV '
        '(Datei › Speichern unter › CSV) und öffne diese.',
    '{0}: this is a binary file, not a CSV table.':
        '{0}: das ist eine Binärdatei, keine CSV-Tabelle.',
    '{0}: this looks like an HTML page, not a CSV table.':
        '{0}: das sieht nach einer HTML-Seite aus, nicht nach einer CSV-Tabelle.',
    '{0}: this looks like an XML document, not a CSV table.':
        '{0}: das sieht nach einem XML-Dokument aus, nicht nach einer CSV-Tabelle.',
    'Converted old Mac line endings (CR only) to newlines.':
        'Alte Mac-Zeilenenden (nur CR) in Zeilenumbrüche umgewandelt.',
    'Removed a UTF-8 byte-order mark.': 'UTF-8-Byte-Order-Mark entfernt.',
    'Read as {0} text.': 'Als {0}-Text gelesen.',
    '{0}: a quote (") opened in row {1} is never closed; close it or remove it.':
        '{0}: ein Anführungszeichen (") in Zeile {1} wird nie geschlossen; schließe es oder entferne es.',
    '{0}: row {1} has {2} field, the header has {3}.':
        '{0}: Zeile {1} hat {2} Feld, die Kopfzeile hat {3}.',
    '{0}: row {1} has {2} fields, the header has {3}.':
        '{0}: Zeile {1} hat {2} Felder, die Kopfzeile hat {3}.',
    'Does a number hold a thousands separator, like 1,234? Remove the separators (1234) or put such numbers in quotes.':
        'Enthält eine Zahl ein Tausendertrennzeichen, wie 1,234? Entferne die Trennzeichen (1234) oder setze '
        'solche Zahlen in Anführungszeichen.',
    '{0}: the rows starting at row {1} could not be read as a CSV table.':
        '{0}: die Zeilen ab Zeile {1} konnten nicht als CSV-Tabelle gelesen werden.',
    '{0}: not enough memory to read this file; use a sample of it.':
        '{0}: nicht genug Speicher, um diese Datei zu lesen; nimm eine Stichprobe daraus.',
    '{0}: not enough memory to read this file.':
        '{0}: nicht genug Speicher, um diese Datei zu lesen.',
    '{0}: the file could not be read as a CSV table ({1}).':
        '{0}: die Datei konnte nicht als CSV-Tabelle gelesen werden ({1}).',
    '{0}: the file has a header but no data rows.':
        '{0}: die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
    # --- CSV: options, unusable columns, and what a text column holds (fills "holds {1}")
    '{0}: unknown missing-value rule {1}; choose drop or mean.':
        '{0}: unbekannte Regel für fehlende Werte {1}; wähle drop oder mean.',
    '{0}: unknown scaling {1}; choose one of {2}.':
        '{0}: unbekannte Skalierung {1}; wähle eine von {2}.',
    '{0}: there is no usable feature: column {1} holds {2}.':
        '{0}: es gibt kein brauchbares Merkmal: Spalte {1} enthält {2}.',
    'Text columns not used as features: {0} (choose them to one-hot encode them).':
        'Textspalten, die nicht als Merkmale verwendet werden: {0} (wähle sie, um sie one-hot zu kodieren).',
    '{0}: column {1} holds {2}.': '{0}: Spalte {1} enthält {2}.',
    "Column '{0}' is read as text: it holds {1}.":
        "Spalte '{0}' wird als Text gelesen: sie enthält {1}.",
    'percentages like {0}; write them as plain numbers (12 instead of 12%) to use it as a number':
        'Prozentangaben wie {0}; schreib sie als einfache Zahlen (12 statt 12%), um sie als Zahl zu verwenden',
    'amounts with a currency sign like {0}; remove the currency sign to use it as a number':
        'Beträge mit Währungszeichen wie {0}; entferne das Währungszeichen, um sie als Zahl zu verwenden',
    'numbers with thousands separators like {0}; remove the separators (1234 instead of 1,234) to use it as a number':
        'Zahlen mit Tausendertrennzeichen wie {0}; entferne die Trennzeichen (1234 statt 1,234), um sie als Zahl '
        'zu verwenden',
    'dates like {0}; turn them into numbers (e.g. days since the first date) or leave the column out':
        'Datumsangaben wie {0}; mach Zahlen daraus (z. B. Tage seit dem ersten Datum) oder lass die Spalte weg',
    'times of day like {0}; turn them into numbers (e.g. minutes since midnight) or leave the column out':
        'Uhrzeiten wie {0}; mach Zahlen daraus (z. B. Minuten seit Mitternacht) oder lass die Spalte weg',
    'hexadecimal numbers like {0}; convert them to decimal numbers to use it as a number':
        'Hexadezimalzahlen wie {0}; wandle sie in Dezimalzahlen um, um sie als Zahl zu verwenden',
    # --- CSV: the notes shown after reading a file
    'Skipped 1 blank line before the header.': '1 Leerzeile vor der Kopfzeile übersprungen.',
    'Skipped {0} blank lines before the header.': '{0} Leerzeilen vor der Kopfzeile übersprungen.',
    'Separator tab detected.': 'Trennzeichen Tabulator erkannt.',
    'Separator {0} detected.': 'Trennzeichen {0} erkannt.',
    'The first row holds numbers, not names; columns are named column_1 … column_{0}.':
        'Die erste Zeile enthält Zahlen, keine Namen; die Spalten heißen column_1 … column_{0}.',
    "Named the unnamed column {0} '{1}'.": "Die unbenannte Spalte {0} heißt jetzt '{1}'.",
    "Renamed duplicate column '{0}' to '{1}'.": "Doppelte Spalte '{0}' in '{1}' umbenannt.",
    'Renamed {0} more duplicate columns the same way.': '{0} weitere doppelte Spalten genauso umbenannt.',
    "Read column '{0}' with decimal commas.": "Spalte '{0}' mit Dezimalkomma gelesen.",
    'Dropped 1 row with no value for the target {0}.': '1 Zeile ohne Wert für das Ziel {0} entfernt.',
    'Dropped {0} rows with no value for the target {1}.': '{0} Zeilen ohne Wert für das Ziel {1} entfernt.',
    'Inputs as large as {0} are not scaled; training may diverge (choose a scaling such as standard).':
        'Eingaben bis {0} sind nicht skaliert; das Training kann divergieren (wähle eine Skalierung wie standard).',
    'Target {0}: regression (predicting a number).': 'Ziel {0}: Regression (eine Zahl vorhersagen).',
    'No training rows for class {0}.': 'Keine Trainingszeilen für Klasse {0}.',
    'One-hot encoded text: {0}.': 'One-hot kodierter Text: {0}.',
    'Read 1 lone carriage return (CR) as line breaks.': '1 einzelnes Wagenrücklaufzeichen (CR) als Zeilenumbruch gelesen.',
    'Read {0} lone carriage returns (CR) as line breaks.':
        '{0} einzelne Wagenrücklaufzeichen (CR) als Zeilenumbrüche gelesen.',
    # --- session files: what is not a session file
    '{0}: not an nnviz session file (a zip archive without {1})':
        '{0}: keine nnviz-Sitzungsdatei (ein Zip-Archiv ohne {1})',
    '{0}: {1} nests too deeply; refused': '{0}: {1} ist zu tief verschachtelt; abgelehnt',
    '{0}: {1} is not valid JSON ({2})': '{0}: {1} ist kein gültiges JSON ({2})',
    '{0}: not an nnviz session file ({1} does not say so)':
        '{0}: keine nnviz-Sitzungsdatei ({1} sagt das nicht)',
    "{0}: the file's format version is missing or not a number":
        '{0}: die Formatversion der Datei fehlt oder ist keine Zahl',
    # --- a table's notes (kept as data, written out when shown), CSV refusals, kinds of file
    "Inputs scaled ('{0}') with statistics of the {1} training rows only.":
        "Eingaben skaliert ('{0}') mit Kennzahlen nur der {1} Trainingszeilen.",
    "Target scaled ('{0}') with statistics of the training rows.":
        "Ziel skaliert ('{0}') mit Kennzahlen der Trainingszeilen.",
    '{0}: unknown target kind {1}; choose classification, binary, multiclass or regression.':
        '{0}: unbekannte Zielart {1}; wähle classification, binary, multiclass oder regression.',
    '{0}: the split must be three non-negative percentages with a non-zero training part.':
        '{0}: die Aufteilung muss aus drei nicht negativen Prozentwerten bestehen, der Trainingsanteil größer als null.',
    '{0}: each part of the split must be 0 or at least {1} % of the rows (got {2}).':
        '{0}: jeder Teil der Aufteilung muss 0 oder mindestens {1} % der Zeilen sein (angegeben: {2}).',
    '{0}: column {1} does not exist; columns are: {2}.':
        '{0}: Spalte {1} gibt es nicht; die Spalten sind: {2}.',
    'Left out column with no values: {0}.': 'Spalte ohne Werte weggelassen: {0}.',
    'Left out columns with no values: {0}.': 'Spalten ohne Werte weggelassen: {0}.',
    '{0}: there is no usable feature: no numeric column besides the target {1}; choose text columns as features to one-hot encode them (--features on the command line): {2}.':
        '{0}: es gibt kein brauchbares Merkmal: keine Zahlenspalte außer dem Ziel {1}; wähle Textspalten als '
        'Merkmale, um sie One-Hot zu kodieren (--features auf der Kommandozeile): {2}.',
    '{0}: there is no usable feature: no numeric column besides the target {1}.':
        '{0}: es gibt kein brauchbares Merkmal: keine Zahlenspalte außer dem Ziel {1}.',
    '{0}: there is no usable feature: {1} is text and one-hot encoding is off.':
        '{0}: es gibt kein brauchbares Merkmal: {1} ist Text, und die One-Hot-Kodierung ist aus.',
    '{0}: there is no usable feature: {1} are text and one-hot encoding is off.':
        '{0}: es gibt kein brauchbares Merkmal: {1} sind Text, und die One-Hot-Kodierung ist aus.',
    'Left out text column {0} (one-hot encoding is off).': 'Textspalte {0} weggelassen (die One-Hot-Kodierung ist aus).',
    'Left out text columns {0} (one-hot encoding is off).': 'Textspalten {0} weggelassen (die One-Hot-Kodierung ist aus).',
    '{0}: every row has a missing value in the chosen columns (most in {1}: {2} of {3}); nothing is left to learn from.':
        '{0}: jede Zeile hat einen fehlenden Wert in den gewählten Spalten (die meisten in {1}: {2} von {3}); '
        'es bleibt nichts zum Lernen.',
    'Dropped {0} of {1} row with missing values ({2}).': '{0} von {1} Zeile mit fehlenden Werten entfernt ({2}).',
    'Dropped {0} of {1} rows with missing values ({2}).': '{0} von {1} Zeilen mit fehlenden Werten entfernt ({2}).',
    '{0}: column {1} has no values in the training rows to fill its gaps with.':
        '{0}: Spalte {1} hat in den Trainingszeilen keine Werte, mit denen sich ihre Lücken füllen ließen.',
    'Filled {0} missing numeric cells with training-split means ({1}).':
        '{0} fehlende Zahlenzellen mit den Mittelwerten der Trainingszeilen gefüllt ({1}).',
    'Filled {0} missing text cells with the most common training value ({1}).':
        '{0} fehlende Textzellen mit dem häufigsten Wert der Trainingszeilen gefüllt ({1}).',
    '{0}: the target {1} has a single class ({2}) after dropping {3} of {4} rows with missing values (fill them with the mean, --missing mean, or leave the emptiest features out); a classifier needs at least two.':
        '{0}: das Ziel {1} hat nur eine Klasse ({2}), nachdem {3} von {4} Zeilen mit fehlenden Werten entfernt '
        'wurden (fülle sie mit dem Mittelwert, --missing mean, oder lass die leersten Merkmale weg); ein '
        'Klassifikator braucht mindestens zwei.',
    '{0}: the target {1} has a single class ({2}); a classifier needs at least two.':
        '{0}: das Ziel {1} hat nur eine Klasse ({2}); ein Klassifikator braucht mindestens zwei.',
    '{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (it holds {4}).':
        '{0}: das Ziel {1} hat {2} verschiedene Werte; ein Klassifikator nimmt hier höchstens {3} Klassen '
        '(die Spalte enthält {4}).',
    '{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (is it an identifier or a number to predict?).':
        '{0}: das Ziel {1} hat {2} verschiedene Werte; ein Klassifikator nimmt hier höchstens {3} Klassen '
        '(ist es eine Kennung oder eine vorherzusagende Zahl?).',
    '{0}: the target {1} has {2} classes; binary classification needs exactly two.':
        '{0}: das Ziel {1} hat {2} Klassen; eine binäre Klassifikation braucht genau zwei.',
    'Target {0}: multiclass classification with {1} classes ({2}).':
        'Ziel {0}: Mehrklassen-Klassifikation mit {1} Klassen ({2}).',
    'Target {0}: binary classification with {1} classes ({2}).':
        'Ziel {0}: binäre Klassifikation mit {1} Klassen ({2}).',
    '{0}: column {1} holds numbers as large as {2}; nnviz takes numbers up to {3} (are they in the right unit? divide them, or leave the column out).':
        '{0}: Spalte {1} enthält Zahlen bis {2}; nnviz nimmt Zahlen bis {3} (stimmt die Einheit? teile sie, '
        'oder lass die Spalte weg).',
    '{0}: only {1} rows are left after dropping rows with missing values; a {2} split needs at least {3}.':
        '{0}: nach dem Entfernen der Zeilen mit fehlenden Werten bleiben nur {1} Zeilen; eine Aufteilung {2} '
        'braucht mindestens {3}.',
    '{0}: there is only 1 row; a {2} split needs at least {3}.':
        '{0}: es gibt nur 1 Zeile; eine Aufteilung {2} braucht mindestens {3}.',
    '{0}: there are only {1} rows; a {2} split needs at least {3}.':
        '{0}: es gibt nur {1} Zeilen; eine Aufteilung {2} braucht mindestens {3}.',
    'Too few rows per class to stratify the split; split without stratification.':
        'Zu wenige Zeilen je Klasse für eine geschichtete Aufteilung; ohne Schichtung aufgeteilt.',
    'Split {0}: {1} training, {2} validation, {3} test rows (stratified by class, seed {4}).':
        'Aufteilung {0}: {1} Trainings-, {2} Validierungs-, {3} Testzeilen (nach Klasse geschichtet, Seed {4}).',
    'Split {0}: {1} training, {2} validation, {3} test rows (seed {4}).':
        'Aufteilung {0}: {1} Trainings-, {2} Validierungs-, {3} Testzeilen (Seed {4}).',
    '{0}: the text column {1} has {2} different values; one-hot encoding takes at most {3} (is it an identifier or a note? leave it out of the features).':
        '{0}: die Textspalte {1} hat {2} verschiedene Werte; die One-Hot-Kodierung nimmt höchstens {3} (ist sie '
        'eine Kennung oder eine Anmerkung? lass sie bei den Merkmalen weg).',
    '{0}: one-hot encoding makes {1} inputs; the network takes at most {2} (choose fewer text columns).':
        '{0}: die One-Hot-Kodierung ergibt {1} Eingaben; das Netz nimmt höchstens {2} (wähle weniger Textspalten).',
    '{0} ({1} categories)': '{0} ({1} Kategorien)',
    'the input has {0} values but the network expects {1}.': 'die Eingabe hat {0} Werte, aber das Netz erwartet {1}.',
    'Read as latin-1 (not valid UTF-8).': 'Als latin-1 gelesen (kein gültiges UTF-8).',
    'a PNG image': 'ein PNG-Bild',
    'a JPEG image': 'ein JPEG-Bild',
    'a GIF image': 'ein GIF-Bild',
    'a PDF document': 'ein PDF-Dokument',
    'a zip archive, e.g. an Excel .xlsx workbook': 'ein ZIP-Archiv, z. B. eine Excel-Arbeitsmappe (.xlsx)',
    'an old Office document, e.g. an Excel .xls workbook': 'ein älteres Office-Dokument, z. B. eine Excel-Arbeitsmappe (.xls)',
    'gzip-compressed': 'gzip-komprimiert',
    'an SQLite database': 'eine SQLite-Datenbank',
    'a spreadsheet workbook': 'eine Arbeitsmappe einer Tabellenkalkulation',
    '1 column name held line breaks or control characters, shown escaped (\\n).':
        '1 Spaltenname enthielt Zeilenumbrüche oder Steuerzeichen, maskiert gezeigt (\\n).',
    '{0} column names held line breaks or control characters, shown escaped (\\n).':
        '{0} Spaltennamen enthielten Zeilenumbrüche oder Steuerzeichen, maskiert gezeigt (\\n).',
    '1 infinite value treated as missing ({0}).': '1 unendlicher Wert als fehlend behandelt ({0}).',
    '{0} infinite values treated as missing ({1}).': '{0} unendliche Werte als fehlend behandelt ({1}).',
    "Column '{0}': 1 non-numeric value ({1}) treated as missing.":
        "Spalte '{0}': 1 nicht numerischer Wert ({1}) als fehlend behandelt.",
    "Column '{0}': {1} non-numeric values ({2}) treated as missing.":
        "Spalte '{0}': {1} nicht numerische Werte ({2}) als fehlend behandelt.",
    'Read {0} rows × {1} columns ({2} numeric, {3} text).': '{0} Zeilen × {1} Spalten gelesen ({2} numerisch, {3} Text).',
    '{0}, … ({1} in all)': '{0}, … ({1} insgesamt)',
    # --- a prepared problem's refusals
    'unknown scaling {0}; choose one of {1}': 'unbekannte Skalierung {0}; wähle eine von {1}',
    'unknown task {0}': 'unbekannte Aufgabe {0}',
    "a sample beat's index is a row number (1 = the first data row), not {0}":
        'der Index eines sample-Schritts ist eine Zeilennummer (1 = die erste Datenzeile), nicht {0}',
    'row {0}: rows are counted from 1 (the first data row)': 'Zeile {0}: Zeilen werden ab 1 gezählt (die erste Datenzeile)',
    'row {0}: the training data has {1} rows': 'Zeile {0}: die Trainingsdaten haben {1} Zeilen',
    "row {0}: the training points were edited, so the table's rows no longer match them":
        'Zeile {0}: die Trainingspunkte wurden bearbeitet, deshalb passen die Zeilen der Tabelle nicht mehr zu ihnen',
    'row {0} of the table is not one of the {1} training rows (the split put it in validation or test, or it was dropped for a missing value)':
        'Zeile {0} der Tabelle ist keine der {1} Trainingszeilen (die Aufteilung hat sie der Validierung oder dem '
        'Test zugeteilt, oder sie wurde wegen eines fehlenden Werts entfernt)',
    'split percentages must be non-negative and not all zero':
        'die Prozentwerte der Aufteilung dürfen nicht negativ und nicht alle null sein',
    # --- CSV refusals about size
    '{0}: {1} is too large to load into the {2} of memory available; use a sample of it.':
        '{0}: {1} ist zu groß für die {2} verfügbaren Arbeitsspeichers; nimm eine Stichprobe davon.',
    '{0}: row {1} has {2} columns; nnviz reads at most {3} (is the separator right? otherwise keep fewer columns).':
        '{0}: Zeile {1} hat {2} Spalten; nnviz liest höchstens {3} (stimmt das Trennzeichen? sonst behalte weniger Spalten).',
    '{0}: row {1} has a name or cell longer than {2} KB, the most nnviz reads in one cell (is a quote (") left open?).':
        '{0}: Zeile {1} hat einen Namen oder eine Zelle länger als {2} KB; mehr liest nnviz in einer Zelle nicht '
        '(ist ein Anführungszeichen (") offen geblieben?).',
    '{0}: this table needs about {1} of memory once read, more than the {2} available; use a sample of it.':
        '{0}: diese Tabelle braucht gelesen etwa {1} Arbeitsspeicher, mehr als die verfügbaren {2}; nimm eine Stichprobe davon.',
    '{0}: a quote (") opened in row {1} is not closed within {2} KB, the most nnviz reads in one cell; close it or remove it.':
        '{0}: ein in Zeile {1} geöffnetes Anführungszeichen (") wird innerhalb von {2} KB nicht geschlossen (mehr liest '
        'nnviz in einer Zelle nicht); schließe es oder entferne es.',
    '{0}: row {1} has a cell longer than {2} KB, the most nnviz reads in one cell (is a quote (") left open?).':
        '{0}: Zeile {1} hat eine Zelle länger als {2} KB; mehr liest nnviz in einer Zelle nicht (ist ein '
        'Anführungszeichen (") offen geblieben?).',
    # --- a chosen sample's forward pass (a test digit from the mistakes gallery)
    'There is no row {0} in the {1} data.': 'In den Daten ({1}) gibt es keine Zeile {0}.',
    'Test sample {0}': 'Testbeispiel {0}',
    'Validation sample {0}': 'Validierungsbeispiel {0}',
    'Training sample {0}': 'Trainingsbeispiel {0}',
    '{0}: truth {1}, answer {2}': '{0}: Wahrheit {1}, Antwort {2}',
    'epoch {0} +{1}': 'Epoche {0} +{1}',
    'epoch {0}': 'Epoche {0}',
    'The forward pass only, with the weights now: nothing is trained.':
        'Nur der Vorwärtsdurchlauf, mit den jetzigen Gewichten: nichts wird trainiert.',
    'Test digits are never trained on: forward pass only.':
        'Mit Testziffern wird nie trainiert: nur der Vorwärtsdurchlauf.',
    'Validation rows are never trained on: forward pass only.':
        'Mit Validierungszeilen wird nie trainiert: nur der Vorwärtsdurchlauf.',
    'No gradient and no update: the weights stay as they are ({0}).':
        'Kein Gradient und keine Aktualisierung: die Gewichte bleiben, wie sie sind ({0}).',
    'An input has no z: select a hidden or output neuron to see its sum.':
        'Eine Eingabe hat kein z: wähle ein verborgenes oder ein Ausgabeneuron, um seine Summe zu sehen.',
    '(y is 1 for the true class, 0 for the others)': '(y ist 1 für die wahre Klasse, 0 für die anderen)',
    "The network's probabilities": 'Die Wahrscheinlichkeiten des Netzes',
    "The network's outputs": 'Die Ausgaben des Netzes',
    'Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: right.':
        'Antwort: {0} (aus der Ausgabe {1}, mit 0,5 als Grenze). Die Wahrheit ist {2}: richtig.',
    'Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: wrong.':
        'Antwort: {0} (aus der Ausgabe {1}, mit 0,5 als Grenze). Die Wahrheit ist {2}: falsch.',
    'Answer: {0} (the largest output, {1}). The truth is {2}: right.':
        'Antwort: {0} (die größte Ausgabe, {1}). Die Wahrheit ist {2}: richtig.',
    'Answer: {0} (the largest output, {1}). The truth is {2}: wrong.':
        'Antwort: {0} (die größte Ausgabe, {1}). Die Wahrheit ist {2}: falsch.',
}
