import Testing

@testable import Scheduling

@Suite("FuzzSeed")
struct FuzzSeedTests {
    @Test("FNV-1a 64's published values")
    func fnv() {
        #expect(FuzzSeed.fnv1a64("".utf8) == 0xCBF2_9CE4_8422_2325)
        #expect(FuzzSeed.fnv1a64("a".utf8) == 0xAF63_DC4C_8601_EC8C)
        #expect(FuzzSeed.fnv1a64("foobar".utf8) == 0x8594_4171_F739_67E8)
    }

    /// Values computed independently in Python: FNV-1a over the UTF-8 id, a zero byte and the count's
    /// 8 little-endian bytes. Pinned so stored histories keep their fuzz across versions and platforms.
    @Test(
        "seeds are pinned",
        arguments: [
            ("card-1", 0, 7_564_408_147_103_782_015 as UInt64), ("card-1", 1, 5_332_092_740_136_192_606),
            ("zeus/born", 7, 925_899_225_150_968_657), ("Ωμέγα", 3, 16_274_646_293_813_143_900),
            ("", 0, 16_574_515_714_863_409_599), ("x", -1, 8_923_592_853_416_152_573),
        ] as [(String, Int, UInt64)])
    func pinned(_ row: (String, Int, UInt64)) {
        #expect(FuzzSeed.derive(cardID: row.0, reviewCount: row.1) == row.2)
    }
}
