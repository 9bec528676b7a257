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
}
