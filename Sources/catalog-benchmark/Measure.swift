import Foundation

/// Timing and memory helpers shared by the benchmark suites.
enum Measure {
    /// Runs `body` `repetitions` times after one warm-up run; returns the best and median
    /// wall-clock seconds.
    static func time(repetitions: Int = 5, _ body: () throws -> Void) rethrows -> (best: Double, median: Double) {
        try body()
        var samples: [Double] = []
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        return (samples[0], samples[samples.count / 2])
    }

    /// Peak resident memory of this process so far, in megabytes.
    /// Uses a result so the optimizer cannot drop the work that made it (never traps).
    @inline(never)
    static func keep(_ value: Int) {
        if value == Int.min { print("", terminator: "") }
    }

    /// CPU seconds (user + system) this process has used so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    static func peakMemoryMB() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes
        #else
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024 / 1024  // bytes
        #endif
    }

    static func report(_ label: String, _ value: String) {
        print("  " + label.padding(toLength: 44, withPad: " ", startingAt: 0) + value)
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}
