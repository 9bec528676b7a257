<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="165" />
        <source>could not write {0}</source>
        <translation>konnte {0} nicht schreiben</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="167" />
        <source>saved {0} at epoch {1}</source>
        <translation>{0} gespeichert bei Epoche {1}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../ui/plots/boundary.py" line="18" />
        <source>click: add a point · Shift+click: remove</source>
        <translation>Klick: Punkt hinzufügen · Umschalt+Klick: entfernen</translation>
    </message>
    <message>
        <location filename="../ui/plots/boundary.py" line="44" />
        <source>Discretize</source>
        <translation>Klassen scharf</translation>
    </message>
    <message>
        <location filename="../ui/plots/boundary.py" line="47" />
        <source>Show hard class regions: each point of the plane in the colour of the class the network would predict, without confidence shading.</source>
        <translation>Harte Klassengebiete zeigen: jeder Punkt der Ebene in der Farbe der Klasse, die das Netz vorhersagen würde, ohne Abstufung nach Sicherheit.</translation>
    </message>
    <message>
        <location filename="../ui/plots/boundary.py" line="286" />
        <source>Showing {0}</source>
        <translation>Gezeigt: {0}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../ui/confusion_view.py" line="27" />
        <source>true class ↓   predicted →</source>
        <translation>wahre Klasse ↓   vorhergesagt →</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="135" />
        <source>({0} of this class)</source>
        <translation>({0} dieser Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="136" />
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="136" />
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="137" />
        <source>1 sample</source>
        <translation>1 Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="137" />
        <source>{0} samples</source>
        <translation>{0} Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="138" />
        <source>true: {0}
predicted: {1}
{2}{3}: {4}</source>
        <translation>wahr: {0}
vorhergesagt: {1}
{2}{3}: {4}</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="193" />
        <source>No test results yet.</source>
        <translation>Noch keine Testergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="300" />
        <source>true class {0}: {1}</source>
        <translation>wahre Klasse {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="303" />
        <source>predicted class {0}: {1}</source>
        <translation>vorhergesagte Klasse {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CsvWorker</name>
    <message>
        <location filename="../workers/csv_worker.py" line="74" />
        <source>could not read {0}: unknown error</source>
        <translation>konnte {0} nicht lesen: unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../workers/csv_worker.py" line="82" />
        <source>{0}: not enough memory for this file; use a sample of it.</source>
        <translation>{0}: nicht genug Speicher für diese Datei; nimm einen Ausschnitt davon.</translation>
    </message>
    <message>
        <location filename="../workers/csv_worker.py" line="85" />
        <source>could not read {0}: {1}</source>
        <translation>konnte {0} nicht lesen: {1}</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../ui/plots/curve.py" line="234" />
        <source>network's prediction of {0}</source>
        <translation>Vorhersage des Netzes für {0}</translation>
    </message>
    <message>
        <location filename="../ui/plots/curve.py" line="235" />
        <source>network's prediction</source>
        <translation>Vorhersage des Netzes</translation>
    </message>
    <message>
        <location filename="../ui/plots/curve.py" line="236" />
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/plots/curve.py" line="242" />
        <source>network's P({0})</source>
        <translation>P({0}) des Netzes</translation>
    </message>
</context>
<context>
    <name>DataKnobs</name>
    <message>
        <location filename="../ui/data_knobs.py" line="25" />
        <source>How far the points are scattered from their clean shape (0–50 %). More noise makes overfitting visible: the training loss keeps falling while the test loss rises.</source>
        <translation>Wie weit die Punkte von ihrer sauberen Form abweichen (0–50 %). Mehr Rauschen macht Überanpassung sichtbar: der Trainingsverlust sinkt weiter, während der Testverlust steigt.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="27" />
        <source>The share of the points used for training (10–90 %); the rest are split 40:60 into validation and test points (the test points are drawn as rings).</source>
        <translation>Der Anteil der Punkte für das Training (10–90 %); der Rest wird 40:60 in Validierungs- und Testpunkte geteilt (die Testpunkte sind als Ringe gezeichnet).</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="29" />
        <source>How many points the set has.</source>
        <translation>Wie viele Punkte der Datensatz hat.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="30" />
        <source>New points of the same kind (the next data seed). The network keeps its weights and trains on; Ctrl+Z brings the old points back.</source>
        <translation>Neue Punkte derselben Art (der nächste Daten-Seed). Das Netz behält seine Gewichte und trainiert weiter; Strg+Z holt die alten Punkte zurück.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="32" />
        <source>The network's inputs, computed from x₁ and x₂ (as in TensorFlow Playground). Each one is an input neuron. With x₁² and x₂² a single neuron can draw a circle. Changing them builds a new input layer: training starts again from epoch 0 (Ctrl+Z undoes). At least one stays on.</source>
        <translation>Die Eingaben des Netzes, berechnet aus x₁ und x₂ (wie im TensorFlow Playground). Jede ist ein Eingabeneuron. Mit x₁² und x₂² kann ein einziges Neuron einen Kreis zeichnen. Eine Änderung baut eine neue Eingabeschicht: das Training beginnt wieder bei Epoche 0 (Strg+Z macht es rückgängig). Mindestens eine bleibt an.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="35" />
        <source>A click on the boundary plot adds a training point of this class where you clicked; Shift+click removes the nearest point. Training goes on with the changed data (Ctrl+Z undoes).</source>
        <translation>Ein Klick in die Entscheidungsgrenze fügt dort einen Trainingspunkt dieser Klasse hinzu; Umschalt+Klick entfernt den nächsten Punkt. Das Training geht mit den geänderten Daten weiter (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="54" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="70" />
        <source>⟳ Regenerate</source>
        <translation>⟳ Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="73" />
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="74" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="75" />
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="83" />
        <source>noise {0} %</source>
        <translation>Rauschen {0} %</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="85" />
        <source>training ratio {0} %</source>
        <translation>Trainingsanteil {0} %</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="86" />
        <source>{0} points</source>
        <translation>{0} Punkte</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="94" />
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="117" />
        <source>Click adds</source>
        <translation>Klick fügt hinzu</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="130" />
        <source>Shift+click removes the nearest point.</source>
        <translation>Umschalt+Klick entfernt den nächsten Punkt.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="192" />
        <source>Pause (Space) to change the network's inputs.</source>
        <translation>Pausieren (Leertaste), um die Eingaben des Netzes zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="212" />
        <source>new points (data seed {0})</source>
        <translation>neue Punkte (Daten-Seed {0})</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="227" />
        <source>The network needs at least one input: turn another on first.</source>
        <translation>Das Netz braucht mindestens eine Eingabe: schalte zuerst eine andere ein.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../ui/data_panel.py" line="44" />
        <source>Open a table saved as CSV (comma-separated values): one row per example, one column per measurement, and one column holding what the network should predict.</source>
        <translation>Eine als CSV gespeicherte Tabelle öffnen (kommagetrennte Werte): eine Zeile pro Beispiel, eine Spalte pro Messgröße und eine Spalte mit dem, was das Netz vorhersagen soll.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="46" />
        <source>Open one of the tables you opened before.</source>
        <translation>Eine der zuvor geöffneten Tabellen öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="47" />
        <source>Stop reading the file. Whatever was loaded before stays.</source>
        <translation>Das Lesen der Datei abbrechen. Was vorher geladen war, bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="48" />
        <source>How much of the file has been read.</source>
        <translation>Wie viel der Datei schon gelesen ist.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="49" />
        <source>The first rows of the table. Under each name: numeric (numbers) or text (words). The column to predict is shaded; columns the network will not see are grey.</source>
        <translation>Die ersten Zeilen der Tabelle. Unter jedem Namen: numerisch (Zahlen) oder Text (Wörter). Die vorherzusagende Spalte ist hinterlegt; Spalten, die das Netz nicht sieht, sind grau.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="51" />
        <source>What was done to read and prepare the table: the file's encoding and separator, renamed columns, values treated as missing, rows dropped.</source>
        <translation>Was beim Lesen und Vorbereiten der Tabelle geschah: Kodierung und Trennzeichen der Datei, umbenannte Spalten, als fehlend behandelte Werte, weggelassene Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="65" />
        <source>1 feature</source>
        <translation>1 Merkmal</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="66" />
        <source>{0} features</source>
        <translation>{0} Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="68" />
        <source>{0} features ({1} inputs)</source>
        <translation>{0} Merkmale ({1} Eingaben)</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="70" />
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="72" />
        <source>{0} classes</source>
        <translation>{0} Klassen</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="73" />
        <source>{0}: {1} rows, {2} → {3} ({4})</source>
        <translation>{0}: {1} Zeilen, {2} → {3} ({4})</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="127" />
        <source>Open a CSV table</source>
        <translation>Eine CSV-Tabelle öffnen</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="137" />
        <location filename="../ui/data_panel.py" line="142" />
        <source>Reading {0}…</source>
        <translation>Lese {0}…</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="177" />
        <source>Preparing {0}…</source>
        <translation>Bereite {0} vor…</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="203" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="208" />
        <source>Open CSV…</source>
        <translation>CSV öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="213" />
        <source>Recent ▾</source>
        <translation>Zuletzt ▾</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="225" />
        <source>Open a table saved as CSV, or drop a .csv file here.</source>
        <translation>Eine als CSV gespeicherte Tabelle öffnen oder eine .csv-Datei hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="239" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="252" />
        <location filename="../ui/data_panel.py" line="300" />
        <location filename="../ui/data_panel.py" line="321" />
        <source>First {0} rows</source>
        <translation>Erste {0} Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="259" />
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="298" />
        <location filename="../ui/data_panel.py" line="320" />
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} Zeilen × {2} Spalten</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="301" />
        <location filename="../ui/data_panel.py" line="322" />
        <source>All {0} rows</source>
        <translation>Alle {0} Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="368" />
        <source>Read {0}: {1} rows × {2} columns. Choose the target and press “Use this data”.</source>
        <translation>{0} gelesen: {1} Zeilen × {2} Spalten. Wähle das Ziel und drücke „Diese Daten verwenden“.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="377" />
        <source>In use: {0}</source>
        <translation>In Verwendung: {0}</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="379" />
        <source>Loaded {0}: {1} rows</source>
        <translation>{0} geladen: {1} Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="399" />
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="400" />
        <source>Stopped reading {0}.</source>
        <translation>Lesen von {0} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="401" />
        <source>Stopped preparing {0}.</source>
        <translation>Vorbereiten von {0} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="437" />
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <location filename="../ui/data_preview.py" line="45" />
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="45" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="143" />
        <source>{0}: missing</source>
        <translation>{0}: fehlt</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="168" />
        <source>the column to predict</source>
        <translation>die vorherzusagende Spalte</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="169" />
        <source>a feature</source>
        <translation>ein Merkmal</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="169" />
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="170" />
        <source>{0}: {1} column, {2}</source>
        <translation>{0}: Spalte ({1}), {2}</translation>
    </message>
</context>
<context>
    <name>ExplainerPanel</name>
    <message>
        <location filename="../ui/explainer.py" line="58" />
        <source>Every row</source>
        <translation>Jede Zeile</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="60" />
        <source>Show the forward pass of every row of the step (z2, a2, z3, ŷ), the way the tutorials print it</source>
        <translation>Den Vorwärtsdurchlauf jeder Zeile des Schritts zeigen (z2, a2, z3, ŷ), so wie die Tutorials ihn drucken</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="63" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="64" />
        <source>Copy the explanation as plain text</source>
        <translation>Die Erklärung als reinen Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="186" />
        <source>Take a step (Step sample, Step batch or Step epoch) to see every number of it here.</source>
        <translation>Mach einen Schritt (ein Beispiel, ein Batch oder eine Epoche), um hier jede seiner Zahlen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="188" />
        <source>Click a neuron in the network to see how this step changed it.</source>
        <translation>Klicke ein Neuron im Netz an, um zu sehen, wie dieser Schritt es verändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="206" />
        <source>Sample {0}</source>
        <translation>Beispiel {0}</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="214" />
        <source>Nothing to explain for this neuron: {0}</source>
        <translation>Für dieses Neuron gibt es nichts zu erklären: {0}</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="218" />
        <source>About this lesson</source>
        <translation>Über diese Lektion</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="223" />
        <source>Step explainer</source>
        <translation>Schritt-Erklärer</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="238" />
        <source>{0} · {1} of {2} · {3}</source>
        <translation>{0} · {1} von {2} · {3}</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="243" />
        <source>The next click shows it.</source>
        <translation>Der nächste Klick zeigt es.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="247" />
        <source>Nothing of this part for this neuron.</source>
        <translation>Von diesem Teil gibt es für dieses Neuron nichts.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="255" />
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="255" />
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="256" />
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="256" />
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="265" />
        <source>What does this neuron compute for this input?</source>
        <translation>Was berechnet dieses Neuron für diese Eingabe?</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="266" />
        <source>How far is the answer from the target?</source>
        <translation>Wie weit liegt die Antwort vom Ziel entfernt?</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="267" />
        <source>Which way, and how much, should each weight move?</source>
        <translation>In welche Richtung und wie weit soll sich jedes Gewicht bewegen?</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="268" />
        <source>What will the new weights and bias be after this step?</source>
        <translation>Wie lauten die neuen Gewichte und der neue Bias nach diesem Schritt?</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../ui/exports.py" line="73" />
        <source>Qt could not encode a {0} image</source>
        <translation>Qt konnte kein {0}-Bild kodieren</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../ui/file_actions.py" line="26" />
        <source>network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="26" />
        <source>boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="27" />
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="27" />
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="41" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="42" />
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="44" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="45" />
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="46" />
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="47" />
        <source>Network as PNG (2×)…</source>
        <translation>Netz als PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="47" />
        <source>Network as SVG…</source>
        <translation>Netz als SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="48" />
        <source>Boundary / neuron map as PNG (2×)…</source>
        <translation>Grenze / Neuronenkarte als PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="49" />
        <source>Boundary / neuron map as SVG…</source>
        <translation>Grenze / Neuronenkarte als SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="50" />
        <source>Loss curve as PNG (2×)…</source>
        <translation>Verlustkurve als PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="50" />
        <source>Loss curve as SVG…</source>
        <translation>Verlustkurve als SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="51" />
        <source>Whole window as PNG (2×)…</source>
        <translation>Ganzes Fenster als PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="51" />
        <source>Whole window as SVG…</source>
        <translation>Ganzes Fenster als SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="55" />
        <source>History as &amp;CSV…</source>
        <translation>Verlauf als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="56" />
        <source>Training as animated &amp;GIF…</source>
        <translation>Training als animiertes &amp;GIF…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="57" />
        <source>Network as &amp;PyTorch script…</source>
        <translation>Netz als &amp;PyTorch-Skript…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="87" />
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="95" />
        <source>Open a session, a lesson file or a CSV table</source>
        <translation>Eine Sitzung, eine Lektionsdatei oder eine CSV-Tabelle öffnen</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="96" />
        <source>nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>nnviz-Dateien (*.nnviz *.toml *.csv *.tsv *.txt);;Sitzungen (*.nnviz);;Lektionsdateien (*.toml);;CSV-Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="158" />
        <source>Save the session</source>
        <translation>Die Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="159" />
        <source>nnviz sessions (*.nnviz)</source>
        <translation>nnviz-Sitzungen (*.nnviz)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="178" />
        <source>Saved the {0} view as {1} (SVG).</source>
        <translation>Ansicht „{0}“ als {1} gespeichert (SVG).</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="180" />
        <source>Saved the {0} view as {1} ({2}×{3} pixels).</source>
        <translation>Ansicht „{0}“ als {1} gespeichert ({2}×{3} Pixel).</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="200" />
        <source>Export the {0} view</source>
        <translation>Ansicht „{0}“ exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="201" />
        <source>{0} files (*.{1})</source>
        <translation>{0}-Dateien (*.{1})</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="207" />
        <source>Saved the history of {0} epochs as {1}.</source>
        <translation>Verlauf von {0} Epochen als {1} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="210" />
        <source>Export the history</source>
        <translation>Den Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="211" />
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="216" />
        <source>Export the network as a PyTorch script</source>
        <translation>Das Netz als PyTorch-Skript exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="217" />
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="219" />
        <source>Wrote {0}: run it with python and a CSV table.</source>
        <translation>{0} geschrieben: mit python und einer CSV-Tabelle ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="220" />
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="243" />
        <source>Saved the training as {0}.</source>
        <translation>Das Training als {0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="247" />
        <source>Export training as an animated GIF</source>
        <translation>Das Training als animiertes GIF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="248" />
        <source>GIF images (*.gif)</source>
        <translation>GIF-Bilder (*.gif)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="251" />
        <source>Drawing the frames of the training…</source>
        <translation>Zeichne die Bilder des Trainings…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="251" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="253" />
        <source>Export GIF</source>
        <translation>GIF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="271" />
        <source>GIF export cancelled; nothing was written.</source>
        <translation>GIF-Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>FramePainter</name>
    <message>
        <location filename="../ui/frame_painter.py" line="85" />
        <location filename="../ui/main_window.py" line="119" />
        <source>Epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="219" />
        <source>and {0} more inputs</source>
        <translation>und {0} weitere Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="226" />
        <source>Sample {0}: {1} → network says {2}; the answer is {3}.</source>
        <translation>Beispiel {0}: {1} → das Netz sagt {2}; die Antwort ist {3}.</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="227" />
        <source>Sample {0} → network says {1}; the answer is {2}.</source>
        <translation>Beispiel {0} → das Netz sagt {1}; die Antwort ist {2}.</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="228" />
        <location filename="../ui/frame_painter.py" line="229" />
        <source>Sample {0} → {1}; answer: {2}</source>
        <translation>Beispiel {0} → {1}; Antwort: {2}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="244" />
        <location filename="../ui/frame_painter.py" line="281" />
        <source>train loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Train‑Verlust &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="246" />
        <location filename="../ui/frame_painter.py" line="282" />
        <source>val loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Val‑Verlust &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="248" />
        <location filename="../ui/frame_painter.py" line="284" />
        <source>train acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Train‑Genauigk. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="250" />
        <location filename="../ui/frame_painter.py" line="285" />
        <source>val acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Val‑Genauigk. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="254" />
        <source>test acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Test‑Genauigk. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="257" />
        <source>test R² &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Test-R² &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="261" />
        <location filename="../ui/frame_painter.py" line="286" />
        <source>epoch {0}: {1}</source>
        <translation>Epoche {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="263" />
        <source>epoch 0 +{0}: scores come when epoch 1 is finished</source>
        <translation>Epoche 0 +{0}: die Werte kommen, wenn Epoche 1 fertig ist</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="266" />
        <source>epoch 0: no epoch finished yet</source>
        <translation>Epoche 0: noch keine Epoche fertig</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="323" />
        <source>input {0}</source>
        <translation>Eingabe {0}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="325" />
        <source>output neuron {0}</source>
        <translation>Ausgabeneuron {0}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="326" />
        <source>neuron {0} of hidden layer {1}</source>
        <translation>Neuron {0} der verborgenen Schicht {1}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/help.py" line="18" />
        <source>next beat</source>
        <translation>nächste Folie</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="18" />
        <source>previous beat</source>
        <translation>vorige Folie</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="18" />
        <source>black screen (any key returns)</source>
        <translation>schwarzer Bildschirm (jede Taste kehrt zurück)</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="19" />
        <source>white screen (any key returns)</source>
        <translation>weißer Bildschirm (jede Taste kehrt zurück)</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="19" />
        <source>present from the start</source>
        <translation>von Anfang an präsentieren</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="20" />
        <source>present from here</source>
        <translation>ab hier präsentieren</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="20" />
        <source>leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="30" />
        <source>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, public domain. Palmer Penguins: K. Gorman and the Palmer Station LTER, CC0. Breast cancer (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Wine: Forina et al., PARVUS, UCI. The diabetes table is synthetic (not medical data); the 2-D playground sets are generated from a seed. Details: data/README.md.</source>
        <translation>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, gemeinfrei. Palmer Penguins: K. Gorman und die Palmer Station LTER, CC0. Brustkrebs (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Wein: Forina et al., PARVUS, UCI. Die Diabetes-Tabelle ist synthetisch (keine medizinischen Daten); die 2-D-Playground-Datensätze werden aus einem Seed erzeugt. Einzelheiten: data/README.md.</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="44" />
        <location filename="../ui/help.py" line="61" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="69" />
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="70" />
        <source>In presentation mode (F5)</source>
        <translation>Im Präsentationsmodus (F5)</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="75" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="91" />
        <source>Watch a neural network learn: a teaching tool for a class in front of a projector.</source>
        <translation>Einem neuronalen Netz beim Lernen zusehen: ein Lehrwerkzeug für eine Klasse vor dem Beamer.</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="92" />
        <source>Licence: MIT.</source>
        <translation>Lizenz: MIT.</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="93" />
        <source>Data: {0}</source>
        <translation>Daten: {0}</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="98" />
        <source>About nnviz</source>
        <translation>Über nnviz</translation>
    </message>
</context>
<context>
    <name>HyperPanel</name>
    <message>
        <location filename="../ui/hyper_panel.py" line="48" />
        <source>Pause to change the network.</source>
        <translation>Pausieren, um das Netz zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="53" />
        <source>Squashes the sum into 0…1: a smooth on/off switch.</source>
        <translation>Presst die Summe in 0…1: ein weicher An/Aus-Schalter.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="54" />
        <source>Squashes the sum into −1…1, centred on 0.</source>
        <translation>Presst die Summe in −1…1, um 0 zentriert.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="55" />
        <source>Keeps a positive sum as it is and turns a negative one into 0.</source>
        <translation>Lässt eine positive Summe, wie sie ist, und macht aus einer negativen 0.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="56" />
        <location filename="../ui/hyper_panel.py" line="61" />
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="56" />
        <source>Passes the sum on unchanged: no bend, so the layer cannot add curves.</source>
        <translation>Gibt die Summe unverändert weiter: kein Knick, also kann die Schicht keine Kurven hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="59" />
        <source>Each output between 0 and 1: the probability of a yes.</source>
        <translation>Jede Ausgabe zwischen 0 und 1: die Wahrscheinlichkeit für ein Ja.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="60" />
        <source>The outputs become probabilities that add up to 1, one per class.</source>
        <translation>Die Ausgaben werden zu Wahrscheinlichkeiten, die sich zu 1 addieren, eine pro Klasse.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="61" />
        <source>The output is the plain sum: any number, for predicting values.</source>
        <translation>Die Ausgabe ist die bloße Summe: eine beliebige Zahl, um Werte vorherzusagen.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="62" />
        <source>Each output between −1 and 1.</source>
        <translation>Jede Ausgabe zwischen −1 und 1.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="65" />
        <source>mean squared error</source>
        <translation>mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="66" />
        <source>Half the squared gap between output and target: small gaps count little, big gaps a lot.</source>
        <translation>Die Hälfte des quadrierten Abstands zwischen Ausgabe und Ziel: kleine Abstände zählen wenig, große viel.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="67" />
        <source>binary cross-entropy</source>
        <translation>binäre Kreuzentropie</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="68" />
        <source>For yes/no outputs between 0 and 1: a confident wrong answer costs a lot. Pairs with a sigmoid output.</source>
        <translation>Für Ja/Nein-Ausgaben zwischen 0 und 1: eine selbstsichere falsche Antwort kostet viel. Passt zu einer Sigmoid-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="69" />
        <source>categorical cross-entropy</source>
        <translation>kategoriale Kreuzentropie</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="70" />
        <source>For one class out of several: minus the log of the probability given to the right class. Pairs with a softmax output.</source>
        <translation>Für eine Klasse aus mehreren: minus der Logarithmus der Wahrscheinlichkeit für die richtige Klasse. Passt zu einer Softmax-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="74" />
        <source>gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="74" />
        <source>Every weight steps against its gradient: learning rate × gradient.</source>
        <translation>Jedes Gewicht geht einen Schritt gegen seinen Gradienten: Lernrate × Gradient.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="75" />
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="76" />
        <source>Gradient descent that keeps 90 % of the previous step, so it rolls on through flat parts and small bumps.</source>
        <translation>Gradientenabstieg, der 90 % des vorigen Schritts behält und so durch flache Stellen und kleine Buckel weiterrollt.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="78" />
        <source>Sizes each weight's step from the recent size of its gradients; often works with little tuning (try a learning rate of 0.001–0.01).</source>
        <translation>Bemisst den Schritt jedes Gewichts nach der jüngsten Größe seiner Gradienten; funktioniert oft ohne viel Einstellen (probiere eine Lernrate von 0,001–0,01).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="83" />
        <source>Random, scaled by the layer sizes so signals neither fade out nor blow up. Good for sigmoid and tanh.</source>
        <translation>Zufällig, nach den Schichtgrößen skaliert, damit Signale weder verblassen noch explodieren. Gut für Sigmoid und tanh.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="84" />
        <source>Random from a bell curve scaled for ReLU layers.</source>
        <translation>Zufällig aus einer Glockenkurve, skaliert für ReLU-Schichten.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="85" />
        <source>uniform −1…1</source>
        <translation>gleichverteilt −1…1</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="85" />
        <source>Every weight and bias random between −1 and 1.</source>
        <translation>Jedes Gewicht und jeder Bias zufällig zwischen −1 und 1.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="86" />
        <source>normal (0, 1)</source>
        <translation>normalverteilt (0, 1)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="86" />
        <source>Random from a bell curve with mean 0 and spread 1; biases start at 0.</source>
        <translation>Zufällig aus einer Glockenkurve mit Mittelwert 0 und Streuung 1; die Bias-Werte beginnen bei 0.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="87" />
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="88" />
        <source>Every weight and bias starts at the same value. Then all neurons of a layer learn the same thing: try it.</source>
        <translation>Jedes Gewicht und jeder Bias beginnt beim selben Wert. Dann lernen alle Neuronen einer Schicht dasselbe: probier es aus.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="92" />
        <source>The number of neurons in each layer: inputs on the left, outputs on the right.</source>
        <translation>Die Zahl der Neuronen in jeder Schicht: Eingaben links, Ausgaben rechts.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="93" />
        <source>How many neurons hidden layer {n} has. More neurons can draw more complicated boundaries, but take longer to train.</source>
        <translation>Wie viele Neuronen die verborgene Schicht {n} hat. Mehr Neuronen können kompliziertere Grenzen zeichnen, brauchen aber länger zum Trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="95" />
        <source>What each neuron of hidden layer {n} does with its weighted sum. sigmoid: 0…1; tanh: −1…1; ReLU: 0 or more; linear: unchanged (no curves).</source>
        <translation>Was jedes Neuron der verborgenen Schicht {n} mit seiner gewichteten Summe macht. sigmoid: 0…1; tanh: −1…1; ReLU: 0 oder mehr; linear: unverändert (keine Kurven).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="97" />
        <source>Add a hidden layer after the last one (at most {max}).</source>
        <translation>Eine verborgene Schicht nach der letzten hinzufügen (höchstens {max}).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="98" />
        <source>Remove the last hidden layer. With none left, the inputs connect straight to the outputs: a perceptron.</source>
        <translation>Die letzte verborgene Schicht entfernen. Ist keine mehr übrig, sind die Eingaben direkt mit den Ausgaben verbunden: ein Perzeptron.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="99" />
        <source>What the output neurons do with their sum. sigmoid: a probability 0…1 for each output; softmax: probabilities over the classes that add up to 1; linear: any number; tanh: −1…1.</source>
        <translation>Was die Ausgabeneuronen mit ihrer Summe machen. sigmoid: eine Wahrscheinlichkeit 0…1 für jede Ausgabe; softmax: Wahrscheinlichkeiten über die Klassen, die sich zu 1 addieren; linear: eine beliebige Zahl; tanh: −1…1.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="101" />
        <source>A bias is a number added to each neuron's sum. It lets a neuron fire even when every input is 0. Untick it to see why it is needed.</source>
        <translation>Ein Bias ist eine Zahl, die zur Summe jedes Neurons addiert wird. Mit ihm kann ein Neuron feuern, auch wenn jede Eingabe 0 ist. Nimm den Haken weg, um zu sehen, warum er gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="103" />
        <source>How the weights are chosen before training starts.</source>
        <translation>Wie die Gewichte vor Beginn des Trainings gewählt werden.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="104" />
        <source>The value every weight and bias starts at.</source>
        <translation>Der Wert, bei dem jedes Gewicht und jeder Bias beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="105" />
        <source>The number the random generator starts from. The same seed gives the same starting weights and the same shuffling, so a run can be repeated. Change it to try another start.</source>
        <translation>Die Zahl, mit der der Zufallsgenerator beginnt. Derselbe Seed gibt dieselben Startgewichte und dieselbe Mischung, so lässt sich ein Lauf wiederholen. Ändere ihn, um einen anderen Start auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="107" />
        <source>How the gap between the network's output and the target is measured. Training makes this number smaller.</source>
        <translation>Wie der Abstand zwischen der Ausgabe des Netzes und dem Ziel gemessen wird. Das Training macht diese Zahl kleiner.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="108" />
        <source>How big a step the weights take each update. Too small: learning crawls. Too large: the loss jumps around or blows up. Pick one or type any number above 0.</source>
        <translation>Wie groß der Schritt der Gewichte bei jeder Aktualisierung ist. Zu klein: das Lernen kriecht. Zu groß: der Verlust springt herum oder explodiert. Wähle einen Wert oder tippe eine Zahl über 0.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="110" />
        <source>How each weight's gradient is turned into a step.</source>
        <translation>Wie aus dem Gradienten jedes Gewichts ein Schritt wird.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="111" />
        <source>How many training rows the network looks at before each weight update. full batch: all rows, one smooth update per epoch. 1: one sample at a time, quick but noisy. In between: mini-batches.</source>
        <translation>Wie viele Trainingszeilen das Netz vor jeder Aktualisierung der Gewichte ansieht. Voller Batch: alle Zeilen, eine glatte Aktualisierung pro Epoche. 1: ein Beispiel nach dem anderen, schnell, aber verrauscht. Dazwischen: Mini-Batches.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="113" />
        <source>Weight decay: every update also pulls each weight a little towards 0, in proportion to this number. Small weights give simpler boundaries; too much and the network cannot learn.</source>
        <translation>Weight Decay: jede Aktualisierung zieht außerdem jedes Gewicht ein wenig zu 0, im Verhältnis zu dieser Zahl. Kleine Gewichte ergeben einfachere Grenzen; zu viel, und das Netz kann nicht lernen.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="115" />
        <source>L1 (lasso): every update also pulls each weight towards 0 by the same amount, l1 × sign(w), however small the weight is. Weights the network does not need are driven to zero, leaving a sparse network (L2 only shrinks them). At exactly 0 the slope of |w| is undefined: nnviz uses 0 there (the sub-gradient), so a weight at 0 feels no pull. Plain gradient steps overshoot 0 by about learning rate × l1, so such weights hover near 0: the diagram draws every |w| &lt; 0.01 as a thin grey dotted line (about zero).</source>
        <translation>L1 (Lasso): jede Aktualisierung zieht außerdem jedes Gewicht um denselben Betrag zu 0, l1 × sign(w), egal wie klein das Gewicht ist. Gewichte, die das Netz nicht braucht, werden auf null getrieben, übrig bleibt ein dünn besetztes Netz (L2 schrumpft sie nur). Genau bei 0 ist die Steigung von |w| nicht definiert: nnviz nimmt dort 0 (den Subgradienten), also spürt ein Gewicht bei 0 keinen Zug. Einfache Gradientenschritte schießen um etwa Lernrate × l1 über 0 hinaus, daher schweben solche Gewichte nahe 0: das Diagramm zeichnet jedes |w| &lt; 0,01 als dünne grau gepunktete Linie (etwa null).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="135" />
        <source>Neurons in hidden layer {0}</source>
        <translation>Neuronen in der verborgenen Schicht {0}</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="140" />
        <source>Activation of hidden layer {0}</source>
        <translation>Aktivierung der verborgenen Schicht {0}</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="258" />
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="262" />
        <source>The network's shape and starting weights can change only while training is paused.</source>
        <translation>Form und Startgewichte des Netzes lassen sich nur ändern, während das Training pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="272" />
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="281" />
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="281" />
        <source>Neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="281" />
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="287" />
        <source>No hidden layer: the inputs connect straight to the outputs (a perceptron).</source>
        <translation>Keine verborgene Schicht: die Eingaben sind direkt mit den Ausgaben verbunden (ein Perzeptron).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="292" />
        <source>+ Add layer</source>
        <translation>+ Schicht</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="295" />
        <source>− Remove layer</source>
        <translation>− Schicht</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="310" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="316" />
        <source>Start weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="324" />
        <source>Start value</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="332" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="334" />
        <source>Use a bias in every neuron</source>
        <translation>Bias in jedem Neuron</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="343" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="352" />
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="366" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="372" />
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="376" />
        <source>full batch</source>
        <translation>voller Batch</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="380" />
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="387" />
        <source>L2 (weight decay)</source>
        <translation>L2 (Weight Decay)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="394" />
        <source>drives unneeded weights to 0 (drawn grey dotted)</source>
        <translation>treibt unnötige Gewichte auf 0 (grau gepunktet)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="396" />
        <source>L1 (sparsity)</source>
        <translation>L1 (Sparsity)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="431" />
        <source>Needs at least two outputs.</source>
        <translation>Braucht mindestens zwei Ausgaben.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="503" />
        <source>all rows, then one update</source>
        <translation>alle Zeilen, dann eine Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="504" />
        <source>one sample at a time</source>
        <translation>ein Beispiel nach dem anderen</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="505" />
        <source>{0} rows per update</source>
        <translation>{0} Zeilen pro Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="513" />
        <source>Cross-entropy is for classes; values usually use mean squared error.</source>
        <translation>Kreuzentropie ist für Klassen; für Werte nimmt man meist den mittleren quadratischen Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="515" />
        <source>Works best with a sigmoid output (0…1).</source>
        <translation>Funktioniert am besten mit einer Sigmoid-Ausgabe (0…1).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="517" />
        <source>Works best with a softmax output.</source>
        <translation>Funktioniert am besten mit einer Softmax-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="599" />
        <source>set by the lesson</source>
        <translation>von der Lektion gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="600" />
        <source>This lesson starts from the weights its tutorial gives. Pick another choice to start from new ones.</source>
        <translation>Diese Lektion beginnt mit den Gewichten aus ihrem Tutorial. Wähle etwas anderes, um mit neuen zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="653" />
        <source>{0}: kept {1}</source>
        <translation>{0}: {1} behalten</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../ui/plots/loss.py" line="23" />
        <source>hover to read values</source>
        <translation>Maus darüber, um Werte abzulesen</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="59" />
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="62" />
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible
instead of flattening into the floor.</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeigen: späte, kleine Verbesserungen bleiben sichtbar,
statt am Boden zu verflachen.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="83" />
        <location filename="../ui/plots/loss.py" line="630" />
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="83" />
        <location filename="../ui/plots/loss.py" line="631" />
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="87" />
        <source>The pane is too short to read both curves: show the loss or the
accuracy (a taller pane shows both, one above the other).</source>
        <translation>Der Bereich ist zu niedrig für beide Kurven: Verlust oder
Genauigkeit zeigen (ein höherer Bereich zeigt beide übereinander).</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="107" />
        <source>The curves drawn so far: validation appears when the data has a validation split, accuracy for classification.</source>
        <translation>Die bisher gezeichneten Kurven: Validierung erscheint, wenn die Daten einen Validierungsanteil haben, Genauigkeit bei Klassifikation.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="167" />
        <source>train loss</source>
        <translation>Train‑Verlust</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="168" />
        <source>val loss</source>
        <translation>Val‑Verlust</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="169" />
        <source>train acc</source>
        <translation>Train‑Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="170" />
        <source>val acc</source>
        <translation>Val‑Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="319" />
        <location filename="../ui/plots/loss.py" line="604" />
        <location filename="../ui/plots/loss.py" line="644" />
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="631" />
        <source>acc</source>
        <translation>Gen.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="655" />
        <source>hover: values · click: go there</source>
        <translation>Maus darüber: Werte · Klick: dorthin gehen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="53" />
        <source>nnviz — watch a neural network learn</source>
        <translation>nnviz — einem neuronalen Netz beim Lernen zusehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="88" />
        <location filename="../ui/main_window.py" line="268" />
        <location filename="../ui/main_window.py" line="580" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="105" />
        <source>Text at {0} is too large for a {1}×{2} window: F5 presents it full screen with a layout made for large text, Ctrl+0 goes back to the normal size.</source>
        <translation>Text bei {0} ist zu groß für ein Fenster von {1}×{2}: F5 präsentiert ihn im Vollbild mit einem Layout für großen Text, Strg+0 kehrt zur normalen Größe zurück.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="145" />
        <source>Could not load lesson {0}: {1}</source>
        <translation>Konnte Lektion {0} nicht laden: {1}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149" />
        <source>Ctrl+Z goes back to {0} as you left it.</source>
        <translation>Strg+Z kehrt zu {0} zurück, wie du es verlassen hast.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170" />
        <source>Your data — {0}.</source>
        <translation>Deine Daten — {0}.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176" />
        <source>It asks: what does the network say for {0}? (Data tab)</source>
        <translation>Sie fragt: Was sagt das Netz für {0}? (Reiter Daten)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178" />
        <source>It asks the network a question: see “Ask the network” in the Data tab.</source>
        <translation>Sie stellt dem Netz eine Frage: siehe „Das Netz fragen“ im Reiter Daten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283" />
        <source>Training… (Space pauses)</source>
        <translation>Training… (Leertaste pausiert)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="355" />
        <source>No step to show in phases yet: take a step first.</source>
        <translation>Noch kein Schritt, der sich in Phasen zeigen lässt: mach zuerst einen Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="373" />
        <source>The boundary panel shows what {0} computes over the plane (a click on empty space in the diagram goes back).</source>
        <translation>Die Grenzansicht zeigt, was {0} über der Ebene berechnet (ein Klick auf eine leere Stelle im Diagramm kehrt zurück).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410" />
        <source>data change ({0})</source>
        <translation>Datenänderung ({0})</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472" />
        <source>{0} has no column {1}</source>
        <translation>{0} hat keine Spalte {1}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="523" />
        <source>Pick two different inputs for the two axes.</source>
        <translation>Wähle zwei verschiedene Eingaben für die beiden Achsen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="561" />
        <source>Language: {0}.</source>
        <translation>Sprache: {0}.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../ui/diagram/layout.py" line="259" />
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="259" />
        <source>Hidden {0}</source>
        <translation>Verborgen {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="260" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="261" />
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="261" />
        <source>H{0}</source>
        <translation>V{0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="262" />
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/diagram/legend.py" line="45" />
        <source>the strongest {0} of {1} weights drawn (hover for any)</source>
        <translation>die stärksten {0} von {1} Gewichten gezeichnet (Maus darüber für jedes)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/paint.py" line="143" />
        <source>No network yet</source>
        <translation>Noch kein Netz</translation>
    </message>
    <message>
        <location filename="../ui/diagram/phases.py" line="181" />
        <source>Forward pass: layer {0} of {1} — z = Σ w·a + b, then a = f(z)</source>
        <translation>Vorwärtsdurchlauf: Schicht {0} von {1} — z = Σ w·a + b, dann a = f(z)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/phases.py" line="183" />
        <source>Backward pass: layer {0} — δ in each node; edges coloured and sized by ∂L/∂w (dashed = negative)</source>
        <translation>Rückwärtsdurchlauf: Schicht {0} — δ in jedem Knoten; Kanten gefärbt und bemessen nach ∂L/∂w (gestrichelt = negativ)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/phases.py" line="186" />
        <source>Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)</source>
        <translation>Aktualisierung: jedes Gewicht geht von seinem alten zu seinem neuen Wert (w ← w − lr·∂L/∂w)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="113" />
        <source>in '{0}'</source>
        <translation>ein '{0}'</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="115" />
        <source>out '{0}'</source>
        <translation>aus '{0}'</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="125" />
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="127" />
        <source>(about 0: |w| &lt; {0}, drawn grey dotted)</source>
        <translation>(etwa 0: |w| &lt; {0}, grau gepunktet gezeichnet)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="128" />
        <source>w[{0}→{1}] from {2} to {3} = {4}</source>
        <translation>w[{0}→{1}] von {2} zu {3} = {4}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="136" />
        <source>input '{0}' (input {1} of {2})</source>
        <translation>Eingabe '{0}' (Eingabe {1} von {2})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="138" />
        <source>output '{0}' (output neuron {1} of {2})</source>
        <translation>Ausgabe '{0}' (Ausgabeneuron {1} von {2})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="140" />
        <source>hidden layer {0}, neuron {1} of {2} (h{0}.{1})</source>
        <translation>verborgene Schicht {0}, Neuron {1} von {2} (h{0}.{1})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="143" />
        <source>no bias</source>
        <translation>kein Bias</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="145" />
        <source>bias = {0}</source>
        <translation>Bias = {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="148" />
        <source>value = {0}</source>
        <translation>Wert = {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="149" />
        <source>activation = {0}</source>
        <translation>Aktivierung = {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="151" />
        <source>value: no sample selected</source>
        <translation>Wert: kein Beispiel gewählt</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="152" />
        <source>activation: no sample selected</source>
        <translation>Aktivierung: kein Beispiel gewählt</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="23" />
        <source>  ·  grey dotted = weight about 0 (|w| &lt; {0})</source>
        <translation>  ·  grau gepunktet = Gewicht etwa 0 (|w| &lt; {0})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="58" />
        <source>orange dashed = negative weight, blue = positive, thickness = size</source>
        <translation>orange gestrichelt = negatives Gewicht, blau = positiv, Dicke = Größe</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="59" />
        <source>  ·  ring = bias  ·  fill = activation</source>
        <translation>  ·  Ring = Bias  ·  Füllung = Aktivierung</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="60" />
        <source>  ·  ring = bias  ·  maps: orange low, blue high</source>
        <translation>  ·  Ring = Bias  ·  Karten: orange niedrig, blau hoch</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="64" />
        <source>orange dashed</source>
        <translation>orange gestrichelt</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="64" />
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="65" />
        <source>{0} = negative weight, {1} = positive, thickness = size</source>
        <translation>{0} = negatives Gewicht, {1} = positiv, Dicke = Größe</translation>
    </message>
</context>
<context>
    <name>PlotBase</name>
    <message>
        <location filename="../ui/plots/base.py" line="283" />
        <source>train: filled</source>
        <translation>Training: gefüllt</translation>
    </message>
    <message>
        <location filename="../ui/plots/base.py" line="284" />
        <source>test: outlined</source>
        <translation>Test: umrandet</translation>
    </message>
    <message>
        <location filename="../ui/plots/common.py" line="45" />
        <source>class {0}</source>
        <extracomment>The smallest text on any plot at text scale 1.0, in pixels at 96 dpi (11 pt = 14.7 px). For every text to be at least ``px`` pixels tall, pass ``px / BASE_TEXT_PX`` to ``set_text_scale`` (24 px: 1.64).</extracomment>
        <translation>Klasse {0}</translation>
    </message>
</context>
<context>
    <name>PredictBox</name>
    <message>
        <location filename="../ui/predict_box.py" line="42" />
        <source>Type a value for '{col}' in the table's own units.</source>
        <translation>Einen Wert für '{col}' in den Einheiten der Tabelle eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="43" />
        <source>Pick a value for '{col}'.</source>
        <translation>Einen Wert für '{col}' wählen.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="44" />
        <source>Run these values through the network and show its answer (Enter works too).</source>
        <translation>Diese Werte durch das Netz schicken und seine Antwort zeigen (Enter geht auch).</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="45" />
        <source>The network's answer, in the table's own units.</source>
        <translation>Die Antwort des Netzes, in den Einheiten der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="106" />
        <source>One of: {0}</source>
        <translation>Eins von: {0}</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="122" />
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="122" />
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="170" />
        <location filename="../ui/predict_box.py" line="203" />
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="188" />
        <location filename="../ui/predict_box.py" line="209" />
        <source>Type an example; the network predicts {0}.</source>
        <translation>Gib ein Beispiel ein; das Netz sagt {0} vorher.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="255" />
        <source>Load a lesson or a table first.</source>
        <translation>Lade zuerst eine Lektion oder eine Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="258" />
        <source>There is no network to ask yet.</source>
        <translation>Es gibt noch kein Netz, das man fragen kann.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="270" />
        <source>the network's output is not a number (has training diverged?)</source>
        <translation>die Ausgabe des Netzes ist keine Zahl (ist das Training divergiert?)</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="274" />
        <source>Could not predict: {0}</source>
        <translation>Vorhersage nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="289" />
        <source>Ask the network</source>
        <translation>Das Netz fragen</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="292" />
        <source>Load a lesson or a table to ask the network about an example.</source>
        <translation>Lade eine Lektion oder eine Tabelle, um das Netz zu einem Beispiel zu fragen.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="298" />
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="331" />
        <source>values to ask about</source>
        <translation>Werte für die Frage</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="332" />
        <source>{0} columns: type a value in the right-hand column.</source>
        <translation>{0} Spalten: einen Wert in die rechte Spalte eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="353" />
        <source>Needs a lesson or a table, and a network.</source>
        <translation>Braucht eine Lektion oder eine Tabelle und ein Netz.</translation>
    </message>
</context>
<context>
    <name>PrepareChoices</name>
    <message>
        <location filename="../ui/data_choices.py" line="28" />
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="29" />
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="30" />
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="31" />
        <source>drop rows</source>
        <translation>Zeilen weglassen</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="31" />
        <source>fill with mean</source>
        <translation>mit Mittelwert füllen</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="33" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="34" />
        <source>divide by max</source>
        <translation>durch Maximum teilen</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="35" />
        <source>min-max (0–1)</source>
        <translation>Min-Max (0–1)</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="36" />
        <source>standardize</source>
        <translation>standardisieren</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="40" />
        <source>The column the network learns to predict (the answer). Usually the last column, or one named like class, label, species or price.</source>
        <translation>Die Spalte, die das Netz vorherzusagen lernt (die Antwort). Meist die letzte Spalte oder eine mit einem Namen wie class, label, species oder price.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="42" />
        <source>auto: words or a few whole numbers become classes, other numbers a value to predict. classification: predict which class. regression: predict a number.</source>
        <translation>automatisch: Wörter oder wenige ganze Zahlen werden Klassen, andere Zahlen ein vorherzusagender Wert. Klassifikation: die Klasse vorhersagen. Regression: eine Zahl vorhersagen.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="44" />
        <source>The columns the network looks at to make its prediction. Text columns are turned into one 0/1 input per word (one-hot).</source>
        <translation>Die Spalten, die das Netz für seine Vorhersage ansieht. Textspalten werden zu einer 0/1-Eingabe pro Wort (One-Hot).</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="46" />
        <source>Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a chosen column. fill with mean: put the column's average (training rows) in the gap.</source>
        <translation>Leere Zellen (oder NA, ?, …). Zeilen weglassen: jede Zeile mit einer leeren Zelle in einer gewählten Spalte weglassen. Mit Mittelwert füllen: den Durchschnitt der Spalte (Trainingszeilen) in die Lücke setzen.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="48" />
        <source>Networks learn best when every input has a similar size. none: use the numbers as they are. divide by max: each column's largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1.</source>
        <translation>Netze lernen am besten, wenn jede Eingabe eine ähnliche Größe hat. keine: die Zahlen so nehmen, wie sie sind. durch Maximum teilen: der größte Wert jeder Spalte wird 1. Min-Max: 0 bis 1. standardisieren: Mittelwert 0, typische Streuung 1.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="51" />
        <source>How the rows are shared out, in percent: train (the network learns from these), validation (checked during training) and test (kept aside for the final check).</source>
        <translation>Wie die Zeilen aufgeteilt werden, in Prozent: Training (daraus lernt das Netz), Validierung (während des Trainings geprüft) und Test (für die Schlussprüfung beiseitegelegt).</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="53" />
        <source>Build the network's data from this table with the choices above. The current lesson is replaced only if this works.</source>
        <translation>Die Daten des Netzes aus dieser Tabelle mit den Einstellungen oben bauen. Die aktuelle Lektion wird nur ersetzt, wenn das klappt.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="98" />
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="106" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="108" />
        <source>Target kind</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="111" />
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="123" />
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="126" />
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="133" />
        <location filename="../ui/data_panel.py" line="310" />
        <source>Percent of the rows used for train.</source>
        <translation>Prozent der Zeilen für das Training.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="134" />
        <location filename="../ui/data_panel.py" line="311" />
        <source>Percent of the rows used for validation.</source>
        <translation>Prozent der Zeilen für die Validierung.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="135" />
        <location filename="../ui/data_panel.py" line="312" />
        <source>Percent of the rows used for test.</source>
        <translation>Prozent der Zeilen für den Test.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="137" />
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="138" />
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="139" />
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="149" />
        <source>Split %</source>
        <translation>Aufteilung %</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="154" />
        <source>Use this data</source>
        <translation>Diese Daten verwenden</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="282" />
        <source>{0} (text → one-hot)</source>
        <translation>{0} (Text → One-Hot)</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="284" />
        <source>{0} (empty)</source>
        <translation>{0} (leer)</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="290" />
        <source>{0}: {1} column.</source>
        <translation>{0}: Spalte ({1}).</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="345" />
        <source>These add up to {0} %; they will be rescaled to 100 %.</source>
        <translation>Das ergibt zusammen {0} %; es wird auf 100 % umgerechnet.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../ui/presentation.py" line="418" />
        <location filename="../ui/presentation.py" line="425" />
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="419" />
        <location filename="../ui/presentation.py" line="429" />
        <source>Explainer</source>
        <translation>Erklärer</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="424" />
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="427" />
        <source>Confusion</source>
        <translation>Konfusion</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="464" />
        <source>Left presentation mode: the window as it was (F5 presents again).</source>
        <translation>Präsentationsmodus verlassen: das Fenster wie vorher (F5 präsentiert wieder).</translation>
    </message>
</context>
<context>
    <name>PresenterBeats</name>
    <message>
        <location filename="../ui/presentation_beats.py" line="31" />
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="31" />
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="32" />
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="42" />
        <source>Paused at epoch {epoch}: PageDown (or Space) continues · PageUp goes back.</source>
        <translation>Pausiert bei Epoche {epoch}: Bild↓ (oder Leertaste) macht weiter · Bild↑ geht zurück.</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="43" />
        <source>The end of this lesson: PageUp goes back, Esc leaves.</source>
        <translation>Das Ende dieser Lektion: Bild↑ geht zurück, Esc beendet.</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="94" />
        <source>Still training: the next beat comes when this run ends.</source>
        <translation>Das Training läuft noch: die nächste Folie kommt, wenn dieser Lauf endet.</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="122" />
        <source>end · step {0}</source>
        <translation>Ende · Schritt: {0}</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="184" />
        <source>The end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="185" />
        <source>{0} beats</source>
        <translation>{0} Folien</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="186" />
        <source>PageUp goes back · Esc leaves</source>
        <translation>Bild↑ geht zurück · Esc beendet</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="190" />
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="207" />
        <source>This beat could not be done: {0}</source>
        <translation>Diese Folie ließ sich nicht ausführen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="248" />
        <source>Could not go back: {0}</source>
        <translation>Zurückgehen ging nicht: {0}</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="336" />
        <source>beat {0}</source>
        <translation>Folie {0}</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../ui/console.py" line="109" />
        <source>nnviz — presenter console</source>
        <translation>nnviz — Referentenansicht</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="142" />
        <source>Time since the presentation started</source>
        <translation>Zeit seit Beginn der Präsentation</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="147" />
        <source>elapsed</source>
        <translation>vergangen</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="159" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="163" />
        <source>Notes (only here)</source>
        <translation>Notizen (nur hier)</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="185" />
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="196" />
        <source>The room sees</source>
        <translation>Der Raum sieht</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="206" />
        <source>Beats: click, or ↑↓ and Enter, to jump</source>
        <translation>Folien: Klick oder ↑↓ und Enter zum Springen</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="255" />
        <source>Beat {0} / {1}</source>
        <translation>Folie {0} / {1}</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="256" />
        <source>This lesson has no beats</source>
        <translation>Diese Lektion hat keine Folien</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="265" />
        <source>(no notes for this beat)</source>
        <translation>(keine Notizen zu dieser Folie)</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="269" />
        <source>The end of the lesson.</source>
        <translation>Das Ende der Lektion.</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="282" />
        <source>End · {0} beats done</source>
        <translation>Ende · {0} Folien gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="283" />
        <source>Nothing: the lesson has ended (PageUp goes back, Esc leaves).</source>
        <translation>Nichts: die Lektion ist zu Ende (Bild↑ geht zurück, Esc beendet).</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <location filename="../ui/presentation_keys.py" line="26" />
        <source>That key does nothing while presenting (PageDown next · PageUp back · B black · Esc leaves).</source>
        <translation>Diese Taste tut beim Präsentieren nichts (Bild↓ weiter · Bild↑ zurück · B schwarz · Esc beendet).</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../ui/run_controller.py" line="29" />
        <source>Training diverged: press Reset (R) to start again from the same weights.</source>
        <translation>Das Training ist divergiert: Zurücksetzen (R) beginnt wieder mit denselben Gewichten.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="34" />
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="34" />
        <source>{0}/frame</source>
        <translation>{0}/Bild</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="84" />
        <source>Pause first to step one at a time.</source>
        <translation>Erst pausieren, um Schritt für Schritt zu gehen.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="86" />
        <source>Nothing is loaded yet.</source>
        <translation>Noch nichts geladen.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="108" />
        <source>Reached the limit: training on to {0} epochs.</source>
        <translation>Grenze erreicht: weiter trainieren bis {0} Epochen.</translation>
    </message>
</context>
<context>
    <name>SessionSync</name>
    <message>
        <location filename="../ui/sync.py" line="120" />
        <source>your own data</source>
        <translation>deine eigenen Daten</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="200" />
        <source>&amp;Undo {0}</source>
        <translation>&amp;Rückgängig: {0}</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="218" />
        <source>class {0}</source>
        <translation>Klasse {0}</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="240" />
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="242" />
        <source>Prediction along {0}</source>
        <translation>Vorhersage entlang {0}</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="245" />
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <location filename="../ui/text_zoom.py" line="223" />
        <source>Text size {0} pt is the largest that fits this screen with every view readable; F5 presents with larger text.</source>
        <translation>Textgröße {0} pt ist die größte, die auf diesen Bildschirm passt, so dass jede Ansicht lesbar bleibt; F5 präsentiert mit größerem Text.</translation>
    </message>
    <message>
        <location filename="../ui/text_zoom.py" line="229" />
        <source>Text size {0} pt.</source>
        <translation>Textgröße {0} pt.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../ui/timeline_bar.py" line="28" />
        <source>Go to the start: epoch 0 (Home).</source>
        <translation>Zum Anfang: Epoche 0 (Pos1).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="29" />
        <source>Step back: undo the last step, a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Schritt zurück: den letzten Schritt rückgängig machen, ein Beispiel, ein Batch oder eine Epoche (Umschalt+← oder Rücktaste).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="34" />
        <source>The timeline: every state training went through. Drag to see any of them; Play or Step from a past state trains on from there (Ctrl+Z brings the rest back).</source>
        <translation>Die Zeitleiste: jeder Zustand, den das Training durchlief. Ziehen, um jeden davon zu sehen; Start oder Schritt von einem früheren Zustand trainiert von dort weiter (Strg+Z holt den Rest zurück).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="36" />
        <source>Step forward again, towards the newest state.</source>
        <translation>Wieder einen Schritt vor, zum neuesten Zustand hin.</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="37" />
        <source>Go to the newest state (End).</source>
        <translation>Zum neuesten Zustand (Ende).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="39" />
        <source>The epoch shown (+ samples into the next one) / the newest epoch reached.</source>
        <translation>Die gezeigte Epoche (+ Beispiele der nächsten) / die neueste erreichte Epoche.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../workers/training_worker.py" line="78" />
        <source>Training stopped: {0}</source>
        <translation>Training angehalten: {0}</translation>
    </message>
</context>
<context>
    <name>ViewState</name>
    <message>
        <location filename="../ui/view_state.py" line="35" />
        <source>unknown pane {0}; choose one of {1}</source>
        <translation>unbekannter Bereich {0}; wähle einen von {1}</translation>
    </message>
    <message>
        <location filename="../ui/view_state.py" line="37" />
        <source>the {0} pane needs a neuron</source>
        <translation>der Bereich {0} braucht ein Neuron</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <location filename="../ui/diagram/editor.py" line="37" />
        <source>{0}: type a number, Enter to apply, Esc to cancel</source>
        <translation>{0}: Zahl eingeben, Enter übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../ui/diagram/editor.py" line="65" />
        <source>Type a number, e.g. 0 or -0.5 (Esc cancels)</source>
        <translation>Gib eine Zahl ein, z. B. 0 oder -0,5 (Esc bricht ab)</translation>
    </message>
</context>
<context>
    <name>WindowBuilder</name>
    <message>
        <location filename="../ui/main_window.py" line="87" />
        <location filename="../ui/main_window.py" line="268" />
        <location filename="../ui/main_window.py" line="580" />
        <location filename="../ui/window_build.py" line="94" />
        <source>▶ Play</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="201" />
        <location filename="../ui/window_build.py" line="395" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="239" />
        <location filename="../ui/window_build.py" line="270" />
        <source>Loss and accuracy</source>
        <translation>Verlust und Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="244" />
        <location filename="../ui/window_build.py" line="244" />
        <source>Decision boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="37" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="37" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="38" />
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="69" />
        <source>Lesson:</source>
        <translation>Lektion:</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="78" />
        <source>Pick a built-in lesson: its data, network and settings load at once (Ctrl+L).</source>
        <translation>Eine eingebaute Lektion wählen: ihre Daten, ihr Netz und ihre Einstellungen laden sofort (Strg+L).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="91" />
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="94" />
        <source>Train continuously; press again to pause (Space).</source>
        <translation>Fortlaufend trainieren; nochmal drücken pausiert (Leertaste).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="96" />
        <location filename="../ui/window_build.py" line="127" />
        <source>Step epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="96" />
        <source>Train one epoch: every training sample once (→). After Step sample or Step batch it finishes the epoch already under way.</source>
        <translation>Eine Epoche trainieren: jedes Trainingsbeispiel einmal (→). Nach „1 Beispiel“ oder „1 Batch“ beendet es die schon begonnene Epoche.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="98" />
        <location filename="../ui/window_build.py" line="129" />
        <source>Step batch</source>
        <translation>1 Batch</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="98" />
        <source>Train on the next mini-batch only (Shift+→).</source>
        <translation>Nur mit dem nächsten Mini-Batch trainieren (Umschalt+→).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="99" />
        <location filename="../ui/window_build.py" line="131" />
        <source>Step sample</source>
        <translation>1 Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="99" />
        <source>Train on the next single sample only (Ctrl+→).</source>
        <translation>Nur mit dem nächsten einzelnen Beispiel trainieren (Strg+→).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="100" />
        <location filename="../ui/window_build.py" line="126" />
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="100" />
        <source>Undo the last step, whatever its size: a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Den letzten Schritt rückgängig machen, egal wie groß: ein Beispiel, ein Batch oder eine Epoche (Umschalt+← oder Rücktaste).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="102" />
        <location filename="../ui/window_build.py" line="133" />
        <source>⟲ Reset</source>
        <translation>⟲ Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="102" />
        <source>Back to the same starting weights, epoch 0 (R).</source>
        <translation>Zurück zu denselben Startgewichten, Epoche 0 (R).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="103" />
        <source>New weights</source>
        <translation>Neue Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="103" />
        <source>Start again from new random weights: a new seed (N).</source>
        <translation>Neu beginnen mit neuen Zufallsgewichten: ein neuer Seed (N).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="110" />
        <source>Epoch 0</source>
        <translation>Epoche 0</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="116" />
        <source>Epochs completed: each epoch shows the network every training sample once. “+n” counts samples already trained in the next epoch.</source>
        <translation>Abgeschlossene Epochen: jede Epoche zeigt dem Netz jedes Trainingsbeispiel einmal. „+n“ zählt die Beispiele, die in der nächsten Epoche schon trainiert sind.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="128" />
        <source>→ epoch</source>
        <translation>→ Epoche</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="130" />
        <source>→ batch</source>
        <translation>→ Batch</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="132" />
        <source>→ sample</source>
        <translation>→ Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="140" />
        <source>Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch.</source>
        <translation>Trainierte Epochen pro Neuzeichnen (etwa 60 pro Sekunde). Nach links schieben, um jede Epoche zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="146" />
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="148" />
        <source>Play stops by itself after this many epochs.</source>
        <translation>Start hält nach so vielen Epochen von selbst an.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="154" />
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="155" />
        <source>loss ≤ </source>
        <translation>Verlust ≤ </translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="157" />
        <source>Play stops by itself when the training loss gets this low (“no target” = never).</source>
        <translation>Start hält von selbst an, wenn der Trainingsverlust so niedrig wird („kein Ziel“ = nie).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="159" />
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="161" />
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="164" />
        <source>Stop at</source>
        <translation>Halt bei</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="166" />
        <source>or at</source>
        <translation>oder bei</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="171" />
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="173" />
        <source>Memory for the timeline's saved states. Every epoch stays reachable; with less memory, going back replays a few more epochs from the nearest saved state.</source>
        <translation>Speicher für die gesicherten Zustände der Zeitleiste. Jede Epoche bleibt erreichbar; mit weniger Speicher rechnet ein Zurückgehen ein paar Epochen mehr vom nächsten gesicherten Zustand nach.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="176" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="194" />
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="195" />
        <source>Write every weight on its edge and every bias by its node (small networks; hover for the rest). Click one to type a new value.</source>
        <translation>Jedes Gewicht an seine Kante und jeden Bias an seinen Knoten schreiben (kleine Netze; sonst Maus darüber). Ein Klick darauf, um einen neuen Wert einzugeben.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="198" />
        <source>maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="199" />
        <source>Show inside each neuron what it computes over the plane of the two plotted inputs (blue high, orange low). Hover a neuron to see its map large in the boundary panel.</source>
        <translation>In jedem Neuron zeigen, was es über der Ebene der beiden gezeichneten Eingaben berechnet (blau hoch, orange niedrig). Maus über ein Neuron zeigt seine Karte groß in der Grenzansicht.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="202" />
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="203" />
        <source>After each step, play it in phases on the diagram: forward (activations layer by layer), backward (each δ and gradient), update (old weight → new). P shows the next phase.</source>
        <translation>Nach jedem Schritt diesen in Phasen im Diagramm abspielen: vorwärts (Aktivierungen Schicht für Schicht), rückwärts (jedes δ und jeder Gradient), Aktualisierung (altes Gewicht → neues). P zeigt die nächste Phase.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="212" />
        <source>Which training sample the node values show: the network's numbers for that one input.</source>
        <translation>Welches Trainingsbeispiel die Knotenwerte zeigen: die Zahlen des Netzes für genau diese Eingabe.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="215" />
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="215" />
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="226" />
        <source>Scores of the current weights. The test split is measured when training pauses.</source>
        <translation>Werte der aktuellen Gewichte. Der Testanteil wird gemessen, wenn das Training pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="229" />
        <source>The test split's confusion matrix: rows are the true class, columns what the network said. Framed cells are right, hatched cells wrong.</source>
        <translation>Die Konfusionsmatrix des Testanteils: Zeilen sind die wahre Klasse, Spalten das, was das Netz sagte. Gerahmte Zellen sind richtig, schraffierte falsch.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="237" />
        <source>The input on the horizontal axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>Die Eingabe auf der waagrechten Achse. Andere Eingaben bleiben auf ihrem Trainingsmittelwert: das Bild ist ein Schnitt.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="239" />
        <source>The input on the vertical axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>Die Eingabe auf der senkrechten Achse. Andere Eingaben bleiben auf ihrem Trainingsmittelwert: das Bild ist ein Schnitt.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="254" />
        <source>test data</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="257" />
        <source>Show the test points (rings): data the network never trains on.</source>
        <translation>Die Testpunkte zeigen (Ringe): Daten, mit denen das Netz nie trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="299" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="306" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="316" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="318" />
        <source>The step explainer: every number of the last step (E)</source>
        <translation>Der Schritt-Erklärer: jede Zahl des letzten Schritts (E)</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="328" />
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="390" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="393" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="394" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="397" />
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="398" />
        <source>&amp;Play / Pause</source>
        <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="399" />
        <source>Step &amp;epoch</source>
        <translation>Schritt: &amp;Epoche</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="400" />
        <source>Step &amp;batch</source>
        <translation>Schritt: &amp;Batch</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="401" />
        <source>Step &amp;sample</source>
        <translation>Schritt: Beis&amp;piel</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="402" />
        <source>Step bac&amp;k</source>
        <translation>Schritt zu&amp;rück</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="403" />
        <source>Go to the s&amp;tart</source>
        <translation>Zum &amp;Start</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="404" />
        <source>Go to the ne&amp;west</source>
        <translation>Zum neues&amp;ten Stand</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="405" />
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="406" />
        <source>&amp;New weights</source>
        <translation>Neue &amp;Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="407" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="408" />
        <source>Choose &amp;lesson</source>
        <translation>&amp;Lektion wählen</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="409" />
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="410" />
        <source>Present from &amp;here</source>
        <translation>Ab &amp;hier präsentieren</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="411" />
        <source>Ne&amp;xt beat</source>
        <translation>Nächste &amp;Folie</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="412" />
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="414" />
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="416" />
        <source>&amp;Smaller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="418" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="419" />
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="423" />
        <source>Step &amp;explainer</source>
        <translation>Schritt-&amp;Erklärer</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="425" />
        <source>Every number of the last step for the selected neuron, in the tutorials' notation (E).</source>
        <translation>Jede Zahl des letzten Schritts für das gewählte Neuron, in der Schreibweise der Tutorials (E).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="429" />
        <source>Next &amp;phase of the step</source>
        <translation>Nächste Ph&amp;ase des Schritts</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="430" />
        <source>&amp;Theme</source>
        <translation>Farbsche&amp;ma</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="439" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="441" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="442" />
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="443" />
        <source>&amp;About nnviz</source>
        <translation>Ü&amp;ber nnviz</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="458" />
        <source>Theme: {0}.</source>
        <translation>Farbschema: {0}.</translation>
    </message>
</context>
</TS>
