// Benchmarks of the examiner workstation. Run with `make bench` (release build); prints medians.
import Foundation
import IPASDomain
import OfflineStore
import Terminal
import Workstation

let benchmarks = BenchmarkSuite(iterations: Int(ProcessInfo.processInfo.environment["BENCH_ITERATIONS"] ?? "") ?? 25)
try QueueFirstFrameBenchmark(fileCount: 10_000).run(in: benchmarks)
benchmarks.report()
