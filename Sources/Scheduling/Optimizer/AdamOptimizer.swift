import Foundation

/// Adam (Kingma and Ba), with PyTorch's defaults as fsrs-rs uses them: β1 0.9, β2 0.999, ε 1e-8, bias-corrected.
struct AdamOptimizer: Sendable {
    private var m: [Double]
    private var v: [Double]
    private var steps = 0

    static let beta1 = 0.9
    static let beta2 = 0.999
    static let epsilon = 1e-8

    init(count: Int) {
        m = [Double](repeating: 0, count: count)
        v = m
    }

    /// Moves `parameters` one step against `gradient` at learning rate `rate`.
    mutating func step(_ parameters: inout [Double], gradient: [Double], rate: Double) {
        steps += 1
        let correction1 = 1 - pow(Self.beta1, Double(steps))
        let correction2 = 1 - pow(Self.beta2, Double(steps))
        for i in parameters.indices {
            m[i] = Self.beta1 * m[i] + (1 - Self.beta1) * gradient[i]
            v[i] = Self.beta2 * v[i] + (1 - Self.beta2) * gradient[i] * gradient[i]
            let mHat = m[i] / correction1
            let vHat = v[i] / correction2
            parameters[i] -= rate * mHat / (vHat.squareRoot() + Self.epsilon)
        }
    }
}
