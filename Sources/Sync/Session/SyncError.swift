/// Why talking to the back office failed, in words for the user.
public struct SyncError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of failure it was, for deciding what to do next.
    public enum Kind: Sendable, Equatable {
        /// The server could not be reached or did not answer in time: the workstation is offline.
        case unreachable
        /// The token is missing, wrong or expired: sign in again.
        case notSignedIn
        /// The server answered something the contract does not allow.
        case malformedResponse
        /// The server refused the request.
        case refused(status: Int)
    }

    public let kind: Kind
    public let description: String

    /// Makes an error.
    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}
