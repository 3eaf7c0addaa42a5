import RealModule

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
            parameters: [Parameter("alpha", default: 1, meaning: "saturation value −α for x → −∞")],
            metadata: Metadata(
                formula: "x if x > 0, else α(eˣ − 1)",
                derivativeFormula: "1 if x > 0, else α·eˣ", outputRange: "(−α, ∞)",
                continuity: "C¹ (for α = 1; C⁰ otherwise)", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.ELU; Clevert et al. 2015",
                kinkConvention: "f′(0) = α and f″(0) = α: PyTorch's elu_backward takes the x ≤ 0 branch at 0.",
                notes: "Negative outputs push mean activations toward zero, and the smooth saturation at −α is robust to noise; for α = 1 the derivative is continuous. Costs an exponential, and the saturating negative side can still slow learning there."),
            // α·expm1(x): eˣ − 1 would cancel for x near 0 and lose all digits for |x| < 1e−16.
            value: { x, p in x > 0 ? x : p[0] * .expMinusOne(x) },
            derivative: { x, p in x > 0 ? 1 : p[0] * .exp(x) },
            secondDerivative: { x, p in x > 0 ? 0 : p[0] * .exp(x) },
            kinks: { _ in [0] }),

        ActivationFunction(
            name: "softplus",
            parameters: [
                Parameter("beta", default: 1, domain: .positive, meaning: "sharpness: larger β is closer to ReLU"),
                Parameter("threshold", default: nil,
                          meaning: "if given, f = x where β·x > threshold (PyTorch's shortcut, default 20 there)"),
            ],
            metadata: Metadata(
                formula: "(1/β)·log(1 + e^{βx})", derivativeFormula: "σ(βx)", outputRange: "(0, ∞)",
                continuity: "C∞ (C⁰ with threshold)", monotonic: true, zeroCentred: false,
                source: "PyTorch torch.nn.Softplus; Dugas et al. 2001",
                kinkConvention: "Only with threshold t: f = x, f′ = 1, f″ = 0 where βx > t, as PyTorch's softplus_backward; at x = t/β itself the log branch is used.",
                notes: "A smooth ReLU: positive everywhere with derivative σ(βx), so no unit has exactly zero gradient. Costs an exp and a log, is not zero-centred, and never produces exact zeros (no sparsity)."),
            // max(x,0) + log1p(e^{−β|x|})/β: the exponent is never positive, so no overflow at
            // βx ≳ 709.8 (where log(1 + e^{βx}) returns ∞), and no division of an infinite βx by β.
            value: { x, p in
                if let t = p.optional(1), p[0] * x > t { return x }
                return max(x, 0) + .log(onePlus: .exp(-p[0] * abs(x))) / p[0]
            },
            derivative: { x, p in
                if let t = p.optional(1), p[0] * x > t { return 1 }
                return Stable.sigmoid(p[0] * x)
            },
            secondDerivative: { x, p in
                if let t = p.optional(1), p[0] * x > t { return 0 }
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
            // f′ = sech²x via Stable.sech2, since 1 − tanh²x cancels to 0 for |x| ≳ 19.
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
            // 1/(1+x²) and −2x/(1+x²)² through t = 1/x for |x| > 1, so x² never overflows.
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
    ]
}
