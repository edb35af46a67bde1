import JSONTree

/// `formatDateTime`, `formatEpoch`, `formatTicks`, `utcNow`, `formatNumber`.
enum TimestampFormatting {
    /// `formatDateTime(timestamp, format?, locale?)`: any timestamp JavaScript's `Date`
    /// reads; one without an offset is UTC.
    static func formatDateTime(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        guard case .string(let text) = arguments[0] else {
            throw BuiltinError("the timestamp must be a string, not \(DateTimeSupport.describe(arguments[0]))")
        }
        guard let instant = TimestampParsing.javaScriptDate(text) else {
            throw BuiltinError("\(DateTimeSupport.describe(arguments[0])) is not a valid timestamp")
        }
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 3, context: context)
        return DateTimeSupport.render(instant, pattern: options.pattern, locale: options.locale)
    }

    /// `formatEpoch(seconds, format?, locale?)`: Unix seconds, fractions kept to the millisecond.
    static func formatEpoch(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        guard let seconds = DateTimeSupport.number(arguments[0]) else {
            throw BuiltinError("the epoch must be a number, not \(DateTimeSupport.describe(arguments[0]))")
        }
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 3, context: context)
        let instant = try DateTimeSupport.checkedInstant((seconds * 1000).rounded(.towardZero))
        return DateTimeSupport.render(instant, pattern: options.pattern, locale: options.locale)
    }

    /// `formatTicks(ticks, format?, locale?)`: .NET ticks as an integer or a decimal string.
    static func formatTicks(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let instant: Int64?
        switch arguments[0] {
        case .number(let d):
            guard d.isFinite, d.rounded(.towardZero) == d else {
                throw BuiltinError("ticks must be an integer, not \(DateTimeSupport.describe(arguments[0]))")
            }
            instant = DotNetTicks.instant(ofTicks: d)
        case .string(let text):
            guard let instantOfText = DotNetTicks.instant(ofTickString: text) else {
                throw BuiltinError("\(DateTimeSupport.describe(arguments[0])) is not an integer number of ticks in the date range")
            }
            instant = instantOfText
        default:
            throw BuiltinError("ticks must be a number or a numeric string, not \(DateTimeSupport.describe(arguments[0]))")
        }
        guard let instant else { throw BuiltinError("the ticks are out of the date range") }
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 3, context: context)
        return DateTimeSupport.render(instant, pattern: options.pattern, locale: options.locale)
    }

    /// `utcNow(format?, locale?)`.
    static func utcNow(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 2, context: context)
        return DateTimeSupport.render(DateTimeSupport.now(context), pattern: options.pattern, locale: options.locale)
    }

    /// `formatNumber(number, precision, locale?)`.
    static func formatNumber(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        guard let number = DateTimeSupport.number(arguments[0]) else {
            throw BuiltinError("the first argument must be a number, not \(DateTimeSupport.describe(arguments[0]))")
        }
        guard let precision = DateTimeSupport.number(arguments[1]) else {
            throw BuiltinError("the precision must be a number, not \(DateTimeSupport.describe(arguments[1]))")
        }
        var locale = context.defaultLocale
        if arguments.count == 3 {
            switch arguments[2] {
            case .string(let name): locale = name
            case .null: break
            default: throw BuiltinError("the locale must be a string, not \(DateTimeSupport.describe(arguments[2]))")
            }
        }
        let symbols = LocaleNumberSymbols.forLocale(locale)
        return .string(try LocaleNumberFormatting.format(number, precision: precision, symbols: symbols))
    }
}
