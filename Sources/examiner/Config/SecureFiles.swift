import Foundation

/// Creates folders and files that only their owner can read, with no moment of wider permissions.
enum SecureFiles {
    /// Why a private file or folder could not be made.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Creates the folder with mode 0700 (missing parents with the usual mode); an existing folder, and every parent,
    /// is left with the mode its owner gave it.
    static func createPrivateDirectory(_ url: URL) throws {
        let path = url.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(description: "\(path) exists and is not a folder") }
            return
        }
        let parent = url.standardizedFileURL.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(error.localizedDescription)")
        }
        let previous = umask(0o077)
        defer { umask(previous) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Writes the file atomically with mode 0600: a temporary file opened 0600 is filled, synced and renamed over it.
    static func writePrivateFile(_ data: Data, to url: URL) throws {
        let temporary = url.path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
        let written = data.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == data.count, synced == 0, rename(temporary, url.path) == 0 else {
            unlink(temporary)
            throw Failure(description: "cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
    }
}
