import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import HTTPTransport

@Suite("CurlTransport: reuse and concurrency")
struct CurlTransportConcurrencyTests {
    @Test func sequentialRequestsReuseOneConnection() async throws {
        try await TestServer.run { baseURL in
            let transport = CurlTransport()
            var peerPorts: Set<Int> = []
            for index in 0..<50 {
                var headers = HTTPFields()
                headers[HTTPField.Name("X-Index")!] = String(index)
                let reply = try await transport.echo(.get, baseURL: baseURL, headers: headers)
                #expect(reply.headers["x-index"] == String(index))
                if let port = reply.peerPort { peerPorts.insert(port) }
            }
            #expect(peerPorts.count == 1, "kept-alive connection should be reused, saw client ports \(peerPorts)")
            #expect(transport.idleHandleCount == 1)
        }
    }

    @Test func concurrentRequestsAllSucceed() async throws {
        try await TestServer.run { baseURL in
            let transport = CurlTransport()
            let replies = try await withThrowingTaskGroup(of: (Int, EchoReply).self) { group in
                for index in 0..<20 {
                    group.addTask {
                        var headers = HTTPFields()
                        headers[.contentType] = "text/plain"
                        let reply = try await transport.echo(.post, baseURL: baseURL, headers: headers, body: HTTPBody("request \(index)"))
                        return (index, reply)
                    }
                }
                var replies: [Int: EchoReply] = [:]
                for try await (index, reply) in group { replies[index] = reply }
                return replies
            }
            #expect(replies.count == 20)
            for (index, reply) in replies {
                #expect(reply.body == "request \(index)")
            }
            #expect(transport.idleHandleCount <= CurlTransportConfiguration().maxIdleHandles)
        }
    }
}
