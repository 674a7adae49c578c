<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {value}. Details were written to the terminal.</source>
        <translation>Etwas ist schiefgegangen: {value}. Die Einzelheiten stehen im Terminal.</translation>
    </message>
</context>
<context>
    <name>Artists</name>
    <message>
        <source>training loss (batches)</source>
        <translation>Trainingsverlust (Batches)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>The loss curves appear here
while a network trains</source>
        <translation>Die Verlustkurven
erscheinen hier, während
ein Netz trainiert</translation>
    </message>
</context>
<context>
    <name>BackpropChart</name>
    <message>
        <source>Press Step or Run 100 steps: the loss after each step is drawn here.</source>
        <translation>Drücke „Schritt“ oder „100 Schritte“: Der Verlust nach jedem Schritt wird hier gezeichnet.</translation>
    </message>
</context>
<context>
    <name>BackpropDiagram</name>
    <message>
        <source>class {value}</source>
        <translation>Klasse {value}</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>quadratischer Fehler</translation>
    </message>
    <message>
        <source>Diagram of the tiny network with its gradients</source>
        <translation>Diagramm des kleinen Netzes mit seinen Gradienten</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Learning is moving every weight and bias a little in the direction that makes the loss L smaller. Backpropagation finds that direction with the chain rule, from the loss back to the first layer: each neuron&apos;s δ = ∂L/∂a · g′(z), then ∂L/∂w = δ · (the weight&apos;s input) and ∂L/∂b = δ. Same network as Forward propagation: edit it there or here.</source>
        <translation>Lernen heißt, jedes Gewicht und jeden Bias ein wenig in die Richtung zu bewegen, die den Verlust L verkleinert. Backpropagation findet diese Richtung mit der Kettenregel, vom Verlust zurück bis zur ersten Schicht: das δ jedes Neurons = ∂L/∂a · g′(z), dann ∂L/∂w = δ · (die Eingabe des Gewichts) und ∂L/∂b = δ. Es ist dasselbe Netz wie in der Vorwärtspropagation: Bearbeite es dort oder hier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss went up&lt;/b&gt; at {ups} of these steps: with η = {rate} each step overshoots, jumping past the bottom of the valley to a point higher up the other side. Make the learning rate smaller.</source>
        <translation>&lt;b&gt;Der Verlust ist gestiegen&lt;/b&gt;, bei {ups} dieser Schritte: Mit η = {rate} schießt jeder Schritt über das Ziel hinaus und springt über den Talboden hinweg an eine höhere Stelle am anderen Hang. Verkleinere die Lernrate.</translation>
    </message>
    <message>
        <source>To feel a learning rate that is too large: squared error, target y = 0.5, η = 50, then Run 100 steps.</source>
        <translation>So fühlt sich eine zu große Lernrate an: quadratischer Fehler, Zielwert y = 0.5, η = 50, dann „100 Schritte“.</translation>
    </message>
</context>
<context>
    <name>BackpropagationPanel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One step of gradient descent: w ← w − η ∂L/∂w for every weight and bias</source>
        <translation>Ein Schritt Gradientenabstieg: w ← w − η ∂L/∂w für jedes Gewicht und jeden Bias</translation>
    </message>
    <message>
        <source>Run {RUN_STEPS} steps</source>
        <translation>{RUN_STEPS} Schritte</translation>
    </message>
    <message>
        <source>{RUN_STEPS} steps of gradient descent; the chart shows the loss after each</source>
        <translation>{RUN_STEPS} Schritte Gradientenabstieg; das Diagramm zeigt den Verlust nach jedem</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the weights before your first step; the chart starts again</source>
        <translation>Zurück zu den Gewichten vor deinem ersten Schritt; das Diagramm beginnt von vorn</translation>
    </message>
    <message>
        <source>Last step: every weight and bias moves downhill</source>
        <translation>Letzter Schritt: Jedes Gewicht und jeder Bias geht bergab</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>Lernrate η</translation>
    </message>
    <message>
        <source>The chain rule, in the order the gradient flows back</source>
        <translation>Die Kettenregel, in der Reihenfolge, in der der Gradient zurückfließt</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{muted}&apos;&gt;In &lt;span style=&apos;color:{warning}&apos;&gt;orange&lt;/span&gt;, each gradient where it lives: ∂L/∂w on its edge, under the weight; ∂L/∂a, g′(z) and δ = ∂L/∂b by the neuron; the loss on the right.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{muted}&apos;&gt;In &lt;span style=&apos;color:{warning}&apos;&gt;Orange&lt;/span&gt; steht jeder Gradient dort, wo er hingehört: ∂L/∂w an seiner Kante, unter dem Gewicht; ∂L/∂a, g′(z) und δ = ∂L/∂b beim Neuron; der Verlust rechts.&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (stopped after {value}: the loss blew up)</source>
        <translation> (nach {value} angehalten: Der Verlust ist explodiert)</translation>
    </message>
    <message>
        <source>Loss L after {value} steps{stopped}: {number} → &lt;b&gt;{number2}&lt;/b&gt;</source>
        <translation>Verlust L nach {value} Schritten{stopped}: {number} → &lt;b&gt;{number2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{warning}&apos;&gt;{upper}{message}.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{warning}&apos;&gt;{upper}{message}.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loss&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;(how far the output is from the target)&lt;/span&gt;&lt;br&gt;{loss}</source>
        <translation>&lt;b&gt;Der Verlust&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;(wie weit die Ausgabe vom Zielwert entfernt ist)&lt;/span&gt;&lt;br&gt;{loss}</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>back through </source>
        <translation>zurück durch </translation>
    </message>
    <message>
        <source>the weights of layer {value}</source>
        <translation>die Gewichte von Schicht {value}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:6px&apos;&gt;&lt;b&gt;Layer {value}&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;({role})&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:6px&apos;&gt;&lt;b&gt;Schicht {value}&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;({role})&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BeforeAfterBars</name>
    <message>
        <source>Probabilities before and after the steps</source>
        <translation>Wahrscheinlichkeiten vor und nach den Schritten</translation>
    </message>
    <message>
        <source>Grey: the saved model. Blue: the copy after the gradient-descent steps. Softmax of the logits at temperature 1, as the loss reads them.</source>
        <translation>Grau: das gespeicherte Modell. Blau: die Kopie nach den Schritten des Gradientenabstiegs. Softmax der Logits bei Temperatur 1, so wie der Verlust sie liest.</translation>
    </message>
</context>
<context>
    <name>CanvasPanel</name>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>Strich &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation>Strich &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the sheet (Esc, or Delete on the canvas)</source>
        <translation>Das Blatt leeren (Esc, oder Entf auf der Zeichenfläche)</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>&amp;Stift</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Zahl</translation>
    </message>
    <message>
        <source>Write a whole number (up to 12 digits, a minus sign, a decimal point) on a wide sheet instead of one digit (N)</source>
        <translation>Eine ganze Zahl (bis zu 12 Ziffern, ein Minuszeichen, ein Dezimalpunkt) auf ein breites Blatt schreiben statt einer Ziffer (N)</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Stiftbreite</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Drawing hints</source>
        <translation>Zeichenhinweise</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>“{name}”: no digit</source>
        <translation>„{name}“: keine Ziffer</translation>
    </message>
    <message>
        <source>“{name}”: not a digit</source>
        <translation>„{name}“: keine Ziffer erkannt</translation>
    </message>
    <message>
        <source>“{name}” reads {digit} ({percent:.1f} %)</source>
        <translation>„{name}“ liest {digit} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>The second model&apos;s probabilities</source>
        <translation>Die Wahrscheinlichkeiten des zweiten Modells</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: what the network read. The diagonal counts the right answers, every other cell a kind of mistake. Click a cell to see its images.</source>
        <translation>Zeilen: die wahre Ziffer; Spalten: was das Netz erkannt hat. Die Diagonale zählt die richtigen Antworten, jede andere Zelle eine Art von Fehler. Klicke auf eine Zelle, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>predicted digit</source>
        <translation>erkannte Ziffer</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>wahre Ziffer</translation>
    </message>
    <message>
        <source>Evaluate a set to see
which digits are read as which</source>
        <translation>Werte eine Menge aus, um zu sehen,
welche Ziffern als welche erkannt werden</translation>
    </message>
    <message>
        <source>Confusion matrix · click a cell</source>
        <translation>Konfusionsmatrix · klicke auf eine Zelle</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Could not save the sample: {exc}</source>
        <translation>Die Schriftprobe konnte nicht gespeichert werden: {exc}</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Embedded MNIST subset (5,000 images)</source>
        <translation>Eingebettete MNIST-Auswahl (5&#x202f;000 Bilder)</translation>
    </message>
    <message>
        <source>The course network: 784 inputs, Dense 25 ReLU, Dense 15 ReLU, Dense 10 (logits)</source>
        <translation>Das Netz aus dem Kurs: 784 Eingaben, Dense 25 ReLU, Dense 15 ReLU, Dense 10 (Logits)</translation>
    </message>
    <message>
        <source>A wider dense network: Dense 256 ReLU, Dense 128 ReLU with dropout, Dense 10</source>
        <translation>Ein breiteres Dense-Netz: Dense 256 ReLU, Dense 128 ReLU mit Dropout, Dense 10</translation>
    </message>
    <message>
        <source>A small convolutional network (3x3 convolutions with batch normalisation, max pooling, dropout) with handwriting augmentation while training</source>
        <translation>Ein kleines Faltungsnetz (3×3-Faltungen mit Batch-Normalisierung, Max-Pooling, Dropout) mit Handschrift-Augmentierung beim Training</translation>
    </message>
    <message>
        <source>The cnn with one 5x5 convolution where it has two 3x3 on the full picture: trains in about 0.65 of its time, nearly as accurate (the default for retraining)</source>
        <translation>Das cnn mit einer 5×5-Faltung statt zweier 3×3-Faltungen auf dem ganzen Bild: trainiert in etwa 0,65 seiner Zeit, fast so genau (die Vorgabe zum Neutrainieren)</translation>
    </message>
    <message>
        <source>A network of your own design</source>
        <translation>Ein Netz nach deinem eigenen Entwurf</translation>
    </message>
    <message>
        <source>Custom design</source>
        <translation>Eigener Entwurf</translation>
    </message>
    <message>
        <source>Your saved design “{name}”</source>
        <translation>Dein gespeicherter Entwurf „{name}“</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>labels &apos;y&apos; must have shape ({n},), got {shape}</source>
        <translation>die Labels &apos;y&apos; müssen die Form ({n},) haben, nicht {shape}</translation>
    </message>
    <message>
        <source>labels &apos;y&apos; must be whole numbers, got dtype {dtype}</source>
        <translation>die Labels &apos;y&apos; müssen ganze Zahlen sein, nicht vom Typ {dtype}</translation>
    </message>
    <message>
        <source>labels must be digits 0-9 or {other} for &apos;not a digit&apos;, found {bad}</source>
        <translation>die Labels müssen Ziffern 0-9 sein oder {other} für „keine Ziffer“, gefunden: {bad}</translation>
    </message>
    <message>
        <source>labels must be digits 0-9, found {bad}</source>
        <translation>die Labels müssen Ziffern 0-9 sein, gefunden: {bad}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>subfolder {name!r} is not a digit 0-9</source>
        <translation>der Unterordner {name!r} ist keine Ziffer 0-9</translation>
    </message>
    <message>
        <source>no digit found in this image (it looks blank)</source>
        <translation>in diesem Bild ist keine Ziffer zu finden (es sieht leer aus)</translation>
    </message>
    <message>
        <source>holds no images in subfolders 0-9 (expected root/0/*.png ...)</source>
        <translation>enthält keine Bilder in Unterordnern 0-9 (erwartet: ordner/0/*.png …)</translation>
    </message>
    <message>
        <source>missing array {name!r} (it has {have})</source>
        <translation>das Array {name!r} fehlt (vorhanden: {have})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>not a readable .npz file ({reason})</source>
        <translation>keine lesbare .npz-Datei ({reason})</translation>
    </message>
    <message>
        <source>images &apos;x&apos; must have shape (N, 28, 28), got {shape}</source>
        <translation>die Bilder &apos;x&apos; müssen die Form (N, 28, 28) haben, nicht {shape}</translation>
    </message>
    <message>
        <source>images &apos;x&apos; must be uint8 (0-255), got {dtype}</source>
        <translation>die Bilder &apos;x&apos; müssen uint8 (0-255) sein, nicht {dtype}</translation>
    </message>
    <message>
        <source>holds no images</source>
        <translation>enthält keine Bilder</translation>
    </message>
    <message>
        <source>no such file or folder (sources are {named} or a path)</source>
        <translation>diese Datei oder diesen Ordner gibt es nicht (Quellen sind {named} oder ein Pfad)</translation>
    </message>
    <message>
        <source>not an .npz file or an image folder</source>
        <translation>weder eine .npz-Datei noch ein Bilderordner</translation>
    </message>
    <message>
        <source>full MNIST is not downloaded yet and could not be fetched ({reason}); connect to the internet and try again, or use the embedded data (--data embedded)</source>
        <translation>das volle MNIST ist noch nicht heruntergeladen und konnte nicht geholt werden ({reason}); verbinde dich mit dem Internet und versuche es noch einmal, oder nimm die eingebetteten Daten (--data embedded)</translation>
    </message>
    <message>
        <source>not Keras&apos; mnist.npz (missing {key})</source>
        <translation>nicht die mnist.npz von Keras ({key} fehlt)</translation>
    </message>
    <message>
        <source>damaged MNIST cache ({reason}); delete it to download again</source>
        <translation>beschädigte MNIST-Kopie ({reason}); lösche sie, um sie neu herunterzuladen</translation>
    </message>
    <message>
        <source>not Keras&apos; mnist.npz ({key} has shape {shape})</source>
        <translation>nicht die mnist.npz von Keras ({key} hat die Form {shape})</translation>
    </message>
    <message>
        <source>holds no writers&apos; folders (expected root/&lt;writer&gt;/0/*.png ...)</source>
        <translation>enthält keine Ordner von Schreibenden (erwartet: ordner/&lt;schreiber&gt;/0/*.png …)</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>no activation</source>
        <translation>keine Aktivierung</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>1 map of {height}×{width}</source>
        <translation>1 Karte zu {height}×{width}</translation>
    </message>
    <message>
        <source>{channels} maps of {height}×{width}</source>
        <translation>{channels} Karten zu {height}×{width}</translation>
    </message>
    <message>
        <source>{shape:,} values</source>
        <translation>{shape:,} Werte</translation>
    </message>
    <message>
        <source>Input · the 28×28 picture</source>
        <translation>Eingabe · das 28×28-Bild</translation>
    </message>
    <message>
        <source>10 logits, one per digit</source>
        <translation>10 Logits, eines je Ziffer</translation>
    </message>
    <message>
        <source>{get} neurons</source>
        <translation>{get} Neuronen</translation>
    </message>
    <message>
        <source>Conv2D · {get} filters {kh}×{kw}{extra}</source>
        <translation>Conv2D · {get} Filter {kh}×{kw}{extra}</translation>
    </message>
    <message>
        <source>{class_name} · training only</source>
        <translation>{class_name} · nur beim Training</translation>
    </message>
    <message>
        <source>Softmax · probabilities (added when predicting)</source>
        <translation>Softmax · Wahrscheinlichkeiten (beim Vorhersagen hinzugefügt)</translation>
    </message>
    <message>
        <source> · {params:,} parameters</source>
        <translation> · {params:,} Parameter</translation>
    </message>
    <message>
        <source>each of the {count} logits reads all {inputs:,} inputs: z = w·x{bias}, a = {g}{counted}</source>
        <translation>jedes der {count} Logits liest alle {inputs:,} Eingaben: z = w·x{bias}, a = {g}{counted}</translation>
    </message>
    <message>
        <source>each of the {count} neurons reads all {inputs:,} inputs: z = w·x{bias}, a = {g}{counted}</source>
        <translation>jedes der {count} Neuronen liest alle {inputs:,} Eingaben: z = w·x{bias}, a = {g}{counted}</translation>
    </message>
    <message>
        <source>{shape}: each value is a weighted sum of a {kh}×{kw}×{channels} patch{counted}</source>
        <translation>{shape}: Jeder Wert ist eine gewichtete Summe eines {kh}×{kw}×{channels}-Ausschnitts{counted}</translation>
    </message>
    <message>
        <source>{shape}: y = γ·(x − μ)/√(σ² + ε) + β per channel{counted}</source>
        <translation>{shape}: y = γ·(x − μ)/√(σ² + ε) + β je Kanal{counted}</translation>
    </message>
    <message>
        <source>{shape}: the largest value of each window</source>
        <translation>{shape}: der größte Wert jedes Fensters</translation>
    </message>
    <message>
        <source>{before} laid out as {shape}</source>
        <translation>{before} angeordnet als {shape}</translation>
    </message>
    <message>
        <source>passes its input on unchanged when predicting</source>
        <translation>gibt seine Eingabe beim Vorhersagen unverändert weiter</translation>
    </message>
    <message>
        <source>p_j = e^(z_j/T) / Σ e^(z_k/T) with T = {temperature:.2f} (the model&apos;s calibration): ten probabilities that add up to 1</source>
        <translation>p_j = e^(z_j/T) / Σ e^(z_k/T) mit T = {temperature:.2f} (die Kalibrierung des Modells): zehn Wahrscheinlichkeiten, die zusammen 1 ergeben</translation>
    </message>
    <message>
        <source>p_j = e^z_j / Σ e^z_k: ten probabilities that add up to 1</source>
        <translation>p_j = e^z_j / Σ e^z_k: zehn Wahrscheinlichkeiten, die zusammen 1 ergeben</translation>
    </message>
    <message>
        <source>784 brightness values, 0 paper to 1 ink</source>
        <translation>784 Helligkeitswerte, 0 Papier bis 1 Tinte</translation>
    </message>
</context>
<context>
    <name>DesignDiagram</name>
    <message>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <source>Diagram of the network</source>
        <translation>Skizze des Netzes</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>DesignTexts</name>
    <message>
        <source>Sigmoid or tanh in {count} layers: their slopes multiply layer by layer on the way back, so the first layers barely learn (vanishing gradients). ReLU or leaky ReLU learn faster.</source>
        <translation>Sigmoid oder tanh in {count} Schichten: Ihre Steigungen multiplizieren sich auf dem Rückweg Schicht um Schicht, sodass die ersten Schichten kaum lernen (verschwindende Gradienten). Mit ReLU oder Leaky ReLU lernt das Netz schneller.</translation>
    </message>
    <message>
        <source>No non-linear activation: however many layers, the network is one linear map of the pixels (about 92 % on MNIST). Give a layer ReLU or tanh.</source>
        <translation>Keine nichtlineare Aktivierung: Wie viele Schichten es auch sind, das Netz ist eine einzige lineare Abbildung der Pixel (etwa 92 % auf MNIST). Gib einer Schicht ReLU oder tanh.</translation>
    </message>
    <message>
        <source>Layer {number}: {parameters:,} parameters in one dense layer: slow to train and quick to memorise the training images. Pool or shrink it first.</source>
        <translation>Schicht {number}: {parameters:,} Parameter in einer einzigen Dense-Schicht: langsam zu trainieren und schnell dabei, die Trainingsbilder auswendig zu lernen. Verkleinere sie oder setze vorher ein Pooling ein.</translation>
    </message>
    <message>
        <source>Layer {number}: {units} units, fewer than the 10 digits: everything later layers know must squeeze through them.</source>
        <translation>Schicht {number}: {units} Neuronen, weniger als die 10 Ziffern: Alles, was spätere Schichten wissen, muss sich durch sie hindurchzwängen.</translation>
    </message>
    <message>
        <source>Layer {number}: dropout {rate:g} switches off most of the layer at each step; 0.2 to 0.5 is usual.</source>
        <translation>Schicht {number}: Dropout {rate:g} schaltet bei jedem Schritt den größten Teil der Schicht ab; üblich sind 0.2 bis 0.5.</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation>Conv2D</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Layers of the design</source>
        <translation>Schichten des Entwurfs</translation>
    </message>
    <message>
        <source>Your network, input side first. The 28×28 input, a flatten before the first dense layer and the output of 10 logits are added for you.</source>
        <translation>Dein Netz, von der Eingabe an. Die 28×28-Eingabe, ein Flatten vor der ersten Dense-Schicht und die Ausgabe mit 10 Logits kommen von selbst dazu.</translation>
    </message>
    <message>
        <source>Layer to add</source>
        <translation>Neue Schicht</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen kind of layer after the selected one.</source>
        <translation>Fügt eine Schicht der gewählten Art nach der markierten ein.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the layer</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the layer up</source>
        <translation>Schicht nach oben schieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the layer down</source>
        <translation>Schicht nach unten schieben</translation>
    </message>
    <message>
        <source>How many neurons the layer has; each reads every output of the layer before.</source>
        <translation>Wie viele Neuronen die Schicht hat; jedes liest alle Ausgaben der Schicht davor.</translation>
    </message>
    <message>
        <source>How many filters slide over the picture; each makes one feature map.</source>
        <translation>Wie viele Filter über das Bild gleiten; jeder erzeugt eine Merkmalskarte.</translation>
    </message>
    <message>
        <source>The size of each filter&apos;s square window.</source>
        <translation>Die Größe des quadratischen Fensters jedes Filters.</translation>
    </message>
    <message>
        <source>The share of the layer&apos;s outputs switched off at random at each training step.</source>
        <translation>Der Anteil der Ausgaben der Schicht, der bei jedem Trainingsschritt zufällig abgeschaltet wird.</translation>
    </message>
    <message>
        <source>What each neuron does with its weighted sum before passing it on.</source>
        <translation>Was jedes Neuron mit seiner gewichteten Summe macht, bevor es sie weitergibt.</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Neuronen:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Dropout rate:</source>
        <translation>Dropout-Rate:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; the name of the design and of the models you train from it.</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;; der Name des Entwurfs und der Modelle, die du damit trainierst.</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep the design under its name; it is then listed with the networks.</source>
        <translation>Speichert den Entwurf unter seinem Namen; danach steht er bei den Netzen zur Wahl.</translation>
    </message>
    <message>
        <source>Delete design</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Forget the saved design of this name.</source>
        <translation>Löscht den gespeicherten Entwurf dieses Namens.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>{parameters:,} parameters in total</source>
        <translation>{parameters:,} Parameter insgesamt</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <source>Not saved: “{name}” is kept as it was. Give this design another name.</source>
        <translation>Nicht gespeichert: „{name}“ bleibt, wie es war. Gib diesem Entwurf einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save it: {message}</source>
        <translation>Speichern nicht möglich: {message}</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>A different design named “{name}” is saved already. Replace it with this one?</source>
        <translation>Ein anderer Entwurf namens „{name}“ ist schon gespeichert. Durch diesen ersetzen?</translation>
    </message>
    <message>
        <source>Cannot delete it: {message}</source>
        <translation>Löschen nicht möglich: {message}</translation>
    </message>
    <message>
        <source>Deleted the saved design “{name}”.</source>
        <translation>Den gespeicherten Entwurf „{name}“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>My handwriting</source>
        <translation>Meine Handschrift</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Blick ins Netz</translation>
    </message>
    <message>
        <source>Teach it this digit</source>
        <translation>Diese Ziffer beibringen</translation>
    </message>
    <message>
        <source>Forward propagation</source>
        <translation>Vorwärtspropagation</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>Backpropagation</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>So funktioniert’s</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw a digit here: mouse, pen or finger. Esc clears.</source>
        <translation>Zeichne hier eine Ziffer: mit Maus, Stift oder Finger. Esc leert das Blatt.</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>“Flagged” answers admit doubt: “not sure” or “not a digit”. A good model flags most of its misreads and few of its right answers. The calibration error (ECE) is how far its confidence is from how often it is right, on average.</source>
        <translation>„Markierte“ Antworten räumen Zweifel ein: „unsicher“ oder „keine Ziffer“. Ein gutes Modell markiert die meisten seiner Fehler und nur wenige seiner richtigen Antworten. Der Kalibrierungsfehler (ECE) gibt an, wie weit seine Zuversicht im Mittel davon abweicht, wie oft es richtig liegt.</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>{count:,} images</source>
        <translation>{count:,} Bilder</translation>
    </message>
    <message>
        <source>no {what}</source>
        <translation>keine {what}</translation>
    </message>
    <message>
        <source>{value:.1f} % of {of:,} {what}</source>
        <translation>{value:.1f} % der {of:,} {what}</translation>
    </message>
    <message>
        <source>Flagged: {share}, {share2} · calibration error (ECE) {value:.1f} %</source>
        <translation>Markiert: {share}, {share2} · Kalibrierungsfehler (ECE) {value:.1f} %</translation>
    </message>
    <message>
        <source>misreads</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>right answers</source>
        <translation>richtigen Antworten</translation>
    </message>
    <message>
        <source> · “not a digit” for {value:.1f} %</source>
        <translation> · „keine Ziffer“ bei {value:.1f} %</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Measure the active model on the chosen set.</source>
        <translation>Das aktive Modell auf der gewählten Menge messen.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Choose a set and press Evaluate.</source>
        <translation>Wähle eine Menge und drücke „Auswerten“.</translation>
    </message>
    <message>
        <source>Misread images</source>
        <translation>Falsch erkannte Bilder</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <source>Show every misread image again.</source>
        <translation>Alle falsch erkannten Bilder wieder zeigen.</translation>
    </message>
    <message>
        <source>No active model to evaluate.</source>
        <translation>Kein aktives Modell zum Auswerten.</translation>
    </message>
    <message>
        <source>Evaluating {name} on {describe_set}…</source>
        <translation>{name} wird auf {describe_set} ausgewertet…</translation>
    </message>
    <message>
        <source>No image was misread.</source>
        <translation>Kein Bild wurde falsch erkannt.</translation>
    </message>
    <message>
        <source>Misread images ({total:,}{capped}), most confident first. Click one to put it on the canvas.</source>
        <translation>Falsch erkannte Bilder ({total:,}{capped}), die zuversichtlichsten zuerst. Klicke auf eines, um es auf die Zeichenfläche zu legen.</translation>
    </message>
    <message>
        <source>read right</source>
        <translation>richtig erkannt</translation>
    </message>
    <message>
        <source>read as {predicted}</source>
        <translation>als {predicted} erkannt</translation>
    </message>
    <message>
        <source>{capitalize} of a {true} {what}{capped}.</source>
        <translation>{capitalize} einer {true}, {what}{capped}.</translation>
    </message>
    <message>
        <source>of {images} in {describe_set} · {wrong:,} misread · model {name} · {seconds:.1f} s
{honesty_text}</source>
        <translation>{images} aus {describe_set} · {wrong:,} falsch erkannt · Modell {name} · {seconds:.1f} s
{honesty_text}</translation>
    </message>
    <message>
        <source>{name} reads {value:.2f} % of {images} in {describe_set} right.</source>
        <translation>{name} erkennt {value:.2f} % der Bilder in {describe_set} richtig ({images}).</translation>
    </message>
    <message>
        <source>Nothing evaluated.</source>
        <translation>Nichts ausgewertet.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>; the first {MAX_ITEMS} shown</source>
        <translation>; die ersten {MAX_ITEMS} werden gezeigt</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Build the map</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>The last hidden layer&apos;s values for the validation images, flattened onto their two main directions (PCA): images the network finds alike land close together</source>
        <translation>Die Werte der letzten verborgenen Schicht für die Validierungsbilder, auf ihre zwei Hauptrichtungen abgebildet (PCA): Bilder, die das Netz für ähnlich hält, landen nah beieinander</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>How robust</source>
        <translation>Wie robust</translation>
    </message>
    <message>
        <source>Neuron lab</source>
        <translation>Neuronenlabor</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Reading the network</source>
        <translation>Das Netz wird gelesen</translation>
    </message>
    <message>
        <source>Building the map</source>
        <translation>Die Karte wird erstellt</translation>
    </message>
    <message>
        <source>Placing the drawing</source>
        <translation>Die Zeichnung wird eingeordnet</translation>
    </message>
    <message>
        <source>Building the map…</source>
        <translation>Die Karte wird erstellt …</translation>
    </message>
    <message>
        <source>This network has no hidden dense layer to map.</source>
        <translation>Dieses Netz hat keine verborgene Dense-Schicht, die sich abbilden ließe.</translation>
    </message>
    <message>
        <source>{n} validation images; the cross is your drawing</source>
        <translation>{n} Validierungsbilder; das Kreuz ist deine Zeichnung</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>A layer is a row of neurons that all read the same inputs: the outputs of the layer before (the first layer reads the 784 pixels). Each neuron turns them into one number, its activation; together they are what the next layer reads.</source>
        <translation>Eine Schicht ist eine Reihe von Neuronen, die alle dieselben Eingaben lesen: die Ausgaben der Schicht davor (die erste Schicht liest die 784 Pixel). Jedes Neuron macht daraus eine Zahl, seine Aktivierung; zusammen sind sie das, was die nächste Schicht liest.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>A weight says how much one input counts for one neuron. A large positive weight lets that input push the neuron up, a negative one pushes it down, a weight near zero ignores it. Training is adjusting the weights (and biases) until the answers are right.</source>
        <translation>Ein Gewicht sagt, wie viel eine Eingabe für ein Neuron zählt. Ein großes positives Gewicht lässt diese Eingabe das Neuron nach oben drücken, ein negatives drückt es nach unten, ein Gewicht nahe null ignoriert sie. Trainieren heißt, die Gewichte (und Biases) so lange anzupassen, bis die Antworten stimmen.</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>Biases</translation>
    </message>
    <message>
        <source>The bias b is the neuron&apos;s own number, added to the weighted sum: z = w·x + b. It moves the point where the neuron switches on, whatever the inputs are.</source>
        <translation>Der Bias b ist die eigene Zahl des Neurons, die zur gewichteten Summe addiert wird: z = w·x + b. Er verschiebt den Punkt, an dem das Neuron anspringt, ganz gleich, wie die Eingaben aussehen.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>The activation function g turns the weighted sum into the neuron&apos;s output, a = g(z). It is the only part of a neuron that is not a straight line.</source>
        <translation>Die Aktivierungsfunktion g macht aus der gewichteten Summe die Ausgabe des Neurons, a = g(z). Sie ist der einzige Teil eines Neurons, der keine gerade Linie ist.</translation>
    </message>
    <message>
        <source>Why non-linear activations</source>
        <translation>Warum nichtlineare Aktivierungen</translation>
    </message>
    <message>
        <source>Without them every layer computes W·x + b, and a linear function of a linear function is still linear: W&lt;sub&gt;2&lt;/sub&gt;(W&lt;sub&gt;1&lt;/sub&gt;x + b&lt;sub&gt;1&lt;/sub&gt;) + b&lt;sub&gt;2&lt;/sub&gt; = (W&lt;sub&gt;2&lt;/sub&gt;W&lt;sub&gt;1&lt;/sub&gt;)x + (W&lt;sub&gt;2&lt;/sub&gt;b&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;). However many layers you stack, the network would be one linear model, able to split the digits only with flat boundaries. A non-linearity between layers lets it bend and combine them into the curved boundaries that handwriting needs.</source>
        <translation>Ohne sie berechnet jede Schicht W·x + b, und eine lineare Funktion einer linearen Funktion ist immer noch linear: W&lt;sub&gt;2&lt;/sub&gt;(W&lt;sub&gt;1&lt;/sub&gt;x + b&lt;sub&gt;1&lt;/sub&gt;) + b&lt;sub&gt;2&lt;/sub&gt; = (W&lt;sub&gt;2&lt;/sub&gt;W&lt;sub&gt;1&lt;/sub&gt;)x + (W&lt;sub&gt;2&lt;/sub&gt;b&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;). Wie viele Schichten man auch stapelt, das Netz wäre ein einziges lineares Modell, das die Ziffern nur mit flachen Grenzen trennen kann. Eine Nichtlinearität zwischen den Schichten lässt es diese Grenzen biegen und zu den gekrümmten Grenzen kombinieren, die Handschrift braucht.</translation>
    </message>
    <message>
        <source>ReLU or sigmoid</source>
        <translation>ReLU oder Sigmoid</translation>
    </message>
    <message>
        <source>ReLU(z) = max(0, z): zero for negative z, z itself above. It is cheap, and where a neuron is active its slope is 1, so the learning signal passes through many layers undiminished: the usual choice for hidden layers. Sigmoid σ(z) = 1/(1 + e&lt;sup&gt;−z&lt;/sup&gt;) squeezes any z into (0, 1) and reads like a probability, but for large |z| its slope σ′(z) = σ(z)(1 − σ(z)) is almost 0, which slows learning in deep networks (vanishing gradients); it suits a single yes/no output.</source>
        <translation>ReLU(z) = max(0, z): null für negatives z, darüber z selbst. Sie ist billig zu berechnen, und wo ein Neuron aktiv ist, ist ihre Steigung 1, sodass das Lernsignal ungeschwächt durch viele Schichten gelangt: die übliche Wahl für verborgene Schichten. Sigmoid σ(z) = 1/(1 + e&lt;sup&gt;−z&lt;/sup&gt;) presst jedes z in (0, 1) und liest sich wie eine Wahrscheinlichkeit, aber für großes |z| ist ihre Steigung σ′(z) = σ(z)(1 − σ(z)) fast 0, was das Lernen in tiefen Netzen bremst (verschwindende Gradienten); sie passt zu einer einzelnen Ja/Nein-Ausgabe.</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Softmax turns the ten logits z&lt;sub&gt;0&lt;/sub&gt;…z&lt;sub&gt;9&lt;/sub&gt; into probabilities: p&lt;sub&gt;j&lt;/sub&gt; = exp(z&lt;sub&gt;j&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(z&lt;sub&gt;k&lt;/sub&gt;). Each is between 0 and 1 and together they add up to 1. The largest logit gets the largest probability, and only differences between logits matter: one logit 1 higher than another is e ≈ 2.7 times as probable.</source>
        <translation>Softmax macht aus den zehn Logits z&lt;sub&gt;0&lt;/sub&gt;…z&lt;sub&gt;9&lt;/sub&gt; Wahrscheinlichkeiten: p&lt;sub&gt;j&lt;/sub&gt; = exp(z&lt;sub&gt;j&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(z&lt;sub&gt;k&lt;/sub&gt;). Jede liegt zwischen 0 und 1, und zusammen ergeben sie 1. Das größte Logit bekommt die größte Wahrscheinlichkeit, und nur die Unterschiede zwischen Logits zählen: Ein Logit, das um 1 höher ist als ein anderes, ist e ≈ 2.7-mal so wahrscheinlich.</translation>
    </message>
    <message>
        <source>The loss: how wrong, in one number</source>
        <translation>Der Verlust: wie falsch, in einer Zahl</translation>
    </message>
    <message>
        <source>To learn, a network must know how wrong it is, as one number: the loss L. The course starts from the squared error L = ½(a − y)&lt;sup&gt;2&lt;/sup&gt;, y being the target: 0 when the output a is right, growing quickly as it moves away (with several outputs, the squared errors are added). For classes, cross-entropy L = −ln p&lt;sub&gt;y&lt;/sub&gt;, p&lt;sub&gt;y&lt;/sub&gt; being the probability the network gives the right class, punishes being sure and wrong hardest. Learning is making L small, on average over the training images.</source>
        <translation>Um zu lernen, muss ein Netz wissen, wie falsch es liegt, als eine Zahl: der Verlust L. Der Kurs beginnt mit dem quadratischen Fehler L = ½(a − y)&lt;sup&gt;2&lt;/sup&gt;, wobei y der Zielwert ist: 0, wenn die Ausgabe a stimmt, und schnell wachsend, je weiter sie sich entfernt (bei mehreren Ausgaben werden die quadratischen Fehler addiert). Für Klassen bestraft die Kreuzentropie L = −ln p&lt;sub&gt;y&lt;/sub&gt;, wobei p&lt;sub&gt;y&lt;/sub&gt; die Wahrscheinlichkeit ist, die das Netz der richtigen Klasse gibt, sicheres Danebenliegen am härtesten. Lernen heißt, L klein zu machen, im Mittel über die Trainingsbilder.</translation>
    </message>
    <message>
        <source>Cross-entropy loss and from_logits</source>
        <translation>Kreuzentropie-Verlust und from_logits</translation>
    </message>
    <message>
        <source>Training measures how wrong the network is with the cross-entropy loss, −ln p, where p is the probability it gives the right digit: 0 when it is sure and right, large when it is sure and wrong. The output layer is linear (it gives logits, not probabilities) and the loss is SparseCategoricalCrossentropy(from_logits=True): the loss applies softmax itself, in one combined, numerically stable step (log-softmax), so probabilities rounded to 0 or 1 never make ln 0. When predicting, softmax is applied to the logits to show you probabilities.</source>
        <translation>Beim Training misst die Kreuzentropie −ln p, wie falsch das Netz liegt, wobei p die Wahrscheinlichkeit ist, die es der richtigen Ziffer gibt: 0, wenn es sicher und richtig ist, groß, wenn es sicher und falsch ist. Die Ausgabeschicht ist linear (sie liefert Logits, keine Wahrscheinlichkeiten), und der Verlust ist SparseCategoricalCrossentropy(from_logits=True): Der Verlust wendet Softmax selbst an, in einem kombinierten, numerisch stabilen Schritt (Log-Softmax), sodass auf 0 oder 1 gerundete Wahrscheinlichkeiten nie zu ln 0 führen. Beim Vorhersagen wird Softmax auf die Logits angewendet, um dir Wahrscheinlichkeiten zu zeigen.</translation>
    </message>
    <message>
        <source>Backpropagation: the chain rule, backwards</source>
        <translation>Backpropagation: die Kettenregel, rückwärts</translation>
    </message>
    <message>
        <source>Which way should each weight move to lower the loss? Its slope ∂L/∂w says how much L changes when w changes a little. Backpropagation finds every slope in one pass with the chain rule, from the loss backwards. At an output neuron, ∂L/∂a (for the squared error, a − y) times the slope of its activation, g′(z) (for sigmoid, σ′(z) = a(1 − a)), is the neuron&apos;s error δ = ∂L/∂a · g′(z). A weight&apos;s slope is δ times the input it multiplies, ∂L/∂w = δ · a&lt;sub&gt;prev&lt;/sub&gt;, and ∂L/∂b = δ. Each neuron of the layer before gets its ∂L/∂a back through the same weights, Σ w·δ, and so on to the first layer. A backward pass costs about as much as a forward pass, however many weights there are.</source>
        <translation>In welche Richtung sollte sich jedes Gewicht bewegen, um den Verlust zu senken? Seine Steigung ∂L/∂w sagt, wie stark sich L ändert, wenn sich w ein wenig ändert. Backpropagation findet jede Steigung in einem Durchlauf mit der Kettenregel, vom Verlust rückwärts. An einem Ausgabeneuron ist ∂L/∂a (beim quadratischen Fehler a − y) mal der Steigung seiner Aktivierung, g′(z) (bei Sigmoid σ′(z) = a(1 − a)), der Fehler des Neurons δ = ∂L/∂a · g′(z). Die Steigung eines Gewichts ist δ mal die Eingabe, mit der es multipliziert wird, ∂L/∂w = δ · a&lt;sub&gt;prev&lt;/sub&gt;, und ∂L/∂b = δ. Jedes Neuron der Schicht davor bekommt sein ∂L/∂a über dieselben Gewichte zurück, Σ w·δ, und so weiter bis zur ersten Schicht. Ein Rückwärtsdurchlauf kostet etwa so viel wie ein Vorwärtsdurchlauf, ganz gleich, wie viele Gewichte es gibt.</translation>
    </message>
    <message>
        <source>Gradient descent and the learning rate</source>
        <translation>Gradientenabstieg und die Lernrate</translation>
    </message>
    <message>
        <source>Each step moves every weight and bias a little downhill, against its slope: w ← w − η·∂L/∂w. The learning rate η sets how far. In the course&apos;s example, ∂L/∂w&lt;sub&gt;2&lt;/sub&gt; = −0.0465 and η = 0.5 move w&lt;sub&gt;2&lt;/sub&gt; to 0.25 − 0.5&amp;nbsp;×&amp;nbsp;(−0.0465) = 0.2733, and the loss falls from 0.0588 to 0.0548. Too small a learning rate and learning crawls; too large and each step jumps past the bottom of the valley to a point higher up the other side, so the loss bounces or grows instead of falling.</source>
        <translation>Jeder Schritt bewegt jedes Gewicht und jeden Bias ein wenig bergab, gegen seine Steigung: w ← w − η·∂L/∂w. Die Lernrate η legt fest, wie weit. Im Beispiel des Kurses bewegen ∂L/∂w&lt;sub&gt;2&lt;/sub&gt; = −0.0465 und η = 0.5 das Gewicht w&lt;sub&gt;2&lt;/sub&gt; auf 0.25 − 0.5&amp;nbsp;×&amp;nbsp;(−0.0465) = 0.2733, und der Verlust fällt von 0.0588 auf 0.0548. Ist die Lernrate zu klein, kriecht das Lernen; ist sie zu groß, springt jeder Schritt über den Talboden hinweg an eine höhere Stelle am anderen Hang, sodass der Verlust hin und her springt oder wächst, statt zu fallen.</translation>
    </message>
    <message>
        <source>Epochs, batches and the loss curve</source>
        <translation>Epochen, Batches und die Verlustkurve</translation>
    </message>
    <message>
        <source>Training does not look at all images at once. It takes a batch (say 32 images), computes their loss and moves every weight a little downhill: one step of gradient descent. An epoch is one pass over all training images: 4,500 images in batches of 32 are 141 steps. The loss curve shows the loss falling: batch by batch (noisy, each batch is different) and as the average of each epoch.</source>
        <translation>Das Training betrachtet nicht alle Bilder auf einmal. Es nimmt einen Batch (etwa 32 Bilder), berechnet deren Verlust und bewegt jedes Gewicht ein wenig bergab: ein Schritt Gradientenabstieg. Eine Epoche ist ein Durchgang durch alle Trainingsbilder: 4&#x202f;500 Bilder in Batches zu 32 sind 141 Schritte. Die Verlustkurve zeigt, wie der Verlust fällt: Batch für Batch (verrauscht, jeder Batch ist anders) und als Mittelwert jeder Epoche.</translation>
    </message>
    <message>
        <source>Batches: noisy steps, a smoother epoch</source>
        <translation>Batches: verrauschte Schritte, eine glattere Epoche</translation>
    </message>
    <message>
        <source>The loss to make small is the average over all training images, but working out its gradient on all of them for every step would be slow. So each step uses one batch: its gradient is an estimate of the whole one, pointing roughly downhill but noisy, because every batch has its own mix of digits and handwriting, and a step that helps this batch may hurt the next. That is why the loss of each batch zigzags. Averaged over an epoch, every image once, the batches&apos; differences largely cancel, so the epoch&apos;s average loss falls smoothly. Larger batches give smoother but fewer steps per epoch; a little noise even helps, shaking training out of poor spots.</source>
        <translation>Klein werden soll der Mittelwert des Verlusts über alle Trainingsbilder, doch seinen Gradienten für jeden Schritt auf allen Bildern zu berechnen, wäre langsam. Darum nutzt jeder Schritt einen Batch: Dessen Gradient ist eine Schätzung des ganzen, zeigt ungefähr bergab, ist aber verrauscht, denn jeder Batch hat seine eigene Mischung aus Ziffern und Handschriften, und ein Schritt, der diesem Batch hilft, kann dem nächsten schaden. Deshalb zickzackt der Verlust jedes Batches. Über eine Epoche gemittelt, jedes Bild einmal, heben sich die Unterschiede der Batches größtenteils auf, sodass der mittlere Verlust der Epoche gleichmäßig fällt. Größere Batches geben glattere, aber weniger Schritte je Epoche; ein wenig Rauschen hilft sogar, weil es das Training aus ungünstigen Stellen herausschüttelt.</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>Überanpassung (Overfitting)</translation>
    </message>
    <message>
        <source>The validation curve is measured on images the network never trains on. While both curves fall, it is learning what generalises. When the training loss keeps falling but the validation loss stalls or rises, it is memorising its training images: overfitting. More data, augmentation, dropout or a smaller network help; digitgui also keeps the epoch with the lowest validation loss.</source>
        <translation>Die Validierungskurve wird auf Bildern gemessen, mit denen das Netz nie trainiert. Solange beide Kurven fallen, lernt es, was sich verallgemeinern lässt. Fällt der Trainingsverlust weiter, während der Validierungsverlust stagniert oder steigt, lernt es seine Trainingsbilder auswendig: Überanpassung. Mehr Daten, Augmentierung, Dropout oder ein kleineres Netz helfen; digitgui behält außerdem die Epoche mit dem niedrigsten Validierungsverlust.</translation>
    </message>
    <message>
        <source>Build a tiny network in Forward propagation</source>
        <translation>Ein kleines Netz bauen in „Vorwärtspropagation“</translation>
    </message>
    <message>
        <source>Change a weight in Forward propagation</source>
        <translation>Ein Gewicht ändern in „Vorwärtspropagation“</translation>
    </message>
    <message>
        <source>Change a bias in Forward propagation</source>
        <translation>Einen Bias ändern in „Vorwärtspropagation“</translation>
    </message>
    <message>
        <source>Try each activation in Forward propagation</source>
        <translation>Jede Aktivierung ausprobieren in „Vorwärtspropagation“</translation>
    </message>
    <message>
        <source>Make every layer linear in Forward propagation</source>
        <translation>Jede Schicht linear machen in „Vorwärtspropagation“</translation>
    </message>
    <message>
        <source>See the probabilities in Inside the network</source>
        <translation>Die Wahrscheinlichkeiten ansehen in „Blick ins Netz“</translation>
    </message>
    <message>
        <source>Choose a loss and a target in Backpropagation</source>
        <translation>Einen Verlust und einen Zielwert wählen in „Backpropagation“</translation>
    </message>
    <message>
        <source>Watch the loss fall in Training</source>
        <translation>Den Verlust fallen sehen in „Training“</translation>
    </message>
    <message>
        <source>Every step with its numbers in Backpropagation</source>
        <translation>Jeden Schritt mit seinen Zahlen in „Backpropagation“</translation>
    </message>
    <message>
        <source>The gradient for your own drawing in Teach it this digit</source>
        <translation>Den Gradienten für deine eigene Zeichnung in „Diese Ziffer beibringen“</translation>
    </message>
    <message>
        <source>Step, and try a learning rate too large, in Backpropagation</source>
        <translation>Schritte machen und eine zu große Lernrate ausprobieren in „Backpropagation“</translation>
    </message>
    <message>
        <source>Train a network in Training</source>
        <translation>Ein Netz trainieren in „Training“</translation>
    </message>
    <message>
        <source>Compare the batch and epoch curves in Training</source>
        <translation>Die Batch- und Epochenkurven vergleichen in „Training“</translation>
    </message>
    <message>
        <source>Watch the validation curve in Training</source>
        <translation>Die Validierungskurve beobachten in „Training“</translation>
    </message>
    <message>
        <source>The seed network, 784 → 25 → 15 → 10, step by step. The 28×28 picture is flattened into 784 numbers x&lt;sub&gt;1&lt;/sub&gt;…x&lt;sub&gt;784&lt;/sub&gt; (0 paper, 1 ink). Each of the 25 neurons of hidden_1 computes z = w·x + b with its own 784 weights and bias, then a = ReLU(z): 25 × 784 + 25 = 19,625 parameters. Each neuron&apos;s 784 weights make a 28×28 picture (click one in hidden_1): blue where ink raises z, orange where ink lowers it. hidden_2&apos;s 15 neurons each read those 25 outputs (15 × 25 + 15 = 390 parameters); the output layer&apos;s 10 neurons read the 15 (10 × 15 + 10 = 160) and give ten logits, one per digit, with no activation. Softmax turns them into the probabilities you see. 20,175 numbers in all, every one learnt from examples. Train it yourself: in the Training panel, choose the network “seed”.</source>
        <translation>Das Netz „seed“, 784 → 25 → 15 → 10, Schritt für Schritt. Das 28×28-Bild wird zu 784 Zahlen x&lt;sub&gt;1&lt;/sub&gt;…x&lt;sub&gt;784&lt;/sub&gt; flachgelegt (0 Papier, 1 Tinte). Jedes der 25 Neuronen von hidden_1 berechnet z = w·x + b mit seinen eigenen 784 Gewichten und seinem Bias, dann a = ReLU(z): 25 × 784 + 25 = 19&#x202f;625 Parameter. Die 784 Gewichte jedes Neurons ergeben ein 28×28-Bild (klicke in hidden_1 auf eines): blau, wo Tinte z erhöht, orange, wo Tinte es senkt. Die 15 Neuronen von hidden_2 lesen jeweils diese 25 Ausgaben (15 × 25 + 15 = 390 Parameter); die 10 Neuronen der Ausgabeschicht lesen die 15 (10 × 15 + 10 = 160) und liefern zehn Logits, eines je Ziffer, ohne Aktivierung. Softmax macht daraus die Wahrscheinlichkeiten, die du siehst. Insgesamt 20&#x202f;175 Zahlen, jede aus Beispielen gelernt. Trainiere es selbst: Wähle im Bereich „Training“ das Netz „seed“.</translation>
    </message>
    <message>
        <source>How many images each step of training looks at before it adjusts the weights. Smaller batches: more, noisier steps per epoch; larger: fewer, smoother steps.</source>
        <translation>Wie viele Bilder jeder Trainingsschritt betrachtet, bevor er die Gewichte anpasst. Kleinere Batches: mehr und verrauschtere Schritte je Epoche; größere: weniger und glattere Schritte.</translation>
    </message>
    <message>
        <source>The drawing as the network sees it: 28×28 brightness values, 0 paper to 1 ink.</source>
        <translation>Die Zeichnung, wie das Netz sie sieht: 28×28 Helligkeitswerte, 0 Papier bis 1 Tinte.</translation>
    </message>
    <message>
        <source>Active only while training (it varies the training images or drops random values so that the network cannot rely on any one of them). When predicting it passes its input on unchanged.</source>
        <translation>Nur beim Training aktiv (sie verändert die Trainingsbilder oder lässt zufällige Werte weg, damit sich das Netz auf keinen einzelnen verlassen kann). Beim Vorhersagen gibt sie ihre Eingabe unverändert weiter.</translation>
    </message>
    <message>
        <source>Lays the values out in one row, so that a Dense layer can read them: the same numbers, in a new order. No weights.</source>
        <translation>Legt die Werte in eine Reihe, damit eine Dense-Schicht sie lesen kann: dieselben Zahlen in neuer Reihenfolge. Keine Gewichte.</translation>
    </message>
    <message>
        <source>Every neuron reads every input: z = w·x + b with its own weights w and bias b, then a = g(z).</source>
        <translation>Jedes Neuron liest jede Eingabe: z = w·x + b mit seinen eigenen Gewichten w und seinem Bias b, dann a = g(z).</translation>
    </message>
    <message>
        <source>A convolution slides small filters (3×3 or 5×5 weights) over its input: each output value is a weighted sum z = w·x (+ b) of the patch under the filter (across all input maps). One filter, slid everywhere, makes one feature map: bright where its pattern (an edge, a curve) appears in the drawing.</source>
        <translation>Eine Faltung schiebt kleine Filter (3×3 oder 5×5 Gewichte) über ihre Eingabe: Jeder Ausgabewert ist eine gewichtete Summe z = w·x (+ b) des Ausschnitts unter dem Filter (über alle Eingabekarten). Ein Filter, überallhin geschoben, ergibt eine Merkmalskarte: hell, wo sein Muster (eine Kante, ein Bogen) in der Zeichnung vorkommt.</translation>
    </message>
    <message>
        <source>Batch normalisation rescales each channel with statistics learnt in training: y = γ·(x − μ)/√(σ² + ε) + β. It keeps values in a range where learning works well.</source>
        <translation>Die Batch-Normalisierung skaliert jeden Kanal mit Statistiken, die beim Training gelernt wurden: y = γ·(x − μ)/√(σ² + ε) + β. Sie hält die Werte in einem Bereich, in dem das Lernen gut funktioniert.</translation>
    </message>
    <message>
        <source>ReLU: a = max(0, x). Negative values become 0; positive ones pass unchanged.</source>
        <translation>ReLU: a = max(0, x). Negative Werte werden 0; positive bleiben unverändert.</translation>
    </message>
    <message>
        <source>Applies an activation function to each value.</source>
        <translation>Wendet auf jeden Wert eine Aktivierungsfunktion an.</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each 2×2 window: the map halves in each direction, and a feature counts wherever it is within the window.</source>
        <translation>Max-Pooling behält den größten Wert jedes 2×2-Fensters: Die Karte halbiert sich in jeder Richtung, und ein Merkmal zählt, wo immer es im Fenster liegt.</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The seed network&lt;/h4&gt;&lt;p&gt;{walkthrough}&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Das Netz „seed“&lt;/h4&gt;&lt;p&gt;{walkthrough}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExplanationsPanel</name>
    <message>
        <source>How neural networks work</source>
        <translation>Wie neuronale Netze funktionieren</translation>
    </message>
</context>
<context>
    <name>FigureFiles</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save figure</source>
        <translation>Abbildung speichern</translation>
    </message>
    <message>
        <source>{name}: save a figure as .png or .svg</source>
        <translation>{name}: Eine Abbildung wird als .png oder .svg gespeichert</translation>
    </message>
    <message>
        <source>{path}: cannot save ({value})</source>
        <translation>{path}: kann nicht gespeichert werden ({value})</translation>
    </message>
</context>
<context>
    <name>FineTuneReportDialog</name>
    <message>
        <source>Trained on your handwriting</source>
        <translation>Mit deiner Handschrift trainiert</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Keep “{new_name}”</source>
        <translation>„{new_name}“ behalten</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Accuracy of the old and the new model on images neither of them trained on:</source>
        <translation>Genauigkeit des alten und des neuen Modells auf Bildern, mit denen keines von beiden trainiert hat:</translation>
    </message>
</context>
<context>
    <name>ForwardPanel</name>
    <message>
        <source>Each neuron multiplies its inputs by its weights, adds its bias, z = w·x + b, and passes z through its activation, a = g(z). The next layer&apos;s inputs are these a&apos;s. Change any number and watch every step follow.</source>
        <translation>Jedes Neuron multipliziert seine Eingaben mit seinen Gewichten, addiert seinen Bias, z = w·x + b, und schickt z durch seine Aktivierung, a = g(z). Die Eingaben der nächsten Schicht sind diese a. Ändere eine beliebige Zahl und sieh zu, wie jeder Schritt folgt.</translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation>Sigmoid σ</translation>
    </message>
    <message>
        <source>linear (none)</source>
        <translation>linear (keine)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Comparing with the course notes?&lt;/b&gt; They print a&lt;sub&gt;2&lt;/sub&gt; ≈ 0.7153, but σ(z&lt;sub&gt;2&lt;/sub&gt;) = σ(0.6506) = 0.6571. 0.7153 is σ(0.9210), what w&lt;sub&gt;2&lt;/sub&gt; = 0.45 and b&lt;sub&gt;2&lt;/sub&gt; = 0.65 would give: a slip in the notes. z&lt;sub&gt;2&lt;/sub&gt; follows from the weights, so 0.6571 is right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vergleichst du mit den Kursunterlagen?&lt;/b&gt; Dort steht a&lt;sub&gt;2&lt;/sub&gt; ≈ 0.7153, aber σ(z&lt;sub&gt;2&lt;/sub&gt;) = σ(0.6506) = 0.6571. 0.7153 ist σ(0.9210), was w&lt;sub&gt;2&lt;/sub&gt; = 0.45 und b&lt;sub&gt;2&lt;/sub&gt; = 0.65 ergäben: ein Versehen in den Unterlagen. z&lt;sub&gt;2&lt;/sub&gt; folgt aus den Gewichten, also ist 0.6571 richtig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{a} = {z} = &lt;b&gt;{a2:.4f}&lt;/b&gt; (linear: no activation)</source>
        <translation>{a} = {z} = &lt;b&gt;{a2:.4f}&lt;/b&gt; (linear: keine Aktivierung)</translation>
    </message>
</context>
<context>
    <name>ForwardPropagationPanel</name>
    <message>
        <source>How many inputs x the network has</source>
        <translation>Wie viele Eingaben x das Netz hat</translation>
    </message>
    <message>
        <source>Neurons in this layer</source>
        <translation>Neuronen in dieser Schicht</translation>
    </message>
    <message>
        <source>Course example</source>
        <translation>Kursbeispiel</translation>
    </message>
    <message>
        <source>x1 = 0.1, w1 = 0.15, b1 = 0.4, w2 = 0.25, b2 = 0.5, sigmoid</source>
        <translation>x1 = 0.1, w1 = 0.15, b1 = 0.4, w2 = 0.25, b2 = 0.5, Sigmoid</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Neurons in layer 1</source>
        <translation>Neuronen in Schicht 1</translation>
    </message>
    <message>
        <source>in layer 2</source>
        <translation>in Schicht 2</translation>
    </message>
    <message>
        <source>An input value: for a picture, one pixel&apos;s brightness</source>
        <translation>Ein Eingabewert: bei einem Bild die Helligkeit eines Pixels</translation>
    </message>
    <message>
        <source>Layer {number} (output)</source>
        <translation>Schicht {number} (Ausgabe)</translation>
    </message>
    <message>
        <source>Layer {number}</source>
        <translation>Schicht {number}</translation>
    </message>
    <message>
        <source>activation g</source>
        <translation>Aktivierung g</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer {number}&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;({activation})&lt;/span&gt;</source>
        <translation>&lt;b&gt;Schicht {number}&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;({activation})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Every layer is linear&lt;/b&gt;, so the whole network is one linear function: </source>
        <translation>&lt;p&gt;&lt;b&gt;Jede Schicht ist linear&lt;/b&gt;, also ist das ganze Netz eine einzige lineare Funktion: </translation>
    </message>
    <message>
        <source>. Stacking the layers added nothing: </source>
        <translation>. Das Stapeln der Schichten hat nichts gebracht: </translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>true {true} → read {predicted}
({percent})</source>
        <translation>wahr {true} → als {predicted}
({percent})</translation>
    </message>
</context>
<context>
    <name>GradientSizeBars</name>
    <message>
        <source>Gradient size at each layer</source>
        <translation>Gradientengröße in jeder Schicht</translation>
    </message>
    <message>
        <source>{name}: ‖∂L/∂θ‖ = {gradient:.3g}, ‖θ‖ = {weights:.3g}, error reaching it ‖∂L/∂out‖ = {signal:.3g}</source>
        <translation>{name}: ‖∂L/∂θ‖ = {gradient:.3g}, ‖θ‖ = {weights:.3g}, ankommender Fehler ‖∂L/∂out‖ = {signal:.3g}</translation>
    </message>
</context>
<context>
    <name>HandwritingController</name>
    <message>
        <source>comparing the new model with the old</source>
        <translation>Vergleich des neuen Modells mit dem alten</translation>
    </message>
    <message>
        <source>saving the sample</source>
        <translation>Speichern der Schriftprobe</translation>
    </message>
    <message>
        <source>keeping or discarding the new model</source>
        <translation>Behalten oder Verwerfen des neuen Modells</translation>
    </message>
    <message>
        <source>Draw a digit first: there is nothing on the canvas to save.</source>
        <translation>Zeichne zuerst eine Ziffer: Auf der Zeichenfläche ist nichts zum Speichern.</translation>
    </message>
    <message>
        <source>read right</source>
        <translation>richtig erkannt</translation>
    </message>
    <message>
        <source>read as {read}</source>
        <translation>als {read} erkannt</translation>
    </message>
    <message>
        <source>Saved as a {digit} ({verdict}); {count} of them so far.</source>
        <translation>Als {digit} gespeichert ({verdict}); bisher {count} davon.</translation>
    </message>
    <message>
        <source>Save at least {MIN_SAMPLES} samples first (about 30 of each digit works best).</source>
        <translation>Speichere zuerst mindestens {MIN_SAMPLES} Schriftproben (etwa 30 von jeder Ziffer ist am besten).</translation>
    </message>
    <message>
        <source>The active model cannot be trained further: {exc}</source>
        <translation>Das aktive Modell kann nicht weitertrainiert werden: {exc}</translation>
    </message>
    <message>
        <source>A training run is going: stop it or wait for it first.</source>
        <translation>Ein Training läuft: Halte es an oder warte zuerst, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Training “{name}” on your handwriting…</source>
        <translation>„{name}“ wird mit deiner Handschrift trainiert…</translation>
    </message>
    <message>
        <source>Comparing the new model with the old one…</source>
        <translation>Das neue Modell wird mit dem alten verglichen…</translation>
    </message>
    <message>
        <source>“{name}” is now the active model.</source>
        <translation>„{name}“ ist jetzt das aktive Modell.</translation>
    </message>
    <message>
        <source>Discarded the new model; the old one stays active.</source>
        <translation>Das neue Modell wurde verworfen; das alte bleibt aktiv.</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>empty file (0 bytes), not an image</source>
        <translation>leere Datei (0 Bytes), kein Bild</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>is a folder, not an image</source>
        <translation>ist ein Ordner, kein Bild</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>not an image (digitgui reads PNG, JPEG, BMP, GIF, TIFF and WebP)</source>
        <translation>kein Bild (digitgui liest PNG, JPEG, BMP, GIF, TIFF und WebP)</translation>
    </message>
    <message>
        <source>too large to read (not enough memory)</source>
        <translation>zu groß zum Lesen (nicht genug Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>damaged image (cut short or corrupt), cannot be read</source>
        <translation>beschädigtes Bild (abgeschnitten oder fehlerhaft), kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>empty image (no pixels)</source>
        <translation>leeres Bild (keine Pixel)</translation>
    </message>
    <message>
        <source>too large to read ({width} x {height} pixels; the limit is {limit} megapixels)</source>
        <translation>zu groß zum Lesen ({width} × {height} Pixel; die Grenze liegt bei {limit} Megapixeln)</translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Click an image to put it on the canvas.</source>
        <translation>Klicke auf ein Bild, um es auf die Zeichenfläche zu legen.</translation>
    </message>
    <message>
        <source>Image {value} of the set: a {true}, read as {read} ({percent} sure). Click to put it on the canvas.</source>
        <translation>Bild {value} der Menge: eine {true}, erkannt als {read} ({percent} sicher). Klicke, um es auf die Zeichenfläche zu legen.</translation>
    </message>
</context>
<context>
    <name>InputPreview</name>
    <message>
        <source>What the network sees</source>
        <translation>Was das Netz sieht</translation>
    </message>
    <message>
        <source>What the network sees: your drawing cropped to its ink, scaled to 20 pixels, and centred by its centre of mass in a 28x28 grid, as MNIST&apos;s digits were made. Each of these 784 pixels is one input of the network.</source>
        <translation>Was das Netz sieht: deine Zeichnung, auf ihre Tinte zugeschnitten, auf 20 Pixel skaliert und nach ihrem Schwerpunkt in einem 28×28-Raster zentriert, so wie die Ziffern von MNIST entstanden sind. Jedes dieser 784 Pixel ist eine Eingabe des Netzes.</translation>
    </message>
</context>
<context>
    <name>InsideNetworkView</name>
    <message>
        <source>Inside the network</source>
        <translation>Blick ins Netz</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Loading &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; wird geladen…</translation>
    </message>
    <message>
        <source>Draw a digit to see every layer at work on it.</source>
        <translation>Zeichne eine Ziffer, um jede Schicht bei der Arbeit daran zu sehen.</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modell: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({network}) · {count} layers · {params:,} parameters · colours: &lt;span style=&apos;color:{validation}&apos;&gt;■&lt;/span&gt; below zero, &lt;span style=&apos;color:{accent}&apos;&gt;■&lt;/span&gt; above (each layer on its own scale) · hover to explain, click to look closer</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({network}) · {count} Schichten · {params:,} Parameter · Farben: &lt;span style=&apos;color:{validation}&apos;&gt;■&lt;/span&gt; unter null, &lt;span style=&apos;color:{accent}&apos;&gt;■&lt;/span&gt; darüber (jede Schicht auf ihrer eigenen Skala) · zum Erklären darüberfahren, zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <source>Replay the active model&apos;s training</source>
        <translation>Das Training des aktiven Modells wiedergeben</translation>
    </message>
    <message>
        <source>First layer, &lt;b&gt;{layer}&lt;/b&gt;: {units} filters of {height}×{width}</source>
        <translation>Erste Schicht, &lt;b&gt;{layer}&lt;/b&gt;: {units} Filter zu {height}×{width}</translation>
    </message>
    <message>
        <source>First layer, &lt;b&gt;{layer}&lt;/b&gt;: {units} neurons × {value} weights</source>
        <translation>Erste Schicht, &lt;b&gt;{layer}&lt;/b&gt;: {units} Neuronen × {value} Gewichte</translation>
    </message>
</context>
<context>
    <name>KerasFile</name>
    <message>
        <source>has no model.keras, so its layers cannot be shown</source>
        <translation>hat keine model.keras, darum können seine Schichten nicht gezeigt werden</translation>
    </message>
    <message>
        <source>model.keras is damaged or not a Keras 3 archive ({reason})</source>
        <translation>model.keras ist beschädigt oder kein Keras-3-Archiv ({reason})</translation>
    </message>
    <message>
        <source>model.keras is not a Keras Functional or Sequential model</source>
        <translation>model.keras ist kein Functional- oder Sequential-Modell von Keras</translation>
    </message>
    <message>
        <source>layer {name!r} is a {kind}, which the network view does not know (it shows digitgui&apos;s own networks)</source>
        <translation>die Schicht {name!r} ist ein {kind}, das die Netzansicht nicht kennt (sie zeigt die Netze von digitgui)</translation>
    </message>
    <message>
        <source>layer {name!r} has {count} weight arrays in model.weights.h5, expected {expected}</source>
        <translation>die Schicht {name!r} hat {count} Gewichts-Arrays in model.weights.h5, erwartet: {expected}</translation>
    </message>
    <message>
        <source>layer {name!r} does not simply follow the layer before it; the network view shows plain chains of layers only</source>
        <translation>die Schicht {name!r} folgt nicht einfach auf die Schicht davor; die Netzansicht zeigt nur einfache Ketten von Schichten</translation>
    </message>
    <message>
        <source>layer {name!r} takes {shape} inputs, not 28x28x1 images, which the network view does not support</source>
        <translation>die Schicht {name!r} nimmt Eingaben der Form {shape}, keine 28×28×1-Bilder; das unterstützt die Netzansicht nicht</translation>
    </message>
    <message>
        <source>layer {name!r} uses the activation {activation!r}, which the network view does not support</source>
        <translation>die Schicht {name!r} verwendet die Aktivierung {activation!r}; das unterstützt die Netzansicht nicht</translation>
    </message>
    <message>
        <source>layer {name!r} is a dilated, grouped or channels-first convolution, which the network view does not support</source>
        <translation>die Schicht {name!r} ist eine dilatierte, gruppierte oder Channels-first-Faltung; das unterstützt die Netzansicht nicht</translation>
    </message>
    <message>
        <source>layer {name!r} is a ReLU with a non-positive maximum, which the network view does not support</source>
        <translation>die Schicht {name!r} ist eine ReLU mit einem nicht positiven Maximum; das unterstützt die Netzansicht nicht</translation>
    </message>
    <message>
        <source>layer {name!r} normalises along an axis other than the channels, which the network view does not support</source>
        <translation>die Schicht {name!r} normalisiert entlang einer anderen Achse als der Kanäle; das unterstützt die Netzansicht nicht</translation>
    </message>
    <message>
        <source>layer {name!r} is a Dense layer on a {shape} tensor; the network view needs a Flatten before it</source>
        <translation>die Schicht {name!r} ist eine Dense-Schicht auf einem {shape}-Tensor; die Netzansicht braucht davor ein Flatten</translation>
    </message>
</context>
<context>
    <name>Knobs</name>
    <message>
        <source>Adam: every weight gets its own step size, from the size of its recent gradients. A good first choice.</source>
        <translation>Adam: Jedes Gewicht bekommt seine eigene Schrittweite, nach der Größe seiner letzten Gradienten. Eine gute erste Wahl.</translation>
    </message>
    <message>
        <source>AdamW: Adam that also shrinks every weight a little at each step (weight decay).</source>
        <translation>AdamW: Adam, das zusätzlich jedes Gewicht bei jedem Schritt ein wenig verkleinert (Weight Decay).</translation>
    </message>
    <message>
        <source>SGD: plain gradient descent, the learning rate times the gradient; momentum keeps it rolling the way it was going.</source>
        <translation>SGD: einfacher Gradientenabstieg, Lernrate mal Gradient; mit Momentum rollt er in die Richtung weiter, in die er schon ging.</translation>
    </message>
    <message>
        <source>RMSprop: divides each step by the running size of the weight&apos;s gradients.</source>
        <translation>RMSprop: teilt jeden Schritt durch die laufende Größe der Gradienten des Gewichts.</translation>
    </message>
    <message>
        <source>Cosine: a short warm-up, then the learning rate glides down to almost nothing by the last epoch.</source>
        <translation>Kosinus: kurzes Aufwärmen, dann gleitet die Lernrate bis zur letzten Epoche fast auf null hinab.</translation>
    </message>
    <message>
        <source>Constant: the same learning rate from the first step to the last.</source>
        <translation>Konstant: dieselbe Lernrate vom ersten bis zum letzten Schritt.</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>How big a step each update takes downhill on the loss: too small learns slowly, too large overshoots and the loss jumps about.</source>
        <translation>Wie groß jeder Schritt auf dem Verlust bergab ist: Zu klein lernt langsam, zu groß schießt über das Ziel hinaus, und der Verlust springt hin und her.</translation>
    </message>
    <message>
        <source>SGD only: how much of the last step each new step keeps (0: none, 0.9: most). It rolls through small bumps and speeds along long slopes.</source>
        <translation>Nur für SGD: wie viel jeder neue Schritt vom letzten behält (0: nichts, 0.9: das meiste). So rollt das Lernen über kleine Buckel und wird an langen Hängen schneller.</translation>
    </message>
    <message>
        <source>L2 weight decay: adds this times the sum of the squared weights to the loss, so large weights cost something. Against overfitting; 0 is off, 0.0001 a usual start.</source>
        <translation>L2-Weight-Decay: addiert diesen Wert mal die Summe der quadrierten Gewichte zum Verlust, sodass große Gewichte etwas kosten. Hilft gegen Überanpassung; 0 ist aus, 0.0001 ein üblicher Anfang.</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimierer:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Lernratenplan:</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <source>L2 weight decay:</source>
        <translation>L2-Weight-Decay:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language takes effect when digitgui starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von digitgui.</translation>
    </message>
</context>
<context>
    <name>LayerCard</name>
    <message>
        <source>The output layer: ten neurons, one per digit, with no activation. Their outputs are logits, any real numbers; softmax turns them into probabilities when predicting, and the loss applies it itself while training (from_logits=True).</source>
        <translation>Die Ausgabeschicht: zehn Neuronen, eines je Ziffer, ohne Aktivierung. Ihre Ausgaben sind Logits, beliebige reelle Zahlen; Softmax macht beim Vorhersagen Wahrscheinlichkeiten daraus, und beim Training wendet der Verlust Softmax selbst an (from_logits=True).</translation>
    </message>
</context>
<context>
    <name>LayerChangeBars</name>
    <message>
        <source>How much each layer&apos;s weights changed in this epoch, relative to their size: ‖W after − W before‖ / ‖W before‖. Big steps early, small ones as training settles.</source>
        <translation>Wie stark sich die Gewichte jeder Schicht in dieser Epoche geändert haben, relativ zu ihrer Größe: ‖W nachher − W vorher‖ / ‖W vorher‖. Große Schritte am Anfang, kleine, wenn sich das Training einpendelt.</translation>
    </message>
    <message>
        <source>Each layer&apos;s change
per epoch</source>
        <translation>Änderung jeder Schicht
je Epoche</translation>
    </message>
</context>
<context>
    <name>LazyDock</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This panel could not be opened ({reason}). Reinstalling digitgui may help; the details are in the error output.</source>
        <translation>Dieser Bereich ließ sich nicht öffnen ({reason}). Eine Neuinstallation von digitgui kann helfen; die Einzelheiten stehen in der Fehlerausgabe.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Loss against steps of gradient descent</source>
        <translation>Verlust über den Schritten des Gradientenabstiegs</translation>
    </message>
    <message>
        <source>Loss L against steps</source>
        <translation>Verlust L über den Schritten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>{path}: cannot save ({reason})</source>
        <translation>{path}: kann nicht gespeichert werden ({reason})</translation>
    </message>
    <message>
        <source>Reading the image</source>
        <translation>Lesen des Bildes</translation>
    </message>
    <message>
        <source>Saving the drawing</source>
        <translation>Speichern der Zeichnung</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation>Bild ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save drawing as PNG…</source>
        <translation>Zeichnung als PNG &amp;speichern…</translation>
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
        <source>Save as a &amp;sample of what it reads</source>
        <translation>Als Schrift&amp;probe der erkannten Ziffer speichern</translation>
    </message>
    <message>
        <source>Keep the drawing as a sample of the digit the network reads (press a digit key instead to say it is another digit)</source>
        <translation>Die Zeichnung als Schriftprobe der Ziffer behalten, die das Netz erkennt (drücke stattdessen eine Zifferntaste, um zu sagen, dass es eine andere Ziffer ist)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About digitgui</source>
        <translation>Ü&amp;ber digitgui</translation>
    </message>
    <message>
        <source>Model: {name} ({network}){detail}</source>
        <translation>Modell: {name} ({network}){detail}</translation>
    </message>
    <message>
        <source>Model: loading {name}…</source>
        <translation>Modell: {name} wird geladen…</translation>
    </message>
    <message>
        <source>Trained “{name}”{figure}. It is selected in Models, where Use makes it the active model.</source>
        <translation>„{name}“ trainiert{figure}. Es ist in „Modelle“ ausgewählt, wo „Verwenden“ es zum aktiven Modell macht.</translation>
    </message>
    <message>
        <source>Show it in Models</source>
        <translation>In „Modelle“ zeigen</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>Open an image of a digit</source>
        <translation>Ein Bild einer Ziffer öffnen</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Die Zeichnung speichern</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Only files can be dropped here.</source>
        <translation>Hier lassen sich nur Dateien ablegen.</translation>
    </message>
    <message>
        <source>About digitgui</source>
        <translation>Über digitgui</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <source>A network is still training.</source>
        <translation>Ein Netz wird noch trainiert.</translation>
    </message>
    <message>
        <source>Stop it and keep the best epoch so far as a model (marked “stopped” in Models), or discard the run?</source>
        <translation>Anhalten und die bisher beste Epoche als Modell behalten (in „Modelle“ als „angehalten“ markiert), oder den Lauf verwerfen?</translation>
    </message>
    <message>
        <source>Stop and keep</source>
        <translation>Anhalten und behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>MapChart</name>
    <message>
        <source>Map of the last hidden layer</source>
        <translation>Karte der letzten verborgenen Schicht</translation>
    </message>
    <message>
        <source>Build the map to see where images land</source>
        <translation>Erstelle die Karte, um zu sehen, wo die Bilder landen</translation>
    </message>
    <message>
        <source>Direction 1 ({share:.0f} % of the spread)</source>
        <translation>Richtung 1 ({share:.0f} % der Streuung)</translation>
    </message>
    <message>
        <source>Direction 2 ({share:.0f} % of the spread)</source>
        <translation>Richtung 2 ({share:.0f} % der Streuung)</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>deine Zeichnung</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Done: validation accuracy {accuracy}.</source>
        <translation>Fertig: Validierungsgenauigkeit {accuracy}.</translation>
    </message>
    <message>
        <source>Training ended ({kind}).</source>
        <translation>Das Training ist beendet ({kind}).</translation>
    </message>
</context>
<context>
    <name>ModelArchive</name>
    <message>
        <source>a model named “{name}” is in your models already</source>
        <translation>ein Modell namens „{name}“ ist schon unter deinen Modellen</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name</source>
        <translation>{target} ist ein Ordner; gib einen Dateinamen an</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>cannot write ({reason})</source>
        <translation>kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>cannot be imported ({reason})</source>
        <translation>kann nicht importiert werden ({reason})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>not a digitgui model archive (not a zip file)</source>
        <translation>kein digitgui-Modellarchiv (keine ZIP-Datei)</translation>
    </message>
    <message>
        <source>refused: the archive holds the path {name!r}</source>
        <translation>abgelehnt: Das Archiv enthält den Pfad {name!r}</translation>
    </message>
    <message>
        <source>not a digitgui model archive (it holds {name!r})</source>
        <translation>kein digitgui-Modellarchiv (es enthält {name!r})</translation>
    </message>
    <message>
        <source>refused: it holds {name} twice</source>
        <translation>abgelehnt: Es enthält {name} zweimal</translation>
    </message>
    <message>
        <source>refused: {name} is too large ({size:.0f} MB unpacked)</source>
        <translation>abgelehnt: {name} ist zu groß ({size:.0f} MB entpackt)</translation>
    </message>
    <message>
        <source>not a digitgui model archive (it holds several folders)</source>
        <translation>kein digitgui-Modellarchiv (es enthält mehrere Ordner)</translation>
    </message>
    <message>
        <source>not a digitgui model archive (no {files})</source>
        <translation>kein digitgui-Modellarchiv ({files} fehlt)</translation>
    </message>
    <message>
        <source>its metadata.json is damaged ({reason})</source>
        <translation>seine metadata.json ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>its metadata.json is not digitgui model metadata</source>
        <translation>seine metadata.json enthält keine Modell-Metadaten von digitgui</translation>
    </message>
    <message>
        <source>made by a newer digitgui; update digitgui to import it</source>
        <translation>von einem neueren digitgui erstellt; aktualisiere digitgui, um es zu importieren</translation>
    </message>
    <message>
        <source>its metadata.json has no model name</source>
        <translation>seine metadata.json nennt keinen Modellnamen</translation>
    </message>
    <message>
        <source>model.keras does not end in 10 outputs</source>
        <translation>model.keras endet nicht mit 10 Ausgaben</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelBundle</name>
    <message>
        <source>exists and is not a model bundle; choose another folder</source>
        <translation>existiert und ist kein Modellordner; wähle einen anderen Ordner</translation>
    </message>
    <message>
        <source>cannot read model.tflite ({reason})</source>
        <translation>model.tflite kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>model.tflite is damaged (not a LiteRT model)</source>
        <translation>model.tflite ist beschädigt (kein LiteRT-Modell)</translation>
    </message>
    <message>
        <source>no such model bundle (a folder with model.tflite)</source>
        <translation>diesen Modellordner gibt es nicht (ein Ordner mit model.tflite)</translation>
    </message>
    <message>
        <source>not a model bundle (no metadata.json)</source>
        <translation>kein Modellordner (keine metadata.json)</translation>
    </message>
    <message>
        <source>metadata.json is damaged ({reason})</source>
        <translation>metadata.json ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>metadata.json is not digitgui model metadata</source>
        <translation>metadata.json enthält keine Modell-Metadaten von digitgui</translation>
    </message>
    <message>
        <source>made by a newer digitgui; update digitgui to use it</source>
        <translation>von einem neueren digitgui erstellt; aktualisiere digitgui, um es zu verwenden</translation>
    </message>
    <message>
        <source>incomplete bundle (no model.tflite)</source>
        <translation>unvollständiger Modellordner (keine model.tflite)</translation>
    </message>
    <message>
        <source>cannot be trained further (no model.keras)</source>
        <translation>kann nicht weitertrainiert werden (keine model.keras)</translation>
    </message>
    <message>
        <source>model.keras is damaged (not a Keras archive)</source>
        <translation>model.keras ist beschädigt (kein Keras-Archiv)</translation>
    </message>
    <message>
        <source>model.tflite cannot be loaded ({reason})</source>
        <translation>model.tflite kann nicht geladen werden ({reason})</translation>
    </message>
    <message>
        <source>model.tflite does not take 28x28 images</source>
        <translation>model.tflite nimmt keine 28×28-Bilder</translation>
    </message>
    <message>
        <source>model.tflite does not give 10 outputs</source>
        <translation>model.tflite gibt keine 10 Ausgaben</translation>
    </message>
    <message>
        <source>model.keras cannot be loaded ({reason})</source>
        <translation>model.keras kann nicht geladen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>ModelFigure</name>
    <message>
        <source>embedded validation split</source>
        <translation>eingebetteter Validierungsanteil</translation>
    </message>
    <message>
        <source>its own validation split</source>
        <translation>eigener Validierungsanteil</translation>
    </message>
    <message>
        <source>Evaluation and the fine-tune report measure on the {split} ({count} images) instead, so their figure differs; evaluate this model there (or record a test set with digitgui evaluate --record) to compare it with other models on the same images.</source>
        <translation>Die Auswertung und der Bericht zum Nachtraining messen stattdessen auf „{split}“ ({count} Bilder), daher weicht ihr Wert ab; werte dieses Modell dort aus (oder zeichne mit digitgui evaluate --record eine Testmenge auf), um es auf denselben Bildern mit anderen Modellen zu vergleichen.</translation>
    </message>
    <message>
        <source>MNIST test set</source>
        <translation>MNIST-Testmenge</translation>
    </message>
    <message>
        <source>MNIST training set</source>
        <translation>MNIST-Trainingsmenge</translation>
    </message>
    <message>
        <source>your samples</source>
        <translation>deine Schriftproben</translation>
    </message>
    <message>
        <source>a recorded test set</source>
        <translation>eine aufgezeichnete Testmenge</translation>
    </message>
    <message>
        <source>Recorded by digitgui evaluate --record.</source>
        <translation>Aufgezeichnet mit digitgui evaluate --record.</translation>
    </message>
    <message>
        <source> ({n:,} images)</source>
        <translation> ({n:,} Bilder)</translation>
    </message>
    <message>
        <source>Recorded by digitgui evaluate --record on {data}{images}.</source>
        <translation>Aufgezeichnet mit digitgui evaluate --record auf {data}{images}.</translation>
    </message>
    <message>
        <source>Measured by its training on the {EMBEDDED_SPLIT_N} embedded images it held out: the same images as Evaluation&apos;s embedded validation split.</source>
        <translation>Gemessen von seinem Training auf den {EMBEDDED_SPLIT_N} eingebetteten Bildern, die es zurückgehalten hat: dieselben Bilder wie im eingebetteten Validierungsanteil der Auswertung.</translation>
    </message>
    <message>
        <source>  {name}: {count:,} images</source>
        <translation>  {name}: {count:,} Bilder</translation>
    </message>
    <message>
        <source>embedded images</source>
        <translation>eingebettete Bilder</translation>
    </message>
    <message>
        <source>Measured by its training on the images it held out:{split}
</source>
        <translation>Gemessen von seinem Training auf den Bildern, die es zurückgehalten hat:{split}
</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Models</source>
        <extracomment>The active model changed (Use, deleting the active one) or its metadata did (renaming it); carries the new active :class:`~digitgui.core.models.bundle.Bundle`. A short line for the status bar after an operation. The table shows a new listing of the bundles.</extracomment>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Predict with this model (here and in digitgui predict)</source>
        <translation>Mit diesem Modell vorhersagen (hier und in digitgui predict)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give this model another name</source>
        <translation>Diesem Modell einen anderen Namen geben</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete this model for good</source>
        <translation>Dieses Modell endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a model from a .zip made by Export… (or digitgui export)</source>
        <translation>Ein Modell aus einer .zip-Datei hinzufügen, die mit „Exportieren…“ (oder digitgui export) erstellt wurde</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save this model as one .zip file to take elsewhere, or its .tflite alone for a phone</source>
        <translation>Dieses Modell als eine .zip-Datei speichern, um es mitzunehmen, oder nur seine .tflite-Datei für ein Handy</translation>
    </message>
    <message>
        <source>Listing models…</source>
        <translation>Modelle werden aufgelistet…</translation>
    </message>
    <message>
        <source>The shipped model cannot be deleted</source>
        <translation>Das mitgelieferte Modell kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>No model to use</source>
        <translation>Kein Modell zum Verwenden</translation>
    </message>
    <message>
        <source>Cannot use this model</source>
        <translation>Dieses Modell kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Now using “{name}”.</source>
        <translation>„{name}“ wird jetzt verwendet.</translation>
    </message>
    <message>
        <source>Switching to “{name}”…</source>
        <translation>Wechsel zu „{name}“…</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>Cannot rename this model</source>
        <translation>Dieses Modell kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message>
        <source>Renaming “{name}”…</source>
        <translation>„{name}“ wird umbenannt…</translation>
    </message>
    <message>
        <source>Delete “{name}” for good?

Its folder {path} will be removed.</source>
        <translation>„{name}“ endgültig löschen?

Sein Ordner {path} wird entfernt.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Cannot delete this model</source>
        <translation>Dieses Modell kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleting “{name}”…</source>
        <translation>„{name}“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Cannot import this model</source>
        <translation>Dieses Modell kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported “{name}”; choose Use to predict with it.</source>
        <translation>„{name}“ importiert; wähle „Verwenden“, um damit vorherzusagen.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Cannot export this model</source>
        <translation>Dieses Modell kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>„{name}“ nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>„{name}“ wird exportiert…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen auf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Compare on the drawing</source>
        <translation>Auf der Zeichnung vergleichen</translation>
    </message>
    <message>
        <source>Show this model&apos;s bars beside the active model&apos;s, for the same drawing</source>
        <translation>Die Balken dieses Modells neben denen des aktiven Modells zeigen, für dieselbe Zeichnung</translation>
    </message>
</context>
<context>
    <name>ModelRows</name>
    <message>
        <source>✓ active</source>
        <translation>✓ aktiv</translation>
    </message>
    <message>
        <source>{get}: {train:,} training + {validation:,} validation images</source>
        <translation>{get}: {train:,} Trainings- + {validation:,} Validierungsbilder</translation>
    </message>
    <message>
        <source>+ {value} more</source>
        <translation>+ {value} weitere</translation>
    </message>
    <message>
        <source>Skipped 1 broken model: {error}</source>
        <translation>1 defektes Modell übersprungen: {error}</translation>
    </message>
    <message>
        <source>Skipped {count} broken models: {error}</source>
        <translation>{count} defekte Modelle übersprungen: {error}</translation>
    </message>
    <message>
        <source> (and {value} more)</source>
        <translation> (und {value} weitere)</translation>
    </message>
    <message>
        <source> (stopped at epoch {finished} of {planned})</source>
        <translation> (angehalten bei Epoche {finished} von {planned})</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (angehalten)</translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message>
        <source>
{metadata:,} parameters</source>
        <translation>
{metadata:,} Parameter</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
</context>
<context>
    <name>ModelScore</name>
    <message>
        <source>{accuracy_text} on {where}</source>
        <translation>{accuracy_text} auf „{where}“</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <source>a model needs a name (it cannot be empty)</source>
        <translation>ein Modell braucht einen Namen (er darf nicht leer sein)</translation>
    </message>
    <message>
        <source>a model name can have at most {most} characters</source>
        <translation>ein Modellname darf höchstens {most} Zeichen haben</translation>
    </message>
    <message>
        <source>the shipped model cannot be renamed; import a copy to name it</source>
        <translation>das mitgelieferte Modell kann nicht umbenannt werden; importiere eine Kopie, um sie zu benennen</translation>
    </message>
    <message>
        <source>cannot rename ({reason})</source>
        <translation>kann nicht umbenannt werden ({reason})</translation>
    </message>
    <message>
        <source>the shipped model cannot be deleted</source>
        <translation>das mitgelieferte Modell kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>no such model bundle (deleted already?)</source>
        <translation>diesen Modellordner gibt es nicht (schon gelöscht?)</translation>
    </message>
    <message>
        <source>not a model bundle (no metadata.json); not deleting</source>
        <translation>kein Modellordner (keine metadata.json); wird nicht gelöscht</translation>
    </message>
    <message>
        <source>cannot delete ({reason})</source>
        <translation>kann nicht gelöscht werden ({reason})</translation>
    </message>
</context>
<context>
    <name>ModelTransfer</name>
    <message>
        <source>Model archive (*.zip)</source>
        <translation>Modellarchiv (*.zip)</translation>
    </message>
    <message>
        <source>LiteRT model alone, for phones (*.tflite)</source>
        <translation>Nur das LiteRT-Modell, für Handys (*.tflite)</translation>
    </message>
    <message>
        <source>Export “{name}”</source>
        <translation>„{name}“ exportieren</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Ein Modell importieren</translation>
    </message>
    <message>
        <source>{archives};;All files (*)</source>
        <translation>{archives};;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A model named “{name}” is in your models already.</source>
        <translation>Ein Modell namens „{name}“ ist bereits in deinen Modellen.</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both?</source>
        <translation>Durch das importierte ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
</context>
<context>
    <name>NetworkDesigns</name>
    <message>
        <source>a design named {name!r} exists already</source>
        <translation>ein Entwurf namens {name!r} existiert schon</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>not JSON: {reason} at byte {byte}</source>
        <translation>kein JSON: {reason} bei Byte {byte}</translation>
    </message>
    <message>
        <source>cannot read it ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name!r} is a built-in network, not a design of your own</source>
        <translation>{name!r} ist ein eingebautes Netz, kein eigener Entwurf</translation>
    </message>
    <message>
        <source>no network design named {name!r} (saved: {saved}) and no such .json file</source>
        <translation>kein Netzentwurf namens {name!r} (gespeichert: {saved}) und keine solche .json-Datei</translation>
    </message>
    <message>
        <source>no network design named {name!r} (none is saved yet) and no such .json file</source>
        <translation>kein Netzentwurf namens {name!r} (noch keiner gespeichert) und keine solche .json-Datei</translation>
    </message>
</context>
<context>
    <name>NetworkSpec</name>
    <message>
        <source>a network spec must be a JSON object: {&quot;name&quot;: ..., &quot;layers&quot;: [...]}</source>
        <translation>ein Netzentwurf muss ein JSON-Objekt sein: {&quot;name&quot;: ..., &quot;layers&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown key {key!r} in the spec (it has name and layers)</source>
        <translation>unbekannter Schlüssel {key!r} im Entwurf (er hat name und layers)</translation>
    </message>
    <message>
        <source>&apos;layers&apos; must be a list of layers, e.g. [{&quot;type&quot;: &quot;dense&quot;, &quot;units&quot;: 32, &quot;activation&quot;: &quot;relu&quot;}]</source>
        <translation>&apos;layers&apos; muss eine Liste von Schichten sein, z. B. [{&quot;type&quot;: &quot;dense&quot;, &quot;units&quot;: 32, &quot;activation&quot;: &quot;relu&quot;}]</translation>
    </message>
    <message>
        <source>{count} layers; a design may have at most {most}</source>
        <translation>{count} Schichten; ein Entwurf darf höchstens {most} haben</translation>
    </message>
    <message>
        <source>not JSON: {reason}</source>
        <translation>kein JSON: {reason}</translation>
    </message>
    <message>
        <source>the name is missing: give the design one, e.g. &quot;name&quot;: &quot;tanh-32-16&quot;</source>
        <translation>der Name fehlt: Gib dem Entwurf einen, z. B. &quot;name&quot;: &quot;tanh-32-16&quot;</translation>
    </message>
    <message>
        <source>the name {name!r} may have only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (1 to 40, starting with a letter or digit)</source>
        <translation>der Name {name!r} darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos; enthalten (1 bis 40, am Anfang ein Buchstabe oder eine Ziffer)</translation>
    </message>
    <message>
        <source>the name {name!r} must not end in .json</source>
        <translation>der Name {name!r} darf nicht auf .json enden</translation>
    </message>
    <message>
        <source>the name {name!r} is a built-in network&apos;s; choose another</source>
        <translation>der Name {name!r} gehört einem eingebauten Netz; wähle einen anderen</translation>
    </message>
    <message>
        <source>layer {layer}: {key!r} must be a whole number from {low} to {high}</source>
        <translation>Schicht {layer}: {key!r} muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>layer {layer}: must be an object like {{&quot;type&quot;: &quot;dense&quot;, &quot;units&quot;: 32}}</source>
        <translation>Schicht {layer}: muss ein Objekt sein wie {{&quot;type&quot;: &quot;dense&quot;, &quot;units&quot;: 32}}</translation>
    </message>
    <message>
        <source>layer {layer}: &apos;type&apos; is missing (one of {types})</source>
        <translation>Schicht {layer}: &apos;type&apos; fehlt (eines von {types})</translation>
    </message>
    <message>
        <source>layer {layer}: unknown layer type {kind!r} (use {types})</source>
        <translation>Schicht {layer}: unbekannter Schichttyp {kind!r} (nimm {types})</translation>
    </message>
    <message>
        <source>layer {layer}: a {kind} layer has no {key!r} (its keys: {known})</source>
        <translation>Schicht {layer}: eine {kind}-Schicht hat kein {key!r} (ihre Schlüssel: {known})</translation>
    </message>
    <message>
        <source>layer {layer}: a {kind} layer needs {key!r}</source>
        <translation>Schicht {layer}: eine {kind}-Schicht braucht {key!r}</translation>
    </message>
    <message>
        <source>layer {layer}: unknown activation {value!r} (use {choices})</source>
        <translation>Schicht {layer}: unbekannte Aktivierung {value!r} (nimm {choices})</translation>
    </message>
    <message>
        <source>layer {layer}: &apos;padding&apos; must be &apos;same&apos; (keep the size) or &apos;valid&apos; (no padding: the picture shrinks)</source>
        <translation>Schicht {layer}: &apos;padding&apos; muss &apos;same&apos; (Größe bleibt) oder &apos;valid&apos; sein (kein Rand: Das Bild schrumpft)</translation>
    </message>
    <message>
        <source>layer {layer}: &apos;rate&apos; must be a number from 0 up to (not including) 1</source>
        <translation>Schicht {layer}: &apos;rate&apos; muss eine Zahl von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>layer {layer}: its {window}x{window} window does not fit the {size}x{size} input (the picture is already that small)</source>
        <translation>Schicht {layer}: Ihr {window}×{window}-Fenster passt nicht in die {size}×{size}-Eingabe (so klein ist das Bild dort schon)</translation>
    </message>
    <message>
        <source>layer {layer}: a second flatten after {since}: convolutions and pooling work on the picture, so they come before flatten and dense layers</source>
        <translation>Schicht {layer}: ein zweites Flatten nach {since}: Faltungen und Pooling arbeiten auf dem Bild, darum kommen sie vor Flatten- und Dense-Schichten</translation>
    </message>
    <message>
        <source>layer {layer}: a {kind} after {since}: convolutions and pooling work on the picture, so they come before flatten and dense layers</source>
        <translation>Schicht {layer}: ein {kind} nach {since}: Faltungen und Pooling arbeiten auf dem Bild, darum kommen sie vor Flatten- und Dense-Schichten</translation>
    </message>
    <message>
        <source>{total:,} parameters ({biggest:,} of them in layer {layer}); a design may have at most {most:,}: shrink the picture (pooling, strides) or the layers</source>
        <translation>{total:,} Parameter ({biggest:,} davon in Schicht {layer}); ein Entwurf darf höchstens {most:,} haben: Verkleinere das Bild (Pooling, Schrittweiten) oder die Schichten</translation>
    </message>
    <message>
        <source>{total:,} parameters ({biggest:,} of them in the logits); a design may have at most {most:,}: shrink the picture (pooling, strides) or the layers</source>
        <translation>{total:,} Parameter ({biggest:,} davon in den Logits); ein Entwurf darf höchstens {most:,} haben: Verkleinere das Bild (Pooling, Schrittweiten) oder die Schichten</translation>
    </message>
</context>
<context>
    <name>NeuronGradientBox</name>
    <message>
        <source>6 · One first-layer neuron&apos;s 784 weights, as 28×28</source>
        <translation>6 · Die 784 Gewichte eines Neurons der ersten Schicht, als 28×28</translation>
    </message>
    <message>
        <source>Which neuron of the first hidden layer to look at</source>
        <translation>Welches Neuron der ersten verborgenen Schicht angezeigt wird</translation>
    </message>
    <message>
        <source>its weights w</source>
        <translation>seine Gewichte w</translation>
    </message>
    <message>
        <source>−∂L/∂w: where a step pushes them</source>
        <translation>−∂L/∂w: wohin ein Schritt sie schiebt</translation>
    </message>
</context>
<context>
    <name>NeuronLab</name>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Neurons (checked: on)</source>
        <translation>Neuronen (angehakt: an)</translation>
    </message>
    <message>
        <source>All on</source>
        <translation>Alle an</translation>
    </message>
    <message>
        <source>Softmax temperature</source>
        <translation>Softmax-Temperatur</translation>
    </message>
    <message>
        <source>Softmax of z / T: T above 1 flattens the bars (less sure), below 1 sharpens them (surer); the order of the digits never changes. Calibration picks the T whose confidence matches how often the model is right.</source>
        <translation>Softmax von z / T: T über 1 macht die Balken flacher (weniger sicher), unter 1 steiler (sicherer); die Reihenfolge der Ziffern ändert sich nie. Die Kalibrierung wählt das T, bei dem die Sicherheit dazu passt, wie oft das Modell richtig liegt.</translation>
    </message>
    <message>
        <source>Draw a digit to see its answer here.</source>
        <translation>Zeichne eine Ziffer, um hier ihre Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Measuring the accuracy</source>
        <translation>Die Genauigkeit wird gemessen</translation>
    </message>
    <message>
        <source>Reading the drawing</source>
        <translation>Die Zeichnung wird gelesen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>{name} ({units} neurons)</source>
        <translation>{name} ({units} Neuronen)</translation>
    </message>
    <message>
        <source>neuron {unit}</source>
        <translation>Neuron {unit}</translation>
    </message>
    <message>
        <source>Temperature T = {t:.2f}</source>
        <translation>Temperatur T = {t:.2f}</translation>
    </message>
    <message>
        <source>No model with dense layers to open up.</source>
        <translation>Kein Modell mit Dense-Schichten zum Öffnen.</translation>
    </message>
    <message>
        <source>Reads {digit} ({percent:.1f} %)</source>
        <translation>Liest {digit} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>Accuracy on {n} validation images: {all:.1f} %</source>
        <translation>Genauigkeit auf {n} Validierungsbildern: {all:.1f} %</translation>
    </message>
    <message>
        <source>Accuracy on {n} validation images: {all:.1f} % with every neuron, {now:.1f} % with {count} switched off</source>
        <translation>Genauigkeit auf {n} Validierungsbildern: {all:.1f} % mit allen Neuronen, {now:.1f} % mit {count} abgeschalteten</translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <source>Click a neuron, a feature map or a bar on the left to see how it was computed: its weighted sum z = w·x + b with the numbers, its activation a = g(z), and the inputs that pushed it up or down the most.</source>
        <translation>Klicke links auf ein Neuron, eine Merkmalskarte oder einen Balken, um zu sehen, wie es berechnet wurde: seine gewichtete Summe z = w·x + b mit den Zahlen, seine Aktivierung a = g(z) und die Eingaben, die es am stärksten nach oben oder unten gedrückt haben.</translation>
    </message>
    <message>
        <source>How the selected unit was computed</source>
        <translation>Wie die gewählte Einheit berechnet wurde</translation>
    </message>
    <message>
        <source>Its 784 weights as 28×28: blue, ink here raises z; orange, lowers it</source>
        <translation>Seine 784 Gewichte als 28×28: blau, Tinte hier erhöht z; orange, senkt es</translation>
    </message>
    <message>
        <source>w·x per pixel: what your drawing added up to z</source>
        <translation>w·x je Pixel: was deine Zeichnung zu z beigetragen hat</translation>
    </message>
    <message>
        <source> (one {size} tile per input map, {channels})</source>
        <translation> (eine {size}-Kachel je Eingabekarte, {channels})</translation>
    </message>
    <message>
        <source>The filter w{per}</source>
        <translation>Der Filter w{per}</translation>
    </message>
    <message>
        <source>The patch x under it</source>
        <translation>Der Ausschnitt x darunter</translation>
    </message>
    <message>
        <source>Feature map {position}; the unit is marked</source>
        <translation>Merkmalskarte {position}; die Einheit ist markiert</translation>
    </message>
</context>
<context>
    <name>NeuronText</name>
    <message>
        <source>a pixel of the input</source>
        <translation>ein Pixel der Eingabe</translation>
    </message>
    <message>
        <source>a value passed through</source>
        <translation>ein durchgereichter Wert</translation>
    </message>
    <message>
        <source>a value of the flattened row</source>
        <translation>ein Wert der flachgelegten Reihe</translation>
    </message>
    <message>
        <source>a neuron of a Dense layer</source>
        <translation>ein Neuron einer Dense-Schicht</translation>
    </message>
    <message>
        <source>one position of a convolution&apos;s feature map</source>
        <translation>eine Position der Merkmalskarte einer Faltung</translation>
    </message>
    <message>
        <source>a batch-normalised value</source>
        <translation>ein batch-normalisierter Wert</translation>
    </message>
    <message>
        <source>a ReLU unit</source>
        <translation>eine ReLU-Einheit</translation>
    </message>
    <message>
        <source>an activation unit</source>
        <translation>eine Aktivierungseinheit</translation>
    </message>
    <message>
        <source>a max-pooling unit</source>
        <translation>eine Max-Pooling-Einheit</translation>
    </message>
    <message>
        <source>a probability</source>
        <translation>eine Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>a = z = &lt;b&gt;{num}&lt;/b&gt; &amp;nbsp;(no activation: the layer is linear)</source>
        <translation>a = z = &lt;b&gt;{num}&lt;/b&gt; &amp;nbsp;(keine Aktivierung: die Schicht ist linear)</translation>
    </message>
    <message>
        <source>z = Σ w&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;i&lt;/sub&gt;{value} over {n:,} inputs = {num} (inputs pushing up) {signed} (pushing down)</source>
        <translation>z = Σ w&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;i&lt;/sub&gt;{value} über {n:,} Eingaben = {num} (Eingaben, die nach oben drücken) {signed} (nach unten)</translation>
    </message>
    <message>
        <source> {bias_text} (bias)</source>
        <translation> {bias_text} (Bias)</translation>
    </message>
    <message>
        <source> {signed} (rounding)</source>
        <translation> {signed} (Rundung)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;{title}: none&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;{title}: keine&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt; — {get} (layer {layer_index}, {escape2})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt; — {get} (Schicht {layer_index}, {escape2})&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 input map</source>
        <translation>1 Eingabekarte</translation>
    </message>
    <message>
        <source>{count} input maps</source>
        <translation>{count} Eingabekarten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The filter&apos;s {kh}×{kw}×{channels} = {size} weights w are laid on the {kh}×{kw} patch of the {maps} around ({row}, {column}): x.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die {kh}×{kw}×{channels} = {size} Gewichte w des Filters werden auf den {kh}×{kw}-Ausschnitt um ({row}, {column}) gelegt, über {maps}: x.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No bias b here: the batch normalisation after this layer adds the shift.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Hier gibt es keinen Bias b: Die Batch-Normalisierung nach dieser Schicht fügt die Verschiebung hinzu.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pushed up most by</source>
        <translation>Am stärksten nach oben gedrückt von</translation>
    </message>
    <message>
        <source>Pushed down most by</source>
        <translation>Am stärksten nach unten gedrückt von</translation>
    </message>
    <message>
        <source>&lt;p&gt;y = γ·(x − μ)/√(σ² + ε) + β = {num} × ({num2} − {paren}) / √({num3} + {p:g}) {signed} = &lt;b&gt;{num4}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;μ and σ² are this channel&apos;s mean and variance over the training images; γ and β were learnt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;y = γ·(x − μ)/√(σ² + ε) + β = {num} × ({num2} − {paren}) / √({num3} + {p:g}) {signed} = &lt;b&gt;{num4}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;μ und σ² sind Mittelwert und Varianz dieses Kanals über die Trainingsbilder; γ und β wurden gelernt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;a = max of the window [{values}] = &lt;b&gt;{num}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pooling halves the map: a feature counts wherever it is in the window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;a = Maximum des Fensters [{values}] = &lt;b&gt;{num}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pooling halbiert die Karte: Ein Merkmal zählt, wo immer es im Fenster liegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;P({j}) = e&lt;sup&gt;z&lt;sub&gt;{j}&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; with z&lt;sub&gt;{j}&lt;/sub&gt; = {num}. Subtracting the largest logit ({num2}) from every one changes nothing and avoids overflow: e&lt;sup&gt;{num3}&lt;/sup&gt; / {num4} = &lt;b&gt;{num5}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;P({j}) = e&lt;sup&gt;z&lt;sub&gt;{j}&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; mit z&lt;sub&gt;{j}&lt;/sub&gt; = {num}. Das größte Logit ({num2}) von jedem abzuziehen ändert nichts und vermeidet einen Überlauf: e&lt;sup&gt;{num3}&lt;/sup&gt; / {num4} = &lt;b&gt;{num5}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;a = x = &lt;b&gt;{num}&lt;/b&gt;: this layer only acts while training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;a = x = &lt;b&gt;{num}&lt;/b&gt;: Diese Schicht wirkt nur beim Training.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same value, moved into one row: &lt;b&gt;{num}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Derselbe Wert, in eine Reihe verschoben: &lt;b&gt;{num}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Brightness &lt;b&gt;{num}&lt;/b&gt; (0 paper, 1 ink). Each of the 784 pixels is one input x of the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Helligkeit &lt;b&gt;{num}&lt;/b&gt; (0 Papier, 1 Tinte). Jedes der 784 Pixel ist eine Eingabe x des Netzes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>&lt;h3&gt;digitgui {version}&lt;/h3&gt;&lt;p&gt;Draw a digit and watch a neural network read it; train it, teach it your handwriting, look inside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Active model:&lt;/b&gt; {model}&lt;/p&gt;&lt;p&gt;Predictions run on LiteRT; training on TensorFlow/Keras in a separate process. The window is PySide6 (Qt 6); the charts matplotlib.&lt;/p&gt;&lt;p&gt;The embedded training data is 5,000 images of the MNIST database of handwritten digits by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;digitgui is MIT-licensed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;digitgui {version}&lt;/h3&gt;&lt;p&gt;Zeichne eine Ziffer und sieh zu, wie ein neuronales Netz sie liest; trainiere es, bring ihm deine Handschrift bei, schau hinein.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aktives Modell:&lt;/b&gt; {model}&lt;/p&gt;&lt;p&gt;Die Vorhersagen laufen mit LiteRT, das Training mit TensorFlow/Keras in einem eigenen Prozess. Das Fenster ist PySide6 (Qt 6), die Diagramme matplotlib.&lt;/p&gt;&lt;p&gt;Die eingebetteten Trainingsdaten sind 5&#x202f;000 Bilder der MNIST-Datenbank handgeschriebener Ziffern von Yann LeCun, Corinna Cortes und Christopher J. C. Burges (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;digitgui steht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NumberView</name>
    <message>
        <source>Write a number on the wide sheet: up to 12 digits, a minus sign, a point.</source>
        <translation>Schreib eine Zahl auf das breite Blatt: bis zu 12 Ziffern, ein Minuszeichen, ein Punkt.</translation>
    </message>
    <message>
        <source>Not a number: this ink does not read as digits.</source>
        <translation>Keine Zahl: Diese Striche lesen sich nicht als Ziffern.</translation>
    </message>
    <message>
        <source>Not sure of digit {which}: click it to see why.</source>
        <translation>Unsicher bei Ziffer {which}: Klick darauf, um zu sehen, warum.</translation>
    </message>
    <message>
        <source>Reads {number} ({count} digits).</source>
        <translation>Liest {number} ({count} Ziffern).</translation>
    </message>
    <message>
        <source>not a
digit</source>
        <translation>keine
Ziffer</translation>
    </message>
    <message>
        <source>Number read</source>
        <translation>Gelesene Zahl</translation>
    </message>
    <message>
        <source>Click a digit for its bars; type a digit to correct the chosen one (it is kept as a sample).</source>
        <translation>Klick eine Ziffer für ihre Balken an; tippe eine Ziffer, um die gewählte zu berichtigen (sie wird als Schriftprobe behalten).</translation>
    </message>
    <message>
        <source>Digit {index}: most like {likely} ({percent:.1f} %)</source>
        <translation>Ziffer {index}: am ehesten {likely} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>Write a number first: there is no digit to correct.</source>
        <translation>Schreib zuerst eine Zahl: Es gibt keine Ziffer zu berichtigen.</translation>
    </message>
</context>
<context>
    <name>OutputBars</name>
    <message>
        <source>digit 0</source>
        <translation>Ziffer 0</translation>
    </message>
    <message>
        <source>digit {digit}</source>
        <translation>Ziffer {digit}</translation>
    </message>
</context>
<context>
    <name>PerDigitChart</name>
    <message>
        <source>Accuracy per digit</source>
        <translation>Genauigkeit je Ziffer</translation>
    </message>
    <message>
        <source>How often each digit is read right. The line is the accuracy over the whole set; a digit with no images in the set has no bar.</source>
        <translation>Wie oft jede Ziffer richtig erkannt wird. Die Linie ist die Genauigkeit über die ganze Menge; eine Ziffer ohne Bilder in der Menge hat keinen Balken.</translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <source>Loading the model</source>
        <translation>Laden des Modells</translation>
    </message>
    <message>
        <source>Reading the number</source>
        <translation>Die Zahl wird gelesen</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <source>No digit</source>
        <translation>Noch keine Ziffer</translation>
    </message>
    <message>
        <source>Draw a digit on the sheet.</source>
        <translation>Zeichne eine Ziffer auf das Blatt.</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>Keine Ziffer</translation>
    </message>
    <message>
        <source>No digit stands out (most like {likely}, {percent}).</source>
        <translation>Keine Ziffer sticht heraus (am ehesten {likely}, {percent}).</translation>
    </message>
    <message>
        <source>Not sure: {likely}, or not a digit</source>
        <translation>Unsicher: {likely} oder keine Ziffer</translation>
    </message>
    <message>
        <source>Not sure: {likely} or {runner}</source>
        <translation>Unsicher: {likely} oder {runner}</translation>
    </message>
    <message>
        <source>or {runner} ({value:.0f} %)</source>
        <translation>oder {runner} ({value:.0f} %)</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>{percent} sicher</translation>
    </message>
    <message>
        <source>The network&apos;s answer</source>
        <translation>Die Antwort des Netzes</translation>
    </message>
    <message>
        <source>model&apos;s (100 %)</source>
        <translation>Modell (100 %)</translation>
    </message>
    <message>
        <source>Below this probability the answer is shown as &apos;Not sure&apos;. &quot;model&apos;s&quot; uses the threshold measured for the active model: few right answers doubted, most misreads flagged.</source>
        <translation>Unter dieser Wahrscheinlichkeit wird die Antwort als „Unsicher“ angezeigt. „Modell“ verwendet die Schwelle, die für das aktive Modell gemessen wurde: wenige richtige Antworten angezweifelt, die meisten Fehler markiert.</translation>
    </message>
    <message>
        <source>Keep as a sample</source>
        <translation>Als Schriftprobe behalten</translation>
    </message>
    <message>
        <source>Keep this drawing as a sample of the digit it was read as (Ctrl+Enter). If it is another digit, press that digit&apos;s key instead, or click the digit beside its bar: your samples can teach the network your handwriting.</source>
        <translation>Diese Zeichnung als Schriftprobe der erkannten Ziffer behalten (Strg+Eingabe). Ist es eine andere Ziffer, drücke stattdessen deren Taste oder klicke auf die Ziffer neben ihrem Balken: Deine Schriftproben können dem Netz deine Handschrift beibringen.</translation>
    </message>
    <message>
        <source>Not sure below</source>
        <translation>Unsicher unter</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>Was das Netz sieht</translation>
    </message>
    <message>
        <source>Active model</source>
        <translation>Aktives Modell</translation>
    </message>
    <message>
        <source>model&apos;s ({value:.0f} %)</source>
        <translation>Modell ({value:.0f} %)</translation>
    </message>
</context>
<context>
    <name>Preloader</name>
    <message>
        <source>Loading the window&apos;s parts</source>
        <translation>Die Teile des Fensters werden geladen</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>Probabilities of each digit</source>
        <translation>Wahrscheinlichkeiten jeder Ziffer</translation>
    </message>
    <message>
        <source>The softmax probability the network gives each digit. Click a digit to say that is what you drew.</source>
        <translation>Die Softmax-Wahrscheinlichkeit, die das Netz jeder Ziffer gibt. Klicke auf eine Ziffer, um zu sagen, dass du diese gezeichnet hast.</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Reliability · calibration error (ECE) {value:.1f} %</source>
        <translation>Zuverlässigkeit · Kalibrierungsfehler (ECE) {value:.1f} %</translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <source>Reliability diagram</source>
        <translation>Zuverlässigkeitsdiagramm</translation>
    </message>
    <message>
        <source>Each bar gathers the answers given with a confidence in its range and shows how many of them were right; the number on it is how many images it holds. A well calibrated model&apos;s bars reach the dashed diagonal: of the answers given with 80 % confidence, 80 % are right. The shaded gap is how far off it is; the calibration error (ECE) is the mean gap, weighted by the number of images.</source>
        <translation>Jeder Balken sammelt die Antworten, die mit einer Zuversicht in seinem Bereich gegeben wurden, und zeigt, wie viele davon richtig waren; die Zahl darauf ist, wie viele Bilder er enthält. Bei einem gut kalibrierten Modell reichen die Balken bis zur gestrichelten Diagonale: Von den Antworten, die mit 80 % Zuversicht gegeben wurden, sind 80 % richtig. Die schattierte Lücke zeigt, wie weit es danebenliegt; der Kalibrierungsfehler (ECE) ist die mittlere Lücke, gewichtet mit der Zahl der Bilder.</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>read right</source>
        <translation>richtig erkannt</translation>
    </message>
    <message>
        <source>perfectly calibrated</source>
        <translation>perfekt kalibriert</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>not a first-layer snapshot ({kind})</source>
        <translation>keine Momentaufnahme der ersten Schicht ({kind})</translation>
    </message>
    <message>
        <source>replay.npz was made by a newer digitgui</source>
        <translation>replay.npz wurde von einem neueren digitgui erstellt</translation>
    </message>
    <message>
        <source>replay.npz is damaged ({kind}{reason})</source>
        <translation>replay.npz ist beschädigt ({kind}{reason})</translation>
    </message>
    <message>
        <source>replay.npz is damaged (its arrays do not fit together)</source>
        <translation>replay.npz ist beschädigt (seine Arrays passen nicht zusammen)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>None of your samples could be held out to test on: add a few more of each digit.</source>
        <translation>Keine deiner Schriftproben konnte zum Testen zurückgehalten werden: Füge von jeder Ziffer noch ein paar hinzu.</translation>
    </message>
    <message>
        <source>Mistakes on your own held-out digits went from {before:.1f} % to {after:.1f} %.</source>
        <translation>Die Fehler bei deinen eigenen zurückgehaltenen Ziffern sind von {before:.1f} % auf {after:.1f} % gesunken.</translation>
    </message>
    <message>
        <source>Mistakes on your own held-out digits did not go down ({value:.1f} % before, {value2:.1f} % after): more samples of each digit help.</source>
        <translation>Die Fehler bei deinen eigenen zurückgehaltenen Ziffern sind nicht gesunken ({value:.1f} % vorher, {value2:.1f} % nachher): Mehr Schriftproben jeder Ziffer helfen.</translation>
    </message>
    <message>
        <source>It still reads MNIST as well as before.</source>
        <translation>MNIST erkennt es so gut wie vorher.</translation>
    </message>
    <message>
        <source>It reads MNIST {drop:.1f} points worse than before.</source>
        <translation>MNIST erkennt es um {drop:.1f} Prozentpunkte schlechter als vorher.</translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Drehung (Grad)</translation>
    </message>
    <message>
        <source>Noise (standard deviation)</source>
        <translation>Rauschen (Standardabweichung)</translation>
    </message>
    <message>
        <source>Stroke (thinner − / thicker +)</source>
        <translation>Strich (dünner − / dicker +)</translation>
    </message>
    <message>
        <source>Shift (pixels)</source>
        <translation>Verschiebung (Pixel)</translation>
    </message>
    <message>
        <source>Robustness curves</source>
        <translation>Robustheitskurven</translation>
    </message>
    <message>
        <source>Press Measure to see how accuracy falls as the images change</source>
        <translation>Drücke „Messen“, um zu sehen, wie die Genauigkeit fällt, wenn sich die Bilder ändern</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Read 500 validation images rotated, noisy, thinned or thickened, and moved, further and further (a few seconds)</source>
        <translation>500 Validierungsbilder gedreht, verrauscht, dünner oder dicker und verschoben lesen, immer stärker (ein paar Sekunden)</translation>
    </message>
    <message>
        <source>Measuring robustness</source>
        <translation>Robustheit wird gemessen</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Das Modell wird geladen</translation>
    </message>
    <message>
        <source>Rotate (degrees)</source>
        <translation>Drehen (Grad)</translation>
    </message>
    <message>
        <source>Thinner / thicker</source>
        <translation>Dünner / dicker</translation>
    </message>
    <message>
        <source>Noise (%)</source>
        <translation>Rauschen (%)</translation>
    </message>
    <message>
        <source>Your drawing, changed</source>
        <translation>Deine Zeichnung, verändert</translation>
    </message>
    <message>
        <source>Draw a digit to change it here.</source>
        <translation>Zeichne eine Ziffer, um sie hier zu verändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your drawing, changed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deine Zeichnung, verändert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <source>“{name}” on 500 validation images</source>
        <translation>„{name}“ auf 500 Validierungsbildern</translation>
    </message>
    <message>
        <source>Read as {digit} ({percent:.1f} %)</source>
        <translation>Gelesen als {digit} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
</context>
<context>
    <name>RunsChart</name>
    <message>
        <source>Train a network to see its run here.</source>
        <translation>Trainiere ein Netz, um seinen Lauf hier zu sehen.</translation>
    </message>
    <message>
        <source>Tick runs in the table to overlay their curves.</source>
        <translation>Hake Läufe in der Tabelle an, um ihre Kurven übereinanderzulegen.</translation>
    </message>
    <message>
        <source>The ticked runs recorded no curves.</source>
        <translation>Die angehakten Läufe haben keine Kurven aufgezeichnet.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Runs compared</source>
        <translation>Läufe im Vergleich</translation>
    </message>
    <message>
        <source>The ticked runs&apos; loss and accuracy, epoch by epoch: validation solid, training dashed. Each run has its colour, the same as in the table.</source>
        <translation>Verlust und Genauigkeit der angehakten Läufe, Epoche für Epoche: Validierung durchgezogen, Training gestrichelt. Jeder Lauf hat seine Farbe, dieselbe wie in der Tabelle.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Learning
rate</source>
        <translation>Lern-
rate</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Best
validation</source>
        <translation>Beste
Validierung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Epochs finished (of those planned, if it stopped early)</source>
        <translation>Abgeschlossene Epochen (von den geplanten, falls er früher endete)</translation>
    </message>
    <message>
        <source>Images per training step</source>
        <translation>Bilder je Trainingsschritt</translation>
    </message>
    <message>
        <source>How long the training took (hours:minutes:seconds)</source>
        <translation>Wie lange das Training gedauert hat (Stunden:Minuten:Sekunden)</translation>
    </message>
    <message>
        <source>The validation accuracy at the best epoch (the lowest validation loss: the one the model keeps)</source>
        <translation>Die Validierungsgenauigkeit in der besten Epoche (niedrigster Validierungsverlust: die Epoche, die das Modell behält)</translation>
    </message>
    <message>
        <source>Held out for validation</source>
        <translation>Für die Validierung zurückgehalten</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Every image counts the same</source>
        <translation>Jedes Bild zählt gleich</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2-Gewichtsverfall</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>Kosinus-Abfall</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>{source} ({train} + {validation})</source>
        <translation>{source} ({train} + {validation})</translation>
    </message>
    <message>
        <source>{network} (your design)</source>
        <translation>{network} (dein Entwurf)</translation>
    </message>
    <message>
        <source>Network: {network}</source>
        <translation>Netz: {network}</translation>
    </message>
    <message>
        <source>Parameters: {count}</source>
        <translation>Parameter: {count}</translation>
    </message>
    <message>
        <source>Epochs: {epochs}</source>
        <translation>Epochen: {epochs}</translation>
    </message>
    <message>
        <source>Batch size: {batch}</source>
        <translation>Batchgröße: {batch}</translation>
    </message>
    <message>
        <source>Learning rate: {rate}</source>
        <translation>Lernrate: {rate}</translation>
    </message>
    <message>
        <source>Optimizer: {optimizer}</source>
        <translation>Optimierer: {optimizer}</translation>
    </message>
    <message>
        <source>Schedule: {schedule}</source>
        <translation>Lernratenverlauf: {schedule}</translation>
    </message>
    <message>
        <source>Augmentation: {augment}</source>
        <translation>Augmentierung: {augment}</translation>
    </message>
    <message>
        <source>Data (training + validation images): {data}</source>
        <translation>Daten (Trainings- + Validierungsbilder): {data}</translation>
    </message>
    <message>
        <source>Fine-tuned from {name}</source>
        <translation>Nachtraining von {name}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>Dauer: {duration}</translation>
    </message>
    <message>
        <source>Stopped before its planned end</source>
        <translation>Vor dem geplanten Ende angehalten</translation>
    </message>
    <message>
        <source>Created: {created}</source>
        <translation>Erstellt: {created}</translation>
    </message>
    <message>
        <source>Best epoch: {epoch}, validation accuracy {accuracy}, validation loss {loss}</source>
        <translation>Beste Epoche: {epoch}, Validierungsgenauigkeit {accuracy}, Validierungsverlust {loss}</translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message>
        <source>Listing the runs</source>
        <translation>Läufe auflisten</translation>
    </message>
    <message>
        <source>Train a network to see its run here.</source>
        <translation>Trainiere ein Netz, um seinen Lauf hier zu sehen.</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves in the chart beside the table</source>
        <translation>Hake Läufe an, um ihre Kurven im Diagramm neben der Tabelle übereinanderzulegen</translation>
    </message>
    <message>
        <source>Every training run: tick two or more to compare their curves; hover over a row for all its settings.</source>
        <translation>Jeder Trainingslauf: Hake zwei oder mehr an, um ihre Kurven zu vergleichen; zeige auf eine Zeile für all ihre Einstellungen.</translation>
    </message>
    <message>
        <source>Listing the runs…</source>
        <translation>Läufe werden aufgelistet…</translation>
    </message>
</context>
<context>
    <name>SampleLibraryView</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Your samples. Select some and press a digit key to relabel them, or Delete to delete them.</source>
        <translation>Deine Schriftproben. Wähle welche aus und drücke eine Zifferntaste, um sie neu zu beschriften, oder Entf, um sie zu löschen.</translation>
    </message>
    <message>
        <source>No samples yet. Draw a digit, then press its key (0-9) while the canvas has focus, or click its label beside the bars: the drawing is kept as a sample of that digit and the canvas clears for the next one.</source>
        <translation>Noch keine Schriftproben. Zeichne eine Ziffer und drücke dann ihre Taste (0-9), während die Zeichenfläche den Fokus hat, oder klicke auf ihre Beschriftung neben den Balken: Die Zeichnung wird als Schriftprobe dieser Ziffer behalten, und die Zeichenfläche wird für die nächste geleert.</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation>Neu beschriften…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add the images of an .npz file (x, y) or of an image folder (root/0/*.png … root/9/*.png)</source>
        <translation>Die Bilder einer .npz-Datei (x, y) oder eines Bildordners hinzufügen (root/0/*.png … root/9/*.png)</translation>
    </message>
    <message>
        <source>From an .npz file…</source>
        <translation>Aus einer .npz-Datei…</translation>
    </message>
    <message>
        <source>From an image folder…</source>
        <translation>Aus einem Bildordner…</translation>
    </message>
    <message>
        <source>Export .npz…</source>
        <translation>.npz exportieren…</translation>
    </message>
    <message>
        <source>Train on my handwriting</source>
        <translation>Mit meiner Handschrift trainieren</translation>
    </message>
    <message>
        <source>Continue training the active model on your samples mixed with MNIST images, holding back a fifth of your samples to show honestly how much it improved.</source>
        <translation>Das aktive Modell mit deinen Schriftproben, gemischt mit MNIST-Bildern, weitertrainieren und ein Fünftel deiner Schriftproben zurückhalten, um ehrlich zu zeigen, wie sehr es sich verbessert hat.</translation>
    </message>
    <message>
        <source>All ({sum})</source>
        <translation>Alle ({sum})</translation>
    </message>
    <message>
        <source>A {digit}, saved {id} {id2}</source>
        <translation>Eine {digit}, gespeichert {id} {id2}</translation>
    </message>
    <message>
        <source>Relabelled {count} sample(s) as {digit}.</source>
        <translation>{count} Schriftprobe(n) neu als {digit} beschriftet.</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Neu beschriften</translation>
    </message>
    <message>
        <source>These samples are really a:</source>
        <translation>Diese Schriftproben sind in Wirklichkeit eine:</translation>
    </message>
    <message>
        <source>Deleted {count} sample(s). Undo delete brings them back.</source>
        <translation>{count} Schriftprobe(n) gelöscht. „Löschen rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Restored a sample of {digit}.</source>
        <translation>Eine Schriftprobe der {digit} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Import samples from an .npz file</source>
        <translation>Schriftproben aus einer .npz-Datei importieren</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz);;All files (*)</source>
        <translation>NumPy-Archive (*.npz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import samples from an image folder</source>
        <translation>Schriftproben aus einem Bildordner importieren</translation>
    </message>
    <message>
        <source>Imported {count} samples from {name}.</source>
        <translation>{count} Schriftproben aus {name} importiert.</translation>
    </message>
    <message>
        <source>Export your samples</source>
        <translation>Deine Schriftproben exportieren</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy-Archive (*.npz)</translation>
    </message>
    <message>
        <source>Exported {count} samples to {name}.</source>
        <translation>{count} Schriftproben nach {name} exportiert.</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>a sample&apos;s digit must be 0-9, not {digit!r}</source>
        <translation>die Ziffer einer Schriftprobe muss 0-9 sein, nicht {digit!r}</translation>
    </message>
    <message>
        <source>a sample must be 28x28, not {shape}</source>
        <translation>eine Schriftprobe muss 28×28 groß sein, nicht {shape}</translation>
    </message>
    <message>
        <source>there are no samples to export yet</source>
        <translation>es gibt noch keine Schriftproben zum Exportieren</translation>
    </message>
</context>
<context>
    <name>SetChooser</name>
    <message>
        <source>Set to evaluate on</source>
        <translation>Menge für die Auswertung</translation>
    </message>
    <message>
        <source>The labelled images to measure the active model on.</source>
        <translation>Die beschrifteten Bilder, auf denen das aktive Modell gemessen wird.</translation>
    </message>
    <message>
        <source>The 500 embedded MNIST images held out when the shipped model was trained: it has never seen them.</source>
        <translation>Die 500 eingebetteten MNIST-Bilder, die beim Training des mitgelieferten Modells zurückgehalten wurden: Es hat sie nie gesehen.</translation>
    </message>
    <message>
        <source>My samples</source>
        <translation>Meine Schriftproben</translation>
    </message>
    <message>
        <source>Other .npz file…</source>
        <translation>Andere .npz-Datei…</translation>
    </message>
    <message>
        <source>Other image folder (0/ … 9/)…</source>
        <translation>Anderer Bildordner (0/ … 9/)…</translation>
    </message>
    <message>
        <source>The 10,000 images of MNIST&apos;s test set.</source>
        <translation>Die 10&#x202f;000 Bilder der MNIST-Testmenge.</translation>
    </message>
    <message>
        <source>My samples ({count})</source>
        <translation>Meine Schriftproben ({count})</translation>
    </message>
    <message>
        <source>Your own handwriting: the samples in {folder}.</source>
        <translation>Deine eigene Handschrift: die Schriftproben in {folder}.</translation>
    </message>
    <message>
        <source>{name} (folder)</source>
        <translation>{name} (Ordner)</translation>
    </message>
    <message>
        <source>{name} (file)</source>
        <translation>{name} (Datei)</translation>
    </message>
    <message>
        <source>An image folder with subfolders 0 … 9</source>
        <translation>Ein Bildordner mit den Unterordnern 0 … 9</translation>
    </message>
    <message>
        <source>A labelled set: x (N, 28, 28) uint8 images and y (N,) digits</source>
        <translation>Eine beschriftete Menge: x (N, 28, 28) uint8-Bilder und y (N,) Ziffern</translation>
    </message>
    <message>
        <source>Labelled digits (*.npz);;All files (*)</source>
        <translation>Beschriftete Ziffern (*.npz);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Sets</name>
    <message>
        <source>Embedded validation split (500 images)</source>
        <translation>Eingebetteter Validierungsanteil (500 Bilder)</translation>
    </message>
    <message>
        <source>Full MNIST test set (10,000)</source>
        <translation>Volle MNIST-Testmenge (10&#x202f;000)</translation>
    </message>
    <message>
        <source>Full MNIST is not downloaded yet. Train once with “Full MNIST” ticked in the Training panel to download it (11 MB); its test set is then here.</source>
        <translation>Das volle MNIST ist noch nicht heruntergeladen. Trainiere einmal mit angehaktem „Volles MNIST“ im Bereich „Training“, um es herunterzuladen (11 MB); danach ist seine Testmenge hier.</translation>
    </message>
    <message>
        <source>You have no handwriting samples yet. Add some of your own digits to the sample library; they are kept in {folder}.</source>
        <translation>Du hast noch keine Schriftproben. Füge der Schriftprobensammlung einige deiner eigenen Ziffern hinzu; sie werden in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>the {name}</source>
        <translation>„{name}“</translation>
    </message>
</context>
<context>
    <name>SignedBars</name>
    <message>
        <source>Gradient at the output, p minus y</source>
        <translation>Gradient an der Ausgabe, p minus y</translation>
    </message>
    <message>
        <source>∂L/∂z for each logit: the probability minus 1 for the right digit, minus 0 for the others. A step moves each logit against its bar.</source>
        <translation>∂L/∂z für jedes Logit: die Wahrscheinlichkeit minus 1 für die richtige Ziffer, minus 0 für die anderen. Ein Schritt bewegt jedes Logit gegen seinen Balken.</translation>
    </message>
</context>
<context>
    <name>StepWriter</name>
    <message>
        <source>ReLU′({z}) = {result} &amp;nbsp;because {z} = {number} {why}</source>
        <translation>ReLU′({z}) = {result} &amp;nbsp;weil {z} = {number} {why}</translation>
    </message>
    <message>
        <source>g′({z}) = {result} &amp;nbsp;(linear: a = z)</source>
        <translation>g′({z}) = {result} &amp;nbsp;(linear: a = z)</translation>
    </message>
    <message>
        <source>Output {a}: {number} → &lt;b&gt;{number2}&lt;/b&gt;</source>
        <translation>Ausgabe {a}: {number} → &lt;b&gt;{number2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>down</source>
        <translation>gesunken</translation>
    </message>
    <message>
        <source>&lt;b&gt;up&lt;/b&gt;</source>
        <translation>&lt;b&gt;gestiegen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loss L: {number} → &lt;b&gt;{number2}&lt;/b&gt; ({direction})</source>
        <translation>Verlust L: {number} → &lt;b&gt;{number2}&lt;/b&gt; ({direction})</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>squared error ½(a − y)²</source>
        <translation>quadratischer Fehler ½(a − y)²</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>What this output neuron should give: squared error pulls its a towards y</source>
        <translation>Was dieses Ausgabeneuron liefern soll: Der quadratische Fehler zieht sein a in Richtung y</translation>
    </message>
    <message>
        <source>target {name} =</source>
        <translation>Zielwert {name} =</translation>
    </message>
    <message>
        <source>y = 1 (yes)</source>
        <translation>y = 1 (ja)</translation>
    </message>
    <message>
        <source>y = 0 (no)</source>
        <translation>y = 0 (nein)</translation>
    </message>
    <message>
        <source>One sigmoid output is the probability of “yes”: binary cross-entropy, −ln a for yes, −ln(1 − a) for no</source>
        <translation>Eine Sigmoid-Ausgabe ist die Wahrscheinlichkeit für „ja“: binäre Kreuzentropie, −ln a für ja, −ln(1 − a) für nein</translation>
    </message>
    <message>
        <source>class {value} (output neuron {value})</source>
        <translation>Klasse {value} (Ausgabeneuron {value})</translation>
    </message>
    <message>
        <source>Softmax turns the output neurons&apos; a&apos;s into probabilities; cross-entropy is −ln of the right class&apos;s one</source>
        <translation>Softmax macht aus den a der Ausgabeneuronen Wahrscheinlichkeiten; die Kreuzentropie ist −ln der Wahrscheinlichkeit der richtigen Klasse</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>richtige Antwort</translation>
    </message>
</context>
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teaching the network</source>
        <translation>Dem Netz etwas beibringen</translation>
    </message>
    <message>
        <source>Teach it this digit</source>
        <translation>Diese Ziffer beibringen</translation>
    </message>
    <message>
        <source>No model yet: choose or train one to teach it.</source>
        <translation>Noch kein Modell: Wähle oder trainiere eines, um ihm etwas beizubringen.</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>This drawing is a</source>
        <translation>Diese Zeichnung ist eine</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Ziffer {digit}</translation>
    </message>
    <message>
        <source>The learning rate: how far one step moves every weight</source>
        <translation>Die Lernrate: wie weit ein Schritt jedes Gewicht bewegt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One step of gradient descent on a copy of the model</source>
        <translation>Ein Schritt Gradientenabstieg auf einer Kopie des Modells</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the saved model (it was never changed)</source>
        <translation>Zurück zum gespeicherten Modell (es wurde nie verändert)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>4 · Gradient descent: w ← w − η ∂L/∂w</source>
        <translation>4 · Gradientenabstieg: w ← w − η ∂L/∂w</translation>
    </message>
    <message>
        <source>Grey: the saved model · blue: the copy after the steps (softmax at temperature 1)</source>
        <translation>Grau: das gespeicherte Modell · blau: die Kopie nach den Schritten (Softmax bei Temperatur 1)</translation>
    </message>
    <message>
        <source>1 · Which digit did you draw?</source>
        <translation>1 · Welche Ziffer hast du gezeichnet?</translation>
    </message>
    <message>
        <source>2 · The loss</source>
        <translation>2 · Der Verlust</translation>
    </message>
    <message>
        <source>Only the right digit&apos;s bar is negative: a step raises its logit and lowers each other one in proportion to its bar.</source>
        <translation>Nur der Balken der richtigen Ziffer ist negativ: Ein Schritt erhöht ihr Logit und senkt jedes andere im Verhältnis zu seinem Balken.</translation>
    </message>
    <message>
        <source>3 · The error at the output: ∂L/∂z = p − y</source>
        <translation>3 · Der Fehler an der Ausgabe: ∂L/∂z = p − y</translation>
    </message>
    <message>
        <source>5 · The gradient reaching each layer: ‖∂L/∂θ‖ / ‖θ‖ (log scale)</source>
        <translation>5 · Der Gradient, der jede Schicht erreicht: ‖∂L/∂θ‖ / ‖θ‖ (logarithmisch)</translation>
    </message>
    <message>
        <source>The network guessed {predicted}. </source>
        <translation>Das Netz hat auf {predicted} getippt. </translation>
    </message>
    <message>
        <source>{guess}Pick the digit you really drew: the loss, the gradients and each step are for that digit.</source>
        <translation>{guess}Wähle die Ziffer, die du wirklich gezeichnet hast: Der Verlust, die Gradienten und jeder Schritt gelten für diese Ziffer.</translation>
    </message>
    <message>
        <source>Draw a digit on the sheet, then pick which digit it is, to teach it.</source>
        <translation>Zeichne eine Ziffer auf das Blatt und wähle dann, welche Ziffer es ist, um sie dem Netz beizubringen.</translation>
    </message>
    <message>
        <source>Pick which digit you drew.</source>
        <translation>Wähle, welche Ziffer du gezeichnet hast.</translation>
    </message>
    <message>
        <source>the saved model</source>
        <translation>das gespeicherte Modell</translation>
    </message>
    <message>
        <source>the copy after 1 step</source>
        <translation>die Kopie nach 1 Schritt</translation>
    </message>
    <message>
        <source>the copy after {count} steps</source>
        <translation>die Kopie nach {count} Schritten</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({network}) · {params:,} parameters · loss and gradients of {which}, for digit &lt;b&gt;{digit}&lt;/b&gt; on your drawing</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({network}) · {params:,} Parameter · Verlust und Gradienten für {which}, für die Ziffer &lt;b&gt;{digit}&lt;/b&gt; auf deiner Zeichnung</translation>
    </message>
</context>
<context>
    <name>TeachWork</name>
    <message>
        <source>Loss L = −log p&lt;sub&gt;{digit}&lt;/sub&gt; = −log {p:.4g} = &lt;b&gt;{loss:.4f}&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Cross-entropy: small when the network gives the right digit a high probability, large when it is confidently wrong. Probabilities here are softmax(z) at temperature 1, as in training; the window&apos;s own bars divide the logits by the model&apos;s calibration temperature T = {temperature:.3g} first, so they read a little differently.&lt;/span&gt;</source>
        <translation>Verlust L = −log p&lt;sub&gt;{digit}&lt;/sub&gt; = −log {p:.4g} = &lt;b&gt;{loss:.4f}&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Kreuzentropie: klein, wenn das Netz der richtigen Ziffer eine hohe Wahrscheinlichkeit gibt, groß, wenn es sicher danebenliegt. Die Wahrscheinlichkeiten hier sind softmax(z) bei Temperatur 1, wie beim Training; die Balken des Fensters teilen die Logits zuerst durch die Kalibrierungstemperatur des Modells T = {temperature:.3g} und sehen daher etwas anders aus.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The first layer gets a {ratio:.1f}× weaker pull, for its size, than the last: the error reaches it only after being multiplied by every later layer&apos;s weights and by ReLU slopes (0 for neurons that are off), so it shrinks on the way back, and early layers learn more slowly.</source>
        <translation>Die erste Schicht wird, gemessen an ihrer Größe, {ratio:.1f}-mal schwächer gezogen als die letzte: Der Fehler erreicht sie erst, nachdem er mit den Gewichten jeder späteren Schicht und mit den ReLU-Steigungen (0 für Neuronen, die aus sind) multipliziert wurde, also schrumpft er auf dem Rückweg, und frühe Schichten lernen langsamer.</translation>
    </message>
    <message>
        <source>Here the first layer is pulled at least as hard as the last: batch normalisation rescales the error in every block. Without it the error shrinks on its way back through many layers, and early layers learn slowly.</source>
        <translation>Hier wird die erste Schicht mindestens so stark gezogen wie die letzte: Die Batch-Normalisierung skaliert den Fehler in jedem Block neu. Ohne sie schrumpft der Fehler auf seinem Rückweg durch viele Schichten, und frühe Schichten lernen langsam.</translation>
    </message>
    <message>
        <source>Here the first layer is pulled about as hard as the last: with {count} weighted layers the error has few multiplications to shrink through. In deep networks it fades on the way back, and early layers learn slowly.</source>
        <translation>Hier wird die erste Schicht etwa so stark gezogen wie die letzte: Bei {count} gewichteten Schichten muss der Fehler nur durch wenige Multiplikationen. In tiefen Netzen verblasst er auf dem Rückweg, und frühe Schichten lernen langsam.</translation>
    </message>
    <message>
        <source>Neuron {neuron} is off for this drawing (z = {z:.3f} ≤ 0): ReLU passes no gradient back, so a step leaves its weights as they are.</source>
        <translation>Neuron {neuron} ist bei dieser Zeichnung aus (z = {z:.3f} ≤ 0): ReLU gibt keinen Gradienten zurück, also lässt ein Schritt seine Gewichte, wie sie sind.</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>erhöht</translation>
    </message>
    <message>
        <source>lowers</source>
        <translation>senkt</translation>
    </message>
    <message>
        <source>∂L/∂w = pixel × ∂L/∂z, with ∂L/∂z = {dz:.4f} for neuron {neuron}: only inked pixels get a gradient. A step {direction} this neuron&apos;s z for this drawing (blue: the weight grows, orange: it shrinks).</source>
        <translation>∂L/∂w = Pixel × ∂L/∂z, mit ∂L/∂z = {dz:.4f} für Neuron {neuron}: Nur Pixel mit Tinte bekommen einen Gradienten. Ein Schritt {direction} das z dieses Neurons für diese Zeichnung (blau: das Gewicht wächst, orange: es schrumpft).</translation>
    </message>
    <message>
        <source>p&lt;sub&gt;{digit}&lt;/sub&gt; = {probabilities:.1%} · loss {loss:.4f}. Press &lt;b&gt;Step&lt;/b&gt;: every weight moves against its gradient, w ← w − η ∂L/∂w, on a copy of the model (the saved one never changes).</source>
        <translation>p&lt;sub&gt;{digit}&lt;/sub&gt; = {probabilities:.1%} · Verlust {loss:.4f}. Drücke &lt;b&gt;Schritt&lt;/b&gt;: Jedes Gewicht bewegt sich gegen seinen Gradienten, w ← w − η ∂L/∂w, auf einer Kopie des Modells (das gespeicherte ändert sich nie).</translation>
    </message>
    <message>
        <source>After 1 step</source>
        <translation>Nach 1 Schritt</translation>
    </message>
    <message>
        <source>After {count} steps</source>
        <translation>Nach {count} Schritten</translation>
    </message>
    <message>
        <source> It is fitting this one drawing: step on and it will be sure of it, whatever it learned before.</source>
        <translation> Es passt sich an diese eine Zeichnung an: Mach weiter, und es wird sich ihrer sicher sein, ganz gleich, was es vorher gelernt hat.</translation>
    </message>
    <message>
        <source>{steps} on the copy: p&lt;sub&gt;{digit}&lt;/sub&gt; {before:.1%} → &lt;b&gt;{after:.1%}&lt;/b&gt; · loss {before_loss:.4f} → &lt;b&gt;{loss:.4f}&lt;/b&gt;.{note} Reset goes back to the saved model.</source>
        <translation>{steps} auf der Kopie: p&lt;sub&gt;{digit}&lt;/sub&gt; {before:.1%} → &lt;b&gt;{after:.1%}&lt;/b&gt; · Verlust {before_loss:.4f} → &lt;b&gt;{loss:.4f}&lt;/b&gt;.{note} „Zurücksetzen“ kehrt zum gespeicherten Modell zurück.</translation>
    </message>
</context>
<context>
    <name>ThemedFigure</name>
    <message>
        <source>Drawing a chart</source>
        <translation>Zeichnen eines Diagramms</translation>
    </message>
    <message>
        <source>Saving the figure</source>
        <translation>Speichern der Abbildung</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Save figure…</source>
        <translation>Abbildung speichern…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Datei speichern</translation>
    </message>
</context>
<context>
    <name>TinyBackprop</name>
    <message>
        <source>the class must be 0 to {last}</source>
        <translation>die Klasse muss 0 bis {last} sein</translation>
    </message>
    <message>
        <source>binary cross-entropy reads the one output as a probability: give the output layer the sigmoid activation</source>
        <translation>die binäre Kreuzentropie liest die eine Ausgabe als Wahrscheinlichkeit: Gib der Ausgabeschicht die Sigmoid-Aktivierung</translation>
    </message>
</context>
<context>
    <name>TinyDiagram</name>
    <message>
        <source>Diagram of the tiny network</source>
        <translation>Diagramm des kleinen Netzes</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the loss became NaN or infinite at epoch {epoch}, batch {batch}: training diverged (try a lower learning rate); nothing was saved</source>
        <translation>der Verlust wurde in Epoche {epoch}, Batch {batch} NaN oder unendlich: Das Training ist divergiert (versuche eine kleinere Lernrate); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the loss became NaN or infinite at epoch {epoch}: training diverged (try a lower learning rate); nothing was saved</source>
        <translation>der Verlust wurde in Epoche {epoch} NaN oder unendlich: Das Training ist divergiert (versuche eine kleinere Lernrate); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Loading {source}…</source>
        <translation>{source} wird geladen…</translation>
    </message>
    <message>
        <source>cannot continue from it: its layer {layer!r} does not match the {network} network of this version of digitgui</source>
        <translation>kann nicht darauf aufbauen: Seine Schicht {layer!r} passt nicht zum Netz {network} dieser Version von digitgui</translation>
    </message>
    <message>
        <source>cannot continue from it: it records no network design</source>
        <translation>kann nicht darauf aufbauen: Es verzeichnet keinen Netzentwurf</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>Vor dem Beginn des Trainings angehalten; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Starting TensorFlow…</source>
        <translation>TensorFlow wird gestartet…</translation>
    </message>
    <message>
        <source>Network {name}: {summary} ({count:,} parameters)</source>
        <translation>Netz {name}: {summary} ({count:,} Parameter)</translation>
    </message>
    <message>
        <source>Stopped before the first epoch finished; nothing was saved.</source>
        <translation>Vor dem Ende der ersten Epoche angehalten; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saving the model…</source>
        <translation>Das Modell wird gespeichert…</translation>
    </message>
    <message>
        <source>Stopped after {epochs} epochs; kept the best finished epoch ({best}).</source>
        <translation>Nach {epochs} Epochen angehalten; die beste fertige Epoche ({best}) wurde behalten.</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>The 5,000 MNIST images that ship with digitgui.</source>
        <translation>Die 5&#x202f;000 MNIST-Bilder, die mit digitgui geliefert werden.</translation>
    </message>
    <message>
        <source>The 60,000 training images of MNIST, downloaded once into Keras&apos; cache the first time they are used.</source>
        <translation>Die 60&#x202f;000 Trainingsbilder von MNIST, beim ersten Gebrauch einmal in den Cache von Keras heruntergeladen.</translation>
    </message>
    <message>
        <source>Your own digits: image folders laid out as 0/ … 9/, or .npz files with arrays x (N, 28, 28) and y (N,).</source>
        <translation>Deine eigenen Ziffern: Bildordner, aufgeteilt in 0/ … 9/, oder .npz-Dateien mit den Arrays x (N, 28, 28) und y (N,).</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add .npz…</source>
        <translation>.npz hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Handwriting augmentation</source>
        <translation>Handschrift-Augmentierung</translation>
    </message>
    <message>
        <source>Randomly slant, rotate, zoom, shift and wobble the images while training, so the network copes with more kinds of handwriting.</source>
        <translation>Die Bilder beim Training zufällig neigen, drehen, zoomen, verschieben und verwackeln, damit das Netz mit mehr Arten von Handschrift zurechtkommt.</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Keep a trainer ready</source>
        <translation>Trainer bereithalten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Your own digits:</source>
        <translation>Deine eigenen Ziffern:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> (not found)</source>
        <translation> (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>TrainingInsideView</name>
    <message>
        <source>Colouring the first layer&apos;s weights</source>
        <translation>Einfärben der Gewichte der ersten Schicht</translation>
    </message>
    <message>
        <source>What the first layer learns</source>
        <translation>Was die erste Schicht lernt</translation>
    </message>
    <message>
        <source>How many of the layer&apos;s neurons to show</source>
        <translation>Wie viele Neuronen der Schicht gezeigt werden</translation>
    </message>
    <message>
        <source>Each tile is one neuron&apos;s weights on the 28×28 pixels (or one small filter): blue pixels push the neuron up, orange ones down. Random at first, they become strokes and blobs as the network learns.</source>
        <translation>Jede Kachel sind die Gewichte eines Neurons auf den 28×28 Pixeln (oder ein kleiner Filter): Blaue Pixel drücken das Neuron nach oben, orange nach unten. Zuerst zufällig, werden daraus Striche und Flecken, während das Netz lernt.</translation>
    </message>
    <message>
        <source>Replay epoch</source>
        <translation>Epoche wiedergeben</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>Epoche –</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step through the epochs from the start</source>
        <translation>Die Epochen von Anfang an durchgehen</translation>
    </message>
    <message>
        <source>Replay the active model</source>
        <translation>Training wiedergeben</translation>
    </message>
    <message>
        <source>Change in this epoch</source>
        <translation>Änderung in dieser Epoche</translation>
    </message>
    <message>
        <source>The first layer&apos;s weights appear here
as the network trains</source>
        <translation>Die Gewichte der ersten Schicht erscheinen hier,
während das Netz trainiert</translation>
    </message>
    <message>
        <source>“{name}”: {count} recorded epochs</source>
        <translation>„{name}“: {count} aufgezeichnete Epochen</translation>
    </message>
    <message>
        <source>; the saved weights are epoch {best_epoch}&apos;s</source>
        <translation>; die gespeicherten Gewichte sind die von Epoche {best_epoch}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epoch2}</source>
        <translation>Epoche {epoch} von {epoch2}</translation>
    </message>
    <message>
        <source>Before training</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <source>All {n}</source>
        <translation>Alle {n}</translation>
    </message>
    <message>
        <source>The first {n}</source>
        <translation>Die ersten {n}</translation>
    </message>
    <message>
        <source>Weights: orange −{scale:.2g} … blue +{scale:.2g}</source>
        <translation>Gewichte: orange −{scale:.2g} … blau +{scale:.2g}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Reading the model&apos;s replay</source>
        <translation>Lesen der Wiedergabe des Modells</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>End after the current batch and keep the best finished epoch.</source>
        <translation>Nach dem aktuellen Batch beenden und die beste fertige Epoche behalten.</translation>
    </message>
    <message>
        <source>No model is active.</source>
        <translation>Kein Modell ist aktiv.</translation>
    </message>
    <message>
        <source>Replay how “{name}” was trained, epoch by epoch.</source>
        <translation>Wiedergeben, wie „{name}“ trainiert wurde, Epoche für Epoche.</translation>
    </message>
    <message>
        <source>“{name}” has no replay: it was trained before digitgui recorded runs. A model you train now can be replayed.</source>
        <translation>„{name}“ hat keine Wiedergabe: Es wurde trainiert, bevor digitgui Läufe aufgezeichnet hat. Ein Modell, das du jetzt trainierst, lässt sich wiedergeben.</translation>
    </message>
    <message>
        <source>Replaying how “{name}” was trained: move the slider to go through its epochs.</source>
        <translation>Wiedergabe, wie „{name}“ trainiert wurde: Bewege den Schieberegler, um durch seine Epochen zu gehen.</translation>
    </message>
    <message>
        <source>Cannot replay: {message}</source>
        <translation>Wiedergabe nicht möglich: {message}</translation>
    </message>
    <message>
        <source>Choose at least one source of training data.</source>
        <translation>Wähle mindestens eine Quelle für Trainingsdaten.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>Der Trainingsprozess wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Halt nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>Epoch 1/{epochs} · batch 0/{steps}</source>
        <translation>Epoche 1/{epochs} · Batch 0/{steps}</translation>
    </message>
    <message>
        <source>Training {network} on {train} images ({validation} held out for validation).</source>
        <translation>{network} wird auf {train} Bildern trainiert ({validation} zur Validierung zurückgehalten).</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>das Netz</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {step}/{steps}</source>
        <translation>Epoche {epoch}/{epochs} · Batch {step}/{steps}</translation>
    </message>
    <message>
        <source> · about {duration_text} left</source>
        <translation> · noch etwa {duration_text}</translation>
    </message>
    <message>
        <source>Epoch {event}: validation accuracy {value:.1f} %</source>
        <translation>Epoche {event}: Validierungsgenauigkeit {value:.1f} %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Training failed: {message}</source>
        <translation>Training fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source> Saved as “{value}”.</source>
        <translation> Gespeichert als „{value}“.</translation>
    </message>
</context>
<context>
    <name>TrainingPlot</name>
    <message>
        <source>Drawing the training curves</source>
        <translation>Zeichnen der Trainingskurven</translation>
    </message>
    <message>
        <source>Saving the figure</source>
        <translation>Speichern der Abbildung</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Save figure…</source>
        <translation>Abbildung speichern…</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>Loss and accuracy while training: falling loss and rising accuracy mean the network is learning; validation curves that turn back mean it has started to memorise the training images.</source>
        <translation>Verlust und Genauigkeit beim Training: Fallender Verlust und steigende Genauigkeit bedeuten, dass das Netz lernt; Validierungskurven, die umkehren, bedeuten, dass es begonnen hat, die Trainingsbilder auswendig zu lernen.</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>The training process could not start ({reason}).</source>
        <translation>Der Trainingsprozess konnte nicht starten ({reason}).</translation>
    </message>
    <message>
        <source> Its last output:
{last}</source>
        <translation> Seine letzte Ausgabe:
{last}</translation>
    </message>
    <message>
        <source>was killed on request</source>
        <translation>wurde auf Wunsch beendet</translation>
    </message>
    <message>
        <source>was killed by {signal_name} (signal {signal_number})</source>
        <translation>wurde durch {signal_name} beendet (Signal {signal_number})</translation>
    </message>
    <message>
        <source>ended with exit status {exit_code}</source>
        <translation>endete mit dem Exit-Status {exit_code}</translation>
    </message>
    <message>
        <source>ended without reporting a result</source>
        <translation>endete, ohne ein Ergebnis zu melden</translation>
    </message>
    <message>
        <source>The training process {how} before it finished.{detail}</source>
        <translation>Der Trainingsprozess {how}, bevor er fertig war.{detail}</translation>
    </message>
</context>
<context>
    <name>UnitLabel</name>
    <message>
        <source>P(digit {digit})</source>
        <translation>P(Ziffer {digit})</translation>
    </message>
    <message>
        <source>pixel ({row}, {col})</source>
        <translation>Pixel ({row}, {col})</translation>
    </message>
    <message>
        <source>{name} map {channel} at ({row}, {col})</source>
        <translation>{name} Merkmalskarte {channel} bei ({row}, {col})</translation>
    </message>
    <message>
        <source>logit of digit {digit}</source>
        <translation>Logit der Ziffer {digit}</translation>
    </message>
    <message>
        <source>{name} #{index}</source>
        <translation>{name} Nr. {index}</translation>
    </message>
    <message>
        <source>padding (0) beyond the edge</source>
        <translation>Auffüllung (0) jenseits des Rands</translation>
    </message>
</context>
<context>
    <name>WeightsMosaic</name>
    <message>
        <source>The first layer&apos;s weights appear here
after the first epoch</source>
        <translation>Die Gewichte der ersten Schicht erscheinen hier
nach der ersten Epoche</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Training starts at once: a trainer waits in the background with TensorFlow loaded. While it waits it holds about {memory} MB of memory; it is let go after {minutes} minutes unused.</source>
        <translation>Das Training beginnt sofort: Ein Trainer wartet im Hintergrund mit geladenem TensorFlow. Während er wartet, belegt er etwa {memory} MB Speicher; nach {minutes} Minuten ohne Nutzung wird er freigegeben.</translation>
    </message>
    <message>
        <source>Add a folder of digit images (0/ … 9/)</source>
        <translation>Einen Ordner mit Ziffernbildern hinzufügen (0/ … 9/)</translation>
    </message>
    <message>
        <source>Add .npz files of digits</source>
        <translation>.npz-Dateien mit Ziffern hinzufügen</translation>
    </message>
    <message>
        <source>Digit arrays (*.npz);;All files (*)</source>
        <translation>Ziffern-Arrays (*.npz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Full MNIST (60,000 images, downloaded)</source>
        <translation>Volles MNIST (60&#x202f;000 Bilder, heruntergeladen)</translation>
    </message>
    <message>
        <source>Full MNIST (60,000 images; will be downloaded, 11 MB)</source>
        <translation>Volles MNIST (60&#x202f;000 Bilder; wird heruntergeladen, 11 MB)</translation>
    </message>
    <message>
        <source>{value} min</source>
        <translation>{value} min</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>holds no images to evaluate on</source>
        <translation>enthält keine Bilder zum Auswerten</translation>
    </message>
    <message>
        <source>{spec}: cannot evaluate on this ({name}: {exc})</source>
        <translation>{spec}: Darauf kann nicht ausgewertet werden ({name}: {exc})</translation>
    </message>
</context>
<context>
    <name>_Job</name>
    <message>
        <source>{what} failed ({name}: {exc})</source>
        <translation>{what} fehlgeschlagen ({name}: {exc})</translation>
    </message>
</context>
</TS>
