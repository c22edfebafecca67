import ArgumentParser
import Foundation

/// Runs `jdmatch`, mapping usage errors to exit status 2.
@main
enum Entrypoint {
  static func main() async {
    do {
      var command = try JDMatch.parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      if JDMatch.exitCode(for: error) == .validationFailure {
        Console.error(JDMatch.fullMessage(for: error))
        Foundation.exit(ExitStatus.usage.rawValue)
      }
      JDMatch.exit(withError: error)
    }
  }
}
