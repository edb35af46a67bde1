import JSONTree

/// The date, time, timex and locale-formatting built-ins (`formatDateTime`, `addDays`,
/// `convertFromUTC`, `dateReadBack`, `isDefinite`, `formatNumber`, `formatEpoch`…), with
/// the semantics of the JavaScript engine (botbuilder-js `adaptive-expressions`).
///
/// Timestamps are ISO 8601 strings; results are ISO 8601 UTC with milliseconds unless a
/// .NET-style format string is given. Nothing depends on the process's time zone or locale:
/// the clock is `EvaluationContext.now`, the default locale `EvaluationContext.defaultLocale`.
/// The implementations live in `DateTime/`.
enum DateTimeBuiltins {
    static let all: [Builtin] = [
        // Adding to and reading timestamps.
        Builtin("addDays", arity: 2...4) { a, c throws(BuiltinError) in try TimestampArithmetic.add(.day, a, c) },
        Builtin("addHours", arity: 2...4) { a, c throws(BuiltinError) in try TimestampArithmetic.add(.hour, a, c) },
        Builtin("addMinutes", arity: 2...4) { a, c throws(BuiltinError) in try TimestampArithmetic.add(.minute, a, c) },
        Builtin("addSeconds", arity: 2...4) { a, c throws(BuiltinError) in try TimestampArithmetic.add(.second, a, c) },
        Builtin("addToTime", arity: 3...5) { a, c throws(BuiltinError) in try TimestampArithmetic.addToTime(a, sign: 1, c) },
        Builtin("subtractFromTime", arity: 3...5) { a, c throws(BuiltinError) in try TimestampArithmetic.addToTime(a, sign: -1, c) },
        Builtin("getFutureTime", arity: 2...4) { a, c throws(BuiltinError) in try TimestampArithmetic.relativeToNow(a, sign: 1, c) },
        Builtin("getPastTime", arity: 2...4) { a, c throws(BuiltinError) in try TimestampArithmetic.relativeToNow(a, sign: -1, c) },
        Builtin("startOfDay", arity: 1...3) { a, c throws(BuiltinError) in try TimestampArithmetic.startOf(.day, a, c) },
        Builtin("startOfHour", arity: 1...3) { a, c throws(BuiltinError) in try TimestampArithmetic.startOf(.hour, a, c) },
        Builtin("startOfMonth", arity: 1...3) { a, c throws(BuiltinError) in try TimestampArithmetic.startOf(.month, a, c) },
        Builtin("dayOfMonth", arity: 1...1) { a, _ throws(BuiltinError) in try TimestampReading.component(.dayOfMonth, a) },
        Builtin("dayOfWeek", arity: 1...1) { a, _ throws(BuiltinError) in try TimestampReading.component(.dayOfWeek, a) },
        Builtin("dayOfYear", arity: 1...1) { a, _ throws(BuiltinError) in try TimestampReading.component(.dayOfYear, a) },
        Builtin("month", arity: 1...1) { a, _ throws(BuiltinError) in try TimestampReading.component(.month, a) },
        Builtin("year", arity: 1...1) { a, _ throws(BuiltinError) in try TimestampReading.component(.year, a) },
        Builtin("date", arity: 1...1) { a, _ throws(BuiltinError) in try TimestampReading.date(a) },
        Builtin("getTimeOfDay", arity: 1...1) { a, _ throws(BuiltinError) in try TimestampReading.timeOfDay(a) },
        Builtin("dateTimeDiff", arity: 2...2) { a, _ throws(BuiltinError) in try TimestampReading.difference(a) },
        Builtin("dateReadBack", arity: 2...2) { a, _ throws(BuiltinError) in try TimestampReading.readBack(a) },
        Builtin("isDateTime", arity: 1...1) { a, _ in TimestampReading.isDateTime(a) },
        Builtin("utcNow", arity: 0...2) { a, c throws(BuiltinError) in try TimestampFormatting.utcNow(a, c) },

        // Formatting.
        Builtin("formatDateTime", arity: 1...3) { a, c throws(BuiltinError) in try TimestampFormatting.formatDateTime(a, c) },
        Builtin("formatEpoch", arity: 1...3) { a, c throws(BuiltinError) in try TimestampFormatting.formatEpoch(a, c) },
        Builtin("formatTicks", arity: 1...3) { a, c throws(BuiltinError) in try TimestampFormatting.formatTicks(a, c) },
        Builtin("formatNumber", arity: 2...3) { a, c throws(BuiltinError) in try TimestampFormatting.formatNumber(a, c) },

        // Time zones.
        Builtin("convertFromUTC", arity: 2...4) { a, c throws(BuiltinError) in try TimeZoneConversion.fromUTC(a, c) },
        Builtin("convertToUTC", arity: 2...4) { a, c throws(BuiltinError) in try TimeZoneConversion.toUTC(a, c) },

        // Ticks.
        Builtin("ticks", arity: 1...1) { a, _ throws(BuiltinError) in try TicksFunctions.ticks(a) },
        Builtin("ticksToDays", arity: 1...1) { a, _ throws(BuiltinError) in try TicksFunctions.convert(a, ticksPerUnit: 864_000_000_000) },
        Builtin("ticksToHours", arity: 1...1) { a, _ throws(BuiltinError) in try TicksFunctions.convert(a, ticksPerUnit: 36_000_000_000) },
        Builtin("ticksToMinutes", arity: 1...1) { a, _ throws(BuiltinError) in try TicksFunctions.convert(a, ticksPerUnit: 600_000_000) },

        // TIMEX.
        Builtin("isDefinite", arity: 1...1) { a, _ throws(BuiltinError) in try TimexFunctions.test(.definite, a) },
        Builtin("isTime", arity: 1...1) { a, _ throws(BuiltinError) in try TimexFunctions.test(.time, a) },
        Builtin("isDuration", arity: 1...1) { a, _ throws(BuiltinError) in try TimexFunctions.test(.duration, a) },
        Builtin("isDate", arity: 1...1) { a, _ throws(BuiltinError) in try TimexFunctions.test(.date, a) },
        Builtin("isTimeRange", arity: 1...1) { a, _ throws(BuiltinError) in try TimexFunctions.test(.timeRange, a) },
        Builtin("isDateRange", arity: 1...1) { a, _ throws(BuiltinError) in try TimexFunctions.test(.dateRange, a) },
        Builtin("isPresent", arity: 1...1) { a, _ throws(BuiltinError) in try TimexFunctions.test(.present, a) },
        Builtin("resolve", arity: 1...1) { a, c throws(BuiltinError) in try TimexFunctions.resolve(a, c) },
        Builtin("getNextViableDate", arity: 1...2) { a, c throws(BuiltinError) in try TimexFunctions.viableDate(forward: true, a, c) },
        Builtin("getPreviousViableDate", arity: 1...2) { a, c throws(BuiltinError) in try TimexFunctions.viableDate(forward: false, a, c) },
        Builtin("getNextViableTime", arity: 1...2) { a, c throws(BuiltinError) in try TimexFunctions.viableTime(forward: true, a, c) },
        Builtin("getPreviousViableTime", arity: 1...2) { a, c throws(BuiltinError) in try TimexFunctions.viableTime(forward: false, a, c) }
    ]
}
