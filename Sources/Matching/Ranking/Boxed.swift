/// A value held by reference, so that a struct kept by the thousand (a ranking's rows and entries) stays small
/// when one of its parts is large and mostly absent: an optional box is 8 bytes where the value inline would
/// be hundreds. Immutable, so copies that share a box never see each other's changes; coded as the value
/// itself.
final class Boxed<Value: Sendable>: Sendable {
  let value: Value

  init(_ value: Value) { self.value = value }
}

extension Boxed: Equatable where Value: Equatable {
  static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs === rhs || lhs.value == rhs.value }
}

extension Boxed: Encodable where Value: Encodable {
  func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

extension Boxed: Decodable where Value: Decodable {
  convenience init(from decoder: any Decoder) throws { self.init(try Value(from: decoder)) }
}
