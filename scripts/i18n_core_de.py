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
    # --- session files: a damaged or hand-edited file (session_file.py, session_checks.py)
    "{0} members; a session file has at most {1}": "{0} Einträge; eine Sitzungsdatei hat höchstens {1}",
    "two members are called {0}; refused (tools disagree on which one counts)":
        "zwei Einträge heißen {0}; abgelehnt (Werkzeuge sind uneins, welcher gilt)",
    "member {0} is encrypted; a session file never is": "Eintrag {0} ist verschlüsselt; eine Sitzungsdatei ist das nie",
    "member {0} uses compression method {1}; a session file uses only stored or deflated members":
        "Eintrag {0} nutzt die Kompressionsmethode {1}; eine Sitzungsdatei nutzt nur „stored“ oder „deflated“",
    "member {0} says it holds {1} bytes; at most {2} are allowed":
        "Eintrag {0} gibt an, {1} Bytes zu enthalten; erlaubt sind höchstens {2}",
    "the members hold {0} bytes together; at most {1} are allowed":
        "die Einträge enthalten zusammen {0} Bytes; erlaubt sind höchstens {1}",
    "member {0} is too large ({1} bytes; at most {2})": "Eintrag {0} ist zu groß ({1} Bytes; höchstens {2})",
    "member {0} inflates beyond its size or the limit; refused":
        "Eintrag {0} entpackt sich über seine Größe oder die Grenze hinaus; abgelehnt",
    "{0}: {1} holds a text of {2} characters; at most {3} are allowed":
        "{0}: {1} enthält einen Text mit {2} Zeichen; erlaubt sind höchstens {3}",
    "the settings are malformed": "die Einstellungen sind fehlerhaft",
    "the hidden layers": "die verborgenen Schichten",
    "the network's seed": "der Seed des Netzes",
    "the training settings are malformed": "die Trainingseinstellungen sind fehlerhaft",
    "{0} must be true or false": "{0} muss true oder false sein",
    "the {0} entry is missing or malformed": "der Eintrag {0} fehlt oder ist fehlerhaft",
    "the problem's {0}": "{0} des Datensatzes",
    "the description": "die Beschreibung",
    "the feature names": "die Namen der Eingaben",
    "the class names": "die Klassennamen",
    "the notes": "die Hinweise",
    "{0} must be a list of at most {1} texts": "{0} müssen eine Liste von höchstens {1} Texten sein",
    "a classification needs at least two class names": "eine Klassifikation braucht mindestens zwei Klassennamen",
    "the picture shape must be two whole numbers of rows and columns":
        "die Bildgröße muss aus zwei ganzen Zahlen bestehen, Zeilen und Spalten",
    "the trainer's settings are malformed": "die Einstellungen des Trainings sind fehlerhaft",
    "too many arrays are listed": "zu viele Arrays sind aufgeführt",
    "the array {0} is listed with a malformed shape or type":
        "das Array {0} ist mit fehlerhafter Form oder fehlerhaftem Typ aufgeführt",
    "the timeline is malformed": "die Zeitleiste ist fehlerhaft",
    "the timeline has {0} keyframes; at most {1}": "die Zeitleiste hat {0} Schlüsselbilder; höchstens {1}",
    "the timeline's {0}": "{0} der Zeitleiste",
    "the timeline's budget": "das Speicherbudget der Zeitleiste",
    "a timeline keyframe is malformed": "ein Schlüsselbild der Zeitleiste ist fehlerhaft",
    "a keyframe's {0}": "{0} eines Schlüsselbilds",
    "the sample cursor": "die Position im Durchgang",
    "the divergence note": "der Hinweis zur Divergenz",
    "the optimizer state is malformed": "der Zustand des Optimierers ist fehlerhaft",
    "the optimizer's {0}": "{0} des Optimierers",
    "an optimizer state entry is malformed": "ein Eintrag im Zustand des Optimierers ist fehlerhaft",
    "an optimizer value": "ein Wert des Optimierers",
    "the last epoch's numbers are malformed": "die Zahlen der letzten Epoche sind fehlerhaft",
    "the random state is malformed": "der Zufallszustand ist fehlerhaft",
    "the random state's {0}": "{0} des Zufallszustands",
    "unknown .npy version {0}": "unbekannte .npy-Version {0}",
    "{0} is not a NumPy array ({1})": "{0} ist kein NumPy-Array ({1})",
    "{0}: {1} holds Python objects (a pickle); refused, nothing from it was run":
        "{0}: {1} enthält Python-Objekte (ein Pickle); abgelehnt, nichts davon wurde ausgeführt",
    "{0} does not hold plain numbers": "{0} enthält keine einfachen Zahlen",
    "{0} has an implausible shape": "{0} hat eine unplausible Form",
    "{0} says it holds {1} values, more than the member has":
        "{0} gibt an, {1} Werte zu enthalten, mehr als der Eintrag hat",
    "{0} holds {1} bytes of data for {2} values": "{0} enthält {1} Bytes Daten für {2} Werte",
    "softmax and categorical cross-entropy need two outputs or more; this network has one":
        "softmax und kategoriale Kreuzentropie brauchen zwei oder mehr Ausgaben; dieses Netz hat eine",
    "the settings give starting biases to a network without biases":
        "die Einstellungen geben einem Netz ohne Bias Start-Bias-Werte",
    "{0} is not a table of numbers": "{0} ist keine Tabelle aus Zahlen",
    "{0} rows of {1} inputs and {2} outputs are beyond the limits ({3} rows, {4} inputs, {5} outputs)":
        "{0} Zeilen mit {1} Eingaben und {2} Ausgaben überschreiten die Grenzen ({3} Zeilen, {4} Eingaben, "
        "{5} Ausgaben)",
    "unknown task {0}": "unbekannte Problemart {0}",
    "a yes/no problem has one output and two class names": "ein Ja/Nein-Problem hat eine Ausgabe und zwei Klassennamen",
    "a problem with several classes needs an output per class":
        "ein Problem mit mehreren Klassen braucht eine Ausgabe pro Klasse",
    "a scaler has a zero or non-finite scale": "eine Skalierung hat einen Faktor, der null oder nicht endlich ist",
    "the training inputs and targets differ in length": "die Trainingseingaben und -ziele sind unterschiedlich lang",
    "the validation rows are half there": "die Validierungszeilen sind nur halb vorhanden",
    "the validation rows do not fit the training rows": "die Validierungszeilen passen nicht zu den Trainingszeilen",
    "the test rows are half there": "die Testzeilen sind nur halb vorhanden",
    "the test rows do not fit the training rows": "die Testzeilen passen nicht zu den Trainingszeilen",
    "{0} input names for {1} inputs": "{0} Eingabenamen für {1} Eingaben",
    "a {0}×{1} picture for {2} inputs": "ein {0}×{1}-Bild für {2} Eingaben",
    "the class names do not fit the outputs": "die Klassennamen passen nicht zu den Ausgaben",
    "a scaler does not fit the columns": "eine Skalierung passt nicht zu den Spalten",
    "the input columns' recipe does not fit the inputs": "das Rezept der Eingabespalten passt nicht zu den Eingaben",
    "the weights do not fit {0}": "die Gewichte passen nicht zu {0}",
    "the last finite weights do not fit {0}": "die letzten endlichen Gewichte passen nicht zu {0}",
    "the weights hold NaN or infinite numbers, yet training did not diverge":
        "die Gewichte enthalten NaN oder unendliche Zahlen, obwohl das Training nicht divergiert ist",
    "epoch {0} sample {1} is not a place in training on {2} rows":
        "Epoche {0}, Beispiel {1} ist keine Stelle in einem Training mit {2} Zeilen",
    "the epoch's row order is not an order of the training rows":
        "die Zeilenfolge der Epoche ist keine Anordnung der Trainingszeilen",
    "the epoch's outputs so far do not fit": "die bisherigen Ausgaben der Epoche passen nicht",
    "the divergence note is not a text": "der Hinweis zur Divergenz ist kein Text",
    "the random state is not one this nnviz uses": "der Zufallszustand ist keiner, den dieses nnviz verwendet",
    "the optimizer state is {0}'s but the settings say {1}":
        "der Zustand des Optimierers gehört zu {0}, die Einstellungen sagen aber {1}",
    "the history holds {0} epochs but training is at epoch {1}":
        "der Verlauf enthält {0} Epochen, das Training ist aber bei Epoche {1}",
    "the timeline's keyframes are out of order": "die Schlüsselbilder der Zeitleiste sind nicht in der richtigen Reihenfolge",
    "the timeline's positions do not add up": "die Positionen der Zeitleiste gehen nicht auf",
    "the optimizer has no setting {0} of that kind": "der Optimierer hat keine Einstellung {0} dieser Art",
    "the {0} optimizer keeps no such state": "der Optimierer {0} hat keinen solchen Zustand",
    "an optimizer state key is malformed": "ein Schlüssel im Zustand des Optimierers ist fehlerhaft",
    "the {0} optimizer's state has the wrong parts": "der Zustand des Optimierers {0} hat die falschen Teile",
    "Adam's step count must be a whole number": "die Schrittzahl von Adam muss eine ganze Zahl sein",
    "an optimizer moment has {0} values for {1} parameters": "ein Moment des Optimierers hat {0} Werte für {1} Parameter",
    "the setting {0} cannot be saved yet": "die Einstellung {0} kann noch nicht gespeichert werden",
    "unknown training setting {0}": "unbekannte Trainingseinstellung {0}",
    "unknown setting {0}": "unbekannte Einstellung {0}",
    "missing entry {0}": "fehlender Eintrag {0}",
    "{0} is not allowed": "{0} ist nicht erlaubt",
    "the list of arrays is malformed": "die Liste der Arrays ist fehlerhaft",
    "the array {0} is listed but not in the file": "das Array {0} ist aufgeführt, aber nicht in der Datei",
    "{0} has shape {1} {2}, the manifest says {3} {4}": "{0} hat die Form {1} {2}, das Manifest sagt {3} {4}",
    "{0} holds NaN or infinite numbers": "{0} enthält NaN oder unendliche Zahlen",
    "{0} does not fit in {1}": "{0} passt nicht in {1}",
    "the {0} scaler is half there": "die Skalierung von {0} ist nur halb vorhanden",
    "there are no training rows": "es gibt keine Trainingszeilen",
    "the feature inputs are malformed": "die berechneten Eingaben sind fehlerhaft",
    "the starting weights do not fit {0}": "die Startgewichte passen nicht zu {0}",
    "the loss history's columns differ in length": "die Spalten des Verlustverlaufs sind unterschiedlich lang",
    "the history holds {0} epochs, fewer than the {1} shown":
        "der Verlauf enthält {0} Epochen, weniger als die {1} angezeigten",
    "the lesson ({0}) is missing": "die Lektion ({0}) fehlt",
    "the data's origin is malformed": "die Herkunft der Daten ist fehlerhaft",
    # --- lesson files: a beat, a caption or the data written wrong (beat_schema, beats, captions, lesson_data)
    "must be true or false, not {0}": "muss true oder false sein, nicht {0}",
    "must be one of {0}, not {1}": "muss eines von {0} sein, nicht {1}",
    "unknown {0}{1}; choose one of {2}": "unbekannt: {0}{1}; wähle eines von {2}",
    "must be a text or a list of texts, not {0}": "muss ein Text oder eine Liste von Texten sein, nicht {0}",
    "must be a table of column = value, not {0}": "muss eine Tabelle aus Spalte = Wert sein, nicht {0}",
    "has {0} columns; at most {1}": "hat {0} Spalten; höchstens {1}",
    "must be a table of {0} = true/false, not {1}": "muss eine Tabelle aus {0} = true/false sein, nicht {1}",
    "unknown toggle {0}{1}; choose from {2}": "unbekannter Schalter {0}{1}; wähle aus {2}",
    "{0} must be true or false, not {1}": "{0} muss true oder false sein, nicht {1}",
    "must be [layer, index], not {0}": "muss [Schicht, Index] sein, nicht {0}",
    " (did you mean {0}?)": " (meintest du {0}?)",
    "must be a table with caption and action, not {0}": "muss eine Tabelle mit caption und action sein, nicht {0}",
    "{0}: missing": "{0}: fehlt",
    "action: must be a text, not {0}": "action: muss ein Text sein, nicht {0}",
    "action: unknown action {0}{1}; choose one of {2}": "action: unbekannte Aktion {0}{1}; wähle eine von {2}",
    "params: must be a table, not {0}": "params: muss eine Tabelle sein, nicht {0}",
    "params.{0}: a {1} beat takes no such parameter{2}{3}": "params.{0}: ein {1}-Beat hat keinen solchen Parameter{2}{3}",
    "{0}: unknown key{1}; a {2} beat takes {3}": "{0}: unbekannter Schlüssel{1}; ein {2}-Beat nimmt {3}",
    "{0}: missing (a {1} beat needs {2})": "{0}: fehlt (ein {1}-Beat braucht {2})",
    "; it takes {0}": "; er nimmt {0}",
    "; it takes no parameters": "; er nimmt keine Parameter",
    "unknown beat action {0}; choose one of {1}": "unbekannte Beat-Aktion {0}; wähle eine von {1}",
    "a {0} beat needs {1}": "ein {0}-Beat braucht {1}",
    "a {0} beat takes no {1}": "ein {0}-Beat nimmt kein {1}",
    "a step beat's kind is one of {0}": "die Art (kind) eines step-Beats ist eine von {0}",
    "unknown pane {0}; choose one of {1}": "unbekannter Bereich {0}; wähle einen von {1}",
    "toggles is a table such as {0}": "toggles ist eine Tabelle wie {0}",
    "unknown toggle {0}; choose from {1}": "unbekannter Schalter {0}; wähle aus {1}",
    "toggle {0} is true or false": "der Schalter {0} ist true oder false",
    "sample is a row number, 0 or more": "sample ist eine Zeilennummer, 0 oder mehr",
    "neuron is [layer, index], two whole numbers": "neuron ist [Schicht, Index], zwei ganze Zahlen",
    "reveal is true or false": "reveal ist true oder false",
    "seconds is a number above 0 and at most {0}": "seconds ist eine Zahl über 0 und höchstens {0}",
    "notes is a text": "notes ist ein Text",
    "a script starts by loading its lesson": "ein Ablauf beginnt damit, seine Lektion zu laden",
    "a caption must be a text": "eine Beschriftung muss ein Text sein",
    "{0} (write {1} or {2} for a brace)": "{0} (schreibe {1} oder {2} für eine geschweifte Klammer)",
    "the field {0} has a format ({1}); fields take none: write {2}":
        "das Feld {0} hat ein Format ({1}); Felder haben keines: schreibe {2}",
    "{0} is not a field name: a field is a bare name like {1} (no attributes or indexes)":
        "{0} ist kein Feldname: ein Feld ist ein bloßer Name wie {1} (ohne Attribute oder Indizes)",
    "unknown caption field {0} (did you mean {1}?)": "unbekanntes Feld {0} in der Beschriftung (meintest du {1}?)",
    "unknown caption field {0}; the fields are {1}": "unbekanntes Feld {0} in der Beschriftung; die Felder sind {1}",
    "{0}: a {1}×{2} picture needs {3} input columns, the table has {4}":
        "{0}: ein {1}×{2}-Bild braucht {3} Eingabespalten, die Tabelle hat {4}",
    "unknown table {0}; choose one of {1}": "unbekannte Tabelle {0}; wähle eine von {1}",
    "unknown data source {0}; choose {1}, {2} or {3}": "unbekannte Datenquelle {0}; wähle {1}, {2} oder {3}",
    # --- predict and export: what a saved network cannot do
    "the activation {0} has no PyTorch counterpart in this exporter":
        "die Aktivierung {0} hat in diesem Export kein Gegenstück in PyTorch",
    "the network's weights are not all finite (training diverged); go back to a state before it diverged, or reset, "
    "and export that":
        "die Gewichte des Netzes sind nicht alle endlich (das Training ist divergiert); geh zu einem Zustand vor der "
        "Divergenz zurück oder setze zurück und exportiere dann",
    "this network's inputs are computed in a way predictions from a table do not support yet":
        "die Eingaben dieses Netzes werden auf eine Weise berechnet, die Vorhersagen aus einer Tabelle noch nicht "
        "unterstützen",
    "{0}: the table lacks the model's input column {1} (the model reads {2})":
        "{0}: der Tabelle fehlt die Eingabespalte {1} des Modells (das Modell liest {2})",
    "{0}: the table lacks the model's input columns {1} (the model reads {2})":
        "{0}: der Tabelle fehlen die Eingabespalten {1} des Modells (das Modell liest {2})",
    "nnviz: {0}: {1} more rows without a prediction": "nnviz: {0}: {1} weitere Zeilen ohne Vorhersage",
    "no value for {0} (the model's data dropped rows with gaps)":
        "kein Wert für {0} (die Daten des Modells ließen Zeilen mit Lücken weg)",
    "{0} needs a number, not {1}": "{0} braucht eine Zahl, nicht {1}",
    "{0} is {1}, not one of the training values ({2})": "{0} ist {1}, keiner der Trainingswerte ({2})",
    "row {0}: {1}; no prediction": "Zeile {0}: {1}; keine Vorhersage",
    # --- the command line: argument types and usage lines
    "{0} is not train,validation,test percentages like 75,10,15":
        "{0} sind keine Prozentsätze Training,Validierung,Test wie 75,10,15",
    "{0} must be three percentages train,validation,test with train > 0":
        "{0} müssen drei Prozentsätze Training,Validierung,Test sein, mit Training > 0",
    "the noise must be a percentage from {0} to {1}, got {2}":
        "das Rauschen muss ein Prozentsatz von {0} bis {1} sein, nicht {2}",
    "the training ratio must be a percentage from {0} to {1}, got {2}":
        "der Trainingsanteil muss ein Prozentsatz von {0} bis {1} sein, nicht {2}",
    "{0} is not a whole number of points": "{0} ist keine ganze Zahl von Punkten",
    "the number of points must be from {0} to {1}, got {2}": "die Zahl der Punkte muss von {0} bis {1} reichen, nicht {2}",
    "nnviz: --epochs {0} more would run past epoch {1}, the most a run goes to":
        "nnviz: {0} weitere Epochen (--epochs) gingen über Epoche {1} hinaus, das Äußerste für einen Lauf",
    "nnviz: {0} works with the generated sets ({1}), not with {2}":
        "nnviz: {0} geht mit den erzeugten Datensätzen ({1}), nicht mit {2}",
    "nnviz: {0} work with the generated sets ({1}), not with {2}":
        "nnviz: {0} gehen mit den erzeugten Datensätzen ({1}), nicht mit {2}",
    "{0}: continue_with: no built-in lesson is called {1}": "{0}: continue_with: keine eingebaute Lektion heißt {1}",
    # argparse's own words (its message ids; the %-placeholders are argparse's)
    "usage: ": "Aufruf: ",
    "positional arguments": "Positionsargumente",
    "options": "Optionen",
    "%(heading)s:": "%(heading)s:",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "argument %(argument_name)s: %(message)s": "Argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl: %(value)r (wähle aus %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "ungültige Wahl: %(value)r, meintest du %(closest)r? (wähle aus %(choices)s)",
    "invalid %(type)s value: %(value)r": "ungültiger %(type)s-Wert: %(value)r",
    "the following arguments are required: %s": "diese Argumente fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Argumente: %s",
    "expected one argument": "erwartet ein Argument",
    "expected at most one argument": "erwartet höchstens ein Argument",
    "expected at least one argument": "erwartet mindestens ein Argument",
    "expected %s argument": "erwartet %s Argument",
    "expected %s arguments": "erwartet %s Argumente",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s könnte %(matches)s sein",
    "not allowed with argument %s": "nicht zusammen mit dem Argument %s erlaubt",
    "one of the arguments %s is required": "eines der Argumente %s ist nötig",
    "ignored explicit argument %r": "explizites Argument %r ignoriert",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl %(parser_name)r (Auswahl: %(choices)s)",
    # --- the command line's --help
    "language: {0} (default: the system's)": "Sprache: {0} (Standard: die des Systems)",
    "a built-in lesson (see 'nnviz lessons')": "eine eingebaute Lektion (siehe 'nnviz lessons')",
    "a lesson file (TOML) written by a teacher": "eine Lektionsdatei (TOML), von einer Lehrkraft geschrieben",
    "a saved session: carry on where it stopped": "eine gespeicherte Sitzung: dort weitermachen, wo sie aufhörte",
    "train on your own CSV table": "mit deiner eigenen CSV-Tabelle trainieren",
    "the CSV column to predict": "die CSV-Spalte, die vorhergesagt wird",
    "CSV feature columns (default: every numeric column but the target)":
        "CSV-Eingabespalten (Standard: jede Zahlenspalte außer dem Ziel)",
    "how CSV inputs are scaled (default: standard)": "wie CSV-Eingaben skaliert werden (Standard: standard)",
    "train/validation/test percentages (default 75,10,15)": "Prozent für Training/Validierung/Test (Standard 75,10,15)",
    "rows with missing values: drop them or fill with the mean":
        "Zeilen mit fehlenden Werten: weglassen oder mit dem Mittelwert füllen",
    "what the target is (default: detected from the column)": "was das Ziel ist (Standard: aus der Spalte erkannt)",
    "Watch a neural network learn. Without a command, opens the window.":
        "Sieh einem neuronalen Netz beim Lernen zu. Ohne Befehl öffnet sich das Fenster.",
    "list the built-in lessons": "die eingebauten Lektionen auflisten",
    "check a lesson file (beats included) or a session file without a window":
        "eine Lektionsdatei (samt Beats) oder eine Sitzungsdatei ohne Fenster prüfen",
    "a lesson file (.toml) or a saved session (.nnviz)": "eine Lektionsdatei (.toml) oder eine gespeicherte Sitzung (.nnviz)",
    "train without a window and print progress": "ohne Fenster trainieren und den Fortschritt ausgeben",
    "how many epochs (default: the lesson's)": "wie viele Epochen (Standard: die der Lektion)",
    "random seed for data split, weights and shuffling": "Zufalls-Seed für Datenaufteilung, Gewichte und Mischen",
    "learning rate": "Lernrate",
    "hidden layer sizes, e.g. 8,8 (0 for none)": "Größen der verborgenen Schichten, z. B. 8,8 (0 für keine)",
    "activation of the hidden layers": "Aktivierung der verborgenen Schichten",
    "loss function": "Verlustfunktion",
    "optimizer": "Optimierer",
    "samples per step: 1 = one at a time, 0 = full batch": "Beispiele pro Schritt: 1 = eines nach dem anderen, 0 = ganzer Batch",
    "L2 weight penalty": "L2-Strafe auf die Gewichte",
    "L1 weight penalty": "L1-Strafe auf die Gewichte",
    "the network's inputs, from x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² etc. work too)":
        "die Eingaben des Netzes, aus x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² usw. gehen auch)",
    "generated sets: noise in percent, 0 to 50 (default 10)": "erzeugte Datensätze: Rauschen in Prozent, 0 bis 50 (Standard 10)",
    "generated sets: percent of the points used for training, 10 to 90 (default 75)":
        "erzeugte Datensätze: Prozent der Punkte fürs Training, 10 bis 90 (Standard 75)",
    "generated sets: how many points (default 200)": "erzeugte Datensätze: wie viele Punkte (Standard 200)",
    "generated sets: the seed of the points (default: --seed)": "erzeugte Datensätze: der Seed der Punkte (Standard: --seed)",
    "report every N epochs (default: about 20 reports)": "alle N Epochen berichten (Standard: etwa 20 Berichte)",
    "print one JSON object per reported epoch": "ein JSON-Objekt pro berichteter Epoche ausgeben",
    "save the session to FILE.nnviz at the end": "die Sitzung am Ende in FILE.nnviz speichern",
    "predict a CSV table's rows with a saved session's network":
        "die Zeilen einer CSV-Tabelle mit dem Netz einer gespeicherten Sitzung vorhersagen",
    "a saved session": "eine gespeicherte Sitzung",
    "the rows to predict": "die vorherzusagenden Zeilen",
    "write the table here (default: print it)": "die Tabelle hierhin schreiben (Standard: ausgeben)",
    "export a saved session's network": "das Netz einer gespeicherten Sitzung exportieren",
    "write a self-contained PyTorch script that predicts like 'nnviz predict'":
        "ein eigenständiges PyTorch-Skript schreiben, das wie 'nnviz predict' vorhersagt",
    # --- the generated sets: their default class names (made in the language of the moment)
    "class {0}": "Klasse {0}",
    # --- lesson files: the last English lines (size, nesting, data.image, network.weights, quiz references)
    "{0}: the text is over {1} MiB; a lesson is refused above that size":
        "{0}: der Text ist über {1} MiB groß; eine Lektion über dieser Größe wird abgelehnt",
    "{0}: lists or tables nest more than {1} deep": "{0}: Listen oder Tabellen sind mehr als {1} Ebenen tief verschachtelt",
    "{0}: question: {1} columns; at most {2}": "{0}: question: {1} Spalten; höchstens {2}",
    "{0}: data.shipped: {1} is a path; 'shipped' names a table that comes with nnviz (use csv = \"…\" for your own file)":
        "{0}: data.shipped: {1} ist ein Pfad; 'shipped' nennt eine Tabelle, die mit nnviz kommt (für deine eigene "
        "Datei: csv = \"…\")",
    "{0}: data.image: must be [rows, columns] of the picture the inputs form, each from 1 to {1}":
        "{0}: data.image: muss [Zeilen, Spalten] des Bildes sein, das die Eingaben bilden, jeweils von 1 bis {1}",
    "{0}: data.image: a picture's pixels are the table's columns; leave out data.inputs":
        "{0}: data.image: die Pixel eines Bildes sind die Spalten der Tabelle; lass data.inputs weg",
    "{0}: network.{1}: must be a list with one entry per layer": "{0}: network.{1}: muss eine Liste mit einem Eintrag pro Schicht sein",
    "{0}: network.{1}: {2} layers need {2} entries, got {3}": "{0}: network.{1}: {2} Schichten brauchen {2} Einträge, nicht {3}",
    "{0}: network.{1}: layer {2} must be a list of numbers or a matrix (one row per input)":
        "{0}: network.{1}: Schicht {2} muss eine Liste von Zahlen oder eine Matrix sein (eine Zeile pro Eingabe)",
    "{0}: network.{1}: layer {2} must be a list of numbers": "{0}: network.{1}: Schicht {2} muss eine Liste von Zahlen sein",
    "{0}: network.{1}: layer {2} holds a value beyond ±1e12": "{0}: network.{1}: Schicht {2} enthält einen Wert jenseits von ±1e12",
    "beat {0}": "Schritt {0}",
    "layer {0} does not exist: the layers with neurons are 1 to {1}":
        "Schicht {0} gibt es nicht: die Schichten mit Neuronen sind 1 bis {1}",
    "layer {0} has {1} neurons (0 to {2}), not {3}": "Schicht {0} hat {1} Neuronen (0 bis {2}), nicht {3}",
    "{0}: name: {1} is used by another built-in lesson": "{0}: name: {1} wird schon von einer anderen eingebauten Lektion benutzt",
    "{0}: beat {1}: {2}: {3}": "{0}: Schritt {1}: {2}: {3}",
    "beat {0}: {1}.": "Schritt {0}: {1}.",
    "beat {0}: {1}": "Schritt {0}: {1}",
    "beat {0}: {1}.caption": "Schritt {0}: {1}.caption",
    "unknown lesson {0}; choose one of {1}": "unbekannte Lektion {0}; wähle eine von {1}",
    "exercises: must be a list of [[exercises]] tables": "exercises: muss eine Liste von [[exercises]]-Tabellen sein",
    "exercises: {0} exercises; at most {1} are allowed": "exercises: {0} Aufgaben; erlaubt sind höchstens {1}",
    "exercise {0}: {1}: {2}": "Aufgabe {0}: {1}: {2}",
    "exercise {0}: must be a table with title and text": "Aufgabe {0}: muss eine Tabelle mit title und text sein",
    "unknown key (did you mean {0}?)": "unbekannter Schlüssel (meintest du {0}?)",
    "unknown key; known keys: {0}": "unbekannter Schlüssel; bekannte Schlüssel: {0}",
    "missing": "fehlt",
    "belongs to a quantity to compute ({0})": "gehört zu einer zu berechnenden Größe ({0})",
    "unknown {0} (did you mean {1}?); choose one of {2}": "unbekannt: {0} (meintest du {1}?); wähle eines von {2}",
    "unknown {0}; choose one of {1}": "unbekannt: {0}; wähle eines von {1}",
    "missing (a quantity needs layer and neuron)": "fehlt (eine Größe braucht layer und neuron)",
    "only {0} and {1} name a weight": "nur {0} und {1} nennen ein Gewicht",
    "{0}: layer: layer {1} does not exist: the layers with neurons are 1 to {2}":
        "{0}: layer: Schicht {1} gibt es nicht: die Schichten mit Neuronen sind 1 bis {2}",
    "{0}: neuron: layer {1} has {2} neurons (0 to {3}), not {4}": "{0}: neuron: Schicht {1} hat {2} Neuronen (0 bis {3}), nicht {4}",
    "{0}: weight: the neuron has {1} weights; the explainer shows {2} to {3}":
        "{0}: weight: das Neuron hat {1} Gewichte; der Erklärer zeigt {2} bis {3}",
    "{0}: quantity: the loss is shown for an output neuron (layer {1})":
        "{0}: quantity: der Verlust wird für ein Ausgabeneuron gezeigt (Schicht {1})",
    "exercise {0}": "Aufgabe {0}",
    # --- opening a file that is not a regular file (limits.regular_file)
    "file": "Datei",
    "session file": "Sitzungsdatei",
    "lesson file": "Lektionsdatei",
    "CSV file": "CSV-Datei",
    "the {0}'s path holds a NUL character": "der Pfad der {0} enthält ein NUL-Zeichen",
    "the {0}'s path is {1} characters long; at most {2} are allowed":
        "der Pfad der {0} ist {1} Zeichen lang; erlaubt sind höchstens {2}",
    "this is a folder, not a {0}": "das ist ein Ordner, keine {0}",
    "a FIFO (named pipe)": "eine FIFO (benannte Pipe)",
    "a device": "ein Gerät",
    "a socket": "ein Socket",
    "not a regular file": "keine gewöhnliche Datei",
    "this is {0}, not a {1}; only regular files are read": "das ist {0}, keine {1}; nur gewöhnliche Dateien werden gelesen",
    "this is not a regular file, not a {0}; only regular files are read":
        "das ist keine gewöhnliche Datei, keine {0}; nur gewöhnliche Dateien werden gelesen",
    # --- generated sets and feature inputs: out-of-range choices
    "need at least {0} points, got n={1}": "mindestens {0} Punkte nötig, nicht n={1}",
    "noise must be a number >= 0, got {0}": "das Rauschen muss eine Zahl >= 0 sein, nicht {0}",
    "gauss supports 2 or 3 classes, got {0}": "gauss kann 2 oder 3 Klassen, nicht {0}",
    "unknown playground set {0}; choose one of {1}": "unbekannter Spielwiesen-Datensatz {0}; wähle einen von {1}",
    "the number of points must be a whole number from {0} to {1}, got {2}":
        "die Zahl der Punkte muss eine ganze Zahl von {0} bis {1} sein, nicht {2}",
    "noise must be from {0} to {1}, got {2} ({3})": "das Rauschen muss von {0} bis {1} reichen, nicht {2} ({3})",
    "the training ratio must be from {0} to {1}, got {2}": "der Trainingsanteil muss von {0} bis {1} reichen, nicht {2}",
    "the data seed must be a whole number 0 or more, got {0}": "der Seed der Daten muss eine ganze Zahl ab 0 sein, nicht {0}",
    "unknown input {0}; choose from {1}": "unbekannte Eingabe {0}; wähle aus {1}",
    "choose at least one input, e.g. {0}": "wähle mindestens eine Eingabe, z. B. {0}",
    "feature inputs need a problem with two inputs (x1, x2); {0} has {1}":
        "berechnete Eingaben brauchen Daten mit zwei Eingaben (x1, x2); {0} hat {1}",
    "nnviz's shipped tables are missing (no {0} in the installed package); reinstall nnviz ({1}, or {2} in a checkout)":
        "die mitgelieferten Tabellen von nnviz fehlen (kein {0} im installierten Paket); installiere nnviz neu ({1}, "
        "oder {2} in einem Quellordner)",
    # --- the session: deleting every training point
    "the training data cannot be empty: keep at least one training point":
        "die Trainingsdaten dürfen nicht leer sein: behalte mindestens einen Trainingspunkt",
    'Undone: {0}; {1}, epoch {2}.': 'Rückgängig gemacht: {0}; {1}, Epoche {2}.',
    '(y{0} = 1, every other y is 0)': '(y{0} = 1, jedes andere y ist 0)',
    'Showing {0}, the newest.': 'Zu sehen: {0}, die neueste.',
    'Showing {0}; the newest is {1}. Play or a step trains on from here (the later epochs go; Ctrl+Z brings them back).': 'Zu sehen: {0}; die neueste ist {1}. Start oder ein Schritt (1 Epoche, 1 Batch, 1 Beispiel) trainiert von hier weiter (die späteren Epochen fallen weg; Strg+Z holt sie zurück).',
    "Watch a neural network learn. 'nnviz lessons' lists lessons; 'nnviz train --help' trains without a window.": "Einem neuronalen Netz beim Lernen zusehen. 'nnviz lessons' listet die Lektionen; 'nnviz train --help' trainiert ohne Fenster.",
    'train this many epochs right away': 'gleich so viele Epochen trainieren',
    'render the whole window to FILE.png and exit (works without a display)': 'das ganze Fenster als FILE.png speichern und beenden (geht ohne Bildschirm)',
    'window size (default: the remembered size, or 1280x800, fitted to the screen)': 'Fenstergröße (Standard: die gemerkte Größe oder 1280x800, an den Bildschirm angepasst)',
    "start in presentation mode: full screen, large text, the lesson's beats on PageDown": 'im Präsentationsmodus starten: Vollbild, große Schrift, die Folien der Lektion mit Bild↓',
    'present with the presenter console beside the presentation, both in windows on this screen (practice without a projector)': 'mit der Referentenkonsole neben der Präsentation vortragen, beide als Fenster auf diesem Bildschirm (üben ohne Beamer)',
    "add nnviz to the desktop's applications menu, with its icon (for you alone, under ~/.local/share) and exit": 'nnviz mit seinem Symbol ins Anwendungsmenü des Desktops aufnehmen (nur für dich, unter ~/.local/share) und beenden',
    'remove what --install-desktop added and exit': 'entfernen, was --install-desktop hinzugefügt hat, und beenden',
}
