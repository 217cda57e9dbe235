/// The user a request was authenticated as, for the handlers of that request.
enum RequestUser {
    @TaskLocal static var current: StoredUser?

    /// The authenticated user, or 401 when the route was reached without one.
    static func required() throws -> StoredUser {
        guard let current else { throw APIProblem.unauthorized() }
        return current
    }
}
