import Testing
import Terminal

@Suite("HeadlessBackend")
struct HeadlessBackendTests {
    @Test func handsOutQueuedKeysInOrderThenNil() {
        let backend = HeadlessBackend(width: 80, height: 24)
        backend.pendingKeys = [.character("j"), .down, .control("c")]
        #expect(backend.readKey(timeoutMilliseconds: 30) == .character("j"))
        #expect(backend.readKey(timeoutMilliseconds: 30) == .down)
        #expect(backend.readKey(timeoutMilliseconds: 30) == .control("c"))
        #expect(backend.readKey(timeoutMilliseconds: 30) == nil)
        #expect(backend.pendingKeys.isEmpty)
    }

    @Test func pressQueuesNotation() {
        let backend = HeadlessBackend(width: 10, height: 5)
        #expect(backend.press("j", "<Down>", "<C-c>"))
        #expect(backend.pendingKeys == [.character("j"), .down, .control("c")])
        #expect(!backend.press("k", "<Nope>"))
        #expect(backend.pendingKeys.count == 3)
    }

    @Test func resizeChangesSizeAndReportsResizeFirst() {
        let backend = HeadlessBackend(width: 80, height: 24)
        #expect(backend.size == (80, 24))
        backend.pendingKeys = [.character("q")]
        backend.resize(width: 40, height: 12)
        #expect(backend.size == (40, 12))
        #expect(backend.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(backend.readKey(timeoutMilliseconds: 0) == .character("q"))
        #expect(backend.readKey(timeoutMilliseconds: 0) == nil)
    }

    @Test func drawKeepsLastScreenAndCounts() {
        let backend = HeadlessBackend(width: 5, height: 2)
        #expect(backend.lastScreen == nil)
        #expect(backend.drawCount == 0)
        var screen = Screen(width: 5, height: 2)
        screen.put("hi", row: 0, column: 0)
        backend.draw(screen)
        #expect(backend.lastScreen == screen)
        #expect(backend.drawCount == 1)
        #expect(backend.lastChangedRows == [0, 1])
        screen.put("yo", row: 1, column: 0)
        backend.draw(screen)
        #expect(backend.lastScreen?.text() == "hi\nyo")
        #expect(backend.drawCount == 2)
        #expect(backend.lastChangedRows == [1])
    }

    @Test func shutdownIsSafeTwice() {
        let backend = HeadlessBackend(width: 1, height: 1)
        backend.shutdown()
        backend.shutdown()
        #expect(backend.isShutDown)
        #expect(backend.shutdownCount == 2)
    }

    @Test func worksThroughTheProtocol() {
        let backend: any TerminalBackend = HeadlessBackend(width: 3, height: 3)
        #expect(backend.size.width == 3)
        #expect(backend.readKey(timeoutMilliseconds: 0) == nil)
    }
}
