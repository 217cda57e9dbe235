import Foundation
import IPASDomain

/// Whether the back office was reachable at the last attempt.
public enum Connectivity: Sendable, Equatable {
    /// No attempt yet.
    case unknown
    case online
    /// The last attempt failed; the reason is shown in the status bar.
    case offline(reason: String)
}

/// Everything the screen shows; panes read only this.
public struct AppState: Sendable, Equatable {
    public var user: UserProfile?
    /// The profile (environment) the workstation works against, e.g. `production` or `demo`.
    public var profile: String
    public var queue: [WorkItem] = []
    public var selection = 0
    /// The first queue row shown.
    public var scrollOffset = 0
    public var connectivity: Connectivity = .unknown
    public var syncing = false
    public var lastSync: Date?
    /// When the last sync began, successful or not; the next automatic one waits a full interval after it.
    public var lastSyncAttempt: Date?
    /// A one-line message for the user (errors, results of actions).
    public var notice: String?
    public var showingHelp = false
    public var today: CalendarDay
    public var width: Int
    public var height: Int
    public var running = true

    /// The starting state.
    public init(user: UserProfile?, profile: String, today: CalendarDay, width: Int, height: Int) {
        self.user = user
        self.profile = profile
        self.today = today
        self.width = width
        self.height = height
    }

    /// The queue rows that fit on screen between the header lines and the status bar.
    public var visibleQueueRows: Int { max(0, height - QueueLayout.chromeRows) }

    /// The selected work item, if the queue is not empty.
    public var selectedItem: WorkItem? { queue.indices.contains(selection) ? queue[selection] : nil }

    /// Overdue items in the queue.
    public var overdueCount: Int {
        queue.filter { if case .overdue = $0.urgency(on: today) { true } else { false } }.count
    }
}

/// Fixed rows of the main screen: title, column header, status bar.
public enum QueueLayout {
    public static let chromeRows = 3
}
