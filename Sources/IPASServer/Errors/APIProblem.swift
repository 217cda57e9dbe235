import Foundation
import HTTPTypes
import OpenAPIRuntime

/// An error a route answers with: an RFC 9457 problem document with a status, a title and a detail for the caller.
public struct APIProblem: Error, HTTPResponseConvertible, Sendable, CustomStringConvertible {
    public let status: HTTPResponse.Status
    public let detail: String

    /// Makes a problem with a status and a human-readable detail.
    public init(_ status: HTTPResponse.Status, _ detail: String) {
        self.status = status
        self.detail = detail
    }

    static func unauthorized(_ detail: String = "a valid bearer token is required") -> APIProblem { .init(.unauthorized, detail) }
    static func forbidden(_ detail: String) -> APIProblem { .init(.forbidden, detail) }
    static func notFound(_ detail: String) -> APIProblem { .init(.notFound, detail) }
    static func badRequest(_ detail: String) -> APIProblem { .init(.badRequest, detail) }

    public var description: String { "\(status.code) \(status.reasonPhrase): \(detail)" }

    public var httpStatus: HTTPResponse.Status { status }

    public var httpHeaderFields: HTTPFields {
        var fields: HTTPFields = [.contentType: "application/problem+json"]
        if status == .unauthorized { fields[.wwwAuthenticate] = "Bearer" }
        return fields
    }

    public var httpBody: HTTPBody? { HTTPBody(ProblemDocument(status: status, detail: detail).json()) }
}

/// The JSON body of a problem response.
struct ProblemDocument: Encodable {
    let type: String
    let title: String
    let status: Int
    let detail: String

    init(status: HTTPResponse.Status, detail: String) {
        type = "about:blank"
        title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
    }

    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(self)) ?? Data("{\"type\":\"about:blank\",\"status\":\(status)}".utf8)
    }
}
