import Testing
@testable import IPASDomain

@Suite("Calendar days")
struct CalendarDayTests {
    @Test func parsesISODates() throws {
        let day = try #require(CalendarDay(iso: "2024-02-29"))
        #expect(day.description == "2024-02-29")
        #expect(CalendarDay(iso: "2023-02-29") == nil)
        #expect(CalendarDay(iso: "2024-13-01") == nil)
        #expect(CalendarDay(iso: "2024-1-01") == nil)
        #expect(CalendarDay(iso: "garbage") == nil)
    }

    @Test func epochDayRoundTripsOverFourCenturies() {
        var previous: CalendarDay?
        for number in stride(from: -150_000, through: 150_000, by: 7) {
            let day = CalendarDay(daysSinceEpoch: number)
            #expect(day.daysSinceEpoch == number)
            if let previous { #expect(previous < day) }
            previous = day
        }
        #expect(CalendarDay(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CalendarDay(daysSinceEpoch: 19_723).description == "2024-01-01")
    }

    @Test func addsDaysAcrossMonthsAndLeapYears() throws {
        let day = try #require(CalendarDay(iso: "2024-02-28"))
        #expect(day.adding(days: 1).description == "2024-02-29")
        #expect(day.adding(days: 2).description == "2024-03-01")
        #expect(day.adding(days: 366).description == "2025-02-28")
        #expect(day.days(until: day.adding(days: -10)) == -10)
    }
}
