import JSONTree

/// `formatDateTime`, `formatEpoch`, `formatTicks`, `utcNow`, `formatNumber`.
enum TimestampFormatting {
    /// `formatDateTime(timestamp, format?, locale?)`: any timestamp JavaScript's `Date`
    /// reads; one without an offset is UTC.
    static func formatDateTime(_ arguments: [JSONValue], _ context: EvaluationContext) -> Result<JSONValue, BuiltinError> {
        guard case .string(let text) = arguments[0] else {
            return .failure(BuiltinError("the timestamp must be a string, not \(DateTimeSupport.describe(arguments[0]))"))
        }
        guard let instant = TimestampParsing.javaScriptDate(text) else {
            return .failure(BuiltinError("\(DateTimeSupport.describe(arguments[0])) is not a valid timestamp"))
        }
        return DateTimeSupport.outputOptions(arguments, maximumCount: 3, context: context).map {
            DateTimeSupport.render(instant, pattern: $0.pattern, locale: $0.locale)
        }
    }

    /// `formatEpoch(seconds, format?, locale?)`: Unix seconds, fractions kept to the millisecond.
    static func formatEpoch(_ arguments: [JSONValue], _ context: EvaluationContext) -> Result<JSONValue, BuiltinError> {
        guard let seconds = DateTimeSupport.number(arguments[0]) else {
            return .failure(BuiltinError("the epoch must be a number, not \(DateTimeSupport.describe(arguments[0]))"))
        }
        return DateTimeSupport.outputOptions(arguments, maximumCount: 3, context: context).flatMap { options in
            DateTimeSupport.checkedInstant((seconds * 1000).rounded(.towardZero)).map {
                DateTimeSupport.render($0, pattern: options.pattern, locale: options.locale)
            }
        }
    }

    /// `formatTicks(ticks, format?, locale?)`: .NET ticks as an integer or a decimal string.
    static func formatTicks(_ arguments: [JSONValue], _ context: EvaluationContext) -> Result<JSONValue, BuiltinError> {
        let instant: Int64?
        switch arguments[0] {
        case .number(let d):
            guard d.isFinite, d.rounded(.towardZero) == d else {
                return .failure(BuiltinError("ticks must be an integer, not \(DateTimeSupport.describe(arguments[0]))"))
            }
            instant = DotNetTicks.instant(ofTicks: d)
        case .string(let text):
            guard let instantOfText = DotNetTicks.instant(ofTickString: text) else {
                return .failure(BuiltinError("\(DateTimeSupport.describe(arguments[0])) is not an integer number of ticks in the date range"))
            }
            instant = instantOfText
        default:
            return .failure(BuiltinError("ticks must be a number or a numeric string, not \(DateTimeSupport.describe(arguments[0]))"))
        }
        guard let instant else { return .failure(BuiltinError("the ticks are out of the date range")) }
        return DateTimeSupport.outputOptions(arguments, maximumCount: 3, context: context).map {
            DateTimeSupport.render(instant, pattern: $0.pattern, locale: $0.locale)
        }
    }

    /// `utcNow(format?, locale?)`.
    static func utcNow(_ arguments: [JSONValue], _ context: EvaluationContext) -> Result<JSONValue, BuiltinError> {
        DateTimeSupport.outputOptions(arguments, maximumCount: 2, context: context).map {
            DateTimeSupport.render(DateTimeSupport.now(context), pattern: $0.pattern, locale: $0.locale)
        }
    }

    /// `formatNumber(number, precision, locale?)`.
    static func formatNumber(_ arguments: [JSONValue], _ context: EvaluationContext) -> Result<JSONValue, BuiltinError> {
        guard let number = DateTimeSupport.number(arguments[0]) else {
            return .failure(BuiltinError("the first argument must be a number, not \(DateTimeSupport.describe(arguments[0]))"))
        }
        guard let precision = DateTimeSupport.number(arguments[1]) else {
            return .failure(BuiltinError("the precision must be a number, not \(DateTimeSupport.describe(arguments[1]))"))
        }
        var locale = context.defaultLocale
        if arguments.count == 3 {
            switch arguments[2] {
            case .string(let name): locale = name
            case .null: break
            default: return .failure(BuiltinError("the locale must be a string, not \(DateTimeSupport.describe(arguments[2]))"))
            }
        }
        return LocaleNumberFormatting.format(number, precision: precision, symbols: LocaleNumberSymbols.forLocale(locale))
            .map { .string($0) }
    }
}
