import Foundation
import Hummingbird
import TestSupport

/// What the `/echo` route saw, returned as JSON.
struct EchoReply: Codable, Sendable, ResponseEncodable {
    var method: String
    var uri: String
    /// Header values by lower-cased name, repeated fields joined with ", ".
    var headers: [String: String]
    var body: String
    /// The client's TCP port: equal ports mean a reused connection.
    var peerPort: Int?
}

/// Request context recording the client's port.
struct PeerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let peerPort: Int?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerPort = source.channel.remoteAddress?.port
    }
}

/// A real Hummingbird server on 127.0.0.1 (ephemeral port) for the duration of a test.
enum TestServer {
    /// Size of the `/large` and `/stream-large` bodies.
    static let largeSize = 3 << 20

    /// The deterministic bytes of `/large` and `/stream-large`: a 251-byte pattern, so misplaced chunks show.
    static let largeBytes: [UInt8] = {
        let pattern = (0..<251).map { UInt8(($0 * 31 + 7) % 251) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(largeSize + pattern.count)
        while bytes.count < largeSize { bytes.append(contentsOf: pattern) }
        bytes.removeLast(bytes.count - largeSize)
        return bytes
    }()

    /// Starts the server, runs `body` with its base URL, then shuts the server down.
    static func run<T: Sendable>(_ body: @Sendable (URL) async throws -> T) async throws -> T {
        try await LoopbackServer.run(makeRouter(), body)
    }


    private static func makeRouter() -> Router<PeerContext> {
        let router = Router(context: PeerContext.self)
        for method in [HTTPRequest.Method.get, .post, .put, .delete, .patch, .head] {
            router.on("/echo", method: method, use: echo)
            router.on("/api/v1/echo", method: method, use: echo)
        }
        router.get("/status/:code") { _, context in
            let code = context.parameters.get("code", as: Int.self) ?? 500
            return Response(
                status: .init(code: code),
                headers: [.contentType: "text/plain"],
                body: .init(byteBuffer: ByteBuffer(string: "status \(code)"))
            )
        }
        router.get("/large") { _, _ in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: largeBytes)))
        }
        router.get("/stream-large") { _, _ in
            // No Content-Length: sent chunked, so only the running count can enforce a limit.
            Response(status: .ok, body: .init { writer in
                let bytes = largeBytes
                for start in stride(from: 0, to: bytes.count, by: 64 << 10) {
                    try await writer.write(ByteBuffer(bytes: bytes[start..<min(start + (64 << 10), bytes.count)]))
                }
                try await writer.finish(nil)
            })
        }
        router.get("/slow") { _, _ in
            try await Task.sleep(for: .seconds(2))
            return "late"
        }
        router.get("/redirect") { _, _ in
            Response(status: .found, headers: [.location: "/echo"])
        }
        return router
    }

    @Sendable private static func echo(_ request: Request, _ context: PeerContext) async throws -> EchoReply {
        var request = request
        let body = try await request.collectBody(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { "\($0), \(field.value)" } ?? field.value
        }
        return EchoReply(
            method: request.method.rawValue,
            uri: request.uri.description,
            headers: headers,
            body: String(decoding: body.readableBytesView, as: UTF8.self),
            peerPort: context.peerPort
        )
    }
}
