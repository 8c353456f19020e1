import SeededRandom
import Testing

@Suite("SeededGenerator")
struct SeededGeneratorTests {
    @Test("SplitMix64's published outputs")
    func knownOutputs() {
        var zero = SeededGenerator(seed: 0)
        let zeroOutputs: [UInt64] = [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F]
        #expect([zero.next(), zero.next(), zero.next()] == zeroOutputs)
        var other = SeededGenerator(seed: 1_234_567)
        let otherOutputs: [UInt64] = [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423]
        #expect([other.next(), other.next(), other.next()] == otherOutputs)
    }

    @Test("unit draws are in 0..<1 and repeat with the seed; the generator works with the standard library")
    func unitDraws() {
        var first = SeededGenerator(seed: 7_564_408_147_103_782_015)
        #expect(first.nextUnit() == 0.2036372079879165)
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        for _ in 0..<1000 {
            let draw = a.nextUnit()
            #expect(draw >= 0 && draw < 1)
            #expect(draw == b.nextUnit())
        }
        var shuffler = SeededGenerator(seed: 9)
        var again = SeededGenerator(seed: 9)
        #expect(Array(0..<20).shuffled(using: &shuffler) == Array(0..<20).shuffled(using: &again))
    }
}
