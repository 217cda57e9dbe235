import Foundation
import Hummingbird
import Testing

/// Any JSON value, for asserting on responses without the generated types.
enum JSONValue: Decodable, Equatable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var object: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }
}

/// An RFC 9457 problem body.
struct ProblemBody: Decodable {
    let type: String
    let title: String
    let status: Int
    let detail: String?
}

extension RouteResponse {
    func problem() throws -> ProblemBody { try JSONDecoder().decode(ProblemBody.self, from: Data(buffer: body)) }
}

extension RouteClient {
    /// Signs in with the fixture password and returns the token.
    func signIn(_ username: String, password: String = "secret") async throws -> String {
        try await execute(
            uri: "/v1/auth/token", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#)
        ) { response in
            #expect(response.status == .ok)
            let body = try JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: response.body))
            #expect(body["token_type"]?.string == "Bearer")
            return body["access_token"]?.string ?? ""
        }
    }

    /// GETs a JSON object with a bearer token, expecting 200.
    func json(uri: String, token: String) async throws -> [String: JSONValue] {
        try await execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
            #expect(response.status == .ok, "\(uri): \(String(buffer: response.body))")
            return try JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: response.body))
        }
    }
}
