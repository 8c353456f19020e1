import CZstd
import Foundation

// recall-zstd -d | -c [LEVEL]
//
// Decompresses (-d) or compresses (-c, level 1–19, 3 by default) zstd from standard input to standard
// output, streaming. `recall anki import` runs it on the collection and media list of a package in Anki's
// current format; it is a separate program so that `recall` builds on a machine without the zstd headers.

let usage = "usage: recall-zstd -d | -c [LEVEL]  (standard input to standard output)"

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("recall-zstd: \(message)\n".utf8))
    exit(1)
}

/// Reads standard input in chunks of up to `size` bytes and hands each to `body` with whether it is the last.
func chunks(of size: Int, _ body: (UnsafeMutableRawBufferPointer, Int, Bool) -> Void) {
    var buffer = [UInt8](repeating: 0, count: size)
    var finished = false
    while !finished {
        var count = 0
        // Fill the buffer, so that a short read from a pipe is not taken for the end.
        while count < size {
            let n = buffer.withUnsafeMutableBytes { bytes in
                // Only a buffer of no bytes has no address, and then there is nothing to fill.
                guard let base = bytes.baseAddress else { fail("cannot read standard input into an empty buffer") }
                return read(0, base + count, size - count)
            }
            if n < 0, errno == EINTR { continue }
            if n < 0 { fail("cannot read standard input: \(String(cString: strerror(errno)))") }
            if n == 0 {
                finished = true
                break
            }
            count += n
        }
        buffer.withUnsafeMutableBytes { body($0, count, finished) }
    }
}

/// Writes what zstd put into `output`, or fails on its error code.
func emit(_ result: Int, _ output: ZSTD_outBuffer) {
    if ZSTD_isError(result) != 0 { fail(String(cString: ZSTD_getErrorName(result))) }
    guard let destination = output.dst else { fail("zstd's output buffer has no address") }
    var written = 0
    while written < output.pos {
        let n = write(1, destination + written, output.pos - written)
        if n < 0, errno == EINTR { continue }
        if n <= 0 { fail("cannot write standard output: \(String(cString: strerror(errno)))") }
        written += n
    }
}

var arguments = CommandLine.arguments.dropFirst()
switch arguments.popFirst() {
case "-d":
    guard let context = ZSTD_createDStream() else { fail("out of memory") }
    defer { ZSTD_freeDStream(context) }
    var out = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
    var sawInput = false
    var last = 0
    out.withUnsafeMutableBytes { outBytes in
        chunks(of: ZSTD_DStreamInSize()) { inBytes, count, _ in
            var input = ZSTD_inBuffer(src: inBytes.baseAddress, size: count, pos: 0)
            sawInput = sawInput || count > 0
            while input.pos < input.size {
                var output = ZSTD_outBuffer(dst: outBytes.baseAddress, size: outBytes.count, pos: 0)
                last = ZSTD_decompressStream(context, &output, &input)
                emit(last, output)
            }
        }
    }
    // zstd's hint is zero only once a frame is complete.
    if !sawInput || last != 0 { fail("the compressed data ends before its last frame does") }
case "-c":
    let level = arguments.popFirst().map { Int32($0) ?? -1 } ?? 3
    guard (1...19).contains(level) else { fail("the level is a number from 1 to 19\n\(usage)") }
    guard let context = ZSTD_createCCtx() else { fail("out of memory") }
    defer { ZSTD_freeCCtx(context) }
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
    var out = [UInt8](repeating: 0, count: ZSTD_CStreamOutSize())
    out.withUnsafeMutableBytes { outBytes in
        chunks(of: ZSTD_CStreamInSize()) { inBytes, count, finished in
            var input = ZSTD_inBuffer(src: inBytes.baseAddress, size: count, pos: 0)
            var done = false
            while !done {
                var output = ZSTD_outBuffer(dst: outBytes.baseAddress, size: outBytes.count, pos: 0)
                let remaining = ZSTD_compressStream2(context, &output, &input, finished ? ZSTD_e_end : ZSTD_e_continue)
                emit(remaining, output)
                done = finished ? remaining == 0 : input.pos == input.size
            }
        }
    }
case "--help", "-h":
    print(usage)
default:
    fail(usage)
}
