import Foundation
import HTTPTransport
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite("CurlTransport: requests and responses")
struct CurlTransportRequestTests {
    let transport = CurlTransport()

    @Test func getSendsMethodPathQueryAndHeaders() async throws {
        try await TestServer.run { baseURL in
            var headers = HTTPFields()
            headers[.accept] = "application/json"
            headers[HTTPField.Name("X-Examiner-Case")!] = "TM 2024/0042"
            let reply = try await transport.echo(.get, "/echo?filter=open&page=2", baseURL: baseURL, headers: headers)
            #expect(reply.method == "GET")
            #expect(reply.uri == "/echo?filter=open&page=2")
            #expect(reply.headers["accept"] == "application/json")
            #expect(reply.headers["x-examiner-case"] == "TM 2024/0042")
            #expect(reply.headers["user-agent"] == "examiner")
            #expect(reply.headers["expect"] == nil)
            #expect(reply.headers["content-type"] == nil)
            #expect(reply.body.isEmpty)
        }
    }

    @Test func postJSONBodyRoundTrips() async throws {
        try await TestServer.run { baseURL in
            let json = #"{"applicationNumber":"EP1234567","claims":[1,2,3],"note":"ünïcödé"}"#
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            let reply = try await transport.echo(.post, baseURL: baseURL, headers: headers, body: HTTPBody(json))
            #expect(reply.method == "POST")
            #expect(reply.body == json)
            #expect(reply.headers["content-type"] == "application/json")
            #expect(reply.headers["content-length"] == String(json.utf8.count))
            #expect(reply.headers["expect"] == nil)
        }
    }

    @Test func bodyWithoutContentTypeIsNotLabelledAsForm() async throws {
        try await TestServer.run { baseURL in
            let reply = try await transport.echo(.post, baseURL: baseURL, body: HTTPBody("a=b"))
            #expect(reply.body == "a=b")
            #expect(reply.headers["content-type"] == nil)
        }
    }

    @Test func putPatchAndDeleteArriveAsSuch() async throws {
        try await TestServer.run { baseURL in
            let put = try await transport.echo(.put, baseURL: baseURL, body: HTTPBody("replacement"))
            #expect(put.method == "PUT")
            #expect(put.body == "replacement")

            let patch = try await transport.echo(.patch, baseURL: baseURL, body: HTTPBody("change"))
            #expect(patch.method == "PATCH")
            #expect(patch.body == "change")

            let delete = try await transport.echo(.delete, baseURL: baseURL)
            #expect(delete.method == "DELETE")
            #expect(delete.body.isEmpty)

            let emptyPost = try await transport.echo(.post, baseURL: baseURL)
            #expect(emptyPost.method == "POST")
            #expect(emptyPost.headers["content-length"] == "0")
        }
    }

    @Test func headReturnsHeadersWithoutBody() async throws {
        try await TestServer.run { baseURL in
            let request = HTTPRequest(method: .head, scheme: nil, authority: nil, path: "/echo")
            let (response, body) = try await transport.send(request, body: nil, baseURL: baseURL, operationID: "head")
            #expect(response.status == .ok)
            #expect(body == nil)
        }
    }

    @Test func baseURLPathIsKept() async throws {
        try await TestServer.run { baseURL in
            let apiBase = baseURL.appendingPathComponent("api/v1")
            let reply = try await transport.echo(.get, "/echo?x=1", baseURL: apiBase)
            #expect(reply.uri == "/api/v1/echo?x=1")
        }
    }

    @Test(arguments: [404, 500, 503])
    func errorStatusesAreResponses(code: Int) async throws {
        try await TestServer.run { baseURL in
            let (response, body) = try await transport.fetch(.get, "/status/\(code)", baseURL: baseURL)
            #expect(response.status.code == code)
            #expect(response.headerFields[.contentType] == "text/plain")
            #expect(String(decoding: body, as: UTF8.self) == "status \(code)")
        }
    }

    @Test func largeBodyArrivesByteExact() async throws {
        try await TestServer.run { baseURL in
            let (response, body) = try await transport.fetch(.get, "/large", baseURL: baseURL)
            #expect(response.status == .ok)
            #expect(response.headerFields[.contentLength] == String(TestServer.largeSize))
            #expect(body.count == TestServer.largeSize)
            #expect(firstDifference(body, TestServer.largeBytes) == nil)
        }
    }

    @Test func chunkedBodyArrivesByteExact() async throws {
        try await TestServer.run { baseURL in
            let (response, body) = try await transport.fetch(.get, "/stream-large", baseURL: baseURL)
            #expect(response.status == .ok)
            #expect(response.headerFields[.contentLength] == nil)
            #expect(firstDifference(body, TestServer.largeBytes) == nil)
        }
    }

    @Test func redirectsAreNotFollowed() async throws {
        try await TestServer.run { baseURL in
            let (response, _) = try await transport.fetch(.get, "/redirect", baseURL: baseURL)
            #expect(response.status == .found)
            #expect(response.headerFields[.location] == "/echo")
        }
    }

    @Test func onlyTheFinalResponsesHeadersAreReturned() async throws {
        let server = try CannedResponseServer(
            response: "HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\n"
                + "HTTP/1.1 201 Created\r\nX-Final: yes\r\nX-Folded: first\r\n  second\r\nContent-Length: 2\r\n\r\nok"
        )
        let (response, body) = try await transport.fetch(.get, "/", baseURL: server.baseURL)
        #expect(response.status.code == 201)
        #expect(response.status.reasonPhrase == "Created")
        #expect(response.headerFields[HTTPField.Name("X-Final")!] == "yes")
        #expect(response.headerFields[HTTPField.Name("X-Interim")!] == nil)
        #expect(response.headerFields[HTTPField.Name("X-Folded")!] == "first second")
        #expect(body == Array("ok".utf8))
    }
}
