<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Beats</name>
    <message>
        <source>a compare beat changes one of lr, seed, bias, activation, hidden</source>
        <translation>una diapositiva de comparación cambia uno de lr, seed, bias, activation, hidden</translation>
    </message>
    <message>
        <source>this network has no hidden layer, so no hidden activation to change</source>
        <translation>esta red no tiene capa oculta, así que no hay activación oculta que cambiar</translation>
    </message>
    <message>
        <source>a compare beat cannot change {0}</source>
        <translation>una diapositiva de comparación no puede cambiar {0}</translation>
    </message>
    <message>
        <source>must be true or false, not {0}</source>
        <translation>debe ser true o false, no {0}</translation>
    </message>
    <message>
        <source>must be one of {0}, not {1}</source>
        <translation>debe ser uno de {0}, no {1}</translation>
    </message>
    <message>
        <source>unknown {0}{1}; choose one of {2}</source>
        <translation>desconocido: {0}{1}; elige uno de {2}</translation>
    </message>
    <message>
        <source>must be a text or a list of texts, not {0}</source>
        <translation>debe ser un texto o una lista de textos, no {0}</translation>
    </message>
    <message>
        <source>must be a table of column = value, not {0}</source>
        <translation>debe ser una tabla de columna = valor, no {0}</translation>
    </message>
    <message>
        <source>has {0} columns; at most {1}</source>
        <translation>tiene {0} columnas; como máximo {1}</translation>
    </message>
    <message>
        <source>must be a table of {0} = true/false, not {1}</source>
        <translation>debe ser una tabla de {0} = true/false, no {1}</translation>
    </message>
    <message>
        <source>unknown toggle {0}{1}; choose from {2}</source>
        <translation>interruptor desconocido {0}{1}; elige entre {2}</translation>
    </message>
    <message>
        <source>{0} must be true or false, not {1}</source>
        <translation>{0} debe ser true o false, no {1}</translation>
    </message>
    <message>
        <source>must be [layer, index], not {0}</source>
        <translation>debe ser [capa, índice], no {0}</translation>
    </message>
    <message>
        <source>must be a list of at most {0} layer sizes such as [4], not {1}</source>
        <translation>debe ser una lista de como mucho {0} tamaños de capa como [4], no {1}</translation>
    </message>
    <message>
        <source>compare: a &apos;compare&apos; beat changes exactly one of {0}</source>
        <translation>compare: una diapositiva &apos;compare&apos; cambia exactamente uno de {0}</translation>
    </message>
    <message>
        <source>{0}: a &apos;compare&apos; beat changes exactly one of {1} (it gives {2})</source>
        <translation>{0}: una diapositiva &apos;compare&apos; cambia exactamente uno de {1} (da {2})</translation>
    </message>
    <message>
        <source> (did you mean {0}?)</source>
        <translation> (¿querías decir {0}?)</translation>
    </message>
    <message>
        <source>must be a table with caption and action, not {0}</source>
        <translation>debe ser una tabla con caption y action, no {0}</translation>
    </message>
    <message>
        <source>{0}: missing</source>
        <translation>{0}: falta</translation>
    </message>
    <message>
        <source>action: must be a text, not {0}</source>
        <translation>action: debe ser un texto, no {0}</translation>
    </message>
    <message>
        <source>action: unknown action {0}{1}; choose one of {2}</source>
        <translation>action: acción desconocida {0}{1}; elige una de {2}</translation>
    </message>
    <message>
        <source>params: must be a table, not {0}</source>
        <translation>params: debe ser una tabla, no {0}</translation>
    </message>
    <message>
        <source>params.{0}: a {1} beat takes no such parameter{2}{3}</source>
        <translation>params.{0}: una diapositiva {1} no tiene ese parámetro{2}{3}</translation>
    </message>
    <message>
        <source>{0}: unknown key{1}; a {2} beat takes {3}</source>
        <translation>{0}: clave desconocida{1}; una diapositiva {2} admite {3}</translation>
    </message>
    <message>
        <source>{0}: missing (a {1} beat needs {2})</source>
        <translation>{0}: falta (una diapositiva {1} necesita {2})</translation>
    </message>
    <message>
        <source>; it takes {0}</source>
        <translation>; admite {0}</translation>
    </message>
    <message>
        <source>; it takes no parameters</source>
        <translation>; no admite parámetros</translation>
    </message>
    <message>
        <source>unknown beat action {0}; choose one of {1}</source>
        <translation>acción de diapositiva desconocida {0}; elige una de {1}</translation>
    </message>
    <message>
        <source>a {0} beat needs {1}</source>
        <translation>una diapositiva {0} necesita {1}</translation>
    </message>
    <message>
        <source>a {0} beat takes no {1}</source>
        <translation>una diapositiva {0} no admite {1}</translation>
    </message>
    <message>
        <source>a compare beat changes exactly one of {0}</source>
        <translation>una diapositiva de comparación cambia exactamente uno de {0}</translation>
    </message>
    <message>
        <source>a step beat&apos;s kind is one of {0}</source>
        <translation>el tipo (kind) de una diapositiva step es uno de {0}</translation>
    </message>
    <message>
        <source>unknown pane {0}; choose one of {1}</source>
        <translation>panel desconocido {0}; elige uno de {1}</translation>
    </message>
    <message>
        <source>toggles is a table such as {0}</source>
        <translation>toggles es una tabla como {0}</translation>
    </message>
    <message>
        <source>unknown toggle {0}; choose from {1}</source>
        <translation>interruptor desconocido {0}; elige entre {1}</translation>
    </message>
    <message>
        <source>toggle {0} is true or false</source>
        <translation>el interruptor {0} es true o false</translation>
    </message>
    <message>
        <source>sample is a row number, 0 or more</source>
        <translation>sample es un número de fila, 0 o más</translation>
    </message>
    <message>
        <source>neuron is [layer, index], two whole numbers</source>
        <translation>neuron es [capa, índice], dos números enteros</translation>
    </message>
    <message>
        <source>reveal is true or false</source>
        <translation>reveal es true o false</translation>
    </message>
    <message>
        <source>seconds is a number above 0 and at most {0}</source>
        <translation>seconds es un número mayor que 0 y como máximo {0}</translation>
    </message>
    <message>
        <source>notes is a text</source>
        <translation>notes es un texto</translation>
    </message>
    <message>
        <source>a script starts by loading its lesson</source>
        <translation>un guion empieza cargando su lección</translation>
    </message>
</context>
<context>
    <name>Captions</name>
    <message>
        <source>— (no test split)</source>
        <translation>— (sin datos de prueba)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{0} in row {1}</source>
        <translation>{0} en la fila {1}</translation>
    </message>
    <message>
        <source>{0} is {1}</source>
        <translation>{0} es {1}</translation>
    </message>
    <message>
        <source>no two rows have the same inputs</source>
        <translation>no hay dos filas con las mismas entradas</translation>
    </message>
    <message>
        <source>{0}: at most {1} of {2} rows ({3}%) can be right</source>
        <translation>{0}: como mucho {1} de {2} filas ({3} %) pueden acertar</translation>
    </message>
    <message>
        <source>a caption must be a text</source>
        <translation>un rótulo debe ser un texto</translation>
    </message>
    <message>
        <source>{0} (write {1} or {2} for a brace)</source>
        <translation>{0} (escribe {1} o {2} para una llave)</translation>
    </message>
    <message>
        <source>the field {0} has a format ({1}); fields take none: write {2}</source>
        <translation>el campo {0} tiene un formato ({1}); los campos no llevan ninguno: escribe {2}</translation>
    </message>
    <message>
        <source>{0} is not a field name: a field is a bare name like {1} (no attributes or indexes)</source>
        <translation>{0} no es un nombre de campo: un campo es un nombre simple como {1} (sin atributos ni índices)</translation>
    </message>
    <message>
        <source>unknown caption field {0} (did you mean {1}?)</source>
        <translation>campo de rótulo desconocido {0} (¿querías decir {1}?)</translation>
    </message>
    <message>
        <source>unknown caption field {0}; the fields are {1}</source>
        <translation>campo de rótulo desconocido {0}; los campos son {1}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{0}: {1} (see {0} --help)</source>
        <translation>{0}: {1} (consulta {0} --help)</translation>
    </message>
    <message>
        <source>{0} must be {1}</source>
        <translation>{0} debe ser {1}</translation>
    </message>
    <message>
        <source>{0} must be at most {1}</source>
        <translation>{0} debe ser como mucho {1}</translation>
    </message>
    <message>
        <source>{0} is not a whole number</source>
        <translation>{0} no es un número entero</translation>
    </message>
    <message>
        <source>{0} is not a number</source>
        <translation>{0} no es un número</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>al menos 1</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>0 o más</translation>
    </message>
    <message>
        <source>zero or a positive number</source>
        <translation>cero o un número positivo</translation>
    </message>
    <message>
        <source>learning rate {0}: {1}</source>
        <translation>tasa de aprendizaje {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a list of layer sizes like 8,8</source>
        <translation>{0} no es una lista de tamaños de capa como 8,8</translation>
    </message>
    <message>
        <source>each hidden layer needs 1 to 512 neurons</source>
        <translation>cada capa oculta necesita de 1 a 512 neuronas</translation>
    </message>
    <message>
        <source>{0} is not train,validation,test percentages like 75,10,15</source>
        <translation>{0} no son porcentajes entrenamiento,validación,prueba como 75,10,15</translation>
    </message>
    <message>
        <source>{0} must be three percentages train,validation,test with train &gt; 0</source>
        <translation>{0} deben ser tres porcentajes entrenamiento,validación,prueba con entrenamiento &gt; 0</translation>
    </message>
    <message>
        <source>the noise must be a percentage from {0} to {1}, got {2}</source>
        <translation>el ruido debe ser un porcentaje de {0} a {1}, no {2}</translation>
    </message>
    <message>
        <source>the training ratio must be a percentage from {0} to {1}, got {2}</source>
        <translation>la proporción de entrenamiento debe ser un porcentaje de {0} a {1}, no {2}</translation>
    </message>
    <message>
        <source>{0} is not a whole number of points</source>
        <translation>{0} no es un número entero de puntos</translation>
    </message>
    <message>
        <source>the number of points must be from {0} to {1}, got {2}</source>
        <translation>el número de puntos debe ir de {0} a {1}, no {2}</translation>
    </message>
    <message>
        <source>language: {0} (default: the system&apos;s)</source>
        <translation>idioma: {0} (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>a built-in lesson (see &apos;nnviz lessons&apos;)</source>
        <translation>una lección incluida (ver &apos;nnviz lessons&apos;)</translation>
    </message>
    <message>
        <source>a lesson file (TOML) written by a teacher</source>
        <translation>un archivo de lección (TOML) escrito por un docente</translation>
    </message>
    <message>
        <source>a saved session: carry on where it stopped</source>
        <translation>una sesión guardada: sigue donde se quedó</translation>
    </message>
    <message>
        <source>train on your own CSV table</source>
        <translation>entrena con tu propia tabla CSV</translation>
    </message>
    <message>
        <source>the CSV column to predict</source>
        <translation>la columna del CSV que se predice</translation>
    </message>
    <message>
        <source>CSV feature columns (default: every numeric column but the target)</source>
        <translation>columnas de entrada del CSV (por defecto: todas las numéricas salvo el objetivo)</translation>
    </message>
    <message>
        <source>how CSV inputs are scaled (default: standard)</source>
        <translation>cómo se escalan las entradas del CSV (por defecto: standard)</translation>
    </message>
    <message>
        <source>train/validation/test percentages (default 75,10,15)</source>
        <translation>porcentajes de entrenamiento/validación/prueba (por defecto 75,10,15)</translation>
    </message>
    <message>
        <source>rows with missing values: drop them or fill with the mean</source>
        <translation>filas con valores que faltan: descartarlas o rellenarlas con la media</translation>
    </message>
    <message>
        <source>what the target is (default: detected from the column)</source>
        <translation>qué es el objetivo (por defecto: se detecta de la columna)</translation>
    </message>
    <message>
        <source>Watch a neural network learn. Without a command, opens the window.</source>
        <translation>Mira cómo aprende una red neuronal. Sin una orden, abre la ventana.</translation>
    </message>
    <message>
        <source>list the built-in lessons</source>
        <translation>lista las lecciones incluidas</translation>
    </message>
    <message>
        <source>check a lesson file (beats included) or a session file without a window</source>
        <translation>comprueba un archivo de lección (con sus diapositivas) o un archivo de sesión sin ventana</translation>
    </message>
    <message>
        <source>a lesson file (.toml) or a saved session (.nnviz)</source>
        <translation>un archivo de lección (.toml) o una sesión guardada (.nnviz)</translation>
    </message>
    <message>
        <source>train without a window and print progress</source>
        <translation>entrena sin ventana y muestra el progreso</translation>
    </message>
    <message>
        <source>how many epochs (default: the lesson&apos;s)</source>
        <translation>cuántas épocas (por defecto: las de la lección)</translation>
    </message>
    <message>
        <source>random seed for data split, weights and shuffling</source>
        <translation>semilla aleatoria para la división de datos, los pesos y el barajado</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>hidden layer sizes, e.g. 8,8 (0 for none)</source>
        <translation>tamaños de las capas ocultas, p. ej. 8,8 (0 para ninguna)</translation>
    </message>
    <message>
        <source>activation of the hidden layers</source>
        <translation>activación de las capas ocultas</translation>
    </message>
    <message>
        <source>loss function</source>
        <translation>función de pérdida</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>samples per step: 1 = one at a time, 0 = full batch</source>
        <translation>ejemplos por paso: 1 = uno a uno, 0 = lote completo</translation>
    </message>
    <message>
        <source>L2 weight penalty</source>
        <translation>penalización L2 de los pesos</translation>
    </message>
    <message>
        <source>L1 weight penalty</source>
        <translation>penalización L1 de los pesos</translation>
    </message>
    <message>
        <source>the network&apos;s inputs, from x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² etc. work too)</source>
        <translation>las entradas de la red, de x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² etc. también valen)</translation>
    </message>
    <message>
        <source>generated sets: noise in percent, 0 to 50 (default 10)</source>
        <translation>conjuntos generados: ruido en porcentaje, de 0 a 50 (por defecto 10)</translation>
    </message>
    <message>
        <source>generated sets: percent of the points used for training, 10 to 90 (default 75)</source>
        <translation>conjuntos generados: porcentaje de puntos para entrenar, de 10 a 90 (por defecto 75)</translation>
    </message>
    <message>
        <source>generated sets: how many points (default 200)</source>
        <translation>conjuntos generados: cuántos puntos (por defecto 200)</translation>
    </message>
    <message>
        <source>generated sets: the seed of the points (default: --seed)</source>
        <translation>conjuntos generados: la semilla de los puntos (por defecto: --seed)</translation>
    </message>
    <message>
        <source>report every N epochs (default: about 20 reports)</source>
        <translation>informa cada N épocas (por defecto: unos 20 informes)</translation>
    </message>
    <message>
        <source>print one JSON object per reported epoch</source>
        <translation>escribe un objeto JSON por cada época informada</translation>
    </message>
    <message>
        <source>save the session to FILE.nnviz at the end</source>
        <translation>guarda la sesión en FILE.nnviz al final</translation>
    </message>
    <message>
        <source>predict a CSV table&apos;s rows with a saved session&apos;s network</source>
        <translation>predice las filas de una tabla CSV con la red de una sesión guardada</translation>
    </message>
    <message>
        <source>a saved session</source>
        <translation>una sesión guardada</translation>
    </message>
    <message>
        <source>the rows to predict</source>
        <translation>las filas que se predicen</translation>
    </message>
    <message>
        <source>write the table here (default: print it)</source>
        <translation>escribe la tabla aquí (por defecto: la muestra)</translation>
    </message>
    <message>
        <source>export a saved session&apos;s network</source>
        <translation>exporta la red de una sesión guardada</translation>
    </message>
    <message>
        <source>write a self-contained PyTorch script that predicts like &apos;nnviz predict&apos;</source>
        <translation>escribe un script de PyTorch autónomo que predice como &apos;nnviz predict&apos;</translation>
    </message>
    <message>
        <source>nnviz: give either {0} or {1}, not both</source>
        <translation>nnviz: indica {0} o {1}, no ambos</translation>
    </message>
    <message>
        <source>nnviz: --{0} goes with --csv FILE</source>
        <translation>nnviz: --{0} va con --csv ARCHIVO</translation>
    </message>
    <message>
        <source>nnviz: --seed cannot change a saved session (its random state is in the file)</source>
        <translation>nnviz: --seed no puede cambiar una sesión guardada (su estado aleatorio está en el archivo)</translation>
    </message>
    <message>
        <source>nnviz: --epochs {0} more would run past epoch {1}, the most a run goes to</source>
        <translation>nnviz: {0} épocas más (--epochs) pasarían de la época {1}, el máximo de un entrenamiento</translation>
    </message>
    <message>
        <source>nnviz: --csv needs --target COL, the column to predict</source>
        <translation>nnviz: --csv necesita --target COL, la columna que se predice</translation>
    </message>
    <message>
        <source>nnviz: {0} works with the generated sets ({1}), not with {2}</source>
        <translation>nnviz: {0} funciona con los conjuntos generados ({1}), no con {2}</translation>
    </message>
    <message>
        <source>nnviz: {0} work with the generated sets ({1}), not with {2}</source>
        <translation>nnviz: {0} funcionan con los conjuntos generados ({1}), no con {2}</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>nota: {0}</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} training rows, loss {3}, {4} lr {5}, batch {6}</source>
        <translation>{0}: {1}, {2} filas de entrenamiento, pérdida {3}, {4} tasa de aprendizaje {5}, lote {6}</translation>
    </message>
    <message>
        <source>done after {0} epochs, measured after the last update (the epoch lines: during each epoch, before each update): {1}</source>
        <translation>terminado tras {0} épocas, medido tras la última actualización (las líneas de época: durante cada época, antes de cada actualización): {1}</translation>
    </message>
    <message>
        <source>confusion matrix ({0}): rows are the true class, columns the predicted one</source>
        <translation>matriz de confusión ({0}): las filas son la clase real, las columnas la predicha</translation>
    </message>
    <message>
        <source>wrote {0} predictions to {1}</source>
        <translation>se escribieron {0} predicciones en {1}</translation>
    </message>
    <message>
        <source>{0}: a good session file ({1}, epoch {2})</source>
        <translation>{0}: un archivo de sesión válido ({1}, época {2})</translation>
    </message>
    <message>
        <source>{0}: continue_with: no built-in lesson is called {1}</source>
        <translation>{0}: continue_with: ninguna lección incluida se llama {1}</translation>
    </message>
    <message>
        <source>{0}: a good lesson file ({1}, {2} beats)</source>
        <translation>{0}: un archivo de lección válido ({1}, {2} pasos)</translation>
    </message>
    <message>
        <source>wrote {0} and {1}</source>
        <translation>se escribieron {0} y {1}</translation>
    </message>
    <message>
        <source>wrote {0}</source>
        <translation>se escribió {0}</translation>
    </message>
    <message>
        <source>prediction for ({0}): {1}</source>
        <translation>predicción para ({0}): {1}</translation>
    </message>
    <message>
        <source>nnviz: interrupted</source>
        <translation>nnviz: interrumpido</translation>
    </message>
    <message>
        <source>nnviz: --install-desktop and --uninstall-desktop take no other arguments</source>
        <translation>nnviz: --install-desktop y --uninstall-desktop no admiten otros argumentos</translation>
    </message>
    <message>
        <source>nnviz: --size takes WIDTHxHEIGHT like 1280x800, got {0}</source>
        <translation>nnviz: --size admite ANCHOxALTO como 1280x800, no {0}</translation>
    </message>
    <message>
        <source>nnviz: give one of --lesson, --csv, --lesson-file or --open</source>
        <translation>nnviz: indica uno de --lesson, --csv, --lesson-file o --open</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>no hidden layer</source>
        <translation>sin capa oculta</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>oculta {0}</translation>
    </message>
    <message>
        <source>lr {0}</source>
        <translation>lr {0}</translation>
    </message>
    <message>
        <source>seed {0}</source>
        <translation>semilla {0}</translation>
    </message>
    <message>
        <source>bias on</source>
        <translation>sesgo activado</translation>
    </message>
    <message>
        <source>bias off</source>
        <translation>sesgo desactivado</translation>
    </message>
    <message>
        <source>{0} hidden</source>
        <translation>{0} oculta</translation>
    </message>
    <message>
        <source>{0} output</source>
        <translation>{0} salida</translation>
    </message>
    <message>
        <source>optimizer {0}</source>
        <translation>optimizador {0}</translation>
    </message>
    <message>
        <source>loss {0}</source>
        <translation>pérdida {0}</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>lote {0}</translation>
    </message>
    <message>
        <source>momentum {0}</source>
        <translation>momento {0}</translation>
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
        <translation>pérdida {0} sobre un lote</translation>
    </message>
    <message>
        <source>shuffled</source>
        <translation>barajado</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>en orden</translation>
    </message>
    <message>
        <source>init {0}</source>
        <translation>inic. {0}</translation>
    </message>
    <message>
        <source>init value {0}</source>
        <translation>valor inicial {0}</translation>
    </message>
    <message>
        <source>inputs {0}</source>
        <translation>entradas {0}</translation>
    </message>
    <message>
        <source>given start weights</source>
        <translation>pesos iniciales dados</translation>
    </message>
    <message>
        <source>random start weights</source>
        <translation>pesos iniciales aleatorios</translation>
    </message>
    <message>
        <source>its start weights</source>
        <translation>sus pesos iniciales</translation>
    </message>
    <message>
        <source>other start weights</source>
        <translation>otros pesos iniciales</translation>
    </message>
    <message>
        <source>Pinned and now: the same settings</source>
        <translation>Fijada y actual: los mismos ajustes</translation>
    </message>
    <message>
        <source>Pinned: {0} · Now: {1}</source>
        <translation>Fijada: {0} · Ahora: {1}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>pinned: {0}</source>
        <translation>fijada: {0}</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>{0}: the target {1} has no values.</source>
        <translation>{0}: el objetivo {1} no tiene valores.</translation>
    </message>
    <message>
        <source>Dropped 1 row with no value for the target {0}.</source>
        <translation>Se quitó 1 fila sin valor para el objetivo {0}.</translation>
    </message>
    <message>
        <source>Dropped {0} rows with no value for the target {1}.</source>
        <translation>Se quitaron {0} filas sin valor para el objetivo {1}.</translation>
    </message>
    <message>
        <source>Inputs scaled (&apos;{0}&apos;) with statistics of the {1} training rows only.</source>
        <translation>Entradas escaladas (&apos;{0}&apos;) con estadísticas solo de las {1} filas de entrenamiento.</translation>
    </message>
    <message>
        <source>Inputs as large as {0} are not scaled; training may diverge (choose a scaling such as standard).</source>
        <translation>Entradas de hasta {0} sin escalar; el entrenamiento puede divergir (elige un escalado como standard).</translation>
    </message>
    <message>
        <source>Target scaled (&apos;{0}&apos;) with statistics of the training rows.</source>
        <translation>Objetivo escalado (&apos;{0}&apos;) con estadísticas de las filas de entrenamiento.</translation>
    </message>
    <message>
        <source>{0}: unknown missing-value rule {1}; choose drop or mean.</source>
        <translation>{0}: regla de valores ausentes desconocida {1}; elige drop o mean.</translation>
    </message>
    <message>
        <source>{0}: unknown scaling {1}; choose one of {2}.</source>
        <translation>{0}: escalado desconocido {1}; elige uno de {2}.</translation>
    </message>
    <message>
        <source>{0}: unknown target kind {1}; choose classification, binary, multiclass or regression.</source>
        <translation>{0}: tipo de objetivo desconocido {1}; elige classification, binary, multiclass o regression.</translation>
    </message>
    <message>
        <source>{0}: the split must be three non-negative percentages with a non-zero training part.</source>
        <translation>{0}: el reparto deben ser tres porcentajes no negativos, con una parte de entrenamiento mayor que cero.</translation>
    </message>
    <message>
        <source>{0}: each part of the split must be 0 or at least {1} % of the rows (got {2}).</source>
        <translation>{0}: cada parte del reparto debe ser 0 o al menos el {1} % de las filas (se indicó {2}).</translation>
    </message>
    <message>
        <source>{0}: column {1} does not exist; columns are: {2}.</source>
        <translation>{0}: la columna {1} no existe; las columnas son: {2}.</translation>
    </message>
    <message>
        <source>Left out column with no values: {0}.</source>
        <translation>Columna sin valores omitida: {0}.</translation>
    </message>
    <message>
        <source>Left out columns with no values: {0}.</source>
        <translation>Columnas sin valores omitidas: {0}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: column {1} holds {2}.</source>
        <translation>{0}: no hay ninguna característica utilizable: la columna {1} contiene {2}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: no numeric column besides the target {1}; choose text columns as features to one-hot encode them (--features on the command line): {2}.</source>
        <translation>{0}: no hay ninguna característica utilizable: ninguna columna numérica aparte del objetivo {1}; elige columnas de texto como características para codificarlas one-hot (--features en la línea de órdenes): {2}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: no numeric column besides the target {1}.</source>
        <translation>{0}: no hay ninguna característica utilizable: ninguna columna numérica aparte del objetivo {1}.</translation>
    </message>
    <message>
        <source>Text columns not used as features: {0} (choose them to one-hot encode them).</source>
        <translation>Columnas de texto no usadas como características: {0} (elígelas para codificarlas one-hot).</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: no feature column was chosen.</source>
        <translation>{0}: no hay ninguna variable utilizable: no se eligió ninguna columna de variables.</translation>
    </message>
    <message>
        <source>{0}: the target {1} cannot also be a feature.</source>
        <translation>{0}: el objetivo {1} no puede ser también una variable.</translation>
    </message>
    <message>
        <source>{0}: column {1} holds {2}.</source>
        <translation>{0}: la columna {1} contiene {2}.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: {1} is text and one-hot encoding is off.</source>
        <translation>{0}: no hay ninguna característica utilizable: {1} es texto y la codificación one-hot está desactivada.</translation>
    </message>
    <message>
        <source>{0}: there is no usable feature: {1} are text and one-hot encoding is off.</source>
        <translation>{0}: no hay ninguna característica utilizable: {1} son texto y la codificación one-hot está desactivada.</translation>
    </message>
    <message>
        <source>Left out text column {0} (one-hot encoding is off).</source>
        <translation>Columna de texto {0} omitida (la codificación one-hot está desactivada).</translation>
    </message>
    <message>
        <source>Left out text columns {0} (one-hot encoding is off).</source>
        <translation>Columnas de texto {0} omitidas (la codificación one-hot está desactivada).</translation>
    </message>
    <message>
        <source>{0}: every row has a missing value in the chosen columns (most in {1}: {2} of {3}); nothing is left to learn from.</source>
        <translation>{0}: todas las filas tienen un valor ausente en las columnas elegidas (la mayoría en {1}: {2} de {3}); no queda nada de lo que aprender.</translation>
    </message>
    <message>
        <source>Dropped {0} of {1} row with missing values ({2}).</source>
        <translation>Se quitaron {0} de {1} fila con valores ausentes ({2}).</translation>
    </message>
    <message>
        <source>Dropped {0} of {1} rows with missing values ({2}).</source>
        <translation>Se quitaron {0} de {1} filas con valores ausentes ({2}).</translation>
    </message>
    <message>
        <source>{0}: column {1} has no values in the training rows to fill its gaps with.</source>
        <translation>{0}: la columna {1} no tiene valores en las filas de entrenamiento con los que rellenar sus huecos.</translation>
    </message>
    <message>
        <source>Filled {0} missing numeric cells with training-split means ({1}).</source>
        <translation>Se rellenaron {0} celdas numéricas ausentes con las medias de las filas de entrenamiento ({1}).</translation>
    </message>
    <message>
        <source>Filled {0} missing text cells with the most common training value ({1}).</source>
        <translation>Se rellenaron {0} celdas de texto ausentes con el valor más frecuente de las filas de entrenamiento ({1}).</translation>
    </message>
    <message>
        <source>{0}: the target {1} is text; it cannot be a regression target.</source>
        <translation>{0}: el objetivo {1} es texto; no puede ser un objetivo de regresión.</translation>
    </message>
    <message>
        <source>Target {0}: regression (predicting a number).</source>
        <translation>Objetivo {0}: regresión (predecir un número).</translation>
    </message>
    <message>
        <source>{0}: the target {1} has a single class ({2}) after dropping {3} of {4} rows with missing values (fill them with the mean, --missing mean, or leave the emptiest features out); a classifier needs at least two.</source>
        <translation>{0}: el objetivo {1} tiene una sola clase ({2}) tras quitar {3} de {4} filas con valores ausentes (rellénalos con la media, --missing mean, o deja fuera las características más vacías); un clasificador necesita al menos dos.</translation>
    </message>
    <message>
        <source>{0}: the target {1} has a single class ({2}); a classifier needs at least two.</source>
        <translation>{0}: el objetivo {1} tiene una sola clase ({2}); un clasificador necesita al menos dos.</translation>
    </message>
    <message>
        <source>{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (it holds {4}).</source>
        <translation>{0}: el objetivo {1} tiene {2} valores distintos; aquí un clasificador admite como mucho {3} clases (la columna contiene {4}).</translation>
    </message>
    <message>
        <source>{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (is it an identifier or a number to predict?).</source>
        <translation>{0}: el objetivo {1} tiene {2} valores distintos; aquí un clasificador admite como mucho {3} clases (¿es un identificador o un número que predecir?).</translation>
    </message>
    <message>
        <source>{0}: the target {1} has {2} classes; binary classification needs exactly two.</source>
        <translation>{0}: el objetivo {1} tiene {2} clases; la clasificación binaria necesita exactamente dos.</translation>
    </message>
    <message>
        <source>Target {0}: multiclass classification with {1} classes ({2}).</source>
        <translation>Objetivo {0}: clasificación multiclase con {1} clases ({2}).</translation>
    </message>
    <message>
        <source>Target {0}: binary classification with {1} classes ({2}).</source>
        <translation>Objetivo {0}: clasificación binaria con {1} clases ({2}).</translation>
    </message>
    <message>
        <source>{0}: column {1} holds numbers as large as {2}; nnviz takes numbers up to {3} (are they in the right unit? divide them, or leave the column out).</source>
        <translation>{0}: la columna {1} contiene números de hasta {2}; nnviz admite números hasta {3} (¿están en la unidad correcta? divídelos o deja fuera la columna).</translation>
    </message>
    <message>
        <source>{0}: only {1} rows are left after dropping rows with missing values; a {2} split needs at least {3}.</source>
        <translation>{0}: solo quedan {1} filas tras quitar las filas con valores ausentes; un reparto {2} necesita al menos {3}.</translation>
    </message>
    <message>
        <source>{0}: there is only 1 row; a {2} split needs at least {3}.</source>
        <translation>{0}: solo hay 1 fila; un reparto {2} necesita al menos {3}.</translation>
    </message>
    <message>
        <source>{0}: there are only {1} rows; a {2} split needs at least {3}.</source>
        <translation>{0}: solo hay {1} filas; un reparto {2} necesita al menos {3}.</translation>
    </message>
    <message>
        <source>Too few rows per class to stratify the split; split without stratification.</source>
        <translation>Muy pocas filas por clase para estratificar el reparto; reparto sin estratificar.</translation>
    </message>
    <message>
        <source>{0}: the training rows hold a single class; more rows are needed.</source>
        <translation>{0}: las filas de entrenamiento tienen una sola clase; hacen falta más filas.</translation>
    </message>
    <message>
        <source>No training rows for class {0}.</source>
        <translation>No hay filas de entrenamiento para la clase {0}.</translation>
    </message>
    <message>
        <source>Split {0}: {1} training, {2} validation, {3} test rows (stratified by class, seed {4}).</source>
        <translation>Reparto {0}: {1} filas de entrenamiento, {2} de validación, {3} de prueba (estratificado por clase, semilla {4}).</translation>
    </message>
    <message>
        <source>Split {0}: {1} training, {2} validation, {3} test rows (seed {4}).</source>
        <translation>Reparto {0}: {1} filas de entrenamiento, {2} de validación, {3} de prueba (semilla {4}).</translation>
    </message>
    <message>
        <source>{0}: the text column {1} has {2} different values; one-hot encoding takes at most {3} (is it an identifier or a note? leave it out of the features).</source>
        <translation>{0}: la columna de texto {1} tiene {2} valores distintos; la codificación one-hot admite como mucho {3} (¿es un identificador o una nota? déjala fuera de las características).</translation>
    </message>
    <message>
        <source>{0}: one-hot encoding makes {1} inputs; the network takes at most {2} (choose fewer text columns).</source>
        <translation>{0}: la codificación one-hot da {1} entradas; la red admite como mucho {2} (elige menos columnas de texto).</translation>
    </message>
    <message>
        <source>{0} ({1} categories)</source>
        <translation>{0} ({1} categorías)</translation>
    </message>
    <message>
        <source>One-hot encoded text: {0}.</source>
        <translation>Texto codificado one-hot: {0}.</translation>
    </message>
    <message>
        <source>{0}: column {1} has values too large to scale.</source>
        <translation>{0}: la columna {1} tiene valores demasiado grandes para escalarlos.</translation>
    </message>
    <message>
        <source>no value given for {0}.</source>
        <translation>no se dio ningún valor para {0}.</translation>
    </message>
    <message>
        <source>the input has {0} values but the network expects {1}.</source>
        <translation>la entrada tiene {0} valores, pero la red espera {1}.</translation>
    </message>
    <message>
        <source>{0} needs a number, not {1}.</source>
        <translation>{0} necesita un número, no {1}.</translation>
    </message>
    <message>
        <source>{0} must be one of {1}, not {2}.</source>
        <translation>{0} debe ser uno de {1}, no {2}.</translation>
    </message>
    <message>
        <source>{0}: the file has a header but no data rows.</source>
        <translation>{0}: el archivo tiene cabecera pero ninguna fila de datos.</translation>
    </message>
    <message>
        <source>{0}: this table needs about {1} of memory once read, more than the {2} available; use a sample of it.</source>
        <translation>{0}: esta tabla necesita unos {1} de memoria una vez leída, más que los {2} disponibles; usa una muestra.</translation>
    </message>
    <message>
        <source>Read as latin-1 (not valid UTF-8).</source>
        <translation>Leído como latin-1 (no es UTF-8 válido).</translation>
    </message>
    <message>
        <source>{0}: a quote (&quot;) opened in row {1} is never closed; close it or remove it.</source>
        <translation>{0}: unas comillas (&quot;) abiertas en la fila {1} no se cierran nunca; ciérralas o quítalas.</translation>
    </message>
    <message>
        <source>Read 1 lone carriage return (CR) as line breaks.</source>
        <translation>Se leyó 1 retorno de carro suelto (CR) como salto de línea.</translation>
    </message>
    <message>
        <source>Read {0} lone carriage returns (CR) as line breaks.</source>
        <translation>Se leyeron {0} retornos de carro sueltos (CR) como saltos de línea.</translation>
    </message>
    <message>
        <source>{0}: a quote (&quot;) opened in row {1} is not closed within {2} KB, the most nnviz reads in one cell; close it or remove it.</source>
        <translation>{0}: una comilla (&quot;) abierta en la fila {1} no se cierra en {2} KB, lo máximo que nnviz lee en una celda; ciérrala o quítala.</translation>
    </message>
    <message>
        <source>{0}: row {1} has a cell longer than {2} KB, the most nnviz reads in one cell (is a quote (&quot;) left open?).</source>
        <translation>{0}: la fila {1} tiene una celda de más de {2} KB, lo máximo que nnviz lee en una celda (¿quedó abierta una comilla (&quot;)?).</translation>
    </message>
    <message>
        <source>{0}: row {1} has {2} field, the header has {3}.</source>
        <translation>{0}: la fila {1} tiene {2} campo, la cabecera tiene {3}.</translation>
    </message>
    <message>
        <source>{0}: row {1} has {2} fields, the header has {3}.</source>
        <translation>{0}: la fila {1} tiene {2} campos, la cabecera tiene {3}.</translation>
    </message>
    <message>
        <source>Does a number hold a thousands separator, like 1,234? Remove the separators (1234) or put such numbers in quotes.</source>
        <translation>¿Tiene algún número un separador de miles, como 1,234? Quita los separadores (1234) o pon esos números entre comillas.</translation>
    </message>
    <message>
        <source>{0}: the rows starting at row {1} could not be read as a CSV table.</source>
        <translation>{0}: las filas desde la fila {1} no se pudieron leer como tabla CSV.</translation>
    </message>
    <message>
        <source>{0}: not enough memory to read this file; use a sample of it.</source>
        <translation>{0}: no hay memoria suficiente para leer este archivo; usa una muestra.</translation>
    </message>
    <message>
        <source>{0}: not enough memory to read this file.</source>
        <translation>{0}: no hay memoria suficiente para leer este archivo.</translation>
    </message>
    <message>
        <source>{0}: the file could not be read as a CSV table ({1}).</source>
        <translation>{0}: el archivo no se pudo leer como tabla CSV ({1}).</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read (permission denied).</source>
        <translation>{0}: no se puede leer el archivo (permiso denegado).</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read ({1}).</source>
        <translation>{0}: no se puede leer el archivo ({1}).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>{0}: the file is empty.</source>
        <translation>{0}: el archivo está vacío.</translation>
    </message>
    <message>
        <source>{0}: {1} is too large to load into the {2} of memory available; use a sample of it.</source>
        <translation>{0}: {1} es demasiado grande para los {2} de memoria disponibles; usa una muestra.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a zip archive, e.g. an Excel .xlsx workbook</source>
        <translation>un archivo zip, p. ej. un libro de Excel .xlsx</translation>
    </message>
    <message>
        <source>an old Office document, e.g. an Excel .xls workbook</source>
        <translation>un documento antiguo de Office, p. ej. un libro de Excel .xls</translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation>comprimido con gzip</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <source>Read as {0} text.</source>
        <translation>Leído como texto {0}.</translation>
    </message>
    <message>
        <source>a spreadsheet workbook</source>
        <translation>un libro de hoja de cálculo</translation>
    </message>
    <message>
        <source>{0}: this is a binary file ({1}), not a CSV table; save it as CSV (File › Save As › CSV) and open that.</source>
        <translation>{0}: es un archivo binario ({1}), no una tabla CSV; guárdalo como CSV (Archivo › Guardar como › CSV) y abre ese.</translation>
    </message>
    <message>
        <source>{0}: this is a binary file ({1}), not a CSV table.</source>
        <translation>{0}: es un archivo binario ({1}), no una tabla CSV.</translation>
    </message>
    <message>
        <source>{0}: this is a binary file, not a CSV table; save it as CSV (File › Save As › CSV) and open that.</source>
        <translation>{0}: es un archivo binario, no una tabla CSV; guárdalo como CSV (Archivo › Guardar como › CSV) y abre ese.</translation>
    </message>
    <message>
        <source>{0}: this is a binary file, not a CSV table.</source>
        <translation>{0}: es un archivo binario, no una tabla CSV.</translation>
    </message>
    <message>
        <source>{0}: this looks like an HTML page, not a CSV table.</source>
        <translation>{0}: parece una página HTML, no una tabla CSV.</translation>
    </message>
    <message>
        <source>{0}: this looks like an XML document, not a CSV table.</source>
        <translation>{0}: parece un documento XML, no una tabla CSV.</translation>
    </message>
    <message>
        <source>Converted old Mac line endings (CR only) to newlines.</source>
        <translation>Se convirtieron los finales de línea antiguos de Mac (solo CR) en saltos de línea.</translation>
    </message>
    <message>
        <source>Removed a UTF-8 byte-order mark.</source>
        <translation>Se quitó una marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <source>{0}: the file is empty (it holds only blank lines).</source>
        <translation>{0}: el archivo está vacío (solo tiene líneas en blanco).</translation>
    </message>
    <message>
        <source>Skipped 1 blank line before the header.</source>
        <translation>Se omitió 1 línea en blanco antes de la cabecera.</translation>
    </message>
    <message>
        <source>Skipped {0} blank lines before the header.</source>
        <translation>Se omitieron {0} líneas en blanco antes de la cabecera.</translation>
    </message>
    <message>
        <source>Separator tab detected.</source>
        <translation>Separador tabulador detectado.</translation>
    </message>
    <message>
        <source>Separator {0} detected.</source>
        <translation>Separador {0} detectado.</translation>
    </message>
    <message>
        <source>The first row holds numbers, not names; columns are named column_1 … column_{0}.</source>
        <translation>La primera fila contiene números, no nombres; las columnas se llaman column_1 … column_{0}.</translation>
    </message>
    <message>
        <source>{0}: row {1} has {2} columns; nnviz reads at most {3} (is the separator right? otherwise keep fewer columns).</source>
        <translation>{0}: la fila {1} tiene {2} columnas; nnviz lee como mucho {3} (¿es correcto el separador? si no, conserva menos columnas).</translation>
    </message>
    <message>
        <source>{0}: row {1} has a name or cell longer than {2} KB, the most nnviz reads in one cell (is a quote (&quot;) left open?).</source>
        <translation>{0}: la fila {1} tiene un nombre o una celda de más de {2} KB, lo máximo que nnviz lee en una celda (¿quedó abierta una comilla (&quot;)?).</translation>
    </message>
    <message>
        <source>Named the unnamed column {0} &apos;{1}&apos;.</source>
        <translation>La columna sin nombre {0} se llama ahora &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>1 column name held line breaks or control characters, shown escaped (\n).</source>
        <translation>1 nombre de columna contenía saltos de línea o caracteres de control, mostrados escapados (\n).</translation>
    </message>
    <message>
        <source>{0} column names held line breaks or control characters, shown escaped (\n).</source>
        <translation>{0} nombres de columna contenían saltos de línea o caracteres de control, mostrados escapados (\n).</translation>
    </message>
    <message>
        <source>Renamed duplicate column &apos;{0}&apos; to &apos;{1}&apos;.</source>
        <translation>Columna duplicada &apos;{0}&apos; renombrada a &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>Renamed {0} more duplicate columns the same way.</source>
        <translation>Otras {0} columnas duplicadas renombradas igual.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; is read as text: it holds {1}.</source>
        <translation>La columna &apos;{0}&apos; se lee como texto: contiene {1}.</translation>
    </message>
    <message>
        <source>1 infinite value treated as missing ({0}).</source>
        <translation>1 valor infinito tratado como ausente ({0}).</translation>
    </message>
    <message>
        <source>{0} infinite values treated as missing ({1}).</source>
        <translation>{0} valores infinitos tratados como ausentes ({1}).</translation>
    </message>
    <message>
        <source>Read column &apos;{0}&apos; with decimal commas.</source>
        <translation>Columna &apos;{0}&apos; leída con coma decimal.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos;: 1 non-numeric value ({1}) treated as missing.</source>
        <translation>Columna &apos;{0}&apos;: 1 valor no numérico ({1}) tratado como ausente.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos;: {1} non-numeric values ({2}) treated as missing.</source>
        <translation>Columna &apos;{0}&apos;: {1} valores no numéricos ({2}) tratados como ausentes.</translation>
    </message>
    <message>
        <source>percentages like {0}; write them as plain numbers (12 instead of 12%) to use it as a number</source>
        <translation>porcentajes como {0}; escríbelos como números simples (12 en vez de 12%) para usarla como número</translation>
    </message>
    <message>
        <source>amounts with a currency sign like {0}; remove the currency sign to use it as a number</source>
        <translation>importes con símbolo de moneda como {0}; quita el símbolo de moneda para usarla como número</translation>
    </message>
    <message>
        <source>numbers with thousands separators like {0}; remove the separators (1234 instead of 1,234) to use it as a number</source>
        <translation>números con separadores de miles como {0}; quita los separadores (1234 en vez de 1,234) para usarla como número</translation>
    </message>
    <message>
        <source>dates like {0}; turn them into numbers (e.g. days since the first date) or leave the column out</source>
        <translation>fechas como {0}; conviértelas en números (p. ej. días desde la primera fecha) o deja la columna fuera</translation>
    </message>
    <message>
        <source>times of day like {0}; turn them into numbers (e.g. minutes since midnight) or leave the column out</source>
        <translation>horas del día como {0}; conviértelas en números (p. ej. minutos desde medianoche) o deja la columna fuera</translation>
    </message>
    <message>
        <source>hexadecimal numbers like {0}; convert them to decimal numbers to use it as a number</source>
        <translation>números hexadecimales como {0}; conviértelos a números decimales para usarla como número</translation>
    </message>
    <message>
        <source>Read {0} rows × {1} columns ({2} numeric, {3} text).</source>
        <translation>Leídas {0} filas × {1} columnas ({2} numéricas, {3} de texto).</translation>
    </message>
    <message>
        <source>{0}, … ({1} in all)</source>
        <translation>{0}, … ({1} en total)</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>need at least {0} points, got n={1}</source>
        <translation>se necesitan al menos {0} puntos, no n={1}</translation>
    </message>
    <message>
        <source>noise must be a number &gt;= 0, got {0}</source>
        <translation>el ruido debe ser un número &gt;= 0, no {0}</translation>
    </message>
    <message>
        <source>gauss supports 2 or 3 classes, got {0}</source>
        <translation>gauss admite 2 o 3 clases, no {0}</translation>
    </message>
    <message>
        <source>unknown playground set {0}; choose one of {1}</source>
        <translation>conjunto de la zona de juego desconocido {0}; elige uno de {1}</translation>
    </message>
    <message>
        <source>playground set {0}: {1} points, noise {2}, seed {3}</source>
        <translation>conjunto de la zona de juego {0}: {1} puntos, ruido {2}, semilla {3}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>clase {0}</translation>
    </message>
    <message>
        <source>the number of points must be a whole number from {0} to {1}, got {2}</source>
        <translation>el número de puntos debe ser un entero de {0} a {1}, no {2}</translation>
    </message>
    <message>
        <source>noise must be from {0} to {1}, got {2} ({3})</source>
        <translation>el ruido debe ir de {0} a {1}, no {2} ({3})</translation>
    </message>
    <message>
        <source>the training ratio must be from {0} to {1}, got {2}</source>
        <translation>la proporción de entrenamiento debe ir de {0} a {1}, no {2}</translation>
    </message>
    <message>
        <source>the data seed must be a whole number 0 or more, got {0}</source>
        <translation>la semilla de los datos debe ser un entero de 0 o más, no {0}</translation>
    </message>
    <message>
        <source>nnviz&apos;s shipped tables are missing (no {0} in the installed package); reinstall nnviz ({1}, or {2} in a checkout)</source>
        <translation>faltan las tablas que trae nnviz (no hay {0} en el paquete instalado); reinstala nnviz ({1}, o {2} en una copia del código)</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>input &apos;{0}&apos;</source>
        <translation>entrada &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>output &apos;{0}&apos;</source>
        <translation>salida &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>h{0}.{1} (hidden layer {0}, neuron {1})</source>
        <translation>h{0}.{1} (capa oculta {0}, neurona {1})</translation>
    </message>
    <message>
        <source>(sample {0})</source>
        <translation>(ejemplo {0})</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source> + … ({0} terms)</source>
        <translation> + … ({0} términos)</translation>
    </message>
    <message>
        <source>z = {0}: all {1} terms</source>
        <translation>z = {0}: los {1} términos</translation>
    </message>
    <message>
        <source>z = {0}: {1} terms, the {2} largest (by |w·{3}|) listed</source>
        <translation>z = {0}: {1} términos, se listan los {2} mayores (según |w·{3}|)</translation>
    </message>
    <message>
        <source>the other {0} terms, summed = {1}</source>
        <translation>los otros {0} términos, sumados = {1}</translation>
    </message>
    <message>
        <source>{0} terms with {1} = 0: each is 0</source>
        <translation>{0} términos con {1} = 0: cada uno es 0</translation>
    </message>
    <message>
        <source>(the {0} terms above)</source>
        <translation>(los {0} términos de arriba)</translation>
    </message>
    <message>
        <source>(the {0} listed)</source>
        <translation>(los {0} listados)</translation>
    </message>
    <message>
        <source>(the other {0})</source>
        <translation>(los otros {0})</translation>
    </message>
    <message>
        <source>sample {0}</source>
        <translation>ejemplo {0}</translation>
    </message>
    <message>
        <source>a mini-batch of {0} samples</source>
        <translation>un minilote de {0} ejemplos</translation>
    </message>
    <message>
        <source>{0} samples in one batch (full batch)</source>
        <translation>{0} ejemplos en un lote (lote completo)</translation>
    </message>
    <message>
        <source>a step towards epoch {0}</source>
        <translation>un paso hacia la época {0}</translation>
    </message>
    <message>
        <source>the step that made epoch {0}</source>
        <translation>el paso que completó la época {0}</translation>
    </message>
    <message>
        <source>the step that made epoch {0} +{1}</source>
        <translation>el paso que llevó a la época {0} +{1}</translation>
    </message>
    <message>
        <source>Step epoch trained the whole epoch; only its last step is recorded, and that is what this shows (rows {0}).</source>
        <translation>«Época» entrenó la época entera; solo se registra su último paso, y es lo que se muestra aquí (filas {0}).</translation>
    </message>
    <message>
        <source>The batch has {0} samples: each number below is shown for sample {1}; the gradients are the sum over all {0}.</source>
        <translation>El lote tiene {0} ejemplos: cada número de abajo es el del ejemplo {1}; los gradientes son la suma sobre los {0}.</translation>
    </message>
    <message>
        <source>The batch has {0} samples: each number below is shown for sample {1}; the gradients are the mean over all {0}.</source>
        <translation>El lote tiene {0} ejemplos: cada número de abajo es el del ejemplo {1}; los gradientes son la media sobre los {0}.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <source>An input has no z, δ or bias: select a hidden or output neuron to see the step.</source>
        <translation>Una entrada no tiene z, δ ni sesgo: selecciona una neurona oculta o de salida para ver el paso.</translation>
    </message>
    <message>
        <source>Sample {0}: x = ({1}), target y = ({2})</source>
        <translation>Ejemplo {0}: x = ({1}), objetivo y = ({2})</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>loss of the step = mean over the {0} samples, before the update = {1}</source>
        <translation>pérdida del paso = media sobre los {0} ejemplos, antes de la actualización = {1}</translation>
    </message>
    <message>
        <source>loss of the step (before the update) = {0}</source>
        <translation>pérdida del paso (antes de la actualización) = {0}</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <source>… and {0} more weights, each the same way.</source>
        <translation>… y {0} pesos más, todos del mismo modo.</translation>
    </message>
    <message>
        <source>{0} of them have ∂L/∂w = 0 (their input is 0 in this step).</source>
        <translation>{0} de ellos tienen ∂L/∂w = 0 (su entrada es 0 en este paso).</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>{0} of them do not change in this step (their update is 0).</source>
        <translation>{0} de ellos no cambian en este paso (su actualización es 0).</translation>
    </message>
    <message>
        <source>(Step epoch: only the epoch&apos;s last step is recorded; the earlier steps of the epoch are not shown.)</source>
        <translation>(«Época»: solo se registra el último paso de la época; los pasos anteriores no se muestran.)</translation>
    </message>
    <message>
        <source>The inputs are the table&apos;s values as they are (no scaling).</source>
        <translation>Las entradas son los valores de la tabla tal cual (sin escalar).</translation>
    </message>
    <message>
        <source>max</source>
        <translation>el máximo</translation>
    </message>
    <message>
        <source>min and max</source>
        <translation>el mínimo y el máximo</translation>
    </message>
    <message>
        <source>mean and std</source>
        <translation>la media y la desviación típica</translation>
    </message>
    <message>
        <source>The network sees scaled inputs: {0}, with the {1} of the training rows. Sample {2} as the table has it and as the network sees it:</source>
        <translation>La red ve entradas escaladas: {0}, con {1} de las filas de entrenamiento. El ejemplo {2} tal como está en la tabla y como lo ve la red:</translation>
    </message>
    <message>
        <source>… and {0} more inputs, each the same way.</source>
        <translation>… y {0} entradas más, todas del mismo modo.</translation>
    </message>
    <message>
        <source>The target is scaled too: </source>
        <translation>El objetivo también está escalado: </translation>
    </message>
    <message>
        <source>(y{0} = 1, every other y is 0)</source>
        <translation>(y{0} = 1, todas las demás y son 0)</translation>
    </message>
    <message>
        <source>fused: σ′ cancels the log&apos;s derivative</source>
        <translation>combinado: σ′ anula la derivada del logaritmo</translation>
    </message>
    <message>
        <source>fused: softmax&apos;s Jacobian cancels the log&apos;s</source>
        <translation>combinado: el jacobiano de softmax anula el del logaritmo</translation>
    </message>
    <message>
        <source>({0} with δ = 0)</source>
        <translation>({0} con δ = 0)</translation>
    </message>
    <message>
        <source>next layer: {0} terms, the {1} largest first</source>
        <translation>capa siguiente: {0} términos, los {1} mayores primero</translation>
    </message>
    <message>
        <source>(next layer)</source>
        <translation>(capa siguiente)</translation>
    </message>
    <message>
        <source>sum over {0} samples of {1}</source>
        <translation>suma sobre {0} ejemplos de {1}</translation>
    </message>
    <message>
        <source>mean over {0} samples of {1}</source>
        <translation>media sobre {0} ejemplos de {1}</translation>
    </message>
    <message>
        <source>Momentum: v ← μ·v − lr·∂L/∂w, then w ← w + v (μ = {0}, lr = {1})</source>
        <translation>Momento: v ← μ·v − lr·∂L/∂w, después w ← w + v (μ = {0}, lr = {1})</translation>
    </message>
    <message>
        <source>Adam&apos;s step count (bias correction) t = {0}</source>
        <translation>contador de pasos de Adam (corrección del sesgo) t = {0}</translation>
    </message>
    <message>
        <source>Forward pass of every row ({0} rows)</source>
        <translation>Pasada hacia delante de cada fila ({0} filas)</translation>
    </message>
    <message>
        <source>Weights (a row per input, a column per neuron)</source>
        <translation>Pesos (una fila por entrada, una columna por neurona)</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Fila {0}</translation>
    </message>
    <message>
        <source>… and {0} more rows.</source>
        <translation>… y {0} filas más.</translation>
    </message>
    <message>
        <source>There is no row {0} in the {1} data.</source>
        <translation>No hay fila {0} en los datos ({1}).</translation>
    </message>
    <message>
        <source>Test sample {0}</source>
        <translation>Ejemplo de prueba {0}</translation>
    </message>
    <message>
        <source>Validation sample {0}</source>
        <translation>Ejemplo de validación {0}</translation>
    </message>
    <message>
        <source>Training sample {0}</source>
        <translation>Ejemplo de entrenamiento {0}</translation>
    </message>
    <message>
        <source>{0}: truth {1}, answer {2}</source>
        <translation>{0}: verdad {1}, respuesta {2}</translation>
    </message>
    <message>
        <source>epoch {0} +{1}</source>
        <translation>época {0} +{1}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>época {0}</translation>
    </message>
    <message>
        <source>The forward pass only, with the weights now: nothing is trained.</source>
        <translation>Solo la pasada hacia delante, con los pesos actuales: no se entrena nada.</translation>
    </message>
    <message>
        <source>Test digits are never trained on: forward pass only.</source>
        <translation>Con los dígitos de prueba nunca se entrena: solo la pasada hacia delante.</translation>
    </message>
    <message>
        <source>Validation rows are never trained on: forward pass only.</source>
        <translation>Con las filas de validación nunca se entrena: solo la pasada hacia delante.</translation>
    </message>
    <message>
        <source>No gradient and no update: the weights stay as they are ({0}).</source>
        <translation>Sin gradiente ni actualización: los pesos quedan como están ({0}).</translation>
    </message>
    <message>
        <source>An input has no z: select a hidden or output neuron to see its sum.</source>
        <translation>Una entrada no tiene z: elige una neurona oculta o de salida para ver su suma.</translation>
    </message>
    <message>
        <source>(y is 1 for the true class, 0 for the others)</source>
        <translation>(y es 1 para la clase verdadera, 0 para las demás)</translation>
    </message>
    <message>
        <source>The network&apos;s probabilities</source>
        <translation>Las probabilidades de la red</translation>
    </message>
    <message>
        <source>The network&apos;s outputs</source>
        <translation>Las salidas de la red</translation>
    </message>
    <message>
        <source>Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: right.</source>
        <translation>Respuesta: {0} (de la salida {1}, con 0,5 como límite). La verdad es {2}: bien.</translation>
    </message>
    <message>
        <source>Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: wrong.</source>
        <translation>Respuesta: {0} (de la salida {1}, con 0,5 como límite). La verdad es {2}: mal.</translation>
    </message>
    <message>
        <source>Answer: {0} (the largest output, {1}). The truth is {2}: right.</source>
        <translation>Respuesta: {0} (la salida mayor, {1}). La verdad es {2}: bien.</translation>
    </message>
    <message>
        <source>Answer: {0} (the largest output, {1}). The truth is {2}: wrong.</source>
        <translation>Respuesta: {0} (la salida mayor, {1}). La verdad es {2}: mal.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the activation {0} has no PyTorch counterpart in this exporter</source>
        <translation>la activación {0} no tiene equivalente en PyTorch en este exportador</translation>
    </message>
    <message>
        <source>the network&apos;s weights are not all finite (training diverged); go back to a state before it diverged, or reset, and export that</source>
        <translation>los pesos de la red no son todos finitos (el entrenamiento divergió); vuelve a un estado anterior a la divergencia, o reinicia, y exporta ese</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>unknown input {0}; choose from {1}</source>
        <translation>entrada desconocida {0}; elige entre {1}</translation>
    </message>
    <message>
        <source>choose at least one input, e.g. {0}</source>
        <translation>elige al menos una entrada, p. ej. {0}</translation>
    </message>
    <message>
        <source>feature inputs need a problem with two inputs (x1, x2); {0} has {1}</source>
        <translation>las entradas calculadas necesitan un problema con dos entradas (x1, x2); {0} tiene {1}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>unknown language; nnviz speaks {0}</source>
        <translation>idioma desconocido; nnviz habla {0}</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>{0}: the file cannot be read ({1})</source>
        <translation>{0}: no se puede leer el archivo ({1})</translation>
    </message>
    <message>
        <source>{0}: the file is over {1} MiB; a lesson file is refused above that size</source>
        <translation>{0}: el archivo supera {1} MiB; un archivo de lección se rechaza por encima de ese tamaño</translation>
    </message>
    <message>
        <source>{0}: not a lesson file (not UTF-8 text)</source>
        <translation>{0}: no es un archivo de lección (no es texto UTF-8)</translation>
    </message>
    <message>
        <source>{0}: the text is over {1} MiB; a lesson is refused above that size</source>
        <translation>{0}: el texto supera {1} MiB; una lección por encima de ese tamaño se rechaza</translation>
    </message>
    <message>
        <source>{0}: lists or tables nest more than {1} deep</source>
        <translation>{0}: las listas o tablas se anidan a más de {1} niveles</translation>
    </message>
    <message>
        <source>{0}: not valid TOML ({1})</source>
        <translation>{0}: no es TOML válido ({1})</translation>
    </message>
    <message>
        <source>{0}: format: the file is format {1}; this nnviz reads format {2} or older (update nnviz)</source>
        <translation>{0}: format: el archivo tiene el formato {1}; este nnviz lee el formato {2} o anteriores (actualiza nnviz)</translation>
    </message>
    <message>
        <source>{0}: name: must not be empty</source>
        <translation>{0}: name: no puede estar vacío</translation>
    </message>
    <message>
        <source>{0}: question: {1} columns; at most {2}</source>
        <translation>{0}: question: {1} columnas; como máximo {2}</translation>
    </message>
    <message>
        <source>{0}: question.{1}: must be a number or a text, not {2}</source>
        <translation>{0}: question.{1}: debe ser un número o un texto, no {2}</translation>
    </message>
    <message>
        <source>{0}: data: missing; say where the data comes from (table, generated, csv or shipped)</source>
        <translation>{0}: data: falta; indica de dónde vienen los datos (table, generated, csv o shipped)</translation>
    </message>
    <message>
        <source>{0}: continue_with: must name a lesson</source>
        <translation>{0}: continue_with: debe nombrar una lección</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{0}: data: give exactly one of table, generated, csv or shipped (got {1})</source>
        <translation>{0}: data: indica exactamente uno de table, generated, csv o shipped (hay: {1})</translation>
    </message>
    <message>
        <source>{0}: data.table: unknown table {1}{2}; choose one of {3}</source>
        <translation>{0}: data.table: tabla desconocida {1}{2}; elige una de {3}</translation>
    </message>
    <message>
        <source>{0}: data.split: must be three percentages [train, validation, test] with a training part above 0</source>
        <translation>{0}: data.split: deben ser tres porcentajes [entrenamiento, validación, prueba] con una parte de entrenamiento mayor que 0</translation>
    </message>
    <message>
        <source>{0}: data.generated: unknown set {1}{2}; choose one of {3}</source>
        <translation>{0}: data.generated: conjunto desconocido {1}{2}; elige uno de {3}</translation>
    </message>
    <message>
        <source>{0}: data.noise: must be from 0 to 1, got {1}</source>
        <translation>{0}: data.noise: debe estar entre 0 y 1, hay {1}</translation>
    </message>
    <message>
        <source>{0}: data.shipped: {1} is a path; &apos;shipped&apos; names a table that comes with nnviz (use csv = &quot;…&quot; for your own file)</source>
        <translation>{0}: data.shipped: {1} es una ruta; &apos;shipped&apos; nombra una tabla que viene con nnviz (para tu propio archivo, usa csv = &quot;…&quot;)</translation>
    </message>
    <message>
        <source>{0}: data.image: must be [rows, columns] of the picture the inputs form, each from 1 to {1}</source>
        <translation>{0}: data.image: debe ser [filas, columnas] de la imagen que forman las entradas, cada una de 1 a {1}</translation>
    </message>
    <message>
        <source>{0}: data.image: a picture&apos;s pixels are the table&apos;s columns; leave out data.inputs</source>
        <translation>{0}: data.image: los píxeles de una imagen son las columnas de la tabla; quita data.inputs</translation>
    </message>
    <message>
        <source>{0}: network.activation: give one name, or one per hidden layer ({1}), not {2}</source>
        <translation>{0}: network.activation: indica un nombre, o uno por capa oculta ({1}), no {2}</translation>
    </message>
    <message>
        <source>{0}: network.activation: unknown activation {1}{2}; choose one of {3}</source>
        <translation>{0}: network.activation: activación desconocida {1}{2}; elige una de {3}</translation>
    </message>
    <message>
        <source>{0}: network.biases: explicit biases need explicit weights too</source>
        <translation>{0}: network.biases: los sesgos explícitos necesitan también pesos explícitos</translation>
    </message>
    <message>
        <source>{0}: network.biases: the network has bias = false</source>
        <translation>{0}: network.biases: la red tiene bias = false</translation>
    </message>
    <message>
        <source>{0}: network.{1}: must be a list with one entry per layer</source>
        <translation>{0}: network.{1}: debe ser una lista con una entrada por capa</translation>
    </message>
    <message>
        <source>{0}: network.{1}: {2} layers need {2} entries, got {3}</source>
        <translation>{0}: network.{1}: {2} capas necesitan {2} entradas, no {3}</translation>
    </message>
    <message>
        <source>{0}: network.{1}: layer {2} must be a list of numbers or a matrix (one row per input)</source>
        <translation>{0}: network.{1}: la capa {2} debe ser una lista de números o una matriz (una fila por entrada)</translation>
    </message>
    <message>
        <source>{0}: network.{1}: layer {2} must be a list of numbers</source>
        <translation>{0}: network.{1}: la capa {2} debe ser una lista de números</translation>
    </message>
    <message>
        <source>{0}: network.{1}: layer {2} holds a value beyond ±1e12</source>
        <translation>{0}: network.{1}: la capa {2} contiene un valor más allá de ±1e12</translation>
    </message>
    <message>
        <source>{0}: beats: must be a list of [[beats]] tables</source>
        <translation>{0}: beats: debe ser una lista de tablas [[beats]]</translation>
    </message>
    <message>
        <source>{0}: beats: {1} beats; at most {2} are allowed</source>
        <translation>{0}: beats: {1} pasos; se permiten como mucho {2}</translation>
    </message>
    <message>
        <source>{0}: beat {1}: its values must be texts, numbers, true/false, lists or tables</source>
        <translation>{0}: paso {1}: sus valores deben ser textos, números, true/false, listas o tablas</translation>
    </message>
    <message>
        <source>{0}: beat {1}: {2}</source>
        <translation>{0}: paso {1}: {2}</translation>
    </message>
    <message>
        <source>beat {0}</source>
        <translation>paso {0}</translation>
    </message>
    <message>
        <source>layer {0} does not exist: the layers with neurons are 1 to {1}</source>
        <translation>la capa {0} no existe: las capas con neuronas son de 1 a {1}</translation>
    </message>
    <message>
        <source>layer {0} has {1} neurons (0 to {2}), not {3}</source>
        <translation>la capa {0} tiene {1} neuronas (0 a {2}), no {3}</translation>
    </message>
    <message>
        <source>{0}: name: {1} is used by another built-in lesson</source>
        <translation>{0}: name: {1} ya lo usa otra lección incluida</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>unknown key (did you mean {0}?)</source>
        <translation>clave desconocida (¿querías decir {0}?)</translation>
    </message>
    <message>
        <source>unknown key; known keys: {0}</source>
        <translation>clave desconocida; claves conocidas: {0}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a finite number, not {0}</source>
        <translation>debe ser un número finito, no {0}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>must be {0}, not {1} ({2})</source>
        <translation>debe ser {0}, no {1} ({2})</translation>
    </message>
    <message>
        <source>unknown {0} {1}{2}; choose one of {3}</source>
        <translation>valor desconocido para {0}: {1}{2}; elige uno de {3}</translation>
    </message>
    <message>
        <source>must be a table ([{0}]), not {1}</source>
        <translation>debe ser una tabla ([{0}]), no {1}</translation>
    </message>
    <message>
        <source>must be a list of texts, not {0} ({1})</source>
        <translation>debe ser una lista de textos, no {0} ({1})</translation>
    </message>
    <message>
        <source>{0} entries; at most {1} are allowed</source>
        <translation>{0} entradas; se permiten como mucho {1}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers, not {0} ({1})</source>
        <translation>debe ser una lista de números enteros, no {0} ({1})</translation>
    </message>
    <message>
        <source>must be a list of numbers, not {0} ({1})</source>
        <translation>debe ser una lista de números, no {0} ({1})</translation>
    </message>
    <message>
        <source>the CSV file {0} does not exist</source>
        <translation>el archivo CSV {0} no existe</translation>
    </message>
    <message>
        <source>{0}: beat {1}: {2}: {3}</source>
        <translation>{0}: paso {1}: {2}: {3}</translation>
    </message>
    <message>
        <source>no lesson is called {0}{1}</source>
        <translation>ninguna lección se llama {0}{1}</translation>
    </message>
    <message>
        <source>no column {0}{1}; the columns are {2}</source>
        <translation>no hay columna {0}{1}; las columnas son {2}</translation>
    </message>
    <message>
        <source>give a value for every column (missing {0})</source>
        <translation>indica un valor para cada columna (falta: {0})</translation>
    </message>
    <message>
        <source>the table has {0} rows (1 to {0})</source>
        <translation>la tabla tiene {0} filas (de 1 a {0})</translation>
    </message>
    <message>
        <source>beat {0}: {1}.</source>
        <translation>paso {0}: {1}.</translation>
    </message>
    <message>
        <source>must be a table like {0}.caption = &quot;…&quot;</source>
        <translation>debe ser una tabla como {0}.caption = &quot;…&quot;</translation>
    </message>
    <message>
        <source>beat {0}: {1}</source>
        <translation>paso {0}: {1}</translation>
    </message>
    <message>
        <source>beat {0}: {1}.caption</source>
        <translation>paso {0}: {1}.caption</translation>
    </message>
    <message>
        <source>names {0}, the default caption {1}; a translation fills in the same numbers</source>
        <translation>nombra {0}, el texto por defecto {1}; una traducción rellena los mismos números</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>{0}: a {1}×{2} picture needs {3} input columns, the table has {4}</source>
        <translation>{0}: una imagen de {1}×{2} necesita {3} columnas de entrada, la tabla tiene {4}</translation>
    </message>
    <message>
        <source>unknown table {0}; choose one of {1}</source>
        <translation>tabla desconocida {0}; elige una de {1}</translation>
    </message>
    <message>
        <source>unknown data source {0}; choose {1}, {2} or {3}</source>
        <translation>fuente de datos desconocida {0}; elige {1}, {2} o {3}</translation>
    </message>
    <message>
        <source>unknown lesson {0}; choose one of {1}</source>
        <translation>lección desconocida {0}; elige una de {1}</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>must be a whole number, not {0}</source>
        <translation>debe ser un número entero, no {0}</translation>
    </message>
    <message>
        <source>must be from {0} to {1}{2}, got {3}</source>
        <translation>debe estar entre {0} y {1}{2}, no {3}</translation>
    </message>
    <message>
        <source>must be a number, not {0}</source>
        <translation>debe ser un número, no {0}</translation>
    </message>
    <message>
        <source>must be a finite number, not {0}</source>
        <translation>debe ser un número finito, no {0}</translation>
    </message>
    <message>
        <source>must be from {0} to {1}, got {2}</source>
        <translation>debe estar entre {0} y {1}, no {2}</translation>
    </message>
    <message>
        <source>must be a text, not {0}</source>
        <translation>debe ser un texto, no {0}</translation>
    </message>
    <message>
        <source>is {0} characters long; at most {1} are allowed</source>
        <translation>tiene {0} caracteres; se permiten como mucho {1}</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be a list of layer sizes, not {0}</source>
        <translation>debe ser una lista de tamaños de capa, no {0}</translation>
    </message>
    <message>
        <source>{0} hidden layers; at most {1} are allowed</source>
        <translation>{0} capas ocultas; se permiten como mucho {1}</translation>
    </message>
    <message>
        <source>every hidden layer needs 1 to {0} neurons, got {1}</source>
        <translation>cada capa oculta necesita de 1 a {0} neuronas, no {1}</translation>
    </message>
    <message>
        <source>the network would have {0} weights and biases; at most {1} are allowed</source>
        <translation>la red tendría {0} pesos y sesgos; se permiten como mucho {1}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>archivo de sesión</translation>
    </message>
    <message>
        <source>lesson file</source>
        <translation>archivo de lección</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>archivo CSV</translation>
    </message>
    <message>
        <source>the {0}&apos;s path holds a NUL character</source>
        <translation>la ruta del {0} contiene un carácter NUL</translation>
    </message>
    <message>
        <source>the {0}&apos;s path is {1} characters long; at most {2} are allowed</source>
        <translation>la ruta del {0} tiene {1} caracteres; se permiten como máximo {2}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read ({0})</source>
        <translation>no se puede leer el archivo ({0})</translation>
    </message>
    <message>
        <source>this is a folder, not a {0}</source>
        <translation>esto es una carpeta, no un {0}</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <source>this is {0}, not a {1}; only regular files are read</source>
        <translation>esto es {0}, no un {1}; solo se leen archivos normales</translation>
    </message>
    <message>
        <source>this is not a regular file, not a {0}; only regular files are read</source>
        <translation>esto no es un archivo normal, no un {0}; solo se leen archivos normales</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Watch a neural network learn. &apos;nnviz lessons&apos; lists lessons; &apos;nnviz train --help&apos; trains without a window.</source>
        <translation>Mira cómo aprende una red neuronal. &apos;nnviz lessons&apos; lista las lecciones; &apos;nnviz train --help&apos; entrena sin ventana.</translation>
    </message>
    <message>
        <source>train this many epochs right away</source>
        <translation>entrenar ya este número de épocas</translation>
    </message>
    <message>
        <source>render the whole window to FILE.png and exit (works without a display)</source>
        <translation>guardar la ventana entera en FILE.png y salir (funciona sin pantalla)</translation>
    </message>
    <message>
        <source>window size (default: the remembered size, or 1280x800, fitted to the screen)</source>
        <translation>tamaño de la ventana (por defecto: el recordado, o 1280x800, ajustado a la pantalla)</translation>
    </message>
    <message>
        <source>start in presentation mode: full screen, large text, the lesson&apos;s beats on PageDown</source>
        <translation>empezar en modo presentación: pantalla completa, texto grande, las diapositivas de la lección con AvPág</translation>
    </message>
    <message>
        <source>present with the presenter console beside the presentation, both in windows on this screen (practice without a projector)</source>
        <translation>presentar con la consola del presentador junto a la presentación, ambas en ventanas de esta pantalla (ensayar sin proyector)</translation>
    </message>
    <message>
        <source>add nnviz to the desktop&apos;s applications menu, with its icon (for you alone, under ~/.local/share) and exit</source>
        <translation>añadir nnviz con su icono al menú de aplicaciones del escritorio (solo para ti, en ~/.local/share) y salir</translation>
    </message>
    <message>
        <source>remove what --install-desktop added and exit</source>
        <translation>quitar lo que añadió --install-desktop y salir</translation>
    </message>
</context>
<context>
    <name>Mistakes</name>
    <message>
        <source>mistakes are counted for classes, not for a value</source>
        <translation>los errores se cuentan para clases, no para un valor</translation>
    </message>
    <message>
        <source>the picture has {0} pixels; the network takes {1} inputs</source>
        <translation>la imagen tiene {0} píxeles; la red toma {1} entradas</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>{0} ({1}, no bias)</source>
        <translation>{0} ({1}, sin sesgo)</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has both a comma and a point: write one decimal mark and no thousands separators</source>
        <translation>&apos;{0}&apos; tiene una coma y un punto: escribe un solo separador decimal y ningún separador de miles</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has more than one decimal mark</source>
        <translation>&apos;{0}&apos; tiene más de un separador decimal</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too big</source>
        <translation>&apos;{0}&apos; es demasiado grande</translation>
    </message>
</context>
<context>
    <name>PointEdits</name>
    <message>
        <source>value {0}</source>
        <translation>valor {0}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>clase {0}</translation>
    </message>
    <message>
        <source>added a training point of {0} at ({1})</source>
        <translation>se añadió un punto de entrenamiento {0} en ({1})</translation>
    </message>
    <message>
        <source>a drawn picture can only be added to a table of classes</source>
        <translation>un dibujo solo se puede añadir a una tabla de clases</translation>
    </message>
    <message>
        <source>the picture has {0} pixels; the network takes {1} inputs</source>
        <translation>la imagen tiene {0} píxeles; la red toma {1} entradas</translation>
    </message>
    <message>
        <source>a pixel of the picture is not a finite number</source>
        <translation>un píxel de la imagen no es un número finito</translation>
    </message>
    <message>
        <source>the label must be one of the {0} classes</source>
        <translation>la etiqueta debe ser una de las {0} clases</translation>
    </message>
    <message>
        <source>added a drawn {0} to the training data</source>
        <translation>se añadió un dibujo de «{0}» a los datos de entrenamiento</translation>
    </message>
    <message>
        <source>There is no point to remove.</source>
        <translation>No hay ningún punto que quitar.</translation>
    </message>
    <message>
        <source>That is the last training point: the network needs at least one.</source>
        <translation>Es el último punto de entrenamiento: la red necesita al menos uno.</translation>
    </message>
    <message>
        <source>removed the training point at ({0})</source>
        <translation>se quitó el punto de entrenamiento en ({0})</translation>
    </message>
    <message>
        <source>removed the test point at ({0})</source>
        <translation>se quitó el punto de prueba en ({0})</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>this network&apos;s inputs are computed in a way predictions from a table do not support yet</source>
        <translation>las entradas de esta red se calculan de una forma que las predicciones desde una tabla aún no admiten</translation>
    </message>
    <message>
        <source>{0}: the table lacks the model&apos;s input column {1} (the model reads {2})</source>
        <translation>{0}: a la tabla le falta la columna de entrada {1} del modelo (el modelo lee {2})</translation>
    </message>
    <message>
        <source>{0}: the table lacks the model&apos;s input columns {1} (the model reads {2})</source>
        <translation>{0}: a la tabla le faltan las columnas de entrada {1} del modelo (el modelo lee {2})</translation>
    </message>
    <message>
        <source>no value for {0} (the model&apos;s data dropped rows with gaps)</source>
        <translation>no hay valor para {0} (los datos del modelo descartaron las filas con huecos)</translation>
    </message>
    <message>
        <source>{0} needs a number, not {1}</source>
        <translation>{0} necesita un número, no {1}</translation>
    </message>
    <message>
        <source>{0} is {1}, not one of the training values ({2})</source>
        <translation>{0} es {1}, no uno de los valores de entrenamiento ({2})</translation>
    </message>
    <message>
        <source>row {0}: {1}; no prediction</source>
        <translation>fila {0}: {1}; sin predicción</translation>
    </message>
    <message>
        <source>nnviz: {0}: {1} more rows without a prediction</source>
        <translation>nnviz: {0}: {1} filas más sin predicción</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>unknown scaling {0}; choose one of {1}</source>
        <translation>escalado desconocido {0}; elige uno de {1}</translation>
    </message>
    <message>
        <source>unknown task {0}</source>
        <translation>tarea desconocida {0}</translation>
    </message>
    <message>
        <source>undecided between {0} and {1} (P({1}) = {2})</source>
        <translation>indeciso entre {0} y {1} (P({1}) = {2})</translation>
    </message>
    <message>
        <source>a sample beat&apos;s index is a row number (1 = the first data row), not {0}</source>
        <translation>el índice de un paso sample es un número de fila (1 = la primera fila de datos), no {0}</translation>
    </message>
    <message>
        <source>row {0}: rows are counted from 1 (the first data row)</source>
        <translation>fila {0}: las filas se cuentan desde 1 (la primera fila de datos)</translation>
    </message>
    <message>
        <source>row {0}: the training data has {1} rows</source>
        <translation>fila {0}: los datos de entrenamiento tienen {1} filas</translation>
    </message>
    <message>
        <source>row {0}: the training points were edited, so the table&apos;s rows no longer match them</source>
        <translation>fila {0}: los puntos de entrenamiento se editaron, así que las filas de la tabla ya no corresponden a ellos</translation>
    </message>
    <message>
        <source>row {0} of the table is not one of the {1} training rows (the split put it in validation or test, or it was dropped for a missing value)</source>
        <translation>la fila {0} de la tabla no es una de las {1} filas de entrenamiento (el reparto la puso en validación o prueba, o se quitó por un valor ausente)</translation>
    </message>
    <message>
        <source>split percentages must be non-negative and not all zero</source>
        <translation>los porcentajes del reparto no pueden ser negativos ni todos cero</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Type a number, e.g. 0.75, 0,75 or 3/4.</source>
        <translation>Escribe un número, p. ej. 0,75; 0.75 o 3/4.</translation>
    </message>
    <message>
        <source>That answer is too long to be a number.</source>
        <translation>Esa respuesta es demasiado larga para ser un número.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a number: write e.g. 0.75, 0,75, 3/4 or 1 1/2 (one decimal mark, no thousands separator).</source>
        <translation>«{0}» no es un número: escribe p. ej. 0,75; 0.75; 3/4 o 1 1/2 (un solo separador decimal, sin separador de miles).</translation>
    </message>
    <message>
        <source>That number is too large.</source>
        <translation>Ese número es demasiado grande.</translation>
    </message>
    <message>
        <source>A fraction cannot have 0 below the line.</source>
        <translation>Una fracción no puede tener 0 debajo de la raya.</translation>
    </message>
    <message>
        <source>Right within ±{0}: one unit in the last of the {1} significant digits the explainer shows.</source>
        <translation>Correcto dentro de ±{0}: una unidad en la última de las {1} cifras significativas que muestra el explicador.</translation>
    </message>
    <message>
        <source>Right: {0} (the engine has {1}).</source>
        <translation>Correcto: {0} (nnviz tiene {1}).</translation>
    </message>
    <message>
        <source>Not quite: {0} is {1} away; within ±{2} counts as right. Try again or press Show.</source>
        <translation>No del todo: {0} se aleja {1}; dentro de ±{2} cuenta como correcto. Inténtalo de nuevo o pulsa «Mostrar».</translation>
    </message>
    <message>
        <source>new {0}</source>
        <translation>nuevo {0}</translation>
    </message>
    <message>
        <source>loss of the step</source>
        <translation>pérdida del paso</translation>
    </message>
    <message>
        <source> (sample position {0})</source>
        <translation> (ejemplo en la posición {0})</translation>
    </message>
    <message>
        <source>exercises: must be a list of [[exercises]] tables</source>
        <translation>exercises: debe ser una lista de tablas [[exercises]]</translation>
    </message>
    <message>
        <source>exercises: {0} exercises; at most {1} are allowed</source>
        <translation>exercises: {0} ejercicios; se permiten como máximo {1}</translation>
    </message>
    <message>
        <source>exercise {0}: {1}: {2}</source>
        <translation>ejercicio {0}: {1}: {2}</translation>
    </message>
    <message>
        <source>exercise {0}: must be a table with title and text</source>
        <translation>ejercicio {0}: debe ser una tabla con title y text</translation>
    </message>
    <message>
        <source>unknown key (did you mean {0}?)</source>
        <translation>clave desconocida (¿querías decir {0}?)</translation>
    </message>
    <message>
        <source>unknown key; known keys: {0}</source>
        <translation>clave desconocida; claves conocidas: {0}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be one of {0}, not {1}</source>
        <translation>debe ser uno de {0}, no {1}</translation>
    </message>
    <message>
        <source>belongs to a quantity to compute ({0})</source>
        <translation>pertenece a una magnitud que calcular ({0})</translation>
    </message>
    <message>
        <source>unknown {0} (did you mean {1}?); choose one of {2}</source>
        <translation>desconocido: {0} (¿querías decir {1}?); elige uno de {2}</translation>
    </message>
    <message>
        <source>unknown {0}; choose one of {1}</source>
        <translation>desconocido: {0}; elige uno de {1}</translation>
    </message>
    <message>
        <source>missing (a quantity needs layer and neuron)</source>
        <translation>falta (una magnitud necesita layer y neuron)</translation>
    </message>
    <message>
        <source>only {0} and {1} name a weight</source>
        <translation>solo {0} y {1} nombran un peso</translation>
    </message>
    <message>
        <source>{0}: layer: layer {1} does not exist: the layers with neurons are 1 to {2}</source>
        <translation>{0}: layer: la capa {1} no existe: las capas con neuronas son de 1 a {2}</translation>
    </message>
    <message>
        <source>{0}: neuron: layer {1} has {2} neurons (0 to {3}), not {4}</source>
        <translation>{0}: neuron: la capa {1} tiene {2} neuronas (0 a {3}), no {4}</translation>
    </message>
    <message>
        <source>{0}: weight: the neuron has {1} weights; the explainer shows {2} to {3}</source>
        <translation>{0}: weight: la neurona tiene {1} pesos; el panel Cálculo muestra de {2} a {3}</translation>
    </message>
    <message>
        <source>{0}: quantity: the loss is shown for an output neuron (layer {1})</source>
        <translation>{0}: quantity: la pérdida se muestra para una neurona de salida (capa {1})</translation>
    </message>
    <message>
        <source>exercise {0}</source>
        <translation>ejercicio {0}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Loaded lesson “{0}”: {1}, {2} training samples.</source>
        <translation>Lección «{0}» cargada: {1}, {2} ejemplos de entrenamiento.</translation>
    </message>
    <message>
        <source>Loaded {0}: {1}, ready to train.</source>
        <translation>{0} cargado: {1}, listo para entrenar.</translation>
    </message>
    <message>
        <source>The pinned run was unpinned: it belongs to the lesson before.</source>
        <translation>La ejecución fijada se soltó: pertenece a la lección anterior.</translation>
    </message>
    <message>
        <source>Network rebuilt: {0}. Training starts again from epoch 0 (Ctrl+Z undoes).</source>
        <translation>Red reconstruida: {0}. El entrenamiento vuelve a empezar en la época 0 (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <source>Changed {0}; training continues from epoch {1}.</source>
        <translation>Cambiado {0}; el entrenamiento sigue desde la época {1}.</translation>
    </message>
    <message>
        <source>the training data cannot be empty: keep at least one training point</source>
        <translation>los datos de entrenamiento no pueden quedar vacíos: conserva al menos un punto de entrenamiento</translation>
    </message>
    <message>
        <source>{0}: {1} training points. The network keeps its weights and trains on from epoch {2} (Ctrl+Z brings the old data back).</source>
        <translation>{0}: {1} puntos de entrenamiento. La red conserva sus pesos y sigue entrenando desde la época {2} (Ctrl+Z recupera los datos anteriores).</translation>
    </message>
    <message>
        <source>Trained one sample</source>
        <translation>Entrenado un ejemplo</translation>
    </message>
    <message>
        <source>Trained one mini-batch of {0} samples</source>
        <translation>Entrenado un minilote de {0} ejemplos</translation>
    </message>
    <message>
        <source>Trained one batch: the whole training set, so one epoch</source>
        <translation>Entrenado un lote: todo el conjunto de entrenamiento, es decir, una época</translation>
    </message>
    <message>
        <source>Trained one epoch: every training sample once</source>
        <translation>Entrenada una época: cada ejemplo de entrenamiento una vez</translation>
    </message>
    <message>
        <source>Finished epoch {0}: trained the samples left in it</source>
        <translation>Época {0} terminada: entrenados los ejemplos que quedaban</translation>
    </message>
    <message>
        <source> Now at epoch {0}</source>
        <translation> Ahora en la época {0}</translation>
    </message>
    <message>
        <source> +{0} ({0} of {1} samples into epoch {2})</source>
        <translation> +{0} ({0} de {1} ejemplos de la época {2})</translation>
    </message>
    <message>
        <source>; the last step&apos;s loss was {0}.</source>
        <translation>; la pérdida del último paso fue {0}.</translation>
    </message>
    <message>
        <source>Paused at epoch {0}.</source>
        <translation>En pausa en la época {0}.</translation>
    </message>
    <message>
        <source>Stopped: reached {0} epochs (the “Stop at” limit).</source>
        <translation>Detenido: se alcanzaron {0} épocas (el límite «Parar en»).</translation>
    </message>
    <message>
        <source>Stopped: the training loss reached the target at epoch {0}.</source>
        <translation>Detenido: la pérdida de entrenamiento alcanzó el objetivo en la época {0}.</translation>
    </message>
    <message>
        <source>Training diverged: see the red message above.</source>
        <translation>El entrenamiento divergió: mira el mensaje rojo de arriba.</translation>
    </message>
    <message>
        <source>{0} Lower it in Settings, then press Reset (R) to start again from the same weights, or Ctrl+Z to undo a change.</source>
        <translation>{0} Bájala en Configuración y pulsa Reiniciar (R) para empezar de nuevo con los mismos pesos, o Ctrl+Z para deshacer un cambio.</translation>
    </message>
    <message>
        <source>Reset: the same starting weights, epoch 0. Ctrl+Z brings the trained ones back.</source>
        <translation>Reiniciado: los mismos pesos iniciales, época 0. Ctrl+Z recupera los entrenados.</translation>
    </message>
    <message>
        <source>New random weights (seed {0}); epoch 0. Ctrl+Z brings the old ones back.</source>
        <translation>Nuevos pesos aleatorios (semilla {0}); época 0. Ctrl+Z recupera los anteriores.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Cannot undo the {0}: {1}.</source>
        <translation>No se puede deshacer {0}: {1}.</translation>
    </message>
    <message>
        <source>Brought back the later history: {0} is the newest again.</source>
        <translation>Se recuperó el historial posterior: {0} vuelve a ser lo más reciente.</translation>
    </message>
    <message>
        <source>Undid the lesson change: back to {0}, epoch {1}.</source>
        <translation>Se deshizo el cambio de lección: de vuelta a {0}, época {1}.</translation>
    </message>
    <message>
        <source>Undid the {0}: {1}, epoch {2}.</source>
        <translation>Se deshizo {0}: {1}, época {2}.</translation>
    </message>
    <message>
        <source>Undone: {0}; {1}, epoch {2}.</source>
        <translation>Deshecho: {0}; {1}, época {2}.</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>época {0}</translation>
    </message>
    <message>
        <source>Saved {0} at {1}.</source>
        <translation>{0} guardado en {1}.</translation>
    </message>
    <message>
        <source>Opened {0}: {1}, {2}, at {3}.</source>
        <translation>{0} abierto: {1}, {2}, en {3}.</translation>
    </message>
    <message>
        <source>{0} is not a finite number: type a number such as 0 or -1.5</source>
        <translation>{0} no es un número finito: escribe un número como 0 o -1,5</translation>
    </message>
    <message>
        <source>this network has no biases (tick “bias” in Settings)</source>
        <translation>esta red no tiene sesgos (marca «sesgo» en Configuración)</translation>
    </message>
    <message>
        <source>Set the bias from {0} to {1}; Ctrl+Z puts it back.</source>
        <translation>Sesgo cambiado de {0} a {1}; Ctrl+Z lo restaura.</translation>
    </message>
    <message>
        <source>Set the weight from {0} to {1}; Ctrl+Z puts it back.</source>
        <translation>Peso cambiado de {0} a {1}; Ctrl+Z lo restaura.</translation>
    </message>
    <message>
        <source>Already at the start: nothing to step back to.</source>
        <translation>Ya estás al principio: no hay paso atrás.</translation>
    </message>
    <message>
        <source>Already at the newest state.</source>
        <translation>Ya estás en el estado más reciente.</translation>
    </message>
    <message>
        <source>Showing {0}, the newest.</source>
        <translation>Se muestra {0}, la más reciente.</translation>
    </message>
    <message>
        <source>Showing {0}; the newest is {1}. Play or a step trains on from here (the later epochs go; Ctrl+Z brings them back).</source>
        <translation>Se muestra {0}; la más reciente es {1}. Iniciar o un paso (1 época, 1 lote, 1 muestra) entrena desde aquí (las épocas posteriores se van; Ctrl+Z las recupera).</translation>
    </message>
    <message>
        <source>Pinned this run (epochs 0 to {0}); back at epoch 0. Change one thing (learning rate, seed, bias, activation, a hidden layer) and train again: both curves show, the pinned one dashed.</source>
        <translation>Ejecución fijada (épocas 0 a {0}); de vuelta en la época 0. Cambia una cosa (tasa de aprendizaje, semilla, sesgo, activación, una capa oculta) y entrena de nuevo: se ven las dos curvas, la fijada discontinua.</translation>
    </message>
    <message>
        <source>No run is pinned.</source>
        <translation>No hay ninguna ejecución fijada.</translation>
    </message>
    <message>
        <source>Unpinned: only the run now is shown.</source>
        <translation>Soltada: solo se muestra la ejecución actual.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>{0}: nothing is loaded, so there is nothing to save</source>
        <translation>{0}: no hay nada cargado, así que no hay nada que guardar</translation>
    </message>
    <message>
        <source>this data&apos;s inputs are computed in a way a session file cannot keep yet</source>
        <translation>las entradas de estos datos se calculan de una forma que un archivo de sesión aún no puede guardar</translation>
    </message>
    <message>
        <source>{0}: cannot write in {1} ({2})</source>
        <translation>{0}: no se puede escribir en {1} ({2})</translation>
    </message>
    <message>
        <source>{0}: could not be saved ({1}); any earlier file of that name is unchanged</source>
        <translation>{0}: no se pudo guardar ({1}); cualquier archivo anterior con ese nombre queda intacto</translation>
    </message>
    <message>
        <source>the weights do not fit {0}</source>
        <translation>los pesos no encajan con {0}</translation>
    </message>
    <message>
        <source>the last finite weights do not fit {0}</source>
        <translation>los últimos pesos finitos no encajan con {0}</translation>
    </message>
    <message>
        <source>the weights hold NaN or infinite numbers, yet training did not diverge</source>
        <translation>los pesos contienen NaN o números infinitos, pero el entrenamiento no divergió</translation>
    </message>
    <message>
        <source>epoch {0} sample {1} is not a place in training on {2} rows</source>
        <translation>época {0}, ejemplo {1} no es un punto de un entrenamiento con {2} filas</translation>
    </message>
    <message>
        <source>the epoch&apos;s row order is not an order of the training rows</source>
        <translation>el orden de filas de la época no es una ordenación de las filas de entrenamiento</translation>
    </message>
    <message>
        <source>the epoch&apos;s outputs so far do not fit</source>
        <translation>las salidas de la época hasta ahora no encajan</translation>
    </message>
    <message>
        <source>the divergence note is not a text</source>
        <translation>la nota de divergencia no es un texto</translation>
    </message>
    <message>
        <source>the random state is not one this nnviz uses</source>
        <translation>el estado aleatorio no es uno que use este nnviz</translation>
    </message>
    <message>
        <source>the optimizer state is {0}&apos;s but the settings say {1}</source>
        <translation>el estado del optimizador es de {0}, pero la configuración dice {1}</translation>
    </message>
    <message>
        <source>the history holds {0} epochs but training is at epoch {1}</source>
        <translation>el historial tiene {0} épocas, pero el entrenamiento está en la época {1}</translation>
    </message>
    <message>
        <source>the timeline&apos;s keyframes are out of order</source>
        <translation>los fotogramas clave de la línea de tiempo están desordenados</translation>
    </message>
    <message>
        <source>the timeline&apos;s positions do not add up</source>
        <translation>las posiciones de la línea de tiempo no cuadran</translation>
    </message>
    <message>
        <source>the optimizer has no setting {0} of that kind</source>
        <translation>el optimizador no tiene ningún ajuste {0} de ese tipo</translation>
    </message>
    <message>
        <source>the {0} optimizer keeps no such state</source>
        <translation>el optimizador {0} no guarda ese estado</translation>
    </message>
    <message>
        <source>an optimizer state key is malformed</source>
        <translation>una clave del estado del optimizador está mal formada</translation>
    </message>
    <message>
        <source>the {0} optimizer&apos;s state has the wrong parts</source>
        <translation>el estado del optimizador {0} tiene las partes equivocadas</translation>
    </message>
    <message>
        <source>Adam&apos;s step count must be a whole number</source>
        <translation>el número de pasos de Adam debe ser un número entero</translation>
    </message>
    <message>
        <source>an optimizer moment has {0} values for {1} parameters</source>
        <translation>un momento del optimizador tiene {0} valores para {1} parámetros</translation>
    </message>
    <message>
        <source>the setting {0} cannot be saved yet</source>
        <translation>el ajuste {0} aún no se puede guardar</translation>
    </message>
    <message>
        <source>unknown training setting {0}</source>
        <translation>ajuste de entrenamiento desconocido {0}</translation>
    </message>
    <message>
        <source>unknown setting {0}</source>
        <translation>ajuste desconocido {0}</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read (permission denied)</source>
        <translation>{0}: no se puede leer el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read ({1})</source>
        <translation>{0}: no se puede leer el archivo ({1})</translation>
    </message>
    <message>
        <source>{0}: not an nnviz session file ({1})</source>
        <translation>{0}: no es un archivo de sesión de nnviz ({1})</translation>
    </message>
    <message>
        <source>{0}: the file is damaged or incomplete{1}; it may have been cut short while copying</source>
        <translation>{0}: el archivo está dañado o incompleto{1}; puede que se cortara al copiarlo</translation>
    </message>
    <message>
        <source>{0}: the file is damaged or incomplete ({1})</source>
        <translation>{0}: el archivo está dañado o incompleto ({1})</translation>
    </message>
    <message>
        <source>{0}: the file nests too deeply; refused</source>
        <translation>{0}: el archivo está anidado demasiado hondo; rechazado</translation>
    </message>
    <message>
        <source>{0}: the file asks for more memory than there is; refused</source>
        <translation>{0}: el archivo pide más memoria de la que hay; rechazado</translation>
    </message>
    <message>
        <source>{0}: the file does not exist</source>
        <translation>{0}: el archivo no existe</translation>
    </message>
    <message>
        <source>{0}: this is a folder, not a session file</source>
        <translation>{0}: es una carpeta, no un archivo de sesión</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a NumPy array file</source>
        <translation>un archivo de matriz de NumPy</translation>
    </message>
    <message>
        <source>a gzip file</source>
        <translation>un archivo gzip</translation>
    </message>
    <message>
        <source>it is {0}</source>
        <translation>es {0}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it looks like a text or CSV file; open a CSV with File → Open or --csv</source>
        <translation>parece un archivo de texto o CSV; abre un CSV con Archivo → Abrir o --csv</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>no es un archivo ZIP</translation>
    </message>
    <message>
        <source>{0}: not an nnviz session file (a zip archive without {1})</source>
        <translation>{0}: no es un archivo de sesión de nnviz (un archivo zip sin {1})</translation>
    </message>
    <message>
        <source>{0} is not allowed</source>
        <translation>{0} no está permitido</translation>
    </message>
    <message>
        <source>the list of arrays is malformed</source>
        <translation>la lista de arrays está mal formada</translation>
    </message>
    <message>
        <source>the array {0} is listed but not in the file</source>
        <translation>el array {0} figura en la lista, pero no está en el archivo</translation>
    </message>
    <message>
        <source>{0} has shape {1} {2}, the manifest says {3} {4}</source>
        <translation>{0} tiene la forma {1} {2}, el manifiesto dice {3} {4}</translation>
    </message>
    <message>
        <source>{0} holds NaN or infinite numbers</source>
        <translation>{0} contiene NaN o números infinitos</translation>
    </message>
    <message>
        <source>{0} does not fit in {1}</source>
        <translation>{0} no cabe en {1}</translation>
    </message>
    <message>
        <source>the {0} scaler is half there</source>
        <translation>el escalado de {0} está a medias</translation>
    </message>
    <message>
        <source>there are no training rows</source>
        <translation>no hay filas de entrenamiento</translation>
    </message>
    <message>
        <source>the feature inputs are malformed</source>
        <translation>las entradas calculadas están mal formadas</translation>
    </message>
    <message>
        <source>the starting weights do not fit {0}</source>
        <translation>los pesos iniciales no encajan con {0}</translation>
    </message>
    <message>
        <source>the loss history&apos;s columns differ in length</source>
        <translation>las columnas del historial de pérdida tienen longitudes distintas</translation>
    </message>
    <message>
        <source>the history holds {0} epochs, fewer than the {1} shown</source>
        <translation>el historial tiene {0} épocas, menos que las {1} mostradas</translation>
    </message>
    <message>
        <source>the lesson ({0}) is missing</source>
        <translation>falta la lección ({0})</translation>
    </message>
    <message>
        <source>the data&apos;s origin is malformed</source>
        <translation>el origen de los datos está mal formado</translation>
    </message>
    <message>
        <source>{0} members; a session file has at most {1}</source>
        <translation>{0} miembros; un archivo de sesión tiene como máximo {1}</translation>
    </message>
    <message>
        <source>two members are called {0}; refused (tools disagree on which one counts)</source>
        <translation>dos miembros se llaman {0}; rechazado (las herramientas no coinciden en cuál cuenta)</translation>
    </message>
    <message>
        <source>member {0} is encrypted; a session file never is</source>
        <translation>el miembro {0} está cifrado; un archivo de sesión nunca lo está</translation>
    </message>
    <message>
        <source>member {0} uses compression method {1}; a session file uses only stored or deflated members</source>
        <translation>el miembro {0} usa el método de compresión {1}; un archivo de sesión solo usa miembros «stored» o «deflated»</translation>
    </message>
    <message>
        <source>member {0} says it holds {1} bytes; at most {2} are allowed</source>
        <translation>el miembro {0} dice contener {1} bytes; se permiten como máximo {2}</translation>
    </message>
    <message>
        <source>the members hold {0} bytes together; at most {1} are allowed</source>
        <translation>los miembros contienen {0} bytes en total; se permiten como máximo {1}</translation>
    </message>
    <message>
        <source>member {0} is too large ({1} bytes; at most {2})</source>
        <translation>el miembro {0} es demasiado grande ({1} bytes; como máximo {2})</translation>
    </message>
    <message>
        <source>member {0} inflates beyond its size or the limit; refused</source>
        <translation>el miembro {0} se descomprime por encima de su tamaño o del límite; rechazado</translation>
    </message>
    <message>
        <source>{0}: {1} nests too deeply; refused</source>
        <translation>{0}: {1} tiene demasiados niveles anidados; rechazado</translation>
    </message>
    <message>
        <source>{0}: {1} holds a text of {2} characters; at most {3} are allowed</source>
        <translation>{0}: {1} contiene un texto de {2} caracteres; se permiten como máximo {3}</translation>
    </message>
    <message>
        <source>the settings are malformed</source>
        <translation>la configuración está mal formada</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>las capas ocultas</translation>
    </message>
    <message>
        <source>the network&apos;s seed</source>
        <translation>la semilla de la red</translation>
    </message>
    <message>
        <source>the training settings are malformed</source>
        <translation>la configuración del entrenamiento está mal formada</translation>
    </message>
    <message>
        <source>{0} must be true or false</source>
        <translation>{0} debe ser true o false</translation>
    </message>
    <message>
        <source>the feature names</source>
        <translation>los nombres de las entradas</translation>
    </message>
    <message>
        <source>the class names</source>
        <translation>los nombres de las clases</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>the {0} entry is missing or malformed</source>
        <translation>la entrada {0} falta o está mal formada</translation>
    </message>
    <message>
        <source>the problem&apos;s {0}</source>
        <translation>{0} del problema</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>{0} must be a list of at most {1} texts</source>
        <translation>{0} deben ser una lista de como máximo {1} textos</translation>
    </message>
    <message>
        <source>a classification needs at least two class names</source>
        <translation>una clasificación necesita al menos dos nombres de clase</translation>
    </message>
    <message>
        <source>the picture shape must be two whole numbers of rows and columns</source>
        <translation>el tamaño de la imagen deben ser dos números enteros, filas y columnas</translation>
    </message>
    <message>
        <source>the trainer&apos;s settings are malformed</source>
        <translation>la configuración del entrenamiento está mal formada</translation>
    </message>
    <message>
        <source>too many arrays are listed</source>
        <translation>se enumeran demasiados arrays</translation>
    </message>
    <message>
        <source>the array {0} is listed with a malformed shape or type</source>
        <translation>el array {0} figura con una forma o un tipo mal formados</translation>
    </message>
    <message>
        <source>the timeline is malformed</source>
        <translation>la línea de tiempo está mal formada</translation>
    </message>
    <message>
        <source>the timeline has {0} keyframes; at most {1}</source>
        <translation>la línea de tiempo tiene {0} fotogramas clave; como máximo {1}</translation>
    </message>
    <message>
        <source>the timeline&apos;s {0}</source>
        <translation>{0} de la línea de tiempo</translation>
    </message>
    <message>
        <source>the timeline&apos;s budget</source>
        <translation>la memoria asignada a la línea de tiempo</translation>
    </message>
    <message>
        <source>a timeline keyframe is malformed</source>
        <translation>un fotograma clave de la línea de tiempo está mal formado</translation>
    </message>
    <message>
        <source>a keyframe&apos;s {0}</source>
        <translation>{0} de un fotograma clave</translation>
    </message>
    <message>
        <source>the sample cursor</source>
        <translation>la posición dentro de la época</translation>
    </message>
    <message>
        <source>the divergence note</source>
        <translation>la nota de divergencia</translation>
    </message>
    <message>
        <source>the optimizer state is malformed</source>
        <translation>el estado del optimizador está mal formado</translation>
    </message>
    <message>
        <source>the optimizer&apos;s {0}</source>
        <translation>{0} del optimizador</translation>
    </message>
    <message>
        <source>an optimizer state entry is malformed</source>
        <translation>una entrada del estado del optimizador está mal formada</translation>
    </message>
    <message>
        <source>an optimizer value</source>
        <translation>un valor del optimizador</translation>
    </message>
    <message>
        <source>the last epoch&apos;s numbers are malformed</source>
        <translation>los números de la última época están mal formados</translation>
    </message>
    <message>
        <source>the random state is malformed</source>
        <translation>el estado aleatorio está mal formado</translation>
    </message>
    <message>
        <source>the random state&apos;s {0}</source>
        <translation>{0} del estado aleatorio</translation>
    </message>
    <message>
        <source>unknown .npy version {0}</source>
        <translation>versión de .npy desconocida {0}</translation>
    </message>
    <message>
        <source>{0} is not a NumPy array ({1})</source>
        <translation>{0} no es un array de NumPy ({1})</translation>
    </message>
    <message>
        <source>{0}: {1} holds Python objects (a pickle); refused, nothing from it was run</source>
        <translation>{0}: {1} contiene objetos de Python (un pickle); rechazado, no se ejecutó nada de él</translation>
    </message>
    <message>
        <source>{0} does not hold plain numbers</source>
        <translation>{0} no contiene números simples</translation>
    </message>
    <message>
        <source>{0} has an implausible shape</source>
        <translation>{0} tiene una forma inverosímil</translation>
    </message>
    <message>
        <source>{0} says it holds {1} values, more than the member has</source>
        <translation>{0} dice contener {1} valores, más de los que tiene el miembro</translation>
    </message>
    <message>
        <source>{0} holds {1} bytes of data for {2} values</source>
        <translation>{0} contiene {1} bytes de datos para {2} valores</translation>
    </message>
    <message>
        <source>softmax and categorical cross-entropy need two outputs or more; this network has one</source>
        <translation>softmax y la entropía cruzada categórica necesitan dos salidas o más; esta red tiene una</translation>
    </message>
    <message>
        <source>the settings give starting biases to a network without biases</source>
        <translation>la configuración da sesgos iniciales a una red sin sesgos</translation>
    </message>
    <message>
        <source>{0} is not a table of numbers</source>
        <translation>{0} no es una tabla de números</translation>
    </message>
    <message>
        <source>{0} rows of {1} inputs and {2} outputs are beyond the limits ({3} rows, {4} inputs, {5} outputs)</source>
        <translation>{0} filas de {1} entradas y {2} salidas superan los límites ({3} filas, {4} entradas, {5} salidas)</translation>
    </message>
    <message>
        <source>unknown task {0}</source>
        <translation>tarea desconocida {0}</translation>
    </message>
    <message>
        <source>a yes/no problem has one output and two class names</source>
        <translation>un problema de sí/no tiene una salida y dos nombres de clase</translation>
    </message>
    <message>
        <source>a problem with several classes needs an output per class</source>
        <translation>un problema con varias clases necesita una salida por clase</translation>
    </message>
    <message>
        <source>a scaler has a zero or non-finite scale</source>
        <translation>un escalado tiene un factor cero o no finito</translation>
    </message>
    <message>
        <source>the training inputs and targets differ in length</source>
        <translation>las entradas y los objetivos de entrenamiento tienen longitudes distintas</translation>
    </message>
    <message>
        <source>the validation rows are half there</source>
        <translation>las filas de validación están a medias</translation>
    </message>
    <message>
        <source>the validation rows do not fit the training rows</source>
        <translation>las filas de validación no encajan con las de entrenamiento</translation>
    </message>
    <message>
        <source>the test rows are half there</source>
        <translation>las filas de prueba están a medias</translation>
    </message>
    <message>
        <source>the test rows do not fit the training rows</source>
        <translation>las filas de prueba no encajan con las de entrenamiento</translation>
    </message>
    <message>
        <source>{0} input names for {1} inputs</source>
        <translation>{0} nombres de entrada para {1} entradas</translation>
    </message>
    <message>
        <source>a {0}×{1} picture for {2} inputs</source>
        <translation>una imagen de {0}×{1} para {2} entradas</translation>
    </message>
    <message>
        <source>the class names do not fit the outputs</source>
        <translation>los nombres de las clases no encajan con las salidas</translation>
    </message>
    <message>
        <source>a scaler does not fit the columns</source>
        <translation>un escalado no encaja con las columnas</translation>
    </message>
    <message>
        <source>the input columns&apos; recipe does not fit the inputs</source>
        <translation>la receta de las columnas de entrada no encaja con las entradas</translation>
    </message>
    <message>
        <source>{0}: {1} is not valid JSON ({2})</source>
        <translation>{0}: {1} no es JSON válido ({2})</translation>
    </message>
    <message>
        <source>{0}: not an nnviz session file ({1} does not say so)</source>
        <translation>{0}: no es un archivo de sesión de nnviz ({1} no lo indica)</translation>
    </message>
    <message>
        <source>{0}: the file&apos;s format version is missing or not a number</source>
        <translation>{0}: la versión de formato del archivo falta o no es un número</translation>
    </message>
    <message>
        <source>{0}: saved by a newer nnviz ({1}, format {2}); this nnviz reads format {3} or older: update nnviz</source>
        <translation>{0}: guardado por un nnviz más reciente ({1}, formato {2}); este nnviz lee el formato {3} o anteriores: actualiza nnviz</translation>
    </message>
    <message>
        <source>missing entry {0}</source>
        <translation>falta la entrada {0}</translation>
    </message>
    <message>
        <source>{0}: the file is inconsistent ({1}); it may have been edited by hand</source>
        <translation>{0}: el archivo es incoherente ({1}); puede que se editara a mano</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>every hidden layer needs at least one neuron</source>
        <translation>cada capa oculta necesita al menos una neurona</translation>
    </message>
    <message>
        <source>give one activation per hidden layer</source>
        <translation>indica una activación por capa oculta</translation>
    </message>
    <message>
        <source>unknown activation {0}; choose one of {1}</source>
        <translation>activación desconocida {0}; elige una de {1}</translation>
    </message>
    <message>
        <source>unknown initialisation {0}; choose one of {1}</source>
        <translation>inicialización desconocida {0}; elige una de {1}</translation>
    </message>
</context>
<context>
    <name>Slices</name>
    <message>
        <source> and {0} more</source>
        <translation> y {0} más</translation>
    </message>
    <message>
        <source>Held at the training mean: {0}</source>
        <translation>Fijada en la media de entrenamiento: {0}</translation>
    </message>
    <message>
        <source>Held at their training mean: {0}</source>
        <translation>Fijadas en su media de entrenamiento: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>epoch {0} +{1}</source>
        <translation>época {0} +{1}</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>época {0}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>learning rate {0}: {1}</source>
        <translation>tasa de aprendizaje {0}: {1}</translation>
    </message>
    <message>
        <source>unknown optimizer {0}; choose one of {1}</source>
        <translation>optimizador desconocido {0}; elige uno de {1}</translation>
    </message>
    <message>
        <source>the batch size must be 0 (full batch) or a positive number</source>
        <translation>el tamaño del lote debe ser 0 (lote completo) o un número positivo</translation>
    </message>
    <message>
        <source>L2 must be zero or a positive number</source>
        <translation>L2 debe ser cero o un número positivo</translation>
    </message>
    <message>
        <source>L1 must be zero or a positive number</source>
        <translation>L1 debe ser cero o un número positivo</translation>
    </message>
    <message>
        <source>the number of epochs must be at least 1</source>
        <translation>el número de épocas debe ser al menos 1</translation>
    </message>
    <message>
        <source>the network is {0} but the data has {1} inputs and {2} outputs</source>
        <translation>la red es {0} pero los datos tienen {1} entradas y {2} salidas</translation>
    </message>
    <message>
        <source>cross-entropy needs classes, but {0} is a number: use mean squared error (mse)</source>
        <translation>la entropía cruzada necesita clases, pero {0} es un número: usa el error cuadrático medio (mse)</translation>
    </message>
    <message>
        <source>learning rate (now {0})</source>
        <translation>tasa de aprendizaje (ahora {0})</translation>
    </message>
    <message>
        <source> or L2 (now {0})</source>
        <translation> o L2 (ahora {0})</translation>
    </message>
    <message>
        <source> or L1 (now {0})</source>
        <translation> o L1 (ahora {0})</translation>
    </message>
    <message>
        <source>Training diverged in epoch {0}: the loss became NaN or infinite. Try a smaller {1}; the last finite weights are kept.</source>
        <translation>El entrenamiento divergió en la época {0}: la pérdida se volvió NaN o infinita. Prueba a reducir la {1}; se conservan los últimos pesos finitos.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>reset</source>
        <translation>el reinicio</translation>
    </message>
    <message>
        <source>new weights</source>
        <translation>los pesos nuevos</translation>
    </message>
    <message>
        <source>network change</source>
        <translation>el cambio de red</translation>
    </message>
    <message>
        <source>settings change</source>
        <translation>el cambio de configuración</translation>
    </message>
    <message>
        <source>weight edit</source>
        <translation>la edición del peso</translation>
    </message>
    <message>
        <source>lesson change</source>
        <translation>el cambio de lección</translation>
    </message>
    <message>
        <source>data change</source>
        <translation>el cambio de datos</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>la rama</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Type a number, e.g. 0.03</source>
        <translation>Escribe un número, p. ej. 0,03</translation>
    </message>
    <message>
        <source>“{0}” is not a number</source>
        <translation>«{0}» no es un número</translation>
    </message>
    <message>
        <source>{0} is not a number</source>
        <translation>{0} no es un número</translation>
    </message>
    <message>
        <source>It must be more than 0</source>
        <translation>Debe ser mayor que 0</translation>
    </message>
    <message>
        <source>Too large (at most {0}; 0.001 to 10 is usual)</source>
        <translation>Demasiado grande (como mucho {0}; lo habitual es de 0,001 a 10)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r, ¿querías decir %(closest)r? (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
</context>
</TS>
