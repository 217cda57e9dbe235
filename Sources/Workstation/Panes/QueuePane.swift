import IPASDomain
import Terminal

/// The examiner's task queue: one row per running process, soonest due first, overdue and new items marked.
struct QueuePane {
    let state: AppState
    let theme: Theme

    /// Column widths for a screen width; the title takes what is left.
    struct Columns {
        let fileNumber = 18
        let kind = 2
        let status: Int
        let due = 10
        let title: Int

        init(width: Int) {
            status = width >= 72 ? 22 : 0
            let fixed = 2 + fileNumber + 1 + kind + 1 + due + 1 + (status > 0 ? status + 1 : 0)
            title = max(1, width - fixed)
        }
    }

    func render(into screen: inout Screen, top: Int, rows: Int) {
        let columns = Columns(width: screen.width)
        renderTitle(into: &screen, row: top)
        renderHeader(into: &screen, row: top + 1, columns: columns)
        let first = top + 2
        guard rows > 2 else { return }
        if state.queue.isEmpty {
            screen.put(state.syncing ? "  Synchronising…" : "  Nothing in your queue.", row: first, column: 0, style: theme[.row])
            return
        }
        for offset in 0..<(rows - 2) {
            let index = state.scrollOffset + offset
            guard state.queue.indices.contains(index) else { break }
            renderItem(state.queue[index], selected: index == state.selection, into: &screen, row: first + offset, columns: columns)
        }
    }

    func renderTitle(into screen: inout Screen, row: Int) {
        screen.fill(row: row, style: theme[.title])
        let newCount = state.queue.filter(\.newlyAllocated).count
        let summary = "My queue · \(state.queue.count) item\(state.queue.count == 1 ? "" : "s") · \(state.overdueCount) overdue · \(newCount) new"
        let used = screen.put(" " + summary, row: row, column: 0, style: theme[.title])
        if let notice = state.notice, screen.width - used > 4 {
            let text = DisplayWidth.truncate(notice, toWidth: screen.width - used - 3)
            screen.put(text, row: row, column: screen.width - DisplayWidth.of(text) - 1, style: theme[.notice])
        }
    }

    func renderHeader(into screen: inout Screen, row: Int, columns: Columns) {
        var header = "  " + DisplayWidth.pad("File number", toWidth: columns.fileNumber) + " "
        header += DisplayWidth.pad("", toWidth: columns.kind) + " " + DisplayWidth.pad("Title", toWidth: columns.title) + " "
        if columns.status > 0 { header += DisplayWidth.pad("Status", toWidth: columns.status) + " " }
        header += DisplayWidth.pad("Due", toWidth: columns.due)
        screen.put(header, row: row, column: 0, style: theme[.header])
    }

    func renderItem(_ item: WorkItem, selected: Bool, into screen: inout Screen, row: Int, columns: Columns) {
        let urgency = item.urgency(on: state.today)
        let marker: String
        var style = theme[.row]
        switch urgency {
        case .overdue: marker = "!"; style = theme[.overdue]
        case .dueSoon: marker = "~"; style = theme[.dueSoon]
        default: marker = item.newlyAllocated ? "•" : " "
        }
        if item.newlyAllocated, case .running = urgency { style = theme[.newlyAllocated] }
        if selected { style = theme[.selected] }
        screen.fill(row: row, style: selected ? style : theme[.row])
        var column = screen.put(marker + " ", row: row, column: 0, style: style)
        column += screen.put(DisplayWidth.pad(item.fileNumber, toWidth: columns.fileNumber) + " ", row: row, column: column, style: style)
        column += screen.put(DisplayWidth.pad(item.kind.shortLabel, toWidth: columns.kind) + " ", row: row, column: column, style: style)
        column += screen.put(DisplayWidth.pad(item.title, toWidth: columns.title) + " ", row: row, column: column, style: style)
        if columns.status > 0 {
            column += screen.put(DisplayWidth.pad(item.status, toWidth: columns.status) + " ", row: row, column: column, style: style)
        }
        screen.put(DisplayWidth.pad(item.dueDate?.description ?? "—", toWidth: columns.due), row: row, column: column, style: style)
    }
}
