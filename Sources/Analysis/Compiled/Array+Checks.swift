extension Array where Element: FixedWidthInteger {
  /// Whether every element lies from `lower` to `upper` (a count, so an empty range when it is 0), judged by
  /// the least and the greatest: a loop without an early exit, which vectorizes, as the checks of a compiled
  /// lexicon's hundreds of thousands of indices run at every start.
  func allWithin(_ lower: Element, below upper: Int) -> Bool {
    guard let first else { return true }
    var (least, greatest) = (first, first)
    withUnsafeBufferPointer { values in
      for value in values {
        least = Swift.min(least, value)
        greatest = Swift.max(greatest, value)
      }
    }
    return least >= lower && Int(greatest) < upper
  }

  /// Whether no element is less than the one before it.
  func isNondecreasing() -> Bool {
    withUnsafeBufferPointer { values in
      guard values.count > 1 else { return true }
      var decreases = false
      for index in 1..<values.count { decreases = decreases || values[index] < values[index - 1] }
      return !decreases
    }
  }
}
