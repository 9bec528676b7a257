<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="165" />
        <source>could not write {0}</source>
        <translation>no se pudo escribir {0}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="167" />
        <source>saved {0} at epoch {1}</source>
        <translation>{0} guardado en la época {1}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <location filename="../ui/plots/boundary.py" line="18" />
        <source>click: add a point · Shift+click: remove</source>
        <translation>clic: añadir un punto · Mayús+clic: quitar</translation>
    </message>
    <message>
        <location filename="../ui/plots/boundary.py" line="44" />
        <source>Discretize</source>
        <translation>Discretizar</translation>
    </message>
    <message>
        <location filename="../ui/plots/boundary.py" line="47" />
        <source>Show hard class regions: each point of the plane in the colour of the class the network would predict, without confidence shading.</source>
        <translation>Mostrar regiones de clase nítidas: cada punto del plano en el color de la clase que predeciría la red, sin sombreado de confianza.</translation>
    </message>
    <message>
        <location filename="../ui/plots/boundary.py" line="286" />
        <source>Showing {0}</source>
        <translation>Se muestra {0}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../ui/confusion_view.py" line="27" />
        <source>true class ↓   predicted →</source>
        <translation>clase real ↓   predicha →</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="135" />
        <source>({0} of this class)</source>
        <translation>({0} de esta clase)</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="136" />
        <source>right</source>
        <translation>acierto</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="136" />
        <source>wrong</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="137" />
        <source>1 sample</source>
        <translation>1 muestra</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="137" />
        <source>{0} samples</source>
        <translation>{0} muestras</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="138" />
        <source>true: {0}
predicted: {1}
{2}{3}: {4}</source>
        <translation>real: {0}
predicha: {1}
{2}{3}: {4}</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="193" />
        <source>No test results yet.</source>
        <translation>Aún no hay resultados de prueba.</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="300" />
        <source>true class {0}: {1}</source>
        <translation>clase real {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/confusion_view.py" line="303" />
        <source>predicted class {0}: {1}</source>
        <translation>clase predicha {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CsvWorker</name>
    <message>
        <location filename="../workers/csv_worker.py" line="74" />
        <source>could not read {0}: unknown error</source>
        <translation>no se pudo leer {0}: error desconocido</translation>
    </message>
    <message>
        <location filename="../workers/csv_worker.py" line="82" />
        <source>{0}: not enough memory for this file; use a sample of it.</source>
        <translation>{0}: no hay memoria suficiente para este archivo; usa una parte de él.</translation>
    </message>
    <message>
        <location filename="../workers/csv_worker.py" line="85" />
        <source>could not read {0}: {1}</source>
        <translation>no se pudo leer {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../ui/plots/curve.py" line="234" />
        <source>network's prediction of {0}</source>
        <translation>predicción de la red para {0}</translation>
    </message>
    <message>
        <location filename="../ui/plots/curve.py" line="235" />
        <source>network's prediction</source>
        <translation>predicción de la red</translation>
    </message>
    <message>
        <location filename="../ui/plots/curve.py" line="236" />
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <location filename="../ui/plots/curve.py" line="242" />
        <source>network's P({0})</source>
        <translation>P({0}) de la red</translation>
    </message>
</context>
<context>
    <name>DataKnobs</name>
    <message>
        <location filename="../ui/data_knobs.py" line="25" />
        <source>How far the points are scattered from their clean shape (0–50 %). More noise makes overfitting visible: the training loss keeps falling while the test loss rises.</source>
        <translation>Cuánto se dispersan los puntos de su forma limpia (0–50 %). Más ruido hace visible el sobreajuste: la pérdida de entrenamiento sigue bajando mientras la de prueba sube.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="27" />
        <source>The share of the points used for training (10–90 %); the rest are split 40:60 into validation and test points (the test points are drawn as rings).</source>
        <translation>La parte de los puntos usada para entrenar (10–90 %); el resto se reparte 40:60 entre puntos de validación y de prueba (los de prueba se dibujan como anillos).</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="29" />
        <source>How many points the set has.</source>
        <translation>Cuántos puntos tiene el conjunto.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="30" />
        <source>New points of the same kind (the next data seed). The network keeps its weights and trains on; Ctrl+Z brings the old points back.</source>
        <translation>Puntos nuevos del mismo tipo (la siguiente semilla de datos). La red conserva sus pesos y sigue entrenando; Ctrl+Z recupera los puntos anteriores.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="32" />
        <source>The network's inputs, computed from x₁ and x₂ (as in TensorFlow Playground). Each one is an input neuron. With x₁² and x₂² a single neuron can draw a circle. Changing them builds a new input layer: training starts again from epoch 0 (Ctrl+Z undoes). At least one stays on.</source>
        <translation>Las entradas de la red, calculadas a partir de x₁ y x₂ (como en TensorFlow Playground). Cada una es una neurona de entrada. Con x₁² y x₂² una sola neurona puede dibujar un círculo. Cambiarlas crea una capa de entrada nueva: el entrenamiento vuelve a empezar en la época 0 (Ctrl+Z lo deshace). Al menos una sigue activa.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="35" />
        <source>A click on the boundary plot adds a training point of this class where you clicked; Shift+click removes the nearest point. Training goes on with the changed data (Ctrl+Z undoes).</source>
        <translation>Un clic en la frontera de decisión añade allí un punto de entrenamiento de esta clase; Mayús+clic quita el punto más cercano. El entrenamiento sigue con los datos cambiados (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="54" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="70" />
        <source>⟳ Regenerate</source>
        <translation>⟳ Regenerar</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="73" />
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="74" />
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="75" />
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="83" />
        <source>noise {0} %</source>
        <translation>ruido {0} %</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="85" />
        <source>training ratio {0} %</source>
        <translation>proporción de entrenamiento {0} %</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="86" />
        <source>{0} points</source>
        <translation>{0} puntos</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="94" />
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="117" />
        <source>Click adds</source>
        <translation>Un clic añade</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="130" />
        <source>Shift+click removes the nearest point.</source>
        <translation>Mayús+clic quita el punto más cercano.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="192" />
        <source>Pause (Space) to change the network's inputs.</source>
        <translation>Pausa (Espacio) para cambiar las entradas de la red.</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="212" />
        <source>new points (data seed {0})</source>
        <translation>puntos nuevos (semilla de datos {0})</translation>
    </message>
    <message>
        <location filename="../ui/data_knobs.py" line="227" />
        <source>The network needs at least one input: turn another on first.</source>
        <translation>La red necesita al menos una entrada: activa otra primero.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../ui/data_panel.py" line="44" />
        <source>Open a table saved as CSV (comma-separated values): one row per example, one column per measurement, and one column holding what the network should predict.</source>
        <translation>Abrir una tabla guardada como CSV (valores separados por comas): una fila por ejemplo, una columna por medida y una columna con lo que la red debe predecir.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="46" />
        <source>Open one of the tables you opened before.</source>
        <translation>Abrir una de las tablas abiertas antes.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="47" />
        <source>Stop reading the file. Whatever was loaded before stays.</source>
        <translation>Dejar de leer el archivo. Lo que estaba cargado antes se queda.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="48" />
        <source>How much of the file has been read.</source>
        <translation>Cuánto del archivo se ha leído.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="49" />
        <source>The first rows of the table. Under each name: numeric (numbers) or text (words). The column to predict is shaded; columns the network will not see are grey.</source>
        <translation>Las primeras filas de la tabla. Bajo cada nombre: numérica (números) o texto (palabras). La columna a predecir está sombreada; las columnas que la red no verá están en gris.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="51" />
        <source>What was done to read and prepare the table: the file's encoding and separator, renamed columns, values treated as missing, rows dropped.</source>
        <translation>Lo que se hizo para leer y preparar la tabla: la codificación y el separador del archivo, columnas renombradas, valores tratados como ausentes, filas descartadas.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="65" />
        <source>1 feature</source>
        <translation>1 variable</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="66" />
        <source>{0} features</source>
        <translation>{0} variables</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="68" />
        <source>{0} features ({1} inputs)</source>
        <translation>{0} variables ({1} entradas)</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="70" />
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="72" />
        <source>{0} classes</source>
        <translation>{0} clases</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="73" />
        <source>{0}: {1} rows, {2} → {3} ({4})</source>
        <translation>{0}: {1} filas, {2} → {3} ({4})</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="127" />
        <source>Open a CSV table</source>
        <translation>Abrir una tabla CSV</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="137" />
        <location filename="../ui/data_panel.py" line="142" />
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="177" />
        <source>Preparing {0}…</source>
        <translation>Preparando {0}…</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="203" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="208" />
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="213" />
        <source>Recent ▾</source>
        <translation>Recientes ▾</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="225" />
        <source>Open a table saved as CSV, or drop a .csv file here.</source>
        <translation>Abrir una tabla guardada como CSV, o soltar aquí un archivo .csv.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="239" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="252" />
        <location filename="../ui/data_panel.py" line="300" />
        <location filename="../ui/data_panel.py" line="321" />
        <source>First {0} rows</source>
        <translation>Primeras {0} filas</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="259" />
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="298" />
        <location filename="../ui/data_panel.py" line="320" />
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} filas × {2} columnas</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="301" />
        <location filename="../ui/data_panel.py" line="322" />
        <source>All {0} rows</source>
        <translation>Las {0} filas</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="368" />
        <source>Read {0}: {1} rows × {2} columns. Choose the target and press “Use this data”.</source>
        <translation>Leído {0}: {1} filas × {2} columnas. Elige el objetivo y pulsa «Usar estos datos».</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="377" />
        <source>In use: {0}</source>
        <translation>En uso: {0}</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="379" />
        <source>Loaded {0}: {1} rows</source>
        <translation>Cargado {0}: {1} filas</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="399" />
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="400" />
        <source>Stopped reading {0}.</source>
        <translation>Lectura de {0} detenida.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="401" />
        <source>Stopped preparing {0}.</source>
        <translation>Preparación de {0} detenida.</translation>
    </message>
    <message>
        <location filename="../ui/data_panel.py" line="437" />
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <location filename="../ui/data_preview.py" line="45" />
        <source>numeric</source>
        <translation>numérica</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="45" />
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="143" />
        <source>{0}: missing</source>
        <translation>{0}: ausente</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="168" />
        <source>the column to predict</source>
        <translation>la columna a predecir</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="169" />
        <source>a feature</source>
        <translation>una variable</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="169" />
        <source>not used</source>
        <translation>no se usa</translation>
    </message>
    <message>
        <location filename="../ui/data_preview.py" line="170" />
        <source>{0}: {1} column, {2}</source>
        <translation>{0}: columna ({1}), {2}</translation>
    </message>
</context>
<context>
    <name>ExplainerPanel</name>
    <message>
        <location filename="../ui/explainer.py" line="58" />
        <source>Every row</source>
        <translation>Cada fila</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="60" />
        <source>Show the forward pass of every row of the step (z2, a2, z3, ŷ), the way the tutorials print it</source>
        <translation>Mostrar la pasada hacia delante de cada fila del paso (z2, a2, z3, ŷ), como la imprimen los tutoriales</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="63" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="64" />
        <source>Copy the explanation as plain text</source>
        <translation>Copiar la explicación como texto plano</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="186" />
        <source>Take a step (Step sample, Step batch or Step epoch) to see every number of it here.</source>
        <translation>Da un paso (una muestra, un lote o una época) para ver aquí cada uno de sus números.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="188" />
        <source>Click a neuron in the network to see how this step changed it.</source>
        <translation>Haz clic en una neurona de la red para ver cómo la cambió este paso.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="206" />
        <source>Sample {0}</source>
        <translation>Muestra {0}</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="214" />
        <source>Nothing to explain for this neuron: {0}</source>
        <translation>Nada que explicar para esta neurona: {0}</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="218" />
        <source>About this lesson</source>
        <translation>Sobre esta lección</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="223" />
        <source>Step explainer</source>
        <translation>Explicador del paso</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="238" />
        <source>{0} · {1} of {2} · {3}</source>
        <translation>{0} · {1} de {2} · {3}</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="243" />
        <source>The next click shows it.</source>
        <translation>El próximo clic lo muestra.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="247" />
        <source>Nothing of this part for this neuron.</source>
        <translation>Esta parte no tiene nada para esta neurona.</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="255" />
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="255" />
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="256" />
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="256" />
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="265" />
        <source>What does this neuron compute for this input?</source>
        <translation>¿Qué calcula esta neurona para esta entrada?</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="266" />
        <source>How far is the answer from the target?</source>
        <translation>¿A qué distancia está la respuesta del objetivo?</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="267" />
        <source>Which way, and how much, should each weight move?</source>
        <translation>¿En qué dirección, y cuánto, debe moverse cada peso?</translation>
    </message>
    <message>
        <location filename="../ui/explainer.py" line="268" />
        <source>What will the new weights and bias be after this step?</source>
        <translation>¿Cuáles serán los nuevos pesos y el sesgo tras este paso?</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../ui/exports.py" line="73" />
        <source>Qt could not encode a {0} image</source>
        <translation>Qt no pudo codificar una imagen {0}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../ui/file_actions.py" line="26" />
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="26" />
        <source>boundary</source>
        <translation>frontera</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="27" />
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="27" />
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="41" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="42" />
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="44" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="45" />
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="46" />
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="47" />
        <source>Network as PNG (2×)…</source>
        <translation>Red como PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="47" />
        <source>Network as SVG…</source>
        <translation>Red como SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="48" />
        <source>Boundary / neuron map as PNG (2×)…</source>
        <translation>Frontera / mapa de neurona como PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="49" />
        <source>Boundary / neuron map as SVG…</source>
        <translation>Frontera / mapa de neurona como SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="50" />
        <source>Loss curve as PNG (2×)…</source>
        <translation>Curva de pérdida como PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="50" />
        <source>Loss curve as SVG…</source>
        <translation>Curva de pérdida como SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="51" />
        <source>Whole window as PNG (2×)…</source>
        <translation>Ventana entera como PNG (2×)…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="51" />
        <source>Whole window as SVG…</source>
        <translation>Ventana entera como SVG…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="55" />
        <source>History as &amp;CSV…</source>
        <translation>Historial como &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="56" />
        <source>Training as animated &amp;GIF…</source>
        <translation>Entrenamiento como &amp;GIF animado…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="57" />
        <source>Network as &amp;PyTorch script…</source>
        <translation>Red como script de &amp;PyTorch…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="87" />
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="95" />
        <source>Open a session, a lesson file or a CSV table</source>
        <translation>Abrir una sesión, un archivo de lección o una tabla CSV</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="96" />
        <source>nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos de nnviz (*.nnviz *.toml *.csv *.tsv *.txt);;Sesiones (*.nnviz);;Archivos de lección (*.toml);;Tablas CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="158" />
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="159" />
        <source>nnviz sessions (*.nnviz)</source>
        <translation>Sesiones de nnviz (*.nnviz)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="178" />
        <source>Saved the {0} view as {1} (SVG).</source>
        <translation>Vista «{0}» guardada como {1} (SVG).</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="180" />
        <source>Saved the {0} view as {1} ({2}×{3} pixels).</source>
        <translation>Vista «{0}» guardada como {1} ({2}×{3} píxeles).</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="200" />
        <source>Export the {0} view</source>
        <translation>Exportar la vista «{0}»</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="201" />
        <source>{0} files (*.{1})</source>
        <translation>Archivos {0} (*.{1})</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="207" />
        <source>Saved the history of {0} epochs as {1}.</source>
        <translation>Historial de {0} épocas guardado como {1}.</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="210" />
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="211" />
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="216" />
        <source>Export the network as a PyTorch script</source>
        <translation>Exportar la red como script de PyTorch</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="217" />
        <source>Python scripts (*.py)</source>
        <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="219" />
        <source>Wrote {0}: run it with python and a CSV table.</source>
        <translation>Escrito {0}: ejecútalo con python y una tabla CSV.</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="220" />
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="243" />
        <source>Saved the training as {0}.</source>
        <translation>Entrenamiento guardado como {0}.</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="247" />
        <source>Export training as an animated GIF</source>
        <translation>Exportar el entrenamiento como GIF animado</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="248" />
        <source>GIF images (*.gif)</source>
        <translation>Imágenes GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="251" />
        <source>Drawing the frames of the training…</source>
        <translation>Dibujando los fotogramas del entrenamiento…</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="251" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="253" />
        <source>Export GIF</source>
        <translation>Exportar GIF</translation>
    </message>
    <message>
        <location filename="../ui/file_actions.py" line="271" />
        <source>GIF export cancelled; nothing was written.</source>
        <translation>Exportación GIF cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FramePainter</name>
    <message>
        <location filename="../ui/frame_painter.py" line="85" />
        <location filename="../ui/main_window.py" line="119" />
        <source>Epoch {0}</source>
        <translation>Época {0}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="219" />
        <source>and {0} more inputs</source>
        <translation>y {0} entradas más</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="226" />
        <source>Sample {0}: {1} → network says {2}; the answer is {3}.</source>
        <translation>Muestra {0}: {1} → la red dice {2}; la respuesta es {3}.</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="227" />
        <source>Sample {0} → network says {1}; the answer is {2}.</source>
        <translation>Muestra {0} → la red dice {1}; la respuesta es {2}.</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="228" />
        <location filename="../ui/frame_painter.py" line="229" />
        <source>Sample {0} → {1}; answer: {2}</source>
        <translation>Muestra {0} → {1}; respuesta: {2}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="244" />
        <location filename="../ui/frame_painter.py" line="281" />
        <source>train loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>pérd. entr. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="246" />
        <location filename="../ui/frame_painter.py" line="282" />
        <source>val loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>pérd. val. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="248" />
        <location filename="../ui/frame_painter.py" line="284" />
        <source>train acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>exact. entr. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="250" />
        <location filename="../ui/frame_painter.py" line="285" />
        <source>val acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>exact. val. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="254" />
        <source>test acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>exact. prueba &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="257" />
        <source>test R² &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>R² de prueba &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="261" />
        <location filename="../ui/frame_painter.py" line="286" />
        <source>epoch {0}: {1}</source>
        <translation>época {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="263" />
        <source>epoch 0 +{0}: scores come when epoch 1 is finished</source>
        <translation>época 0 +{0}: los valores llegan cuando termine la época 1</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="266" />
        <source>epoch 0: no epoch finished yet</source>
        <translation>época 0: aún no ha terminado ninguna época</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="323" />
        <source>input {0}</source>
        <translation>entrada {0}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="325" />
        <source>output neuron {0}</source>
        <translation>neurona de salida {0}</translation>
    </message>
    <message>
        <location filename="../ui/frame_painter.py" line="326" />
        <source>neuron {0} of hidden layer {1}</source>
        <translation>neurona {0} de la capa oculta {1}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/help.py" line="18" />
        <source>next beat</source>
        <translation>diapositiva siguiente</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="18" />
        <source>previous beat</source>
        <translation>diapositiva anterior</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="18" />
        <source>black screen (any key returns)</source>
        <translation>pantalla negra (cualquier tecla vuelve)</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="19" />
        <source>white screen (any key returns)</source>
        <translation>pantalla blanca (cualquier tecla vuelve)</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="19" />
        <source>present from the start</source>
        <translation>presentar desde el principio</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="20" />
        <source>present from here</source>
        <translation>presentar desde aquí</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="20" />
        <source>leave presentation mode</source>
        <translation>salir del modo presentación</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="30" />
        <source>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, public domain. Palmer Penguins: K. Gorman and the Palmer Station LTER, CC0. Breast cancer (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Wine: Forina et al., PARVUS, UCI. The diabetes table is synthetic (not medical data); the 2-D playground sets are generated from a seed. Details: data/README.md.</source>
        <translation>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, dominio público. Palmer Penguins: K. Gorman y la Palmer Station LTER, CC0. Cáncer de mama (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Vino: Forina et al., PARVUS, UCI. La tabla de diabetes es sintética (no son datos médicos); los conjuntos 2-D del playground se generan a partir de una semilla. Detalles: data/README.md.</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="44" />
        <location filename="../ui/help.py" line="61" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="69" />
        <source>In the window</source>
        <translation>En la ventana</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="70" />
        <source>In presentation mode (F5)</source>
        <translation>En el modo presentación (F5)</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="75" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="91" />
        <source>Watch a neural network learn: a teaching tool for a class in front of a projector.</source>
        <translation>Mira cómo aprende una red neuronal: una herramienta de enseñanza para una clase frente a un proyector.</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="92" />
        <source>Licence: MIT.</source>
        <translation>Licencia: MIT.</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="93" />
        <source>Data: {0}</source>
        <translation>Datos: {0}</translation>
    </message>
    <message>
        <location filename="../ui/help.py" line="98" />
        <source>About nnviz</source>
        <translation>Acerca de nnviz</translation>
    </message>
</context>
<context>
    <name>HyperPanel</name>
    <message>
        <location filename="../ui/hyper_panel.py" line="48" />
        <source>Pause to change the network.</source>
        <translation>Pausa para cambiar la red.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="53" />
        <source>Squashes the sum into 0…1: a smooth on/off switch.</source>
        <translation>Comprime la suma en 0…1: un interruptor suave.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="54" />
        <source>Squashes the sum into −1…1, centred on 0.</source>
        <translation>Comprime la suma en −1…1, centrada en 0.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="55" />
        <source>Keeps a positive sum as it is and turns a negative one into 0.</source>
        <translation>Deja una suma positiva como está y convierte una negativa en 0.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="56" />
        <location filename="../ui/hyper_panel.py" line="61" />
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="56" />
        <source>Passes the sum on unchanged: no bend, so the layer cannot add curves.</source>
        <translation>Pasa la suma sin cambios: sin pliegue, así que la capa no puede añadir curvas.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="59" />
        <source>Each output between 0 and 1: the probability of a yes.</source>
        <translation>Cada salida entre 0 y 1: la probabilidad de un sí.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="60" />
        <source>The outputs become probabilities that add up to 1, one per class.</source>
        <translation>Las salidas se convierten en probabilidades que suman 1, una por clase.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="61" />
        <source>The output is the plain sum: any number, for predicting values.</source>
        <translation>La salida es la suma tal cual: cualquier número, para predecir valores.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="62" />
        <source>Each output between −1 and 1.</source>
        <translation>Cada salida entre −1 y 1.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="65" />
        <source>mean squared error</source>
        <translation>error cuadrático medio</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="66" />
        <source>Half the squared gap between output and target: small gaps count little, big gaps a lot.</source>
        <translation>La mitad de la diferencia al cuadrado entre salida y objetivo: las diferencias pequeñas cuentan poco, las grandes mucho.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="67" />
        <source>binary cross-entropy</source>
        <translation>entropía cruzada binaria</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="68" />
        <source>For yes/no outputs between 0 and 1: a confident wrong answer costs a lot. Pairs with a sigmoid output.</source>
        <translation>Para salidas sí/no entre 0 y 1: una respuesta equivocada y segura cuesta mucho. Va con una salida sigmoide.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="69" />
        <source>categorical cross-entropy</source>
        <translation>entropía cruzada categórica</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="70" />
        <source>For one class out of several: minus the log of the probability given to the right class. Pairs with a softmax output.</source>
        <translation>Para una clase entre varias: menos el logaritmo de la probabilidad dada a la clase correcta. Va con una salida softmax.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="74" />
        <source>gradient descent</source>
        <translation>descenso de gradiente</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="74" />
        <source>Every weight steps against its gradient: learning rate × gradient.</source>
        <translation>Cada peso da un paso contra su gradiente: tasa de aprendizaje × gradiente.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="75" />
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="76" />
        <source>Gradient descent that keeps 90 % of the previous step, so it rolls on through flat parts and small bumps.</source>
        <translation>Descenso de gradiente que conserva el 90 % del paso anterior, así sigue rodando por zonas planas y pequeños baches.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="78" />
        <source>Sizes each weight's step from the recent size of its gradients; often works with little tuning (try a learning rate of 0.001–0.01).</source>
        <translation>Ajusta el paso de cada peso según el tamaño reciente de sus gradientes; suele funcionar con poco ajuste (prueba una tasa de aprendizaje de 0,001–0,01).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="83" />
        <source>Random, scaled by the layer sizes so signals neither fade out nor blow up. Good for sigmoid and tanh.</source>
        <translation>Aleatorio, escalado según el tamaño de las capas para que las señales ni se apaguen ni exploten. Bueno para sigmoide y tanh.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="84" />
        <source>Random from a bell curve scaled for ReLU layers.</source>
        <translation>Aleatorio de una campana escalada para capas ReLU.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="85" />
        <source>uniform −1…1</source>
        <translation>uniforme −1…1</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="85" />
        <source>Every weight and bias random between −1 and 1.</source>
        <translation>Cada peso y sesgo aleatorio entre −1 y 1.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="86" />
        <source>normal (0, 1)</source>
        <translation>normal (0, 1)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="86" />
        <source>Random from a bell curve with mean 0 and spread 1; biases start at 0.</source>
        <translation>Aleatorio de una campana con media 0 y dispersión 1; los sesgos empiezan en 0.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="87" />
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="88" />
        <source>Every weight and bias starts at the same value. Then all neurons of a layer learn the same thing: try it.</source>
        <translation>Cada peso y sesgo empieza con el mismo valor. Entonces todas las neuronas de una capa aprenden lo mismo: pruébalo.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="92" />
        <source>The number of neurons in each layer: inputs on the left, outputs on the right.</source>
        <translation>El número de neuronas de cada capa: entradas a la izquierda, salidas a la derecha.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="93" />
        <source>How many neurons hidden layer {n} has. More neurons can draw more complicated boundaries, but take longer to train.</source>
        <translation>Cuántas neuronas tiene la capa oculta {n}. Más neuronas pueden dibujar fronteras más complicadas, pero tardan más en entrenarse.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="95" />
        <source>What each neuron of hidden layer {n} does with its weighted sum. sigmoid: 0…1; tanh: −1…1; ReLU: 0 or more; linear: unchanged (no curves).</source>
        <translation>Qué hace cada neurona de la capa oculta {n} con su suma ponderada. sigmoid: 0…1; tanh: −1…1; ReLU: 0 o más; lineal: sin cambios (sin curvas).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="97" />
        <source>Add a hidden layer after the last one (at most {max}).</source>
        <translation>Añadir una capa oculta tras la última (como máximo {max}).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="98" />
        <source>Remove the last hidden layer. With none left, the inputs connect straight to the outputs: a perceptron.</source>
        <translation>Quitar la última capa oculta. Sin ninguna, las entradas se conectan directamente a las salidas: un perceptrón.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="99" />
        <source>What the output neurons do with their sum. sigmoid: a probability 0…1 for each output; softmax: probabilities over the classes that add up to 1; linear: any number; tanh: −1…1.</source>
        <translation>Qué hacen las neuronas de salida con su suma. sigmoid: una probabilidad 0…1 por salida; softmax: probabilidades sobre las clases que suman 1; lineal: cualquier número; tanh: −1…1.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="101" />
        <source>A bias is a number added to each neuron's sum. It lets a neuron fire even when every input is 0. Untick it to see why it is needed.</source>
        <translation>Un sesgo es un número que se suma a la suma de cada neurona. Permite que una neurona se active aunque todas las entradas sean 0. Desmárcalo para ver por qué hace falta.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="103" />
        <source>How the weights are chosen before training starts.</source>
        <translation>Cómo se eligen los pesos antes de empezar a entrenar.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="104" />
        <source>The value every weight and bias starts at.</source>
        <translation>El valor con el que empieza cada peso y cada sesgo.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="105" />
        <source>The number the random generator starts from. The same seed gives the same starting weights and the same shuffling, so a run can be repeated. Change it to try another start.</source>
        <translation>El número del que parte el generador aleatorio. La misma semilla da los mismos pesos iniciales y el mismo barajado, así se puede repetir una ejecución. Cámbiala para probar otro comienzo.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="107" />
        <source>How the gap between the network's output and the target is measured. Training makes this number smaller.</source>
        <translation>Cómo se mide la diferencia entre la salida de la red y el objetivo. El entrenamiento hace este número más pequeño.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="108" />
        <source>How big a step the weights take each update. Too small: learning crawls. Too large: the loss jumps around or blows up. Pick one or type any number above 0.</source>
        <translation>Qué tamaño tiene el paso de los pesos en cada actualización. Demasiado pequeño: el aprendizaje se arrastra. Demasiado grande: la pérdida salta o explota. Elige uno o escribe cualquier número mayor que 0.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="110" />
        <source>How each weight's gradient is turned into a step.</source>
        <translation>Cómo se convierte el gradiente de cada peso en un paso.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="111" />
        <source>How many training rows the network looks at before each weight update. full batch: all rows, one smooth update per epoch. 1: one sample at a time, quick but noisy. In between: mini-batches.</source>
        <translation>Cuántas filas de entrenamiento mira la red antes de cada actualización de los pesos. lote completo: todas las filas, una actualización suave por época. 1: una muestra cada vez, rápido pero ruidoso. Entre medias: minilotes.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="113" />
        <source>Weight decay: every update also pulls each weight a little towards 0, in proportion to this number. Small weights give simpler boundaries; too much and the network cannot learn.</source>
        <translation>Decaimiento de pesos: cada actualización además acerca un poco cada peso a 0, en proporción a este número. Los pesos pequeños dan fronteras más simples; demasiado y la red no puede aprender.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="115" />
        <source>L1 (lasso): every update also pulls each weight towards 0 by the same amount, l1 × sign(w), however small the weight is. Weights the network does not need are driven to zero, leaving a sparse network (L2 only shrinks them). At exactly 0 the slope of |w| is undefined: nnviz uses 0 there (the sub-gradient), so a weight at 0 feels no pull. Plain gradient steps overshoot 0 by about learning rate × l1, so such weights hover near 0: the diagram draws every |w| &lt; 0.01 as a thin grey dotted line (about zero).</source>
        <translation>L1 (lasso): cada actualización además acerca cada peso a 0 en la misma cantidad, l1 × sign(w), por pequeño que sea el peso. Los pesos que la red no necesita llegan a cero y queda una red dispersa (L2 solo los encoge). Justo en 0 la pendiente de |w| no está definida: nnviz usa 0 ahí (el subgradiente), así que un peso en 0 no siente tirón. Los pasos de gradiente simples se pasan de 0 en torno a tasa de aprendizaje × l1, y esos pesos rondan el 0: el diagrama dibuja cada |w| &lt; 0,01 como una línea gris fina de puntos (casi cero).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="135" />
        <source>Neurons in hidden layer {0}</source>
        <translation>Neuronas de la capa oculta {0}</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="140" />
        <source>Activation of hidden layer {0}</source>
        <translation>Activación de la capa oculta {0}</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="258" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="262" />
        <source>The network's shape and starting weights can change only while training is paused.</source>
        <translation>La forma de la red y sus pesos iniciales solo pueden cambiar con el entrenamiento en pausa.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="272" />
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="281" />
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="281" />
        <source>Neurons</source>
        <translation>Neuronas</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="281" />
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="287" />
        <source>No hidden layer: the inputs connect straight to the outputs (a perceptron).</source>
        <translation>Sin capa oculta: las entradas se conectan directamente a las salidas (un perceptrón).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="292" />
        <source>+ Add layer</source>
        <translation>+ Añadir capa</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="295" />
        <source>− Remove layer</source>
        <translation>− Quitar capa</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="310" />
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="316" />
        <source>Start weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="324" />
        <source>Start value</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="332" />
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="334" />
        <source>Use a bias in every neuron</source>
        <translation>Usar un sesgo en cada neurona</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="343" />
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="352" />
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="366" />
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="372" />
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="376" />
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="380" />
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="387" />
        <source>L2 (weight decay)</source>
        <translation>L2 (decaimiento)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="394" />
        <source>drives unneeded weights to 0 (drawn grey dotted)</source>
        <translation>lleva a 0 los pesos innecesarios (gris punteado)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="396" />
        <source>L1 (sparsity)</source>
        <translation>L1 (dispersión)</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="431" />
        <source>Needs at least two outputs.</source>
        <translation>Necesita al menos dos salidas.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="503" />
        <source>all rows, then one update</source>
        <translation>todas las filas, luego una actualización</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="504" />
        <source>one sample at a time</source>
        <translation>una muestra cada vez</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="505" />
        <source>{0} rows per update</source>
        <translation>{0} filas por actualización</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="513" />
        <source>Cross-entropy is for classes; values usually use mean squared error.</source>
        <translation>La entropía cruzada es para clases; para valores se suele usar el error cuadrático medio.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="515" />
        <source>Works best with a sigmoid output (0…1).</source>
        <translation>Funciona mejor con una salida sigmoide (0…1).</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="517" />
        <source>Works best with a softmax output.</source>
        <translation>Funciona mejor con una salida softmax.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="599" />
        <source>set by the lesson</source>
        <translation>fijados por la lección</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="600" />
        <source>This lesson starts from the weights its tutorial gives. Pick another choice to start from new ones.</source>
        <translation>Esta lección empieza con los pesos que da su tutorial. Elige otra opción para empezar con pesos nuevos.</translation>
    </message>
    <message>
        <location filename="../ui/hyper_panel.py" line="653" />
        <source>{0}: kept {1}</source>
        <translation>{0}: se mantiene {1}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../ui/plots/loss.py" line="23" />
        <source>hover to read values</source>
        <translation>pasa el ratón para leer valores</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="59" />
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="62" />
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible
instead of flattening into the floor.</source>
        <translation>Mostrar la pérdida en un eje logarítmico: las mejoras pequeñas y tardías siguen visibles
en lugar de aplastarse contra el suelo.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="83" />
        <location filename="../ui/plots/loss.py" line="630" />
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="83" />
        <location filename="../ui/plots/loss.py" line="631" />
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="87" />
        <source>The pane is too short to read both curves: show the loss or the
accuracy (a taller pane shows both, one above the other).</source>
        <translation>El panel es demasiado bajo para leer ambas curvas: mostrar la pérdida o la
exactitud (un panel más alto muestra las dos, una encima de otra).</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="107" />
        <source>The curves drawn so far: validation appears when the data has a validation split, accuracy for classification.</source>
        <translation>Las curvas dibujadas hasta ahora: la validación aparece cuando los datos tienen una parte de validación, la exactitud en clasificación.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="167" />
        <source>train loss</source>
        <translation>pérdida entren.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="168" />
        <source>val loss</source>
        <translation>pérdida valid.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="169" />
        <source>train acc</source>
        <translation>exactitud entren.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="170" />
        <source>val acc</source>
        <translation>exactitud valid.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="319" />
        <location filename="../ui/plots/loss.py" line="604" />
        <location filename="../ui/plots/loss.py" line="644" />
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="631" />
        <source>acc</source>
        <translation>exact.</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss.py" line="655" />
        <source>hover: values · click: go there</source>
        <translation>ratón encima: valores · clic: ir allí</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="53" />
        <source>nnviz — watch a neural network learn</source>
        <translation>nnviz — mira cómo aprende una red neuronal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="88" />
        <location filename="../ui/main_window.py" line="268" />
        <location filename="../ui/main_window.py" line="580" />
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="105" />
        <source>Text at {0} is too large for a {1}×{2} window: F5 presents it full screen with a layout made for large text, Ctrl+0 goes back to the normal size.</source>
        <translation>El texto al {0} es demasiado grande para una ventana de {1}×{2}: F5 lo presenta a pantalla completa con una disposición pensada para texto grande, Ctrl+0 vuelve al tamaño normal.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="145" />
        <source>Could not load lesson {0}: {1}</source>
        <translation>No se pudo cargar la lección {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149" />
        <source>Ctrl+Z goes back to {0} as you left it.</source>
        <translation>Ctrl+Z vuelve a {0} tal como lo dejaste.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170" />
        <source>Your data — {0}.</source>
        <translation>Tus datos — {0}.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176" />
        <source>It asks: what does the network say for {0}? (Data tab)</source>
        <translation>Pregunta: ¿qué dice la red para {0}? (pestaña Datos)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178" />
        <source>It asks the network a question: see “Ask the network” in the Data tab.</source>
        <translation>Le hace una pregunta a la red: mira «Preguntar a la red» en la pestaña Datos.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283" />
        <source>Training… (Space pauses)</source>
        <translation>Entrenando… (Espacio pausa)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="355" />
        <source>No step to show in phases yet: take a step first.</source>
        <translation>Aún no hay un paso que mostrar por fases: da un paso primero.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="373" />
        <source>The boundary panel shows what {0} computes over the plane (a click on empty space in the diagram goes back).</source>
        <translation>El panel de la frontera muestra lo que calcula {0} sobre el plano (un clic en un espacio vacío del diagrama vuelve).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410" />
        <source>data change ({0})</source>
        <translation>cambio de datos ({0})</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="472" />
        <source>{0} has no column {1}</source>
        <translation>{0} no tiene la columna {1}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="523" />
        <source>Pick two different inputs for the two axes.</source>
        <translation>Elige dos entradas distintas para los dos ejes.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="561" />
        <source>Language: {0}.</source>
        <translation>Idioma: {0}.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../ui/diagram/layout.py" line="259" />
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="259" />
        <source>Hidden {0}</source>
        <translation>Oculta {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="260" />
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="261" />
        <source>In</source>
        <translation>Ent.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="261" />
        <source>H{0}</source>
        <translation>O{0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/layout.py" line="262" />
        <source>Out</source>
        <translation>Sal.</translation>
    </message>
    <message>
        <location filename="../ui/diagram/legend.py" line="45" />
        <source>the strongest {0} of {1} weights drawn (hover for any)</source>
        <translation>se dibujan los {0} pesos más fuertes de {1} (ratón encima para cualquiera)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/paint.py" line="143" />
        <source>No network yet</source>
        <translation>Aún no hay red</translation>
    </message>
    <message>
        <location filename="../ui/diagram/phases.py" line="181" />
        <source>Forward pass: layer {0} of {1} — z = Σ w·a + b, then a = f(z)</source>
        <translation>Pasada hacia delante: capa {0} de {1} — z = Σ w·a + b, luego a = f(z)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/phases.py" line="183" />
        <source>Backward pass: layer {0} — δ in each node; edges coloured and sized by ∂L/∂w (dashed = negative)</source>
        <translation>Pasada hacia atrás: capa {0} — δ en cada nodo; aristas coloreadas y dimensionadas según ∂L/∂w (discontinua = negativa)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/phases.py" line="186" />
        <source>Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)</source>
        <translation>Actualización: cada peso pasa de su valor antiguo al nuevo (w ← w − lr·∂L/∂w)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="113" />
        <source>in '{0}'</source>
        <translation>ent. '{0}'</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="115" />
        <source>out '{0}'</source>
        <translation>sal. '{0}'</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="125" />
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="127" />
        <source>(about 0: |w| &lt; {0}, drawn grey dotted)</source>
        <translation>(casi 0: |w| &lt; {0}, dibujado gris punteado)</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="128" />
        <source>w[{0}→{1}] from {2} to {3} = {4}</source>
        <translation>w[{0}→{1}] de {2} a {3} = {4}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="136" />
        <source>input '{0}' (input {1} of {2})</source>
        <translation>entrada '{0}' (entrada {1} de {2})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="138" />
        <source>output '{0}' (output neuron {1} of {2})</source>
        <translation>salida '{0}' (neurona de salida {1} de {2})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="140" />
        <source>hidden layer {0}, neuron {1} of {2} (h{0}.{1})</source>
        <translation>capa oculta {0}, neurona {1} de {2} (h{0}.{1})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="143" />
        <source>no bias</source>
        <translation>sin sesgo</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="145" />
        <source>bias = {0}</source>
        <translation>sesgo = {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="148" />
        <source>value = {0}</source>
        <translation>valor = {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="149" />
        <source>activation = {0}</source>
        <translation>activación = {0}</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="151" />
        <source>value: no sample selected</source>
        <translation>valor: ninguna muestra elegida</translation>
    </message>
    <message>
        <location filename="../ui/diagram/state.py" line="152" />
        <source>activation: no sample selected</source>
        <translation>activación: ninguna muestra elegida</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="23" />
        <source>  ·  grey dotted = weight about 0 (|w| &lt; {0})</source>
        <translation>  ·  gris punteado = peso casi 0 (|w| &lt; {0})</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="58" />
        <source>orange dashed = negative weight, blue = positive, thickness = size</source>
        <translation>naranja discontinuo = peso negativo, azul = positivo, grosor = tamaño</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="59" />
        <source>  ·  ring = bias  ·  fill = activation</source>
        <translation>  ·  anillo = sesgo  ·  relleno = activación</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="60" />
        <source>  ·  ring = bias  ·  maps: orange low, blue high</source>
        <translation>  ·  anillo = sesgo  ·  mapas: naranja bajo, azul alto</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="64" />
        <source>orange dashed</source>
        <translation>naranja discontinuo</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="64" />
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <location filename="../ui/diagram/style.py" line="65" />
        <source>{0} = negative weight, {1} = positive, thickness = size</source>
        <translation>{0} = peso negativo, {1} = positivo, grosor = tamaño</translation>
    </message>
</context>
<context>
    <name>PlotBase</name>
    <message>
        <location filename="../ui/plots/base.py" line="283" />
        <source>train: filled</source>
        <translation>entrenamiento: relleno</translation>
    </message>
    <message>
        <location filename="../ui/plots/base.py" line="284" />
        <source>test: outlined</source>
        <translation>prueba: contorno</translation>
    </message>
    <message>
        <location filename="../ui/plots/common.py" line="45" />
        <source>class {0}</source>
        <extracomment>The smallest text on any plot at text scale 1.0, in pixels at 96 dpi (11 pt = 14.7 px). For every text to be at least ``px`` pixels tall, pass ``px / BASE_TEXT_PX`` to ``set_text_scale`` (24 px: 1.64).</extracomment>
        <translation>clase {0}</translation>
    </message>
</context>
<context>
    <name>PredictBox</name>
    <message>
        <location filename="../ui/predict_box.py" line="42" />
        <source>Type a value for '{col}' in the table's own units.</source>
        <translation>Escribe un valor para '{col}' en las unidades de la tabla.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="43" />
        <source>Pick a value for '{col}'.</source>
        <translation>Elige un valor para '{col}'.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="44" />
        <source>Run these values through the network and show its answer (Enter works too).</source>
        <translation>Pasar estos valores por la red y mostrar su respuesta (Intro también sirve).</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="45" />
        <source>The network's answer, in the table's own units.</source>
        <translation>La respuesta de la red, en las unidades de la tabla.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="106" />
        <source>One of: {0}</source>
        <translation>Uno de: {0}</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="122" />
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="122" />
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="170" />
        <location filename="../ui/predict_box.py" line="203" />
        <source>e.g. {0}</source>
        <translation>p. ej. {0}</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="188" />
        <location filename="../ui/predict_box.py" line="209" />
        <source>Type an example; the network predicts {0}.</source>
        <translation>Escribe un ejemplo; la red predice {0}.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="255" />
        <source>Load a lesson or a table first.</source>
        <translation>Carga primero una lección o una tabla.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="258" />
        <source>There is no network to ask yet.</source>
        <translation>Aún no hay una red a la que preguntar.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="270" />
        <source>the network's output is not a number (has training diverged?)</source>
        <translation>la salida de la red no es un número (¿ha divergido el entrenamiento?)</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="274" />
        <source>Could not predict: {0}</source>
        <translation>No se pudo predecir: {0}</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="289" />
        <source>Ask the network</source>
        <translation>Preguntar a la red</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="292" />
        <source>Load a lesson or a table to ask the network about an example.</source>
        <translation>Carga una lección o una tabla para preguntar a la red por un ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="298" />
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="331" />
        <source>values to ask about</source>
        <translation>valores por los que preguntar</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="332" />
        <source>{0} columns: type a value in the right-hand column.</source>
        <translation>{0} columnas: escribe un valor en la columna derecha.</translation>
    </message>
    <message>
        <location filename="../ui/predict_box.py" line="353" />
        <source>Needs a lesson or a table, and a network.</source>
        <translation>Necesita una lección o una tabla, y una red.</translation>
    </message>
</context>
<context>
    <name>PrepareChoices</name>
    <message>
        <location filename="../ui/data_choices.py" line="28" />
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="29" />
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="30" />
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="31" />
        <source>drop rows</source>
        <translation>descartar filas</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="31" />
        <source>fill with mean</source>
        <translation>rellenar con la media</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="33" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="34" />
        <source>divide by max</source>
        <translation>dividir por el máximo</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="35" />
        <source>min-max (0–1)</source>
        <translation>mín-máx (0–1)</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="36" />
        <source>standardize</source>
        <translation>estandarizar</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="40" />
        <source>The column the network learns to predict (the answer). Usually the last column, or one named like class, label, species or price.</source>
        <translation>La columna que la red aprende a predecir (la respuesta). Normalmente la última columna, o una con un nombre como class, label, species o price.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="42" />
        <source>auto: words or a few whole numbers become classes, other numbers a value to predict. classification: predict which class. regression: predict a number.</source>
        <translation>automático: las palabras o unos pocos números enteros pasan a ser clases, los demás números un valor a predecir. clasificación: predecir la clase. regresión: predecir un número.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="44" />
        <source>The columns the network looks at to make its prediction. Text columns are turned into one 0/1 input per word (one-hot).</source>
        <translation>Las columnas que mira la red para hacer su predicción. Las columnas de texto se convierten en una entrada 0/1 por palabra (one-hot).</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="46" />
        <source>Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a chosen column. fill with mean: put the column's average (training rows) in the gap.</source>
        <translation>Celdas vacías (o NA, ?, …). descartar filas: omitir cada fila con una celda vacía en una columna elegida. rellenar con la media: poner en el hueco la media de la columna (filas de entrenamiento).</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="48" />
        <source>Networks learn best when every input has a similar size. none: use the numbers as they are. divide by max: each column's largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1.</source>
        <translation>Las redes aprenden mejor cuando todas las entradas tienen un tamaño parecido. ninguno: usar los números tal cual. dividir por el máximo: el mayor valor de cada columna pasa a ser 1. mín-máx: de 0 a 1. estandarizar: media 0, dispersión típica 1.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="51" />
        <source>How the rows are shared out, in percent: train (the network learns from these), validation (checked during training) and test (kept aside for the final check).</source>
        <translation>Cómo se reparten las filas, en porcentaje: entrenamiento (de ellas aprende la red), validación (se comprueba durante el entrenamiento) y prueba (apartada para la comprobación final).</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="53" />
        <source>Build the network's data from this table with the choices above. The current lesson is replaced only if this works.</source>
        <translation>Construir los datos de la red a partir de esta tabla con las opciones de arriba. La lección actual solo se sustituye si esto funciona.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="98" />
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="106" />
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="108" />
        <source>Target kind</source>
        <translation>Tipo de objetivo</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="111" />
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="123" />
        <source>Missing values</source>
        <translation>Valores ausentes</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="126" />
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="133" />
        <location filename="../ui/data_panel.py" line="310" />
        <source>Percent of the rows used for train.</source>
        <translation>Porcentaje de filas para entrenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="134" />
        <location filename="../ui/data_panel.py" line="311" />
        <source>Percent of the rows used for validation.</source>
        <translation>Porcentaje de filas para validación.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="135" />
        <location filename="../ui/data_panel.py" line="312" />
        <source>Percent of the rows used for test.</source>
        <translation>Porcentaje de filas para prueba.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="137" />
        <source>train</source>
        <translation>entren.</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="138" />
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="139" />
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="149" />
        <source>Split %</source>
        <translation>Reparto %</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="154" />
        <source>Use this data</source>
        <translation>Usar estos datos</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="282" />
        <source>{0} (text → one-hot)</source>
        <translation>{0} (texto → one-hot)</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="284" />
        <source>{0} (empty)</source>
        <translation>{0} (vacía)</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="290" />
        <source>{0}: {1} column.</source>
        <translation>{0}: columna ({1}).</translation>
    </message>
    <message>
        <location filename="../ui/data_choices.py" line="345" />
        <source>These add up to {0} %; they will be rescaled to 100 %.</source>
        <translation>Suman {0} %; se reescalarán a 100 %.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../ui/presentation.py" line="418" />
        <location filename="../ui/presentation.py" line="425" />
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="419" />
        <location filename="../ui/presentation.py" line="429" />
        <source>Explainer</source>
        <translation>Explicador</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="424" />
        <source>Boundary</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="427" />
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <location filename="../ui/presentation.py" line="464" />
        <source>Left presentation mode: the window as it was (F5 presents again).</source>
        <translation>Se salió del modo presentación: la ventana como estaba (F5 presenta de nuevo).</translation>
    </message>
</context>
<context>
    <name>PresenterBeats</name>
    <message>
        <location filename="../ui/presentation_beats.py" line="31" />
        <source>sample</source>
        <translation>muestra</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="31" />
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="32" />
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="42" />
        <source>Paused at epoch {epoch}: PageDown (or Space) continues · PageUp goes back.</source>
        <translation>En pausa en la época {epoch}: AvPág (o Espacio) continúa · RePág vuelve atrás.</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="43" />
        <source>The end of this lesson: PageUp goes back, Esc leaves.</source>
        <translation>Fin de esta lección: RePág vuelve atrás, Esc sale.</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="94" />
        <source>Still training: the next beat comes when this run ends.</source>
        <translation>Todavía entrenando: la siguiente diapositiva llega cuando termine esta ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="122" />
        <source>end · step {0}</source>
        <translation>fin · paso: {0}</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="184" />
        <source>The end</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="185" />
        <source>{0} beats</source>
        <translation>{0} diapositivas</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="186" />
        <source>PageUp goes back · Esc leaves</source>
        <translation>RePág vuelve atrás · Esc sale</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="190" />
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="207" />
        <source>This beat could not be done: {0}</source>
        <translation>No se pudo hacer esta diapositiva: {0}</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="248" />
        <source>Could not go back: {0}</source>
        <translation>No se pudo volver atrás: {0}</translation>
    </message>
    <message>
        <location filename="../ui/presentation_beats.py" line="336" />
        <source>beat {0}</source>
        <translation>diapositiva {0}</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../ui/console.py" line="109" />
        <source>nnviz — presenter console</source>
        <translation>nnviz — consola del presentador</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="142" />
        <source>Time since the presentation started</source>
        <translation>Tiempo desde que empezó la presentación</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="147" />
        <source>elapsed</source>
        <translation>transcurrido</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="159" />
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="163" />
        <source>Notes (only here)</source>
        <translation>Notas (solo aquí)</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="185" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="196" />
        <source>The room sees</source>
        <translation>La sala ve</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="206" />
        <source>Beats: click, or ↑↓ and Enter, to jump</source>
        <translation>Diapositivas: clic, o ↑↓ e Intro, para saltar</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="255" />
        <source>Beat {0} / {1}</source>
        <translation>Diapositiva {0} / {1}</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="256" />
        <source>This lesson has no beats</source>
        <translation>Esta lección no tiene diapositivas</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="265" />
        <source>(no notes for this beat)</source>
        <translation>(sin notas para esta diapositiva)</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="269" />
        <source>The end of the lesson.</source>
        <translation>El fin de la lección.</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="282" />
        <source>End · {0} beats done</source>
        <translation>Fin · {0} diapositivas hechas</translation>
    </message>
    <message>
        <location filename="../ui/console.py" line="283" />
        <source>Nothing: the lesson has ended (PageUp goes back, Esc leaves).</source>
        <translation>Nada: la lección ha terminado (RePág vuelve atrás, Esc sale).</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <location filename="../ui/presentation_keys.py" line="26" />
        <source>That key does nothing while presenting (PageDown next · PageUp back · B black · Esc leaves).</source>
        <translation>Esa tecla no hace nada al presentar (AvPág siguiente · RePág atrás · B negro · Esc sale).</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../ui/run_controller.py" line="29" />
        <source>Training diverged: press Reset (R) to start again from the same weights.</source>
        <translation>El entrenamiento divergió: pulsa Reiniciar (R) para empezar de nuevo con los mismos pesos.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="34" />
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="34" />
        <source>{0}/frame</source>
        <translation>{0}/fotograma</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="84" />
        <source>Pause first to step one at a time.</source>
        <translation>Pausa primero para avanzar paso a paso.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="86" />
        <source>Nothing is loaded yet.</source>
        <translation>Aún no hay nada cargado.</translation>
    </message>
    <message>
        <location filename="../ui/run_controller.py" line="108" />
        <source>Reached the limit: training on to {0} epochs.</source>
        <translation>Límite alcanzado: se sigue entrenando hasta {0} épocas.</translation>
    </message>
</context>
<context>
    <name>SessionSync</name>
    <message>
        <location filename="../ui/sync.py" line="120" />
        <source>your own data</source>
        <translation>tus propios datos</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="200" />
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer {0}</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="218" />
        <source>class {0}</source>
        <translation>clase {0}</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="240" />
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="242" />
        <source>Prediction along {0}</source>
        <translation>Predicción a lo largo de {0}</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="245" />
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <location filename="../ui/text_zoom.py" line="223" />
        <source>Text size {0} pt is the largest that fits this screen with every view readable; F5 presents with larger text.</source>
        <translation>El tamaño de texto {0} pt es el mayor que cabe en esta pantalla con todas las vistas legibles; F5 presenta con texto más grande.</translation>
    </message>
    <message>
        <location filename="../ui/text_zoom.py" line="229" />
        <source>Text size {0} pt.</source>
        <translation>Tamaño de texto {0} pt.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../ui/timeline_bar.py" line="28" />
        <source>Go to the start: epoch 0 (Home).</source>
        <translation>Ir al principio: época 0 (Inicio).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="29" />
        <source>Step back: undo the last step, a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Paso atrás: deshacer el último paso, una muestra, un lote o una época (Mayús+← o Retroceso).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="34" />
        <source>The timeline: every state training went through. Drag to see any of them; Play or Step from a past state trains on from there (Ctrl+Z brings the rest back).</source>
        <translation>La línea de tiempo: cada estado por el que pasó el entrenamiento. Arrastra para ver cualquiera; Iniciar o un paso desde un estado pasado sigue entrenando desde ahí (Ctrl+Z recupera el resto).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="36" />
        <source>Step forward again, towards the newest state.</source>
        <translation>Avanzar de nuevo, hacia el estado más reciente.</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="37" />
        <source>Go to the newest state (End).</source>
        <translation>Ir al estado más reciente (Fin).</translation>
    </message>
    <message>
        <location filename="../ui/timeline_bar.py" line="39" />
        <source>The epoch shown (+ samples into the next one) / the newest epoch reached.</source>
        <translation>La época mostrada (+ muestras de la siguiente) / la época más reciente alcanzada.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../workers/training_worker.py" line="78" />
        <source>Training stopped: {0}</source>
        <translation>Entrenamiento detenido: {0}</translation>
    </message>
</context>
<context>
    <name>ViewState</name>
    <message>
        <location filename="../ui/view_state.py" line="35" />
        <source>unknown pane {0}; choose one of {1}</source>
        <translation>panel desconocido {0}; elige uno de {1}</translation>
    </message>
    <message>
        <location filename="../ui/view_state.py" line="37" />
        <source>the {0} pane needs a neuron</source>
        <translation>el panel {0} necesita una neurona</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <location filename="../ui/diagram/editor.py" line="37" />
        <source>{0}: type a number, Enter to apply, Esc to cancel</source>
        <translation>{0}: escribe un número, Intro aplica, Esc cancela</translation>
    </message>
    <message>
        <location filename="../ui/diagram/editor.py" line="65" />
        <source>Type a number, e.g. 0 or -0.5 (Esc cancels)</source>
        <translation>Escribe un número, p. ej. 0 o -0,5 (Esc cancela)</translation>
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
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="201" />
        <location filename="../ui/window_build.py" line="395" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="239" />
        <location filename="../ui/window_build.py" line="270" />
        <source>Loss and accuracy</source>
        <translation>Pérdida y exactitud</translation>
    </message>
    <message>
        <location filename="../ui/sync.py" line="244" />
        <location filename="../ui/window_build.py" line="244" />
        <source>Decision boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="37" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="37" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="38" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="69" />
        <source>Lesson:</source>
        <translation>Lección:</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="78" />
        <source>Pick a built-in lesson: its data, network and settings load at once (Ctrl+L).</source>
        <translation>Elige una lección incluida: sus datos, su red y sus ajustes se cargan al momento (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="91" />
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="94" />
        <source>Train continuously; press again to pause (Space).</source>
        <translation>Entrenar sin parar; pulsa otra vez para pausar (Espacio).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="96" />
        <location filename="../ui/window_build.py" line="127" />
        <source>Step epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="96" />
        <source>Train one epoch: every training sample once (→). After Step sample or Step batch it finishes the epoch already under way.</source>
        <translation>Entrenar una época: cada muestra de entrenamiento una vez (→). Tras «1 muestra» o «1 lote» termina la época ya empezada.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="98" />
        <location filename="../ui/window_build.py" line="129" />
        <source>Step batch</source>
        <translation>1 lote</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="98" />
        <source>Train on the next mini-batch only (Shift+→).</source>
        <translation>Entrenar solo con el siguiente minilote (Mayús+→).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="99" />
        <location filename="../ui/window_build.py" line="131" />
        <source>Step sample</source>
        <translation>1 muestra</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="99" />
        <source>Train on the next single sample only (Ctrl+→).</source>
        <translation>Entrenar solo con la siguiente muestra (Ctrl+→).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="100" />
        <location filename="../ui/window_build.py" line="126" />
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="100" />
        <source>Undo the last step, whatever its size: a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Deshacer el último paso, sea del tamaño que sea: una muestra, un lote o una época (Mayús+← o Retroceso).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="102" />
        <location filename="../ui/window_build.py" line="133" />
        <source>⟲ Reset</source>
        <translation>⟲ Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="102" />
        <source>Back to the same starting weights, epoch 0 (R).</source>
        <translation>Volver a los mismos pesos iniciales, época 0 (R).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="103" />
        <source>New weights</source>
        <translation>Pesos nuevos</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="103" />
        <source>Start again from new random weights: a new seed (N).</source>
        <translation>Empezar de nuevo con pesos aleatorios nuevos: una semilla nueva (N).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="110" />
        <source>Epoch 0</source>
        <translation>Época 0</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="116" />
        <source>Epochs completed: each epoch shows the network every training sample once. “+n” counts samples already trained in the next epoch.</source>
        <translation>Épocas completadas: cada época muestra a la red cada muestra de entrenamiento una vez. «+n» cuenta las muestras ya entrenadas de la época siguiente.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="128" />
        <source>→ epoch</source>
        <translation>→ época</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="130" />
        <source>→ batch</source>
        <translation>→ lote</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="132" />
        <source>→ sample</source>
        <translation>→ muestra</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="140" />
        <source>Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch.</source>
        <translation>Épocas entrenadas por redibujado (unos 60 por segundo). Desliza a la izquierda para ver cada época.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="146" />
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="148" />
        <source>Play stops by itself after this many epochs.</source>
        <translation>Iniciar se detiene solo tras este número de épocas.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="154" />
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="155" />
        <source>loss ≤ </source>
        <translation>pérdida ≤ </translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="157" />
        <source>Play stops by itself when the training loss gets this low (“no target” = never).</source>
        <translation>Iniciar se detiene solo cuando la pérdida de entrenamiento baja hasta aquí («sin objetivo» = nunca).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="159" />
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="161" />
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="164" />
        <source>Stop at</source>
        <translation>Parar en</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="166" />
        <source>or at</source>
        <translation>o en</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="171" />
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="173" />
        <source>Memory for the timeline's saved states. Every epoch stays reachable; with less memory, going back replays a few more epochs from the nearest saved state.</source>
        <translation>Memoria para los estados guardados de la línea de tiempo. Todas las épocas siguen accesibles; con menos memoria, volver atrás recalcula algunas épocas más desde el estado guardado más cercano.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="176" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="194" />
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="195" />
        <source>Write every weight on its edge and every bias by its node (small networks; hover for the rest). Click one to type a new value.</source>
        <translation>Escribir cada peso en su arista y cada sesgo junto a su nodo (redes pequeñas; ratón encima para el resto). Haz clic en uno para escribir un valor nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="198" />
        <source>maps</source>
        <translation>mapas</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="199" />
        <source>Show inside each neuron what it computes over the plane of the two plotted inputs (blue high, orange low). Hover a neuron to see its map large in the boundary panel.</source>
        <translation>Mostrar dentro de cada neurona lo que calcula sobre el plano de las dos entradas dibujadas (azul alto, naranja bajo). Pasa el ratón por una neurona para ver su mapa en grande en el panel de la frontera.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="202" />
        <source>phases</source>
        <translation>fases</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="203" />
        <source>After each step, play it in phases on the diagram: forward (activations layer by layer), backward (each δ and gradient), update (old weight → new). P shows the next phase.</source>
        <translation>Tras cada paso, reproducirlo por fases en el diagrama: hacia delante (activaciones capa a capa), hacia atrás (cada δ y gradiente), actualización (peso antiguo → nuevo). P muestra la fase siguiente.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="212" />
        <source>Which training sample the node values show: the network's numbers for that one input.</source>
        <translation>Qué muestra de entrenamiento enseñan los valores de los nodos: los números de la red para esa entrada.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="215" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="215" />
        <source>sample</source>
        <translation>muestra</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="226" />
        <source>Scores of the current weights. The test split is measured when training pauses.</source>
        <translation>Resultados de los pesos actuales. La parte de prueba se mide cuando el entrenamiento se pausa.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="229" />
        <source>The test split's confusion matrix: rows are the true class, columns what the network said. Framed cells are right, hatched cells wrong.</source>
        <translation>La matriz de confusión de la parte de prueba: las filas son la clase real, las columnas lo que dijo la red. Las celdas enmarcadas son aciertos, las rayadas errores.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="237" />
        <source>The input on the horizontal axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>La entrada del eje horizontal. Las demás entradas se fijan en su media de entrenamiento: la imagen es un corte.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="239" />
        <source>The input on the vertical axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>La entrada del eje vertical. Las demás entradas se fijan en su media de entrenamiento: la imagen es un corte.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="254" />
        <source>test data</source>
        <translation>datos de prueba</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="257" />
        <source>Show the test points (rings): data the network never trains on.</source>
        <translation>Mostrar los puntos de prueba (anillos): datos con los que la red nunca entrena.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="299" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="306" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="316" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="318" />
        <source>The step explainer: every number of the last step (E)</source>
        <translation>El explicador del paso: cada número del último paso (E)</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="328" />
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="390" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="393" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="394" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="397" />
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="398" />
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / Pausa</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="399" />
        <source>Step &amp;epoch</source>
        <translation>&amp;Paso de época</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="400" />
        <source>Step &amp;batch</source>
        <translation>Paso de &amp;lote</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="401" />
        <source>Step &amp;sample</source>
        <translation>Paso de &amp;muestra</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="402" />
        <source>Step bac&amp;k</source>
        <translation>Paso &amp;atrás</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="403" />
        <source>Go to the s&amp;tart</source>
        <translation>Ir al &amp;inicio</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="404" />
        <source>Go to the ne&amp;west</source>
        <translation>Ir al más reci&amp;ente</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="405" />
        <source>&amp;Reset</source>
        <translation>Rei&amp;niciar</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="406" />
        <source>&amp;New weights</source>
        <translation>Pesos nue&amp;vos</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="407" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="408" />
        <source>Choose &amp;lesson</source>
        <translation>Elegir &amp;lección</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="409" />
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="410" />
        <source>Present from &amp;here</source>
        <translation>Presentar desde a&amp;quí</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="411" />
        <source>Ne&amp;xt beat</source>
        <translation>&amp;Siguiente diapositiva</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="412" />
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="414" />
        <source>&amp;Larger text</source>
        <translation>A&amp;umentar texto</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="416" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Reducir texto</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="418" />
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="419" />
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="423" />
        <source>Step &amp;explainer</source>
        <translation>&amp;Explicador del paso</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="425" />
        <source>Every number of the last step for the selected neuron, in the tutorials' notation (E).</source>
        <translation>Cada número del último paso para la neurona elegida, en la notación de los tutoriales (E).</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="429" />
        <source>Next &amp;phase of the step</source>
        <translation>Siguiente &amp;fase del paso</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="430" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="439" />
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="441" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="442" />
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="443" />
        <source>&amp;About nnviz</source>
        <translation>&amp;Acerca de nnviz</translation>
    </message>
    <message>
        <location filename="../ui/window_build.py" line="458" />
        <source>Theme: {0}.</source>
        <translation>Tema: {0}.</translation>
    </message>
</context>
</TS>
