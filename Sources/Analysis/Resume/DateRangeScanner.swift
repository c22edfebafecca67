import Ingest

/// Finds ``DateRangeParser``'s date ranges in a line without ICU: the matches, and every group of each, that
/// ``DateRangeParser/pattern`` finds, in the same order, by walking the line's UTF-16 code units and trying the
/// pattern's alternatives in the order a backtracking matcher tries them (greedy quantifiers longest first,
/// alternatives and words as the pattern lists them).
///
/// Compiling the pattern cost more than the rest of a resume's reading, and ICU tries its hundred-odd month and
/// present words one by one at every position of every line with a digit. The pattern stays the reference
/// (`DateRangeScannerTests` runs both on every fixture and benchmark resume line and on hand-written ones), and the
/// reader for lines this scanner does not model.
///
/// A line is modelled when each of its scalars is one whose reading by the pattern is simple and known: ASCII;
/// Latin-1 from U+00A0 (its letters fold to lowercase as ICU folds them) but ß, which matches "ss" regardless of
/// case, and the soft hyphen, a format character that ICU's word boundaries step over; Latin Extended-A letters but
/// İ, ı, ŉ and ſ, whose case foldings reach ASCII; and general punctuation, arrows, mathematical and technical
/// symbols, shapes and dingbats, which are neither letters, digits nor space. For these, ICU's `\w` is an ASCII
/// letter or digit, `_` or a letter of Latin-1 or Latin Extended-A; `\s` is ASCII space, tab to carriage return,
/// or U+00A0; `\d` is an ASCII digit; and `\b` is a change between `\w` and not. Any other line gets nil and is
/// left to the pattern.
enum DateRangeScanner {
  /// The matches in `line`, each as UTF-16 offsets of the whole match and of the pattern's groups; nil when the line
  /// holds a scalar the scanner does not model.
  static func matches(in line: String) -> [DateRangeParser.Match]? {
    var units: [UInt16] = []
    units.reserveCapacity(line.utf8.count)
    var hasDigit = false
    for scalar in line.unicodeScalars {
      guard let unit = folded(scalar) else { return nil }
      if unit >= 0x30 && unit <= 0x39 { hasDigit = true }
      units.append(unit)
    }
    // Every side of a range holds a digit, and the only digits of a modelled line are ASCII.
    guard hasDigit else { return [] }
    var matcher = Matcher(units: units)
    return matcher.all()
  }

  /// The code unit a scalar is compared as (folded to lowercase where ICU folds it), or nil when it is not
  /// modelled.
  static func folded(_ scalar: Unicode.Scalar) -> UInt16? {
    let value = scalar.value
    switch value {
    case 0x41...0x5A: return UInt16(value | 0x20)
    case 0..<0x80: return UInt16(value)
    case 0xC0...0xDE where value != 0xD7: return UInt16(value + 0x20)
    case 0xA0...0xFF where value != 0xAD && value != 0xDF: return UInt16(value)
    // Latin Extended-A: letters no word of the pattern holds, so they only need to stay letters.
    case 0x100...0x17F where value != 0x130 && value != 0x131 && value != 0x149 && value != 0x17F:
      return UInt16(value)
    case 0x2010...0x2027, 0x2030...0x203E, 0x2190...0x23FF, 0x25A0...0x27BF: return UInt16(value)
    default: return nil
    }
  }

  /// The pattern's words as folded code units, in the order its alternations list them, by their first unit (a
  /// letter of ASCII or Latin-1: "à"); a space stands for `\s+`.
  ///
  /// `DateRangeParser.alternationOrder` sorts by characters, longest first, then by the words themselves; here the
  /// units are sorted the same way, which is the same order while every character of a word is one scalar, as in
  /// all date words (and sorting `String`s by their characters cost as much as a resume's reading of dates).
  private struct Words {
    let byFirst: [[[UInt16]]]

    init(_ words: some Sequence<String>) {
      var byFirst: [[[UInt16]]] = Array(repeating: [], count: 0x100)
      for units in DateRangeScanner.unitsInAlternationOrder(words) {
        precondition(units[0] < 0x100, "a date word starts beyond Latin-1")
        byFirst[Int(units[0])].append(units)
      }
      self.byFirst = byFirst
    }
  }

  /// Each word's folded units, in the order of `DateRangeParser.alternationOrder`.
  static func unitsInAlternationOrder(_ words: some Sequence<String>) -> [[UInt16]] {
    words.map { word in word.unicodeScalars.map { folded($0) ?? 0xFFFF } }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $1.lexicographicallyPrecedes($0) }
  }

  private static let months = Words(DateWords.months.keys)
  private static let seasons = Words(DateWords.seasons.keys)
  private static let present = Words(DateWords.present)
  private static let until = Words(DateWords.until)
  private static let since = Words(DateWords.since)

  /// The pattern's groups: 1 the "since" word; 2–10 the start's side; 11 the separator; 12 the present word;
  /// 13–21 the end's side. A side's nine are, from its first: month name, year; month, year (numeric); season, year;
  /// ISO year, month; year alone.
  private static let groupCount = 22
  private static let startSide = 2
  private static let separatorGroup = 11
  private static let presentGroup = 12
  private static let endSide = 13

  private struct Matcher {
    let units: [UInt16]
    var groups: [Range<Int>?] = Array(repeating: nil, count: DateRangeScanner.groupCount)

    init(units: [UInt16]) { self.units = units }

    /// The unit at `index`, or 0xFFFF (no class, no word's unit) outside the line.
    func unit(_ index: Int) -> UInt16 { index >= 0 && index < units.count ? units[index] : 0xFFFF }

    func isDigit(_ index: Int) -> Bool {
      let unit = unit(index)
      return unit >= 0x30 && unit <= 0x39
    }

    func isSpace(_ index: Int) -> Bool {
      let unit = unit(index)
      return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) || unit == 0xA0
    }

    func isWord(_ index: Int) -> Bool {
      let unit = unit(index)
      switch unit {
      case 0x30...0x39, 0x61...0x7A, 0x5F, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x17F: return true
      default: return false
      }
    }

    func isOneOf(_ unit: UInt16, _ first: UInt16, _ second: UInt16, _ third: UInt16) -> Bool {
      unit == first || unit == second || unit == third
    }

    /// `\b`.
    func isBoundary(_ index: Int) -> Bool { isWord(index - 1) != isWord(index) }

    /// Where the run of `\s` from `index` ends.
    func spaces(from index: Int) -> Int {
      var end = index
      while isSpace(end) { end += 1 }
      return end
    }

    /// `$` without multi-line matching: the end, or before a line terminator that ends the line.
    func isEnd(_ index: Int) -> Bool {
      let count = units.count
      if index == count { return true }
      if index == count - 1 { return (0x0A...0x0D).contains(units[index]) }
      return index == count - 2 && units[index] == 0x0D && units[index + 1] == 0x0A
    }

    /// `(?:19|20)\d{2}` at `index`.
    func isYear(_ index: Int) -> Bool {
      let first = unit(index)
      let second = unit(index + 1)
      return ((first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30)) && isDigit(index + 2)
        && isDigit(index + 3)
    }

    /// `index + 1` then `index` when `unit` stands at `index` (an optional character, greedy), else `index`.
    func optional(_ unit: UInt16, at index: Int) -> StrideThrough<Int> {
      stride(from: self.unit(index) == unit ? index + 1 : index, through: index, by: -1)
    }

    /// The ends of `\d{1,2}` at `index`, longest first.
    func oneOrTwoDigits(at index: Int) -> StrideThrough<Int> {
      guard isDigit(index) else { return stride(from: index, through: index + 1, by: -1) }
      return stride(from: isDigit(index + 1) ? index + 2 : index + 1, through: index + 1, by: -1)
    }

    /// The ends of the words of `words` written at `index`, in the alternation's order.
    func words(_ words: Words, at index: Int) -> [Int] {
      let first = unit(index)
      guard first < 0x100, !words.byFirst[Int(first)].isEmpty else { return [] }
      var ends: [Int] = []
      for word in words.byFirst[Int(first)] {
        var position = index
        var matched = true
        for wordUnit in word {
          if wordUnit == 0x20 {
            // `\s+` between the words of a phrase; a letter follows, so the longest run is the only one.
            guard isSpace(position) else {
              matched = false
              break
            }
            position = spaces(from: position)
          } else if unit(position) == wordUnit {
            position += 1
          } else {
            matched = false
            break
          }
        }
        if matched { ends.append(position) }
      }
      return ends
    }

    /// Every match, from the start of the line, each search beginning where the last match ended.
    mutating func all() -> [DateRangeParser.Match] {
      var found: [DateRangeParser.Match] = []
      var start = 0
      while start < units.count {
        if let end = match(at: start) {
          groups[0] = start..<end
          found.append(DateRangeParser.Match(groups: groups))
          // Groups are written only on the way to a match, so they need clearing only after one.
          for index in groups.indices { groups[index] = nil }
          start = end
        } else {
          start += 1
        }
      }
      return found
    }

    /// `(?:\b(since)\s+)?` side, then the optional end; the end of the match at `start`.
    mutating func match(at start: Int) -> Int? {
      // A match starts with a word's first letter (a since, month or season word after `\b`) or with a digit no
      // digit precedes (every side that starts with one looks behind for a digit).
      guard (isWord(start) && !isWord(start - 1)) || (isDigit(start) && !isDigit(start - 1)) else { return nil }
      var sideEnd: Int?
      if isBoundary(start) {
        // `\s+` gives back nothing a side could start with (none starts with a space): only its longest run counts.
        for wordEnd in words(since, at: start) where isSpace(wordEnd) {
          if let end = side(at: spaces(from: wordEnd), firstGroup: startSide) {
            groups[1] = start..<wordEnd
            sideEnd = end
            break
          }
        }
      }
      if sideEnd == nil { sideEnd = side(at: start, firstGroup: startSide) }
      guard let sideEnd else { return nil }
      // The end is optional and nothing follows it: its first way through, if any, is taken.
      return ending(at: sideEnd) ?? sideEnd
    }

    /// `\s*(separator)\s*(?:\b(present)(?!\w)|side|(?=\s*(?:$|[)\]|,;:])))`: the end of the range after a side, or
    /// nil when there is none. The spaces are taken whole: neither a separator nor anything after one starts with
    /// a space, and the look-ahead reads past spaces anyway.
    mutating func ending(at index: Int) -> Int? {
      let separator = spaces(from: index)
      var separatorEnds: [Int] = []
      switch unit(separator) {
      case 0x2013, 0x2014, 0x2012, 0x7E: separatorEnds = [separator + 1]
      case 0x2D: separatorEnds = unit(separator + 1) == 0x2D ? [separator + 2, separator + 1] : [separator + 1]
      default:
        if isBoundary(separator) {
          separatorEnds = words(until, at: separator).filter { isBoundary($0) }
        }
      }
      for separatorEnd in separatorEnds {
        let next = spaces(from: separatorEnd)
        if isBoundary(next), let end = words(present, at: next).first(where: { !isWord($0) }) {
          groups[DateRangeScanner.separatorGroup] = separator..<separatorEnd
          groups[DateRangeScanner.presentGroup] = next..<end
          return end
        }
        if let end = side(at: next, firstGroup: endSide) {
          groups[DateRangeScanner.separatorGroup] = separator..<separatorEnd
          return end
        }
        let close = spaces(from: next)
        if isEnd(close) || isOneOf(unit(close), 0x29, 0x5D, 0x7C) || isOneOf(unit(close), 0x2C, 0x3B, 0x3A) {
          groups[DateRangeScanner.separatorGroup] = separator..<separatorEnd
          return next
        }
      }
      return nil
    }

    /// One side at `index`, its nine groups written from `firstGroup`; its end.
    mutating func side(at index: Int, firstGroup: Int) -> Int? {
      if let (month, year) = monthNameAndYear(at: index) {
        groups[firstGroup] = month
        groups[firstGroup + 1] = year
        return year.upperBound
      }
      if let (month, year) = numericMonthAndYear(at: index) {
        groups[firstGroup + 2] = month
        groups[firstGroup + 3] = year
        return year.upperBound
      }
      if let (season, year) = seasonAndYear(at: index) {
        groups[firstGroup + 4] = season
        groups[firstGroup + 5] = year
        return year.upperBound
      }
      // `(?<!\d)((?:19|20)\d{2})[-/.](0[1-9]|1[0-2])(?!\d)`
      if !isDigit(index - 1), isYear(index), isOneOf(unit(index + 4), 0x2D, 0x2F, 0x2E) {
        let tens = unit(index + 5)
        let ones = unit(index + 6)
        if (tens == 0x30 && ones >= 0x31 && ones <= 0x39) || (tens == 0x31 && ones >= 0x30 && ones <= 0x32),
          !isDigit(index + 7)
        {
          groups[firstGroup + 6] = index..<(index + 4)
          groups[firstGroup + 7] = (index + 5)..<(index + 7)
          return index + 7
        }
      }
      // `(?<![\d/.])((?:19|20)\d{2})(?!\d)`
      let before = unit(index - 1)
      if !isDigit(index - 1), before != 0x2F, before != 0x2E, isYear(index), !isDigit(index + 4) {
        groups[firstGroup + 8] = index..<(index + 4)
        return index + 4
      }
      return nil
    }

    /// `\b(month)\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?\.?,?\s+)?,?\s*['’]?((?:19|20)\d{2}|\d{2})(?!\d)`.
    func monthNameAndYear(at index: Int) -> (Range<Int>, Range<Int>)? {
      guard isBoundary(index) else { return nil }
      for monthEnd in words(DateRangeScanner.months, at: index) {
        for afterDot in optional(0x2E, at: monthEnd) {
          let spaceEnd = spaces(from: afterDot)
          for afterSpace in stride(from: spaceEnd, through: afterDot, by: -1) {
            if let year = dayThenYear(at: afterSpace) ?? year(at: afterSpace) { return (index..<monthEnd, year) }
          }
        }
      }
      return nil
    }

    /// `\d{1,2}(?:st|nd|rd|th)?\.?,?\s+` then ``year(at:)``.
    func dayThenYear(at index: Int) -> Range<Int>? {
      guard isDigit(index) else { return nil }
      for dayEnd in oneOrTwoDigits(at: index) {
        let suffix = (unit(dayEnd), unit(dayEnd + 1))
        let hasSuffix =
          suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68)
        for afterSuffix in stride(from: hasSuffix ? dayEnd + 2 : dayEnd, through: dayEnd, by: -2) {
          for afterDot in optional(0x2E, at: afterSuffix) {
            for afterComma in optional(0x2C, at: afterDot) {
              let spaceEnd = spaces(from: afterComma)
              guard spaceEnd > afterComma else { continue }
              for afterSpace in stride(from: spaceEnd, to: afterComma, by: -1) {
                if let year = year(at: afterSpace) { return year }
              }
            }
          }
        }
      }
      return nil
    }

    /// `,?\s*['’]?((?:19|20)\d{2}|\d{2})(?!\d)`: the year's range.
    func year(at index: Int) -> Range<Int>? {
      for afterComma in optional(0x2C, at: index) {
        let spaceEnd = spaces(from: afterComma)
        for afterSpace in stride(from: spaceEnd, through: afterComma, by: -1) {
          let quote = unit(afterSpace)
          let quoted = quote == 0x27 || quote == 0x2019
          for start in stride(from: quoted ? afterSpace + 1 : afterSpace, through: afterSpace, by: -1) {
            if isYear(start), !isDigit(start + 4) { return start..<(start + 4) }
            if isDigit(start), isDigit(start + 1), !isDigit(start + 2) { return start..<(start + 2) }
          }
        }
      }
      return nil
    }

    /// `(?<![\d.])(?:\d{1,2}[/.])?(\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)`.
    func numericMonthAndYear(at index: Int) -> (Range<Int>, Range<Int>)? {
      guard isDigit(index), !isDigit(index - 1), unit(index - 1) != 0x2E else { return nil }
      func monthAndYear(from monthStart: Int) -> (Range<Int>, Range<Int>)? {
        for monthEnd in oneOrTwoDigits(at: monthStart)
        where isOneOf(unit(monthEnd), 0x2F, 0x2E, 0x2D) && isYear(monthEnd + 1) && !isDigit(monthEnd + 5) {
          return (monthStart..<monthEnd, (monthEnd + 1)..<(monthEnd + 5))
        }
        return nil
      }
      // The optional day first (greedy), then without it.
      for dayEnd in oneOrTwoDigits(at: index) where unit(dayEnd) == 0x2F || unit(dayEnd) == 0x2E {
        if let found = monthAndYear(from: dayEnd + 1) { return found }
      }
      return monthAndYear(from: index)
    }

    /// `\b(season)\s*,?\s*((?:19|20)\d{2})(?!\d)`.
    func seasonAndYear(at index: Int) -> (Range<Int>, Range<Int>)? {
      guard isBoundary(index) else { return nil }
      for seasonEnd in words(DateRangeScanner.seasons, at: index) {
        let firstSpaceEnd = spaces(from: seasonEnd)
        for afterSpace in stride(from: firstSpaceEnd, through: seasonEnd, by: -1) {
          for afterComma in optional(0x2C, at: afterSpace) {
            let spaceEnd = spaces(from: afterComma)
            for start in stride(from: spaceEnd, through: afterComma, by: -1)
            where isYear(start) && !isDigit(start + 4) {
              return (index..<seasonEnd, start..<(start + 4))
            }
          }
        }
      }
      return nil
    }
  }
}
