extension UnsafeBufferPointer where Element: FixedWidthInteger {
  /// Whether every element lies from `lower` to below `upper` (a count, so an empty range when it is 0),
  /// judged by the least and the greatest: a loop without an early exit, which vectorizes, as the checks of a
  /// compiled lexicon's hundreds of thousands of indices run at every start.
  func allWithin(_ lower: Element, below upper: Int) -> Bool {
    guard let first else { return true }
    var (least, greatest) = (first, first)
    for value in self {
      least = Swift.min(least, value)
      greatest = Swift.max(greatest, value)
    }
    return least >= lower && Int(greatest) < upper
  }

  /// Whether no element is less than the one before it.
  func isNondecreasing() -> Bool {
    guard count > 1 else { return true }
    var decreases = false
    for index in 1..<count { decreases = decreases || self[index] < self[index - 1] }
    return !decreases
  }
}

extension Array where Element: FixedWidthInteger {
  /// See `UnsafeBufferPointer.allWithin(_:below:)`.
  func allWithin(_ lower: Element, below upper: Int) -> Bool {
    withUnsafeBufferPointer { $0.allWithin(lower, below: upper) }
  }

  /// Whether no element is less than the one before it.
  func isNondecreasing() -> Bool { withUnsafeBufferPointer { $0.isNondecreasing() } }
}

extension CompiledArray {
  /// See `UnsafeBufferPointer.allWithin(_:below:)`.
  func allWithin(_ lower: Element, below upper: Int) -> Bool {
    withUnsafeBytes { $0.bindMemory(to: Element.self).allWithin(lower, below: upper) }
  }
}
