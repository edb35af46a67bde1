import JSONTree

/// `convertFromUTC` and `convertToUTC`.
enum TimeZoneConversion {
    static func zone(_ value: JSONValue) throws(BuiltinError) -> DateTimeZone {
        guard case .string(let name) = value else {
            throw BuiltinError("the time zone must be a string, not \(DateTimeSupport.describe(value))")
        }
        guard let zone = DateTimeZone(named: name) else {
            throw BuiltinError("\(DateTimeSupport.describe(value)) is not a valid time zone (an IANA name such as 'Europe/Paris' or a Windows name such as 'Pacific Standard Time')")
        }
        return zone
    }

    /// `convertFromUTC(timestamp, zone, format?, locale?)`: the zone's wall-clock time, by
    /// default written `2018-02-01T18:00:00.0000000` (no offset).
    static func fromUTC(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let options = try DateTimeSupport.outputOptions(
            arguments, maximumCount: 4, defaultPattern: DayjsFormat.localRoundTrip,
            context: context)
        let instant = try DateTimeSupport.isoTimestamp(arguments[0])
        let timeZone = try zone(arguments[1])
        return DateTimeSupport.render(
            instant, pattern: options.pattern, locale: options.locale,
            offsetMinutes: timeZone.offsetMinutes(at: instant))
    }

    /// `convertToUTC(timestamp, zone, format?, locale?)`: a wall-clock time in the zone as
    /// a UTC timestamp. As in the engine the result keeps whole seconds (the intermediate
    /// text day.js writes has none), and a time in a daylight-saving gap moves forward.
    static func toUTC(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 4, context: context)
        let timeZone = try zone(arguments[1])
        guard case .string(let text) = arguments[0] else {
            throw BuiltinError("the timestamp must be a string, not \(DateTimeSupport.describe(arguments[0]))")
        }
        guard let wallClock = TimestampParsing.dayjs(text) else {
            throw BuiltinError("\(DateTimeSupport.describe(arguments[0])) is not a valid timestamp")
        }
        let instant = timeZone.instant(ofWallClock: wallClock, guessInstant: DateTimeSupport.now(context))
        let wholeSeconds = CivilCalendar.floorDivMod(instant, 1000).quotient * 1000
        return DateTimeSupport.render(
            try DateTimeSupport.checkedInstant(Double(wholeSeconds)),
            pattern: options.pattern, locale: options.locale)
    }
}
