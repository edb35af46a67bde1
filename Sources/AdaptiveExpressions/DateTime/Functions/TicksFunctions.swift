import JSONTree

/// `ticks`, `ticksToDays`, `ticksToHours`, `ticksToMinutes`.
enum TicksFunctions {
    /// `ticks(timestamp)`: .NET ticks of an ISO timestamp, as the nearest double (exact when
    /// the tick count is a multiple of 128, which whole seconds are, for example).
    static func ticks(_ arguments: [JSONValue]) throws(BuiltinError) -> JSONValue {
        .number(DotNetTicks.ticks(ofInstant: try DateTimeSupport.isoTimestamp(arguments[0])))
    }

    /// An integer tick count divided by the ticks in a day, hour or minute.
    static func convert(_ arguments: [JSONValue], ticksPerUnit: Double) throws(BuiltinError) -> JSONValue {
        guard let ticks = DateTimeSupport.integer(arguments[0]) else {
            throw BuiltinError("ticks must be an integer, not \(DateTimeSupport.describe(arguments[0]))")
        }
        return .number(ticks / ticksPerUnit)
    }
}
