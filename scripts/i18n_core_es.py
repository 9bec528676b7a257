"""Spanish translations of the engine's and the command line's texts (nnviz_core_es.ts), keyed by
the English source text; scripts/i18n_fill_core.py puts them into entries the .ts file has not
translated yet. A sample row is "ejemplo" here, as in the rest of the engine's catalogue."""

ES = {
    # --- step explainer: long sums, scaled inputs
    "z = {0}: all {1} terms": "z = {0}: los {1} términos",
    "z = {0}: {1} terms, the {2} largest (by |w·{3}|) listed":
        "z = {0}: {1} términos, se listan los {2} mayores (según |w·{3}|)",
    "the other {0} terms, summed = {1}": "los otros {0} términos, sumados = {1}",
    "{0} terms with {1} = 0: each is 0": "{0} términos con {1} = 0: cada uno es 0",
    "(the {0} terms above)": "(los {0} términos de arriba)",
    "(the {0} listed)": "(los {0} listados)",
    "(the other {0})": "(los otros {0})",
    "{0} of them have ∂L/∂w = 0 (their input is 0 in this step).":
        "{0} de ellos tienen ∂L/∂w = 0 (su entrada es 0 en este paso).",
    "{0} of them do not change in this step (their update is 0).":
        "{0} de ellos no cambian en este paso (su actualización es 0).",
    "The inputs are the table's values as they are (no scaling).":
        "Las entradas son los valores de la tabla tal cual (sin escalar).",
    # the three fill the {1} of "… with the {1} of the training rows" below
    "max": "el máximo",
    "min and max": "el mínimo y el máximo",
    "mean and std": "la media y la desviación típica",
    "The network sees scaled inputs: {0}, with the {1} of the training rows. Sample {2} as the table has it and "
    "as the network sees it:":
        "La red ve entradas escaladas: {0}, con {1} de las filas de entrenamiento. El ejemplo {2} tal como está en "
        "la tabla y como lo ve la red:",
    "… and {0} more inputs, each the same way.": "… y {0} entradas más, todas del mismo modo.",
    "The target is scaled too: ": "El objetivo también está escalado: ",
    "({0} with δ = 0)": "({0} con δ = 0)",
    "next layer: {0} terms, the {1} largest first": "capa siguiente: {0} términos, los {1} mayores primero",
    # --- mistakes gallery, drawn digits
    "mistakes are counted for classes, not for a value": "los errores se cuentan para clases, no para un valor",
    "the picture has {0} pixels; the network takes {1} inputs": "la imagen tiene {0} píxeles; la red toma {1} entradas",
    "a drawn picture can only be added to a table of classes": "un dibujo solo se puede añadir a una tabla de clases",
    "a pixel of the picture is not a finite number": "un píxel de la imagen no es un número finito",
    "the label must be one of the {0} classes": "la etiqueta debe ser una de las {0} clases",
    "added a drawn {0} to the training data": "se añadió un dibujo de «{0}» a los datos de entrenamiento",
    # --- Check yourself
    "Type a number, e.g. 0.75, 0,75 or 3/4.": "Escribe un número, p. ej. 0,75; 0.75 o 3/4.",
    "That answer is too long to be a number.": "Esa respuesta es demasiado larga para ser un número.",
    "\"{0}\" is not a number: write e.g. 0.75, 0,75, 3/4 or 1 1/2 (one decimal mark, no thousands separator).":
        "«{0}» no es un número: escribe p. ej. 0,75; 0.75; 3/4 o 1 1/2 (un solo separador decimal, sin "
        "separador de miles).",
    "That number is too large.": "Ese número es demasiado grande.",
    "A fraction cannot have 0 below the line.": "Una fracción no puede tener 0 debajo de la raya.",
    "Right within ±{0}: one unit in the last of the {1} significant digits the explainer shows.":
        "Correcto dentro de ±{0}: una unidad en la última de las {1} cifras significativas que muestra el "
        "explicador.",
    "Right: {0} (the engine has {1}).": "Correcto: {0} (nnviz tiene {1}).",
    "Not quite: {0} is {1} away; within ±{2} counts as right. Try again or press Show.":
        "No del todo: {0} se aleja {1}; dentro de ±{2} cuenta como correcto. Inténtalo de nuevo o pulsa «Mostrar».",
    "new {0}": "nuevo {0}",
    "loss of the step": "pérdida del paso",
    " (sample position {0})": " (ejemplo en la posición {0})",
    # --- comparing two runs
    'a compare beat changes one of lr, seed, bias, activation, hidden':
        'una diapositiva de comparación cambia uno de lr, seed, bias, activation, hidden',
    'this network has no hidden layer, so no hidden activation to change':
        'esta red no tiene capa oculta, así que no hay activación oculta que cambiar',
    'a compare beat cannot change {0}':
        'una diapositiva de comparación no puede cambiar {0}',
    'must be a list of at most {0} layer sizes such as [4], not {1}':
        'debe ser una lista de como mucho {0} tamaños de capa como [4], no {1}',
    "compare: a 'compare' beat changes exactly one of {0}":
        "compare: una diapositiva 'compare' cambia exactamente uno de {0}",
    "{0}: a 'compare' beat changes exactly one of {1} (it gives {2})":
        "{0}: una diapositiva 'compare' cambia exactamente uno de {1} (da {2})",
    'a compare beat changes exactly one of {0}':
        'una diapositiva de comparación cambia exactamente uno de {0}',
    'no hidden layer':
        'sin capa oculta',
    'hidden {0}':
        'oculta {0}',
    'lr {0}':
        'lr {0}',
    'seed {0}':
        'semilla {0}',
    'bias on':
        'sesgo activado',
    'bias off':
        'sesgo desactivado',
    '{0} hidden':
        '{0} oculta',
    '{0} output':
        '{0} salida',
    'optimizer {0}':
        'optimizador {0}',
    'loss {0}':
        'pérdida {0}',
    'full batch':
        'lote completo',
    'batch {0}':
        'lote {0}',
    'momentum {0}':
        'momento {0}',
    'L2 {0}':
        'L2 {0}',
    'L1 {0}':
        'L1 {0}',
    'loss {0} over a batch':
        'pérdida {0} sobre un lote',
    'shuffled':
        'barajado',
    'in order':
        'en orden',
    'init {0}':
        'inic. {0}',
    'init value {0}':
        'valor inicial {0}',
    'inputs {0}':
        'entradas {0}',
    'given start weights':
        'pesos iniciales dados',
    'random start weights':
        'pesos iniciales aleatorios',
    'its start weights':
        'sus pesos iniciales',
    'other start weights':
        'otros pesos iniciales',
    'Pinned and now: the same settings':
        'Fijada y actual: los mismos ajustes',
    'Pinned: {0} · Now: {1}':
        'Fijada: {0} · Ahora: {1}',
    'pinned':
        'fijada',
    'pinned: {0}':
        'fijada: {0}',
    'The pinned run was unpinned: it belongs to the lesson before.':
        'La ejecución fijada se soltó: pertenece a la lección anterior.',
    'Pinned this run (epochs 0 to {0}); back at epoch 0. Change one thing (learning rate, seed, bias, activation, a hidden layer) and train again: both curves show, the pinned one dashed.':
        'Ejecución fijada (épocas 0 a {0}); de vuelta en la época 0. Cambia una cosa (tasa de aprendizaje, semilla, sesgo, activación, una capa oculta) y entrena de nuevo: se ven las dos curvas, la fijada discontinua.',
    'No run is pinned.':
        'No hay ninguna ejecución fijada.',
    'Unpinned: only the run now is shown.':
        'Soltada: solo se muestra la ejecución actual.',
    # --- CSV: refusals before reading and while reading, and the sniffer's notes
    '{0}: the file cannot be read (permission denied).':
        '{0}: no se puede leer el archivo (permiso denegado).',
    '{0}: the file cannot be read ({1}).':
        '{0}: no se puede leer el archivo ({1}).',
    'unknown error': 'error desconocido',
    '{0}: the file is empty.': '{0}: el archivo está vacío.',
    '{0}: the file is empty (it holds only blank lines).':
        '{0}: el archivo está vacío (solo tiene líneas en blanco).',
    '{0}: this is a binary file ({1}), not a CSV table; save it as CSV (File › Save As › CSV) and open that.':
        '{0}: es un archivo binario ({1}), no una tabla CSV; guárdalo como CSV '
        '(Archivo › Guardar como › CSV) y abre ese.',
    '{0}: this is a binary file ({1}), not a CSV table.':
        '{0}: es un archivo binario ({1}), no una tabla CSV.',
    '{0}: this is a binary file, not a CSV table; save it as CSV (File › Save As › CSV) and open that.':
        '{0}: es un archivo binario, no una tabla CSV; guárdalo como CSV '
        '(Archivo › Guardar como › CSV) y abre ese.',
    '{0}: this is a binary file, not a CSV table.':
        '{0}: es un archivo binario, no una tabla CSV.',
    '{0}: this looks like an HTML page, not a CSV table.':
        '{0}: parece una página HTML, no una tabla CSV.',
    '{0}: this looks like an XML document, not a CSV table.':
        '{0}: parece un documento XML, no una tabla CSV.',
    'Converted old Mac line endings (CR only) to newlines.':
        'Se convirtieron los finales de línea antiguos de Mac (solo CR) en saltos de línea.',
    'Removed a UTF-8 byte-order mark.': 'Se quitó una marca de orden de bytes UTF-8.',
    'Read as {0} text.': 'Leído como texto {0}.',
    '{0}: a quote (") opened in row {1} is never closed; close it or remove it.':
        '{0}: unas comillas (") abiertas en la fila {1} no se cierran nunca; ciérralas o quítalas.',
    '{0}: row {1} has {2} field, the header has {3}.':
        '{0}: la fila {1} tiene {2} campo, la cabecera tiene {3}.',
    '{0}: row {1} has {2} fields, the header has {3}.':
        '{0}: la fila {1} tiene {2} campos, la cabecera tiene {3}.',
    'Does a number hold a thousands separator, like 1,234? Remove the separators (1234) or put such numbers in quotes.':
        '¿Tiene algún número un separador de miles, como 1,234? Quita los separadores (1234) o pon esos '
        'números entre comillas.',
    '{0}: the rows starting at row {1} could not be read as a CSV table.':
        '{0}: las filas desde la fila {1} no se pudieron leer como tabla CSV.',
    '{0}: not enough memory to read this file; use a sample of it.':
        '{0}: no hay memoria suficiente para leer este archivo; usa una muestra.',
    '{0}: not enough memory to read this file.':
        '{0}: no hay memoria suficiente para leer este archivo.',
    '{0}: the file could not be read as a CSV table ({1}).':
        '{0}: el archivo no se pudo leer como tabla CSV ({1}).',
    '{0}: the file has a header but no data rows.':
        '{0}: el archivo tiene cabecera pero ninguna fila de datos.',
    # --- CSV: options, unusable columns, and what a text column holds (fills "holds {1}")
    '{0}: unknown missing-value rule {1}; choose drop or mean.':
        '{0}: regla de valores ausentes desconocida {1}; elige drop o mean.',
    '{0}: unknown scaling {1}; choose one of {2}.':
        '{0}: escalado desconocido {1}; elige uno de {2}.',
    '{0}: there is no usable feature: column {1} holds {2}.':
        '{0}: no hay ninguna característica utilizable: la columna {1} contiene {2}.',
    'Text columns not used as features: {0} (choose them to one-hot encode them).':
        'Columnas de texto no usadas como características: {0} (elígelas para codificarlas one-hot).',
    '{0}: column {1} holds {2}.': '{0}: la columna {1} contiene {2}.',
    "Column '{0}' is read as text: it holds {1}.":
        "La columna '{0}' se lee como texto: contiene {1}.",
    'percentages like {0}; write them as plain numbers (12 instead of 12%) to use it as a number':
        'porcentajes como {0}; escríbelos como números simples (12 en vez de 12%) para usarla como número',
    'amounts with a currency sign like {0}; remove the currency sign to use it as a number':
        'importes con símbolo de moneda como {0}; quita el símbolo de moneda para usarla como número',
    'numbers with thousands separators like {0}; remove the separators (1234 instead of 1,234) to use it as a number':
        'números con separadores de miles como {0}; quita los separadores (1234 en vez de 1,234) para usarla '
        'como número',
    'dates like {0}; turn them into numbers (e.g. days since the first date) or leave the column out':
        'fechas como {0}; conviértelas en números (p. ej. días desde la primera fecha) o deja la columna fuera',
    'times of day like {0}; turn them into numbers (e.g. minutes since midnight) or leave the column out':
        'horas del día como {0}; conviértelas en números (p. ej. minutos desde medianoche) o deja la columna fuera',
    'hexadecimal numbers like {0}; convert them to decimal numbers to use it as a number':
        'números hexadecimales como {0}; conviértelos a números decimales para usarla como número',
    # --- CSV: the notes shown after reading a file
    'Skipped 1 blank line before the header.': 'Se omitió 1 línea en blanco antes de la cabecera.',
    'Skipped {0} blank lines before the header.': 'Se omitieron {0} líneas en blanco antes de la cabecera.',
    'Separator tab detected.': 'Separador tabulador detectado.',
    'Separator {0} detected.': 'Separador {0} detectado.',
    'The first row holds numbers, not names; columns are named column_1 … column_{0}.':
        'La primera fila contiene números, no nombres; las columnas se llaman column_1 … column_{0}.',
    "Named the unnamed column {0} '{1}'.": "La columna sin nombre {0} se llama ahora '{1}'.",
    "Renamed duplicate column '{0}' to '{1}'.": "Columna duplicada '{0}' renombrada a '{1}'.",
    'Renamed {0} more duplicate columns the same way.': 'Otras {0} columnas duplicadas renombradas igual.',
    "Read column '{0}' with decimal commas.": "Columna '{0}' leída con coma decimal.",
    'Dropped 1 row with no value for the target {0}.': 'Se quitó 1 fila sin valor para el objetivo {0}.',
    'Dropped {0} rows with no value for the target {1}.': 'Se quitaron {0} filas sin valor para el objetivo {1}.',
    'Inputs as large as {0} are not scaled; training may diverge (choose a scaling such as standard).':
        'Entradas de hasta {0} sin escalar; el entrenamiento puede divergir (elige un escalado como standard).',
    'Target {0}: regression (predicting a number).': 'Objetivo {0}: regresión (predecir un número).',
    'No training rows for class {0}.': 'No hay filas de entrenamiento para la clase {0}.',
    'One-hot encoded text: {0}.': 'Texto codificado one-hot: {0}.',
    'Read 1 lone carriage return (CR) as line breaks.': 'Se leyó 1 retorno de carro suelto (CR) como salto de línea.',
    'Read {0} lone carriage returns (CR) as line breaks.':
        'Se leyeron {0} retornos de carro sueltos (CR) como saltos de línea.',
    # --- session files: what is not a session file
    '{0}: not an nnviz session file (a zip archive without {1})':
        '{0}: no es un archivo de sesión de nnviz (un archivo zip sin {1})',
    '{0}: {1} nests too deeply; refused': '{0}: {1} tiene demasiados niveles anidados; rechazado',
    '{0}: {1} is not valid JSON ({2})': '{0}: {1} no es JSON válido ({2})',
    '{0}: not an nnviz session file ({1} does not say so)':
        '{0}: no es un archivo de sesión de nnviz ({1} no lo indica)',
    "{0}: the file's format version is missing or not a number":
        '{0}: la versión de formato del archivo falta o no es un número',
    # --- a table's notes (kept as data, written out when shown), CSV refusals, kinds of file
    "Inputs scaled ('{0}') with statistics of the {1} training rows only.":
        "Entradas escaladas ('{0}') con estadísticas solo de las {1} filas de entrenamiento.",
    "Target scaled ('{0}') with statistics of the training rows.":
        "Objetivo escalado ('{0}') con estadísticas de las filas de entrenamiento.",
    '{0}: unknown target kind {1}; choose classification, binary, multiclass or regression.':
        '{0}: tipo de objetivo desconocido {1}; elige classification, binary, multiclass o regression.',
    '{0}: the split must be three non-negative percentages with a non-zero training part.':
        '{0}: el reparto deben ser tres porcentajes no negativos, con una parte de entrenamiento mayor que cero.',
    '{0}: each part of the split must be 0 or at least {1} % of the rows (got {2}).':
        '{0}: cada parte del reparto debe ser 0 o al menos el {1} % de las filas (se indicó {2}).',
    '{0}: column {1} does not exist; columns are: {2}.':
        '{0}: la columna {1} no existe; las columnas son: {2}.',
    'Left out column with no values: {0}.': 'Columna sin valores omitida: {0}.',
    'Left out columns with no values: {0}.': 'Columnas sin valores omitidas: {0}.',
    '{0}: there is no usable feature: no numeric column besides the target {1}; choose text columns as features to one-hot encode them (--features on the command line): {2}.':
        '{0}: no hay ninguna característica utilizable: ninguna columna numérica aparte del objetivo {1}; elige '
        'columnas de texto como características para codificarlas one-hot (--features en la línea de órdenes): {2}.',
    '{0}: there is no usable feature: no numeric column besides the target {1}.':
        '{0}: no hay ninguna característica utilizable: ninguna columna numérica aparte del objetivo {1}.',
    '{0}: there is no usable feature: {1} is text and one-hot encoding is off.':
        '{0}: no hay ninguna característica utilizable: {1} es texto y la codificación one-hot está desactivada.',
    '{0}: there is no usable feature: {1} are text and one-hot encoding is off.':
        '{0}: no hay ninguna característica utilizable: {1} son texto y la codificación one-hot está desactivada.',
    'Left out text column {0} (one-hot encoding is off).':
        'Columna de texto {0} omitida (la codificación one-hot está desactivada).',
    'Left out text columns {0} (one-hot encoding is off).':
        'Columnas de texto {0} omitidas (la codificación one-hot está desactivada).',
    '{0}: every row has a missing value in the chosen columns (most in {1}: {2} of {3}); nothing is left to learn from.':
        '{0}: todas las filas tienen un valor ausente en las columnas elegidas (la mayoría en {1}: {2} de {3}); '
        'no queda nada de lo que aprender.',
    'Dropped {0} of {1} row with missing values ({2}).': 'Se quitaron {0} de {1} fila con valores ausentes ({2}).',
    'Dropped {0} of {1} rows with missing values ({2}).': 'Se quitaron {0} de {1} filas con valores ausentes ({2}).',
    '{0}: column {1} has no values in the training rows to fill its gaps with.':
        '{0}: la columna {1} no tiene valores en las filas de entrenamiento con los que rellenar sus huecos.',
    'Filled {0} missing numeric cells with training-split means ({1}).':
        'Se rellenaron {0} celdas numéricas ausentes con las medias de las filas de entrenamiento ({1}).',
    'Filled {0} missing text cells with the most common training value ({1}).':
        'Se rellenaron {0} celdas de texto ausentes con el valor más frecuente de las filas de entrenamiento ({1}).',
    '{0}: the target {1} has a single class ({2}) after dropping {3} of {4} rows with missing values (fill them with the mean, --missing mean, or leave the emptiest features out); a classifier needs at least two.':
        '{0}: el objetivo {1} tiene una sola clase ({2}) tras quitar {3} de {4} filas con valores ausentes '
        '(rellénalos con la media, --missing mean, o deja fuera las características más vacías); un '
        'clasificador necesita al menos dos.',
    '{0}: the target {1} has a single class ({2}); a classifier needs at least two.':
        '{0}: el objetivo {1} tiene una sola clase ({2}); un clasificador necesita al menos dos.',
    '{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (it holds {4}).':
        '{0}: el objetivo {1} tiene {2} valores distintos; aquí un clasificador admite como mucho {3} clases '
        '(la columna contiene {4}).',
    '{0}: the target {1} has {2} different values; a classifier here takes at most {3} classes (is it an identifier or a number to predict?).':
        '{0}: el objetivo {1} tiene {2} valores distintos; aquí un clasificador admite como mucho {3} clases '
        '(¿es un identificador o un número que predecir?).',
    '{0}: the target {1} has {2} classes; binary classification needs exactly two.':
        '{0}: el objetivo {1} tiene {2} clases; la clasificación binaria necesita exactamente dos.',
    'Target {0}: multiclass classification with {1} classes ({2}).':
        'Objetivo {0}: clasificación multiclase con {1} clases ({2}).',
    'Target {0}: binary classification with {1} classes ({2}).':
        'Objetivo {0}: clasificación binaria con {1} clases ({2}).',
    '{0}: column {1} holds numbers as large as {2}; nnviz takes numbers up to {3} (are they in the right unit? divide them, or leave the column out).':
        '{0}: la columna {1} contiene números de hasta {2}; nnviz admite números hasta {3} (¿están en la unidad '
        'correcta? divídelos o deja fuera la columna).',
    '{0}: only {1} rows are left after dropping rows with missing values; a {2} split needs at least {3}.':
        '{0}: solo quedan {1} filas tras quitar las filas con valores ausentes; un reparto {2} necesita al menos {3}.',
    '{0}: there is only 1 row; a {2} split needs at least {3}.':
        '{0}: solo hay 1 fila; un reparto {2} necesita al menos {3}.',
    '{0}: there are only {1} rows; a {2} split needs at least {3}.':
        '{0}: solo hay {1} filas; un reparto {2} necesita al menos {3}.',
    'Too few rows per class to stratify the split; split without stratification.':
        'Muy pocas filas por clase para estratificar el reparto; reparto sin estratificar.',
    'Split {0}: {1} training, {2} validation, {3} test rows (stratified by class, seed {4}).':
        'Reparto {0}: {1} filas de entrenamiento, {2} de validación, {3} de prueba (estratificado por clase, semilla {4}).',
    'Split {0}: {1} training, {2} validation, {3} test rows (seed {4}).':
        'Reparto {0}: {1} filas de entrenamiento, {2} de validación, {3} de prueba (semilla {4}).',
    '{0}: the text column {1} has {2} different values; one-hot encoding takes at most {3} (is it an identifier or a note? leave it out of the features).':
        '{0}: la columna de texto {1} tiene {2} valores distintos; la codificación one-hot admite como mucho {3} '
        '(¿es un identificador o una nota? déjala fuera de las características).',
    '{0}: one-hot encoding makes {1} inputs; the network takes at most {2} (choose fewer text columns).':
        '{0}: la codificación one-hot da {1} entradas; la red admite como mucho {2} (elige menos columnas de texto).',
    '{0} ({1} categories)': '{0} ({1} categorías)',
    'the input has {0} values but the network expects {1}.': 'la entrada tiene {0} valores, pero la red espera {1}.',
    'Read as latin-1 (not valid UTF-8).': 'Leído como latin-1 (no es UTF-8 válido).',
    'a PNG image': 'una imagen PNG',
    'a JPEG image': 'una imagen JPEG',
    'a GIF image': 'una imagen GIF',
    'a PDF document': 'un documento PDF',
    'a zip archive, e.g. an Excel .xlsx workbook': 'un archivo zip, p. ej. un libro de Excel .xlsx',
    'an old Office document, e.g. an Excel .xls workbook': 'un documento antiguo de Office, p. ej. un libro de Excel .xls',
    'gzip-compressed': 'comprimido con gzip',
    'an SQLite database': 'una base de datos SQLite',
    'a spreadsheet workbook': 'un libro de hoja de cálculo',
    '1 column name held line breaks or control characters, shown escaped (\\n).':
        '1 nombre de columna contenía saltos de línea o caracteres de control, mostrados escapados (\\n).',
    '{0} column names held line breaks or control characters, shown escaped (\\n).':
        '{0} nombres de columna contenían saltos de línea o caracteres de control, mostrados escapados (\\n).',
    '1 infinite value treated as missing ({0}).': '1 valor infinito tratado como ausente ({0}).',
    '{0} infinite values treated as missing ({1}).': '{0} valores infinitos tratados como ausentes ({1}).',
    "Column '{0}': 1 non-numeric value ({1}) treated as missing.":
        "Columna '{0}': 1 valor no numérico ({1}) tratado como ausente.",
    "Column '{0}': {1} non-numeric values ({2}) treated as missing.":
        "Columna '{0}': {1} valores no numéricos ({2}) tratados como ausentes.",
    'Read {0} rows × {1} columns ({2} numeric, {3} text).': 'Leídas {0} filas × {1} columnas ({2} numéricas, {3} de texto).',
    '{0}, … ({1} in all)': '{0}, … ({1} en total)',
    # --- a prepared problem's refusals
    'unknown scaling {0}; choose one of {1}': 'escalado desconocido {0}; elige uno de {1}',
    'unknown task {0}': 'tarea desconocida {0}',
    "a sample beat's index is a row number (1 = the first data row), not {0}":
        'el índice de un paso sample es un número de fila (1 = la primera fila de datos), no {0}',
    'row {0}: rows are counted from 1 (the first data row)': 'fila {0}: las filas se cuentan desde 1 (la primera fila de datos)',
    'row {0}: the training data has {1} rows': 'fila {0}: los datos de entrenamiento tienen {1} filas',
    "row {0}: the training points were edited, so the table's rows no longer match them":
        'fila {0}: los puntos de entrenamiento se editaron, así que las filas de la tabla ya no corresponden a ellos',
    'row {0} of the table is not one of the {1} training rows (the split put it in validation or test, or it was dropped for a missing value)':
        'la fila {0} de la tabla no es una de las {1} filas de entrenamiento (el reparto la puso en validación o '
        'prueba, o se quitó por un valor ausente)',
    'split percentages must be non-negative and not all zero':
        'los porcentajes del reparto no pueden ser negativos ni todos cero',
    # --- CSV refusals about size
    '{0}: {1} is too large to load into the {2} of memory available; use a sample of it.':
        '{0}: {1} es demasiado grande para los {2} de memoria disponibles; usa una muestra.',
    '{0}: row {1} has {2} columns; nnviz reads at most {3} (is the separator right? otherwise keep fewer columns).':
        '{0}: la fila {1} tiene {2} columnas; nnviz lee como mucho {3} (¿es correcto el separador? si no, conserva menos columnas).',
    '{0}: row {1} has a name or cell longer than {2} KB, the most nnviz reads in one cell (is a quote (") left open?).':
        '{0}: la fila {1} tiene un nombre o una celda de más de {2} KB, lo máximo que nnviz lee en una celda '
        '(¿quedó abierta una comilla (")?).',
    '{0}: this table needs about {1} of memory once read, more than the {2} available; use a sample of it.':
        '{0}: esta tabla necesita unos {1} de memoria una vez leída, más que los {2} disponibles; usa una muestra.',
    '{0}: a quote (") opened in row {1} is not closed within {2} KB, the most nnviz reads in one cell; close it or remove it.':
        '{0}: una comilla (") abierta en la fila {1} no se cierra en {2} KB, lo máximo que nnviz lee en una celda; '
        'ciérrala o quítala.',
    '{0}: row {1} has a cell longer than {2} KB, the most nnviz reads in one cell (is a quote (") left open?).':
        '{0}: la fila {1} tiene una celda de más de {2} KB, lo máximo que nnviz lee en una celda (¿quedó abierta una '
        'comilla (")?).',
    # --- a chosen sample's forward pass (a test digit from the mistakes gallery)
    'There is no row {0} in the {1} data.': 'No hay fila {0} en los datos ({1}).',
    'Test sample {0}': 'Ejemplo de prueba {0}',
    'Validation sample {0}': 'Ejemplo de validación {0}',
    'Training sample {0}': 'Ejemplo de entrenamiento {0}',
    '{0}: truth {1}, answer {2}': '{0}: verdad {1}, respuesta {2}',
    'epoch {0} +{1}': 'época {0} +{1}',
    'epoch {0}': 'época {0}',
    'The forward pass only, with the weights now: nothing is trained.':
        'Solo la pasada hacia delante, con los pesos actuales: no se entrena nada.',
    'Test digits are never trained on: forward pass only.':
        'Con los dígitos de prueba nunca se entrena: solo la pasada hacia delante.',
    'Validation rows are never trained on: forward pass only.':
        'Con las filas de validación nunca se entrena: solo la pasada hacia delante.',
    'No gradient and no update: the weights stay as they are ({0}).':
        'Sin gradiente ni actualización: los pesos quedan como están ({0}).',
    'An input has no z: select a hidden or output neuron to see its sum.':
        'Una entrada no tiene z: elige una neurona oculta o de salida para ver su suma.',
    '(y is 1 for the true class, 0 for the others)': '(y es 1 para la clase verdadera, 0 para las demás)',
    "The network's probabilities": 'Las probabilidades de la red',
    "The network's outputs": 'Las salidas de la red',
    'Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: right.':
        'Respuesta: {0} (de la salida {1}, con 0,5 como límite). La verdad es {2}: bien.',
    'Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: wrong.':
        'Respuesta: {0} (de la salida {1}, con 0,5 como límite). La verdad es {2}: mal.',
    'Answer: {0} (the largest output, {1}). The truth is {2}: right.':
        'Respuesta: {0} (la salida mayor, {1}). La verdad es {2}: bien.',
    'Answer: {0} (the largest output, {1}). The truth is {2}: wrong.':
        'Respuesta: {0} (la salida mayor, {1}). La verdad es {2}: mal.',
    # --- session files: a damaged or hand-edited file (session_file.py, session_checks.py)
    "{0} members; a session file has at most {1}": "{0} miembros; un archivo de sesión tiene como máximo {1}",
    "two members are called {0}; refused (tools disagree on which one counts)":
        "dos miembros se llaman {0}; rechazado (las herramientas no coinciden en cuál cuenta)",
    "member {0} is encrypted; a session file never is": "el miembro {0} está cifrado; un archivo de sesión nunca lo está",
    "member {0} uses compression method {1}; a session file uses only stored or deflated members":
        "el miembro {0} usa el método de compresión {1}; un archivo de sesión solo usa miembros «stored» o «deflated»",
    "member {0} says it holds {1} bytes; at most {2} are allowed":
        "el miembro {0} dice contener {1} bytes; se permiten como máximo {2}",
    "the members hold {0} bytes together; at most {1} are allowed":
        "los miembros contienen {0} bytes en total; se permiten como máximo {1}",
    "member {0} is too large ({1} bytes; at most {2})": "el miembro {0} es demasiado grande ({1} bytes; como máximo {2})",
    "member {0} inflates beyond its size or the limit; refused":
        "el miembro {0} se descomprime por encima de su tamaño o del límite; rechazado",
    "{0}: {1} holds a text of {2} characters; at most {3} are allowed":
        "{0}: {1} contiene un texto de {2} caracteres; se permiten como máximo {3}",
    "the settings are malformed": "la configuración está mal formada",
    "the hidden layers": "las capas ocultas",
    "the network's seed": "la semilla de la red",
    "the training settings are malformed": "la configuración del entrenamiento está mal formada",
    "{0} must be true or false": "{0} debe ser true o false",
    "the {0} entry is missing or malformed": "la entrada {0} falta o está mal formada",
    "the problem's {0}": "{0} del problema",
    "the description": "la descripción",
    "the feature names": "los nombres de las entradas",
    "the class names": "los nombres de las clases",
    "the notes": "las notas",
    "{0} must be a list of at most {1} texts": "{0} deben ser una lista de como máximo {1} textos",
    "a classification needs at least two class names": "una clasificación necesita al menos dos nombres de clase",
    "the picture shape must be two whole numbers of rows and columns":
        "el tamaño de la imagen deben ser dos números enteros, filas y columnas",
    "the trainer's settings are malformed": "la configuración del entrenamiento está mal formada",
    "too many arrays are listed": "se enumeran demasiados arrays",
    "the array {0} is listed with a malformed shape or type": "el array {0} figura con una forma o un tipo mal formados",
    "the timeline is malformed": "la línea de tiempo está mal formada",
    "the timeline has {0} keyframes; at most {1}": "la línea de tiempo tiene {0} fotogramas clave; como máximo {1}",
    "the timeline's {0}": "{0} de la línea de tiempo",
    "the timeline's budget": "la memoria asignada a la línea de tiempo",
    "a timeline keyframe is malformed": "un fotograma clave de la línea de tiempo está mal formado",
    "a keyframe's {0}": "{0} de un fotograma clave",
    "the sample cursor": "la posición dentro de la época",
    "the divergence note": "la nota de divergencia",
    "the optimizer state is malformed": "el estado del optimizador está mal formado",
    "the optimizer's {0}": "{0} del optimizador",
    "an optimizer state entry is malformed": "una entrada del estado del optimizador está mal formada",
    "an optimizer value": "un valor del optimizador",
    "the last epoch's numbers are malformed": "los números de la última época están mal formados",
    "the random state is malformed": "el estado aleatorio está mal formado",
    "the random state's {0}": "{0} del estado aleatorio",
    "unknown .npy version {0}": "versión de .npy desconocida {0}",
    "{0} is not a NumPy array ({1})": "{0} no es un array de NumPy ({1})",
    "{0}: {1} holds Python objects (a pickle); refused, nothing from it was run":
        "{0}: {1} contiene objetos de Python (un pickle); rechazado, no se ejecutó nada de él",
    "{0} does not hold plain numbers": "{0} no contiene números simples",
    "{0} has an implausible shape": "{0} tiene una forma inverosímil",
    "{0} says it holds {1} values, more than the member has": "{0} dice contener {1} valores, más de los que tiene el miembro",
    "{0} holds {1} bytes of data for {2} values": "{0} contiene {1} bytes de datos para {2} valores",
    "softmax and categorical cross-entropy need two outputs or more; this network has one":
        "softmax y la entropía cruzada categórica necesitan dos salidas o más; esta red tiene una",
    "the settings give starting biases to a network without biases":
        "la configuración da sesgos iniciales a una red sin sesgos",
    "{0} is not a table of numbers": "{0} no es una tabla de números",
    "{0} rows of {1} inputs and {2} outputs are beyond the limits ({3} rows, {4} inputs, {5} outputs)":
        "{0} filas de {1} entradas y {2} salidas superan los límites ({3} filas, {4} entradas, {5} salidas)",
    "unknown task {0}": "tarea desconocida {0}",
    "a yes/no problem has one output and two class names": "un problema de sí/no tiene una salida y dos nombres de clase",
    "a problem with several classes needs an output per class":
        "un problema con varias clases necesita una salida por clase",
    "a scaler has a zero or non-finite scale": "un escalado tiene un factor cero o no finito",
    "the training inputs and targets differ in length":
        "las entradas y los objetivos de entrenamiento tienen longitudes distintas",
    "the validation rows are half there": "las filas de validación están a medias",
    "the validation rows do not fit the training rows": "las filas de validación no encajan con las de entrenamiento",
    "the test rows are half there": "las filas de prueba están a medias",
    "the test rows do not fit the training rows": "las filas de prueba no encajan con las de entrenamiento",
    "{0} input names for {1} inputs": "{0} nombres de entrada para {1} entradas",
    "a {0}×{1} picture for {2} inputs": "una imagen de {0}×{1} para {2} entradas",
    "the class names do not fit the outputs": "los nombres de las clases no encajan con las salidas",
    "a scaler does not fit the columns": "un escalado no encaja con las columnas",
    "the input columns' recipe does not fit the inputs": "la receta de las columnas de entrada no encaja con las entradas",
    "the weights do not fit {0}": "los pesos no encajan con {0}",
    "the last finite weights do not fit {0}": "los últimos pesos finitos no encajan con {0}",
    "the weights hold NaN or infinite numbers, yet training did not diverge":
        "los pesos contienen NaN o números infinitos, pero el entrenamiento no divergió",
    "epoch {0} sample {1} is not a place in training on {2} rows":
        "época {0}, ejemplo {1} no es un punto de un entrenamiento con {2} filas",
    "the epoch's row order is not an order of the training rows":
        "el orden de filas de la época no es una ordenación de las filas de entrenamiento",
    "the epoch's outputs so far do not fit": "las salidas de la época hasta ahora no encajan",
    "the divergence note is not a text": "la nota de divergencia no es un texto",
    "the random state is not one this nnviz uses": "el estado aleatorio no es uno que use este nnviz",
    "the optimizer state is {0}'s but the settings say {1}":
        "el estado del optimizador es de {0}, pero la configuración dice {1}",
    "the history holds {0} epochs but training is at epoch {1}":
        "el historial tiene {0} épocas, pero el entrenamiento está en la época {1}",
    "the timeline's keyframes are out of order": "los fotogramas clave de la línea de tiempo están desordenados",
    "the timeline's positions do not add up": "las posiciones de la línea de tiempo no cuadran",
    "the optimizer has no setting {0} of that kind": "el optimizador no tiene ningún ajuste {0} de ese tipo",
    "the {0} optimizer keeps no such state": "el optimizador {0} no guarda ese estado",
    "an optimizer state key is malformed": "una clave del estado del optimizador está mal formada",
    "the {0} optimizer's state has the wrong parts": "el estado del optimizador {0} tiene las partes equivocadas",
    "Adam's step count must be a whole number": "el número de pasos de Adam debe ser un número entero",
    "an optimizer moment has {0} values for {1} parameters":
        "un momento del optimizador tiene {0} valores para {1} parámetros",
    "the setting {0} cannot be saved yet": "el ajuste {0} aún no se puede guardar",
    "unknown training setting {0}": "ajuste de entrenamiento desconocido {0}",
    "unknown setting {0}": "ajuste desconocido {0}",
    "missing entry {0}": "falta la entrada {0}",
    "{0} is not allowed": "{0} no está permitido",
    "the list of arrays is malformed": "la lista de arrays está mal formada",
    "the array {0} is listed but not in the file": "el array {0} figura en la lista, pero no está en el archivo",
    "{0} has shape {1} {2}, the manifest says {3} {4}": "{0} tiene la forma {1} {2}, el manifiesto dice {3} {4}",
    "{0} holds NaN or infinite numbers": "{0} contiene NaN o números infinitos",
    "{0} does not fit in {1}": "{0} no cabe en {1}",
    "the {0} scaler is half there": "el escalado de {0} está a medias",
    "there are no training rows": "no hay filas de entrenamiento",
    "the feature inputs are malformed": "las entradas calculadas están mal formadas",
    "the starting weights do not fit {0}": "los pesos iniciales no encajan con {0}",
    "the loss history's columns differ in length": "las columnas del historial de pérdida tienen longitudes distintas",
    "the history holds {0} epochs, fewer than the {1} shown":
        "el historial tiene {0} épocas, menos que las {1} mostradas",
    "the lesson ({0}) is missing": "falta la lección ({0})",
    "the data's origin is malformed": "el origen de los datos está mal formado",
    # --- lesson files: a beat, a caption or the data written wrong (beat_schema, beats, captions, lesson_data)
    "must be true or false, not {0}": "debe ser true o false, no {0}",
    "must be one of {0}, not {1}": "debe ser uno de {0}, no {1}",
    "unknown {0}{1}; choose one of {2}": "desconocido: {0}{1}; elige uno de {2}",
    "must be a text or a list of texts, not {0}": "debe ser un texto o una lista de textos, no {0}",
    "must be a table of column = value, not {0}": "debe ser una tabla de columna = valor, no {0}",
    "has {0} columns; at most {1}": "tiene {0} columnas; como máximo {1}",
    "must be a table of {0} = true/false, not {1}": "debe ser una tabla de {0} = true/false, no {1}",
    "unknown toggle {0}{1}; choose from {2}": "interruptor desconocido {0}{1}; elige entre {2}",
    "{0} must be true or false, not {1}": "{0} debe ser true o false, no {1}",
    "must be [layer, index], not {0}": "debe ser [capa, índice], no {0}",
    " (did you mean {0}?)": " (¿querías decir {0}?)",
    "must be a table with caption and action, not {0}": "debe ser una tabla con caption y action, no {0}",
    "{0}: missing": "{0}: falta",
    "action: must be a text, not {0}": "action: debe ser un texto, no {0}",
    "action: unknown action {0}{1}; choose one of {2}": "action: acción desconocida {0}{1}; elige una de {2}",
    "params: must be a table, not {0}": "params: debe ser una tabla, no {0}",
    "params.{0}: a {1} beat takes no such parameter{2}{3}":
        "params.{0}: una diapositiva {1} no tiene ese parámetro{2}{3}",
    "{0}: unknown key{1}; a {2} beat takes {3}": "{0}: clave desconocida{1}; una diapositiva {2} admite {3}",
    "{0}: missing (a {1} beat needs {2})": "{0}: falta (una diapositiva {1} necesita {2})",
    "; it takes {0}": "; admite {0}",
    "; it takes no parameters": "; no admite parámetros",
    "unknown beat action {0}; choose one of {1}": "acción de diapositiva desconocida {0}; elige una de {1}",
    "a {0} beat needs {1}": "una diapositiva {0} necesita {1}",
    "a {0} beat takes no {1}": "una diapositiva {0} no admite {1}",
    "a step beat's kind is one of {0}": "el tipo (kind) de una diapositiva step es uno de {0}",
    "unknown pane {0}; choose one of {1}": "panel desconocido {0}; elige uno de {1}",
    "toggles is a table such as {0}": "toggles es una tabla como {0}",
    "unknown toggle {0}; choose from {1}": "interruptor desconocido {0}; elige entre {1}",
    "toggle {0} is true or false": "el interruptor {0} es true o false",
    "sample is a row number, 0 or more": "sample es un número de fila, 0 o más",
    "neuron is [layer, index], two whole numbers": "neuron es [capa, índice], dos números enteros",
    "reveal is true or false": "reveal es true o false",
    "seconds is a number above 0 and at most {0}": "seconds es un número mayor que 0 y como máximo {0}",
    "notes is a text": "notes es un texto",
    "a script starts by loading its lesson": "un guion empieza cargando su lección",
    "a caption must be a text": "un rótulo debe ser un texto",
    "{0} (write {1} or {2} for a brace)": "{0} (escribe {1} o {2} para una llave)",
    "the field {0} has a format ({1}); fields take none: write {2}":
        "el campo {0} tiene un formato ({1}); los campos no llevan ninguno: escribe {2}",
    "{0} is not a field name: a field is a bare name like {1} (no attributes or indexes)":
        "{0} no es un nombre de campo: un campo es un nombre simple como {1} (sin atributos ni índices)",
    "unknown caption field {0} (did you mean {1}?)": "campo de rótulo desconocido {0} (¿querías decir {1}?)",
    "unknown caption field {0}; the fields are {1}": "campo de rótulo desconocido {0}; los campos son {1}",
    "{0}: a {1}×{2} picture needs {3} input columns, the table has {4}":
        "{0}: una imagen de {1}×{2} necesita {3} columnas de entrada, la tabla tiene {4}",
    "unknown table {0}; choose one of {1}": "tabla desconocida {0}; elige una de {1}",
    "unknown data source {0}; choose {1}, {2} or {3}": "fuente de datos desconocida {0}; elige {1}, {2} o {3}",
    # --- predict and export: what a saved network cannot do
    "the activation {0} has no PyTorch counterpart in this exporter":
        "la activación {0} no tiene equivalente en PyTorch en este exportador",
    "the network's weights are not all finite (training diverged); go back to a state before it diverged, or reset, "
    "and export that":
        "los pesos de la red no son todos finitos (el entrenamiento divergió); vuelve a un estado anterior a la "
        "divergencia, o reinicia, y exporta ese",
    "this network's inputs are computed in a way predictions from a table do not support yet":
        "las entradas de esta red se calculan de una forma que las predicciones desde una tabla aún no admiten",
    "{0}: the table lacks the model's input column {1} (the model reads {2})":
        "{0}: a la tabla le falta la columna de entrada {1} del modelo (el modelo lee {2})",
    "{0}: the table lacks the model's input columns {1} (the model reads {2})":
        "{0}: a la tabla le faltan las columnas de entrada {1} del modelo (el modelo lee {2})",
    "nnviz: {0}: {1} more rows without a prediction": "nnviz: {0}: {1} filas más sin predicción",
    "no value for {0} (the model's data dropped rows with gaps)":
        "no hay valor para {0} (los datos del modelo descartaron las filas con huecos)",
    "{0} needs a number, not {1}": "{0} necesita un número, no {1}",
    "{0} is {1}, not one of the training values ({2})": "{0} es {1}, no uno de los valores de entrenamiento ({2})",
    "row {0}: {1}; no prediction": "fila {0}: {1}; sin predicción",
    # --- the command line: argument types and usage lines
    "{0} is not train,validation,test percentages like 75,10,15":
        "{0} no son porcentajes entrenamiento,validación,prueba como 75,10,15",
    "{0} must be three percentages train,validation,test with train > 0":
        "{0} deben ser tres porcentajes entrenamiento,validación,prueba con entrenamiento > 0",
    "the noise must be a percentage from {0} to {1}, got {2}":
        "el ruido debe ser un porcentaje de {0} a {1}, no {2}",
    "the training ratio must be a percentage from {0} to {1}, got {2}":
        "la proporción de entrenamiento debe ser un porcentaje de {0} a {1}, no {2}",
    "{0} is not a whole number of points": "{0} no es un número entero de puntos",
    "the number of points must be from {0} to {1}, got {2}": "el número de puntos debe ir de {0} a {1}, no {2}",
    "nnviz: --epochs {0} more would run past epoch {1}, the most a run goes to":
        "nnviz: {0} épocas más (--epochs) pasarían de la época {1}, el máximo de un entrenamiento",
    "nnviz: {0} works with the generated sets ({1}), not with {2}":
        "nnviz: {0} funciona con los conjuntos generados ({1}), no con {2}",
    "nnviz: {0} work with the generated sets ({1}), not with {2}":
        "nnviz: {0} funcionan con los conjuntos generados ({1}), no con {2}",
    "{0}: continue_with: no built-in lesson is called {1}": "{0}: continue_with: ninguna lección incluida se llama {1}",
    # argparse's own words (its message ids; the %-placeholders are argparse's)
    "usage: ": "uso: ",
    "positional arguments": "argumentos posicionales",
    "options": "opciones",
    "%(heading)s:": "%(heading)s:",
    "show this help message and exit": "muestra esta ayuda y termina",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elige entre %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "opción no válida: %(value)r, ¿querías decir %(closest)r? (elige entre %(choices)s)",
    "invalid %(type)s value: %(value)r": "valor %(type)s no válido: %(value)r",
    "the following arguments are required: %s": "faltan estos argumentos: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "expected one argument": "se esperaba un argumento",
    "expected at most one argument": "se esperaba como máximo un argumento",
    "expected at least one argument": "se esperaba al menos un argumento",
    "expected %s argument": "se esperaba %s argumento",
    "expected %s arguments": "se esperaban %s argumentos",
    "ambiguous option: %(option)s could match %(matches)s": "opción ambigua: %(option)s podría ser %(matches)s",
    "not allowed with argument %s": "no se permite junto con el argumento %s",
    "one of the arguments %s is required": "se requiere uno de los argumentos %s",
    "ignored explicit argument %r": "argumento explícito %r ignorado",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "orden desconocida %(parser_name)r (opciones: %(choices)s)",
    # --- the command line's --help
    "language: {0} (default: the system's)": "idioma: {0} (por defecto: el del sistema)",
    "a built-in lesson (see 'nnviz lessons')": "una lección incluida (ver 'nnviz lessons')",
    "a lesson file (TOML) written by a teacher": "un archivo de lección (TOML) escrito por un docente",
    "a saved session: carry on where it stopped": "una sesión guardada: sigue donde se quedó",
    "train on your own CSV table": "entrena con tu propia tabla CSV",
    "the CSV column to predict": "la columna del CSV que se predice",
    "CSV feature columns (default: every numeric column but the target)":
        "columnas de entrada del CSV (por defecto: todas las numéricas salvo el objetivo)",
    "how CSV inputs are scaled (default: standard)": "cómo se escalan las entradas del CSV (por defecto: standard)",
    "train/validation/test percentages (default 75,10,15)":
        "porcentajes de entrenamiento/validación/prueba (por defecto 75,10,15)",
    "rows with missing values: drop them or fill with the mean":
        "filas con valores que faltan: descartarlas o rellenarlas con la media",
    "what the target is (default: detected from the column)": "qué es el objetivo (por defecto: se detecta de la columna)",
    "Watch a neural network learn. Without a command, opens the window.":
        "Mira cómo aprende una red neuronal. Sin una orden, abre la ventana.",
    "list the built-in lessons": "lista las lecciones incluidas",
    "check a lesson file (beats included) or a session file without a window":
        "comprueba un archivo de lección (con sus diapositivas) o un archivo de sesión sin ventana",
    "a lesson file (.toml) or a saved session (.nnviz)": "un archivo de lección (.toml) o una sesión guardada (.nnviz)",
    "train without a window and print progress": "entrena sin ventana y muestra el progreso",
    "how many epochs (default: the lesson's)": "cuántas épocas (por defecto: las de la lección)",
    "random seed for data split, weights and shuffling": "semilla aleatoria para la división de datos, los pesos y el barajado",
    "learning rate": "tasa de aprendizaje",
    "hidden layer sizes, e.g. 8,8 (0 for none)": "tamaños de las capas ocultas, p. ej. 8,8 (0 para ninguna)",
    "activation of the hidden layers": "activación de las capas ocultas",
    "loss function": "función de pérdida",
    "optimizer": "optimizador",
    "samples per step: 1 = one at a time, 0 = full batch": "ejemplos por paso: 1 = uno a uno, 0 = lote completo",
    "L2 weight penalty": "penalización L2 de los pesos",
    "L1 weight penalty": "penalización L1 de los pesos",
    "the network's inputs, from x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² etc. work too)":
        "las entradas de la red, de x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² etc. también valen)",
    "generated sets: noise in percent, 0 to 50 (default 10)":
        "conjuntos generados: ruido en porcentaje, de 0 a 50 (por defecto 10)",
    "generated sets: percent of the points used for training, 10 to 90 (default 75)":
        "conjuntos generados: porcentaje de puntos para entrenar, de 10 a 90 (por defecto 75)",
    "generated sets: how many points (default 200)": "conjuntos generados: cuántos puntos (por defecto 200)",
    "generated sets: the seed of the points (default: --seed)":
        "conjuntos generados: la semilla de los puntos (por defecto: --seed)",
    "report every N epochs (default: about 20 reports)": "informa cada N épocas (por defecto: unos 20 informes)",
    "print one JSON object per reported epoch": "escribe un objeto JSON por cada época informada",
    "save the session to FILE.nnviz at the end": "guarda la sesión en FILE.nnviz al final",
    "predict a CSV table's rows with a saved session's network":
        "predice las filas de una tabla CSV con la red de una sesión guardada",
    "a saved session": "una sesión guardada",
    "the rows to predict": "las filas que se predicen",
    "write the table here (default: print it)": "escribe la tabla aquí (por defecto: la muestra)",
    "export a saved session's network": "exporta la red de una sesión guardada",
    "write a self-contained PyTorch script that predicts like 'nnviz predict'":
        "escribe un script de PyTorch autónomo que predice como 'nnviz predict'",
    # --- the generated sets: their default class names (made in the language of the moment)
    "class {0}": "clase {0}",
    # --- lesson files: the last English lines (size, nesting, data.image, network.weights, quiz references)
    "{0}: the text is over {1} MiB; a lesson is refused above that size":
        "{0}: el texto supera {1} MiB; una lección por encima de ese tamaño se rechaza",
    "{0}: lists or tables nest more than {1} deep": "{0}: las listas o tablas se anidan a más de {1} niveles",
    "{0}: question: {1} columns; at most {2}": "{0}: question: {1} columnas; como máximo {2}",
    "{0}: data.shipped: {1} is a path; 'shipped' names a table that comes with nnviz (use csv = \"…\" for your own file)":
        "{0}: data.shipped: {1} es una ruta; 'shipped' nombra una tabla que viene con nnviz (para tu propio archivo, "
        "usa csv = \"…\")",
    "{0}: data.image: must be [rows, columns] of the picture the inputs form, each from 1 to {1}":
        "{0}: data.image: debe ser [filas, columnas] de la imagen que forman las entradas, cada una de 1 a {1}",
    "{0}: data.image: a picture's pixels are the table's columns; leave out data.inputs":
        "{0}: data.image: los píxeles de una imagen son las columnas de la tabla; quita data.inputs",
    "{0}: network.{1}: must be a list with one entry per layer": "{0}: network.{1}: debe ser una lista con una entrada por capa",
    "{0}: network.{1}: {2} layers need {2} entries, got {3}": "{0}: network.{1}: {2} capas necesitan {2} entradas, no {3}",
    "{0}: network.{1}: layer {2} must be a list of numbers or a matrix (one row per input)":
        "{0}: network.{1}: la capa {2} debe ser una lista de números o una matriz (una fila por entrada)",
    "{0}: network.{1}: layer {2} must be a list of numbers": "{0}: network.{1}: la capa {2} debe ser una lista de números",
    "{0}: network.{1}: layer {2} holds a value beyond ±1e12": "{0}: network.{1}: la capa {2} contiene un valor más allá de ±1e12",
    "beat {0}": "paso {0}",
    "layer {0} does not exist: the layers with neurons are 1 to {1}":
        "la capa {0} no existe: las capas con neuronas son de 1 a {1}",
    "layer {0} has {1} neurons (0 to {2}), not {3}": "la capa {0} tiene {1} neuronas (0 a {2}), no {3}",
    "{0}: name: {1} is used by another built-in lesson": "{0}: name: {1} ya lo usa otra lección incluida",
    "{0}: beat {1}: {2}: {3}": "{0}: paso {1}: {2}: {3}",
    "beat {0}: {1}.": "paso {0}: {1}.",
    "beat {0}: {1}": "paso {0}: {1}",
    "beat {0}: {1}.caption": "paso {0}: {1}.caption",
    "unknown lesson {0}; choose one of {1}": "lección desconocida {0}; elige una de {1}",
    "exercises: must be a list of [[exercises]] tables": "exercises: debe ser una lista de tablas [[exercises]]",
    "exercises: {0} exercises; at most {1} are allowed": "exercises: {0} ejercicios; se permiten como máximo {1}",
    "exercise {0}: {1}: {2}": "ejercicio {0}: {1}: {2}",
    "exercise {0}: must be a table with title and text": "ejercicio {0}: debe ser una tabla con title y text",
    "unknown key (did you mean {0}?)": "clave desconocida (¿querías decir {0}?)",
    "unknown key; known keys: {0}": "clave desconocida; claves conocidas: {0}",
    "missing": "falta",
    "belongs to a quantity to compute ({0})": "pertenece a una magnitud que calcular ({0})",
    "unknown {0} (did you mean {1}?); choose one of {2}": "desconocido: {0} (¿querías decir {1}?); elige uno de {2}",
    "unknown {0}; choose one of {1}": "desconocido: {0}; elige uno de {1}",
    "missing (a quantity needs layer and neuron)": "falta (una magnitud necesita layer y neuron)",
    "only {0} and {1} name a weight": "solo {0} y {1} nombran un peso",
    "{0}: layer: layer {1} does not exist: the layers with neurons are 1 to {2}":
        "{0}: layer: la capa {1} no existe: las capas con neuronas son de 1 a {2}",
    "{0}: neuron: layer {1} has {2} neurons (0 to {3}), not {4}": "{0}: neuron: la capa {1} tiene {2} neuronas (0 a {3}), no {4}",
    "{0}: weight: the neuron has {1} weights; the explainer shows {2} to {3}":
        "{0}: weight: la neurona tiene {1} pesos; el panel Cálculo muestra de {2} a {3}",
    "{0}: quantity: the loss is shown for an output neuron (layer {1})":
        "{0}: quantity: la pérdida se muestra para una neurona de salida (capa {1})",
    "exercise {0}": "ejercicio {0}",
    # --- opening a file that is not a regular file (limits.regular_file)
    "file": "archivo",
    "session file": "archivo de sesión",
    "lesson file": "archivo de lección",
    "CSV file": "archivo CSV",
    "the {0}'s path holds a NUL character": "la ruta del {0} contiene un carácter NUL",
    "the {0}'s path is {1} characters long; at most {2} are allowed":
        "la ruta del {0} tiene {1} caracteres; se permiten como máximo {2}",
    "this is a folder, not a {0}": "esto es una carpeta, no un {0}",
    "a FIFO (named pipe)": "una FIFO (tubería con nombre)",
    "a device": "un dispositivo",
    "a socket": "un socket",
    "not a regular file": "algo que no es un archivo normal",
    "this is {0}, not a {1}; only regular files are read": "esto es {0}, no un {1}; solo se leen archivos normales",
    "this is not a regular file, not a {0}; only regular files are read":
        "esto no es un archivo normal, no un {0}; solo se leen archivos normales",
    # --- generated sets and feature inputs: out-of-range choices
    "need at least {0} points, got n={1}": "se necesitan al menos {0} puntos, no n={1}",
    "noise must be a number >= 0, got {0}": "el ruido debe ser un número >= 0, no {0}",
    "gauss supports 2 or 3 classes, got {0}": "gauss admite 2 o 3 clases, no {0}",
    "unknown playground set {0}; choose one of {1}": "conjunto de la zona de juego desconocido {0}; elige uno de {1}",
    "the number of points must be a whole number from {0} to {1}, got {2}":
        "el número de puntos debe ser un entero de {0} a {1}, no {2}",
    "noise must be from {0} to {1}, got {2} ({3})": "el ruido debe ir de {0} a {1}, no {2} ({3})",
    "the training ratio must be from {0} to {1}, got {2}": "la proporción de entrenamiento debe ir de {0} a {1}, no {2}",
    "the data seed must be a whole number 0 or more, got {0}": "la semilla de los datos debe ser un entero de 0 o más, no {0}",
    "unknown input {0}; choose from {1}": "entrada desconocida {0}; elige entre {1}",
    "choose at least one input, e.g. {0}": "elige al menos una entrada, p. ej. {0}",
    "feature inputs need a problem with two inputs (x1, x2); {0} has {1}":
        "las entradas calculadas necesitan un problema con dos entradas (x1, x2); {0} tiene {1}",
    "nnviz's shipped tables are missing (no {0} in the installed package); reinstall nnviz ({1}, or {2} in a checkout)":
        "faltan las tablas que trae nnviz (no hay {0} en el paquete instalado); reinstala nnviz ({1}, o {2} en una "
        "copia del código)",
    # --- the session: deleting every training point
    "the training data cannot be empty: keep at least one training point":
        "los datos de entrenamiento no pueden quedar vacíos: conserva al menos un punto de entrenamiento",
    'Undone: {0}; {1}, epoch {2}.': 'Deshecho: {0}; {1}, época {2}.',
    '(y{0} = 1, every other y is 0)': '(y{0} = 1, todas las demás y son 0)',
    'Showing {0}, the newest.': 'Se muestra {0}, la más reciente.',
    'Showing {0}; the newest is {1}. Play or a step trains on from here (the later epochs go; Ctrl+Z brings them back).': 'Se muestra {0}; la más reciente es {1}. Iniciar o un paso (1 época, 1 lote, 1 muestra) entrena desde aquí (las épocas posteriores se van; Ctrl+Z las recupera).',
    "Watch a neural network learn. 'nnviz lessons' lists lessons; 'nnviz train --help' trains without a window.": "Mira cómo aprende una red neuronal. 'nnviz lessons' lista las lecciones; 'nnviz train --help' entrena sin ventana.",
    'train this many epochs right away': 'entrenar ya este número de épocas',
    'render the whole window to FILE.png and exit (works without a display)': 'guardar la ventana entera en FILE.png y salir (funciona sin pantalla)',
    'window size (default: the remembered size, or 1280x800, fitted to the screen)': 'tamaño de la ventana (por defecto: el recordado, o 1280x800, ajustado a la pantalla)',
    "start in presentation mode: full screen, large text, the lesson's beats on PageDown": 'empezar en modo presentación: pantalla completa, texto grande, las diapositivas de la lección con AvPág',
    'present with the presenter console beside the presentation, both in windows on this screen (practice without a projector)': 'presentar con la consola del presentador junto a la presentación, ambas en ventanas de esta pantalla (ensayar sin proyector)',
    "add nnviz to the desktop's applications menu, with its icon (for you alone, under ~/.local/share) and exit": 'añadir nnviz con su icono al menú de aplicaciones del escritorio (solo para ti, en ~/.local/share) y salir',
    'remove what --install-desktop added and exit': 'quitar lo que añadió --install-desktop y salir',
}
