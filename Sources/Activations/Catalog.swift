import RealModule
import Support

/// Every activation function actplot knows, one declaration each.
///
/// Order: the article's eight first (linear, relu, leaky_relu, elu, softplus, sigmoid, tanh,
/// arctan), then the rest of PyTorch's element-wise activations, JAX's extras, and classics.
/// Adding a function means adding one `ActivationFunction(…)` to this array.
public enum Catalog {
    /// All functions in canonical order.
    public static let functions: [ActivationFunction] = [
        // MARK: The article's eight

        ActivationFunction(
            name: "linear", aliases: ["identity"],
            metadata: Metadata(
                formula: "x", derivativeFormula: "1", outputRange: "(−∞, ∞)",
                continuity: "C∞", monotonic: true, zeroCentred: true,
                source: "PyTorch torch.nn.Identity; jax.nn.identity",
                notes: "Passes its input through unchanged. Cheap and never saturates, but a stack of linear layers is still one linear map, so it adds no expressive power; used on regression outputs and as a baseline."),
            value: { x, _ in x },
            derivative: { _, _ in 1 },
            secondDerivative: { _, _ in 0 }),

        ActivationFunction(
            name: "relu",
            metadata: Metadata(
                formula: "max(0, x)", derivativeFormula: "1 if x > 0, else 0", outputRange: "[0, ∞)",
                continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.ReLU; Nair & Hinton 2010",
                kinkConvention: "f′(0) = 0, as PyTorch's autograd (threshold_backward passes the gradient only where x > 0); f″ = 0 everywhere.",
                notes: "Cheap, sparse (negative inputs give exactly 0) and does not saturate for x > 0, which made deep networks trainable. Units whose input stays negative get zero gradient and can 'die'; outputs are not zero-centred."),
            value: { x, _ in x > 0 ? x : 0 },
            derivative: { x, _ in x > 0 ? 1 : 0 },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "leaky_relu", aliases: ["leakyrelu", "lrelu"],
            parameters: [Parameter("negative_slope", aliases: ["alpha", "slope"], default: 0.01,
                                   meaning: "slope for x < 0")],
            metadata: Metadata(
                formula: "x if x > 0, else negative_slope·x",
                derivativeFormula: "1 if x > 0, else negative_slope", outputRange: "(−∞, ∞)",
                continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.LeakyReLU; Maas et al. 2013",
                kinkConvention: "f′(0) = negative_slope, as PyTorch's leaky_relu_backward (x > 0 ? 1 : slope); f″ = 0 everywhere.",
                notes: "ReLU with a small slope for negative inputs, so units never get exactly zero gradient and cannot die. The slope is one more hyperparameter, and the gain over ReLU is often small."),
            value: { x, p in x > 0 ? x : p[0] * x },
            derivative: { x, p in x > 0 ? 1 : p[0] },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "elu",
            parameters: [Parameter("alpha", symbol: "α", default: 1, meaning: "saturation value −α for x → −∞")],
            metadata: Metadata(
                formula: "x if x > 0, else α(eˣ − 1)",
                derivativeFormula: "1 if x > 0, else α·eˣ", outputRange: "(−α, ∞)",
                continuity: "C¹ (for α = 1; C⁰ otherwise)", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.ELU; Clevert et al. 2015",
                kinkConvention: "f′(0) = α: PyTorch's elu_backward takes the x ≤ 0 branch at 0. f″(0) = 0 (α just left of 0, 0 right of it): PyTorch's double backward is 0 at x = 0.",
                notes: "Negative outputs push mean activations toward zero, and the smooth saturation at −α is robust to noise; for α = 1 the derivative is continuous. Costs an exponential, and the saturating negative side can still slow learning there."),
            // α·expm1(x): eˣ − 1 would cancel for x near 0 and lose all digits for |x| < 1e−16.
            // f′ = f″ = α·eˣ on the negative side has no zero for any α: nothing there to cancel.
            value: { x, p in x > 0 ? x : p[0] * .expMinusOne(x) },
            derivative: { x, p in x > 0 ? 1 : p[0] * .exp(x) },
            secondDerivative: { x, p in x >= 0 ? 0 : p[0] * .exp(x) },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "softplus",
            parameters: [
                Parameter("beta", symbol: "β", default: 1, domain: .positive, meaning: "sharpness: larger β is closer to ReLU"),
                Parameter("threshold", default: nil,
                          meaning: "if given, f = x where β·x > threshold (PyTorch's shortcut, default 20 there)"),
            ],
            metadata: Metadata(
                formula: "(1/β)·log(1 + e^{βx})", derivativeFormula: "σ(βx)", outputRange: "(0, ∞)",
                continuity: "C∞ (C⁰ with threshold)", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.Softplus; Dugas et al. 2001",
                kinkConvention: "Only with threshold t: f = x and f′ = 1 where βx > t, as PyTorch's softplus and softplus_backward; at x = t/β itself f and f′ take the log branch. f″ = 0 where βx ≥ t, at t/β too, as PyTorch's double backward.",
                notes: "A smooth ReLU: positive everywhere with derivative σ(βx), so no unit has exactly zero gradient. Costs an exp and a log, is not zero-centred, and never produces exact zeros (no sparsity)."),
            // max(x,0) + log1p(e^{−β|x|})/β: the exponent is never positive, so no overflow at
            // βx ≳ 709.8 (where log(1 + e^{βx}) returns ∞), and no division of an infinite βx by β.
            // f′ = σ(βx) and f″ = β·σ′(βx) are positive for every β: no zeros to cancel at.
            value: { x, p in
                if let t = p.optional(1), p[0] * x > t { return x }
                return max(x, 0) + .log(onePlus: .exp(-p[0] * abs(x))) / p[0]
            },
            derivative: { x, p in
                if let t = p.optional(1), p[0] * x > t { return 1 }
                return Stable.sigmoid(p[0] * x)
            },
            secondDerivative: { x, p in
                if let t = p.optional(1), p[0] * x >= t { return 0 }
                return p[0] * Stable.sigmoidDerivative(p[0] * x)
            },
            kinks: { p in p.optional(1).map { [$0 / p[0]] } ?? [] }),

        ActivationFunction(
            name: "sigmoid", aliases: ["logistic"],
            metadata: Metadata(
                formula: "σ(x) = 1/(1 + e^{−x})", derivativeFormula: "σ(x)·(1 − σ(x))", outputRange: "(0, 1)",
                continuity: "C∞", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.Sigmoid",
                notes: "Squashes any input into (0, 1), so it reads as a probability and suits binary outputs and gates. Saturates on both sides (f′ ≤ 1/4 and vanishing for large |x|), which starves deep stacks of gradient, and its outputs are not zero-centred."),
            // Two-branch σ (see Stable.sigmoid); σ′ = σ(x)σ(−x) and σ″ = −σ′·tanh(x/2) avoid 1 − σ.
            // σ″'s zero, the inflection point 0, is tanh(x/2)'s, which keeps full relative accuracy there.
            value: { x, _ in Stable.sigmoid(x) },
            derivative: { x, _ in Stable.sigmoidDerivative(x) },
            secondDerivative: { x, _ in Stable.sigmoidSecondDerivative(x) }),

        ActivationFunction(
            name: "tanh",
            metadata: Metadata(
                formula: "tanh x = (eˣ − e^{−x})/(eˣ + e^{−x})", derivativeFormula: "1 − tanh²x = sech²x",
                outputRange: "(−1, 1)", continuity: "C∞", monotonic: true, zeroCentred: true,
                source: "PyTorch torch.nn.Tanh",
                notes: "A rescaled sigmoid (tanh x = 2σ(2x) − 1) that is zero-centred, with a steeper slope (1 at 0), which usually trains faster than the sigmoid. It still saturates for large |x|, so gradients vanish there."),
            // libm tanh is accurate over the whole range (the exponential quotient gives NaN near ±355);
            // f′ = sech²x via Stable.sech2, since 1 − tanh²x cancels to 0 for |x| ≳ 19; f″'s zero at 0
            // is the factor tanh x's, accurate there.
            value: { x, _ in .tanh(x) },
            derivative: { x, _ in Stable.sech2(x) },
            secondDerivative: { x, _ in -2 * Double.tanh(x) * Stable.sech2(x) }),

        ActivationFunction(
            name: "arctan", aliases: ["atan"],
            metadata: Metadata(
                formula: "arctan x", derivativeFormula: "1/(1 + x²)", outputRange: "(−π/2, π/2)",
                continuity: "C∞", monotonic: true, zeroCentred: true,
                source: "classic (Wikipedia's table of activation functions)",
                notes: "Zero-centred and bounded like tanh, but it approaches its bounds only polynomially (f′ ~ 1/x²), so gradients fade more slowly than tanh's exponential saturation. Rare in practice; a little costlier than tanh on most hardware."),
            // 1/(1+x²) and −2x/(1+x²)² through t = 1/x for |x| > 1, so x² never overflows; f″'s zero
            // at 0 is the factor x's.
            value: { x, _ in .atan(x) },
            derivative: { x, _ in Stable.inverseOnePlusSquare(x) },
            secondDerivative: { x, _ in
                if abs(x) <= 1 {
                    let d = 1 / (1 + x * x)
                    return -2 * x * d * d
                }
                let t = 1 / x
                let d = 1 / (1 + t * t)
                return -2 * t * (t * t) * d * d
            }),

        // MARK: PyTorch's other element-wise activations

        ActivationFunction(
            name: "relu6",
            metadata: Metadata(
                formula: "min(max(0, x), 6)", derivativeFormula: "1 if 0 < x < 6, else 0", outputRange: "[0, 6]",
                continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.ReLU6; Krizhevsky 2010, MobileNet",
                kinkConvention: "f′(0) = f′(6) = 0: PyTorch computes relu6 as hardtanh(x, 0, 6), whose backward is 0 where x ≤ min_val or x ≥ max_val; f″ = 0 everywhere.",
                notes: "ReLU capped at 6, which keeps activations in a range that low-precision arithmetic represents well (MobileNet). Saturates for x > 6."),
            value: { x, _ in x <= 0 ? 0 : (x >= 6 ? 6 : x) },
            derivative: { x, _ in (x <= 0 || x >= 6) ? 0 : 1 },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [0, 6] }),

        ActivationFunction(
            name: "prelu",
            parameters: [Parameter("weight", aliases: ["a", "init"], default: 0.25,
                                   meaning: "learned slope for x < 0 (PyTorch's initial value 0.25)")],
            metadata: Metadata(
                formula: "x if x > 0, else weight·x", derivativeFormula: "1 if x > 0, else weight",
                outputRange: "(−∞, ∞)", continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.PReLU; He et al. 2015",
                kinkConvention: "f′(0) = weight, as PyTorch's prelu backward (x > 0 ? 1 : weight); f″ = 0 everywhere.",
                notes: "Leaky ReLU whose negative slope is learned per channel; plotted here with a fixed weight."),
            value: { x, p in x > 0 ? x : p[0] * x },
            derivative: { x, p in x > 0 ? 1 : p[0] },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "rrelu",
            parameters: [
                Parameter("lower", default: 1.0 / 8, meaning: "lower bound of the random negative slope"),
                Parameter("upper", default: 1.0 / 3, meaning: "upper bound of the random negative slope"),
            ],
            metadata: Metadata(
                formula: "x if x > 0, else ((lower + upper)/2)·x  (evaluation mode)",
                derivativeFormula: "1 if x > 0, else (lower + upper)/2", outputRange: "(−∞, ∞)",
                continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.RReLU; Xu et al. 2015",
                kinkConvention: "f′(0) = (lower + upper)/2: in evaluation mode PyTorch calls leaky_relu with that slope, whose backward gives the slope at 0; f″ = 0 everywhere.",
                notes: "During training the negative slope is drawn uniformly from [lower, upper] per element, a regulariser; the deterministic evaluation-mode curve is what is plotted."),
            value: { x, p in x > 0 ? x : (p[0] + p[1]) / 2 * x },
            derivative: { x, p in x > 0 ? 1 : (p[0] + p[1]) / 2 },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [0] },
            validate: { p in
                p[0] <= p[1] ? nil
                    : "rrelu needs lower ≤ upper, got lower=\(NumberFormat.shortest(p[0])), upper=\(NumberFormat.shortest(p[1]))"
            }),

        ActivationFunction(
            name: "celu",
            parameters: [Parameter("alpha", symbol: "α", default: 1, domain: .nonZero, meaning: "saturation value −α and scale of the negative side")],
            metadata: Metadata(
                formula: "x if x > 0, else α(e^{x/α} − 1)", derivativeFormula: "1 if x > 0, else e^{x/α}",
                outputRange: "(−α, ∞)", continuity: "C¹", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.CELU; Barron 2017",
                kinkConvention: "f′(0) = 1 (= e^{0/α}): PyTorch's celu is elu with input scale 1/α, whose backward takes the x ≤ 0 branch at 0. f″(0) = 0 (1/α just left of 0): PyTorch's double backward is 0 at x = 0.",
                notes: "ELU rescaled so that its derivative is continuous at 0 for every α (ELU's is only for α = 1)."),
            // α·expm1(x/α): no cancellation near 0. f′ = e^{x/α} and f″ = e^{x/α}/α on the negative
            // side have no zero for any α.
            value: { x, p in x > 0 ? x : p[0] * .expMinusOne(x / p[0]) },
            derivative: { x, p in x > 0 ? 1 : .exp(x / p[0]) },
            secondDerivative: { x, p in x >= 0 ? 0 : .exp(x / p[0]) / p[0] },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "selu",
            metadata: Metadata(
                formula: "λ·x if x > 0, else λα(eˣ − 1);  α ≈ 1.67326, λ ≈ 1.05070",
                derivativeFormula: "λ if x > 0, else λα·eˣ", outputRange: "(−λα, ∞) ≈ (−1.7581, ∞)",
                continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.SELU; Klambauer et al. 2017",
                kinkConvention: "f′(0) = λα ≈ 1.7581: PyTorch's selu backward is elu_backward, which takes the x ≤ 0 branch at 0. f″(0) = 0 (λα just left of 0): PyTorch's double backward is 0 at x = 0.",
                notes: "Scaled ELU whose constants make activations self-normalising (mean 0, variance 1) through deep fully connected stacks, given LeCun-normal initialisation."),
            value: { x, _ in x > 0 ? seluScale * x : seluScale * seluAlpha * .expMinusOne(x) },
            derivative: { x, _ in x > 0 ? seluScale : seluScale * seluAlpha * .exp(x) },
            secondDerivative: { x, _ in x >= 0 ? 0 : seluScale * seluAlpha * .exp(x) },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "gelu",
            parameters: [Parameter("approximate", choices: GELUForm.choices,
                                   meaning: "none: exact x·Φ(x); tanh: PyTorch's tanh approximation")],
            metadata: Metadata(
                formula: "x·Φ(x) = (x/2)·erfc(−x/√2);  tanh: (x/2)(1 + tanh(√(2/π)(x + 0.044715x³)))",
                derivativeFormula: "Φ(x) + x·φ(x)", outputRange: "[≈ −0.16997, ∞)",
                continuity: "C∞", monotonic: false, zeroCentred: false,
                source: "PyTorch torch.nn.GELU; Hendrycks & Gimpel 2016",
                notes: "Weights the input by the probability that a standard normal is below it; smooth and slightly non-monotonic. Standard in Transformers (BERT, GPT)."),
            value: { x, p in
                if p.choice(0, as: GELUForm.self) == .tanh { return Stable.times(x, Stable.sigmoid(2 * geluTanhInner(x))) }
                // x·erfc(−x/√2)/2: (1 + erf) would cancel to 0 for x ≲ −6.
                return Stable.times(x, Stable.normalCDF(x))
            },
            // f′'s two terms cancel at its zero (the minimum of f, x ≈ −0.7518 in both forms), and
            // the tanh form's f″ bracket at its zeros x ≈ ±1.4185: within 1/8 of those, f′ and f″
            // come from their Taylor expansions (DerivativeZeros). The exact form's f″ = φ·(2 − x²)
            // has its zeros ±√2 in the fused 2 − x², which keeps full relative accuracy there.
            derivative: { x, p in
                if p.choice(0, as: GELUForm.self) == .tanh {
                    if let near = DerivativeZeros.geluTanh.derivative.value(at: x) { return near }
                    // d/dx x·σ(2u) = σ(2u) + 2x·u′·σ′(2u), with σ′ = σ(2u)σ(−2u) (no 1 − σ).
                    let u = geluTanhInner(x)
                    let slope = geluTanhK * (1 + 3 * geluTanhC * x * x)
                    return Stable.sigmoid(2 * u) + Stable.times(Stable.sigmoidDerivative(2 * u), 2 * x * slope)
                }
                if let near = DerivativeZeros.gelu.derivative.value(at: x) { return near }
                return Stable.normalCDF(x) + Stable.times(x, Stable.normalDensity(x))
            },
            secondDerivative: { x, p in
                if p.choice(0, as: GELUForm.self) == .tanh {
                    if let near = DerivativeZeros.geluTanh.secondDerivative.value(at: x) { return near }
                    // σ′(2u)·[4u′ + 2x·u″ − 4x·u′²·tanh(u)], using 1 − 2σ(2u) = −tanh(u).
                    let u = geluTanhInner(x)
                    let slope = geluTanhK * (1 + 3 * geluTanhC * x * x)
                    let curvature = 6 * geluTanhK * geluTanhC * x
                    let bracket = 4 * slope + 2 * x * curvature - 4 * x * slope * slope * Double.tanh(u)
                    return Stable.times(Stable.sigmoidDerivative(2 * u), bracket)
                }
                // φ(x)·(2 − x²), with x² − 2 fused so it keeps its digits near x = √2.
                return Stable.times(Stable.normalDensity(x), -(-2.0).addingProduct(x, x))
            }),

        ActivationFunction(
            name: "silu", aliases: ["swish"],
            metadata: Metadata(
                formula: "x·σ(x)", derivativeFormula: "σ(x)·(1 + x·(1 − σ(x)))", outputRange: "[≈ −0.27846, ∞)",
                continuity: "C∞", monotonic: false, zeroCentred: false,
                source: "PyTorch torch.nn.SiLU; Elfwing et al. 2017; Ramachandran et al. 2017 (swish)",
                notes: "Smooth, non-monotonic self-gated ReLU; often slightly better than ReLU in deep networks (EfficientNet), at the cost of an exponential."),
            // Two-branch σ; 1 − σ(x) written σ(−x); zero factors win over infinite x at ±∞.
            // 1 + x·σ(−x) cancels at f′'s zero (the minimum, x ≈ −1.2785) and 2 − x·tanh(x/2) at f″'s
            // (x ≈ ±2.3994): within 1/4 of those the Taylor expansions of DerivativeZeros take over.
            value: { x, _ in Stable.times(x, Stable.sigmoid(x)) },
            derivative: { x, _ in
                if let near = DerivativeZeros.silu.derivative.value(at: x) { return near }
                return Stable.times(Stable.sigmoid(x), 1 + Stable.times(x, Stable.sigmoid(-x)))
            },
            secondDerivative: { x, _ in
                if let near = DerivativeZeros.silu.secondDerivative.value(at: x) { return near }
                return Stable.times(Stable.sigmoidDerivative(x), 2 - Stable.times(x, Double.tanh(x / 2)))
            }),

        ActivationFunction(
            name: "mish",
            metadata: Metadata(
                formula: "x·tanh(softplus(x))", derivativeFormula: "tanh(sp) + x·sech²(sp)·σ(x),  sp = softplus(x)",
                outputRange: "[≈ −0.30884, ∞)", continuity: "C∞", monotonic: false, zeroCentred: false,
                source: "PyTorch torch.nn.Mish; Misra 2019",
                notes: "Smooth, non-monotonic, close to swish; reported to help in some vision models (YOLOv4). Costlier: exp, log and tanh."),
            // tanh(sp) and sech²(sp) as ratios of e^{±x} polynomials (Stable.tanhSech2OfSoftplus);
            // f″ = sech²(sp)·σ·(2 + x(σ(−x) − 2·tanh(sp)·σ)). The sums cancel at f′'s zero (the
            // minimum, x ≈ −1.1924) and f″'s (x ≈ −2.2564 and 1.4906): within 1/4 of those the
            // Taylor expansions of DerivativeZeros take over.
            value: { x, _ in Stable.times(x, Stable.tanhSech2OfSoftplus(x).tanh) },
            derivative: { x, _ in
                if let near = DerivativeZeros.mish.derivative.value(at: x) { return near }
                let (t, s) = Stable.tanhSech2OfSoftplus(x)
                return t + Stable.times(x, s * Stable.sigmoid(x))
            },
            secondDerivative: { x, _ in
                if let near = DerivativeZeros.mish.secondDerivative.value(at: x) { return near }
                let (t, s) = Stable.tanhSech2OfSoftplus(x)
                let sig = Stable.sigmoid(x)
                return Stable.times(s * sig, 2 + Stable.times(x, Stable.sigmoid(-x) - 2 * t * sig))
            }),

        ActivationFunction(
            name: "softsign", aliases: ["soft_sign"],
            metadata: Metadata(
                formula: "x/(1 + |x|)", derivativeFormula: "1/(1 + |x|)²", outputRange: "(−1, 1)",
                continuity: "C¹", monotonic: true, zeroCentred: true,
                source: "PyTorch torch.nn.Softsign; Bergstra et al. 2009",
                kinkConvention: "f and f′ are continuous; f″ jumps from 2 to −2 at 0 and f″(0) = 0, as PyTorch's double backward (|x|′ = sign(0) = 0).",
                notes: "A tanh-like squashing that approaches ±1 polynomially, so it saturates more gently than tanh; cheap (no exponential)."),
            // x/(1+|x|) is fine everywhere except ±∞ (∞/∞); r = 1/(1+|x|) squared or cubed underflows gracefully.
            value: { x, _ in x.isInfinite ? (x > 0 ? 1 : -1) : x / (1 + abs(x)) },
            derivative: { x, _ in
                let r = 1 / (1 + abs(x))
                return r * r
            },
            secondDerivative: { x, _ in
                let r = 1 / (1 + abs(x))
                return (x > 0 ? -2 : (x < 0 ? 2 : 0)) * r * r * r
            },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "logsigmoid", aliases: ["log_sigmoid"],
            metadata: Metadata(
                formula: "log σ(x) = −softplus(−x)", derivativeFormula: "σ(−x) = 1 − σ(x)", outputRange: "(−∞, 0)",
                continuity: "C∞", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.LogSigmoid",
                notes: "The log of the sigmoid, used inside losses (binary cross-entropy) where it is far more stable than log(sigmoid(x))."),
            // −softplus(−x): log(σ(x)) would give log(0) = −∞ for x ≲ −745.
            value: { x, _ in -Stable.softplus(-x) },
            derivative: { x, _ in Stable.sigmoid(-x) },
            secondDerivative: { x, _ in -Stable.sigmoidDerivative(x) }),

        ActivationFunction(
            name: "hardsigmoid", aliases: ["hard_sigmoid"],
            metadata: Metadata(
                formula: "0 if x ≤ −3, 1 if x ≥ 3, else x/6 + 1/2", derivativeFormula: "1/6 if −3 < x < 3, else 0",
                outputRange: "[0, 1]", continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.Hardsigmoid; Howard et al. 2019 (MobileNetV3)",
                kinkConvention: "f′(±3) = 0, as PyTorch's hardsigmoid_backward (slope 1/6 only strictly inside (−3, 3)); f″ = 0 everywhere, as JAX's jax.nn.hard_sigmoid (PyTorch has no double backward for it).",
                notes: "A piecewise-linear sigmoid, cheap on mobile hardware; saturates exactly (zero gradient) outside [−3, 3]."),
            // (x + 3)/6: exact x + 3 near −3 keeps relative accuracy where the value is tiny.
            value: { x, _ in x <= -3 ? 0 : (x >= 3 ? 1 : (x + 3) / 6) },
            derivative: { x, _ in (x > -3 && x < 3) ? 1.0 / 6 : 0 },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [-3, 3] }),

        ActivationFunction(
            name: "hardswish", aliases: ["hard_swish", "hard_silu", "hardsilu"],
            metadata: Metadata(
                formula: "0 if x ≤ −3, x if x ≥ 3, else x(x + 3)/6", derivativeFormula: "0 if x ≤ −3, 1 if x ≥ 3, else (2x + 3)/6",
                outputRange: "[−0.375, ∞)", continuity: "C⁰", monotonic: false, zeroCentred: false,
                source: "PyTorch torch.nn.Hardswish; Howard et al. 2019 (MobileNetV3)",
                kinkConvention: "f′(−3) = 0 and f′(3) = 1, as PyTorch's hardswish_backward (x ≤ −3 → 0, x < 3 → x/3 + 1/2, else 1); f″ = 1/3 strictly inside (−3, 3), else 0.",
                notes: "A piecewise-quadratic swish for mobile networks: nearly as good, much cheaper. f′ jumps at ±3."),
            // (2x + 3)/6 instead of x/3 + 1/2: no cancellation near the minimum at x = −1.5.
            value: { x, _ in x <= -3 ? 0 : (x >= 3 ? x : x * (x + 3) / 6) },
            derivative: { x, _ in x <= -3 ? 0 : (x < 3 ? (2 * x + 3) / 6 : 1) },
            secondDerivative: { x, _ in (x > -3 && x < 3) ? 1.0 / 3 : 0 },
            kinks: { _ in [-3, 3] }),

        ActivationFunction(
            name: "hardtanh", aliases: ["hard_tanh"],
            parameters: [
                Parameter("min_val", default: -1, meaning: "lower clamp"),
                Parameter("max_val", default: 1, meaning: "upper clamp"),
            ],
            metadata: Metadata(
                formula: "min(max(x, min_val), max_val)", derivativeFormula: "1 if min_val < x < max_val, else 0",
                outputRange: "[min_val, max_val]", continuity: "C⁰", monotonic: true, zeroCentred: true,
                source: "PyTorch torch.nn.Hardtanh",
                kinkConvention: "f′ = 0 at min_val and at max_val, as PyTorch's hardtanh_backward (0 where x ≤ min_val or x ≥ max_val); f″ = 0 everywhere.",
                notes: "A piecewise-linear tanh: cheap, zero-centred, with exactly zero gradient outside the clamp."),
            value: { x, p in x <= p[0] ? p[0] : (x >= p[1] ? p[1] : x) },
            derivative: { x, p in (x <= p[0] || x >= p[1]) ? 0 : 1 },
            secondDerivative: { _, _ in 0 },
            kinks: { p in [p[0], p[1]] },
            validate: { p in
                p[0] < p[1] ? nil
                    : "hardtanh needs min_val < max_val, got min_val=\(NumberFormat.shortest(p[0])), max_val=\(NumberFormat.shortest(p[1]))"
            }),

        ActivationFunction(
            name: "hardshrink", aliases: ["hard_shrink"],
            parameters: [Parameter("lambd", aliases: ["lambda"], symbol: "λ", default: 0.5, domain: .nonNegative,
                                   meaning: "half-width λ of the zeroed band [−λ, λ]")],
            metadata: Metadata(
                formula: "x if |x| > λ, else 0", derivativeFormula: "1 if |x| > λ, else 0",
                outputRange: "(−∞, −λ) ∪ {0} ∪ (λ, ∞)", continuity: "discontinuous (jumps at ±λ)",
                monotonic: true, zeroCentred: true,
                source: "PyTorch torch.nn.Hardshrink",
                kinkConvention: "f(±λ) = 0 and f′ = 0 on the closed band [−λ, λ], as PyTorch's hardshrink_backward; f″ = 0 everywhere.",
                notes: "Zeroes small inputs and passes large ones unchanged (hard thresholding, as in sparse coding); f jumps by λ at ±λ."),
            value: { x, p in (x >= -p[0] && x <= p[0]) ? 0 : x },
            derivative: { x, p in (x >= -p[0] && x <= p[0]) ? 0 : 1 },
            secondDerivative: { _, _ in 0 },
            kinks: { p in [-p[0], p[0]] }),

        ActivationFunction(
            name: "softshrink", aliases: ["soft_shrink"],
            parameters: [Parameter("lambd", aliases: ["lambda"], symbol: "λ", default: 0.5, domain: .nonNegative,
                                   meaning: "half-width λ of the zeroed band [−λ, λ]")],
            metadata: Metadata(
                formula: "x − λ if x > λ, x + λ if x < −λ, else 0", derivativeFormula: "1 if |x| > λ, else 0",
                outputRange: "(−∞, ∞)", continuity: "C⁰", monotonic: true, zeroCentred: true,
                source: "PyTorch torch.nn.Softshrink",
                kinkConvention: "f′ = 0 on the closed band [−λ, λ], as PyTorch's softshrink_backward; f″ = 0 everywhere.",
                notes: "Soft thresholding (the proximal operator of λ|x|, as in ISTA/LASSO): zeroes small inputs and shrinks the others toward 0."),
            // x ∓ λ is exact near ±λ (Sterbenz), so small outputs keep their digits.
            value: { x, p in x > p[0] ? x - p[0] : (x < -p[0] ? x + p[0] : 0) },
            derivative: { x, p in (x >= -p[0] && x <= p[0]) ? 0 : 1 },
            secondDerivative: { _, _ in 0 },
            kinks: { p in [-p[0], p[0]] }),

        ActivationFunction(
            name: "tanhshrink", aliases: ["tanh_shrink"],
            metadata: Metadata(
                formula: "x − tanh x", derivativeFormula: "tanh²x", outputRange: "(−∞, ∞)",
                continuity: "C∞", monotonic: true, zeroCentred: true,
                source: "PyTorch torch.nn.Tanhshrink",
                notes: "Flat (cubic) near 0 and linear with offset ∓1 far out; rarely used outside sparse-coding experiments."),
            // Series below |x| = 1/4, where x − tanh x cancels (Stable.tanhShrink); f′ = tanh²x needs no 1 − sech².
            // The zeros of f′ and f″ (both at 0) are the factor tanh x's, accurate there.
            value: { x, _ in Stable.tanhShrink(x) },
            derivative: { x, _ in
                let t = Double.tanh(x)
                return t * t
            },
            secondDerivative: { x, _ in 2 * Double.tanh(x) * Stable.sech2(x) }),

        ActivationFunction(
            name: "threshold",
            parameters: [
                Parameter("threshold", default: 0, meaning: "inputs at or below it are replaced"),
                Parameter("value", default: 0, meaning: "the replacement"),
            ],
            metadata: Metadata(
                formula: "x if x > threshold, else value", derivativeFormula: "1 if x > threshold, else 0",
                outputRange: "{value} ∪ (threshold, ∞)", continuity: "C⁰ (for value = threshold; jumps otherwise)",
                monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.Threshold",
                kinkConvention: "f(threshold) = value and f′(threshold) = 0, as PyTorch's threshold_backward (gradient only where x > threshold); f″ = 0 everywhere.",
                notes: "Generalises ReLU (threshold = value = 0 is ReLU); with value ≠ threshold the curve jumps."),
            value: { x, p in x > p[0] ? x : p[1] },
            derivative: { x, p in x > p[0] ? 1 : 0 },
            secondDerivative: { _, _ in 0 },
            kinks: { p in [p[0]] }),

        // MARK: From jax.nn

        ActivationFunction(
            name: "squareplus",
            parameters: [Parameter("b", symbol: "b", default: 4, domain: .positive, meaning: "smoothness: b → 0 approaches ReLU")],
            metadata: Metadata(
                formula: "(x + √(x² + b))/2", derivativeFormula: "(1 + x/√(x² + b))/2", outputRange: "(0, ∞)",
                continuity: "C∞", monotonic: true, zeroCentred: false,
                source: "jax.nn.squareplus; Barron 2021",
                notes: "A softplus look-alike made only of a square root: cheap, smooth, positive. Approaches 0 only like b/(4|x|)."),
            // r = hypot(x, √b) never overflows. For x < 0, (x + r)/2 cancels; use b/(2(r − x)),
            // written (b/4)/(r/2 − x/2) so r − x cannot overflow; likewise 1 + x/r = b/(r(r − x)).
            // f′ and f″ are positive for every b: no zeros to cancel at.
            value: { x, p in
                let r = Double.hypot(x, .sqrt(p[0]))
                return x >= 0 ? x / 2 + r / 2 : (p[0] / 4) / (r / 2 - x / 2)
            },
            derivative: { x, p in
                if x.isInfinite { return x > 0 ? 1 : 0 }
                let r = Double.hypot(x, .sqrt(p[0]))
                return x >= 0 ? 0.5 + (x / r) / 2 : (p[0] / 2) / r / (r - x)
            },
            secondDerivative: { x, p in
                let r = Double.hypot(x, .sqrt(p[0]))
                return (p[0] / 2) / r / r / r
            }),

        ActivationFunction(
            name: "sparse_plus", aliases: ["sparseplus"],
            metadata: Metadata(
                formula: "0 if x ≤ −1, x if x ≥ 1, else (x + 1)²/4", derivativeFormula: "0 if x ≤ −1, 1 if x ≥ 1, else (x + 1)/2",
                outputRange: "[0, ∞)", continuity: "C¹", monotonic: true, zeroCentred: false,
                source: "jax.nn.sparse_plus; Blondel et al. 2019",
                kinkConvention: "f′ is continuous (0 at −1, 1 at 1); f″ = 1/2 strictly inside (−1, 1) and 0 at ±1, the outer branches JAX's jnp.where selects there.",
                notes: "A softplus that reaches exactly 0 for x ≤ −1 (sparse outputs) while staying continuously differentiable."),
            value: { x, _ in x <= -1 ? 0 : (x >= 1 ? x : (x + 1) * (x + 1) / 4) },
            derivative: { x, _ in x <= -1 ? 0 : (x >= 1 ? 1 : (x + 1) / 2) },
            secondDerivative: { x, _ in (x > -1 && x < 1) ? 0.5 : 0 },
            kinks: { _ in [-1, 1] }),

        ActivationFunction(
            name: "sparse_sigmoid", aliases: ["sparsesigmoid"],
            metadata: Metadata(
                formula: "0 if x ≤ −1, 1 if x ≥ 1, else (x + 1)/2", derivativeFormula: "1/2 if −1 < x < 1, else 0",
                outputRange: "[0, 1]", continuity: "C⁰", monotonic: true, zeroCentred: false,
                source: "jax.nn.sparse_sigmoid; Blondel et al. 2019",
                kinkConvention: "f′(±1) = 1/4, halfway between the slopes either side, as JAX's autograd gives: jax.nn.sparse_sigmoid is clip(x + 1, 0, 2)/2, and JAX splits the gradient of min and max evenly at a tie. f″ = 0 everywhere.",
                notes: "The derivative of sparse_plus: a piecewise-linear sigmoid that reaches 0 and 1 exactly."),
            value: { x, _ in x <= -1 ? 0 : (x >= 1 ? 1 : (x + 1) / 2) },
            derivative: { x, _ in (x > -1 && x < 1) ? 0.5 : (x == -1 || x == 1 ? 0.25 : 0) },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [-1, 1] }),

        // MARK: Classics

        ActivationFunction(
            name: "binary_step", aliases: ["heaviside", "step"],
            metadata: Metadata(
                formula: "1 if x ≥ 0, else 0", derivativeFormula: "0 (x ≠ 0); undefined (a jump) at 0", outputRange: "{0, 1}",
                continuity: "discontinuous (jump at 0)", monotonic: true, zeroCentred: false,
                source: "classic (Heaviside step; perceptron); numpy.heaviside(x, 1)",
                kinkConvention: "f(0) = 1, like numpy.heaviside(0, 1); f′ = f″ = 0 everywhere, including 0, as JAX's autograd gives for jnp.heaviside(x, 1) (PyTorch's torch.heaviside has no derivative).",
                notes: "The perceptron's original activation; its zero derivative makes it useless for gradient descent."),
            value: { x, _ in x >= 0 ? 1 : 0 },
            derivative: { _, _ in 0 },
            secondDerivative: { _, _ in 0 },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "gaussian",
            metadata: Metadata(
                formula: "e^{−x²}", derivativeFormula: "−2x·e^{−x²}", outputRange: "(0, 1]",
                continuity: "C∞", monotonic: false, zeroCentred: false,
                source: "classic (radial basis function networks; Wikipedia's table)",
                notes: "A bump: responds to inputs near 0 only. Used in RBF networks; vanishing gradients away from 0."),
            // e^{−x²} with x²'s rounding error folded back in (Stable.expNegSquare); f″ = 2e^{−x²}(2x² − 1)
            // with 2x² − 1 fused so it keeps its digits near x = 1/√2. f′'s zero at 0 is the factor x's.
            value: { x, _ in Stable.expNegSquare(x) },
            derivative: { x, _ in Stable.times(-2 * x, Stable.expNegSquare(x)) },
            secondDerivative: { x, _ in Stable.times(Stable.expNegSquare(x), 2 * (-1.0).addingProduct(2 * x, x)) }),

        ActivationFunction(
            name: "sinusoid", aliases: ["sin", "sine"],
            metadata: Metadata(
                formula: "sin x", derivativeFormula: "cos x", outputRange: "[−1, 1]",
                continuity: "C∞", monotonic: false, zeroCentred: true,
                source: "classic (Wikipedia's table; SIREN, Sitzmann et al. 2020)",
                notes: "Periodic; used in implicit neural representations (SIREN). Has no limit at ±∞ (values there are NaN)."),
            // The C library's sin and cos (glibc) reduce x by π/2 in extra precision, so they keep
            // full relative accuracy next to their zeros kπ and π/2 + kπ, however large x is.
            value: { x, _ in .sin(x) },
            derivative: { x, _ in .cos(x) },
            secondDerivative: { x, _ in -Double.sin(x) }),

        ActivationFunction(
            name: "sinc",
            metadata: Metadata(
                formula: "sin(x)/x (unnormalised), 1 at x = 0", derivativeFormula: "cos(x)/x − sin(x)/x², 0 at x = 0",
                outputRange: "[≈ −0.21723, 1]", continuity: "C∞", monotonic: false, zeroCentred: false,
                source: "classic (Wikipedia's table of activation functions); unnormalised, unlike numpy.sinc = sin(πx)/(πx)",
                notes: "Unnormalised cardinal sine; even, oscillating and decaying like 1/x. f(0) = 1, f′(0) = 0, f″(0) = −1/3 are the limits."),
            // sin(x)/x does not cancel; its derivatives do near 0, so below |x| = 1 they use their
            // Maclaurin series (10 terms: the last is < 1e−22 of the first). Beyond, they cancel at
            // each of their zeros (infinitely many: tan x = x for f′): where the closed form's terms
            // cancel by more than a factor of 32, the numerator x·cos x − sin x (or
            // (2 − x²)·sin x − 2x·cos x) is recomputed in double-double (Stable.sincFirstNumerator),
            // up to |x| = 2⁵².
            value: { x, _ in x == 0 ? 1 : (x.isInfinite ? 0 : Double.sin(x) / x) },
            derivative: { x, _ in
                if x.isInfinite { return 0 }
                if abs(x) < 1 { return x * Stable.evenSeries(x, terms: 10, Stable.sincFirstSeries) }
                let a = Double.cos(x) / x, b = Double.sin(x) / x / x
                guard abs(a - b) * 32 < abs(a) + abs(b), abs(x) < Stable.sincDoubleDoubleLimit else { return a - b }
                return Stable.sincFirstNumerator(x) / x / x
            },
            secondDerivative: { x, _ in
                if x.isInfinite { return 0 }
                if abs(x) < 1 { return Stable.evenSeries(x, terms: 10, Stable.sincSecondSeries) }
                let s = Double.sin(x), c = Double.cos(x)
                let a = 2 * c / x, b = 2 * s / x / x
                let sum = -s - a + b
                guard abs(sum) * 32 < abs(s) + abs(a) + abs(b), abs(x) < Stable.sincDoubleDoubleLimit else { return sum / x }
                return Stable.sincSecondNumerator(x) / x / x / x
            }),

        ActivationFunction(
            name: "bent_identity", aliases: ["bentidentity", "bent"],
            metadata: Metadata(
                formula: "(√(x² + 1) − 1)/2 + x", derivativeFormula: "x/(2√(x² + 1)) + 1", outputRange: "(−∞, ∞)",
                continuity: "C∞", monotonic: true, zeroCentred: false,
                source: "classic (Wikipedia's table of activation functions)",
                notes: "A smooth, unbounded curve with slope 1/2 far left and 3/2 far right; never saturates."),
            // h = hypot(x, 1) never overflows; √(x²+1) − 1 = x²/(h + 1) for |x| < 1 (no cancellation);
            // f″ = 1/(2h³) divided out one h at a time so it underflows instead of overflowing.
            // f′ ≥ 1/2 and f″ > 0: no zeros.
            value: { x, _ in
                if x.isInfinite { return x }
                let h = Double.hypot(x, 1)
                let hMinusOne = abs(x) < 1 ? x * x / (h + 1) : h - 1
                return hMinusOne / 2 + x
            },
            derivative: { x, _ in
                if x.isInfinite { return x > 0 ? 1.5 : 0.5 }
                return x / Double.hypot(x, 1) / 2 + 1  // not x/(2h): 2h overflows for |x| ≳ 9e307
            },
            secondDerivative: { x, _ in
                let h = Double.hypot(x, 1)
                return 0.5 / h / h / h
            }),

        ActivationFunction(
            name: "isru",
            parameters: [Parameter("alpha", symbol: "α", default: 1, domain: .nonNegative, meaning: "saturation: outputs lie in (−1/√α, 1/√α)")],
            metadata: Metadata(
                formula: "x/√(1 + αx²)", derivativeFormula: "(1/√(1 + αx²))³", outputRange: "(−1/√α, 1/√α)",
                continuity: "C∞", monotonic: true, zeroCentred: true,
                source: "classic: inverse square root unit, Carlile et al. 2017",
                notes: "A tanh-like squashing made of a square root instead of exponentials; cheap and zero-centred."),
            // Through t = 1/x for |x| > 1 (Stable.inverseSquareRootUnit); f″ = −3α·f·q⁴, which never overflows.
            // f′ = q³ > 0; f″'s one zero, x = 0 for every α, is the factor f = x·q's, accurate there.
            value: { x, p in Stable.inverseSquareRootUnit(x, alpha: p[0]).value },
            derivative: { x, p in
                let q = Stable.inverseSquareRootUnit(x, alpha: p[0]).q
                return q * q * q
            },
            secondDerivative: { x, p in
                let (f, q) = Stable.inverseSquareRootUnit(x, alpha: p[0])
                return -3 * p[0] * f * (q * q) * (q * q)
            }),

        ActivationFunction(
            name: "isrlu",
            parameters: [Parameter("alpha", symbol: "α", default: 1, domain: .nonNegative, meaning: "saturation value −1/√α for x → −∞")],
            metadata: Metadata(
                formula: "x if x ≥ 0, else x/√(1 + αx²)", derivativeFormula: "1 if x ≥ 0, else (1/√(1 + αx²))³",
                outputRange: "(−1/√α, ∞)", continuity: "C²", monotonic: true, zeroCentred: false,
                source: "classic: inverse square root linear unit, Carlile et al. 2017",
                kinkConvention: "f, f′ and f″ are continuous at 0 (f′(0) = 1, f″(0) = 0); only f‴ jumps. 0 is listed as a kink because the definition changes branch there. Neither PyTorch nor JAX has isrlu; this is autograd's answer for the definition as written.",
                notes: "An ELU look-alike whose negative side uses an inverse square root instead of an exponential: cheaper, and smoother at 0 (C²)."),
            value: { x, p in x >= 0 ? x : Stable.inverseSquareRootUnit(x, alpha: p[0]).value },
            derivative: { x, p in
                if x >= 0 { return 1 }
                let q = Stable.inverseSquareRootUnit(x, alpha: p[0]).q
                return q * q * q
            },
            secondDerivative: { x, p in
                if x >= 0 { return 0 }
                let (f, q) = Stable.inverseSquareRootUnit(x, alpha: p[0])
                return -3 * p[0] * f * (q * q) * (q * q)
            },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "sqnl",
            metadata: Metadata(
                formula: "1 if x > 2; x − x²/4 if 0 ≤ x ≤ 2; x + x²/4 if −2 ≤ x < 0; −1 if x < −2",
                derivativeFormula: "1 − |x|/2 if |x| ≤ 2, else 0", outputRange: "[−1, 1]",
                continuity: "C¹", monotonic: true, zeroCentred: true,
                source: "classic: square nonlinearity, Wuraola & Patel 2018 (Wikipedia's table)",
                kinkConvention: "f′ is continuous (0 at ±2). f″ follows the definition's branches: −1/2 at 0 and at 2 (the 0 ≤ x ≤ 2 piece), +1/2 at −2 (the −2 ≤ x < 0 piece), as autograd gives for the definition as written with where(); neither PyTorch nor JAX has sqnl.",
                notes: "A piecewise-quadratic tanh: cheap in hardware, zero-centred, saturating exactly at ±1 beyond |x| = 2."),
            // 1 − |x|/2 is exact near |x| = 2 (Sterbenz), so small slopes keep their digits.
            value: { x, _ in
                if x > 2 { return 1 }
                if x < -2 { return -1 }
                return x >= 0 ? x - x * x / 4 : x + x * x / 4
            },
            derivative: { x, _ in abs(x) > 2 ? 0 : 1 - abs(x) / 2 },
            secondDerivative: { x, _ in (x > 2 || x < -2) ? 0 : (x >= 0 ? -0.5 : 0.5) },
            kinks: { _ in [-2, 0, 2] }),
    ]
}

/// GELU's `approximate` parameter: PyTorch's exact form or its tanh approximation.
enum GELUForm: Int {
    case exact = 0
    case tanh = 1

    /// The words PyTorch uses, in the order of the cases.
    static let choices = ["none", "tanh"]
}

/// SELU's α, PyTorch's constant (Klambauer et al. 2017).
let seluAlpha = 1.6732632423543772848170429916717
/// SELU's scale λ, PyTorch's constant.
let seluScale = 1.0507009873554804934193349852946
/// √(2/π), the tanh-GELU's outer constant.
let geluTanhK = 0.7978845608028654
/// The tanh-GELU's cubic coefficient.
let geluTanhC = 0.044715

/// u = √(2/π)·(x + 0.044715x³), the argument of tanh in the tanh-approximated GELU.
/// x³ may overflow for |x| ≳ 5.6e102; then u = ±∞ and σ(2u) takes its exact limit 0 or 1.
func geluTanhInner(_ x: Double) -> Double {
    geluTanhK * (x + geluTanhC * (x * x * x))
}
