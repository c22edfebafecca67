import Foundation

/// Time limits for hostile inputs in tests: generous for a debug build on a busy machine, and scaled by
/// `JDMATCH_TEST_TIME_SCALE` (scripts/sanitize sets it, as sanitized builds run several times slower).
public enum TimeLimit {
  /// `seconds`, times the scale.
  public static func seconds(_ seconds: Double) -> Duration {
    let scale = ProcessInfo.processInfo.environment["JDMATCH_TEST_TIME_SCALE"].flatMap(Double.init) ?? 1
    return .milliseconds(Int(seconds * max(1, scale) * 1000))
  }
}
