import Foundation
import HTTPTypes
import Testing

@testable import HTTPTransport

@Suite("PreparedRequest: URL and header lines for libcurl")
struct PreparedRequestTests {
    private func prepare(
        _ method: HTTPRequest.Method,
        path: String,
        base: String = "http://127.0.0.1:8080",
        headers: HTTPFields = [:],
        body: [UInt8]? = nil
    ) throws -> PreparedRequest {
        let baseURL = try #require(URL(string: base))
        var prepared = try PreparedRequest(
            HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: headers),
            baseURL: baseURL
        )
        prepared.attachBody(body)
        return prepared
    }

    @Test func joinsBaseURLAndPathWithQuery() throws {
        #expect(try prepare(.get, path: "/v1/files?state=open").url == "http://127.0.0.1:8080/v1/files?state=open")
        #expect(try prepare(.get, path: "/v1/files", base: "http://127.0.0.1:8080/api/").url == "http://127.0.0.1:8080/api/v1/files")
    }

    @Test func displayURLHidesCredentialsAndQuery() throws {
        let prepared = try prepare(.get, path: "/v1/files?token=secret", base: "https://user:pw@127.0.0.1:8443")
        #expect(prepared.displayURL == "https://127.0.0.1:8443/v1/files")
        #expect(prepared.url.contains("token=secret"))
    }

    @Test func headerLinesSuppressExpectAndFraming() throws {
        var headers = HTTPFields()
        headers[.accept] = "application/json"
        headers[.contentLength] = "999"
        headers[.expect] = "100-continue"
        headers[HTTPField.Name("X-Empty")!] = ""
        let lines = try prepare(.get, path: "/", headers: headers).headerLines
        #expect(lines == ["Accept: application/json", "X-Empty;", "Expect:"])
    }

    @Test func bodyWithoutContentTypeRemovesCurlsFormDefault() throws {
        let lines = try prepare(.post, path: "/", body: Array("x".utf8)).headerLines
        #expect(lines.contains("Content-Type:"))
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        let typed = try prepare(.post, path: "/", headers: headers, body: Array("{}".utf8)).headerLines
        #expect(typed == ["Content-Type: application/json", "Expect:"])
    }

    @Test func postPutPatchAlwaysCarryABody() throws {
        #expect(try prepare(.post, path: "/").body == [])
        #expect(try prepare(.put, path: "/").body == [])
        #expect(try prepare(.patch, path: "/").body == [])
        #expect(try prepare(.get, path: "/").body == nil)
        #expect(try prepare(.delete, path: "/").body == nil)
    }

    @Test func rejectsNonHTTPSchemes() throws {
        let baseURL = try #require(URL(string: "file:///etc"))
        #expect(throws: TransportError.self) {
            try PreparedRequest(HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/passwd"), baseURL: baseURL)
        }
    }
}
