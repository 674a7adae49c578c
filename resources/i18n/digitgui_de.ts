<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../digitgui/ui/app.py" line="45"/>
        <source>Something went wrong: {value}. Details were written to the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Artists</name>
    <message>
        <location filename="../../digitgui/ui/training/chart.py" line="49"/>
        <source>training loss (batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/chart.py" line="50"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/chart.py" line="52"/>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/chart.py" line="57"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/chart.py" line="59"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/chart.py" line="74"/>
        <source>The loss curves appear here
while a network trains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropChart</name>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_chart.py" line="15"/>
        <source>Press Step or Run 100 steps: the loss after each step is drawn here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropDiagram</name>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_diagram.py" line="28"/>
        <source>class {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_diagram.py" line="31"/>
        <source>squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_diagram.py" line="41"/>
        <source>Diagram of the tiny network with its gradients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="39"/>
        <source>Learning is moving every weight and bias a little in the direction that makes the loss L smaller. Backpropagation finds that direction with the chain rule, from the loss back to the first layer: each neuron&apos;s δ = ∂L/∂a · g′(z), then ∂L/∂w = δ · (the weight&apos;s input) and ∂L/∂b = δ. Same network as Forward propagation: edit it there or here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="47"/>
        <source>&lt;b&gt;The loss went up&lt;/b&gt; at {ups} of these steps: with η = {rate} each step overshoots, jumping past the bottom of the valley to a point higher up the other side. Make the learning rate smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="51"/>
        <source>To feel a learning rate that is too large: squared error, target y = 0.5, η = 50, then Run 100 steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropagationPanel</name>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="98"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="99"/>
        <source>One step of gradient descent: w ← w − η ∂L/∂w for every weight and bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="102"/>
        <source>Run {RUN_STEPS} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="104"/>
        <source>{RUN_STEPS} steps of gradient descent; the chart shows the loss after each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="108"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="109"/>
        <source>Back to the weights before your first step; the chart starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="119"/>
        <source>Last step: every weight and bias moves downhill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="133"/>
        <source>learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="140"/>
        <source>The chain rule, in the order the gradient flows back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="153"/>
        <source>&lt;span style=&apos;color:{muted}&apos;&gt;In &lt;span style=&apos;color:{warning}&apos;&gt;orange&lt;/span&gt;, each gradient where it lives: ∂L/∂w on its edge, under the weight; ∂L/∂a, g′(z) and δ = ∂L/∂b by the neuron; the loss on the right.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="230"/>
        <source> (stopped after {value}: the loss blew up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="233"/>
        <source>Loss L after {value} steps{stopped}: {number} → &lt;b&gt;{number2}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="296"/>
        <source>&lt;span style=&apos;color:{warning}&apos;&gt;{upper}{message}.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="306"/>
        <source>&lt;b&gt;The loss&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;(how far the output is from the target)&lt;/span&gt;&lt;br&gt;{loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="315"/>
        <source>output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="317"/>
        <source>back through </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="319"/>
        <source>the weights of layer {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_panel.py" line="321"/>
        <source>&lt;p style=&apos;margin-top:6px&apos;&gt;&lt;b&gt;Layer {value}&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;({role})&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../digitgui/ui/notices.py" line="50"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeAfterBars</name>
    <message>
        <location filename="../../digitgui/ui/inside/teach_bars.py" line="115"/>
        <source>Probabilities before and after the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_bars.py" line="116"/>
        <source>Grey: the saved model. Blue: the copy after the gradient-descent steps. Softmax of the logits at temperature 1, as the loss reads them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasPanel</name>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="29"/>
        <source>&amp;Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="32"/>
        <source>&amp;Redo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="39"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="40"/>
        <source>Clear the sheet (Esc, or Delete on the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="50"/>
        <source>&amp;Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="53"/>
        <source>&amp;Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="66"/>
        <location filename="../../digitgui/ui/canvas_panel.py" line="67"/>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="76"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas_panel.py" line="86"/>
        <source>Drawing hints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/confusion.py" line="51"/>
        <location filename="../../digitgui/ui/evaluation/confusion.py" line="86"/>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/confusion.py" line="52"/>
        <source>Rows: the true digit; columns: what the network read. The diagonal counts the right answers, every other cell a kind of mistake. Click a cell to see its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/confusion.py" line="80"/>
        <source>predicted digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/confusion.py" line="81"/>
        <source>true digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/confusion.py" line="87"/>
        <source>Evaluate a set to see
which digits are read as which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/confusion.py" line="91"/>
        <source>Confusion matrix · click a cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="198"/>
        <source>Could not save the sample: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="38"/>
        <source>Embedded MNIST subset (5,000 images)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="8"/>
        <source>no activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="20"/>
        <source>{channels} {maps} of {height}×{width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="23"/>
        <source>{shape:,} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="30"/>
        <source>Input · the 28×28 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="32"/>
        <source>10 logits, one per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="33"/>
        <source>{get} neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="39"/>
        <source>Conv2D · {get} filters {kh}×{kw}{extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="46"/>
        <source>{class_name} · training only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="49"/>
        <source>Softmax · probabilities (added when predicting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="58"/>
        <source> · {params:,} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="65"/>
        <source>each of the {split} {what} reads all {inputs:,} inputs: z = w·x{bias}, a = {g}{counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="71"/>
        <source>{shape}: each value is a weighted sum of a {kh}×{kw}×{channels} patch{counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="76"/>
        <source>{shape}: y = γ·(x − μ)/√(σ² + ε) + β per channel{counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="82"/>
        <source>{shape}: the largest value of each window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="86"/>
        <source>{before} laid out as {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="89"/>
        <source>passes its input on unchanged when predicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="93"/>
        <source>p_j = e^(z_j/T) / Σ e^(z_k/T) with T = {temperature:.2f} (the model&apos;s calibration): ten probabilities that add up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="97"/>
        <source>p_j = e^z_j / Σ e^z_k: ten probabilities that add up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/describe.py" line="99"/>
        <source>784 brightness values, 0 paper to 1 ink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="19"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="19"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="20"/>
        <source>My handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="20"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="21"/>
        <source>Inside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="22"/>
        <source>Teach it this digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="23"/>
        <source>Forward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="24"/>
        <source>Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="24"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../digitgui/ui/canvas.py" line="92"/>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/canvas.py" line="93"/>
        <source>Draw a digit here: mouse, pen or finger. Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="39"/>
        <source>“Flagged” answers admit doubt: “not sure” or “not a digit”. A good model flags most of its misreads and few of its right answers. The calibration error (ECE) is how far its confidence is from how often it is right, on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="47"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="48"/>
        <source>{count:,} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="53"/>
        <source>no {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="54"/>
        <source>{value:.1f} % of {of:,} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="61"/>
        <source>Flagged: {share}, {share2} · calibration error (ECE) {value:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="64"/>
        <source>misreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="66"/>
        <source>right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="69"/>
        <source> · “not a digit” for {value:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="91"/>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="306"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="92"/>
        <source>Measure the active model on the chosen set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="100"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="101"/>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="187"/>
        <source>Choose a set and press Evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="114"/>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="300"/>
        <source>Misread images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="116"/>
        <source>All mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="117"/>
        <source>Show every misread image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="183"/>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="198"/>
        <source>No active model to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="205"/>
        <source>Evaluating {name} on {describe_set}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="232"/>
        <source>No image was misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="233"/>
        <source>Misread images ({total:,}{capped}), most confident first. Click one to put it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="245"/>
        <source>read right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="246"/>
        <source>read as {predicted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="248"/>
        <source>{capitalize} of a {true} {what}{capped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="262"/>
        <source>of {images} in {describe_set} · {wrong:,} misread · model {name} · {seconds:.1f} s
{honesty_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="274"/>
        <source>{name} reads {value:.2f} % of {images} in {describe_set} right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="283"/>
        <source>Nothing evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="305"/>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/panel.py" line="311"/>
        <source>; the first {MAX_ITEMS} shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="26"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="27"/>
        <source>A layer is a row of neurons that all read the same inputs: the outputs of the layer before (the first layer reads the 784 pixels). Each neuron turns them into one number, its activation; together they are what the next layer reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="31"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="32"/>
        <source>A weight says how much one input counts for one neuron. A large positive weight lets that input push the neuron up, a negative one pushes it down, a weight near zero ignores it. Training is adjusting the weights (and biases) until the answers are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="37"/>
        <source>Biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="38"/>
        <source>The bias b is the neuron&apos;s own number, added to the weighted sum: z = w·x + b. It moves the point where the neuron switches on, whatever the inputs are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="41"/>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="42"/>
        <source>The activation function g turns the weighted sum into the neuron&apos;s output, a = g(z). It is the only part of a neuron that is not a straight line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="45"/>
        <source>Why non-linear activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="46"/>
        <source>Without them every layer computes W·x + b, and a linear function of a linear function is still linear: W&lt;sub&gt;2&lt;/sub&gt;(W&lt;sub&gt;1&lt;/sub&gt;x + b&lt;sub&gt;1&lt;/sub&gt;) + b&lt;sub&gt;2&lt;/sub&gt; = (W&lt;sub&gt;2&lt;/sub&gt;W&lt;sub&gt;1&lt;/sub&gt;)x + (W&lt;sub&gt;2&lt;/sub&gt;b&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;). However many layers you stack, the network would be one linear model, able to split the digits only with flat boundaries. A non-linearity between layers lets it bend and combine them into the curved boundaries that handwriting needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="54"/>
        <source>ReLU or sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="55"/>
        <source>ReLU(z) = max(0, z): zero for negative z, z itself above. It is cheap, and where a neuron is active its slope is 1, so the learning signal passes through many layers undiminished: the usual choice for hidden layers. Sigmoid σ(z) = 1/(1 + e&lt;sup&gt;−z&lt;/sup&gt;) squeezes any z into (0, 1) and reads like a probability, but for large |z| its slope σ′(z) = σ(z)(1 − σ(z)) is almost 0, which slows learning in deep networks (vanishing gradients); it suits a single yes/no output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="62"/>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="63"/>
        <source>Softmax turns the ten logits z&lt;sub&gt;0&lt;/sub&gt;…z&lt;sub&gt;9&lt;/sub&gt; into probabilities: p&lt;sub&gt;j&lt;/sub&gt; = exp(z&lt;sub&gt;j&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(z&lt;sub&gt;k&lt;/sub&gt;). Each is between 0 and 1 and together they add up to 1. The largest logit gets the largest probability, and only differences between logits matter: one logit 1 higher than another is e ≈ 2.7 times as probable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="69"/>
        <source>The loss: how wrong, in one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="70"/>
        <source>To learn, a network must know how wrong it is, as one number: the loss L. The course starts from the squared error L = ½(a − y)&lt;sup&gt;2&lt;/sup&gt;, y being the target: 0 when the output a is right, growing quickly as it moves away (with several outputs, the squared errors are added). For classes, cross-entropy L = −ln p&lt;sub&gt;y&lt;/sub&gt;, p&lt;sub&gt;y&lt;/sub&gt; being the probability the network gives the right class, punishes being sure and wrong hardest. Learning is making L small, on average over the training images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="78"/>
        <source>Cross-entropy loss and from_logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="79"/>
        <source>Training measures how wrong the network is with the cross-entropy loss, −ln p, where p is the probability it gives the right digit: 0 when it is sure and right, large when it is sure and wrong. The output layer is linear (it gives logits, not probabilities) and the loss is SparseCategoricalCrossentropy(from_logits=True): the loss applies softmax itself, in one combined, numerically stable step (log-softmax), so probabilities rounded to 0 or 1 never make ln 0. When predicting, softmax is applied to the logits to show you probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="88"/>
        <source>Backpropagation: the chain rule, backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="89"/>
        <source>Which way should each weight move to lower the loss? Its slope ∂L/∂w says how much L changes when w changes a little. Backpropagation finds every slope in one pass with the chain rule, from the loss backwards. At an output neuron, ∂L/∂a (for the squared error, a − y) times the slope of its activation, g′(z) (for sigmoid, σ′(z) = a(1 − a)), is the neuron&apos;s error δ = ∂L/∂a · g′(z). A weight&apos;s slope is δ times the input it multiplies, ∂L/∂w = δ · a&lt;sub&gt;prev&lt;/sub&gt;, and ∂L/∂b = δ. Each neuron of the layer before gets its ∂L/∂a back through the same weights, Σ w·δ, and so on to the first layer. A backward pass costs about as much as a forward pass, however many weights there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="99"/>
        <source>Gradient descent and the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="101"/>
        <source>Each step moves every weight and bias a little downhill, against its slope: w ← w − η·∂L/∂w. The learning rate η sets how far. In the course&apos;s example, ∂L/∂w&lt;sub&gt;2&lt;/sub&gt; = −0.0465 and η = 0.5 move w&lt;sub&gt;2&lt;/sub&gt; to 0.25 − 0.5&amp;nbsp;×&amp;nbsp;(−0.0465) = 0.2733, and the loss falls from 0.0588 to 0.0548. Too small a learning rate and learning crawls; too large and each step jumps past the bottom of the valley to a point higher up the other side, so the loss bounces or grows instead of falling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="109"/>
        <source>Epochs, batches and the loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="110"/>
        <source>Training does not look at all images at once. It takes a batch (say 32 images), computes their loss and moves every weight a little downhill: one step of gradient descent. An epoch is one pass over all training images: 4,500 images in batches of 32 are 141 steps. The loss curve shows the loss falling: batch by batch (noisy, each batch is different) and as the average of each epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="116"/>
        <source>Batches: noisy steps, a smoother epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="117"/>
        <source>The loss to make small is the average over all training images, but working out its gradient on all of them for every step would be slow. So each step uses one batch: its gradient is an estimate of the whole one, pointing roughly downhill but noisy, because every batch has its own mix of digits and handwriting, and a step that helps this batch may hurt the next. That is why the loss of each batch zigzags. Averaged over an epoch, every image once, the batches&apos; differences largely cancel, so the epoch&apos;s average loss falls smoothly. Larger batches give smoother but fewer steps per epoch; a little noise even helps, shaking training out of poor spots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="127"/>
        <source>Overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="128"/>
        <source>The validation curve is measured on images the network never trains on. While both curves fall, it is learning what generalises. When the training loss keeps falling but the validation loss stalls or rises, it is memorising its training images: overfitting. More data, augmentation, dropout or a smaller network help; digitgui also keeps the epoch with the lowest validation loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="138"/>
        <source>Build a tiny network in Forward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="140"/>
        <source>Change a weight in Forward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="142"/>
        <source>Change a bias in Forward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="144"/>
        <source>Try each activation in Forward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="146"/>
        <source>Make every layer linear in Forward propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="148"/>
        <source>See the probabilities in Inside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="150"/>
        <source>Choose a loss and a target in Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="152"/>
        <source>Watch the loss fall in Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="154"/>
        <source>Every step with its numbers in Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="156"/>
        <source>The gradient for your own drawing in Teach it this digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="158"/>
        <source>Step, and try a learning rate too large, in Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="160"/>
        <source>Train a network in Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="161"/>
        <source>Compare the batch and epoch curves in Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="163"/>
        <source>Watch the validation curve in Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="207"/>
        <source>The seed network, 784 → 25 → 15 → 10, step by step. The 28×28 picture is flattened into 784 numbers x&lt;sub&gt;1&lt;/sub&gt;…x&lt;sub&gt;784&lt;/sub&gt; (0 paper, 1 ink). Each of the 25 neurons of hidden_1 computes z = w·x + b with its own 784 weights and bias, then a = ReLU(z): 25 × 784 + 25 = 19,625 parameters. Each neuron&apos;s 784 weights make a 28×28 picture (click one in hidden_1): blue where ink raises z, orange where ink lowers it. hidden_2&apos;s 15 neurons each read those 25 outputs (15 × 25 + 15 = 390 parameters); the output layer&apos;s 10 neurons read the 15 (10 × 15 + 10 = 160) and give ten logits, one per digit, with no activation. Softmax turns them into the probabilities you see. 20,175 numbers in all, every one learnt from examples. Train it yourself: in the Training panel, choose the network “seed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="223"/>
        <source>How many images each step of training looks at before it adjusts the weights. Smaller batches: more, noisier steps per epoch; larger: fewer, smoother steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="232"/>
        <source>The drawing as the network sees it: 28×28 brightness values, 0 paper to 1 ink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="235"/>
        <source>Active only while training (it varies the training images or drops random values so that the network cannot rely on any one of them). When predicting it passes its input on unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="240"/>
        <source>Lays the values out in one row, so that a Dense layer can read them: the same numbers, in a new order. No weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="243"/>
        <source>Every neuron reads every input: z = w·x + b with its own weights w and bias b, then a = g(z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="247"/>
        <source>A convolution slides small 3×3 filters over its input: each output value is a weighted sum z = w·x (+ b) of the 3×3 patch under the filter (across all input maps). One filter, slid everywhere, makes one feature map: bright where its pattern (an edge, a curve) appears in the drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="253"/>
        <source>Batch normalisation rescales each channel with statistics learnt in training: y = γ·(x − μ)/√(σ² + ε) + β. It keeps values in a range where learning works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="257"/>
        <source>ReLU: a = max(0, x). Negative values become 0; positive ones pass unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="259"/>
        <source>Applies an activation function to each value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="262"/>
        <source>Max pooling keeps the largest value of each 2×2 window: the map halves in each direction, and a feature counts wherever it is within the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="280"/>
        <source>&lt;h4&gt;The seed network&lt;/h4&gt;&lt;p&gt;{walkthrough}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationsPanel</name>
    <message>
        <location filename="../../digitgui/ui/inside/explanations.py" line="311"/>
        <source>How neural networks work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureFiles</name>
    <message>
        <location filename="../../digitgui/ui/figure_files.py" line="22"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/figure_files.py" line="30"/>
        <source>Save figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/figure_files.py" line="44"/>
        <source>{name}: save a figure as .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/figure_files.py" line="57"/>
        <source>{path}: cannot save ({value})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FineTuneReportDialog</name>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="53"/>
        <source>Trained on your handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="56"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="57"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="58"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="71"/>
        <source>Keep “{new_name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="74"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="79"/>
        <source>Accuracy of the old and the new model on images neither of them trained on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardPanel</name>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="43"/>
        <source>Each neuron multiplies its inputs by its weights, adds its bias, z = w·x + b, and passes z through its activation, a = g(z). The next layer&apos;s inputs are these a&apos;s. Change any number and watch every step follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="49"/>
        <source>&lt;p&gt;&lt;b&gt;Comparing with the course notes?&lt;/b&gt; They print a&lt;sub&gt;2&lt;/sub&gt; ≈ 0.7153, but σ(z&lt;sub&gt;2&lt;/sub&gt;) = σ(0.6506) = 0.6571. 0.7153 is σ(0.9210), what w&lt;sub&gt;2&lt;/sub&gt; = 0.45 and b&lt;sub&gt;2&lt;/sub&gt; = 0.65 would give: a slip in the notes. z&lt;sub&gt;2&lt;/sub&gt; follows from the weights, so 0.6571 is right.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="110"/>
        <source>{a} = {z} = &lt;b&gt;{a2:.4f}&lt;/b&gt; (linear: no activation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardPropagationPanel</name>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="151"/>
        <source>How many inputs x the network has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="154"/>
        <source>Neurons in this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="157"/>
        <source>Course example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="158"/>
        <source>x1 = 0.1, w1 = 0.15, b1 = 0.4, w2 = 0.25, b2 = 0.5, sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="162"/>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="275"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="163"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="165"/>
        <source>Neurons in layer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="167"/>
        <source>in layer 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="278"/>
        <source>An input value: for a picture, one pixel&apos;s brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="292"/>
        <source>Layer {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="303"/>
        <source>activation g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="342"/>
        <source>&lt;b&gt;Layer {value}&lt;/b&gt; &lt;span style=&apos;color:{muted}&apos;&gt;({ACTIVATION_LABELS})&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="375"/>
        <source>&lt;p&gt;&lt;b&gt;Every layer is linear&lt;/b&gt;, so the whole network is one linear function: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/forward_panel.py" line="377"/>
        <source>. Stacking the layers added nothing: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/gallery.py" line="34"/>
        <source>true {true} → read {predicted}
({percent})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientSizeBars</name>
    <message>
        <location filename="../../digitgui/ui/inside/teach_bars.py" line="176"/>
        <source>Gradient size at each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_bars.py" line="192"/>
        <source>{name}: ‖∂L/∂θ‖ = {gradient:.3g}, ‖θ‖ = {weights:.3g}, error reaching it ‖∂L/∂out‖ = {signal:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandwritingController</name>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="44"/>
        <source>comparing the new model with the old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="51"/>
        <source>saving the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="55"/>
        <source>keeping or discarding the new model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="75"/>
        <location filename="../../digitgui/ui/samples/controller.py" line="113"/>
        <source>Draw a digit first: there is nothing on the canvas to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="96"/>
        <source>read right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="97"/>
        <source>read as {read}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="99"/>
        <source>Saved as a {digit} ({verdict}); {count} of them so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="123"/>
        <source>Save at least {MIN_SAMPLES} samples first (about 30 of each digit works best).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="131"/>
        <source>The active model cannot be trained further: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="136"/>
        <source>A training run is going: stop it or wait for it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="143"/>
        <source>Training “{name}” on your handwriting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="162"/>
        <source>Comparing the new model with the old one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="181"/>
        <source>“{name}” is now the active model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/controller.py" line="184"/>
        <source>Discarded the new model; the old one stays active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/gallery.py" line="80"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/gallery.py" line="81"/>
        <source>Click an image to put it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/gallery.py" line="113"/>
        <source>Image {value} of the set: a {true}, read as {read} ({percent} sure). Click to put it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPreview</name>
    <message>
        <location filename="../../digitgui/ui/input_preview.py" line="22"/>
        <source>What the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/input_preview.py" line="24"/>
        <source>What the network sees: your drawing cropped to its ink, scaled to 20 pixels, and centred by its centre of mass in a 28x28 grid, as MNIST&apos;s digits were made. Each of these 784 pixels is one input of the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsideNetworkView</name>
    <message>
        <location filename="../../digitgui/ui/inside/view.py" line="90"/>
        <location filename="../../digitgui/ui/inside/view.py" line="125"/>
        <source>Inside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/view.py" line="94"/>
        <location filename="../../digitgui/ui/inside/view.py" line="176"/>
        <location filename="../../digitgui/ui/inside/view.py" line="211"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/view.py" line="181"/>
        <source>Loading &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/view.py" line="198"/>
        <source>Draw a digit to see every layer at work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/view.py" line="210"/>
        <source>Model: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/view.py" line="233"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({network}) · {count} layers · {params:,} parameters · colours: &lt;span style=&apos;color:{validation}&apos;&gt;■&lt;/span&gt; below zero, &lt;span style=&apos;color:{accent}&apos;&gt;■&lt;/span&gt; above (each layer on its own scale) · hover to explain, click to look closer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="44"/>
        <source>Replay the active model&apos;s training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="75"/>
        <source>First layer, &lt;b&gt;{layer}&lt;/b&gt;: {units} filters of {height}×{width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="78"/>
        <source>First layer, &lt;b&gt;{layer}&lt;/b&gt;: {units} neurons × {value} weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../digitgui/ui/i18n.py" line="109"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/i18n.py" line="112"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/i18n.py" line="123"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/i18n.py" line="123"/>
        <source>The new language takes effect when digitgui starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerCard</name>
    <message>
        <location filename="../../digitgui/ui/inside/layer_card.py" line="67"/>
        <source>The output layer: ten neurons, one per digit, with no activation. Their outputs are logits, any real numbers; softmax turns them into probabilities when predicting, and the loss applies it itself while training (from_logits=True).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerChangeBars</name>
    <message>
        <location filename="../../digitgui/ui/training/change_bars.py" line="36"/>
        <source>How much each layer&apos;s weights changed in this epoch, relative to their size: ‖W after − W before‖ / ‖W before‖. Big steps early, small ones as training settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/change_bars.py" line="60"/>
        <source>Each layer&apos;s change
per epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyDock</name>
    <message>
        <location filename="../../digitgui/ui/docks.py" line="46"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_chart.py" line="37"/>
        <source>Loss against steps of gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_chart.py" line="58"/>
        <source>Loss L against steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digitgui/ui/drawing_files.py" line="19"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/drawing_files.py" line="32"/>
        <source>{path}: cannot save ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="94"/>
        <source>Reading the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="97"/>
        <source>Saving the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="100"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="176"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="177"/>
        <source>&amp;Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="179"/>
        <source>&amp;Save drawing as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="187"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="194"/>
        <source>Save as a &amp;sample of what it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="197"/>
        <source>Keep the drawing as a sample of the digit the network reads (press a digit key instead to say it is another digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="214"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="215"/>
        <source>&amp;About digitgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="247"/>
        <source>Model: {name} ({network}){detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="257"/>
        <source>Model: loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="274"/>
        <source>Trained “{name}”{figure}. It is selected in Models, where Use makes it the active model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="307"/>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="310"/>
        <source>Open an image of a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="325"/>
        <source>Save the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="326"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="340"/>
        <source>Only files can be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="346"/>
        <source>About digitgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="367"/>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="368"/>
        <source>A network is still training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="369"/>
        <source>Stop it and keep the best epoch so far as a model (marked “stopped” in Models), or discard the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="372"/>
        <source>Stop and keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/main_window.py" line="374"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFigure</name>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="34"/>
        <source>embedded validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="38"/>
        <source>its own validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="39"/>
        <source>Evaluation and the fine-tune report measure on the {split} ({count} images) instead, so their figure differs; evaluate this model there (or record a test set with digitgui evaluate --record) to compare it with other models on the same images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="69"/>
        <source>MNIST test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="70"/>
        <source>MNIST training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="75"/>
        <source>your samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="116"/>
        <source>a recorded test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="117"/>
        <source>Recorded by digitgui evaluate --record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="118"/>
        <source> ({n:,} images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="120"/>
        <source>Recorded by digitgui evaluate --record on {data}{images}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="131"/>
        <source>Measured by its training on the {EMBEDDED_SPLIT_N} embedded images it held out: the same images as Evaluation&apos;s embedded validation split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="142"/>
        <source>  {name}: {count:,} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="145"/>
        <source>embedded images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="150"/>
        <source>Measured by its training on the images it held out:{split}
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="68"/>
        <location filename="../../digitgui/ui/model_picker.py" line="82"/>
        <location filename="../../digitgui/ui/model_picker.py" line="256"/>
        <source>Models</source>
        <extracomment>The active model changed (Use, deleting the active one) or its metadata did (renaming it); carries the new active :class:`~digitgui.core.models.bundle.Bundle`. A short line for the status bar after an operation. The table shows a new listing of the bundles.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="99"/>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="99"/>
        <source>Predict with this model (here and in digitgui predict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="101"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="101"/>
        <source>Give this model another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="103"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="103"/>
        <location filename="../../digitgui/ui/model_picker.py" line="234"/>
        <source>Delete this model for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="105"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="105"/>
        <source>Add a model from a .zip made by Export… (or digitgui export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="107"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="107"/>
        <source>Save this model as one .zip file to take elsewhere, or its .tflite alone for a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="142"/>
        <source>Listing models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="232"/>
        <source>The shipped model cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="286"/>
        <source>No model to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="299"/>
        <source>Cannot use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="303"/>
        <source>Now using “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="305"/>
        <source>Switching to “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="311"/>
        <source>Rename model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="312"/>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="318"/>
        <source>Cannot rename this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="322"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="327"/>
        <source>Renaming “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="334"/>
        <source>Delete “{name}” for good?

Its folder {path} will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="335"/>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="345"/>
        <source>Cannot delete this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="348"/>
        <source>Deleted “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="352"/>
        <source>Deleting “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="364"/>
        <source>Cannot import this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="374"/>
        <source>Imported “{name}”; choose Use to predict with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="377"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="389"/>
        <source>Cannot export this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="391"/>
        <source>Exported “{name}” to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_picker.py" line="394"/>
        <source>Exporting “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="29"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="30"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="30"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="31"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="32"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRows</name>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="35"/>
        <source>✓ active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="70"/>
        <source>{get}: {train:,} training + {validation:,} validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="74"/>
        <source>+ {value} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="84"/>
        <source>Skipped 1 broken model: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="85"/>
        <source>Skipped {count} broken models: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="87"/>
        <source> (and {value} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="98"/>
        <source> (stopped at epoch {finished} of {planned})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="110"/>
        <source>
{metadata:,} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_rows.py" line="119"/>
        <location filename="../../digitgui/ui/model_rows.py" line="122"/>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelScore</name>
    <message>
        <location filename="../../digitgui/ui/model_figure.py" line="94"/>
        <source>{accuracy_text} on {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTransfer</name>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="19"/>
        <source>Model archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="20"/>
        <source>LiteRT model alone, for phones (*.tflite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="30"/>
        <source>Export “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="54"/>
        <location filename="../../digitgui/ui/model_transfer.py" line="75"/>
        <source>Import a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="55"/>
        <source>{archives};;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="76"/>
        <source>A model named “{name}” is in your models already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="80"/>
        <source>Replace it with the imported one, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="82"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/model_transfer.py" line="84"/>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronGradientBox</name>
    <message>
        <location filename="../../digitgui/ui/inside/teach_neuron.py" line="30"/>
        <source>6 · One first-layer neuron&apos;s 784 weights, as 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_neuron.py" line="36"/>
        <source>Which neuron of the first hidden layer to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_neuron.py" line="44"/>
        <source>its weights w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_neuron.py" line="45"/>
        <source>−∂L/∂w: where a step pushes them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="14"/>
        <source>Click a neuron, a feature map or a bar on the left to see how it was computed: its weighted sum z = w·x + b with the numbers, its activation a = g(z), and the inputs that pushed it up or down the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="33"/>
        <source>How the selected unit was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="85"/>
        <source>Its 784 weights as 28×28: blue, ink here raises z; orange, lowers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="88"/>
        <source>w·x per pixel: what your drawing added up to z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="93"/>
        <source> (one 3×3 tile per input map, {channels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="95"/>
        <source>The filter w{per}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="98"/>
        <source>The patch x under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_panel.py" line="102"/>
        <source>Feature map {position}; the unit is marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronText</name>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="14"/>
        <source>a pixel of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="15"/>
        <source>a value passed through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="16"/>
        <source>a value of the flattened row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="17"/>
        <source>a neuron of a Dense layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="18"/>
        <source>one position of a convolution&apos;s feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="19"/>
        <source>a batch-normalised value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="20"/>
        <source>a ReLU unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="21"/>
        <source>an activation unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="22"/>
        <source>a max-pooling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="23"/>
        <source>a probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="59"/>
        <source>a = z = &lt;b&gt;{num}&lt;/b&gt; &amp;nbsp;(no activation: the layer is linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="72"/>
        <source>z = Σ w&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;i&lt;/sub&gt;{value} over {n:,} inputs = {num} (inputs pushing up) {signed} (pushing down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="79"/>
        <source> {bias_text} (bias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="81"/>
        <source> {signed} (rounding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="87"/>
        <source>&lt;p&gt;&lt;i&gt;{title}: none&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="97"/>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt; — {get} (layer {layer_index}, {escape2})&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="106"/>
        <source>&lt;p&gt;The filter&apos;s {kh}×{kw}×{channels} = {size} weights w are laid on the {kh}×{kw} patch of the {channels} input map{value} around ({position}, {position2}): x.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="114"/>
        <source>&lt;p&gt;&lt;i&gt;No bias b here: the batch normalisation after this layer adds the shift.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="118"/>
        <source>Pushed up most by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="120"/>
        <source>Pushed down most by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="124"/>
        <source>&lt;p&gt;y = γ·(x − μ)/√(σ² + ε) + β = {num} × ({num2} − {paren}) / √({num3} + {p:g}) {signed} = &lt;b&gt;{num4}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;μ and σ² are this channel&apos;s mean and variance over the training images; γ and β were learnt.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="137"/>
        <source>&lt;p&gt;a = max of the window [{values}] = &lt;b&gt;{num}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pooling halves the map: a feature counts wherever it is in the window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="146"/>
        <source>&lt;p&gt;P({j}) = e&lt;sup&gt;z&lt;sub&gt;{j}&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt; with z&lt;sub&gt;{j}&lt;/sub&gt; = {num}. Subtracting the largest logit ({num2}) from every one changes nothing and avoids overflow: e&lt;sup&gt;{num3}&lt;/sup&gt; / {num4} = &lt;b&gt;{num5}&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="154"/>
        <source>&lt;p&gt;a = x = &lt;b&gt;{num}&lt;/b&gt;: this layer only acts while training.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="158"/>
        <source>&lt;p&gt;The same value, moved into one row: &lt;b&gt;{num}&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/neuron_text.py" line="160"/>
        <source>&lt;p&gt;Brightness &lt;b&gt;{num}&lt;/b&gt; (0 paper, 1 ink). Each of the 784 pixels is one input x of the network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../digitgui/ui/notices.py" line="19"/>
        <source>&lt;h3&gt;digitgui {version}&lt;/h3&gt;&lt;p&gt;Draw a digit and watch a neural network read it; train it, teach it your handwriting, look inside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Active model:&lt;/b&gt; {model}&lt;/p&gt;&lt;p&gt;Predictions run on LiteRT; training on TensorFlow/Keras in a separate process. The window is PySide6 (Qt 6); the charts matplotlib.&lt;/p&gt;&lt;p&gt;The embedded training data is 5,000 images of the MNIST database of handwritten digits by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;digitgui is MIT-licensed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputBars</name>
    <message>
        <location filename="../../digitgui/ui/inside/unit_views.py" line="342"/>
        <source>digit 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/unit_views.py" line="351"/>
        <source>digit {digit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerDigitChart</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/per_digit.py" line="40"/>
        <location filename="../../digitgui/ui/evaluation/per_digit.py" line="60"/>
        <source>Accuracy per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/per_digit.py" line="41"/>
        <source>How often each digit is read right. The line is the accuracy over the whole set; a digit with no images in the set has no bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <location filename="../../digitgui/ui/prediction_service.py" line="71"/>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="40"/>
        <location filename="../../digitgui/ui/prediction_view.py" line="79"/>
        <source>No digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="41"/>
        <location filename="../../digitgui/ui/prediction_view.py" line="84"/>
        <source>Draw a digit on the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="45"/>
        <source>Not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="46"/>
        <source>No digit stands out (most like {likely}, {percent}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="50"/>
        <source>Not sure: {likely} or {runner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="54"/>
        <source>or {runner} ({value:.0f} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="57"/>
        <source>{percent} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="78"/>
        <source>The network&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="97"/>
        <source>model&apos;s (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="101"/>
        <source>Below this probability the answer is shown as &apos;Not sure&apos;. &quot;model&apos;s&quot; uses the threshold measured for the active model: few right answers doubted, most misreads flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="107"/>
        <source>Keep as a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="109"/>
        <source>Keep this drawing as a sample of the digit it was read as (Ctrl+Enter). If it is another digit, press that digit&apos;s key instead, or click the digit beside its bar: your samples can teach the network your handwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="116"/>
        <source>Not sure below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="133"/>
        <source>What the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/prediction_view.py" line="157"/>
        <source>model&apos;s ({value:.0f} %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../digitgui/ui/probability_bars.py" line="26"/>
        <source>Probabilities of each digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/probability_bars.py" line="27"/>
        <source>The softmax probability the network gives each digit. Click a digit to say that is what you drew.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/reliability.py" line="33"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/reliability.py" line="34"/>
        <source>Reliability · calibration error (ECE) {value:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliabilityDiagram</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/reliability.py" line="47"/>
        <source>Reliability diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/reliability.py" line="49"/>
        <source>Each bar gathers the answers given with a confidence in its range and shows how many of them were right; the number on it is how many images it holds. A well calibrated model&apos;s bars reach the dashed diagonal: of the answers given with 80 % confidence, 80 % are right. The shaded gap is how far off it is; the calibration error (ECE) is the mean gap, weighted by the number of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/reliability.py" line="72"/>
        <source>read right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/reliability.py" line="84"/>
        <source>perfectly calibrated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="30"/>
        <source>None of your samples could be held out to test on: add a few more of each digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="33"/>
        <source>Mistakes on your own held-out digits went from {before:.1f} % to {after:.1f} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="37"/>
        <source>Mistakes on your own held-out digits did not go down ({value:.1f} % before, {value2:.1f} % after): more samples of each digit help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="42"/>
        <source>It still reads MNIST as well as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/report_dialog.py" line="43"/>
        <source>It reads MNIST {drop:.1f} points worse than before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleLibraryView</name>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="66"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="87"/>
        <source>Your samples. Select some and press a digit key to relabel them, or Delete to delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="94"/>
        <source>No samples yet. Draw a digit, then press its key (0-9) while the canvas has focus, or click its label beside the bars: the drawing is kept as a sample of that digit and the canvas clears for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="102"/>
        <source>Relabel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="104"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="106"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="108"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="109"/>
        <source>Add the images of an .npz file (x, y) or of an image folder (root/0/*.png … root/9/*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="113"/>
        <source>From an .npz file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="115"/>
        <source>From an image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="118"/>
        <source>Export .npz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="120"/>
        <source>Train on my handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="122"/>
        <source>Continue training the active model on your samples mixed with MNIST images, holding back a fifth of your samples to show honestly how much it improved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="145"/>
        <source>All ({sum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="155"/>
        <source>A {digit}, saved {id} {id2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="196"/>
        <source>Relabelled {count} sample(s) as {digit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="205"/>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="206"/>
        <source>These samples are really a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="217"/>
        <source>Deleted {count} sample(s). Undo delete brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="225"/>
        <source>Restored a sample of {digit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="230"/>
        <source>Import samples from an .npz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="233"/>
        <source>NumPy archives (*.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="239"/>
        <source>Import samples from an image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="251"/>
        <source>Imported {count} samples from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="258"/>
        <source>Export your samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="260"/>
        <source>NumPy archives (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/samples/library_view.py" line="271"/>
        <source>Exported {count} samples to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetChooser</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="69"/>
        <source>Set to evaluate on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="70"/>
        <source>The labelled images to measure the active model on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="75"/>
        <source>The 500 embedded MNIST images held out when the shipped model was trained: it has never seen them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="79"/>
        <source>My samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="81"/>
        <source>Other .npz file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="82"/>
        <source>Other image folder (0/ … 9/)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="92"/>
        <source>The 10,000 images of MNIST&apos;s test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="98"/>
        <source>My samples ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="101"/>
        <source>Your own handwriting: the samples in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="173"/>
        <source>An image folder with subfolders 0 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="175"/>
        <source>A labelled set: x (N, 28, 28) uint8 images and y (N,) digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="177"/>
        <source>Labelled digits (*.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sets</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="35"/>
        <source>Embedded validation split (500 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="36"/>
        <source>Full MNIST test set (10,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="37"/>
        <source>Full MNIST is not downloaded yet. Train once with “Full MNIST” ticked in the Training panel to download it (11 MB); its test set is then here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="40"/>
        <source>You have no handwriting samples yet. Add some of your own digits to the sample library; they are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/sets.py" line="50"/>
        <source>the {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedBars</name>
    <message>
        <location filename="../../digitgui/ui/inside/teach_bars.py" line="66"/>
        <source>Gradient at the output, p minus y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_bars.py" line="67"/>
        <source>∂L/∂z for each logit: the probability minus 1 for the right digit, minus 0 for the others. A step moves each logit against its bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepWriter</name>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_text.py" line="158"/>
        <source>ReLU′({z}) = {result} &amp;nbsp;because {z} = {number} {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_text.py" line="161"/>
        <source>g′({z}) = {result} &amp;nbsp;(linear: a = z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_text.py" line="205"/>
        <source>Output {a}: {number} → &lt;b&gt;{number2}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_text.py" line="209"/>
        <source>Loss L: {number} → &lt;b&gt;{number2}&lt;/b&gt; ({direction})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="93"/>
        <source>What this output neuron should give: squared error pulls its a towards y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="96"/>
        <source>target {name} =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="104"/>
        <source>y = 1 (yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="105"/>
        <source>y = 0 (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="106"/>
        <source>One sigmoid output is the probability of “yes”: binary cross-entropy, −ln a for yes, −ln(1 − a) for no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="111"/>
        <source>class {value} (output neuron {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="113"/>
        <source>Softmax turns the output neurons&apos; a&apos;s into probabilities; cross-entropy is −ln of the right class&apos;s one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/backprop_targets.py" line="118"/>
        <source>right answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachPanel</name>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="95"/>
        <source>Teaching the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="99"/>
        <source>Teach it this digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="100"/>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="307"/>
        <source>No model yet: choose or train one to teach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="105"/>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="370"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="112"/>
        <source>This drawing is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="118"/>
        <source>Digit {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="140"/>
        <source>The learning rate: how far one step moves every weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="142"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="143"/>
        <source>One step of gradient descent on a copy of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="146"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="147"/>
        <source>Back to the saved model (it was never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="151"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="158"/>
        <source>4 · Gradient descent: w ← w − η ∂L/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="163"/>
        <source>Grey: the saved model · blue: the copy after the steps (softmax at temperature 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="171"/>
        <source>1 · Which digit did you draw?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="173"/>
        <source>2 · The loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="174"/>
        <source>Only the right digit&apos;s bar is negative: a step raises its logit and lowers each other one in proportion to its bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="177"/>
        <source>3 · The error at the output: ∂L/∂z = p − y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="180"/>
        <source>5 · The gradient reaching each layer: ‖∂L/∂θ‖ / ‖θ‖ (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="259"/>
        <source>The network guessed {predicted}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="261"/>
        <source>{guess}Pick the digit you really drew: the loss, the gradients and each step are for that digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="311"/>
        <source>Draw a digit on the sheet, then pick which digit it is, to teach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="314"/>
        <source>Pick which digit you drew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="331"/>
        <source>the saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="333"/>
        <source>the copy after 1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="335"/>
        <source>the copy after {count} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_panel.py" line="337"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({network}) · {params:,} parameters · loss and gradients of {which}, for digit &lt;b&gt;{digit}&lt;/b&gt; on your drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachWork</name>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="73"/>
        <source>Loss L = −log p&lt;sub&gt;{digit}&lt;/sub&gt; = −log {p:.4g} = &lt;b&gt;{loss:.4f}&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:small&apos;&gt;Cross-entropy: small when the network gives the right digit a high probability, large when it is confidently wrong. Probabilities here are softmax(z) at temperature 1, as in training; the window&apos;s own bars divide the logits by the model&apos;s calibration temperature T = {temperature:.3g} first, so they read a little differently.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="90"/>
        <source>The first layer gets a {ratio:.1f}× weaker pull, for its size, than the last: the error reaches it only after being multiplied by every later layer&apos;s weights and by ReLU slopes (0 for neurons that are off), so it shrinks on the way back, and early layers learn more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="96"/>
        <source>Here the first layer is pulled at least as hard as the last: batch normalisation rescales the error in every block. Without it the error shrinks on its way back through many layers, and early layers learn slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="100"/>
        <source>Here the first layer is pulled about as hard as the last: with {count} weighted layers the error has few multiplications to shrink through. In deep networks it fades on the way back, and early layers learn slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="111"/>
        <source>Neuron {neuron} is off for this drawing (z = {z:.3f} ≤ 0): ReLU passes no gradient back, so a step leaves its weights as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="118"/>
        <source>∂L/∂w = pixel × ∂L/∂z, with ∂L/∂z = {dz:.4f} for neuron {neuron}: only inked pixels get a gradient. A step {direction} this neuron&apos;s z for this drawing (blue: the weight grows, orange: it shrinks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="128"/>
        <source>p&lt;sub&gt;{digit}&lt;/sub&gt; = {probabilities:.1%} · loss {loss:.4f}. Press &lt;b&gt;Step&lt;/b&gt;: every weight moves against its gradient, w ← w − η ∂L/∂w, on a copy of the model (the saved one never changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="135"/>
        <source>After 1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="136"/>
        <source>After {count} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="137"/>
        <source> It is fitting this one drawing: step on and it will be sure of it, whatever it learned before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/inside/teach_work.py" line="140"/>
        <source>{steps} on the copy: p&lt;sub&gt;{digit}&lt;/sub&gt; {before:.1%} → &lt;b&gt;{after:.1%}&lt;/b&gt; · loss {before_loss:.4f} → &lt;b&gt;{loss:.4f}&lt;/b&gt;.{note} Reset goes back to the saved model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemedFigure</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/figure.py" line="110"/>
        <source>Drawing a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/figure.py" line="113"/>
        <source>Saving the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/figure.py" line="114"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/figure.py" line="117"/>
        <source>Save figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/figure.py" line="118"/>
        <source>Save this chart as a PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TinyDiagram</name>
    <message>
        <location filename="../../digitgui/ui/inside/tiny_diagram.py" line="42"/>
        <source>Diagram of the tiny network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="71"/>
        <source>The 5,000 MNIST images that ship with digitgui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="74"/>
        <source>The 60,000 training images of MNIST, downloaded once into Keras&apos; cache the first time they are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="78"/>
        <source>Your own digits: image folders laid out as 0/ … 9/, or .npz files with arrays x (N, 28, 28) and y (N,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="82"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="83"/>
        <source>Add .npz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="84"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="89"/>
        <source>Handwriting augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="91"/>
        <source>Randomly slant, rotate, zoom, shift and wobble the images while training, so the network copes with more kinds of handwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="95"/>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="96"/>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="97"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="99"/>
        <source>Keep a trainer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="107"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="109"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="111"/>
        <source>Your own digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="113"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/controls.py" line="222"/>
        <source> (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingInsideView</name>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="101"/>
        <source>Colouring the first layer&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="109"/>
        <location filename="../../digitgui/ui/training/inside_view.py" line="178"/>
        <source>What the first layer learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="113"/>
        <source>How many of the layer&apos;s neurons to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="118"/>
        <source>Each tile is one neuron&apos;s weights on the 28×28 pixels (or one 3×3 filter): blue pixels push the neuron up, orange ones down. Random at first, they become strokes and blobs as the network learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="126"/>
        <source>Replay epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="127"/>
        <location filename="../../digitgui/ui/training/inside_view.py" line="187"/>
        <source>Epoch –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="128"/>
        <location filename="../../digitgui/ui/training/inside_view.py" line="239"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="130"/>
        <source>Step through the epochs from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="134"/>
        <source>Replay the active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="143"/>
        <source>Change in this epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="179"/>
        <source>The first layer&apos;s weights appear here
as the network trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="210"/>
        <source>“{name}”: {count} recorded epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="213"/>
        <source>; the saved weights are epoch {best_epoch}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="241"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="270"/>
        <source>Epoch {epoch} of {epoch2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="274"/>
        <source>Before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="302"/>
        <source>All {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="303"/>
        <source>The first {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/inside_view.py" line="324"/>
        <source>Weights: orange −{scale:.2g} … blue +{scale:.2g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="66"/>
        <source>Reading the model&apos;s replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="75"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="76"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="77"/>
        <source>End after the current batch and keep the best finished epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="153"/>
        <source>No model is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="155"/>
        <source>Replay how “{name}” was trained, epoch by epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="158"/>
        <source>“{name}” has no replay: it was trained before digitgui recorded runs. A model you train now can be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="177"/>
        <source>Replaying how “{name}” was trained: move the slider to go through its epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="183"/>
        <source>Cannot replay: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="192"/>
        <source>Choose at least one source of training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="210"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="212"/>
        <source>Starting the training process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="223"/>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="255"/>
        <source>Epoch 1/{epochs} · batch 0/{steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="260"/>
        <source>Training {network} on {train} images ({validation} held out for validation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="263"/>
        <source>the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="274"/>
        <source>Epoch {epoch}/{epochs} · batch {step}/{steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="279"/>
        <source> · about {duration_text} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="290"/>
        <source>Epoch {event}: validation accuracy {value:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="302"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="308"/>
        <source>Training failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/panel.py" line="313"/>
        <source> Saved as “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlot</name>
    <message>
        <location filename="../../digitgui/ui/training/plot.py" line="118"/>
        <source>Drawing the training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/plot.py" line="121"/>
        <source>Saving the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/plot.py" line="122"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/plot.py" line="125"/>
        <source>Save figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/plot.py" line="131"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/plot.py" line="132"/>
        <source>Loss and accuracy while training: falling loss and rising accuracy mean the network is learning; validation curves that turn back mean it has started to memorise the training images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <location filename="../../digitgui/ui/training/process.py" line="330"/>
        <source>The training process could not start ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/process.py" line="368"/>
        <source> Its last output:
{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/process.py" line="371"/>
        <source>was killed on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/process.py" line="373"/>
        <source>was killed by {signal_name} (signal {signal_number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/process.py" line="377"/>
        <source>ended with exit status {exit_code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/process.py" line="380"/>
        <source>ended without reporting a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/process.py" line="381"/>
        <source>The training process {how} before it finished.{detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsMosaic</name>
    <message>
        <location filename="../../digitgui/ui/training/weights_view.py" line="92"/>
        <source>The first layer&apos;s weights appear here
after the first epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../digitgui/ui/training/widgets.py" line="25"/>
        <source>Training starts at once: a trainer waits in the background with TensorFlow loaded. While it waits it holds about {memory} MB of memory; it is let go after {minutes} minutes unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/widgets.py" line="39"/>
        <source>Add a folder of digit images (0/ … 9/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/widgets.py" line="49"/>
        <source>Add .npz files of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/widgets.py" line="51"/>
        <source>Digit arrays (*.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/widgets.py" line="60"/>
        <source>Full MNIST (60,000 images, downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/widgets.py" line="61"/>
        <source>Full MNIST (60,000 images; will be downloaded, 11 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/training/widgets.py" line="67"/>
        <source>{value} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../digitgui/ui/evaluation/worker.py" line="45"/>
        <source>holds no images to evaluate on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../digitgui/ui/evaluation/worker.py" line="66"/>
        <source>{spec}: cannot evaluate on this ({name}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Job</name>
    <message>
        <location filename="../../digitgui/ui/background.py" line="44"/>
        <source>{what} failed ({name}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
