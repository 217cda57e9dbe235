import Foundation
import HTTPTypes

/// An `HTTPRequest` turned into what libcurl needs: a URL string, a method, header lines and body bytes.
struct PreparedRequest: Sendable {
    /// Full URL: base URL plus the request's path (which includes the query).
    let url: String
    /// The URL as shown in error messages: without credentials or query (which may hold tokens).
    let displayURL: String
    /// Request method, e.g. "GET".
    let method: String
    /// Header lines for `CURLOPT_HTTPHEADER`, e.g. "Accept: application/json".
    private(set) var headerLines: [String] = []
    /// Request body, or nil to send none; POST, PUT and PATCH always have one (maybe empty).
    private(set) var body: [UInt8]?

    private let fields: HTTPFields
    private let alwaysSendsBody: Bool

    /// Whether the request expects no response body (HEAD).
    var isHead: Bool { method == "HEAD" }

    /// Joins `baseURL` and `request.path`; fails on anything but an http(s) URL.
    init(_ request: HTTPRequest, baseURL: URL) throws(TransportError) {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let path = request.path ?? ""
        let url = path.isEmpty || path.hasPrefix("/") ? base + path : base + "/" + path
        let display = Self.displayString(of: url)
        let scheme = baseURL.scheme?.lowercased()
        guard scheme == "http" || scheme == "https", baseURL.host != nil else {
            throw TransportError(kind: .other, description: "cannot send a request to \(display): only http and https URLs are supported")
        }
        self.url = url
        self.displayURL = display
        self.method = request.method.rawValue
        self.fields = request.headerFields
        self.alwaysSendsBody = [.post, .put, .patch].contains(request.method)
        attachBody(nil)
    }

    /// Sets the body (POST, PUT and PATCH get an empty one if nil) and derives the header lines.
    mutating func attachBody(_ bytes: [UInt8]?) {
        body = bytes ?? (alwaysSendsBody ? [] : nil)
        headerLines = Self.headerLines(fields, hasBody: body != nil)
    }

    private static func headerLines(_ fields: HTTPFields, hasBody: Bool) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(fields.count + 2)
        for field in fields {
            // libcurl frames the body itself; a caller's framing headers would contradict it.
            if field.name == .contentLength || field.name == .transferEncoding || field.name == .expect {
                continue
            }
            // "Name:" would tell libcurl to remove the header; "Name;" sends it empty.
            lines.append(field.value.isEmpty ? "\(field.name.rawName);" : "\(field.name.rawName): \(field.value)")
        }
        // No "Expect: 100-continue" round trip before sending a body.
        lines.append("Expect:")
        // libcurl would otherwise label a body application/x-www-form-urlencoded.
        if hasBody, fields[.contentType] == nil {
            lines.append("Content-Type:")
        }
        return lines
    }

    private static func displayString(of url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? url
    }
}
