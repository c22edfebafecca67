import ArgumentParser
import Foundation

/// Runs `jdmatch`, mapping usage errors to exit status 2.
@main
enum Entrypoint {
  static func main() async {
    var usageMessage: String?
    if let suggestion = CommandSuggestion.suggestion(for: Array(CommandLine.arguments.dropFirst())) {
      let given = CommandLine.arguments[1]
      Console.error("Error: Unknown command '\(given)'. Did you mean '\(suggestion)'?")
      Console.error("Usage: \(JDMatch.configuration.commandName ?? "jdmatch") <subcommand>")
      Console.error("  See 'jdmatch --help' for more information.")
      Foundation.exit(ExitStatus.usage.rawValue)
    }
    do {
      var command = try JDMatch.parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      guard JDMatch.exitCode(for: error) == .validationFailure else { JDMatch.exit(withError: error) }
      usageMessage = JDMatch.fullMessage(for: error)
    }
    // Exits once the parser's error (and the argument tree it holds) is released, so LeakSanitizer sees
    // nothing left behind.
    if let usageMessage {
      Console.error(usageMessage)
      Foundation.exit(ExitStatus.usage.rawValue)
    }
  }
}
