import Foundation

/// The contract text (`openapi.yaml`) as shipped with the build, for the server to serve and tests to validate.
public enum APISpecification {
    /// Why the contract text could not be read.
    public struct MissingError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The YAML text of `openapi.yaml`.
    public static func text() throws -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw MissingError(description: "openapi.yaml is missing from the IPASAPI resources of this build")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
