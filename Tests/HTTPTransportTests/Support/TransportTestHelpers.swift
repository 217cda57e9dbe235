import Foundation
import HTTPTransport
import HTTPTypes
import OpenAPIRuntime

extension CurlTransport {
    /// Sends one request and collects the whole response body.
    func fetch(
        _ method: HTTPRequest.Method,
        _ path: String,
        baseURL: URL,
        headers: HTTPFields = [:],
        body: HTTPBody? = nil
    ) async throws -> (response: HTTPResponse, body: [UInt8]) {
        let request = HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: headers)
        let (response, responseBody) = try await send(request, body: body, baseURL: baseURL, operationID: "test")
        guard let responseBody else { return (response, []) }
        return (response, try await [UInt8](collecting: responseBody, upTo: 16 << 20))
    }

    /// Sends a request to an echo route and decodes what the server saw.
    func echo(
        _ method: HTTPRequest.Method,
        _ path: String = "/echo",
        baseURL: URL,
        headers: HTTPFields = [:],
        body: HTTPBody? = nil
    ) async throws -> EchoReply {
        let (response, bytes) = try await fetch(method, path, baseURL: baseURL, headers: headers, body: body)
        guard response.status == .ok else { throw UnexpectedStatus(status: response.status) }
        return try JSONDecoder().decode(EchoReply.self, from: Data(bytes))
    }
}

/// An echo request answered with something other than 200.
struct UnexpectedStatus: Error {
    let status: HTTPResponse.Status
}

/// Index of the first byte where `actual` and `expected` differ (a length mismatch counts), or nil.
func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> Int? {
    for index in 0..<min(actual.count, expected.count) where actual[index] != expected[index] {
        return index
    }
    return actual.count == expected.count ? nil : min(actual.count, expected.count)
}
