import Foundation
import IPASDomain
import Terminal

/// Something that happened: a key, a result of an effect, a change in the cache.
public enum Message: Sendable {
    case key(Key)
    case action(ActionID)
    case queueChanged([WorkItem])
    case syncStarted(Date)
    case syncFinished(SyncOutcome)
    case resized(width: Int, height: Int)
    case tick(Date)
    case stopRequested
}

/// How a background sync ended.
public enum SyncOutcome: Sendable, Equatable {
    case succeeded(pulled: Int, at: Date)
    case unreachable(String)
    case failed(String)
}

/// Work the runner performs for `update`; `update` itself never does IO.
public enum Effect: Sendable, Equatable {
    case startSync
    case quit
}
