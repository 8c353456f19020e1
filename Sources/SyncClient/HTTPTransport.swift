import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP exchange, as the client needs it: a method, a path, a bearer token and a JSON body.
public struct HTTPExchange: Sendable {
    public struct Request: Sendable {
        public var method: String
        public var url: URL
        public var token: String?
        public var body: Data?

        public init(method: String, url: URL, token: String?, body: Data?) {
            self.method = method
            self.url = url
            self.token = token
            self.body = body
        }
    }

    public struct Response: Sendable {
        public var status: Int
        public var body: Data

        public init(status: Int, body: Data) {
            self.status = status
            self.body = body
        }
    }
}

/// Sends a request and waits for the answer; a test can stand in for the network.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPExchange.Request) throws(SyncError) -> HTTPExchange.Response
}

/// The live transport: Foundation's URLSession (libcurl on Linux), so that `recall` needs no networking
/// library of its own. Plain HTTP on a school's network, or HTTPS behind any proxy that terminates it.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession
    /// Seconds without progress before a request is given up (and nothing is assumed to have happened).
    public let timeout: TimeInterval

    public init(timeout: TimeInterval = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        // Foundation's URLSession on Linux, given a password challenge and no delegate, waits for ever:
        // the delegate turns one down at once, and the request fails with a sentence that says why.
        session = URLSession(configuration: configuration, delegate: RefusingChallenges(), delegateQueue: nil)
        self.timeout = timeout
    }

    public func send(_ request: HTTPExchange.Request) throws(SyncError) -> HTTPExchange.Response {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        urlRequest.setValue("application/json", forHTTPHeaderField: "Accept")
        if let token = request.token {
            urlRequest.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        }
        if let body = request.body {
            urlRequest.setValue("application/json", forHTTPHeaderField: "Content-Type")
            urlRequest.httpBody = body
        }
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: urlRequest) { data, response, error in
            if let error {
                box.result = .failure(error)
            } else if let response = response as? HTTPURLResponse {
                box.result = .success(HTTPExchange.Response(status: response.statusCode, body: data ?? Data()))
            } else {
                box.result = .failure(URLError(.badServerResponse))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        switch box.result {
        case .success(let response):
            return response
        case .failure(let error):
            throw .unreachable(server: Self.origin(of: request.url), detail: Self.explain(error))
        case nil:
            throw .unreachable(server: Self.origin(of: request.url), detail: "no answer")
        }
    }

    /// `http://host:port` of a URL, for messages.
    static func origin(of url: URL) -> String {
        var text = "\(url.scheme ?? "http")://\(url.host ?? "?")"
        if let port = url.port { text += ":\(port)" }
        return text
    }

    static func explain(_ error: any Error) -> String {
        guard let error = error as? URLError else { return error.localizedDescription }
        switch error.code {
        case .cannotConnectToHost: return "connection refused: is recall-server running there?"
        case .cannotFindHost, .dnsLookupFailed: return "no such host"
        case .timedOut: return "no answer within the time allowed"
        case .cancelled, .userAuthenticationRequired:
            return "it asked for a name and password, which Recall's server never does: is the address right?"
        case .networkConnectionLost: return "the connection was cut"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate:
            return "the secure connection failed"
        default: return error.localizedDescription
        }
    }
}

/// Turns down every authentication challenge: Recall sends its token itself, and a proxy's or a web server's
/// password prompt is an error to report, not a question to wait on.
private final class RefusingChallenges: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        completionHandler(.cancelAuthenticationChallenge, nil)
    }
}

/// The completion handler's result, handed to the waiting thread (the semaphore orders the accesses).
private final class ResultBox: @unchecked Sendable {
    var result: Result<HTTPExchange.Response, any Error>?
}
