import AdaptiveExpressions
import Foundation
import JSONTree
import TestSupport

/// Shared helpers for the conformance suites: loading the vectors, turning the tagged
/// non-JSON scope members into JSON, comparing results, counting.
enum Conformance {
    static func load(_ name: String) throws -> JSONValue {
        let url = TestPaths.conformance.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try JSONValue.parse(text)
    }

    /// The date, time, timex and locale-formatting built-ins (written in another group);
    /// cases that call them are counted apart and do not count toward the floor.
    static let dateTimeFunctions: Set<String> = [
        "addDays", "addHours", "addMinutes", "addSeconds", "addToTime", "convertFromUTC", "convertToUTC", "date",
        "dateReadBack", "dateTimeDiff", "dayOfMonth", "dayOfWeek", "dayOfYear", "formatDateTime", "formatEpoch",
        "formatTicks", "getFutureTime", "getNextViableDate", "getNextViableTime", "getPastTime",
        "getPreviousViableDate", "getPreviousViableTime", "getTimeOfDay", "month", "startOfDay", "startOfHour",
        "startOfMonth", "subtractFromTime", "ticks", "ticksToDays", "ticksToHours", "ticksToMinutes", "utcNow", "year",
        "isDateTime", "isDefinite", "isTime", "isDuration", "isDate", "isTimeRange", "isDateRange", "isPresent",
        "resolve", "formatNumber",
    ]

    /// Whether an expression text calls a date/time built-in.
    static func usesDateTime(_ expression: String) -> Bool {
        for name in dateTimeFunctions where expression.contains(name + "(") { return true }
        return false
    }

    /// Replaces tagged non-JSON values (`{"__ac_type__": …}`) by the closest JSON value;
    /// `undefined` members are dropped. Returns nil for a value that has no JSON stand-in.
    static func plain(_ v: JSONValue) -> JSONValue? {
        switch v {
        case .object(let o):
            if case .string(let tag)? = o["__ac_type__"] {
                switch tag {
                case "undefined": return nil
                case "Map": return .object([:])
                case "Date": return o["iso"] ?? .null
                case "TimexProperty": return o["timex"] ?? .null
                case "bigInt":
                    if case .string(let s)? = o["value"], let d = Double(s) { return .number(d) }
                    return .null
                case "Uint8Array": return o["bytes"] ?? .array([])
                default: return .null
                }
            }
            var out = JSONObject()
            for (k, member) in o {
                if let p = plain(member) { out[k] = p }
            }
            return .object(out)
        case .array(let a):
            return .array(a.map { plain($0) ?? .null })
        default:
            return v
        }
    }

    /// Numbers by value, arrays element-wise, objects member-wise (in any order).
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y || abs(x - y) <= 1e-9 * max(1, abs(x))
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in x {
                guard let w = y[k], same(v, w) else { return false }
            }
            return true
        default:
            return a == b
        }
    }

    /// Parses `2020-08-01T00:12:20.000Z`.
    static func instant(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: text)
    }

    /// Pass counts per group, printed as a table.
    struct Tally {
        var passed: [String: Int] = [:]
        var total: [String: Int] = [:]
        var order: [String] = []

        mutating func record(_ group: String, _ ok: Bool) {
            if total[group] == nil { order.append(group) }
            total[group, default: 0] += 1
            if ok { passed[group, default: 0] += 1 }
        }

        var passedCount: Int { passed.values.reduce(0, +) }
        var totalCount: Int { total.values.reduce(0, +) }

        func report(_ title: String) -> String {
            var out = "\(title): \(passedCount)/\(totalCount) passed\n"
            for g in order { out += "  \(g): \(passed[g, default: 0])/\(total[g, default: 0])\n" }
            return out
        }
    }
}
