import Foundation

/// A one-line progress bar on standard error, drawn only when stderr is a terminal and not silenced, and
/// cleared when the last item is done.
///
/// Redraws at most ten times a second, so thousands of files cost nothing noticeable.
final class ProgressBar {
  private let label: String
  private let enabled: Bool
  private var lastDraw = Date.distantPast
  private let start = Date()

  init(label: String, quiet: Bool) {
    self.label = label
    self.enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  /// Shows `done` of `total` items done.
  func update(done: Int, total: Int) {
    guard enabled, total > 0 else { return }
    guard done < total else {
      FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
      return
    }
    let now = Date()
    if now.timeIntervalSince(lastDraw) >= 0.1 {
      lastDraw = now
      draw(done: done, total: total, now: now)
    }
  }

  private func draw(done: Int, total: Int, now: Date) {
    let width = 30
    let filled = width * done / total
    let rate = Double(done) / max(0.001, now.timeIntervalSince(start))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = String(format: "\r%@ %d/%d %@  %.0f/s", bar, done, total, label, rate)
    FileHandle.standardError.write(Data(line.utf8))
  }
}
