import Foundation

/// Times closures over repeated runs and reports median, minimum and 90th percentile, all measured in one run.
final class BenchmarkSuite {
    struct Result {
        let name: String
        let samples: [Duration]

        var sorted: [Duration] { samples.sorted() }
        var median: Duration { sorted[sorted.count / 2] }
        var minimum: Duration { sorted[0] }
        var p90: Duration { sorted[min(sorted.count - 1, sorted.count * 9 / 10)] }
    }

    let iterations: Int
    private(set) var results: [Result] = []

    init(iterations: Int) {
        self.iterations = max(3, iterations)
    }

    /// Runs `body` once to warm up, then `iterations` times, timing each run.
    func measure(_ name: String, _ body: () throws -> Void) rethrows {
        try body()
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<iterations {
            samples.append(try clock.measure(body))
        }
        results.append(Result(name: name, samples: samples))
    }

    func median(of name: String) -> Duration? { results.first { $0.name == name }?.median }

    func report() {
        print("benchmark".padding(toLength: 64, withPad: " ", startingAt: 0) + "     median        min        p90   (n=\(iterations))")
        for result in results {
            print(result.name.padding(toLength: 64, withPad: " ", startingAt: 0)
                  + format(result.median) + format(result.minimum) + format(result.p90))
        }
    }

    func format(_ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%9.2f ms", milliseconds)
    }
}
