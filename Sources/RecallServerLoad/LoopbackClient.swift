import NIOCore
import NIOHTTP1
import NIOPosix

/// One keep-alive HTTP/1.1 connection that sends a request and waits for its answer, then the next.
///
/// Written on SwiftNIO, which the server already builds, rather than with AsyncHTTPClient: the load test
/// needs only POSTs on loopback, and a second HTTP stack would add minutes to every clean build. Foundation's
/// URLSession (which `recall` uses) spends more of the machine's two cores than the server it measures.
final class LoopbackClient: @unchecked Sendable {
    private let channel: any Channel
    private let handler: ResponseCollector
    let host: String

    private init(channel: any Channel, handler: ResponseCollector, host: String) {
        self.channel = channel
        self.handler = handler
        self.host = host
    }

    static func connect(host: String, port: Int, group: any EventLoopGroup) async throws -> LoopbackClient {
        let handler = ResponseCollector()
        let channel = try await ClientBootstrap(group: group)
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.pipeline.addHTTPClientHandlers().flatMap { channel.pipeline.addHandler(handler) }
            }
            .connect(host: host, port: port).get()
        return LoopbackClient(channel: channel, handler: handler, host: "\(host):\(port)")
    }

    /// Sends one request and returns the status and body.
    func send(method: HTTPMethod, path: String, token: String?, body: ByteBuffer?) async throws -> (status: Int, body: ByteBuffer) {
        var head = HTTPRequestHead(version: .http1_1, method: method, uri: path)
        head.headers.add(name: "Host", value: host)
        head.headers.add(name: "Content-Type", value: "application/json")
        head.headers.add(name: "Content-Length", value: "\(body?.readableBytes ?? 0)")
        if let token { head.headers.add(name: "Authorization", value: "Bearer \(token)") }
        let promise = channel.eventLoop.makePromise(of: (Int, ByteBuffer).self)
        channel.eventLoop.execute { self.handler.expect(promise) }
        channel.write(HTTPClientRequestPart.head(head), promise: nil)
        if let body { channel.write(HTTPClientRequestPart.body(.byteBuffer(body)), promise: nil) }
        try await channel.writeAndFlush(HTTPClientRequestPart.end(nil)).get()
        let (status, answer) = try await promise.futureResult.get()
        return (status, answer)
    }

    func close() async {
        try? await channel.close().get()
    }
}

/// Gathers one response's head and body on the channel's event loop.
private final class ResponseCollector: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPClientResponsePart

    private var promise: EventLoopPromise<(Int, ByteBuffer)>?
    private var status = 0
    private var body = ByteBuffer()

    func expect(_ promise: EventLoopPromise<(Int, ByteBuffer)>) {
        self.promise = promise
        status = 0
        body.clear()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            status = Int(head.status.code)
        case .body(var part):
            body.writeBuffer(&part)
        case .end:
            promise?.succeed((status, body))
            promise = nil
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise?.fail(error)
        promise = nil
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.fail(ChannelError.ioOnClosedChannel)
        promise = nil
    }
}
