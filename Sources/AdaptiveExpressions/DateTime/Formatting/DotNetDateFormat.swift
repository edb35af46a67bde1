/// Translation of a .NET custom date and time format string (`yyyy-MM-dd HH:mm`, `dddd`,
/// `hh:mm tt`, `'literal'`, `\d`) into the day.js pattern the JavaScript engine then renders.
///
/// The translation reproduces the engine's converter token for token, quirks included,
/// because they decide the output:
/// - letters that are not .NET pattern letters pass through unchanged and are then day.js
///   tokens, so `MM-DD-YY` works as day.js would read it, and a literal `Z` is the UTC
///   offset (`+00:00`), not the letter Z;
/// - quoted literals and `\`-escaped characters are copied without day.js brackets, so
///   day.js still interprets them (`\d` is the weekday number);
/// - a backtick, not a double quote, opens a second kind of literal;
/// - `f`, `ff`, `F`, `FF` and `g` are unsupported: the whole string is then used as a day.js
///   pattern as written (as are `r`, `R`, `u`, `U` and unterminated literals);
/// - `fff`…`fffffff` and `FFF`… are milliseconds; `t` and `tt` are AM/PM; `z`/`zz` are
///   `+0000`, `zzz` and `K` are `+00:00`;
/// - `o`/`O` alone is the round-trip pattern `YYYY-MM-DDTHH:mm:ss.SSS0000Z`.
enum DotNetDateFormat {
    /// The day.js pattern for `format`, or nil when the engine's converter refuses it (the
    /// caller then uses `format` itself as the day.js pattern).
    static func dayjsPattern(_ format: String) -> String? {
        var source = format
        if format.count == 1 {
            switch format {
            case "R", "r", "U", "u": return nil
            case "O", "o": source = "YYYY-MM-DDTHH:mm:ss.SSS0000Z"
            default: break
            }
        }
        var converter = Converter()
        for character in source {
            guard converter.feed(character) else { return nil }
        }
        return converter.finish()
    }

    private struct Converter {
        private enum State {
            case none
            /// A run of one pattern letter, with its length capped at the longest form.
            case letter(Character, count: Int)
            case singleQuoted, backtickQuoted, escaped
        }

        private var state: State = .none
        private var literal = ""
        private var output = ""

        /// Longest meaningful run per pattern letter.
        private static let maximumRun: [Character: Int] = [
            "d": 4, "f": 3, "F": 3, "g": 1, "h": 2, "H": 2, "m": 2, "M": 4, "s": 2, "t": 2, "y": 4, "z": 3
        ]

        /// Consumes one character; false when the converter gives up.
        mutating func feed(_ c: Character) -> Bool {
            switch state {
            case .escaped:
                literal.append(c)
                return flush(then: .none)
            case .backtickQuoted:
                if c == "`" { return flush(then: .none) }
                literal.append(c)
                return true
            case .singleQuoted:
                if c == "'" { return flush(then: .none) }
                literal.append(c)
                return true
            case .none, .letter:
                break
            }
            if let maximum = Converter.maximumRun[c] {
                if case .letter(let current, let count) = state, current == c {
                    state = .letter(c, count: min(count + 1, maximum))
                    return true
                }
                return flush(then: .letter(c, count: 1))
            }
            switch c {
            case "K":
                guard flush(then: .none) else { return false }
                output += "Z"
            case ":", "/":
                guard flush(then: .none) else { return false }
                output.append(c)
            case "`": return flush(then: .backtickQuoted)
            case "'": return flush(then: .singleQuoted)
            case "%": return flush(then: .none)
            case "\\": return flush(then: .escaped)
            default:
                guard flush(then: .none) else { return false }
                output.append(c)
            }
            return true
        }

        mutating func finish() -> String? {
            switch state {
            case .escaped, .backtickQuoted, .singleQuoted: return nil
            case .none, .letter: break
            }
            guard flush(then: .none) else { return nil }
            return output
        }

        /// Emits the pending token and enters `next`; false for an unsupported token.
        private mutating func flush(then next: State) -> Bool {
            defer { state = next }
            switch state {
            case .none:
                return true
            case .singleQuoted, .backtickQuoted, .escaped:
                output += literal
                literal = ""
                return true
            case .letter(let c, let count):
                guard let emitted = Converter.dayjsToken(c, count) else { return false }
                output += emitted
                return true
            }
        }

        private static func dayjsToken(_ c: Character, _ count: Int) -> String? {
            switch c {
            case "d": return ["D", "DD", "ddd", "dddd"][count - 1]
            case "f", "F": return count == 3 ? "SSS" : nil
            case "g": return nil
            case "h": return count == 1 ? "h" : "hh"
            case "H": return count == 1 ? "H" : "HH"
            case "m": return count == 1 ? "m" : "mm"
            case "M": return String(repeating: "M", count: count)
            case "s": return count == 1 ? "s" : "ss"
            case "t": return "A"
            case "y": return count <= 2 ? "YY" : "YYYY"
            case "z": return count <= 2 ? "ZZ" : "Z"
            default: return nil
            }
        }
    }
}
