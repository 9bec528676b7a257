<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Beats</name>
    <message>
        <source>a compare beat changes one of lr, seed, bias, activation, hidden</source>
        <translation>ein Vergleichs-Beat ändert eines von lr, seed, bias, activation, hidden</translation>
    </message>
    <message>
        <source>this network has no hidden layer, so no hidden activation to change</source>
        <translation>dieses Netz hat keine verborgene Schicht, also keine verborgene Aktivierung zum Ändern</translation>
    </message>
    <message>
        <source>a compare beat cannot change {0}</source>
        <translation>ein Vergleichs-Beat kann {0} nicht ändern</translation>
    </message>
    <message>
        <source>must be true or false, not {0}</source>
        <translation>muss true oder false sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be one of {0}, not {1}</source>
        <translation>muss eines von {0} sein, nicht {1}</translation>
    </message>
    <message>
        <source>unknown {0}{1}; choose one of {2}</source>
        <translation>unbekannt: {0}{1}; wähle eines von {2}</translation>
    </message>
    <message>
        <source>must be a text or a list of texts, not {0}</source>
        <translation>muss ein Text oder eine Liste von Texten sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a table of column = value, not {0}</source>
        <translation>muss eine Tabelle aus Spalte = Wert sein, nicht {0}</translation>
    </message>
    <message>
        <source>has {0} columns; at most {1}</source>
        <translation>hat {0} Spalten; höchstens {1}</translation>
    </message>
    <message>
        <source>must be a table of {0} = true/false, not {1}</source>
        <translation>muss eine Tabelle aus {0} = true/false sein, nicht {1}</translation>
    </message>
    <message>
        <source>unknown toggle {0}{1}; choose from {2}</source>
        <translation>unbekannter Schalter {0}{1}; wähle aus {2}</translation>
    </message>
    <message>
        <source>{0} must be true or false, not {1}</source>
        <translation>{0} muss true oder false sein, nicht {1}</translation>
    </message>
    <message>
        <source>must be [layer, index], not {0}</source>
        <translation>muss [Schicht, Index] sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a list of at most {0} layer sizes such as [4], not {1}</source>
        <translation>muss eine Liste von höchstens {0} Schichtgrößen wie [4] sein, nicht {1}</translation>
    </message>
    <message>
        <source>compare: a &apos;compare&apos; beat changes exactly one of {0}</source>
        <translation>compare: ein &apos;compare&apos;-Beat ändert genau eines von {0}</translation>
    </message>
    <message>
        <source>{0}: a &apos;compare&apos; beat changes exactly one of {1} (it gives {2})</source>
        <translation>{0}: ein &apos;compare&apos;-Beat ändert genau eines von {1} (er gibt {2} an)</translation>
    </message>
    <message>
        <source> (did you mean {0}?)</source>
        <translation> (meintest du {0}?)</translation>
    </message>
    <message>
        <source>must be a table with caption and action, not {0}</source>
        <translation>muss eine Tabelle mit caption und action sein, nicht {0}</translation>
    </message>
    <message>
        <source>{0}: missing</source>
        <translation>{0}: fehlt</translation>
    </message>
    <message>
        <source>action: must be a text, not {0}</source>
        <translation>action: muss ein Text sein, nicht {0}</translation>
    </message>
    <message>
        <source>action: unknown action {0}{1}; choose one of {2}</source>
        <translation>action: unbekannte Aktion {0}{1}; wähle eine von {2}</translation>
    </message>
    <message>
        <source>params: must be a table, not {0}</source>
        <translation>params: muss eine Tabelle sein, nicht {0}</translation>
    </message>
    <message>
        <source>params.{0}: a {1} beat takes no such parameter{2}{3}</source>
        <translation>params.{0}: ein {1}-Beat hat keinen solchen Parameter{2}{3}</translation>
    </message>
    <message>
        <source>{0}: unknown key{1}; a {2} beat takes {3}</source>
        <translation>{0}: unbekannter Schlüssel{1}; ein {2}-Beat nimmt {3}</translation>
    </message>
    <message>
        <source>{0}: missing (a {1} beat needs {2})</source>
        <translation>{0}: fehlt (ein {1}-Beat braucht {2})</translation>
    </message>
    <message>
        <source>; it takes {0}</source>
        <translation>; er nimmt {0}</translation>
    </message>
    <message>
        <source>; it takes no parameters</source>
        <translation>; er nimmt keine Parameter</translation>
    </message>
    <message>
        <source>unknown beat action {0}; choose one of {1}</source>
        <translation>unbekannte Beat-Aktion {0}; wähle eine von {1}</translation>
    </message>
    <message>
        <source>a {0} beat needs {1}</source>
        <translation>ein {0}-Beat braucht {1}</translation>
    </message>
    <message>
        <source>a {0} beat takes no {1}</source>
        <translation>ein {0}-Beat nimmt kein {1}</translation>
    </message>
    <message>
        <source>a compare beat changes exactly one of {0}</source>
        <translation>ein Vergleichs-Beat ändert genau eines von {0}</translation>
    </message>
    <message>
        <source>a step beat&apos;s kind is one of {0}</source>
        <translation>die Art (kind) eines step-Beats ist eine von {0}</translation>
    </message>
    <message>
        <source>unknown pane {0}; choose one of {1}</source>
        <translation>unbekannter Bereich {0}; wähle einen von {1}</translation>
    </message>
    <message>
        <source>toggles is a table such as {0}</source>
        <translation>toggles ist eine Tabelle wie {0}</translation>
    </message>
    <message>
        <source>unknown toggle {0}; choose from {1}</source>
        <translation>unbekannter Schalter {0}; wähle aus {1}</translation>
    </message>
    <message>
        <source>toggle {0} is true or false</source>
        <translation>der Schalter {0} ist true oder false</translation>
    </message>
    <message>
        <source>sample is a row number, 0 or more</source>
        <translation>sample ist eine Zeilennummer, 0 oder mehr</translation>
    </message>
    <message>
        <source>neuron is [layer, index], two whole numbers</source>
        <translation>neuron ist [Schicht, Index], zwei ganze Zahlen</translation>
    </message>
    <message>
        <source>reveal is true or false</source>
        <translation>reveal ist true oder false</translation>
    </message>
    <message>
        <source>seconds is a number above 0 and at most {0}</source>
        <translation>seconds ist eine Zahl über 0 und höchstens {0}</translation>
    </message>
    <message>
        <source>notes is a text</source>
        <translation>notes ist ein Text</translation>
    </message>
    <message>
        <source>a script starts by loading its lesson</source>
        <translation>ein Ablauf beginnt damit, seine Lektion zu laden</translation>
    </message>
</context>
<context>
    <name>Captions</name>
    <message>
        <source>— (no test split)</source>
        <translation>— (keine Testdaten)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{0} in row {1}</source>
        <translation>{0} in Zeile {1}</translation>
    </message>
    <message>
        <source>{0} is {1}</source>
        <translation>{0} ist {1}</translation>
    </message>
    <message>
        <source>no two rows have the same inputs</source>
        <translation>keine zwei Zeilen haben dieselben Eingaben</translation>
    </message>
    <message>
        <source>{0}: at most {1} of {2} rows ({3}%) can be right</source>
        <translation>{0}: höchstens {1} von {2} Zeilen ({3} %) können stimmen</translation>
    </message>
    <message>
        <source>a caption must be a text</source>
        <translation>eine Beschriftung muss ein Text sein</translation>
    </message>
    <message>
        <source>{0} (write {1} or {2} for a brace)</source>
        <translation>{0} (schreibe {1} oder {2} für eine geschweifte Klammer)</translation>
    </message>
    <message>
        <source>the field {0} has a format ({1}); fields take none: write {2}</source>
        <translation>das Feld {0} hat ein Format ({1}); Felder haben keines: schreibe {2}</translation>
    </message>
    <message>
        <source>{0} is not a field name: a field is a bare name like {1} (no attributes or indexes)</source>
        <translation>{0} ist kein Feldname: ein Feld ist ein bloßer Name wie {1} (ohne Attribute oder Indizes)</translation>
    </message>
    <message>
        <source>unknown caption field {0} (did you mean {1}?)</source>
        <translation>unbekanntes Feld {0} in der Beschriftung (meintest du {1}?)</translation>
    </message>
    <message>
        <source>unknown caption field {0}; the fields are {1}</source>
        <translation>unbekanntes Feld {0} in der Beschriftung; die Felder sind {1}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{0}: {1} (see {0} --help)</source>
        <translation>{0}: {1} (siehe {0} --help)</translation>
    </message>
    <message>
        <source>{0} must be {1}</source>
        <translation>{0} muss {1} sein</translation>
    </message>
    <message>
        <source>{0} must be at most {1}</source>
        <translation>{0} darf höchstens {1} sein</translation>
    </message>
    <message>
        <source>{0} is not a whole number</source>
        <translation>{0} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{0} is not a number</source>
        <translation>{0} ist keine Zahl</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>mindestens 1</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>0 oder mehr</translation>
    </message>
    <message>
        <source>zero or a positive number</source>
        <translation>null oder eine positive Zahl</translation>
    </message>
    <message>
        <source>learning rate {0}: {1}</source>
        <translation>Lernrate {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a list of layer sizes like 8,8</source>
        <translation>{0} ist keine Liste von Schichtgrößen wie 8,8</translation>
    </message>
    <message>
        <source>each hidden layer needs 1 to 512 neurons</source>
        <translation>jede verborgene Schicht braucht 1 bis 512 Neuronen</translation>
    </message>
    <message>
        <source>{0} is not train,validation,test percentages like 75,10,15</source>
        <translation>{0} sind keine Prozentsätze Training,Validierung,Test wie 75,10,15</translation>
    </message>
    <message>
        <source>{0} must be three percentages train,validation,test with train &gt; 0</source>
        <translation>{0} müssen drei Prozentsätze Training,Validierung,Test sein, mit Training &gt; 0</translation>
    </message>
    <message>
        <source>the noise must be a percentage from {0} to {1}, got {2}</source>
        <translation>das Rauschen muss ein Prozentsatz von {0} bis {1} sein, nicht {2}</translation>
    </message>
    <message>
        <source>the training ratio must be a percentage from {0} to {1}, got {2}</source>
        <translation>der Trainingsanteil muss ein Prozentsatz von {0} bis {1} sein, nicht {2}</translation>
    </message>
    <message>
        <source>{0} is not a whole number of points</source>
        <translation>{0} ist keine ganze Zahl von Punkten</translation>
    </message>
    <message>
        <source>the number of points must be from {0} to {1}, got {2}</source>
        <translation>die Zahl der Punkte muss von {0} bis {1} reichen, nicht {2}</translation>
    </message>
    <message>
        <source>language: {0} (default: the system&apos;s)</source>
        <translation>Sprache: {0} (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>a built-in lesson (see &apos;nnviz lessons&apos;)</source>
        <translation>eine eingebaute Lektion (siehe &apos;nnviz lessons&apos;)</translation>
    </message>
    <message>
        <source>a lesson file (TOML) written by a teacher</source>
        <translation>eine Lektionsdatei (TOML), von einer Lehrkraft geschrieben</translation>
    </message>
    <message>
        <source>a saved session: carry on where it stopped</source>
        <translation>eine gespeicherte Sitzung: dort weitermachen, wo sie aufhörte</translation>
    </message>
    <message>
        <source>train on your own CSV table</source>
        <translation>mit deiner eigenen CSV-Tabelle trainieren</translation>
    </message>
    <message>
        <source>the CSV column to predict</source>
        <translation>die CSV-Spalte, die vorhergesagt wird</translation>
    </message>
    <message>
        <source>CSV feature columns (default: every numeric column but the target)</source>
        <translation>CSV-Eingabespalten (Standard: jede Zahlenspalte außer dem Ziel)</translation>
    </message>
    <message>
        <source>how CSV inputs are scaled (default: standard)</source>
        <translation>wie CSV-Eingaben skaliert werden (Standard: standard)</translation>
    </message>
    <message>
        <source>train/validation/test percentages (default 75,10,15)</source>
        <translation>Prozent für Training/Validierung/Test (Standard 75,10,15)</translation>
    </message>
    <message>
        <source>rows with missing values: drop them or fill with the mean</source>
        <translation>Zeilen mit fehlenden Werten: weglassen oder mit dem Mittelwert füllen</translation>
    </message>
    <message>
        <source>what the target is (default: detected from the column)</source>
        <translation>was das Ziel ist (Standard: aus der Spalte erkannt)</translation>
    </message>
    <message>
        <source>Watch a neural network learn. Without a command, opens the window.</source>
        <translation>Sieh einem neuronalen Netz beim Lernen zu. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>list the built-in lessons</source>
        <translation>die eingebauten Lektionen auflisten</translation>
    </message>
    <message>
        <source>check a lesson file (beats included) or a session file without a window</source>
        <translation>eine Lektionsdatei (samt Beats) oder eine Sitzungsdatei ohne Fenster prüfen</translation>
    </message>
    <message>
        <source>a lesson file (.toml) or a saved session (.nnviz)</source>
        <translation>eine Lektionsdatei (.toml) oder eine gespeicherte Sitzung (.nnviz)</translation>
    </message>
    <message>
        <source>train without a window and print progress</source>
        <translation>ohne Fenster trainieren und den Fortschritt ausgeben</translation>
    </message>
    <message>
        <source>how many epochs (default: the lesson&apos;s)</source>
        <translation>wie viele Epochen (Standard: die der Lektion)</translation>
    </message>
    <message>
        <source>random seed for data split, weights and shuffling</source>
        <translation>Zufalls-Seed für Datenaufteilung, Gewichte und Mischen</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>hidden layer sizes, e.g. 8,8 (0 for none)</source>
        <translation>Größen der verborgenen Schichten, z. B. 8,8 (0 für keine)</translation>
    </message>
    <message>
        <source>activation of the hidden layers</source>
        <translation>Aktivierung der verborgenen Schichten</translation>
    </message>
    <message>
        <source>loss function</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>samples per step: 1 = one at a time, 0 = full batch</source>
        <translation>Beispiele pro Schritt: 1 = eines nach dem anderen, 0 = ganzer Batch</translation>
    </message>
    <message>
        <source>L2 weight penalty</source>
        <translation>L2-Strafe auf die Gewichte</translation>
    </message>
    <message>
        <source>L1 weight penalty</source>
        <translation>L1-Strafe auf die Gewichte</translation>
    </message>
    <message>
        <source>the network&apos;s inputs, from x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² etc. work too)</source>
        <translation>die Eingaben des Netzes, aus x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² usw. gehen auch)</translation>
    </message>
    <message>
        <source>generated sets: noise in percent, 0 to 50 (default 10)</source>
        <translation>erzeugte Datensätze: Rauschen in Prozent, 0 bis 50 (Standard 10)</translation>
    </message>
    <message>
        <source>generated sets: percent of the points used for training, 10 to 90 (default 75)</source>
        <translation>erzeugte Datensätze: Prozent der Punkte fürs Training, 10 bis 90 (Standard 75)</translation>
    </message>
    <message>
        <source>generated sets: how many points (default 200)</source>
        <translation>erzeugte Datensätze: wie viele Punkte (Standard 200)</translation>
    </message>
    <message>
        <source>generated sets: the seed of the points (default: --seed)</source>
        <translation>erzeugte Datensätze: der Seed der Punkte (Standard: --seed)</translation>
    </message>
    <message>
        <source>report every N epochs (default: about 20 reports)</source>
        <translation>alle N Epochen berichten (Standard: etwa 20 Berichte)</translation>
    </message>
    <message>
        <source>print one JSON object per reported epoch</source>
        <translation>ein JSON-Objekt pro berichteter Epoche ausgeben</translation>
    </message>
    <message>
        <source>save the session to FILE.nnviz at the end</source>
        <translation>die Sitzung am Ende in FILE.nnviz speichern</translation>
    </message>
    <message>
        <source>predict a CSV table&apos;s rows with a saved session&apos;s network</source>
        <translation>die Zeilen einer CSV-Tabelle mit dem Netz einer gespeicherten Sitzung vorhersagen</translation>
    </message>
    <message>
        <source>a saved session</source>
        <translation>eine gespeicherte Sitzung</translation>
    </message>
    <message>
        <source>the rows to predict</source>
        <translation>die vorherzusagenden Zeilen</translation>
    </message>
    <message>
        <source>write the table here (default: print it)</source>
        <translation>die Tabelle hierhin schreiben (Standard: ausgeben)</translation>
    </message>
    <message>
        <source>export a saved session&apos;s network</source>
        <translation>das Netz einer gespeicherten Sitzung exportieren</translation>
    </message>
    <message>
        <source>write a self-contained PyTorch script that predicts like &apos;nnviz predict&apos;</source>
        <translation>ein eigenständiges PyTorch-Skript schreiben, das wie &apos;nnviz predict&apos; vorhersagt</translation>
    </message>
    <message>
        <source>nnviz: give either {0} or {1}, not both</source>
        <translation>nnviz: gib entweder {0} oder {1} an, nicht beides</translation>
    </message>
    <message>
        <source>nnviz: --{0} goes with --csv FILE</source>
        <translation>nnviz: --{0} gehört zu --csv DATEI</translation>
    </message>
    <message>
        <source>nnviz: --seed cannot change a saved session (its random state is in the file)</source>
        <translation>nnviz: --seed kann eine gespeicherte Sitzung nicht ändern (ihr Zufallszustand steht in der Datei)</translation>
    </message>
    <message>
        <source>nnviz: --epochs {0} more would run past epoch {1}, the most a run goes to</source>
        <translation>nnviz: {0} weitere Epochen (--epochs) gingen über Epoche {1} hinaus, das Äußerste für einen Lauf</translation>
    </message>
    <message>
        <source>nnviz: --csv needs --target COL, the column to predict</source>
        <translation>nnviz: --csv braucht --target SPALTE, die vorherzusagende Spalte</translation>
    </message>
    <message>
        <source>nnviz: {0} works with the generated sets ({1}), not with {2}</source>
        <translation>nnviz: {0} geht mit den erzeugten Datensätzen ({1}), nicht mit {2}</translation>
    </message>
    <message>
        <source>nnviz: {0} work with the generated sets ({1}), not with {2}</source>
        <translation>nnviz: {0} gehen mit den erzeugten Datensätzen ({1}), nicht mit {2}</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} training rows, loss {3}, {4} lr {5}, batch {6}</source>
        <translation>{0}: {1}, {2} Trainingszeilen, Verlust {3}, {4} Lernrate {5}, Batch {6}</translation>
    </message>
    <message>
        <source>done after {0} epochs, measured after the last update (the epoch lines: during each epoch, before each update): {1}</source>
        <translation>fertig nach {0} Epochen, gemessen nach der letzten Aktualisierung (die Epochenzeilen: während jeder Epoche, vor jeder Aktualisierung): {1}</translation>
    </message>
    <message>
        <source>confusion matrix ({0}): rows are the true class, columns the predicted one</source>
        <translation>Konfusionsmatrix ({0}): Zeilen sind die wahre Klasse, Spalten die vorhergesagte</translation>
    </message>
    <message>
        <source>wrote {0} predictions to {1}</source>
        <translation>{0} Vorhersagen nach {1} geschrieben</translation>
    </message>
    <message>
        <source>{0}: a good session file ({1}, epoch {2})</source>
        <translation>{0}: eine gültige Sitzungsdatei ({1}, Epoche {2})</translation>
    </message>
    <message>
        <source>{0}: continue_with: no built-in lesson is called {1}</source>
        <translation>{0}: continue_with: keine eingebaute Lektion heißt {1}</translation>
    </message>
    <message>
        <source>{0}: a good lesson file ({1}, {2} beats)</source>
        <translation>{0}: eine gültige Lektionsdatei ({1}, {2} Schritte)</translation>
    </message>
    <message>
        <source>wrote {0} and {1}</source>
        <translation>{0} und {1} geschrieben</translation>
    </message>
    <message>
        <source>wrote {0}</source>
        <translation>{0} geschrieben</translation>
    </message>
    <message>
        <source>prediction for ({0}): {1}</source>
        <translation>Vorhersage für ({0}): {1}</translation>
    </message>
    <message>
        <source>nnviz: interrupted</source>
        <translation>nnviz: abgebrochen</translation>
    </message>
    <message>
        <source>nnviz: --install-desktop and --uninstall-desktop take no other arguments</source>
        <translation>nnviz: --install-desktop und --uninstall-desktop nehmen keine weiteren Argumente</translation>
    </message>
    <message>
        <source>nnviz: --size takes WIDTHxHEIGHT like 1280x800, got {0}</source>
        <translation>nnviz: --size nimmt BREITExHÖHE wie 1280x800, nicht {0}</translation>
    </message>
    <message>
        <source>nnviz: give one of --lesson, --csv, --lesson-file or --open</source>
        <translation>nnviz: gib eines von --lesson, --csv, --lesson-file oder --open an</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no hidden layer</source>
        <translation>keine verborgene Schicht</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>verborgen {0}</translation>
    </message>
    <message>
        <source>lr {0}</source>
        <translation>lr {0}</translation>
    </message>
    <message>
        <source>seed {0}</source>
        <translation>Seed {0}</translation>
    </message>
    <message>
        <source>bias on</source>
        <translation>Bias an</translation>
    </message>
    <message>
        <source>bias off</source>
        <translation>Bias aus</translation>
    </message>
    <message>
        <source>{0} hidden</source>
        <translation>{0} verborgen</translation>
    </message>
    <message>
        <source>{0} output</source>
        <translation>{0} Ausgabe</translation>
    </message>
    <message>
        <source>optimizer {0}</source>
        <translation>Optimierer {0}</translation>
    </message>
    <message>
        <source>loss {0}</source>
        <translation>Verlust {0}</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>ganzer Batch</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>Batch {0}</translation>
    </message>
    <message>
        <source>momentum {0}</source>
        <translation>Momentum {0}</translation>
    </message>
    <message>
        <source>L2 {0}</source>
        <translation>L2 {0}</translation>
    </message>
    <message>
        <source>L1 {0}</source>
        <translation>L1 {0}</translation>
    </message>
    <message>
        <source>loss {0} over a batch</source>
        <translation>Verlust {0} über einen Batch</translation>
    </message>
    <message>
        <source>shuffled</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>der Reihe nach</translation>
    </message>
    <message>
        <source>init {0}</source>
        <translation>Init {0}</translation>
    </message>
    <message>
        <source>init value {0}</source>
        <translation>Initwert {0}</translation>
    </message>
    <message>
        <source>inputs {0}</source>
        <translation>Eingaben {0}</translation>
    </message>
    <message>
        <source>given start weights</source>
        <translation>vorgegebene Startgewichte</translation>
    </message>
    <message>
        <source>random start weights</source>
        <translation>zufällige Startgewichte</translation>
    </message>
    <message>
        <source>its start weights</source>
        <translation>seine Startgewichte</translation>
    </message>
    <message>
        <source>other start weights</source>
        <translation>andere Startgewichte</translation>
    </message>
    <message>
        <source>Pinned and now: the same settings</source>
        <translation>Angeheftet und jetzt: dieselben Einstellungen</translation>
    </message>
    <message>
        <source>Pinned: {0} · Now: {1}</source>
        <translation>Angeheftet: {0} · Jetzt: {1}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>pinned: {0}</source>
        <translation>angeheftet: {0}</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>{0}: the target {1} has no values.</source>
        <translation>{0}: das Ziel {1} hat keine Werte.</translation>
    </message>
    <message>
        <source>Dropped 1 row with no value for the target {0}.</source>
        <translation>1 Zeile ohne Wert für das Ziel {0} entfernt.</translation>
    </message>
    <message>
        <source>Dropped {0} rows with no value for the target {1}.</source>
        <translation>{0} Zeilen ohne Wert für das Ziel {1} entfernt.</translation>
    </message>
    <message>
        <source>Inputs scaled (&apos;{0}&apos;) with statistics of the {1} training rows only.</source>
        <translation>Eingaben skaliert (&apos;{0}&apos;) mit Kennzahlen nur der {1} Trainingszeilen.</translation>
    </message>
    <message>
        <source>Inputs as large as {0} are not scaled; training may diverge (choose a scaling such as standard).</source>
        <translation>Eingaben bis {0} sind nicht skaliert; das Training kann divergieren (wähle eine Skalierung wie standard).</translation>
    </message>
    <message>
        <source>Target scaled (&apos;{0}&apos;) with statistics of the training rows.</source>
        <translation>Ziel skaliert (&apos;{0}&apos;) mit Kennzahlen der Trainingszeilen.</translation>
    </message>
    <message>
        <source>{0}: unknown missing-value rule {1}; choose drop or mean.</source>
        <translation>{0}: unbekannte Regel für fehlende Werte {1}; wähle drop oder mean.</translation>
    </message>
    <message>
        <source>{0}: unknown scaling {1}; choose one of {2}.</source>
        <translation>{0}: unbekannte Skalierung {1}; wähle eine von {2}.</translation>
    </message>
    <message>
        <source>{0}: unknown target kind {1}; choose classification, binary, multiclass or regression.</source>
        <translation>{0}: unbekannte Zielart {1}; wähle classification, binary, multiclass oder regression.</translation>
    </message>
    <message>
        <source>{0}: the split must be three non-negative percentages with a non-zero training part.</source>
        <translation>{0}: die Aufteilung muss aus drei nicht negativen Prozentwerten bestehen, der Trainingsanteil größer als null.</translation>
    </message>
    <message>
        <source>{0}: each part of the split must be 0 or at least {1} % of the rows (got {2}).</source>
        <translation>{0}: jeder Teil der Aufteilung muss 0 oder mindestens {1} % der Zeilen sein (angegeben: {2}).</translation>
    </message>
    <message>
        <source>{0}: column {1} does not exist; columns are: {2}.</source>
        <translation>{0}: Spalte {1} gibt es nicht; die Spalten sind: {2}.</translation>
    </message>
    <message>
        <source>Left out column with no values: {0}.</source>
        <translation>Spalte ohne Werte weggelassen: {0}.</translation>
    </message>
    <message>
        <source>Left out columns with no values: {0}.</source>
        <translation>Spalten ohne Werte weggelassen: {0}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: column {1} holds {2}.</source>
        <translation>{0}: es gibt kein brauchbares Merkmal: Spalte {1} enthält {2}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: no numeric column besides the target {1}; choose text columns as features to one-hot encode them (--features on the command line): {2}.</source>
        <translation>{0}: es gibt kein brauchbares Merkmal: keine Zahlenspalte außer dem Ziel {1}; wähle Textspalten als Merkmale, um sie One-Hot zu kodieren (--features auf der Kommandozeile): {2}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: no numeric column besides the target {1}.</source>
        <translation>{0}: es gibt kein brauchbares Merkmal: keine Zahlenspalte außer dem Ziel {1}.</translation>
    </message>
    <message>
        <source>Text columns not used as features: {0} (choose them to one-hot encode them).</source>
        <translation>Textspalten, die nicht als Merkmale verwendet werden: {0} (wähle sie, um sie one-hot zu kodieren).</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: no feature column was chosen.</source>
        <translation>{0}: es gibt kein brauchbares Merkmal: keine Merkmalsspalte wurde gewählt.</translation>
    </message>
    <message>
        <source>{0}: the target {1} cannot also be a feature.</source>
        <translation>{0}: das Ziel {1} kann nicht zugleich ein Merkmal sein.</translation>
    </message>
    <message>
        <source>{0}: column {1} holds {2}.</source>
        <translation>{0}: Spalte {1} enthält {2}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: {1} is text and one-hot encoding is off.</source>
        <translation>{0}: es gibt kein brauchbares Merkmal: {1} ist Text, und die One-Hot-Kodierung ist aus.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: {1} are text and one-hot encoding is off.</source>
        <translation>{0}: es gibt kein brauchbares Merkmal: {1} sind Text, und die One-Hot-Kodierung ist aus.</translation>
    </message>
    <message>
        <source>Left out text column {0} (one-hot encoding is off).</source>
        <translation>Textspalte {0} weggelassen (die One-Hot-Kodierung ist aus).</translation>
    </message>
    <message>
        <source>Left out text columns {0} (one-hot encoding is off).</source>
        <translation>Textspalten {0} weggelassen (die One-Hot-Kodierung ist aus).</translation>
    </message>
    <message>
        <source>{0}: every row has a missing value in the chosen columns (most in {1}: {2} of {3}); nothing is left to learn from.</source>
        <translation>{0}: jede Zeile hat einen fehlenden Wert in den gewählten Spalten (die meisten in {1}: {2} von {3}); es bleibt nichts zum Lernen.</translation>
    </message>
    <message>
        <source>Dropped {0} of {1} row with missing values ({2}).</source>
        <translation>{0} von {1} Zeile mit fehlenden Werten entfernt ({2}).</translation>
    </message>
    <message>
        <source>Dropped {0} of {1} rows with missing values ({2}).</source>
        <translation>{0} von {1} Zeilen mit fehlenden Werten entfernt ({2}).</translation>
    </message>
    <message>
        <source>{0}: column {1} has no values in the training rows to fill its gaps with.</source>
        <translation>{0}: Spalte {1} hat in den Trainingszeilen keine Werte, mit denen sich ihre Lücken füllen ließen.</translation>
    </message>
    <message>
        <source>Filled {0} missing numeric cells with training-split means ({1}).</source>
        <translation>{0} fehlende Zahlenzellen mit den Mittelwerten der Trainingszeilen gefüllt ({1}).</translation>
    </message>
    <message>
        <source>Filled {0} missing text cells with the most common training value ({1}).</source>
        <translation>{0} fehlende Textzellen mit dem häufigsten Wert der Trainingszeilen gefüllt ({1}).</translation>
    </message>
    <message>
        <source>{0}: the target {1} is text; it cannot be a regression target.</source>
        <translation>{0}: das Ziel {1} ist Text; es kann kein Regressionsziel sein.</translation>
    </message>
    <message>
        <source>Target {0}: regression (predicting a number).</source>
        <translation>Ziel {0}: Regression (eine Zahl vorhersagen).</translation>
    </message>
    <message>
        <source>{0}: the target {1} has a single class ({2}) after dropping {3} of {4} rows with missing values (fill them with the mean, --missing mean, or leave the emptiest features out); a classifier needs at least two.</source>
        <translation>{0}: das Ziel {1} hat nur eine Klasse ({2}), nachdem {3} von {4} Zeilen mit fehlenden Werten entfernt wurden (fülle sie mit dem Mittelwert, --missing mean, oder lass die leersten Merkmale weg); ein Klassifikator braucht mindestens zwei.</translation>
    </message>
    <message>
        <source>{0}: the target {1} has a single class ({2}); a classifier needs at least two.</source>
        <translation>{0}: das Ziel {1} hat nur eine Klasse ({2}); ein Klassifikator braucht mindestens zwei.</translation>
    </message>
    <message>
        <source>{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (it holds {4}).</source>
        <translation>{0}: das Ziel {1} hat {2} verschiedene Werte; ein Klassifikator nimmt hier höchstens {3} Klassen (die Spalte enthält {4}).</translation>
    </message>
    <message>
        <source>{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (is it an identifier or a number to predict?).</source>
        <translation>{0}: das Ziel {1} hat {2} verschiedene Werte; ein Klassifikator nimmt hier höchstens {3} Klassen (ist es eine Kennung oder eine vorherzusagende Zahl?).</translation>
    </message>
    <message>
        <source>{0}: the target {1} has {2} classes; binary classification needs exactly two.</source>
        <translation>{0}: das Ziel {1} hat {2} Klassen; eine binäre Klassifikation braucht genau zwei.</translation>
    </message>
    <message>
        <source>Target {0}: multiclass classification with {1} classes ({2}).</source>
        <translation>Ziel {0}: Mehrklassen-Klassifikation mit {1} Klassen ({2}).</translation>
    </message>
    <message>
        <source>Target {0}: binary classification with {1} classes ({2}).</source>
        <translation>Ziel {0}: binäre Klassifikation mit {1} Klassen ({2}).</translation>
    </message>
    <message>
        <source>{0}: column {1} holds numbers as large as {2}; nnviz takes numbers up to {3} (are they in the right unit? divide them, or leave the column out).</source>
        <translation>{0}: Spalte {1} enthält Zahlen bis {2}; nnviz nimmt Zahlen bis {3} (stimmt die Einheit? teile sie, oder lass die Spalte weg).</translation>
    </message>
    <message>
        <source>{0}: only {1} rows are left after dropping rows with missing values; a {2} split needs at least {3}.</source>
        <translation>{0}: nach dem Entfernen der Zeilen mit fehlenden Werten bleiben nur {1} Zeilen; eine Aufteilung {2} braucht mindestens {3}.</translation>
    </message>
    <message>
        <source>{0}: there is only 1 row; a {2} split needs at least {3}.</source>
        <translation>{0}: es gibt nur 1 Zeile; eine Aufteilung {2} braucht mindestens {3}.</translation>
    </message>
    <message>
        <source>{0}: there are only {1} rows; a {2} split needs at least {3}.</source>
        <translation>{0}: es gibt nur {1} Zeilen; eine Aufteilung {2} braucht mindestens {3}.</translation>
    </message>
    <message>
        <source>Too few rows per class to stratify the split; split without stratification.</source>
        <translation>Zu wenige Zeilen je Klasse für eine geschichtete Aufteilung; ohne Schichtung aufgeteilt.</translation>
    </message>
    <message>
        <source>{0}: the training rows hold a single class; more rows are needed.</source>
        <translation>{0}: die Trainingszeilen enthalten nur eine Klasse; es braucht mehr Zeilen.</translation>
    </message>
    <message>
        <source>No training rows for class {0}.</source>
        <translation>Keine Trainingszeilen für Klasse {0}.</translation>
    </message>
    <message>
        <source>Split {0}: {1} training, {2} validation, {3} test rows (stratified by class, seed {4}).</source>
        <translation>Aufteilung {0}: {1} Trainings-, {2} Validierungs-, {3} Testzeilen (nach Klasse geschichtet, Seed {4}).</translation>
    </message>
    <message>
        <source>Split {0}: {1} training, {2} validation, {3} test rows (seed {4}).</source>
        <translation>Aufteilung {0}: {1} Trainings-, {2} Validierungs-, {3} Testzeilen (Seed {4}).</translation>
    </message>
    <message>
        <source>{0}: the text column {1} has {2} different values; one-hot encoding takes at most {3} (is it an identifier or a note? leave it out of the features).</source>
        <translation>{0}: die Textspalte {1} hat {2} verschiedene Werte; die One-Hot-Kodierung nimmt höchstens {3} (ist sie eine Kennung oder eine Anmerkung? lass sie bei den Merkmalen weg).</translation>
    </message>
    <message>
        <source>{0}: one-hot encoding makes {1} inputs; the network takes at most {2} (choose fewer text columns).</source>
        <translation>{0}: die One-Hot-Kodierung ergibt {1} Eingaben; das Netz nimmt höchstens {2} (wähle weniger Textspalten).</translation>
    </message>
    <message>
        <source>{0} ({1} categories)</source>
        <translation>{0} ({1} Kategorien)</translation>
    </message>
    <message>
        <source>One-hot encoded text: {0}.</source>
        <translation>One-hot kodierter Text: {0}.</translation>
    </message>
    <message>
        <source>{0}: column {1} has values too large to scale.</source>
        <translation>{0}: Spalte {1} hat Werte, die zu groß zum Skalieren sind.</translation>
    </message>
    <message>
        <source>no value given for {0}.</source>
        <translation>kein Wert für {0} angegeben.</translation>
    </message>
    <message>
        <source>the input has {0} values but the network expects {1}.</source>
        <translation>die Eingabe hat {0} Werte, aber das Netz erwartet {1}.</translation>
    </message>
    <message>
        <source>{0} needs a number, not {1}.</source>
        <translation>{0} braucht eine Zahl, nicht {1}.</translation>
    </message>
    <message>
        <source>{0} must be one of {1}, not {2}.</source>
        <translation>{0} muss eines von {1} sein, nicht {2}.</translation>
    </message>
    <message>
        <source>{0}: the file has a header but no data rows.</source>
        <translation>{0}: die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>{0}: this table needs about {1} of memory once read, more than the {2} available; use a sample of it.</source>
        <translation>{0}: diese Tabelle braucht gelesen etwa {1} Arbeitsspeicher, mehr als die verfügbaren {2}; nimm eine Stichprobe davon.</translation>
    </message>
    <message>
        <source>Read as latin-1 (not valid UTF-8).</source>
        <translation>Als latin-1 gelesen (kein gültiges UTF-8).</translation>
    </message>
    <message>
        <source>{0}: a quote (&quot;) opened in row {1} is never closed; close it or remove it.</source>
        <translation>{0}: ein Anführungszeichen (&quot;) in Zeile {1} wird nie geschlossen; schließe es oder entferne es.</translation>
    </message>
    <message>
        <source>Read 1 lone carriage return (CR) as line breaks.</source>
        <translation>1 einzelnes Wagenrücklaufzeichen (CR) als Zeilenumbruch gelesen.</translation>
    </message>
    <message>
        <source>Read {0} lone carriage returns (CR) as line breaks.</source>
        <translation>{0} einzelne Wagenrücklaufzeichen (CR) als Zeilenumbrüche gelesen.</translation>
    </message>
    <message>
        <source>{0}: a quote (&quot;) opened in row {1} is not closed within {2} KB, the most nnviz reads in one cell; close it or remove it.</source>
        <translation>{0}: ein in Zeile {1} geöffnetes Anführungszeichen (&quot;) wird innerhalb von {2} KB nicht geschlossen (mehr liest nnviz in einer Zelle nicht); schließe es oder entferne es.</translation>
    </message>
    <message>
        <source>{0}: row {1} has a cell longer than {2} KB, the most nnviz reads in one cell (is a quote (&quot;) left open?).</source>
        <translation>{0}: Zeile {1} hat eine Zelle länger als {2} KB; mehr liest nnviz in einer Zelle nicht (ist ein Anführungszeichen (&quot;) offen geblieben?).</translation>
    </message>
    <message>
        <source>{0}: row {1} has {2} field, the header has {3}.</source>
        <translation>{0}: Zeile {1} hat {2} Feld, die Kopfzeile hat {3}.</translation>
    </message>
    <message>
        <source>{0}: row {1} has {2} fields, the header has {3}.</source>
        <translation>{0}: Zeile {1} hat {2} Felder, die Kopfzeile hat {3}.</translation>
    </message>
    <message>
        <source>Does a number hold a thousands separator, like 1,234? Remove the separators (1234) or put such numbers in quotes.</source>
        <translation>Enthält eine Zahl ein Tausendertrennzeichen, wie 1,234? Entferne die Trennzeichen (1234) oder setze solche Zahlen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>{0}: the rows starting at row {1} could not be read as a CSV table.</source>
        <translation>{0}: die Zeilen ab Zeile {1} konnten nicht als CSV-Tabelle gelesen werden.</translation>
    </message>
    <message>
        <source>{0}: not enough memory to read this file; use a sample of it.</source>
        <translation>{0}: nicht genug Speicher, um diese Datei zu lesen; nimm eine Stichprobe daraus.</translation>
    </message>
    <message>
        <source>{0}: not enough memory to read this file.</source>
        <translation>{0}: nicht genug Speicher, um diese Datei zu lesen.</translation>
    </message>
    <message>
        <source>{0}: the file could not be read as a CSV table ({1}).</source>
        <translation>{0}: die Datei konnte nicht als CSV-Tabelle gelesen werden ({1}).</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read (permission denied).</source>
        <translation>{0}: die Datei kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read ({1}).</source>
        <translation>{0}: die Datei kann nicht gelesen werden ({1}).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>{0}: the file is empty.</source>
        <translation>{0}: die Datei ist leer.</translation>
    </message>
    <message>
        <source>{0}: {1} is too large to load into the {2} of memory available; use a sample of it.</source>
        <translation>{0}: {1} ist zu groß für die {2} verfügbaren Arbeitsspeichers; nimm eine Stichprobe davon.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a zip archive, e.g. an Excel .xlsx workbook</source>
        <translation>ein ZIP-Archiv, z. B. eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>an old Office document, e.g. an Excel .xls workbook</source>
        <translation>ein älteres Office-Dokument, z. B. eine Excel-Arbeitsmappe (.xls)</translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation>gzip-komprimiert</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Read as {0} text.</source>
        <translation>Als {0}-Text gelesen.</translation>
    </message>
    <message>
        <source>a spreadsheet workbook</source>
        <translation>eine Arbeitsmappe einer Tabellenkalkulation</translation>
    </message>
    <message>
        <source>{0}: this is a binary file ({1}), not a CSV table; save it as CSV (File › Save As › CSV) and open that.</source>
        <translation>{0}: das ist eine Binärdatei ({1}), keine CSV-Tabelle; speichere sie als CSV (Datei › Speichern unter › CSV) und öffne diese.</translation>
    </message>
    <message>
        <source>{0}: this is a binary file ({1}), not a CSV table.</source>
        <translation>{0}: das ist eine Binärdatei ({1}), keine CSV-Tabelle.</translation>
    </message>
    <message>
        <source>{0}: this is a binary file, not a CSV table; save it as CSV (File › Save As › CSV) and open that.</source>
        <translation>{0}: das ist eine Binärdatei, keine CSV-Tabelle; speichere sie als CSV (Datei › Speichern unter › CSV) und öffne diese.</translation>
    </message>
    <message>
        <source>{0}: this is a binary file, not a CSV table.</source>
        <translation>{0}: das ist eine Binärdatei, keine CSV-Tabelle.</translation>
    </message>
    <message>
        <source>{0}: this looks like an HTML page, not a CSV table.</source>
        <translation>{0}: das sieht nach einer HTML-Seite aus, nicht nach einer CSV-Tabelle.</translation>
    </message>
    <message>
        <source>{0}: this looks like an XML document, not a CSV table.</source>
        <translation>{0}: das sieht nach einem XML-Dokument aus, nicht nach einer CSV-Tabelle.</translation>
    </message>
    <message>
        <source>Converted old Mac line endings (CR only) to newlines.</source>
        <translation>Alte Mac-Zeilenenden (nur CR) in Zeilenumbrüche umgewandelt.</translation>
    </message>
    <message>
        <source>Removed a UTF-8 byte-order mark.</source>
        <translation>UTF-8-Byte-Order-Mark entfernt.</translation>
    </message>
    <message>
        <source>{0}: the file is empty (it holds only blank lines).</source>
        <translation>{0}: die Datei ist leer (sie enthält nur Leerzeilen).</translation>
    </message>
    <message>
        <source>Skipped 1 blank line before the header.</source>
        <translation>1 Leerzeile vor der Kopfzeile übersprungen.</translation>
    </message>
    <message>
        <source>Skipped {0} blank lines before the header.</source>
        <translation>{0} Leerzeilen vor der Kopfzeile übersprungen.</translation>
    </message>
    <message>
        <source>Separator tab detected.</source>
        <translation>Trennzeichen Tabulator erkannt.</translation>
    </message>
    <message>
        <source>Separator {0} detected.</source>
        <translation>Trennzeichen {0} erkannt.</translation>
    </message>
    <message>
        <source>The first row holds numbers, not names; columns are named column_1 … column_{0}.</source>
        <translation>Die erste Zeile enthält Zahlen, keine Namen; die Spalten heißen column_1 … column_{0}.</translation>
    </message>
    <message>
        <source>{0}: row {1} has {2} columns; nnviz reads at most {3} (is the separator right? otherwise keep fewer columns).</source>
        <translation>{0}: Zeile {1} hat {2} Spalten; nnviz liest höchstens {3} (stimmt das Trennzeichen? sonst behalte weniger Spalten).</translation>
    </message>
    <message>
        <source>{0}: row {1} has a name or cell longer than {2} KB, the most nnviz reads in one cell (is a quote (&quot;) left open?).</source>
        <translation>{0}: Zeile {1} hat einen Namen oder eine Zelle länger als {2} KB; mehr liest nnviz in einer Zelle nicht (ist ein Anführungszeichen (&quot;) offen geblieben?).</translation>
    </message>
    <message>
        <source>Named the unnamed column {0} &apos;{1}&apos;.</source>
        <translation>Die unbenannte Spalte {0} heißt jetzt &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>1 column name held line breaks or control characters, shown escaped (\n).</source>
        <translation>1 Spaltenname enthielt Zeilenumbrüche oder Steuerzeichen, maskiert gezeigt (\n).</translation>
    </message>
    <message>
        <source>{0} column names held line breaks or control characters, shown escaped (\n).</source>
        <translation>{0} Spaltennamen enthielten Zeilenumbrüche oder Steuerzeichen, maskiert gezeigt (\n).</translation>
    </message>
    <message>
        <source>Renamed duplicate column &apos;{0}&apos; to &apos;{1}&apos;.</source>
        <translation>Doppelte Spalte &apos;{0}&apos; in &apos;{1}&apos; umbenannt.</translation>
    </message>
    <message>
        <source>Renamed {0} more duplicate columns the same way.</source>
        <translation>{0} weitere doppelte Spalten genauso umbenannt.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; is read as text: it holds {1}.</source>
        <translation>Spalte &apos;{0}&apos; wird als Text gelesen: sie enthält {1}.</translation>
    </message>
    <message>
        <source>1 infinite value treated as missing ({0}).</source>
        <translation>1 unendlicher Wert als fehlend behandelt ({0}).</translation>
    </message>
    <message>
        <source>{0} infinite values treated as missing ({1}).</source>
        <translation>{0} unendliche Werte als fehlend behandelt ({1}).</translation>
    </message>
    <message>
        <source>Read column &apos;{0}&apos; with decimal commas.</source>
        <translation>Spalte &apos;{0}&apos; mit Dezimalkomma gelesen.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos;: 1 non-numeric value ({1}) treated as missing.</source>
        <translation>Spalte &apos;{0}&apos;: 1 nicht numerischer Wert ({1}) als fehlend behandelt.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos;: {1} non-numeric values ({2}) treated as missing.</source>
        <translation>Spalte &apos;{0}&apos;: {1} nicht numerische Werte ({2}) als fehlend behandelt.</translation>
    </message>
    <message>
        <source>percentages like {0}; write them as plain numbers (12 instead of 12%) to use it as a number</source>
        <translation>Prozentangaben wie {0}; schreib sie als einfache Zahlen (12 statt 12%), um sie als Zahl zu verwenden</translation>
    </message>
    <message>
        <source>amounts with a currency sign like {0}; remove the currency sign to use it as a number</source>
        <translation>Beträge mit Währungszeichen wie {0}; entferne das Währungszeichen, um sie als Zahl zu verwenden</translation>
    </message>
    <message>
        <source>numbers with thousands separators like {0}; remove the separators (1234 instead of 1,234) to use it as a number</source>
        <translation>Zahlen mit Tausendertrennzeichen wie {0}; entferne die Trennzeichen (1234 statt 1,234), um sie als Zahl zu verwenden</translation>
    </message>
    <message>
        <source>dates like {0}; turn them into numbers (e.g. days since the first date) or leave the column out</source>
        <translation>Datumsangaben wie {0}; mach Zahlen daraus (z. B. Tage seit dem ersten Datum) oder lass die Spalte weg</translation>
    </message>
    <message>
        <source>times of day like {0}; turn them into numbers (e.g. minutes since midnight) or leave the column out</source>
        <translation>Uhrzeiten wie {0}; mach Zahlen daraus (z. B. Minuten seit Mitternacht) oder lass die Spalte weg</translation>
    </message>
    <message>
        <source>hexadecimal numbers like {0}; convert them to decimal numbers to use it as a number</source>
        <translation>Hexadezimalzahlen wie {0}; wandle sie in Dezimalzahlen um, um sie als Zahl zu verwenden</translation>
    </message>
    <message>
        <source>Read {0} rows × {1} columns ({2} numeric, {3} text).</source>
        <translation>{0} Zeilen × {1} Spalten gelesen ({2} numerisch, {3} Text).</translation>
    </message>
    <message>
        <source>{0}, … ({1} in all)</source>
        <translation>{0}, … ({1} insgesamt)</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>need at least {0} points, got n={1}</source>
        <translation>mindestens {0} Punkte nötig, nicht n={1}</translation>
    </message>
    <message>
        <source>noise must be a number &gt;= 0, got {0}</source>
        <translation>das Rauschen muss eine Zahl &gt;= 0 sein, nicht {0}</translation>
    </message>
    <message>
        <source>gauss supports 2 or 3 classes, got {0}</source>
        <translation>gauss kann 2 oder 3 Klassen, nicht {0}</translation>
    </message>
    <message>
        <source>unknown playground set {0}; choose one of {1}</source>
        <translation>unbekannter Spielwiesen-Datensatz {0}; wähle einen von {1}</translation>
    </message>
    <message>
        <source>playground set {0}: {1} points, noise {2}, seed {3}</source>
        <translation>Spielwiesen-Datensatz {0}: {1} Punkte, Rauschen {2}, Seed {3}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>Klasse {0}</translation>
    </message>
    <message>
        <source>the number of points must be a whole number from {0} to {1}, got {2}</source>
        <translation>die Zahl der Punkte muss eine ganze Zahl von {0} bis {1} sein, nicht {2}</translation>
    </message>
    <message>
        <source>noise must be from {0} to {1}, got {2} ({3})</source>
        <translation>das Rauschen muss von {0} bis {1} reichen, nicht {2} ({3})</translation>
    </message>
    <message>
        <source>the training ratio must be from {0} to {1}, got {2}</source>
        <translation>der Trainingsanteil muss von {0} bis {1} reichen, nicht {2}</translation>
    </message>
    <message>
        <source>the data seed must be a whole number 0 or more, got {0}</source>
        <translation>der Seed der Daten muss eine ganze Zahl ab 0 sein, nicht {0}</translation>
    </message>
    <message>
        <source>nnviz&apos;s shipped tables are missing (no {0} in the installed package); reinstall nnviz ({1}, or {2} in a checkout)</source>
        <translation>die mitgelieferten Tabellen von nnviz fehlen (kein {0} im installierten Paket); installiere nnviz neu ({1}, oder {2} in einem Quellordner)</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>input &apos;{0}&apos;</source>
        <translation>Eingabe &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>output &apos;{0}&apos;</source>
        <translation>Ausgabe &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>h{0}.{1} (hidden layer {0}, neuron {1})</source>
        <translation>h{0}.{1} (verborgene Schicht {0}, Neuron {1})</translation>
    </message>
    <message>
        <source>(sample {0})</source>
        <translation>(Beispiel {0})</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source> + … ({0} terms)</source>
        <translation> + … ({0} Summanden)</translation>
    </message>
    <message>
        <source>z = {0}: all {1} terms</source>
        <translation>z = {0}: alle {1} Summanden</translation>
    </message>
    <message>
        <source>z = {0}: {1} terms, the {2} largest (by |w·{3}|) listed</source>
        <translation>z = {0}: {1} Summanden, die {2} größten (nach |w·{3}|) aufgeführt</translation>
    </message>
    <message>
        <source>the other {0} terms, summed = {1}</source>
        <translation>die übrigen {0} Summanden, zusammen = {1}</translation>
    </message>
    <message>
        <source>{0} terms with {1} = 0: each is 0</source>
        <translation>{0} Summanden mit {1} = 0: jeder ist 0</translation>
    </message>
    <message>
        <source>(the {0} terms above)</source>
        <translation>(die {0} Summanden oben)</translation>
    </message>
    <message>
        <source>(the {0} listed)</source>
        <translation>(die {0} aufgeführten)</translation>
    </message>
    <message>
        <source>(the other {0})</source>
        <translation>(die übrigen {0})</translation>
    </message>
    <message>
        <source>sample {0}</source>
        <translation>Beispiel {0}</translation>
    </message>
    <message>
        <source>a mini-batch of {0} samples</source>
        <translation>ein Mini-Batch aus {0} Beispielen</translation>
    </message>
    <message>
        <source>{0} samples in one batch (full batch)</source>
        <translation>{0} Beispiele in einem Batch (ganzer Batch)</translation>
    </message>
    <message>
        <source>a step towards epoch {0}</source>
        <translation>ein Schritt in Richtung Epoche {0}</translation>
    </message>
    <message>
        <source>the step that made epoch {0}</source>
        <translation>der Schritt, der Epoche {0} vollendete</translation>
    </message>
    <message>
        <source>the step that made epoch {0} +{1}</source>
        <translation>der Schritt zu Epoche {0} +{1}</translation>
    </message>
    <message>
        <source>Step epoch trained the whole epoch; only its last step is recorded, and that is what this shows (rows {0}).</source>
        <translation>„Epoche“ hat die ganze Epoche trainiert; nur ihr letzter Schritt ist aufgezeichnet, und den zeigt dies (Zeilen {0}).</translation>
    </message>
    <message>
        <source>The batch has {0} samples: each number below is shown for sample {1}; the gradients are the sum over all {0}.</source>
        <translation>Der Batch hat {0} Beispiele: jede Zahl unten gilt für Beispiel {1}; die Gradienten sind die Summe über alle {0}.</translation>
    </message>
    <message>
        <source>The batch has {0} samples: each number below is shown for sample {1}; the gradients are the mean over all {0}.</source>
        <translation>Der Batch hat {0} Beispiele: jede Zahl unten gilt für Beispiel {1}; die Gradienten sind der Mittelwert über alle {0}.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>An input has no z, δ or bias: select a hidden or output neuron to see the step.</source>
        <translation>Eine Eingabe hat kein z, δ und keinen Bias: wähle ein verborgenes oder ein Ausgabeneuron, um den Schritt zu sehen.</translation>
    </message>
    <message>
        <source>Sample {0}: x = ({1}), target y = ({2})</source>
        <translation>Beispiel {0}: x = ({1}), Ziel y = ({2})</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>loss of the step = mean over the {0} samples, before the update = {1}</source>
        <translation>Verlust des Schritts = Mittelwert über die {0} Beispiele, vor der Aktualisierung = {1}</translation>
    </message>
    <message>
        <source>loss of the step (before the update) = {0}</source>
        <translation>Verlust des Schritts (vor der Aktualisierung) = {0}</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>… and {0} more weights, each the same way.</source>
        <translation>… und {0} weitere Gewichte, jedes genauso.</translation>
    </message>
    <message>
        <source>{0} of them have ∂L/∂w = 0 (their input is 0 in this step).</source>
        <translation>{0} davon haben ∂L/∂w = 0 (ihre Eingabe ist in diesem Schritt 0).</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>{0} of them do not change in this step (their update is 0).</source>
        <translation>{0} davon ändern sich in diesem Schritt nicht (ihre Aktualisierung ist 0).</translation>
    </message>
    <message>
        <source>(Step epoch: only the epoch&apos;s last step is recorded; the earlier steps of the epoch are not shown.)</source>
        <translation>(„Epoche“: nur der letzte Schritt der Epoche ist aufgezeichnet; die früheren Schritte der Epoche werden nicht gezeigt.)</translation>
    </message>
    <message>
        <source>The inputs are the table&apos;s values as they are (no scaling).</source>
        <translation>Die Eingaben sind die Werte der Tabelle, so wie sie sind (nicht skaliert).</translation>
    </message>
    <message>
        <source>max</source>
        <translation>dem Maximum</translation>
    </message>
    <message>
        <source>min and max</source>
        <translation>Minimum und Maximum</translation>
    </message>
    <message>
        <source>mean and std</source>
        <translation>Mittelwert und Standardabweichung</translation>
    </message>
    <message>
        <source>The network sees scaled inputs: {0}, with the {1} of the training rows. Sample {2} as the table has it and as the network sees it:</source>
        <translation>Das Netz sieht skalierte Eingaben: {0}, mit {1} der Trainingszeilen. Beispiel {2}, wie die Tabelle es hat und wie das Netz es sieht:</translation>
    </message>
    <message>
        <source>… and {0} more inputs, each the same way.</source>
        <translation>… und {0} weitere Eingaben, jede genauso.</translation>
    </message>
    <message>
        <source>The target is scaled too: </source>
        <translation>Auch das Ziel ist skaliert: </translation>
    </message>
    <message>
        <source>(y{0} = 1, every other y is 0)</source>
        <translation>(y{0} = 1, jedes andere y ist 0)</translation>
    </message>
    <message>
        <source>fused: σ′ cancels the log&apos;s derivative</source>
        <translation>zusammengefasst: σ′ hebt die Ableitung des Logarithmus auf</translation>
    </message>
    <message>
        <source>fused: softmax&apos;s Jacobian cancels the log&apos;s</source>
        <translation>zusammengefasst: die Jacobi-Matrix von Softmax hebt die des Logarithmus auf</translation>
    </message>
    <message>
        <source>({0} with δ = 0)</source>
        <translation>({0} mit δ = 0)</translation>
    </message>
    <message>
        <source>next layer: {0} terms, the {1} largest first</source>
        <translation>nächste Schicht: {0} Summanden, die {1} größten zuerst</translation>
    </message>
    <message>
        <source>(next layer)</source>
        <translation>(nächste Schicht)</translation>
    </message>
    <message>
        <source>sum over {0} samples of {1}</source>
        <translation>Summe über {0} Beispiele von {1}</translation>
    </message>
    <message>
        <source>mean over {0} samples of {1}</source>
        <translation>Mittelwert über {0} Beispiele von {1}</translation>
    </message>
    <message>
        <source>Momentum: v ← μ·v − lr·∂L/∂w, then w ← w + v (μ = {0}, lr = {1})</source>
        <translation>Momentum: v ← μ·v − lr·∂L/∂w, dann w ← w + v (μ = {0}, lr = {1})</translation>
    </message>
    <message>
        <source>Adam&apos;s step count (bias correction) t = {0}</source>
        <translation>Adams Schrittzähler (Bias-Korrektur) t = {0}</translation>
    </message>
    <message>
        <source>Forward pass of every row ({0} rows)</source>
        <translation>Vorwärtsdurchlauf jeder Zeile ({0} Zeilen)</translation>
    </message>
    <message>
        <source>Weights (a row per input, a column per neuron)</source>
        <translation>Gewichte (eine Zeile je Eingabe, eine Spalte je Neuron)</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>… and {0} more rows.</source>
        <translation>… und {0} weitere Zeilen.</translation>
    </message>
    <message>
        <source>There is no row {0} in the {1} data.</source>
        <translation>In den Daten ({1}) gibt es keine Zeile {0}.</translation>
    </message>
    <message>
        <source>Test sample {0}</source>
        <translation>Testbeispiel {0}</translation>
    </message>
    <message>
        <source>Validation sample {0}</source>
        <translation>Validierungsbeispiel {0}</translation>
    </message>
    <message>
        <source>Training sample {0}</source>
        <translation>Trainingsbeispiel {0}</translation>
    </message>
    <message>
        <source>{0}: truth {1}, answer {2}</source>
        <translation>{0}: Wahrheit {1}, Antwort {2}</translation>
    </message>
    <message>
        <source>epoch {0} +{1}</source>
        <translation>Epoche {0} +{1}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <source>The forward pass only, with the weights now: nothing is trained.</source>
        <translation>Nur der Vorwärtsdurchlauf, mit den jetzigen Gewichten: nichts wird trainiert.</translation>
    </message>
    <message>
        <source>Test digits are never trained on: forward pass only.</source>
        <translation>Mit Testziffern wird nie trainiert: nur der Vorwärtsdurchlauf.</translation>
    </message>
    <message>
        <source>Validation rows are never trained on: forward pass only.</source>
        <translation>Mit Validierungszeilen wird nie trainiert: nur der Vorwärtsdurchlauf.</translation>
    </message>
    <message>
        <source>No gradient and no update: the weights stay as they are ({0}).</source>
        <translation>Kein Gradient und keine Aktualisierung: die Gewichte bleiben, wie sie sind ({0}).</translation>
    </message>
    <message>
        <source>An input has no z: select a hidden or output neuron to see its sum.</source>
        <translation>Eine Eingabe hat kein z: wähle ein verborgenes oder ein Ausgabeneuron, um seine Summe zu sehen.</translation>
    </message>
    <message>
        <source>(y is 1 for the true class, 0 for the others)</source>
        <translation>(y ist 1 für die wahre Klasse, 0 für die anderen)</translation>
    </message>
    <message>
        <source>The network&apos;s probabilities</source>
        <translation>Die Wahrscheinlichkeiten des Netzes</translation>
    </message>
    <message>
        <source>The network&apos;s outputs</source>
        <translation>Die Ausgaben des Netzes</translation>
    </message>
    <message>
        <source>Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: right.</source>
        <translation>Antwort: {0} (aus der Ausgabe {1}, mit 0,5 als Grenze). Die Wahrheit ist {2}: richtig.</translation>
    </message>
    <message>
        <source>Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: wrong.</source>
        <translation>Antwort: {0} (aus der Ausgabe {1}, mit 0,5 als Grenze). Die Wahrheit ist {2}: falsch.</translation>
    </message>
    <message>
        <source>Answer: {0} (the largest output, {1}). The truth is {2}: right.</source>
        <translation>Antwort: {0} (die größte Ausgabe, {1}). Die Wahrheit ist {2}: richtig.</translation>
    </message>
    <message>
        <source>Answer: {0} (the largest output, {1}). The truth is {2}: wrong.</source>
        <translation>Antwort: {0} (die größte Ausgabe, {1}). Die Wahrheit ist {2}: falsch.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the activation {0} has no PyTorch counterpart in this exporter</source>
        <translation>die Aktivierung {0} hat in diesem Export kein Gegenstück in PyTorch</translation>
    </message>
    <message>
        <source>the network&apos;s weights are not all finite (training diverged); go back to a state before it diverged, or reset, and export that</source>
        <translation>die Gewichte des Netzes sind nicht alle endlich (das Training ist divergiert); geh zu einem Zustand vor der Divergenz zurück oder setze zurück und exportiere dann</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>unknown input {0}; choose from {1}</source>
        <translation>unbekannte Eingabe {0}; wähle aus {1}</translation>
    </message>
    <message>
        <source>choose at least one input, e.g. {0}</source>
        <translation>wähle mindestens eine Eingabe, z. B. {0}</translation>
    </message>
    <message>
        <source>feature inputs need a problem with two inputs (x1, x2); {0} has {1}</source>
        <translation>berechnete Eingaben brauchen Daten mit zwei Eingaben (x1, x2); {0} hat {1}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>unknown language; nnviz speaks {0}</source>
        <translation>unbekannte Sprache; nnviz spricht {0}</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>{0}: the file cannot be read ({1})</source>
        <translation>{0}: die Datei kann nicht gelesen werden ({1})</translation>
    </message>
    <message>
        <source>{0}: the file is over {1} MiB; a lesson file is refused above that size</source>
        <translation>{0}: die Datei ist größer als {1} MiB; eine Lektionsdatei wird ab dieser Größe abgelehnt</translation>
    </message>
    <message>
        <source>{0}: not a lesson file (not UTF-8 text)</source>
        <translation>{0}: keine Lektionsdatei (kein UTF-8-Text)</translation>
    </message>
    <message>
        <source>{0}: the text is over {1} MiB; a lesson is refused above that size</source>
        <translation>{0}: der Text ist über {1} MiB groß; eine Lektion über dieser Größe wird abgelehnt</translation>
    </message>
    <message>
        <source>{0}: lists or tables nest more than {1} deep</source>
        <translation>{0}: Listen oder Tabellen sind mehr als {1} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>{0}: not valid TOML ({1})</source>
        <translation>{0}: kein gültiges TOML ({1})</translation>
    </message>
    <message>
        <source>{0}: format: the file is format {1}; this nnviz reads format {2} or older (update nnviz)</source>
        <translation>{0}: format: die Datei hat Format {1}; dieses nnviz liest Format {2} oder älter (aktualisiere nnviz)</translation>
    </message>
    <message>
        <source>{0}: name: must not be empty</source>
        <translation>{0}: name: darf nicht leer sein</translation>
    </message>
    <message>
        <source>{0}: question: {1} columns; at most {2}</source>
        <translation>{0}: question: {1} Spalten; höchstens {2}</translation>
    </message>
    <message>
        <source>{0}: question.{1}: must be a number or a text, not {2}</source>
        <translation>{0}: question.{1}: muss eine Zahl oder ein Text sein, nicht {2}</translation>
    </message>
    <message>
        <source>{0}: data: missing; say where the data comes from (table, generated, csv or shipped)</source>
        <translation>{0}: data: fehlt; gib an, woher die Daten kommen (table, generated, csv oder shipped)</translation>
    </message>
    <message>
        <source>{0}: continue_with: must name a lesson</source>
        <translation>{0}: continue_with: muss eine Lektion nennen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{0}: data: give exactly one of table, generated, csv or shipped (got {1})</source>
        <translation>{0}: data: gib genau eines von table, generated, csv oder shipped an (gefunden: {1})</translation>
    </message>
    <message>
        <source>{0}: data.table: unknown table {1}{2}; choose one of {3}</source>
        <translation>{0}: data.table: unbekannte Tabelle {1}{2}; wähle eine von {3}</translation>
    </message>
    <message>
        <source>{0}: data.split: must be three percentages [train, validation, test] with a training part above 0</source>
        <translation>{0}: data.split: müssen drei Prozentwerte [Training, Validierung, Test] sein, mit einem Trainingsanteil über 0</translation>
    </message>
    <message>
        <source>{0}: data.generated: unknown set {1}{2}; choose one of {3}</source>
        <translation>{0}: data.generated: unbekannter Datensatz {1}{2}; wähle einen von {3}</translation>
    </message>
    <message>
        <source>{0}: data.noise: must be from 0 to 1, got {1}</source>
        <translation>{0}: data.noise: muss zwischen 0 und 1 liegen, gefunden: {1}</translation>
    </message>
    <message>
        <source>{0}: data.shipped: {1} is a path; &apos;shipped&apos; names a table that comes with nnviz (use csv = &quot;…&quot; for your own file)</source>
        <translation>{0}: data.shipped: {1} ist ein Pfad; &apos;shipped&apos; nennt eine Tabelle, die mit nnviz kommt (für deine eigene Datei: csv = &quot;…&quot;)</translation>
    </message>
    <message>
        <source>{0}: data.image: must be [rows, columns] of the picture the inputs form, each from 1 to {1}</source>
        <translation>{0}: data.image: muss [Zeilen, Spalten] des Bildes sein, das die Eingaben bilden, jeweils von 1 bis {1}</translation>
    </message>
    <message>
        <source>{0}: data.image: a picture&apos;s pixels are the table&apos;s columns; leave out data.inputs</source>
        <translation>{0}: data.image: die Pixel eines Bildes sind die Spalten der Tabelle; lass data.inputs weg</translation>
    </message>
    <message>
        <source>{0}: network.activation: give one name, or one per hidden layer ({1}), not {2}</source>
        <translation>{0}: network.activation: gib einen Namen an oder einen je verborgener Schicht ({1}), nicht {2}</translation>
    </message>
    <message>
        <source>{0}: network.activation: unknown activation {1}{2}; choose one of {3}</source>
        <translation>{0}: network.activation: unbekannte Aktivierung {1}{2}; wähle eine von {3}</translation>
    </message>
    <message>
        <source>{0}: network.biases: explicit biases need explicit weights too</source>
        <translation>{0}: network.biases: explizite Bias-Werte brauchen auch explizite Gewichte</translation>
    </message>
    <message>
        <source>{0}: network.biases: the network has bias = false</source>
        <translation>{0}: network.biases: das Netz hat bias = false</translation>
    </message>
    <message>
        <source>{0}: network.{1}: must be a list with one entry per layer</source>
        <translation>{0}: network.{1}: muss eine Liste mit einem Eintrag pro Schicht sein</translation>
    </message>
    <message>
        <source>{0}: network.{1}: {2} layers need {2} entries, got {3}</source>
        <translation>{0}: network.{1}: {2} Schichten brauchen {2} Einträge, nicht {3}</translation>
    </message>
    <message>
        <source>{0}: network.{1}: layer {2} must be a list of numbers or a matrix (one row per input)</source>
        <translation>{0}: network.{1}: Schicht {2} muss eine Liste von Zahlen oder eine Matrix sein (eine Zeile pro Eingabe)</translation>
    </message>
    <message>
        <source>{0}: network.{1}: layer {2} must be a list of numbers</source>
        <translation>{0}: network.{1}: Schicht {2} muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>{0}: network.{1}: layer {2} holds a value beyond ±1e12</source>
        <translation>{0}: network.{1}: Schicht {2} enthält einen Wert jenseits von ±1e12</translation>
    </message>
    <message>
        <source>{0}: beats: must be a list of [[beats]] tables</source>
        <translation>{0}: beats: muss eine Liste von [[beats]]-Tabellen sein</translation>
    </message>
    <message>
        <source>{0}: beats: {1} beats; at most {2} are allowed</source>
        <translation>{0}: beats: {1} Schritte; höchstens {2} sind erlaubt</translation>
    </message>
    <message>
        <source>{0}: beat {1}: its values must be texts, numbers, true/false, lists or tables</source>
        <translation>{0}: Schritt {1}: seine Werte müssen Texte, Zahlen, true/false, Listen oder Tabellen sein</translation>
    </message>
    <message>
        <source>{0}: beat {1}: {2}</source>
        <translation>{0}: Schritt {1}: {2}</translation>
    </message>
    <message>
        <source>beat {0}</source>
        <translation>Schritt {0}</translation>
    </message>
    <message>
        <source>layer {0} does not exist: the layers with neurons are 1 to {1}</source>
        <translation>Schicht {0} gibt es nicht: die Schichten mit Neuronen sind 1 bis {1}</translation>
    </message>
    <message>
        <source>layer {0} has {1} neurons (0 to {2}), not {3}</source>
        <translation>Schicht {0} hat {1} Neuronen (0 bis {2}), nicht {3}</translation>
    </message>
    <message>
        <source>{0}: name: {1} is used by another built-in lesson</source>
        <translation>{0}: name: {1} wird schon von einer anderen eingebauten Lektion benutzt</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>unknown key (did you mean {0}?)</source>
        <translation>unbekannter Schlüssel (meintest du {0}?)</translation>
    </message>
    <message>
        <source>unknown key; known keys: {0}</source>
        <translation>unbekannter Schlüssel; bekannte Schlüssel: {0}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a finite number, not {0}</source>
        <translation>muss eine endliche Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>must be {0}, not {1} ({2})</source>
        <translation>muss {0} sein, nicht {1} ({2})</translation>
    </message>
    <message>
        <source>unknown {0} {1}{2}; choose one of {3}</source>
        <translation>unbekannter Wert für {0}: {1}{2}; wähle einen von {3}</translation>
    </message>
    <message>
        <source>must be a table ([{0}]), not {1}</source>
        <translation>muss eine Tabelle sein ([{0}]), nicht {1}</translation>
    </message>
    <message>
        <source>must be a list of texts, not {0} ({1})</source>
        <translation>muss eine Liste von Texten sein, nicht {0} ({1})</translation>
    </message>
    <message>
        <source>{0} entries; at most {1} are allowed</source>
        <translation>{0} Einträge; höchstens {1} sind erlaubt</translation>
    </message>
    <message>
        <source>must be a list of whole numbers, not {0} ({1})</source>
        <translation>muss eine Liste ganzer Zahlen sein, nicht {0} ({1})</translation>
    </message>
    <message>
        <source>must be a list of numbers, not {0} ({1})</source>
        <translation>muss eine Liste von Zahlen sein, nicht {0} ({1})</translation>
    </message>
    <message>
        <source>the CSV file {0} does not exist</source>
        <translation>die CSV-Datei {0} existiert nicht</translation>
    </message>
    <message>
        <source>{0}: beat {1}: {2}: {3}</source>
        <translation>{0}: Schritt {1}: {2}: {3}</translation>
    </message>
    <message>
        <source>no lesson is called {0}{1}</source>
        <translation>keine Lektion heißt {0}{1}</translation>
    </message>
    <message>
        <source>no column {0}{1}; the columns are {2}</source>
        <translation>keine Spalte {0}{1}; die Spalten sind {2}</translation>
    </message>
    <message>
        <source>give a value for every column (missing {0})</source>
        <translation>gib für jede Spalte einen Wert an (es fehlt: {0})</translation>
    </message>
    <message>
        <source>the table has {0} rows (1 to {0})</source>
        <translation>die Tabelle hat {0} Zeilen (1 bis {0})</translation>
    </message>
    <message>
        <source>beat {0}: {1}.</source>
        <translation>Schritt {0}: {1}.</translation>
    </message>
    <message>
        <source>must be a table like {0}.caption = &quot;…&quot;</source>
        <translation>muss eine Tabelle sein, etwa {0}.caption = &quot;…&quot;</translation>
    </message>
    <message>
        <source>beat {0}: {1}</source>
        <translation>Schritt {0}: {1}</translation>
    </message>
    <message>
        <source>beat {0}: {1}.caption</source>
        <translation>Schritt {0}: {1}.caption</translation>
    </message>
    <message>
        <source>names {0}, the default caption {1}; a translation fills in the same numbers</source>
        <translation>nennt {0}, der Standardtext {1}; eine Übersetzung setzt dieselben Zahlen ein</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>{0}: a {1}×{2} picture needs {3} input columns, the table has {4}</source>
        <translation>{0}: ein {1}×{2}-Bild braucht {3} Eingabespalten, die Tabelle hat {4}</translation>
    </message>
    <message>
        <source>unknown table {0}; choose one of {1}</source>
        <translation>unbekannte Tabelle {0}; wähle eine von {1}</translation>
    </message>
    <message>
        <source>unknown data source {0}; choose {1}, {2} or {3}</source>
        <translation>unbekannte Datenquelle {0}; wähle {1}, {2} oder {3}</translation>
    </message>
    <message>
        <source>unknown lesson {0}; choose one of {1}</source>
        <translation>unbekannte Lektion {0}; wähle eine von {1}</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>must be a whole number, not {0}</source>
        <translation>muss eine ganze Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be from {0} to {1}{2}, got {3}</source>
        <translation>muss zwischen {0} und {1}{2} liegen, nicht {3}</translation>
    </message>
    <message>
        <source>must be a number, not {0}</source>
        <translation>muss eine Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be a finite number, not {0}</source>
        <translation>muss eine endliche Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>must be from {0} to {1}, got {2}</source>
        <translation>muss zwischen {0} und {1} liegen, nicht {2}</translation>
    </message>
    <message>
        <source>must be a text, not {0}</source>
        <translation>muss ein Text sein, nicht {0}</translation>
    </message>
    <message>
        <source>is {0} characters long; at most {1} are allowed</source>
        <translation>ist {0} Zeichen lang; höchstens {1} sind erlaubt</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a list of layer sizes, not {0}</source>
        <translation>muss eine Liste von Schichtgrößen sein, nicht {0}</translation>
    </message>
    <message>
        <source>{0} hidden layers; at most {1} are allowed</source>
        <translation>{0} verborgene Schichten; höchstens {1} sind erlaubt</translation>
    </message>
    <message>
        <source>every hidden layer needs 1 to {0} neurons, got {1}</source>
        <translation>jede verborgene Schicht braucht 1 bis {0} Neuronen, nicht {1}</translation>
    </message>
    <message>
        <source>the network would have {0} weights and biases; at most {1} are allowed</source>
        <translation>das Netz hätte {0} Gewichte und Bias-Werte; höchstens {1} sind erlaubt</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>Sitzungsdatei</translation>
    </message>
    <message>
        <source>lesson file</source>
        <translation>Lektionsdatei</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>the {0}&apos;s path holds a NUL character</source>
        <translation>der Pfad der {0} enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the {0}&apos;s path is {1} characters long; at most {2} are allowed</source>
        <translation>der Pfad der {0} ist {1} Zeichen lang; erlaubt sind höchstens {2}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read ({0})</source>
        <translation>die Datei kann nicht gelesen werden ({0})</translation>
    </message>
    <message>
        <source>this is a folder, not a {0}</source>
        <translation>das ist ein Ordner, keine {0}</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>eine FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>this is {0}, not a {1}; only regular files are read</source>
        <translation>das ist {0}, keine {1}; nur gewöhnliche Dateien werden gelesen</translation>
    </message>
    <message>
        <source>this is not a regular file, not a {0}; only regular files are read</source>
        <translation>das ist keine gewöhnliche Datei, keine {0}; nur gewöhnliche Dateien werden gelesen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Watch a neural network learn. &apos;nnviz lessons&apos; lists lessons; &apos;nnviz train --help&apos; trains without a window.</source>
        <translation>Einem neuronalen Netz beim Lernen zusehen. &apos;nnviz lessons&apos; listet die Lektionen; &apos;nnviz train --help&apos; trainiert ohne Fenster.</translation>
    </message>
    <message>
        <source>train this many epochs right away</source>
        <translation>gleich so viele Epochen trainieren</translation>
    </message>
    <message>
        <source>render the whole window to FILE.png and exit (works without a display)</source>
        <translation>das ganze Fenster als FILE.png speichern und beenden (geht ohne Bildschirm)</translation>
    </message>
    <message>
        <source>window size (default: the remembered size, or 1280x800, fitted to the screen)</source>
        <translation>Fenstergröße (Standard: die gemerkte Größe oder 1280x800, an den Bildschirm angepasst)</translation>
    </message>
    <message>
        <source>start in presentation mode: full screen, large text, the lesson&apos;s beats on PageDown</source>
        <translation>im Präsentationsmodus starten: Vollbild, große Schrift, die Folien der Lektion mit Bild↓</translation>
    </message>
    <message>
        <source>present with the presenter console beside the presentation, both in windows on this screen (practice without a projector)</source>
        <translation>mit der Referentenkonsole neben der Präsentation vortragen, beide als Fenster auf diesem Bildschirm (üben ohne Beamer)</translation>
    </message>
    <message>
        <source>add nnviz to the desktop&apos;s applications menu, with its icon (for you alone, under ~/.local/share) and exit</source>
        <translation>nnviz mit seinem Symbol ins Anwendungsmenü des Desktops aufnehmen (nur für dich, unter ~/.local/share) und beenden</translation>
    </message>
    <message>
        <source>remove what --install-desktop added and exit</source>
        <translation>entfernen, was --install-desktop hinzugefügt hat, und beenden</translation>
    </message>
</context>
<context>
    <name>Mistakes</name>
    <message>
        <source>mistakes are counted for classes, not for a value</source>
        <translation>Fehler werden für Klassen gezählt, nicht für einen Wert</translation>
    </message>
    <message>
        <source>the picture has {0} pixels; the network takes {1} inputs</source>
        <translation>das Bild hat {0} Pixel; das Netz nimmt {1} Eingaben</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>{0} ({1}, no bias)</source>
        <translation>{0} ({1}, ohne Bias)</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has both a comma and a point: write one decimal mark and no thousands separators</source>
        <translation>&apos;{0}&apos; hat ein Komma und einen Punkt: schreibe ein Dezimalzeichen und keine Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has more than one decimal mark</source>
        <translation>&apos;{0}&apos; hat mehr als ein Dezimalzeichen</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too big</source>
        <translation>&apos;{0}&apos; ist zu groß</translation>
    </message>
</context>
<context>
    <name>PointEdits</name>
    <message>
        <source>value {0}</source>
        <translation>Wert {0}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>Klasse {0}</translation>
    </message>
    <message>
        <source>added a training point of {0} at ({1})</source>
        <translation>Trainingspunkt {0} bei ({1}) hinzugefügt</translation>
    </message>
    <message>
        <source>a drawn picture can only be added to a table of classes</source>
        <translation>ein gezeichnetes Bild lässt sich nur einer Tabelle mit Klassen hinzufügen</translation>
    </message>
    <message>
        <source>the picture has {0} pixels; the network takes {1} inputs</source>
        <translation>das Bild hat {0} Pixel; das Netz nimmt {1} Eingaben</translation>
    </message>
    <message>
        <source>a pixel of the picture is not a finite number</source>
        <translation>ein Pixel des Bildes ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the label must be one of the {0} classes</source>
        <translation>das Label muss eine der {0} Klassen sein</translation>
    </message>
    <message>
        <source>added a drawn {0} to the training data</source>
        <translation>Zeichnung „{0}“ zu den Trainingsdaten hinzugefügt</translation>
    </message>
    <message>
        <source>There is no point to remove.</source>
        <translation>Es gibt keinen Punkt zum Entfernen.</translation>
    </message>
    <message>
        <source>That is the last training point: the network needs at least one.</source>
        <translation>Das ist der letzte Trainingspunkt: das Netz braucht mindestens einen.</translation>
    </message>
    <message>
        <source>removed the training point at ({0})</source>
        <translation>Trainingspunkt bei ({0}) entfernt</translation>
    </message>
    <message>
        <source>removed the test point at ({0})</source>
        <translation>Testpunkt bei ({0}) entfernt</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>this network&apos;s inputs are computed in a way predictions from a table do not support yet</source>
        <translation>die Eingaben dieses Netzes werden auf eine Weise berechnet, die Vorhersagen aus einer Tabelle noch nicht unterstützen</translation>
    </message>
    <message>
        <source>{0}: the table lacks the model&apos;s input column {1} (the model reads {2})</source>
        <translation>{0}: der Tabelle fehlt die Eingabespalte {1} des Modells (das Modell liest {2})</translation>
    </message>
    <message>
        <source>{0}: the table lacks the model&apos;s input columns {1} (the model reads {2})</source>
        <translation>{0}: der Tabelle fehlen die Eingabespalten {1} des Modells (das Modell liest {2})</translation>
    </message>
    <message>
        <source>no value for {0} (the model&apos;s data dropped rows with gaps)</source>
        <translation>kein Wert für {0} (die Daten des Modells ließen Zeilen mit Lücken weg)</translation>
    </message>
    <message>
        <source>{0} needs a number, not {1}</source>
        <translation>{0} braucht eine Zahl, nicht {1}</translation>
    </message>
    <message>
        <source>{0} is {1}, not one of the training values ({2})</source>
        <translation>{0} ist {1}, keiner der Trainingswerte ({2})</translation>
    </message>
    <message>
        <source>row {0}: {1}; no prediction</source>
        <translation>Zeile {0}: {1}; keine Vorhersage</translation>
    </message>
    <message>
        <source>nnviz: {0}: {1} more rows without a prediction</source>
        <translation>nnviz: {0}: {1} weitere Zeilen ohne Vorhersage</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>unknown scaling {0}; choose one of {1}</source>
        <translation>unbekannte Skalierung {0}; wähle eine von {1}</translation>
    </message>
    <message>
        <source>unknown task {0}</source>
        <translation>unbekannte Problemart {0}</translation>
    </message>
    <message>
        <source>undecided between {0} and {1} (P({1}) = {2})</source>
        <translation>unentschieden zwischen {0} und {1} (P({1}) = {2})</translation>
    </message>
    <message>
        <source>a sample beat&apos;s index is a row number (1 = the first data row), not {0}</source>
        <translation>der Index eines sample-Schritts ist eine Zeilennummer (1 = die erste Datenzeile), nicht {0}</translation>
    </message>
    <message>
        <source>row {0}: rows are counted from 1 (the first data row)</source>
        <translation>Zeile {0}: Zeilen werden ab 1 gezählt (die erste Datenzeile)</translation>
    </message>
    <message>
        <source>row {0}: the training data has {1} rows</source>
        <translation>Zeile {0}: die Trainingsdaten haben {1} Zeilen</translation>
    </message>
    <message>
        <source>row {0}: the training points were edited, so the table&apos;s rows no longer match them</source>
        <translation>Zeile {0}: die Trainingspunkte wurden bearbeitet, deshalb passen die Zeilen der Tabelle nicht mehr zu ihnen</translation>
    </message>
    <message>
        <source>row {0} of the table is not one of the {1} training rows (the split put it in validation or test, or it was dropped for a missing value)</source>
        <translation>Zeile {0} der Tabelle ist keine der {1} Trainingszeilen (die Aufteilung hat sie der Validierung oder dem Test zugeteilt, oder sie wurde wegen eines fehlenden Werts entfernt)</translation>
    </message>
    <message>
        <source>split percentages must be non-negative and not all zero</source>
        <translation>die Prozentwerte der Aufteilung dürfen nicht negativ und nicht alle null sein</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Type a number, e.g. 0.75, 0,75 or 3/4.</source>
        <translation>Gib eine Zahl ein, z. B. 0,75; 0.75 oder 3/4.</translation>
    </message>
    <message>
        <source>That answer is too long to be a number.</source>
        <translation>Diese Antwort ist zu lang für eine Zahl.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a number: write e.g. 0.75, 0,75, 3/4 or 1 1/2 (one decimal mark, no thousands separator).</source>
        <translation>„{0}“ ist keine Zahl: schreib z. B. 0,75; 0.75; 3/4 oder 1 1/2 (ein Dezimalzeichen, kein Tausendertrennzeichen).</translation>
    </message>
    <message>
        <source>That number is too large.</source>
        <translation>Diese Zahl ist zu groß.</translation>
    </message>
    <message>
        <source>A fraction cannot have 0 below the line.</source>
        <translation>Ein Bruch kann unter dem Strich nicht 0 haben.</translation>
    </message>
    <message>
        <source>Right within ±{0}: one unit in the last of the {1} significant digits the explainer shows.</source>
        <translation>Richtig innerhalb von ±{0}: eine Einheit in der letzten der {1} gültigen Ziffern, die der Erklärer zeigt.</translation>
    </message>
    <message>
        <source>Right: {0} (the engine has {1}).</source>
        <translation>Richtig: {0} (nnviz hat {1}).</translation>
    </message>
    <message>
        <source>Not quite: {0} is {1} away; within ±{2} counts as right. Try again or press Show.</source>
        <translation>Nicht ganz: {0} liegt {1} daneben; innerhalb von ±{2} zählt als richtig. Versuch es noch einmal oder drück „Zeigen“.</translation>
    </message>
    <message>
        <source>new {0}</source>
        <translation>{0} neu</translation>
    </message>
    <message>
        <source>loss of the step</source>
        <translation>Verlust des Schritts</translation>
    </message>
    <message>
        <source> (sample position {0})</source>
        <translation> (Beispiel an Position {0})</translation>
    </message>
    <message>
        <source>exercises: must be a list of [[exercises]] tables</source>
        <translation>exercises: muss eine Liste von [[exercises]]-Tabellen sein</translation>
    </message>
    <message>
        <source>exercises: {0} exercises; at most {1} are allowed</source>
        <translation>exercises: {0} Aufgaben; erlaubt sind höchstens {1}</translation>
    </message>
    <message>
        <source>exercise {0}: {1}: {2}</source>
        <translation>Aufgabe {0}: {1}: {2}</translation>
    </message>
    <message>
        <source>exercise {0}: must be a table with title and text</source>
        <translation>Aufgabe {0}: muss eine Tabelle mit title und text sein</translation>
    </message>
    <message>
        <source>unknown key (did you mean {0}?)</source>
        <translation>unbekannter Schlüssel (meintest du {0}?)</translation>
    </message>
    <message>
        <source>unknown key; known keys: {0}</source>
        <translation>unbekannter Schlüssel; bekannte Schlüssel: {0}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be one of {0}, not {1}</source>
        <translation>muss eines von {0} sein, nicht {1}</translation>
    </message>
    <message>
        <source>belongs to a quantity to compute ({0})</source>
        <translation>gehört zu einer zu berechnenden Größe ({0})</translation>
    </message>
    <message>
        <source>unknown {0} (did you mean {1}?); choose one of {2}</source>
        <translation>unbekannt: {0} (meintest du {1}?); wähle eines von {2}</translation>
    </message>
    <message>
        <source>unknown {0}; choose one of {1}</source>
        <translation>unbekannt: {0}; wähle eines von {1}</translation>
    </message>
    <message>
        <source>missing (a quantity needs layer and neuron)</source>
        <translation>fehlt (eine Größe braucht layer und neuron)</translation>
    </message>
    <message>
        <source>only {0} and {1} name a weight</source>
        <translation>nur {0} und {1} nennen ein Gewicht</translation>
    </message>
    <message>
        <source>{0}: layer: layer {1} does not exist: the layers with neurons are 1 to {2}</source>
        <translation>{0}: layer: Schicht {1} gibt es nicht: die Schichten mit Neuronen sind 1 bis {2}</translation>
    </message>
    <message>
        <source>{0}: neuron: layer {1} has {2} neurons (0 to {3}), not {4}</source>
        <translation>{0}: neuron: Schicht {1} hat {2} Neuronen (0 bis {3}), nicht {4}</translation>
    </message>
    <message>
        <source>{0}: weight: the neuron has {1} weights; the explainer shows {2} to {3}</source>
        <translation>{0}: weight: das Neuron hat {1} Gewichte; der Erklärer zeigt {2} bis {3}</translation>
    </message>
    <message>
        <source>{0}: quantity: the loss is shown for an output neuron (layer {1})</source>
        <translation>{0}: quantity: der Verlust wird für ein Ausgabeneuron gezeigt (Schicht {1})</translation>
    </message>
    <message>
        <source>exercise {0}</source>
        <translation>Aufgabe {0}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Loaded lesson “{0}”: {1}, {2} training samples.</source>
        <translation>Lektion „{0}“ geladen: {1}, {2} Trainingsbeispiele.</translation>
    </message>
    <message>
        <source>Loaded {0}: {1}, ready to train.</source>
        <translation>{0} geladen: {1}, bereit zum Trainieren.</translation>
    </message>
    <message>
        <source>The pinned run was unpinned: it belongs to the lesson before.</source>
        <translation>Der angeheftete Lauf wurde gelöst: er gehört zur vorigen Lektion.</translation>
    </message>
    <message>
        <source>Network rebuilt: {0}. Training starts again from epoch 0 (Ctrl+Z undoes).</source>
        <translation>Netz neu gebaut: {0}. Das Training beginnt wieder bei Epoche 0 (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} auf {1}</translation>
    </message>
    <message>
        <source>Changed {0}; training continues from epoch {1}.</source>
        <translation>{0} geändert; das Training geht ab Epoche {1} weiter.</translation>
    </message>
    <message>
        <source>the training data cannot be empty: keep at least one training point</source>
        <translation>die Trainingsdaten dürfen nicht leer sein: behalte mindestens einen Trainingspunkt</translation>
    </message>
    <message>
        <source>{0}: {1} training points. The network keeps its weights and trains on from epoch {2} (Ctrl+Z brings the old data back).</source>
        <translation>{0}: {1} Trainingspunkte. Das Netz behält seine Gewichte und trainiert ab Epoche {2} weiter (Strg+Z holt die alten Daten zurück).</translation>
    </message>
    <message>
        <source>Trained one sample</source>
        <translation>Ein Beispiel trainiert</translation>
    </message>
    <message>
        <source>Trained one mini-batch of {0} samples</source>
        <translation>Einen Mini-Batch aus {0} Beispielen trainiert</translation>
    </message>
    <message>
        <source>Trained one batch: the whole training set, so one epoch</source>
        <translation>Einen Batch trainiert: die ganzen Trainingsdaten, also eine Epoche</translation>
    </message>
    <message>
        <source>Trained one epoch: every training sample once</source>
        <translation>Eine Epoche trainiert: jedes Trainingsbeispiel einmal</translation>
    </message>
    <message>
        <source>Finished epoch {0}: trained the samples left in it</source>
        <translation>Epoche {0} beendet: die übrigen Beispiele trainiert</translation>
    </message>
    <message>
        <source> Now at epoch {0}</source>
        <translation> Jetzt bei Epoche {0}</translation>
    </message>
    <message>
        <source> +{0} ({0} of {1} samples into epoch {2})</source>
        <translation> +{0} ({0} von {1} Beispielen in Epoche {2})</translation>
    </message>
    <message>
        <source>; the last step&apos;s loss was {0}.</source>
        <translation>; der Verlust des letzten Schritts war {0}.</translation>
    </message>
    <message>
        <source>Paused at epoch {0}.</source>
        <translation>Angehalten bei Epoche {0}.</translation>
    </message>
    <message>
        <source>Stopped: reached {0} epochs (the “Stop at” limit).</source>
        <translation>Gestoppt: {0} Epochen erreicht (die Grenze „Halt bei“).</translation>
    </message>
    <message>
        <source>Stopped: the training loss reached the target at epoch {0}.</source>
        <translation>Gestoppt: der Trainingsverlust hat das Ziel bei Epoche {0} erreicht.</translation>
    </message>
    <message>
        <source>Training diverged: see the red message above.</source>
        <translation>Das Training ist divergiert: siehe die rote Meldung oben.</translation>
    </message>
    <message>
        <source>{0} Lower it in Settings, then press Reset (R) to start again from the same weights, or Ctrl+Z to undo a change.</source>
        <translation>{0} Verringere sie in den Einstellungen und drücke dann Zurücksetzen (R), um mit denselben Gewichten neu zu beginnen, oder Strg+Z, um eine Änderung rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Reset: the same starting weights, epoch 0. Ctrl+Z brings the trained ones back.</source>
        <translation>Zurückgesetzt: dieselben Startgewichte, Epoche 0. Strg+Z holt die trainierten zurück.</translation>
    </message>
    <message>
        <source>New random weights (seed {0}); epoch 0. Ctrl+Z brings the old ones back.</source>
        <translation>Neue Zufallsgewichte (Seed {0}); Epoche 0. Strg+Z holt die alten zurück.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Cannot undo the {0}: {1}.</source>
        <translation>{0} kann nicht rückgängig gemacht werden: {1}.</translation>
    </message>
    <message>
        <source>Brought back the later history: {0} is the newest again.</source>
        <translation>Den späteren Verlauf zurückgeholt: {0} ist wieder der neueste.</translation>
    </message>
    <message>
        <source>Undid the lesson change: back to {0}, epoch {1}.</source>
        <translation>Lektionswechsel rückgängig gemacht: zurück zu {0}, Epoche {1}.</translation>
    </message>
    <message>
        <source>Undid the {0}: {1}, epoch {2}.</source>
        <translation>{0} rückgängig gemacht: {1}, Epoche {2}.</translation>
    </message>
    <message>
        <source>Undone: {0}; {1}, epoch {2}.</source>
        <translation>Rückgängig gemacht: {0}; {1}, Epoche {2}.</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <source>Saved {0} at {1}.</source>
        <translation>{0} gespeichert bei {1}.</translation>
    </message>
    <message>
        <source>Opened {0}: {1}, {2}, at {3}.</source>
        <translation>{0} geöffnet: {1}, {2}, bei {3}.</translation>
    </message>
    <message>
        <source>{0} is not a finite number: type a number such as 0 or -1.5</source>
        <translation>{0} ist keine endliche Zahl: gib eine Zahl wie 0 oder -1,5 ein</translation>
    </message>
    <message>
        <source>this network has no biases (tick “bias” in Settings)</source>
        <translation>dieses Netz hat keine Bias-Werte (hake „Bias“ in den Einstellungen an)</translation>
    </message>
    <message>
        <source>Set the bias from {0} to {1}; Ctrl+Z puts it back.</source>
        <translation>Bias von {0} auf {1} gesetzt; Strg+Z stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Set the weight from {0} to {1}; Ctrl+Z puts it back.</source>
        <translation>Gewicht von {0} auf {1} gesetzt; Strg+Z stellt es wieder her.</translation>
    </message>
    <message>
        <source>Already at the start: nothing to step back to.</source>
        <translation>Schon am Anfang: kein Schritt zurück möglich.</translation>
    </message>
    <message>
        <source>Already at the newest state.</source>
        <translation>Schon beim neuesten Stand.</translation>
    </message>
    <message>
        <source>Showing {0}, the newest.</source>
        <translation>Zu sehen: {0}, die neueste.</translation>
    </message>
    <message>
        <source>Showing {0}; the newest is {1}. Play or a step trains on from here (the later epochs go; Ctrl+Z brings them back).</source>
        <translation>Zu sehen: {0}; die neueste ist {1}. Start oder ein Schritt (1 Epoche, 1 Batch, 1 Beispiel) trainiert von hier weiter (die späteren Epochen fallen weg; Strg+Z holt sie zurück).</translation>
    </message>
    <message>
        <source>Pinned this run (epochs 0 to {0}); back at epoch 0. Change one thing (learning rate, seed, bias, activation, a hidden layer) and train again: both curves show, the pinned one dashed.</source>
        <translation>Diesen Lauf angeheftet (Epochen 0 bis {0}); zurück bei Epoche 0. Ändere eine Sache (Lernrate, Seed, Bias, Aktivierung, eine verborgene Schicht) und trainiere neu: beide Kurven erscheinen, die angeheftete gestrichelt.</translation>
    </message>
    <message>
        <source>No run is pinned.</source>
        <translation>Kein Lauf ist angeheftet.</translation>
    </message>
    <message>
        <source>Unpinned: only the run now is shown.</source>
        <translation>Gelöst: nur der jetzige Lauf wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>{0}: nothing is loaded, so there is nothing to save</source>
        <translation>{0}: nichts ist geladen, also gibt es nichts zu speichern</translation>
    </message>
    <message>
        <source>this data&apos;s inputs are computed in a way a session file cannot keep yet</source>
        <translation>die Eingaben dieser Daten werden auf eine Art berechnet, die eine Sitzungsdatei noch nicht speichern kann</translation>
    </message>
    <message>
        <source>{0}: cannot write in {1} ({2})</source>
        <translation>{0}: in {1} kann nicht geschrieben werden ({2})</translation>
    </message>
    <message>
        <source>{0}: could not be saved ({1}); any earlier file of that name is unchanged</source>
        <translation>{0}: konnte nicht gespeichert werden ({1}); eine frühere Datei dieses Namens ist unverändert</translation>
    </message>
    <message>
        <source>the weights do not fit {0}</source>
        <translation>die Gewichte passen nicht zu {0}</translation>
    </message>
    <message>
        <source>the last finite weights do not fit {0}</source>
        <translation>die letzten endlichen Gewichte passen nicht zu {0}</translation>
    </message>
    <message>
        <source>the weights hold NaN or infinite numbers, yet training did not diverge</source>
        <translation>die Gewichte enthalten NaN oder unendliche Zahlen, obwohl das Training nicht divergiert ist</translation>
    </message>
    <message>
        <source>epoch {0} sample {1} is not a place in training on {2} rows</source>
        <translation>Epoche {0}, Beispiel {1} ist keine Stelle in einem Training mit {2} Zeilen</translation>
    </message>
    <message>
        <source>the epoch&apos;s row order is not an order of the training rows</source>
        <translation>die Zeilenfolge der Epoche ist keine Anordnung der Trainingszeilen</translation>
    </message>
    <message>
        <source>the epoch&apos;s outputs so far do not fit</source>
        <translation>die bisherigen Ausgaben der Epoche passen nicht</translation>
    </message>
    <message>
        <source>the divergence note is not a text</source>
        <translation>der Hinweis zur Divergenz ist kein Text</translation>
    </message>
    <message>
        <source>the random state is not one this nnviz uses</source>
        <translation>der Zufallszustand ist keiner, den dieses nnviz verwendet</translation>
    </message>
    <message>
        <source>the optimizer state is {0}&apos;s but the settings say {1}</source>
        <translation>der Zustand des Optimierers gehört zu {0}, die Einstellungen sagen aber {1}</translation>
    </message>
    <message>
        <source>the history holds {0} epochs but training is at epoch {1}</source>
        <translation>der Verlauf enthält {0} Epochen, das Training ist aber bei Epoche {1}</translation>
    </message>
    <message>
        <source>the timeline&apos;s keyframes are out of order</source>
        <translation>die Schlüsselbilder der Zeitleiste sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>the timeline&apos;s positions do not add up</source>
        <translation>die Positionen der Zeitleiste gehen nicht auf</translation>
    </message>
    <message>
        <source>the optimizer has no setting {0} of that kind</source>
        <translation>der Optimierer hat keine Einstellung {0} dieser Art</translation>
    </message>
    <message>
        <source>the {0} optimizer keeps no such state</source>
        <translation>der Optimierer {0} hat keinen solchen Zustand</translation>
    </message>
    <message>
        <source>an optimizer state key is malformed</source>
        <translation>ein Schlüssel im Zustand des Optimierers ist fehlerhaft</translation>
    </message>
    <message>
        <source>the {0} optimizer&apos;s state has the wrong parts</source>
        <translation>der Zustand des Optimierers {0} hat die falschen Teile</translation>
    </message>
    <message>
        <source>Adam&apos;s step count must be a whole number</source>
        <translation>die Schrittzahl von Adam muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>an optimizer moment has {0} values for {1} parameters</source>
        <translation>ein Moment des Optimierers hat {0} Werte für {1} Parameter</translation>
    </message>
    <message>
        <source>the setting {0} cannot be saved yet</source>
        <translation>die Einstellung {0} kann noch nicht gespeichert werden</translation>
    </message>
    <message>
        <source>unknown training setting {0}</source>
        <translation>unbekannte Trainingseinstellung {0}</translation>
    </message>
    <message>
        <source>unknown setting {0}</source>
        <translation>unbekannte Einstellung {0}</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read (permission denied)</source>
        <translation>{0}: die Datei kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read ({1})</source>
        <translation>{0}: die Datei kann nicht gelesen werden ({1})</translation>
    </message>
    <message>
        <source>{0}: not an nnviz session file ({1})</source>
        <translation>{0}: keine nnviz-Sitzungsdatei ({1})</translation>
    </message>
    <message>
        <source>{0}: the file is damaged or incomplete{1}; it may have been cut short while copying</source>
        <translation>{0}: die Datei ist beschädigt oder unvollständig{1}; vielleicht wurde sie beim Kopieren abgeschnitten</translation>
    </message>
    <message>
        <source>{0}: the file is damaged or incomplete ({1})</source>
        <translation>{0}: die Datei ist beschädigt oder unvollständig ({1})</translation>
    </message>
    <message>
        <source>{0}: the file nests too deeply; refused</source>
        <translation>{0}: die Datei ist zu tief verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <source>{0}: the file asks for more memory than there is; refused</source>
        <translation>{0}: die Datei verlangt mehr Speicher, als es gibt; abgelehnt</translation>
    </message>
    <message>
        <source>{0}: the file does not exist</source>
        <translation>{0}: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>{0}: this is a folder, not a session file</source>
        <translation>{0}: das ist ein Ordner, keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>eine NumPy-Array-Datei</translation>
    </message>
    <message>
        <source>a gzip file</source>
        <translation>eine gzip-Datei</translation>
    </message>
    <message>
        <source>it is {0}</source>
        <translation>sie ist {0}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it looks like a text or CSV file; open a CSV with File → Open or --csv</source>
        <translation>sie sieht aus wie eine Text- oder CSV-Datei; öffne eine CSV-Datei mit Datei → Öffnen oder --csv</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>sie ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>{0}: not an nnviz session file (a zip archive without {1})</source>
        <translation>{0}: keine nnviz-Sitzungsdatei (ein Zip-Archiv ohne {1})</translation>
    </message>
    <message>
        <source>{0} is not allowed</source>
        <translation>{0} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the list of arrays is malformed</source>
        <translation>die Liste der Arrays ist fehlerhaft</translation>
    </message>
    <message>
        <source>the array {0} is listed but not in the file</source>
        <translation>das Array {0} ist aufgeführt, aber nicht in der Datei</translation>
    </message>
    <message>
        <source>{0} has shape {1} {2}, the manifest says {3} {4}</source>
        <translation>{0} hat die Form {1} {2}, das Manifest sagt {3} {4}</translation>
    </message>
    <message>
        <source>{0} holds NaN or infinite numbers</source>
        <translation>{0} enthält NaN oder unendliche Zahlen</translation>
    </message>
    <message>
        <source>{0} does not fit in {1}</source>
        <translation>{0} passt nicht in {1}</translation>
    </message>
    <message>
        <source>the {0} scaler is half there</source>
        <translation>die Skalierung von {0} ist nur halb vorhanden</translation>
    </message>
    <message>
        <source>there are no training rows</source>
        <translation>es gibt keine Trainingszeilen</translation>
    </message>
    <message>
        <source>the feature inputs are malformed</source>
        <translation>die berechneten Eingaben sind fehlerhaft</translation>
    </message>
    <message>
        <source>the starting weights do not fit {0}</source>
        <translation>die Startgewichte passen nicht zu {0}</translation>
    </message>
    <message>
        <source>the loss history&apos;s columns differ in length</source>
        <translation>die Spalten des Verlustverlaufs sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>the history holds {0} epochs, fewer than the {1} shown</source>
        <translation>der Verlauf enthält {0} Epochen, weniger als die {1} angezeigten</translation>
    </message>
    <message>
        <source>the lesson ({0}) is missing</source>
        <translation>die Lektion ({0}) fehlt</translation>
    </message>
    <message>
        <source>the data&apos;s origin is malformed</source>
        <translation>die Herkunft der Daten ist fehlerhaft</translation>
    </message>
    <message>
        <source>{0} members; a session file has at most {1}</source>
        <translation>{0} Einträge; eine Sitzungsdatei hat höchstens {1}</translation>
    </message>
    <message>
        <source>two members are called {0}; refused (tools disagree on which one counts)</source>
        <translation>zwei Einträge heißen {0}; abgelehnt (Werkzeuge sind uneins, welcher gilt)</translation>
    </message>
    <message>
        <source>member {0} is encrypted; a session file never is</source>
        <translation>Eintrag {0} ist verschlüsselt; eine Sitzungsdatei ist das nie</translation>
    </message>
    <message>
        <source>member {0} uses compression method {1}; a session file uses only stored or deflated members</source>
        <translation>Eintrag {0} nutzt die Kompressionsmethode {1}; eine Sitzungsdatei nutzt nur „stored“ oder „deflated“</translation>
    </message>
    <message>
        <source>member {0} says it holds {1} bytes; at most {2} are allowed</source>
        <translation>Eintrag {0} gibt an, {1} Bytes zu enthalten; erlaubt sind höchstens {2}</translation>
    </message>
    <message>
        <source>the members hold {0} bytes together; at most {1} are allowed</source>
        <translation>die Einträge enthalten zusammen {0} Bytes; erlaubt sind höchstens {1}</translation>
    </message>
    <message>
        <source>member {0} is too large ({1} bytes; at most {2})</source>
        <translation>Eintrag {0} ist zu groß ({1} Bytes; höchstens {2})</translation>
    </message>
    <message>
        <source>member {0} inflates beyond its size or the limit; refused</source>
        <translation>Eintrag {0} entpackt sich über seine Größe oder die Grenze hinaus; abgelehnt</translation>
    </message>
    <message>
        <source>{0}: {1} nests too deeply; refused</source>
        <translation>{0}: {1} ist zu tief verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <source>{0}: {1} holds a text of {2} characters; at most {3} are allowed</source>
        <translation>{0}: {1} enthält einen Text mit {2} Zeichen; erlaubt sind höchstens {3}</translation>
    </message>
    <message>
        <source>the settings are malformed</source>
        <translation>die Einstellungen sind fehlerhaft</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>die verborgenen Schichten</translation>
    </message>
    <message>
        <source>the network&apos;s seed</source>
        <translation>der Seed des Netzes</translation>
    </message>
    <message>
        <source>the training settings are malformed</source>
        <translation>die Trainingseinstellungen sind fehlerhaft</translation>
    </message>
    <message>
        <source>{0} must be true or false</source>
        <translation>{0} muss true oder false sein</translation>
    </message>
    <message>
        <source>the feature names</source>
        <translation>die Namen der Eingaben</translation>
    </message>
    <message>
        <source>the class names</source>
        <translation>die Klassennamen</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Hinweise</translation>
    </message>
    <message>
        <source>the {0} entry is missing or malformed</source>
        <translation>der Eintrag {0} fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>the problem&apos;s {0}</source>
        <translation>{0} des Datensatzes</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>{0} must be a list of at most {1} texts</source>
        <translation>{0} müssen eine Liste von höchstens {1} Texten sein</translation>
    </message>
    <message>
        <source>a classification needs at least two class names</source>
        <translation>eine Klassifikation braucht mindestens zwei Klassennamen</translation>
    </message>
    <message>
        <source>the picture shape must be two whole numbers of rows and columns</source>
        <translation>die Bildgröße muss aus zwei ganzen Zahlen bestehen, Zeilen und Spalten</translation>
    </message>
    <message>
        <source>the trainer&apos;s settings are malformed</source>
        <translation>die Einstellungen des Trainings sind fehlerhaft</translation>
    </message>
    <message>
        <source>too many arrays are listed</source>
        <translation>zu viele Arrays sind aufgeführt</translation>
    </message>
    <message>
        <source>the array {0} is listed with a malformed shape or type</source>
        <translation>das Array {0} ist mit fehlerhafter Form oder fehlerhaftem Typ aufgeführt</translation>
    </message>
    <message>
        <source>the timeline is malformed</source>
        <translation>die Zeitleiste ist fehlerhaft</translation>
    </message>
    <message>
        <source>the timeline has {0} keyframes; at most {1}</source>
        <translation>die Zeitleiste hat {0} Schlüsselbilder; höchstens {1}</translation>
    </message>
    <message>
        <source>the timeline&apos;s {0}</source>
        <translation>{0} der Zeitleiste</translation>
    </message>
    <message>
        <source>the timeline&apos;s budget</source>
        <translation>das Speicherbudget der Zeitleiste</translation>
    </message>
    <message>
        <source>a timeline keyframe is malformed</source>
        <translation>ein Schlüsselbild der Zeitleiste ist fehlerhaft</translation>
    </message>
    <message>
        <source>a keyframe&apos;s {0}</source>
        <translation>{0} eines Schlüsselbilds</translation>
    </message>
    <message>
        <source>the sample cursor</source>
        <translation>die Position im Durchgang</translation>
    </message>
    <message>
        <source>the divergence note</source>
        <translation>der Hinweis zur Divergenz</translation>
    </message>
    <message>
        <source>the optimizer state is malformed</source>
        <translation>der Zustand des Optimierers ist fehlerhaft</translation>
    </message>
    <message>
        <source>the optimizer&apos;s {0}</source>
        <translation>{0} des Optimierers</translation>
    </message>
    <message>
        <source>an optimizer state entry is malformed</source>
        <translation>ein Eintrag im Zustand des Optimierers ist fehlerhaft</translation>
    </message>
    <message>
        <source>an optimizer value</source>
        <translation>ein Wert des Optimierers</translation>
    </message>
    <message>
        <source>the last epoch&apos;s numbers are malformed</source>
        <translation>die Zahlen der letzten Epoche sind fehlerhaft</translation>
    </message>
    <message>
        <source>the random state is malformed</source>
        <translation>der Zufallszustand ist fehlerhaft</translation>
    </message>
    <message>
        <source>the random state&apos;s {0}</source>
        <translation>{0} des Zufallszustands</translation>
    </message>
    <message>
        <source>unknown .npy version {0}</source>
        <translation>unbekannte .npy-Version {0}</translation>
    </message>
    <message>
        <source>{0} is not a NumPy array ({1})</source>
        <translation>{0} ist kein NumPy-Array ({1})</translation>
    </message>
    <message>
        <source>{0}: {1} holds Python objects (a pickle); refused, nothing from it was run</source>
        <translation>{0}: {1} enthält Python-Objekte (ein Pickle); abgelehnt, nichts davon wurde ausgeführt</translation>
    </message>
    <message>
        <source>{0} does not hold plain numbers</source>
        <translation>{0} enthält keine einfachen Zahlen</translation>
    </message>
    <message>
        <source>{0} has an implausible shape</source>
        <translation>{0} hat eine unplausible Form</translation>
    </message>
    <message>
        <source>{0} says it holds {1} values, more than the member has</source>
        <translation>{0} gibt an, {1} Werte zu enthalten, mehr als der Eintrag hat</translation>
    </message>
    <message>
        <source>{0} holds {1} bytes of data for {2} values</source>
        <translation>{0} enthält {1} Bytes Daten für {2} Werte</translation>
    </message>
    <message>
        <source>softmax and categorical cross-entropy need two outputs or more; this network has one</source>
        <translation>softmax und kategoriale Kreuzentropie brauchen zwei oder mehr Ausgaben; dieses Netz hat eine</translation>
    </message>
    <message>
        <source>the settings give starting biases to a network without biases</source>
        <translation>die Einstellungen geben einem Netz ohne Bias Start-Bias-Werte</translation>
    </message>
    <message>
        <source>{0} is not a table of numbers</source>
        <translation>{0} ist keine Tabelle aus Zahlen</translation>
    </message>
    <message>
        <source>{0} rows of {1} inputs and {2} outputs are beyond the limits ({3} rows, {4} inputs, {5} outputs)</source>
        <translation>{0} Zeilen mit {1} Eingaben und {2} Ausgaben überschreiten die Grenzen ({3} Zeilen, {4} Eingaben, {5} Ausgaben)</translation>
    </message>
    <message>
        <source>unknown task {0}</source>
        <translation>unbekannte Problemart {0}</translation>
    </message>
    <message>
        <source>a yes/no problem has one output and two class names</source>
        <translation>ein Ja/Nein-Problem hat eine Ausgabe und zwei Klassennamen</translation>
    </message>
    <message>
        <source>a problem with several classes needs an output per class</source>
        <translation>ein Problem mit mehreren Klassen braucht eine Ausgabe pro Klasse</translation>
    </message>
    <message>
        <source>a scaler has a zero or non-finite scale</source>
        <translation>eine Skalierung hat einen Faktor, der null oder nicht endlich ist</translation>
    </message>
    <message>
        <source>the training inputs and targets differ in length</source>
        <translation>die Trainingseingaben und -ziele sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>the validation rows are half there</source>
        <translation>die Validierungszeilen sind nur halb vorhanden</translation>
    </message>
    <message>
        <source>the validation rows do not fit the training rows</source>
        <translation>die Validierungszeilen passen nicht zu den Trainingszeilen</translation>
    </message>
    <message>
        <source>the test rows are half there</source>
        <translation>die Testzeilen sind nur halb vorhanden</translation>
    </message>
    <message>
        <source>the test rows do not fit the training rows</source>
        <translation>die Testzeilen passen nicht zu den Trainingszeilen</translation>
    </message>
    <message>
        <source>{0} input names for {1} inputs</source>
        <translation>{0} Eingabenamen für {1} Eingaben</translation>
    </message>
    <message>
        <source>a {0}×{1} picture for {2} inputs</source>
        <translation>ein {0}×{1}-Bild für {2} Eingaben</translation>
    </message>
    <message>
        <source>the class names do not fit the outputs</source>
        <translation>die Klassennamen passen nicht zu den Ausgaben</translation>
    </message>
    <message>
        <source>a scaler does not fit the columns</source>
        <translation>eine Skalierung passt nicht zu den Spalten</translation>
    </message>
    <message>
        <source>the input columns&apos; recipe does not fit the inputs</source>
        <translation>das Rezept der Eingabespalten passt nicht zu den Eingaben</translation>
    </message>
    <message>
        <source>{0}: {1} is not valid JSON ({2})</source>
        <translation>{0}: {1} ist kein gültiges JSON ({2})</translation>
    </message>
    <message>
        <source>{0}: not an nnviz session file ({1} does not say so)</source>
        <translation>{0}: keine nnviz-Sitzungsdatei ({1} sagt das nicht)</translation>
    </message>
    <message>
        <source>{0}: the file&apos;s format version is missing or not a number</source>
        <translation>{0}: die Formatversion der Datei fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>{0}: saved by a newer nnviz ({1}, format {2}); this nnviz reads format {3} or older: update nnviz</source>
        <translation>{0}: von einem neueren nnviz gespeichert ({1}, Format {2}); dieses nnviz liest Format {3} oder älter: aktualisiere nnviz</translation>
    </message>
    <message>
        <source>missing entry {0}</source>
        <translation>fehlender Eintrag {0}</translation>
    </message>
    <message>
        <source>{0}: the file is inconsistent ({1}); it may have been edited by hand</source>
        <translation>{0}: die Datei ist widersprüchlich ({1}); vielleicht wurde sie von Hand bearbeitet</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>every hidden layer needs at least one neuron</source>
        <translation>jede verborgene Schicht braucht mindestens ein Neuron</translation>
    </message>
    <message>
        <source>give one activation per hidden layer</source>
        <translation>gib eine Aktivierung je verborgener Schicht an</translation>
    </message>
    <message>
        <source>unknown activation {0}; choose one of {1}</source>
        <translation>unbekannte Aktivierung {0}; wähle eine von {1}</translation>
    </message>
    <message>
        <source>unknown initialisation {0}; choose one of {1}</source>
        <translation>unbekannte Initialisierung {0}; wähle eine von {1}</translation>
    </message>
</context>
<context>
    <name>Slices</name>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>Held at the training mean: {0}</source>
        <translation>Auf dem Trainingsmittelwert gehalten: {0}</translation>
    </message>
    <message>
        <source>Held at their training mean: {0}</source>
        <translation>Auf ihrem Trainingsmittelwert gehalten: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>epoch {0} +{1}</source>
        <translation>Epoche {0} +{1}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>learning rate {0}: {1}</source>
        <translation>Lernrate {0}: {1}</translation>
    </message>
    <message>
        <source>unknown optimizer {0}; choose one of {1}</source>
        <translation>unbekannter Optimierer {0}; wähle einen von {1}</translation>
    </message>
    <message>
        <source>the batch size must be 0 (full batch) or a positive number</source>
        <translation>die Batch-Größe muss 0 (ganzer Batch) oder eine positive Zahl sein</translation>
    </message>
    <message>
        <source>L2 must be zero or a positive number</source>
        <translation>L2 muss null oder eine positive Zahl sein</translation>
    </message>
    <message>
        <source>L1 must be zero or a positive number</source>
        <translation>L1 muss null oder eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the number of epochs must be at least 1</source>
        <translation>die Zahl der Epochen muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the network is {0} but the data has {1} inputs and {2} outputs</source>
        <translation>das Netz ist {0}, aber die Daten haben {1} Eingaben und {2} Ausgaben</translation>
    </message>
    <message>
        <source>cross-entropy needs classes, but {0} is a number: use mean squared error (mse)</source>
        <translation>Kreuzentropie braucht Klassen, aber {0} ist eine Zahl: nimm die mittlere quadratische Abweichung (mse)</translation>
    </message>
    <message>
        <source>learning rate (now {0})</source>
        <translation>Lernrate (jetzt {0})</translation>
    </message>
    <message>
        <source> or L2 (now {0})</source>
        <translation> oder L2 (jetzt {0})</translation>
    </message>
    <message>
        <source> or L1 (now {0})</source>
        <translation> oder L1 (jetzt {0})</translation>
    </message>
    <message>
        <source>Training diverged in epoch {0}: the loss became NaN or infinite. Try a smaller {1}; the last finite weights are kept.</source>
        <translation>Das Training ist in Epoche {0} divergiert: der Verlust wurde NaN oder unendlich. Verringere die {1}; die letzten endlichen Gewichte bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>new weights</source>
        <translation>Neue Gewichte</translation>
    </message>
    <message>
        <source>network change</source>
        <translation>Netzänderung</translation>
    </message>
    <message>
        <source>settings change</source>
        <translation>Einstellungsänderung</translation>
    </message>
    <message>
        <source>weight edit</source>
        <translation>Gewichtsänderung</translation>
    </message>
    <message>
        <source>lesson change</source>
        <translation>Lektionswechsel</translation>
    </message>
    <message>
        <source>data change</source>
        <translation>Datenänderung</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Verzweigung</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Type a number, e.g. 0.03</source>
        <translation>Gib eine Zahl ein, z. B. 0,03</translation>
    </message>
    <message>
        <source>“{0}” is not a number</source>
        <translation>„{0}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{0} is not a number</source>
        <translation>{0} ist keine Zahl</translation>
    </message>
    <message>
        <source>It must be more than 0</source>
        <translation>Sie muss größer als 0 sein</translation>
    </message>
    <message>
        <source>Too large (at most {0}; 0.001 to 10 is usual)</source>
        <translation>Zu groß (höchstens {0}; üblich sind 0,001 bis 10)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (wähle aus %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r, meintest du %(closest)r? (wähle aus %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Argumente</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (Auswahl: %(choices)s)</translation>
    </message>
</context>
</TS>
