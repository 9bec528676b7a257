<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>could not write {0}</source>
        <translation>no se pudo escribir {0}</translation>
    </message>
    <message>
        <source>saved {0} at epoch {1}</source>
        <translation>{0} guardado en la época {1}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>click: add a point · Shift+click: remove</source>
        <translation>clic: añadir un punto · Mayús+clic: quitar</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>Discretizar</translation>
    </message>
    <message>
        <source>Show hard class regions: each point of the plane in the colour of the class the network would predict, without confidence shading.</source>
        <translation>Mostrar regiones de clase nítidas: cada punto del plano en el color de la clase que predeciría la red, sin sombreado de confianza.</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Showing {0}</source>
        <translation>Se muestra la {0}</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Copy as Python</source>
        <translation>Copiar como Python</translation>
    </message>
    <message>
        <source>Copy a script that reruns this step with NumPy alone, from this step&apos;s weights and rows, and prints every result (Ctrl+Shift+C)</source>
        <translation>Copiar un script que repite este paso solo con NumPy, a partir de los pesos y las filas de este paso, e imprime cada resultado (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>The NumPy lines of the step</source>
        <translation>Las líneas NumPy del paso</translation>
    </message>
    <message>
        <source>This step cannot be written as NumPy lines: {0}</source>
        <translation>Este paso no se puede escribir como líneas NumPy: {0}</translation>
    </message>
    <message>
        <source>Take a step (Step sample, Step batch or Step epoch) to see the NumPy lines that compute it, with this step&apos;s shapes and values.</source>
        <translation>Da un paso (una muestra, un lote o una época) para ver las líneas NumPy que lo calculan, con las formas y los valores de este paso.</translation>
    </message>
    <message>
        <source>Step epoch: the lines of the epoch&apos;s last step, the one recorded.</source>
        <translation>«1 época»: las líneas del último paso de la época, el que queda registrado.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>The pinned run (dashed on the loss plot) at the epoch shown, beside the run now. Pin a run with Ctrl+P or the loss pane&apos;s Pin button; Ctrl+Shift+P unpins.</source>
        <translation>La ejecución fijada (discontinua en el gráfico de pérdida) en la época mostrada, junto a la actual. Fija una ejecución con Ctrl+P o el botón Fijar del panel de pérdida; Ctrl+Mayús+P la suelta.</translation>
    </message>
    <message>
        <source>loss {0}</source>
        <translation>pérdida {0}</translation>
    </message>
    <message>
        <source>acc {0}</source>
        <translation>exact. {0}</translation>
    </message>
    <message>
        <source>Pinned run, epoch {0}</source>
        <translation>Ejecución fijada, época {0}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>true class ↓   predicted →</source>
        <translation>clase real ↓   predicha →</translation>
    </message>
    <message>
        <source>({0} of this class)</source>
        <translation>({0} de esta clase)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>acierto</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>error</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 muestra</translation>
    </message>
    <message>
        <source>{0} samples</source>
        <translation>{0} muestras</translation>
    </message>
    <message>
        <source>true: {0}
predicted: {1}
{2}{3}: {4}</source>
        <translation>real: {0}
predicha: {1}
{2}{3}: {4}</translation>
    </message>
    <message>
        <source>No test results yet.</source>
        <translation>Aún no hay resultados de prueba.</translation>
    </message>
    <message>
        <source>true class {0}: {1}</source>
        <translation>clase real {0}: {1}</translation>
    </message>
    <message>
        <source>predicted class {0}: {1}</source>
        <translation>clase predicha {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CsvWorker</name>
    <message>
        <source>could not read {0}: unknown error</source>
        <translation>no se pudo leer {0}: error desconocido</translation>
    </message>
    <message>
        <source>{0}: not enough memory for this file; use a sample of it.</source>
        <translation>{0}: no hay memoria suficiente para este archivo; usa una parte de él.</translation>
    </message>
    <message>
        <source>could not read {0}: {1}</source>
        <translation>no se pudo leer {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <source>network&apos;s prediction of {0}</source>
        <translation>predicción de la red para {0}</translation>
    </message>
    <message>
        <source>network&apos;s prediction</source>
        <translation>predicción de la red</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>network&apos;s P({0})</source>
        <translation>P({0}) de la red</translation>
    </message>
</context>
<context>
    <name>DataKnobs</name>
    <message>
        <source>How far the points are scattered from their clean shape (0–50 %). More noise makes overfitting visible: the training loss keeps falling while the test loss rises.</source>
        <translation>Cuánto se dispersan los puntos de su forma limpia (0–50 %). Más ruido hace visible el sobreajuste: la pérdida de entrenamiento sigue bajando mientras la de prueba sube.</translation>
    </message>
    <message>
        <source>The share of the points used for training (10–90 %); the rest are split 40:60 into validation and test points (the test points are drawn as rings).</source>
        <translation>La parte de los puntos usada para entrenar (10–90 %); el resto se reparte 40:60 entre puntos de validación y de prueba (los de prueba se dibujan como anillos).</translation>
    </message>
    <message>
        <source>How many points the set has.</source>
        <translation>Cuántos puntos tiene el conjunto.</translation>
    </message>
    <message>
        <source>New points of the same kind (the next data seed). The network keeps its weights and trains on; Ctrl+Z brings the old points back.</source>
        <translation>Puntos nuevos del mismo tipo (la siguiente semilla de datos). La red conserva sus pesos y sigue entrenando; Ctrl+Z recupera los puntos anteriores.</translation>
    </message>
    <message>
        <source>The network&apos;s inputs, computed from x₁ and x₂ (as in TensorFlow Playground). Each one is an input neuron. With x₁² and x₂² a single neuron can draw a circle. Changing them builds a new input layer: training starts again from epoch 0 (Ctrl+Z undoes). At least one stays on.</source>
        <translation>Las entradas de la red, calculadas a partir de x₁ y x₂ (como en TensorFlow Playground). Cada una es una neurona de entrada. Con x₁² y x₂² una sola neurona puede dibujar un círculo. Cambiarlas crea una capa de entrada nueva: el entrenamiento vuelve a empezar en la época 0 (Ctrl+Z lo deshace). Al menos una sigue activa.</translation>
    </message>
    <message>
        <source>A click on the boundary plot adds a training point of this class where you clicked; Shift+click removes the nearest point. Training goes on with the changed data (Ctrl+Z undoes).</source>
        <translation>Un clic en la frontera de decisión añade allí un punto de entrenamiento de esta clase; Mayús+clic quita el punto más cercano. El entrenamiento sigue con los datos cambiados (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>⟳ Regenerate</source>
        <translation>⟳ Regenerar</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>noise {0} %</source>
        <translation>ruido {0} %</translation>
    </message>
    <message>
        <source>training ratio {0} %</source>
        <translation>proporción de entrenamiento {0} %</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} puntos</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Click adds</source>
        <translation>Un clic añade</translation>
    </message>
    <message>
        <source>Shift+click removes the nearest point.</source>
        <translation>Mayús+clic quita el punto más cercano.</translation>
    </message>
    <message>
        <source>Pause (Space) to change the network&apos;s inputs.</source>
        <translation>Pausa (Espacio) para cambiar las entradas de la red.</translation>
    </message>
    <message>
        <source>new points (data seed {0})</source>
        <translation>puntos nuevos (semilla de datos {0})</translation>
    </message>
    <message>
        <source>The network needs at least one input: turn another on first.</source>
        <translation>La red necesita al menos una entrada: activa otra primero.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Open a table saved as CSV (comma-separated values): one row per example, one column per measurement, and one column holding what the network should predict.</source>
        <translation>Abrir una tabla guardada como CSV (valores separados por comas): una fila por ejemplo, una columna por medida y una columna con lo que la red debe predecir.</translation>
    </message>
    <message>
        <source>Open one of the tables you opened before.</source>
        <translation>Abrir una de las tablas abiertas antes.</translation>
    </message>
    <message>
        <source>Stop reading the file. Whatever was loaded before stays.</source>
        <translation>Dejar de leer el archivo. Lo que estaba cargado antes se queda.</translation>
    </message>
    <message>
        <source>How much of the file has been read.</source>
        <translation>Cuánto del archivo se ha leído.</translation>
    </message>
    <message>
        <source>The first rows of the table. Under each name: numeric (numbers) or text (words). The column to predict is shaded; columns the network will not see are grey.</source>
        <translation>Las primeras filas de la tabla. Bajo cada nombre: numérica (números) o texto (palabras). La columna a predecir está sombreada; las columnas que la red no verá están en gris.</translation>
    </message>
    <message>
        <source>What was done to read and prepare the table: the file&apos;s encoding and separator, renamed columns, values treated as missing, rows dropped.</source>
        <translation>Lo que se hizo para leer y preparar la tabla: la codificación y el separador del archivo, columnas renombradas, valores tratados como ausentes, filas descartadas.</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 variable</translation>
    </message>
    <message>
        <source>{0} features</source>
        <translation>{0} variables</translation>
    </message>
    <message>
        <source>{0} features ({1} inputs)</source>
        <translation>{0} variables ({1} entradas)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} clases</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} → {3} ({4})</source>
        <translation>{0}: {1} filas, {2} → {3} ({4})</translation>
    </message>
    <message>
        <source>Open a CSV table</source>
        <translation>Abrir una tabla CSV</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>Preparando {0}…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <source>Recent ▾</source>
        <translation>Recientes ▾</translation>
    </message>
    <message>
        <source>Open a table saved as CSV, or drop a .csv file here.</source>
        <translation>Abrir una tabla guardada como CSV, o soltar aquí un archivo .csv.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>First {0} rows</source>
        <translation>Primeras {0} filas</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} filas × {2} columnas</translation>
    </message>
    <message>
        <source>All {0} rows</source>
        <translation>Las {0} filas</translation>
    </message>
    <message>
        <source>Read {0}: {1} rows × {2} columns. Choose the target and press “Use this data”.</source>
        <translation>Leído {0}: {1} filas × {2} columnas. Elige el objetivo y pulsa «Usar estos datos».</translation>
    </message>
    <message>
        <source>In use: {0}</source>
        <translation>En uso: {0}</translation>
    </message>
    <message>
        <source>Loaded {0}: {1} rows</source>
        <translation>Cargado {0}: {1} filas</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>Stopped reading {0}.</source>
        <translation>Lectura de {0} detenida.</translation>
    </message>
    <message>
        <source>Stopped preparing {0}.</source>
        <translation>Preparación de {0} detenida.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <source>numeric</source>
        <translation>numérica</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>{0}: missing</source>
        <translation>{0}: ausente</translation>
    </message>
    <message>
        <source>the column to predict</source>
        <translation>la columna a predecir</translation>
    </message>
    <message>
        <source>a feature</source>
        <translation>una variable</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>no se usa</translation>
    </message>
    <message>
        <source>{0}: {1} column, {2}</source>
        <translation>{0}: columna ({1}), {2}</translation>
    </message>
</context>
<context>
    <name>DigitsPane</name>
    <message>
        <source>The network&apos;s answer for the drawing: the class with the largest output.</source>
        <translation>La respuesta de la red para el dibujo: la clase con la mayor salida.</translation>
    </message>
    <message>
        <source>The label the drawing is added with: what the digit really is (on the pad, type the digit).</source>
        <translation>La etiqueta con la que se añade el dibujo: el dígito que es de verdad (en el lienzo, teclea el dígito).</translation>
    </message>
    <message>
        <source>Add to training data</source>
        <translation>Añadir al entrenamiento</translation>
    </message>
    <message>
        <source>Add the drawing to the training data with the chosen label (Enter on the pad). The network keeps its weights and trains on it; Ctrl+Z takes it out.</source>
        <translation>Añadir el dibujo a los datos de entrenamiento con la etiqueta elegida (Intro en el lienzo). La red conserva sus pesos y sigue entrenando con él; Ctrl+Z lo quita.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Wipe the pad (Delete on the pad).</source>
        <translation>Borrar el lienzo (Supr en el lienzo).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>Draw a digit and see the network&apos;s answer as you draw (D).</source>
        <translation>Dibuja un dígito y ve la respuesta de la red mientras dibujas (D).</translation>
    </message>
    <message>
        <source>Show every mistake, or one kind: a true class taken for another (a click on a confusion-matrix cell picks it too).</source>
        <translation>Mostrar todos los errores o solo un tipo: una clase real tomada por otra (un clic en una celda de la matriz de confusión también lo elige).</translation>
    </message>
    <message>
        <source>Test digits the network gets wrong: truth → answer and how sure it was. Click one (or Enter) to show it on the diagram; arrow keys move.</source>
        <translation>Dígitos de prueba que la red falla: verdad → respuesta y con qué seguridad. Haz clic en uno (o Intro) para verlo en el diagrama; las flechas cambian de dígito.</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>The test digits the network gets wrong, most confident first (M).</source>
        <translation>Los dígitos de prueba que la red falla, primero aquellos en que estaba más segura (M).</translation>
    </message>
    <message>
        <source>The network gives no answer (its outputs are not numbers).</source>
        <translation>La red no da ninguna respuesta (sus salidas no son números).</translation>
    </message>
    <message>
        <source>Blank pad: the network says {0} ({1}). Draw a digit.</source>
        <translation>Lienzo vacío: la red dice {0} ({1}). Dibuja un dígito.</translation>
    </message>
    <message>
        <source>The network says ▶ {0} ({1}).</source>
        <translation>La red dice ▶ {0} ({1}).</translation>
    </message>
    <message>
        <source>This data has no test split: nothing to check the network on.</source>
        <translation>Estos datos no tienen parte de prueba: no hay nada con que comprobar la red.</translation>
    </message>
    <message>
        <source>{0} of {1} test digits wrong ({2} right). Truth → answer, how sure; click one to show it on the diagram.</source>
        <translation>{0} de {1} dígitos de prueba mal ({2} bien). Verdad → respuesta, con qué seguridad; haz clic en uno para verlo en el diagrama.</translation>
    </message>
    <message>
        <source>No test digits to show.</source>
        <translation>No hay dígitos de prueba que mostrar.</translation>
    </message>
    <message>
        <source>No mistakes of this kind now.</source>
        <translation>Ahora no hay errores de este tipo.</translation>
    </message>
    <message>
        <source>No test digit is wrong.</source>
        <translation>Ningún dígito de prueba está mal.</translation>
    </message>
    <message>
        <source>All mistakes ({0})</source>
        <translation>Todos los errores ({0})</translation>
    </message>
    <message>
        <source>{0} taken for {1} ({2})</source>
        <translation>{0} tomado por {1} ({2})</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <source>Draw a digit: drag with the left button (or a pen) to add ink, with the right button, Shift or the pen&apos;s eraser to take it away. Keys: arrows move the frame, Space inks, Shift+Space erases, Delete clears.</source>
        <translation>Dibuja un dígito: arrastra con el botón izquierdo (o un lápiz) para añadir tinta; con el botón derecho, Mayús o la goma del lápiz la quitas. Teclas: las flechas mueven el marco, Espacio entinta, Mayús+Espacio borra, Supr lo vacía.</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>Lienzo de dibujo</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Dibuja aquí un dígito</translation>
    </message>
</context>
<context>
    <name>ExplainerPanel</name>
    <message>
        <source>Every row</source>
        <translation>Cada fila</translation>
    </message>
    <message>
        <source>Show the forward pass of every row of the step (z2, a2, z3, ŷ), the way the tutorials print it</source>
        <translation>Mostrar la pasada hacia delante de cada fila del paso (z2, a2, z3, ŷ), como la imprimen los tutoriales</translation>
    </message>
    <message>
        <source>Show all terms</source>
        <translation>Mostrar todos los términos</translation>
    </message>
    <message>
        <source>List every term of the long sums and every weight, not only the largest terms</source>
        <translation>Listar cada término de las sumas largas y cada peso, no solo los términos mayores</translation>
    </message>
    <message>
        <source>Back to the training step</source>
        <translation>Volver al paso de entrenamiento</translation>
    </message>
    <message>
        <source>Explain the last training step again instead of the chosen sample (a Step or Play goes back too)</source>
        <translation>Explicar de nuevo el último paso de entrenamiento en lugar del ejemplo elegido (Paso o Reproducir también vuelven)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the explanation as plain text</source>
        <translation>Copiar la explicación como texto plano</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Ponte a prueba</translation>
    </message>
    <message>
        <source>Hide a number of the step and compute it by hand</source>
        <translation>Ocultar un número del paso y calcularlo a mano</translation>
    </message>
    <message>
        <source>Hide and ask this number</source>
        <translation>Ocultar y preguntar este número</translation>
    </message>
    <message>
        <source>Take a step (Step sample, Step batch or Step epoch) to see every number of it here.</source>
        <translation>Da un paso (una muestra, un lote o una época) para ver aquí cada uno de sus números.</translation>
    </message>
    <message>
        <source>Click a neuron in the network to see how this step changed it.</source>
        <translation>Haz clic en una neurona de la red para ver cómo la cambió este paso.</translation>
    </message>
    <message>
        <source>Sample {0}</source>
        <translation>Muestra {0}</translation>
    </message>
    <message>
        <source>Nothing to explain for this neuron: {0}</source>
        <translation>Nada que explicar para esta neurona: {0}</translation>
    </message>
    <message>
        <source>About this lesson</source>
        <translation>Sobre esta lección</translation>
    </message>
    <message>
        <source>Step explainer</source>
        <translation>Explicador del paso</translation>
    </message>
    <message>
        <source>{0} · {1} of {2} · {3}</source>
        <translation>{0} · {1} de {2} · {3}</translation>
    </message>
    <message>
        <source>The next click shows it.</source>
        <translation>El próximo clic lo muestra.</translation>
    </message>
    <message>
        <source>Nothing of this part for this neuron.</source>
        <translation>Esta parte no tiene nada para esta neurona.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>What does this neuron compute for this input?</source>
        <translation>¿Qué calcula esta neurona para esta entrada?</translation>
    </message>
    <message>
        <source>How far is the answer from the target?</source>
        <translation>¿A qué distancia está la respuesta del objetivo?</translation>
    </message>
    <message>
        <source>Which way, and how much, should each weight move?</source>
        <translation>¿En qué dirección, y cuánto, debe moverse cada peso?</translation>
    </message>
    <message>
        <source>What will the new weights and bias be after this step?</source>
        <translation>¿Cuáles serán los nuevos pesos y el sesgo tras este paso?</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Qt could not encode a {0} image</source>
        <translation>Qt no pudo codificar una imagen {0}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>frontera</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Network as PNG (2×)…</source>
        <translation>Red como PNG (2×)…</translation>
    </message>
    <message>
        <source>Network as SVG…</source>
        <translation>Red como SVG…</translation>
    </message>
    <message>
        <source>Boundary / neuron map as PNG (2×)…</source>
        <translation>Frontera / mapa de neurona como PNG (2×)…</translation>
    </message>
    <message>
        <source>Boundary / neuron map as SVG…</source>
        <translation>Frontera / mapa de neurona como SVG…</translation>
    </message>
    <message>
        <source>Loss curve as PNG (2×)…</source>
        <translation>Curva de pérdida como PNG (2×)…</translation>
    </message>
    <message>
        <source>Loss curve as SVG…</source>
        <translation>Curva de pérdida como SVG…</translation>
    </message>
    <message>
        <source>Whole window as PNG (2×)…</source>
        <translation>Ventana entera como PNG (2×)…</translation>
    </message>
    <message>
        <source>Whole window as SVG…</source>
        <translation>Ventana entera como SVG…</translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation>Historial como &amp;CSV…</translation>
    </message>
    <message>
        <source>Training as animated &amp;GIF…</source>
        <translation>Entrenamiento como &amp;GIF animado…</translation>
    </message>
    <message>
        <source>Network as &amp;PyTorch script…</source>
        <translation>Red como script de &amp;PyTorch…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Open a session, a lesson file or a CSV table</source>
        <translation>Abrir una sesión, un archivo de lección o una tabla CSV</translation>
    </message>
    <message>
        <source>nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos de nnviz (*.nnviz *.toml *.csv *.tsv *.txt);;Sesiones (*.nnviz);;Archivos de lección (*.toml);;Tablas CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>nnviz sessions (*.nnviz)</source>
        <translation>Sesiones de nnviz (*.nnviz)</translation>
    </message>
    <message>
        <source>Saved the {0} view as {1} (SVG).</source>
        <translation>Vista «{0}» guardada como {1} (SVG).</translation>
    </message>
    <message>
        <source>Saved the {0} view as {1} ({2}×{3} pixels).</source>
        <translation>Vista «{0}» guardada como {1} ({2}×{3} píxeles).</translation>
    </message>
    <message>
        <source>Export the {0} view</source>
        <translation>Exportar la vista «{0}»</translation>
    </message>
    <message>
        <source>{0} files (*.{1})</source>
        <translation>Archivos {0} (*.{1})</translation>
    </message>
    <message>
        <source>Saved the history of {0} epochs as {1}.</source>
        <translation>Historial de {0} épocas guardado como {1}.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the network as a PyTorch script</source>
        <translation>Exportar la red como script de PyTorch</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
        <source>Wrote {0}: run it with python and a CSV table.</source>
        <translation>Escrito {0}: ejecútalo con python y una tabla CSV.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Saved the training as {0}.</source>
        <translation>Entrenamiento guardado como {0}.</translation>
    </message>
    <message>
        <source>Export training as an animated GIF</source>
        <translation>Exportar el entrenamiento como GIF animado</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>Imágenes GIF (*.gif)</translation>
    </message>
    <message>
        <source>Drawing the frames of the training…</source>
        <translation>Dibujando los fotogramas del entrenamiento…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export GIF</source>
        <translation>Exportar GIF</translation>
    </message>
    <message>
        <source>GIF export cancelled; nothing was written.</source>
        <translation>Exportación GIF cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FramePainter</name>
    <message>
        <source>Epoch {0}</source>
        <translation>Época {0}</translation>
    </message>
    <message>
        <source>and {0} more inputs</source>
        <translation>y {0} entradas más</translation>
    </message>
    <message>
        <source>Test sample {0} (never trained on) → network says {1}; the answer is {2}.</source>
        <translation>Muestra de prueba {0} (nunca entrenada) → la red dice {1}; la respuesta es {2}.</translation>
    </message>
    <message>
        <source>Sample {0}: {1} → network says {2}; the answer is {3}.</source>
        <translation>Muestra {0}: {1} → la red dice {2}; la respuesta es {3}.</translation>
    </message>
    <message>
        <source>Sample {0} → network says {1}; the answer is {2}.</source>
        <translation>Muestra {0} → la red dice {1}; la respuesta es {2}.</translation>
    </message>
    <message>
        <source>truth: {0}</source>
        <translation>real: {0}</translation>
    </message>
    <message>
        <source>Test sample {0} → {1}; truth: {2}</source>
        <translation>Muestra de prueba {0} → {1}; real: {2}</translation>
    </message>
    <message>
        <source>Sample {0} → {1}; truth: {2}</source>
        <translation>Muestra {0} → {1}; real: {2}</translation>
    </message>
    <message>
        <source>train loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>pérd. entr. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>val loss &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>pérd. val. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>train acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>exact. entr. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>val acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>exact. val. &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>test acc &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>exact. prueba &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>test R² &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>R² de prueba &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>epoch {0}: {1}</source>
        <translation>época {0}: {1}</translation>
    </message>
    <message>
        <source>epoch 0 +{0}: scores come when epoch 1 is finished</source>
        <translation>época 0 +{0}: los valores llegan cuando termine la época 1</translation>
    </message>
    <message>
        <source>epoch 0: no epoch finished yet</source>
        <translation>época 0: aún no ha terminado ninguna época</translation>
    </message>
    <message>
        <source>input {0}</source>
        <translation>entrada {0}</translation>
    </message>
    <message>
        <source>output neuron {0}</source>
        <translation>neurona de salida {0}</translation>
    </message>
    <message>
        <source>neuron {0} of hidden layer {1}</source>
        <translation>neurona {0} de la capa oculta {1}</translation>
    </message>
    <message>
        <source>network: {0}</source>
        <translation>red: {0}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>next beat</source>
        <translation>diapositiva siguiente</translation>
    </message>
    <message>
        <source>previous beat</source>
        <translation>diapositiva anterior</translation>
    </message>
    <message>
        <source>black screen (any key returns)</source>
        <translation>pantalla negra (cualquier tecla vuelve)</translation>
    </message>
    <message>
        <source>white screen (any key returns)</source>
        <translation>pantalla blanca (cualquier tecla vuelve)</translation>
    </message>
    <message>
        <source>present from the start</source>
        <translation>presentar desde el principio</translation>
    </message>
    <message>
        <source>present from here</source>
        <translation>presentar desde aquí</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>salir del modo presentación</translation>
    </message>
    <message>
        <source>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, public domain. Palmer Penguins: K. Gorman and the Palmer Station LTER, CC0. Breast cancer (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Wine: Forina et al., PARVUS, UCI. The diabetes table is synthetic (not medical data); the 2-D playground sets are generated from a seed. Details: data/README.md.</source>
        <translation>Iris: R.A. Fisher (1936), UCI Machine Learning Repository, dominio público. Palmer Penguins: K. Gorman y la Palmer Station LTER, CC0. Cáncer de mama (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. Vino: Forina et al., PARVUS, UCI. La tabla de diabetes es sintética (no son datos médicos); los conjuntos 2-D del playground se generan a partir de una semilla. Detalles: data/README.md.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>En la ventana</translation>
    </message>
    <message>
        <source>In presentation mode (F5)</source>
        <translation>En el modo presentación (F5)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Watch a neural network learn: a teaching tool for a class in front of a projector.</source>
        <translation>Mira cómo aprende una red neuronal: una herramienta de enseñanza para una clase frente a un proyector.</translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>Licencia: MIT.</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>Datos: {0}</translation>
    </message>
    <message>
        <source>About nnviz</source>
        <translation>Acerca de nnviz</translation>
    </message>
</context>
<context>
    <name>HyperPanel</name>
    <message>
        <source>Pause to change the network.</source>
        <translation>Pausa para cambiar la red.</translation>
    </message>
    <message>
        <source>Squashes the sum into 0…1: a smooth on/off switch.</source>
        <translation>Comprime la suma en 0…1: un interruptor suave.</translation>
    </message>
    <message>
        <source>Squashes the sum into −1…1, centred on 0.</source>
        <translation>Comprime la suma en −1…1, centrada en 0.</translation>
    </message>
    <message>
        <source>Keeps a positive sum as it is and turns a negative one into 0.</source>
        <translation>Deja una suma positiva como está y convierte una negativa en 0.</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>Passes the sum on unchanged: no bend, so the layer cannot add curves.</source>
        <translation>Pasa la suma sin cambios: sin pliegue, así que la capa no puede añadir curvas.</translation>
    </message>
    <message>
        <source>Each output between 0 and 1: the probability of a yes.</source>
        <translation>Cada salida entre 0 y 1: la probabilidad de un sí.</translation>
    </message>
    <message>
        <source>The outputs become probabilities that add up to 1, one per class.</source>
        <translation>Las salidas se convierten en probabilidades que suman 1, una por clase.</translation>
    </message>
    <message>
        <source>The output is the plain sum: any number, for predicting values.</source>
        <translation>La salida es la suma tal cual: cualquier número, para predecir valores.</translation>
    </message>
    <message>
        <source>Each output between −1 and 1.</source>
        <translation>Cada salida entre −1 y 1.</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>error cuadrático medio</translation>
    </message>
    <message>
        <source>Half the squared gap between output and target: small gaps count little, big gaps a lot.</source>
        <translation>La mitad de la diferencia al cuadrado entre salida y objetivo: las diferencias pequeñas cuentan poco, las grandes mucho.</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropía cruzada binaria</translation>
    </message>
    <message>
        <source>For yes/no outputs between 0 and 1: a confident wrong answer costs a lot. Pairs with a sigmoid output.</source>
        <translation>Para salidas sí/no entre 0 y 1: una respuesta equivocada y segura cuesta mucho. Va con una salida sigmoide.</translation>
    </message>
    <message>
        <source>categorical cross-entropy</source>
        <translation>entropía cruzada categórica</translation>
    </message>
    <message>
        <source>For one class out of several: minus the log of the probability given to the right class. Pairs with a softmax output.</source>
        <translation>Para una clase entre varias: menos el logaritmo de la probabilidad dada a la clase correcta. Va con una salida softmax.</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>descenso de gradiente</translation>
    </message>
    <message>
        <source>Every weight steps against its gradient: learning rate × gradient.</source>
        <translation>Cada peso da un paso contra su gradiente: tasa de aprendizaje × gradiente.</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>Gradient descent that keeps 90 % of the previous step, so it rolls on through flat parts and small bumps.</source>
        <translation>Descenso de gradiente que conserva el 90 % del paso anterior, así sigue rodando por zonas planas y pequeños baches.</translation>
    </message>
    <message>
        <source>Sizes each weight&apos;s step from the recent size of its gradients; often works with little tuning (try a learning rate of 0.001–0.01).</source>
        <translation>Ajusta el paso de cada peso según el tamaño reciente de sus gradientes; suele funcionar con poco ajuste (prueba una tasa de aprendizaje de 0,001–0,01).</translation>
    </message>
    <message>
        <source>Random, scaled by the layer sizes so signals neither fade out nor blow up. Good for sigmoid and tanh.</source>
        <translation>Aleatorio, escalado según el tamaño de las capas para que las señales ni se apaguen ni exploten. Bueno para sigmoide y tanh.</translation>
    </message>
    <message>
        <source>Random from a bell curve scaled for ReLU layers.</source>
        <translation>Aleatorio de una campana escalada para capas ReLU.</translation>
    </message>
    <message>
        <source>uniform −1…1</source>
        <translation>uniforme −1…1</translation>
    </message>
    <message>
        <source>Every weight and bias random between −1 and 1.</source>
        <translation>Cada peso y sesgo aleatorio entre −1 y 1.</translation>
    </message>
    <message>
        <source>normal (0, 1)</source>
        <translation>normal (0, 1)</translation>
    </message>
    <message>
        <source>Random from a bell curve with mean 0 and spread 1; biases start at 0.</source>
        <translation>Aleatorio de una campana con media 0 y dispersión 1; los sesgos empiezan en 0.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>Every weight and bias starts at the same value. Then all neurons of a layer learn the same thing: try it.</source>
        <translation>Cada peso y sesgo empieza con el mismo valor. Entonces todas las neuronas de una capa aprenden lo mismo: pruébalo.</translation>
    </message>
    <message>
        <source>The number of neurons in each layer: inputs on the left, outputs on the right.</source>
        <translation>El número de neuronas de cada capa: entradas a la izquierda, salidas a la derecha.</translation>
    </message>
    <message>
        <source>How many neurons hidden layer {n} has. More neurons can draw more complicated boundaries, but take longer to train.</source>
        <translation>Cuántas neuronas tiene la capa oculta {n}. Más neuronas pueden dibujar fronteras más complicadas, pero tardan más en entrenarse.</translation>
    </message>
    <message>
        <source>What each neuron of hidden layer {n} does with its weighted sum. sigmoid: 0…1; tanh: −1…1; ReLU: 0 or more; linear: unchanged (no curves).</source>
        <translation>Qué hace cada neurona de la capa oculta {n} con su suma ponderada. sigmoid: 0…1; tanh: −1…1; ReLU: 0 o más; lineal: sin cambios (sin curvas).</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one (at most {max}).</source>
        <translation>Añadir una capa oculta tras la última (como máximo {max}).</translation>
    </message>
    <message>
        <source>Remove the last hidden layer. With none left, the inputs connect straight to the outputs: a perceptron.</source>
        <translation>Quitar la última capa oculta. Sin ninguna, las entradas se conectan directamente a las salidas: un perceptrón.</translation>
    </message>
    <message>
        <source>What the output neurons do with their sum. sigmoid: a probability 0…1 for each output; softmax: probabilities over the classes that add up to 1; linear: any number; tanh: −1…1.</source>
        <translation>Qué hacen las neuronas de salida con su suma. sigmoid: una probabilidad 0…1 por salida; softmax: probabilidades sobre las clases que suman 1; lineal: cualquier número; tanh: −1…1.</translation>
    </message>
    <message>
        <source>A bias is a number added to each neuron&apos;s sum. It lets a neuron fire even when every input is 0. Untick it to see why it is needed.</source>
        <translation>Un sesgo es un número que se suma a la suma de cada neurona. Permite que una neurona se active aunque todas las entradas sean 0. Desmárcalo para ver por qué hace falta.</translation>
    </message>
    <message>
        <source>How the weights are chosen before training starts.</source>
        <translation>Cómo se eligen los pesos antes de empezar a entrenar.</translation>
    </message>
    <message>
        <source>The value every weight and bias starts at.</source>
        <translation>El valor con el que empieza cada peso y cada sesgo.</translation>
    </message>
    <message>
        <source>The number the random generator starts from. The same seed gives the same starting weights and the same shuffling, so a run can be repeated. Change it to try another start.</source>
        <translation>El número del que parte el generador aleatorio. La misma semilla da los mismos pesos iniciales y el mismo barajado, así se puede repetir una ejecución. Cámbiala para probar otro comienzo.</translation>
    </message>
    <message>
        <source>How the gap between the network&apos;s output and the target is measured. Training makes this number smaller.</source>
        <translation>Cómo se mide la diferencia entre la salida de la red y el objetivo. El entrenamiento hace este número más pequeño.</translation>
    </message>
    <message>
        <source>How big a step the weights take each update. Too small: learning crawls. Too large: the loss jumps around or blows up. Pick one or type any number above 0.</source>
        <translation>Qué tamaño tiene el paso de los pesos en cada actualización. Demasiado pequeño: el aprendizaje se arrastra. Demasiado grande: la pérdida salta o explota. Elige uno o escribe cualquier número mayor que 0.</translation>
    </message>
    <message>
        <source>How each weight&apos;s gradient is turned into a step.</source>
        <translation>Cómo se convierte el gradiente de cada peso en un paso.</translation>
    </message>
    <message>
        <source>How many training rows the network looks at before each weight update. full batch: all rows, one smooth update per epoch. 1: one sample at a time, quick but noisy. In between: mini-batches.</source>
        <translation>Cuántas filas de entrenamiento mira la red antes de cada actualización de los pesos. lote completo: todas las filas, una actualización suave por época. 1: una muestra cada vez, rápido pero ruidoso. Entre medias: minilotes.</translation>
    </message>
    <message>
        <source>Weight decay: every update also pulls each weight a little towards 0, in proportion to this number. Small weights give simpler boundaries; too much and the network cannot learn.</source>
        <translation>Decaimiento de pesos: cada actualización además acerca un poco cada peso a 0, en proporción a este número. Los pesos pequeños dan fronteras más simples; demasiado y la red no puede aprender.</translation>
    </message>
    <message>
        <source>L1 (lasso): every update also pulls each weight towards 0 by the same amount, l1 × sign(w), however small the weight is. Weights the network does not need are driven to zero, leaving a sparse network (L2 only shrinks them). At exactly 0 the slope of |w| is undefined: nnviz uses 0 there (the sub-gradient), so a weight at 0 feels no pull. Plain gradient steps overshoot 0 by about learning rate × l1, so such weights hover near 0: the diagram draws every |w| &lt; 0.01 as a thin grey dotted line (about zero).</source>
        <translation>L1 (lasso): cada actualización además acerca cada peso a 0 en la misma cantidad, l1 × sign(w), por pequeño que sea el peso. Los pesos que la red no necesita llegan a cero y queda una red dispersa (L2 solo los encoge). Justo en 0 la pendiente de |w| no está definida: nnviz usa 0 ahí (el subgradiente), así que un peso en 0 no siente tirón. Los pasos de gradiente simples se pasan de 0 en torno a tasa de aprendizaje × l1, y esos pesos rondan el 0: el diagrama dibuja cada |w| &lt; 0,01 como una línea gris fina de puntos (casi cero).</translation>
    </message>
    <message>
        <source>Neurons in hidden layer {0}</source>
        <translation>Neuronas de la capa oculta {0}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {0}</source>
        <translation>Activación de la capa oculta {0}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>The network&apos;s shape and starting weights can change only while training is paused.</source>
        <translation>La forma de la red y sus pesos iniciales solo pueden cambiar con el entrenamiento en pausa.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronas</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>No hidden layer: the inputs connect straight to the outputs (a perceptron).</source>
        <translation>Sin capa oculta: las entradas se conectan directamente a las salidas (un perceptrón).</translation>
    </message>
    <message>
        <source>+ Add layer</source>
        <translation>+ Añadir capa</translation>
    </message>
    <message>
        <source>− Remove layer</source>
        <translation>− Quitar capa</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Start weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Use a bias in every neuron</source>
        <translation>Usar un sesgo en cada neurona</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>L2 (weight decay)</source>
        <translation>L2 (decaimiento)</translation>
    </message>
    <message>
        <source>drives unneeded weights to 0 (drawn grey dotted)</source>
        <translation>lleva a 0 los pesos innecesarios (gris punteado)</translation>
    </message>
    <message>
        <source>L1 (sparsity)</source>
        <translation>L1 (dispersión)</translation>
    </message>
    <message>
        <source>Needs at least two outputs.</source>
        <translation>Necesita al menos dos salidas.</translation>
    </message>
    <message>
        <source>all rows, then one update</source>
        <translation>todas las filas, luego una actualización</translation>
    </message>
    <message>
        <source>one sample at a time</source>
        <translation>una muestra cada vez</translation>
    </message>
    <message>
        <source>{0} rows per update</source>
        <translation>{0} filas por actualización</translation>
    </message>
    <message>
        <source>Cross-entropy is for classes; values usually use mean squared error.</source>
        <translation>La entropía cruzada es para clases; para valores se suele usar el error cuadrático medio.</translation>
    </message>
    <message>
        <source>Works best with a sigmoid output (0…1).</source>
        <translation>Funciona mejor con una salida sigmoide (0…1).</translation>
    </message>
    <message>
        <source>Works best with a softmax output.</source>
        <translation>Funciona mejor con una salida softmax.</translation>
    </message>
    <message>
        <source>set by the lesson</source>
        <translation>de la lección</translation>
    </message>
    <message>
        <source>This lesson starts from the weights its tutorial gives. Pick another choice to start from new ones.</source>
        <translation>Esta lección empieza con los pesos que da su tutorial. Elige otra opción para empezar con pesos nuevos.</translation>
    </message>
    <message>
        <source>{0}: kept {1}</source>
        <translation>{0}: se mantiene {1}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>orange dashed</source>
        <translation>naranja discontinuo</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>{0} −, {1} + · picture → neuron: one line, Σ w·x of all {2} pixels</source>
        <translation>{0} −, {1} + · imagen → neurona: una línea, Σ w·x de los {2} píxeles</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>hover to read values</source>
        <translation>pasa el ratón para leer valores</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible
instead of flattening into the floor.</source>
        <translation>Mostrar la pérdida en un eje logarítmico: las mejoras pequeñas y tardías siguen visibles
en lugar de aplastarse contra el suelo.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>The pane is too short to read both curves: show the loss or the
accuracy (a taller pane shows both, one above the other).</source>
        <translation>El panel es demasiado bajo para leer ambas curvas: mostrar la pérdida o la
exactitud (un panel más alto muestra las dos, una encima de otra).</translation>
    </message>
    <message>
        <source>The curves drawn so far: validation appears when the data has a validation split, accuracy for classification.</source>
        <translation>Las curvas dibujadas hasta ahora: la validación aparece cuando los datos tienen una parte de validación, la exactitud en clasificación.</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>pérdida entren.</translation>
    </message>
    <message>
        <source>val loss</source>
        <translation>pérdida valid.</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>exactitud entren.</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>exactitud valid.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>acc</source>
        <translation>exact.</translation>
    </message>
    <message>
        <source>hover: values · click: go there</source>
        <translation>ratón encima: valores · clic: ir allí</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — watch a neural network learn</source>
        <translation>nnviz — mira cómo aprende una red neuronal</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>Text at {0} is too large for a {1}×{2} window: F5 presents it full screen with a layout made for large text, Ctrl+0 goes back to the normal size.</source>
        <translation>El texto al {0} es demasiado grande para una ventana de {1}×{2}: F5 lo presenta a pantalla completa con una disposición pensada para texto grande, Ctrl+0 vuelve al tamaño normal.</translation>
    </message>
    <message>
        <source>Could not load lesson {0}: {1}</source>
        <translation>No se pudo cargar la lección {0}: {1}</translation>
    </message>
    <message>
        <source>Ctrl+Z goes back to {0} as you left it.</source>
        <translation>Ctrl+Z vuelve a {0} tal como lo dejaste.</translation>
    </message>
    <message>
        <source>Your data — {0}.</source>
        <translation>Tus datos — {0}.</translation>
    </message>
    <message>
        <source>It asks: what does the network say for {0}? (Data tab)</source>
        <translation>Pregunta: ¿qué dice la red para {0}? (pestaña Datos)</translation>
    </message>
    <message>
        <source>It asks the network a question: see “Ask the network” in the Data tab.</source>
        <translation>Le hace una pregunta a la red: mira «Preguntar a la red» en la pestaña Datos.</translation>
    </message>
    <message>
        <source>Training… (Space pauses)</source>
        <translation>Entrenando… (Espacio pausa)</translation>
    </message>
    <message>
        <source>No step to show in phases yet: take a step first.</source>
        <translation>Aún no hay un paso que mostrar por fases: da un paso primero.</translation>
    </message>
    <message>
        <source>The boundary panel shows what {0} computes over the plane (a click on empty space in the diagram goes back).</source>
        <translation>El panel de la frontera muestra lo que calcula la {0} sobre el plano (un clic en un espacio vacío del diagrama vuelve).</translation>
    </message>
    <message>
        <source>data change ({0})</source>
        <translation>cambio de datos ({0})</translation>
    </message>
    <message>
        <source>Choose the drawing&apos;s label first: type the digit on the pad, or pick it beside “Add to training data”.</source>
        <translation>Elige primero la etiqueta del dibujo: escribe el dígito en el lienzo o elígelo junto a «Añadir al entrenamiento».</translation>
    </message>
    <message>
        <source>The diagram shows test digit {0}: the network never trained on it. The sample picker goes back to the training digits.</source>
        <translation>El diagrama muestra el dígito de prueba {0}: la red nunca entrenó con él. El selector de muestra vuelve a los de entrenamiento.</translation>
    </message>
    <message>
        <source>Drawing and mistakes are for lessons whose inputs form a picture, such as the handwritten digits.</source>
        <translation>Dibujar y ver errores es para lecciones cuyas entradas forman una imagen, como los dígitos escritos a mano.</translation>
    </message>
    <message>
        <source>The gallery shows every mistake (a right answer was clicked).</source>
        <translation>La galería muestra todos los errores (se hizo clic en una respuesta correcta).</translation>
    </message>
    <message>
        <source>The gallery shows the test digits of {0} taken for {1} (the picker above it goes back to all).</source>
        <translation>La galería muestra los dígitos de prueba {0} tomados por {1} (el selector de encima vuelve a todos).</translation>
    </message>
    <message>
        <source>{0} has no column {1}</source>
        <translation>{0} no tiene la columna {1}</translation>
    </message>
    <message>
        <source>Pick two different inputs for the two axes.</source>
        <translation>Elige dos entradas distintas para los dos ejes.</translation>
    </message>
    <message>
        <source>Language: {0}.</source>
        <translation>Idioma: {0}.</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>Misclassified test digits</source>
        <translation>Dígitos de prueba mal clasificados</translation>
    </message>
    <message>
        <source>Test digit {0}: it is a {1}, the network said {2} ({3} sure). Click (or Enter) to show it on the diagram.</source>
        <translation>Dígito de prueba {0}: es un {1}, la red dijo {2} (segura al {3}). Clic (o Intro) para verlo en el diagrama.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Hidden {0}</source>
        <translation>Oculta {0}</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ent.</translation>
    </message>
    <message>
        <source>H{0}</source>
        <translation>O{0}</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sal.</translation>
    </message>
    <message>
        <source>the strongest {0} of {1} weights drawn (hover for any)</source>
        <translation>se dibujan los {0} pesos más fuertes de {1} (ratón encima para cualquiera)</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>Aún no hay red</translation>
    </message>
    <message>
        <source>Forward pass: layer {0} of {1} — z = Σ w·a + b, then a = f(z)</source>
        <translation>Pasada hacia delante: capa {0} de {1} — z = Σ w·a + b, luego a = f(z)</translation>
    </message>
    <message>
        <source>Backward pass: layer {0} — δ in each node; edges coloured and sized by ∂L/∂w (dashed = negative)</source>
        <translation>Pasada hacia atrás: capa {0} — δ en cada nodo; aristas coloreadas y dimensionadas según ∂L/∂w (discontinua = negativa)</translation>
    </message>
    <message>
        <source>Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)</source>
        <translation>Actualización: cada peso pasa de su valor antiguo al nuevo (w ← w − lr·∂L/∂w)</translation>
    </message>
    <message>
        <source>in &apos;{0}&apos;</source>
        <translation>ent. &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>out &apos;{0}&apos;</source>
        <translation>sal. &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>(about 0: |w| &lt; {0}, drawn grey dotted)</source>
        <translation>(casi 0: |w| &lt; {0}, dibujado gris punteado)</translation>
    </message>
    <message>
        <source>w[{0}→{1}] from {2} to {3} = {4}</source>
        <translation>w[{0}→{1}] de {2} a {3} = {4}</translation>
    </message>
    <message>
        <source>input &apos;{0}&apos; (input {1} of {2})</source>
        <translation>entrada &apos;{0}&apos; (entrada {1} de {2})</translation>
    </message>
    <message>
        <source>output &apos;{0}&apos; (output neuron {1} of {2})</source>
        <translation>salida &apos;{0}&apos; (neurona de salida {1} de {2})</translation>
    </message>
    <message>
        <source>hidden layer {0}, neuron {1} of {2} (h{0}.{1})</source>
        <translation>capa oculta {0}, neurona {1} de {2} (h{0}.{1})</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>sin sesgo</translation>
    </message>
    <message>
        <source>bias = {0}</source>
        <translation>sesgo = {0}</translation>
    </message>
    <message>
        <source>value = {0}</source>
        <translation>valor = {0}</translation>
    </message>
    <message>
        <source>activation = {0}</source>
        <translation>activación = {0}</translation>
    </message>
    <message>
        <source>value: no sample selected</source>
        <translation>valor: ninguna muestra elegida</translation>
    </message>
    <message>
        <source>activation: no sample selected</source>
        <translation>activación: ninguna muestra elegida</translation>
    </message>
    <message>
        <source>  ·  grey dotted = weight about 0 (|w| &lt; {0})</source>
        <translation>  ·  gris punteado = peso casi 0 (|w| &lt; {0})</translation>
    </message>
    <message>
        <source>orange dashed = negative weight, blue = positive, thickness = size</source>
        <translation>naranja discontinuo = peso negativo, azul = positivo, grosor = tamaño</translation>
    </message>
    <message>
        <source>  ·  ring = bias  ·  fill = activation</source>
        <translation>  ·  anillo = sesgo  ·  relleno = activación</translation>
    </message>
    <message>
        <source>  ·  ring = bias  ·  maps: orange low, blue high</source>
        <translation>  ·  anillo = sesgo  ·  mapas: naranja bajo, azul alto</translation>
    </message>
    <message>
        <source>orange dashed</source>
        <translation>naranja discontinuo</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>{0} = negative weight, {1} = positive, thickness = size</source>
        <translation>{0} = peso negativo, {1} = positivo, grosor = tamaño</translation>
    </message>
    <message>
        <source>new value for {0}</source>
        <translation>nuevo valor para {0}</translation>
    </message>
    <message>
        <source>new bias for {0}</source>
        <translation>nuevo sesgo para {0}</translation>
    </message>
    <message>
        <source>its {0} weights as a picture: blue +, orange − with a dash, full colour at ±{1} (its largest |w|)</source>
        <translation>sus {0} pesos como imagen: azul +, naranja − con raya, color pleno en ±{1} (su mayor |w|)</translation>
    </message>
</context>
<context>
    <name>PlotBase</name>
    <message>
        <source>train: filled</source>
        <translation>entrenamiento: relleno</translation>
    </message>
    <message>
        <source>test: outlined</source>
        <translation>prueba: contorno</translation>
    </message>
    <message>
        <source>class {0}</source>
        <extracomment>The smallest text on any plot at text scale 1.0, in pixels at 96 dpi (11 pt = 14.7 px). For every text to be at least ``px`` pixels tall, pass ``px / BASE_TEXT_PX`` to ``set_text_scale`` (24 px: 1.64).</extracomment>
        <translation>clase {0}</translation>
    </message>
</context>
<context>
    <name>PredictBox</name>
    <message>
        <source>Type a value for &apos;{col}&apos; in the table&apos;s own units.</source>
        <translation>Escribe un valor para &apos;{col}&apos; en las unidades de la tabla.</translation>
    </message>
    <message>
        <source>Pick a value for &apos;{col}&apos;.</source>
        <translation>Elige un valor para &apos;{col}&apos;.</translation>
    </message>
    <message>
        <source>Run these values through the network and show its answer (Enter works too).</source>
        <translation>Pasar estos valores por la red y mostrar su respuesta (Intro también sirve).</translation>
    </message>
    <message>
        <source>The network&apos;s answer, in the table&apos;s own units.</source>
        <translation>La respuesta de la red, en las unidades de la tabla.</translation>
    </message>
    <message>
        <source>One of: {0}</source>
        <translation>Uno de: {0}</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ej. {0}</translation>
    </message>
    <message>
        <source>Type an example; the network predicts {0}.</source>
        <translation>Escribe un ejemplo; la red predice {0}.</translation>
    </message>
    <message>
        <source>Load a lesson or a table first.</source>
        <translation>Carga primero una lección o una tabla.</translation>
    </message>
    <message>
        <source>There is no network to ask yet.</source>
        <translation>Aún no hay una red a la que preguntar.</translation>
    </message>
    <message>
        <source>the network&apos;s output is not a number (has training diverged?)</source>
        <translation>la salida de la red no es un número (¿ha divergido el entrenamiento?)</translation>
    </message>
    <message>
        <source>Could not predict: {0}</source>
        <translation>No se pudo predecir: {0}</translation>
    </message>
    <message>
        <source>Ask the network</source>
        <translation>Preguntar a la red</translation>
    </message>
    <message>
        <source>Load a lesson or a table to ask the network about an example.</source>
        <translation>Carga una lección o una tabla para preguntar a la red por un ejemplo.</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>values to ask about</source>
        <translation>valores por los que preguntar</translation>
    </message>
    <message>
        <source>{0} columns: type a value in the right-hand column.</source>
        <translation>{0} columnas: escribe un valor en la columna derecha.</translation>
    </message>
    <message>
        <source>Needs a lesson or a table, and a network.</source>
        <translation>Necesita una lección o una tabla, y una red.</translation>
    </message>
</context>
<context>
    <name>PrepareChoices</name>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>drop rows</source>
        <translation>descartar filas</translation>
    </message>
    <message>
        <source>fill with mean</source>
        <translation>rellenar con la media</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>divide by max</source>
        <translation>dividir por el máximo</translation>
    </message>
    <message>
        <source>min-max (0–1)</source>
        <translation>mín-máx (0–1)</translation>
    </message>
    <message>
        <source>standardize</source>
        <translation>estandarizar</translation>
    </message>
    <message>
        <source>one 0–1 range for all (pictures)</source>
        <translation>un rango 0–1 para todo (imágenes)</translation>
    </message>
    <message>
        <source>The column the network learns to predict (the answer). Usually the last column, or one named like class, label, species or price.</source>
        <translation>La columna que la red aprende a predecir (la respuesta). Normalmente la última columna, o una con un nombre como class, label, species o price.</translation>
    </message>
    <message>
        <source>auto: words or a few whole numbers become classes, other numbers a value to predict. classification: predict which class. regression: predict a number.</source>
        <translation>automático: las palabras o unos pocos números enteros pasan a ser clases, los demás números un valor a predecir. clasificación: predecir la clase. regresión: predecir un número.</translation>
    </message>
    <message>
        <source>The columns the network looks at to make its prediction. Text columns are turned into one 0/1 input per word (one-hot).</source>
        <translation>Las columnas que mira la red para hacer su predicción. Las columnas de texto se convierten en una entrada 0/1 por palabra (one-hot).</translation>
    </message>
    <message>
        <source>Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a chosen column. fill with mean: put the column&apos;s average (training rows) in the gap.</source>
        <translation>Celdas vacías (o NA, ?, …). descartar filas: omitir cada fila con una celda vacía en una columna elegida. rellenar con la media: poner en el hueco la media de la columna (filas de entrenamiento).</translation>
    </message>
    <message>
        <source>Networks learn best when every input has a similar size. none: use the numbers as they are. divide by max: each column&apos;s largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1. one range for all: the smallest and largest value of the whole table become 0 and 1, so a picture&apos;s pixels keep their look.</source>
        <translation>Las redes aprenden mejor cuando todas las entradas tienen un tamaño parecido. ninguno: usar los números tal cual. dividir por el máximo: el mayor valor de cada columna pasa a ser 1. mín-máx: de 0 a 1. estandarizar: media 0, dispersión típica 1. un rango para todo: el menor y el mayor valor de toda la tabla pasan a ser 0 y 1, así los píxeles de una imagen conservan su aspecto.</translation>
    </message>
    <message>
        <source>How the rows are shared out, in percent: train (the network learns from these), validation (checked during training) and test (kept aside for the final check).</source>
        <translation>Cómo se reparten las filas, en porcentaje: entrenamiento (de ellas aprende la red), validación (se comprueba durante el entrenamiento) y prueba (apartada para la comprobación final).</translation>
    </message>
    <message>
        <source>Build the network&apos;s data from this table with the choices above. The current lesson is replaced only if this works.</source>
        <translation>Construir los datos de la red a partir de esta tabla con las opciones de arriba. La lección actual solo se sustituye si esto funciona.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Tipo de objetivo</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores ausentes</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Percent of the rows used for train.</source>
        <translation>Porcentaje de filas para entrenamiento.</translation>
    </message>
    <message>
        <source>Percent of the rows used for validation.</source>
        <translation>Porcentaje de filas para validación.</translation>
    </message>
    <message>
        <source>Percent of the rows used for test.</source>
        <translation>Porcentaje de filas para prueba.</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entren.</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Split %</source>
        <translation>Reparto %</translation>
    </message>
    <message>
        <source>Use this data</source>
        <translation>Usar estos datos</translation>
    </message>
    <message>
        <source>{0} (text → one-hot)</source>
        <translation>{0} (texto → one-hot)</translation>
    </message>
    <message>
        <source>{0} (empty)</source>
        <translation>{0} (vacía)</translation>
    </message>
    <message>
        <source>{0}: {1} column.</source>
        <translation>{0}: columna ({1}).</translation>
    </message>
    <message>
        <source>These add up to {0} %; they will be rescaled to 100 %.</source>
        <translation>Suman {0} %; se reescalarán a 100 %.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Explainer</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>Left presentation mode: the window as it was (F5 presents again).</source>
        <translation>Se salió del modo presentación: la ventana como estaba (F5 presenta de nuevo).</translation>
    </message>
</context>
<context>
    <name>PresenterBeats</name>
    <message>
        <source>sample</source>
        <translation>muestra</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: PageDown (or Space) continues · PageUp goes back.</source>
        <translation>En pausa en la época {epoch}: AvPág (o Espacio) continúa · RePág vuelve atrás.</translation>
    </message>
    <message>
        <source>The end of this lesson: PageUp goes back, Esc leaves.</source>
        <translation>Fin de esta lección: RePág vuelve atrás, Esc sale.</translation>
    </message>
    <message>
        <source>Still training: the next beat comes when this run ends.</source>
        <translation>Todavía entrenando: la siguiente diapositiva llega cuando termine esta ejecución.</translation>
    </message>
    <message>
        <source>end · step {0}</source>
        <translation>fin · paso: {0}</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>{0} beats</source>
        <translation>{0} diapositivas</translation>
    </message>
    <message>
        <source>PageUp goes back · Esc leaves</source>
        <translation>RePág vuelve atrás · Esc sale</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>This beat could not be done: {0}</source>
        <translation>No se pudo hacer esta diapositiva: {0}</translation>
    </message>
    <message>
        <source>Could not go back: {0}</source>
        <translation>No se pudo volver atrás: {0}</translation>
    </message>
    <message>
        <source>beat {0}</source>
        <translation>diapositiva {0}</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>nnviz — presenter console</source>
        <translation>nnviz — consola del presentador</translation>
    </message>
    <message>
        <source>Time since the presentation started</source>
        <translation>Tiempo desde que empezó la presentación</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>transcurrido</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Notes (only here)</source>
        <translation>Notas (solo aquí)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>La sala ve</translation>
    </message>
    <message>
        <source>Beats: click, or ↑↓ and Enter, to jump</source>
        <translation>Diapositivas: clic, o ↑↓ e Intro, para saltar</translation>
    </message>
    <message>
        <source>Beat {0} / {1}</source>
        <translation>Diapositiva {0} / {1}</translation>
    </message>
    <message>
        <source>This lesson has no beats</source>
        <translation>Esta lección no tiene diapositivas</translation>
    </message>
    <message>
        <source>(no notes for this beat)</source>
        <translation>(sin notas para esta diapositiva)</translation>
    </message>
    <message>
        <source>The end of the lesson.</source>
        <translation>El fin de la lección.</translation>
    </message>
    <message>
        <source>End · {0} beats done</source>
        <translation>Fin · {0} diapositivas hechas</translation>
    </message>
    <message>
        <source>Nothing: the lesson has ended (PageUp goes back, Esc leaves).</source>
        <translation>Nada: la lección ha terminado (RePág vuelve atrás, Esc sale).</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>That key does nothing while presenting (PageDown next · PageUp back · B black · Esc leaves).</source>
        <translation>Esa tecla no hace nada al presentar (AvPág siguiente · RePág atrás · B negro · Esc sale).</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>How sure the network is of each class for the drawing (its outputs, in per cent). The longest bar, marked ▶, is its answer.</source>
        <translation>Lo segura que está la red de cada clase para el dibujo (sus salidas, en porcentaje). La barra más larga, marcada con ▶, es su respuesta.</translation>
    </message>
    <message>
        <source>{0}: {1} (the network&apos;s output for this class)</source>
        <translation>{0}: {1} (la salida de la red para esta clase)</translation>
    </message>
</context>
<context>
    <name>QuizBox</name>
    <message>
        <source>The lesson&apos;s exercises</source>
        <translation>Los ejercicios de la lección</translation>
    </message>
    <message>
        <source>The number of the step to compute by hand; it is hidden above</source>
        <translation>El número del paso que calculas a mano; arriba está oculto</translation>
    </message>
    <message>
        <source>e.g. 0.75, 0,75 or 3/4</source>
        <translation>p. ej. 0,75 o 3/4</translation>
    </message>
    <message>
        <source>Your answer: a decimal with . or , or a fraction (3/4, 1 1/2); Enter checks</source>
        <translation>Tu respuesta: un decimal con , o . o una fracción (3/4; 1 1/2); Intro comprueba</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the worked line with the engine&apos;s number</source>
        <translation>Mostrar la línea resuelta con el número de nnviz</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>Ejercicio:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Calcula:</translation>
    </message>
    <message>
        <source>The engine&apos;s number: {0}</source>
        <translation>nnviz calcula: {0}</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(elige uno)</translation>
    </message>
    <message>
        <source>Choose a number to compute first.</source>
        <translation>Elige primero un número que calcular.</translation>
    </message>
    <message>
        <source>Step sample</source>
        <translation>1 muestra</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>1 lote</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <source>First press {0}.</source>
        <translation>Pulsa primero «{0}».</translation>
    </message>
    <message>
        <source>Take the step the exercise names; its number is then hidden above.</source>
        <translation>Da el paso que indica el ejercicio; su número queda entonces oculto arriba.</translation>
    </message>
    <message>
        <source>Take a step and choose a neuron: its numbers can then be hidden and asked.</source>
        <translation>Da un paso y elige una neurona: entonces se pueden ocultar y preguntar sus números.</translation>
    </message>
    <message>
        <source>Choose a number to compute, or right-click a line above → Hide and ask.</source>
        <translation>Elige un número que calcular, o haz clic derecho en una línea de arriba → Ocultar y preguntar.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Training diverged: press Reset (R) to start again from the same weights.</source>
        <translation>El entrenamiento divergió: pulsa Reiniciar (R) para empezar de nuevo con los mismos pesos.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>{0}/frame</source>
        <translation>{0}/fotograma</translation>
    </message>
    <message>
        <source>Pause first to step one at a time.</source>
        <translation>Pausa primero para avanzar paso a paso.</translation>
    </message>
    <message>
        <source>Nothing is loaded yet.</source>
        <translation>Aún no hay nada cargado.</translation>
    </message>
    <message>
        <source>Reached the limit: training on to {0} epochs.</source>
        <translation>Límite alcanzado: se sigue entrenando hasta {0} épocas.</translation>
    </message>
</context>
<context>
    <name>SessionSync</name>
    <message>
        <source>your own data</source>
        <translation>tus propios datos</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer {0}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>clase {0}</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>Prediction along {0}</source>
        <translation>Predicción a lo largo de {0}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
</context>
<context>
    <name>TextZoom</name>
    <message>
        <source>Text size {0} pt is the largest that fits this screen with every view readable; F5 presents with larger text.</source>
        <translation>El tamaño de texto {0} pt es el mayor que cabe en esta pantalla con todas las vistas legibles; F5 presenta con texto más grande.</translation>
    </message>
    <message>
        <source>Text size {0} pt.</source>
        <translation>Tamaño de texto {0} pt.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Go to the start: epoch 0 (Home).</source>
        <translation>Ir al principio: época 0 (Inicio).</translation>
    </message>
    <message>
        <source>Step back: undo the last step, a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Paso atrás: deshacer el último paso, una muestra, un lote o una época (Mayús+← o Retroceso).</translation>
    </message>
    <message>
        <source>The timeline: every state training went through. Drag to see any of them; Play or Step from a past state trains on from there (Ctrl+Z brings the rest back).</source>
        <translation>La línea de tiempo: cada estado por el que pasó el entrenamiento. Arrastra para ver cualquiera; Iniciar o un paso desde un estado pasado sigue entrenando desde ahí (Ctrl+Z recupera el resto).</translation>
    </message>
    <message>
        <source>Step forward again, towards the newest state.</source>
        <translation>Avanzar de nuevo, hacia el estado más reciente.</translation>
    </message>
    <message>
        <source>Go to the newest state (End).</source>
        <translation>Ir al estado más reciente (Fin).</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>The epoch shown (+ samples into the next one) / the newest epoch reached.</source>
        <translation>La época mostrada (+ muestras de la siguiente) / la época más reciente alcanzada.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Stop comparing: the pinned run goes (Ctrl+Shift+P).</source>
        <translation>Dejar de comparar: la ejecución fijada se quita (Ctrl+Mayús+P).</translation>
    </message>
    <message>
        <source>Pin this run to compare with (Ctrl+P): it stays, dashed on the loss plot, and the timeline goes back to its start. Change one thing (learning rate, seed, bias, …) and train again from there.</source>
        <translation>Fija esta ejecución para comparar (Ctrl+P): se queda, discontinua en el gráfico de pérdida, y la línea de tiempo vuelve a su inicio. Cambia una cosa (tasa de aprendizaje, semilla, sesgo, …) y entrena de nuevo desde ahí.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped: {0}</source>
        <translation>Entrenamiento detenido: {0}</translation>
    </message>
</context>
<context>
    <name>ViewState</name>
    <message>
        <source>unknown pane {0}; choose one of {1}</source>
        <translation>panel desconocido {0}; elige uno de {1}</translation>
    </message>
    <message>
        <source>the {0} pane needs a neuron</source>
        <translation>el panel {0} necesita una neurona</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>{0}: type a number (0.75, 0,75 or 3/4), Enter to apply, Esc to cancel</source>
        <translation>{0}: escribe un número (0,75; 0.75 o 3/4), Intro aplica, Esc cancela</translation>
    </message>
    <message>
        <source>Type a number, e.g. 0, -0.5, 0,75 or 3/4 (Esc cancels)</source>
        <translation>Escribe un número, p. ej. 0; -0,5; 0.75 o 3/4 (Esc cancela)</translation>
    </message>
</context>
<context>
    <name>WindowBuilder</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Pérdida y exactitud</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Lección:</translation>
    </message>
    <message>
        <source>Pick a built-in lesson: its data, network and settings load at once (Ctrl+L).</source>
        <translation>Elige una lección incluida: sus datos, su red y sus ajustes se cargan al momento (Ctrl+L).</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Train continuously; press again to pause (Space).</source>
        <translation>Entrenar sin parar; pulsa otra vez para pausar (Espacio).</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <source>Train one epoch: every training sample once (→). After Step sample or Step batch it finishes the epoch already under way.</source>
        <translation>Entrenar una época: cada muestra de entrenamiento una vez (→). Tras «1 muestra» o «1 lote» termina la época ya empezada.</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>1 lote</translation>
    </message>
    <message>
        <source>Train on the next mini-batch only (Shift+→).</source>
        <translation>Entrenar solo con el siguiente minilote (Mayús+→).</translation>
    </message>
    <message>
        <source>Step sample</source>
        <translation>1 muestra</translation>
    </message>
    <message>
        <source>Train on the next single sample only (Ctrl+→).</source>
        <translation>Entrenar solo con la siguiente muestra (Ctrl+→).</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Undo the last step, whatever its size: a sample, a batch or an epoch (Shift+← or Backspace).</source>
        <translation>Deshacer el último paso, sea del tamaño que sea: una muestra, un lote o una época (Mayús+← o Retroceso).</translation>
    </message>
    <message>
        <source>⟲ Reset</source>
        <translation>⟲ Reiniciar</translation>
    </message>
    <message>
        <source>Back to the same starting weights, epoch 0 (R).</source>
        <translation>Volver a los mismos pesos iniciales, época 0 (R).</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>Pesos nuevos</translation>
    </message>
    <message>
        <source>Start again from new random weights: a new seed (N).</source>
        <translation>Empezar de nuevo con pesos aleatorios nuevos: una semilla nueva (N).</translation>
    </message>
    <message>
        <source>Epoch 0</source>
        <translation>Época 0</translation>
    </message>
    <message>
        <source>Epochs completed: each epoch shows the network every training sample once. “+n” counts samples already trained in the next epoch.</source>
        <translation>Épocas completadas: cada época muestra a la red cada muestra de entrenamiento una vez. «+n» cuenta las muestras ya entrenadas de la época siguiente.</translation>
    </message>
    <message>
        <source>→ epoch</source>
        <translation>→ época</translation>
    </message>
    <message>
        <source>→ batch</source>
        <translation>→ lote</translation>
    </message>
    <message>
        <source>→ sample</source>
        <translation>→ muestra</translation>
    </message>
    <message>
        <source>Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch.</source>
        <translation>Épocas entrenadas por redibujado (unos 60 por segundo). Desliza a la izquierda para ver cada época.</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <source>Play stops by itself after this many epochs.</source>
        <translation>Iniciar se detiene solo tras este número de épocas.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>loss ≤ </source>
        <translation>pérdida ≤ </translation>
    </message>
    <message>
        <source>Play stops by itself when the training loss gets this low (“no target” = never).</source>
        <translation>Iniciar se detiene solo cuando la pérdida de entrenamiento baja hasta aquí («sin objetivo» = nunca).</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Parar en</translation>
    </message>
    <message>
        <source>or at</source>
        <translation>o en</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the timeline&apos;s saved states. Every epoch stays reachable; with less memory, going back replays a few more epochs from the nearest saved state.</source>
        <translation>Memoria para los estados guardados de la línea de tiempo. Todas las épocas siguen accesibles; con menos memoria, volver atrás recalcula algunas épocas más desde el estado guardado más cercano.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>Write every weight on its edge and every bias by its node (small networks; hover for the rest). Click one to type a new value.</source>
        <translation>Escribir cada peso en su arista y cada sesgo junto a su nodo (redes pequeñas; ratón encima para el resto). Haz clic en uno para escribir un valor nuevo.</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>mapas</translation>
    </message>
    <message>
        <source>Show inside each neuron what it computes over the plane of the two plotted inputs (blue high, orange low). Hover a neuron to see its map large in the boundary panel.</source>
        <translation>Mostrar dentro de cada neurona lo que calcula sobre el plano de las dos entradas dibujadas (azul alto, naranja bajo). Pasa el ratón por una neurona para ver su mapa en grande en el panel de la frontera.</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>fases</translation>
    </message>
    <message>
        <source>After each step, play it in phases on the diagram: forward (activations layer by layer), backward (each δ and gradient), update (old weight → new). P shows the next phase.</source>
        <translation>Tras cada paso, reproducirlo por fases en el diagrama: hacia delante (activaciones capa a capa), hacia atrás (cada δ y gradiente), actualización (peso antiguo → nuevo). P muestra la fase siguiente.</translation>
    </message>
    <message>
        <source>Which training sample the node values show: the network&apos;s numbers for that one input.</source>
        <translation>Qué muestra de entrenamiento enseñan los valores de los nodos: los números de la red para esa entrada.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>muestra</translation>
    </message>
    <message>
        <source>Scores of the current weights. The test split is measured when training pauses.</source>
        <translation>Resultados de los pesos actuales. La parte de prueba se mide cuando el entrenamiento se pausa.</translation>
    </message>
    <message>
        <source>The test split&apos;s confusion matrix: rows are the true class, columns what the network said. Framed cells are right, hatched cells wrong.</source>
        <translation>La matriz de confusión de la parte de prueba: las filas son la clase real, las columnas lo que dijo la red. Las celdas enmarcadas son aciertos, las rayadas errores.</translation>
    </message>
    <message>
        <source>The input on the horizontal axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>La entrada del eje horizontal. Las demás entradas se fijan en su media de entrenamiento: la imagen es un corte.</translation>
    </message>
    <message>
        <source>The input on the vertical axis. Other inputs are held at their training mean: the picture is a slice.</source>
        <translation>La entrada del eje vertical. Las demás entradas se fijan en su media de entrenamiento: la imagen es un corte.</translation>
    </message>
    <message>
        <source>test data</source>
        <translation>datos de prueba</translation>
    </message>
    <message>
        <source>Show the test points (rings): data the network never trains on.</source>
        <translation>Mostrar los puntos de prueba (anillos): datos con los que la red nunca entrena.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>The step explainer: every number of the last step (E)</source>
        <translation>El explicador del paso: cada número del último paso (E)</translation>
    </message>
    <message>
        <source>NumPy</source>
        <translation>NumPy</translation>
    </message>
    <message>
        <source>The NumPy lines that compute the last step, with its shapes and values</source>
        <translation>Las líneas NumPy que calculan el último paso, con sus formas y valores</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>No maps for a picture&apos;s inputs: each hidden neuron shows its weight picture instead.</source>
        <translation>No hay mapas para las entradas de una imagen: cada neurona oculta muestra en su lugar su imagen de pesos.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy step as &amp;Python</source>
        <translation>Copiar paso como &amp;Python</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / Pausa</translation>
    </message>
    <message>
        <source>Step &amp;epoch</source>
        <translation>&amp;Paso de época</translation>
    </message>
    <message>
        <source>Step &amp;batch</source>
        <translation>Paso de &amp;lote</translation>
    </message>
    <message>
        <source>Step &amp;sample</source>
        <translation>Paso de &amp;muestra</translation>
    </message>
    <message>
        <source>Step bac&amp;k</source>
        <translation>Paso &amp;atrás</translation>
    </message>
    <message>
        <source>Go to the s&amp;tart</source>
        <translation>Ir al &amp;inicio</translation>
    </message>
    <message>
        <source>Go to the ne&amp;west</source>
        <translation>Ir al más reci&amp;ente</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Rei&amp;niciar</translation>
    </message>
    <message>
        <source>&amp;New weights</source>
        <translation>Pesos nue&amp;vos</translation>
    </message>
    <message>
        <source>P&amp;in this run</source>
        <translation>F&amp;ijar esta ejecución</translation>
    </message>
    <message>
        <source>Keep this run to compare with (dashed on the loss plot, its boundary beside the big one) and go back to its start: change one thing and train again.</source>
        <translation>Conserva esta ejecución para comparar (discontinua en el gráfico de pérdida, su frontera junto a la grande) y vuelve a su inicio: cambia una cosa y entrena de nuevo.</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>S&amp;oltar</translation>
    </message>
    <message>
        <source>Stop comparing: the pinned run goes.</source>
        <translation>Dejar de comparar: la ejecución fijada se quita.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Choose &amp;lesson</source>
        <translation>Elegir &amp;lección</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Present from &amp;here</source>
        <translation>Presentar desde a&amp;quí</translation>
    </message>
    <message>
        <source>Ne&amp;xt beat</source>
        <translation>&amp;Siguiente diapositiva</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>A&amp;umentar texto</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Reducir texto</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Copied the step as a Python script (NumPy only): run it to see every number of the step again.</source>
        <translation>Paso copiado como script de Python (solo NumPy): ejecútalo para volver a ver cada número del paso.</translation>
    </message>
    <message>
        <source>No step to copy yet: take a step first.</source>
        <translation>Aún no hay ningún paso que copiar: da primero un paso.</translation>
    </message>
    <message>
        <source>Step &amp;explainer</source>
        <translation>&amp;Explicador del paso</translation>
    </message>
    <message>
        <source>Every number of the last step for the selected neuron, in the tutorials&apos; notation (E).</source>
        <translation>Cada número del último paso para la neurona elegida, en la notación de los tutoriales (E).</translation>
    </message>
    <message>
        <source>Next &amp;phase of the step</source>
        <translation>Siguiente &amp;fase del paso</translation>
    </message>
    <message>
        <source>&amp;NumPy lines of the step</source>
        <translation>Líneas Nu&amp;mPy del paso</translation>
    </message>
    <message>
        <source>&amp;Draw a digit</source>
        <translation>&amp;Dibujar un dígito</translation>
    </message>
    <message>
        <source>&amp;Mistakes</source>
        <translation>&amp;Galería de errores</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>&amp;About nnviz</source>
        <translation>&amp;Acerca de nnviz</translation>
    </message>
    <message>
        <source>Theme: {0}.</source>
        <translation>Tema: {0}.</translation>
    </message>
</context>
</TS>
