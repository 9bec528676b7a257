"""Spanish translations of the window's texts, keyed by the English source text (see i18n_fill_ui.py)."""

ES = {
    # --- app, command line
    "could not write {0}": "no se pudo escribir {0}",
    "saved {0} at epoch {1}": "{0} guardado en la época {1}",
    # --- boundary plot
    "click: add a point · Shift+click: remove": "clic: añadir un punto · Mayús+clic: quitar",
    "Discretize": "Discretizar",
    "Show hard class regions: each point of the plane in the colour of the class the network would predict, "
    "without confidence shading.":
        "Mostrar regiones de clase nítidas: cada punto del plano en el color de la clase que predeciría la red, "
        "sin sombreado de confianza.",
    "Showing {0}": "Se muestra la {0}",
    # --- confusion matrix
    "true class ↓   predicted →": "clase real ↓   predicha →",
    "({0} of this class)": "({0} de esta clase)",
    "right": "acierto",
    "wrong": "error",
    "1 sample": "1 muestra",
    "{0} samples": "{0} muestras",
    "true: {0}\npredicted: {1}\n{2}{3}: {4}": "real: {0}\npredicha: {1}\n{2}{3}: {4}",
    "No test results yet.": "Aún no hay resultados de prueba.",
    "true class {0}: {1}": "clase real {0}: {1}",
    "predicted class {0}: {1}": "clase predicha {0}: {1}",
    # --- CSV worker
    "could not read {0}: unknown error": "no se pudo leer {0}: error desconocido",
    "{0}: not enough memory for this file; use a sample of it.":
        "{0}: no hay memoria suficiente para este archivo; usa una parte de él.",
    "could not read {0}: {1}": "no se pudo leer {0}: {1}",
    # --- curve plot
    "network's prediction of {0}": "predicción de la red para {0}",
    "network's prediction": "predicción de la red",
    "network's P({0})": "P({0}) de la red",
    "data": "datos",
    # --- data knobs
    "How far the points are scattered from their clean shape (0–50 %). More noise makes overfitting visible: "
    "the training loss keeps falling while the test loss rises.":
        "Cuánto se dispersan los puntos de su forma limpia (0–50 %). Más ruido hace visible el sobreajuste: la "
        "pérdida de entrenamiento sigue bajando mientras la de prueba sube.",
    "The share of the points used for training (10–90 %); the rest are split 40:60 into validation and test "
    "points (the test points are drawn as rings).":
        "La parte de los puntos usada para entrenar (10–90 %); el resto se reparte 40:60 entre puntos de "
        "validación y de prueba (los de prueba se dibujan como anillos).",
    "How many points the set has.": "Cuántos puntos tiene el conjunto.",
    "New points of the same kind (the next data seed). The network keeps its weights and trains on; Ctrl+Z "
    "brings the old points back.":
        "Puntos nuevos del mismo tipo (la siguiente semilla de datos). La red conserva sus pesos y sigue "
        "entrenando; Ctrl+Z recupera los puntos anteriores.",
    "The network's inputs, computed from x₁ and x₂ (as in TensorFlow Playground). Each one is an input neuron. "
    "With x₁² and x₂² a single neuron can draw a circle. Changing them builds a new input layer: training starts "
    "again from epoch 0 (Ctrl+Z undoes). At least one stays on.":
        "Las entradas de la red, calculadas a partir de x₁ y x₂ (como en TensorFlow Playground). Cada una es una "
        "neurona de entrada. Con x₁² y x₂² una sola neurona puede dibujar un círculo. Cambiarlas crea una capa de "
        "entrada nueva: el entrenamiento vuelve a empezar en la época 0 (Ctrl+Z lo deshace). Al menos una sigue "
        "activa.",
    "A click on the boundary plot adds a training point of this class where you clicked; Shift+click removes "
    "the nearest point. Training goes on with the changed data (Ctrl+Z undoes).":
        "Un clic en la frontera de decisión añade allí un punto de entrenamiento de esta clase; Mayús+clic quita "
        "el punto más cercano. El entrenamiento sigue con los datos cambiados (Ctrl+Z lo deshace).",
    "Data": "Datos",
    "⟳ Regenerate": "⟳ Regenerar",
    "Noise": "Ruido",
    "Training": "Entrenamiento",
    "Points": "Puntos",
    "noise {0} %": "ruido {0} %",
    "training ratio {0} %": "proporción de entrenamiento {0} %",
    "{0} points": "{0} puntos",
    "Inputs": "Entradas",
    "Click adds": "Un clic añade",
    "Shift+click removes the nearest point.": "Mayús+clic quita el punto más cercano.",
    "Pause (Space) to change the network's inputs.": "Pausa (Espacio) para cambiar las entradas de la red.",
    "new points (data seed {0})": "puntos nuevos (semilla de datos {0})",
    "The network needs at least one input: turn another on first.":
        "La red necesita al menos una entrada: activa otra primero.",
    # --- data panel
    "Open a table saved as CSV (comma-separated values): one row per example, one column per measurement, "
    "and one column holding what the network should predict.":
        "Abrir una tabla guardada como CSV (valores separados por comas): una fila por ejemplo, una columna por "
        "medida y una columna con lo que la red debe predecir.",
    "Open one of the tables you opened before.": "Abrir una de las tablas abiertas antes.",
    "Stop reading the file. Whatever was loaded before stays.":
        "Dejar de leer el archivo. Lo que estaba cargado antes se queda.",
    "How much of the file has been read.": "Cuánto del archivo se ha leído.",
    "The first rows of the table. Under each name: numeric (numbers) or text (words). The column to predict is "
    "shaded; columns the network will not see are grey.":
        "Las primeras filas de la tabla. Bajo cada nombre: numérica (números) o texto (palabras). La columna a "
        "predecir está sombreada; las columnas que la red no verá están en gris.",
    "What was done to read and prepare the table: the file's encoding and separator, renamed columns, values "
    "treated as missing, rows dropped.":
        "Lo que se hizo para leer y preparar la tabla: la codificación y el separador del archivo, columnas "
        "renombradas, valores tratados como ausentes, filas descartadas.",
    "1 feature": "1 variable",
    "{0} features": "{0} variables",
    "{0} features ({1} inputs)": "{0} variables ({1} entradas)",
    "a number": "un número",
    "{0} classes": "{0} clases",
    "{0}: {1} rows, {2} → {3} ({4})": "{0}: {1} filas, {2} → {3} ({4})",
    "Open a CSV table": "Abrir una tabla CSV",
    "Reading {0}…": "Leyendo {0}…",
    "Preparing {0}…": "Preparando {0}…",
    "Open CSV…": "Abrir CSV…",
    "Recent ▾": "Recientes ▾",
    "Open a table saved as CSV, or drop a .csv file here.":
        "Abrir una tabla guardada como CSV, o soltar aquí un archivo .csv.",
    "Cancel": "Cancelar",
    "First {0} rows": "Primeras {0} filas",
    "What was done": "Lo que se hizo",
    "{0}: {1} rows × {2} columns": "{0}: {1} filas × {2} columnas",
    "All {0} rows": "Las {0} filas",
    "Read {0}: {1} rows × {2} columns. Choose the target and press “Use this data”.":
        "Leído {0}: {1} filas × {2} columnas. Elige el objetivo y pulsa «Usar estos datos».",
    "In use: {0}": "En uso: {0}",
    "Loaded {0}: {1} rows": "Cargado {0}: {1} filas",
    "the file": "el archivo",
    "Stopped reading {0}.": "Lectura de {0} detenida.",
    "Stopped preparing {0}.": "Preparación de {0} detenida.",
    "Clear the list": "Vaciar la lista",
    # --- data preview
    "numeric": "numérica",
    "text": "texto",
    "{0}: missing": "{0}: ausente",
    "the column to predict": "la columna a predecir",
    "a feature": "una variable",
    "not used": "no se usa",
    "{0}: {1} column, {2}": "{0}: columna ({1}), {2}",
    # --- explainer
    "Every row": "Cada fila",
    "Show the forward pass of every row of the step (z2, a2, z3, ŷ), the way the tutorials print it":
        "Mostrar la pasada hacia delante de cada fila del paso (z2, a2, z3, ŷ), como la imprimen los tutoriales",
    "Copy": "Copiar",
    "Copy the explanation as plain text": "Copiar la explicación como texto plano",
    "Take a step (Step sample, Step batch or Step epoch) to see every number of it here.":
        "Da un paso (una muestra, un lote o una época) para ver aquí cada uno de sus números.",
    "Click a neuron in the network to see how this step changed it.":
        "Haz clic en una neurona de la red para ver cómo la cambió este paso.",
    "Sample {0}": "Muestra {0}",
    "Nothing to explain for this neuron: {0}": "Nada que explicar para esta neurona: {0}",
    "Step explainer": "Explicador del paso",
    "{0} · {1} of {2} · {3}": "{0} · {1} de {2} · {3}",
    "Forward": "Hacia delante",
    "Loss": "Pérdida",
    "Backward": "Hacia atrás",
    "Update": "Actualización",
    "What does this neuron compute for this input?": "¿Qué calcula esta neurona para esta entrada?",
    "How far is the answer from the target?": "¿A qué distancia está la respuesta del objetivo?",
    "Which way, and how much, should each weight move?": "¿En qué dirección, y cuánto, debe moverse cada peso?",
    "What will the new weights and bias be after this step?": "¿Cuáles serán los nuevos pesos y el sesgo tras este paso?",
    "About this lesson": "Sobre esta lección",
    "The next click shows it.": "El próximo clic lo muestra.",
    "Nothing of this part for this neuron.": "Esta parte no tiene nada para esta neurona.",
    # --- exports and the File menu
    "Qt could not encode a {0} image": "Qt no pudo codificar una imagen {0}",
    "network": "red",
    "boundary": "frontera",
    "loss": "pérdida",
    "window": "ventana",
    "&Open…": "&Abrir…",
    "Open &recent": "Abrir &reciente",
    "&Save": "&Guardar",
    "Save &as…": "Guardar &como…",
    "&Export": "&Exportar",
    "Network as PNG (2×)…": "Red como PNG (2×)…",
    "Network as SVG…": "Red como SVG…",
    "Boundary / neuron map as PNG (2×)…": "Frontera / mapa de neurona como PNG (2×)…",
    "Boundary / neuron map as SVG…": "Frontera / mapa de neurona como SVG…",
    "Loss curve as PNG (2×)…": "Curva de pérdida como PNG (2×)…",
    "Loss curve as SVG…": "Curva de pérdida como SVG…",
    "Whole window as PNG (2×)…": "Ventana entera como PNG (2×)…",
    "Whole window as SVG…": "Ventana entera como SVG…",
    "History as &CSV…": "Historial como &CSV…",
    "Training as animated &GIF…": "Entrenamiento como &GIF animado…",
    "Network as &PyTorch script…": "Red como script de &PyTorch…",
    "(none yet)": "(ninguno todavía)",
    "Open a session, a lesson file or a CSV table": "Abrir una sesión, un archivo de lección o una tabla CSV",
    "nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;CSV tables "
    "(*.csv *.tsv *.txt);;All files (*)":
        "Archivos de nnviz (*.nnviz *.toml *.csv *.tsv *.txt);;Sesiones (*.nnviz);;Archivos de lección (*.toml);;"
        "Tablas CSV (*.csv *.tsv *.txt);;Todos los archivos (*)",
    "Save the session": "Guardar la sesión",
    "nnviz sessions (*.nnviz)": "Sesiones de nnviz (*.nnviz)",
    "Saved the {0} view as {1} (SVG).": "Vista «{0}» guardada como {1} (SVG).",
    "Saved the {0} view as {1} ({2}×{3} pixels).": "Vista «{0}» guardada como {1} ({2}×{3} píxeles).",
    "Export the {0} view": "Exportar la vista «{0}»",
    "{0} files (*.{1})": "Archivos {0} (*.{1})",
    "Saved the history of {0} epochs as {1}.": "Historial de {0} épocas guardado como {1}.",
    "Export the history": "Exportar el historial",
    "CSV tables (*.csv)": "Tablas CSV (*.csv)",
    "Export the network as a PyTorch script": "Exportar la red como script de PyTorch",
    "Python scripts (*.py)": "Scripts de Python (*.py)",
    "Wrote {0}: run it with python and a CSV table.": "Escrito {0}: ejecútalo con python y una tabla CSV.",
    " and ": " y ",
    "Saved the training as {0}.": "Entrenamiento guardado como {0}.",
    "Export training as an animated GIF": "Exportar el entrenamiento como GIF animado",
    "GIF images (*.gif)": "Imágenes GIF (*.gif)",
    "Drawing the frames of the training…": "Dibujando los fotogramas del entrenamiento…",
    "Export GIF": "Exportar GIF",
    "GIF export cancelled; nothing was written.": "Exportación GIF cancelada; no se escribió nada.",
    # --- the lines under the diagram
    "Epoch {0}": "Época {0}",
    "and {0} more inputs": "y {0} entradas más",
    "Sample {0}: {1} → network says {2}; the answer is {3}.": "Muestra {0}: {1} → la red dice {2}; la respuesta es {3}.",
    "Sample {0} → network says {1}; the answer is {2}.": "Muestra {0} → la red dice {1}; la respuesta es {2}.",
    "Sample {0} → {1}; truth: {2}": "Muestra {0} → {1}; real: {2}",
    "train loss <b>{0}</b>": "pérd. entr. <b>{0}</b>",
    "val loss <b>{0}</b>": "pérd. val. <b>{0}</b>",
    "train acc <b>{0}</b>": "exact. entr. <b>{0}</b>",
    "val acc <b>{0}</b>": "exact. val. <b>{0}</b>",
    "test acc <b>{0}</b>": "exact. prueba <b>{0}</b>",
    "test R² <b>{0}</b>": "R² de prueba <b>{0}</b>",
    "epoch {0}: {1}": "época {0}: {1}",
    "epoch 0 +{0}: scores come when epoch 1 is finished": "época 0 +{0}: los valores llegan cuando termine la época 1",
    "epoch 0: no epoch finished yet": "época 0: aún no ha terminado ninguna época",
    "input {0}": "entrada {0}",
    "output neuron {0}": "neurona de salida {0}",
    "neuron {0} of hidden layer {1}": "neurona {0} de la capa oculta {1}",
    # --- help
    "next beat": "diapositiva siguiente",
    "previous beat": "diapositiva anterior",
    "black screen (any key returns)": "pantalla negra (cualquier tecla vuelve)",
    "white screen (any key returns)": "pantalla blanca (cualquier tecla vuelve)",
    "present from the start": "presentar desde el principio",
    "present from here": "presentar desde aquí",
    "leave presentation mode": "salir del modo presentación",
    "Iris: R.A. Fisher (1936), UCI Machine Learning Repository, public domain. Palmer Penguins: K. Gorman and "
    "the Palmer Station LTER, CC0. Breast cancer (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), "
    "UCI. Wine: Forina et al., PARVUS, UCI. The diabetes table is synthetic (not medical data); the 2-D "
    "playground sets are generated from a seed. Details: data/README.md.":
        "Iris: R.A. Fisher (1936), UCI Machine Learning Repository, dominio público. Palmer Penguins: K. Gorman "
        "y la Palmer Station LTER, CC0. Cáncer de mama (Wisconsin Diagnostic): Wolberg, Street, Mangasarian "
        "(1995), UCI. Vino: Forina et al., PARVUS, UCI. La tabla de diabetes es sintética (no son datos "
        "médicos); los conjuntos 2-D del playground se generan a partir de una semilla. Detalles: data/README.md.",
    " or ": " o ",
    "In the window": "En la ventana",
    "In presentation mode (F5)": "En el modo presentación (F5)",
    "Keys": "Teclas",
    "Watch a neural network learn: a teaching tool for a class in front of a projector.":
        "Mira cómo aprende una red neuronal: una herramienta de enseñanza para una clase frente a un proyector.",
    "Licence: MIT.": "Licencia: MIT.",
    "Data: {0}": "Datos: {0}",
    "About nnviz": "Acerca de nnviz",
    # --- hyperparameters
    "Pause to change the network.": "Pausa para cambiar la red.",
    "Squashes the sum into 0…1: a smooth on/off switch.": "Comprime la suma en 0…1: un interruptor suave.",
    "Squashes the sum into −1…1, centred on 0.": "Comprime la suma en −1…1, centrada en 0.",
    "Keeps a positive sum as it is and turns a negative one into 0.":
        "Deja una suma positiva como está y convierte una negativa en 0.",
    "linear": "lineal",
    "Passes the sum on unchanged: no bend, so the layer cannot add curves.":
        "Pasa la suma sin cambios: sin pliegue, así que la capa no puede añadir curvas.",
    "Each output between 0 and 1: the probability of a yes.": "Cada salida entre 0 y 1: la probabilidad de un sí.",
    "The outputs become probabilities that add up to 1, one per class.":
        "Las salidas se convierten en probabilidades que suman 1, una por clase.",
    "The output is the plain sum: any number, for predicting values.":
        "La salida es la suma tal cual: cualquier número, para predecir valores.",
    "Each output between −1 and 1.": "Cada salida entre −1 y 1.",
    "mean squared error": "error cuadrático medio",
    "Half the squared gap between output and target: small gaps count little, big gaps a lot.":
        "La mitad de la diferencia al cuadrado entre salida y objetivo: las diferencias pequeñas cuentan poco, "
        "las grandes mucho.",
    "binary cross-entropy": "entropía cruzada binaria",
    "For yes/no outputs between 0 and 1: a confident wrong answer costs a lot. Pairs with a sigmoid output.":
        "Para salidas sí/no entre 0 y 1: una respuesta equivocada y segura cuesta mucho. Va con una salida sigmoide.",
    "categorical cross-entropy": "entropía cruzada categórica",
    "For one class out of several: minus the log of the probability given to the right class. Pairs with a "
    "softmax output.":
        "Para una clase entre varias: menos el logaritmo de la probabilidad dada a la clase correcta. Va con una "
        "salida softmax.",
    "gradient descent": "descenso de gradiente",
    "Every weight steps against its gradient: learning rate × gradient.":
        "Cada peso da un paso contra su gradiente: tasa de aprendizaje × gradiente.",
    "momentum": "momento",
    "Gradient descent that keeps 90 % of the previous step, so it rolls on through flat parts and small bumps.":
        "Descenso de gradiente que conserva el 90 % del paso anterior, así sigue rodando por zonas planas y "
        "pequeños baches.",
    "Sizes each weight's step from the recent size of its gradients; often works with little tuning (try a "
    "learning rate of 0.001–0.01).":
        "Ajusta el paso de cada peso según el tamaño reciente de sus gradientes; suele funcionar con poco ajuste "
        "(prueba una tasa de aprendizaje de 0,001–0,01).",
    "Random, scaled by the layer sizes so signals neither fade out nor blow up. Good for sigmoid and tanh.":
        "Aleatorio, escalado según el tamaño de las capas para que las señales ni se apaguen ni exploten. Bueno "
        "para sigmoide y tanh.",
    "Random from a bell curve scaled for ReLU layers.": "Aleatorio de una campana escalada para capas ReLU.",
    "uniform −1…1": "uniforme −1…1",
    "Every weight and bias random between −1 and 1.": "Cada peso y sesgo aleatorio entre −1 y 1.",
    "normal (0, 1)": "normal (0, 1)",
    "Random from a bell curve with mean 0 and spread 1; biases start at 0.":
        "Aleatorio de una campana con media 0 y dispersión 1; los sesgos empiezan en 0.",
    "constant": "constante",
    "Every weight and bias starts at the same value. Then all neurons of a layer learn the same thing: try it.":
        "Cada peso y sesgo empieza con el mismo valor. Entonces todas las neuronas de una capa aprenden lo "
        "mismo: pruébalo.",
    "The number of neurons in each layer: inputs on the left, outputs on the right.":
        "El número de neuronas de cada capa: entradas a la izquierda, salidas a la derecha.",
    "How many neurons hidden layer {n} has. More neurons can draw more complicated boundaries, but take longer "
    "to train.":
        "Cuántas neuronas tiene la capa oculta {n}. Más neuronas pueden dibujar fronteras más complicadas, pero "
        "tardan más en entrenarse.",
    "What each neuron of hidden layer {n} does with its weighted sum. sigmoid: 0…1; tanh: −1…1; ReLU: 0 or more; "
    "linear: unchanged (no curves).":
        "Qué hace cada neurona de la capa oculta {n} con su suma ponderada. sigmoid: 0…1; tanh: −1…1; ReLU: 0 o "
        "más; lineal: sin cambios (sin curvas).",
    "Add a hidden layer after the last one (at most {max}).": "Añadir una capa oculta tras la última (como máximo {max}).",
    "Remove the last hidden layer. With none left, the inputs connect straight to the outputs: a perceptron.":
        "Quitar la última capa oculta. Sin ninguna, las entradas se conectan directamente a las salidas: un "
        "perceptrón.",
    "What the output neurons do with their sum. sigmoid: a probability 0…1 for each output; softmax: "
    "probabilities over the classes that add up to 1; linear: any number; tanh: −1…1.":
        "Qué hacen las neuronas de salida con su suma. sigmoid: una probabilidad 0…1 por salida; softmax: "
        "probabilidades sobre las clases que suman 1; lineal: cualquier número; tanh: −1…1.",
    "A bias is a number added to each neuron's sum. It lets a neuron fire even when every input is 0. Untick "
    "it to see why it is needed.":
        "Un sesgo es un número que se suma a la suma de cada neurona. Permite que una neurona se active aunque "
        "todas las entradas sean 0. Desmárcalo para ver por qué hace falta.",
    "How the weights are chosen before training starts.": "Cómo se eligen los pesos antes de empezar a entrenar.",
    "The value every weight and bias starts at.": "El valor con el que empieza cada peso y cada sesgo.",
    "The number the random generator starts from. The same seed gives the same starting weights and the same "
    "shuffling, so a run can be repeated. Change it to try another start.":
        "El número del que parte el generador aleatorio. La misma semilla da los mismos pesos iniciales y el "
        "mismo barajado, así se puede repetir una ejecución. Cámbiala para probar otro comienzo.",
    "How the gap between the network's output and the target is measured. Training makes this number smaller.":
        "Cómo se mide la diferencia entre la salida de la red y el objetivo. El entrenamiento hace este número "
        "más pequeño.",
    "How big a step the weights take each update. Too small: learning crawls. Too large: the loss jumps around "
    "or blows up. Pick one or type any number above 0.":
        "Qué tamaño tiene el paso de los pesos en cada actualización. Demasiado pequeño: el aprendizaje se "
        "arrastra. Demasiado grande: la pérdida salta o explota. Elige uno o escribe cualquier número mayor que 0.",
    "How each weight's gradient is turned into a step.": "Cómo se convierte el gradiente de cada peso en un paso.",
    "How many training rows the network looks at before each weight update. full batch: all rows, one smooth "
    "update per epoch. 1: one sample at a time, quick but noisy. In between: mini-batches.":
        "Cuántas filas de entrenamiento mira la red antes de cada actualización de los pesos. lote completo: "
        "todas las filas, una actualización suave por época. 1: una muestra cada vez, rápido pero ruidoso. "
        "Entre medias: minilotes.",
    "Weight decay: every update also pulls each weight a little towards 0, in proportion to this number. Small "
    "weights give simpler boundaries; too much and the network cannot learn.":
        "Decaimiento de pesos: cada actualización además acerca un poco cada peso a 0, en proporción a este "
        "número. Los pesos pequeños dan fronteras más simples; demasiado y la red no puede aprender.",
    "L1 (lasso): every update also pulls each weight towards 0 by the same amount, l1 × sign(w), however small "
    "the weight is. Weights the network does not need are driven to zero, leaving a sparse network (L2 only "
    "shrinks them). At exactly 0 the slope of |w| is undefined: nnviz uses 0 there (the sub-gradient), so a "
    "weight at 0 feels no pull. Plain gradient steps overshoot 0 by about learning rate × l1, so such weights "
    "hover near 0: the diagram draws every |w| < 0.01 as a thin grey dotted line (about zero).":
        "L1 (lasso): cada actualización además acerca cada peso a 0 en la misma cantidad, l1 × sign(w), por "
        "pequeño que sea el peso. Los pesos que la red no necesita llegan a cero y queda una red dispersa (L2 "
        "solo los encoge). Justo en 0 la pendiente de |w| no está definida: nnviz usa 0 ahí (el subgradiente), "
        "así que un peso en 0 no siente tirón. Los pasos de gradiente simples se pasan de 0 en torno a tasa de "
        "aprendizaje × l1, y esos pesos rondan el 0: el diagrama dibuja cada |w| < 0,01 como una línea gris "
        "fina de puntos (casi cero).",
    "Neurons in hidden layer {0}": "Neuronas de la capa oculta {0}",
    "Activation of hidden layer {0}": "Activación de la capa oculta {0}",
    "Network": "Red",
    "The network's shape and starting weights can change only while training is paused.":
        "La forma de la red y sus pesos iniciales solo pueden cambiar con el entrenamiento en pausa.",
    "Hidden layers": "Capas ocultas",
    "Layer": "Capa",
    "Neurons": "Neuronas",
    "Activation": "Activación",
    "No hidden layer: the inputs connect straight to the outputs (a perceptron).":
        "Sin capa oculta: las entradas se conectan directamente a las salidas (un perceptrón).",
    "+ Add layer": "+ Añadir capa",
    "− Remove layer": "− Quitar capa",
    "Output": "Salida",
    "Start weights": "Pesos iniciales",
    "Start value": "Valor inicial",
    "Seed": "Semilla",
    "Use a bias in every neuron": "Usar un sesgo en cada neurona",
    "Learning rate": "Tasa de aprendizaje",
    "Optimizer": "Optimizador",
    "full batch": "lote completo",
    "Batch size": "Tamaño de lote",
    "L2 (weight decay)": "L2 (decaimiento)",
    "drives unneeded weights to 0 (drawn grey dotted)": "lleva a 0 los pesos innecesarios (gris punteado)",
    "L1 (sparsity)": "L1 (dispersión)",
    "Needs at least two outputs.": "Necesita al menos dos salidas.",
    "all rows, then one update": "todas las filas, luego una actualización",
    "one sample at a time": "una muestra cada vez",
    "{0} rows per update": "{0} filas por actualización",
    "Cross-entropy is for classes; values usually use mean squared error.":
        "La entropía cruzada es para clases; para valores se suele usar el error cuadrático medio.",
    "Works best with a sigmoid output (0…1).": "Funciona mejor con una salida sigmoide (0…1).",
    "Works best with a softmax output.": "Funciona mejor con una salida softmax.",
    "set by the lesson": "de la lección",
    "This lesson starts from the weights its tutorial gives. Pick another choice to start from new ones.":
        "Esta lección empieza con los pesos que da su tutorial. Elige otra opción para empezar con pesos nuevos.",
    "{0}: kept {1}": "{0}: se mantiene {1}",
    # --- loss plot
    "hover to read values": "pasa el ratón para leer valores",
    "Log scale": "Escala log.",
    "Show the loss on a logarithmic axis: late, small improvements stay visible\ninstead of flattening into the "
    "floor.":
        "Mostrar la pérdida en un eje logarítmico: las mejoras pequeñas y tardías siguen visibles\nen lugar de "
        "aplastarse contra el suelo.",
    "accuracy": "exactitud",
    "The pane is too short to read both curves: show the loss or the\naccuracy (a taller pane shows both, one "
    "above the other).":
        "El panel es demasiado bajo para leer ambas curvas: mostrar la pérdida o la\nexactitud (un panel más "
        "alto muestra las dos, una encima de otra).",
    "The curves drawn so far: validation appears when the data has a validation split, accuracy for "
    "classification.":
        "Las curvas dibujadas hasta ahora: la validación aparece cuando los datos tienen una parte de "
        "validación, la exactitud en clasificación.",
    "train loss": "pérdida entren.",
    "val loss": "pérdida valid.",
    "train acc": "exactitud entren.",
    "val acc": "exactitud valid.",
    "epoch": "época",
    "acc": "exact.",
    "hover: values · click: go there": "ratón encima: valores · clic: ir allí",
    # --- main window
    "nnviz — watch a neural network learn": "nnviz — mira cómo aprende una red neuronal",
    "❚❚ Pause": "❚❚ Pausa",
    "Text at {0} is too large for a {1}×{2} window: F5 presents it full screen with a layout made for large "
    "text, Ctrl+0 goes back to the normal size.":
        "El texto al {0} es demasiado grande para una ventana de {1}×{2}: F5 lo presenta a pantalla completa con "
        "una disposición pensada para texto grande, Ctrl+0 vuelve al tamaño normal.",
    "Could not load lesson {0}: {1}": "No se pudo cargar la lección {0}: {1}",
    "Ctrl+Z goes back to {0} as you left it.": "Ctrl+Z vuelve a {0} tal como lo dejaste.",
    "Your data — {0}.": "Tus datos — {0}.",
    "It asks: what does the network say for {0}? (Data tab)": "Pregunta: ¿qué dice la red para {0}? (pestaña Datos)",
    "It asks the network a question: see “Ask the network” in the Data tab.":
        "Le hace una pregunta a la red: mira «Preguntar a la red» en la pestaña Datos.",
    "Training… (Space pauses)": "Entrenando… (Espacio pausa)",
    "No step to show in phases yet: take a step first.": "Aún no hay un paso que mostrar por fases: da un paso primero.",
    "The boundary panel shows what {0} computes over the plane (a click on empty space in the diagram goes back).":
        "El panel de la frontera muestra lo que calcula la {0} sobre el plano (un clic en un espacio vacío del "
        "diagrama vuelve).",
    "data change ({0})": "cambio de datos ({0})",
    "{0} has no column {1}": "{0} no tiene la columna {1}",
    "Pick two different inputs for the two axes.": "Elige dos entradas distintas para los dos ejes.",
    "Language: {0}.": "Idioma: {0}.",
    # --- network diagram
    "Input": "Entrada",
    "Hidden {0}": "Oculta {0}",
    "In": "Ent.",
    "H{0}": "O{0}",
    "Out": "Sal.",
    "the strongest {0} of {1} weights drawn (hover for any)":
        "se dibujan los {0} pesos más fuertes de {1} (ratón encima para cualquiera)",
    "No network yet": "Aún no hay red",
    "Forward pass: layer {0} of {1} — z = Σ w·a + b, then a = f(z)":
        "Pasada hacia delante: capa {0} de {1} — z = Σ w·a + b, luego a = f(z)",
    "Backward pass: layer {0} — δ in each node; edges coloured and sized by ∂L/∂w (dashed = negative)":
        "Pasada hacia atrás: capa {0} — δ en cada nodo; aristas coloreadas y dimensionadas según ∂L/∂w "
        "(discontinua = negativa)",
    "Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)":
        "Actualización: cada peso pasa de su valor antiguo al nuevo (w ← w − lr·∂L/∂w)",
    "in '{0}'": "ent. '{0}'",
    "out '{0}'": "sal. '{0}'",
    "not set": "sin fijar",
    "(about 0: |w| < {0}, drawn grey dotted)": "(casi 0: |w| < {0}, dibujado gris punteado)",
    "w[{0}→{1}] from {2} to {3} = {4}": "w[{0}→{1}] de {2} a {3} = {4}",
    "input '{0}' (input {1} of {2})": "entrada '{0}' (entrada {1} de {2})",
    "output '{0}' (output neuron {1} of {2})": "salida '{0}' (neurona de salida {1} de {2})",
    "hidden layer {0}, neuron {1} of {2} (h{0}.{1})": "capa oculta {0}, neurona {1} de {2} (h{0}.{1})",
    "no bias": "sin sesgo",
    "new value for {0}": "nuevo valor para {0}",
    "new bias for {0}": "nuevo sesgo para {0}",
    "bias = {0}": "sesgo = {0}",
    "value = {0}": "valor = {0}",
    "activation = {0}": "activación = {0}",
    "value: no sample selected": "valor: ninguna muestra elegida",
    "activation: no sample selected": "activación: ninguna muestra elegida",
    "  ·  grey dotted = weight about 0 (|w| < {0})": "  ·  gris punteado = peso casi 0 (|w| < {0})",
    "orange dashed = negative weight, blue = positive, thickness = size":
        "naranja discontinuo = peso negativo, azul = positivo, grosor = tamaño",
    "  ·  ring = bias  ·  fill = activation": "  ·  anillo = sesgo  ·  relleno = activación",
    "  ·  ring = bias  ·  maps: orange low, blue high": "  ·  anillo = sesgo  ·  mapas: naranja bajo, azul alto",
    "{0} = negative weight, {1} = positive, thickness = size": "{0} = peso negativo, {1} = positivo, grosor = tamaño",
    "orange dashed": "naranja discontinuo",
    "blue": "azul",
    # --- plots
    "train: filled": "entrenamiento: relleno",
    "test: outlined": "prueba: contorno",
    "class {0}": "clase {0}",
    # --- predict box
    "Type a value for '{col}' in the table's own units.": "Escribe un valor para '{col}' en las unidades de la tabla.",
    "Pick a value for '{col}'.": "Elige un valor para '{col}'.",
    "Run these values through the network and show its answer (Enter works too).":
        "Pasar estos valores por la red y mostrar su respuesta (Intro también sirve).",
    "The network's answer, in the table's own units.": "La respuesta de la red, en las unidades de la tabla.",
    "One of: {0}": "Uno de: {0}",
    "column": "columna",
    "value": "valor",
    "e.g. {0}": "p. ej. {0}",
    "Type an example; the network predicts {0}.": "Escribe un ejemplo; la red predice {0}.",
    "Load a lesson or a table first.": "Carga primero una lección o una tabla.",
    "There is no network to ask yet.": "Aún no hay una red a la que preguntar.",
    "the network's output is not a number (has training diverged?)":
        "la salida de la red no es un número (¿ha divergido el entrenamiento?)",
    "Could not predict: {0}": "No se pudo predecir: {0}",
    "Ask the network": "Preguntar a la red",
    "Load a lesson or a table to ask the network about an example.":
        "Carga una lección o una tabla para preguntar a la red por un ejemplo.",
    "Predict": "Predecir",
    "values to ask about": "valores por los que preguntar",
    "{0} columns: type a value in the right-hand column.": "{0} columnas: escribe un valor en la columna derecha.",
    "Needs a lesson or a table, and a network.": "Necesita una lección o una tabla, y una red.",
    # --- prepare choices
    "auto": "automático",
    "classification": "clasificación",
    "regression": "regresión",
    "drop rows": "descartar filas",
    "fill with mean": "rellenar con la media",
    "none": "ninguno",
    "divide by max": "dividir por el máximo",
    "min-max (0–1)": "mín-máx (0–1)",
    "standardize": "estandarizar",
    "The column the network learns to predict (the answer). Usually the last column, or one named like class, "
    "label, species or price.":
        "La columna que la red aprende a predecir (la respuesta). Normalmente la última columna, o una con un "
        "nombre como class, label, species o price.",
    "auto: words or a few whole numbers become classes, other numbers a value to predict. classification: "
    "predict which class. regression: predict a number.":
        "automático: las palabras o unos pocos números enteros pasan a ser clases, los demás números un valor a "
        "predecir. clasificación: predecir la clase. regresión: predecir un número.",
    "The columns the network looks at to make its prediction. Text columns are turned into one 0/1 input per "
    "word (one-hot).":
        "Las columnas que mira la red para hacer su predicción. Las columnas de texto se convierten en una "
        "entrada 0/1 por palabra (one-hot).",
    "Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a chosen column. fill with "
    "mean: put the column's average (training rows) in the gap.":
        "Celdas vacías (o NA, ?, …). descartar filas: omitir cada fila con una celda vacía en una columna "
        "elegida. rellenar con la media: poner en el hueco la media de la columna (filas de entrenamiento).",
    "Networks learn best when every input has a similar size. none: use the numbers as they are. divide by "
    "max: each column's largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1.":
        "Las redes aprenden mejor cuando todas las entradas tienen un tamaño parecido. ninguno: usar los números "
        "tal cual. dividir por el máximo: el mayor valor de cada columna pasa a ser 1. mín-máx: de 0 a 1. "
        "estandarizar: media 0, dispersión típica 1.",
    "How the rows are shared out, in percent: train (the network learns from these), validation (checked during "
    "training) and test (kept aside for the final check).":
        "Cómo se reparten las filas, en porcentaje: entrenamiento (de ellas aprende la red), validación "
        "(se comprueba durante el entrenamiento) y prueba (apartada para la comprobación final).",
    "Build the network's data from this table with the choices above. The current lesson is replaced only if "
    "this works.":
        "Construir los datos de la red a partir de esta tabla con las opciones de arriba. La lección actual solo "
        "se sustituye si esto funciona.",
    "Prepare": "Preparar",
    "Target": "Objetivo",
    "Target kind": "Tipo de objetivo",
    "Features": "Variables",
    "Missing values": "Valores ausentes",
    "Scaling": "Escalado",
    "Percent of the rows used for train.": "Porcentaje de filas para entrenamiento.",
    "Percent of the rows used for validation.": "Porcentaje de filas para validación.",
    "Percent of the rows used for test.": "Porcentaje de filas para prueba.",
    "train": "entren.",
    "validation": "validación",
    "test": "prueba",
    "Split %": "Reparto %",
    "Use this data": "Usar estos datos",
    "{0} (text → one-hot)": "{0} (texto → one-hot)",
    "{0} (empty)": "{0} (vacía)",
    "{0}: {1} column.": "{0}: columna ({1}).",
    "These add up to {0} %; they will be rescaled to 100 %.": "Suman {0} %; se reescalarán a 100 %.",
    # --- presentation
    "Explainer": "Cálculo",
    "Boundary": "Frontera",
    "Confusion": "Confusión",
    "Left presentation mode: the window as it was (F5 presents again).":
        "Se salió del modo presentación: la ventana como estaba (F5 presenta de nuevo).",
    "sample": "muestra",
    "batch": "lote",
    "Paused at epoch {epoch}: PageDown (or Space) continues · PageUp goes back.":
        "En pausa en la época {epoch}: AvPág (o Espacio) continúa · RePág vuelve atrás.",
    "The end of this lesson: PageUp goes back, Esc leaves.": "Fin de esta lección: RePág vuelve atrás, Esc sale.",
    "Still training: the next beat comes when this run ends.":
        "Todavía entrenando: la siguiente diapositiva llega cuando termine esta ejecución.",
    "end · step {0}": "fin · paso: {0}",
    "end": "fin",
    "This beat could not be done: {0}": "No se pudo hacer esta diapositiva: {0}",
    "Could not go back: {0}": "No se pudo volver atrás: {0}",
    "beat {0}": "diapositiva {0}",
    "The end": "Fin",
    "{0} beats": "{0} diapositivas",
    "PageUp goes back · Esc leaves": "RePág vuelve atrás · Esc sale",
    "nnviz — presenter console": "nnviz — consola del presentador",
    "Time since the presentation started": "Tiempo desde que empezó la presentación",
    "elapsed": "transcurrido",
    "Now": "Ahora",
    "Notes (only here)": "Notas (solo aquí)",
    "Next": "Siguiente",
    "The room sees": "La sala ve",
    "Beats: click, or ↑↓ and Enter, to jump": "Diapositivas: clic, o ↑↓ e Intro, para saltar",
    "Beat {0} / {1}": "Diapositiva {0} / {1}",
    "This lesson has no beats": "Esta lección no tiene diapositivas",
    "(no notes for this beat)": "(sin notas para esta diapositiva)",
    "The end of the lesson.": "El fin de la lección.",
    "End · {0} beats done": "Fin · {0} diapositivas hechas",
    "Nothing: the lesson has ended (PageUp goes back, Esc leaves).":
        "Nada: la lección ha terminado (RePág vuelve atrás, Esc sale).",
    "That key does nothing while presenting (PageDown next · PageUp back · B black · Esc leaves).":
        "Esa tecla no hace nada al presentar (AvPág siguiente · RePág atrás · B negro · Esc sale).",
    # --- run controller, sync, zoom, timeline, worker
    "Training diverged: press Reset (R) to start again from the same weights.":
        "El entrenamiento divergió: pulsa Reiniciar (R) para empezar de nuevo con los mismos pesos.",
    "max": "máx.",
    "{0}/frame": "{0}/fotograma",
    "Pause first to step one at a time.": "Pausa primero para avanzar paso a paso.",
    "Nothing is loaded yet.": "Aún no hay nada cargado.",
    "Reached the limit: training on to {0} epochs.": "Límite alcanzado: se sigue entrenando hasta {0} épocas.",
    "your own data": "tus propios datos",
    "&Undo {0}": "&Deshacer {0}",
    "Prediction along {0}": "Predicción a lo largo de {0}",
    "Prediction": "Predicción",
    "Text size {0} pt is the largest that fits this screen with every view readable; F5 presents with larger "
    "text.":
        "El tamaño de texto {0} pt es el mayor que cabe en esta pantalla con todas las vistas legibles; F5 "
        "presenta con texto más grande.",
    "Text size {0} pt.": "Tamaño de texto {0} pt.",
    "Go to the start: epoch 0 (Home).": "Ir al principio: época 0 (Inicio).",
    "Step back: undo the last step, a sample, a batch or an epoch (Shift+← or Backspace).":
        "Paso atrás: deshacer el último paso, una muestra, un lote o una época (Mayús+← o Retroceso).",
    "The timeline: every state training went through. Drag to see any of them; Play or Step from a past state "
    "trains on from there (Ctrl+Z brings the rest back).":
        "La línea de tiempo: cada estado por el que pasó el entrenamiento. Arrastra para ver cualquiera; "
        "Iniciar o un paso desde un estado pasado sigue entrenando desde ahí (Ctrl+Z recupera el resto).",
    "Step forward again, towards the newest state.": "Avanzar de nuevo, hacia el estado más reciente.",
    "Go to the newest state (End).": "Ir al estado más reciente (Fin).",
    "The epoch shown (+ samples into the next one) / the newest epoch reached.":
        "La época mostrada (+ muestras de la siguiente) / la época más reciente alcanzada.",
    "Training stopped: {0}": "Entrenamiento detenido: {0}",
    "unknown pane {0}; choose one of {1}": "panel desconocido {0}; elige uno de {1}",
    "the {0} pane needs a neuron": "el panel {0} necesita una neurona",
    "{0}: type a number, Enter to apply, Esc to cancel": "{0}: escribe un número, Intro aplica, Esc cancela",
    "Type a number, e.g. 0 or -0.5 (Esc cancels)": "Escribe un número, p. ej. 0 o -0,5 (Esc cancela)",
    # --- window: toolbar, docks, menus
    "▶ Play": "▶ Iniciar",
    "&Undo": "&Deshacer",
    "Loss and accuracy": "Pérdida y exactitud",
    "Decision boundary": "Frontera de decisión",
    "Light": "Claro",
    "Dark": "Oscuro",
    "High contrast": "Alto contraste",
    "Lesson:": "Lección:",
    "Pick a built-in lesson: its data, network and settings load at once (Ctrl+L).":
        "Elige una lección incluida: sus datos, su red y sus ajustes se cargan al momento (Ctrl+L).",
    "Playback": "Reproducción",
    "Train continuously; press again to pause (Space).": "Entrenar sin parar; pulsa otra vez para pausar (Espacio).",
    "Step epoch": "1 época",
    "Train one epoch: every training sample once (→). After Step sample or Step batch it finishes the epoch "
    "already under way.":
        "Entrenar una época: cada muestra de entrenamiento una vez (→). Tras «1 muestra» o «1 lote» termina "
        "la época ya empezada.",
    "Step batch": "1 lote",
    "Train on the next mini-batch only (Shift+→).": "Entrenar solo con el siguiente minilote (Mayús+→).",
    "Step sample": "1 muestra",
    "Train on the next single sample only (Ctrl+→).": "Entrenar solo con la siguiente muestra (Ctrl+→).",
    "◀ Back": "◀ Atrás",
    "Undo the last step, whatever its size: a sample, a batch or an epoch (Shift+← or Backspace).":
        "Deshacer el último paso, sea del tamaño que sea: una muestra, un lote o una época (Mayús+← o Retroceso).",
    "⟲ Reset": "⟲ Reiniciar",
    "Back to the same starting weights, epoch 0 (R).": "Volver a los mismos pesos iniciales, época 0 (R).",
    "New weights": "Pesos nuevos",
    "Start again from new random weights: a new seed (N).": "Empezar de nuevo con pesos aleatorios nuevos: una semilla nueva (N).",
    "Epoch 0": "Época 0",
    "Epochs completed: each epoch shows the network every training sample once. “+n” counts samples already "
    "trained in the next epoch.":
        "Épocas completadas: cada época muestra a la red cada muestra de entrenamiento una vez. «+n» cuenta las "
        "muestras ya entrenadas de la época siguiente.",
    "→ epoch": "→ época",
    "→ batch": "→ lote",
    "→ sample": "→ muestra",
    "Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch.":
        "Épocas entrenadas por redibujado (unos 60 por segundo). Desliza a la izquierda para ver cada época.",
    " epochs": " épocas",
    "Play stops by itself after this many epochs.": "Iniciar se detiene solo tras este número de épocas.",
    "no target": "sin objetivo",
    "loss ≤ ": "pérdida ≤ ",
    "Play stops by itself when the training loss gets this low (“no target” = never).":
        "Iniciar se detiene solo cuando la pérdida de entrenamiento baja hasta aquí («sin objetivo» = nunca).",
    "Run": "Ejecución",
    "Speed": "Velocidad",
    "Stop at": "Parar en",
    "or at": "o en",
    " MB": " MB",
    "Memory for the timeline's saved states. Every epoch stays reachable; with less memory, going back replays "
    "a few more epochs from the nearest saved state.":
        "Memoria para los estados guardados de la línea de tiempo. Todas las épocas siguen accesibles; con menos "
        "memoria, volver atrás recalcula algunas épocas más desde el estado guardado más cercano.",
    "History": "Historial",
    "weights": "pesos",
    "Write every weight on its edge and every bias by its node (small networks; hover for the rest). Click one "
    "to type a new value.":
        "Escribir cada peso en su arista y cada sesgo junto a su nodo (redes pequeñas; ratón encima para el "
        "resto). Haz clic en uno para escribir un valor nuevo.",
    "maps": "mapas",
    "Show inside each neuron what it computes over the plane of the two plotted inputs (blue high, orange low). "
    "Hover a neuron to see its map large in the boundary panel.":
        "Mostrar dentro de cada neurona lo que calcula sobre el plano de las dos entradas dibujadas (azul alto, "
        "naranja bajo). Pasa el ratón por una neurona para ver su mapa en grande en el panel de la frontera.",
    "phases": "fases",
    "After each step, play it in phases on the diagram: forward (activations layer by layer), backward (each δ "
    "and gradient), update (old weight → new). P shows the next phase.":
        "Tras cada paso, reproducirlo por fases en el diagrama: hacia delante (activaciones capa a capa), hacia "
        "atrás (cada δ y gradiente), actualización (peso antiguo → nuevo). P muestra la fase siguiente.",
    "Which training sample the node values show: the network's numbers for that one input.":
        "Qué muestra de entrenamiento enseñan los valores de los nodos: los números de la red para esa entrada.",
    "Scores of the current weights. The test split is measured when training pauses.":
        "Resultados de los pesos actuales. La parte de prueba se mide cuando el entrenamiento se pausa.",
    "The test split's confusion matrix: rows are the true class, columns what the network said. Framed cells "
    "are right, hatched cells wrong.":
        "La matriz de confusión de la parte de prueba: las filas son la clase real, las columnas lo que dijo la "
        "red. Las celdas enmarcadas son aciertos, las rayadas errores.",
    "The input on the horizontal axis. Other inputs are held at their training mean: the picture is a slice.":
        "La entrada del eje horizontal. Las demás entradas se fijan en su media de entrenamiento: la imagen es "
        "un corte.",
    "The input on the vertical axis. Other inputs are held at their training mean: the picture is a slice.":
        "La entrada del eje vertical. Las demás entradas se fijan en su media de entrenamiento: la imagen es "
        "un corte.",
    "test data": "datos de prueba",
    "Show the test points (rings): data the network never trains on.":
        "Mostrar los puntos de prueba (anillos): datos con los que la red nunca entrena.",
    "Settings": "Ajustes",
    "Step": "Paso",
    "The step explainer: every number of the last step (E)": "El explicador del paso: cada número del último paso (E)",
    "Ready.": "Listo.",
    "&File": "&Archivo",
    "&Quit": "&Salir",
    "&Edit": "&Editar",
    "&Training": "E&ntrenamiento",
    "&Play / Pause": "&Reproducir / Pausa",
    "Step &epoch": "&Paso de época",
    "Step &batch": "Paso de &lote",
    "Step &sample": "Paso de &muestra",
    "Step bac&k": "Paso &atrás",
    "Go to the s&tart": "Ir al &inicio",
    "Go to the ne&west": "Ir al más reci&ente",
    "&Reset": "Rei&niciar",
    "&New weights": "Pesos nue&vos",
    "&View": "&Ver",
    "Choose &lesson": "Elegir &lección",
    "&Present": "&Presentar",
    "Present from &here": "Presentar desde a&quí",
    "Ne&xt beat": "&Siguiente diapositiva",
    "&Back": "&Anterior",
    "&Larger text": "A&umentar texto",
    "&Smaller text": "&Reducir texto",
    "&Normal text size": "Tamaño de texto &normal",
    "&Full screen": "Pantalla &completa",
    "Step &explainer": "&Explicador del paso",
    "Every number of the last step for the selected neuron, in the tutorials' notation (E).":
        "Cada número del último paso para la neurona elegida, en la notación de los tutoriales (E).",
    "Next &phase of the step": "Siguiente &fase del paso",
    "&Theme": "&Tema",
    "Lan&guage": "Idi&oma",
    "&Help": "Ay&uda",
    "&Keys": "&Teclas",
    "&About nnviz": "&Acerca de nnviz",
    "Theme: {0}.": "Tema: {0}.",
    # --- NumPy code view, Edit → Copy step as Python
    "Copy as Python": "Copiar como Python",
    "Copy a script that reruns this step with NumPy alone, from this step's weights and rows, and prints every "
    "result (Ctrl+Shift+C)":
        "Copiar un script que repite este paso solo con NumPy, a partir de los pesos y las filas de este paso, e "
        "imprime cada resultado (Ctrl+Mayús+C)",
    "The NumPy lines of the step": "Las líneas NumPy del paso",
    "This step cannot be written as NumPy lines: {0}": "Este paso no se puede escribir como líneas NumPy: {0}",
    "Take a step (Step sample, Step batch or Step epoch) to see the NumPy lines that compute it, with this step's "
    "shapes and values.":
        "Da un paso (una muestra, un lote o una época) para ver las líneas NumPy que lo calculan, con las formas y "
        "los valores de este paso.",
    "Step epoch: the lines of the epoch's last step, the one recorded.":
        "«1 época»: las líneas del último paso de la época, el que queda registrado.",
    "NumPy": "NumPy",
    "The NumPy lines that compute the last step, with its shapes and values":
        "Las líneas NumPy que calculan el último paso, con sus formas y valores",
    "Copy step as &Python": "Copiar paso como &Python",
    "Copied the step as a Python script (NumPy only): run it to see every number of the step again.":
        "Paso copiado como script de Python (solo NumPy): ejecútalo para volver a ver cada número del paso.",
    "No step to copy yet: take a step first.": "Aún no hay ningún paso que copiar: da primero un paso.",
    "&NumPy lines of the step": "Líneas Nu&mPy del paso",
    # --- digits pane: draw pad, probability bars, mistakes gallery
    "Digits": "Dígitos",
    "&Draw a digit": "&Dibujar un dígito",
    "&Mistakes": "&Galería de errores",
    "The network's answer for the drawing: the class with the largest output.":
        "La respuesta de la red para el dibujo: la clase con la mayor salida.",
    "The label the drawing is added with: what the digit really is (on the pad, type the digit).":
        "La etiqueta con la que se añade el dibujo: el dígito que es de verdad (en el lienzo, teclea el dígito).",
    "Add to training data": "Añadir al entrenamiento",
    "Add the drawing to the training data with the chosen label (Enter on the pad). The network keeps its weights "
    "and trains on it; Ctrl+Z takes it out.":
        "Añadir el dibujo a los datos de entrenamiento con la etiqueta elegida (Intro en el lienzo). La red conserva "
        "sus pesos y sigue entrenando con él; Ctrl+Z lo quita.",
    "Clear": "Borrar",
    "Wipe the pad (Delete on the pad).": "Borrar el lienzo (Supr en el lienzo).",
    "Label": "Etiqueta",
    "Draw": "Dibujar",
    "Draw a digit and see the network's answer as you draw (D).":
        "Dibuja un dígito y ve la respuesta de la red mientras dibujas (D).",
    "Show every mistake, or one kind: a true class taken for another (a click on a confusion-matrix cell picks it "
    "too).":
        "Mostrar todos los errores o solo un tipo: una clase real tomada por otra (un clic en una celda de la matriz "
        "de confusión también lo elige).",
    "Test digits the network gets wrong: truth → answer and how sure it was. Click one (or Enter) to show it on "
    "the diagram; arrow keys move.":
        "Dígitos de prueba que la red falla: verdad → respuesta y con qué seguridad. Haz clic en uno (o Intro) para "
        "verlo en el diagrama; las flechas cambian de dígito.",
    "Mistakes": "Errores",
    "The test digits the network gets wrong, most confident first (M).":
        "Los dígitos de prueba que la red falla, primero aquellos en que estaba más segura (M).",
    "The network gives no answer (its outputs are not numbers).":
        "La red no da ninguna respuesta (sus salidas no son números).",
    "Blank pad: the network says {0} ({1}). Draw a digit.": "Lienzo vacío: la red dice {0} ({1}). Dibuja un dígito.",
    "The network says ▶ {0} ({1}).": "La red dice ▶ {0} ({1}).",
    "This data has no test split: nothing to check the network on.":
        "Estos datos no tienen parte de prueba: no hay nada con que comprobar la red.",
    "{0} of {1} test digits wrong ({2} right). Truth → answer, how sure; click one to show it on the diagram.":
        "{0} de {1} dígitos de prueba mal ({2} bien). Verdad → respuesta, con qué seguridad; haz clic en uno para "
        "verlo en el diagrama.",
    "No test digits to show.": "No hay dígitos de prueba que mostrar.",
    "No mistakes of this kind now.": "Ahora no hay errores de este tipo.",
    "No test digit is wrong.": "Ningún dígito de prueba está mal.",
    "All mistakes ({0})": "Todos los errores ({0})",
    "{0} taken for {1} ({2})": "{0} tomado por {1} ({2})",
    "Draw a digit: drag with the left button (or a pen) to add ink, with the right button, Shift or the pen's "
    "eraser to take it away. Keys: arrows move the frame, Space inks, Shift+Space erases, Delete clears.":
        "Dibuja un dígito: arrastra con el botón izquierdo (o un lápiz) para añadir tinta; con el botón derecho, "
        "Mayús o la goma del lápiz la quitas. Teclas: las flechas mueven el marco, Espacio entinta, Mayús+Espacio "
        "borra, Supr lo vacía.",
    "Drawing pad": "Lienzo de dibujo",
    "Draw a digit here": "Dibuja aquí un dígito",
    "How sure the network is of each class for the drawing (its outputs, in per cent). The longest bar, marked ▶, "
    "is its answer.":
        "Lo segura que está la red de cada clase para el dibujo (sus salidas, en porcentaje). La barra más larga, "
        "marcada con ▶, es su respuesta.",
    "{0}: {1} (the network's output for this class)": "{0}: {1} (la salida de la red para esta clase)",
    "The diagram shows test digit {0}: the network never trained on it. The sample picker goes back to the "
    "training digits.":
        "El diagrama muestra el dígito de prueba {0}: la red nunca entrenó con él. El selector de muestra vuelve a "
        "los de entrenamiento.",
    "Drawing and mistakes are for lessons whose inputs form a picture, such as the handwritten digits.":
        "Dibujar y ver errores es para lecciones cuyas entradas forman una imagen, como los dígitos escritos a mano.",
    "The gallery shows every mistake (a right answer was clicked).":
        "La galería muestra todos los errores (se hizo clic en una respuesta correcta).",
    "The gallery shows the test digits of {0} taken for {1} (the picker above it goes back to all).":
        "La galería muestra los dígitos de prueba {0} tomados por {1} (el selector de encima vuelve a todos).",
    "Misclassified test digits": "Dígitos de prueba mal clasificados",
    "Test digit {0}: it is a {1}, the network said {2} ({3} sure). Click (or Enter) to show it on the diagram.":
        "Dígito de prueba {0}: es un {1}, la red dijo {2} (segura al {3}). Clic (o Intro) para verlo en el diagrama.",
    # --- the diagram with a picture input, the sample line under it
    "truth: {0}": "real: {0}",
    "network: {0}": "red: {0}",
    "Test sample {0} (never trained on) → network says {1}; the answer is {2}.":
        "Muestra de prueba {0} (nunca entrenada) → la red dice {1}; la respuesta es {2}.",
    "Test sample {0} → {1}; truth: {2}": "Muestra de prueba {0} → {1}; real: {2}",
    "{0} −, {1} + · picture → neuron: one line, Σ w·x of all {2} pixels":
        "{0} −, {1} + · imagen → neurona: una línea, Σ w·x de los {2} píxeles",
    "its {0} weights as a picture: blue +, orange − with a dash, full colour at ±{1} (its largest |w|)":
        "sus {0} pesos como imagen: azul +, naranja − con raya, color pleno en ±{1} (su mayor |w|)",
    # --- data preparation
    "one 0–1 range for all (pictures)": "un rango 0–1 para todo (imágenes)",
    "Networks learn best when every input has a similar size. none: use the numbers as they are. divide by max: "
    "each column's largest value becomes 1. min-max: 0 to 1. standardize: average 0, typical spread 1. one range "
    "for all: the smallest and largest value of the whole table become 0 and 1, so a picture's pixels keep their "
    "look.":
        "Las redes aprenden mejor cuando todas las entradas tienen un tamaño parecido. ninguno: usar los números "
        "tal cual. dividir por el máximo: el mayor valor de cada columna pasa a ser 1. mín-máx: de 0 a 1. "
        "estandarizar: media 0, dispersión típica 1. un rango para todo: el menor y el mayor valor de toda la "
        "tabla pasan a ser 0 y 1, así los píxeles de una imagen conservan su aspecto.",
    # --- step explainer: all terms, Check yourself
    "Show all terms": "Mostrar todos los términos",
    "List every term of the long sums and every weight, not only the largest terms":
        "Listar cada término de las sumas largas y cada peso, no solo los términos mayores",
    "Check yourself": "Ponte a prueba",
    "Hide a number of the step and compute it by hand": "Ocultar un número del paso y calcularlo a mano",
    "Hide and ask this number": "Ocultar y preguntar este número",
    "The lesson's exercises": "Los ejercicios de la lección",
    "The number of the step to compute by hand; it is hidden above":
        "El número del paso que calculas a mano; arriba está oculto",
    "e.g. 0.75, 0,75 or 3/4": "p. ej. 0,75 o 3/4",
    "Your answer: a decimal with . or , or a fraction (3/4, 1 1/2); Enter checks":
        "Tu respuesta: un decimal con , o . o una fracción (3/4; 1 1/2); Intro comprueba",
    "Check": "Comprobar",
    "Show": "Mostrar",
    "Show the worked line with the engine's number": "Mostrar la línea resuelta con el número de nnviz",
    "Exercise:": "Ejercicio:",
    "Compute:": "Calcula:",
    "The engine's number: {0}": "nnviz calcula: {0}",
    "(choose one)": "(elige uno)",
    "Choose a number to compute first.": "Elige primero un número que calcular.",
    "First press {0}.": "Pulsa primero «{0}».",
    "Take the step the exercise names; its number is then hidden above.":
        "Da el paso que indica el ejercicio; su número queda entonces oculto arriba.",
    "Take a step and choose a neuron: its numbers can then be hidden and asked.":
        "Da un paso y elige una neurona: entonces se pueden ocultar y preguntar sus números.",
    "Choose a number to compute, or right-click a line above → Hide and ask.":
        "Elige un número que calcular, o haz clic derecho en una línea de arriba → Ocultar y preguntar.",
    # --- weight editor
    "{0}: type a number (0.75, 0,75 or 3/4), Enter to apply, Esc to cancel":
        "{0}: escribe un número (0,75; 0.75 o 3/4), Intro aplica, Esc cancela",
    "Type a number, e.g. 0, -0.5, 0,75 or 3/4 (Esc cancels)":
        "Escribe un número, p. ej. 0; -0,5; 0.75 o 3/4 (Esc cancela)",
    # --- comparing two runs
    "The pinned run (dashed on the loss plot) at the epoch shown, beside the run now. Pin a run with Ctrl+P or the loss pane's Pin button; Ctrl+Shift+P unpins.":
        'La ejecución fijada (discontinua en el gráfico de pérdida) en la época mostrada, junto a la actual. Fija una ejecución con Ctrl+P o el botón Fijar del panel de pérdida; Ctrl+Mayús+P la suelta.',
    'loss {0}':
        'pérdida {0}',
    'acc {0}':
        'exact. {0}',
    'Pinned run, epoch {0}':
        'Ejecución fijada, época {0}',
    'Pin':
        'Fijar',
    'Unpin':
        'Soltar',
    'Stop comparing: the pinned run goes (Ctrl+Shift+P).':
        'Dejar de comparar: la ejecución fijada se quita (Ctrl+Mayús+P).',
    'Pin this run to compare with (Ctrl+P): it stays, dashed on the loss plot, and the timeline goes back to its start. Change one thing (learning rate, seed, bias, …) and train again from there.':
        'Fija esta ejecución para comparar (Ctrl+P): se queda, discontinua en el gráfico de pérdida, y la línea de tiempo vuelve a su inicio. Cambia una cosa (tasa de aprendizaje, semilla, sesgo, …) y entrena de nuevo desde ahí.',
    'P&in this run':
        'F&ijar esta ejecución',
    'Keep this run to compare with (dashed on the loss plot, its boundary beside the big one) and go back to its start: change one thing and train again.':
        'Conserva esta ejecución para comparar (discontinua en el gráfico de pérdida, su frontera junto a la grande) y vuelve a su inicio: cambia una cosa y entrena de nuevo.',
    'Un&pin':
        'S&oltar',
    'Stop comparing: the pinned run goes.':
        'Dejar de comparar: la ejecución fijada se quita.',
    "No maps for a picture's inputs: each hidden neuron shows its weight picture instead.":
        'No hay mapas para las entradas de una imagen: cada neurona oculta muestra en su lugar su imagen de pesos.',
    # --- the explainer on a chosen test digit
    'Back to the training step': 'Volver al paso de entrenamiento',
    'Explain the last training step again instead of the chosen sample (a Step or Play goes back too)':
        'Explicar de nuevo el último paso de entrenamiento en lugar del ejemplo elegido (Paso o Reproducir también vuelven)',
    'activation': 'activación',
    "Choose the drawing's label first: type the digit on the pad, or pick it beside “Add to training data”.": 'Elige primero la etiqueta del dibujo: escribe el dígito en el lienzo o elígelo junto a «Añadir al entrenamiento».',
}
