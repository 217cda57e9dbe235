import Foundation
import HTTPTransport
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite("CurlTransport: failures")
struct CurlTransportFailureTests {
    @Test func refusedConnectionIsCouldNotConnect() async throws {
        let port = try LoopbackSocket.closedPort()
        let baseURL = try #require(URL(string: "http://127.0.0.1:\(port)"))
        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport().fetch(.get, "/ping", baseURL: baseURL)
        }
        #expect(error?.kind == .couldNotConnect)
        #expect(error?.curlCode == 7)  // CURLE_COULDNT_CONNECT
        #expect(error?.description == "could not connect to http://127.0.0.1:\(port)/ping (Connection refused)")
    }

    @Test func slowResponseTimesOut() async throws {
        try await TestServer.run { baseURL in
            let transport = CurlTransport(configuration: .init(requestTimeout: .milliseconds(300)))
            let error = await #expect(throws: TransportError.self) {
                try await transport.fetch(.get, "/slow", baseURL: baseURL)
            }
            #expect(error?.kind == .timedOut)
            #expect(error?.description.contains("/slow") == true)
        }
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        try await TestServer.run { baseURL in
            let transport = CurlTransport()
            let task = Task { try await transport.fetch(.get, "/slow", baseURL: baseURL) }
            try await Task.sleep(for: .milliseconds(200))
            task.cancel()
            let result = await task.result
            #expect(throws: TransportError.self) { try result.get() }
            if case .failure(let error as TransportError) = result {
                #expect(error.kind == .cancelled)
            }
            // The transport is still usable afterwards.
            let reply = try await transport.echo(.get, baseURL: baseURL)
            #expect(reply.method == "GET")
        }
    }

    @Test func alreadyCancelledTaskSendsNothing() async throws {
        let port = try LoopbackSocket.closedPort()
        let baseURL = try #require(URL(string: "http://127.0.0.1:\(port)"))
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await CurlTransport().fetch(.get, "/", baseURL: baseURL)
        }
        let result = await task.result
        #expect(throws: TransportError.self) { try result.get() }
        if case .failure(let error as TransportError) = result {
            #expect(error.kind == .cancelled)
        }
    }

    @Test(arguments: ["/large", "/stream-large"])
    func oversizedResponseIsRefused(path: String) async throws {
        try await TestServer.run { baseURL in
            let transport = CurlTransport(configuration: .init(maxResponseBytes: 1 << 20))
            let error = await #expect(throws: TransportError.self) {
                try await transport.fetch(.get, path, baseURL: baseURL)
            }
            #expect(error?.kind == .responseTooLarge)
            #expect(error?.description.contains("1048576 bytes") == true)
            // A response within the limit still works on the same transport.
            let reply = try await transport.echo(.get, baseURL: baseURL)
            #expect(reply.method == "GET")
        }
    }

    @Test func connectionClosedMidBodyIsMalformed() async throws {
        let partial = String(repeating: "x", count: 100)
        let server = try CannedResponseServer(
            response: "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n\(partial)"
        )
        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport().fetch(.get, "/partial", baseURL: server.baseURL)
        }
        #expect(error?.kind == .malformedResponse)
        #expect(error?.curlCode == 18)  // CURLE_PARTIAL_FILE
    }

    @Test func serverClosingWithoutAnswerIsMalformed() async throws {
        let server = try CannedResponseServer(response: "")
        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport().fetch(.get, "/", baseURL: server.baseURL)
        }
        #expect(error?.kind == .malformedResponse)
    }

    @Test func oversizedRequestBodyIsNotSent() async throws {
        let port = try LoopbackSocket.closedPort()
        let baseURL = try #require(URL(string: "http://127.0.0.1:\(port)"))
        let transport = CurlTransport(configuration: .init(maxRequestBytes: 16))
        let error = await #expect(throws: TransportError.self) {
            try await transport.fetch(.post, "/echo", baseURL: baseURL, body: HTTPBody(String(repeating: "a", count: 100)))
        }
        #expect(error?.kind == .other)
        #expect(error?.description.contains("request body") == true)
    }

    @Test func nonHTTPBaseURLIsRejected() async throws {
        let baseURL = try #require(URL(string: "ftp://127.0.0.1/files"))
        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport().fetch(.get, "/x", baseURL: baseURL)
        }
        #expect(error?.kind == .other)
    }
}
