"""German translations of the window's texts, keyed by the English source text (see i18n_fill_ui.py)."""

DE = {
    # --- app, command line
    "could not write {0}": "konnte {0} nicht schreiben",
    "saved {0} at epoch {1}": "{0} gespeichert bei Epoche {1}",
    # --- boundary plot
    "click: add a point · Shift+click: remove": "Klick: Punkt hinzufügen · Umschalt+Klick: entfernen",
    "Discretize": "Klassen scharf",
    "Show hard class regions: each point of the plane in the colour of the class the network would predict, "
    "without confidence shading.":
        "Harte Klassengebiete zeigen: jeder Punkt der Ebene in der Farbe der Klasse, die das Netz vorhersagen "
        "würde, ohne Abstufung nach Sicherheit.",
    "Showing {0}": "Gezeigt: {0}",
    # --- confusion matrix
    "true class ↓   predicted →": "wahr ↓   vorhergesagt →",
    "({0} of this class)": "({0} dieser Klasse)",
    "right": "richtig",
    "wrong": "falsch",
    "1 sample": "1 Beispiel",
    "{0} samples": "{0} Beispiele",
    "true: {0}\npredicted: {1}\n{2}{3}: {4}": "wahr: {0}\nvorhergesagt: {1}\n{2}{3}: {4}",
    "No test results yet.": "Noch keine Testergebnisse.",
    "true class {0}: {1}": "wahre Klasse {0}: {1}",
    "predicted class {0}: {1}": "vorhergesagte Klasse {0}: {1}",
    # --- CSV worker
    "could not read {0}: unknown error": "konnte {0} nicht lesen: unbekannter Fehler",
    "{0}: not enough memory for this file; use a sample of it.":
        "{0}: nicht genug Speicher für diese Datei; nimm einen Ausschnitt davon.",
    "could not read {0}: {1}": "konnte {0} nicht lesen: {1}",
    # --- curve plot
    "network's prediction of {0}": "Vorhersage des Netzes für {0}",
    "network's prediction": "Vorhersage des Netzes",
    "network's P({0})": "P({0}) des Netzes",
    "data": "Daten",
    # --- data knobs
    "How far the points are scattered from their clean shape (0–50 %). More noise makes overfitting visible: "
    "the training loss keeps falling while the test loss rises.":
        "Wie weit die Punkte von ihrer sauberen Form abweichen (0–50 %). Mehr Rauschen macht Überanpassung "
        "sichtbar: der Trainingsverlust sinkt weiter, während der Testverlust steigt.",
    "The share of the points used for training (10–90 %); the rest are split 40:60 into validation and test "
    "points (the test points are drawn as rings).":
        "Der Anteil der Punkte für das Training (10–90 %); der Rest wird 40:60 in Validierungs- und Testpunkte "
        "geteilt (die Testpunkte sind als Ringe gezeichnet).",
    "How many points the set has.": "Wie viele Punkte der Datensatz hat.",
    "New points of the same kind (the next data seed). The network keeps its weights and trains on; Ctrl+Z "
    "brings the old points back.":
        "Neue Punkte derselben Art (der nächste Daten-Seed). Das Netz behält seine Gewichte und trainiert "
        "weiter; Strg+Z holt die alten Punkte zurück.",
    "The network's inputs, computed from x₁ and x₂ (as in TensorFlow Playground). Each one is an input neuron. "
    "With x₁² and x₂² a single neuron can draw a circle. Changing them builds a new input layer: training starts "
    "again from epoch 0 (Ctrl+Z undoes). At least one stays on.":
        "Die Eingaben des Netzes, berechnet aus x₁ und x₂ (wie im TensorFlow Playground). Jede ist ein "
        "Eingabeneuron. Mit x₁² und x₂² kann ein einziges Neuron einen Kreis zeichnen. Eine Änderung baut eine "
        "neue Eingabeschicht: das Training beginnt wieder bei Epoche 0 (Strg+Z macht es rückgängig). Mindestens "
        "eine bleibt an.",
    "A click on the boundary plot adds a training point of this class where you clicked; Shift+click removes "
    "the nearest point. Training goes on with the changed data (Ctrl+Z undoes).":
        "Ein Klick in die Entscheidungsgrenze fügt dort einen Trainingspunkt dieser Klasse hinzu; Umschalt+Klick "
        "entfernt den nächsten Punkt. Das Training geht mit den geänderten Daten weiter (Strg+Z macht es "
        "rückgängig).",
    "Data": "Daten",
    "⟳ Regenerate": "⟳ Neu erzeugen",
    "Noise": "Rauschen",
    "Training": "Training",
    "Points": "Punkte",
    "noise {0} %": "Rauschen {0} %",
    "training ratio {0} %": "Trainingsanteil {0} %",
    "{0} points": "{0} Punkte",
    "Inputs": "Eingaben",
    "Click adds": "Klick fügt hinzu",
    "Shift+click removes the nearest point.": "Umschalt+Klick entfernt den nächsten Punkt.",
    "Pause (Space) to change the network's inputs.": "Pausieren (Leertaste), um die Eingaben des Netzes zu ändern.",
    "new points (data seed {0})": "neue Punkte (Daten-Seed {0})",
    "The network needs at least one input: turn another on first.":
        "Das Netz braucht mindestens eine Eingabe: schalte zuerst eine andere ein.",
    # --- data panel
    "Open a table saved as CSV (comma-separated values): one row per example, one column per measurement, "
    "and one column holding what the network should predict.":
        "Eine als CSV gespeicherte Tabelle öffnen (kommagetrennte Werte): eine Zeile pro Beispiel, eine Spalte "
        "pro Messgröße und eine Spalte mit dem, was das Netz vorhersagen soll.",
    "Open one of the tables you opened before.": "Eine der zuvor geöffneten Tabellen öffnen.",
    "Stop reading the file. Whatever was loaded before stays.":
        "Das Lesen der Datei abbrechen. Was vorher geladen war, bleibt.",
    "How much of the file has been read.": "Wie viel der Datei schon gelesen ist.",
    "The first rows of the table. Under each name: numeric (numbers) or text (words). The column to predict is "
    "shaded; columns the network will not see are grey.":
        "Die ersten Zeilen der Tabelle. Unter jedem Namen: numerisch (Zahlen) oder Text (Wörter). Die "
        "vorherzusagende Spalte ist hinterlegt; Spalten, die das Netz nicht sieht, sind grau.",
    "What was done to read and prepare the table: the file's encoding and separator, renamed columns, values "
    "treated as missing, rows dropped.":
        "Was beim Lesen und Vorbereiten der Tabelle geschah: Kodierung und Trennzeichen der Datei, umbenannte "
        "Spalten, als fehlend behandelte Werte, weggelassene Zeilen.",
    "1 feature": "1 Merkmal",
    "{0} features": "{0} Merkmale",
    "{0} features ({1} inputs)": "{0} Merkmale ({1} Eingaben)",
    "a number": "eine Zahl",
    "{0} classes": "{0} Klassen",
    "{0}: {1} rows, {2} → {3} ({4})": "{0}: {1} Zeilen, {2} → {3} ({4})",
    "Open a CSV table": "Eine CSV-Tabelle öffnen",
    "Reading {0}…": "Lese {0}…",
    "Preparing {0}…": "Bereite {0} vor…",
    "Open CSV…": "CSV öffnen…",
    "Recent ▾": "Zuletzt ▾",
    "Open a table saved as CSV, or drop a .csv file here.":
        "Eine als CSV gespeicherte Tabelle öffnen oder eine .csv-Datei hierher ziehen.",
    "Cancel": "Abbrechen",
    "First {0} rows": "Erste {0} Zeilen",
    "What was done": "Was getan wurde",
    "{0}: {1} rows × {2} columns": "{0}: {1} Zeilen × {2} Spalten",
    "All {0} rows": "Alle {0} Zeilen",
    "Read {0}: {1} rows × {2} columns. Choose the target and press “Use this data”.":
        "{0} gelesen: {1} Zeilen × {2} Spalten. Wähle das Ziel und drücke „Diese Daten verwenden“.",
    "In use: {0}": "In Verwendung: {0}",
    "Loaded {0}: {1} rows": "{0} geladen: {1} Zeilen",
    "the file": "die Datei",
    "Stopped reading {0}.": "Lesen von {0} abgebrochen.",
    "Stopped preparing {0}.": "Vorbereiten von {0} abgebrochen.",
    "Clear the list": "Liste leeren",
    # --- data preview
    "numeric": "numerisch",
    "text": "Text",
    "{0}: missing": "{0}: fehlt",
    "the column to predict": "die vorherzusagende Spalte",
    "a feature": "ein Merkmal",
    "not used": "nicht verwendet",
    "{0}: {1} column, {2}": "{0}: Spalte ({1}), {2}",
    # --- explainer
    "Every row": "Jede Zeile",
    "Show the forward pass of every row of the step (z2, a2, z3, ŷ), the way the tutorials print it":
        "Den Vorwärtsdurchlauf jeder Zeile des Schritts zeigen (z2, a2, z3, ŷ), so wie die Tutorials ihn drucken",
    "Copy": "Kopieren",
    "Copy the explanation as plain text": "Die Erklärung als reinen Text kopieren",
    "Take a step (Step sample, Step batch or Step epoch) to see every number of it here.":
        "Mach einen Schritt (ein Beispiel, ein Batch oder eine Epoche), um hier jede seiner Zahlen zu sehen.",
    "Click a neuron in the network to see how this step changed it.":
        "Klicke ein Neuron im Netz an, um zu sehen, wie dieser Schritt es verändert hat.",
    "Sample {0}": "Beispiel {0}",
    "Nothing to explain for this neuron: {0}": "Für dieses Neuron gibt es nichts zu erklären: {0}",
    "Step explainer": "Schritt-Erklärer",
    "{0} · {1} of {2} · {3}": "{0} · {1} von {2} · {3}",
    "Forward": "Vorwärts",
    "Loss": "Verlust",
    "Backward": "Rückwärts",
    "Update": "Aktualisierung",
    "What does this neuron compute for this input?": "Was berechnet dieses Neuron für diese Eingabe?",
    "How far is the answer from the target?": "Wie weit liegt die Antwort vom Ziel entfernt?",
    "Which way, and how much, should each weight move?": "In welche Richtung und wie weit soll sich jedes Gewicht bewegen?",
    "What will the new weights and bias be after this step?":
        "Wie lauten die neuen Gewichte und der neue Bias nach diesem Schritt?",
    "About this lesson": "Über diese Lektion",
    "The next click shows it.": "Der nächste Klick zeigt es.",
    "Nothing of this part for this neuron.": "Von diesem Teil gibt es für dieses Neuron nichts.",
    # --- exports and the File menu
    "Qt could not encode a {0} image": "Qt konnte kein {0}-Bild kodieren",
    "network": "Netz",
    "boundary": "Entscheidungsgrenze",
    "loss": "Verlust",
    "window": "Fenster",
    "&Open…": "Ö&ffnen…",
    "Open &recent": "&Zuletzt geöffnet",
    "&Save": "&Speichern",
    "Save &as…": "Speichern &unter…",
    "&Export": "&Exportieren",
    "Network as PNG (2×)…": "Netz als PNG (2×)…",
    "Network as SVG…": "Netz als SVG…",
    "Boundary / neuron map as PNG (2×)…": "Grenze / Neuronenkarte als PNG (2×)…",
    "Boundary / neuron map as SVG…": "Grenze / Neuronenkarte als SVG…",
    "Loss curve as PNG (2×)…": "Verlustkurve als PNG (2×)…",
    "Loss curve as SVG…": "Verlustkurve als SVG…",
    "Whole window as PNG (2×)…": "Ganzes Fenster als PNG (2×)…",
    "Whole window as SVG…": "Ganzes Fenster als SVG…",
    "History as &CSV…": "Verlauf als &CSV…",
    "Training as animated &GIF…": "Training als animiertes &GIF…",
    "Network as &PyTorch script…": "Netz als &PyTorch-Skript…",
    "(none yet)": "(noch keine)",
    "Open a session, a lesson file or a CSV table": "Eine Sitzung, eine Lektionsdatei oder eine CSV-Tabelle öffnen",
    "nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;CSV tables "
    "(*.csv *.tsv *.txt);;All files (*)":
        "nnviz-Dateien (*.nnviz *.toml *.csv *.tsv *.txt);;Sitzungen (*.nnviz);;Lektionsdateien (*.toml);;"
        "CSV-Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)",
    "Save the session": "Die Sitzung speichern",
    "nnviz sessions (*.nnviz)": "nnviz-Sitzungen (*.nnviz)",
    "Saved the {0} view as {1} (SVG).": "Ansicht „{0}“ als {1} gespeichert (SVG).",
    "Saved the {0} view as {1} ({2}×{3} pixels).": "Ansicht „{0}“ als {1} gespeichert ({2}×{3} Pixel).",
    "Export the {0} view": "Ansicht „{0}“ exportieren",
    "{0} files (*.{1})": "{0}-Dateien (*.{1})",
    "Saved the history of {0} epochs as {1}.": "Verlauf von {0} Epochen als {1} gespeichert.",
    "Export the history": "Den Verlauf exportieren",
    "CSV tables (*.csv)": "CSV-Tabellen (*.csv)",
    "Export the network as a PyTorch script": "Das Netz als PyTorch-Skript exportieren",
    "Python scripts (*.py)": "Python-Skripte (*.py)",
    "Wrote {0}: run it with python and a CSV table.": "{0} geschrieben: mit python und einer CSV-Tabelle ausführen.",
    " and ": " und ",
    "Saved the training as {0}.": "Das Training als {0} gespeichert.",
    "Export training as an animated GIF": "Das Training als animiertes GIF exportieren",
    "GIF images (*.gif)": "GIF-Bilder (*.gif)",
    "Drawing the frames of the training…": "Zeichne die Bilder des Trainings…",
    "Export GIF": "GIF exportieren",
    "GIF export cancelled; nothing was written.": "GIF-Export abgebrochen; nichts wurde geschrieben.",
    # --- the lines under the diagram
    "Epoch {0}": "Epoche {0}",
    "and {0} more inputs": "und {0} weitere Eingaben",
    "Sample {0}: {1} → network says {2}; the answer is {3}.":
        "Beispiel {0}: {1} → das Netz sagt {2}; die Antwort ist {3}.",
    "Sample {0} → network says {1}; the answer is {2}.": "Beispiel {0} → das Netz sagt {1}; die Antwort ist {2}.",
    "Sample {0} → {1}; truth: {2}": "Beispiel {0} → {1}; wahr: {2}",
    "train loss <b>{0}</b>": "Train‑Verlust <b>{0}</b>",
    "val loss <b>{0}</b>": "Val‑Verlust <b>{0}</b>",
    "train acc <b>{0}</b>": "Train‑Genauigk. <b>{0}</b>",
    "val acc <b>{0}</b>": "Val‑Genauigk. <b>{0}</b>",
    "test acc <b>{0}</b>": "Test‑Genauigk. <b>{0}</b>",
    "test R² <b>{0}</b>": "Test-R² <b>{0}</b>",
    "epoch {0}: {1}": "Epoche {0}: {1}",
    "epoch 0 +{0}: scores come when epoch 1 is finished":
        "Epoche 0 +{0}: die Werte kommen, wenn Epoche 1 fertig ist",
    "epoch 0: no epoch finished yet": "Epoche 0: noch keine Epoche fertig",
    "input {0}": "Eingabe {0}",
    "output neuron {0}": "Ausgabeneuron {0}",
    "neuron {0} of hidden layer {1}": "Neuron {0} der verborgenen Schicht {1}",
    # --- help
    "next beat": "nächste Folie",
    "previous beat": "vorige Folie",
    "black screen (any key returns)": "schwarzer Bildschirm (jede Taste kehrt zurück)",
    "white screen (any key returns)": "weißer Bildschirm (jede Taste kehrt zurück)",
    "present from the start": "von Anfang an präsentieren",
    "present from here": "ab hier präsentieren",
    "leave presentation mode": "Präsentationsmodus verlassen",
    "Iris: R.A. Fisher (1936), UCI Machine Learning Repository, public domain. Palmer Penguins: K. Gorman and "
    "the Palmer Station LTER, CC0. Breast cancer (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), "
    "UCI. Wine: Forina et al., PARVUS, UCI. The diabetes table is synthetic (not medical data); the 2-D "
    "playground sets are generated from a seed. Details: data/README.md.":
        "Iris: R.A. Fisher (1936), UCI Machine Learning Repository, gemeinfrei. Palmer Penguins: K. Gorman und "
        "die Palmer Station LTER, CC0. Brustkrebs (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), "
        "UCI. Wein: Forina et al., PARVUS, UCI. Die Diabetes-Tabelle ist synthetisch (keine medizinischen "
        "Daten); die 2-D-Playground-Datensätze werden aus einem Seed erzeugt. Einzelheiten: data/README.md.",
    " or ": " oder ",
    "In the window": "Im Fenster",
    "In presentation mode (F5)": "Im Präsentationsmodus (F5)",
    "Keys": "Tasten",
    "Watch a neural network learn: a teaching tool for a class in front of a projector.":
        "Einem neuronalen Netz beim Lernen zusehen: ein Lehrwerkzeug für eine Klasse vor dem Beamer.",
    "Licence: MIT.": "Lizenz: MIT.",
    "Data: {0}": "Daten: {0}",
    "About nnviz": "Über nnviz",
    # --- hyperparameters
    "Pause to change the network.": "Pausieren, um das Netz zu ändern.",
    "Squashes the sum into 0…1: a smooth on/off switch.": "Presst die Summe in 0…1: ein weicher An/Aus-Schalter.",
    "Squashes the sum into −1…1, centred on 0.": "Presst die Summe in −1…1, um 0 zentriert.",
    "Keeps a positive sum as it is and turns a negative one into 0.":
        "Lässt eine positive Summe, wie sie ist, und macht aus einer negativen 0.",
    "linear": "linear",
    "Passes the sum on unchanged: no bend, so the layer cannot add curves.":
        "Gibt die Summe unverändert weiter: kein Knick, also kann die Schicht keine Kurven hinzufügen.",
    "Each output between 0 and 1: the probability of a yes.": "Jede Ausgabe zwischen 0 und 1: die Wahrscheinlichkeit für ein Ja.",
    "The outputs become probabilities that add up to 1, one per class.":
        "Die Ausgaben werden zu Wahrscheinlichkeiten, die sich zu 1 addieren, eine pro Klasse.",
    "The output is the plain sum: any number, for predicting values.":
        "Die Ausgabe ist die bloße Summe: eine beliebige Zahl, um Werte vorherzusagen.",
    "Each output between −1 and 1.": "Jede Ausgabe zwischen −1 und 1.",
    "mean squared error": "mittlerer quadratischer Fehler",
    "Half the squared gap between output and target: small gaps count little, big gaps a lot.":
        "Die Hälfte des quadrierten Abstands zwischen Ausgabe und Ziel: kleine Abstände zählen wenig, große viel.",
    "binary cross-entropy": "binäre Kreuzentropie",
    "For yes/no outputs between 0 and 1: a confident wrong answer costs a lot. Pairs with a sigmoid output.":
        "Für Ja/Nein-Ausgaben zwischen 0 und 1: eine selbstsichere falsche Antwort kostet viel. Passt zu einer "
        "Sigmoid-Ausgabe.",
    "categorical cross-entropy": "kategoriale Kreuzentropie",
    "For one class out of several: minus the log of the probability given to the right class. Pairs with a "
    "softmax output.":
        "Für eine Klasse aus mehreren: minus der Logarithmus der Wahrscheinlichkeit für die richtige Klasse. "
        "Passt zu einer Softmax-Ausgabe.",
    "gradient descent": "Gradientenabstieg",
    "Every weight steps against its gradient: learning rate × gradient.":
        "Jedes Gewicht geht einen Schritt gegen seinen Gradienten: Lernrate × Gradient.",
    "momentum": "Momentum",
    "Gradient descent that keeps 90 % of the previous step, so it rolls on through flat parts and small bumps.":
        "Gradientenabstieg, der 90 % des vorigen Schritts behält und so durch flache Stellen und kleine Buckel "
        "weiterrollt.",
    "Sizes each weight's step from the recent size of its gradients; often works with little tuning (try a "
    "learning rate of 0.001–0.01).":
        "Bemisst den Schritt jedes Gewichts nach der jüngsten Größe seiner Gradienten; funktioniert oft ohne viel "
        "Einstellen (probiere eine Lernrate von 0,001–0,01).",
    "Random, scaled by the layer sizes so signals neither fade out nor blow up. Good for sigmoid and tanh.":
        "Zufällig, nach den Schichtgrößen skaliert, damit Signale weder verblassen noch explodieren. Gut für "
        "Sigmoid und tanh.",
    "Random from a bell curve scaled for ReLU layers.": "Zufällig aus einer Glockenkurve, skaliert für ReLU-Schichten.",
    "uniform −1…1": "gleichverteilt −1…1",
    "Every weight and bias random between −1 and 1.": "Jedes Gewicht und jeder Bias zufällig zwischen −1 und 1.",
    "normal (0, 1)": "normalverteilt (0, 1)",
    "Random from a bell curve with mean 0 and spread 1; biases start at 0.":
        "Zufällig aus einer Glockenkurve mit Mittelwert 0 und Streuung 1; die Bias-Werte beginnen bei 0.",
    "constant": "konstant",
    "Every weight and bias starts at the same value. Then all neurons of a layer learn the same thing: try it.":
        "Jedes Gewicht und jeder Bias beginnt beim selben Wert. Dann lernen alle Neuronen einer Schicht dasselbe: "
        "probier es aus.",
    "The number of neurons in each layer: inputs on the left, outputs on the right.":
        "Die Zahl der Neuronen in jeder Schicht: Eingaben links, Ausgaben rechts.",
    "How many neurons hidden layer {n} has. More neurons can draw more complicated boundaries, but take longer "
    "to train.":
        "Wie viele Neuronen die verborgene Schicht {n} hat. Mehr Neuronen können kompliziertere Grenzen zeichnen, "
        "brauchen aber länger zum Trainieren.",
    "What each neuron of hidden layer {n} does with its weighted sum. sigmoid: 0…1; tanh: −1…1; ReLU: 0 or more; "
    "linear: unchanged (no curves).":
        "Was jedes Neuron der verborgenen Schicht {n} mit seiner gewichteten Summe macht. sigmoid: 0…1; "
        "tanh: −1…1; ReLU: 0 oder mehr; linear: unverändert (keine Kurven).",
    "Add a hidden layer after the last one (at most {max}).":
        "Eine verborgene Schicht nach der letzten hinzufügen (höchstens {max}).",
    "Remove the last hidden layer. With none left, the inputs connect straight to the outputs: a perceptron.":
        "Die letzte verborgene Schicht entfernen. Ist keine mehr übrig, sind die Eingaben direkt mit den "
        "Ausgaben verbunden: ein Perzeptron.",
    "What the output neurons do with their sum. sigmoid: a probability 0…1 for each output; softmax: "
    "probabilities over the classes that add up to 1; linear: any number; tanh: −1…1.":
        "Was die Ausgabeneuronen mit ihrer Summe machen. sigmoid: eine Wahrscheinlichkeit 0…1 für jede Ausgabe; "
        "softmax: Wahrscheinlichkeiten über die Klassen, die sich zu 1 addieren; linear: eine beliebige Zahl; "
        "tanh: −1…1.",
    "A bias is a number added to each neuron's sum. It lets a neuron fire even when every input is 0. Untick "
    "it to see why it is needed.":
        "Ein Bias ist eine Zahl, die zur Summe jedes Neurons addiert wird. Mit ihm kann ein Neuron feuern, "
        "auch wenn jede Eingabe 0 ist. Nimm den Haken weg, um zu sehen, warum er gebraucht wird.",
    "How the weights are chosen before training starts.": "Wie die Gewichte vor Beginn des Trainings gewählt werden.",
    "The value every weight and bias starts at.": "Der Wert, bei dem jedes Gewicht und jeder Bias beginnt.",
    "The number the random generator starts from. The same seed gives the same starting weights and the same "
    "shuffling, so a run can be repeated. Change it to try another start.":
        "Die Zahl, mit der der Zufallsgenerator beginnt. Derselbe Seed gibt dieselben Startgewichte und dieselbe "
        "Mischung, so lässt sich ein Lauf wiederholen. Ändere ihn, um einen anderen Start auszuprobieren.",
    "How the gap between the network's output and the target is measured. Training makes this number smaller.":
        "Wie der Abstand zwischen der Ausgabe des Netzes und dem Ziel gemessen wird. Das Training macht diese "
        "Zahl kleiner.",
    "How big a step the weights take each update. Too small: learning crawls. Too large: the loss jumps around "
    "or blows up. Pick one or type any number above 0.":
        "Wie groß der Schritt der Gewichte bei jeder Aktualisierung ist. Zu klein: das Lernen kriecht. Zu groß: "
        "der Verlust springt herum oder explodiert. Wähle einen Wert oder tippe eine Zahl über 0.",
    "How each weight's gradient is turned into a step.": "Wie aus dem Gradienten jedes Gewichts ein Schritt wird.",
    "How many training rows the network looks at before each weight update. full batch: all rows, one smooth "
    "update per epoch. 1: one sample at a time, quick but noisy. In between: mini-batches.":
        "Wie viele Trainingszeilen das Netz vor jeder Aktualisierung der Gewichte ansieht. Voller Batch: alle "
        "Zeilen, eine glatte Aktualisierung pro Epoche. 1: ein Beispiel nach dem anderen, schnell, aber "
        "verrauscht. Dazwischen: Mini-Batches.",
    "Weight decay: every update also pulls each weight a little towards 0, in proportion to this number. Small "
    "weights give simpler boundaries; too much and the network cannot learn.":
        "Weight Decay: jede Aktualisierung zieht außerdem jedes Gewicht ein wenig zu 0, im Verhältnis zu dieser "
        "Zahl. Kleine Gewichte ergeben einfachere Grenzen; zu viel, und das Netz kann nicht lernen.",
    "L1 (lasso): every update also pulls each weight towards 0 by the same amount, l1 × sign(w), however small "
    "the weight is. Weights the network does not need are driven to zero, leaving a sparse network (L2 only "
    "shrinks them). At exactly 0 the slope of |w| is undefined: nnviz uses 0 there (the sub-gradient), so a "
    "weight at 0 feels no pull. Plain gradient steps overshoot 0 by about learning rate × l1, so such weights "
    "hover near 0: the diagram draws every |w| < 0.01 as a thin grey dotted line (about zero).":
        "L1 (Lasso): jede Aktualisierung zieht außerdem jedes Gewicht um denselben Betrag zu 0, l1 × sign(w), "
        "egal wie klein das Gewicht ist. Gewichte, die das Netz nicht braucht, werden auf null getrieben, übrig "
        "bleibt ein dünn besetztes Netz (L2 schrumpft sie nur). Genau bei 0 ist die Steigung von |w| nicht "
        "definiert: nnviz nimmt dort 0 (den Subgradienten), also spürt ein Gewicht bei 0 keinen Zug. Einfache "
        "Gradientenschritte schießen um etwa Lernrate × l1 über 0 hinaus, daher schweben solche Gewichte nahe "
        "0: das Diagramm zeichnet jedes |w| < 0,01 als dünne grau gepunktete Linie (etwa null).",
    "Neurons in hidden layer {0}": "Neuronen in der verborgenen Schicht {0}",
    "Activation of hidden layer {0}": "Aktivierung der verborgenen Schicht {0}",
    "Network": "Netz",
    "The network's shape and starting weights can change only while training is paused.":
        "Form und Startgewichte des Netzes lassen sich nur ändern, während das Training pausiert.",
    "Hidden layers": "Verborgene Schichten",
    "Layer": "Schicht",
    "Neurons": "Neuronen",
    "Activation": "Aktivierung",
    "No hidden layer: the inputs connect straight to the outputs (a perceptron).":
        "Keine verborgene Schicht: die Eingaben sind direkt mit den Ausgaben verbunden (ein Perzeptron).",
    "+ Add layer": "+ Schicht",
    "− Remove layer": "− Schicht",
    "Output": "Ausgabe",
    "Start weights": "Startgewichte",
    "Start value": "Startwert",
    "Seed": "Seed",
    "Use a bias in every neuron": "Bias in jedem Neuron",
    "Learning rate": "Lernrate",
    "Optimizer": "Optimierer",
    "full batch": "voller Batch",
    "Batch size": "Batch-Größe",
    "L2 (weight decay)": "L2 (Weight Decay)",
    "drives unneeded weights to 0 (drawn grey dotted)": "treibt unnötige Gewichte auf 0 (grau gepunktet)",
    "L1 (sparsity)": "L1 (Sparsity)",
    "Needs at least two outputs.": "Braucht mindestens zwei Ausgaben.",
    "all rows, then one update": "alle Zeilen, dann eine Aktualisierung",
    "one sample at a time": "ein Beispiel nach dem anderen",
    "{0} rows per update": "{0} Zeilen pro Aktualisierung",
    "Cross-entropy is for classes; values usually use mean squared error.":
        "Kreuzentropie ist für Klassen; für Werte nimmt man meist den mittleren quadratischen Fehler.",
    "Works best with a sigmoid output (0…1).": "Funktioniert am besten mit einer Sigmoid-Ausgabe (0…1).",
    "Works best with a softmax output.": "Funktioniert am besten mit einer Softmax-Ausgabe.",
    "set by the lesson": "aus der Lektion",
    "This lesson starts from the weights its tutorial gives. Pick another choice to start from new ones.":
        "Diese Lektion beginnt mit den Gewichten aus ihrem Tutorial. Wähle etwas anderes, um mit neuen zu beginnen.",
    "{0}: kept {1}": "{0}: {1} behalten",
    # --- loss plot
    "hover to read values": "Maus darüber, um Werte abzulesen",
    "Log scale": "Log-Skala",
    "Show the loss on a logarithmic axis: late, small improvements stay visible\ninstead of flattening into the "
    "floor.":
        "Den Verlust auf einer logarithmischen Achse zeigen: späte, kleine Verbesserungen bleiben sichtbar,\n"
        "statt am Boden zu verflachen.",
    "accuracy": "Genauigkeit",
    "The pane is too short to read both curves: show the loss or the\naccuracy (a taller pane shows both, one "
    "above the other).":
        "Der Bereich ist zu niedrig für beide Kurven: Verlust oder\nGenauigkeit zeigen (ein höherer Bereich zeigt "
        "beide übereinander).",
    "The curves drawn so far: validation appears when the data has a validation split, accuracy for "
    "classification.":
        "Die bisher gezeichneten Kurven: Validierung erscheint, wenn die Daten einen Validierungsanteil haben, "
        "Genauigkeit bei Klassifikation.",
    "train loss": "Train‑Verlust",
    "val loss": "Val‑Verlust",
    "train acc": "Train‑Genauigkeit",
    "val acc": "Val‑Genauigkeit",
    "epoch": "Epoche",
    "acc": "Gen.",
    "hover: values · click: go there": "Maus darüber: Werte · Klick: dorthin gehen",
    # --- main window
    "nnviz — watch a neural network learn": "nnviz — einem neuronalen Netz beim Lernen zusehen",
    "❚❚ Pause": "❚❚ Pause",
    "Text at {0} is too large for a {1}×{2} window: F5 presents it full screen with a layout made for large "
    "text, Ctrl+0 goes back to the normal size.":
        "Text bei {0} ist zu groß für ein Fenster von {1}×{2}: F5 präsentiert ihn im Vollbild mit einem Layout "
        "für großen Text, Strg+0 kehrt zur normalen Größe zurück.",
    "Could not load lesson {0}: {1}": "Konnte Lektion {0} nicht laden: {1}",
    "Ctrl+Z goes back to {0} as you left it.": "Strg+Z kehrt zu {0} zurück, wie du es verlassen hast.",
    "Your data — {0}.": "Deine Daten — {0}.",
    "It asks: what does the network say for {0}? (Data tab)": "Sie fragt: Was sagt das Netz für {0}? (Reiter Daten)",
    "It asks the network a question: see “Ask the network” in the Data tab.":
        "Sie stellt dem Netz eine Frage: siehe „Das Netz fragen“ im Reiter Daten.",
    "Training… (Space pauses)": "Training… (Leertaste pausiert)",
    "No step to show in phases yet: take a step first.":
        "Noch kein Schritt, der sich in Phasen zeigen lässt: mach zuerst einen Schritt.",
    "The boundary panel shows what {0} computes over the plane (a click on empty space in the diagram goes back).":
        "Die Grenzansicht zeigt, was {0} über der Ebene berechnet (ein Klick auf eine leere Stelle im Diagramm "
        "kehrt zurück).",
    "data change ({0})": "Datenänderung ({0})",
    "{0} has no column {1}": "{0} hat keine Spalte {1}",
    "Pick two different inputs for the two axes.": "Wähle zwei verschiedene Eingaben für die beiden Achsen.",
    "Language: {0}.": "Sprache: {0}.",
    # --- network diagram
    "Input": "Eingabe",
    "Hidden {0}": "Verborgen {0}",
    "In": "Ein",
    "H{0}": "V{0}",
    "Out": "Aus",
    "the strongest {0} of {1} weights drawn (hover for any)":
        "die stärksten {0} von {1} Gewichten gezeichnet (Maus darüber für jedes)",
    "No network yet": "Noch kein Netz",
    "Forward pass: layer {0} of {1} — z = Σ w·a + b, then a = f(z)":
        "Vorwärtsdurchlauf: Schicht {0} von {1} — z = Σ w·a + b, dann a = f(z)",
    "Backward pass: layer {0} — δ in each node; edges coloured and sized by ∂L/∂w (dashed = negative)":
        "Rückwärtsdurchlauf: Schicht {0} — δ in jedem Knoten; Kanten gefärbt und bemessen nach ∂L/∂w "
        "(gestrichelt = negativ)",
    "Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)":
        "Aktualisierung: jedes Gewicht geht von seinem alten zu seinem neuen Wert (w ← w − lr·∂L/∂w)",
    "in '{0}'": "ein '{0}'",
    "out '{0}'": "aus '{0}'",
    "not set": "nicht gesetzt",
    "(about 0: |w| < {0}, drawn grey dotted)": "(etwa 0: |w| < {0}, grau gepunktet gezeichnet)",
    "w[{0}→{1}] from {2} to {3} = {4}": "w[{0}→{1}] von {2} zu {3} = {4}",
    "input '{0}' (input {1} of {2})": "Eingabe '{0}' (Eingabe {1} von {2})",
    "output '{0}' (output neuron {1} of {2})": "Ausgabe '{0}' (Ausgabeneuron {1} von {2})",
    "hidden layer {0}, neuron {1} of {2} (h{0}.{1})": "verborgene Schicht {0}, Neuron {1} von {2} (h{0}.{1})",
    "no bias": "kein Bias",
    "new value for {0}": "neuer Wert für {0}",
    "new bias for {0}": "neuer Bias für {0}",
    "bias = {0}": "Bias = {0}",
    "value = {0}": "Wert = {0}",
    "activation = {0}": "Aktivierung = {0}",
    "value: no sample selected": "Wert: kein Beispiel gewählt",
    "activation: no sample selected": "Aktivierung: kein Beispiel gewählt",
    "  ·  grey dotted = weight about 0 (|w| < {0})": "  ·  grau gepunktet = Gewicht etwa 0 (|w| < {0})",
    "orange dashed = negative weight, blue = positive, thickness = size":
        "orange gestrichelt = negatives Gewicht, blau = positiv, Dicke = Größe",
    "  ·  ring = bias  ·  fill = activation": "  ·  Ring = Bias  ·  Füllung = Aktivierung",
    "  ·  ring = bias  ·  maps: orange low, blue high": "  ·  Ring = Bias  ·  Karten: orange niedrig, blau hoch",
    "{0} = negative weight, {1} = positive, thickness = size": "{0} = negatives Gewicht, {1} = positiv, Dicke = Größe",
    "orange dashed": "orange gestrichelt",
    "blue": "blau",
    # --- plots
    "train: filled": "Training: gefüllt",
    "test: outlined": "Test: umrandet",
    "class {0}": "Klasse {0}",
    # --- predict box
    "Type a value for '{col}' in the table's own units.": "Einen Wert für '{col}' in den Einheiten der Tabelle eingeben.",
    "Pick a value for '{col}'.": "Einen Wert für '{col}' wählen.",
    "Run these values through the network and show its answer (Enter works too).":
        "Diese Werte durch das Netz schicken und seine Antwort zeigen (Enter geht auch).",
    "The network's answer, in the table's own units.": "Die Antwort des Netzes, in den Einheiten der Tabelle.",
    "One of: {0}": "Eins von: {0}",
    "column": "Spalte",
    "value": "Wert",
    "e.g. {0}": "z. B. {0}",
    "Type an example; the network predicts {0}.": "Gib ein Beispiel ein; das Netz sagt {0} vorher.",
    "Load a lesson or a table first.": "Lade zuerst eine Lektion oder eine Tabelle.",
    "There is no network to ask yet.": "Es gibt noch kein Netz, das man fragen kann.",
    "the network's output is not a number (has training diverged?)":
        "die Ausgabe des Netzes ist keine Zahl (ist das Training divergiert?)",
    "Could not predict: {0}": "Vorhersage nicht möglich: {0}",
    "Ask the network": "Das Netz fragen",
    "Load a lesson or a table to ask the network about an example.":
        "Lade eine Lektion oder eine Tabelle, um das Netz zu einem Beispiel zu fragen.",
    "Predict": "Vorhersagen",
    "values to ask about": "Werte für die Frage",
    "{0} columns: type a value in the right-hand column.": "{0} Spalten: einen Wert in die rechte Spalte eingeben.",
    "Needs a lesson or a table, and a network.": "Braucht eine Lektion oder eine Tabelle und ein Netz.",
    # --- prepare choices
    "auto": "automatisch",
    "classification": "Klassifikation",
    "regression": "Regression",
    "drop rows": "Zeilen weglassen",
    "fill with mean": "mit Mittelwert füllen",
    "none": "keine",
    "divide by max": "durch Maximum teilen",
    "min-max (0–1)": "Min-Max (0–1)",
    "standardize": "standardisieren",
    "The column the network learns to predict (the answer). Usually the last column, or one named like class, "
    "label, species or price.":
        "Die Spalte, die das Netz vorherzusagen lernt (die Antwort). Meist die letzte Spalte oder eine mit einem "
        "Namen wie class, label, species oder price.",
    "auto: words or a few whole numbers become classes, other numbers a value to predict. classification: "
    "predict which class. regression: predict a number.":
        "automatisch: Wörter oder wenige ganze Zahlen werden Klassen, andere Zahlen ein vorherzusagender Wert. "
        "Klassifikation: die Klasse vorhersagen. Regression: eine Zahl vorhersagen.",
    "The columns the network looks at to make its prediction. Text columns are turned into one 0/1 input per "
    "word (one-hot).":
        "Die Spalten, die das Netz für seine Vorhersage ansieht. Textspalten werden zu einer 0/1-Eingabe pro Wort "
        "(One-Hot).",
    "Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a chosen column. fill with "
    "mean: put the column's average (training rows) in the gap.":
        "Leere Zellen (oder NA, ?, …). Zeilen weglassen: jede Zeile mit einer leeren Zelle in einer gewählten "
        "Spalte weglassen. Mit Mittelwert füllen: den Durchschnitt der Spalte (Trainingszeilen) in die Lücke "
        "setzen.",
    "Networks learn best when every input has a similar size. none: use the numbers as they are. divide by "
    "max: each column's largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1.":
        "Netze lernen am besten, wenn jede Eingabe eine ähnliche Größe hat. keine: die Zahlen so nehmen, wie sie "
        "sind. durch Maximum teilen: der größte Wert jeder Spalte wird 1. Min-Max: 0 bis 1. standardisieren: "
        "Mittelwert 0, typische Streuung 1.",
    "How the rows are shared out, in percent: train (the network learns from these), validation (checked during "
    "training) and test (kept aside for the final check).":
        "Wie die Zeilen aufgeteilt werden, in Prozent: Training (daraus lernt das Netz), Validierung (während "
        "des Trainings geprüft) und Test (für die Schlussprüfung beiseitegelegt).",
    "Build the network's data from this table with the choices above. The current lesson is replaced only if "
    "this works.":
        "Die Daten des Netzes aus dieser Tabelle mit den Einstellungen oben bauen. Die aktuelle Lektion wird nur "
        "ersetzt, wenn das klappt.",
    "Prepare": "Vorbereiten",
    "Target": "Ziel",
    "Target kind": "Art des Ziels",
    "Features": "Merkmale",
    "Missing values": "Fehlende Werte",
    "Scaling": "Skalierung",
    "Percent of the rows used for train.": "Prozent der Zeilen für das Training.",
    "Percent of the rows used for validation.": "Prozent der Zeilen für die Validierung.",
    "Percent of the rows used for test.": "Prozent der Zeilen für den Test.",
    "train": "Training",
    "validation": "Validierung",
    "test": "Test",
    "Split %": "Aufteilung %",
    "Use this data": "Diese Daten verwenden",
    "{0} (text → one-hot)": "{0} (Text → One-Hot)",
    "{0} (empty)": "{0} (leer)",
    "{0}: {1} column.": "{0}: Spalte ({1}).",
    "These add up to {0} %; they will be rescaled to 100 %.":
        "Das ergibt zusammen {0} %; es wird auf 100 % umgerechnet.",
    # --- presentation
    "Explainer": "Erklärer",
    "Boundary": "Grenze",
    "Confusion": "Konfusion",
    "Left presentation mode: the window as it was (F5 presents again).":
        "Präsentationsmodus verlassen: das Fenster wie vorher (F5 präsentiert wieder).",
    "sample": "Beispiel",
    "batch": "Batch",
    "Paused at epoch {epoch}: PageDown (or Space) continues · PageUp goes back.":
        "Pausiert bei Epoche {epoch}: Bild↓ (oder Leertaste) macht weiter · Bild↑ geht zurück.",
    "The end of this lesson: PageUp goes back, Esc leaves.": "Das Ende dieser Lektion: Bild↑ geht zurück, Esc beendet.",
    "Still training: the next beat comes when this run ends.":
        "Das Training läuft noch: die nächste Folie kommt, wenn dieser Lauf endet.",
    "end · step {0}": "Ende · Schritt: {0}",
    "end": "Ende",
    "This beat could not be done: {0}": "Diese Folie ließ sich nicht ausführen: {0}",
    "Could not go back: {0}": "Zurückgehen ging nicht: {0}",
    "beat {0}": "Folie {0}",
    "The end": "Ende",
    "{0} beats": "{0} Folien",
    "PageUp goes back · Esc leaves": "Bild↑ geht zurück · Esc beendet",
    "nnviz — presenter console": "nnviz — Referentenansicht",
    "Time since the presentation started": "Zeit seit Beginn der Präsentation",
    "elapsed": "vergangen",
    "Now": "Jetzt",
    "Notes (only here)": "Notizen (nur hier)",
    "Next": "Als Nächstes",
    "The room sees": "Der Raum sieht",
    "Beats: click, or ↑↓ and Enter, to jump": "Folien: Klick oder ↑↓ und Enter zum Springen",
    "Beat {0} / {1}": "Folie {0} / {1}",
    "This lesson has no beats": "Diese Lektion hat keine Folien",
    "(no notes for this beat)": "(keine Notizen zu dieser Folie)",
    "The end of the lesson.": "Das Ende der Lektion.",
    "End · {0} beats done": "Ende · {0} Folien gezeigt",
    "Nothing: the lesson has ended (PageUp goes back, Esc leaves).":
        "Nichts: die Lektion ist zu Ende (Bild↑ geht zurück, Esc beendet).",
    "That key does nothing while presenting (PageDown next · PageUp back · B black · Esc leaves).":
        "Diese Taste tut beim Präsentieren nichts (Bild↓ weiter · Bild↑ zurück · B schwarz · Esc beendet).",
    # --- run controller, sync, zoom, timeline, worker
    "Training diverged: press Reset (R) to start again from the same weights.":
        "Das Training ist divergiert: Zurücksetzen (R) beginnt wieder mit denselben Gewichten.",
    "max": "max.",
    "{0}/frame": "{0}/Bild",
    "Pause first to step one at a time.": "Erst pausieren, um Schritt für Schritt zu gehen.",
    "Nothing is loaded yet.": "Noch nichts geladen.",
    "Reached the limit: training on to {0} epochs.": "Grenze erreicht: weiter trainieren bis {0} Epochen.",
    "your own data": "deine eigenen Daten",
    "&Undo {0}": "&Rückgängig: {0}",
    "Prediction along {0}": "Vorhersage entlang {0}",
    "Prediction": "Vorhersage",
    "Text size {0} pt is the largest that fits this screen with every view readable; F5 presents with larger "
    "text.":
        "Textgröße {0} pt ist die größte, die auf diesen Bildschirm passt, so dass jede Ansicht lesbar bleibt; "
        "F5 präsentiert mit größerem Text.",
    "Text size {0} pt.": "Textgröße {0} pt.",
    "Go to the start: epoch 0 (Home).": "Zum Anfang: Epoche 0 (Pos1).",
    "Step back: undo the last step, a sample, a batch or an epoch (Shift+← or Backspace).":
        "Schritt zurück: den letzten Schritt rückgängig machen, ein Beispiel, ein Batch oder eine Epoche "
        "(Umschalt+← oder Rücktaste).",
    "The timeline: every state training went through. Drag to see any of them; Play or Step from a past state "
    "trains on from there (Ctrl+Z brings the rest back).":
        "Die Zeitleiste: jeder Zustand, den das Training durchlief. Ziehen, um jeden davon zu sehen; Start oder "
        "Schritt von einem früheren Zustand trainiert von dort weiter (Strg+Z holt den Rest zurück).",
    "Step forward again, towards the newest state.": "Wieder einen Schritt vor, zum neuesten Zustand hin.",
    "Go to the newest state (End).": "Zum neuesten Zustand (Ende).",
    "The epoch shown (+ samples into the next one) / the newest epoch reached.":
        "Die gezeigte Epoche (+ Beispiele der nächsten) / die neueste erreichte Epoche.",
    "Training stopped: {0}": "Training angehalten: {0}",
    "unknown pane {0}; choose one of {1}": "unbekannter Bereich {0}; wähle einen von {1}",
    "the {0} pane needs a neuron": "der Bereich {0} braucht ein Neuron",
    "{0}: type a number, Enter to apply, Esc to cancel": "{0}: Zahl eingeben, Enter übernimmt, Esc bricht ab",
    "Type a number, e.g. 0 or -0.5 (Esc cancels)": "Gib eine Zahl ein, z. B. 0 oder -0,5 (Esc bricht ab)",
    # --- window: toolbar, docks, menus
    "▶ Play": "▶ Start",
    "&Undo": "&Rückgängig",
    "Loss and accuracy": "Verlust und Genauigkeit",
    "Decision boundary": "Entscheidungsgrenze",
    "Light": "Hell",
    "Dark": "Dunkel",
    "High contrast": "Hoher Kontrast",
    "Lesson:": "Lektion:",
    "Pick a built-in lesson: its data, network and settings load at once (Ctrl+L).":
        "Eine eingebaute Lektion wählen: ihre Daten, ihr Netz und ihre Einstellungen laden sofort (Strg+L).",
    "Playback": "Wiedergabe",
    "Train continuously; press again to pause (Space).": "Fortlaufend trainieren; nochmal drücken pausiert (Leertaste).",
    "Step epoch": "1 Epoche",
    "Train one epoch: every training sample once (→). After Step sample or Step batch it finishes the epoch "
    "already under way.":
        "Eine Epoche trainieren: jedes Trainingsbeispiel einmal (→). Nach „1 Beispiel“ oder „1 Batch“ "
        "beendet es die schon begonnene Epoche.",
    "Step batch": "1 Batch",
    "Train on the next mini-batch only (Shift+→).": "Nur mit dem nächsten Mini-Batch trainieren (Umschalt+→).",
    "Step sample": "1 Beispiel",
    "Train on the next single sample only (Ctrl+→).": "Nur mit dem nächsten einzelnen Beispiel trainieren (Strg+→).",
    "◀ Back": "◀ Zurück",
    "Undo the last step, whatever its size: a sample, a batch or an epoch (Shift+← or Backspace).":
        "Den letzten Schritt rückgängig machen, egal wie groß: ein Beispiel, ein Batch oder eine Epoche "
        "(Umschalt+← oder Rücktaste).",
    "⟲ Reset": "⟲ Zurücksetzen",
    "Back to the same starting weights, epoch 0 (R).": "Zurück zu denselben Startgewichten, Epoche 0 (R).",
    "New weights": "Neue Gewichte",
    "Start again from new random weights: a new seed (N).": "Neu beginnen mit neuen Zufallsgewichten: ein neuer Seed (N).",
    "Epoch 0": "Epoche 0",
    "Epochs completed: each epoch shows the network every training sample once. “+n” counts samples already "
    "trained in the next epoch.":
        "Abgeschlossene Epochen: jede Epoche zeigt dem Netz jedes Trainingsbeispiel einmal. „+n“ zählt die "
        "Beispiele, die in der nächsten Epoche schon trainiert sind.",
    "→ epoch": "→ Epoche",
    "→ batch": "→ Batch",
    "→ sample": "→ Beispiel",
    "Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch.":
        "Trainierte Epochen pro Neuzeichnen (etwa 60 pro Sekunde). Nach links schieben, um jede Epoche zu sehen.",
    " epochs": " Epochen",
    "Play stops by itself after this many epochs.": "Start hält nach so vielen Epochen von selbst an.",
    "no target": "kein Ziel",
    "loss ≤ ": "Verlust ≤ ",
    "Play stops by itself when the training loss gets this low (“no target” = never).":
        "Start hält von selbst an, wenn der Trainingsverlust so niedrig wird („kein Ziel“ = nie).",
    "Run": "Lauf",
    "Speed": "Tempo",
    "Stop at": "Halt bei",
    "or at": "oder bei",
    " MB": " MB",
    "Memory for the timeline's saved states. Every epoch stays reachable; with less memory, going back replays "
    "a few more epochs from the nearest saved state.":
        "Speicher für die gesicherten Zustände der Zeitleiste. Jede Epoche bleibt erreichbar; mit weniger "
        "Speicher rechnet ein Zurückgehen ein paar Epochen mehr vom nächsten gesicherten Zustand nach.",
    "History": "Verlauf",
    "weights": "Gewichte",
    "Write every weight on its edge and every bias by its node (small networks; hover for the rest). Click one "
    "to type a new value.":
        "Jedes Gewicht an seine Kante und jeden Bias an seinen Knoten schreiben (kleine Netze; sonst Maus "
        "darüber). Ein Klick darauf, um einen neuen Wert einzugeben.",
    "maps": "Karten",
    "Show inside each neuron what it computes over the plane of the two plotted inputs (blue high, orange low). "
    "Hover a neuron to see its map large in the boundary panel.":
        "In jedem Neuron zeigen, was es über der Ebene der beiden gezeichneten Eingaben berechnet (blau hoch, "
        "orange niedrig). Maus über ein Neuron zeigt seine Karte groß in der Grenzansicht.",
    "phases": "Phasen",
    "After each step, play it in phases on the diagram: forward (activations layer by layer), backward (each δ "
    "and gradient), update (old weight → new). P shows the next phase.":
        "Nach jedem Schritt diesen in Phasen im Diagramm abspielen: vorwärts (Aktivierungen Schicht für "
        "Schicht), rückwärts (jedes δ und jeder Gradient), Aktualisierung (altes Gewicht → neues). P zeigt die "
        "nächste Phase.",
    "Which training sample the node values show: the network's numbers for that one input.":
        "Welches Trainingsbeispiel die Knotenwerte zeigen: die Zahlen des Netzes für genau diese Eingabe.",
    "Scores of the current weights. The test split is measured when training pauses.":
        "Werte der aktuellen Gewichte. Der Testanteil wird gemessen, wenn das Training pausiert.",
    "The test split's confusion matrix: rows are the true class, columns what the network said. Framed cells "
    "are right, hatched cells wrong.":
        "Die Konfusionsmatrix des Testanteils: Zeilen sind die wahre Klasse, Spalten das, was das Netz sagte. "
        "Gerahmte Zellen sind richtig, schraffierte falsch.",
    "The input on the horizontal axis. Other inputs are held at their training mean: the picture is a slice.":
        "Die Eingabe auf der waagrechten Achse. Andere Eingaben bleiben auf ihrem Trainingsmittelwert: das Bild "
        "ist ein Schnitt.",
    "The input on the vertical axis. Other inputs are held at their training mean: the picture is a slice.":
        "Die Eingabe auf der senkrechten Achse. Andere Eingaben bleiben auf ihrem Trainingsmittelwert: das Bild "
        "ist ein Schnitt.",
    "test data": "Testdaten",
    "Show the test points (rings): data the network never trains on.":
        "Die Testpunkte zeigen (Ringe): Daten, mit denen das Netz nie trainiert.",
    "Settings": "Einstellungen",
    "Step": "Schritt",
    "The step explainer: every number of the last step (E)": "Der Schritt-Erklärer: jede Zahl des letzten Schritts (E)",
    "Ready.": "Bereit.",
    "&File": "&Datei",
    "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten",
    "&Training": "&Training",
    "&Play / Pause": "&Abspielen / Pause",
    "Step &epoch": "Schritt: &Epoche",
    "Step &batch": "Schritt: &Batch",
    "Step &sample": "Schritt: Beis&piel",
    "Step bac&k": "Schritt zu&rück",
    "Go to the s&tart": "Zum &Start",
    "Go to the ne&west": "Zum neues&ten Stand",
    "&Reset": "&Zurücksetzen",
    "&New weights": "Neue &Gewichte",
    "&View": "&Ansicht",
    "Choose &lesson": "&Lektion wählen",
    "&Present": "&Präsentieren",
    "Present from &here": "Ab &hier präsentieren",
    "Ne&xt beat": "Nächste &Folie",
    "&Back": "&Zurück",
    "&Larger text": "Text &größer",
    "&Smaller text": "Text &kleiner",
    "&Normal text size": "&Normale Textgröße",
    "&Full screen": "&Vollbild",
    "Step &explainer": "Schritt-&Erklärer",
    "Every number of the last step for the selected neuron, in the tutorials' notation (E).":
        "Jede Zahl des letzten Schritts für das gewählte Neuron, in der Schreibweise der Tutorials (E).",
    "Next &phase of the step": "Nächste Ph&ase des Schritts",
    "&Theme": "Farbsche&ma",
    "Lan&guage": "&Sprache",
    "&Help": "&Hilfe",
    "&Keys": "&Tasten",
    "&About nnviz": "Ü&ber nnviz",
    "Theme: {0}.": "Farbschema: {0}.",
    # --- NumPy code view, Edit → Copy step as Python
    "Copy as Python": "Als Python kopieren",
    "Copy a script that reruns this step with NumPy alone, from this step's weights and rows, and prints every "
    "result (Ctrl+Shift+C)":
        "Ein Skript kopieren, das diesen Schritt nur mit NumPy wiederholt, aus den Gewichten und Zeilen dieses "
        "Schritts, und jedes Ergebnis ausgibt (Strg+Umschalt+C)",
    "The NumPy lines of the step": "Die NumPy-Zeilen des Schritts",
    "This step cannot be written as NumPy lines: {0}": "Dieser Schritt lässt sich nicht als NumPy-Zeilen schreiben: {0}",
    "Take a step (Step sample, Step batch or Step epoch) to see the NumPy lines that compute it, with this step's "
    "shapes and values.":
        "Mach einen Schritt (ein Beispiel, ein Batch oder eine Epoche), um die NumPy-Zeilen zu sehen, die ihn "
        "berechnen, mit den Formen und Werten dieses Schritts.",
    "Step epoch: the lines of the epoch's last step, the one recorded.":
        "„1 Epoche“: die Zeilen des letzten Schritts der Epoche, des aufgezeichneten.",
    "NumPy": "NumPy",
    "The NumPy lines that compute the last step, with its shapes and values":
        "Die NumPy-Zeilen, die den letzten Schritt berechnen, mit seinen Formen und Werten",
    "Copy step as &Python": "Schritt als &Python kopieren",
    "Copied the step as a Python script (NumPy only): run it to see every number of the step again.":
        "Schritt als Python-Skript kopiert (nur NumPy): führ es aus, um jede Zahl des Schritts wieder zu sehen.",
    "No step to copy yet: take a step first.": "Noch kein Schritt zum Kopieren: mach zuerst einen Schritt.",
    "&NumPy lines of the step": "N&umPy-Zeilen des Schritts",
    # --- digits pane: draw pad, probability bars, mistakes gallery
    "Digits": "Ziffern",
    "&Draw a digit": "Z&iffer zeichnen",
    "&Mistakes": "Fehle&r",
    "The network's answer for the drawing: the class with the largest output.":
        "Die Antwort des Netzes für die Zeichnung: die Klasse mit der größten Ausgabe.",
    "The label the drawing is added with: what the digit really is (on the pad, type the digit).":
        "Das Label, mit dem die Zeichnung hinzugefügt wird: welche Ziffer es wirklich ist (auf dem Zeichenfeld "
        "die Ziffer tippen).",
    "Add to training data": "Zum Training hinzufügen",
    "Add the drawing to the training data with the chosen label (Enter on the pad). The network keeps its weights "
    "and trains on it; Ctrl+Z takes it out.":
        "Die Zeichnung mit dem gewählten Label zu den Trainingsdaten hinzufügen (Enter auf dem Zeichenfeld). Das "
        "Netz behält seine Gewichte und trainiert damit weiter; Strg+Z nimmt sie wieder heraus.",
    "Clear": "Leeren",
    "Wipe the pad (Delete on the pad).": "Das Zeichenfeld leeren (Entf auf dem Zeichenfeld).",
    "Label": "Klasse",
    "Draw": "Zeichnen",
    "Draw a digit and see the network's answer as you draw (D).":
        "Zeichne eine Ziffer und sieh schon beim Zeichnen die Antwort des Netzes (D).",
    "Show every mistake, or one kind: a true class taken for another (a click on a confusion-matrix cell picks it "
    "too).":
        "Alle Fehler zeigen oder nur eine Art: eine wahre Klasse, die für eine andere gehalten wird (ein Klick auf "
        "eine Zelle der Konfusionsmatrix wählt sie auch).",
    "Test digits the network gets wrong: truth → answer and how sure it was. Click one (or Enter) to show it on "
    "the diagram; arrow keys move.":
        "Testziffern, die das Netz falsch erkennt: Wahrheit → Antwort und wie sicher es war. Ein Klick (oder Enter) "
        "zeigt eine im Diagramm; die Pfeiltasten wechseln.",
    "Mistakes": "Fehler",
    "The test digits the network gets wrong, most confident first (M).":
        "Die Testziffern, die das Netz falsch erkennt, die sichersten Irrtümer zuerst (M).",
    "The network gives no answer (its outputs are not numbers).":
        "Das Netz gibt keine Antwort (seine Ausgaben sind keine Zahlen).",
    "Blank pad: the network says {0} ({1}). Draw a digit.": "Leeres Feld: das Netz sagt {0} ({1}). Zeichne eine Ziffer.",
    "The network says ▶ {0} ({1}).": "Das Netz sagt ▶ {0} ({1}).",
    "This data has no test split: nothing to check the network on.":
        "Diese Daten haben keinen Testanteil: nichts, woran sich das Netz prüfen lässt.",
    "{0} of {1} test digits wrong ({2} right). Truth → answer, how sure; click one to show it on the diagram.":
        "{0} von {1} Testziffern falsch ({2} richtig). Wahrheit → Antwort, wie sicher; klick eine an, um sie im "
        "Diagramm zu zeigen.",
    "No test digits to show.": "Keine Testziffern zum Zeigen.",
    "No mistakes of this kind now.": "Gerade keine Fehler dieser Art.",
    "No test digit is wrong.": "Keine Testziffer ist falsch.",
    "All mistakes ({0})": "Alle Fehler ({0})",
    "{0} taken for {1} ({2})": "{0} als {1} erkannt ({2})",
    "Draw a digit: drag with the left button (or a pen) to add ink, with the right button, Shift or the pen's "
    "eraser to take it away. Keys: arrows move the frame, Space inks, Shift+Space erases, Delete clears.":
        "Zeichne eine Ziffer: mit der linken Maustaste (oder einem Stift) ziehen gibt Tinte dazu, mit der rechten "
        "Maustaste, Umschalt oder dem Radierer des Stifts nimmst du sie weg. Tasten: Pfeile bewegen den Rahmen, "
        "Leertaste färbt, Umschalt+Leertaste radiert, Entf leert.",
    "Drawing pad": "Zeichenfeld",
    "Draw a digit here": "Zeichne hier eine Ziffer",
    "How sure the network is of each class for the drawing (its outputs, in per cent). The longest bar, marked ▶, "
    "is its answer.":
        "Wie sicher sich das Netz bei jeder Klasse für die Zeichnung ist (seine Ausgaben, in Prozent). Der längste "
        "Balken, mit ▶ markiert, ist seine Antwort.",
    "{0}: {1} (the network's output for this class)": "{0}: {1} (die Ausgabe des Netzes für diese Klasse)",
    "The diagram shows test digit {0}: the network never trained on it. The sample picker goes back to the "
    "training digits.":
        "Das Diagramm zeigt Testziffer {0}: mit ihr hat das Netz nie trainiert. Die Beispielauswahl geht zurück zu "
        "den Trainingsziffern.",
    "Drawing and mistakes are for lessons whose inputs form a picture, such as the handwritten digits.":
        "Zeichnen und Fehler gibt es in Lektionen, deren Eingaben ein Bild ergeben, etwa den handgeschriebenen Ziffern.",
    "The gallery shows every mistake (a right answer was clicked).":
        "Die Galerie zeigt alle Fehler (eine richtige Antwort wurde angeklickt).",
    "The gallery shows the test digits of {0} taken for {1} (the picker above it goes back to all).":
        "Die Galerie zeigt die Testziffern {0}, die als {1} erkannt wurden (die Auswahl darüber geht zurück zu allen).",
    "Misclassified test digits": "Falsch erkannte Testziffern",
    "Test digit {0}: it is a {1}, the network said {2} ({3} sure). Click (or Enter) to show it on the diagram.":
        "Testziffer {0}: es ist eine {1}, das Netz sagte {2} ({3} sicher). Klick (oder Enter) zeigt sie im Diagramm.",
    # --- the diagram with a picture input, the sample line under it
    "truth: {0}": "wahr: {0}",
    "network: {0}": "Netz: {0}",
    "Test sample {0} (never trained on) → network says {1}; the answer is {2}.":
        "Testbeispiel {0} (nie damit trainiert) → das Netz sagt {1}; die Antwort ist {2}.",
    "Test sample {0} → {1}; truth: {2}": "Testbeispiel {0} → {1}; wahr: {2}",
    "{0} −, {1} + · picture → neuron: one line, Σ w·x of all {2} pixels":
        "{0} −, {1} + · Bild → Neuron: eine Linie, Σ w·x aller {2} Pixel",
    "its {0} weights as a picture: blue +, orange − with a dash, full colour at ±{1} (its largest |w|)":
        "seine {0} Gewichte als Bild: blau +, orange − mit Strich, volle Farbe bei ±{1} (sein größtes |w|)",
    # --- data preparation
    "one 0–1 range for all (pictures)": "ein 0–1-Bereich für alle (Bilder)",
    "Networks learn best when every input has a similar size. none: use the numbers as they are. divide by max: "
    "each column's largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1. one range "
    "for all: the smallest and largest value of the whole table become 0 and 1, so a picture's pixels keep their "
    "look.":
        "Netze lernen am besten, wenn jede Eingabe eine ähnliche Größe hat. keine: die Zahlen so nehmen, wie sie "
        "sind. durch Maximum teilen: der größte Wert jeder Spalte wird 1. Min-Max: 0 bis 1. standardisieren: "
        "Mittelwert 0, typische Streuung 1. ein Bereich für alle: der kleinste und der größte Wert der ganzen "
        "Tabelle werden 0 und 1, so behalten die Pixel eines Bildes ihr Aussehen.",
    # --- step explainer: all terms, Check yourself
    "Show all terms": "Alle Summanden zeigen",
    "List every term of the long sums and every weight, not only the largest terms":
        "Jeden Summanden der langen Summen und jedes Gewicht auflisten, nicht nur die größten Summanden",
    "Check yourself": "Teste dich selbst",
    "Hide a number of the step and compute it by hand": "Eine Zahl des Schritts verbergen und von Hand ausrechnen",
    "Hide and ask this number": "Diese Zahl verbergen und abfragen",
    "The lesson's exercises": "Die Aufgaben der Lektion",
    "The number of the step to compute by hand; it is hidden above":
        "Die Zahl des Schritts, die du von Hand ausrechnest; oben ist sie verborgen",
    "e.g. 0.75, 0,75 or 3/4": "z. B. 0,75 oder 3/4",
    "Your answer: a decimal with . or , or a fraction (3/4, 1 1/2); Enter checks":
        "Deine Antwort: eine Dezimalzahl mit , oder . oder ein Bruch (3/4; 1 1/2); Enter prüft",
    "Check": "Prüfen",
    "Show": "Zeigen",
    "Show the worked line with the engine's number": "Die durchgerechnete Zeile mit der Zahl von nnviz zeigen",
    "Exercise:": "Aufgabe:",
    "Compute:": "Rechne:",
    "The engine's number: {0}": "nnviz rechnet: {0}",
    "(choose one)": "(eine wählen)",
    "Choose a number to compute first.": "Wähle zuerst eine Zahl zum Ausrechnen.",
    "First press {0}.": "Drücke zuerst „{0}“.",
    "Take the step the exercise names; its number is then hidden above.":
        "Mach den Schritt, den die Aufgabe nennt; seine Zahl ist dann oben verborgen.",
    "Take a step and choose a neuron: its numbers can then be hidden and asked.":
        "Mach einen Schritt und wähle ein Neuron: dann lassen sich seine Zahlen verbergen und abfragen.",
    "Choose a number to compute, or right-click a line above → Hide and ask.":
        "Wähle eine Zahl zum Ausrechnen, oder Rechtsklick auf eine Zeile oben → Verbergen und abfragen.",
    # --- weight editor
    "{0}: type a number (0.75, 0,75 or 3/4), Enter to apply, Esc to cancel":
        "{0}: Zahl eingeben (0,75; 0.75 oder 3/4), Enter übernimmt, Esc bricht ab",
    "Type a number, e.g. 0, -0.5, 0,75 or 3/4 (Esc cancels)":
        "Gib eine Zahl ein, z. B. 0; -0,5; 0.75 oder 3/4 (Esc bricht ab)",
    # --- comparing two runs
    "The pinned run (dashed on the loss plot) at the epoch shown, beside the run now. Pin a run with Ctrl+P or the loss pane's Pin button; Ctrl+Shift+P unpins.":
        'Der angeheftete Lauf (gestrichelt im Verlustdiagramm) bei der gezeigten Epoche, neben dem jetzigen Lauf. Anheften mit Strg+P oder dem Knopf „Anheften“ im Verlustbereich; Strg+Umschalt+P löst ihn.',
    'loss {0}':
        'Verlust {0}',
    'acc {0}':
        'Gen. {0}',
    'Pinned run, epoch {0}':
        'Angehefteter Lauf, Epoche {0}',
    'Pin':
        'Anheften',
    'Unpin':
        'Lösen',
    'Stop comparing: the pinned run goes (Ctrl+Shift+P).':
        'Vergleich beenden: der angeheftete Lauf verschwindet (Strg+Umschalt+P).',
    'Pin this run to compare with (Ctrl+P): it stays, dashed on the loss plot, and the timeline goes back to its start. Change one thing (learning rate, seed, bias, …) and train again from there.':
        'Diesen Lauf zum Vergleich anheften (Strg+P): er bleibt, gestrichelt im Verlustdiagramm, und die Zeitleiste geht an seinen Anfang zurück. Ändere eine Sache (Lernrate, Seed, Bias, …) und trainiere von dort neu.',
    'P&in this run':
        'Diesen Lauf an&heften',
    'Keep this run to compare with (dashed on the loss plot, its boundary beside the big one) and go back to its start: change one thing and train again.':
        'Diesen Lauf zum Vergleich behalten (gestrichelt im Verlustdiagramm, seine Grenze neben der großen) und an seinen Anfang zurückgehen: eine Sache ändern und neu trainieren.',
    'Un&pin':
        '&Lösen',
    'Stop comparing: the pinned run goes.':
        'Vergleich beenden: der angeheftete Lauf verschwindet.',
    "No maps for a picture's inputs: each hidden neuron shows its weight picture instead.":
        'Keine Karten für die Eingaben eines Bildes: Jedes verborgene Neuron zeigt stattdessen sein Gewichtsbild.',
    # --- the explainer on a chosen test digit
    'Back to the training step': 'Zurück zum Trainingsschritt',
    'Explain the last training step again instead of the chosen sample (a Step or Play goes back too)':
        'Wieder den letzten Trainingsschritt statt des gewählten Beispiels erklären (Schritt oder Start kehren auch zurück)',
    'activation': 'Aktivierung',
    "Choose the drawing's label first: type the digit on the pad, or pick it beside “Add to training data”.": 'Wähle zuerst die Klasse der Zeichnung: tippe die Ziffer auf dem Feld oder wähle sie neben „Zum Training hinzufügen“.',
}
