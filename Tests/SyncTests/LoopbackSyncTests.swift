import Foundation
import HTTPTransport
import IPASAPI
import IPASDomain
import OfflineStore
import OpenAPIRuntime
import Synchronization
import TestSupport
import Testing
@testable import Sync

/// A signed-in client against a real server.
struct SignedInClient {
    let client: Client
    let user: UserProfile

    static func make(server: ServerProcess, username: String) async throws -> SignedInClient {
        let box = TokenBox()
        let client = Client(
            serverURL: server.url, transport: CurlTransport(),
            middlewares: [BearerTokenMiddleware { box.value.withLock { $0 } }])
        let session = BackOfficeSession(client: client)
        let issued = try await session.signIn(username: username, password: "demo")
        box.value.withLock { $0 = issued.token }
        return SignedInClient(client: client, user: try await session.currentUser())
    }

    /// The whole queue as the server pages it.
    func serverQueue() async throws -> [WorkItem] {
        var items: [WorkItem] = []
        var pageToken: String?
        repeat {
            let page = try await client.listQueue(query: .init(pageSize: 200, pageToken: pageToken)).ok.body.json
            items += try page.items.map { try WorkItem($0) }
            pageToken = page.nextPageToken
        } while pageToken != nil
        return items
    }
}

final class TokenBox: Sendable {
    let value = Mutex<String?>(nil)
}

@Suite("Sync over loopback", .serialized)
struct LoopbackSyncTests {
    @Test func pullFillsARealCacheWithTheServersQueue() async throws {
        let server = try ServerProcess.start()
        defer { server.stop() }
        let signedIn = try await SignedInClient.make(server: server, username: "examiner3")
        let folder = try TestPaths.scratchDirectory("sync")
        let cache = try CacheDatabase.open(path: folder.appendingPathComponent("cache.sqlite").path)
        let engine = SyncEngine(client: signedIn.client, store: cache, pageSize: 97)

        let progress = Mutex<[Int]>([])
        let summary = try await engine.pull { step in progress.withLock { $0.append(step.pulled) } }
        let serverQueue = try await signedIn.serverQueue()
        #expect(serverQueue.count > 30)
        #expect(try cache.queue(for: "examiner3") == serverQueue)
        #expect(summary.pulled == serverQueue.count * 2)  // every task and its file
        #expect(summary.pages == (summary.pulled + 96) / 97)
        #expect(progress.withLock { $0 } == progress.withLock { $0 }.sorted())
        #expect(try cache.checkpoint().lastSyncedAt != nil)
        let first = try #require(serverQueue.first)
        #expect(try cache.file(first.fileNumber)?.kind == .trademark)

        let again = try await engine.pull()
        #expect(again.pulled == 0)
        #expect(again.reseeded == false)
    }

    @Test func aNewEpochReseedsTheCache() async throws {
        let folder = try TestPaths.scratchDirectory("sync")
        let cache = try CacheDatabase.open(path: folder.appendingPathComponent("cache.sqlite").path)
        let firstServer = try ServerProcess.start()
        let first = try await SignedInClient.make(server: firstServer, username: "examiner1")
        _ = try await SyncEngine(client: first.client, store: cache).pull()
        let before = try cache.checkpoint()
        firstServer.stop()

        // Another office database (a restore, say) answers on a new port with a new epoch.
        let secondServer = try ServerProcess.start()
        defer { secondServer.stop() }
        let second = try await SignedInClient.make(server: secondServer, username: "examiner1")
        let summary = try await SyncEngine(client: second.client, store: cache).pull()
        #expect(summary.reseeded)
        #expect(try cache.checkpoint().epoch != before.epoch)
        #expect(try cache.queue(for: "examiner1") == (try await second.serverQueue()))
    }

    @Test func anUnreachableServerIsReportedAsOffline() async throws {
        let server = try ServerProcess.start()
        let signedIn = try await SignedInClient.make(server: server, username: "examiner1")
        server.stop(signal: SIGKILL)
        let cache = try CacheDatabase.inMemory()
        await #expect {
            _ = try await SyncEngine(client: signedIn.client, store: cache).pull()
        } throws: { error in
            (error as? SyncError)?.kind == .unreachable
        }
        #expect(try cache.checkpoint().cursor == nil)
    }
}
