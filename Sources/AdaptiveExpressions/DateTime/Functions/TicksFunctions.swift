import JSONTree

/// `ticks`, `ticksToDays`, `ticksToHours`, `ticksToMinutes`.
enum TicksFunctions {
    /// `ticks(timestamp)`: .NET ticks of an ISO timestamp, as the nearest double (exact when
    /// the tick count is a multiple of 128, which whole seconds are, for example).
    static func ticks(_ arguments: [JSONValue]) -> Result<JSONValue, BuiltinError> {
        DateTimeSupport.isoTimestamp(arguments[0]).map { .number(DotNetTicks.ticks(ofInstant: $0)) }
    }

    /// An integer tick count divided by the ticks in a day, hour or minute.
    static func convert(_ arguments: [JSONValue], ticksPerUnit: Double) -> Result<JSONValue, BuiltinError> {
        guard let ticks = DateTimeSupport.integer(arguments[0]) else {
            return .failure(BuiltinError("ticks must be an integer, not \(DateTimeSupport.describe(arguments[0]))"))
        }
        return .success(.number(ticks / ticksPerUnit))
    }
}
