import Foundation

/// A one-line progress bar on standard error, drawn only when stderr is a terminal and not silenced.
///
/// Redraws at most ten times a second, so thousands of files cost nothing noticeable.
final class ProgressBar {
  private let total: Int
  private let label: String
  private let enabled: Bool
  private var done = 0
  private var lastDraw = Date.distantPast
  private let start = Date()

  init(total: Int, label: String, quiet: Bool) {
    self.total = total
    self.label = label
    self.enabled = !quiet && total > 0 && isatty(STDERR_FILENO) == 1
  }

  /// Counts one more item done.
  func advance() {
    done += 1
    guard enabled else { return }
    let now = Date()
    if done == total || now.timeIntervalSince(lastDraw) >= 0.1 {
      lastDraw = now
      draw(now)
    }
  }

  /// Clears the bar's line.
  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
  }

  private func draw(_ now: Date) {
    let width = 30
    let filled = total > 0 ? width * done / total : width
    let rate = Double(done) / max(0.001, now.timeIntervalSince(start))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = String(format: "\r%@ %d/%d %@  %.0f/s", bar, done, total, label, rate)
    FileHandle.standardError.write(Data(line.utf8))
  }
}
