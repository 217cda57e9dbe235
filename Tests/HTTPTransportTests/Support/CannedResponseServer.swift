import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A raw TCP listener on 127.0.0.1 that answers one connection with fixed bytes and closes it.
///
/// For responses a well-behaved HTTP server cannot produce: a body cut short, interim
/// (1xx) responses before the final one.
final class CannedResponseServer: Sendable {
    /// The listening port.
    let port: Int

    /// `http://127.0.0.1:<port>`.
    var baseURL: URL {
        URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Listens and, on a background thread, serves `response` to the first client (waiting at most 5 s).
    init(response: String) throws {
        let listener = try LoopbackSocket.listen()
        port = try LoopbackSocket.port(of: listener)
        let bytes = Array(response.utf8)
        let thread = Thread {
            defer { close(listener) }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            defer { close(client) }
            Self.readRequestHead(client)
            Self.writeAll(bytes, to: client)
        }
        thread.start()
    }

    private static func readRequestHead(_ socket: Int32) {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        repeat {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return }
            received.append(contentsOf: chunk[0..<count])
        } while !received.suffix(4).elementsEqual(end)
    }

    private static func writeAll(_ bytes: [UInt8], to socket: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return }
            offset += written
        }
    }
}

/// POSIX socket helpers bound to 127.0.0.1 only.
enum LoopbackSocket {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A listening socket on 127.0.0.1 with an ephemeral port; `accept` gives up after 5 s.
    static func listen() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, Glibc.listen(fd, 4) == 0 else {
            close(fd)
            throw Failure(description: "bind/listen failed: errno \(errno)")
        }
        return fd
    }

    /// The port a socket is bound to.
    static func port(of fd: Int32) throws -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw Failure(description: "getsockname failed: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A loopback port nothing listens on: bound, then closed again.
    static func closedPort() throws -> Int {
        let fd = try listen()
        defer { close(fd) }
        return try port(of: fd)
    }
}
