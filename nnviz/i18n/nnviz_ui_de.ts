<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>could not write {0}</source>
        <translation>konnte {0} nicht schreiben</translation>
    </message>
    <message>
        <source>saved {0} at epoch {1}</source>
        <translation>{0} gespeichert bei Epoche {1}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>click: add a point · Shift+click: remove</source>
        <translation>Klick: Punkt hinzufügen · Umschalt+Klick: entfernen</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>Klassen scharf</translation>
    </message>
    <message>
        <source>Show hard class regions: each point of the plane in the colour of the class the network would predict, without confidence shading.</source>
        <translation>Harte Klassengebiete zeigen: jeder Punkt der Ebene in der Farbe der Klasse, die das Netz vorhersagen würde, ohne Abstufung nach Sicherheit.</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Showing {0}</source>
        <translation>Gezeigt: {0}</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Copy as Python</source>
        <translation>Als Python kopieren</translation>
    </message>
    <message>
        <source>Copy a script that reruns this step with NumPy alone, from this step&apos;s weights and rows, and prints every result (Ctrl+Shift+C)</source>
        <translation>Ein Skript kopieren, das diesen Schritt nur mit NumPy wiederholt, aus den Gewichten und Zeilen dieses Schritts, und jedes Ergebnis ausgibt (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>The NumPy lines of the step</source>
        <translation>Die NumPy-Zeilen des Schritts</translation>
    </message>
    <message>
        <source>This step cannot be written as NumPy lines: {0}</source>
        <translation>Dieser Schritt lässt sich nicht als NumPy-Zeilen schreiben: {0}</translation>
    </message>
    <message>
        <source>Take a step (Step sample, Step batch or Step epoch) to see the NumPy lines that compute it, with this step&apos;s shapes and values.</source>
        <translation>Mach einen Schritt (ein Beispiel, ein Batch oder eine Epoche), um die NumPy-Zeilen zu sehen, die ihn berechnen, mit den Formen und Werten dieses Schritts.</translation>
    </message>
    <message>
        <source>Step epoch: the lines of the epoch&apos;s last step, the one recorded.</source>
        <translation>„1 Epoche“: die Zeilen des letzten Schritts der Epoche, des aufgezeichneten.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>The pinned run (dashed on the loss plot) at the epoch shown, beside the run now. Pin a run with Ctrl+P or the loss pane&apos;s Pin button; Ctrl+Shift+P unpins.</source>
        <translation>Der angeheftete Lauf (gestrichelt im Verlustdiagramm) bei der gezeigten Epoche, neben dem jetzigen Lauf. Anheften mit Strg+P oder dem Knopf „Anheften“ im Verlustbereich; Strg+Umschalt+P löst ihn.</translation>
    </message>
    <message>
        <source>loss {0}</source>
        <translation>Verlust {0}</translation>
    </message>
    <message>
        <source>acc {0}</source>
        <translation>Gen. {0}</translation>
    </message>
    <message>
        <source>Pinned run, epoch {0}</source>
        <translation>Angehefteter Lauf, Epoche {0}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>true class ↓   predicted →</source>
        <translation>wahr ↓   vorhergesagt →</translation>
    </message>
    <message>
        <source>({0} of this class)</source>
        <translation>({0} dieser Klasse)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 Beispiel</translation>
    </message>
    <message>
        <source>{0} samples</source>
        <translation>{0} Beispiele</translation>
    </message>
    <message>
        <source>true: {0}
predicted: {1}
{2}{3}: {4}</source>
        <translation>wahr: {0}
vorhergesagt: {1}
{2}{3}: {4}</translation>
    </message>
    <message>
        <source>No test results yet.</source>
        <translation>Noch keine Testergebnisse.</translation>
    </message>
    <message>
        <source>true class {0}: {1}</source>
        <translation>wahre Klasse {0}: {1}</translation>
    </message>
    <message>
        <source>predicted class {0}: {1}</source>
        <translation>vorhergesagte Klasse {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CsvWorker</name>
    <message>
        <source>could not read {0}: unknown error</source>
        <translation>konnte {0} nicht lesen: unbekannter Fehler</translation>
    </message>
    <message>
        <source>{0}: not enough memory for this file; use a sample of it.</source>
        <translation>{0}: nicht genug Speicher für diese Datei; nimm einen Ausschnitt davon.</translation>
    </message>
    <message>
        <source>could not read {0}: {1}</source>
        <translation>konnte {0} nicht lesen: {1}</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <source>network&apos;s prediction of {0}</source>
        <translation>Vorhersage des Netzes für {0}</translation>
    </message>
    <message>
        <source>network&apos;s prediction</source>
        <translation>Vorhersage des Netzes</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>network&apos;s P({0})</source>
        <translation>P({0}) des Netzes</translation>
    </message>
</context>
<context>
    <name>DataKnobs</name>
    <message>
        <source>How far the points are scattered from their clean shape (0–50 %). More noise makes overfitting visible: the training loss keeps falling while the test loss rises.</source>
        <translation>Wie weit die Punkte von ihrer sauberen Form abweichen (0–50 %). Mehr Rauschen macht Überanpassung sichtbar: der Trainingsverlust sinkt weiter, während der Testverlust steigt.</translation>
    </message>
    <message>
        <source>The share of the points used for training (10–90 %); the rest are split 40:60 into validation and test points (the test points are drawn as rings).</source>
        <translation>Der Anteil der Punkte für das Training (10–90 %); der Rest wird 40:60 in Validierungs- und Testpunkte geteilt (die Testpunkte sind als Ringe gezeichnet).</translation>
    </message>
    <message>
        <source>How many points the set has.</source>
        <translation>Wie viele Punkte der Datensatz hat.</translation>
    </message>
    <message>
        <source>New points of the same kind (the next data seed). The network keeps its weights and trains on; Ctrl+Z brings the old points back.</source>
        <translation>Neue Punkte derselben Art (der nächste Daten-Seed). Das Netz behält seine Gewichte und trainiert weiter; Strg+Z holt die alten Punkte zurück.</translation>
    </message>
    <message>
        <source>The network&apos;s inputs, computed from x₁ and x₂ (as in TensorFlow Playground). Each one is an input neuron. With x₁² and x₂² a single neuron can draw a circle. Changing them builds a new input layer: training starts again from epoch 0 (Ctrl+Z undoes). At least one stays on.</source>
        <translation>Die Eingaben des Netzes, berechnet aus x₁ und x₂ (wie im TensorFlow Playground). Jede ist ein Eingabeneuron. Mit x₁² und x₂² kann ein einziges Neuron einen Kreis zeichnen. Eine Änderung baut eine neue Eingabeschicht: das Training beginnt wieder bei Epoche 0 (Strg+Z macht es rückgängig). Mindestens eine bleibt an.</translation>
    </message>
    <message>
        <source>A click on the boundary plot adds a training point of this class where you clicked; Shift+click removes the nearest point. Training goes on with the changed data (Ctrl+Z undoes).</source>
        <translation>Ein Klick in die Entscheidungsgrenze fügt dort einen Trainingspunkt dieser Klasse hinzu; Umschalt+Klick entfernt den nächsten Punkt. Das Training geht mit den geänderten Daten weiter (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>⟳ Regenerate</source>
        <translation>⟳ Neu erzeugen</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>noise {0} %</source>
        <translation>Rauschen {0} %</translation>
    </message>
    <message>
        <source>training ratio {0} %</source>
        <translation>Trainingsanteil {0} %</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} Punkte</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Click adds</source>
        <translation>Klick fügt hinzu</translation>
    </message>
    <message>
        <source>Shift+click removes the nearest point.</source>
        <translation>Umschalt+Klick entfernt den nächsten Punkt.</translation>
    </message>
    <message>
        <source>Pause (Space) to change the network&apos;s inputs.</source>
        <translation>Pausieren (Leertaste), um die Eingaben des Netzes zu ändern.</translation>
    </message>
    <message>
        <source>new points (data seed {0})</source>
        <translation>neue Punkte (Daten-Seed {0})</translation>
    </message>
    <message>
        <source>The network needs at least one input: turn another on first.</source>
        <translation>Das Netz braucht mindestens eine Eingabe: schalte zuerst eine andere ein.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Open a table saved as CSV (comma-separated values): one row per example, one column per measurement, and one column holding what the network should predict.</source>
        <translation>Eine als CSV gespeicherte Tabelle öffnen (kommagetrennte Werte): eine Zeile pro Beispiel, eine Spalte pro Messgröße und eine Spalte mit dem, was das Netz vorhersagen soll.</translation>
    </message>
    <message>
        <source>Open one of the tables you opened before.</source>
        <translation>Eine der zuvor geöffneten Tabellen öffnen.</translation>
    </message>
    <message>
        <source>Stop reading the file. Whatever was loaded before stays.</source>
        <translation>Das Lesen der Datei abbrechen. Was vorher geladen war, bleibt.</translation>
    </message>
    <message>
        <source>How much of the file has been read.</source>
        <translation>Wie viel der Datei schon gelesen ist.</translation>
    </message>
    <message>
        <source>The first rows of the table. Under each name: numeric (numbers) or text (words). The column to predict is shaded; columns the network will not see are grey.</source>
        <translation>Die ersten Zeilen der Tabelle. Unter jedem Namen: numerisch (Zahlen) oder Text (Wörter). Die vorherzusagende Spalte ist hinterlegt; Spalten, die das Netz nicht sieht, sind grau.</translation>
    </message>
    <message>
        <source>What was done to read and prepare the table: the file&apos;s encoding and separator, renamed columns, values treated as missing, rows dropped.</source>
        <translation>Was beim Lesen und Vorbereiten der Tabelle geschah: Kodierung und Trennzeichen der Datei, umbenannte Spalten, als fehlend behandelte Werte, weggelassene Zeilen.</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 Merkmal</translation>
    </message>
    <message>
        <source>{0} features</source>
        <translation>{0} Merkmale</translation>
    </message>
    <message>
        <source>{0} features ({1} inputs)</source>
        <translation>{0} Merkmale ({1} Eingaben)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} Klassen</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} → {3} ({4})</source>
        <translation>{0}: {1} Zeilen, {2} → {3} ({4})</translation>
    </message>
    <message>
        <source>Open a CSV table</source>
        <translation>Eine CSV-Tabelle öffnen</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lese {0}…</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>Bereite {0} vor…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>CSV öffnen…</translation>
    </message>
    <message>
        <source>Recent ▾</source>
        <translation>Zuletzt ▾</translation>
    </message>
    <message>
        <source>Open a table saved as CSV, or drop a .csv file here.</source>
        <translation>Eine als CSV gespeicherte Tabelle öffnen oder eine .csv-Datei hierher ziehen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>First {0} rows</source>
        <translation>Erste {0} Zeilen</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} Zeilen × {2} Spalten</translation>
    </message>
    <message>
        <source>All {0} rows</source>
        <translation>Alle {0} Zeilen</translation>
    </message>
    <message>
        <source>Read {0}: {1} rows × {2} columns. Choose the target and press “Use this data”.</source>
        <translation>{0} gelesen: {1} Zeilen × {2} Spalten. Wähle das Ziel und drücke „Diese Daten verwenden“.</translation>
    </message>
    <message>
        <source>In use: {0}</source>
        <translation>In Verwendung: {0}</translation>
    </message>
    <message>
        <source>Loaded {0}: {1} rows</source>
        <translation>{0} geladen: {1} Zeilen</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>Stopped reading {0}.</source>
        <translation>Lesen von {0} abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped preparing {0}.</source>
        <translation>Vorbereiten von {0} abgebrochen.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{0}: missing</source>
        <translation>{0}: fehlt</translation>
    </message>
    <message>
        <source>the column to predict</source>
        <translation>die vorherzusagende Spalte</translation>
    </message>
    <message>
        <source>a feature</source>
        <translation>ein Merkmal</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>{0}: {1} column, {2}</source>
        <translation>{0}: Spalte ({1}), {2}</translation>
    </message>
</context>
<context>
    <name>DigitsPane</name>
    <message>
        <source>The network&apos;s answer for the drawing: the class with the largest output.</source>
        <translation>Die Antwort des Netzes für die Zeichnung: die Klasse mit der größten Ausgabe.</translation>
    </message>
    <message>
        <source>The label the drawing is added with: what the digit really is (on the pad, type the digit).</source>
        <translation>Das Label, mit dem die Zeichnung hinzugefügt wird: welche Ziffer es wirklich ist (auf dem Zeichenfeld die Ziffer tippen).</translation>
    </message>
    <message>
        <source>Add to training data</source>
        <translation>Zum Training hinzufügen</translation>
    </message>
    <message>
        <source>Add the drawing to the training data with the chosen label (Enter on the pad). The network keeps its weights and trains on it; Ctrl+Z takes it out.</source>
        <translation>Die Zeichnung mit dem gewählten Label zu den Trainingsdaten hinzufügen (Enter auf dem Zeichenfeld). Das Netz behält seine Gewichte und trainiert damit weiter; Strg+Z nimmt sie wieder heraus.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Wipe the pad (Delete on the pad).</source>
        <translation>Das Zeichenfeld leeren (Entf auf dem Zeichenfeld).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Draw a digit and see the network&apos;s answer as you draw (D).</source>
        <translation>Zeichne eine Ziffer und sieh schon beim Zeichnen die Antwort des Netzes (D).</translation>
    </message>
    <message>
        <source>Show every mistake, or one kind: a true class taken for another (a click on a confusion-matrix cell picks it too).</source>
        <translation>Alle Fehler zeigen oder nur eine Art: eine wahre Klasse, die für eine andere gehalten wird (ein Klick auf eine Zelle der Konfusionsmatrix wählt sie auch).</translation>
    </message>
    <message>
        <source>Test digits the network gets wrong: truth → answer and how sure it was. Click one (or Enter) to show it on the diagram; arrow keys move.</source>
        <translation>Testziffern, die das Netz falsch erkennt: Wahrheit → Antwort und wie sicher es war. Ein Klick (oder Enter) zeigt eine im Diagramm; die Pfeiltasten wechseln.</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The test digits the network gets wrong, most confident first (M).</source>
        <translation>Die Testziffern, die das Netz falsch erkennt, die sichersten Irrtümer zuerst (M).</translation>
    </message>
    <message>
        <source>The network gives no answer (its outputs are not numbers).</source>
        <translation>Das Netz gibt keine Antwort (seine Ausgaben sind keine Zahlen).</translation>
    </message>
    <message>
        <source>Blank pad: the network says {0} ({1}). Draw a digit.</source>
        <translation>Leeres Feld: das Netz sagt {0} ({1}). Zeichne eine Ziffer.</translation>
    </message>
    <message>
        <source>The network says ▶ {0} ({1}).</source>
        <translation>Das Netz sagt ▶ {0} ({1}).</translation>
    </message>
    <message>
        <source>This data has no test split: nothing to check the network on.</source>
        <translation>Diese Daten haben keinen Testanteil: nichts, woran sich das Netz prüfen lässt.</translation>
    </message>
    <message>
        <source>{0} of {1} test digits wrong ({2} right). Truth → answer, how sure; click one to show it on the diagram.</source>
        <translation>{0} von {1} Testziffern falsch ({2} richtig). Wahrheit → Antwort, wie sicher; klick eine an, um sie im Diagramm zu zeigen.</translation>
    </message>
    <message>
        <source>No test digits to show.</source>
        <translation>Keine Testziffern zum Zeigen.</translation>
    </message>
    <message>
        <source>No mistakes of this kind now.</source>
        <translation>Gerade keine Fehler dieser Art.</translation>
    </message>
    <message>
        <source>No test digit is wrong.</source>
        <translation>Keine Testziffer ist falsch.</translation>
    </message>
    <message>
        <source>All mistakes ({0})</source>
        <translation>Alle Fehler ({0})</translation>
    </message>
    <message>
        <source>{0} taken for {1} ({2})</source>
        <translation>{0} als {1} erkannt ({2})</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <source>Draw a digit: drag with the left button (or a pen) to add ink, with the right button, Shift or the pen&apos;s eraser to take it away. Keys: arrows move the frame, Space inks, Shift+Space erases, Delete clears.</source>
        <translation>Zeichne eine Ziffer: mit der linken Maustaste (oder einem Stift) ziehen gibt Tinte dazu, mit der rechten Maustaste, Umschalt oder dem Radierer des Stifts nimmst du sie weg. Tasten: Pfeile bewegen den Rahmen, Leertaste färbt, Umschalt+Leertaste radiert, Entf leert.</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>Zeichenfeld</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Zeichne hier eine Ziffer</translation>
    </message>
</context>
<context>
    <name>ExplainerPanel</name>
    <message>
        <source>Every row</source>
        <translation>Jede Zeile</translation>
    </message>
    <message>
        <source>Show the forward pass of every row of the step (z2, a2, z3, ŷ), the way the tutorials print it</source>
        <translation>Den Vorwärtsdurchlauf jeder Zeile des Schritts zeigen (z2, a2, z3, ŷ), so wie die Tutorials ihn drucken</translation>
    </message>
    <message>
        <source>Show all terms</source>
        <translation>Alle Summanden zeigen</translation>
    </message>
    <message>
        <source>List every term of the long sums and every weight, not only the largest terms</source>
        <translation>Jeden Summanden der langen Summen und jedes Gewicht auflisten, nicht nur die größten Summanden</translation>
    </message>
    <message>
        <source>Back to the training step</source>
        <translation>Zurück zum Trainingsschritt</translation>
    </message>
    <message>
        <source>Explain the last training step again instead of the chosen sample (a Step or Play goes back too)</source>
        <translation>Wieder den letzten Trainingsschritt statt des gewählten Beispiels erklären (Schritt oder Start kehren auch zurück)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the explanation as plain text</source>
        <translation>Die Erklärung als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Teste dich selbst</translation>
    </message>
    <message>
        <source>Hide a number of the step and compute it by hand</source>
        <translation>Eine Zahl des Schritts verbergen und von Hand ausrechnen</translation>
    </message>
    <message>
        <source>Hide and ask this number</source>
        <translation>Diese Zahl verbergen und abfragen</translation>
    </message>
    <message>
        <source>Take a step (Step sample, Step batch or Step epoch) to see every number of it here.</source>
        <translation>Mach einen Schritt (ein Beispiel, ein Batch oder eine Epoche), um hier jede seiner Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Click a neuron in the network to see how this step changed it.</source>
        <translation>Klicke ein Neuron im Netz an, um zu sehen, wie dieser Schritt es verändert hat.</translation>
    </message>
    <message>
        <source>Sample {0}</source>
        <translation>Beispiel {0}</translation>
    </message>
    <message>
        <source>Nothing to explain for this neuron: {0}</source>
        <translation>Für dieses Neuron gibt es nichts zu erklären: {0}</translation>
    </message>
    <message>
        <source>About this lesson</source>
        <translation>Über diese Lektion</translation>
    </message>
    <message>
        <source>Step explainer</source>
        <translation>Schritt-Erklärer</translation>
    </message>
    <message>
        <source>{0} · {1} of {2} · {3}</source>
        <translation>{0} · {1} von {2} · {3}</translation>
    </message>
    <message>
        <source>The next click shows it.</source>
        <translation>Der nächste Klick zeigt es.</translation>
    </message>
    <message>
        <source>Nothing of this part for this neuron.</source>
        <translation>Von diesem Teil gibt es für dieses Neuron nichts.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>What does this neuron compute for this input?</source>
        <translation>Was berechnet dieses Neuron für diese Eingabe?</translation>
    </message>
    <message>
        <source>How far is the answer from the target?</source>
        <translation>Wie weit liegt die Antwort vom Ziel entfernt?</translation>
    </message>
    <message>
        <source>Which way, and how much, should each weight move?</source>
        <translation>In welche Richtung und wie weit soll sich jedes Gewicht bewegen?</translation>
    </message>
    <message>
        <source>What will the new weights and bias be after this step?</source>
        <translation>Wie lauten die neuen Gewichte und der neue Bias nach diesem Schritt?</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Qt could not encode a {0} image</source>
        <translation>Qt konnte kein {0}-Bild kodieren</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Network as PNG (2×)…</source>
        <translation>Netz als PNG (2×)…</translation>
    </message>
    <message>
        <source>Network as SVG…</source>
        <translation>Netz als SVG…</translation>
    </message>
    <message>
        <source>Boundary / neuron map as PNG (2×)…</source>
        <translation>Grenze / Neuronenkarte als PNG (2×)…</translation>
    </message>
    <message>
        <source>Boundary / neuron map as SVG…</source>
        <translation>Grenze / Neuronenkarte als SVG…</translation>
    </message>
    <message>
        <source>Loss curve as PNG (2×)…</source>
        <translation>Verlustkurve als PNG (2×)…</translation>
    </message>
    <message>
        <source>Loss curve as SVG…</source>
        <translation>Verlustkurve als SVG…</translation>
    </message>
    <message>
        <source>Whole window as PNG (2×)…</source>
        <translation>Ganzes Fenster als PNG (2×)…</translation>
    </message>
    <message>
        <source>Whole window as SVG…</source>
        <translation>Ganzes Fenster als SVG…</translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation>Verlauf als &amp;CSV…</translation>
    </message>
    <message>
        <source>Training as animated &amp;GIF…</source>
        <translation>Training als animiertes &amp;GIF…</translation>
    </message>
    <message>
        <source>Network as &amp;PyTorch script…</source>
        <translation>Netz als &amp;PyTorch-Skript…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Open a session, a lesson file or a CSV table</source>
        <translation>Eine Sitzung, eine Lektionsdatei oder eine CSV-Tabelle öffnen</translation>
    </message>
    <message>
        <source>nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>nnviz-Dateien (*.nnviz *.toml *.csv *.tsv *.txt);;Sitzungen (*.nnviz);;Lektionsdateien (*.toml);;CSV-Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Die Sitzung speichern</translation>
    </message>
    <message>
        <source>nnviz sessions (*.nnviz)</source>
        <translation>nnviz-Sitzungen (*.nnviz)</translation>
    </message>
    <message>
        <source>Saved the {0} view as {1} (SVG).</source>
        <translation>Ansicht „{0}“ als {1} gespeichert (SVG).</translation>
    </message>
    <message>
        <source>Saved the {0} view as {1} ({2}×{3} pixels).</source>
        <translation>Ansicht „{0}“ als {1} gespeichert ({2}×{3} Pixel).</translation>
    </message>
    <message>
        <source>Export the {0} view</source>
        <translation>Ansicht „{0}“ exportieren</translation>
    </message>
    <message>
        <source>{0} files (*.{1})</source>
        <translation>{0}-Dateien (*.{1})</translation>
    </message>
    <message>
        <source>Saved the history of {0} epochs as {1}.</source>
        <translation>Verlauf von {0} Epochen als {1} gespeichert.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Den Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Export the network as a PyTorch script</source>
        <translation>Das Netz als PyTorch-Skript exportieren</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Wrote {0}: run it with python and a CSV table.</source>
        <translation>{0} geschrieben: mit python und einer CSV-Tabelle ausführen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Saved the training as {0}.</source>
        <translation>Das Training als {0} gespeichert.</translation>
    </message>
    <message>
        <source>Export training as an animated GIF</source>
        <translation>Das Training als animiertes GIF exportieren</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>GIF-Bilder (*.gif)</translation>
    </message>
    <message>
        <source>Drawing the frames of the training…</source>
        <translation>Zeichne die Bilder des Trainings…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export GIF</source>
        <translation>GIF exportieren</translation>
    </message>
    <message>
        <source>GIF export cancelled; nothing was written.</source>
        <translation>GIF-Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>FramePainter</name>
    <message>
        <source>Epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <source>and {0} more inputs</source>
        <translation>und {0} weitere Eingaben</translation>
    </message>
    <message>
        <source>Test sample {0} (never trained on) → network says {1}; the answer is {2}.</source>
        <translation>Testbeispiel {0} (nie damit trainiert) → das Netz sagt {1}; die Antwort ist {2}.</translation>
    </message>
    <message>
        <source>Sample {0}: {1} → network says {2}; the answer is {3}.</source>
        <translation>Beispiel {0}: {1} → das Netz sagt {2}; die Antwort ist {3}.</translation>
    </message>
    <message>
        <source>Sample {0} → network says {1}; the answer is {2}.</source>
        <translation>Beispiel {0} → das Netz sagt {1}; die Antwort ist {2}.</translation>
    </message>
    <message>
        <source>truth: {0}</source>
        <translation>wahr: {0}</translation>
    </message>
    <message>
        <source>Test sample {0} → {1}; truth: {2}</source>
        <translation>Testbeispiel {0} → {1}; wahr: {2}</translation>
    </message>
    <message>
        <source>Sample {0} → {1}; truth: {2}</source>
        <translation>Beispiel {0} → {1}; wahr: {2}</translation>
    </message>
    <message>
        <source>train loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Train‑Verlust &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>val loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Val‑Verlust &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>train acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Train‑Genauigk. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>val acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Val‑Genauigk. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>test acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Test‑Genauigk. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>test R² &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Test-R² &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>epoch {0}: {1}</source>
        <translation>Epoche {0}: {1}</translation>
    </message>
    <message>
        <source>epoch 0 +{0}: scores come when epoch 1 is finished</source>
        <translation>Epoche 0 +{0}: die Werte kommen, wenn Epoche 1 fertig ist</translation>
    </message>
    <message>
        <source>epoch 0: no epoch finished yet</source>
        <translation>Epoche 0: noch keine Epoche fertig</translation>
    </message>
    <message>
        <source>input {0}</source>
        <translation>Eingabe {0}</translation>
    </message>
    <message>
        <source>output neuron {0}</source>
        <translation>Ausgabeneuron {0}</translation>
    </message>
    <message>
        <source>neuron {0} of hidden layer {1}</source>
        <translation>Neuron {0} der verborgenen Schicht {1}</translation>
    </message>
    <message>
        <source>network: {0}</source>
        <translation>Netz: {0}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>next beat</source>
        <translation>nächste Folie</translation>
    </message>
    <message>
        <source>previous beat</source>
        <translation>vorige Folie</translation>
    </message>
    <message>
        <source>black screen (any key returns)</source>
        <translation>schwarzer Bildschirm (jede Taste kehrt zurück)</translation>
    </message>
    <message>
        <source>white screen (any key returns)</source>
        <translation>weißer Bildschirm (jede Taste kehrt zurück)</translation>
    </message>
    <message>
        <source>present from the start</source>
        <translation>von Anfang an präsentieren</translation>
    </message>
    <message>
        <source>present from here</source>
        <translation>ab hier präsentieren</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, public domain. Palmer Penguins: K. Gorman and the Palmer Station LTER, CC0. Breast cancer (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Wine: Forina et al., PARVUS, UCI. The diabetes table is synthetic (not medical data); the 2-D playground sets are generated from a seed. Details: data/README.md.</source>
        <translation>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, gemeinfrei. Palmer Penguins: K. Gorman und die Palmer Station LTER, CC0. Brustkrebs (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Wein: Forina et al., PARVUS, UCI. Die Diabetes-Tabelle ist synthetisch (keine medizinischen Daten); die 2-D-Playground-Datensätze werden aus einem Seed erzeugt. Einzelheiten: data/README.md.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>In presentation mode (F5)</source>
        <translation>Im Präsentationsmodus (F5)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Watch a neural network learn: a teaching tool for a class in front of a projector.</source>
        <translation>Einem neuronalen Netz beim Lernen zusehen: ein Lehrwerkzeug für eine Klasse vor dem Beamer.</translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>Lizenz: MIT.</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>Daten: {0}</translation>
    </message>
    <message>
        <source>About nnviz</source>
        <translation>Über nnviz</translation>
    </message>
</context>
<context>
    <name>HyperPanel</name>
    <message>
        <source>Pause to change the network.</source>
        <translation>Pausieren, um das Netz zu ändern.</translation>
    </message>
    <message>
        <source>Squashes the sum into 0…1: a smooth on/off switch.</source>
        <translation>Presst die Summe in 0…1: ein weicher An/Aus-Schalter.</translation>
    </message>
    <message>
        <source>Squashes the sum into −1…1, centred on 0.</source>
        <translation>Presst die Summe in −1…1, um 0 zentriert.</translation>
    </message>
    <message>
        <source>Keeps a positive sum as it is and turns a negative one into 0.</source>
        <translation>Lässt eine positive Summe, wie sie ist, und macht aus einer negativen 0.</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>Passes the sum on unchanged: no bend, so the layer cannot add curves.</source>
        <translation>Gibt die Summe unverändert weiter: kein Knick, also kann die Schicht keine Kurven hinzufügen.</translation>
    </message>
    <message>
        <source>Each output between 0 and 1: the probability of a yes.</source>
        <translation>Jede Ausgabe zwischen 0 und 1: die Wahrscheinlichkeit für ein Ja.</translation>
    </message>
    <message>
        <source>The outputs become probabilities that add up to 1, one per class.</source>
        <translation>Die Ausgaben werden zu Wahrscheinlichkeiten, die sich zu 1 addieren, eine pro Klasse.</translation>
    </message>
    <message>
        <source>The output is the plain sum: any number, for predicting values.</source>
        <translation>Die Ausgabe ist die bloße Summe: eine beliebige Zahl, um Werte vorherzusagen.</translation>
    </message>
    <message>
        <source>Each output between −1 and 1.</source>
        <translation>Jede Ausgabe zwischen −1 und 1.</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>Half the squared gap between output and target: small gaps count little, big gaps a lot.</source>
        <translation>Die Hälfte des quadrierten Abstands zwischen Ausgabe und Ziel: kleine Abstände zählen wenig, große viel.</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>For yes/no outputs between 0 and 1: a confident wrong answer costs a lot. Pairs with a sigmoid output.</source>
        <translation>Für Ja/Nein-Ausgaben zwischen 0 und 1: eine selbstsichere falsche Antwort kostet viel. Passt zu einer Sigmoid-Ausgabe.</translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation>kategoriale Kreuzentropie</translation>
    </message>
    <message>
        <source>For one class out of several: minus the log of the probability given to the right class. Pairs with a softmax output.</source>
        <translation>Für eine Klasse aus mehreren: minus der Logarithmus der Wahrscheinlichkeit für die richtige Klasse. Passt zu einer Softmax-Ausgabe.</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>Every weight steps against its gradient: learning rate × gradient.</source>
        <translation>Jedes Gewicht geht einen Schritt gegen seinen Gradienten: Lernrate × Gradient.</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Gradient descent that keeps 90 % of the previous step, so it rolls on through flat parts and small bumps.</source>
        <translation>Gradientenabstieg, der 90 % des vorigen Schritts behält und so durch flache Stellen und kleine Buckel weiterrollt.</translation>
    </message>
    <message>
        <source>Sizes each weight&apos;s step from the recent size of its gradients; often works with little tuning (try a learning rate of 0.001–0.01).</source>
        <translation>Bemisst den Schritt jedes Gewichts nach der jüngsten Größe seiner Gradienten; funktioniert oft ohne viel Einstellen (probiere eine Lernrate von 0,001–0,01).</translation>
    </message>
    <message>
        <source>Random, scaled by the layer sizes so signals neither fade out nor blow up. Good for sigmoid and tanh.</source>
        <translation>Zufällig, nach den Schichtgrößen skaliert, damit Signale weder verblassen noch explodieren. Gut für Sigmoid und tanh.</translation>
    </message>
    <message>
        <source>Random from a bell curve scaled for ReLU layers.</source>
        <translation>Zufällig aus einer Glockenkurve, skaliert für ReLU-Schichten.</translation>
    </message>
    <message>
        <source>uniform −1…1</source>
        <translation>gleichverteilt −1…1</translation>
    </message>
    <message>
        <source>Every weight and bias random between −1 and 1.</source>
        <translation>Jedes Gewicht und jeder Bias zufällig zwischen −1 und 1.</translation>
    </message>
    <message>
        <source>normal (0, 1)</source>
        <translation>normalverteilt (0, 1)</translation>
    </message>
    <message>
        <source>Random from a bell curve with mean 0 and spread 1; biases start at 0.</source>
        <translation>Zufällig aus einer Glockenkurve mit Mittelwert 0 und Streuung 1; die Bias-Werte beginnen bei 0.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>Every weight and bias starts at the same value. Then all neurons of a layer learn the same thing: try it.</source>
        <translation>Jedes Gewicht und jeder Bias beginnt beim selben Wert. Dann lernen alle Neuronen einer Schicht dasselbe: probier es aus.</translation>
    </message>
    <message>
        <source>The number of neurons in each layer: inputs on the left, outputs on the right.</source>
        <translation>Die Zahl der Neuronen in jeder Schicht: Eingaben links, Ausgaben rechts.</translation>
    </message>
    <message>
        <source>How many neurons hidden layer {n} has. More neurons can draw more complicated boundaries, but take longer to train.</source>
        <translation>Wie viele Neuronen die verborgene Schicht {n} hat. Mehr Neuronen können kompliziertere Grenzen zeichnen, brauchen aber länger zum Trainieren.</translation>
    </message>
    <message>
        <source>What each neuron of hidden layer {n} does with its weighted sum. sigmoid: 0…1; tanh: −1…1; ReLU: 0 or more; linear: unchanged (no curves).</source>
        <translation>Was jedes Neuron der verborgenen Schicht {n} mit seiner gewichteten Summe macht. sigmoid: 0…1; tanh: −1…1; ReLU: 0 oder mehr; linear: unverändert (keine Kurven).</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one (at most {max}).</source>
        <translation>Eine verborgene Schicht nach der letzten hinzufügen (höchstens {max}).</translation>
    </message>
    <message>
        <source>Remove the last hidden layer. With none left, the inputs connect straight to the outputs: a perceptron.</source>
        <translation>Die letzte verborgene Schicht entfernen. Ist keine mehr übrig, sind die Eingaben direkt mit den Ausgaben verbunden: ein Perzeptron.</translation>
    </message>
    <message>
        <source>What the output neurons do with their sum. sigmoid: a probability 0…1 for each output; softmax: probabilities over the classes that add up to 1; linear: any number; tanh: −1…1.</source>
        <translation>Was die Ausgabeneuronen mit ihrer Summe machen. sigmoid: eine Wahrscheinlichkeit 0…1 für jede Ausgabe; softmax: Wahrscheinlichkeiten über die Klassen, die sich zu 1 addieren; linear: eine beliebige Zahl; tanh: −1…1.</translation>
    </message>
    <message>
        <source>A bias is a number added to each neuron&apos;s sum. It lets a neuron fire even when every input is 0. Untick it to see why it is needed.</source>
        <translation>Ein Bias ist eine Zahl, die zur Summe jedes Neurons addiert wird. Mit ihm kann ein Neuron feuern, auch wenn jede Eingabe 0 ist. Nimm den Haken weg, um zu sehen, warum er gebraucht wird.</translation>
    </message>
    <message>
        <source>How the weights are chosen before training starts.</source>
        <translation>Wie die Gewichte vor Beginn des Trainings gewählt werden.</translation>
    </message>
    <message>
        <source>The value every weight and bias starts at.</source>
        <translation>Der Wert, bei dem jedes Gewicht und jeder Bias beginnt.</translation>
    </message>
    <message>
        <source>The number the random generator starts from. The same seed gives the same starting weights and the same shuffling, so a run can be repeated. Change it to try another start.</source>
        <translation>Die Zahl, mit der der Zufallsgenerator beginnt. Derselbe Seed gibt dieselben Startgewichte und dieselbe Mischung, so lässt sich ein Lauf wiederholen. Ändere ihn, um einen anderen Start auszuprobieren.</translation>
    </message>
    <message>
        <source>How the gap between the network&apos;s output and the target is measured. Training makes this number smaller.</source>
        <translation>Wie der Abstand zwischen der Ausgabe des Netzes und dem Ziel gemessen wird. Das Training macht diese Zahl kleiner.</translation>
    </message>
    <message>
        <source>How big a step the weights take each update. Too small: learning crawls. Too large: the loss jumps around or blows up. Pick one or type any number above 0.</source>
        <translation>Wie groß der Schritt der Gewichte bei jeder Aktualisierung ist. Zu klein: das Lernen kriecht. Zu groß: der Verlust springt herum oder explodiert. Wähle einen Wert oder tippe eine Zahl über 0.</translation>
    </message>
    <message>
        <source>How each weight&apos;s gradient is turned into a step.</source>
        <translation>Wie aus dem Gradienten jedes Gewichts ein Schritt wird.</translation>
    </message>
    <message>
        <source>How many training rows the network looks at before each weight update. full batch: all rows, one smooth update per epoch. 1: one sample at a time, quick but noisy. In between: mini-batches.</source>
        <translation>Wie viele Trainingszeilen das Netz vor jeder Aktualisierung der Gewichte ansieht. Voller Batch: alle Zeilen, eine glatte Aktualisierung pro Epoche. 1: ein Beispiel nach dem anderen, schnell, aber verrauscht. Dazwischen: Mini-Batches.</translation>
    </message>
    <message>
        <source>Weight decay: every update also pulls each weight a little towards 0, in proportion to this number. Small weights give simpler boundaries; too much and the network cannot learn.</source>
        <translation>Weight Decay: jede Aktualisierung zieht außerdem jedes Gewicht ein wenig zu 0, im Verhältnis zu dieser Zahl. Kleine Gewichte ergeben einfachere Grenzen; zu viel, und das Netz kann nicht lernen.</translation>
    </message>
    <message>
        <source>L1 (lasso): every update also pulls each weight towards 0 by the same amount, l1 × sign(w), however small the weight is. Weights the network does not need are driven to zero, leaving a sparse network (L2 only shrinks them). At exactly 0 the slope of |w| is undefined: nnviz uses 0 there (the sub-gradient), so a weight at 0 feels no pull. Plain gradient steps overshoot 0 by about learning rate × l1, so such weights hover near 0: the diagram draws every |w| &lt; 0.01 as a thin grey dotted line (about zero).</source>
        <translation>L1 (Lasso): jede Aktualisierung zieht außerdem jedes Gewicht um denselben Betrag zu 0, l1 × sign(w), egal wie klein das Gewicht ist. Gewichte, die das Netz nicht braucht, werden auf null getrieben, übrig bleibt ein dünn besetztes Netz (L2 schrumpft sie nur). Genau bei 0 ist die Steigung von |w| nicht definiert: nnviz nimmt dort 0 (den Subgradienten), also spürt ein Gewicht bei 0 keinen Zug. Einfache Gradientenschritte schießen um etwa Lernrate × l1 über 0 hinaus, daher schweben solche Gewichte nahe 0: das Diagramm zeichnet jedes |w| &lt; 0,01 als dünne grau gepunktete Linie (etwa null).</translation>
    </message>
    <message>
        <source>Neurons in hidden layer {0}</source>
        <translation>Neuronen in der verborgenen Schicht {0}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {0}</source>
        <translation>Aktivierung der verborgenen Schicht {0}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>The network&apos;s shape and starting weights can change only while training is paused.</source>
        <translation>Form und Startgewichte des Netzes lassen sich nur ändern, während das Training pausiert.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>No hidden layer: the inputs connect straight to the outputs (a perceptron).</source>
        <translation>Keine verborgene Schicht: die Eingaben sind direkt mit den Ausgaben verbunden (ein Perzeptron).</translation>
    </message>
    <message>
        <source>+ Add layer</source>
        <translation>+ Schicht</translation>
    </message>
    <message>
        <source>− Remove layer</source>
        <translation>− Schicht</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Start weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Use a bias in every neuron</source>
        <translation>Bias in jedem Neuron</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>voller Batch</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>L2 (weight decay)</source>
        <translation>L2 (Weight Decay)</translation>
    </message>
    <message>
        <source>drives unneeded weights to 0 (drawn grey dotted)</source>
        <translation>treibt unnötige Gewichte auf 0 (grau gepunktet)</translation>
    </message>
    <message>
        <source>L1 (sparsity)</source>
        <translation>L1 (Sparsity)</translation>
    </message>
    <message>
        <source>Needs at least two outputs.</source>
        <translation>Braucht mindestens zwei Ausgaben.</translation>
    </message>
    <message>
        <source>all rows, then one update</source>
        <translation>alle Zeilen, dann eine Aktualisierung</translation>
    </message>
    <message>
        <source>one sample at a time</source>
        <translation>ein Beispiel nach dem anderen</translation>
    </message>
    <message>
        <source>{0} rows per update</source>
        <translation>{0} Zeilen pro Aktualisierung</translation>
    </message>
    <message>
        <source>Cross-entropy is for classes; values usually use mean squared error.</source>
        <translation>Kreuzentropie ist für Klassen; für Werte nimmt man meist den mittleren quadratischen Fehler.</translation>
    </message>
    <message>
        <source>Works best with a sigmoid output (0…1).</source>
        <translation>Funktioniert am besten mit einer Sigmoid-Ausgabe (0…1).</translation>
    </message>
    <message>
        <source>Works best with a softmax output.</source>
        <translation>Funktioniert am besten mit einer Softmax-Ausgabe.</translation>
    </message>
    <message>
        <source>set by the lesson</source>
        <translation>aus der Lektion</translation>
    </message>
    <message>
        <source>This lesson starts from the weights its tutorial gives. Pick another choice to start from new ones.</source>
        <translation>Diese Lektion beginnt mit den Gewichten aus ihrem Tutorial. Wähle etwas anderes, um mit neuen zu beginnen.</translation>
    </message>
    <message>
        <source>{0}: kept {1}</source>
        <translation>{0}: {1} behalten</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>orange dashed</source>
        <translation>orange gestrichelt</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>{0} −, {1} + · picture → neuron: one line, Σ w·x of all {2} pixels</source>
        <translation>{0} −, {1} + · Bild → Neuron: eine Linie, Σ w·x aller {2} Pixel</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>hover to read values</source>
        <translation>Maus darüber, um Werte abzulesen</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible
instead of flattening into the floor.</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeigen: späte, kleine Verbesserungen bleiben sichtbar,
statt am Boden zu verflachen.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>The pane is too short to read both curves: show the loss or the
accuracy (a taller pane shows both, one above the other).</source>
        <translation>Der Bereich ist zu niedrig für beide Kurven: Verlust oder
Genauigkeit zeigen (ein höherer Bereich zeigt beide übereinander).</translation>
    </message>
    <message>
        <source>The curves drawn so far: validation appears when the data has a validation split, accuracy for classification.</source>
        <translation>Die bisher gezeichneten Kurven: Validierung erscheint, wenn die Daten einen Validierungsanteil haben, Genauigkeit bei Klassifikation.</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Train‑Verlust</translation>
    </message>
    <message>
        <source>val loss</source>
        <translation>Val‑Verlust</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>Train‑Genauigkeit</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>Val‑Genauigkeit</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>acc</source>
        <translation>Gen.</translation>
    </message>
    <message>
        <source>hover: values · click: go there</source>
        <translation>Maus darüber: Werte · Klick: dorthin gehen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — watch a neural network learn</source>
        <translation>nnviz — einem neuronalen Netz beim Lernen zusehen</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Text at {0} is too large for a {1}×{2} window: F5 presents it full screen with a layout made for large text, Ctrl+0 goes back to the normal size.</source>
        <translation>Text bei {0} ist zu groß für ein Fenster von {1}×{2}: F5 präsentiert ihn im Vollbild mit einem Layout für großen Text, Strg+0 kehrt zur normalen Größe zurück.</translation>
    </message>
    <message>
        <source>Could not load lesson {0}: {1}</source>
        <translation>Konnte Lektion {0} nicht laden: {1}</translation>
    </message>
    <message>
        <source>Ctrl+Z goes back to {0} as you left it.</source>
        <translation>Strg+Z kehrt zu {0} zurück, wie du es verlassen hast.</translation>
    </message>
    <message>
        <source>Your data — {0}.</source>
        <translation>Deine Daten — {0}.</translation>
    </message>
    <message>
        <source>It asks: what does the network say for {0}? (Data tab)</source>
        <translation>Sie fragt: Was sagt das Netz für {0}? (Reiter Daten)</translation>
    </message>
    <message>
        <source>It asks the network a question: see “Ask the network” in the Data tab.</source>
        <translation>Sie stellt dem Netz eine Frage: siehe „Das Netz fragen“ im Reiter Daten.</translation>
    </message>
    <message>
        <source>Training… (Space pauses)</source>
        <translation>Training… (Leertaste pausiert)</translation>
    </message>
    <message>
        <source>No step to show in phases yet: take a step first.</source>
        <translation>Noch kein Schritt, der sich in Phasen zeigen lässt: mach zuerst einen Schritt.</translation>
    </message>
    <message>
        <source>The boundary panel shows what {0} computes over the plane (a click on empty space in the diagram goes back).</source>
        <translation>Die Grenzansicht zeigt, was {0} über der Ebene berechnet (ein Klick auf eine leere Stelle im Diagramm kehrt zurück).</translation>
    </message>
    <message>
        <source>data change ({0})</source>
        <translation>Datenänderung ({0})</translation>
    </message>
    <message>
        <source>Choose the drawing&apos;s label first: type the digit on the pad, or pick it beside “Add to training data”.</source>
        <translation>Wähle zuerst die Klasse der Zeichnung: tippe die Ziffer auf dem Feld oder wähle sie neben „Zum Training hinzufügen“.</translation>
    </message>
    <message>
        <source>The diagram shows test digit {0}: the network never trained on it. The sample picker goes back to the training digits.</source>
        <translation>Das Diagramm zeigt Testziffer {0}: mit ihr hat das Netz nie trainiert. Die Beispielauswahl geht zurück zu den Trainingsziffern.</translation>
    </message>
    <message>
        <source>Drawing and mistakes are for lessons whose inputs form a picture, such as the handwritten digits.</source>
        <translation>Zeichnen und Fehler gibt es in Lektionen, deren Eingaben ein Bild ergeben, etwa den handgeschriebenen Ziffern.</translation>
    </message>
    <message>
        <source>The gallery shows every mistake (a right answer was clicked).</source>
        <translation>Die Galerie zeigt alle Fehler (eine richtige Antwort wurde angeklickt).</translation>
    </message>
    <message>
        <source>The gallery shows the test digits of {0} taken for {1} (the picker above it goes back to all).</source>
        <translation>Die Galerie zeigt die Testziffern {0}, die als {1} erkannt wurden (die Auswahl darüber geht zurück zu allen).</translation>
    </message>
    <message>
        <source>{0} has no column {1}</source>
        <translation>{0} hat keine Spalte {1}</translation>
    </message>
    <message>
        <source>Pick two different inputs for the two axes.</source>
        <translation>Wähle zwei verschiedene Eingaben für die beiden Achsen.</translation>
    </message>
    <message>
        <source>Language: {0}.</source>
        <translation>Sprache: {0}.</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>Misclassified test digits</source>
        <translation>Falsch erkannte Testziffern</translation>
    </message>
    <message>
        <source>Test digit {0}: it is a {1}, the network said {2} ({3} sure). Click (or Enter) to show it on the diagram.</source>
        <translation>Testziffer {0}: es ist eine {1}, das Netz sagte {2} ({3} sicher). Klick (oder Enter) zeigt sie im Diagramm.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Hidden {0}</source>
        <translation>Verborgen {0}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>H{0}</source>
        <translation>V{0}</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>the strongest {0} of {1} weights drawn (hover for any)</source>
        <translation>die stärksten {0} von {1} Gewichten gezeichnet (Maus darüber für jedes)</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>Noch kein Netz</translation>
    </message>
    <message>
        <source>Forward pass: layer {0} of {1} — z = Σ w·a + b, then a = f(z)</source>
        <translation>Vorwärtsdurchlauf: Schicht {0} von {1} — z = Σ w·a + b, dann a = f(z)</translation>
    </message>
    <message>
        <source>Backward pass: layer {0} — δ in each node; edges coloured and sized by ∂L/∂w (dashed = negative)</source>
        <translation>Rückwärtsdurchlauf: Schicht {0} — δ in jedem Knoten; Kanten gefärbt und bemessen nach ∂L/∂w (gestrichelt = negativ)</translation>
    </message>
    <message>
        <source>Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)</source>
        <translation>Aktualisierung: jedes Gewicht geht von seinem alten zu seinem neuen Wert (w ← w − lr·∂L/∂w)</translation>
    </message>
    <message>
        <source>in &apos;{0}&apos;</source>
        <translation>ein &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>out &apos;{0}&apos;</source>
        <translation>aus &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>(about 0: |w| &lt; {0}, drawn grey dotted)</source>
        <translation>(etwa 0: |w| &lt; {0}, grau gepunktet gezeichnet)</translation>
    </message>
    <message>
        <source>w[{0}→{1}] from {2} to {3} = {4}</source>
        <translation>w[{0}→{1}] von {2} zu {3} = {4}</translation>
    </message>
    <message>
        <source>input &apos;{0}&apos; (input {1} of {2})</source>
        <translation>Eingabe &apos;{0}&apos; (Eingabe {1} von {2})</translation>
    </message>
    <message>
        <source>output &apos;{0}&apos; (output neuron {1} of {2})</source>
        <translation>Ausgabe &apos;{0}&apos; (Ausgabeneuron {1} von {2})</translation>
    </message>
    <message>
        <source>hidden layer {0}, neuron {1} of {2} (h{0}.{1})</source>
        <translation>verborgene Schicht {0}, Neuron {1} von {2} (h{0}.{1})</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>kein Bias</translation>
    </message>
    <message>
        <source>bias = {0}</source>
        <translation>Bias = {0}</translation>
    </message>
    <message>
        <source>value = {0}</source>
        <translation>Wert = {0}</translation>
    </message>
    <message>
        <source>activation = {0}</source>
        <translation>Aktivierung = {0}</translation>
    </message>
    <message>
        <source>value: no sample selected</source>
        <translation>Wert: kein Beispiel gewählt</translation>
    </message>
    <message>
        <source>activation: no sample selected</source>
        <translation>Aktivierung: kein Beispiel gewählt</translation>
    </message>
    <message>
        <source>  ·  grey dotted = weight about 0 (|w| &lt; {0})</source>
        <translation>  ·  grau gepunktet = Gewicht etwa 0 (|w| &lt; {0})</translation>
    </message>
    <message>
        <source>orange dashed = negative weight, blue = positive, thickness = size</source>
        <translation>orange gestrichelt = negatives Gewicht, blau = positiv, Dicke = Größe</translation>
    </message>
    <message>
        <source>  ·  ring = bias  ·  fill = activation</source>
        <translation>  ·  Ring = Bias  ·  Füllung = Aktivierung</translation>
    </message>
    <message>
        <source>  ·  ring = bias  ·  maps: orange low, blue high</source>
        <translation>  ·  Ring = Bias  ·  Karten: orange niedrig, blau hoch</translation>
    </message>
    <message>
        <source>orange dashed</source>
        <translation>orange gestrichelt</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>{0} = negative weight, {1} = positive, thickness = size</source>
        <translation>{0} = negatives Gewicht, {1} = positiv, Dicke = Größe</translation>
    </message>
    <message>
        <source>new value for {0}</source>
        <translation>neuer Wert für {0}</translation>
    </message>
    <message>
        <source>new bias for {0}</source>
        <translation>neuer Bias für {0}</translation>
    </message>
    <message>
        <source>its {0} weights as a picture: blue +, orange − with a dash, full colour at ±{1} (its largest |w|)</source>
        <translation>seine {0} Gewichte als Bild: blau +, orange − mit Strich, volle Farbe bei ±{1} (sein größtes |w|)</translation>
    </message>
</context>
<context>
    <name>PlotBase</name>
    <message>
        <source>train: filled</source>
        <translation>Training: gefüllt</translation>
    </message>
    <message>
        <source>test: outlined</source>
        <translation>Test: umrandet</translation>
    </message>
    <message>
        <source>class {0}</source>
        <extracomment>The smallest text on any plot at text scale 1.0, in pixels at 96 dpi (11 pt = 14.7 px). For every text to be at least ``px`` pixels tall, pass ``px / BASE_TEXT_PX`` to ``set_text_scale`` (24 px: 1.64).</extracomment>
        <translation>Klasse {0}</translation>
    </message>
</context>
<context>
    <name>PredictBox</name>
    <message>
        <source>Type a value for &apos;{col}&apos; in the table&apos;s own units.</source>
        <translation>Einen Wert für &apos;{col}&apos; in den Einheiten der Tabelle eingeben.</translation>
    </message>
    <message>
        <source>Pick a value for &apos;{col}&apos;.</source>
        <translation>Einen Wert für &apos;{col}&apos; wählen.</translation>
    </message>
    <message>
        <source>Run these values through the network and show its answer (Enter works too).</source>
        <translation>Diese Werte durch das Netz schicken und seine Antwort zeigen (Enter geht auch).</translation>
    </message>
    <message>
        <source>The network&apos;s answer, in the table&apos;s own units.</source>
        <translation>Die Antwort des Netzes, in den Einheiten der Tabelle.</translation>
    </message>
    <message>
        <source>One of: {0}</source>
        <translation>Eins von: {0}</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
    <message>
        <source>Type an example; the network predicts {0}.</source>
        <translation>Gib ein Beispiel ein; das Netz sagt {0} vorher.</translation>
    </message>
    <message>
        <source>Load a lesson or a table first.</source>
        <translation>Lade zuerst eine Lektion oder eine Tabelle.</translation>
    </message>
    <message>
        <source>There is no network to ask yet.</source>
        <translation>Es gibt noch kein Netz, das man fragen kann.</translation>
    </message>
    <message>
        <source>the network&apos;s output is not a number (has training diverged?)</source>
        <translation>die Ausgabe des Netzes ist keine Zahl (ist das Training divergiert?)</translation>
    </message>
    <message>
        <source>Could not predict: {0}</source>
        <translation>Vorhersage nicht möglich: {0}</translation>
    </message>
    <message>
        <source>Ask the network</source>
        <translation>Das Netz fragen</translation>
    </message>
    <message>
        <source>Load a lesson or a table to ask the network about an example.</source>
        <translation>Lade eine Lektion oder eine Tabelle, um das Netz zu einem Beispiel zu fragen.</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>values to ask about</source>
        <translation>Werte für die Frage</translation>
    </message>
    <message>
        <source>{0} columns: type a value in the right-hand column.</source>
        <translation>{0} Spalten: einen Wert in die rechte Spalte eingeben.</translation>
    </message>
    <message>
        <source>Needs a lesson or a table, and a network.</source>
        <translation>Braucht eine Lektion oder eine Tabelle und ein Netz.</translation>
    </message>
</context>
<context>
    <name>PrepareChoices</name>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>drop rows</source>
        <translation>Zeilen weglassen</translation>
    </message>
    <message>
        <source>fill with mean</source>
        <translation>mit Mittelwert füllen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>divide by max</source>
        <translation>durch Maximum teilen</translation>
    </message>
    <message>
        <source>min-max (0–1)</source>
        <translation>Min-Max (0–1)</translation>
    </message>
    <message>
        <source>standardize</source>
        <translation>standardisieren</translation>
    </message>
    <message>
        <source>one 0–1 range for all (pictures)</source>
        <translation>ein 0–1-Bereich für alle (Bilder)</translation>
    </message>
    <message>
        <source>The column the network learns to predict (the answer). Usually the last column, or one named like class, label, species or price.</source>
        <translation>Die Spalte, die das Netz vorherzusagen lernt (die Antwort). Meist die letzte Spalte oder eine mit einem Namen wie class, label, species oder price.</translation>
    </message>
    <message>
        <source>auto: words or a few whole numbers become classes, other numbers a value to predict. classification: predict which class. regression: predict a number.</source>
        <translation>automatisch: Wörter oder wenige ganze Zahlen werden Klassen, andere Zahlen ein vorherzusagender Wert. Klassifikation: die Klasse vorhersagen. Regression: eine Zahl vorhersagen.</translation>
    </message>
    <message>
        <source>The columns the network looks at to make its prediction. Text columns are turned into one 0/1 input per word (one-hot).</source>
        <translation>Die Spalten, die das Netz für seine Vorhersage ansieht. Textspalten werden zu einer 0/1-Eingabe pro Wort (One-Hot).</translation>
    </message>
    <message>
        <source>Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a chosen column. fill with mean: put the column&apos;s average (training rows) in the gap.</source>
        <translation>Leere Zellen (oder NA, ?, …). Zeilen weglassen: jede Zeile mit einer leeren Zelle in einer gewählten Spalte weglassen. Mit Mittelwert füllen: den Durchschnitt der Spalte (Trainingszeilen) in die Lücke setzen.</translation>
    </message>
    <message>
        <source>Networks learn best when every input has a similar size. none: use the numbers as they are. divide by max: each column&apos;s largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1. one range for all: the smallest and largest value of the whole table become 0 and 1, so a picture&apos;s pixels keep their look.</source>
        <translation>Netze lernen am besten, wenn jede Eingabe eine ähnliche Größe hat. keine: die Zahlen so nehmen, wie sie sind. durch Maximum teilen: der größte Wert jeder Spalte wird 1. Min-Max: 0 bis 1. standardisieren: Mittelwert 0, typische Streuung 1. ein Bereich für alle: der kleinste und der größte Wert der ganzen Tabelle werden 0 und 1, so behalten die Pixel eines Bildes ihr Aussehen.</translation>
    </message>
    <message>
        <source>How the rows are shared out, in percent: train (the network learns from these), validation (checked during training) and test (kept aside for the final check).</source>
        <translation>Wie die Zeilen aufgeteilt werden, in Prozent: Training (daraus lernt das Netz), Validierung (während des Trainings geprüft) und Test (für die Schlussprüfung beiseitegelegt).</translation>
    </message>
    <message>
        <source>Build the network&apos;s data from this table with the choices above. The current lesson is replaced only if this works.</source>
        <translation>Die Daten des Netzes aus dieser Tabelle mit den Einstellungen oben bauen. Die aktuelle Lektion wird nur ersetzt, wenn das klappt.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Percent of the rows used for train.</source>
        <translation>Prozent der Zeilen für das Training.</translation>
    </message>
    <message>
        <source>Percent of the rows used for validation.</source>
        <translation>Prozent der Zeilen für die Validierung.</translation>
    </message>
    <message>
        <source>Percent of the rows used for test.</source>
        <translation>Prozent der Zeilen für den Test.</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Split %</source>
        <translation>Aufteilung %</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Diese Daten verwenden</translation>
    </message>
    <message>
        <source>{0} (text → one-hot)</source>
        <translation>{0} (Text → One-Hot)</translation>
    </message>
    <message>
        <source>{0} (empty)</source>
        <translation>{0} (leer)</translation>
    </message>
    <message>
        <source>{0}: {1} column.</source>
        <translation>{0}: Spalte ({1}).</translation>
    </message>
    <message>
        <source>These add up to {0} %; they will be rescaled to 100 %.</source>
        <translation>Das ergibt zusammen {0} %; es wird auf 100 % umgerechnet.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Explainer</source>
        <translation>Erklärer</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Konfusion</translation>
    </message>
    <message>
        <source>Left presentation mode: the window as it was (F5 presents again).</source>
        <translation>Präsentationsmodus verlassen: das Fenster wie vorher (F5 präsentiert wieder).</translation>
    </message>
</context>
<context>
    <name>PresenterBeats</name>
    <message>
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: PageDown (or Space) continues · PageUp goes back.</source>
        <translation>Pausiert bei Epoche {epoch}: Bild↓ (oder Leertaste) macht weiter · Bild↑ geht zurück.</translation>
    </message>
    <message>
        <source>The end of this lesson: PageUp goes back, Esc leaves.</source>
        <translation>Das Ende dieser Lektion: Bild↑ geht zurück, Esc beendet.</translation>
    </message>
    <message>
        <source>Still training: the next beat comes when this run ends.</source>
        <translation>Das Training läuft noch: die nächste Folie kommt, wenn dieser Lauf endet.</translation>
    </message>
    <message>
        <source>end · step {0}</source>
        <translation>Ende · Schritt: {0}</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>{0} beats</source>
        <translation>{0} Folien</translation>
    </message>
    <message>
        <source>PageUp goes back · Esc leaves</source>
        <translation>Bild↑ geht zurück · Esc beendet</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>This beat could not be done: {0}</source>
        <translation>Diese Folie ließ sich nicht ausführen: {0}</translation>
    </message>
    <message>
        <source>Could not go back: {0}</source>
        <translation>Zurückgehen ging nicht: {0}</translation>
    </message>
    <message>
        <source>beat {0}</source>
        <translation>Folie {0}</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>nnviz — presenter console</source>
        <translation>nnviz — Referentenansicht</translation>
    </message>
    <message>
        <source>Time since the presentation started</source>
        <translation>Zeit seit Beginn der Präsentation</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>vergangen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Notes (only here)</source>
        <translation>Notizen (nur hier)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>Der Raum sieht</translation>
    </message>
    <message>
        <source>Beats: click, or ↑↓ and Enter, to jump</source>
        <translation>Folien: Klick oder ↑↓ und Enter zum Springen</translation>
    </message>
    <message>
        <source>Beat {0} / {1}</source>
        <translation>Folie {0} / {1}</translation>
    </message>
    <message>
        <source>This lesson has no beats</source>
        <translation>Diese Lektion hat keine Folien</translation>
    </message>
    <message>
        <source>(no notes for this beat)</source>
        <translation>(keine Notizen zu dieser Folie)</translation>
    </message>
    <message>
        <source>The end of the lesson.</source>
        <translation>Das Ende der Lektion.</translation>
    </message>
    <message>
        <source>End · {0} beats done</source>
        <translation>Ende · {0} Folien gezeigt</translation>
    </message>
    <message>
        <source>Nothing: the lesson has ended (PageUp goes back, Esc leaves).</source>
        <translation>Nichts: die Lektion ist zu Ende (Bild↑ geht zurück, Esc beendet).</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>That key does nothing while presenting (PageDown next · PageUp back · B black · Esc leaves).</source>
        <translation>Diese Taste tut beim Präsentieren nichts (Bild↓ weiter · Bild↑ zurück · B schwarz · Esc beendet).</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>How sure the network is of each class for the drawing (its outputs, in per cent). The longest bar, marked ▶, is its answer.</source>
        <translation>Wie sicher sich das Netz bei jeder Klasse für die Zeichnung ist (seine Ausgaben, in Prozent). Der längste Balken, mit ▶ markiert, ist seine Antwort.</translation>
    </message>
    <message>
        <source>{0}: {1} (the network&apos;s output for this class)</source>
        <translation>{0}: {1} (die Ausgabe des Netzes für diese Klasse)</translation>
    </message>
</context>
<context>
    <name>QuizBox</name>
    <message>
        <source>The lesson&apos;s exercises</source>
        <translation>Die Aufgaben der Lektion</translation>
    </message>
    <message>
        <source>The number of the step to compute by hand; it is hidden above</source>
        <translation>Die Zahl des Schritts, die du von Hand ausrechnest; oben ist sie verborgen</translation>
    </message>
    <message>
        <source>e.g. 0.75, 0,75 or 3/4</source>
        <translation>z. B. 0,75 oder 3/4</translation>
    </message>
    <message>
        <source>Your answer: a decimal with . or , or a fraction (3/4, 1 1/2); Enter checks</source>
        <translation>Deine Antwort: eine Dezimalzahl mit , oder . oder ein Bruch (3/4; 1 1/2); Enter prüft</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the worked line with the engine&apos;s number</source>
        <translation>Die durchgerechnete Zeile mit der Zahl von nnviz zeigen</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Rechne:</translation>
    </message>
    <message>
        <source>The engine&apos;s number: {0}</source>
        <translation>nnviz rechnet: {0}</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(eine wählen)</translation>
    </message>
    <message>
        <source>Choose a number to compute first.</source>
        <translation>Wähle zuerst eine Zahl zum Ausrechnen.</translation>
    </message>
    <message>
        <source>Step sample</source>
        <translation>1 Beispiel</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>1 Batch</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>First press {0}.</source>
        <translation>Drücke zuerst „{0}“.</translation>
    </message>
    <message>
        <source>Take the step the exercise names; its number is then hidden above.</source>
        <translation>Mach den Schritt, den die Aufgabe nennt; seine Zahl ist dann oben verborgen.</translation>
    </message>
    <message>
        <source>Take a step and choose a neuron: its numbers can then be hidden and asked.</source>
        <translation>Mach einen Schritt und wähle ein Neuron: dann lassen sich seine Zahlen verbergen und abfragen.</translation>
    </message>
    <message>
        <source>Choose a number to compute, or right-click a line above → Hide and ask.</source>
        <translation>Wähle eine Zahl zum Ausrechnen, oder Rechtsklick auf eine Zeile oben → Verbergen und abfragen.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Training diverged: press Reset (R) to start again from the same weights.</source>
        <translation>Das Training ist divergiert: Zurücksetzen (R) beginnt wieder mit denselben Gewichten.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>{0}/frame</source>
        <translation>{0}/Bild</translation>
    </message>
    <message>
        <source>Pause first to step one at a time.</source>
        <translation>Erst pausieren, um Schritt für Schritt zu gehen.</translation>
    </message>
    <message>
        <source>Nothing is loaded yet.</source>
        <translation>Noch nichts geladen.</translation>
    </message>
    <message>
        <source>Reached the limit: training on to {0} epochs.</source>
        <translation>Grenze erreicht: weiter trainieren bis {0} Epochen.</translation>
    </message>
</context>
<context>
    <name>SessionSync</name>
    <message>
        <source>your own data</source>
        <translation>deine eigenen Daten</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Rückgängig: {0}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>Klasse {0}</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>Prediction along {0}</source>
        <translation>Vorhersage entlang {0}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <source>Text size {0} pt is the largest that fits this screen with every view readable; F5 presents with larger text.</source>
        <translation>Textgröße {0} pt ist die größte, die auf diesen Bildschirm passt, so dass jede Ansicht lesbar bleibt; F5 präsentiert mit größerem Text.</translation>
    </message>
    <message>
        <source>Text size {0} pt.</source>
        <translation>Textgröße {0} pt.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Go to the start: epoch 0 (Home).</source>
        <translation>Zum Anfang: Epoche 0 (Pos1).</translation>
    </message>
    <message>
        <source>Step back: undo the last step, a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Schritt zurück: den letzten Schritt rückgängig machen, ein Beispiel, ein Batch oder eine Epoche (Umschalt+← oder Rücktaste).</translation>
    </message>
    <message>
        <source>The timeline: every state training went through. Drag to see any of them; Play or Step from a past state trains on from there (Ctrl+Z brings the rest back).</source>
        <translation>Die Zeitleiste: jeder Zustand, den das Training durchlief. Ziehen, um jeden davon zu sehen; Start oder Schritt von einem früheren Zustand trainiert von dort weiter (Strg+Z holt den Rest zurück).</translation>
    </message>
    <message>
        <source>Step forward again, towards the newest state.</source>
        <translation>Wieder einen Schritt vor, zum neuesten Zustand hin.</translation>
    </message>
    <message>
        <source>Go to the newest state (End).</source>
        <translation>Zum neuesten Zustand (Ende).</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>The epoch shown (+ samples into the next one) / the newest epoch reached.</source>
        <translation>Die gezeigte Epoche (+ Beispiele der nächsten) / die neueste erreichte Epoche.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Stop comparing: the pinned run goes (Ctrl+Shift+P).</source>
        <translation>Vergleich beenden: der angeheftete Lauf verschwindet (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <source>Pin this run to compare with (Ctrl+P): it stays, dashed on the loss plot, and the timeline goes back to its start. Change one thing (learning rate, seed, bias, …) and train again from there.</source>
        <translation>Diesen Lauf zum Vergleich anheften (Strg+P): er bleibt, gestrichelt im Verlustdiagramm, und die Zeitleiste geht an seinen Anfang zurück. Ändere eine Sache (Lernrate, Seed, Bias, …) und trainiere von dort neu.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped: {0}</source>
        <translation>Training angehalten: {0}</translation>
    </message>
</context>
<context>
    <name>ViewState</name>
    <message>
        <source>unknown pane {0}; choose one of {1}</source>
        <translation>unbekannter Bereich {0}; wähle einen von {1}</translation>
    </message>
    <message>
        <source>the {0} pane needs a neuron</source>
        <translation>der Bereich {0} braucht ein Neuron</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>{0}: type a number (0.75, 0,75 or 3/4), Enter to apply, Esc to cancel</source>
        <translation>{0}: Zahl eingeben (0,75; 0.75 oder 3/4), Enter übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <source>Type a number, e.g. 0, -0.5, 0,75 or 3/4 (Esc cancels)</source>
        <translation>Gib eine Zahl ein, z. B. 0; -0,5; 0.75 oder 3/4 (Esc bricht ab)</translation>
    </message>
</context>
<context>
    <name>WindowBuilder</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Verlust und Genauigkeit</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Lektion:</translation>
    </message>
    <message>
        <source>Pick a built-in lesson: its data, network and settings load at once (Ctrl+L).</source>
        <translation>Eine eingebaute Lektion wählen: ihre Daten, ihr Netz und ihre Einstellungen laden sofort (Strg+L).</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Train continuously; press again to pause (Space).</source>
        <translation>Fortlaufend trainieren; nochmal drücken pausiert (Leertaste).</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>Train one epoch: every training sample once (→). After Step sample or Step batch it finishes the epoch already under way.</source>
        <translation>Eine Epoche trainieren: jedes Trainingsbeispiel einmal (→). Nach „1 Beispiel“ oder „1 Batch“ beendet es die schon begonnene Epoche.</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>1 Batch</translation>
    </message>
    <message>
        <source>Train on the next mini-batch only (Shift+→).</source>
        <translation>Nur mit dem nächsten Mini-Batch trainieren (Umschalt+→).</translation>
    </message>
    <message>
        <source>Step sample</source>
        <translation>1 Beispiel</translation>
    </message>
    <message>
        <source>Train on the next single sample only (Ctrl+→).</source>
        <translation>Nur mit dem nächsten einzelnen Beispiel trainieren (Strg+→).</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Undo the last step, whatever its size: a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Den letzten Schritt rückgängig machen, egal wie groß: ein Beispiel, ein Batch oder eine Epoche (Umschalt+← oder Rücktaste).</translation>
    </message>
    <message>
        <source>⟲ Reset</source>
        <translation>⟲ Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the same starting weights, epoch 0 (R).</source>
        <translation>Zurück zu denselben Startgewichten, Epoche 0 (R).</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>Neue Gewichte</translation>
    </message>
    <message>
        <source>Start again from new random weights: a new seed (N).</source>
        <translation>Neu beginnen mit neuen Zufallsgewichten: ein neuer Seed (N).</translation>
    </message>
    <message>
        <source>Epoch 0</source>
        <translation>Epoche 0</translation>
    </message>
    <message>
        <source>Epochs completed: each epoch shows the network every training sample once. “+n” counts samples already trained in the next epoch.</source>
        <translation>Abgeschlossene Epochen: jede Epoche zeigt dem Netz jedes Trainingsbeispiel einmal. „+n“ zählt die Beispiele, die in der nächsten Epoche schon trainiert sind.</translation>
    </message>
    <message>
        <source>→ epoch</source>
        <translation>→ Epoche</translation>
    </message>
    <message>
        <source>→ batch</source>
        <translation>→ Batch</translation>
    </message>
    <message>
        <source>→ sample</source>
        <translation>→ Beispiel</translation>
    </message>
    <message>
        <source>Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch.</source>
        <translation>Trainierte Epochen pro Neuzeichnen (etwa 60 pro Sekunde). Nach links schieben, um jede Epoche zu sehen.</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>Play stops by itself after this many epochs.</source>
        <translation>Start hält nach so vielen Epochen von selbst an.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>loss ≤ </source>
        <translation>Verlust ≤ </translation>
    </message>
    <message>
        <source>Play stops by itself when the training loss gets this low (“no target” = never).</source>
        <translation>Start hält von selbst an, wenn der Trainingsverlust so niedrig wird („kein Ziel“ = nie).</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Halt bei</translation>
    </message>
    <message>
        <source>or at</source>
        <translation>oder bei</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the timeline&apos;s saved states. Every epoch stays reachable; with less memory, going back replays a few more epochs from the nearest saved state.</source>
        <translation>Speicher für die gesicherten Zustände der Zeitleiste. Jede Epoche bleibt erreichbar; mit weniger Speicher rechnet ein Zurückgehen ein paar Epochen mehr vom nächsten gesicherten Zustand nach.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Write every weight on its edge and every bias by its node (small networks; hover for the rest). Click one to type a new value.</source>
        <translation>Jedes Gewicht an seine Kante und jeden Bias an seinen Knoten schreiben (kleine Netze; sonst Maus darüber). Ein Klick darauf, um einen neuen Wert einzugeben.</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Show inside each neuron what it computes over the plane of the two plotted inputs (blue high, orange low). Hover a neuron to see its map large in the boundary panel.</source>
        <translation>In jedem Neuron zeigen, was es über der Ebene der beiden gezeichneten Eingaben berechnet (blau hoch, orange niedrig). Maus über ein Neuron zeigt seine Karte groß in der Grenzansicht.</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>After each step, play it in phases on the diagram: forward (activations layer by layer), backward (each δ and gradient), update (old weight → new). P shows the next phase.</source>
        <translation>Nach jedem Schritt diesen in Phasen im Diagramm abspielen: vorwärts (Aktivierungen Schicht für Schicht), rückwärts (jedes δ und jeder Gradient), Aktualisierung (altes Gewicht → neues). P zeigt die nächste Phase.</translation>
    </message>
    <message>
        <source>Which training sample the node values show: the network&apos;s numbers for that one input.</source>
        <translation>Welches Trainingsbeispiel die Knotenwerte zeigen: die Zahlen des Netzes für genau diese Eingabe.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Scores of the current weights. The test split is measured when training pauses.</source>
        <translation>Werte der aktuellen Gewichte. Der Testanteil wird gemessen, wenn das Training pausiert.</translation>
    </message>
    <message>
        <source>The test split&apos;s confusion matrix: rows are the true class, columns what the network said. Framed cells are right, hatched cells wrong.</source>
        <translation>Die Konfusionsmatrix des Testanteils: Zeilen sind die wahre Klasse, Spalten das, was das Netz sagte. Gerahmte Zellen sind richtig, schraffierte falsch.</translation>
    </message>
    <message>
        <source>The input on the horizontal axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>Die Eingabe auf der waagrechten Achse. Andere Eingaben bleiben auf ihrem Trainingsmittelwert: das Bild ist ein Schnitt.</translation>
    </message>
    <message>
        <source>The input on the vertical axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>Die Eingabe auf der senkrechten Achse. Andere Eingaben bleiben auf ihrem Trainingsmittelwert: das Bild ist ein Schnitt.</translation>
    </message>
    <message>
        <source>test data</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <source>Show the test points (rings): data the network never trains on.</source>
        <translation>Die Testpunkte zeigen (Ringe): Daten, mit denen das Netz nie trainiert.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The step explainer: every number of the last step (E)</source>
        <translation>Der Schritt-Erklärer: jede Zahl des letzten Schritts (E)</translation>
    </message>
    <message>
        <source>NumPy</source>
        <translation>NumPy</translation>
    </message>
    <message>
        <source>The NumPy lines that compute the last step, with its shapes and values</source>
        <translation>Die NumPy-Zeilen, die den letzten Schritt berechnen, mit seinen Formen und Werten</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>No maps for a picture&apos;s inputs: each hidden neuron shows its weight picture instead.</source>
        <translation>Keine Karten für die Eingaben eines Bildes: Jedes verborgene Neuron zeigt stattdessen sein Gewichtsbild.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy step as &amp;Python</source>
        <translation>Schritt als &amp;Python kopieren</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>Schritt: &amp;Epoche</translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation>Schritt: &amp;Batch</translation>
    </message>
    <message>
        <source>Step &amp;sample</source>
        <translation>Schritt: Beis&amp;piel</translation>
    </message>
    <message>
        <source>Step bac&amp;k</source>
        <translation>Schritt zu&amp;rück</translation>
    </message>
    <message>
        <source>Go to the s&amp;tart</source>
        <translation>Zum &amp;Start</translation>
    </message>
    <message>
        <source>Go to the ne&amp;west</source>
        <translation>Zum neues&amp;ten Stand</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;New weights</source>
        <translation>Neue &amp;Gewichte</translation>
    </message>
    <message>
        <source>P&amp;in this run</source>
        <translation>Diesen Lauf an&amp;heften</translation>
    </message>
    <message>
        <source>Keep this run to compare with (dashed on the loss plot, its boundary beside the big one) and go back to its start: change one thing and train again.</source>
        <translation>Diesen Lauf zum Vergleich behalten (gestrichelt im Verlustdiagramm, seine Grenze neben der großen) und an seinen Anfang zurückgehen: eine Sache ändern und neu trainieren.</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Stop comparing: the pinned run goes.</source>
        <translation>Vergleich beenden: der angeheftete Lauf verschwindet.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Choose &amp;lesson</source>
        <translation>&amp;Lektion wählen</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Present from &amp;here</source>
        <translation>Ab &amp;hier präsentieren</translation>
    </message>
    <message>
        <source>Ne&amp;xt beat</source>
        <translation>Nächste &amp;Folie</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Copied the step as a Python script (NumPy only): run it to see every number of the step again.</source>
        <translation>Schritt als Python-Skript kopiert (nur NumPy): führ es aus, um jede Zahl des Schritts wieder zu sehen.</translation>
    </message>
    <message>
        <source>No step to copy yet: take a step first.</source>
        <translation>Noch kein Schritt zum Kopieren: mach zuerst einen Schritt.</translation>
    </message>
    <message>
        <source>Step &amp;explainer</source>
        <translation>Schritt-&amp;Erklärer</translation>
    </message>
    <message>
        <source>Every number of the last step for the selected neuron, in the tutorials&apos; notation (E).</source>
        <translation>Jede Zahl des letzten Schritts für das gewählte Neuron, in der Schreibweise der Tutorials (E).</translation>
    </message>
    <message>
        <source>Next &amp;phase of the step</source>
        <translation>Nächste Ph&amp;ase des Schritts</translation>
    </message>
    <message>
        <source>&amp;NumPy lines of the step</source>
        <translation>N&amp;umPy-Zeilen des Schritts</translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation>Z&amp;iffer zeichnen</translation>
    </message>
    <message>
        <source>&amp;Mistakes</source>
        <translation>Fehle&amp;r</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farbsche&amp;ma</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>&amp;About nnviz</source>
        <translation>Ü&amp;ber nnviz</translation>
    </message>
    <message>
        <source>Theme: {0}.</source>
        <translation>Farbschema: {0}.</translation>
    </message>
</context>
</TS>
